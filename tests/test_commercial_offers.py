"""COM003 price offers in the wording of sales pages, and the web addresses they name."""

import pytest

from mslint.analysis.tokens import tokenize
from mslint.api import lint_text
from mslint.engine.planner import Overrides


def offers(text: str, code: str = "COM003") -> list[str]:
    return [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))]


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
    ("Families who sign up before 1 June save $300.", [("COM002", "who sign up before 1 June save $300")]),
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


@pytest.mark.parametrize("text,code,expected", [
    ("New patients: £40 off your first session.", "COM002", ["£40 off your"]),
    ("A second scan for your sister is half price.", "COM002", ["half price"]),
    ("Add the gut reset pack and save a further 10%.", "COM002", ["save a further 10%"]),
    ("Subscribe & save 20% on every box.", "COM002", ["Subscribe & save 20%"]),
    ("A free vision check worth £45 for every new patient.", "COM002", ["free vision check worth £45"]),
    ("The first month of the coaching plan is free.", "COM002", ["first month of the coaching plan is free"]),
    ("Your assessment fee is waived this spring.", "COM002", ["fee is waived"]),
    ("Book by Sunday to claim your place.", "COM007", ["Book by Sunday to claim"]),
    ("Only 8 surgery places are left this year.", "COM007", ["Only 8 surgery places are left"]),
    ("Book now to lock in this year's price.", "COM007", ["lock in this year's price"]),
    # A cost reduction a study reports is not an offer.
    ("The cheaper programme cut about $500 off the cost of the usual one.", "COM002", []),
])
def test_money_off_gifts_and_deadlines(text, code, expected):
    assert [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == expected


def promotions(text: str) -> list[str]:
    return offers(text, "COM002")


@pytest.mark.parametrize("text, expected", [
    ("Sign up this week to claim a free 14-day trial of the app.", ["claim a free 14-day trial"]),
    ("Order two tubs and we will send two free refills.", ["Order two tubs and we will send two free refills"]),
    ("Buy a course of ten and get 2 bonus visits free.", ["get 2 bonus visits free"]),
    ("Postage is free on all orders.", ["Postage is free"]),
    ("The kit is down from £120 to £85, a full £35 off.", ["a full £35 off"]),
    # a saving reported, not offered
    ("The new rota shaved $90 off the cost of each clinic visit.", []),
    ("The clinic trial was free for the patients who took part.", []),
])
def test_freebies_that_come_with_a_purchase(text, expected):
    assert promotions(text) == expected


@pytest.mark.parametrize("text, code, expected", [
    ("Book your free posture check this week.", "COM002", ["free posture check"]),
    ("Order the twin pack, so you save £15.", "COM002", ["you save £15"]),
    ("Our Saturday clinics always fill up fast.", "COM007", ["clinics always fill up fast"]),
    # A public service's free checks, and a saving reported as news, are not offers.
    ("The NHS offers a free hearing test to adults over 65.", "COM002", []),
    ("Shoppers who switched brands saved about £40 a year.", "COM002", []),
])
def test_free_checks_savings_and_filling_up(text, code, expected):
    assert offers("# The clinic\n\n" + text + "\n", code) == expected


@pytest.mark.parametrize("text, code, expected", [
    ("Bring a partner and you both save £80.", "COM002", ["Bring a partner and you both save £80"]),
    ("Buy 3 get 1 free until Sunday.", "COM002", ["Buy 3 get 1 free"]),
    ("Your final two massages are free.", "COM002", ["Your final two massages are free"]),
    ("Autumn flash sale: £150 off.", "COM002", ["flash sale: £150 off"]),
    ("Members pay an introductory rate for the first year.", "COM002", ["introductory rate"]),
    ("Pay your deposit by Monday.", "COM007", ["Pay your deposit by Monday"]),
    ("This bundle is available until 3 June only.", "COM007", ["available until 3 June only"]),
    # An address typed without its scheme still carries its referral tag.
    ("Get yours at shop.example/gel?ref=nina7 today.", "COM005", ["shop.example/gel?ref=nina7"]),
    ("The trial's page is at trials.example/study?id=42.", "COM005", []),
])
def test_more_offers_and_tagged_addresses(text, code, expected):
    assert offers("# The clinic\n\n" + text + "\n", code) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Invite a friend and you both get a free consultation.", "Invite a friend and you both get a free consultation"),
    ("Patients earn £25 in credit when a friend books.", "earn £25 in credit"),
])
def test_a_reward_for_bringing_a_friend(sentence, expected):
    found = lint_text("# Clinic news\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=("COM002",)))
    assert [f.excerpt for f in found] == [expected]


@pytest.mark.parametrize("text,code,expected", [
    ("Order four tubs and receive a fifth tub free.", "COM002", ["Order four tubs and receive a fifth tub free"]),
    ("The gummies are two for £30 this week.", "COM002", ["two for £30"]),
    ("One session is £80 (normally £120).", "COM002", ["£80 (normally £120"]),
    ("I buy mine online; just enter my code LUCY15.", "COM002", ["enter my code LUCY15"]),
    ("Book your free 15-minute posture check.", "COM002", ["free 15-minute posture check"]),
    ("Only 7 vests left at this price.", "COM007", ["Only 7 vests left at this price"]),
    ("Stock up today before winter.", "COM007", ["Stock up today"]),
    # A price compared, a public service's price and a stock count in a report are not offers.
    ("The generic costs £3 a month, against £40 for the branded pill.", "COM002", []),
    ("The pharmacy said only 7 doses were left in stock in March.", "COM007", []),
])
def test_multi_buys_struck_prices_and_stock_running_out(text, code, expected):
    assert offers(text, code) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("This week: 3 for 2 on all vitamins.", "COM002", ["3 for 2 on all"]),
    ("Members earn triple reward points on every order.", "COM002", ["triple reward points"]),
    ("Bring a friend along free.", "COM002", ["Bring a friend along free"]),
    ("Book a free 20-minute chat with our nutritionist.", "COM002", ["free 20-minute chat"]),
    ("Registration closes Sunday at noon.", "COM007", ["Registration closes Sunday"]),
    ("We only take 12 clients per intake.", "COM007", ["We only take 12 clients per intake"]),
    ("The trial only takes 40 people per site, the team said.", "COM007", []),
])
def test_more_offers_and_closing_doors(text, code, expected):
    assert offers(text, code) == expected


def test_a_free_call_with_its_length_is_a_call_to_action_and_makes_the_page_sell():
    text = ("# Calm Gut Programme\n\nOur reviews are completely independent.\n\nBook your free 15-minute discovery "
            "call today; the full programme costs £900.\n")
    assert offers(text, "COM001") == ["Book your free 15-minute discovery call"]
    assert offers(text, "COM008") == ["Our reviews are completely independent"]
