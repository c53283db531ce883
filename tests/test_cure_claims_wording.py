"""Cure and universal-result claims (CLM001-CLM003) in the many ways sales copy words them."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def claims(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM",)))]


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
