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
