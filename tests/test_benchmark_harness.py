"""CI runs the benchmark harness at its small size: it must complete and print every table.
No timing is asserted here (timed tests flake); the numbers are for the README."""

import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).parents[1] / "benchmarks" / "run.py"


def test_small_benchmark_runs_and_reports():
    result = subprocess.run([sys.executable, str(HARNESS), "--size", "small"], capture_output=True, text=True, check=True)
    out = result.stdout
    for heading in ("| corpus run |", "| one-file run (median) |", "| document size |", "| adversarial input |"):
        assert heading in out
    assert "| mslint, 1 process, no cache |" in out
    assert "| mslint, unchanged re-run (cache) |" in out
    assert "(start-up and reading) |" in out
    assert "files changed since the last run (cache kept, as in CI) |" in out
    assert "memory as the corpus grows" in out
    assert "target: 10x document at most 13x the time: " in out
