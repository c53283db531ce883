"""conditional: if A appears in the scope, B must appear too; one hit at the first A."""

from __future__ import annotations

from mslint.model import Hit
from mslint.rules.kinds.base import PatternRule, message_template, optional_pattern

KEYS = ("if", "then", "unless")


class ConditionalRule(PatternRule):
    def __init__(self, meta, message, unless, antecedent, consequent):
        super().__init__(meta, message, unless)
        self.antecedent = antecedent
        self.consequent = consequent
        self.prefilter = self.requiring(antecedent)

    def whole_document_match(self, document):
        return self.antecedent.search(document.text) is not None

    def check(self, document, unit, options):
        if self.vetoed(document, unit):
            return
        first = self.antecedent.search(document.text, unit.start, unit.end)
        if first is None or self.consequent.search(document.text, unit.start, unit.end):
            return
        yield Hit(first.start(), first.end(), self.render(first.group()))


def build(meta, spec):
    return ConditionalRule(
        meta,
        message_template(spec),
        optional_pattern(spec, "unless"),
        spec.pattern("if", spec.strings("if")),
        spec.pattern("then", spec.strings("then")),
    )
