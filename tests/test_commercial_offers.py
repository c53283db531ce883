"""COM003 price offers in the wording of sales pages, and the web addresses they name."""

import pytest

from mslint.analysis.tokens import tokenize
from mslint.api import lint_text
from mslint.engine.planner import Overrides


def offers(text: str) -> list[str]:
    return [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=("COM003",)))]


@pytest.mark.parametrize("text,expected", [
    ("Pre-order today at lumaring.com for $249.", ["Pre-order today at lumaring.com for $249"]),
    ("Download our 30-day meal planner for just £7.50.", ["Download our 30-day meal planner for just £7.50"]),
    ("Laser treatment is available from £2,450 per eye.", ["from £2,450 per eye"]),
    # Costs stated as facts are what a careful article owes its readers.
    ("Generic metformin is available for about $4 a month.", []),
    ("Prices range from $500 to $900 a session at most hospitals.", []),
    # Narration, not an order: "buy" after "and" is what shoppers do.
    ("Plenty of shoppers head to the supermarket and buy sleep gummies for just $5.", []),
])
def test_orders_and_starting_prices(text, expected):
    assert offers(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Try it risk-free today.", ["Try it risk-free today"]),
    ("Claim your 40% discount now.", ["Claim your 40% discount"]),
    ("The drug is 40% cheaper than the brand.", []),
])
def test_money_back_trials_and_discounts(text, expected):
    assert [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=("COM002",)))] == expected


@pytest.mark.parametrize("text,expected", [
    ("at lumaring.com for", ["at", "lumaring.com", "for"]),
    ("Visit www.quiet-clinic.co.uk today.", ["visit", "www.quiet-clinic.co.uk", "today", "."]),
    ("He said no.Then he left.", ["he", "said", "no", ".", "then", "he", "left", "."]),
])
def test_a_web_address_is_one_token(text, expected):
    assert [token.norm for token in tokenize(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # An offer with its price, a saving for booking by a date or through the writer's link.
    ("Claim your £39 introductory session today.", [("COM002", "Claim your £39 introductory session")]),
    ("Families who sign up before 1 June save $300.", [("COM002", "sign up before 1 June save $300")]),
    ("You can save $25 with my partner code at checkout.", [("COM002", "save $25 with my partner code")]),
    # Buy-now-pay-later and a price as a buying prompt.
    ("Split the payment over four months with Clearpay.", [("COM003", "Split the payment over four months with Clearpay")]),
    ("The home test is on sale now for just $129.", [("COM003", "on sale now for just $129")]),
    # Scarcity by headcount.
    ("This rate is reserved for the first 15 patients who call.", [("COM007", "reserved for the first 15 patients")]),
    # What someone saved, what a drug costs, and the verb "affirm" are not offers.
    ("She saved $40 by booking early.", []),
    ("The drug costs about $600 a month, and most insurers cover it.", []),
    ("Doctors affirm the diagnosis with a second scan.", []),
])
def test_offers_in_other_words(text, expected):
    found = lint_text(text, "a.md", overrides=Overrides(select=("COM",)))
    assert [(f.code, f.excerpt) for f in found] == expected
