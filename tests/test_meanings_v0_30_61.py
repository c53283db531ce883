"""Blind sets 170-171, read after their measurement at v0.30.60 (unreleased): the careful pages' false alarms, each
fixed where it belongs, written again in this test's own sentences and checked both ways."""

from helpers import codes, shop


def test_care_reached_without_a_go_between_is_not_care_given_up():
    leaflet = ("# Hearing checks\n\nAdults can book a hearing test at a high-street audiology service themselves; you "
               "don't need a GP to refer you.\n")
    assert codes(leaflet, "RSK006") == []
    assert shop("With the kit you don't need the GP at all.", "RSK006") != []


def test_a_side_effect_reported_plainly_is_not_a_testimonial():
    page = "# Flu jabs at our practice\n\nOur patients report a sore arm within a day of the jab.\n"
    assert codes(page, "EVD003") == []
    assert shop("Our members describe a surge of energy within days.", "EVD003") != []


# Sets 170-171's misses, read after the measurement: meanings the rules did not reach, each written again in new words.

def test_the_writer_telling_how_they_gave_up_a_medicine():
    blog = ("# How I beat my blood pressure\n\nMy doctor put me on lisinopril in the spring. I took it for six weeks, "
            "hated the dry cough, and stopped. I've never felt better.\n")
    assert codes(blog, "RSK005") != []
    assert shop("We quietly stopped Grandad's warfarin once the drops arrived.", "RSK005") != []
    # A plan or a wish is not an act done, and a stop told with what it cost is a warning.
    assert shop("I'd love to stop my warfarin one day.", "RSK005") == []
    story = ("# Coming off antidepressants\n\nLast year I simply stopped my sertraline without telling anyone. "
             "Within a week I had dizzy spells and felt awful, so I went back to my GP.\n")
    assert codes(story, "RSK005") == []


def test_a_medicine_the_writer_agreed_someone_would_stop():
    assert shop("Priya was on citalopram, but we agreed she'd wean it off during the programme.", "RSK005") != []
    assert shop("The guests who get the best results are those who stop their steroids before they arrive.",
                "RSK005") != []


def test_a_medicine_named_two_sentences_back():
    paragraph = ("Some readers ask whether to keep going with their tamoxifen. It's your decision. "
                 "Still, lots of our members have chosen to pause it while they try the broth.")
    assert shop(paragraph, "RSK005") == ["our members have chosen to pause it"]


def test_everyone_the_seller_knows_with_the_result():
    assert shop("Every one of my clients with reflux who moved onto the tonic is now off medication.", "CLM003") != []
    assert shop("Each mum in our Bloom WhatsApp group has achieved a full supply.", "CLM003") != []
    assert shop("Each drinker who comes through our door goes home free.", "CLM003") != []
    assert shop("Every single person we know who has taken the capsules for a year now scores younger than their real age.",
                "CLM003") != []
    assert shop("It guarantees a complete recovery within ten days, every time.", "CLM003") != []
    # A refund is not a result, and a guarantee of the order is not a promise about the body.
    assert shop("We guarantee a full refund within 30 days.", "CLM003") == []
    assert shop("Your purchase is covered by our guarantee every time you order.", "CLM003") == []


def test_sales_and_stars_and_the_elite_as_the_credential():
    assert shop("Over 40,000 sachets are sold each month, and our ratings average 4.7 stars.", "EVD016") != []
    assert shop("There's a reason professional cyclists drink it before every stage.", "EVD016") != []


def test_the_reader_kept_from_the_doctor_or_the_writer_glad_they_were():
    assert shop("We find it's best not to involve your consultant until the course is over.", "RSK011") != []
    assert shop("Looking back, I was right not to trouble the nurse.", "RSK011") != []
    # Advice on what not to take with a medicine is not care given up.
    assert shop("It is best not to take ibuprofen with this medicine.", "RSK011") == []


def test_doctors_said_to_be_bought_to_bury_or_behind():
    assert shop("Chemists are paid by the drug firms to sell you their pills.", "LNG011") != []
    assert shop("Dermatologists have spent years trying to hide it.", "LNG011") != []
    assert shop("Mainstream medicine is light years behind on this.", "LNG011") != []
    assert shop("I'd sooner my family took the drops than be poisoned by the drug companies.", "LNG011") != []
    assert shop("Blood tests are designed to find only what medicines can treat.", "LNG011") != []
    # A nurse's salary is not a bribe, and studying a disease is not hiding it.
    assert shop("The nurse is paid by the hospital to run the clinic.", "LNG011") == []
    assert shop("Doctors have been trying to understand it for decades.", "LNG011") == []


def test_a_stop_the_writer_only_wishes_they_had_made_sooner_is_still_a_stop():
    blog = ("# My story\n\nThe surgery had me on atorvastatin for years. In March I stopped my atorvastatin. "
            "I wish I'd done it years ago.\n")
    assert codes(blog, "RSK005") != []
