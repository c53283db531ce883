"""substitution: a pattern -> preferred wording table; the hit carries the suggested replacement.

A replacement may use the swap's groups (`\\1`, `\\g<name>`): "\\1 sufferers" -> "people with \\1".
With `group-class = "condition"` a swap whose pattern has a group fires only when that group
ends in a phrase of the lexicon class ("asthma sufferers", "severe asthma sufferers"; not "older
sufferers", which falls through to the next swap that matches), so the vocabulary stays in the
knowledge base. For the condition class, a short name in capitals counts too ("RP victims"): the
lexicon cannot hold every condition's abbreviation.
"""

from __future__ import annotations

import re

from mslint.analysis.article import analyse
from mslint.rules.packs import compile_pattern
from mslint.model import Hit
from mslint.rules.kinds.base import PatternRule, message_template, optional_pattern

KEYS = ("swap", "unless", "fix", "group-class")


def match_case(original: str, replacement: str, starts_unit: bool) -> str:
    """Keep a capital at the start of a sentence ("Sufferers" -> "People with MS"), but not for
    a capital that belongs to the word itself ("to MS sufferers" -> "to people with MS")."""
    if starts_unit and original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class SubstitutionRule(PatternRule):
    def __init__(self, meta, message, unless, swaps, ignore_case, safe=frozenset(), group_class=None):
        super().__init__(meta, message, unless)
        self.swaps = swaps  # [(compiled pattern, replacement)]
        self.safe = safe  # indices of the swaps `mslint --fix` may apply unread
        self.group_class = group_class
        self.combined = compile_pattern("|".join(f"(?:{p.pattern})" for p, _ in swaps), ignore_case)
        self.prefilter = self.requiring(self.combined)

    def whole_document_match(self, document):
        return self.combined.search(document.text) is not None

    def check(self, document, unit, options):
        if self.vetoed(document, unit):
            return
        text = document.text
        position = unit.start
        while position < unit.end:
            match = self.combined.search(text, position, unit.end)
            if match is None:
                return
            start = match.start()
            starts_unit = not text[unit.start : start].strip()
            found = self._swap(document, match, starts_unit) if not self.group_class else \
                self._swap_at(document, text, start, unit.end, starts_unit)
            if found is None:  # a group that is not of the class: try from the next word on
                position = start + 1
                continue
            index, replacement, end = found
            matched = text[start:end]
            suggestion = match_case(matched, replacement, starts_unit)
            fix = suggestion if index in self.safe else None
            yield Hit(start, end, self.render(matched, suggestion=suggestion), suggestion, fix=fix)
            position = max(end, start + 1)

    def _swap(self, document, match, starts_unit: bool = False) -> tuple[int, str, int] | None:
        """The first swap that matches the whole text, its replacement expanded."""
        text = match.group()
        for index, (pattern, replacement) in enumerate(self.swaps):
            own = pattern.fullmatch(text)
            if own is not None:
                return index, self._expand(own, replacement, starts_unit), match.end()
        return None

    def _swap_at(self, document, text: str, start: int, end: int, starts_unit: bool):
        """With `group-class`: the first swap matching at `start` whose group ends in a phrase of
        the class; a group of two words that fails is tried again as one ("breast cancer
        victims", "depression and anxiety")."""
        for index, (pattern, replacement) in enumerate(self.swaps):
            own = pattern.match(text, start, end)
            if own is None:
                continue
            if not pattern.groups:
                return index, self._expand(own, replacement, starts_unit), own.end()
            limit = own.end()
            while own is not None and own.end() > start:
                if self._of_class(document, own.start(1), own.end(1)):
                    return index, self._expand(own, replacement, starts_unit), own.end()
                limit = own.end(1) - 1  # a shorter group: end the match inside the group's last word
                while limit > own.start(1) and not text[limit - 1].isspace():
                    limit -= 1
                if limit <= own.start(1):
                    break
                own = pattern.match(text, start, limit)
        return None

    @staticmethod
    def _expand(own, replacement: str, starts_unit: bool) -> str:
        if "\\" not in replacement:
            return replacement
        if starts_unit and own.lastindex:
            # "Hay fever sufferers" -> "People with hay fever": the capital was the sentence's.
            first = own.group(1)
            if first[:1].isupper() and first[1:2].islower():
                return own.expand(replacement.replace("\\1", first[:1].lower() + first[1:]))
        return own.expand(replacement)

    def _of_class(self, document, start: int, end: int) -> bool:
        if self.group_class == "condition" and _ABBREVIATION.fullmatch(document.text, start, end):
            return True  # "RP victims": in a health article, a capitalised short name is a condition's
        view = analyse(document).sentence_at(start)
        if view is None:
            return False
        text = document.text
        for mention in view.mentions_of(self.group_class):
            if mention.end != end or mention.start < start:
                continue
            lead = [word.lower() for word in text[start:mention.start].split()]
            if len(lead) > 1 and lead[0] in _DETERMINERS:
                lead = lead[1:]
            if not lead or (len(lead) == 1 and (lead[0] in _MODIFIERS or lead[0] in _DETERMINERS)):
                return True
        return False


_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "your", "our"})
# Words that may stand before the condition inside the group: "severe asthma sufferers".
_MODIFIERS = frozenset({"severe", "chronic", "mild", "moderate", "acute", "advanced", "early", "late",
                        "persistent", "recurrent", "allergic", "seasonal", "long-term", "lifelong", "cluster",
                        # the kind of disease: "a crippling muscle disease", "the crippling tropical virus"
                        "rare", "genetic", "inherited", "progressive", "autoimmune", "neurological", "tropical",
                        "muscle", "nerve", "bone", "joint", "lung", "skin", "brain", "blood", "viral", "bacterial"})


def build(meta, spec):
    table = spec.table.get("swap")
    if not isinstance(table, dict) or not table or not all(isinstance(v, str) for v in table.values()):
        raise spec.fail("swap", "expected a table of pattern = \"preferred wording\"")
    swaps = [(spec.pattern(f"swap.{pattern}", [pattern]), replacement) for pattern, replacement in table.items()]
    ignore_case = spec.boolean("ignore-case", True)
    group_class = spec.string("group-class").lower() if "group-class" in spec.table else None
    return SubstitutionRule(meta, message_template(spec, "suggestion"), optional_pattern(spec, "unless"), swaps,
                            ignore_case, _safe_swaps(spec, list(table)), group_class)


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
