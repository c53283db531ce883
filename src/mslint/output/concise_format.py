"""`path:line:col: CODE [severity] message` — one line per finding, for pipes, editors and grep."""

from __future__ import annotations


def render(report, rules) -> str:
    lines = []
    for finding in report.findings:
        line = f"{finding.path}:{finding.line}:{finding.column}: {finding.code} [{finding.severity.label}] {finding.message}"
        if finding.suggestion:
            line += f" (suggestion: {finding.suggestion})"
        lines.append(line)
    return "\n".join(lines) + ("\n" if lines else "")
