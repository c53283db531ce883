"""RSK009: a test or screening promoted for what it finds, with nothing about what it gets wrong.

A test's harms are not side effects: they are the cancers it misses, the healthy people it
alarms, the biopsies and treatment that follow a false alarm, and the disease found that would
never have done harm (overdiagnosis). An article that sells a test on what it detects ("spots
cancer years before symptoms", "identifies 9 in 10 cases") and never says any of this gives the
reader half the trade. RSK001 leaves tests out (it asks about treatments' side effects); this
rule asks the test's own question.

Fires once per article, when the test is what the article is about (named in its title, or the
subject of at least three claims) and at least two sentences claim what it finds, asserted
rather than denied, asked, conditional or disputed; and when nothing in the article names a
harm of the intervention (mslint.analysis.features: false positives, false negatives, missed
cases, overdiagnosis and follow-up procedures count, as do side effects) or so much as raises what
the test gets wrong or costs people, in any words (the lexicon class test-downside): it speaks only of an
article that sells a test without a word against it.
"""

from __future__ import annotations

from mslint.analysis.article import analyse
from mslint.analysis.features import features
from mslint.analysis.stance import CONDITIONAL, DISPUTED, NEGATED, QUESTION
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.criteria.harms import names_a_harm

# The vocabulary is the knowledge base's (knowledge/general/criteria.toml): what a test is praised
# for finding (class test-finding), and any word that raises what it gets wrong (test-downside).
NOT_ASSERTED = frozenset({NEGATED, QUESTION, CONDITIONAL, DISPUTED})
MIN_CLAIMS = 2
# Without the title naming a test, the article must be about one: this many claims.
MIN_CLAIMS_UNTITLED = 3


def test_claims(document) -> list:
    """(view, first, last) of each sentence that asserts what a test finds, the test named in
    the sentence or in force from the sentences before."""
    out = []
    for view in analyse(document).sentences:
        findings = view.mentions_of("test-finding")
        if view.is_furniture or not findings:
            continue
        tests = view.mentions_of("test")
        if not tests and not _refers_to_a_test(view):
            continue
        first = min(m.first for m in [*tests, *findings])
        last = max(m.last for m in [*tests, *findings])
        if view.stance(findings[0].first, findings[0].last).contexts & NOT_ASSERTED:
            continue
        out.append((view, first, last))
    return out


# Words that play a downside down rather than raise it: "it rarely raises false alarms".
PLAYED_DOWN = frozenset({"rarely", "seldom", "hardly", "barely", "never", "no", "zero", "without", "virtually"})


def _raises_downsides(document) -> bool:
    for view in analyse(document).sentences:
        if view.is_furniture:
            continue
        for mention in view.mentions_of("test-downside"):
            played_down = any(t.norm in PLAYED_DOWN for t in view.tokens[max(0, mention.first - 4):mention.first])
            if not played_down and NEGATED not in view.stance(mention.first, mention.last).contexts:
                return True
    return False


def _refers_to_a_test(view) -> bool:
    """No test named, but one in force: the topic's intervention is a kind of test, or "it" takes up
    the test the sentence before named ("A new blood test detects ... In a study it identified ...")."""
    lexicon = view.analysis.knowledge.lexicon
    if any("test" in lexicon.ancestors("@" + named.entity) for named in view.topic.interventions[:1]):
        return True
    previous = view.previous_in_paragraph()
    return previous is not None and bool(previous.mentions_of("test")) and bool(view.words & {"it", "its"})


class TestHarmsMissing(Rule):
    meta = RuleMeta(
        code="RSK009",
        name="test-harms-missing",
        category="risk-disclosure",
        severity=Severity.WARNING,
        scope="document",
        summary="A test or screening is promoted for what it finds, but its false alarms, missed cases and "
        "overdiagnosis are never mentioned",
        docs=RuleDocs(
            what="Flags an article whose subject is a test or screening (named in the title, or the subject of "
            "three claims) that claims, in at least two sentences, what the test detects, spots, identifies or "
            "predicts, and nowhere names a harm of it: false positives or false alarms, false negatives or "
            "missed cases, overdiagnosis, the biopsies and treatment that follow a positive result, or side "
            "effects. One finding, at the first claim.",
            why="Every test gets some people wrong. A screening test that finds more cancers also alarms healthy "
            "people, leads to biopsies and finds disease that would never have done any harm; a test that misses "
            "cases gives false reassurance. HealthNewsReview asked for these harms in every story about a test, "
            "and readers deciding whether to be tested need them.",
            bad=(
                "A blood test for bowel cancer\n\nA new blood test detects bowel cancer years before symptoms "
                "appear. In a study it identified nine in ten cancers, the company said.",
            ),
            good=(
                "A blood test for bowel cancer\n\nA new blood test detected nine in ten bowel cancers in a study. It "
                "also gave a false alarm to 1 in 10 healthy people, who then needed a colonoscopy.",
                "Walking and mood\n\nPeople who walked more reported better moods in a survey.",
            ),
            better="Give what the test gets wrong beside what it finds: \"Of 1,000 people tested, it would wrongly "
            "alarm about 100, who would then need a colonoscopy, and miss 1 in 10 cancers.\"",
        ),
        references=(
            "HealthNewsReview.org criterion 3: does the story adequately explain the harms? Tests and screening "
            "have harms too (false positives, overdiagnosis, follow-up procedures)",
            "US Preventive Services Task Force, Procedure Manual (2021): benefits and harms of screening, "
            "including false positives and overdiagnosis",
            "Welch and Black 2010, J Natl Cancer Inst, doi:10.1093/jnci/djq099: overdiagnosis in cancer screening",
        ),
    )

    def triggers(self):
        return frozenset(), frozenset({"test-finding"})

    def check(self, document, unit, options):
        claims = test_claims(document)
        if len(claims) < MIN_CLAIMS or names_a_harm(features(document)) or _raises_downsides(document):
            return
        titled = any(view.block_kind == "title" and view.mentions_of("test") for view in analyse(document).sentences)
        if not titled and len(claims) < MIN_CLAIMS_UNTITLED:
            return
        view, first, last = claims[0]
        yield Hit(view.tokens[first].start, view.tokens[last].end,
                  "A test is promoted for what it finds, but the article never says what it gets wrong: its false "
                  "alarms, missed cases or overdiagnosis")
