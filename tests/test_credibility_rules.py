"""Document-level credibility checks: EVD050, EVD051, COM050, COM051."""

import pytest

from mslint.engine.runner import ActiveRule, check_document
from mslint.model import Severity
from mslint.reading import read_document
from mslint.rules.credibility import (
    CostsNotMentioned,
    NoComparisonWithAlternatives,
    UndisclosedCommercialInterest,
    UnsourcedMedicalClaims,
    credibility_rules,
)

PROMO = ("# Stem cell therapy for MS\n\nOur clinic offers stem cell treatment for MS. The therapy restores mobility, "
         "and most patients see improvements within weeks.\n")


def found(rule, source, path="x.md"):
    document = read_document(path, source)
    findings = check_document(document, [ActiveRule(rule, rule.meta.severity, {})], report_unused=False).findings
    assert all(f.severity == Severity.INFO for f in findings)
    return [f.line for f in findings]


def test_all_fire_at_most_once_and_are_info():
    for rule in credibility_rules():
        assert rule.meta.severity == Severity.INFO and rule.meta.scope == "document"
    assert found(UnsourcedMedicalClaims(), PROMO) == [3]
    assert found(NoComparisonWithAlternatives(), PROMO) == [3]
    assert found(CostsNotMentioned(), PROMO) == [3]


@pytest.mark.parametrize(
    "addition",
    [
        "A randomised trial found similar results (Burt et al., JAMA 2019).",
        "See [the trial](https://doi.org/10.1001/jama.2018.18070).",
        "According to the MS Society, results vary.",
        "Sources: Sharrack and colleagues, Bone Marrow Transplantation 2020.",
    ],
)
def test_sources_silence_evd050(addition):
    assert found(UnsourcedMedicalClaims(), PROMO + "\n" + addition + "\n") == []


def test_one_claim_is_not_promotion():
    single = "# Stem cells\n\nStem cell therapy may one day help some people. There is no cure for MS.\n"
    for rule in credibility_rules()[:3]:
        assert found(rule, single) == []


@pytest.mark.parametrize(
    "addition",
    ["It works better than standard disease-modifying medicines.", "Ocrelizumab is another option.",
     "We compared it with placebo."],
)
def test_alternatives_silence_evd051(addition):
    assert found(NoComparisonWithAlternatives(), PROMO + "\n" + addition + "\n") == []


def test_costs():
    assert found(CostsNotMentioned(), PROMO + "\nTreatment costs $25,000.\n") == []
    assert found(CostsNotMentioned(), PROMO + "\nInsurers rarely pay for it.\n") == []
    research = ("# Trial news\n\nIn the trial the therapy reduced relapses. The treatment also improved disability "
                "scores in most patients.\n")
    assert found(CostsNotMentioned(), research) == []  # studied, not on offer


NEWS = ("# Local mother walks again\n\nKaren flew to Mexico for stem cell treatment and now walks without a cane. "
        "To book a consultation, readers can call the clinic's US office. Treatment costs $45,000.\n")


def test_commercial_content_without_disclosure():
    assert found(UndisclosedCommercialInterest(), NEWS) == [3]


@pytest.mark.parametrize(
    "source",
    [
        NEWS + "\nDisclosure: this article was sponsored by the clinic.\n",
        NEWS + "\nWe earn a commission on bookings.\n",
        "# Our clinic\n\nOur clinic offers infusions. Our team will call you. Book a consultation today. "
        "Packages start at $9,900.\n",
        "# Red flags\n\nBe wary of clinics that ask you to book a consultation at once. "
        'Phrases such as "book today" are sales techniques.\n',
        "# Costs\n\nTreatment costs about $45,000.\n",
    ],
)
def test_no_commercial_finding(source):
    assert found(UndisclosedCommercialInterest(), source) == []


def test_referral_links_count_as_commercial():
    source = "# My journey\n\nI loved it. [Start your journey](https://clinic.example.com/apply?aff=becca)\n\nUse code HOPE for 10% off.\n"
    assert found(UndisclosedCommercialInterest(), source) == [3]
