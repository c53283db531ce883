"""Word forms, so a lexicon names a meaning once: "cure~" stands for cure, cures, cured, curing.

English inflection by rule (plural and third person -s/-es/-ies, past -ed, gerund -ing with the
silent e dropped and a final consonant doubled in short words), which is right for the regular
verbs and nouns lexicons use. An irregular form is simply listed as another word.
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiou")


def _doubles(word: str) -> bool:
    """stop -> stopped, but open -> opened, treat -> treated, fix -> fixed."""
    return (
        len(word) >= 3 and len(word) <= 4
        and word[-1] not in _VOWELS and word[-1] not in "wxy"
        and word[-2] in _VOWELS and word[-3] not in _VOWELS
    )


@lru_cache(maxsize=4096)
def inflections(word: str) -> tuple[str, ...]:
    """The word and its regular inflected forms (lower case), the base first."""
    if not word.isalpha():
        return (word,)
    forms = [word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.append(word + "es")
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms.append(word[:-1] + "ies")
    else:
        forms.append(word + "s")
    if word.endswith("e"):
        forms += [word + "d", word[:-1] + "ing"]
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms += [word[:-1] + "ied", word + "ing"]
    elif _doubles(word):
        forms += [word + word[-1] + "ed", word + word[-1] + "ing", word + "ed", word + "ing"]
    else:
        forms += [word + "ed", word + "ing"]
    return tuple(dict.fromkeys(forms))


def plural(word: str) -> str:
    """The regular plural of a lower-case noun (therapy -> therapies, virus -> viruses): the
    second of `inflections`, worked out alone (the lexicon asks for some 2,500 names' plurals
    as it loads, and needs none of their other forms)."""
    if not word.isalpha():
        return word
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"
