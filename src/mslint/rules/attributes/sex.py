"""FCT024: which sex a condition is more common in."""

from __future__ import annotations

from functools import cached_property

from mslint.model import RuleDocs
from mslint.rules.attributes.base import AFFECTS, MOSTLY, AttributeMisstated


# -- Which sex a condition is more common in ------------------------------------------------------

_MEN = "(men|males|boys|man|male)"
_WOMEN = "(women|females|girls|woman|female)"
_NUMBER = "twice|three times|four times|five times|ten times|2 times|3 times|4 times|5 times|6 times|8 times|" \
          "9 times|10 times|2x|3x|4x|5x"
_TIMES = f"[about|around|roughly|nearly|almost|some|up to] ({_NUMBER})"
_DEGREE = f"[far|much|a lot|slightly|somewhat|considerably|significantly|about|around|roughly|nearly|almost] [{_NUMBER}]"
_AGE = "[older|younger|young|middle-aged|elderly|adult|teenage]"
_GET = "(get|develop|have|be diagnosed with|suffer from|be affected by|be affected)"
_MORE_COMMON = "(common|frequent|prevalent)"


def _skewed_to(sex: str, other: str) -> tuple[str, ...]:
    return (
        f"more {_MORE_COMMON} (in|among) {_AGE} {sex}",
        f"commoner (in|among) {_AGE} {sex}",
        f"{MOSTLY} {AFFECTS} {_AGE} {sex}",
        f"{sex} (are|were) {_DEGREE} more (likely|prone|susceptible) [than {other}] to {_GET} ...3 {{CONDITION}}",
        f"{sex} (are|were) {_DEGREE} more (prone|susceptible) (to|than)",
        f"{sex} (get|develop|have) ...4 {_DEGREE} (more often|more frequently|more commonly) than {other}",
        f"{AFFECTS} {sex} {_TIMES} (as often as|more often than|more than) {other}",
        # "MS strikes men far more often than women"
        f"{AFFECTS} {sex} {_DEGREE} (more often|more frequently|more commonly) than {other}",
        # "affects around four times as many men as women"; "most of the people I see with lupus are men"
        f"{AFFECTS} {_TIMES} as many {sex} as {other}",
        f"{_TIMES} as many {sex} as {other} (get|develop|have|are diagnosed with|are affected by|suffer from)",
        f"most [of] [the] (people|patients|sufferers|cases) ...5 (are|'re) {_AGE} {sex}",
        # "hammer toes are mainly a men's problem"
        # (the tokens read "men's" as "men")
        f"(is|are|'s) {MOSTLY} a {_AGE} {sex} (problem|condition|disease|complaint|illness|thing)",
        # "MS is mainly a disease of men in their fifties"
        f"(is|are|'s) {MOSTLY} a (disease|condition|problem|illness|complaint) of {_AGE} {sex}",
        f"{other} (are|were) {_DEGREE} less likely [than {sex}] to {_GET} ...3 {{CONDITION}}",
        f"only {sex} (get|develop|have|suffer from)",
        # "a women-only disease"
        f"(is|are|'s) [a|an] {sex} - only (disease|condition|problem|illness)",
    )


# Words that narrow the sex named to a subgroup: "men treated with", "women who smoke", "men on".
_SUBGROUP = frozenset({"treated", "who", "whose", "that", "taking", "given", "receiving", "on", "with", "after",
                       "having", "undergoing"})

_SEX_WORDS = frozenset({"men", "women", "males", "females", "boys", "girls", "man", "woman", "male", "female"})

_EQUAL = (
    "(equally|just as|as) (common|likely|frequent) (in|among) (men and women|women and men|both sexes)",
    "(affects|affect|strikes|strike) (men and women|women and men|both sexes) (equally|in equal numbers|alike)",
    "(men and women|women and men|both sexes) are (equally|just as) (affected|often affected)",
    f"(men and women|women and men|both sexes) are (equally|just as) (likely|prone) to {_GET} ...3 {{CONDITION}}",
)


