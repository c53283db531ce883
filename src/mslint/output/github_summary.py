"""The Markdown job summary a `--format github` run appends in GitHub Actions.

GitHub shows at most ANNOTATION_LIMIT annotations of each kind (error, warning, notice) per step
and drops the rest without a word; the summary (the file named by GITHUB_STEP_SUMMARY) gives the
counts per rule and per file and lists every finding that did not fit as an annotation.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from mslint.model import Severity

ANNOTATION_LIMIT = 10
KINDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def ordered(report) -> list:
    """Findings as annotations go out: most severe first, then in report order."""
    return sorted(report.findings, key=lambda f: -f.severity)


def overflow(report) -> list:
    """The findings beyond GitHub's per-kind annotation limit, in annotation order."""
    shown: Counter = Counter()
    left_out = []
    for finding in ordered(report):
        shown[finding.severity] += 1
        if shown[finding.severity] > ANNOTATION_LIMIT:
            left_out.append(finding)
    return left_out


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render(report) -> str:
    findings = report.findings
    files = len(report.results)
    lines = ["## mslint", ""]
    if not findings:
        return "\n".join(lines + [f"No problems found in {_plural(files, 'file')}.", ""]) + "\n"
    by_severity = Counter(f.severity for f in findings)
    parts = ", ".join(_plural(by_severity[s], KINDS[s]) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
                      if by_severity[s])
    with_findings = sum(1 for result in report.results if result.findings)
    lines += [f"Found {_plural(len(findings), 'problem')} ({parts}) in {_plural(with_findings, 'file')}.", ""]
    rules = Counter((f.code, f.name) for f in findings)
    lines += ["| rule | name | findings |", "|---|---|---:|"]
    lines += [f"| {code} | {name} | {count} |"
              for (code, name), count in sorted(rules.items(), key=lambda item: (-item[1], item[0]))]
    lines += ["", "| file | errors | warnings | notices |", "|---|---:|---:|---:|"]
    for result in report.results:
        if result.findings:
            counts = Counter(f.severity for f in result.findings)
            lines.append(f"| {_cell(result.path)} | {counts[Severity.ERROR]} | {counts[Severity.WARNING]} | "
                         f"{counts[Severity.INFO]} |")
    left_out = overflow(report)
    if left_out:
        lines += ["", "### Not shown as annotations", "",
                  f"GitHub shows {ANNOTATION_LIMIT} annotations of each kind per step; "
                  f"{'this finding is' if len(left_out) == 1 else f'these {len(left_out)} findings are'} not among them:",
                  ""]
        lines += [f"- `{f.path}:{f.line}:{f.column}` {f.code} ({f.severity.label}) {f.message}" for f in left_out]
    return "\n".join(lines) + "\n\n"


def append_if_in_actions(report, environ=os.environ) -> None:
    """Append the summary to $GITHUB_STEP_SUMMARY when running in GitHub Actions (else nothing)."""
    target = environ.get("GITHUB_STEP_SUMMARY")
    if environ.get("GITHUB_ACTIONS") != "true" or not target:
        return
    with Path(target).open("a", encoding="utf-8") as stream:
        stream.write(render(report))
