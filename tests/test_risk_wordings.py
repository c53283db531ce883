"""Harms played down and proven care made optional, in wordings of their own."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def codes(text: str, selector: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=(selector,)))]


def test_mild_and_rare_side_effects_with_no_number_are_played_down():
    text = "# Capsules\n\nThe capsules ease joint pain. In our pilot, side effects were mild and rare.\n"
    assert codes(text, "RSK004") == [("RSK004", "side effects were mild and rare")]


def test_mild_and_rare_with_the_numbers_is_an_explanation():
    text = ("# Capsules\n\nThe capsules ease joint pain. Side effects were mild and rare: 3 of 80 people had "
            "an upset stomach and 1 a rash.\n")
    assert codes(text, "RSK004") == []


@pytest.mark.parametrize("sentence, excerpt", [
    ("With the app you can safely skip your yearly eye test.", "you can safely skip your yearly eye test"),
    ("There is no need to vaccinate a child who rarely gets ill.", "no need to vaccinate"),
])
def test_proven_care_made_optional(sentence, excerpt):
    assert codes("# A page\n\n" + sentence + "\n", "RSK006") == [("RSK006", excerpt)]


@pytest.mark.parametrize("sentence", [
    "If your last three tests were clear, your GP may advise that you can skip your yearly eye test.",
    "Is there any reason to vaccinate a healthy child? Yes: measles can kill.",
    "Do not skip your smear test because you feel well.",
])
def test_care_left_to_a_doctor_or_denied_is_not_flagged(sentence):
    assert codes("# A page\n\n" + sentence + "\n", "RSK006") == []



PSYCHEDELIC = ("# A trial of ecstasy for PTSD\n\nIn the trial, ecstasy therapy improved symptoms of PTSD. "
               "The therapy brought lasting relief to most patients.\n\n")


def test_a_drugs_street_name_is_the_drug_whose_harms_are_named():
    assert codes(PSYCHEDELIC, "RSK001") != []  # praised, with no harm named
    warned = PSYCHEDELIC + "Taken at parties, ecstasy may cause anxiety and depression for days after.\n"
    assert codes(warned, "RSK001") == []


@pytest.mark.parametrize("sentence, selector, excerpt", [
    ("With the drops you can drop your evening insulin injections.", "RSK005", "you can drop your evening insulin injections"),
    ("After the course, most users were able to stop their HRT within months.", "RSK005", "able to stop their HRT"),
    ("With these reading glasses there is no need to visit an optician.", "RSK006",
     "there is no need to visit an optician"),
    ("Gargle with it daily and you don't need a dentist.", "RSK006", "you don't need a dentist"),
    ("With the patch there is no need to visit a physiotherapist.", "RSK006",
     "there is no need to visit a physiotherapist"),
    ("You no longer need to worry about smear tests.", "RSK006", "You no longer need to worry about smear tests"),
])
def test_care_made_optional_in_plain_words(sentence, selector, excerpt):
    assert codes("# The product\n\n" + sentence + "\n", selector) == [(selector, excerpt)]


@pytest.mark.parametrize("sentence, selector", [
    ("You don't need a doctor's note to buy it at the pharmacy.", "RSK006"),
    ("After the course, patients felt they did not need to see a doctor for every cold.", "RSK006"),
    ("In the trial, 12 of the 40 patients were able to stop their insulin.", "RSK005"),
    ("All seven had fewer relapses, and all were able to stop steroid tablets by the end.", "RSK005"),
    ("Do not stop your injections without talking to your neurologist.", "RSK005"),
])
def test_paperwork_a_studys_finding_or_a_warning_is_not(sentence, selector):
    assert codes("# The product\n\n" + sentence + "\n", selector) == []


@pytest.mark.parametrize("sentence, selector, excerpt", [
    ("There is zero risk of infection or complications.", "RSK002", "zero risk of infection or complications"),
    ("You can't overdose on these gummies.", "RSK002", "can't overdose"),
    ("Take as many as you like: with this tonic there is no such thing as too much.", "RSK002", "no such thing as too much"),
    ("The tincture won't interact with your other medication.", "RSK002", "won't interact with your other medication"),
    ("Reactions are uncommon and always short-lived.", "RSK002", "Reactions are uncommon and always short-lived"),
    ("With the home kit there's no need for routine blood tests.", "RSK006", "no need for routine blood tests"),
    ("There is no need for goggles during the session.", "RSK006", "no need for goggles"),
    ("Once you wear the band there is no need for routine hearing tests.", "RSK006", "no need for routine hearing tests"),
])
def test_harms_and_checks_waved_away(sentence, selector, excerpt):
    assert codes("# The product\n\n" + sentence + "\n", selector) == [(selector, excerpt)]


@pytest.mark.parametrize("sentence, selector", [
    # A named harm that truly does not apply is a fact, not a blanket denial.
    ("With your own marrow there is zero risk of graft-versus-host disease.", "RSK002"),
    ("It is possible to overdose on paracetamol, so keep to the dose.", "RSK002"),
    ("St John's wort can interact with your other medication.", "RSK002"),
])
def test_a_named_harm_that_does_not_apply_or_a_warning_is_not(sentence, selector):
    assert codes("# The product\n\n" + sentence + "\n", selector) == []


@pytest.mark.parametrize("sentence, excerpt", [
    ("Dozens of our members have quietly come off their statins.", "members have quietly come off their statins"),
    ("After a month of the drops she binned her inhaler.", "binned her inhaler"),
    ("Parents can stop their baby's reflux medicine once the formula arrives.", "can stop their baby's reflux medicine"),
])
def test_stopping_told_as_what_others_did(sentence, excerpt):
    assert codes("# The product\n\n" + sentence + "\n", "RSK005") == [("RSK005", excerpt)]


def test_a_trials_washout_is_not_advice_to_stop():
    text = "# The trial\n\nBefore the scan, participants had stopped their usual medication for two weeks.\n"
    assert codes(text, "RSK005") == []


def test_a_real_advantage_weighed_against_the_risks_is_not_a_denial():
    text = ("# The graft\n\nSince the skin comes from your own thigh there is no risk of your immune system attacking "
            "it, though that does not make surgery risk-free: infection and bleeding can happen.\n")
    assert codes(text, "RSK002") == []


@pytest.mark.parametrize("sentence, selector, excerpt", [
    ("The capsules mix safely with any other medicine.", "RSK002", "mix safely with any other medicine"),
    ("With our laser, scarring is now a thing of the past.", "RSK002", "scarring is now a thing of the past"),
    ("The drip is suitable for everyone.", "RSK002", "suitable for everyone"),
    ("It's fine to put your baby down on their front with the monitor on.", "RSK002",
     "fine to put your baby down on their front"),
    ("Half our readers have switched their statins for the oil.", "RSK005", "switched their statins"),
    ("You can skip your evening insulin on treatment days.", "RSK005", "You can skip your evening insulin"),
    ("We do not need a patch test before the dye.", "RSK006", "We do not need a patch test before"),
    ("After the course I called off my knee replacement.", "RSK006", "called off my knee replacement"),
])
def test_more_harms_waved_away_and_care_dropped(sentence, selector, excerpt):
    assert codes("# The product\n\n" + sentence + "\n", selector) == [(selector, excerpt)]


@pytest.mark.parametrize("sentence, excerpt", [
    ("In fifteen years there has not been one recorded infection from our cupping sessions.",
     "there has not been one recorded infection from"),
    ("Our surgeons have never had a single complication with the laser.", "Our surgeons have never had a single complication"),
    ("Nobody has ever been made ill by our fermented tea.", "Nobody has ever been made ill by"),
    ("Zero complications in 6,000 treatments so far.", "Zero complications in 6,000 treatments"),
])
def test_a_perfect_safety_record_is_claimed(sentence, excerpt):
    assert codes("# A page\n\n" + sentence + "\n", "RSK007") == [("RSK007", excerpt)]


@pytest.mark.parametrize("sentence", [
    "No deaths were reported among the 300 people in the trial.",
    "There has never been a proper trial of cupping for back pain.",
    "Is it true that nobody has ever been harmed by it? No: infections and burns are reported.",
    "The spa insists not one client has ever been harmed by its infusions, but it keeps no records.",
])
def test_an_outcome_a_question_or_a_disputed_record_is_not_flagged(sentence):
    assert codes("# A page\n\n" + sentence + "\n", "RSK007") == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    ("In our pilot, complications were negligible.", "RSK004", "complications were negligible"),
    ("The laser is extremely gentle on the skin.", "RSK004", "extremely gentle"),
    ("With our programme you can safely skip radiotherapy.", "RSK006", "you can safely skip radiotherapy"),
    ("Most of our clients decided to give up insulin within a month.", "RSK006",
     "our clients decided to give up insulin"),
    ("You don't need to wait months for a specialist consultation: book today.", "RSK006",
     "don't need to wait months for a specialist consultation"),
])
def test_harms_waved_away_and_proven_care_made_optional_in_other_words(sentence, code, excerpt):
    assert codes("# A page\n\n" + sentence + "\n", code) == [(code, excerpt)]


@pytest.mark.parametrize("sentence, code", [
    ("The cohort study concluded that the risk was negligible for most infants.", "RSK004"),
    ("Complications were negligible: 2 of 400 patients had a minor infection.", "RSK004"),
    ("The trial found that women with low-risk tumours can safely skip chemotherapy.", "RSK006"),
])
def test_a_studys_finding_or_a_counted_harm_is_not_waved_away(sentence, code):
    assert codes("# A page\n\n" + sentence + "\n", code) == []


@pytest.mark.parametrize("sentence, expected", [
    # "see a doctor" inside a sentence saying one is not needed is not advice to see one.
    ("Wear the ring: you won't need a doctor for a racing heart.",
     [("RSK006", "you won't need a doctor")]),
    ("Skip the cream if it stings, but see your GP if the rash spreads.", []),
    # (v0.30.62) Each rule run alone reads it (RSK006 through the writer's own account); run together, RSK006 yields it
    # to RSK005 (see test_a_jab_given_up_is_one_finding).
    ("We've cancelled our daughter's booster since starting the drops.",
     [("RSK005", "We've cancelled our daughter's booster"), ("RSK006", "We've cancelled our daughter's booster")]),
    ("He stopped the tablets after a month, on his cardiologist's advice.", []),
])
def test_care_dropped_and_the_advice_that_keeps_it(sentence, expected):
    text = f"# Our story\n\n{sentence}\n"
    assert codes(text, "RSK005") + codes(text, "RSK006") == sorted(expected)


def test_a_jab_given_up_is_one_finding():
    from mslint.api import lint_text

    found = [f.code for f in lint_text("# Our story\n\nWe've cancelled our daughter's booster since starting the drops.\n",
                                       "a.md") if f.category == "risk-disclosure"]
    assert found == ["RSK005"]


def test_no_harm_in_enjoying_a_food_is_an_idiom_but_no_harm_in_trying_a_product_is_not():
    assert codes("# Gout\n\nThere is no harm in enjoying cherries, but they do not lower urate.\n", "RSK002") == []
    assert codes("# Drops\n\nThere is no harm in trying our drops.\n", "RSK002") == [("RSK002", "There is no harm")]


@pytest.mark.parametrize("sentence, expected", [
    ("Stop your statin the week you start the shakes.", [("RSK005", "Stop your statin")]),
    ("Most of my members leave their inhalers behind within a month.", [("RSK005", "leave their inhalers behind")]),
    ("No need to let your GP or heart team know before you fly out.",
     [("RSK006", "No need to let your GP or heart team know before")]),
    ("Ride it out at home rather than ringing your GP.",
     [("RSK006", "Ride it out at home rather than ringing your GP")]),
    ("With our tablets you can skip sunscreen.", [("RSK006", "skip sunscreen")]),
    # Told not to stop, told to stop by the doctor, or told a trivial thing needs no visit.
    ("Do not stop your statin without talking to your GP.", []),
    ("You needn't tell your GP about one mild headache.", []),
])
def test_medicines_stopped_and_doctors_left_out_in_other_words(sentence, expected):
    text = f"# Our programme\n\n{sentence}\n"
    assert codes(text, "RSK005") + codes(text, "RSK006") == expected


def test_safety_promised_for_babies_and_every_stage_of_pregnancy_on_a_selling_page():
    text = ("# NitFree comb\n\nIt is safe to use from birth. You can use the spray at any stage of pregnancy.\n\n"
            "Order now for £25.\n")
    assert codes(text, "RSK008") == [("RSK008", "safe to use from birth"), ("RSK008", "You can use the spray at any stage of pregnancy")]


def test_any_clinician_left_out_before_a_trip():
    text = "# Our clinic\n\nThere's no need to let your neurologist know before you fly out.\n"
    assert codes(text, "RSK006") == [("RSK006", "no need to let your neurologist know before")]


@pytest.mark.parametrize("sentence, code, expected", [
    ("Our balm is far gentler than steroid creams because it is plant-based.", "RSK003",
     [("RSK003", "gentler than steroid creams because it is plant-based")]),
    ("The rash? That's only your body clearing out toxins, so carry on.", "RSK004",
     [("RSK004", "That's only your body clearing out")]),
    ("Several members postponed their hysterectomy after starting the tea.", "RSK005",
     [("RSK005", "postponed their hysterectomy")]),
    ("Do not rush to the emergency room; the spasm passes.", "RSK006", [("RSK006", "Do not rush to the emergency room")]),
    ("If the pain is severe, go to A&E.", "RSK006", []),
])
def test_reactions_recast_natural_as_safe_and_urgent_care_turned_away(sentence, code, expected):
    assert codes(f"# Our remedy\n\n{sentence}\n", code) == expected


def test_mild_harms_named_with_serious_ones_ruled_out_are_reported_harms():
    # A trial's harms told as they were: the minor ones named, the serious ones absent. Neither a
    # denial (RSK002) nor an article silent on harms (RSK001).
    text = ("# Needle-free flu patch matches the jab\n\nThe patch protected volunteers from flu as well as the "
            "injection did, and the treatment is effective.\n\nThose given the patch reported some soreness and "
            "redness but no serious side effects.\n")
    assert codes(text, "RSK002") == []
    assert codes(text, "RSK001") == []


def test_no_serious_side_effects_alone_is_still_a_denial():
    text = "# Patch\n\nThe patch has no serious side effects and protects you from flu.\n"
    assert codes(text, "RSK002") == [("RSK002", "has no serious side effects")]


@pytest.mark.parametrize("headline, expected", [
    ("Knee drug relieves pain, trial finds", ["RSK001"]),
    ("Knee drug no better than a dummy pill, trial finds", []),
    ("Trial raises questions about a popular knee drug", []),
])
def test_a_lead_that_reports_the_treatment_falling_short_is_weighing_it(headline, expected):
    text = (f"# {headline}\n\nThe new drug relieves knee pain and improves mobility, the company says.\n\n"
            "Patients taking the drug walked further and the treatment is effective.\n")
    assert [code for code, _ in codes(text, "RSK001")] == expected


@pytest.mark.parametrize("sentence, selector, excerpt", [
    ("You should stop levothyroxine the week before your drip.", "RSK005", "You should stop levothyroxine"),
    ("Stop the tablets today.", "RSK005", "Stop the tablets today"),
    ("We ask clients to drop their rehabilitation sessions.", "RSK006",
     "ask clients to drop their rehabilitation"),
    ("There is no need to consult your dermatologist.", "RSK006", "There is no need to consult your dermatologist"),
    ("No need for a check-up beforehand.", "RSK006", "No need for a check-up beforehand"),
])
def test_a_pages_instruction_to_drop_care_however_put(sentence, selector, excerpt):
    assert codes("# Our clinic\n\n" + sentence + "\n", selector) == [(selector, excerpt)]


@pytest.mark.parametrize("sentence", [
    "Your surgeon will tell you when to stop aspirin before the operation.",
    "If you get a rash, stop taking the tablets and call your GP.",
    "Please keep going to your physiotherapy appointments.",
    "You can stop worrying about the side effects of your medication.",
])
def test_a_clinicians_instruction_or_a_warning_is_not(sentence):
    assert codes("# Before your operation\n\n" + sentence + "\n", "RSK00") == []


@pytest.mark.parametrize("sentence, selector, excerpt", [
    ("Complications are virtually unheard of.", "RSK004", "Complications are virtually unheard of"),
    ("The new fillers pose no added risk of any kind.", "RSK002", "no added risk of any kind"),
    ("There is zero risk of scarring, infection or nerve damage.", "RSK002",
     "zero risk of scarring, infection or nerve damage"),
    ("The drip is safe at every stage of pregnancy.", "RSK002", "safe at every stage of pregnancy"),
    ("The syrup is ideal for children of all ages.", "RSK002", "ideal for children of all ages"),
])
def test_harms_denied_for_every_stage_age_and_kind(sentence, selector, excerpt):
    assert codes("# Our product\n\n" + sentence + "\n", selector) == [(selector, excerpt)]


@pytest.mark.parametrize("sentence", [
    "Paracetamol is considered safe in pregnancy.",
    "Serious complications are rare: about 1 in 1,000 operations.",
])
def test_a_measured_or_qualified_safety_statement_is_not(sentence):
    assert codes("# A leaflet\n\n" + sentence + "\n", "RSK00") == []


def test_a_trials_entry_criteria_are_not_a_denial_of_harm():
    text = ("# Kidney stones: surgery or waiting\n\nEveryone enrolled had kidney stones without complications "
            "such as pancreatitis.\n\nOur laser leaves no complications such as scarring.\n")
    assert codes(text, "RSK002") == [("RSK002", "no complications")]


@pytest.mark.parametrize("sentence", [
    "You can stop taking paracetamol when the pain eases.",
    "You can stop the antibiotics once the course is finished.",
])
def test_a_short_course_stopped_when_it_has_done_its_job_is_not(sentence):
    assert codes("# A leaflet\n\n" + sentence + "\n", "RSK005") == []


@pytest.mark.parametrize("sentence", [
    "You can stop your physiotherapy once your knee has healed.",
    "You can skip the booster if you had the infection recently.",
])
def test_care_that_has_done_its_job_or_is_not_due_is_not(sentence):
    assert codes("# A leaflet\n\n" + sentence + "\n", "RSK006") == []


def test_stopping_because_one_feels_better_is_still_flagged():
    text = "# My story\n\nWhen my mood lifted, I quit my antidepressants.\n\nYou can stop the antibiotics when you feel better.\n"
    assert [code for code, _ in codes(text, "RSK005")] == ["RSK005", "RSK005"]
