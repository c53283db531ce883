"""Meanings read from blind sets 150-151 after their measurement at v0.30.49 (v0.30.50). Each sentence is written
for this test; none comes from an evaluation set. Each rule is checked both ways: the new wording is caught, and
the careful wording beside it is not."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides

SHOP = "# Shop\n\nBuy now for £30.\n\n"


def shop(sentence: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]


def test_prescribed_care_thrown_out_or_swapped():
    assert shop('Throw the steroid cream away.', "RSK005") == ['Throw the steroid cream away']
    assert shop('If your GP has prescribed metformin, you can swap it for the tea.',
                "RSK005") == ['can swap it for the tea']
    assert shop('Your GP has agreed you can stop the tablets.', "RSK005") == []
    assert shop('Our clients have usually weaned off their epilepsy medicine before the retreat begins.',
                "RSK005") == ['weaned off their epilepsy medicine']
    assert shop('Lesson three talks you through stopping your statin, week by week.',
                "RSK005") == ['talks you through stopping your statin']
    assert shop('No need to keep using your inhaler during the course.',
                "RSK005") == ['No need to keep using your inhaler']
    assert shop('You can take vitamin D tablets while you are on the plan.', "RSK005") == []
    assert shop('Many customers found they could ditch them for good after the second bottle.',
                "RSK005") == ['found they could ditch them for good']
    assert shop('Our drink is the natural alternative to statins.',
                "RSK005") == ['the natural alternative to statins']
    assert shop('If the tablets upset your stomach, your GP can swap them for a slow-release form.', "RSK005") == []

def test_warning_signs_explained_away():
    assert shop('Any blood in the toilet bowl is just the toxins coming out, so carry on.',
                "RSK010") == ['blood in the toilet bowl is just the toxins coming out, so carry on']
    assert shop('If your speech gets much worse within days, do not panic and do not book an appointment.',
                "RSK010") == ['speech gets much worse within days, do not panic and do not book an appointment']
    assert shop('Numbness in your face means mercury is draining from your fillings.',
                "RSK010") == ['Numbness in your face means mercury is draining']
    assert shop("When tingling returns after you cut the dose, that's your nerves resetting.",
                "RSK010") == ["tingling returns after you cut the dose, that's your nerves resetting"]
    assert shop('Some tingling in the feet is perfectly normal while the body detoxes.',
                "RSK010") == ['tingling in the feet is perfectly normal while the body detoxes']
    assert shop('Pop the amber necklace on your toddler overnight for calmer teething.',
                "RSK010") == ['amber necklace on your toddler overnight']
    assert shop('New weakness in your legs needs help the same day, so call 111.', "RSK010") == []

def test_care_given_up_for_the_product():
    assert shop('Ear drops are a waste of money, so we advise clients to stop using them.',
                "RSK011") == ['we advise clients to stop using them']

def test_unsafe_dosing_and_mixing():
    assert shop('One capsule daily, or as many as four if you want quicker relief.',
                "RSK012") == ['as many as four if you want quicker relief']
    assert shop('The hotter the pad, the quicker your back heals.',
                "RSK012") == ['The hotter the pad, the quicker your back heals']
    assert shop("Some people need up to six tablets a day if their pain is severe, on a doctor's advice.",
                "RSK012") == []

def test_offered_in_pregnancy_or_to_children():
    assert shop('Perfect for mums who are breastfeeding or pregnant.',
                "RSK008") == ['Perfect for mums who are breastfeeding or pregnant']
    assert shop('Giving up every grain is completely safe for toddlers.', "RSK008") == ['safe for toddlers']
    assert shop('The vaccine is recommended for women who are pregnant.', "RSK008") == []

def test_care_made_needless():
    assert shop('After the gel, no need to wash your hands afterwards.',
                "RSK006") == ['no need to wash your hands afterwards']

def test_risks_denied():
    assert shop('Our cells never form tumours.', "RSK002") == ['cells never form tumours']
    assert shop('Most polyps never become cancer.', "RSK002") == []

def test_decline_stopped_or_regrowth_for_life():
    assert shop('These insoles restore normal balance inside a month.', "CLM002") == ['restore normal balance']
    assert shop('The collar corrects a curved spine in 8 weeks.', "CLM002") == ['corrects a curved spine']
    assert shop('The drops bring your thyroid back to normal.', "CLM002") == ['bring your thyroid back to normal']

def test_results_promised_to_most_or_all():
    assert shop('Tens of thousands of women have already reversed their hair loss with it.',
                "CLM003") == ['Tens of thousands of women have already reversed their hair']
    assert shop('My clients come off metformin within a month.', "CLM003") == ['My clients come off metformin']
    assert shop('Nearly every couple in our forum who tried the tea fell pregnant.',
                "CLM003") == ['Nearly every couple in our forum who tried the tea fell pregnant']
    assert shop('None of our members who kept going needed an operation.',
                "CLM003") == ['None of our members who kept going needed an operation']
    assert shop('Clients with arthritis routinely walk out without their crutches.',
                "CLM003") == ['Clients with arthritis routinely walk out without their crutches']
    assert shop('Every volunteer in our own pilot shed two dress sizes.',
                "CLM003") == ['Every volunteer in our own pilot shed two dress sizes']

def test_fear_appeals():
    assert shop('Every week you skip your session, your joints are crumbling.',
                "LNG010") == ['Every week you skip your session, your joints are crumbling']
    assert shop('For anyone with arthritis, waiting is the real danger.', "LNG010") == ['waiting is the real danger']

def test_conspiracy_framing():
    assert shop('Big firms would never study turmeric because they cannot patent it.',
                "LNG011") == ['would never study turmeric because they cannot patent']
    assert shop('GPs are paid to keep patients on pills.', "LNG011") == ['are paid to keep patients on pills']
    assert shop('Drug companies rarely fund trials of old medicines that cannot be patented.', "LNG011") == []

def test_guilt_and_shame():
    assert shop('Nobody should have to hide their scars under long sleeves.',
                "LNG012") == ['Nobody should have to hide their scars under long sleeves']
    assert shop('I felt like a useless mother when the cream failed.', "LNG012") == ['felt like a useless mother']

def test_shame_on_a_sales_page():
    assert shop('Stop hiding your thinning hair under hats.',
                "LNG013") == ['Stop hiding your thinning hair under hats']

def test_superlatives_and_firsts():
    assert shop('It marks the end of knee surgery as we know it.',
                "HYP001") == ['the end of knee surgery as we know it']
    assert shop('This is the most amazing thing we have ever tried.',
                "HYP001") == ['the most amazing thing we have ever tried']

def test_scarcity_of_any_stock():
    assert shop('In the next half hour only, two jars for the price of one.',
                "COM007") == ['In the next half hour only']
    assert shop('I have only got 70 left in stock.', "COM007") == ['I have only got 70 left']
    assert shop('The voucher expires on Friday at midnight.', "COM007") == ['voucher expires on Friday']


# The careful pages of sets 150-151, each sentence written for this test.

def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


def test_a_reaction_to_a_jab_said_not_to_be_catching_is_not_the_infection():
    page = "# The MMR jab for adults\n\nThe jab protects against measles, mumps and rubella.\n\n"
    reaction = "Ten days on, a few adults run a slight temperature or a rash; these are not infectious.\n"
    assert found(page + reaction, "FCT026") == []
    assert found(page + "Measles gives a fever and a rash; it is not infectious.\n", "FCT026") == ["is not infectious"]


def test_a_step_allowed_only_when_symptoms_have_gone_promises_nothing():
    guide = ("# Head injuries in junior football\n\nCOACH: Rest comes first. After that, light activity helps. No tackling "
             "in training until three weeks have passed, and only once their symptoms have gone.\n")
    assert found(guide, "CLM002", "a.txt") == []
    assert found(SHOP + "With our drops, your symptoms have gone for good.\n", "CLM002") == ["your symptoms have gone"]


def test_quitting_weighed_against_a_scan_is_advice_not_a_boast():
    page = "# Lung screening\n\nFor a smoker, quitting does far more than any scan.\n"
    assert found(page, "EVD014") == []
    assert found(SHOP + "Our scan finds far more than any other scan.\n", "EVD014") == ["more than any other scan"]


def test_a_link_to_a_services_referral_form_is_no_referral_code():
    nhs = "# Community physiotherapy\n\nRefer yourself with the [online form](https://trust.example/referral/community-physio).\n"
    assert found(nhs, "COM005") == []
    shop_link = "# Shop\n\nBuy the kit [here](https://shop.example/referral/jane22).\n"
    assert found(shop_link, "COM005") == ["https://shop.example/referral/jane22"]
