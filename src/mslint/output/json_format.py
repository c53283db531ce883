"""A JSON array of findings: the stable machine-readable contract (see README for the fields)."""

from __future__ import annotations

import json


def render(report, rules) -> str:
    return json.dumps([finding.to_dict() for finding in report.findings], indent=2, ensure_ascii=False) + "\n"
