"""The ten criterion rules (issue 13): for each, short articles written for these tests that satisfy
it, fail it and make it not applicable, with the exact verdict and evidence (line, column, end
line, end column, excerpt). One careful article and one hyped release go through the command line
(`--scorecard --format json`) whole; the rest through the API, one criterion at a time."""

import json
from pathlib import Path

import pytest

from helpers import run
from mslint.engine.registry import base_registry
from mslint.engine.scorecard import build_scorecard, criterion_rules
from mslint.model import CRITERIA, CATEGORIES
from mslint.reading import read_document


def judge(text: str, criterion: str, name: str = "article.md"):
    """(verdict, [(line, column, end_line, end_column, excerpt), ...]) of one criterion."""
    card = build_scorecard(read_document(name, text), base_registry())
    verdict = card.verdicts[criterion]
    return verdict.verdict, [(e.line, e.column, e.end_line, e.end_column, e.excerpt) for e in verdict.evidence]


def test_one_rule_per_criterion_in_its_own_code_range():
    rules = criterion_rules(base_registry())
    assert [rule.criterion for rule in rules] == list(CRITERIA)
    codes = {rule.criterion: rule.meta.code for rule in rules}
    assert codes == {"costs": "COM101", "benefits": "EVD101", "harms": "RSK101", "evidence-quality": "EVD102",
                     "disease-mongering": "HYP102", "funding": "COM102", "alternatives": "EVD103",
                     "availability": "EVD104", "novelty": "EVD105", "sensational-language": "HYP101"}
    for rule in rules:
        assert rule.meta.code.startswith(CATEGORIES[rule.meta.category])
        assert rule.meta.scope == "document" and rule.meta.severity.label == "info"
        assert any("HealthNewsReview" in reference for reference in rule.meta.references)


# -- costs ------------------------------------------------------------------------------------

def test_costs_satisfied_by_a_price_and_who_pays():
    text = "# Migraine spray\n\nThe nasal spray costs $45 a dose, and most insurers do not cover it.\n"
    assert judge(text, "costs") == ("satisfactory", [(3, 17, 3, 22, "costs"), (3, 23, 3, 26, "$45"),
                                                     (3, 44, 3, 52, "insurers")])


def test_costs_satisfied_by_saying_there_is_no_price_yet():
    text = "# Migraine spray\n\nThe spray is experimental, so no price has been set.\n"
    assert judge(text, "costs") == ("satisfactory", [(3, 31, 3, 39, "no price")])


def test_a_research_grant_is_not_a_price():
    text = "# Migraine spray\n\nA nasal spray eased migraine. The study was paid for by a $2 million grant.\n"
    assert judge(text, "costs") == ("not-satisfactory", [(1, 3, 1, 17, "Migraine spray")])


def test_what_a_disease_costs_society_is_not_the_price_of_its_treatment():
    text = ("# Back pain app\n\nBack pain costs the economy $80 billion each year.\n\n"
            "An exercise app eased back pain for many users.\n")
    assert judge(text, "costs")[0] == "not-satisfactory"


@pytest.mark.parametrize("sentence, evidence", [
    # One option's cost against another's, with no figure.
    ("The new cream is a good deal more expensive than the older one, the dermatologists said.",
     "more expensive than"),
    # Who pays, said of insurance in plain words.
    ("Few clinics offer the cream yet, and not every insurance plan will pay for it.", "insurance plan"),
    # What a product sells for, the subject a pronoun.
    ("It sells for $39 a tube at pharmacies.", "$39"),
    # A price put in words, with who pays it.
    ("A generic version costs the NHS a few pounds a month.", "costs the NHS"),
])
def test_costs_satisfied_by_a_comparison_cover_or_selling_price(sentence, evidence):
    text = "# Eczema cream\n\nA new steroid-free cream calmed eczema in a trial of 80 children. " + sentence + "\n"
    verdict, spans = judge(text, "costs")
    assert verdict == "satisfactory"
    assert evidence in [span[4] for span in spans]


def test_costs_not_applicable_without_an_intervention():
    text = "# Gardening and mood\n\nPeople who spend time in gardens often say they feel calmer.\n"
    assert judge(text, "costs") == ("not-applicable", [])


# -- benefits ---------------------------------------------------------------------------------

