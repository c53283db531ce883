"""SARIF 2.1.0 for code scanning: rules with their docs and help links, results, safe fixes.

GitHub code scanning maps a result to a file of the repository by its URI, so URIs are relative
to the repository root (the folder holding .git, else the current folder) under the base id
%SRCROOT%, percent-encoded; a file outside the root gets an absolute file:// URI. Each result
has a partial fingerprint that does not depend on its line number (the rule, the file and the
text it covers with a few words around it, as the baseline matches findings), so an alert
keeps its identity when lines above it change.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
import re
from urllib.parse import quote

from mslint import __version__
from mslint.model import Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
FINGERPRINT = "mslint/v1"


def repository_root(start: Path | None = None) -> Path:
    folder = (start or Path.cwd()).resolve()
    return next((p for p in (folder, *folder.parents) if (p / ".git").exists()), folder)


def artifact_location(path: str, root: Path) -> dict:
    resolved = Path(path).resolve()
    try:
        relative = resolved.relative_to(root)
    except ValueError:
        return {"uri": resolved.as_uri()}
    return {"uri": _quote(relative.as_posix()), "uriBaseId": ROOT_ID}


_ESCAPED_BYTE = re.compile(r"%[0-9A-F]{2}")


def _quote(name: str) -> str:
    """Percent-encode a path, keeping the %XX that stand for bytes of a name that is not UTF-8
    (mslint.display shows them so): they are already the URI's encoding of those bytes."""
    pieces = _ESCAPED_BYTE.split(name)
    escapes = _ESCAPED_BYTE.findall(name)
    out = [quote(pieces[0], safe="/")]
    for escape, piece in zip(escapes, pieces[1:]):
        out += [escape, quote(piece, safe="/")]
    return "".join(out)


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
    from mslint.output.rules_doc import help_uri

    return {
        "id": meta.code,
        "name": meta.name,
        "helpUri": help_uri(meta.code),
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": docs.what},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[meta.severity]},
        "properties": {"category": meta.category, "tags": [meta.category], "references": list(meta.references)},
    }


def _location(f, artifact: dict) -> dict:
    return {
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": _region(f) | {"snippet": {"text": f.excerpt}},
        }
    }


def _region(f) -> dict:
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}


def _fix(f, artifact: dict) -> dict:
    return {
        "description": {"text": f"Replace with: {f.fix}"},
        "artifactChanges": [
            {
                "artifactLocation": artifact,
                "replacements": [{"deletedRegion": _region(f), "insertedContent": {"text": f.fix}}],
            }
        ],
    }


def _fingerprints(result, root: Path) -> list[str]:
    """One per finding of a file: the rule, the path and the finding's text in context, and an
    occurrence number for identical ones."""
    from mslint.engine.baseline import context

    relative = os.path.relpath(Path(result.path).resolve(), root)
    seen: Counter = Counter()
    out = []
    for f in result.findings:
        digest = hashlib.sha256("\0".join((f.code, Path(relative).as_posix(), context(f, result.lines.get(f.line))))
                                .encode()).hexdigest()[:32]
        seen[digest] += 1
        out.append(f"{digest}:{seen[digest]}")
    return out


def render(report, rules) -> str:
    metas = {rule.code: rule for rule in rules}
    used = sorted({f.code for f in report.findings if f.code in metas})
    index = {code: position for position, code in enumerate(used)}
    root = repository_root()
    results = []
    for file_result in report.results:
        artifact = artifact_location(file_result.path, root)
        for f, fingerprint in zip(file_result.findings, _fingerprints(file_result, root)):
            result = {
                "ruleId": f.code,
                "level": LEVELS[f.severity],
                "message": {"text": f.message},
                "locations": [_location(f, artifact)],
                "partialFingerprints": {FINGERPRINT: fingerprint},
            }
            if f.code in index:
                result["ruleIndex"] = index[f.code]
            if f.fix is not None:
                result["fixes"] = [_fix(f, artifact)]
            results.append(result)
    exit_code = getattr(report, "exit_code", None)
    invocation = {"executionSuccessful": exit_code != 2}
    if exit_code is not None:
        invocation["exitCode"] = exit_code
    problems = list(report.errors) + [r.error for r in report.results if r.error]
    if problems:
        invocation["toolExecutionNotifications"] = [{"level": "error", "message": {"text": text}} for text in problems]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "mslint",
                        "version": __version__,
                        "informationUri": _information_uri(),
                        "rules": [_rule_descriptor(metas[code]) for code in used],
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {ROOT_ID: {"uri": root.as_uri().rstrip("/") + "/"}},
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _information_uri() -> str:
    from mslint.output.rules_doc import REPOSITORY_URL

    return REPOSITORY_URL
