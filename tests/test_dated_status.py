"""TIM006: claims of how care stands ("there is still no vaccine"), said as current on a page dated
years ago; and the cache keeping such a page's result only until its claims come of age."""

import datetime as dt

import pytest

from mslint.analysis.dates import status_claims_stale, valid_until
from mslint.engine.runner import ActiveRule, check_document
from mslint.reading import read_document
from mslint.rules.stale_status import DatedStatusClaim

RULE = DatedStatusClaim()
DATED = "---\ntitle: A note\ndate: 2019-06-12\n---\n\n"


def findings(body: str, head: str = DATED, today: str = "2026-12-01"):
    document = read_document("note.md", head + body + "\n")
    active = ActiveRule(RULE, RULE.meta.severity, {**RULE.default_options, "today": today})
    return check_document(document, [active], report_unused=False).findings


@pytest.mark.parametrize("sentence, excerpt", [
    ("There is still no licensed medicine for chilblains anywhere in the world.", "There is still no licensed medicine"),
    ("Sadly there are still no official guidelines on it in the UK.", "there are still no official guidelines"),
    ("The hospital still offers the treatment free of charge.", "hospital still offers"),
    ("My dermatologist still uses the old scoring system.", "dermatologist still uses"),
    ("The regulator's guidance, which dates from 2009, still lets pharmacists sell it.",
     "guidance, which dates from 2009, still lets"),
    ("Plain paracetamol is still the first thing most GPs suggest.", "is still the first"),
    ("The spray still isn't licensed for children.", "still isn't licensed"),
    ("The capsules are still classed as a food, not a medicine.", "are still classed"),
    ("The injections are still stuck in early trials.", "still stuck in early trials"),
    ("The national trial is still recruiting and won't report until 2030.",
     "trial is still recruiting and won't report"),
    ("You can still order the tablets online without a prescription.",
     "can still order the tablets online without a prescription"),
])
def test_a_status_claim_on_a_page_dated_years_ago(sentence, excerpt):
    [finding] = findings(sentence)
    assert finding.excerpt == excerpt
    assert finding.line == 6 and finding.column == sentence.index(excerpt.split()[0]) + 1
    assert "said as current on a page dated 2019-06-12" in finding.message


@pytest.mark.parametrize("sentence", [
    "In 2015 there was still no licensed medicine for it.",  # told in the past
    "Is there still no licensed medicine for it?",
    "If the trial is still running next year, we will write again.",
    "The trials are still running.",  # a limit of what is known, with no results promised
    "There is still no cure for chilblains, but most clear up in a few weeks.",  # no option named
    "Many people still believe that cold weather alone causes chilblains.",
    "Two of the ten people still had symptoms after a year.",
])
def test_statements_that_are_not_claims_of_how_care_stands_now(sentence):
    assert findings(sentence) == []


def test_a_recent_or_undated_page_is_not_judged():
    claim = "There is still no licensed medicine for chilblains."
    assert findings(claim, today="2021-01-01") == []  # written a year and a half before
    assert findings(claim, head="# A note\n\n") == []  # may have been written yesterday: TIM003 asks for a date
    assert len(findings(claim, today="2022-06-12")) == 1  # three years to the day


def test_the_page_date_that_counts_is_its_latest():
    document = read_document("a.md", "---\ndate: 2018-01-01\nupdated: 2025-05-01\n---\n\nText.\n")
    assert status_claims_stale(document, dt.date(2026, 12, 1)) is None
    assert status_claims_stale(document, dt.date(2028, 5, 1)) == dt.date(2025, 5, 1)


@pytest.mark.parametrize("head, expected", [
    ("# Undated\n\n", dt.date(2026, 12, 1)),  # judged against today: today only
    ("---\ndate: 2025-06-01\n---\n\n", dt.date(2028, 5, 31)),  # the day before its claims come of age
    ("---\ndate: 2019-06-01\n---\n\n", None),  # already old enough: nothing more changes with the day
    ("---\ndate: 2024-02-29\n---\n\n", dt.date(2027, 2, 27)),  # a leap day turns three on 28 February
])
def test_how_long_a_result_holds(head, expected):
    assert valid_until(read_document("a.md", head + "Text.\n"), dt.date(2026, 12, 1)) == expected
