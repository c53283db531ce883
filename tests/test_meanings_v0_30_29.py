"""The meanings v0.30.29 reads, from what sets 114-115 showed: results for everyone the seller coaches,
a progression halted, care stopped for months, warning signs pushed through, deposits and places as
pressure, fear and blame aimed at doctors, and the careful wordings beside them. Each sentence is
written for this test; none comes from an evaluation set."""

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
    ("Almost every dad in my classes who tried the drops avoided a cold.", "CLM003",
     "Almost every dad in my classes who tried the drops avoided"),
    ("Every swimmer I coach who switched to the gel stopped getting cramp.", "CLM003",
     "Every swimmer I coach who switched to the gel stopped"),
    ("The tea is guaranteed to bring on sleep within 20 minutes.", "CLM003",
     "is guaranteed to bring on sleep within 20 minutes"),
    ("The programme halts the progression of arthritis.", "CLM002", "halts the progression of arthritis"),
    ("The powder flushes out a bladder infection within a day.", "CLM002",
     "flushes out a bladder infection within"),
    ("The scan is about as risky as a flu jab.", "RSK004", "about as risky as a flu jab"),
    ("Stop the injections and the physiotherapy for three months.", "RSK011",
     "Stop the injections and the physiotherapy for three months"),
    ("I've ditched my inhaler and you should too.", "RSK011", "ditched my inhaler and you should too"),
    ("Gargle twice as often rather than booking an appointment.", "RSK011", "rather than booking an appointment"),
    ("Most clients need no scans beforehand.", "RSK011", "need no scans beforehand"),
    ("Cut out gluten now, before you book the blood test.", "RSK011",
     "Cut out gluten now, before you book the blood test"),
    ("If your waters break early, there's no need to rush in.", "RSK010", "no need to rush in"),
    ("Listen through earbuds at full volume.", "RSK010", "Listen through earbuds at full volume"),
    ("Most of our members stop their medication within a month.", "RSK005",
     "Most of our members stop their medication"),
    ("Pay your deposit by Friday and take £500 off.", "COM002", "Pay your deposit by Friday and take £500 off"),
    ("A £100 deposit secures your place today.", "COM007", "deposit secures your place today"),
    ("I'm taking only 10 new clients this month.", "COM007", "taking only 10 new clients this month"),
    ("Your dentist profits from every filling.", "LNG011", "Your dentist profits from every filling"),
    ("Don't let the hospital take over your recovery.", "LNG011", "Don't let the hospital take over"),
    ("Your nerves are starving and dying.", "LNG010", "nerves are starving and dying"),
    ("A 2019 study of 15 of my own clients found every one improved.", "EVD017",
     "study of 15 of my own clients found every one improved"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    ("The pregnancy prevention programme is the same for every patient who could become pregnant.", "CLM003"),
    ("Ask for a referral: we see people every day with the same problem.", "EVD003"),
    ("We bought the kit and tested it on three staff volunteers.", "EVD003"),
    ("The marketing says the pills end bloating for good. We bought them and checked.", "CLM002"),
    ("A friend says it's a miracle cure. I don't know what to believe.", "HYP003"),
    ("Our price is £60 a dose. You can compare with other clinics; prices vary.", "COM003"),
    ("Most people with diffuse large B-cell lymphoma are cured by their first treatment.", "CLM001"),
    ("The old name, economy class syndrome, stuck, but clots come from sitting still.", "TRM006"),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_leaflet(text, code) == []


def test_a_redirect_host_named_links_is_a_referral_link():
    page = "# Running\n\nI use [these bottles](https://links.runblog.example/bottle) every day.\n"
    assert found(page, "COM005", 3) == ["https://links.runblog.example/bottle"]
