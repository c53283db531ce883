"""RSK001: an article that presents a treatment favourably but never discusses its harms.

Document-level and deliberately generous about what counts as discussing harms (precision
first): any non-negated mention of risks, side effects, complications or a named harm is
enough. What does not count is a denial ("no side effects") or vague reassurance alone
("generally safe and well tolerated").
"""

from __future__ import annotations

import regex

from ..context import HEDGED, NEGATED, QUESTION, REPORTED, contexts_of
from ..model import Hit, RuleDocs, RuleMeta, Severity
from ..rule import Rule

TREATMENT = regex.compile(
    r"\b(?:stem[\s-]cells?|(?:a|auto)?hsct|transplant(?:ation)?s?|therap(?:y|ies)|treatments?|procedures?|"
    r"infusions?|injections?|mscs?|protocols?|drugs?|medications?|ocrelizumab|natalizumab|alemtuzumab|"
    r"fingolimod|interferons?|dmts?|surgery)\b",
    regex.IGNORECASE,
)
FAVOURABLE = regex.compile(
    r"\b(?:improv\w*|benefits?|beneficial|effective(?:ness)?|success\w*|restor\w*|relie[fv]\w*|recover\w*|"
    r"remission|halt\w*|stops?|stopped|reduc\w*|slow\w*|works?|worked|transform\w*|life[\s-]changing|"
    r"results?|outcomes?|available|offer(?:s|ed|ing)?|cur(?:e|es|ed)|revers\w*|regain\w*|heal\w*|"
    r"walk(?:ing)?\s+again|breakthrough|promising|hope)\b",
    regex.IGNORECASE,
)
HARM = regex.compile(
    r"\b(?:risks?|riskier|side[\s-]effects?|complications?|adverse\s+(?:events?|effects?|reactions?)|harms?|harmful|"
    r"dangers?|dangerous|toxic\w*|infections?|infertility|neutropenia|febrile|sepsis|mortality|deaths?|died|fatal|"
    r"hospitali[sz]\w*|hair\s+loss|nausea|vomiting|secondary\s+autoimmun\w*|thyroid|bleeding|tumou?rs?|"
    r"blindness|PML|leukoencephalopathy|intensive\s+care|chemotherapy\s+(?:can|may|causes?))\b",
    regex.IGNORECASE,
)
# Reassurance words that make a harm mention vague rather than a discussion.
REASSURANCE = regex.compile(
    r"\b(?:generally|very|extremely|remarkably|well[\s-]tolerated|minimal|negligible|low|rare(?:ly)?|few|little|safe)\b",
    regex.IGNORECASE,
)
NAMED_HARM = regex.compile(
    r"\b(?:infections?|infertility|neutropenia|febrile|sepsis|mortality|deaths?|died|fatal|hair\s+loss|nausea|"
    r"vomiting|secondary\s+autoimmun\w*|thyroid|bleeding|tumou?rs?|blindness|PML|leukoencephalopathy|"
    r"intensive\s+care|\d+(?:\.\d+)?\s*(?:%|percent|in\s+\d+))\b",
    regex.IGNORECASE,
)
# A mention inside "no side effects" or "risk-free" denies harms rather than discussing them.
DENIAL_CONTEXTS = frozenset({NEGATED})
# Favourable sentences that are questions, reported or hedged research do not promote.
NOT_PROMOTION = frozenset({NEGATED, QUESTION, REPORTED, HEDGED})
MIN_FAVOURABLE_SENTENCES = 2


class MissingRiskDiscussion(Rule):
    meta = RuleMeta(
        code="RSK001",
        name="missing-risk-discussion",
        category="risk-disclosure",
        severity=Severity.WARNING,
        scope="document",
        summary="A treatment is presented favourably but its risks and side effects are never discussed",
        docs=RuleDocs(
            what="Flags an article that presents a treatment or procedure favourably (benefits, outcomes, "
            "availability) but nowhere discusses its risks, side effects, complications or adverse events. "
            "One finding, at the title if it promotes the treatment, otherwise at the first favourable claim. "
            "Vague reassurance alone (\"generally safe and well tolerated\") does not count as a discussion.",
            why="Readers cannot weigh a benefit without its harms. Reviewers of health news rated the failure to "
            "explain harms among the most common flaws, and unproven stem-cell clinics typically describe "
            "outcomes at length and risks not at all.",
            bad=(
                "Stem cell therapy helps patients regain mobility. Our treatment has excellent results, "
                "and most patients see improvements within weeks.",
                "HSCT Offers Hope\n\nThe transplant stopped relapses in most patients. The procedure is "
                "generally safe and well tolerated.",
            ),
            good=(
                "Stem cell transplantation stopped relapses in most patients. Its risks include serious "
                "infections, infertility and, rarely, death.",
                "MS is a disease of the central nervous system. Symptoms vary from person to person.",
            ),
            better="Add what can go wrong and how often: \"Side effects include infections in the first months "
            "(about 1 in 3 people), infertility, and a treatment-related death rate below 1% in experienced "
            "centres.\"",
        ),
        references=(
            "HealthNewsReview.org criterion 3: does the story adequately explain and quantify the harms?",
            "DISCERN (Charnock 1999) question 11: does it describe the risks of each treatment?",
            "ISSCR guidance on stem-cell treatments: cells from your own body are not automatically safe",
            "Sharrack 2020, Bone Marrow Transplant, doi:10.1038/s41409-019-0684-0: AHSCT risks",
        ),
    )

    def check(self, document, unit, options):
        favourable = []
        for sentence in document.sentences:
            text = document.text[sentence.start : sentence.end]
            if _discusses_harm(text):
                return
            claim = _favourable_claim(text)
            if claim is not None:
                favourable.append((sentence, claim))
        if len(favourable) < MIN_FAVOURABLE_SENTENCES:
            return
        title_claim = next(
            ((s, c) for s, c in favourable if document.blocks[s.block].kind == "title"), None
        )
        sentence, (start, end) = title_claim or favourable[0]
        yield Hit(
            sentence.start + start,
            sentence.start + end,
            "Treatment presented favourably, but the article never discusses its risks, side effects "
            "or complications",
        )


def _favourable_claim(text: str) -> tuple[int, int] | None:
    treatment = TREATMENT.search(text)
    benefit = FAVOURABLE.search(text)
    if treatment is None or benefit is None:
        return None
    if contexts_of(text, benefit.start(), benefit.end()) & NOT_PROMOTION:
        return None
    return min(treatment.start(), benefit.start()), max(treatment.end(), benefit.end())


def _discusses_harm(text: str) -> bool:
    for match in HARM.finditer(text):
        if contexts_of(text, match.start(), match.end()) & DENIAL_CONTEXTS:
            continue
        if _is_denial(text, match) or (REASSURANCE.search(text) and not NAMED_HARM.search(text)):
            continue
        return True
    return False


_DENIAL_BEFORE = regex.compile(r"\b(?:no|zero|without(?:\s+any)?|free\s+(?:of|from))\s+(?:\w+\s+)?$", regex.IGNORECASE)


def _is_denial(text: str, match) -> bool:
    """ "no side effects", "risk-free", "without any risk": the match denies harm (RSK002's business)."""
    if text[match.end() : match.end() + 5].lower() in ("-free", " free"):
        return True
    return _DENIAL_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