def test_benefits_satisfied_by_absolute_figures_side_by_side():
    text = ("# Fish oil\n\nOver five years, 3 of every 100 men who took fish oil capsules had a heart attack, "
            "compared with 4 of every 100 who took a dummy pill.\n")
    assert judge(text, "benefits") == ("satisfactory", [(3, 18, 3, 36, "3 of every 100 men"),
                                                        (3, 98, 3, 112, "4 of every 100")])


def test_two_results_in_one_sentence_are_a_comparison_without_a_comparison_word():
    text = ("# Transplant for MS\n\nIn a trial, disability worsened in 3 of 55 people after the transplant "
            "and in 34 of 55 who stayed on their drugs.\n")
    assert judge(text, "benefits") == ("satisfactory", [(3, 36, 3, 50, "3 of 55 people"), (3, 79, 3, 87, "34 of 55")])


def test_a_test_s_accuracy_is_an_absolute_result():
    text = "# Blood test\n\nThe blood test picked out cancer with 92 percent accuracy.\n"
    assert judge(text, "benefits")[0] == "satisfactory"


def test_a_difference_in_measured_units_and_an_outcome_out_of_everyone_treated_are_absolute():
    oat = ("# Oat drink and cholesterol\n\nAfter six weeks, those who drank the oat drink had 12 milligrams less "
           "cholesterol per decilitre and 4 grams more fibre a day than those who drank milk.\n")
    assert judge(oat, "benefits") == ("satisfactory", [(3, 52, 3, 70, "12 milligrams less"),
                                                       (3, 101, 3, 113, "4 grams more")])
    light = ("# Light therapy for winter low mood\n\nIn a trial of a light box, 17 of 30 adults with winter low mood "
             "recovered within a month.\n")
    assert judge(light, "benefits") == ("satisfactory", [
        (3, 28, 3, 74, "17 of 30 adults with winter low mood recovered")])


def test_relative_figures_alone_do_not_quantify_benefits_and_are_the_evidence():
    text = "# Fish oil\n\nMen who took fish oil capsules had a 30 percent lower risk of heart attack.\n"
    assert judge(text, "benefits") == ("not-satisfactory", [(3, 38, 3, 54, "30 percent lower")])


def test_how_common_a_disease_is_is_not_a_result():
    text = ("# Fish oil\n\nOne in three adults in the United States has heart disease, and 1 in 5 of them will "
            "have a heart attack. Fish oil capsules lowered the risk of heart attack.\n")
    assert judge(text, "benefits") == ("not-satisfactory", [(1, 3, 1, 11, "Fish oil")])


def test_benefits_not_applicable_without_an_intervention():
    text = "# Gardening and mood\n\nPeople who spend time in gardens often say they feel calmer.\n"
    assert judge(text, "benefits") == ("not-applicable", [])


# -- harms ------------------------------------------------------------------------------------

def test_harms_satisfied_by_named_and_counted_side_effects():
    text = "# Memory drug\n\nThe drug slowed memory loss. Side effects included nausea in 12 of 100 people and dizziness in 5.\n"
    assert judge(text, "harms") == ("satisfactory", [(3, 30, 3, 42, "Side effects"), (3, 52, 3, 58, "nausea"),
                                                     (3, 83, 3, 92, "dizziness")])


def test_a_tests_false_positives_are_its_harms():
    text = ("# Bowel cancer blood test\n\nThe blood test found 90 of 100 cancers. It also gave false positive "
            "results for 8 of every 100 healthy people, who then needed a colonoscopy.\n")
    assert judge(text, "harms") == ("satisfactory", [(3, 54, 3, 68, "false positive")])


@pytest.mark.parametrize("text", [
    # The disease's own harms.
    "# Memory drug\n\nThe drug slowed memory loss. Dementia raises the risk of falls and infections.\n",
    # Harms the drug is said to spare.
    "# Memory drug\n\nThe new drug causes fewer side effects than older drugs and reduces the risk of falls.\n",
    # Reassurance alone.
    "# Memory drug\n\nThe drug slowed memory loss and was generally safe and well tolerated.\n",
    # Harms denied, or asked about and never answered.
    "# Memory drug\n\nThe drug slowed memory loss with no side effects. Are there risks? Ask your doctor.\n",
    # The harms of the old treatment.
    "# Memory drug\n\nThe drug slowed memory loss. The side effects of current treatments can be severe.\n",
])
def test_harms_that_are_not_the_interventions_do_not_count(text):
    assert judge(text, "harms") == ("not-satisfactory", [(1, 3, 1, 14, "Memory drug")])


