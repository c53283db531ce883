"""Blind sets 166-167, read after their measurement at v0.30.58 (unreleased): the careful pages' false alarms, each
fixed where it belongs (the reading layer, or the rule), written again in this test's own sentences and checked both
ways."""

from helpers import codes, shop


def test_a_quoted_saying_corrected_a_few_sentences_on():
    blog = ("# Croup: what helps\n\n**\"Steam from a hot shower cures it.\"** Plenty of parents find the cough quietens "
            "in the bathroom. Steam is pleasant, but no trial has shown that it treats croup, so do not wait to get help.\n")
    assert codes(blog, "CLM001") == []
    assert shop("\"Steam from our shower head cures it.\" Thousands of parents love it.", "CLM001") != []


def test_a_quoted_heading_corrected_where_its_section_begins():
    feature = ("# Stem cells abroad\n\n## \"They're my own cells, so they must be safe\"\n\nThis is among the commonest "
               "claims on clinic pages, and the ISSCR warns against it. Cells processed in a lab can be contaminated.\n")
    assert codes(feature, "RSK003") == []
    assert shop("They're your own cells, so they must be safe.", "RSK003") != []


def test_a_quotation_after_a_speakers_label_is_answered_by_the_next_speaker():
    podcast = ("# Myths we hear\n\n**DEV:** \"A clear scan means you can't have endometriosis.\"\n\n**MARA:** Not true "
               "either. Small patches often don't show on a scan.\n")
    assert codes(podcast, "FCT034") == []
    assert codes("# Endometriosis\n\nA clear scan means you can't have endometriosis.\n", "FCT034") != []


def test_a_figure_nobody_can_check_and_a_report_corrected_in_fact():
    feature = ("# Before you fly for stem cells\n\nOne leaflet a reader sent us claimed \"a 95% success rate\". There's no "
               "way of checking the number: it comes from the clinic's own survey of patients, with no account of who "
               "answered.\n")
    assert codes(feature, "EVD003") == []
    assert shop("Our own survey of our customers found a 95% success rate.", "EVD003") != []


def test_how_much_a_little_swelling_matters_is_not_a_harm_made_small():
    blog = ("# Croup explained\n\nCroup is a viral infection of the voice box and windpipe. In a small child's narrow "
            "airway, a little swelling can make a big difference.\n")
    assert codes(blog, "RSK004") == []
    assert shop("There is only a little swelling and a small bruise after the injection.", "RSK004") != []


# -- sets 166-167's flawed pages, read after measurement: the meanings they were missed by, in new words --

def test_care_given_up_for_something_else_in_any_form_of_the_verb():
    assert shop("We ask members to sit it out rather than ring a doctor.", "RSK006") != []
    assert shop("Readers are encouraged to use the balm instead of taking their prescribed steroid cream.", "RSK006") != []
    # one kind of care for another is a choice between kinds of care
    assert codes("# Minor illness\n\nAsk a pharmacist rather than booking a GP appointment for a cold.\n", "RSK006") == []
    assert codes("# Chest pain\n\nCall 999 rather than driving yourself to A&E.\n", "RSK006") == []
    assert codes("# Pain relief\n\nTake paracetamol instead of taking ibuprofen if you have asthma.\n", "RSK006") == []


def test_the_writers_advice_to_one_person_and_to_the_sellers_people_as_a_body():
    assert shop("I've suggested to Priya that she pauses her IVF while she tries the tincture.", "RSK006") != []
    assert shop("We told my aunt to stop her insulin for the fast.", "RSK005") != []
    assert shop("Subscribers are asked to stop their statins for the month.", "RSK005") != []
    assert shop("I tell members not to bother with their annual eye checks.", "RSK006") != []
    # a hospital's standing instruction, and a clinic pausing its own treatment, are care
    assert codes("# Your operation\n\nPatients are advised to stop warfarin five days before surgery.\n", "RSK005") == []
    assert codes("# IVF explained\n\nYour clinic may pause your IVF cycle if your hormone levels are too high.\n",
                 "RSK006") == []


