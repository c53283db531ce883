"""docs/rules.md: every built-in rule's documentation (what --explain prints), one anchor per code.

SARIF's helpUri links each rule to its section here, so code-scanning alerts lead to the why and
the better wording. Regenerate after changing a rule (a test fails while the file is stale):

    python -m mslint.output.rules_doc > docs/rules.md
"""

from __future__ import annotations

import sys

from mslint import __version__

# Where the rules' documentation is published: the repository's docs/rules.md at the release
# tag, so a link in an old SARIF file still shows the rule as that release had it.
REPOSITORY_URL = "https://github.com/your-org/mslint"
DOCS_URL = f"{REPOSITORY_URL}/blob/v{__version__}/docs/rules.md"


def help_uri(code: str) -> str:
    return f"{DOCS_URL}#{code.lower()}"


def builtin_metas():
    """The built-in rules and the engine's own codes, by code (installed plugins left out)."""
    from mslint.engine.diagnostics import ENGINE_DIAGNOSTICS
    from mslint.engine.registry import Registry
    from mslint.rules.builtin import provide

    registry = Registry()
    registry.add_from(provide(), "builtin")
    return sorted([rule.meta for rule in registry] + list(ENGINE_DIAGNOSTICS), key=lambda meta: meta.code)


def _text(text: str) -> str:
    return " ".join(text.split())


def render(metas) -> str:
    parts = [
        "# mslint rules",
        "",
        "Generated from the rules' own documentation (`python -m mslint.output.rules_doc > docs/rules.md`);",
        "`mslint --explain CODE` prints the same. Do not edit by hand.",
        "",
        "| code | name | category | default severity |",
        "|---|---|---|---|",
    ]
    parts += [f"| [{m.code}](#{m.code.lower()}) | {m.name} | {m.category} | {m.severity.label} |" for m in metas]
    for meta in metas:
        docs = meta.docs
        parts += ["", f'<a id="{meta.code.lower()}"></a>', "", f"## {meta.code} {meta.name}", "",
                  f"{_text(meta.summary)}.", "",
                  f"Category: {meta.category}. Default severity: {meta.severity.label}. Scope: {meta.scope}. "
                  f"Status: {meta.status}."]
        if meta.as_of:
            parts += ["", f"Facts checked as of: {meta.as_of}."]
        if meta.silenced_by:
            parts += ["", "Silent when the match is: " + ", ".join(sorted(meta.silenced_by)) + "."]
        parts += ["", "**What it does.** " + _text(docs.what), "", "**Why it matters.** " + _text(docs.why)]
        if docs.bad:
            parts += ["", "Flagged:", ""] + [f"- {_text(example)}" for example in docs.bad]
        if docs.good:
            parts += ["", "Not flagged:", ""] + [f"- {_text(example)}" for example in docs.good]
        if docs.better:
            parts += ["", "**Better wording.** " + _text(docs.better)]
        parts += ["", "References:", ""] + [f"- {_text(reference)}" for reference in meta.references]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(builtin_metas()))