def test_harms_said_to_be_common_or_rare_are_explained():
    text = ("# Knee injections\n\nThe injections eased knee pain. The injections carry risks: pain and swelling for a few "
            "days are common, and infections are rare.\n")
    assert judge(text, "harms")[0] == "satisfactory"


def test_the_harms_listed_after_the_risks_of_an_operation_are_its_harms():
    text = ("# Knee surgery may be overused\n\nSurgeons perform many keyhole knee operations. The common risks of "
            "the surgery include infection, blood clots and stiffness.\n")
    assert judge(text, "harms") == ("satisfactory", [(3, 59, 3, 64, "risks"), (3, 88, 3, 97, "infection"),
                                                     (3, 99, 3, 110, "blood clots")])


def test_harms_named_in_passing_are_not_explained_and_the_card_says_so():
    from mslint.analysis.features import features
    from mslint.rules.criteria.harms import HarmsNotExplained

    text = "# Knee injections\n\nThe injections eased knee pain. They can have side effects.\n"
    assert judge(text, "harms") == ("not-satisfactory", [(3, 47, 3, 59, "side effects")])
    assessment = HarmsNotExplained().judge(features(read_document("a.md", text)))
    assert assessment.why.startswith("Harms of the intervention are named only in passing")


def test_harms_not_applicable_without_an_intervention():
    text = "# Heat waves\n\nHeat waves raise the risk of heart attacks in older people.\n"
    assert judge(text, "harms") == ("not-applicable", [])


# -- evidence quality -------------------------------------------------------------------------

def test_evidence_quality_satisfied_by_design_size_and_limits():
    text = ("# Berries and memory\n\nIn a randomised trial of 120 adults over 65, those who ate blueberries daily "
            "scored slightly higher on one memory test. The study was small and short, and the authors say larger "
            "trials are needed.\n")
    assert judge(text, "evidence-quality") == ("satisfactory", [
        (3, 6, 3, 16, "randomised"), (3, 26, 3, 36, "120 adults"), (3, 131, 3, 140, "was small"),
        (3, 172, 3, 185, "larger trials")])


def test_an_association_that_cannot_show_a_cause_is_a_stated_limitation():
    text = ("# Seaweed and blood pressure\n\nIn an observational study, 640 adults who ate seaweed snacks had slightly "
            "lower blood pressure. The findings only showed an association. The researchers cannot say the snacks "
            "caused the change.\n")
    assert judge(text, "evidence-quality") == ("satisfactory", [
        (3, 7, 3, 20, "observational"), (3, 28, 3, 38, "640 adults"), (3, 115, 3, 136, "showed an association"),
        (3, 154, 3, 164, "cannot say")])


def test_an_experiment_in_mice_with_no_caveat_does_not_convey_the_evidence():
    text = "# Coffee compound protects the brain\n\nA compound in coffee protected brain cells in mice.\n"
    assert judge(text, "evidence-quality") == ("not-satisfactory", [(3, 44, 3, 51, "in mice")])


def test_evidence_quality_not_applicable_when_no_research_is_reported():
    text = "# Gardening and mood\n\nPeople who spend time in gardens often say they feel calmer.\n"
    assert judge(text, "evidence-quality") == ("not-applicable", [])


# -- disease-mongering ------------------------------------------------------------------------

def test_alarm_piled_on_a_condition_is_disease_mongering():
    text = ("# Dry eye\n\nMillions of people suffer from dry eye disease without knowing it. This silent, "
            "devastating epidemic is a ticking time bomb.\n\nEye drops can help.\n")
    verdict, evidence = judge(text, "disease-mongering")
    assert verdict == "not-satisfactory"
    assert [excerpt for *_, excerpt in evidence] == ["Millions of people", "without knowing", "silent",
                                                     "devastating", "epidemic"]


def test_fear_of_waiting_is_disease_mongering_too():
    text = ("# Gum disease\n\nGum disease is a leading cause of tooth loss. Every month you wait, more bone is lost "
            "for ever, so book before it's too late.\n")
    verdict, evidence = judge(text, "disease-mongering")
    assert verdict == "not-satisfactory"
    # The alarm words and the fear appeal that holds them (LNG010's "every month you wait, more bone
    # is lost for ever") are one passage each.
    assert [excerpt for *_, excerpt in evidence] == [
        # (one finding per sentence and line since v0.30.9: the sentence's two alarms are one)
        "leading cause", "Every month you wait, more bone is lost for ever, so book before it's too late"]


