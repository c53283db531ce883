"""The engine: plans which rules run, runs them, turns hits into findings, caches results."""
