"""Evidence and hype in wordings the rules first met on the measured blind sets, each written anew."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

PAGE = "# The clinic's treatment\n\nOur clinic offers joint injections.\n\n"


def found(sentence: str, selector: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(PAGE + sentence + "\n", "a.md", overrides=Overrides(select=(selector,)))]


@pytest.mark.parametrize("sentence, selector, expected", [
    ("Studies across the globe have confirmed her results.", "EVD001", ("EVD001", "Studies across the globe have confirmed")),
    ("Ask anyone who has had it: that's proof that it works.", "EVD002", ("EVD002", "that's proof that it works")),
    ("The shots stop knee pain in 100% of patients.", "EVD007", ("EVD007", "stop knee pain in 100% of patients")),
    ("The clinic says 90 per cent of its clients see their pain ease.", "EVD003", ("EVD003", "90 per cent of its clients see")),
    ("Its founder calls the shots the start of the end of arthritis.", "HYP001", ("HYP001", "the start of the end of")),
])
def test_new_wordings_are_caught(sentence, selector, expected):
    assert found(sentence, selector) == [expected]


@pytest.mark.parametrize("sentence, selector", [
    ("There is no proof that it works.", "EVD002"),
    ("Is that proof that it works? Not on its own.", "EVD002"),
    ("In the pilot study, the shots helped in 100% of the 8 patients.", "EVD007"),
])
def test_denied_asked_or_a_studys_own_result_is_not(sentence, selector):
    assert found(sentence, selector) == []