def test_one_fear_appeal_about_the_condition_is_disease_mongering():
    text = ("# Living with psoriasis\n\nPsoriasis is a long-term skin condition. Don't let psoriasis keep you "
            "shut away indoors: our cream soothes the patches.\n")
    verdict, evidence = judge(text, "disease-mongering")
    assert verdict == "not-satisfactory"
    assert [excerpt for *_, excerpt in evidence] == ["Don't let psoriasis keep you shut away"]


def test_a_fear_appeal_quoted_to_dispute_it_is_not_mongering():
    text = ("# Living with psoriasis\n\nPsoriasis is a long-term skin condition. Adverts that say \"don't let "
            "psoriasis keep you shut away\" are wrong to frighten people: most live full lives.\n")
    assert judge(text, "disease-mongering")[0] == "satisfactory"


def test_a_plain_account_of_a_condition_is_not_mongering():
    text = ("# Dry eye\n\nDry eye disease is common in older adults and is usually mild. Eye drops ease it for "
            "most people.\n")
    assert judge(text, "disease-mongering") == ("satisfactory", [])


def test_disease_mongering_not_applicable_without_a_condition():
    text = "# Gardening and mood\n\nPeople who spend time in gardens often say they feel calmer.\n"
    assert judge(text, "disease-mongering") == ("not-applicable", [])


# -- funding ----------------------------------------------------------------------------------

def test_funding_satisfied_by_funder_and_ties():
    text = ("# Brain training app\n\nOlder adults who used the app scored higher on memory tests. The study was "
            "funded by the National Institute on Aging; the lead author is a paid adviser to the app's maker.\n")
    assert judge(text, "funding") == ("satisfactory", [(3, 66, 3, 85, "study was funded by"),
                                                       (3, 140, 3, 155, "paid adviser to")])


def test_a_news_story_can_meet_criterion_six_with_an_independent_source():
    text = ("# Brain training app\n\nOlder adults who used the app scored higher on memory tests. \"It is a small "
            "effect,\" said Dr. Lee, who was not involved in the study.\n")
    assert judge(text, "funding") == ("satisfactory", [(3, 104, 3, 133, "was not involved in the study")])


def test_an_editorial_beside_the_study_is_an_independent_source():
    text = ("# Vitamin K and bones\n\nWomen who took vitamin K lost less bone in a two-year study. The result is "
            "modest, according to an editorial accompanying the study.\n")
    assert judge(text, "funding") == ("satisfactory", [(3, 100, 3, 122, "editorial accompanying")])


@pytest.mark.parametrize("source", [
    "said Dr. Lee, a sleep researcher who has studied naps for a decade",
    "said an outside expert at a sleep clinic",
    "said Dr. Lee, who wasn't part of the trial",
])
def test_an_expert_from_outside_the_study_is_an_independent_source(source):
    # A story that asks someone who did not do the work: HealthNewsReview's criterion 6 for stories.
    text = ("# Afternoon naps\n\nAdults who napped for twenty minutes scored higher on a reaction test in a "
            f"study of 90 office workers. \"The effect is small and may not last,\" {source}.\n")
    assert judge(text, "funding")[0] == "satisfactory"


def test_a_researcher_who_did_the_study_is_not_an_independent_source():
    text = ("# Afternoon naps\n\nAdults who napped for twenty minutes scored higher on a reaction test in a "
            "study of 90 office workers. \"We were pleased,\" said Dr. Lee, who led the study.\n")
    assert judge(text, "funding")[0] == "not-satisfactory"


def test_a_pointer_to_disclosures_elsewhere_does_not_disclose():
    text = ("# Brain training app\n\nOlder adults who used the app scored higher on memory tests in a study. "
            "Funding and conflicts of interest are listed in the journal article.\n")
    assert judge(text, "funding") == ("not-satisfactory", [(3, 66, 3, 71, "study")])


# -- alternatives -----------------------------------------------------------------------------

