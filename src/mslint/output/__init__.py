"""Output formats. Each module exposes render(report, rules) -> str (text writes through rich).

A module may declare NEEDS, a set of what its render needs on each FileResult beyond the
findings: "scorecard" (FileResult.scorecard) and/or "source" (FileResult.source).
"""

from __future__ import annotations

import importlib

FORMATS = ("text", "concise", "json", "sarif", "github", "html")


def get_renderer(name: str):
    return importlib.import_module(f".{name}_format", __name__).render


def needs(name: str) -> frozenset[str]:
    return frozenset(getattr(importlib.import_module(f".{name}_format", __name__), "NEEDS", ()))
