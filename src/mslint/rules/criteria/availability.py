"""EVD104 availability-not-established: HealthNewsReview criterion 8, does the article establish
the availability of the treatment, test, product or procedure?

Satisfied when the article says where the intervention stands: approved (by whom, for what),
on sale or offered (where; a page that sells it says so by selling it, and a service's leaflet to
its own patients by providing it), in trials, or not yet
available (and how far off). Not satisfied when it calls the intervention approved where no
regulator has approved it (FCT003's facts): that misstates where it stands. Not applicable
when no intervention is discussed, or when it is an everyday food, activity or common medicine
that anyone can get.
"""

from __future__ import annotations

import re

from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.facts import approval_misstatements
from mslint.rules.kinds.article_conditions import holds
from mslint.rules.criteria.base import (
    HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, criterion_meta, in_article,
    intervention_sentences, sentence_span, spans,
)

# Interventions anyone can get: their availability is not in question.
EVERYDAY = frozenset({"lifestyle", "food", "diet", "exercise"})


class AvailabilityNotEstablished(Criterion):
    criterion = "availability"
    meta = criterion_meta(
        "EVD104", "availability-not-established", "evidence",
        "The article does not say whether the intervention is approved, on sale, in trials or years away",
        RuleDocs(
            what="Judges HealthNewsReview's eighth criterion: does the article establish the availability of "
            "the treatment, test, product or procedure? Satisfied when it says where the intervention stands: "
            "approved (by a regulator, for what), sold or offered (where; a page that prices it and offers "
            "money off sells it, and a service's leaflet to its own patients provides it), in clinical trials, or not yet available and how far off. Not satisfied when "
            "it calls the intervention approved where no regulator has approved it (FCT003). Not applicable "
            "when no intervention is discussed, or when it is an everyday food, activity or product anyone can get.",
            why="Readers who learn of a promising treatment ask their doctor for it. If the article does not "
            "say that it exists only in a laboratory, or only at one hospital, or only in a trial, they are "
            "sent looking for something they cannot have.",
            bad=(
                "Gene therapy restores sight\n\nA gene therapy restored some sight to 12 people with an inherited "
                "form of blindness, researchers reported.",
            ),
            good=(
                "Gene therapy restores sight\n\nA gene therapy restored some sight to 12 people with an inherited "
                "form of blindness. It is not approved and is available only in a trial at two hospitals; the "
                "makers say approval is at least three years away.",
                "Walking and mood\n\nPeople who walked more reported better moods in a survey.",
            ),
            better="Say where it stands: \"The therapy is experimental; a larger trial starts next year, and "
            "approval, if it comes, is several years away.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 8, does the news release establish the availability of the "
         "treatment, test, product or procedure?",),
    )

    def judge(self, found) -> Assessment:
        where = intervention_sentences(found)
        if not where:
            return Assessment(NOT_APPLICABLE, "No intervention is discussed, so its availability is not in "
                              "question.")
        misstated = approval_misstatements(found.analysis.document)
        if misstated:
            return Assessment(NOT_SATISFACTORY, "The article says the intervention is approved when no regulator "
                              "has approved it for this use.", tuple(misstated[:3]))
        if holds(found.analysis.document, "sells"):
            return Assessment(SATISFACTORY, "The page sells the intervention, which says where it is on offer.",
                              _offer_spans(found))
        leaflet = _provider_leaflet(found.analysis.document)
        if leaflet:
            return Assessment(SATISFACTORY, "A service's leaflet to its own patients: it provides the "
                              "intervention it explains.", (leaflet,))
        stated = [cue for cue in in_article(found, found.of("approval-status") + found.of("market-status")
                                            + found.of("research-stage")) if _of_the_intervention(found, cue)]
        if stated:
            return Assessment(SATISFACTORY, "The article says whether and where the intervention is available.",
                              spans(stated))
        if _everyday(found, where):
            return Assessment(NOT_APPLICABLE, "The intervention is an everyday food, activity or product that "
                              "anyone can get.")
        return Assessment(NOT_SATISFACTORY, "Nothing says whether the intervention is approved, on sale, in "
                          "trials or years away.", tuple(sentence_span(found, i) for i in where[:1]))


