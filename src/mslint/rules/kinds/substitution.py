"""substitution: a pattern -> preferred wording table; the hit carries the suggested replacement."""

from __future__ import annotations

from mslint.rules.packs import compile_pattern
from mslint.model import Hit
from mslint.rules.kinds.base import PatternRule, message_template, optional_pattern

KEYS = ("swap", "unless")


def match_case(original: str, replacement: str, starts_unit: bool) -> str:
    """Keep a capital at the start of a sentence ("Sufferers" -> "People with MS"), but not for
    a capital that belongs to the word itself ("to MS sufferers" -> "to people with MS")."""
    if starts_unit and original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class SubstitutionRule(PatternRule):
    def __init__(self, meta, message, unless, swaps, ignore_case):
        super().__init__(meta, message, unless)
        self.swaps = swaps  # [(compiled pattern, replacement)]
        self.combined = compile_pattern("|".join(f"(?:{p.pattern})" for p, _ in swaps), ignore_case)
        self.prefilter = self.requiring(self.combined)

    def whole_document_match(self, document):
        return self.combined.search(document.text) is not None

    def check(self, document, unit, options):
        if self.vetoed(document, unit):
            return
        for match in self.combined.finditer(document.text, unit.start, unit.end):
            text = match.group()
            replacement = next(rep for pattern, rep in self.swaps if pattern.fullmatch(text))
            starts_unit = not document.text[unit.start : match.start()].strip()
            suggestion = match_case(text, replacement, starts_unit)
            yield Hit(match.start(), match.end(), self.render(text, suggestion=suggestion), suggestion)


def build(meta, spec):
    table = spec.table.get("swap")
    if not isinstance(table, dict) or not table or not all(isinstance(v, str) for v in table.values()):
        raise spec.fail("swap", "expected a table of pattern = \"preferred wording\"")
    swaps = [(spec.pattern(f"swap.{pattern}", [pattern]), replacement) for pattern, replacement in table.items()]
    ignore_case = spec.boolean("ignore-case", True)
    return SubstitutionRule(meta, message_template(spec, "suggestion"), optional_pattern(spec, "unless"), swaps, ignore_case)
