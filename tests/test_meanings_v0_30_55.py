"""Blind sets 158-159, read after their measurement at v0.30.54 (v0.30.55): the careful page's false alarm and the misses,
each read for its frame and written again in this test's own sentences. Each rule is checked both ways: the careful
wording is left alone, and the claim beside it is caught."""

from helpers import codes, everything, shop


def test_quitting_ranked_first_is_advice_not_a_product_ranked():
    letter = ("# Questions after your scan\n\nA clear scan is no licence to carry on smoking. Giving up is by far the "
              "single most important change you can make for your breathing, and it pays off whatever your age.\n")
    assert codes(letter, "HYP001") == []
    pitch = ("# Questions after your scan\n\nA clear scan is no licence to carry on smoking. Our tonic is by far the "
             "single most important change you can make for your breathing, and it pays off whatever your age.\n")
    assert codes(pitch, "HYP001") == ['the single most important change you can make for your breathing']


# -- Those a product is least tested in (RSK008) ---------------------------------------------------------------------

def test_the_reader_told_they_can_use_it_while_at_risk():
    assert shop("You can book a session straight after a relapse or while pregnant.", "RSK008") == [
        'You can book a session straight after a relapse or while pregnant']
    assert shop("You can wear the band over a hip replacement wound from the day after surgery.", "RSK008") != []
    assert shop("Parents can apply it to newborns.", "RSK008") == ['Parents can apply it to newborns']
    assert shop("It can also be applied over cold sores and broken skin.", "RSK008") != []
    # a medicine or a repellent named, as public advice gives it
    assert shop("You can take paracetamol while pregnant; ibuprofen is best avoided.", "RSK008") == []
    assert shop("DEET can be used in pregnancy and on babies over two months old.", "RSK008") == []


def test_the_people_at_risk_said_to_be_no_problem():
    assert shop("The gel is fine with poor circulation and varicose veins.", "RSK008") == [
        'fine with poor circulation and varicose veins']
    assert shop("Ideal for all, including those with kidney failure.", "RSK008") != []
    assert shop("Diabetic feet are fine in the steam room.", "RSK008") == ['Diabetic feet are fine in the']
    assert shop("Kidney disease isn't a problem at these temperatures.", "RSK008") != []
    assert shop("The powder is safe to carry on taking while breastfeeding.", "RSK008") != []
    assert shop("If you're on warfarin, the tonic is still completely fine.", "RSK008") != []
    assert shop("Pregnancy is fine for most people with MS, and relapses often fall.", "RSK008") == []
    assert shop("High blood pressure is not a problem for most people on this medicine, but check with your GP.",
                "RSK008") == []


# -- Medicines, screening and care given up (RSK005, RSK011) ---------------------------------------------------------

def test_a_medicine_cut_right_down_or_stopped_by_most_of_the_sellers_people():
    assert shop("After the course you can bring your steroid inhaler right down.", "RSK005") == [
        'you can bring your steroid inhaler right down']
    page = ("# The plan\n\nBuy now for £30.\n\nMany members arrive on statins or metformin. Most members on the plan "
            "stop them in the first fortnight.\n")
    assert codes(page, "RSK005") == ['stop them']
    wish = ("# Steroids\n\nSteroids such as prednisolone help many conditions, and many people are keen to come off "
            "them as soon as they can.\n")
    assert codes(wish, "RSK005") == []


def test_a_screening_kit_or_the_readers_care_given_up_for_the_product():
    assert shop("If a bowel screening kit arrives in the post, you can bin it.", "RSK011") == ['you can bin it']
    assert shop("Swap your inhaler for our salt pipe.", "RSK011") != []
    assert shop("Customers trade their sun cream and their retinoid for our capsules.", "RSK011") != []
    assert shop("You have no need for folic acid until the test is positive.", "RSK011") == ['no need for folic acid']
    assert shop("You can decline the screening test if you wish; it is your choice.", "RSK011") == []


def test_a_warning_sign_felt_then_put_down_to_the_body_at_work():
    assert shop("My chest felt tight in the evenings, but the coach says that's just the stress leaving.",
                "RSK010") != []
    assert shop("I'm constantly thirsty, but I reckon that is just the detox clearing.", "RSK010") != []
    assert shop("If the joint goes hot and red, that's the copper drawing the swelling out, so keep the strap on.",
                "RSK010") == ["hot and red, that's the copper drawing the swelling out, so keep the strap on"]
    assert shop("If the joint goes hot and red, stop using the strap and see your GP.", "RSK010") == []


# -- The seller's people and their results (CLM003) ------------------------------------------------------------------

def test_everyone_who_did_the_course_with_a_result():
    assert shop("Every man who completes our four sessions leaves with visibly fuller hair.", "CLM003") != []
    assert shop("Everyone in my walking group who tried the drops feels like their old self.", "CLM003") != []
    assert shop("Every woman in our pilot told us she will never go back to her inhaler.", "CLM003") != []
    assert shop("96% of wearers are migraine-free by week four.", "CLM003") == ['96% of wearers are migraine-free']
    assert shop("In our practice, flares simply stop.", "CLM003") == ['In our practice, flares simply stop']
    assert shop("Guaranteed conception within six months or your money back.", "CLM003") != []
    # a trial's share, and what buyers said they felt
    assert shop("In the trial, 92% of patients were pain-free at a year, against 60% on placebo.", "CLM003") == []
    assert shop("94% of wearers reported less pain after one week.", "CLM003") == []


