"""Blind sets 164-165, read after their measurement at v0.30.57 (v0.30.58): the careful pages' false alarms and the
reading fixes, each written again in this test's own sentences and checked both ways."""

from helpers import codes, shop
from mslint.analysis.article import analyse
from mslint.reading import read_document
from mslint.rules.concepts.matcher import ConceptPattern


def _matches(pattern: str, text: str) -> bool:
    """Whether the pattern matches the article's last sentence."""
    view = analyse(read_document("a.md", text)).sentences[-1]
    return next(ConceptPattern(pattern).finditer(view), None) is not None


def test_it_may_stand_for_the_illness_the_paragraph_was_about():
    gout = "# Gout\n\nGout is a kind of arthritis. It only strikes heavy drinkers.\n"
    assert _matches("{IT:@gout} only strikes", gout)
    # ... not for one the sentence itself names after it, nor for a drug
    assert not _matches("{IT:@obesity} only strikes", "# Gout\n\nGout is a kind of arthritis. It only strikes people with obesity.\n")
    assert not _matches("{IT:DRUG} only strikes", gout)
    assert _matches("can stop {IT:DRUG}", "# Warfarin\n\nYour GP gave you warfarin. You can stop it now.\n")


def test_the_writers_let_us_slow_down_is_not_a_benefit():
    column = ("# Ask the midwife: is a private cord bank worth the money?\n\n**Q: A private bank wants to keep our "
              "newborn's cord cells for a fee. Should we sign up?**\n\nSam, it is a fair question. Let's slow down and "
              "weigh up what stored cord cells can and cannot do.\n\nCord blood holds blood-forming stem cells. "
              "Transplants of donated cord blood are used for some children with leukaemia, and public banks offer units "
              "free to any patient who matches.\n")
    assert codes(column, "RSK001") == []
    assert codes(column.replace("Let's slow down and weigh up", "Banking slows down disease and shows"), "RSK001") != []


def test_what_a_share_of_events_does_is_not_a_safety_claim():
    talk = "# Falls\n\nLots of falls cause no harm, yet a few end in a broken hip.\n"
    assert codes(talk, "RSK002") == []
    assert shop("Our balm causes no harm, even on broken skin.", "RSK002") != []


def test_advice_given_in_a_cleft_and_a_medicine_tapered_off():
    assert shop("What we advise, and what most of our clients do, is pause your statins for the month.", "RSK005") != []
    assert shop("What I suggest is that you ask your GP before you change your tablets.", "RSK005") == []
    assert shop("Most of our parents wean the stimulant off within weeks.", "RSK005") != []


def test_any_complaint_read_as_the_product_at_work():
    assert shop("A burning feeling in the gums is simply a sign the toxins are leaving.", "RSK010") != []
    assert shop("A dull ache in the hip while you stand on the plate is just a sign it's working.", "RSK010") != []
    # a prescribed treatment's expected early effect, as its doctors explain it, and a vaccine's
    feature = "# Gout\n\nAttacks can come more often at first. That is a sign the medicine is working, not failing.\n"
    assert codes(feature, "RSK010") == []
    assert codes("# Jabs\n\nA sore arm after the jab is a sign your immune system is working.\n", "RSK010") == []
