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