def test_alternatives_satisfied_by_the_usual_treatment_and_a_comparison():
    text = ("# Nasal spray for migraine\n\nThe spray stopped migraine pain about as often as the triptan tablets "
            "that are the usual treatment.\n")
    assert judge(text, "alternatives") == ("satisfactory", [(3, 84, 3, 99, "usual treatment")])


def test_a_placebo_is_not_an_alternative():
    text = ("# Nasal spray for migraine\n\nThe spray stopped migraine pain in 60 of 100 people, compared with 20 of "
            "100 who used a placebo spray.\n")
    assert judge(text, "alternatives") == ("not-satisfactory", [(1, 3, 1, 27, "Nasal spray for migraine")])


@pytest.mark.parametrize("comparison", [
    "One group used the spray and the other group used placebo sprays.",
    "In mice, the spray worked as well as sumatriptan tablets.",
])
def test_the_other_arm_of_a_trial_or_an_animal_study_is_no_alternative(comparison):
    text = "# Nasal spray for migraine\n\nThe spray stopped migraine pain in 60 of 100 people. " + comparison + "\n"
    assert judge(text, "alternatives")[0] == "not-satisfactory"


# -- availability -----------------------------------------------------------------------------

def test_availability_satisfied_by_its_status():
    text = ("# Gene therapy for blindness\n\nA gene therapy restored some sight to 12 people. It is not approved and "
            "is available only in a trial at two hospitals.\n")
    assert judge(text, "availability") == ("satisfactory", [(3, 56, 3, 68, "not approved"),
                                                            (3, 73, 3, 85, "is available")])


def test_availability_not_established():
    text = "# Gene therapy for blindness\n\nA gene therapy restored some sight to 12 people, researchers reported.\n"
    assert judge(text, "availability") == ("not-satisfactory", [(1, 3, 1, 29, "Gene therapy for blindness")])


def test_a_page_that_sells_the_treatment_establishes_where_it_is_on_offer():
    text = ("# Knee injections\n\nOur stem cell injections ease knee pain. One injection costs £1,900; save £200 "
            "when you book two.\n")
    assert judge(text, "availability") == ("satisfactory", [(3, 62, 3, 68, "£1,900")])


def test_an_approval_no_regulator_gave_misstates_availability():
    text = ("# Knee injections\n\nOur stem cell shots are FDA-approved and ease knee pain. One injection "
            "costs £1,900; save £200 when you book two.\n")
    assert judge(text, "availability") == ("not-satisfactory", [(3, 25, 3, 37, "FDA-approved")])


def test_a_services_leaflet_to_its_patients_establishes_where_the_treatment_is_had():
    text = ("# Shoulder injections\n\nPatient information from the Shoulder Unit, Eastbrook NHS Trust.\n\n"
            "This leaflet explains your steroid injection for a frozen shoulder. The unit will check your shoulder "
            "after six weeks.\n")
    assert judge(text, "availability") == ("satisfactory", [(3, 1, 3, 20, "Patient information")])
    # A leaflet with no service behind it says nothing of where the injection is had ...
    text = "# Shoulder injections\n\nThis leaflet explains the steroid injection for a frozen shoulder.\n"
    assert judge(text, "availability") == ("not-satisfactory", [(1, 3, 1, 22, "Shoulder injections")])
    # ... and a service telling the reader "you will be given" it does.
    text = ("# Shoulder injections\n\nAfter the scan you will be given a steroid injection for your frozen "
            "shoulder.\n")
    assert judge(text, "availability") == ("satisfactory", [(3, 16, 3, 33, "you will be given")])


def test_availability_of_an_everyday_food_is_not_in_question():
    text = "# Walnuts and memory\n\nPeople who ate a handful of walnuts a day did better on a memory test.\n"
    assert judge(text, "availability") == ("not-applicable", [])


# -- novelty ----------------------------------------------------------------------------------

def test_novelty_established_by_what_came_before():
    text = ("# Magnetic pulses for depression\n\nMagnetic stimulation has been used for depression for more than a "
            "decade. This study tested a shorter schedule.\n")
    assert judge(text, "novelty") == ("satisfactory", [(3, 22, 3, 35, "has been used"),
                                                       (3, 51, 3, 73, "for more than a decade")])


