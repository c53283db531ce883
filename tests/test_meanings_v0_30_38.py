"""Meanings read from the misses of blind sets 130-131 after their measurement (v0.30.38): sales pressure by the
hour, results promised for a seller's whole clientele, proven medicine called poison, doctors said to profit from
illness, aids put in a drawer, the sun looked at directly, tradition and surveys offered as proof, mechanisms told
as fact, and names someone coined for a state of the body. Each sentence is written for this test; none comes from
an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,)))]


SHOP = "# The Harbour Wellness Shop\n\nOrder today for \u00a339. Call 0113 496 0123.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local business.\n\n"


@pytest.mark.parametrize("page, code, sentence, excerpt", [
    (SHOP, "COM007", "The starter kit is £49 for 24 hours only.",
     "£49 for 24 hours only"),
    (SHOP, "COM007", "72 hours only: 20% off every mat.",
     "72 hours only"),
    (SHOP, "COM007", "The fee triples at midnight on Sunday.",
     "fee triples at midnight"),
    (SHOP, "COM007", "Only 150 founder places, and 132 have been taken.",
     "Only 150 founder places, and 132 have been taken"),
    (SHOP, "COM007", "The studio is only open to new members until the end of June.",
     "only open to new members until"),
    (SHOP, "COM007", "Quick: only 18 mats left in the large size.",
     "only 18 mats left"),
    (SHOP, "COM009", "Join today and you'll receive my bonus sleep workbook, worth £40, free.",
     "bonus sleep workbook, worth £40, free"),
    (SHOP, "CLM003", "Most buyers who use the pillow find their neck as good as new in two weeks.",
     "Most buyers who use the pillow find their neck as good as new"),
    (SHOP, "CLM003", "Every customer who has tried it has cleared dozens of stones.",
     "Every customer who has tried it has cleared"),
    (SHOP, "CLM003", "Not one pupil who has finished our classes has needed glasses again.",
     "Not one pupil who has finished our classes has needed glasses again"),
    (SHOP, "CLM003", "I have loyal buyers who take it daily, and none of them has had a cold in three winters.",
     "none of them has had a cold in three winters"),
    (SHOP, "CLM003", "Customers with eczema write to us time and again that the flares simply stopped.",
     "Customers with eczema write to us time and again that the flares simply stopped"),
    (SHOP, "CLM003", "Every one of our clients with migraine has seen their headaches stop.",
     "Every one of our clients with migraine has seen their headaches stop"),
    (SHOP, "CLM003", "93% of our snorers never wake their partner again.",
     "93% of our snorers never wake their partner again"),
    (SHOP, "CLM003", "The spray makes your asthma flare-proof.",
     "makes your asthma flare-proof"),
    (SHOP, "CLM001", "It cures hay fever in a week, and 90% of our users never sneeze again.",
     "cures hay fever"),
    (SHOP, "CLM005", "Most men come off their tablets within a month and stay off them for good.",
     "stay off them for good"),
    (SHOP, "CLM006", "GlowCell rebuilds the skin from within.",
     "rebuilds the skin from within"),
    (SHOP, "CLM006", "With the right powder, cavities can heal.",
     "cavities can heal"),
    (NEWS, "LNG010", "Never poison your child with antibiotics when a garden herb will do.",
     "Never poison your child with antibiotics"),
    (NEWS, "LNG010", "Families are worried about this killer bug.",
     "this killer bug"),
    (NEWS, "LNG010", "Mothers are used as guinea pigs by the drug firms.",
     "are used as guinea pigs"),
    (NEWS, "LNG010", "Every pill you swallow is poisoning your liver a little more.",
     "Every pill you swallow is poisoning your liver"),
    (NEWS, "LNG010", "Don't let the window close for your son.",
     "Don't let the window close for"),
    (NEWS, "LNG010", "Don't let yourself wither away in your sixties.",
     "Don't let yourself wither away"),
    (NEWS, "LNG011", "Your doctors simply don't want to discuss it.",
     "Your doctors simply don't want to discuss it"),
    (NEWS, "LNG011", "Most surgeons just want to operate.",
     "Most surgeons just want to operate"),
    (NEWS, "LNG011", "Your GP profits from your illness.",
     "Your GP profits from your illness"),
    (SHOP, "LNG013", "Don't become the grandad that nobody wants to sit next to.",
     "Don't become the grandad that nobody wants to sit next to"),
    (SHOP, "LNG013", "Don't let your husband notice the grey.",
     "Don't let your husband notice"),
    (NEWS, "LNG015", "Stop looking like a tired, puffy wreck.",
     "Stop looking like a tired, puffy wreck"),
    (NEWS, "LNG015", "He mocked the soy boys at his gym.",
     "soy boys"),
    (SHOP, "RSK005", "Most of our buyers put their reading glasses in a drawer after a month.",
     "put their reading glasses in a drawer"),
    (SHOP, "RSK005", "Flush your blood pressure tablets down the toilet.",
     "Flush your blood pressure tablets down the toilet"),
    (SHOP, "RSK005", "Many of our clients were able to drop them within weeks.",
     "clients were able to drop them"),
    (SHOP, "RSK005", "Leave the inhaler at home once the course starts.",
     "Leave the inhaler at home"),
    (SHOP, "RSK005", "We get them off the steroid cream and onto our balm.",
     "get them off the steroid cream and onto"),
    (SHOP, "RSK005", "Most members stop it before their second session.",
     "Most members stop it before their second session"),
    (SHOP, "RSK006", "It settles in days, so there is no hurry to visit your GP.",
     "so there is no hurry to visit your GP"),
    (SHOP, "RSK006", "The tea is fine for children and pregnant women without checking with a pharmacist.",
     "fine for children and pregnant women without checking with a pharmacist"),
    (SHOP, "RSK006", "Women on our plan won't need hospital fluids.",
     "won't need hospital fluids"),
    (SHOP, "RSK006", "You don't need to check with your doctor to rule out thyroid trouble.",
     "don't need to check with your doctor to rule out"),
    (SHOP, "RSK006", "Our oil protects you, so there's no need for sun cream.",
     "so there's no need for sun cream"),
    (SHOP, "RSK006", "If your gums look healthy, skip the dentist and save your money.",
     "If your gums look healthy, skip the dentist"),
    (SHOP, "RSK011", "You can stop physio sessions once you start the band.",
     "You can stop physio sessions"),
    (SHOP, "RSK010", "Keep going through the dizziness rather than ringing your GP.",
     "Keep going through the dizziness rather than ringing your GP"),
    (SHOP, "RSK010", "Gaze straight at the rising sun for two minutes.",
     "Gaze straight at the rising sun"),
    (SHOP, "RSK010", "After a week you will be able to drive without your glasses.",
     "will be able to drive without your glasses"),
    (SHOP, "RSK012", "Dab the balm onto cracked or weeping patches.",
     "Dab the balm onto cracked or weeping patches"),
    (SHOP, "RSK012", "You do not need a progestogen alongside the gel, even if you have a womb.",
     "do not need a progestogen alongside the gel, even if you have a womb"),
    (SHOP, "RSK007", "In ten years we have never needed to use an EpiPen.",
     "never needed to use an EpiPen"),
    (SHOP, "RSK002", "No bruising, no scars, nothing.",
     "No bruising, no scars, nothing."),
    (SHOP, "EVD003", "The method is based on 2,000 years of Ayurvedic medicine.",
     "based on 2,000 years of Ayurvedic medicine"),
    (SHOP, "EVD003", "Healers have relied on sea salt since the time of the Pharaohs.",
     "relied on sea salt since the time of the Pharaohs"),
    (SHOP, "EVD003", "Our grandparents washed their hair with rainwater and kept their hair.",
     "Our grandparents washed their hair with rainwater and kept their hair"),
    (SHOP, "EVD003", "Our 300 client surveys speak for themselves.",
     "surveys speak for themselves"),
    (SHOP, "EVD003", "We have had feedback from more than 2,000 families.",
     "have had feedback from more than 2,000 families"),
    (SHOP, "EVD003", "Several footballers are said to be fans.",
     "footballers are said to be fans"),
    (SHOP, "EVD016", "More than 8,000 women have already taken the programme.",
     "More than 8,000 women have already taken the programme"),
    (SHOP, "EVD008", "The magnets draw magnesium through the skin.",
     "draw magnesium through the skin"),
    (SHOP, "EVD008", "The steam loosens the mucus and washes it all away.",
     "washes it all away"),
    (SHOP, "EVD008", "The tea widens your bile duct so that the gravel can slide out.",
     "widens your bile duct so that the gravel can slide out"),
    (SHOP, "EVD008", "The light releases serotonin, which the body turns straight into melatonin.",
     "releases serotonin, which the body turns straight into"),
    (SHOP, "EVD008", "The drops clear the blockage and nourish the nerve.",
     "clear the blockage and nourish"),
    (NEWS, "TRM006", "The drink builds what she calls a gut-lock shield.",
     "gut-lock shield"),
    (NEWS, "TRM006", "The mat corrects what the firm calls Spinal Energy Balance.",
     "Spinal Energy Balance"),
    (NEWS, "TRM006", "The pins go in at what Dev calls \"cold meridians\".",
     "cold meridians"),
    (SHOP, "TRM006", "Many women slide into a state I call ovarian bankruptcy.",
     "ovarian bankruptcy"),
])
def test_the_meaning_is_found(page, code, sentence, excerpt):
    assert found(page + sentence + "\n", code) == [excerpt]


@pytest.mark.parametrize("code, sentence", [
    ("COM007", "Take the antibiotic for 48 hours only if the doctor says so."),
    ("CLM001", "Antivirals cure hepatitis C in 95% of people who take them."),
    ("LNG010", "Melanoma can be a killer disease if it spreads."),
    ("LNG011", "The doctors explained it to us carefully."),
    ("RSK002", "I feel fine: no itching, no pain, nothing."),
    ("RSK006", "On cloudy winter days in Britain, you may not need sunscreen."),
    ("RSK012", "Do not apply the cream to broken skin."),
    ("RSK012", "If you still have a womb, you will need a progestogen as well as oestrogen."),
    ("RSK010", "Never look directly at the sun."),
    ("TRM006", "It leads to what doctors call postherpetic neuralgia."),
    ("TRM006", "The firm sells what it calls its ThermaKill protocol."),
    ("TRM006", "She has what she calls brain fog most afternoons."),
    ("EVD003", "Willow bark was used for pain for centuries before aspirin was made from it."),
])
def test_careful_wordings_nearby_are_left_alone(code, sentence):
    assert found(NEWS + sentence + "\n", code) == []


def test_an_aside_that_sells_a_bundle_is_read():
    """A shop's multi-buy box beside its product is the page's own offer, not the site's sidebar."""
    page = ("<html><head><title>Night cream</title></head><body><main><h1>Night cream</h1>"
            "<p>Our cream is made in Wales.</p></main>"
            "<aside class=\"bundle-box\"><p>Buy two jars and get a third free.</p></aside></body></html>")
    assert [f.excerpt for f in lint_text(page, "a.html", overrides=Overrides(select=("COM002",)))] == [
        "Buy two jars and get a third free"]


