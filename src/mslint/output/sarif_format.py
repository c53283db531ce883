"""SARIF 2.1.0 for code-scanning dashboards: rules with their docs, results, fixes from suggestions."""

from __future__ import annotations

import json

from mslint import __version__
from mslint.model import Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _rule_descriptor(meta) -> dict:
    docs = meta.docs
    help_text = "\n\n".join(
        part
        for part in (
            docs.what,
            f"Why it matters: {docs.why}",
            docs.better and f"Better: {docs.better}",
            "References: " + "; ".join(meta.references),
        )
        if part
    )
    return {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": docs.what},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[meta.severity]},
        "properties": {"category": meta.category, "tags": [meta.category], "references": list(meta.references)},
    }


def _location(f) -> dict:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": f.path.replace("\\", "/")},
            "region": {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "snippet": {"text": f.excerpt},
            },
        }
    }


def _fix(f) -> dict:
    return {
        "description": {"text": f"Replace with: {f.suggestion}"},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": f.path.replace("\\", "/")},
                "replacements": [
                    {
                        "deletedRegion": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                        "insertedContent": {"text": f.suggestion},
                    }
                ],
            }
        ],
    }


def render(report, rules) -> str:
    metas = {rule.code: rule for rule in rules}
    used = sorted({f.code for f in report.findings if f.code in metas})
    index = {code: position for position, code in enumerate(used)}
    results = []
    for f in report.findings:
        result = {
            "ruleId": f.code,
            "level": LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [_location(f)],
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if f.suggestion:
            result["fixes"] = [_fix(f)]
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "mslint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/mslint/",
                        "rules": [_rule_descriptor(metas[code]) for code in used],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
