"""The meanings v0.30.32 reads, from what sets 118-121 showed: a name in lower case that someone gives a
state of the body ("our founder calls this ..."), told apart from the way careful pages bring in
medicine's own terms; and a "former" person who is no past statement. Each sentence is written for this
test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, line: int) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,))) if f.line == line]


def on_a_leaflet(text: str, code: str) -> list[str]:
    return found("# About your care\n\nThis leaflet explains what to expect.\n\n" + text + "\n", code, 5)


@pytest.mark.parametrize("text, excerpt", [
    ("Our founder calls this liver sludge overload, and the drops clear it.", "liver sludge overload"),
    ("The drip tackles what she called cellular rust fatigue.", "cellular rust fatigue"),
    # A person who once was a therapist: "former" dates the job, not the statement.
    ("Our founder, a former sports therapist, calls this spinal oxygen drift.", "spinal oxygen drift"),
])
def test_a_name_someone_gives_a_state_of_the_body(text, excerpt):
    assert on_a_leaflet(text, "TRM006") == [excerpt]


@pytest.mark.parametrize("text", [
    "A rare condition called sinusoidal obstruction syndrome can follow the chemotherapy.",
    "People call it post-viral fatigue syndrome, and most recover within months.",
    "We call this steroid-sensitive nephrotic syndrome.",
    "Doctors call this chronic fatigue syndrome.",
])
def test_medicines_own_terms_brought_in_are_left_alone(text):
    assert on_a_leaflet(text, "TRM006") == []


def on_a_page_that_sells(sentence: str, code: str) -> list[str]:
    return found("# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\n" + sentence + "\n", code, 5)


@pytest.mark.parametrize("sentence, code, excerpt", [
    ("The belt shifts back pain within a week, guaranteed.", "CLM003", "within a week, guaranteed"),
    ("Everyone who's tried it has stopped snoring.", "CLM003", "Everyone who's tried it has stopped"),
    ("Fix that, and the migraines stop.", "CLM002", "Fix that, and the migraines stop"),
    ("It is the most nourishing drink on the planet.", "HYP001", "the most nourishing drink on the planet"),
    ("It's gentle enough for babies to swallow.", "RSK008", "gentle enough for babies to swallow"),
    ("Wear the band for a month before bothering your GP.", "RSK011", "before bothering your GP"),
    ("Many of our customers stop their statins.", "RSK005", "Many of our customers stop their statins"),
    ("The offer lasts until stocks run out.", "COM007", "until stocks run out"),
    ("It's been tried and tested for centuries.", "EVD003", "tried and tested for centuries"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    ("Please do not delay or skip an infusion to fit in a vaccine.", "COM007"),
    ("No risk tool is precise, so use it as a guide.", "RSK002"),
    ("For a smoker, stopping often does more than any tablet.", "EVD014"),
    ("You don't need a confirmed diagnosis to start pain relief.", "RSK006"),
    ("Swollen ankles are common in pregnancy and usually nothing to worry about.", "RSK002"),
    ("Chalk is among the most common minerals on Earth.", "HYP001"),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_page_that_sells(text, code) == []
    assert on_a_leaflet(text, code) == []


def test_a_report_handed_to_the_writer_is_still_a_report():
    # "Someone gave me a leaflet saying ...": the leaflet speaks, and the question after it asks about it.
    text = "A neighbour gave me a leaflet saying a cold bath cures arthritis. Is there anything in that?"
    assert on_a_leaflet(text, "CLM001") == []


def test_a_charity_that_quotes_a_charge_does_not_sell():
    page = ("# Starting treatment\n\nFrom a registered charity.\n\nMany of the people who contact us ask about costs. "
            "A prescription costs £9.90 in England.\n\nFor adults, NICE recommends two medicines as the first choice.\n")
    assert lint_text(page, "a.md", overrides=Overrides(select=("FCT015",))) == []
