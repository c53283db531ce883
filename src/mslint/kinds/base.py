"""What the declarative kinds share: a message template and an optional `unless` veto."""

from __future__ import annotations

import regex

from ..document import Document
from ..model import RuleMeta
from ..rule import Rule, Unit


class PatternRule(Rule):
    def __init__(self, meta: RuleMeta, message: str, unless: regex.Pattern | None):
        self.meta = meta
        self.message = message
        self.unless = unless

    def vetoed(self, document: Document, unit: Unit) -> bool:
        """`unless` patterns name wording that makes the whole unit acceptable."""
        return self.unless is not None and self.unless.search(document.text, unit.start, unit.end) is not None

    def render(self, match_text: str, **extra: str) -> str:
        return self.message.format(match=" ".join(match_text.split()), **extra)


def optional_pattern(spec, key: str) -> regex.Pattern | None:
    return spec.pattern(key, spec.strings(key)) if key in spec.table else None


def message_template(spec, *fields: str) -> str:
    message = spec.string("message")
    try:
        message.format(match="", **{name: "" for name in fields})
    except (KeyError, IndexError, ValueError) as error:
        allowed = ", ".join("{" + name + "}" for name in ("match",) + fields)
        raise spec.fail("message", f"bad placeholder {error} (allowed: {allowed})") from None
    return message
