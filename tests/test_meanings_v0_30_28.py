"""The meanings v0.30.28 reads in any words, from what sets 112-113 showed: results guaranteed or for
everyone, a test that never misses, checks and aftercare made needless, warning signs pushed through,
money off for paying tonight, the seller's survey as evidence, fear and shame, a coined
syndrome someone is said to name, and common slips about colds, fever, the heart, teeth and MS. Each
sentence is written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, line: int) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,))) if f.line == line]


def on_a_page_that_sells(sentence: str, code: str) -> list[str]:
    return found("# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\n" + sentence + "\n", code, 5)


def on_a_leaflet(sentence: str, code: str) -> list[str]:
    return found("# About your care\n\nThis leaflet explains what to expect.\n\n" + sentence + "\n", code, 5)


def in_an_ms_article(sentence: str, code: str) -> list[str]:
    page = ("# Living with multiple sclerosis\n\nMultiple sclerosis (MS) affects the brain and spinal cord, and "
            "people with MS have several treatments to choose from.\n\n" + sentence + "\n")
    return found(page, code, 5)


def on_a_cell_clinic_page(sentence: str, code: str) -> list[str]:
    page = ("# Cell drips\n\nOur clinic offers stem cell therapy with donor cord blood cells, and stem cell "
            "treatments are all we do.\n\n" + sentence + "\n")
    return found(page, code, 5)


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Results guaranteed or for everyone; a test that never misses.
    ("Our members with arthritis are pain-free, every single one.", "CLM003",
     "Our members with arthritis are pain-free, every single one"),
    ("Everyone in my running club who tried the gel beat their best time, no exceptions.", "CLM003",
     "Everyone in my running club who tried the gel beat their best time"),
    ("Every client walks away with glowing skin.", "CLM003", "Every client walks away with glowing skin"),
    ("Guaranteed 3 kg off in a fortnight.", "CLM003", "Guaranteed 3 kg"),
    ("A brighter smile, guaranteed for life.", "CLM003", "smile, guaranteed for life"),
    ("Your family won't pick up a single sniffle all winter.", "CLM003",
     "Your family won't pick up a single sniffle all"),
    ("Scan every week and you will never die of melanoma.", "CLM003", "you will never die of melanoma"),
    ("The patch will never miss a stroke.", "CLM003", "will never miss a stroke"),
    ("The band detects 100% of heart attacks.", "CLM003", "detects 100% of heart attacks"),
    ("Rule out a stroke in 20 seconds from your own armchair.", "CLM003",
     "Rule out a stroke in 20 seconds from your own armchair"),
    ("Over 95% of our customers sleep through the night.", "CLM003", "Over 95% of our customers sleep through the night"),
    ("The cleanse flushes out the toxins, and the aches go with them.", "CLM002", "the aches go with them"),
    ("The drops calm eczema down for good.", "CLM002", "calm eczema down for good"),
    ("Brush twice a day and small cavities mend themselves.", "CLM006", "cavities mend themselves"),
    # Checks and aftercare made needless; warning signs pushed through; doses doubled.
    ("Once you start the tea there's no need to keep checking your blood sugar.", "RSK011",
     "no need to keep checking your blood sugar"),
    ("You don't need to tell the airline about your clot.", "RSK011", "don't need to tell the airline about your clot"),
    ("There's no need to ring 999 with chest pain.", "RSK011", "no need to ring 999 with"),
    ("Forget the walking boot and train on it.", "RSK011", "Forget the walking boot"),
    ("Our surgeon sees no need for clients to involve a spinal surgeon first.", "RSK011",
     "sees no need for clients to involve a spinal surgeon"),
    ("Skip the talking therapy.", "RSK006", "Skip the talking therapy"),
    ("After the course, physio is optional.", "RSK006", "physio is optional"),
    ("Straighter teeth with no visits to the orthodontist.", "RSK006", "no visits to the orthodontist"),
    ("If you feel dizzy, take another capsule and keep walking.", "RSK010",
     "If you feel dizzy, take another capsule and keep walking"),
    ("If your toddler is breathless with a cold, give an extra dose and ride it out at home.", "RSK010",
     "breathless with a cold, give an extra dose and ride it out at home"),
    ("The tingling and tiredness in the first week are the toxins coming out.", "RSK010",
     "tingling and tiredness in the first week are the toxins coming out"),
    ("If your eyes look yellow, that's just dehydration.", "RSK010", "yellow, that's just dehydration"),
    ("Take twice the label dose for faster results.", "RSK012", "twice the label dose"),
    ("If you're on blood pressure tablets, take our shot alongside them for extra protection.", "RSK012",
     "take our shot alongside them for extra protection"),
    ("Most people are straight back to the gym the next day.", "RSK004", "straight back to the gym the next day"),
    ("It's a tiny jab, so the worst you'll feel is a sore arm.", "RSK004", "so the worst you'll feel is"),
    ("No assessment by a doctor is needed before your first session.", "RSK011",
     "No assessment by a doctor is needed"),
    ("Most clients fly home the day after their injection.", "RSK004", "fly home the day after their injection"),
    ("With our drip there is no bleeding risk at all.", "RSK002", "no bleeding risk at all"),
    ("Infection and scarring are simply impossible.", "RSK002", "scarring are simply impossible"),
    ("Stinging means the serum is working, so keep applying it.", "RSK010", "Stinging means the serum is working"),
    ("It just means your joints are detoxing.", "RSK010", "just means your joints are detoxing"),
    ("The cream is fine for people with eczema and broken skin.", "RSK008",
     "fine for people with eczema and broken skin"),
    # Money off for paying tonight, places counted as they go.
    ("Sign up tonight and we'll take £300 off the price.", "COM002", "Sign up tonight and we'll take £300 off the price"),
    ("Refer a friend and we'll give you £50 back.", "COM002", "Refer a friend and we'll give you £50 back"),
    ("There is a payment plan of 6 monthly instalments.", "COM002", "payment plan of 6 monthly instalments"),
    ("Only 20 places this spring, and 14 are already booked.", "COM007",
     "Only 20 places this spring, and 14 are already booked"),
    ("Doors close on Friday at midnight.", "COM007", "Doors close on Friday at midnight"),
    ("Nothing to pay now: pay nothing until June.", "COM002", "pay nothing until"),
    ("Patients who book before 1 May receive a £400 discount.", "COM002",
     "book before 1 May receive a £400 discount"),
    ("A course of ten for £200, saving you £50.", "COM002", "ten for £200, saving you £50"),
    ("This month only, the second jar is half price.", "COM007", "This month only"),
    ("The price of a single jar goes up on 1 June.", "COM007", "price of a single jar goes up on 1 June"),
    ("There are just 12 places on the autumn retreat.", "COM007", "just 12 places on the autumn retreat"),
    ("Our starter pack sells out every week.", "COM007", "sells out every week"),
    ("Hold your treatment date with a £500 non-refundable deposit.", "COM007",
     "Hold your treatment date with a £500 non-refundable deposit"),
    ("A free water bottle with every first order.", "COM009", "free water bottle with every first order"),
    ("We'll make your first month free.", "COM009", "your first month free"),
    # The seller's survey, lab and follow-up as the evidence.
    ("Eight in ten buyers slept longer, according to our customer survey.", "EVD017",
     "slept longer, according to our customer survey"),
    ("Our practice's own follow-up of 90 patients found most could walk further.", "EVD017",
     "Our practice's own follow-up of 90 patients found most could walk further"),
    ("Divers use them, which says it all.", "EVD016", None),
    ("Pilots swear by them, which tells you everything.", "EVD016", "Pilots swear by them, which tells you everything"),
    # Fear and shame; superlatives against all that exists.
    ("Don't let a stroke leave your family arranging a funeral.", "LNG010", "leave your family arranging a funeral"),
    ("The drug companies want you dependent on their tablets for life.", "LNG011",
     "drug companies want you dependent on their tablets for life"),
    ("Stop being such a couch potato and sign up.", "LNG012", "Stop being such a couch potato"),
    ("It is the most effective remedy that exists today.", "HYP001", "the most effective remedy that exists today"),
    ("Collagen is literally the holy grail of skin.", "HYP001", "literally the holy grail"),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    if excerpt is None:  # divers are not among the users whose use is offered as the verdict
        assert on_a_page_that_sells(sentence, code) == []
    else:
        assert on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code", [
    ("No test will never miss a cancer, and this one misses about one in ten.", "CLM003"),
    ("Doctors can rule out a heart attack with a blood test in hospital.", "CLM003"),
    ("Everyone in the trial, without exception, was followed for five years.", "CLM003"),
    ("Once you have eczema, it tends to stay with you for good.", "CLM002"),
    ("Early decay can sometimes be stopped with fluoride, but cavities do not heal themselves.", "CLM006"),
    ("Most people with well-controlled blood pressure don't need to check it at home every day.", "RSK011"),
    ("You don't need to tell the airline unless you need oxygen on board.", "RSK011"),
    ("If your child is breathless or wheezy, call 111 straight away; don't wait it out at home.", "RSK010"),
    ("Never take double the recommended dose.", "RSK012"),
    ("Do not skip the boot: wear it for the full eight weeks.", "RSK011"),
    ("Your retainer is not optional: wear it every night.", "RSK006"),
    ("The clinic has 12 appointments available each month.", "COM007"),
    ("Prescription charges go up on 1 April each year.", "COM007"),
    ("There is no infection risk from the vaccine itself, but the arm can get sore.", "RSK002"),
    ("Pain after a filling often means the nerve is healing; if it lasts a week, see your dentist.", "RSK010"),
    ("A prepayment certificate could save you £100 a year.", "COM002"),
    ("Some clinics ask for a non-refundable deposit before you have seen a doctor.", "COM007"),
])
def test_careful_wordings_are_left_alone(sentence, code):
    assert on_a_page_that_sells(sentence, code) == []


@pytest.mark.parametrize("sentence, excerpt", [
    ("Colds and flu come from the same virus.", "Colds and flu come from the same virus"),
    ("Green mucus means the cold has turned bacterial.", "Green mucus means the cold has turned bacterial"),
    ("A high temperature can damage your child's brain.", "A high temperature can damage your child's brain"),
    ("A heart attack is when the heart stops beating.", "heart attack is when the heart stops beating"),
    ("Enamel is the second hardest tissue in the body.", "Enamel is the second hardest tissue"),
    ("Antihistamines stop working when you take them daily.", "Antihistamines stop working when you take them daily"),
    ("Hay fever is not linked to asthma.", "Hay fever is not linked to asthma"),
    ("The nasal spray flu vaccine contains killed virus.", "nasal spray flu vaccine contains killed virus"),
    ("Melatonin is produced by your eyes.", "Melatonin is produced by your eyes"),
    ("Melanoma only appears on sun-exposed skin.", "Melanoma only appears on sun-exposed"),
    ("High cholesterol usually gives you warning signs.", "High cholesterol usually gives you warning signs"),
])
def test_common_slips_are_facts_of_the_knowledge_base(sentence, excerpt):
    assert on_a_leaflet(sentence, "FCT009") == [excerpt]


def test_true_statements_of_the_same_facts_pass():
    for sentence in ("Green mucus does not mean you need antibiotics.",
                     "A heart attack is not the same as a cardiac arrest, when the heart stops pumping.",
                     "Enamel is the hardest substance in the body.",
                     "Colds and flu are caused by different viruses."):
        assert on_a_leaflet(sentence, "FCT009") == [], sentence


@pytest.mark.parametrize("sentence, excerpt", [
    ("Teriflunomide is a steroid.", "Teriflunomide is a steroid"),
    ("Disease-modifying treatments are designed to repair myelin.",
     "Disease-modifying treatments are designed to repair myelin"),
    ("MS is not an autoimmune disease.", "MS is not an autoimmune disease"),
    ("Heavy metals are the hidden cause of MS.", "Heavy metals are the hidden cause of MS"),
    ("Dairy is the real cause of MS.", "Dairy is the real cause of MS"),
])
def test_ms_slips(sentence, excerpt):
    assert in_an_ms_article(sentence, "FCT009") == [excerpt]


def test_cells_said_to_be_embryonic():
    assert on_a_cell_clinic_page("Placental cells are rich in embryonic stem cells.", "FCT009") == [
        "Placental cells are rich in embryonic stem cells"]
    assert on_a_cell_clinic_page("Cord blood cells are not embryonic stem cells.", "FCT009") == []


def test_a_coined_syndrome_someone_names_is_flagged_on_any_page():
    page = "# A new clinic\n\nThe founder calls the problem Tendon Thirst Syndrome and says most runners have it.\n"
    assert found(page, "TRM006", 3) == ["Tendon Thirst Syndrome"]
    # Without a name given, a capitalised syndrome in a news story may be a real one the knowledge base lacks.
    page = "# A rare case\n\nDoctors diagnosed Tendon Thirst Syndrome after the scan.\n"
    assert found(page, "TRM006", 3) == []


def test_a_shop_button_and_a_struck_price_make_a_page_that_sells():
    page = ("# The Pulse Band\n\nNow GBP 99 (was GBP 149).\n\nIt even spots what we call the Cardiac Quiet Drift, "
            "hours early.\n\n[Add to basket](https://shop.example/basket/add)\n")
    assert found(page, "TRM006", 5) == ["Cardiac Quiet Drift"]


@pytest.mark.parametrize("url, flagged", [
    ("https://go.sleepblog.example/amber-glasses", True),
    ("https://shop-partner.example/kitchen/collagen", True),
    ("https://go.sleepblog.example/", False),  # a redirect host with no page behind it
    ("https://clinic.example/knee?agent=jo17", True),
    ("https://www.nhs.uk/conditions/insomnia/", False),
])
def test_redirect_and_partner_hosts_are_referral_links(url, flagged):
    page = f"# Sleep\n\nI wear [these]({url}) every night.\n"
    assert bool(found(page, "COM005", 3)) is flagged


def test_a_reason_disowned_is_no_claim():
    assert on_a_leaflet("I'd do it again, not because it cured my asthma, but because I sleep now.", "CLM001") == []


def test_an_advert_seen_and_doubted_is_disputed():
    text = ("You may see adverts promising to cure eczema in ten days. We are not aware of good evidence for any "
            "of them.")
    assert on_a_leaflet(text, "CLM001") == []


def test_booking_when_self_care_has_not_worked_is_advice():
    assert on_a_leaflet("Please book an appointment if the drops haven't helped after a week.", "COM001") == []


def test_a_slur_before_a_clause_is_flagged():
    assert on_a_leaflet("He feared becoming a stooped cripple who could not lift his children.", "LNG005") == [
        "cripple"]


def test_slowed_decline_is_a_quantity_not_a_risk():
    assert on_a_leaflet("The drug slowed cognitive decline by about a third.", "EVD006") == []
    assert on_a_leaflet("The drug cut the risk of dementia by about a third.", "EVD006") == [
        "cut the risk of dementia by about a third"]


def test_a_prescription_medicine_in_a_relative_clause_is_said_to_be_sold_freely():
    page = ("# Sleep\n\nSome parents try melatonin, which you can buy over the counter at any UK chemist.\n\n"
            "Any new medicine, including ones which are sold over the counter, can interact with others.\n")
    assert [f.line for f in lint_text(page, "a.md", overrides=Overrides(select=("FCT043",)))] == [3]
    assert found("# Sleep\n\nYou can pick melatonin up over the counter at any pharmacy.\n", "FCT043", 3) == [
        "pick melatonin up over the counter"]
