"""Literal prefilters: which units of a document a pattern rule could possibly match in.

Most of a lint's time would go to running every rule's regular expressions over every sentence,
where almost none of them match. But nearly every pattern names a word: every match of
`\\bcur(?:es|ed|e)\\s+(?:MS|...)` contains "cur", every match of `(?:heal|cure)s?` contains "heal"
or "cure". `required_literals` reads that off the parsed pattern: a set of strings at least one
of which lies inside every match (ignoring lookarounds, which constrain a match without being
part of it). The engine then finds those strings with plain substring search in a case-folded
copy of the document and runs the rule only on units that contain one, which skips most rules
on most sentences without changing a single finding (tests/test_prefilter.py checks that on
the whole corpus).

When no such set can be derived (a pattern that can match with no fixed text at all, or syntax
only the `regex` module parses), the answer is None and the rule runs everywhere, as before.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections.abc import Sequence

try:  # the standard library's parser: private, so any surprise means "no prefilter"
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python versions without re._parser
    _sre = _sre_parse = None

Literals = frozenset[str]

# Characters that match an ASCII letter case-insensitively but whose str.lower() is not that
# letter (or, for U+0130, is two characters). Folding them first keeps the folded copy exactly as
# long as the text, so its offsets are the text's offsets.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# A literal shorter than this is not worth a prefilter: it occurs nearly everywhere.
MIN_LENGTH = 2


def fold(text: str) -> str:
    """The text case-folded for literal search, offset for offset (str.lower changes the length
    of no character left after _FOLD; tests/test_prefilter.py checks every code point)."""
    return text.translate(_FOLD).lower()


def required_literals(pattern: str, flags: int = 0) -> Literals | None:
    """Lowercase strings at least one of which every match of `pattern` contains, or None."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
        literals = _sequence(list(parsed))
    except Exception:  # noqa: BLE001 - a private API's surprise must never break a lint
        return None
    if not literals or min(len(literal) for literal in literals) < MIN_LENGTH:
        return None
    return literals


def _sequence(items: Sequence) -> Literals | None:
    """The most selective requirement among a sequence's literal runs and its elements."""
    candidates: list[Literals] = []
    run: list[str] = []
    for op, argument in items:
        char = _literal_char(op, argument)
        if char is not None:
            run.append(char)
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner = _element(op, argument)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return max(candidates, key=_selectivity, default=None)


def _selectivity(literals: Literals) -> tuple[int, int]:
    # Longer strings occur less often; fewer alternatives mean fewer searches.
    return min(len(literal) for literal in literals), -len(literals)


def _literal_char(op, argument) -> str | None:
    """The one lowercase ASCII character an item always matches, if it is that simple."""
    if op is _sre.LITERAL:
        char = chr(argument).lower()
        return char if char.isascii() else None
    if op is _sre.IN and argument and all(kind is _sre.LITERAL for kind, _ in argument):
        chars = {chr(code).lower() for _, code in argument}  # [Cc] -> "c"
        if len(chars) == 1:
            char = chars.pop()
            return char if char.isascii() else None
    return None


def _element(op, argument) -> Literals | None:
    if op is _sre.SUBPATTERN:
        return _sequence(list(argument[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(argument))
    if op is _sre.BRANCH:
        alternatives = [_sequence(list(branch)) for branch in argument[1]]
        if any(not alternative for alternative in alternatives):
            return None  # one way through without a literal: nothing is required
        return frozenset().union(*alternatives)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = argument
        return _sequence(list(body)) if low >= 1 else None
    return None  # lookarounds, classes, anchors, backreferences: no literal of their own


# The flags the standard library's parser understands (a `regex` pattern carries more).
_PARSER_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


@lru_cache(maxsize=None)
def literals_of(pattern) -> Literals | None:
    """`required_literals` of a compiled pattern (`re` or `regex`)."""
    return required_literals(pattern.pattern, pattern.flags & _PARSER_FLAGS)


def any_of(*patterns) -> tuple[Literals, ...]:
    """Requirements for a rule whose hits all come from matches of these patterns (None stands
    for a pattern not in use); no requirement if one of them has no literal."""
    combined = combine(*(literals_of(pattern) for pattern in patterns if pattern is not None))
    return (combined,) if combined else ()


def offsets(folded: str, literals: Literals) -> list[int]:
    """Sorted start offsets of every occurrence of any of the literals."""
    found = []
    for literal in literals:
        start = folded.find(literal)
        while start >= 0:
            found.append(start)
            start = folded.find(literal, start + 1)
    found.sort()
    return found


def units_containing(unit_starts: list[int], unit_ends: list[int], hits: list[int]) -> set[int]:
    """Indices of the units (sorted by start, not overlapping) that contain any of the offsets."""
    indices = set()
    for offset in hits:
        index = bisect.bisect_right(unit_starts, offset) - 1
        if index >= 0 and offset < unit_ends[index]:
            indices.add(index)
    return indices


def combine(*requirements: Literals | None) -> Literals | None:
    """One requirement met when any of several patterns could match (None if any has none)."""
    if any(requirement is None for requirement in requirements):
        return None
    return frozenset().union(*requirements)


__all__ = ["Literals", "required_literals", "literals_of", "any_of", "fold", "offsets", "units_containing", "combine"]
