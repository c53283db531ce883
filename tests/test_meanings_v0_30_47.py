"""Meanings read from blind sets 146-147 after their measurement at v0.30.46 (v0.30.47). Each sentence is written
for this test; none comes from an evaluation set."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


SHOP = "# Shop\n\nBuy now for £30.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"
MS = "# Multiple sclerosis news\n\nA reporter looks at research in multiple sclerosis (MS).\n\n"


def test_a_harm_tied_to_a_drug_in_an_aside_is_not_denied_for_the_drug():
    aside = "Nor is PML, a brain infection seen with the drug natalizumab, a known risk of the transplant.\n"
    assert found(MS + aside, "FCT002") == []
    assert found(MS + "PML is not a known risk of natalizumab.\n", "FCT002") == ["PML"]


def test_an_appointment_with_the_readers_own_practice_is_not_a_sale():
    note = "To talk through a result, book an appointment with the surgery.\n"
    assert found(NEWS + note, "COM001") == []
    assert found(NEWS + "Please book an appointment with our clinic today.\n", "COM001") == ["book an appointment"]


def test_a_heading_named_for_booking_is_not_a_call_to_book():
    page = "# Travel jabs at Dale Pharmacy\n\n## Booking a private appointment\n\nThe jab costs £60 a dose.\n"
    assert found(page, "COM001") == []
    assert found(page.replace("## Booking a private", "## Book a private"), "COM001") == ["Book a private appointment"]


def test_a_free_check_beside_a_word_that_nothing_is_sold():
    centre = ("Members can book a free 30-minute balance assessment at the front desk. "
              "We do not sell any equipment.\n")
    assert found(NEWS + centre, "COM002") == []
    assert found(NEWS + "Members can book a free 30-minute balance assessment at the front desk.\n", "COM002") \
        == ["free 30-minute balance assessment"]
