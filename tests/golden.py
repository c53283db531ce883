"""Golden fixtures: tests/fixtures/<SELECTOR>/<name>.<txt|md|html> with <name>.<ext>.expected.

The expected file holds one line per finding, exactly as `mslint --isolated --select SELECTOR`
reports it: `LINE:COL-END_LINE:END_COL CODE [severity] message`. An input with no findings has
an empty expected file (a hard negative). Set MSLINT_UPDATE_GOLDEN=1 to write the files, then
read every changed line before committing: the files are the specification.
"""

from __future__ import annotations

from pathlib import Path

from mslint.api import lint_text
from mslint.engine.planner import Overrides

FIXTURES = Path(__file__).parent / "fixtures"
INPUT_SUFFIXES = (".txt", ".md", ".html")


def fixture_cases():
    for folder in sorted(FIXTURES.iterdir()):
        if not folder.is_dir() or not folder.name.isupper():
            continue  # lower-case folders hold fixtures of other tests (readers, config...)
        for path in sorted(folder.iterdir()):
            if path.suffix in INPUT_SUFFIXES:
                yield folder.name, path


def findings_for(selector: str, path: Path):
    source = path.read_bytes().decode("utf-8-sig")
    return lint_text(source, path=path.name, overrides=Overrides(select=(selector,)))


def render(findings) -> str:
    return "".join(
        f"{f.line}:{f.column}-{f.end_line}:{f.end_column} {f.code} [{f.severity.label}] {f.message}\n"
        for f in findings
    )
