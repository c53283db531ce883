"""FCT028: which age group a condition mostly affects."""

from __future__ import annotations

from mslint.model import RuleDocs
from mslint.rules.attributes.base import AFFECTS, MOSTLY, AttributeMisstated


# -- Which age group a condition mostly affects ------------------------------------------------------

_OVER = "(50|55|60|65|70|75|80|fifty|sixty|sixty-five|seventy|seventy-five|eighty)"
_AGE_GROUPS = {
    "young": ("(young|younger) (people|adults|men|women|patients|folk)", "(teenagers|teens|adolescents|young adults)",
              "(people|adults|men|women|those|patients) (in their|aged) (teens|twenties|thirties|20s|30s|late teens|early twenties)",
              "(people|adults|men|women|those|patients) (under|below|younger than) (20|25|30|35|40|twenty|thirty|forty)"),
    "older": ("(older|elderly|old) (people|adults|men|women|patients)", "the elderly", "pensioners",
              f"(people|adults|men|women|those|patients) (over|aged over|above|past) {_OVER}",
              "(people|adults|men|women|those|patients) in their (sixties|seventies|eighties|60s|70s|80s)"),
    "children": ("(children|kids|babies|toddlers|infants|youngsters|schoolchildren)",),
}
_OF_AGE = {"young": "(young people|the young|youth|young adults|adolescence)",
           "older": "(old age|the elderly|older people|later life)", "children": "(childhood|children)"}
_AGE_KIND = {"young": "(young person's|young people's|teenage|teenager's|young man's|young woman's|young men's|"
                     "young women's|young lad's)",
             "older": "(old person's|old people's|old-age|old man's|old woman's|old men's|old women's|older man's|"
                      "older woman's)",
             "children": "(childhood|children's|child's)", "adults": "(adult|grown-up)"}
_CONDITION_WORD = "(disease|condition|problem|illness|complaint|thing|disorder|injury|cancer)"


def _said_of_age(group: str) -> tuple[str, ...]:
    said = tuple(f"{MOSTLY} {AFFECTS} {words}" for words in _AGE_GROUPS.get(group, ()))
    said += tuple(f"(only|just) (affects|affect|strikes|strike|happens to|happen to) {words}"
                  for words in _AGE_GROUPS.get(group, ()))
    if group in _OF_AGE:
        said += (f"(is|are|'s) [mainly|mostly|largely|essentially|really|basically|usually] (a|an) {_CONDITION_WORD} "
                 f"of {_OF_AGE[group]}",)
    said += (f"(is|are|'s) [mainly|mostly|largely|essentially|really|basically|usually] (a|an) {_AGE_KIND[group]} "
             f"{_CONDITION_WORD}",)
    return said


# When it begins, said of most people: "it mostly starts in children", "typically begins after the age of
# 60", "most people are diagnosed in their fifties".
_ONSET_VERB = "(starts|start|begins|begin|appears|appear|develops|develop|comes on|shows up|show up|first appears)"
_ONSET_OLDER = f"(after|over|past) the age of {_OVER}"
_ONSET_DECADE = {"young": "(teens|twenties|20s|late teens|early twenties)",
                 "older": "(fifties|sixties|seventies|eighties|50s|60s|70s|80s)"}


def _said_of_onset(group: str) -> tuple[str, ...]:
    said = ()
    if group == "children":
        said += (f"{MOSTLY} {_ONSET_VERB} (in|during) (childhood|children|babies|infancy|early childhood)",)
    if group == "older":
        said += (f"{MOSTLY} {_ONSET_VERB} {_ONSET_OLDER}",)
    if group in _ONSET_DECADE:
        said += (f"(most people|most patients|most cases|most sufferers|most) ...3 (are diagnosed|are first diagnosed|"
                 f"develop it|get it|first notice it|first get it|start to notice it|develop~ {{CONDITION}}) in their "
                 f"{_ONSET_DECADE[group]}",
                 f"{MOSTLY} {_ONSET_VERB} in (people|adults|men|women|those) in their {_ONSET_DECADE[group]}")
    return said


# ("Children almost never do it" says they do not have it; "children do not do it on purpose" says why they
# do, v0.30.35, set 127's careful leaflet: "do" only after a frequency.)
_NOT_IN_CHILDREN = ("(children|kids|babies|toddlers) (almost never|rarely|hardly ever|never|don't|do not|cannot|can't) "
                    "(get|develop|have|suffer from) [it|this|them]",
                    "(children|kids|babies|toddlers) (almost never|rarely|hardly ever|never) do [it|this|them]")
# What each claimed age contradicts: a condition of later life said to be one of the young, and so on.
_AGE_CLASHES = {"young": {"older-adults"}, "older": {"young-adults", "children"}, "children": {"older-adults"},
                "adults": {"children"}, "not-children": {"children"}}


class AgeMisstated(AttributeMisstated):
    """typical-age: "Pseudogout mainly affects people in their twenties", "sleep talking is an
    adult problem; children almost never do it"."""

    relation = "typical-age"
    code, name = "FCT028", "age-group-misstated"
    summary = "A condition is said to mostly affect an age group it seldom affects"
    claims = {"young": _said_of_age("young") + _said_of_onset("young"),
              "older": _said_of_age("older") + _said_of_onset("older"),
              "children": _said_of_age("children") + _said_of_onset("children"),
              "adults": _said_of_age("adults"), "not-children": _NOT_IN_CHILDREN}
    docs = RuleDocs(
        what="Flags a condition said to mostly affect an age group it seldom affects: a condition of later life "
        "said to strike young adults (\"pseudogout mainly affects people in their twenties\"), one of young "
        "adults or children said to be one of old age (\"otosclerosis mainly affects men over 70\"), or one "
        "common in childhood called an adult problem. The condition is the one the sentence names or the one the "
        "article is about; the age group each condition mostly affects is a table in the knowledge base, with "
        "its sources.",
        why="Doctors and readers look for a condition in the people it usually affects: a parent told that "
        "children almost never get it, or a young adult told it is a disease of old age, may not recognise it.",
        bad=("Pseudogout mainly affects people in their twenties and thirties.",
             "Croup is an adult problem; children almost never get it."),
        good=("Pseudogout mainly affects older people, most often over 60.",
              "Croup mostly affects young children, from 6 months to 3 years old."),
        better="Say who it usually affects, with a source: \"Most people with pseudogout are over 60.\"",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return bool(_AGE_CLASHES[claimed] & recorded.keys())

    def message(self, claimed: str, fact) -> str:
        ages = {"older-adults": "older adults", "young-adults": "teenagers and young adults", "children": "children"}
        return f"Age group misstated: this condition mostly affects {ages[fact.value]}"
