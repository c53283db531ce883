"""EVD102 evidence-quality-not-conveyed: HealthNewsReview criterion 4, does the article grasp the
quality of the evidence?

A reader can judge a study when told what kind it was (randomised trial, observational study,
a survey, an experiment in mice), how big (how many people), and what it cannot show (its
limitations: small, short, an association rather than a cause, not yet tested in people). Each
of the three counts towards the verdict; a study in animals or cells must say so.
"""

from __future__ import annotations

from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    DISCERN, HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, about_research,
    criterion_meta, in_article, research, spans,
)

# What each part of an account of the evidence is worth. A controlled comparison (randomised,
# placebo, a meta-analysis of trials) says more about an effect than any other design; its size and
# its stated limitations complete the picture. Research in animals or cells with no caveat does
# not convey its quality however it is described.
CONTROLLED, DESIGN, DETAILED_DESIGN, SIZE, LIMITATION = 2, 1, 1, 1, 1
DETAIL_SENTENCES = 3  # design described in this many sentences is a description, not a label
MAX_LIMITATIONS = 2
ENOUGH = 4


class EvidenceQualityNotConveyed(Criterion):
    criterion = "evidence-quality"
    meta = criterion_meta(
        "EVD102", "evidence-quality-not-conveyed", "evidence",
        "The article does not say what kind of study the claims rest on, how large it was or what it cannot show",
        RuleDocs(
            what="Judges HealthNewsReview's fourth criterion: does the article grasp the quality of the "
            "evidence? It weighs three things a reader needs: the kind of study (randomised trial, "
            "observational study, survey, an experiment in mice or cells, its phase), its size (how many "
            "people or animals), and its limitations (small, short, an association that cannot show cause, "
            "not yet tested in people, more research needed). An article that gives the design described in "
            "some detail and its size, or either with a limitation, is satisfactory. The evidence is the "
            "passages that convey the quality, or the claims that lack it.",
            why="The same headline can rest on a large randomised trial or on twelve mice. Readers cannot tell "
            "which unless the article says so, and releases that leave it out are the ones that overstate "
            "what a study shows.",
            bad=(
                "Berries protect the brain\n\nEating blueberries keeps the brain young, according to new "
                "research from the university.",
            ),
            good=(
                "Berries and memory in older adults\n\nIn a randomised trial of 120 adults over 65, those who ate "
                "blueberries daily for 12 weeks scored slightly higher on one memory test. The study was small "
                "and short, and the authors say larger trials are needed.",
            ),
            better="Say what kind of study it was, how many took part and what it cannot show: \"The "
            "observational study of 2,000 women can show a link, not that the diet caused the difference.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 4, does the news release seem to grasp the quality of the evidence?",
         DISCERN + ", question 4: is it clear what sources of information were used? and question 8: does it "
         "refer to areas of uncertainty?",
         "Sumner et al., BMJ 2014;349:g7015: exaggeration in health news releases (causal claims from "
         "correlational results, human claims from animal studies)"),
    )

    def judge(self, found) -> Assessment:
        if not about_research(found):
            return Assessment(NOT_APPLICABLE, "The article reports no research and discusses no intervention.")
        design = in_article(found, found.of("study-design") + found.of("preclinical"))
        controlled = in_article(found, found.of("controlled-design"))
        size = in_article(found, found.of("sample-size"))
        limits = in_article(found, found.of("limitation"))
        preclinical = in_article(found, found.of("preclinical"))
        design_sentences = {cue.sentence for cue in design}
        score = (CONTROLLED * bool(controlled) + DESIGN * bool(design)
                 + DETAILED_DESIGN * (len(design_sentences) >= DETAIL_SENTENCES)
                 + SIZE * bool(size) + LIMITATION * min(MAX_LIMITATIONS, len({cue.sentence for cue in limits})))
        if score >= ENOUGH and not (preclinical and not limits):
            return Assessment(SATISFACTORY, "The article says what kind of study it was, how large, or what it "
                              "cannot show.", spans(design[:2] + size[:1] + limits[:2]))
        missing = [name for name, present in (("the kind of study", design), ("its size", size),
                                              ("its limitations", limits)) if not present]
        why = ("The article does not convey the quality of the evidence: it does not say "
               + _listed(missing) + "." if missing else
               "The article names the study but says too little about it to judge the quality of the evidence.")
        return Assessment(NOT_SATISFACTORY, why, spans(design + size + limits or research(found), 2))


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
