"""CI runs the benchmark harness at its smoke size: it must complete and print every table.
No timing is asserted here (timed tests flake); the numbers are for the README."""

import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).parents[1] / "benchmarks" / "run.py"


def test_small_benchmark_runs_and_reports():
    result = subprocess.run([sys.executable, str(HARNESS), "--size", "smoke"], capture_output=True, text=True, check=True)
    out = result.stdout
    for heading in ("| corpus run (cold) |", "| one-file run, clean-article.md, cold", "| stage (one process",
                    "| document size |", "| adversarial input |"):
        assert heading in out
    assert "| mslint, 1 process |" in out
    assert "| mslint, 1 process, every rule shown (--min-severity info) |" in out
    assert "with the result cache kept: unchanged re-run" in out
    for stage in ("| reading and parsing |", "| scan (tokens, lexicon, trigger index) |", "| document rules |",
                  "| sentence and block rules |", "| output |"):
        assert stage in out
    assert "memory as the corpus grows" in out
    assert "target: 10x document at most 11x the time: " in out
