"""The meanings v0.30.33 reads, from what set 121 showed: the seller's whole team or clientele with a
result told in new words, a cure kept from the reader, protection for years, a name branded out of a real
procedure, safety promised to the most vulnerable in a list, warning signs called signs it works, the
professional's plan dropped, borrowed authority and a survey of one's own graduates, shame that sells,
and a denial in one clause that does not reach the claim of the next. Each sentence is written for this
test; none comes from an evaluation set."""

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
    # cure claims in new words
    ("Turmeric gel is the arthritis cure your GP never mentions.", "CLM001", "the arthritis cure"),
    ("Every rower on our sponsored squad came back from surgery a month ahead of schedule.", "CLM003",
     "Every rower on our sponsored squad came back from surgery a month ahead of schedule"),
    ("Nearly all of our clients are off every asthma inhaler within a year.", "CLM003",
     "Nearly all of our clients are off every asthma inhaler"),
    ("All 25 testers had zero hay fever through June.", "CLM003", "All 25 testers had zero hay fever through"),
    ("The drink restores lost hearing in people with tinnitus.", "CLM002",
     "restores lost hearing in people with tinnitus"),
    ("Our whole household has stayed immune since we started the tincture.", "CLM002",
     "Our whole household has stayed immune since"),
    # hype
    ("Nothing this exciting has happened to dentistry since fluoride.", "HYP001", "Nothing this exciting"),
    ("It's the biggest thing to happen to sleep science in a generation.", "HYP001",
     "the biggest thing to happen to sleep science in a generation"),
    # commercial pressure
    ("Quote welcome code SPRING15 for £15 off.", "COM002", "Quote welcome code SPRING15 for £15 off"),
    ("Members earn 15% commission on every order they bring in.", "COM002",
     "15% commission on every order they bring in"),
    ("The rate is only guaranteed until Sunday, after which it rises by £10.", "COM007",
     "rate is only guaranteed until Sunday, after which it rises"),
    ("If you book today before midnight, it's £199.", "COM007", "If you book today before midnight, it's £199"),
    # risks
    ("The tablets can never damage your liver.", "RSK002", "can never damage your liver"),
    ("The balm is safe for eczema-prone skin, and for babies too.", "RSK008",
     "safe for eczema-prone skin, and for babies"),
    ("The tea is fine to drink daily for years.", "RSK008", "fine to drink daily for years"),
    ("Itching and swelling around the patch are good signs it's working.", "RSK010", "are good signs it's working"),
    ("A pounding headache in the first days is just the toxins shifting, so carry on.", "RSK010",
     "is just the toxins shifting, so carry on"),
    ("If you hear a pop in your knee, keep training.", "RSK010", "If you hear a pop in your knee, keep training"),
    ("Most of our members wean themselves off their blood pressure tablets.", "RSK005",
     "Most of our members wean themselves off their blood pressure tablets"),
    ("Drop the stretching routine your physiotherapist set.", "RSK011",
     "Drop the stretching routine your physiotherapist set"),
    ("Honestly, no need to bother with a memory clinic now.", "RSK011", "no need to bother with a memory clinic"),
    # evidence
    ("Professional boxers take it every day.", "EVD016", "Professional boxers take it every day"),
    ("Top coaches don't waste their money on supplements that don't work.", "EVD016",
     "don't waste their money on supplements that don't work"),
    ("We surveyed 600 of our subscribers and 91% said their joints felt looser.", "EVD017",
     "We surveyed 600 of our subscribers and 91% said"),
    ("If it helped my neighbour, it will help you.", "EVD003", "If it helped my neighbour, it will help you"),
    ("If it worked for her sister, it can work for you.", "EVD003", "If it worked for her sister, it can work for you"),
    # language
    ("Good dads never let their kids miss out.", "LNG013", "Good dads never let"),
    ("Don't be the golfer hobbling round the back nine.", "LNG013", "Don't be the golfer hobbling"),
    ("Doctors are covering up a thyroid epidemic.", "LNG011", "Doctors are covering up a thyroid epidemic"),
    # coined names
    ("Many women develop a Bone Marrow Harvest Deficit after pregnancy.", "TRM006",
     "Bone Marrow Harvest Deficit"),
    # (sets 122-123) results promised to the seller's people in any words
    ("Nearly every client we see comes off the waiting list within a year.", "CLM003",
     "Nearly every client we see comes off the waiting list"),
    ("Every dad who wears the belt says goodbye to back pain.", "CLM003", "Every dad who wears the belt says goodbye to"),
    ("Every woman in our pilot hit her weight goal.", "CLM003", "Every woman in our pilot hit her weight goal"),
    ("Not one of my 80 clients has needed a painkiller since starting.", "CLM003",
     "Not one of my 80 clients has needed a painkiller since"),
    ("Guaranteed to add two inches to your chest.", "CLM003", "Guaranteed to add"),
    ("The cream will lift the sagging, no question.", "CLM003", "will lift the sagging, no question"),
    ("The tea shrinks swollen ankles back to their normal size.", "CLM002",
     "shrinks swollen ankles back to their normal size"),
    ("Receding gums grow back in a month.", "CLM002", "Receding gums grow back"),
    ("It is the most significant breakthrough in skincare in a decade.", "HYP001",
     "the most significant breakthrough in skincare in a decade"),
    # warning signs put down to the product, driving, sharing needles, safety for those at risk
    ("Numbness in your toes simply means your nerves are waking.", "RSK010",
     "Numbness in your toes simply means your nerves are waking"),
    ("Palpitations in the first week are simply your heart adjusting.", "RSK010",
     "Palpitations in the first week are simply your heart adjusting"),
    ("Clients can drive themselves home after each infusion.", "RSK002", "can drive themselves home after each infusion"),
    ("Sharing needles with a friend is fine.", "RSK002", "Sharing needles with a friend is fine"),
    ("Safe for numb feet.", "RSK008", "Safe for numb feet"),
    ("It's the natural swap for antibiotics.", "RSK008", "natural swap for antibiotics"),
    ("You can leave your walking stick at home.", "RSK011", "can leave your walking stick at home"),
    ("There's no need for counselling.", "RSK011", "no need for counselling"),
    ("I ditched my prescribed cream in a week, and you can too.", "RSK005",
     "ditched my prescribed cream in a week, and you can too"),
    # language, commercial pressure, evidence
    ("Your GP will just keep prescribing pills that numb you.", "LNG011", "Your GP will just keep prescribing"),
    ("Nobody wants to look washed up at 40.", "LNG013", "Nobody wants to look washed up at 40"),
    ("A single slip and you could be housebound.", "LNG010", "A single slip and you could be housebound"),
    ("Buy two tubs, get a third free.", "COM002", "Buy two tubs, get a third free"),
    ("Shop the serum here.", "COM001", "Shop the serum here"),
    ("We offer a payment plan over 10 months.", "COM003", "payment plan over 10 months"),
    ("Already used by 5,000 runners nationwide.", "EVD016", "used by 5,000 runners"),
    ("Over 200 of you have emailed us in the past month.", "EVD016", "Over 200 of you have emailed us"),
    ("Our own figures from 90 patients tell the same story.", "EVD017",
     "Our own figures from 90 patients tell"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


def test_a_recent_span_is_not_history():
    # "in the past month" dates the letters to now: the seller's crowd is still offered as proof.
    assert on_a_page_that_sells("Over 200 of you have emailed us in the past month.", "EVD016") == [
        "Over 200 of you have emailed us"]
    assert on_a_leaflet("In the past, doctors told everyone with a bad back to rest.", "RSK011") == []


def test_a_person_called_senile_is_demeaning():
    assert on_a_leaflet("By the end he was totally senile.", "LNG015") == ["totally senile"]


@pytest.mark.parametrize("text, code", [
    # a code in a disclosure is no pitch; a commission disclosed is no recruitment
    ("We earn a 5% commission on sales made through these links.", "COM002"),
    # a sign to stop, not to carry on
    ("If you hear a pop in your knee, stop and see a physiotherapist.", "RSK010"),
    # a conjunction and a verb are no coined name
    ("Prices rise next month, so lock in the current rate.", "TRM006"),
    # an organisation's name in capitals is not branded
    ("The British Heart Foundation Index is published each year.", "TRM006"),
    # the fact said rightly
    ("Coconut oil raises LDL cholesterol.", "FCT009"),
    ("Senna is a stimulant laxative.", "FCT009"),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_page_that_sells(text, code) == []


def test_a_denial_in_one_clause_does_not_reach_the_next():
    # "cannot" belongs to the first claim; the second, after ", and" and its own subject, is asserted.
    sentence = "The drops cannot irritate the eyes, and BrightEye is safe for people with glaucoma."
    assert on_a_page_that_sells(sentence, "RSK008") == ["safe for people with glaucoma"]


def test_a_two_letter_prefix_abbreviation_is_read_as_one():
    page = "# Light and sleep\n\nThe lamp targets ipRGCs in the retina.\n"
    codes = [(f.code, f.excerpt) for f in lint_text(page, "a.md", overrides=Overrides(select=("TRM002",)))]
    assert codes == [("TRM002", "ipRGCs")]


def test_a_syndrome_branded_in_a_product_press_release():
    page = ("# Northfield launches ProstaCalm\n\nNorthfield Ltd today launches ProstaCalm capsules, on sale now at "
            "£29.99 a month from its website.\n\nMany men are quietly living with Urinary Flow Stagnation Syndrome, "
            "and ProstaCalm clears it.\n")
    assert found(page, "TRM006", 5) == ["Urinary Flow Stagnation Syndrome"]


@pytest.mark.parametrize("sentence", [
    "Pain was scored on the Knee Stiffness Index (KSI) before and after.",  # a score defined by its letters
    "ProstaCalm is not yet approved to treat Jet Lag Disorder.",  # a known condition named with its kind
    "PROSTACALM IS NOT APPROVED FOR URINARY FLOW STAGNATION SYNDROME.",  # a line in capitals
])
def test_capitals_in_a_press_release_that_are_not_a_brand(sentence):
    page = ("# Northfield launches ProstaCalm\n\nNorthfield Ltd today launches ProstaCalm capsules, on sale now at "
            "£29.99 a month from its website.\n\n" + sentence + "\n")
    assert found(page, "TRM006", 5) == []
