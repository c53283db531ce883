"""COM101 costs-not-discussed: HealthNewsReview criterion 1, does the article discuss costs?

Satisfied by a price ("$1,850 per injection"), a word about what the intervention costs or who
pays ("not covered by insurance", "inexpensive", "out-of-pocket"), or a plain statement that no
price exists yet. Money that is not a price (research grants, company revenue) and what a
disease costs society do not count. Not applicable when no intervention is discussed.
"""

from __future__ import annotations

from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.kinds.article_conditions import holds
from mslint.rules.criteria.base import (
    HNR_PRESS_RELEASES, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, criterion_meta, in_article,
    intervention_sentences, sentence_span, spans,
)


# "Inexpensive" or "cost-effective" in passing is an adjective, not a discussion of cost: words
# without a figure or a word on who pays count when the article returns to cost this often.
WEAK_SENTENCES = 3


class CostsNotDiscussed(Criterion):
    criterion = "costs"
    meta = criterion_meta(
        "COM101", "costs-not-discussed", "commercial",
        "An intervention is discussed but nothing is said about what it costs",
        RuleDocs(
            what="Judges HealthNewsReview's first criterion: does the article discuss the costs of the "
            "intervention? Satisfied by a price or a sum a patient or health system pays, a word on who pays "
            "(insurance cover, out-of-pocket, reimbursement), or a plain statement that the price is not yet "
            "known. Cost words without a figure (\"inexpensive\", \"cost-effective\") count only when the "
            "article comes back to cost in three sentences. Research grants, company revenue and what a "
            "disease costs society are not the intervention's cost. Not applicable when the article discusses "
            "no intervention. The evidence is the cost passage, or, when it is missing, where the intervention "
            "is first discussed.",
            why="Cost decides whether a patient can use a treatment at all, and a new drug that works no better "
            "than a cheap old one at ten times the price is no advance. Reviewers rated costs the criterion "
            "most often failed: nine releases in ten said nothing about them.",
            bad=(
                "New pill eases knee pain\n\nA daily pill eased knee pain in a trial of 300 adults, "
                "researchers reported. The drug will be submitted for approval next year.",
            ),
            good=(
                "New pill eases knee pain\n\nA daily pill eased knee pain in a trial of 300 adults. The "
                "company expects it to cost about $300 a month, and insurers have not said whether they will "
                "cover it.",
                "Walking and mood\n\nPeople who walked more reported better moods in a survey.",
            ),
            better="Say what it costs and who pays: \"A month's supply is expected to cost about $300; most "
            "insurance plans do not yet cover it.\" For an experimental drug, say that no price has been set.",
        ),
        (HNR_PRESS_RELEASES + ": criterion 1, does the news release adequately discuss the costs of the "
         "intervention?",
         "DISCERN question 15 (Charnock 1999): does it provide support for shared decision-making? "
         "(a choice needs its costs)"),
    )

    def judge(self, found) -> Assessment:
        where = intervention_sentences(found)
        if not where:
            return Assessment(NOT_APPLICABLE, "No intervention is discussed, so there is no cost to discuss.")
        about = set(where)
        # Money for research or from sales, and company disclaimers, are not what a patient pays.
        elsewhere = found.sentences_with("money-not-price") | found.sentences_with("investor-notice")
        # What a disease costs society is not what its treatment costs, unless the sentence weighs both.
        burden = found.sentences_with("disease-burden") - about
        costed = found.sentences_with("cost-word") | found.sentences_with("coverage-word") | found.sentences_with("price-per")
        # On a page that sells the intervention, its prices are what it costs ("Order now for £14.99").
        selling = holds(found.analysis.document, "sells")
        prices = [cue for cue in in_article(found, found.of("money"))
                  if cue.sentence not in elsewhere and cue.sentence not in burden
                  and (cue.sentence in costed or cue.sentence in about or selling)]
        strong = prices + in_article(found, found.of("coverage-word") + found.of("not-priced")
                                   + found.of("cost-comparison"))
        strong = [cue for cue in strong if cue.sentence not in elsewhere]
        weak = [cue for cue in in_article(found, found.of("cost-word"))
                if cue.sentence in about and cue.sentence not in elsewhere and cue.sentence not in burden]
        if strong or len({cue.sentence for cue in weak}) >= WEAK_SENTENCES:
            return Assessment(SATISFACTORY, "The article says what the intervention costs or who pays for it.",
                              spans(strong + weak))
        return Assessment(NOT_SATISFACTORY, "An intervention is discussed, but nothing is said about its cost.",
                          tuple(sentence_span(found, i) for i in where[:1]))
