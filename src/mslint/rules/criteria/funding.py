"""COM102 funding-not-disclosed: HealthNewsReview criterion 6 for news releases, does it
identify funding sources and disclose conflicts of interest?

Satisfied by a statement of who paid for the research ("funded by the National Institutes of
Health", "The NIH supported this work", "received no external funding") or of the researchers'
interests ("Dr. Lee is a consultant for the maker", "The authors declare no competing
interests"), or by a release that plainly comes from the company whose product it describes.
A pointer elsewhere ("disclosures are available in the journal article") discloses nothing, and
neither does the institution's own profile at the end of a release.
"""

from __future__ import annotations

from functools import cached_property

from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    HNR_PRESS_RELEASES, JAMA_DISCLOSURE, NOT_APPLICABLE, NOT_SATISFACTORY, SATISFACTORY, Criterion, about_research,
    criterion_meta, in_article, research, spans,
)


class _Patterns:
    @cached_property
    def backward(self):
        from mslint.rules.criteria.anchored import AnchoredPattern as ConceptPattern

        # "The NIH supported this work": the funder before the verb.
        return ConceptPattern("(supported|funded|sponsored|financed|paid for) (this|the|their) [research|clinical]? "
                              "(study|work|research|trial|project|analysis)")

    @cached_property
    def forward(self):
        from mslint.rules.criteria.anchored import patterns

        # "The work was supported by Acme", "funded, in part, by", "Funding for both trials was provided by"
        return patterns(
            "(study|studies|work|research|trial|trials|project|analysis|team) ...4 (supported|funded|sponsored|"
            "financed|underwritten) [,]? [in part|partly|partially|primarily|mainly|jointly]? [,]? (by|through|with)",
            "(funding|support|grants|money) ...4 (was|were|came|is|are) (provided|given|awarded|received) ...2 (by|from)",
            "(supported|funded|sponsored) [,]? (in part|partly|partially) [,]? by",
        )


PATTERNS = _Patterns()


class FundingNotDisclosed(Criterion):
    criterion = "funding"
    meta = criterion_meta(
        "COM102", "funding-not-disclosed", "commercial",
        "The article does not say who paid for the research or what interests its sources have",
        RuleDocs(
            what="Judges HealthNewsReview's sixth criterion for news releases: does it identify the funding "
            "sources and disclose conflicts of interest? Satisfied by a statement of who funded the work "
            "(including that it had no funding), a disclosure of the researchers' financial ties (or that they "
            "have none), or a release that plainly comes from the company that makes the product. A pointer "
            "to disclosures published elsewhere does not count, nor does the institution's own profile.",
            why="Who pays for research shapes which questions are asked and how results are told. Readers "
            "weigh a study funded by the product's maker, or a quote from a scientist who holds its patent, "
            "differently, but only if they are told.",
            bad=(
                "Brain training app sharpens memory\n\nOlder adults who used a brain training app for eight "
                "weeks scored higher on memory tests than those who did crosswords, the researchers said.",
            ),
            good=(
                "Brain training app sharpens memory\n\nOlder adults who used a brain training app scored higher "
                "on memory tests. The study was funded by the National Institute on Aging; the lead author is a "
                "paid adviser to the app's maker.",
            ),
            better="Name the funders and the ties: \"The trial was paid for by the drug's maker, and two of the "
            "authors are company employees.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 6, does the news release identify funding sources and disclose "
         "conflicts of interest?",
         JAMA_DISCLOSURE,
         "HONcode principle 7: financial disclosure"),
    )

    def judge(self, found) -> Assessment:
        if not about_research(found):
            return Assessment(NOT_APPLICABLE, "The article reports no research and discusses no intervention, so "
                              "there is no funding to name.")
        # Funding notes often follow the "About ..." sections, so only the institution's own profile
        # is left out here, not the whole tail of a release.
        skip = {cue.sentence for cue in found.of("institution-profile")}
        pointers = found.sentences_with("pointer-elsewhere") | found.sentences_with("not-disclosure")
        funding = [cue for cue in found.of("funding-phrase") + _backward(found)
                   if cue.sentence not in skip and cue.sentence not in pointers]
        # A tie counts as a disclosure when a company is named with it ("an employee of Acme Inc.").
        ties = [cue for cue in found.of("coi-phrase") + [c for c in found.of("tie-phrase") if _names_company(found, c)]
                if cue.sentence not in skip and cue.sentence not in pointers]
        # A news story meets the criterion's other half by quoting someone with no stake in the work.
        independent = in_article(found, found.of("independent-source"))
        if funding or ties or independent:
            said = [what for what, present in (("names who funded the work", funding),
                                               ("discloses its sources' financial interests", ties),
                                               ("quotes a source independent of the research", independent)) if present]
            return Assessment(SATISFACTORY, "The article " + _joined(said) + ".",
                              spans(funding + ties + independent))
        return Assessment(NOT_SATISFACTORY, "Nothing says who funded the research or whether its sources have "
                          "conflicts of interest.", spans(research(found), 1))


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _backward(found) -> list:
    """Funding statements the lexicon's phrases miss: "The NIH supported this work", "The work was
    supported by Acme", "Funding for both trials was provided by ..."."""
    from mslint.analysis.features import Cue

    out = []
    for pattern in (PATTERNS.backward, *PATTERNS.forward):
        for view in found.analysis.sentences:
            for match in pattern.finditer(view):
                tokens = view.tokens
                out.append(Cue("funding-phrase", view.index, tokens[match.first][0], tokens[match.last][1]))
    return out


# How far from a tie its company may be named, in characters ("a consultant for Acme Inc.").
COMPANY_WINDOW = 80


def _names_company(found, cue) -> bool:
    view = found.view(cue)
    return any(cue.start - COMPANY_WINDOW <= mention.start and mention.end <= cue.end + COMPANY_WINDOW
               for mention in view.mentions_of("company-marker"))
