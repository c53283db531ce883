"""Meanings read from blind sets 140-141 after their measurement at v0.30.42 (v0.30.43): their careful pages (a diet
feature's dietitian on people who come off tablets, a webinar on a slur a manager used), their false alarms and their
misses. Each sentence is written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


SHOP = "# The Larch Wellbeing Shop\n\nOrder today for \u00a339. Call 0113 496 0789.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"


# -- a verb after "and" shares the mood of the verb before it ---------------------------------------------------------


def test_a_verb_joined_to_a_report_is_reported_too():
    report = "Some of the group lost weight, slept better and came off two tablets by the spring.\n"
    assert found(NEWS + "Several people lose a little weight and come off some of their pills.\n", "RSK011") == []
    assert found(NEWS + report, "RSK011") == []
    # The imperative is still advice, and so is a verb under a modal.
    assert found(NEWS + "Eat less sugar and come off some of your pills.\n", "RSK011") == [
        "come off some of your pills"]
    assert found(NEWS + "Patients should rest and stop the tablets.\n", "RSK011") == ["stop the tablets"]


# -- abbreviations explained in other ways ----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Some children have PANDAS, paediatric acute neuropsychiatric disorders associated with streptococcus, after a sore"
    " throat.",
    "Ring AHWS (the Advice, Housing and Welfare Service) for help with forms.",
    "Last year the college issued new guidance, called PRISM, on weighing children at school.",
    "Whatever you do, see someone BEFORE the weekend.",
])
def test_letters_explained_in_apposition_or_named_and_a_stressed_word_are_not_undefined(sentence):
    assert found(NEWS + sentence + "\n", "TRM002") == []


def test_a_rating_scale_with_its_number_is_an_abbreviation_to_explain():
    assert found(NEWS + "Her PEDS-3 scores fell over the summer.\n", "TRM002") == ["PEDS-3"]
    assert found(NEWS + "The ZEPHYR-2 headset ships in May.\n", "TRM002") == []  # a product's code


# -- a slur reported and objected to is mentioned, not used -----------------------------------------------------------


def test_a_label_someone_used_and_that_hurt_is_not_the_writers_own():
    told = 'In a team email her supervisor called another nurse "wheelchair-bound", which she found offensive.\n'
    assert found(NEWS + told, "LNG004") == []
    praised = 'The coach calls her "wheelchair-bound and fearless".\n'
    assert found(NEWS + praised, "LNG004") == ["wheelchair-bound"]


# -- universal outcomes from a seller's people ------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, excerpt", [
    ("Every dad in our support circle who has tried the spray tells us the tantrums have stopped.",
     "Every dad in our support circle who has tried the spray tells us the tantrums have stopped"),
    ("Every parent I've spoken to from the spring course says their son came home speaking more.",
     "Every parent I've spoken to from the spring course says their son came home speaking more"),
    ("Every client with a poor reading we've treated has turned their blood pressure around.",
     "Every client with a poor reading we've treated has turned their blood pressure around"),
    ("Everybody I know who did the full month shed at least a stone.",
     "Everybody I know who did the full month shed at least a stone"),
    ("Eight in ten of the mums we help are back to where they were before pregnancy.",
     "Eight in ten of the mums we help are back to where they were"),
    ("Shoppers with arthritis tell us time and again that the stiffness goes away within days.",
     "Shoppers with arthritis tell us time and again that the stiffness goes away"),
    ("Most of her little patients walk unaided by the end of the course.", "Most of her little patients walk unaided"),
])
def test_a_result_claimed_for_all_or_most_of_a_sellers_people(sentence, excerpt):
    assert found(SHOP + sentence + "\n", "CLM003") == [excerpt]


@pytest.mark.parametrize("sentence", [
    "Most of her patients are over seventy.",
    "Everybody I know who tried the syrup said it tasted of liquorice.",
])
def test_the_sellers_people_described_without_a_result(sentence):
    assert found(SHOP + sentence + "\n", "CLM003") == []


def test_a_scan_promised_to_end_the_disease_and_a_disease_put_into_reverse():
    assert found(SHOP + "Get checked with us and you'll never have a stroke.\n", "CLM003") == [
        "and you'll never have a stroke"]
    assert found(SHOP + "The brace eases the joint and the arthritis goes into reverse.\n", "CLM002") == [
        "the arthritis goes into reverse"]


# -- warning signs recast, self-care that harms, care dropped ---------------------------------------------------------


@pytest.mark.parametrize("sentence, excerpt", [
    ("If your newborn has a fever or is vomiting green, that's just the reflux settling.",
     "newborn has a fever or is vomiting green, that's just the reflux settling"),
    ("If you notice bloody diarrhoea in week two, that's a healthy die-off.",
     "bloody diarrhoea in week two, that's a healthy die-off"),
    ("That's the scalp healing, so carry on.", "That's the scalp healing, so carry on"),
    ("Plenty of our buyers begin the patches at home at once, even after a past anaphylactic reaction.",
     "begin the patches at home at once, even after a past anaphylactic"),
])
def test_warning_signs_recast_and_unsafe_self_care(sentence, excerpt):
    assert found(SHOP + sentence + "\n", "RSK010") == [excerpt]


def test_a_warning_sign_sent_for_help_is_not_dismissed():
    assert found(SHOP + "If your newborn has a fever or is vomiting green, ring 111 straight away.\n", "RSK010") == []


@pytest.mark.parametrize("sentence, excerpt", [
    ("Lots of our members find they can live without their inhalers after the course.",
     "Lots of our members find they can live without their inhalers"),
    ("There's no need to carry on examining your moles once you're on the plan.",
     "no need to carry on examining your moles"),
    ("I'd postpone the root canal until the oil has had a chance.", "I'd postpone the root canal"),
])
def test_care_given_up_in_other_words(sentence, excerpt):
    assert found(SHOP + sentence + "\n", "RSK011") == [excerpt]


def test_a_product_said_to_match_a_medicine_without_its_harms():
    assert found(SHOP + "It thins the blood just like warfarin but without the risks.\n", "RSK004") == [
        "just like warfarin but without the risks"]


# -- evidence: small studies, the seller's own studies, tradition -----------------------------------------------------


def test_a_small_study_said_to_show_the_product_works():
    assert found(SHOP + "A trial of 16 teenage girls found that the rinse reduced bleeding gums.\n", "EVD015") == [
        "trial of 16 teenage girls found that the rinse reduced"]
    assert found(SHOP + "In a pilot of 12 men, their scalps were visibly thicker after six weeks.\n", "EVD015") == [
        "In a pilot of 12 men, their scalps were visibly thicker"]
    placebo = "A trial of 16 teenage girls found that the rinse reduced bleeding gums compared with a placebo.\n"
    assert found(SHOP + placebo, "EVD015") == []


def test_the_sellers_own_studies_and_a_tradition_as_proof():
    assert found(SHOP + "The maker's own trials show pressures falling within a month.\n", "EVD017") == [
        "maker's own trials show pressures falling"]
    assert found(SHOP + "Turmeric paste has been a staple of Siddha medicine for 3,000 years.\n", "EVD003") == [
        "been a staple of Siddha medicine for 3,000 years"]


# -- fear, guilt and shame --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code, sentence, excerpt", [
    ("LNG012", "Would you ever forgive yourself if it spread?", "Would you ever forgive yourself"),
    ("LNG012", "Stop shuffling around like a pensioner.", "Stop shuffling around like a pensioner"),
    ("LNG012", "Don't be the wheezing wreck at the back of every photo.", "Don't be the wheezing wreck at"),
    ("LNG010", "Each hour at the screen burns a hole in your retina.", "burns a hole in your retina"),
    ("LNG010", "Every week it's gnawing through another bit of your nerves.",
     "gnawing through another bit of your nerves"),
    ("LNG010", "These drops are all that's standing between you and blindness.",
     "all that's standing between you and blindness"),
    ("LNG010", "Sugar is the new tobacco.", "is the new tobacco"),
    ("LNG010", "Every year of delay lets the plaque creep deeper.", "Every year of delay lets the plaque creep deeper"),
    ("LNG010", "Don't just stand by and watch your memory fail.", "Don't just stand by and watch your memory fail"),
    ("LNG011", "Big pharma has spent years hiding the side effects.", "Big pharma has spent years hiding the side effects"),
    ("HYP001", "It is the most hopeful news for people with lupus in my lifetime.",
     "the most hopeful news for people with lupus in my lifetime"),
])
def test_fear_guilt_shame_conspiracy_and_a_superlative_in_other_words(code, sentence, excerpt):
    assert found(SHOP + sentence + "\n", code) == [excerpt]


def test_a_slogan_quoted_to_be_doubted_is_not_the_writers_fear_appeal():
    assert found(NEWS + '"Sugar is the new tobacco" makes a good headline, but the comparison is weak.\n',
                 "LNG010") == []


# -- commerce ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code, sentence, excerpt", [
    ("COM002", "Readers can quote SPRINGLEAF for \u00a320 off.", "quote SPRINGLEAF for \u00a320 off"),
    ("COM002", "An autoship order saves a further 12%.", "autoship order saves a further 12%"),
    ("COM002", "Sign up with a friend and both of you receive a free facial.",
     "Sign up with a friend and both of you receive a free"),
    ("COM007", "The surgeon only sees eight new patients a month.", "surgeon only sees eight new patients a month"),
    ("COM007", "Only 24 hours left to claim launch pricing.", "Only 24 hours left to claim launch pricing"),
])
def test_offers_and_scarcity_in_other_words(code, sentence, excerpt):
    assert found(SHOP + sentence + "\n", code) == [excerpt]


# -- coined names -----------------------------------------------------------------------------------------------------


def test_a_process_given_a_coined_name_by_the_writer():
    assert found(NEWS + "The gut then floods the joints, a process we call enteric-synovial spill.\n", "TRM006") == [
        "enteric-synovial spill"]
    assert found(SHOP + "Evenings drag, a state she calls a long day.\n", "TRM006") == []
