"""EVD103 alternatives-not-compared: HealthNewsReview criterion 7, does the article compare the
new approach with existing alternatives?

Satisfied when the article names the options a reader already has and weighs the new one
against them: standard or usual care, current treatments, another test, lifestyle change,
watchful waiting. A placebo is not an alternative a patient can choose, so a trial's placebo arm
alone does not count, and neither does a comparison made in mice.
"""

from __future__ import annotations

from functools import cached_property

from mslint.analysis.features import Cue
from mslint.analysis.stance import ANIMAL
from mslint.model import RuleDocs
from mslint.rules.criteria.anchored import AnchoredPattern as ConceptPattern
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    DISCERN, HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, criterion_meta,
    in_article, intervention_sentences, sentence_span, spans,
)


MIN_SENTENCES = 1


class AlternativesNotCompared(Criterion):
    criterion = "alternatives"
    meta = criterion_meta(
        "EVD103", "alternatives-not-compared", "evidence",
        "A new intervention is presented without the options that already exist",
        RuleDocs(
            what="Judges HealthNewsReview's seventh criterion: does the article compare the new approach with "
            "existing alternatives? Satisfied when it names what people can already choose (standard or usual "
            "care, current drugs, another test, surgery, lifestyle change, watchful waiting) and weighs the new "
            "approach against it. A placebo arm alone is not an alternative, nor is a comparison made in animals. "
            "Not applicable when no "
            "intervention is discussed.",
            why="A new treatment is only worth having if it does better, or as well at less cost or harm, than "
            "what already exists. An article that presents it in isolation leaves readers thinking it is the "
            "only hope.",
            bad=(
                "Nasal spray for migraine\n\nA new nasal spray stopped migraine pain within two hours for many of "
                "the 300 people who tried it, the company said.",
            ),
            good=(
                "Nasal spray for migraine\n\nA new nasal spray stopped migraine pain within two hours about as "
                "often as the triptan tablets that are the usual treatment, and it may help people who cannot "
                "swallow tablets during an attack.",
                "Walking and mood\n\nPeople who walked more reported better moods in a survey.",
            ),
            better="Say what people use now and how the new option compares: \"Triptan tablets, the usual "
            "treatment, work for about 6 in 10 people; the spray worked for a similar share.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 7, does the news release compare the new approach with existing "
         "alternatives?",
         DISCERN + ", question 13: is it clear that there may be more than one possible treatment choice?"),
    )

    def judge(self, found) -> Assessment:
        where = intervention_sentences(found)
        if not where:
            return Assessment(NOT_APPLICABLE, "No intervention is discussed, so there is nothing to compare.")
        options = in_article(found, found.of("standard-option")) + in_article(found, _compared(found))
        if len({cue.sentence for cue in options}) >= MIN_SENTENCES:
            return Assessment(SATISFACTORY, "The article compares the intervention with existing options.",
                              spans(options))
        return Assessment(NOT_SATISFACTORY, "The intervention is not compared with the options that already "
                          "exist.", tuple(sentence_span(found, i) for i in where[:1]))


class _Patterns:
    @cached_property
    def existing(self):
        # "the usual treatment", "current screening methods", "standard chemotherapy"
        return ConceptPattern("(usual|standard|current|currently used|existing|conventional|traditional|established|"
                              "routine|older|other) ...2 ({ANY-INTERVENTION}|care|method~|approach~|practice|technique~|"
                              "option~)")

    @cached_property
    def versus(self):
        # "robotic surgery compared with open surgery", "the spray worked as well as triptans"
        return ConceptPattern("{ANY-INTERVENTION} ...8 {COMPARE-VERB} ...5 {ANY-INTERVENTION}")


PATTERNS = _Patterns()
# Arms of a trial that no patient can choose: they make a comparison, not an alternative.
NOT_OPTIONS = frozenset({"placebo"})
_NOT_OPTION_WORDS = frozenset({"placebo", "sham", "dummy", "control", "nothing", "no"})


def _compared(found) -> list[Cue]:
    """Comparisons with a real option: an existing treatment named as such, or two interventions
    set side by side (not the intervention against a placebo or sham)."""
    out = []
    for view in found.analysis.sentences:
        if "any-intervention" not in view.classes:
            continue
        tokens = view.tokens
        for pattern, check in ((PATTERNS.existing, False), (PATTERNS.versus, True)):
            if not pattern.may_match(view):
                continue
            for match in pattern.finditer(view):
                if (check and not _real_option(view, match)) or _placebo_named(view, match) \
                        or ANIMAL in view.stance(match.first, match.last):
                    continue  # "the other half got a placebo", "it beat the old drug in mice"
                out.append(Cue("alternative", view.index, tokens[match.first][0], tokens[match.last][1]))
    return out


def _placebo_named(view, match) -> bool:
    """ "the other group got placebo pills": the option named is no option."""
    return any(set(m.entities) & NOT_OPTIONS for m in view.mentions_of("any-intervention")
               if match.first <= m.first and m.last <= match.last)


def _real_option(view, match) -> bool:
    """The last intervention of a comparison is something a patient could choose instead."""
    last = [m for m in view.mentions_of("any-intervention") if match.first <= m.first and m.last <= match.last]
    if len(last) < 2:
        return False
    other = last[-1]
    words = {t[3] for t in view.tokens[max(match.first, other.first - 2):other.last + 1]}
    return not (set(other.entities) & NOT_OPTIONS or words & _NOT_OPTION_WORDS)
