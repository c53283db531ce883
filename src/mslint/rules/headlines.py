"""HYP004: a headline that sensationalises: a treatment said to change everything, make history,
end a condition or outsmart it, or asked to be the breakthrough everyone was waiting for.

A headline is what most readers read, and the sensational-language criterion (HealthNewsReview
criterion 10) judges it first. The same words in the body are often a speaker's, quoted and weighed;
in the title or a heading they are the article's own verdict. HYP001 reads the red-flag words
(breakthrough, game changer, revolutionary) anywhere; this rule reads the headline's other ways of
overselling, in the title, a front-matter title or a heading.
"""

from __future__ import annotations

from mslint.analysis.article import analyse
from mslint.analysis.stance import DISPUTED, HISTORICAL, NEGATED
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.hype import health_title as _health_title

_HEADLINE_KINDS = frozenset({"title", "heading"})
_HEALTH_CLASSES = frozenset({"health-context", "any-intervention", "condition"})
_SENSATIONAL = PatternSet(ConceptPattern(text) for text in (
    # Everything changed, history made, a problem gone for ever.
    "(change~|changing|changed) everything",
    "(making|made|makes|make) [medical|_] history",
    "(a|an) [_] thing of the past",
    "the end of _ [_] [and _ [_]]",
    # The condition outwitted or beaten, as a headline says it: "the golden spice that outsmarts MS",
    # "the fasting fix that rewires MS", "the herb that melts liver fat".
    "(outsmart~|outwit~|outwits|outsmarts|rewire~|rewires|banish~|conquer~|tame~|melt~|melts) ...3 ({CONDITION}|fat|pain|ageing|aging)",
    # Miracle things, revolutions, the breakthrough asked after: "the miracle herb", "a revolution in
    # stroke rehabilitation", "is this the breakthrough people with MS have been waiting for?".
    "(the|a|this) miracle (herb|spice|plant|root|fruit|food|oil|tea|drink|pill|jab|drops|cream|device|machine|cells|molecule|"
    "supplement|seed|mushroom|bean|berry|powder|gel|patch|test|scan|diet)",
    "(a|the) revolution (in|for) _",
    "(is this|could this be|could it be|is it|meet|this is) the (breakthrough|cure|answer|miracle|game changer|game-changer|"
    "holy grail|fix|secret) ...6 (waiting for|been waiting|needed|looking for|hoping for)",
    "(a|the) cure (within reach|in sight|on the horizon|at last|is coming|is near)",
    # The one thing everyone needs, the best thing in years, the most underrated thing on earth.
    "the (one|only) _ [_] every _ [_] (needs|should have|must have|must try)",
    "the best thing to happen to ...4 (in years|in decades|in a decade|in a generation|since _)",
    "(most|the most) underrated",
))


class SensationalHeadline(Rule):
    meta = RuleMeta(
        code="HYP004",
        name="sensational-headline",
        category="hype",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A headline that sensationalises: a treatment that changes everything, makes history or ends a "
                "condition, a miracle thing, the breakthrough everyone was waiting for",
        docs=RuleDocs(
            what="Flags a title, a front-matter title or a heading that oversells: \"the gut fix that could change "
            "everything for MS\", \"the wisdom-tooth cells making history\", \"grow your own tooth: the end of "
            "dentures\", \"the golden spice that outsmarts MS\", \"the miracle herb that melts liver fat\", \"is this "
            "the breakthrough people with MS have been waiting for?\", \"the best thing to happen to rehab in years\". "
            "A question in a headline is flagged too: it sells the answer it hints at, unless the text under it "
            "answers no (\"Probably not: ...\"). Silent when the headline denies or disputes the claim (\"No, it is "
            "not the end of insulin\").",
            why="Most readers see only the headline, and a sensational one sets the verdict before any figure or "
            "caveat in the text can qualify it. HealthNewsReview's tenth criterion asks whether a story avoids "
            "sensational language, starting with the headline; press releases and news stories that exaggerate "
            "in the headline were common in its reviews.",
            bad=(
                "# The sleep spray that changes everything",
                "# Could this be the cure arthritis patients have been waiting for?",
                "# The miracle tea that melts arthritis pain",
            ),
            good=(
                "# What the new sleep spray can and cannot do",
                "# A small trial of a root extract for weight: what it found",
                "The company says the spray changes everything.",
            ),
            better="Say what was found, in whom and how much: \"Spray eased sleep a little in a two-week trial of 40 "
            "adults\".",
        ),
        references=(
            "HealthNewsReview.org criterion 10: does the story use unjustifiable, sensational language, including "
            "in the headline?",
            "Sumner et al., BMJ 2014;349:g7015: exaggeration in health news is strongly associated with "
            "exaggeration in the press release",
        ),
        # (Not QUESTION: a headline's question sells its hinted answer; a question heading answered no by
        # the text under it reads as NEGATED.)
        silenced_by=frozenset({NEGATED, DISPUTED, HISTORICAL}),
    )

    def triggers(self):
        return _SENSATIONAL.triggers()

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None or view.block_kind not in _HEADLINE_KINDS:
            return
        # A heading about health, or the title of an article that is: not a sports page's "Swimmers
        # make history in Rio" in the links beside a health story.
        if not (view.classes & _HEALTH_CLASSES or (view.block_kind == "title" and _health_title(view.analysis))):
            return
        tokens = view.tokens
        for pattern in _SENSATIONAL.candidates(view):
            for match in pattern.finditer(view):
                if _a_date(tokens, match.mark_first):
                    continue
                start, end = tokens[match.mark_first].start, tokens[match.mark_last].end
                words = " ".join(document.text[start:end].split())
                yield Hit(start, end, f"Sensational headline: \"{words}\"; say what was found, in whom and how much")
                return


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})
_DETERMINERS = frozenset({"the", "this", "next", "last", "each", "every"})
_PERIODS = frozenset({"year", "month", "week", "day", "decade", "century", "summer", "winter", "spring", "autumn",
                      "term", "season", "pregnancy", "trial", "study", "course"})


def _a_date(tokens, first: int) -> bool:
    """"The end of 2026", "the end of March", "the end of the month": a time, not the end of a disease."""
    if first + 3 >= len(tokens) or [t.norm for t in tokens[first:first + 3]] != ["the", "end", "of"]:
        return False
    following = tokens[first + 3].norm
    if following in _DETERMINERS and first + 4 < len(tokens):
        return tokens[first + 4].norm in _PERIODS
    return following.isdigit() or following in _MONTHS
