"""cooccurrence: every pattern group must match within one unit (usually a sentence).

The factual rules are mostly of this shape ("PML" near "stem-cell transplant"): the hit spans
the match of the `anchor` group, and the engine's context check runs on that span.
"""

from __future__ import annotations

from mslint.model import Hit
from mslint.rules.kinds.base import PatternRule, message_template, optional_pattern

KEYS = ("all", "anchor", "unless")


class CooccurrenceRule(PatternRule):
    def __init__(self, meta, message, unless, groups, anchor):
        super().__init__(meta, message, unless)
        self.groups = groups
        self.anchor = anchor
        self.prefilter = self.requiring(*groups)

    def whole_document_match(self, document):
        return all(group.search(document.text) is not None for group in self.groups)

    def check(self, document, unit, options):
        if self.vetoed(document, unit):
            return
        text = document.text
        for index, group in enumerate(self.groups):
            if index != self.anchor and group.search(text, unit.start, unit.end) is None:
                return
        for match in self.groups[self.anchor].finditer(text, unit.start, unit.end):
            yield Hit(match.start(), match.end(), self.render(match.group()))
            return  # one finding per unit: the statement, not each repetition of its key word


def build(meta, spec):
    groups_spec = spec.table.get("all")
    if (
        not isinstance(groups_spec, list)
        or len(groups_spec) < 2
        or not all(isinstance(group, list) and all(isinstance(p, str) for p in group) for group in groups_spec)
    ):
        raise spec.fail("all", "expected a list of at least two lists of patterns")
    groups = [spec.pattern(f"all[{index}]", group) for index, group in enumerate(groups_spec)]
    anchor = spec.table.get("anchor", 0)
    if not isinstance(anchor, int) or not 0 <= anchor < len(groups):
        raise spec.fail("anchor", f"expected the index of one of the {len(groups)} groups")
    return CooccurrenceRule(meta, message_template(spec), optional_pattern(spec, "unless"), groups, anchor)
