"""Plain-text views of rule metadata: --list-rules, --explain CODE and --statistics."""

from __future__ import annotations

import json
import textwrap
from collections import Counter


def explain_text(meta) -> str:
    docs = meta.docs
    wrap = lambda text: textwrap.fill(" ".join(text.split()), 88)  # noqa: E731 - local one-liner
    parts = [
        f"{meta.code} {meta.name}",
        f"Category: {meta.category}    Default severity: {meta.severity.label}    Scope: {meta.scope}    Status: {meta.status}",
    ]
    if meta.as_of:
        parts.append(f"Facts checked as of: {meta.as_of}")
    if meta.silenced_by:
        parts.append("Silent when the match is: " + ", ".join(sorted(meta.silenced_by)))
    if meta.softened_by:
        parts.append("One severity lower when the match is: " + ", ".join(sorted(meta.softened_by)))
    parts += ["", "What it does", wrap(docs.what), "", "Why it matters", wrap(docs.why)]
    if docs.setting:
        parts += ["", f"Examples, in an article that says: {docs.setting}"]
    if docs.bad:
        parts += ["", "Flagged (bad)"] + [f"  - {example}" for example in docs.bad]
    if docs.good:
        parts += ["", "Not flagged (good)"] + [f"  - {example}" for example in docs.good]
    if docs.better:
        parts += ["", "Better wording", wrap(docs.better)]
    parts += ["", "References"] + [f"  - {reference}" for reference in meta.references]
    return "\n".join(parts)


def rules_table(metas) -> str:
    rows = [(m.code, m.name, m.category, m.severity.label, m.summary + (" [preview]" if m.status == "preview" else ""))
            for m in metas]
    widths = [max(len(row[i]) for row in rows) for i in range(4)] if rows else [0] * 4
    lines = ["  ".join(value.ljust(widths[i]) if i < 4 else value for i, value in enumerate(row)) for row in rows]
    return "\n".join(lines) + "\n"


def rules_json(metas) -> str:
    return json.dumps(
        [
            {"code": m.code, "name": m.name, "category": m.category, "severity": m.severity.label,
             "scope": m.scope, "status": m.status, "summary": m.summary, "references": list(m.references)}
            for m in metas
        ],
        indent=2,
    ) + "\n"


def _counts(report) -> list[tuple[str, str, int]]:
    counter = Counter((f.code, f.name) for f in report.findings)
    return sorted(((code, name, n) for (code, name), n in counter.items()), key=lambda row: (-row[2], row[0]))


def statistics_text(report) -> str:
    return "".join(f"{n:>5}  {code}  {name}\n" for code, name, n in _counts(report))


def statistics_json(report) -> str:
    return json.dumps([{"code": code, "name": name, "count": n} for code, name, n in _counts(report)], indent=2) + "\n"
