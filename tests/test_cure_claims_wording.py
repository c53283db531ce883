"""Cure and universal-result claims (CLM001-CLM003) in the many ways sales copy words them."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def claims(text: str) -> list[tuple[str, str]]:
    # HYP003 (a treatment called a miracle) was CLM004 until 0.6.0 and is tested here with its kin.
    return [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM", "HYP003")))]


@pytest.mark.parametrize("text,expected", [
    ("SpineEase ends chronic back pain.", [("CLM002", "ends chronic back pain")]),
    ("The drops silence 20 years of ear ringing.", [("CLM002", "silence 20 years of ear ringing")]),
    ("The tonic cures any hangover in under an hour.", [("CLM001", "cures any hangover")]),
    ("Eat your way out of MS with our plan.", [("CLM002", "Eat your way out of MS")]),
    ("Unlike fillers, the results are permanent.", [("CLM002", "the results are permanent")]),
    ("Fatigue, brain fog and breathlessness all respond to our protocol.",
     [("CLM003", "all respond to our protocol")]),
    ("Whatever your type of MS, the capsules work for every one of you.", [("CLM003", "work for every one of you")]),
    # Public health, denials, questions and ordinary colds are not cure claims.
    ("Vaccination programmes ended polio in most of the world.", []),
    ("Physiotherapy did not fix my sciatica.", []),
    ("Can a pill fix tinnitus?", []),
    ("She caught two colds last winter.", []),
    ("The results of a filler are not permanent.", []),
])
def test_cure_claims_in_other_words(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    # A disease, or the operation it leads to, made history.
    ("Stem cell shots make knee surgery a thing of the past.", [("CLM002", "make knee surgery a thing of the past")]),
    ("Say goodbye to hip replacement surgery for good.", [("CLM002", "Say goodbye to hip replacement surgery for good")]),
    ("Our serum erases wrinkles permanently.", [("CLM002", "erases wrinkles permanently")]),
    ("The lamp clears rosacea, acne and eczema for good.", [("CLM002", "clears rosacea, acne and eczema for good")]),
    ("The cream clears eczema for a few weeks.", []),
    ("With our plan you can avoid diabetes altogether.", [("CLM002", "avoid diabetes altogether")]),
    # Certainty promised: a share that cannot be, a guarantee of any result, a test that cannot miss.
    ("Caught early, bowel cancer is 100 percent curable.", [("CLM003", "100 percent curable")]),
    ("We guarantee you will drop two dress sizes.", [("CLM003", "We guarantee you will")]),
    ("The scan can rule out heart disease with complete certainty.",
     [("CLM003", "rule out heart disease with complete certainty")]),
    # History, other things made obsolete, denials and hedges are not claims.
    ("Vaccination made smallpox a thing of the past.", []),
    ("Smartphones have made paper maps a thing of the past.", []),
    ("Doctors cannot rule out cancer with complete certainty.", []),
    ("No test can detect every cancer with 100% accuracy.", []),
    ("Most people cannot avoid colds altogether.", []),
    ("The vaccine could one day make shingles a thing of the past.", []),
])
def test_disease_made_history_and_certainty_promised(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("This miracle pill melts fat overnight.", [("HYP003", "miracle pill")]),
    # The wish for one is not a claim that one exists.
    ("Such a magic pill could fix a great many problems.", []),
    ("Patients will always long for a wonder drug, and the search for a magic bullet goes on.", []),
    ("There is no such thing as a miracle cure for back pain.", []),
])
def test_the_wish_for_a_miracle_is_not_a_claim(text, expected):
    assert claims(text) == expected
