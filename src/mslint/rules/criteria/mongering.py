"""HYP102 disease-mongering: HealthNewsReview criterion 5, does the article commit disease-mongering?

Disease-mongering widens the boundaries of illness: it makes a condition sound more common or
more dangerous than it is ("a silent epidemic", "millions of Americans suffer without knowing
it", "a deadly, devastating disease") or turns normal states of life into disorders to be
treated (ageing, menopause, shyness, "low T"). One alarming adjective is common in honest
writing; a run of them, or a normal state presented as a disease, is mongering, and so is a fear
appeal about the condition (what the rules LNG010-LNG012 report: "each flare robs a bit of your
memory"). Not applicable when the article discusses no condition at all.
"""

from __future__ import annotations

from mslint.analysis.features import features
from mslint.analysis.stance import DISPUTED, NEGATED, QUESTION
from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, asserted, criterion_meta,
    in_article, merged_spans, reported_spans, spans,
)

# This many alarming phrases, or a normal state medicalised alongside any alarm, is mongering.
ENOUGH = 3
# The language rules whose findings are fear appeals about the condition: alarmist wording, a hidden
# enemy, guilt and shame. Their own reading of context (denials, questions, quotation) applies.
FEAR_RULES = ("LNG010", "LNG011", "LNG012")
SILENT = frozenset({NEGATED, QUESTION, DISPUTED})


class DiseaseMongering(Criterion):
    criterion = "disease-mongering"
    meta = criterion_meta(
        "HYP102", "disease-mongering", "hype",
        "A condition is made to sound more common or dangerous than it is, or a normal state is made a disease",
        RuleDocs(
            what="Judges HealthNewsReview's fifth criterion: does the article commit disease-mongering? Flags "
            "an article that piles up alarm about a condition (an epidemic, a silent killer, millions who "
            "suffer without knowing it, deadly, devastating) in three or more sentences, or presents a normal "
            "state of life (ageing, menopause, hot flashes, low testosterone, shyness) as a disorder while "
            "sounding the alarm, or frightens the reader about the condition (the fear appeals LNG010-LNG012 "
            "report: \"each flare robs a bit of your memory\"). Denied and disputed uses do not count. Not "
            "applicable when no condition is discussed. The evidence is the alarming passages.",
            why="Exaggerating how common or serious a condition is, or medicalising ordinary life, frightens "
            "healthy readers into tests and treatments they do not need, and sells the product the article is "
            "about.",
            bad=(
                "The silent epidemic of low T\n\nMillions of men suffer from low testosterone without knowing it. "
                "This silent, devastating condition is a ticking time bomb, and ageing men are all at risk.",
            ),
            good=(
                "Testosterone levels and age\n\nTestosterone falls slowly with age in most men, and for most this "
                "causes no symptoms that need treatment. About 2 in 100 older men have levels low enough to "
                "need a doctor's advice.",
            ),
            better="Give the condition's real size and course: \"About 2 in 100 older men have low testosterone "
            "with symptoms; for most men the slow fall with age needs no treatment.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 5, does the news release commit disease-mongering?",
         "Moynihan, Heath & Henry, BMJ 2002;324:886: selling sickness, the pharmaceutical industry and "
         "disease mongering"),
    )

    def assess(self, document) -> Assessment:
        return self.judge(features(document), reported_spans(document, FEAR_RULES))

    def judge(self, found, fear=()) -> Assessment:
        alarm = [cue for cue in in_article(found, found.of("mongering")) if asserted(found, cue, SILENT)]
        if not alarm and not fear and not any("condition" in view.classes for view in found.analysis.sentences):
            return Assessment(NOT_APPLICABLE, "No condition is discussed, so none can be exaggerated.")
        normal = [cue for cue in in_article(found, found.of("normal-state")) if asserted(found, cue, SILENT)]
        phrases = {(cue.start, cue.end) for cue in alarm}
        if fear:
            # The condition made frightening to the reader ("each flare robs a bit of your memory",
            # "don't let it steal your future"): a fear appeal oversells how bad it is.
            return Assessment(NOT_SATISFACTORY, "The article frightens the reader about the condition, making "
                              "it sound more dangerous than it is.", merged_spans(spans(alarm + normal) + tuple(fear)))
        if len(phrases) >= ENOUGH or (normal and alarm):
            return Assessment(NOT_SATISFACTORY, "The article makes a condition sound more common or dangerous "
                              "than it is, or makes a normal state a disease.", spans(alarm + normal))
        return Assessment(SATISFACTORY, "The article does not exaggerate the condition.", ())
