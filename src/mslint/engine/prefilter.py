"""Literal prefilters: which units of a document a pattern rule could possibly match in.

Most of a lint's time would go to running every rule's regular expressions over every sentence,
where almost none of them match. But nearly every pattern names words: every match of
`\\bcur(?:es|ed|ing)\\s+(?:MS|multiple\\s+sclerosis)` contains "cur" and also "ms" or "sclerosis".
`requirement_of` reads that off the parsed pattern as a small expression over literal strings
(lookarounds are left out: they constrain a match without being part of it):

    "cur"                                      the string occurs in the unit
    ("all", ("cur", ("any", ("ms", "sclerosis"))))
    ("any", (...))

The engine finds each string once per document with plain substring search in a case-folded
copy of the text, keeps the set of units it occurs in (shared by every rule that names it),
evaluates each rule's expression with set intersections and unions, and runs the rule only on
the units left. That skips most rules on most sentences without changing a single finding
(tests/test_prefilter.py checks it on every corpus, fixture and example article).

None means "anywhere": a pattern that can match with no fixed text (`\\d+`, `a|cure`), or syntax
only the `regex` module parses. A rule with None runs on every unit, as before.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Union

from mslint import patterns
from mslint.engine.literal_index import LiteralIndex

try:  # the standard library's parser: private, so any surprise means "no prefilter"
    from re import _constants as _sre
except ImportError:  # pragma: no cover - Python versions without re._constants
    _sre = None

# Every literal a compiled requirement names, found per document in one pass.
_INDEX = LiteralIndex()
# A literal, or ("all" | "any", (requirement, ...)).
Requirement = Union[str, tuple]

# Characters that match an ASCII letter case-insensitively but whose str.lower() is not that
# letter (or, for U+0130, is two characters). Folding them first keeps the folded copy exactly as
# long as the text, so its offsets are the text's offsets.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# A single character is no filter: it occurs nearly everywhere. Nor are the commonest words,
# and searching for them costs more than it saves: requiring less is always safe.
MIN_LENGTH = 2
COMMON_WORDS = frozenset(
    "a an and are as at be by can for from had has have he her his in is it its no not of on or "
    "our out she so that the their them they this to up was we were will with you your".split()
)


def fold(text: str) -> str:
    """The text case-folded for literal search, offset for offset (str.lower changes the length
    of no character left after _FOLD; tests/test_prefilter.py checks every code point)."""
    return text.translate(_FOLD).lower()


def requirement_of(pattern: str, flags: int = 0) -> Requirement | None:
    """What every match of `pattern` contains, as an expression over lowercase strings; None if
    nothing is certain."""
    if _sre is None:
        return None
    try:
        return _sequence(list(patterns.parsed(pattern, flags & patterns.PARSER_FLAGS)))
    except Exception:  # noqa: BLE001 - a private API's surprise must never break a lint
        return None


@lru_cache(maxsize=None)
def requirement_of_compiled(pattern) -> Requirement | None:
    """`requirement_of` a compiled pattern (`re` or `regex`)."""
    return requirement_of(pattern.pattern, pattern.flags)


def any_of(*patterns) -> tuple[Requirement, ...]:
    """The requirements of a rule whose hits all come from matches of these compiled patterns
    (None stands for a pattern not in use): empty, meaning every unit, if one has none."""
    parts = [requirement_of_compiled(pattern) for pattern in patterns if pattern is not None]
    combined = _any(parts) if parts else None
    return () if combined is None else (combined,)


def all_of(*patterns) -> tuple[Requirement, ...]:
    """The requirements of a rule that needs every one of these compiled patterns to match."""
    return tuple(r for r in (requirement_of_compiled(p) for p in patterns) if r is not None)


# -- reading a parsed pattern ----------------------------------------------------------------


def _sequence(items: Sequence) -> Requirement | None:
    """Everything a sequence's literal runs and elements require."""
    parts: list[Requirement] = []
    run: list[str] = []
    for op, argument in items:
        char = _literal_char(op, argument)
        if char is not None:
            run.append(char)
            continue
        _end_run(run, parts)
        inner = _element(op, argument)
        if inner is not None:
            parts.append(inner)
    _end_run(run, parts)
    return _all(parts)


def _end_run(run: list[str], parts: list[Requirement]) -> None:
    literal = "".join(run)
    if len(literal) >= MIN_LENGTH and literal.strip() not in COMMON_WORDS:
        parts.append(literal)
    run.clear()


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


