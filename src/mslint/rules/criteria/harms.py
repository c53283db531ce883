"""RSK101 harms-not-explained: HealthNewsReview criterion 3, does the article explain the harms?

Satisfied when the article names a harm *of the intervention*: its side effects, adverse events,
complications or risks, the false positives and overdiagnosis of a test. What does not count:
the disease's own harms ("the risk of dementia", "complications of diabetes"), harms the
intervention is said to prevent ("fewer side effects", "reduces the risk of stroke"), harms
denied or asked about ("no side effects", "Are there risks?"), and reassurance alone
("generally safe and well tolerated"). A mention counts as the intervention's when it can only
be one (side effects, adverse events) or when its sentence attaches it to the intervention
(mslint.analysis.features decides the subject of every harm mention).
"""

from __future__ import annotations

from mslint.analysis.features import DENIED, OF_INTERVENTION
from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    DISCERN, HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, criterion_meta,
    in_article, intervention_sentences, sentence_span, spans,
)


# A passing "side effects" is not an explanation. Each sentence that names a harm of the
# intervention weighs 1, plus 1 when it names a particular harm and 1 when it counts it ("nausea
# in 12 of 80 patients" weighs 3, a whole explanation); a trial's report that no harm occurred
# ("none of the 40 patients had serious side effects") weighs 1. The harms are explained at
# this weight.
ENOUGH = 3
DENIED_WEIGHT = 1


def names_a_harm(found) -> bool:
    """Whether the article (outside its boiler-plate) names any harm of the intervention; a report
    that none occurred does not count here (RSK001 asks this)."""
    return bool(in_article(found, found.of("harm", OF_INTERVENTION)))


def _weight(found, harms, denied) -> int:
    named = {cue.sentence for cue in found.of("named-harm", OF_INTERVENTION)}
    total = 0
    for sentence in {cue.sentence for cue in harms}:
        counted = any(n.unit in ("", "%") for n in found.numbers[sentence]) or _says_how_often(found, sentence)
        total += 1 + counted + (sentence in named)
    reported = {cue.sentence for cue in denied} - {cue.sentence for cue in harms}
    total += DENIED_WEIGHT * len(reported)
    return total


# Words that say how often a harm happens without a number ("pain and swelling are common",
# "infection is rare"): a frequency a reader can weigh.
_FREQUENCY = frozenset({"common", "commonly", "rare", "rarely", "uncommon", "uncommonly", "frequent", "frequently",
                        "occasionally", "occasional"})


def _says_how_often(found, sentence: int) -> bool:
    return any(token.norm in _FREQUENCY for token in found.analysis.sentences[sentence].tokens)


class HarmsNotExplained(Criterion):
    criterion = "harms"
    meta = criterion_meta(
        "RSK101", "harms-not-explained", "risk-disclosure",
        "An intervention is discussed but none of its harms (side effects, risks, false positives) is named",
        RuleDocs(
            what="Judges HealthNewsReview's third criterion: does the article explain the harms of the "
            "intervention? Satisfied when harms of the intervention itself are explained: side effects, adverse "
            "events, complications, risks, or for a test or screening its false positives, overdiagnosis and "
            "the follow-up procedures it leads to. A passing \"side effects\" is not an explanation: the "
            "article must name a particular harm and say how often it happened, or come back to harms in "
            "several sentences. Harms of the disease, harms the intervention is said to "
            "prevent (\"fewer side effects\"), denied or merely asked-about harms, and reassurance alone "
            "(\"generally safe and well tolerated\") do not count. Not applicable when no intervention is "
            "discussed. The evidence is the harm passage, or, when there is none, the intervention's claims.",
            why="Every intervention that can help can also harm, and a reader cannot weigh a benefit without "
            "its harms. Reviewers found the harms criterion failed in three of four releases, most often "
            "because the only harms named were the disease's.",
            bad=(
                "Cream clears skin patches\n\nA new cream cleared scaly skin patches in most of the 80 adults "
                "who used it for eight weeks. The cream is generally safe and well tolerated, the researchers said.",
                "Heart scan spots blocked arteries\n\nA new heart scan found blocked arteries earlier than a "
                "treadmill test, and heart disease is the leading cause of death.",
            ),
            good=(
                "Cream clears skin patches\n\nA new cream cleared scaly skin patches in most of the 80 adults "
                "who used it. Side effects were redness and itching, which led 6 of the 80 to stop using it.",
                "Walking and mood\n\nPeople who walked more reported better moods in a survey.",
            ),
            better="Name the harms and how often they happened: \"Redness and itching were the most common side "
            "effects; 6 of 80 people stopped the cream because of them.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 3, does the news release adequately explain and quantify the "
         "harms of the intervention?",
         DISCERN + ", question 10: does it describe the risks of each treatment?"),
    )

    def judge(self, found) -> Assessment:
        where = intervention_sentences(found)
        if not where:
            return Assessment(NOT_APPLICABLE, "No intervention is discussed, so it has no harms to explain.")
        harms = in_article(found, found.of("harm", OF_INTERVENTION))
        denied = in_article(found, found.of("harm", DENIED))
        if _weight(found, harms, denied) >= ENOUGH:
            return Assessment(SATISFACTORY, "The article names harms of the intervention.", spans(harms))
        if harms:
            # Named, but not explained: say so rather than that none is named.
            return Assessment(NOT_SATISFACTORY, "Harms of the intervention are named only in passing: the article "
                              "does not say how often they happen or come back to them.", spans(harms))
        return Assessment(NOT_SATISFACTORY, "An intervention is discussed, but none of its harms is named.",
                          tuple(sentence_span(found, i) for i in where[:1]))
