"""existence: flag every match of any pattern (Vale's kind of the same name)."""

from __future__ import annotations

from mslint.model import Hit
from mslint.rules.kinds.base import PatternRule, message_template, optional_pattern

KEYS = ("patterns", "unless", "suggestion")


class ExistenceRule(PatternRule):
    def __init__(self, meta, message, unless, pattern, suggestion):
        super().__init__(meta, message, unless)
        self.pattern = pattern
        self.suggestion = suggestion
        self.prefilter = self.requiring(pattern)

    def whole_document_match(self, document):
        return self.pattern.search(document.text) is not None

    def check(self, document, unit, options):
        if self.vetoed(document, unit):
            return
        for match in self.pattern.finditer(document.text, unit.start, unit.end):
            if match.end() > match.start():
                yield Hit(match.start(), match.end(), self.render(match.group()), self.suggestion)


def build(meta, spec):
    suggestion = spec.string("suggestion") if "suggestion" in spec.table else None
    return ExistenceRule(
        meta,
        message_template(spec),
        optional_pattern(spec, "unless"),
        spec.pattern("patterns", spec.strings("patterns")),
        suggestion,
    )