# After an approval word: what was approved is research ("approved to put it to the test", "approved
# the trial"), not the treatment.
_RESEARCH_AFTER = frozenset({"trial", "trials", "study", "studies", "test", "testing", "research", "protocol",
                             "investigation", "experiment", "pilot"})
# Around "is available": the paper is ("is available to view in the journal"), not the treatment.
_PUBLICATION = frozenset({"journal", "paper", "article", "abstract", "doi", "view", "download", "read", "report",
                          "published", "publication", "findings", "results", "data", "slides", "video", "webinar"})


_BARE_APPROVAL = frozenset({"approved", "approval", "approves", "authorized", "authorised", "authorization",
                            "authorisation"})
_APPROVED_FOR = frozenset({"for", "to", "by", "in", "as"})


def _of_the_intervention(found, cue) -> bool:
    """The cue says where the intervention stands, not the research or the paper, and not another
    drug ("with enzalutamide, an approved prostate cancer drug")."""
    view = found.view(cue)
    tokens = view.tokens
    first = view.token_index(cue.start)
    last = max(first, view.token_index(cue.end - 1))
    after = [t.norm for t in tokens[last + 1:last + 7] if t.is_word]
    if cue.kind == "approval-status" and any(word in _RESEARCH_AFTER for word in after[:5]):
        return False
    if cue.kind == "market-status" and any(word in _PUBLICATION for word in after[:4]):
        return False
    if cue.kind == "approval-status" and tokens[first].norm in _BARE_APPROVAL and last == first \
            and not ("regulator" in view.classes or (after and after[0] in _APPROVED_FOR)):
        # "approved" with no regulator and no use: a review board approved the study, a grant was
        # approved, or "approved" is a word of praise; it says nothing of where the treatment stands.
        return False
    if cue.kind == "approval-status" and first > 0 and tokens[first - 1].norm in ("an", "a", "other", "another"):
        # "an approved drug": a description of some drug, which is the intervention only when the
        # sentence says so ("X is an approved drug").
        return any(t.norm in ("is", "are", "was", "remains") for t in tokens[max(0, first - 4):first - 1])
    return True


# A service writing to the patients it treats ("This leaflet explains your splint", an NHS trust's
# name in the header, "the clinic will ..."): it says where the treatment is had by being the place.
_LEAFLET = re.compile(r"\bthis (?:leaflet|information sheet)\b|\bpatient (?:information|leaflet)\b", re.IGNORECASE)
_PROVIDER = re.compile(r"\bNHS (?:Foundation )?Trust\b|\b(?:the|our) (?:hospital|clinic|ward|unit|team|department|"
                       r"service) (?:will|can)\b|\bwe will (?:see|check|give|fit|contact|phone|call|offer|arrange)\b",
                       re.IGNORECASE)


def _provider_leaflet(document) -> tuple[int, int] | None:
    """The span that names the document a service's leaflet to its patients, when it is one."""
    leaflet = _LEAFLET.search(document.text)
    return leaflet.span() if leaflet and _PROVIDER.search(document.text) else None


def _offer_spans(found) -> tuple[tuple[int, int], ...]:
    """Where the page prices what it sells (its first price), as the evidence of the verdict."""
    from mslint.engine.prefilter import search_document
    from mslint.rules.credibility import PRICE

    price = search_document(found.analysis.document, PRICE)
    return ((price.start(), price.end()),) if price is not None else ()


def _everyday(found, where: list[int]) -> bool:
    """Most of the interventions the article names are foods, diets or exercise."""
    kinds = [bool(m.classes & EVERYDAY) for i in where for m in found.analysis.sentences[i].mentions_of("any-intervention")
             if m.entities]
    return bool(kinds) and sum(kinds) * 2 > len(kinds)