def _element(op, argument) -> Requirement | None:
    if op is _sre.SUBPATTERN:
        return _sequence(list(argument[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(argument))
    if op is _sre.BRANCH:
        return _any([_sequence(list(branch)) for branch in argument[1]])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = argument
        return _sequence(list(body)) if low >= 1 else None
    return None  # lookarounds, classes, anchors, backreferences: no literal of their own


def _all(parts: list[Requirement]) -> Requirement | None:
    flat: list[Requirement] = []
    for part in parts:
        flat.extend(part[1] if isinstance(part, tuple) and part[0] == "all" else (part,))
    unique = tuple(dict.fromkeys(flat))
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else ("all", unique)


def _any(parts: list[Requirement | None]) -> Requirement | None:
    if any(part is None for part in parts):
        return None  # one way through without a literal: nothing is required
    flat: list[Requirement] = []
    for part in parts:
        flat.extend(part[1] if isinstance(part, tuple) and part[0] == "any" else (part,))
    unique = tuple(dict.fromkeys(flat))
    return unique[0] if len(unique) == 1 else ("any", unique)


# -- finding the units -----------------------------------------------------------------------


def unit_indices(document, scope: str, units: Sequence, requirements: tuple[Requirement, ...]) -> list[int]:
    """Indices of the units (of one scope, in text order) that meet every requirement. What is
    known of each literal is kept in the document's memo: many rules name the same words."""
    memo = document.memo
    present = _presence(document)
    test = _compiled(("all", requirements))
    if not test.anywhere(present):  # the cheap test first: are the words in the document at all?
        return []
    units_with = memo.get(("units-with", scope))
    if units_with is None:
        starts, ends = [u.start for u in units], [u.end for u in units]
        units_with = memo[("units-with", scope)] = _UnitsWith(present, starts, ends)
    return sorted(test.units(units_with))


def _presence(document) -> _Presence:
    present = document.memo.get("literals-present")
    if present is None:
        present = document.memo["literals-present"] = _Presence(fold(document.text))
    return present


class _Presence(dict):
    """literal -> whether it occurs anywhere in the folded text. The literals every rule names are
    found in one pass (mslint.literal_index); any other is searched for on first use."""

    def __init__(self, folded: str):
        super().__init__()
        self.folded = folded
        self.starts: dict[str, list[int]] = {}
        indexed = _INDEX.occurrences(folded)
        if indexed is not None:
            searched, self.starts = indexed
            self.update(dict.fromkeys(searched, False))
            self.update(dict.fromkeys(self.starts, True))

    def __missing__(self, literal: str) -> bool:
        found = self[literal] = literal in self.folded
        if found:
            self.starts[literal] = offsets(self.folded, literal)
        return found


class _UnitsWith(dict):
    """literal -> the set of indices of the units it occurs in (worked out on first use)."""

    def __init__(self, present: _Presence, starts: list[int], ends: list[int]):
        super().__init__()
        self.present, self.starts, self.ends = present, starts, ends

    def __missing__(self, literal: str) -> set[int]:
        if not self.present[literal]:
            found = set()
        else:
            found = units_containing(self.starts, self.ends, self.present.starts[literal])
        self[literal] = found
        return found


class _Test:
    """A requirement's two tests: `anywhere`, on whether each literal is present, and `units`, on
    the sets of units each literal occurs in. Both stop as soon as the answer is known.

    Rules ask for these once per document each, so walking the expression tree every time would
    cost more than all the substring searches together on a corpus: after a few documents the
    tests are compiled to two Python expressions. Not before: compiling costs as much as
    hundreds of walks (a big requirement names hundreds of literals), which a one-file run,
    asking once, would never get back."""

    __slots__ = ("requirement", "uses", "_anywhere", "_units")

    def __init__(self, requirement: Requirement):
        self.requirement = requirement
        self.uses = 0
        self._anywhere: Callable[[Mapping[str, bool]], bool] | None = None
        self._units: Callable[[Mapping[str, set[int]]], set[int]] | None = None

    def anywhere(self, has: Mapping[str, bool]) -> bool:
        if self._anywhere is None and not self._compile_now():
            return _present(self.requirement, has)
        return self._anywhere(has)

    def units(self, units_with: Mapping[str, set[int]]) -> set[int]:
        if self._units is None and not self._compile_now():
            return _units_of(self.requirement, units_with)
        return self._units(units_with)

    def _compile_now(self) -> bool:
        self.uses += 1
        if self.uses <= _WALKS_BEFORE_COMPILING:
            return False
        requirement = self.requirement
        self._anywhere = _function(f"lambda has: {_presence_code(requirement)}")
        self._units = _function(f"lambda units: {_units_code(requirement, itertools.count())}")
        return True


# Uses of a test (two per document at most) walked before it is compiled.
_WALKS_BEFORE_COMPILING = 8


@lru_cache(maxsize=None)
def _compiled(requirement: Requirement) -> _Test:
    """A requirement's tests (one object per requirement, so its uses are counted together)."""
    _INDEX.add(_literals(requirement))
    return _Test(requirement)


def _function(source: str):
    return eval(compile(source, "<prefilter>", "eval"))  # noqa: S307 - generated above from repr()'d literals


def _present(requirement: Requirement, has: Mapping[str, bool]) -> bool:
    """What the compiled presence test computes, by walking the expression."""
    if isinstance(requirement, str):
        return has[requirement]
    op, parts = requirement
    if op == "all":
        return all(_present(part, has) for part in parts)
    return any(_present(part, has) for part in parts)


def _units_of(requirement: Requirement, units: Mapping[str, set[int]]) -> set[int]:
    """What the compiled units test computes (see _units_code), by walking the expression."""
    if isinstance(requirement, str):
        return units[requirement]
    op, parts = requirement
    if op == "any":
        found = _units_of(parts[0], units)
        for part in parts[1:]:
            found = found | _units_of(part, units)
        return found
    found = _units_of(parts[0], units)
    for part in parts[1:-1]:
        if not found:
            return found
        found = found & _units_of(part, units)
    if not found:
        return found
    return found & _units_of(parts[-1], units)


def _literals(requirement: Requirement):
    if isinstance(requirement, str):
        yield requirement
    else:
        for part in requirement[1]:
            yield from _literals(part)


def _presence_code(requirement: Requirement) -> str:
    if isinstance(requirement, str):
        return f"has[{requirement!r}]"
    op, parts = requirement
    return "(" + (" and " if op == "all" else " or ").join(map(_presence_code, parts)) + ")"


def _units_code(requirement: Requirement, names) -> str:
    if isinstance(requirement, str):
        return f"units[{requirement!r}]"
    op, parts = requirement
    codes = [_units_code(part, names) for part in parts]
    if op == "any":
        return "(" + " | ".join(codes) + ")"
    # (x := A) and (x := x & B) and x & C: an empty set is false and ends the chain.
    name = f"x{next(names)}"
    chain = [f"({name} := {codes[0]})"] + [f"({name} := {name} & {code})" for code in codes[1:-1]]
    return "(" + " and ".join(chain + [f"{name} & {codes[-1]}"]) + ")"


def evaluate(requirement: Requirement, units_with: Mapping[str, set[int]]) -> set[int]:
    """The units that meet a requirement, given the units each literal occurs in."""
    return _compiled(requirement).units(units_with)


def sentences_that_may_match(document, *patterns) -> list:
    """The document's sentences in which one of these patterns could match (all of them when one
    pattern has no requirement): for rules that read every sentence themselves."""
    requirements = any_of(*patterns)
    sentences = document.sentences
    if not requirements:
        return sentences
    return [sentences[index] for index in unit_indices(document, "sentence", sentences, requirements)]


def may_occur(document, pattern) -> bool:
    """False when the pattern cannot match anywhere in the document (its words are absent)."""
    requirement = requirement_of_compiled(pattern)
    return requirement is None or _compiled(requirement).anywhere(_presence(document))


def search_document(document, pattern):
    """pattern.search(document.text), skipped when the document lacks the pattern's words."""
    return pattern.search(document.text) if may_occur(document, pattern) else None


def offsets(folded: str, literal: str) -> list[int]:
    """Start offsets of every occurrence of a literal, in order."""
    found = []
    start = folded.find(literal)
    while start >= 0:
        found.append(start)
        start = folded.find(literal, start + 1)
    return found


def units_containing(unit_starts: list[int], unit_ends: list[int], hits: list[int]) -> set[int]:
    """Indices of the units (sorted by start, not overlapping) that contain any of the offsets."""
    indices = set()
    for offset in hits:
        index = bisect.bisect_right(unit_starts, offset) - 1
        if index >= 0 and offset < unit_ends[index]:
            indices.add(index)
    return indices


__all__ = ["Requirement", "requirement_of", "requirement_of_compiled", "any_of", "all_of", "unit_indices",
           "may_occur", "search_document",
           "sentences_that_may_match", "evaluate", "fold", "offsets", "units_containing"]
