"""Meanings read from blind sets 142-143 after their measurement at v0.30.43 (v0.30.44): their careful pages (a student
health page that quotes what a jab costs privately, a heart feature on a disease that raises stroke risk, a news story
on a result reported two decades earlier), their false alarms and their misses. Each sentence is written for this
test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.reading import read_document
from mslint.rules.kinds.article_conditions import holds


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


SHOP = "# The Alder Wellness Shop\n\nOrder today for \u00a329. Call 0113 496 0321.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"


# -- careful pages ----------------------------------------------------------------------------------------------------


def test_what_care_costs_privately_does_not_make_a_free_service_a_shop():
    page = ("# Meningitis jabs for new students\n\nThe MenACWY jab is free for first-year students until they turn 25."
            " High-street chemists charge well over \u00a340 a dose privately, so check first.\n\n"
            "Book a nurse appointment at the practice.\n")
    assert not holds(read_document("a.md", page), "sells")
    own = page.replace("High-street chemists charge well over \u00a340 a dose privately", "Our jab costs \u00a340 a dose")
    assert holds(read_document("a.md", own), "sells")


def test_a_disease_that_raises_the_odds_of_another_is_described_not_sold():
    assert found(NEWS + "Atrial fibrillation makes a stroke about five times more likely, and such strokes are often "
                        "larger.\n", "EVD006") == []
    assert found(NEWS + "Taking the pills makes a stroke about five times less likely in people with AF.\n",
                 "EVD006") == ["five times less likely"]


def test_a_result_reported_two_decades_before_the_page_is_history():
    story = "In 1996 the team reported that all nine of its first patients had stopped having migraines.\n"
    old = "---\ndate: 2022-03-01\n---\n" + NEWS + story
    recent = "---\ndate: 2022-03-01\n---\n" + NEWS + story.replace("1996", "2019")
    assert found(old, "CLM003") == []
    assert found(recent, "CLM003") == ["all nine of its first patients had stopped having"]


# -- abbreviations explained, and names that are not abbreviations ----------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "TCF7L2 is a gene that affects how much insulin is released.",
    "Variants of the PALB2 and CHEK2 genes raise the risk a little.",
    "Heart deaths rose in a US trial (CORVIA) of the newer drug.",
    "Doctors weigh falls risk with a score called FRAIL.",
    "A combined vaccine against diphtheria, tetanus and polio, called DTP, is offered.",
    "Lichen sclerosus, usually called LS by the clinic, itches most at night.",
    "Sources: UKHSA advice on measles (2024); NHS England guidance on BCG (2023).",
])
def test_gene_symbols_named_trials_and_scores_and_a_source_list_are_not_undefined(sentence):
    assert found(NEWS + sentence + "\n", "TRM002") == []


@pytest.mark.parametrize("sentence, excerpt", [
    ("Her nurse mentioned something called LSIL.", "LSIL"),
    ("The kit reports your microbiome index, SCFB output and more.", "SCFB"),
])
def test_letters_merely_named_or_listed_are_still_undefined(sentence, excerpt):
    assert found(NEWS + sentence + "\n", "TRM002") == [excerpt]


def test_money_off_makes_a_newsletter_sentence_an_offer_not_page_furniture():
    assert found(SHOP + "Newsletter readers get 20% off with code SPRINGHERB until Friday.\n", "COM002") == [
        "readers get 20% off with code SPRINGHERB"]
    assert found(SHOP + "Sign up to our newsletter for recipes and news.\n", "COM002") == []


# -- commerce ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code, sentence, excerpt", [
    ("COM002", "You can spread any course over four monthly payments.", "spread any course over four monthly payments"),
    ("COM007", "It costs \u00a34 a month now, rising to \u00a37 in September.", "rising to \u00a37 in September"),
    ("COM007", "Fees for new members go up on 1 May.", "Fees for new members go up on 1 May"),
    ("COM007", "The spring delivery batch is almost gone.", "The spring delivery batch is almost gone"),
    ("COM002", "Enter ELMTREE at https://hollyhock.example for \u00a310 off.",
     "Enter ELMTREE at https://hollyhock.example for \u00a310 off"),
])
def test_offers_and_pressure_in_other_words(code, sentence, excerpt):
    assert found(SHOP + sentence + "\n", code) == [excerpt]


# -- cure claims ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code, sentence, excerpt", [
    ("CLM003", "The plan guarantees you'll sleep through by the second week.", "guarantees you'll sleep"),
    ("CLM003", "Anyone who sticks to our protocol for a month drops at least half a stone.",
     "Anyone who sticks to our protocol for a month drops at least half a stone"),
    ("CLM003", "My fertility clients fall pregnant within the year.", "My fertility clients fall pregnant"),
    ("CLM003", "These drops help your body see off every virus this winter.", "see off every virus"),
    ("CLM003", "Hundreds of our patients are now tumour-free.", "Hundreds of our patients are now tumour-free"),
    ("CLM003", "Every pupil in our class who chews one has stayed healthy since September.",
     "Every pupil in our class who chews one has stayed healthy"),
    ("CLM002", "The capsules shrink your gland back to how it was at twenty.",
     "shrink your gland back to how it was"),
])
def test_results_promised_to_everyone_in_other_words(code, sentence, excerpt):
    assert found(SHOP + sentence + "\n", code) == [excerpt]


# -- fear, guilt, shame and distrust ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code, sentence, excerpt", [
    ("LNG012", "Stop stuffing your children full of antibiotics.", "stuffing your children full of antibiotics"),
    ("LNG012", "It's time to stop being the slowest one at the park run.", "stop being the slowest one at"),
    ("LNG012", "Don't be one of those dads wheezing up the stairs.", "Don't be one of those dads wheezing"),
    ("LNG012", "Itching all night is no way to live.", "is no way to live"),
    ("LNG012", "Menopause can turn a sharp woman into an anxious, tearful wreck.",
     "into an anxious, tearful wreck"),
    ("LNG012", "Only weak people need a rest day.", "Only weak people need"),
    ("LNG010", "Don't let your knees wither another year.", "Don't let your knees wither another year"),
    ("LNG010", "Radiotherapy wrecks your entire body.", "Radiotherapy wrecks your entire body"),
    ("LNG011", "Don't let your GP brush you off again.", "Don't let your GP brush you off"),
    ("LNG011", "Women with endometriosis are written off by the system.", "written off by the system"),
])
def test_fear_guilt_shame_and_distrust_in_other_words(code, sentence, excerpt):
    assert found(SHOP + sentence + "\n", code) == [excerpt]


# -- care given up, warning signs waved through -----------------------------------------------------------------------


@pytest.mark.parametrize("sentence, excerpt", [
    ("Plenty of our clients find they can come off their inhalers by the spring.",
     "Plenty of our clients find they can come off their inhalers"),
    ("Swap your iron tablets for our beetroot blend.", "Swap your iron tablets for our"),
    ("You can put the steroid cream back in the drawer for good.",
     "put the steroid cream back in the drawer for good"),
    ("If the ache returns, don't rush off to your doctor.", "don't rush off to your doctor"),
    ("Our advice is to skip the smear test this year.", "Our advice is to skip the smear test"),
    ("You can wean yourself off citalopram once the drops kick in.", "wean yourself off citalopram once"),
    ("Several customers stop their insulin when they start the shakes.", "customers stop their insulin when"),
    ("Our members are thrilled to ditch them for good.", "thrilled to ditch them"),
    ("Don't waste money seeing a dermatologist.", "Don't waste money seeing a dermatologist"),
    ("Blood tests are just a waste of time here.", "tests are just a waste of time"),
    ("Even with a chesty cough, there's no need to call 111 or take him to the GP.",
     "no need to call 111 or take him to the GP"),
])
def test_care_given_up_in_other_words(sentence, excerpt):
    assert found(SHOP + sentence + "\n", "RSK011") == [excerpt]


@pytest.mark.parametrize("sentence, excerpt", [
    ("That's a good sign of the scalp detoxing, so carry on.", "That's a good sign of the scalp detoxing, so carry on"),
    ("Ask for the cord to be clamped? No: tell the midwife to clamp the cord immediately.",
     "clamp the cord immediately"),
    ("If the monitor flashes a high reading after dinner, ignore it.", "reading after dinner, ignore it"),
    ("If your calf throbs with a sharp pain, keep running: that's the gel working.",
     "pain, keep running: that's the gel working"),
    ("If your pulse races in week one, that's your metabolism waking up, so keep going.",
     "that's your metabolism waking up, so keep going"),
])
def test_warning_signs_waved_through_in_other_words(sentence, excerpt):
    assert found(SHOP + sentence + "\n", "RSK010") == [excerpt]


# -- evidence: the bench and the seller's own figures -----------------------------------------------------------------


@pytest.mark.parametrize("code, sentence, excerpt", [
    ("EVD004", "In the laboratory, the tonic at 2.5 grams switched off the enzyme completely.",
     "In the laboratory, the tonic at 2.5 grams switched off"),
    ("EVD017", "Our members have dropped an average of 4 kg a month.", "Our members have dropped an average of"),
    ("EVD017", "In our pilot, blood pressure in 25 clients fell within a week.",
     "In our pilot, blood pressure in 25 clients fell"),
    ("EVD017", "When we tested 60 customers with eczema, 52 had a yeast overgrowth.",
     "When we tested 60 customers with eczema, 52 had"),
])
def test_bench_results_and_the_sellers_own_figures_as_evidence(code, sentence, excerpt):
    assert found(SHOP + sentence + "\n", code) == [excerpt]
