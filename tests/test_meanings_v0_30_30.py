"""The meanings v0.30.30 reads, from what sets 116-117 showed: results said to last in a clause of
their own, arteries cleaned out, protection guaranteed, a disease left with nowhere to live, signs
told as healing, products that replace medicine or are safe to drive with, offers held and rationed,
the provider's own data, superlatives against fifteen years, names in capitals for states of the
body, and the careful wordings beside them. Each sentence is written for this test; none comes from
an evaluation set."""

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
    # A question asked in a later clause leaves the claim before it asserted.
    ("Our balm clears eczema for good, so why wait?", "CLM005", "clears eczema for good"),
    ("The serum regrows thinning hair in six weeks, and the results last for life.", "CLM005",
     "regrows thinning hair in six weeks, and the results last for life"),
    ("Your new knee grows a fresh layer of cartilage, permanently.", "CLM005",
     "grows a fresh layer of cartilage, permanently"),
    ("The patches keep hay fever away all summer, guaranteed.", "CLM003", "keep hay fever away all summer, guaranteed"),
    ("You won't catch a single cold this winter, guaranteed.", "CLM003",
     "You won't catch a single cold this winter, guaranteed"),
    ("The gum shield is concussion-proof.", "CLM003", "is concussion-proof"),
    ("The pills are guaranteed to clear your acne within two months.", "CLM003",
     "are guaranteed to clear your acne within two months"),
    ("Every client who has finished the course has passed their gallstones without any pain.", "CLM003",
     "Every client who has finished the course has passed their gallstones without any pain"),
    ("Nearly all of our clients never need another session after the first course.", "CLM003",
     "Nearly all of our clients never need another session after the"),
    ("Seven out of ten children we treat start walking unaided within weeks.", "CLM003",
     "Seven out of ten children we treat start walking unaided within weeks"),
    ("The tonic unclogs your arteries in a month.", "CLM002", "unclogs your arteries"),
    ("The capsules dissolve arterial plaque.", "CLM002", "dissolve arterial plaque"),
    ("Cut out sugar and the tumour has nowhere to grow.", "CLM002", "the tumour has nowhere to grow"),
    ("Flush out the mould, and the asthma clears with it.", "CLM002", "and the asthma clears with it"),
    ("The drops erase tinnitus at its source.", "CLM002", "erase tinnitus at its source"),
    ("After the programme, your brain lesions simply disappear.", "CLM002", "your brain lesions simply disappear"),
    ("She has thrown out her nasal spray for good.", "CLM002", "thrown out her nasal spray for good"),
    ("Rub it in twice a day: that's just the nerves waking up.", "RSK010", "that's just the nerves waking up"),
    ("If your gums bleed, that's just the toxins leaving.", "RSK010", "that's just the toxins leaving"),
    ("If you feel weaker, that is the tumour starving.", "RSK010", "that is the tumour starving"),
    ("Keep going and push through any fatigue.", "RSK010", "push through any fatigue"),
    ("If your jaw aches, that's just the splint working.", "RSK010", "that's just the splint working"),
    ("The tea replaces your blood pressure tablets.", "RSK005", "replaces your blood pressure tablets"),
    ("Avoid the medication route at all costs.", "RSK005", "Avoid the medication route at all costs"),
    ("There is no burn risk at all.", "RSK002", "no burn risk at all"),
    ("It's fine to look straight into the lamp.", "RSK002", "fine to look straight into the lamp"),
    ("The headset is safe to use while driving.", "RSK002", "is safe to use while driving"),
    ("The drink is safe even for children who have asthma.", "RSK008", "safe even for children who have asthma"),
    ("It's fine if you're breastfeeding.", "RSK008", "fine if you're breastfeeding"),
    ("Add as many drops as feels right.", "RSK012", "Add as many drops as feels right"),
    ("Buy two tubs and we'll send a third completely free.", "COM009",
     "Buy two tubs and we'll send a third completely free"),
    ("Order today and get a free 2-month supply of our toner.", "COM002", "Order today and get a free 2-month supply"),
    ("We are holding our launch price until the end of May.", "COM007", "holding our launch price until"),
    ("Only 12 places in each intake.", "COM007", "Only 12 places in each intake"),
    ("I only take 8 new clients a month.", "COM007", "I only take 8 new clients a month"),
    ("The usual price is £600, but for the next 24 hours it's £400.", "COM007", "for the next 24 hours it's £400"),
    ("Message me for the discount code.", "COM002", "Message me for the discount code"),
    ("Choose our subscription plan to get a bottle every month.", "COM001", "Choose our subscription plan"),
    ("All our herbs are clinically studied.", "EVD002", "are clinically studied"),
    ("We've tested it on 300 customers, so the science speaks for itself.", "EVD002", "the science speaks for itself"),
    ("Healers have been steaming the lungs since the ancient Greeks.", "EVD003",
     "have been steaming the lungs since the ancient Greeks"),
    ("In lab tests, the spray removed 99% of germs from a tile.", "EVD004", "lab tests, the spray removed"),
    ("Rats with torn tendons walked again after the same injections.", "EVD004", "Rats with torn tendons walked again"),
    ("Our clinic data from 900 women shows the same result.", "EVD017", "Our clinic data from 900 women shows"),
    ("In a small study of 30 of our customers, wrinkles faded.", "EVD017", "study of 30 of our customers"),
    ("4.8 stars from 12,000 customers.", "EVD016", "4.8 stars from 12,000 customers"),
    ("It is the single best piece of kit I've bought in fifteen years.", "HYP001",
     "the single best piece of kit I've bought in fifteen years"),
    ("It is the most powerful tool anyone with arthritis will ever be given.", "HYP001",
     "the most powerful tool anyone with arthritis will ever be given"),
    ("This is a true turning point for people with psoriasis.", "HYP001", "true turning point"),
    ("Don't end up in a wheelchair like so many others.", "LNG010", "Don't end up in a wheelchair"),
    ("They are drugging our children into zombies.", "LNG010", "drugging our children into zombies"),
    ("Only people with diabetes get gum disease.", "FCT018", "Only people with diabetes get gum disease"),
    ("Men can't really have osteoporosis.", "FCT018", "Men can't really have osteoporosis"),
    ("She calls it Gut Sludge Overload, and the tea is the answer.", "TRM006", "Gut Sludge Overload"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    ("Stem cells cure MS, or do they?", "CLM001"),  # the question is about the claim itself
    ("Is it true that the balm clears eczema for good, and what does the trial say?", "CLM005"),
    ("Children grow fast, and the changes last.", "CLM005"),
    ("Membership is free for life.", "CLM002"),
    ("A stent opens the blocked artery.", "CLM002"),
    ("No pill dissolves arterial plaque.", "CLM002"),
    ("Casting can damage a growing child's nerves for life.", "CLM005"),
    ("A sore arm for a day or two is just the vaccine working.", "RSK010"),
    ("Do not push through fatigue: rest and pace yourself.", "RSK010"),
    ("Your specialist may replace your current drug with a biosimilar.", "RSK005"),
    ("It is not safe to drive after a night out.", "RSK002"),
    ("Our GP surgery has 40 appointments available each week for blood tests.", "COM007"),
    ("No helmet is concussion-proof.", "CLM003"),
    ("The team calls it Project Phoenix.", "TRM006"),
    ("Only one in ten people get glaucoma.", "FCT018"),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_page_that_sells(text, code) == []
    assert on_a_leaflet(text, code) == []


def test_a_page_that_asks_the_reader_to_join_today_sells():
    # No price symbol and no "order now": the membership joined today, with a code, is the sale, so
    # an animal result told on it is the product's evidence (EVD004 reads only pages that sell).
    page = ("# Feed your nerves\n\nIn a study in mice with nerve damage, the extract sped up repair.\n\n"
            "Join the Nerve Club membership today and your first month is half price with code NERVE50.\n")
    assert [f.code for f in lint_text(page, "a.md", overrides=Overrides(select=("EVD004",)))] == ["EVD004"]


def test_a_fact_after_a_colon_is_read_apart_from_the_myth_before_it():
    page = ("# MS explained\n\nMultiple sclerosis (MS) affects the brain and spinal cord.\n\n"
            "It is also a myth that MS is a young person's disease: MS usually starts after the age of 50.\n")
    hits = [f for f in lint_text(page, "a.md", overrides=Overrides(select=("FCT009",))) if f.line == 5]
    assert [(f.column, "ms-age-of-onset" in f.message) for f in hits] == [(56, True)]


def test_a_relative_figure_the_next_sentence_calls_relative_is_explained():
    page = ("# Screening\n\nAn explainer.\n\nIn the trials, deaths from the cancer fell by about 20% among people "
            "invited. That is a relative figure: the chance of dying of it was small to begin with.\n")
    assert lint_text(page, "a.md", overrides=Overrides(select=("EVD006",))) == []
    alone = "# Screening\n\nAn explainer.\n\nIn the trials, deaths from the cancer fell by about 20% among people invited.\n"
    assert [f.code for f in lint_text(alone, "a.md", overrides=Overrides(select=("EVD006",)))] == ["EVD006"]


def test_a_past_participle_after_a_comma_is_not_a_plan():
    page = ("---\ndate: 2026-01-27\n---\n\n# Stopping treatment\n\nThe best evidence comes from a trial, run in 120 "
            "practices and published in 2021.\n\nThe trial runs in 2024.\n")
    assert [f.line for f in lint_text(page, "a.md", overrides=Overrides(select=("TIM001",)))] == [9]
