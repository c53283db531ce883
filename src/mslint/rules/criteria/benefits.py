"""EVD101 benefits-not-quantified: HealthNewsReview criterion 2, does the article quantify the
benefits in absolute terms?

Satisfied by a result a reader can weigh: a count out of a total ("19 of 36 patients"), a rate
in a group ("53 percent of those treated"), two figures side by side ("12% versus 20%", "10.6
months compared with 7.8 months", "fell from 20% to 12%"). A relative figure alone ("a 36
percent reduction in risk", "twice as likely") or an adjective ("significantly better") does
not quantify a benefit. Figures about how common the disease is are not results.
"""

from __future__ import annotations

from collections import defaultdict

from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    DISCERN, HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, criterion_meta,
    in_article, intervention_sentences, sentence_span, spans,
)


# The results, not one stray figure: each sentence with an absolute figure weighs 1, or 2 when it
# sets two figures side by side ("21% of those who took the drug, compared with 27% of those who
# did not", "in 3 of 55 after the transplant and in 34 of 55 on drugs"), which is a whole
# absolute comparison, or when it names an absolute measure (a number needed to treat, an
# absolute risk reduction) or gives a test's accuracy. The benefits are quantified at this weight.
ENOUGH = 2


def _weight(found, absolute) -> int:
    comparing = found.sentences_with("comparison-word")
    whole = {cue.sentence for cue in absolute if cue.note == "whole"}
    per_sentence: dict[int, list] = defaultdict(list)
    for cue in absolute:
        per_sentence[cue.sentence].append(cue)
    total = 0
    for sentence, cues in per_sentence.items():
        figures = sum(1 for n in found.numbers[sentence] if n.unit in ("", "%"))
        # Two results apart (not two readings of one figure) are a comparison too.
        side_by_side = len(spans(cues)) >= 2 or (figures >= 2 and sentence in comparing)
        total += 2 if sentence in whole or side_by_side else 1
    return total


class BenefitsNotQuantified(Criterion):
    criterion = "benefits"
    meta = criterion_meta(
        "EVD101", "benefits-not-quantified", "evidence",
        "The benefits of an intervention are not given in absolute numbers",
        RuleDocs(
            what="Judges HealthNewsReview's second criterion: does the article quantify the benefits, in "
            "absolute terms? Satisfied by a result with its denominator or its comparison: \"19 of 36 "
            "patients\", \"53 percent of those treated\", \"12% versus 20%\", \"10.6 months compared with 7.8 "
            "months\", \"fell from 20% to 12%\": two such results, or one that sets two figures side by side, "
            "names an absolute measure (a number needed to treat) or gives a test's accuracy. "
            "Relative figures alone (\"a 36 percent lower risk\", \"twice as "
            "likely\"), adjectives (\"significantly better\") and figures about how common the disease is do not "
            "count. Not applicable when no intervention is discussed. The evidence is the absolute result, or, "
            "when there is none, the relative figures and claims of benefit.",
            why="\"Halves the risk\" can mean from 2 in 100 to 1 in 100 or from 40 to 20: readers, and "
            "doctors, overestimate benefits given as relative figures. Absolute numbers let a reader judge "
            "whether a benefit is worth its harms and costs.",
            bad=(
                "Fish oil and heart attacks\n\nMen who took fish oil capsules had a 30 percent lower risk of "
                "heart attack than men who did not, the study found.",
            ),
            good=(
                "Fish oil and heart attacks\n\nOver five years, 3 of every 100 men who took fish oil capsules "
                "had a heart attack, compared with 4 of every 100 who took a dummy pill.",
                "Walking and mood\n\nPeople who walked more reported better moods in a survey.",
            ),
            better="Give the absolute figures beside the relative one: \"Heart attacks fell from 4 in 100 men to "
            "3 in 100 over five years (a 25 percent relative reduction).\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 2, does the news release adequately quantify the benefits of the "
         "treatment, test, product or procedure?",
         DISCERN + ", question 9: does it describe how each treatment works and its benefits?",
         "Gigerenzer et al., Psychol Sci Public Interest 2007;8:53: absolute versus relative risk"),
    )

    def judge(self, found) -> Assessment:
        where = intervention_sentences(found)
        if not where:
            return Assessment(NOT_APPLICABLE, "No intervention is discussed, so there are no benefits to "
                              "quantify.")
        # A figure is a result when its sentence reports one (or names the intervention) and is not
        # about how common the disease is.
        # A rate with and without the intervention ("6 cases per 1,000 a year without the vaccine,
        # against fewer than 1 with it") is its result, though it reads like a disease's frequency.
        background = found.sentences_with("prevalence") - (set(where) & found.sentences_with("comparison-word"))
        results = found.sentences_with("result-word") | set(where)
        absolute = [cue for cue in in_article(found, found.of("absolute"))
                    if cue.sentence in results and cue.sentence not in background]
        if _weight(found, absolute) >= ENOUGH:
            return Assessment(SATISFACTORY, "The article gives results in absolute numbers.", spans(absolute))
        relative = in_article(found, found.of("relative") + found.of("relative-measure"))
        if relative:
            return Assessment(NOT_SATISFACTORY, "The benefits are given only as relative figures, with no absolute "
                              "numbers.", spans(relative))
        return Assessment(NOT_SATISFACTORY, "The benefits are not quantified in absolute numbers.",
                          tuple(sentence_span(found, i) for i in where[:1]))
