"""Evidence and hype in wordings the rules first met on the measured blind sets, each written anew."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

PAGE = "# The clinic's treatment\n\nOur clinic offers joint injections.\n\n"


def found(sentence: str, selector: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(PAGE + sentence + "\n", "a.md", overrides=Overrides(select=(selector,)))]


@pytest.mark.parametrize("sentence, selector, expected", [
    ("Studies across the globe have confirmed her results.", "EVD001", ("EVD001", "Studies across the globe have confirmed")),
    ("Ask anyone who has had it: that's proof that it works.", "EVD002", ("EVD002", "that's proof that it works")),
    ("The shots stop knee pain in 100% of patients.", "EVD007", ("EVD007", "stop knee pain in 100% of patients")),
    ("The clinic says 90 per cent of its clients see their pain ease.", "EVD003", ("EVD003", "90 per cent of its clients see")),
    ("Its founder calls the shots the start of the end of arthritis.", "HYP001", ("HYP001", "the start of the end of")),
])
def test_new_wordings_are_caught(sentence, selector, expected):
    assert found(sentence, selector) == [expected]


@pytest.mark.parametrize("sentence, selector", [
    ("There is no proof that it works.", "EVD002"),
    ("Is that proof that it works? Not on its own.", "EVD002"),
    ("In the pilot study, the shots helped in 100% of the 8 patients.", "EVD007"),
])
def test_denied_asked_or_a_studys_own_result_is_not(sentence, selector):
    assert found(sentence, selector) == []


@pytest.mark.parametrize("sentence, selector, expected", [
    ("Book now: you'll see the same results.", "EVD003", ("EVD003", "you'll see the same results")),
    ("Afterwards, 88% of wearers said they felt calmer.", "EVD003", ("EVD003", "88% of wearers said")),
    ("The patches beat hay fever in just ten days.", "CLM002", ("CLM002", "beat hay fever in just ten days")),
    ("With the drops, your symptoms will disappear for good.", "CLM002", ("CLM002", "symptoms will disappear for good")),
    ("Only 9 consultation slots remain this week.", "COM007", ("COM007", "Only 9 consultation slots remain")),
    ("It is a silent threat that is quietly blinding our children.", "LNG010", ("LNG010", "quietly blinding")),
    ("GPs hand out antibiotics like sweets.", "LNG011", ("LNG011", "hand out antibiotics like sweets")),
])
def test_more_wordings_are_caught(sentence, selector, expected):
    assert found(sentence, selector) == [expected]


def test_a_survey_of_people_who_felt_better_is_customer_evidence():
    assert found("Afterwards, 91% of respondents said they felt better.", "EVD003") == [
        ("EVD003", "91% of respondents said they felt better")]


@pytest.mark.parametrize("text", [
    # the events counted, in a study whose size the article gives
    "# Nuts and diabetes\n\nThe researchers followed 90,000 adults for eight years and found 4,120 cases of "
    "type 2 diabetes.\n\nThose who ate nuts most days had a 20 percent lower risk of type 2 diabetes.\n",
    # two groups' rates side by side, for the same outcome
    "# Nasal gel\n\nThe gel cut wound infections by half.\n\nThe trial found wound infections in 4.1% versus "
    "8.2% of patients.\n",
])
def test_a_relative_figure_with_its_counts_elsewhere_is_not_relative_only(text):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("EVD006",)))] == []


def test_a_relative_figure_with_no_counts_is_still_flagged():
    text = "# Nuts and diabetes\n\nThose who ate nuts most days had a 20 percent lower risk of type 2 diabetes.\n"
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("EVD006",)))] == ["EVD006"]


@pytest.mark.parametrize("text, sells", [
    ("# Knee clinic\n\nInjections cost $900 a session. Book your consultation today.\n", True),
    ("# Drops\n\nOrder now and get a free second bottle.\n", True),
    ("# Relapses\n\nCall the MS nurse line if a new symptom lasts more than a day.\n", False),
    ("# A new device\n\nThe device costs about $3,000, and insurers have not yet said whether they will pay.\n", False),
])
def test_what_counts_as_a_page_that_sells(text, sells):
    from mslint.reading import read_document
    from mslint.rules.kinds.article_conditions import holds

    assert holds(read_document("a.md", text), "sells") is sells


def test_on_a_page_that_sells_studies_show_is_said_of_the_product():
    text = ("# Calm drops\n\nStudies show that the plant extract calms the inner ear.\n\n"
            "Order now and get a free second bottle.\n")
    assert [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=("EVD001",)))] == [
        ("EVD001", "Studies show")]


def test_a_symptom_cured_in_the_patients_own_words_is_a_cure_claim():
    text = "# A forum\n\nThe new pills cured my brain fog in a week.\n\nThey did not cure my fatigue.\n"
    assert [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM001",)))] == [
        ("CLM001", "cured my brain fog")]
