"""The meanings v0.30.36 reads, from what sets 128-129 showed: careful pages left alone (a GP who says when to
book, a study that found gummies held three times the stated dose, a drug that slowed decline by a quarter on
rating scales), and the seller's claims in new words. Each sentence is written for this test; none comes from
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
    # Stock nearly gone, however it is counted.
    ("Our spring batch is almost sold out.", "COM007", "Our spring batch is almost sold out"),
    ("Stocks of our travel tins are nearly gone.", "COM007", "Stocks of our travel tins are nearly gone"),
    ("Supplies are very limited this winter.", "COM007", "Supplies are very limited"),
    ("We have fewer than 80 jars left until the new harvest.", "COM007", "fewer than 80 jars left until"),
    ("There are just a handful left in blue.", "COM007", "just a handful left in"),
    # The seller's people off their medicines, a dose cut behind the doctor's back, the product as the cue.
    ("The retreat asks guests to stop antidepressants a week before they come.", "RSK005",
     "The retreat asks guests to stop antidepressants"),
    ("Half of our members have quietly stopped them.", "RSK005", "Half of our members have quietly stopped them"),
    ("She halved her insulin without telling her diabetes nurse.", "RSK005",
     "halved her insulin without telling her diabetes nurse"),
    ("Women can stop the hormone tablets once they have a Calmwave belt.", "RSK005",
     "can stop the hormone tablets once they have a Calmwave belt"),
    ("The protocol works better if you come off your inhalers first.", "RSK005",
     "works better if you come off your inhalers"),
    ("Sertraline may be stopped any time you like.", "RSK005", "Sertraline may be stopped any time you like"),
    # Cures, permanent results and whole clienteles in new words.
    ("SootheNest cures toddler eczema in a week.", "CLM001", "cures toddler eczema"),
    ("Never get thrush again.", "CLM002", "Never get thrush again"),
    ("The gel makes you 100% flu-proof.", "CLM003", "makes you 100% flu-proof"),
    ("The balm rebuilds the joint, so your knee is returned to the way it was before the injury.", "CLM006",
     "returned to the way it was before"),
    ("Not one of our families has caught measles since.", "CLM003",
     "Not one of our families has caught measles since"),
    ("Nine out of ten men who try the patch never need a pill again.", "CLM003",
     "Nine out of ten men who try the patch never need a pill again"),
    ("Every customer who uses the roller sees visible new growth.", "CLM003",
     "Every customer who uses the roller sees visible new growth"),
    ("Tom has not had a flare all year, and everyone in our club who takes it has stopped flaring too.", "CLM003",
     "everyone in our club who takes it has stopped flaring"),
    # Hype: the world's most, ever; the best in a region; the number one; engineered by science; every strain.
    ("This is the world's most comfortable brace, ever.", "HYP001", "the world's most comfortable brace, ever"),
    ("Our outcomes are the best in the UK.", "HYP001", "Our outcomes are the best in the UK"),
    ("It is the only insole scientifically engineered for flat feet.", "HYP001",
     "the only insole scientifically engineered"),
    ("The mist kills all strains on contact.", "HYP001", "kills all strains"),
    ("The maker says it could be the end of eye patching.", "HYP001", "could be the end of eye patching"),
    ("This is regenerative medicine, the future of arthritis care.", "HYP001", "the future of arthritis care"),
    # Proven care skipped, the doctor kept out, no ceiling on a dose, the research called beyond doubt.
    ("Plenty of our buyers have since decided they don't need a flu jab.", "RSK006",
     "buyers have since decided they don't need a flu jab"),
    ("I'd avoid the referral altogether.", "RSK006", "I'd avoid the referral altogether"),
    ("Flossing is pointless once you use our rinse.", "RSK006", "Flossing is pointless once you"),
    ("Take six capsules a day, and the more the better.", "RSK012", "capsules a day, and the more the better"),
    ("Lie in full midday sunshine for 20 minutes with no sun cream.", "RSK012",
     "Lie in full midday sunshine for 20 minutes with no sun cream"),
    ("The science behind this is crystal clear.", "EVD002", "The science behind this is crystal clear"),
    # A trade name dressed as science, on a page that sells.
    ("Each tablet carries our FlexiCore collagen complex.", "TRM006", "FlexiCore collagen complex"),
    ("The mat uses the brand's patented Somno-Wave frequency.", "TRM006", "Somno-Wave frequency"),
    ("Our Calm-Track Score shows how you are doing.", "TRM006", "Calm-Track Score"),
    # Fear, blame and conspiracy.
    ("Don't let your grandchildren watch you struggle.", "LNG010", "Don't let your grandchildren watch you struggle"),
    ("Doing nothing is the riskiest choice you can make.", "LNG010", "Doing nothing is the riskiest choice"),
    ("You're choosing to live with the pain.", "LNG012", "You're choosing to live with"),
    ("Nurses are taught to hand out pills.", "LNG011", "Nurses are taught to hand out pills"),
    ("That consultant is only protecting his income.", "LNG011", "is only protecting his income"),
    # Evidence: the proof in itself, the bench, the seller's own pilot.
    ("Every client we treated last year is still well, which speaks for itself.", "EVD003",
     "Every client we treated last year is still well, which speaks for itself"),
    ("Our extract made nerve cells in a dish grow twice as fast.", "EVD004", "made nerve cells in a dish"),
    ("In Brightkid's own pilot, 28 of 30 pupils improved within a month.", "EVD017",
     "Brightkid's own pilot, 28 of 30 pupils improved"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    # A doctor's column: when to book, for someone else's symptoms.
    ("Please book an appointment if his cough lasts more than three weeks.", "COM001"),
    # A product tested against its label is a finding, not dosing advice.
    ("Lab tests found the drops contained up to twice the stated dose.", "RSK012"),
    # A decline on a rating scale is a score, not the chance of an event.
    ("The drug slowed decline by about a quarter on rating scales over 18 months.", "EVD006"),
    # Advice to keep the doctor in the loop is not a dose cut behind their back.
    ("Never cut your dose without telling your doctor.", "RSK005"),
    # Stopping once the operation is done is the surgeon's plan.
    ("You can stop the blood thinner once you have the operation date, as your surgeon directs.", "RSK005"),
    # A shortage reported as news is not the seller's stock.
    ("Stocks of the vaccine were low in some pharmacies last week.", "COM007"),
    # What a product is made in, supply set by donors, a warning that a change cannot be undone.
    ("The tablets are made in a lab in Leeds to a strict standard.", "EVD004"),
    ("Supply is limited by the number of donors who come forward.", "COM007"),
    ("Once a tooth is filed down, that change is permanent.", "CLM005"),
    # A real device named in a leaflet that sells nothing.
    ("Some clinics use the FreeStyle Libre system to track glucose.", "TRM006"),
    # Criticism with the same coda is not a testimonial.
    ("The clinic has published nothing in ten years, which speaks for itself.", "EVD003"),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_leaflet(text, code) == []