def test_the_brains_own_myelin_cells_are_not_a_cell_therapy():
    """OPCs waking in the brain (the body's own repair cells) do not make a fasting page about stem cells."""
    page = "# Fasting for MS\n\nJoin today for £49.\n\nAfter two days of fasting, the OPCs switch on.\n\nOur programme rebuilds myelin.\n"
    assert found(page, "FCT005") == []


@pytest.mark.parametrize("page, excerpt", [
    # After a result in mice, the body said to respond the same way.
    ("# Venom\n\nIn mice, the venom calmed the immune attack. Our bodies react in just the same way.\n",
     ["Our bodies react in just the same way"]),
    ("# Venom\n\nIn mice, the venom calmed the immune attack. Whether people react the same way is unknown.\n", []),
    ("# Venom\n\nPeople react in different ways to the venom.\n", []),
])
def test_a_mouse_result_said_to_hold_for_the_human_body(page, excerpt):
    assert found(page, "EVD004") == excerpt


def test_transplanted_opcs_are_still_a_cell_therapy():
    page = "# MS news\n\nA new tablet is being tested.\n\nCell transplants of OPCs are already in phase 3 trials.\n"
    assert [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(
        page, "a.md", overrides=Overrides(select=("FCT009",)))] == ["ms-neural-cells-not-available"]
