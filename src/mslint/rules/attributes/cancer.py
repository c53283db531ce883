"""FCT027: whether a condition is, or becomes, a cancer."""

from __future__ import annotations

from mslint.model import RuleDocs
from mslint.rules.attributes.base import ALWAYS, AttributeMisstated


# -- Whether a condition is, or becomes, a cancer ------------------------------------------------

_CANCER = "(cancer|cancers|malignancy|malignant tumour|malignant tumor|carcinoma|sarcoma|melanoma)"
_A_CANCER = (
    f"(is|are|'s) {ALWAYS} [a|an] [slow-growing|slow|early|mild|rare|harmless|childhood|common|hidden|silent] "
    f"(type|form|kind|sort|variety|version) of [slow-growing|early|mild|rare|childhood] [_] [_] {_CANCER}",
    f"(is|are|'s) {ALWAYS} [a|an] [slow-growing|early|mild|rare|childhood|skin|bone|blood] {_CANCER}",
    f"(is|are|'s) {ALWAYS} (cancerous|malignant)",
)
_BECOMES_CANCER = (
    f"(turn~|turned|develop~|developed|progress~|progressed|change~|changed|grow~|grew|evolve~|evolved) into "
    f"[a|an] [_] [_] {_CANCER}",
    "(turn~|turned|become~|became|go|goes|went|grow~|grew) (cancerous|malignant)",
    "(is|are|'s) [a|an] (precancerous|pre-cancerous) [condition|lesion|growth|change]",
    f"(lead~|led) to [a|an] [_] [_] {_CANCER}",
    f"(raise~|raised|increase~|increased) [the|your|their|a|his|her] (risk|chance|chances|odds) of [_] [_] {_CANCER}",
)


class CancerMisstated(AttributeMisstated):
    """malignancy: "Paget's disease is a slow-growing bone cancer", "left alone, these cysts turn
    cancerous". Two values: a condition that is not a cancer (in which one can rarely arise, so
    "raises the risk" is left alone) and one that is not and never becomes one."""

    relation = "malignancy"
    code, name = "FCT027", "cancer-misstated"
    summary = "A benign condition is called a cancer, or said to turn into one when it does not"
    claims = {"cancer": _A_CANCER, "becomes-cancer": _BECOMES_CANCER}
    docs = RuleDocs(
        what="Flags a benign condition called a kind of cancer (\"a strawberry mark is a type of skin cancer\", "
        "\"fibroids are cancerous\") or said to turn into one, or to raise its risk, when it does not "
        "(\"piles can turn into bowel cancer\", \"geographic tongue is precancerous\"). The condition is the one "
        "the sentence names or the one the article is about; which conditions are benign is a table in the "
        "knowledge base, with its sources.",
        why="Calling a harmless condition cancer frightens people into treatments they do not need and sells "
        "them to those afraid; the same words also teach readers that real warning signs are nothing special.",
        bad=("A strawberry mark is a type of skin cancer in babies.",
             "Left untreated, piles can turn into bowel cancer."),
        good=("A strawberry mark is a harmless growth of blood vessels, not a cancer.",
              "Piles do not turn into cancer, but bleeding from the bottom should be checked by a GP."),
        better="Say that it is benign, with a source, and which signs do need checking.",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed == "cancer" or "never-cancer" in recorded

    def message(self, claimed: str, fact) -> str:
        if claimed == "cancer":
            return "Cancer misstated: this condition is benign, not a cancer"
        return "Cancer misstated: this condition does not turn into cancer"