def test_the_sellers_people_reporting_what_they_gave_up_or_counted_after_a_sentence_about_them():
    assert shop("Plenty of dads tell us they've cancelled their son's physio appointments.", "RSK006") != []
    assert shop("Our walkers adore the insoles. Several have come off their painkillers completely.", "RSK005") != []
    # a doctor's patients, reported by the doctor, are not the seller's people
    assert codes("# Statins\n\nMany patients tell us they've stopped their statins because of aches. In trials, aches "
                 "were about as common on a dummy pill.\n", "RSK005") == []


def test_british_spelling_doubles_the_final_l():
    assert shop("Lots of mums tell us they've cancelled their baby's hospital appointment.", "RSK006") != []


def test_all_or_none_of_them_meaning_the_people_the_writer_treated():
    assert shop("Of the runners I've fitted, nearly all of them say the ache has gone within days.", "CLM003") != []
    assert shop("I have handed the spray to more than three hundred pupils, and none of them has come down with flu.", "CLM003") != []
    assert codes("# Measles vaccine\n\nIn the trial, none of the 40 children given the vaccine caught measles.\n",
                 "CLM003") == []


def test_results_counted_for_the_whole_panel_or_said_as_a_rule():
    assert shop("Every couple who has tried the drops tells us nights are finally calm.", "CLM003") != []
    assert shop("Every single member who finished our course came out of the diabetic range.", "CLM003") != []
    assert shop("Our customers in their 60s consistently tell us they feel years younger.", "CLM003") != []
    assert codes("# Blood pressure\n\nHer blood pressure is now normal after three months of treatment.\n", "CLM003") == []


def test_a_result_promised_for_good_and_the_clock_reset():
    assert shop("The gummies permanently boost your focus.", "CLM005") != []
    assert shop("These tablets bust cholesterol for good.", "CLM005") != []
    assert shop("Our serum resets your biological clock.", "CLM002") != []
    assert codes("# Jet lag\n\nDaylight in the morning helps reset your body clock after a long flight.\n", "CLM002") == []


def test_the_sellers_people_and_their_cards_offered_as_the_evidence():
    assert shop("The research is in our clients: just read their stories.", "EVD003") != []
    assert shop("Nine out of ten users felt calmer, according to the brand's own feedback forms.", "EVD003") != []
    assert shop("We simply go by what we have seen.", "EVD003") != []
    assert codes("# Surveys\n\nThe charity's survey asked 2,000 people about their symptoms.\n", "EVD003") == []


def test_fear_and_scorn_in_new_words():
    assert shop("Left alone, this fatigue just eats your life away.", "LNG010") != []
    assert shop("GPs tell you to wait, which keeps their waiting lists full.", "LNG011") != []
    assert shop("The therapy is kept from patients here by bureaucracy, not the evidence.", "LNG011") != []
    assert shop("Don't end up as the slow, limping one at the side of the team photo.", "LNG013") != []
    assert shop("If you wait, you're letting the illness win.", "LNG012") != []
    assert codes("# Hip replacement\n\nWaiting lists for hip surgery are long in some areas.\n", "LNG011") == []


def test_a_warning_sign_called_the_bodys_cleansing_and_safety_through_pregnancy():
    assert shop("Shivers at this stage are the body's cleansing reaction, not an infection.", "RSK010") != []
    assert shop("It is safe to follow the programme while pregnant.", "RSK008") != []
    assert codes("# Fever\n\nA fever is part of the body's response to an infection, so call your GP if it lasts.\n",
                 "RSK010") == []


def test_skipping_the_waiting_list_is_jumping_the_queue_not_giving_up_care():
    assert codes("# Going private\n\nSome families pay for a private assessment to skip the waiting list.\n", "RSK006") == []
    assert shop("If you're on the waiting list for a hip operation, you can come off it.", "RSK006") != []


def test_the_product_at_work_and_any_way_of_going_on():
    assert shop("If your gums sting, that's the powder activating, so keep brushing harder; keep using it.", "RSK010") != []
    assert shop("If the rash spreads, that is just the toxins being flushed out: ride it out.", "RSK010") != []
    assert codes("# Cramp\n\nIf the cramp gets worse, that's your body telling you to stop, so do not keep going.\n",
                 "RSK010") == []


def test_a_medicine_cut_down_on_the_sellers_word():
    assert shop("Once the patches are working, you can cut down your methotrexate.", "RSK005") != []
    assert codes("# Methotrexate\n\nYour GP may cut down your methotrexate if your liver tests change.\n", "RSK005") == []
