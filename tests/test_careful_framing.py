"""Careful articles frame claims they do not make: a list of warning signs, a label retired
"until 2013", a harm that not every treatment shares, a test that is quick and painless."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

MS = "# Understanding MS and its treatments\n\nMS is a lifelong condition; natalizumab is one of its treatments.\n\n"


def findings(text: str, selector: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=(selector,)))]


@pytest.mark.parametrize("text,expected", [
    # Each item under a heading of warning signs describes what a seller says.
    ("# Choosing a clinic\n\n## Warning signs\n\n- You are told that because the cells are your own, there is "
     "no risk.\n", []),
    ("# Choosing a clinic\n\n## What we offer\n\n- There is no risk, because the cells are your own.\n",
     [("RSK002", "There is no risk")]),
])
def test_a_list_of_warning_signs(text, expected):
    assert findings(text, "RSK") == expected


def test_a_sentence_opened_by_until_a_year_is_history():
    text = MS + ("Until 2013, doctors used a fourth label, progressive-relapsing MS (PRMS), for steady progression "
                 "with occasional relapses.\n")
    assert findings(text, "FCT007") == []


@pytest.mark.parametrize("sentence,expected", [
    ("PML is not a problem shared by every MS treatment.", []),
    ("Natalizumab carries no risk of PML.", [("FCT002", "no risk of PML")]),
])
def test_denying_that_a_harm_is_universal_is_not_denying_it(sentence, expected):
    assert findings(MS + sentence + "\n", "FCT002") == expected


@pytest.mark.parametrize("text,expected", [
    ("# Hearing and memory\n\nIt is worth having a hearing test. It is quick and painless.\n", []),
    ("# Knee injections\n\nWe offer knee injections. They are quick and painless.\n",
     [("RSK004", "painless")]),
])
def test_a_test_referred_back_to_is_described_not_sold(text, expected):
    assert findings(text, "RSK004") == expected
