"""HYP102 disease-mongering: HealthNewsReview criterion 5, does the article commit disease-mongering?

Disease-mongering widens the boundaries of illness: it makes a condition sound more common or
more dangerous than it is ("a silent epidemic", "millions of Americans suffer without knowing
it", "a deadly, devastating disease") or turns normal states of life into disorders to be
treated (ageing, menopause, shyness, "low T"). Words of severity are accurate for many
diseases (sepsis is life-threatening, heart disease a leading cause of death) and describe; words
that inflate ("rampant", "a ticking time bomb", "anyone could be next") oversell. Two that
inflate, one beside a run of severity or a normal state, or severity piled sentence after
sentence in more than one word is mongering (a word said again is one description), and so is a fear appeal about the condition (what the rules LNG010-LNG012
report: "each flare robs a bit of your memory"). Not applicable when the article discusses no
condition at all.
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

# Two phrases that inflate a condition ("rampant", "a ticking time bomb"), or one beside a run of
# words of severity in this many sentences or beside a normal state of life, is mongering.
ENOUGH_INFLATING = 2
ENOUGH_GRAVE = 2
# Words of severity in this many sentences pile up into alarm without any word that inflates.
ENOUGH_PILE = 3
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
            "an article that inflates a condition (a silent killer, a ticking time bomb, rampant, millions "
            "who suffer without knowing it) in two places, or once beside words of severity (deadly, "
            "devastating, life-threatening) or a normal state of life (ageing, menopause, hot flashes, low "
            "testosterone, shyness), or piles words of severity into three or more sentences, or frightens "
            "the reader about the condition (the fear appeals LNG010-LNG012 report: \"each flare robs a bit of "
            "your memory\"). A word or two of severity describes a serious disease and passes, and a word said "
            "again (a crisis called by its name in every paragraph) counts once. Denied and "
            "disputed uses do not count. Not applicable when no condition is discussed. The evidence is the "
            "alarming passages.",
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
        inflating = self._asserted(found, "mongering")
        severity = self._asserted(found, "severity")
        if not inflating and not severity and not fear and not any(
                "condition" in view.classes for view in found.analysis.sentences):
            return Assessment(NOT_APPLICABLE, "No condition is discussed, so none can be exaggerated.")
        normal = self._asserted(found, "normal-state")
        if fear:
            # The condition made frightening to the reader ("each flare robs a bit of your memory",
            # "don't let it steal your future"): a fear appeal oversells how bad it is.
            return Assessment(NOT_SATISFACTORY, "The article frightens the reader about the condition, making "
                              "it sound more dangerous than it is.",
                              merged_spans(spans(inflating + severity + normal) + tuple(fear)))
        text = found.analysis.document.text
        # A word said again is one description, not a second: a story that names "the opioid
        # epidemic" in every paragraph, or a screening piece on people "at risk", repeats a term.
        inflations = {_wording(text, cue) for cue in inflating}
        grave_sentences = {cue.sentence for cue in severity}
        grave_words = {_wording(text, cue) for cue in severity}
        # Sepsis is life-threatening and heart disease a leading cause of death: a word of severity
        # describes. It oversells beside a word that inflates the condition, or piled up sentence
        # after sentence.
        inflated = len(inflations) >= ENOUGH_INFLATING or (
            inflating and (len(grave_sentences) >= ENOUGH_GRAVE or normal))
        piled = len(grave_sentences) >= ENOUGH_PILE and len(grave_words) >= ENOUGH_GRAVE
        if inflated or piled:
            return Assessment(NOT_SATISFACTORY, "The article makes a condition sound more common or dangerous "
                              "than it is, or makes a normal state a disease.", spans(inflating + severity + normal))
        return Assessment(SATISFACTORY, "The article does not exaggerate the condition.", ())

    @staticmethod
    def _asserted(found, name: str) -> list:
        return [cue for cue in in_article(found, found.of(name)) if asserted(found, cue, SILENT)]


def _wording(text: str, cue) -> str:
    """The words of a cue as said, whatever their case and hyphens ("At Risk", "at-risk")."""
    return " ".join(text[cue.start:cue.end].lower().replace("-", " ").split())
