"""Meanings read from blind sets 148-149 after their measurement at v0.30.47 (v0.30.49). Each sentence is written
for this test; none comes from an evaluation set. Each rule is checked both ways: the new wording is caught, and
the careful wording beside it is not."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides

SHOP = "# Shop\n\nBuy now for £30.\n\n"


def shop(sentence: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]


def test_care_made_needless():
    assert shop('After a month on the band, users no longer need their diabetes nurse or their consultant.',
                "RSK006") == ['no longer need their diabetes nurse or their consultant']
    assert shop('If the band shows green, forget about visiting your doctor.',
                "RSK006") == ['forget about visiting your doctor']
    assert shop('Frankly, if your knee aches, skip the GP and come to us.', "RSK006") == ['skip the GP']
    assert shop("I'd gently advise parents not to mention the drops to their child's optician.",
                "RSK006") == ["advise parents not to mention the drops to their child's optician"]
    assert shop("You won't even need to tell the radiographer that you've had anything done.",
                "RSK006") == ["won't even need to tell the radiographer that you've had anything done"]
    assert shop('With the drops working, your child has no need for a flu vaccine this winter.',
                "RSK006") == ['no need for a flu vaccine']
    assert shop("You don't need regular liver tests while you're on the protocol.",
                "RSK006") == ["don't need regular liver tests while"]
    assert shop('Wearing the patch means no need to keep testing your sugars before meals.',
                "RSK006") == ['no need to keep testing your sugars']
    assert shop("You won't need to consult your surgeon; doctors will say you shouldn't travel.",
                "RSK006") == ["You won't need to consult your surgeon"]
    assert shop('Ask your GP whether you still need regular blood tests while on methotrexate.', "RSK006") == []
    assert shop("Most people with mild hay fever won't need their GP at all: a pharmacist can help.", "RSK006") == []

def test_warning_signs_explained_away():
    assert shop('Swelling near your eye means the wash is pulling out the infection, so keep going.',
                "RSK010") == ['Swelling near your eye means the wash is pulling out the infection, so keep going']
    assert shop('An explosive, sudden headache is only a migraine, so take the drops and sleep it off.',
                "RSK010") == ['explosive, sudden headache is only a migraine, so take the drops and sleep it off']
    assert shop('Redness around the eye needs a same-day check, so stop the rinse and call 111.', "RSK010") == []

def test_warning_signs_answered_away():
    assert shop("Some people get shivers and a raised temperature in the first week. That's the gravel shifting and the kidneys working, so drink another glass and rest.",
                "RSK013") == ["That's the gravel shifting and the kidneys working, so drink"]
    assert shop("If you notice a hot, tender lump along a vein, don't worry. That's the magnets pulling out toxins, so keep the wrap on.",
                "RSK013") == ["That's the magnets pulling out toxins, so keep"]
    assert shop("Some people get a raised temperature after the jab. That's the immune system responding, so rest and drink fluids.",
                "RSK013") == []

def test_results_promised_to_most_or_all():
    assert shop('Most of our arthritis customers find their grip and stamina returning within the first fortnight.',
                "CLM003") == ['Most of our arthritis customers find their grip and stamina returning within the first fortnight']
    assert shop("Most of the families we see notice their child's eye contact come back within two courses.",
                "CLM003") == ["Most of the families we see notice their child's eye contact come back within two courses"]
    assert shop('Each customer who gargled after meals avoided antibiotics altogether.',
                "CLM003") == ['Each customer who gargled after meals avoided antibiotics altogether']
    assert shop('Every single one of my patients drops at least one dress size.',
                "CLM003") == ['Every single one of my patients drops at least one dress size']
    assert shop('I promise every client a firmer jawline, for life.',
                "CLM003") == ['promise every client a firmer jawline, for life']
    assert shop('Most of our patients had side effects within the first week, mostly nausea.', "CLM003") == []
    assert shop("In the trial, most of the participants' symptoms came back within six months.", "CLM003") == []

def test_decline_stopped_or_regrowth_for_life():
    assert shop('Members who stick to the plan stop their decline in its tracks.',
                "CLM002") == ['stop their decline in its tracks']
    assert shop('The procedure regrows cartilage in the knee, and it lasts a lifetime.',
                "CLM002") == ['regrows cartilage in the knee, and it lasts a lifetime']
    assert shop('The drug slowed progression but did not stop it in its tracks.', "CLM002") == []

def test_fear_appeals():
    assert shop('Every night you ignore the snoring, your heart takes another hit.',
                "LNG010") == ['Every night you ignore the snoring, your heart takes']
    assert shop("Every month you don't test is a month of damage you won't see coming.",
                "LNG010") == ["Every month you don't test is a month of damage"]
    assert shop("Don't sit back and watch your children's faces blur and fade away.",
                "LNG010") == ["Don't sit back and watch your children's faces blur and fade away"]
    assert shop('The window for healing is open today, and it will not stay that way.',
                "LNG010") == ['window for healing is open today, and it will not stay that way']
    assert shop('Thousands are slipping into isolation and dementia because no one offered them better.',
                "LNG010") == ['slipping into isolation']
    assert shop('Every year you smoke, your lungs lose function.', "LNG010") == []

def test_conspiracy_framing():
    assert shop('Ask an oncologist and you get slash, burn and poison, nothing else.',
                "LNG011") == ['slash, burn and poison']
    assert shop('Drug firms keep patients on tablets for life, since curing people would not make them money.',
                "LNG011") == ['keep patients on tablets for life, since curing people would not make them money']
    assert shop('Our vaccine-injured kids deserve answers.', "LNG011") == ['vaccine-injured kids']

def test_guilt_and_shame():
    assert shop('Stop letting psoriasis make you the unreliable colleague.',
                "LNG012") == ['Stop letting psoriasis make you the unreliable colleague']
    assert shop('No woman should have to live in a worthless, failing body.',
                "LNG012") == ['No woman should have to live in a worthless, failing body']

def test_shame_on_a_sales_page():
    assert shop("Don't be the pale, sniffling one at every party.", "LNG013") == ["Don't be the pale, sniffling one"]

def test_superlatives_and_firsts():
    assert shop('In my view, the cream is the most powerful weapon parents have against eczema.',
                "HYP001") == ['the most powerful weapon parents have against']
    assert shop('To us, the drops are the greatest hope for people with glaucoma in a generation.',
                "HYP001") == ['the greatest hope for people with glaucoma in a generation']
    assert shop('Acme Labs launches KneeNew, the first device designed to regrow cartilage in knees worn by arthritis.',
                "HYP001") == ['the first device designed to regrow']
    assert shop('Stopping smoking is the single best thing you can do for your heart.', "HYP001") == []
    assert shop("The first drug designed to slow Alzheimer's has modest effects.", "HYP001") == []

def test_crowds_counted_by_result():
    assert shop('More than 12,000 people have slimmed down with LeanLeaf since 2015, which is why we know it will work for you.',
                "EVD016") == ['More than 12,000 people have slimmed down with LeanLeaf']
    assert shop('I have personally guided more than 250 families through the programme.',
                "EVD016") == ['I have personally guided more than 250 families through']

def test_studies_known_only_by_country():
    assert shop('The Japanese studies proved it a decade ago.', "EVD001") == ['The Japanese studies proved it']

def test_scarcity_of_any_stock():
    assert shop('Only 112 starter kits left at this price.', "COM007") == ['Only 112 starter kits left at this price']
    assert shop('Only 24 bracelets left in your size.', "COM007") == ['Only 24 bracelets left']
    assert shop("There are only 45 tins of this year's honey left, and then we close until May.",
                "COM007") == ["There are only 45 tins of this year's honey left"]
    assert shop('Only 12 patients left the trial early.', "COM007") == []

def test_unsafe_dosing_and_mixing():
    assert shop('The lozenges are also fine alongside your blood pressure tablets.',
                "RSK012") == ['are also fine alongside your blood pressure tablets']
    assert shop('On a bad week, take an extra dose of your MS tablets or space your doses out.',
                "RSK012") == ['take an extra dose of your MS tablets or space your doses out']
    assert shop('For best results, users should train at maximum volume.', "RSK012") == ['train at maximum volume']
    assert shop('Paracetamol is usually fine alongside most other medicines, but check the label.', "RSK012") == []

def test_care_given_up_for_the_product():
    assert shop('Her surgeon wanted to remove the gallbladder, but she cancelled it and did the cleanse instead.',
                "RSK011") == ['cancelled it and did the cleanse instead']
    assert shop('Clients can postpone their hip surgery until the course is finished.',
                "RSK011") == ['Clients can postpone their hip surgery until the course is finished']
    assert shop('Honestly, if you use my kit you can skip your malaria tablets.',
                "RSK011") == ['you can skip your malaria tablets']
    assert shop('If you think you can skip your malaria tablets, think again.', "RSK011") == []
    assert shop('Your surgeon may suggest you put off surgery until your blood sugar is under control.',
                "RSK011") == []

def test_harms_played_down_by_comparison():
    assert shop('The vein balloon procedure is as safe as having a routine eye test.',
                "RSK004") == ['is as safe as having a routine eye test']
    assert shop('DMSA is gentler than a multivitamin.', "RSK004") == ['is gentler than a multivitamin']
    assert shop('The safety warnings issued by the FDA have been greatly overstated.',
                "RSK004") == ['safety warnings issued by the FDA have been greatly overstated']
