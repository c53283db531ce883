"""The meanings v0.30.34 reads, from what sets 124-125 showed: careful pages left alone (a procedure's risks
listed under a heading that names them, a trial's small effect, a clinician's experience, a free NHS check,
a pupil kept off the pitch, a harm told with its exceptions, a relative figure put in numbers at once), and
the seller's claims in new words in every family. Each sentence is written for this test; none comes from an
evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, line: int) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,))) if f.line == line]


def on_a_page_that_sells(sentence: str, code: str) -> list[str]:
    return found("# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\n" + sentence + "\n", code, 5)


def on_a_leaflet(text: str, code: str) -> list[str]:
    return found("# About your care\n\nThis leaflet explains what to expect.\n\n" + text + "\n", code, 5)


@pytest.mark.parametrize("sentence, code, excerpt", [
    ("Every client sees their skin go two shades lighter.", "CLM003", "Every client sees their skin go two shades lighter"),
    ("Almost every veteran who joins us goes home free of nightmares.", "CLM003",
     "Almost every veteran who joins us goes home free of nightmares"),
    ("Most of their knee patients are taking steps within a week.", "CLM003",
     "Most of their knee patients are taking steps"),
    ("Nine in ten customers feel like a new person by spring.", "CLM003", "Nine in ten customers feel like a new person"),
    ("The drops add two inches to your lashes, guaranteed.", "CLM003", "add two inches to your lashes, guaranteed"),
    ("Follow the plan and you're guaranteed a boy.", "CLM003", "you're guaranteed a boy"),
    ("Hundreds of parents tell us the itching stops within an hour.", "CLM003",
     "Hundreds of parents tell us the itching stops within an hour"),
    ("The cells rebuild the damaged part of the spinal cord.", "CLM002", "rebuild the damaged part of the spinal cord"),
    ("This is the single most powerful thing for stiff joints.", "HYP001", "single most powerful thing"),
    ("Safe for the whole family.", "RSK008", "Safe for the whole family"),
    ("Asthma or diabetes is no barrier to taking part.", "RSK008", "is no barrier to taking part"),
    ("There's no interaction with your tablets.", "RSK002", "There's no interaction with your tablets"),
    ("Stand it right beside the crib.", "RSK002", "Stand it right beside the crib"),
    ("Users are safe to drive from day one.", "RSK002", "safe to drive from day one"),
    ("If your gums tingle, that's the formula working.", "RSK010", "tingle, that's the formula working"),
    ("Give up gluten today, before your blood test.", "RSK010", "Give up gluten today, before your blood test"),
    ("Bin the statins your GP prescribed.", "RSK005", "Bin the statins your GP prescribed"),
    ("Many dads in our group double the dose at weekends.", "RSK012", "double the dose"),
    ("She doesn't need to tell the stroke unit.", "RSK011", "doesn't need to tell the stroke unit"),
    ("Big pharma went quiet about it.", "LNG011", "Big pharma went quiet about"),
    ("Stop letting arthritis eat away at your life.", "LNG010", "letting arthritis eat away at your"),
    ("Don't be the next man to drop dead at work.", "LNG010", "Don't be the next man to drop dead"),
    ("Thinning hair turns women into shadows of themselves.", "LNG013",
     "turns women into shadows of themselves"),
    ("Subscribe today and we'll send your first refill free.", "COM002",
     "Subscribe today and we'll send your first refill free"),
    ("Our grandparents rubbed goose fat on coughs, which shows it works.", "EVD003",
     "Our grandparents rubbed goose fat on coughs, which shows it works"),
    ("Our own database of 900 blood results shows low iron in nearly everyone.", "EVD017",
     "Our own database of 900 blood results shows"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


def test_the_same_in_people_after_mice_is_a_leap():
    text = "The extract shielded rat kidneys, so the same works for humans."
    assert on_a_leaflet(text, "EVD004") == ["so the same works for humans"]


def test_narcoleptics_is_not_people_first():
    assert on_a_leaflet("The clinic sees many narcoleptics.", "LNG001") == ["narcoleptics"]


@pytest.mark.parametrize("text, code", [
    # a trial's small effect, not the myth that antibiotics shorten a cough
    ("In the review, antibiotics shortened a cough by about half a day.", "FCT009"),
    # the condition is the object before "and is": the sentence's subject is what is caused
    ("It tends to come after flu and is nearly always caused by viruses.", "FCT018"),
    # a pupil off the pitch, not a disease that does not return
    ("A player with concussion does not return to training that week.", "CLM002"),
    # a harm told with its exceptions
    ("Most bumps cause no lasting harm, but a few need stitches.", "RSK002"),
    # booking for warning signs, with an adverb
    ("Please book an appointment quickly if you have:", "COM001"),
    # a free NHS check at a pharmacy
    ("Many community pharmacies also provide a free cholesterol check.", "COM002"),
    # a clinician's experience on a page that sells nothing
    ("Many people tell us they feel calmer after a few sessions.", "EVD003"),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_leaflet(text, code) == []


def test_a_relative_figure_put_in_numbers_at_once():
    text = ("Training lowered the rate of strokes by about 30%. To translate that into numbers: if 1,000 people "
            "would have 100 strokes, training would avoid about 30 of those strokes.")
    assert on_a_leaflet(text, "EVD006") == []


def test_harms_listed_under_a_heading_that_names_them():
    page = ("# Knee replacement: what to expect\n\nKnee replacement surgery replaces a worn joint.\n\n"
            "## What are the risks?\n\n- infection in the joint, in about 1 in 100 people;\n"
            "- a blood clot in the leg, in about 1 in 50 people.\n\n"
            "A stiff knee can be freed by a quick, painless manipulation.\n")
    assert [f.code for f in lint_text(page, "a.md", overrides=Overrides(select=("RSK004",)))] == []
