"""FCT039: how a condition runs its course: whether it gets worse, lasts for life or settles."""

from __future__ import annotations

from mslint.model import RuleDocs
from mslint.rules.attributes.base import ALWAYS, AttributeMisstated


# -- How a condition runs its course -------------------------------------------------------------

_KIND = "(condition|disease|disorder|illness|problem|syndrome)"
_GROWING = "(they|children|babies|kids|he|she|you|the child|your child|your baby) (grow|grows|grow up|grows up|get older|gets older|age|ages)"
_WORSENS = (
    f"(is|are|'s) {ALWAYS} [a|an] [slowly|steadily|relentlessly] (progressive|degenerative) [_] {_KIND}",
    "(get~|gets|got|become~|becomes) [steadily|progressively|slowly|gradually] worse (every|each) (year|month|week)",
    f"(get~|gets|become~|becomes) [steadily|progressively|slowly|gradually] worse (over time|with time|with age|as {_GROWING})",
    "(worsen~|worsens|deteriorate~|deteriorates|progress~|progresses) (every|each) (year|month)",
    f"(worsen~|worsens|deteriorate~|deteriorates) (over time|with time|with age|as {_GROWING})",
)
_LIFELONG = (
    f"(is|are|'s) {ALWAYS} [a|an] (lifelong|life-long|permanent) [_] {_KIND}",
    "(last~|lasts|stay~ with you|stays with you|stay~ with them|stays with them) (for life|a lifetime|for the rest of (your|their|his|her) (life|lives))",
    "never (goes|go|clears|clear) (away|up)",
)
_SETTLES = (
    "(goes|go|will go|clears|clear|will clear) (away|up) (on its own|by itself|without treatment|of its own accord)",
    f"(is|are|'s) {ALWAYS} [a|an] (self-limiting|short-lived|temporary|non-progressive) [_] [{_KIND}]",
)


class CourseMisstated(AttributeMisstated):
    """course: "Cerebral palsy is a progressive condition that worsens every year", "Bell's palsy is
    permanent", "MND goes away on its own". Three values: a condition that does not get worse (the
    damage is done, though its effects can change as a child grows), one that usually settles in weeks,
    months or the first years of life, and one that does get worse."""

    relation = "course"
    code, name = "FCT039", "course-misstated"
    summary = "A condition is said to get worse, last for life or settle when its known course is otherwise"
    claims = {"worsens": _WORSENS, "lifelong": _LIFELONG, "settles": _SETTLES}
    docs = RuleDocs(
        what="Flags a condition given a course it does not have: one that does not progress called progressive "
        "or said to worsen every year (\"cerebral palsy is a progressive condition\"), one that usually settles "
        "called lifelong (\"Bell's palsy is permanent\", \"croup never goes away\"), and one that does progress "
        "said to clear up on its own. The condition is the one the sentence names or the one the article is "
        "about; each condition's course is a table in the knowledge base, with its sources.",
        why="What a condition will do next is what a parent or a patient most wants to know, and a page that "
        "gets it wrong either frightens them into buying a way to stop a decline that is not coming, or lulls "
        "them out of care for one that is.",
        bad=("Cerebral palsy is a progressive condition that worsens every year without treatment.",
             "Bell's palsy is a lifelong condition."),
        good=("Cerebral palsy does not get worse, though its effects can change as a child grows.",
              "Most people with Bell's palsy recover fully within nine months."),
        better="Give the condition's usual course with a source, and say which signs do need a doctor.",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        if claimed == "worsens":
            return "not-progressive" in recorded or "usually-resolves" in recorded
        if claimed == "lifelong":
            return "usually-resolves" in recorded
        return "progressive" in recorded

    def message(self, claimed: str, fact) -> str:
        if claimed == "worsens":
            return "Course misstated: this condition does not get worse over time"
        if claimed == "lifelong":
            return "Course misstated: this condition usually settles; it is not lifelong"
        return "Course misstated: this condition progresses; it does not settle on its own"
