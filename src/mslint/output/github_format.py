"""GitHub Actions workflow commands: annotations on the pull request's changed lines.

In GitHub Actions the command line also appends a job summary (mslint.output.github_summary)."""

from __future__ import annotations

from mslint.model import Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report, rules) -> str:
    from mslint.output.github_summary import ordered

    lines = []
    # Most severe first: GitHub shows only the first few of each kind (see github_summary).
    for f in ordered(report):
        properties = (
            f"file={_escape_property(f.path)},line={f.line},col={f.column},"
            f"endLine={f.end_line},endColumn={f.end_column},title={_escape_property(f.code)}"
        )
        message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")
        lines.append(f"::{LEVELS[f.severity]} {properties}::{_escape_data(f'{f.code} {message}')}")
    return "\n".join(lines) + ("\n" if lines else "")