def test_novelty_established_by_earlier_attempts_that_failed():
    text = ("# Cooled caps and hair loss\n\nA cooled cap kept more hair on women having chemotherapy in a new trial. "
            "Past efforts to cool the scalp failed, and doctors have not been able to prevent the hair loss with "
            "drugs.\n")
    assert judge(text, "novelty") == ("satisfactory", [(3, 74, 3, 86, "Past efforts"),
                                                       (3, 125, 3, 146, "have not been able to")])


def test_a_first_with_no_context_does_not_establish_novelty():
    text = ("# A first for depression\n\nFor the first time, doctors have used magnetic pulses to ease severe "
            "depression in a study, a novel approach.\n")
    assert judge(text, "novelty") == ("not-satisfactory", [(1, 5, 1, 10, "first"), (3, 1, 3, 19, "For the first time"),
                                                           (3, 95, 3, 100, "novel")])


def test_novelty_established_by_what_is_done_now_or_a_first_for_the_study():
    """v0.30.3: the care in use now, set beside the new, places the work; so does a first said of
    the study rather than of a cure ("one of the first trials to")."""
    now = ("# Shorter radiotherapy\n\nThe standard of care is five weeks of radiotherapy. The study tested "
           "one week instead.\n")
    assert judge(now, "novelty")[0] == "satisfactory"
    study = ("# Shorter radiotherapy\n\nThis is one of the first trials to test one week of radiotherapy "
             "against five.\n")
    assert judge(study, "novelty")[0] == "satisfactory"


def test_availability_read_from_long_use_and_from_not_yet():
    """v0.30.0: long use and not-yet say where the intervention stands."""
    old = "# Ear drops\n\nThe drops have traditionally been used for ear infections in children.\n"
    assert judge(old, "availability")[0] == "satisfactory"
    prototype = "# A sweat sensor\n\nThe sweat sensor that read glucose in 20 runners is a prototype.\n"
    assert judge(prototype, "availability")[0] == "satisfactory"


# -- sensational language ---------------------------------------------------------------------

def test_a_sensational_headline_and_quote():
    text = ("# Breakthrough pill for gout\n\nA new pill lowered uric acid in 40 adults with gout. \"This is a game "
            "changer,\" said the lead researcher.\n")
    assert judge(text, "sensational-language") == ("not-satisfactory", [(1, 3, 1, 15, "Breakthrough"),
                                                                        (3, 65, 3, 77, "game changer")])


def test_a_cure_claim_is_sensational_language():
    text = "# Jaw pain\n\nOur splint ends jaw pain for good. Order now for £40.\n"
    verdict, evidence = judge(text, "sensational-language")
    assert verdict == "not-satisfactory"
    assert [excerpt for *_, excerpt in evidence] == ["ends jaw pain for good"]


def test_a_cure_denied_is_not_sensational_language():
    text = "# Jaw pain\n\nNo splint ends jaw pain for good, and most jaw pain settles with time.\n"
    assert judge(text, "sensational-language") == ("satisfactory", [])


def test_denied_hype_and_a_regulators_term_are_not_sensational():
    text = ("# New pill for gout\n\nThe pill received the FDA's Breakthrough Therapy designation. \"It is not a "
            "breakthrough, but it is a useful option,\" said the lead researcher.\n")
    assert judge(text, "sensational-language") == ("satisfactory", [])


def _long_report(headline: str) -> str:
    """A 700-word report on a trial that weighs its evidence, with two red-flag words in quotes."""
    paragraph = ("In week {n}, the nurses measured uric acid in each of the 40 adults and asked about flares, "
                 "joint pain and any stomach upset. The trial compared the new pill with the usual dose of "
                 "allopurinol, and neither the patients nor the nurses knew which one a patient took. Eight "
                 "people stopped early, three of them because of a rash.\n\n")
    body = "".join(paragraph.format(n=n) for n in range(1, 13))
    return (f"# {headline}\n\n{body}\"The early numbers are remarkable,\" said the lead researcher. An "
            "outside rheumatologist called the design \"a dramatic improvement\" on earlier trials.\n")


def test_two_quoted_hype_words_do_not_set_the_tone_of_a_long_report():
    # Two in a short release make it sensational; in a 700-word report it takes one for every 300 words.
    assert judge(_long_report("A new pill for gout"), "sensational-language")[0] == "satisfactory"
    short = ("# A new pill for gout\n\nA new pill lowered uric acid in 40 adults. \"The early numbers are "
             "remarkable,\" said the lead researcher, who called it \"a dramatic improvement\".\n")
    assert judge(short, "sensational-language")[0] == "not-satisfactory"


