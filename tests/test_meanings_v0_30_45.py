"""Meanings read from the careful pages of blind sets 144-145 after their measurement at v0.30.44 (v0.30.45): a
freshers' page that says a repeat vaccine dose does no harm, a stem-cell story with one patient's permission and a
"none of these is approved", a talk and a webchat where the expert answers a reported claim, a self-referral
service's way in, and the year a current vaccine came in. Each sentence is written for this test; none comes from an
evaluation set."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"
MS = "# Multiple sclerosis news\n\nA reporter looks at research in multiple sclerosis (MS).\n\n"


def test_a_repeat_vaccine_dose_said_to_do_no_harm_is_not_harm_played_down():
    assert found(NEWS + "If nobody can find your records, a second dose of the jab won't hurt you.\n", "RSK002") == []
    assert found(NEWS + "Our herbal drops won't hurt you.\n", "RSK002") == ["won't hurt you"]


def test_one_patients_permission_and_a_negated_subject_are_not_an_approval():
    one = "Doctors gave her stem cells for her MS, which the FDA allowed under a one-off single-patient approval.\n"
    assert found(MS + one, "FCT003") == []
    long_denial = "None of these stem cell treatments is sold in Britain, and none is approved by a regulator for MS.\n"
    assert found(MS + long_denial, "FCT003") == []
    longer = "None of the three clinics' stem cell injections is paid for by the NHS or licensed by a regulator for MS.\n"
    assert found(MS + longer, "FCT003") == []
    assert found(MS + longer.replace("None of", "Each of").replace(" is paid", " is now paid"), "FCT003") == ["licensed"]
    assert found(MS + "Stem cell therapy for MS is approved by the FDA.\n", "FCT003") == ["approved"]


def test_a_reported_claim_the_expert_answers_with_a_no_or_a_warning():
    talk = ("A caller says the powder is a cure for eczema.\n\n"
            "DR ROSS: I'd like to say yes, but no. Eczema can be controlled, not cured.\n")
    assert found(NEWS + talk, "CLM001", "a.txt") == []
    careful = ("A caller says the powder is a cure for eczema.\n\n"
               "DR ROSS: I hear this often, and I'd be careful with that word.\n")
    assert found(NEWS + careful, "CLM001", "a.txt") == []
    agreed = ("A caller says the powder is a cure for eczema.\n\n"
              "DR ROSS: Thanks for the question, and good luck.\n")
    assert found(NEWS + agreed, "CLM001", "a.txt") == ["is a cure for eczema"]


def test_a_reported_claim_followed_by_worth_a_try_is_asked_about():
    letter = "My neighbour says a copper band will cure my arthritis for good. Worth a go?\n"
    assert found(NEWS + letter, "CLM001") == []


def test_a_self_referral_service_names_its_own_way_in():
    page = NEWS + "There's no need to see a GP beforehand. Fill in our short online form and a therapist will call you.\n"
    assert found(page, "RSK006") == []
    assert found(NEWS + "There's no need to see a GP beforehand.\n", "RSK006") == ["There's no need to see a GP beforehand"]


def test_the_year_the_current_version_came_in_is_not_a_stale_latest():
    dated = "---\ndate: 2025-02-01\n---\n# Vaccines\n\n"
    assert found(dated + "The jab was introduced in 2004, and the current version in 2011.\n", "TIM004") == []
    assert found(dated + "The current version, from 2011, is what surgeries use.\n", "TIM004") == ["current version, from 2011"]
