"""A baseline: today's findings, recorded so that a run reports only new ones.

A finding is matched by its rule code, its file (relative to the baseline file's folder) and its
context: the text it covers with up to CONTEXT characters either side on its line, white space
normalised. Line numbers play no part, so findings survive lines moving; identical findings
are counted, so a second copy of a baselined sentence is new. A fixed finding matches nothing
and drops out when the baseline is written again.

The file is JSON, sorted and indented (one entry per finding kind, with a count), so it diffs
well in review; it is written atomically.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mslint.model import FileResult, Finding

VERSION = 1
CONTEXT = 20


class BaselineError(Exception):
    """A baseline file that cannot be read; the message is one line naming the file."""


def context(finding: Finding, line_text: str | None) -> str:
    """The finding's text with a little of its line either side, white space normalised."""
    if line_text is None:
        return " ".join(finding.excerpt.split())
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line_text)
    before = line_text[max(0, start - CONTEXT) : start]
    if start - CONTEXT > 0 and line_text[start - CONTEXT - 1].isalnum():
        before = before.partition(" ")[2]  # whole words only: easier to read in review
    after = line_text[end : end + CONTEXT] if finding.end_line == finding.line else ""
    if end + CONTEXT < len(line_text) and line_text[end + CONTEXT].isalnum():
        after = after.rpartition(" ")[0]
    return " ".join((before + finding.excerpt + after).split())


def _relative(path: str, folder: Path) -> str:
    return Path(os.path.relpath(Path(path).resolve(), folder.resolve())).as_posix()


def keys(results: Iterable[FileResult], folder: Path) -> list[tuple[str, str, str]]:
    """(path, code, context) of every finding, in report order."""
    out = []
    for result in results:
        relative = _relative(result.path, folder)
        for finding in result.findings:
            out.append((relative, finding.code, context(finding, result.lines.get(finding.line))))
    return out


def render(results: Iterable[FileResult], folder: Path) -> str:
    import json  # here, not at the top: every run imports this module for BaselineError

    counts = Counter(keys(results, folder))
    entries = [
        {"path": path, "code": code, "context": text, "count": count}
        for (path, code, text), count in sorted(counts.items())
    ]
    return json.dumps({"version": VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def write(path: Path, results: Iterable[FileResult]) -> int:
    """Record the findings; returns how many."""
    from mslint.atomic import write_atomically

    results = list(results)
    text = render(results, path.parent)
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise BaselineError(f"{path}: cannot write the baseline: {error.strerror or error}") from None
    return sum(len(result.findings) for result in results)


def load(path: Path) -> Counter:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file does not exist (create it with --write-baseline)") from None
    except OSError as error:
        raise BaselineError(f"{path}: cannot read the baseline: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"{path}: not a baseline file: not valid JSON ({error})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a baseline file: expected {{\"version\": {VERSION}, \"findings\": [...]}}")
    counts: Counter = Counter()
    for number, entry in enumerate(data["findings"], start=1):
        if not (isinstance(entry, dict) and all(isinstance(entry.get(key), str) for key in ("path", "code", "context"))
                and isinstance(entry.get("count"), int) and entry["count"] > 0):
            raise BaselineError(f"{path}: not a baseline file: entry {number} needs path, code, context and a positive count")
        counts[(entry["path"], entry["code"], entry["context"])] += entry["count"]
    return counts


def new_only(results: list[FileResult], path: Path) -> tuple[list[FileResult], int]:
    """The results without the baselined findings, and how many were left out."""
    from dataclasses import replace

    remaining = load(path)
    folder = path.parent
    out, known = [], 0
    for result in results:
        relative = _relative(result.path, folder)
        kept = []
        for finding in result.findings:
            key = (relative, finding.code, context(finding, result.lines.get(finding.line)))
            if remaining[key] > 0:
                remaining[key] -= 1
                known += 1
            else:
                kept.append(finding)
        out.append(replace(result, findings=kept) if len(kept) != len(result.findings) else result)
    return out, known
