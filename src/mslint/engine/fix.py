"""`--fix` and `--diff`: apply the safe rewrites findings carry (Finding.fix), and nothing else.

Only a finding with a `fix` is ever applied (a `suggestion` is advice for a person). Fixes are
applied to the decoded text, so line endings are untouched; a UTF-8 BOM is written back if the
file had one. Overlapping fixes are resolved deterministically (the earliest start wins, then
the longest span, then the lowest code) and the file is linted again and fixed again until
nothing is left to fix (at most MAX_ROUNDS), so a second `--fix` finds nothing. A file is written
only when its text changed, in one atomic step (a temporary file renamed over it, with the
original's permissions), so an interrupted run leaves the old file or the new one.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mslint.model import Finding
from mslint.reading.document import LineIndex

MAX_ROUNDS = 10
BOM = b"\xef\xbb\xbf"


@dataclass
class FileFix:
    path: Path
    original: str
    fixed: str
    applied: int  # how many fixes went in

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self) -> str:
        shown = str(self.path)
        return "".join(difflib.unified_diff(
            self.original.splitlines(keepends=True), self.fixed.splitlines(keepends=True),
            fromfile=f"a/{shown}", tofile=f"b/{shown}",
        ))


def choose(source: str, findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    """The raw (start, end, replacement) of the fixes to apply now: non-overlapping, in order.
    A fix whose excerpt no longer matches the source (the file changed) is skipped."""
    index = LineIndex(source)
    candidates = []
    for finding in findings:
        if finding.fix is None:
            continue
        start = index.starts[finding.line - 1] + finding.column - 1
        end = index.starts[finding.end_line - 1] + finding.end_column - 1
        if source[start:end] != finding.excerpt or finding.fix == finding.excerpt:
            continue
        candidates.append((start, -end, finding.code, finding.fix))
    chosen: list[tuple[int, int, str]] = []
    for start, negative_end, _code, replacement in sorted(candidates):
        end = -negative_end
        if chosen and start < chosen[-1][1]:
            continue  # overlaps a fix already chosen: left for the next round
        chosen.append((start, end, replacement))
    return chosen


def apply(source: str, fixes: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in reversed(fixes):
        source = source[:start] + replacement + source[end:]
    return source


def fix_source(source: str, findings: list[Finding], relint: Callable[[str], list[Finding]]) -> tuple[str, int]:
    """The source with every safe fix applied, round after round; and how many were applied."""
    applied = 0
    for _ in range(MAX_ROUNDS):
        fixes = choose(source, findings)
        if not fixes:
            break
        source = apply(source, fixes)
        applied += len(fixes)
        findings = relint(source)
    return source, applied


def write_fixed(fix: FileFix) -> None:
    """Replace the file atomically, keeping its BOM and permissions; never touch an unchanged file."""
    from mslint.atomic import write_atomically

    if not fix.changed:
        return
    data = fix.fixed.encode("utf-8")
    if fix.path.read_bytes().startswith(BOM):
        data = BOM + data
    write_atomically(fix.path, data, mode=os.stat(fix.path).st_mode & 0o7777)
