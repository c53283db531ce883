"""substitution: a pattern -> preferred wording table; the hit carries the suggested replacement."""

from __future__ import annotations

from mslint.rules.packs import compile_pattern
from mslint.model import Hit
from mslint.rules.kinds.base import PatternRule, message_template, optional_pattern

KEYS = ("swap", "unless", "fix")


def match_case(original: str, replacement: str, starts_unit: bool) -> str:
    """Keep a capital at the start of a sentence ("Sufferers" -> "People with MS"), but not for
    a capital that belongs to the word itself ("to MS sufferers" -> "to people with MS")."""
    if starts_unit and original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class SubstitutionRule(PatternRule):
    def __init__(self, meta, message, unless, swaps, ignore_case, safe=frozenset()):
        super().__init__(meta, message, unless)
        self.swaps = swaps  # [(compiled pattern, replacement)]
        self.safe = safe  # indices of the swaps `mslint --fix` may apply unread
        self.combined = compile_pattern("|".join(f"(?:{p.pattern})" for p, _ in swaps), ignore_case)
        self.prefilter = self.requiring(self.combined)

    def whole_document_match(self, document):
        return self.combined.search(document.text) is not None

    def check(self, document, unit, options):
        if self.vetoed(document, unit):
            return
        for match in self.combined.finditer(document.text, unit.start, unit.end):
            text = match.group()
            index, replacement = next((i, rep) for i, (pattern, rep) in enumerate(self.swaps) if pattern.fullmatch(text))
            starts_unit = not document.text[unit.start : match.start()].strip()
            suggestion = match_case(text, replacement, starts_unit)
            fix = suggestion if index in self.safe else None
            yield Hit(match.start(), match.end(), self.render(text, suggestion=suggestion), suggestion, fix=fix)


def build(meta, spec):
    table = spec.table.get("swap")
    if not isinstance(table, dict) or not table or not all(isinstance(v, str) for v in table.values()):
        raise spec.fail("swap", "expected a table of pattern = \"preferred wording\"")
    swaps = [(spec.pattern(f"swap.{pattern}", [pattern]), replacement) for pattern, replacement in table.items()]
    ignore_case = spec.boolean("ignore-case", True)
    return SubstitutionRule(meta, message_template(spec, "suggestion"), optional_pattern(spec, "unless"), swaps,
                            ignore_case, _safe_swaps(spec, list(table)))


def _safe_swaps(spec, patterns: list[str]) -> frozenset[int]:
    """`fix = true`: every swap is a safe rewrite; `fix = ["pattern", ...]`: only those swaps (the
    others are advice, e.g. a bare "sufferers" that may be about another condition)."""
    value = spec.table.get("fix", False)
    if isinstance(value, bool):
        return frozenset(range(len(patterns))) if value else frozenset()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise spec.fail("fix", "expected true, false or a list of swap patterns")
    for item in value:
        if item not in patterns:
            raise spec.fail("fix", f"{item!r} is not one of this rule's swap patterns")
    return frozenset(patterns.index(item) for item in value)
