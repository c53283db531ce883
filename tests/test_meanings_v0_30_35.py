"""The meanings v0.30.35 reads, from what sets 126-127 showed: careful pages left alone (a transplant that can
cure a condition in most children, "children do not do it on purpose"), and the seller's claims in new words.
Each sentence is written for this test; none comes from an evaluation set."""

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
    ("Most of our little ones walk unaided by their second visit.", "CLM003",
     "Most of our little ones walk unaided by their second visit"),
    ("Every client feels younger after the first session.", "CLM003",
     "Every client feels younger"),
    ("Around seven in ten of our patients are off steroids by summer.", "CLM003",
     "Around seven in ten of our patients are off steroids"),
    ("Members who try the tincture tell us, without exception, that the cough clears.", "CLM003",
     "Members who try the tincture tell us, without exception,"),
    ("There's no wrinkle that our serum cannot shift.", "CLM003",
     "There's no wrinkle that our serum cannot shift"),
    ("One course lets your thyroid work properly again, for life.", "CLM002",
     "work properly again, for life"),
    ("If your baby has a fit at night, that's just teething.", "RSK010",
     "a fit at night, that's just teething"),
    ("If the gum puffs up, that's just the infection draining out.", "RSK010",
     "that's just the infection draining out"),
    ("Feeling drowsy at the wheel soon passes as you adapt.", "RSK010",
     "drowsy at the wheel soon passes"),
    ("There's no risk of burns because our nurses monitor you.", "RSK002",
     "There's no risk of burns because our nurses monitor"),
    ("It can be spread straight onto fresh cuts.", "RSK008",
     "spread straight onto fresh cuts"),
    ("Many of our clients cancel their planned operation after a month.", "RSK005",
     "Many of our clients cancel their planned operation"),
    ("No need to waste weeks on physio.", "RSK011",
     "No need to waste weeks on physio"),
    ("Give the full adult dose to teenagers as well.", "RSK012",
     "Give the full adult dose to teenagers"),
    ("GPs are paid by the drug companies to keep you on pills.", "LNG011",
     "GPs are paid by the drug companies to"),
    ("Don't be the mum who forgets.", "LNG013",
     "Don't be the mum who"),
    ("Don't be the reason your kids miss out.", "LNG012",
     "Don't be the reason your"),
    ("Refer two friends and your next tub is free.", "COM002",
     "Refer two friends and your next tub is free"),
    ("The first run is limited to 2,000 jars.", "COM007",
     "limited to 2,000 jars"),
    ("Over 30,000 caps have been sold since launch.", "EVD016",
     "Over 30,000 caps have been sold"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    ("A matched transplant can cure thalassaemia in most children who have one.", "CLM001"),
    ("Toddlers do not do it on purpose, and telling them off makes it worse.", "FCT028"),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_leaflet(text, code) == []
