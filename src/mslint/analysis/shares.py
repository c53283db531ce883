"""How many of a group a sentence says something affects, as a range of percentages.

"Fewer than 1 in 10 people with MS", "only around 5% of people", "about half", "a rare problem", "almost
everyone": each is read as the interval of shares it allows ("fewer than 1 in 10" is 0-10%, "about
half" 35-65%), so a fact's known range can be checked against it (mslint.rules.facts,
FCT019). The words are read off the sentence's tokens; nothing is guessed where no share is said.
"""

from __future__ import annotations

from typing import NamedTuple

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50,
                 "hundred": 100, "thousand": 1000}
# Fractions said in words: "a third", "two thirds", "half".
_FRACTIONS = {("half",): 50.0, ("a", "third"): 33.0, ("one", "third"): 33.0, ("two", "thirds"): 67.0,
              ("a", "quarter"): 25.0, ("one", "quarter"): 25.0, ("three", "quarters"): 75.0,
              ("a", "fifth"): 20.0, ("one", "fifth"): 20.0, ("a", "tenth"): 10.0, ("one", "tenth"): 10.0}
# Shares said as a word, each the range it can honestly stand for.
_WORDS = {("rare",): (0.0, 10.0), ("rarely",): (0.0, 10.0), ("uncommon",): (0.0, 15.0), ("unusual",): (0.0, 15.0),
          ("very", "few"): (0.0, 10.0), ("hardly", "any"): (0.0, 5.0), ("a", "handful"): (0.0, 5.0),
          ("almost", "all"): (85.0, 100.0), ("nearly", "all"): (85.0, 100.0), ("almost", "everyone"): (85.0, 100.0),
          ("nearly", "everyone"): (85.0, 100.0), ("virtually", "all"): (90.0, 100.0),
          ("the", "vast", "majority"): (80.0, 100.0),
          # words that say "many" of people: "most people with MS", "many of them"
          ("most",): (50.0, 100.0), ("many",): (15.0, 100.0),
          ("the", "majority"): (50.0, 100.0)}
_UPPER = frozenset({"fewer", "less", "under", "below", "most", "only", "just", "merely"})  # "fewer than", "at most"
_LOWER = frozenset({"more", "over", "above", "least"})  # "more than", "at least"
_ABOUT = frozenset({"about", "around", "roughly", "approximately", "some", "nearly", "almost", "perhaps", "maybe",
                    "estimated", "up"})
_PERCENT = frozenset({"%", "percent"})


class Share(NamedTuple):
    first: int  # token indexes of the words that say the share
    last: int
    low: float  # the percentages the words allow
    high: float
    figure: bool = True  # said as a number or a fraction, not as a word ("rare", "most")


# What "rarely" may say of a condition's outcome rather than of how many people have it.
_OUTCOMES = frozenset({"cured", "fixed", "resolved", "reversed", "healed", "eliminated", "eradicated", "needed",
                       "required", "necessary", "fatal", "serious", "dangerous", "life-threatening", "permanent"})


def _number(norm: str) -> float | None:
    text = norm.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return float(_NUMBER_WORDS[norm]) if norm in _NUMBER_WORDS else None


def _bounded(value: float, before: tuple[str, ...]) -> tuple[float, float]:
    """The range a figure allows, read from the words just before it."""
    words = set(before)
    if words & _LOWER and not words & {"only", "just"}:
        return value, 100.0
    if words & _UPPER and not words & _ABOUT:
        return 0.0, value
    if words & {"only", "just"} and words & _ABOUT:
        return value * 0.6, value * 1.4  # "only around 1 in 10": about that many, said to be few
    return value * 0.7, min(100.0, value * 1.3)


_PEOPLE_ONLY = frozenset({"people", "adults", "men", "women", "children", "kids", "patients", "those", "everyone",
                          "sufferers", "teenagers", "adolescents", "babies", "amputees", "population", "us",
                          "them", "users", "athletes", "runners", "workers", "girls", "boys", "americans", "britons",
                          "europeans", "individuals", "persons", "cases"})
# Words that are a share only of people: "most people", "many of them" (not "the most common").
_OF_PEOPLE_ONLY = frozenset({("most",), ("many",)})


def _of_people(norms: list[str], index: int) -> bool:
    """A word for people within the next three ("5% of adults", "most people"), or "of" and one
    just after it ("5% of all the women"; not "90% of the dose", "a third of the skin")."""
    following = norms[index:index + 3]
    if following[:1] == ["of"]:
        return bool(_PEOPLE_ONLY & set(norms[index + 1:index + 4]))
    return bool(_PEOPLE_ONLY & set(following))


def shares_in(tokens) -> list[Share]:
    """Every share the tokens say, in order."""
    norms = [t.norm for t in tokens]
    found: list[Share] = []
    index = 0
    while index < len(norms):
        share = _share_at(norms, index)
        if share is not None:
            found.append(share)
            index = share.last + 1
        else:
            index += 1
    return found


def _share_at(norms: list[str], i: int) -> Share | None:
    before = tuple(norms[max(0, i - 3):i])
    value = _number(norms[i])
    # "1 in 10", "one in twenty", "3 out of 4"
    if value is not None and i + 2 < len(norms) and norms[i + 1] in ("in", "out"):
        j = i + 2 if norms[i + 1] == "in" else i + 3
        if j < len(norms) and (norms[i + 1] == "in" or norms[i + 2] == "of"):
            whole = _number(norms[j])
            if whole and whole > value:
                low, high = _bounded(100.0 * value / whole, before)
                return Share(i, j, low, high)
    # "5% of people", "5 per cent of adults" (not "a 50% reduction" or "99% accurate": a
    # percentage is a share of people only when people follow it)
    if value is not None and value <= 100 and i + 1 < len(norms):
        last = i + 1 if norms[i + 1] in _PERCENT else (
            i + 2 if norms[i + 1] == "per" and i + 2 < len(norms) and norms[i + 2] == "cent" else None)
        if last is not None and _of_people(norms, last + 1):
            low, high = _bounded(value, before)
            return Share(i, last, low, high)
    for words, (low, high) in _WORDS.items():
        if tuple(norms[i:i + len(words)]) == words:
            if words in _OF_PEOPLE_ONLY and not _of_people(norms, i + len(words)):
                continue  # "the most common reason for a referral", "most often in the knee"
            if words == ("rarely",) and i + 1 < len(norms) and norms[i + 1] in _OUTCOMES:
                continue  # how the problem ends, not who has it: "common, even if they are rarely cured" (v0.30.40)
            return Share(i, i + len(words) - 1, low, high, figure=False)
    for words, value in _FRACTIONS.items():
        if tuple(norms[i:i + len(words)]) == words:
            low, high = _bounded(value, before)
            return Share(i, i + len(words) - 1, low, high)
    return None
