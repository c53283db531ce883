"""What the declarative kinds share: a message template and an optional `unless` veto."""

from __future__ import annotations

import regex

from mslint.engine import prefilter
from mslint.reading.document import Document
from mslint.model import RuleMeta
from mslint.rule import Rule, Unit


class PatternRule(Rule):
    """A declarative rule. Subclasses set `self.prefilter`, the literal requirements of the
    patterns a hit depends on; `whole_document_match` is the fallback test for rules without."""

    def __init__(self, meta: RuleMeta, message: str, unless: regex.Pattern | None):
        self.meta = meta
        self.message = message
        self.unless = unless
        self.prefilter: tuple[prefilter.Requirement, ...] = ()

    def requirements(self, options):
        return self.prefilter

    def applies_to(self, document: Document) -> bool:
        # With literal requirements the engine already skips documents without the words, and a
        # regular-expression scan of the whole document would cost more than it saves.
        return bool(self.prefilter) or self.whole_document_match(document)

    def whole_document_match(self, document: Document) -> bool:
        raise NotImplementedError

    @staticmethod
    def requiring(*patterns) -> tuple[prefilter.Requirement, ...]:
        """The requirements of patterns that must all match in a unit (those with any)."""
        return prefilter.all_of(*patterns)

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
