"""Meanings read from blind sets 152-153 after their measurement at v0.30.50 (v0.30.52). Each sentence is written
for this test; none comes from an evaluation set. Each rule is checked both ways: the new wording is caught, and
the careful wording beside it is not."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides

SHOP = "# Shop\n\nBuy now for £30.\n\n"


def shop(sentence: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]


def test_prescribed_care_thrown_out_or_swapped():
    assert shop("On the clinic's advice, Tom stopped his heart tablets and his blood thinner a week before flying out.",
                "RSK005") == ['stopped his heart tablets and his blood thinner a week before flying']
    assert shop('If you were prescribed terbinafine, you could lock it in a drawer.',
                "RSK005") == ['could lock it in a drawer']
    assert shop('I would suggest you throw the naproxen away.',
                "RSK005") == ['I would suggest you throw the naproxen away']
    assert shop('Most of my clients leave their tablets in the cupboard by week six.',
                "RSK005") == ['leave their tablets in the cupboard']
    assert shop('Keep your tablets in a cupboard away from children.', "RSK005") == []

def test_warning_signs_met_with_if_then_dismissal():
    assert shop("When a toddler turns floppy on day two, it's simply the diet settling in.",
                "RSK010") == ["floppy on day two, it's simply the diet settling in"]
    assert shop('If you get a high temperature after starting, keep spraying twice an hour.',
                "RSK010") == ['keep spraying twice an']
    assert shop('If a calf suddenly goes swollen, hot and red, book an extra session with us.',
                "RSK010") == ['book an extra session']
    assert shop('With a puffy cheek and a sore tooth, we simply upped his spray rather than seeing the dentist.',
                "RSK010") == ['we simply upped his spray rather than seeing the dentist']
    assert shop("When you get pins and needles down one arm, it's usually just tension.",
                "RSK010") == ["pins and needles down one arm, it's usually just tension"]
    assert shop('If your baby seems floppy or hard to wake, call 999.', "RSK010") == []
    assert shop("When a temperature comes after the booster, it's usually the immune system responding.",
                "RSK010") == []
    assert shop('If you feel short of breath, keep calm and call 999.', "RSK010") == []

def test_results_promised_to_most_or_all():
    assert shop('Not one of our 6,000 buyers has developed cataracts.',
                "CLM003") == ['Not one of our 6,000 buyers has developed cataracts']
    assert shop('Nearly every client we have put on the spray has stopped needing steroid cream.',
                "CLM003") == ['Nearly every client we have put on the spray has stopped needing']
    assert shop("Our graduates don't get migraines any more.",
                "CLM003") == ["Our graduates don't get migraines any more"]
    assert shop('The capsules are guaranteed to raise your energy within a month, or your money back.',
                "CLM003") == ['guaranteed to raise your energy within a month, or your money back']
    assert shop('Each LittleOak toddler sleeps soundly all night by week six.',
                "CLM003") == ['Each LittleOak toddler sleeps soundly all night by week six']
    assert shop('In the trial, nine in ten patients were off steroids within a year.', "CLM003") == []

def test_conspiracy_framing():
    assert shop('Big Pharma wants you hooked on lifelong pills.',
                "LNG011") == ['Big Pharma wants you hooked on lifelong pills']
    assert shop('The drug firms are never going to tell you that a cheap salt rinse works.',
                "LNG011") == ['are never going to tell you that a cheap salt']
    assert shop('No one at the hospital is going to warn you of this.',
                "LNG011") == ['No one at the hospital is going to warn you']

def test_fear_appeals():
    assert shop('Do not end up like those who lost a foot to sugar.',
                "LNG010") == ['Do not end up like those who lost']
    assert shop("Screens are destroying a generation's eyesight.", "LNG010") == ["destroying a generation's eyesight"]

def test_guilt_and_shame():
    assert shop('Nothing says "bad mum" like a toddler with a rash.', "LNG012") == ['Nothing says "bad mum']
    assert shop("Don't poison your toddler with squash.", "LNG012") == ["Don't poison your toddler"]

def test_the_sellers_own_survey_as_proof():
    assert shop('Of 300 clients, 88% said in our own questionnaire that they slept better.',
                "EVD016") == ['300 clients, 88% said in our own questionnaire']
    assert shop('Our end-of-year survey shows 93% of members had fewer headaches.',
                "EVD016") == ['Our end-of-year survey shows 93% of members']
    assert shop('I surveyed 80 clients and 71 told me their pain had eased.',
                "EVD016") == ['I surveyed 80 clients and 71 told']
    assert shop('Our online questionnaire takes three minutes, and one of our pharmacists checks it.', "EVD016") == []
