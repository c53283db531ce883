"""Meanings read from blind sets 138-139 after their measurement at v0.30.41 (v0.30.42): their careful pages (an NHS
screening service's own booking terms, a reader's letter that reports a seller's promise and asks what to do, a myth
that "lots of people think" and the talk denies) and their false alarms and misses. Each sentence is written for this
test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


SHOP = "# The Willow Health Store\n\nOrder today for \u00a345. Call 0113 496 0456.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"


def test_a_public_screening_services_booking_terms_are_not_care_made_optional():
    assert found(NEWS + "NHS sight tests are free for the over-60s. You will not need a referral.\n", "RSK006") == []
    assert found(NEWS + "You will not need a referral.\n", "RSK006") == ["You will not need a referral"]


def test_a_readers_letter_that_reports_a_promise_and_asks_what_to_do_puts_it_as_a_question():
    letter = "My sister found a shop online with a strap that promises to cure it in a week. What should I do?\n"
    assert found(NEWS + letter, "CLM001") == []
    assert found(SHOP + "Our wristband promises to cure it for good. Order now.\n", "CLM001") == ["cure it"]


def test_what_lots_of_people_think_is_a_belief_reported():
    assert found(NEWS + "Plenty of people think all cholesterol comes from food. It doesn't.\n", "FCT009") == []
    assert found(NEWS + "All cholesterol comes from food.\n", "FCT009") == ["All cholesterol comes from food"]


@pytest.mark.parametrize("page, sentence", [
    ("Episode notes\n\n", "HOST (NITA DAS): Welcome back to the show.\n\nNITA: First question.\n\nNITA: And another.\n"),
    ("Talk notes\n\n", "CHAIR (Bob): Evening all. Over to you.\n\nRITA: Thanks, Bob.\n"),
    ("Shop\n\n", "Subscribers save a tenner if they quote SPRING5 at the till.\n"),
    ("Work\n\n", "Your manager or HR can arrange a later start.\n"),
])
def test_speaker_labels_codes_and_the_personnel_department_are_not_undefined_abbreviations(page, sentence):
    assert found(page + sentence, "TRM002", "a.txt") == []


def test_a_hazard_ratio_is_still_an_abbreviation_to_explain():
    assert found(NEWS + "The HR was 0.56 in the treated group.\n", "TRM002") == ["HR"]


@pytest.mark.parametrize("page, code, sentence, excerpts", [
    (SHOP, "CLM003", "Patients at both clinics routinely see their kidney scores double within three months.",
     ["Patients at both clinics routinely see their kidney scores double"]),
    (SHOP, "CLM003", "Every pupil fitted with the overlays was reading fluently within a term.",
     ["Every pupil fitted with the overlays was reading"]),
    (SHOP, "CLM003", "Our clients who drink it daily simply don't get migraines.",
     ["Our clients who drink it daily simply don't get migraines"]),
    (SHOP, "CLM003", "Everyone on our team who tried it saw their wrinkles soften within a month.",
     ["Everyone on our team who tried it saw their wrinkles soften within"]),
    (SHOP, "CLM003", "Almost all our patients say the aching has gone within six weeks.",
     ["Almost all our patients say the aching has gone within"]),
    (SHOP, "CLM003", "97% of wearers say their stress disappeared within a week.",
     ["97% of wearers say their stress disappeared within"]),
    (SHOP, "EVD017", "Our own records of more than 900 knees confirm it.",
     ["Our own records of more than 900 knees confirm"]),
    (SHOP, "EVD017", "Our 500 testers walked an average of 30% further after six weeks.",
     ["Our 500 testers walked an average of"]),
    (SHOP, "EVD003", "It was trusted by Victorian midwives.", ["trusted by Victorian midwives"]),
    (SHOP, "LNG010", "Never accept a life tied to an oxygen tank.", ["Never accept a life tied to"]),
    (SHOP, "LNG010", "Each biscuit you nibble is feeding the growth in your gut.",
     ["Each biscuit you nibble is feeding the growth in your"]),
    (SHOP, "LNG010", "Don't let mould turn your home into a prison for your lungs.",
     ["Don't let mould turn your home into a prison"]),
    (SHOP, "LNG010", "Do not waste your best childbearing years on guesswork.", ["Do not waste your best childbearing years"]),
    (SHOP, "LNG012", "No more being the husband no one wants to sleep beside.", ["No more being the husband no one wants"]),
    (SHOP, "LNG012", "Do not let your son be labelled as difficult.", ["Do not let your son be labelled as"]),
    (SHOP, "LNG012", "Your toxic, clogged colon is holding you back.", ["Your toxic, clogged colon"]),
    (SHOP, "RSK004", "Thanks to the wedge there's no need to give up driving.", ["no need to give up driving"]),
    (SHOP, "RSK004", "The yellow lenses are ideal for driving at night.", ["ideal for driving at night"]),
    (SHOP, "RSK005", "Antibiotic creams do little, so we advise ditching them.", ["so we advise ditching them"]),
    (SHOP, "RSK005", "My neighbour ditched her statins last spring.", ["ditched her statins"]),
    (SHOP, "RSK006", "Adults don't need a full eye examination with an optician.",
     ["don't need a full eye examination with an optician"]),
    (SHOP, "RSK006", "Honestly, there's no need to have this looked at.", ["no need to have this looked at"]),
    (SHOP, "RSK006", "Hospital scans never show you anything useful for this.",
     ["Hospital scans never show you anything useful"]),
    (SHOP, "RSK008", "You may safely try the cleanse even if you are on insulin.",
     ["may safely try the cleanse even if you are on insulin"]),
    (SHOP, "RSK008", "Lots of mums keep taking these throughout their pregnancies.",
     ["keep taking these throughout their pregnancies"]),
    (SHOP, "RSK010", "Dropping pounds on the plan means it is working.", ["Dropping pounds on the plan means it is working"]),
    (SHOP, "RSK010", "When your chest tightens, sit tight and push through it.",
     ["When your chest tightens, sit tight and push through it."]),
    (SHOP, "RSK011", "Plenty of clients miss an insulin dose during the retreat.", ["miss an insulin dose"]),
    (SHOP, "RSK011", "Some of our members opted to delay surgery until the course was over.", ["opted to delay surgery"]),
    (SHOP, "RSK011", "After the third week there's no need to keep up the exercises.", ["no need to keep up the exercises"]),
    (SHOP, "RSK011", "Several readers cancelled their booked hysterectomies.", ["cancelled their booked hysterectomies"]),
])
def test_the_meaning_is_found(page, code, sentence, excerpts):
    assert found(page + sentence + "\n", code) == excerpts


@pytest.mark.parametrize("code, sentence", [
    ("CLM003", "Every child treated with the drug was walking by the age of two, compared with 40% of untreated children."),
    ("CLM003", "Patients on the ward routinely see their physiotherapist twice a day."),
    ("RSK004", "If you feel dizzy, pull over; there is no need to give up driving unless your doctor says so."),
    ("RSK010", "If you lose weight without trying, that's a sign something is working against you: see your GP."),
    ("RSK011", "Dialysis patients who miss a session or two are at higher risk of death."),
    ("RSK008", "Some women keep taking it through pregnancy on their specialist's advice."),
    ("RSK002", "There's no harm in raising it with your nurse, of course."),
])
def test_careful_wordings_are_left_alone(code, sentence):
    assert found(NEWS + sentence + "\n", code) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("Contrary to what you've been told, all cholesterol comes from food.", True),
    ("Contrary to popular belief, all cholesterol comes from food.", True),
    ("What most patients aren't told is that all cholesterol comes from food.", True),
    ("The popular belief that all cholesterol comes from food is wrong.", False),
    ("Contrary to the clinic's claims, the liver makes most of it.", False),
])
def test_a_claim_set_against_the_received_view_is_the_writers_own(sentence, flagged):
    assert bool(found(NEWS + sentence + "\n", "FCT009")) is flagged
