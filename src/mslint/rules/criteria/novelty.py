"""EVD105 novelty-not-established: HealthNewsReview criterion 9, does the article establish the
true novelty of the approach?

Novelty is established by context: what was known or used before, earlier studies, how long
the approach has been around, what this work adds. An article that places the work among what
came before is satisfactory; one that gives no such context is not, and its claims to be first,
novel or a breakthrough are the evidence.
"""

from __future__ import annotations

from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, about_research, asserted,
    criterion_meta, in_article, research, spans,
)

# Context in this many sentences places the work among what came before.
MIN_SENTENCES = 1


class NoveltyNotEstablished(Criterion):
    criterion = "novelty"
    meta = criterion_meta(
        "EVD105", "novelty-not-established", "evidence",
        "The article does not say how the approach relates to what was known or used before",
        RuleDocs(
            what="Judges HealthNewsReview's ninth criterion: does the article establish the true novelty of "
            "the approach? Satisfied when it places the work among what came before: earlier studies, how "
            "long the approach (or the drug, or the idea) has been around, what is already known or used, "
            "what this study adds. When it does not, the evidence is its claims to be new (\"first\", "
            "\"novel\", \"breakthrough\"), if any.",
            why="Much that is announced as new is not: the drug has been sold for years, the link was reported "
            "a decade ago, the test is a variant of one in use. Without that context readers overrate one "
            "study and cannot tell an advance from a repeat.",
            bad=(
                "A first: magnets ease depression\n\nFor the first time, doctors have used magnetic pulses to "
                "ease severe depression in a study, a novel approach, the clinic said.",
            ),
            good=(
                "Magnetic pulses for depression\n\nMagnetic stimulation has been used for depression for more "
                "than a decade. This study builds on earlier trials by testing a shorter schedule, and previous "
                "research found similar results with the longer one.",
            ),
            better="Say what came before: \"The approach has been approved for depression since 2008; this "
            "study tested a shorter, once-a-day schedule.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 9, does the news release establish the true novelty of the approach?",),
    )

    def judge(self, found) -> Assessment:
        if not about_research(found):
            return Assessment(NOT_APPLICABLE, "The article reports no research and discusses no intervention, so "
                              "there is no novelty to establish.")
        context = in_article(found, found.of("prior-work"))
        if len({cue.sentence for cue in context}) >= MIN_SENTENCES:
            return Assessment(SATISFACTORY, "The article places the work among what was known or used before.",
                              spans(context))
        claims = [cue for cue in in_article(found, found.of("novelty-claim")) if asserted(found, cue)]
        if claims:
            return Assessment(NOT_SATISFACTORY, "The article presents the approach as new but does not say what "
                              "came before it.", spans(claims))
        return Assessment(NOT_SATISFACTORY, "The article does not say how the approach relates to what was known "
                          "or used before.", spans(research(found) or [], 1))
