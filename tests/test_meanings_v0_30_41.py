"""Meanings read from blind sets 136-137 after their measurement at v0.30.40 (v0.30.41): their careful pages (a
pharmacy that offers its own advice at the counter, a school immunisation team's catch-up clinics). Each sentence is
written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,)))]


PHARMACY = "# Riverside Pharmacy: eczema flare-ups\n\nMost flare-ups settle with emollients and a mild steroid cream.\n\n"
SCHOOL = "# Flu spray in school: questions from parents\n\nThe nasal spray is offered to every child in reception to year 11.\n\n"


@pytest.mark.parametrize("page, code, context", [
    (PHARMACY, "RSK006", "Ask the pharmacist about a stronger cream."),
    (PHARMACY, "RSK006", "Ask at our counter for a private word."),
    (SCHOOL, "COM001", "If your child missed the day, we run catch-up clinics over half term."),
    (SCHOOL, "COM001", "The school immunisation team can answer questions."),
])
def test_a_service_offering_its_own_care_is_not_selling(page, code, context):
    """The same sentence is flagged alone and left alone after the service says what it offers."""
    sentence = {"RSK006": "You won't need a referral from your GP.", "COM001": "Call us to book."}[code]
    alone = found(page + sentence + "\n", code)
    assert alone == [{"RSK006": "You won't need a referral", "COM001": "Call us to book"}[code]]
    assert found(page + context + " " + sentence + "\n", code) == []


SHOP = "# The Lantern Wellness Shop\n\nOrder today for \u00a339. Call 0113 496 0123.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local business.\n\n"


@pytest.mark.parametrize("page, code, sentence, excerpts", [
    # universal outcomes from the seller's own customers
    (SHOP, "CLM003", "Players who take the weekly drink simply stop getting ill.",
     ["Players who take the weekly drink simply stop getting ill"]),
    (SHOP, "CLM003", "Every one of the forty runners on our plan has said to us that colds come less often.",
     ["Every one of the forty runners on our plan has said to us"]),
    (SHOP, "CLM003", "Our customers with arthritis consistently regain movement within the first month.",
     ["Our customers with arthritis consistently regain"]),
    (SHOP, "CLM003", "In a poll of 300 mums, 95% of children who used the pillow every night had flatter heads within six weeks.",
     ["95% of children who used the pillow every night had flatter heads within"]),
    (SHOP, "CLM003", "Not one of our members has ever told us they got shingles.",
     ["Not one of our members has ever told us they got shingles"]),
    (SHOP, "CLM003", "Everyone I met at the clinic went home with normal scans.",
     ["Everyone I met at the clinic went home with normal scans"]),
    (SHOP, "CLM003", "Each client who sticks to the six-week plan loses at least half a stone.",
     ["Each client who sticks to the six-week plan loses at least half a stone"]),
    # the elite as users
    (SHOP, "EVD016", "Film stars and Olympic champions quietly fly out for exactly this kind of therapy.",
     ["Film stars and Olympic champions quietly fly out for"]),
    (SHOP, "EVD016", "Premier League players are already using these patches quietly.",
     ["Premier League players are already using these"]),
    (SHOP, "EVD016", "Olympic rowers have been photographed wearing the tape before big races.",
     ["Olympic rowers have been photographed wearing"]),
    # the seller's own averages
    (SHOP, "EVD017", "Their average pain score dropped from 7 out of 10 to 2.",
     ["Their average pain score dropped from 7 out of 10 to 2"]),
    (SHOP, "EVD017", "Across our own patients treated in spring, walking speed rose by an average of 25%.",
     ["Across our own patients treated in spring, walking speed rose by an average of"]),
    # a subscription that goes on
    (SHOP, "COM003", "Your supply then continues every 60 days at \u00a339.95.",
     ["Order today for \u00a339", "supply then continues every 60 days at \u00a339.95"]),
    # harms played down and warning signs waved through
    (SHOP, "RSK004", "It has no known side effects beyond a brief warm feeling in the hand.",
     ["no known side effects beyond a brief"]),
    (SHOP, "RSK004", "Clients are usually back behind the wheel in half an hour.",
     ["are usually back behind the wheel in half an hour"]),
    (SHOP, "RSK010", "Redness like this is a good sign that the cleanse has started.",
     ["is a good sign that the cleanse has started"]),
    (SHOP, "RSK010", "These are signs that the liver is waking up and shouldn't worry you.",
     ["are signs that the liver is waking up"]),
    (SHOP, "RSK010", "Mild wheeze is normal at first and means it is working.",
     ["is normal at first and means it is working"]),
    (SHOP, "RSK010", "A temperature that lingers for four days is merely your body burning the bug off.",
     ["A temperature that lingers for four days is merely your body burning the bug off"]),
    (SHOP, "RSK010", "Rub hard. When the skin cracks slightly, it's okay.",
     ["When the skin cracks slightly, it's okay"]),
    (SHOP, "RSK010", "This is not a flare, it's only your joints adjusting.",
     ["is not a flare, it's only"]),
    # care given up
    (SHOP, "RSK005", "Plenty of people with eczema rely on steroid creams. Plenty of my members have tapered themselves off for good.",
     ["Plenty of my members have tapered themselves off for good"]),
    (SHOP, "RSK005", "We suggest members stop their statins on the first day of the course.",
     ["We suggest members stop their statins"]),
    (SHOP, "RSK011", "We're skipping the MMR jab this year.",
     ["We're skipping the MMR jab"]),
    (SHOP, "RSK011", "Feel free to treat the yearly check-ups as optional.",
     ["treat the yearly check-ups as optional"]),
    # fear and shame
    (SHOP, "LNG010", "Don't let one cold cost you the title race.",
     ["Don't let one cold cost you the title race"]),
    (SHOP, "LNG010", "Admit it: you've been living loaded with toxins.",
     ["you've been living loaded with toxins"]),
    (SHOP, "LNG012", "No more being the chubby bridesmaid.",
     ["No more being the chubby bridesmaid"]),
    # energy organs named as anatomy
    (SHOP, "TRM005", "Tension collects in the throat chakra and tightens your voice.", ["throat chakra"]),
    (SHOP, "TRM005", "Each drop nudges your vital force back into balance.", ["vital force"]),
])
def test_the_meaning_is_found(page, code, sentence, excerpts):
    assert found(page + sentence + "\n", code) == excerpts


@pytest.mark.parametrize("code, sentence", [
    ("CLM003", "In the trial, 90% of patients who took the drug had a response within 12 weeks."),
    ("CLM003", "Every patient who completes the course sees a nurse at six weeks."),
    ("RSK004", "Trials found no side effects beyond a mild headache in a few people."),
    ("RSK004", "Many patients were driving again, back behind the wheel within twelve months."),
    ("RSK010", "Healing is a slow process; a scab is a sign that healing has begun."),
    ("RSK010", "Falling blood sugar is a good sign that the treatment is working."),
    ("RSK010", "If your face droops, this is not a relapse, it's a stroke until proven otherwise: dial 999."),
    ("EVD016", "Olympic athletes are taking part in a trial of the drug."),
    ("LNG010", "The myth that you are full of toxins does not stand up."),
    ("TRM005", "Homeopaths speak of a \"vital force\", an idea with no basis in physiology."),
])
def test_careful_wordings_are_left_alone(code, sentence):
    assert found(NEWS + sentence + "\n", code) == []


@pytest.mark.parametrize("sentence", [
    "The hearing charity RNID runs a helpline.",
    "In the national safety register (TOUCH), cases were fewer.",
    "Finance is available, representative APR 9.9%.",
    "Repair is by a stent put in through the groin (called EVAR) or by open surgery.",
    "Loved by DJs and runners alike.",
])
def test_names_given_by_their_kind_are_not_undefined_abbreviations(sentence):
    assert found(NEWS + sentence + "\n", "TRM002") == []


def test_an_abbreviation_without_its_kind_is_still_reported():
    assert found(NEWS + "The RNID runs a helpline.\n", "TRM002") == ["RNID"]


def test_a_long_form_given_with_or_and_no_comma_explains_the_letters():
    page = NEWS + "The cells carry a new receptor, a chimeric antigen receptor or CAR, which finds the cancer.\n"
    assert found(page, "TRM002") == []
    assert found(NEWS + "The cells carry a new CAR, which finds the cancer.\n", "TRM002") == ["CAR"]


@pytest.mark.parametrize("code, sentence", [
    ("LNG012", "Nerve sheaths are high in fat, and fat is easily damaged by oxidation."),
    ("COM002", "Messages that include promo codes or affiliate links are checked by a moderator first."),
])
def test_words_that_sell_or_shame_in_another_sense_are_left_alone(code, sentence):
    assert found(SHOP + sentence + "\n", code) == []


def test_two_abbreviations_offered_as_alternatives_do_not_explain_each_other():
    assert found(NEWS + "The package includes a full cycle of IVF or ICSI, plus scans.\n", "TRM002") == ["ICSI"]


def test_a_forum_threads_own_counters_are_not_a_crowd_offered_as_proof():
    assert found(SHOP + "Posted in Sleep \u00b7 14 replies \u00b7 3,021 views\n", "EVD016") == []
    assert found(SHOP + "Our videos have 2,310 views.\n", "EVD016") == ["have 2,310 views"]


def test_older_people_are_an_age_not_a_time_gone_by():
    """ "older" before people names their age; before a text or a rule it still sets the claim in the past."""
    assert found(NEWS + "In older patients, all cholesterol comes from food.\n", "FCT009") == \
        ["all cholesterol comes from food"]
    assert found(NEWS + "In older textbooks, all cholesterol comes from food.\n", "FCT009") == []


def test_a_superlative_is_praise_not_a_coined_name():
    """Even on a page that sells: "I call it the single finest tonic" praises; "I call it X renewal" names."""
    assert found(SHOP + "Honestly, I call it the single finest tonic in the world.\n", "TRM006") == []
    assert found(SHOP + "I call it autophagic myelin renewal.\n", "TRM006") == ["I call it autophagic myelin renewal"]