def test_one_hype_word_in_the_headline_is_sensational_however_long_the_report():
    verdict, evidence = judge(_long_report("Breakthrough pill for gout"), "sensational-language")
    assert verdict == "not-satisfactory"
    assert [excerpt for *_, excerpt in evidence] == ["Breakthrough", "remarkable", "dramatic improvement"]


# -- the whole scorecard through the command line ---------------------------------------------

CAREFUL = """# Knee injections ease arthritis pain for some

A hyaluronic acid injection eased knee pain in a randomised trial of 240 adults with osteoarthritis.

After six months, 58 of 120 people who had the injection reported less pain, compared with 41 of 120 who had a saline injection.

Side effects were mild: 9 of the 120 had swelling at the injection site and 2 had a knee infection that needed antibiotics.

The injections cost about $300 each and most insurers cover one course a year.

The trial was funded by the National Institute on Aging; the lead author is a paid consultant to the maker.

Painkillers, exercise and physiotherapy are the usual treatments; the injection worked about as well as a course of physiotherapy in an earlier study.

The injection has been approved in the United States since 1997 and is available from orthopaedic clinics.

The trial was small and short, and the authors say larger studies are needed to know whether the benefit lasts.
"""


def test_a_careful_article_satisfies_every_applicable_criterion(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("careful.md").write_text(CAREFUL, encoding="utf-8")
    code, out, err = run("--scorecard", "--format", "json", "--no-cache", "careful.md")
    assert err == ""
    (card,) = json.loads(out)
    verdicts = {key: value["verdict"] for key, value in card["criteria"].items()}
    assert verdicts == {key: "satisfactory" for key in CRITERIA}
    assert card["score"] == {"satisfactory": 10, "applicable": 10}
    assert card["criteria"]["harms"]["evidence"] == [
        {"line": 7, "column": 1, "end_line": 7, "end_column": 13, "excerpt": "Side effects"},
        {"line": 7, "column": 42, "end_line": 7, "end_column": 50, "excerpt": "swelling"},
        {"line": 7, "column": 90, "end_line": 7, "end_column": 99, "excerpt": "infection"},
    ]
    assert card["criteria"]["costs"]["why"] == "The article says what the intervention costs or who pays for it."


HYPED = """Breakthrough pill could cure migraine

A revolutionary new pill stopped migraines in a study, researchers announced today.

"This is a game changer," said Dr. Ana Ruiz, who led the work.

People who took the pill had 50 percent fewer attacks than before. The pill is generally safe and well tolerated.
"""


def test_a_hyped_release_fails_and_the_findings_follow_the_verdicts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("hyped.txt").write_text(HYPED, encoding="utf-8")
    _, out, _ = run("--scorecard", "--format", "json", "--no-cache", "hyped.txt")
    (card,) = json.loads(out)
    failed = sorted(key for key, value in card["criteria"].items() if value["verdict"] == "not-satisfactory")
    assert failed == ["alternatives", "availability", "benefits", "costs", "evidence-quality", "funding", "harms",
                      "novelty", "sensational-language"]
    assert card["criteria"]["benefits"]["evidence"] == [
        {"line": 7, "column": 30, "end_line": 7, "end_column": 46, "excerpt": "50 percent fewer"}]
    # The same verdicts are findings at info severity, at the first piece of evidence.
    _, out, _ = run("--format", "concise", "--no-cache", "--min-severity", "info", "--select", "RSK101,EVD101,HYP101",
                      "hyped.txt")
    assert out.splitlines() == [
        "hyped.txt:1:1: HYP101 [info] The article uses sensational language that a study cannot justify.",
        "hyped.txt:1:1: RSK101 [info] An intervention is discussed, but none of its harms is named.",
        "hyped.txt:7:30: EVD101 [info] The benefits are given only as relative figures, with no absolute numbers.",
    ]


AVAILABILITY_OPENING = ("# Ring device eases knee pain\n\nA vibrating knee ring eased pain in 40 adults with arthritis "
                        "over eight weeks, researchers reported.\n\n")


@pytest.mark.parametrize("last,verdict", [
    # Where the treatment stands.
    ("The ring is not yet available outside the trial, and approval is years away.", "satisfactory"),
    # The research, the paper or another drug stands somewhere; the treatment does not.
    ("The hospital's ethics board approved the study in 2024.", "not-satisfactory"),
    ("The full paper is available to view in the journal's online edition.", "not-satisfactory"),
    ("Some also took celecoxib, an approved arthritis drug.", "not-satisfactory"),
    ("The team now plans a phase 2 trial with 120 people.", "not-satisfactory"),
])
def test_availability_is_said_of_the_treatment(last, verdict):
    assert judge(AVAILABILITY_OPENING + last + "\n", "availability")[0] == verdict


def test_a_sales_pages_package_price_is_a_cost():
    text = ("# Knee injections\n\nOur injections ease knee pain in one visit.\n\n"
            "Packages start at $2,400. Call today to book.\n")
    assert judge(text, "costs")[0] == "satisfactory"


def test_a_rate_with_and_without_the_intervention_is_its_result_not_background():
    text = ("# A flu vaccine for older adults\n\nIn a large trial, the vaccine cut flu by about half: roughly 30 "
            "cases per 1,000 people each winter without it, against 15 with it.\n")
    assert judge(text, "benefits")[0] == "satisfactory"


def test_harms_listed_after_the_article_says_the_treatment_has_risks():
    text = ("# A flu vaccine for older adults\n\nThe vaccine cut flu cases by half in a trial of 9,000 adults.\n\n"
            "It is not risk-free. Most people have a sore arm, and about 1 in 8 feel feverish for a day.\n")
    assert judge(text, "harms")[0] == "satisfactory"


def test_fear_and_a_hidden_enemy_are_sensational_language():
    text = ("# Ear drops\n\nTinnitus is a ticking time bomb, and Big Pharma doesn't want you to know about our drops."
            "\n\nThe drops contain ginkgo.\n")
    assert judge(text, "sensational-language")[0] == "not-satisfactory"


def test_a_selling_pages_price_is_what_the_intervention_costs():
    # The price sentence names no intervention; on a page that sells, it is still the price.
    text = ("# Winter drops\n\nOur elderberry drops soothe sore throats in children.\n\n"
            "Order now for £12.50 and get 10% off your second bottle.\n")
    verdict, spans = judge(text, "costs")
    assert verdict == "satisfactory"
    assert "£12.50" in [span[4] for span in spans]


def test_a_serious_disease_described_accurately_is_not_mongering():
    # Sepsis is life-threatening: words of severity describe it, and a normal state named beside
    # them (ageing) is not made a disease by that.
    text = ("# Sepsis in older people\n\nSepsis is a life-threatening reaction to an infection, and ageing makes "
            "it more likely. A new blood test measured two markers in 300 patients.\n")
    assert judge(text, "disease-mongering")[0] == "satisfactory"


def test_one_inflating_word_beside_a_normal_state_is_mongering():
    text = ("# Hot flushes\n\nMenopause symptoms are rampant in women over 45. Our patch was tested in 60 women.\n")
    verdict, evidence = judge(text, "disease-mongering")
    assert verdict == "not-satisfactory"
    assert [excerpt for *_, excerpt in evidence] == ["Hot flushes", "Menopause", "rampant"]


def test_one_term_of_severity_said_again_is_not_a_pile():
    # A screening story that keeps naming the group "at risk" repeats one term; it does not pile
    # alarm on the condition, and neither does a story that keeps calling a crisis by its name.
    text = ("# Screening for lung cancer\n\nA yearly scan is offered to smokers at risk. Those at risk are "
            "invited by letter. People at risk who decline can ask again later. The scan takes ten minutes.\n")
    assert judge(text, "disease-mongering")[0] == "satisfactory"


def test_one_inflating_word_said_again_is_one_inflation():
    text = ("# Knee pain\n\nKnee surgery rates are soaring. Knee replacements are soaring too, surgeons say. "
            "A new brace was tested in 80 adults.\n")
    assert judge(text, "disease-mongering")[0] == "satisfactory"


def test_severity_piled_into_three_sentences_is_mongering():
    text = ("# Kidney stones\n\nKidney stones are a leading cause of emergency visits. They can be debilitating. "
            "Left alone they can be life-threatening. A new drink dissolves them, the company says.\n")
    verdict, evidence = judge(text, "disease-mongering")
    assert verdict == "not-satisfactory"
    assert [excerpt for *_, excerpt in evidence] == ["leading cause", "debilitating", "life-threatening"]
