"""Meanings read from the careful pages of blind sets 148-149 after their measurement at v0.30.47 (v0.30.48): a past
reaction to "mention when you book", a pharmacy's free chat at its counter, no more scans after a normal screening
result, patients described as having no complications, a treatment's downsides in other words, a trial patient's own
words in a news story with its figures, and a gap between women and men told as a ratio. Each sentence is written for
this test; none comes from an evaluation set."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.model import Severity


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"


def test_a_past_reaction_to_mention_when_booking_is_not_a_code():
    assert found(NEWS + "Fainted after a jab in the past? Mention it when you book.\n", "COM002") == []
    assert found(NEWS + "Quote BLOOM15 when you book.\n", "COM002") == ["Quote BLOOM15 when you book"]


def test_a_pharmacys_free_chat_at_its_own_counter_is_not_an_offer():
    chat = "Pop in for a free five-minute chat in the private consultation room whenever we are open.\n"
    assert found(NEWS + chat, "COM002") == []
    assert found(NEWS + "Pop in for a free five-minute chat whenever we are open.\n", "COM002") \
        == ["free five-minute chat"]


def test_no_more_scans_after_a_normal_result_for_the_reason_given():
    normal = "You won't need any more scans, since the risk of a large swelling appearing later is low.\n"
    assert found(NEWS + normal, "RSK006") == []
    assert found(NEWS + "You won't need any more scans with our monitor.\n", "RSK006") \
        == ["You won't need any more scans with our"]


def test_patients_described_as_having_no_complications():
    trial = "The study recruited 300 adults with kidney stones but no complications.\n"
    assert found(NEWS + trial, "RSK002") == []
    assert found(NEWS + "Our laser treatment has no complications.\n", "RSK002") == ["has no complications"]


def test_a_treatments_downsides_in_other_words_are_a_discussion_of_harms():
    page = ("# Light therapy for winter blues\n\nLight therapy works well for winter depression and the results are "
            "excellent.\n\nThe treatment is effective for most people and improves mood within two weeks.\n\n"
            "Our light box therapy is a breakthrough for low mood.\n\n")
    assert found(page + "It can leave you drowsy at first, and it is unsafe with some eye conditions.\n", "RSK001") == []
    assert found(page + "Ask at your surgery.\n", "RSK001") == ["therapy works"]


def test_a_trial_patients_own_words_in_a_story_with_its_figures_are_information():
    story = ("# A new cell treatment for lupus\n\nThe phase 1 study, published in a medical journal, followed 15 "
             "patients for a year. Ten of the 15 no longer needed steroids, and 2 had serious infections. It was small "
             "and had no control group, so larger randomised trials are needed.\n\n"
             '"It gave me my life back," said one patient.\n')
    findings = [f for f in lint_text(story, "a.md", overrides=Overrides(select=("EVD003",)))]
    assert [f.severity for f in findings] == [Severity.INFO]
    shop = "# Shop\n\nBuy now for £30.\n\n" + '"It gave me my life back," said one buyer.\n'
    assert [f.severity for f in lint_text(shop, "a.md", overrides=Overrides(select=("EVD003",)))] \
        == [Severity.WARNING]


def test_a_gap_between_women_and_men_told_as_a_ratio_is_not_a_treatment_effect():
    gap = "Women were 40% more likely than men to wait longer for a scan.\n"
    assert found(NEWS + gap, "EVD006") == []
    assert found(NEWS + "The drug made patients 40% more likely to survive.\n", "EVD006") == ["40% more"]
