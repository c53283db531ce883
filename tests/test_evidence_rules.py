"""Evidence rules (EVD001-EVD006): behaviour beyond the documented examples."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.engine.runner import ActiveRule, check_document
from mslint.reading import read_document
from mslint.engine.registry import base_registry
from mslint.rules.evidence import (
    AnimalToHumanLeap,
    RelativeRiskOnly,
    TestimonialAsEvidence,
    UnnamedResearch,
    UnquantifiedBenefit,
    evidence_rules,
)


def run(rule, text, path="example.md"):
    document = read_document(path, text)
    active = ActiveRule(rule, rule.meta.severity, dict(rule.default_options))
    return [f for f in check_document(document, [active], report_unused=False).findings if f.code == rule.meta.code]


def excerpts(rule, text, path="example.md"):
    return [f.excerpt for f in run(rule, text, path)]


def test_registration_function():
    assert [rule.meta.code for rule in evidence_rules()] == ["EVD001", "EVD003", "EVD004", "EVD005", "EVD006"]


# -- EVD001 unnamed research -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Studies show that stem cells repair myelin.",
    "Numerous studies have shown that our infusions work.",
    "Science has proven that diet matters.",
    "Doctors agree: this is the best option.",
    "Research proves it. The HSCT trial results speak for themselves.",  # "HSCT trial" names nothing
])
def test_unnamed_research_fires(text):
    assert len(run(UnnamedResearch(), text)) == 1


@pytest.mark.parametrize("text", [
    "Studies show fewer relapses after transplant (Muraro 2017).",
    "Studies show fewer relapses after transplant [3].",
    "Research shows it works. The trial, published in Neurology, enrolled 110 people.",
    "Studies show fewer relapses, as Burt et al. reported.",
    "Research shows that AHSCT helps, doi:10.1001/jama.2018.18070.",
    "Studies show fewer relapses in the MIST trial.",
    "Research has shown benefit in a 2019 trial of 110 people.",
    "Studies show [a benefit](https://example.org/paper) after transplant.",
    "## What the evidence shows",
    "These studies show a benefit.",
    "The data show a trend.",
    "No studies show that injections repair myelin.",
    "Do studies show that diet matters?",
    "Clinics claim that studies show their cells work.",
    "Early studies suggest a benefit.",
])
def test_unnamed_research_silent(text):
    assert run(UnnamedResearch(), text) == []


def test_a_summary_whose_study_the_body_names_is_not_an_appeal():
    # The lede says "studies show"; the body names the study: the reader can find it.
    text = "Studies show that transplants work.\n\nA 2019 trial in JAMA (Burt et al.) enrolled 110 people.\n"
    assert excerpts(UnnamedResearch(), text) == []


def test_proof_needs_its_citation_in_its_own_paragraph():
    text = "Research proves that transplants work.\n\nA 2019 trial in JAMA (Burt et al.) enrolled 110 people.\n"
    assert excerpts(UnnamedResearch(), text) == ["Research proves"]


@pytest.mark.parametrize("text", [
    # news that names its study: a passing "previous studies have shown" is background
    "The trial, published in The Lancet, enrolled 400 women.\n\nPrevious studies have shown that yoga helps.",
    # research already described
    "The team followed 900 people. The studies showed that walking lowered blood pressure.",
    "A new look at the medical evidence shows zinc may shorten colds.",
    # what the studies show is not a treatment claim
    "Studies have shown that light influences serotonin pathways in the brain.",
    # a named speaker is the source
    "\"Many studies show that the drug could help people with ADHD,\" he says.",
])
def test_unnamed_research_in_careful_news_is_silent(text):
    assert run(UnnamedResearch(), text) == []


# -- EVD002 certainty overstatement (declarative) ----------------------------------------

def certainty(text):
    rule = base_registry().get("EVD002")
    return run(rule, text)


@pytest.mark.parametrize("text", [
    "It is scientifically proven.",
    "Our treatment is proven to halt progression.",
    "It has been proven safe and effective.",
    "This proves that the cells work.",
    "We have undeniable proof.",
])
def test_certainty_fires(text):
    assert len(certainty(text)) == 1


@pytest.mark.parametrize("text", [
    "It has not been proven to work.",
    "Scientists have proven that it works.",  # EVD001's
    "The PML was biopsy-proven.",
    "Is it clinically proven?",
    "There is no conclusive evidence that it helps.",
])
def test_certainty_silent(text):
    assert certainty(text) == []


# -- EVD003 testimonials -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "\u201cI threw away my cane after two weeks,\u201d says Ana.",
    "\"I came in with a walker and left dancing.\" - Tomasz",
    "\"Before Renew I was wheelchair-bound. Now I garden every weekend,\" says Marcus.",
    "It worked for me.",
    "My cousin tried it last year and is now symptom-free.",
    "Other patients at the clinic call the treatment life-changing.",
    "Thousands of patients have regained their mobility.",
    # Typicality claims: one story offered as what others get.
    "Results like Maria's are typical of what our patients experience.",
    "Her recovery is not unusual, and it can be yours too.",
    "If it worked for someone my age, it will work for you.",
    "Most of our patients see similar results within a month.",
    # What the seller's customers report.
    "In a survey, 94% of wearers reported less pain after one week.",
    "Most of our readers tell us their fatigue has vanished.",
    "Thousands of happy clients can't be wrong.",
])
def test_testimonial_fires(text):
    assert len(run(TestimonialAsEvidence(), text)) == 1


@pytest.mark.parametrize("text", [
    "Testimonials such as \"I threw away my cane\" are not evidence.",
    "Clinic websites post testimonials like \"it worked for me\".",
    "My sister has MS too.",
    "I still use my cane on bad days.",
    "Did you throw away your cane?",
    "Many patients report fatigue as their worst symptom.",
    "Results like Maria's are not typical, and most people improve less.",
    "Her recovery was unusual: most people in the trial improved less.",
    "Priya's story is not unusual: many toddlers with a milk allergy lose it by school age.",
    "In the trial, 41% of participants on the drug reported less pain, against 28% on placebo.",
    "About 30% of people with MS report bladder problems.",
])
def test_testimonial_silent(text):
    assert run(TestimonialAsEvidence(), text) == []


# -- EVD004 animal to human --------------------------------------------------------------

def test_leap_in_the_same_sentence():
    text = "The compound restored movement in rats and will work in people with MS too."
    assert excerpts(AnimalToHumanLeap(), text) == ["will work in people"]


def test_leap_after_the_animal_sentence():
    text = "In mice, the cells rebuilt myelin. This means patients can expect to walk again."
    assert excerpts(AnimalToHumanLeap(), text) == ["patients can expect to walk again"]


@pytest.mark.parametrize("text", [
    "The cells rebuilt myelin in mice, but it is not known whether they will work in humans.",
    "Results in mice do not always carry over to people.",
    "In mice the drug helped. Researchers hope it may one day help people with MS.",
    "In a trial of 120 people, the drug will help patients decide.",
    "In mice the drug helped.\n\nThe drug will help patients with relapsing MS, the trial in 800 people showed.",
])
def test_leap_silent(text):
    assert run(AnimalToHumanLeap(), text) == []


def test_a_cell_therapy_made_at_the_bench_is_not_a_bench_result():
    # On a page that sells, a bench result is offered to people; how the cells are made is not one (v0.30.17).
    made = ("# CAR-T abroad\n\nYour own white cells are collected from a vein. In the laboratory, the T cells are "
            "given a new receptor that finds the faulty immune cells. Book now for €40,000.\n")
    result = ("# CAR-T abroad\n\nYour own white cells are collected from a vein. In the laboratory, the new cells "
              "cleared every faulty immune cell within a day. Book now for €40,000.\n")
    select = Overrides(select=("EVD004",))
    assert [f.code for f in lint_text(made, "a.md", overrides=select)] == []
    assert [f.code for f in lint_text(result, "a.md", overrides=select)] == ["EVD004"]


# -- EVD005 unquantified benefit ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Patients saw significant improvements.",
    "Walking improved dramatically.",
    "The therapy brought major gains in balance.",
])
def test_unquantified_fires(text):
    assert len(run(UnquantifiedBenefit(), text)) == 1


@pytest.mark.parametrize("text", [
    "Patients saw significant improvements: walking speed rose by 20%.",
    "Patients saw significant improvements. Half walked faster after a year.",
    "There was no significant improvement in disability.",
    "MS can cause significant disability.",
    "The drug has significant side effects.",
    "Exercise can make a real difference to fatigue.",
])
def test_unquantified_silent(text):
    assert run(UnquantifiedBenefit(), text) == []


# -- EVD006 relative risk only -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The drug cuts relapses by 50%.",
    "People on the drug had 45% fewer relapses.",
    "Vitamin D halves the relapse rate.",
    # absolute numbers of another study, two sentences away, do not count
    "In the trial, 3 of 55 people worsened. The infusions also helped fatigue. A newer analysis says it cuts relapses by 70%.",
])
def test_relative_fires(text):
    assert len(run(RelativeRiskOnly(), text)) == 1


@pytest.mark.parametrize("text", [
    "The drug cut relapses by 50%, from 0.4 to 0.2 a year.",
    "Relapses fell by 50%. On the drug, 12 of 100 people relapsed, against 24 of 100 on placebo.",
    "On the drug 18% relapsed, against 36% on placebo. That is a 50% reduction.",
    "The drug did not cut relapses by 50%.",
    "The risk rose by 50%, to 3 in 1,000 people.",
])
def test_relative_silent(text):
    assert run(RelativeRiskOnly(), text) == []


@pytest.mark.parametrize("text", [
    # A headline names the drug by its class; the body gives its arms' rates of the same outcome.
    "# Kidney drug Renavex said to cut death risk by 30%\n\nThe trial ran for three years.\n\n"
    "By the end, 14 percent of people taking Renavex had died, compared with 20 percent of those on the older drug.",
    # The outcome counted in people: "about 6,000 women were diagnosed" against the number expected.
    "Women who skipped screening were twice as likely to be diagnosed with late-stage bowel cancer.\n\n"
    "The clinic notes were checked.\n\nLast year about 6,000 local women were diagnosed with bowel cancer, "
    "against 9,000 projected without screening.",
    # A placebo is the comparator, not the sentence's subject: the absolute figures are the drug's.
    "In the trial, 4 of 200 people on Lorvia developed breast cancer, against 9 of 200 on placebo.\n\n"
    "The team reported a 55 percent reduction in breast cancer compared with women who took a placebo.",
    # Survival time is the absolute side of a relative cut in deaths.
    "Patients on the combination lived about five months longer on average than those on chemotherapy alone. "
    "They were 40% less likely to die within a year.",
])
def test_relative_with_absolute_numbers_elsewhere(text):
    assert run(RelativeRiskOnly(), text) == []


@pytest.mark.parametrize("text", [
    # In the body a class name is the class as a whole, whose numbers are not this drug's.
    "Kidney drugs are taken by 12% of adults over 70.\n\nRenavex cuts the risk of death by 30%.",
    # "the modest absolute benefit" with no number is no absolute figure.
    "Patients on the drug were 15 percent less likely to have another heart attack.\n\n"
    "Critics said the modest absolute benefit could not justify the price.",
    # A second relative figure is not the first one's absolute numbers.
    "Women on the device had a 60 percent reduction in heart failure compared with a 30 percent decline in men.",
    # The headline's own "by 28% among men" is its relative figure, not an absolute rate.
    "# Pills cut the risk of dying from heart disease by 28% among men\n\n"
    "Over 20 years there was also a 20% reduced risk of dying from heart disease.",
])
def test_relative_without_absolute_numbers_of_its_own(text):
    assert len(run(RelativeRiskOnly(), text)) >= 1


@pytest.mark.parametrize("text", [
    "My friend went with me to the appointment.",
    "Now I work from home three days a week.",
    "I wish I could walk again without pain.",
    "Some people walk without a cane for decades.",
])
def test_everyday_first_person_sentences_are_not_testimonials(text):
    assert run(TestimonialAsEvidence(), text) == []


@pytest.mark.parametrize("text", [
    "I was walking within a week of my knee injection, and you will be too.",
    "My pain was gone in days. So can you be pain-free.",
    "The shots gave me my knees back. This could be you.",
])
def test_a_story_offered_as_the_readers_result(text):
    assert len(run(TestimonialAsEvidence(), text)) == 1


def test_a_typical_result_needs_a_story():
    assert run(TestimonialAsEvidence(), "Most people walk within a week, and you will be too.") == []


def test_before_and_after_story():
    text = "Before the treatment I used a walker. Now I hike every Sunday."
    assert excerpts(TestimonialAsEvidence(), text) == ["Now I hike"]


def test_customer_reports_have_their_own_message():
    [finding] = run(TestimonialAsEvidence(), "Of the buyers we asked, 92% of customers reported better sleep.")
    assert finding.message == ("Customer reports, popularity or tradition offered as evidence: \"92% of customers "
                               "reported better\"; with no comparison group, they cannot show that a treatment works")
    assert (finding.line, finding.column) == (1, 25)


@pytest.mark.parametrize("text,expected", [
    # Research named only by where it was done or by its authors' standing.
    ("Scientists at top universities have confirmed that the formula protects nerve cells.",
     ["Scientists at top universities have confirmed"]),
    ("Leading cardiologists now recommend daily magnesium to prevent heart disease.",
     ["Leading cardiologists now recommend"]),
    # A count of studies in place of any of them; without a count it introduces the research.
    ("The treatment is backed by more than 40 published studies.", ["backed by more than 40 published studies"]),
    ("The trial results have since been supported by studies of vaccinated people in everyday practice.", []),
    ("Scientists at a leading university have confirmed the finding (Okafor 2021).", []),
    # A figure is the effect an appeal carries.
    ("Clinical studies show a 300% increase in collagen.", ["Clinical studies show"]),
    # A consensus of sources named by their standing, and a growing crowd, assert proof.
    ("Top cardiologists agree.", ["Top cardiologists agree"]),
    ("More and more dermatologists are quietly recommending the cream.",
     ["More and more dermatologists are quietly recommending"]),
    # A journalist's summary of settled background is not an appeal; nor is a crowd doing something else.
    ("Experts agree that most adults sleep too little.", []),
    ("More and more doctors are using video calls.", []),
    # Benefits in everyday words: lives saved, more energy.
    ("Studies show that regular screening saves lives.", ["Studies show"]),
    ("Studies show that people who take magnesium feel more energetic.", ["Studies show"]),
])
def test_appeals_to_prestige_and_counts_of_studies(text, expected):
    assert excerpts(UnnamedResearch(), text) == expected


@pytest.mark.parametrize("text,expected", [
    ("91% of NovaKnee users reported less pain after one month.", ["91% of NovaKnee users reported"]),
    # Reported against a placebo: a trial's figures, not a survey of buyers.
    ("About 18% of Lunara users reported dizziness, compared with 8% of women who took a placebo.", []),
    ("Most customers notice steadier walking within six weeks.", ["Most customers notice"]),
    ("Our own patients report an average 75% improvement in pain.", ["Our own patients report an average 75%"]),
    ("In our own follow-up, 91% of patients were walking further.", ["In our own follow-up, 91% of"]),
])
def test_customer_reports_with_the_product_named(text, expected):
    assert excerpts(TestimonialAsEvidence(), text) == expected


def _pack_codes(text, prefix):
    from mslint.api import lint_text
    from mslint.engine.planner import Overrides

    return [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=(prefix,)))]


@pytest.mark.parametrize("text,expected", [
    ("We have a 96% success rate across more than 3,000 patients.",
     [("EVD007", "a 96% success rate across more than 3,000 patients")]),
    ("Our clinic reports a 98.5% success rate.", [("EVD007", "a 98.5% success rate")]),
    ("Success, defined as walking without a stick a year later, was 68% in the trial.", []),
    ("Clinics that advertise a 99% success rate rarely say how they counted it.", []),
    ("The device is clinically validated to spot an irregular heartbeat.", [("EVD002", "clinically validated to")]),
    ("The drip flushes toxins from your liver.", [("EVD008", "flushes toxins")]),
    ("Up to 90% of all disease starts in the gut.", [("EVD008", "90% of all disease starts in the gut")]),
    ("A stem-cell transplant aims to reboot the immune system.", []),
    ("There is no evidence that detox teas flush toxins from the body.", []),
])
def test_success_rates_and_validation_claims(text, expected):
    assert _pack_codes(text, "EVD00") == expected


@pytest.mark.parametrize("text,expected", [
    # A problem gone from one's own body, or kept away since: told as the product's result.
    ("My age spots have completely disappeared.", ["My age spots have completely disappeared"]),
    ("Since I started the tablets I haven't had a single cold.", ["Since I started the tablets I haven't had a single cold"]),
    ("The drops have stopped my migraines for good.", ["The drops have stopped my migraines for good"]),
    ("It feels like I've been given a brand new hip.", ["It feels like I've been given a brand new hip"]),
    ("I look 50 again, and I am 63.", ["I look 50 again"]),
    ("The proof is in my bloodwork.", ["The proof is in my bloodwork"]),
    ("I was due for a knee replacement and cancelled it after my fourth injection.", ["cancelled it after"]),
    # Not a health result, not one's own body, or a proven drug doing its job.
    ("My savings have disappeared.", []),
    ("A seat belt saved my life, she said.", []),
    ("I haven't had a relapse since I started the infusions.", []),
])
def test_recovery_stories_in_other_words(text, expected):
    assert excerpts(TestimonialAsEvidence(), text) == expected
