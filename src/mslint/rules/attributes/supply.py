"""FCT043: a prescription-only medicine said to be sold over the counter in the UK ("melatonin is
available over the counter in UK pharmacies", "you can buy finasteride off the shelf", "liothyronine
isn't a prescription drug").

Which medicines are prescription-only is a table (knowledge/general/supply.toml); the rule holds the
ways a sentence says a medicine can be bought without a prescription. The subject is the medicine the
clause names before or inside the claim, or, when the claim refers back ("it's sold over the
counter"), the one in force; medicines in general ("any new medicine, including ones bought without
a prescription") are no subject. A sentence about another country ("melatonin is sold over the
counter in the US") is left alone: the table is the UK's.
"""

from __future__ import annotations

from mslint.analysis.topic import named_entities
from mslint.model import RuleDocs
from mslint.rules.attributes.base import AttributeMisstated

_BOUGHT = (
    "(available|sold|bought|buy|buy it|buy them|get it|get them|pick it up|pick them up|found) over the counter",
    # (v0.30.28, set 112) "melatonin, which you can pick up over the counter", "buy melatonin over the counter",
    # "pick melatonin up over the counter"
    "(buy|pick up|get|order) [_] [_] over the counter",
    "pick [_] [_] up (over the counter|off the shelf)",
    "(available|sold|bought|buy it|buy them|obtained|get it|get them) (without|with no) [a|any] prescription",
    "(buy|order|get|pick up) ...3 (without|with no) [a|any] prescription",
    "(isn't|is not|aren't|are not|is no longer|are no longer) (a|an) (prescription|prescription-only|prescription only) (drug|medicine|medication|item)",
    "(isn't|is not|aren't|are not) (prescription-only|prescription only)",
    "no prescription (is|are)? (needed|required|necessary)",
    "(is|are) [perfectly|completely|totally|entirely] legal (in|for|to sell in) (cosmetic|beauty|over-the-counter|skin|skincare) (creams|products|use)",
    "(bought|buy it|buy them|pick it up|pick them up|available) (off the shelf|at any (chemist|supermarket|pharmacy)|in (supermarkets|any supermarket))",
)
_REFERS_BACK = frozenset({"it", "it's", "they", "they're", "them", "this", "these"})
# Another country's shelves: "over the counter in the US", "in America you can buy it anywhere".
_ELSEWHERE = frozenset({"us", "usa", "america", "american", "states", "canada", "mexico", "thailand", "spain",
                        "india", "turkey", "abroad", "overseas", "australia", "dubai"})


class SupplyMisstated(AttributeMisstated):
    """uk-supply: "melatonin is available over the counter in UK pharmacies"."""

    relation = "uk-supply"
    code, name = "FCT043", "prescription-only-sold-freely"
    summary = "A UK prescription-only medicine is said to be sold over the counter or without a prescription"
    setting = "This article is about a medicine, written for UK readers."
    claims = {"over-the-counter": _BOUGHT}
    docs = RuleDocs(
        what="Flags a medicine that is prescription-only in the UK said to be available over the counter, off "
        "the shelf or without a prescription, or said not to be a prescription medicine: melatonin, finasteride, "
        "isotretinoin, levothyroxine and liothyronine, semaglutide, antidepressants, MS disease-modifying "
        "treatments and others (a table in the knowledge base, with its sources). A sentence about another "
        "country's shelves is left alone.",
        why="A reader told a prescription-only medicine can be bought freely may buy it from an unregulated "
        "seller, skip the checks a prescriber makes (interactions, pregnancy, the dose for their kidneys) or "
        "think a page selling it without a prescription is acting lawfully.",
        bad=("Melatonin is available over the counter in UK pharmacies.",
             "You can buy finasteride without a prescription from any chemist."),
        good=("In the UK melatonin is a prescription-only medicine; in the US it is sold over the counter.",
              "Finasteride needs a prescription, which an online service can issue after a consultation."),
        better="Say how the medicine is supplied in the UK, with a source: \"Melatonin is prescription-only in "
        "the UK; ask your GP.\"",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return "prescription-only" in recorded

    def compares_within(self, view, match) -> bool:
        """Another country's rules: the table is the UK's."""
        return bool(view.words & _ELSEWHERE)

    def _about(self, view, match, claimed: str) -> list[str]:
        """The medicines the clause names before or inside the claim ("buy finasteride without a
        prescription"); else the one in force."""
        clause = view.clause_of(match.first)
        before = [medicine.entity for medicine in named_entities(view, "intervention")
                  if (at := view.token_index(medicine.start)) <= match.last
                  and (clause is None or view.clause_of(at) == clause)]
        if before:
            return before[-1:]
        # A relative clause after the medicine: "melatonin, which you can pick up over the counter" (v0.30.28).
        antecedent = _antecedent(view, match)
        if antecedent is not None:
            return [antecedent]
        # Else only a claim that refers back ("it's sold over the counter"), not one about medicines
        # in general ("any new medicine, including ones bought without a prescription").
        words = {token.norm for token in view.tokens[max(0, match.first - 3):match.last + 1]}
        topic = view.topic.intervention
        return [topic.entity] if topic is not None and words & _REFERS_BACK else []

    def message(self, claimed: str, fact) -> str:
        return "Supply misstated: this medicine is prescription-only in the UK"


def _antecedent(view, match) -> str | None:
    """The medicine a "which" just before the claim stands for: the one named right before ", which"."""
    tokens = view.tokens
    for index in range(max(0, match.first - 4), match.first + 1):
        if tokens[index].norm == "which" and index >= 2 and tokens[index - 1].norm == ",":
            named = [medicine for medicine in named_entities(view, "intervention")
                     if view.token_index(medicine.start) <= index - 2 < view.token_index(medicine.end - 1) + 1]
            return named[-1].entity if named else None
    return None
