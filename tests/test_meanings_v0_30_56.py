"""Blind sets 160-161, read after their measurement at v0.30.55 (v0.30.56): the careful page's false alarm, two reading
fixes, and the misses read as frames, each written again in this test's own sentences and checked both ways."""

from helpers import codes, shop


def test_a_listeners_question_quoted_over_two_sentences_is_reported():
    phone_in = ("# Ask the pharmacist\n\nHOST: Next, a question from Aisha: \"I came off my blood pressure tablets "
                "because they made me dizzy. Was that a mistake?\"\n\nPHARMACIST: Please talk to your GP before "
                "changing anything.\n")
    assert codes(phone_in, "RSK005", "a.txt") == []
    told = ("# The programme\n\nBuy now for £30.\n\nI came off my blood pressure tablets once the drops arrived, and "
            "so can you.\n")
    assert codes(told, "RSK005") != []


def test_a_pseudo_cleft_asserts_what_follows():
    assert codes("# MS\n\nWhat nobody mentions is that MS is caused by mercury fillings.\n", "FCT017") == [
        'MS is caused by mercury fillings']
    assert codes("# MS\n\nIt is not true that MS is caused by mercury fillings.\n", "FCT017") == []


# -- Risk frames (RSK002, RSK005, RSK006, RSK008, RSK010, RSK011) -------------------------------------------------

def test_a_harm_hormones_are_known_for_denied():
    assert shop("With our balm there is no risk of womb cancer or clots.", "RSK002") != []
    assert shop("There is no risk of catching measles from the vaccine itself.", "RSK002") == []


def test_the_people_at_risk_welcomed_or_told_to_go_ahead():
    assert shop("Clients who are breastfeeding are welcome to book.", "RSK008") == [
        'Clients who are breastfeeding are welcome to book']
    assert shop("Insulin pumps are no problem at all.", "RSK008") == ['Insulin pumps are no problem at all']
    assert shop("The plan is safe to start while you are trying to conceive.", "RSK008") != []
    assert shop("Tell us if you are pregnant, as we cannot treat you until after the birth.", "RSK008") == []


def test_care_given_up_or_the_team_left_out():
    assert shop("Most members find it simpler to pause their insulin during the retreat.", "RSK005") != []
    assert shop("There's no need to carry on with yearly retinal checks once you wear the lenses.", "RSK011") != []
    assert shop("We suggest parents pause physiotherapy while the cells settle.", "RSK011") != []
    assert shop("There's no need to run it past your health visitor first.", "RSK006") != []
    assert shop("Please keep up with your yearly retinal checks.", "RSK011") == []


def test_a_warning_sign_called_a_normal_sign_of_the_body_at_work():
    assert shop("Tingling is a normal sign of your nerves rebalancing.", "RSK010") == [
        'Tingling is a normal sign of your nerves rebalancing']
    assert shop("These are healing signs, so push through them.", "RSK010") != []
    assert shop("There's no need for eye protection with this lamp.", "RSK010") != []
    assert shop("Tingling is common after a relapse; tell your MS nurse if it gets worse.", "RSK010") == []


# -- Claims (CLM003) and evidence (EVD003, EVD017) ------------------------------------------------------------------

def test_the_sellers_people_and_their_results_in_more_words():
    assert shop("Every toddler in our group who tried the drops has settled within the hour.", "CLM003") != []
    assert shop("In my experience, most toddlers start sleeping through within days.", "CLM003") != []
    assert shop("Most of our patients never flare again.", "CLM003") == ['Most of our patients never flare again']
    assert shop("Our members put their inhalers away and never look back.", "CLM003") != []
    assert shop("Every client who sticks with it tells us their HbA1c has dropped.", "CLM003") != []
    assert shop("In the trial, most patients on the drug did not relapse within two years.", "CLM003") == []


def test_an_age_of_tradition_told_as_reaching_back():
    assert shop("Cupping goes back two thousand years, so it is no passing trend.", "EVD003") != []
    assert shop("The tea was prescribed by village herbalists for centuries.", "EVD003") != []
    assert shop("Tibetan monks have chanted for centuries.", "EVD003") != []


def test_the_sellers_own_readers_surveyed():
    assert shop("We ran a customer survey last spring and 93% said their knees felt better.", "EVD017") != []
    assert shop("Of the 2,000 walkers who have sent us reviews, 94% say they walk further.", "EVD017") != []


# -- Language (LNG010, LNG011, LNG012, LNG014) ----------------------------------------------------------------------

def test_fear_of_what_the_body_is_doing_unseen():
    assert shop("Your body is quietly poisoning itself.", "LNG010") != []
    assert shop("Half of all men are short of vitamin D, but they won't even notice it.", "LNG010") != []
    assert shop("Do not wait till your kidneys fail and you are on dialysis.", "LNG010") != []


def test_the_family_made_the_stake_and_the_captive_image():
    # the rhetorical question is the same appeal
    assert shop("Why gamble with your child's health?", "LNG012") != []
    assert shop("Don't gamble with your child's health.", "LNG012") != []
    assert shop("Nobody wants to be a burden on their family.", "LNG012") != []
    assert shop("No one needs to remain trapped inside a tired body.", "LNG014") != []


def test_an_establishment_that_would_sooner_than_admit():
    assert shop("The medical establishment would sooner see us suffer than admit it was wrong.", "LNG011") != []


# -- Sales pressure (COM002, COM007, COM009) and hype (HYP001) -------------------------------------------------------

def test_stock_gone_when_gone_gifts_after_orders_and_referral_rewards():
    assert shop("We only made 150 kits at this price.", "COM007") != []
    assert shop("When they're gone, they're gone.", "COM007") != []
    assert shop("Claim a free blender after your second order.", "COM009") != []
    assert shop("For every friend you refer, we'll add £20 credit to your account.", "COM002") != []


def test_the_best_ever_written_or_outside_hospital():
    assert shop("It is the most useful guide to eczema ever written.", "HYP001") != []
    assert shop("The most effective pain relief available outside a hospital.", "HYP001") != []


# -- Dated changes (TIM005) -----------------------------------------------------------------------------------------

LATER_POST = "---\ndate: 2020-02-10\n---\n# Notes from our clinic\n\n"


def test_guidance_and_warnings_said_not_to_exist_after_they_appeared():
    assert codes(LATER_POST + "Sadly NICE has no guidance on medicinal cannabis yet.\n", "TIM005") != []
    assert codes(LATER_POST + "Not one health authority has voiced concerns about homeopathic teething gels.\n",
                 "TIM005") != []
    assert codes(LATER_POST + "NICE published its guidance on medicinal cannabis in November 2019.\n", "TIM005") == []
