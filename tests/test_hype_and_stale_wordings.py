"""Hype (HYP001) and stale "latest" information (TIM004) in the wordings blogs, forums and
releases use: a speaker's quoted hype, hype about the treatment in force, advertorial tropes,
and "the latest ... I could find, from 2009"."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

APP = "# My blood pressure app\n\nI started using the PulseNow app in March.\n\n"
DATED = "---\ndate: 2026-05-01\n---\n# Fish oil and focus\n\n"


def found(text: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))]


@pytest.mark.parametrize("text,expected", [
    (APP + "Honestly a game changer.\n", ["game changer"]),
    (APP + 'The lead researcher said the results were "a game-changer for patients".\n', ["game-changer"]),
    (APP + "Doctors are stunned by what it can do.\n", ["Doctors are stunned"]),
    (APP + "This is the beginning of the end of high blood pressure.\n", ["the beginning of the end of"]),
    # Scare quotes, and a cure still out of reach, are not hype.
    (APP + 'Some blogs call the app a "miracle".\n', []),
    (APP + "A pill that ends high blood pressure remains the holy grail of cardiology.\n", []),
    # The article's own product called the holy grail of a field is hype; the field's goal is not.
    (APP + "Honestly, it is the holy grail for anyone with high blood pressure.\n", ["it is the holy grail"]),
    (APP + "Its makers called it the holy grail of home monitoring.\n", ["called it the holy grail"]),
    (APP + "A cuffless monitor has long been seen as the holy grail of home monitoring.\n", []),
])
def test_hype(text, expected):
    assert found(text, "HYP001") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The newest research on fish oils and focus, published back in 2010, found a benefit.",
     ["newest research on fish oils and focus, published back in 2010"]),
    ("The society's guidelines from 2016, which are still the latest, say so.",
     ["guidelines from 2016, which are still the latest"]),
    ("The latest big review I could find, from 2009, says the pills work.",
     ["latest big review I could find, from 2009"]),
    ("The latest data show a steady rise from 2012 to 2022.", []),
    ("When she was diagnosed in 2016, the latest figures were from 2012.", []),
])
def test_stale_latest(sentence, expected):
    assert found(DATED + sentence + "\n", "TIM004") == expected


@pytest.mark.parametrize("text,expected", [
    # A headline's quoted word is how papers sell a claim while attributing it.
    ("# Knee gel 'breakthrough' for runners\n\nA gel eased knee pain in a small trial.\n", ["breakthrough"]),
    # In the body, a word in quotation marks is talked about; a headline about the words is too.
    ("# Knee gel for runners\n\nSome blogs call the gel a 'breakthrough'.\n", []),
    ("# What 'breakthrough' really means\n\nA gel eased knee pain in a small trial.\n", []),
])
def test_quoted_hype_in_a_headline_is_the_headlines(text, expected):
    assert found(text, "HYP001") == expected
