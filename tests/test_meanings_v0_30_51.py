"""The careful pages of blind sets 152-153, read after their measurement at v0.30.50 (v0.30.51). Each sentence is
written for this test; none comes from an evaluation set. Each fix is checked both ways."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


SHOP = "# Shop\n\nBuy now for £30.\n\n"


def test_no_lasting_harm_from_getting_warm_claims_no_treatment_safe():
    page = ("# Heat and MS\n\nA hot bath can bring old symptoms back for a while. Experts say no lasting harm comes from "
            "being warm: the symptoms settle as you cool.\n")
    assert found(page, "RSK002") == []
    assert found(SHOP + "Our cooling vest has no long-term harm at all.\n", "RSK002") == ["has no long-term harm"]


def test_advice_to_ask_for_a_full_price_is_not_an_offer():
    page = ("# Knee clinic\n\nConsultations from £150.\n\nIf you decide to go private elsewhere, ask for an "
            "all-inclusive price which includes aftercare.\n")
    assert found(page, "COM003") == []
    assert found(SHOP + "Our all-inclusive price is £9,500.\n", "COM003") == ["Our all-inclusive price is £9,500"]


def test_a_harms_relative_figure_given_as_the_reason_for_a_precaution_is_a_warning():
    page = ("# Valproate\n\nWomen who could become pregnant must use contraception, because babies exposed to the drug "
            "in the womb have a four times higher risk of birth defects.\n")
    assert found(page, "EVD006") == []
    assert found(SHOP + "Our tea gives you a four times lower risk of a heart attack.\n", "EVD006") \
        == ["four times lower"]