class SexRatioMisstated(AttributeMisstated):
    """more-common-in: "It's also more common in men" in a page about Cushing's syndrome."""

    relation = "more-common-in"
    code, name = "FCT024", "sex-ratio-misstated"
    summary = "A condition is said to be more common in the sex it is less common in, or equally common in both"
    claims = {"men": _skewed_to(_MEN, _WOMEN), "women": _skewed_to(_WOMEN, _MEN), "equal": _EQUAL}
    # A pack's own fact on a condition's sex ratio (MS) is the one finding where both match.
    yields_to = frozenset({"FCT009"})
    docs = RuleDocs(
        what="Flags a statement that a condition is more common in men when it is more common in women (or the "
        "other way round), or equally common in both when it clearly is not: \"lupus mostly affects men\", "
        "\"men get kidney infections far more often than women\", \"gout strikes men and women equally\". The "
        "condition is the one the sentence names or the one the article is about; which sex each condition "
        "is more common in is a table in the knowledge base, with its sources.",
        why="Who gets a condition decides who recognises its symptoms in themselves and who a doctor "
        "suspects it in. A woman told that a condition mostly strikes men may not seek help for it.",
        bad=("Lupus mostly affects men in middle age.",
             "Men get kidney infections far more often than women do."),
        good=("Lupus is about nine times more common in women than in men.",
              "Gout is more common in men, but women can get it after the menopause."),
        better="Say which sex it is more common in, with the source: \"About 9 in 10 people with lupus are women.\"",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed == "equal" or claimed not in recorded

    def compares_within(self, view, match) -> bool:
        """ "Incontinence was commoner among men who had the operation than among those who had
        radiotherapy": a subgroup of one sex set against another, not one sex against the other
        ("men who smoke than women" is still a sex ratio, and so is "young men who lift weights",
        which compares nothing)."""
        after = [token.norm for token in view.tokens[match.last + 1:match.last + 12]]
        if not after or after[0] not in _SUBGROUP or "than" not in after:
            return False
        return not _SEX_WORDS & set(after[after.index("than") + 1:after.index("than") + 4])

    def message(self, claimed: str, fact) -> str:
        if claimed == "equal":
            return f"Sex ratio misstated: this condition is more common in {fact.value}"
        return f"Sex ratio reversed: this condition is more common in {fact.value}, not {claimed}"


# -- Whether a condition is one sex's only ----------------------------------------------------------

def _only_in(sex: str, other: str) -> tuple[str, ...]:
    """The ways a sentence says only one sex gets it: "only women get it", "a women-only disease",
    "men never get osteoporosis" (the condition, or what "it" stands for, right after the verb: "men
    don't get symptoms of chlamydia" says something else)."""
    return (
        f"only {sex} (get|gets|develop|develops|have|has|suffer from|are affected by|can get|ever get) "
        "[a|an|the] (it|this|them|{CONDITION})",
        f"(affects|affect|strikes|strike) only {sex}",
        f"(is|are|'s) [a|an] {sex} only (disease|condition|problem|illness)",  # "women-only": the hyphen is dropped
        f"{other} (never|cannot|can't|don't|do not|can never|won't) (get|develop|suffer from|catch) "
        "[a|an|the] (it|this|them|{CONDITION})",
    )


class OneSexOnlyMisstated(AttributeMisstated):
    """only-in: "osteoporosis is a women-only disease", "men never get breast cancer". A closed
    world: a condition not recorded as one sex's only (of its organs, of pregnancy, of its
    chromosomes) affects both, even when far more common in one."""

    relation = "only-in"
    code, name = "FCT029", "one-sex-only-misstated"
    summary = "A condition is said to affect only one sex when both can have it"
    claims = {"women": _only_in("(women|females|girls|woman|female)", _MEN),
              "men": _only_in("(men|males|boys|man|male)", _WOMEN)}
    docs = RuleDocs(
        what="Flags a condition said to affect only women or only men (\"osteoporosis is a women-only "
        "disease\", \"men never get breast cancer\", \"only men get gout\") when it is not a condition of one "
        "sex's organs, of pregnancy or of one sex's chromosomes. Which conditions are one sex's only is a "
        "table in the knowledge base; every other condition is taken to affect both.",
        why="A man told that only women get breast cancer or osteoporosis may ignore a lump or a fracture; a "
        "woman told that only men get gout may not be tested for it.",
        bad=("Osteoporosis is a women-only disease.", "Men never get breast cancer."),
        good=("Osteoporosis is more common in women, but about 1 in 5 men over 50 will break a bone because of it.",
              "Only women get ovarian cancer."),
        better="Say which sex it is more common in and that the other can have it too.",
    )

    @cached_property
    def _both(self):
        return next(fact for fact in self.facts if fact.value == "both")

    def recorded(self, condition: str) -> dict[str, object]:
        """The one sex a condition is recorded as limited to, or else both (the closed world)."""
        found = super().recorded(condition)
        limited = {value: fact for value, fact in found.items() if value != "both"}
        return limited or {"both": self._both}

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed not in recorded

    def message(self, claimed: str, fact) -> str:
        if fact.value == "both":
            return f"One sex only misstated: this condition affects {'men' if claimed == 'women' else 'women'} too"
        return f"One sex only misstated: this condition affects only {fact.value}"
