"""The careful pages of sets 130-131 (measured at v0.30.36), left alone from v0.30.37: a GP exercise referral
scheme, a public body's prices, a service that takes people without a GP's referral, an illness that leaves no
lasting harm, an appointment to check a symptom, research put in numbers in the next sentence. Each sentence is
written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,)))]


LEAFLET = "# About your care\n\nThis leaflet explains what to expect.\n\n"
TRUST_PAGE = "# Swimming after a stroke\n\nIssued by Kestrel Valley NHS Trust with the town's leisure centre.\n\n"


@pytest.mark.parametrize("page, code", [
    (LEAFLET + "Your GP can refer you to the council's exercise referral scheme.\n", "COM002"),
    (TRUST_PAGE + "After the six-week course, a standard gym membership costs £25 a month.\n", "COM003"),
    (LEAFLET + "You don't need to see a doctor first: you can refer yourself to the physiotherapy service.\n", "RSK006"),
    (LEAFLET + "Most people recover completely with no lasting damage.\n", "RSK002"),
    (LEAFLET + "Book an appointment to get any new symptom looked at.\n", "COM001"),
    (LEAFLET + "If you do have symptoms, that changes things. Book an appointment; that is not a screening visit.\n",
     "COM001"),
    (LEAFLET + "You do not need to see your GP first. You can refer yourself by phone.\n", "RSK006"),
    (LEAFLET + "Trials have shown that the drug lowers the chance of a stroke. To put that in figures: of 1,000 "
     "people taking it for five years, about 10 fewer have a stroke.\n", "EVD001"),
])
def test_careful_wordings_are_left_alone(page, code):
    assert found(page, code) == []


@pytest.mark.parametrize("page, code, excerpt", [
    # A referral scheme with a reward still sells.
    ("# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\nJoin our referral programme and earn £20 for "
     "every friend.\n", "COM002", "referral programme and earn £20 for every friend"),
    # A seller's membership price is still an offer.
    ("# Our remedy\n\nWe sell a herbal remedy.\n\nOur membership is just £19 a month.\n",
     "COM003", "Our membership is just £19 a month"),
])
def test_the_selling_wordings_still_fire(page, code, excerpt):
    assert found(page, code) == [excerpt]