# -- Language: the frames of conspiracy and captivity (LNG010, LNG011, LNG014, LNG015) ------------------------------

def test_a_party_that_gains_and_its_motive():
    assert shop("The diet industry earns far too much to let you find out.", "LNG011") != []
    assert shop("Your optician has every incentive to keep you buying lenses.", "LNG011") != []
    assert shop("The only reason your GP hasn't mentioned it is that seaweed can't be patented.", "LNG011") != []
    assert shop("Our outcomes are ones big pharma can only dream about.", "LNG011") != []
    assert shop("Your GP only checks once it's too late.", "LNG011") != []
    assert shop("The drug industry makes money from medicines, which is why trials must be registered.",
                "LNG011") == []


def test_the_captive_image_kept_in_a_slogan():
    assert shop("No man should be a prisoner of his bladder.", "LNG014") == ['No man should be a prisoner of his bladder']
    assert shop("Don't end up a captive in your own armchair.", "LNG014") != []
    assert shop("Arthritis doesn't have to mean turning into a doddery invalid.", "LNG015") != []
    assert shop("Having MS doesn't mean you will end up in a wheelchair.", "LNG015") == []


def test_a_disease_said_to_be_growing_inside_the_reader():
    assert shop("Every sugary snack feeds the tumour already growing inside you.", "LNG010") != []


# -- Sales pressure and gifts (COM007, COM009) -----------------------------------------------------------------------

def test_closing_dates_and_places_counted():
    assert shop("The offer runs only until Sunday.", "COM007") != []
    assert shop("I only take eight new clients a month.", "COM007") == ['I only take eight new clients a month']
    assert shop("Limited places.", "COM007") == ['Limited places']
    assert shop("The discount is on now, but it won't be around long.", "COM007") != []
    assert shop("The numbness won't last long, so rest until it passes.", "COM007") == []
    assert shop("The first 50 orders also get the travel pouch (worth £15) free.", "COM009") != []


# -- Hype and names (HYP001, TRM006, TRM002) -------------------------------------------------------------------------

def test_the_most_important_advance_for_decades():
    assert shop("\"This is the most significant development in bladder care for forty years.\"", "HYP001") != []
    assert shop("It was the most important advance in the field in 2019.", "HYP001") == []


def test_corroboration_is_no_rebuttal_of_a_quotation():
    blog = ("# My exam month\n\nBuy now for £30.\n\nThe founder told me: \"Our capsule is the most powerful study aid ever "
            "made.\"\n\nIt isn't just me. My whole class got better marks.\n")
    assert codes(blog, "HYP001") == ['the most powerful study aid ever made']


def test_a_name_on_a_hyphenated_prefix_ending_in_an_everyday_word():
    assert shop("Sessions trigger a cryo-neural reset.", "TRM006") == ['cryo-neural reset']
    assert shop("The mat creates a bio-magnetic field around you.", "TRM006") == ['bio-magnetic field']
    assert shop("Try the Neuro-Reset Insoles today.", "TRM006") == []
    assert shop("Your oxygen saturation should stay above 94%.", "TRM006") == []


def test_letters_whose_kind_is_told():
    page = ("# Treating low mood\n\nIf one tablet does not suit you, your GP may offer a related medicine called an SNRI "
            "instead.\n\nSome people in hospital also receive a white-cell growth factor called G-CSF to raise their "
            "count.\n")
    assert everything(page, "TRM002") == []
    bare = ("# Treating low mood\n\nIf one tablet does not suit you, your GP may offer an SNRI instead.\n\nSome people "
            "in hospital also receive G-CSF to raise their white cell count.\n")
    assert everything(bare, "TRM002") == ['SNRI', 'G-CSF']


# -- Relative time that dates nothing (TIM002) -----------------------------------------------------------------------

def test_relative_time_is_noted_only_when_it_dates_news():
    assert everything("# The podcast\n\nNext week: cold-weather running, with our physio.\n", "TIM002") == []
    assert everything("# News\n\nThis year, a hospital in Leeds began offering the treatment.\n", "TIM002") == [
        'This year']


# -- Dated changes, in more of their wordings (TIM005) ---------------------------------------------------------------

OLD_POST = "---\ndate: 2019-06-02\n---\n# Living with MS\n\n"


def test_a_withdrawn_medicine_offered_as_a_newer_choice():
    assert codes(OLD_POST + "My nurse said daclizumab is among the latest injections we could try.\n", "TIM005") != []
    assert codes(OLD_POST + "Daclizumab was withdrawn in 2018 after reports of brain inflammation.\n", "TIM005") == []


def test_nothing_licensed_for_the_course_named_in_the_if_clause():
    assert codes(OLD_POST + "With primary progressive MS, nothing is licensed for you.\n", "TIM005") != []
    assert codes(OLD_POST + "With primary progressive MS, ocrelizumab is now licensed for you if your disease is "
                 "early and active.\n", "TIM005") == []
