"""Concept patterns tried only where they can start.

ConceptPattern.finditer tries a match at every token of a sentence. The criteria run a few dozen
patterns over every sentence that holds a number or a harm, so they try each pattern only at the
tokens where its first element can match: a number for "# of # patients", a mention of the
class for "{HARM} occurred in ...", the word for "from # to #". The matches are the same
(leftmost-longest, not overlapping); only the hopeless starts are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from mslint.rules.concepts import matcher
from mslint.rules.concepts.matcher import ConceptPattern, Match
from mslint.rules.concepts.syntax import Alt, AnyWord, Class, Gap, Mark, Number, Opt, Seq, Word


class _Firsts:
    """What can begin a match: words, classes, a number, or anything (no filter)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.classes: set[str] = set()
        self.number = False
        self.anything = False


def _collect(items: tuple, out: _Firsts) -> bool:
    """Add the possible first elements of a sequence; True when the sequence can match nothing
    (every element optional), so the caller must look past it."""
    for item in items:
        kind = type(item)
        if kind is Word:
            out.words |= item.norms
            return False
        if kind is Class:
            out.classes.add(item.name)
            return False
        if kind is Number:
            out.number = True
            return False
        if kind is AnyWord:
            out.anything = True
            return False
        if kind is Opt:
            _collect((item.item,), out)
            continue
        if kind is Alt:
            empty = False
            for option in item.options:
                empty = _collect(option.items, out) or empty
            if not empty:
                return False
            continue
        if kind is Seq:
            if not _collect(item.items, out):
                return False
            continue
        if kind in (Gap, Mark):
            continue
    return True


def _required(items: tuple) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each element every match contains: the words and classes one of which it must be."""
    out = []
    for item in items:
        choice = _alternatives(item)
        if choice is not None:
            out.append(choice)
    return out


def _alternatives(item) -> tuple[frozenset[str], frozenset[str]] | None:
    kind = type(item)
    if kind is Word:
        return item.norms, frozenset()
    if kind is Class:
        return frozenset(), frozenset({item.name})
    if kind is Alt:
        words: set[str] = set()
        classes: set[str] = set()
        for option in item.options:
            needs = _required(option.items)
            if not needs:
                return None  # an option of numbers or gaps only: nothing to look for
            # Any one element an option needs will do as that option's witness.
            option_words, option_classes = needs[0]
            words |= option_words
            classes |= option_classes
        return frozenset(words), frozenset(classes)
    if kind is Seq:
        needs = _required(item.items)
        return needs[0] if needs else None
    return None


class AnchoredPattern(ConceptPattern):
    def __init__(self, text: str):
        super().__init__(text)
        firsts = _Firsts()
        if _collect(self.seq.items, firsts):
            firsts.anything = True
        self._firsts = firsts
        self._needs = _required(self.seq.items)

    def may_match(self, view) -> bool:
        """Every element the pattern cannot do without is in the sentence (a few set lookups)."""
        words, classes = view.words, view.classes
        return all(not (need_words.isdisjoint(words) and need_classes.isdisjoint(classes))
                   for need_words, need_classes in self._needs)

    def starts(self, view) -> list[int]:
        firsts = self._firsts
        tokens = view.tokens
        if firsts.anything:
            return list(range(len(tokens)))
        found: set[int] = set()
        if firsts.words or firsts.number:
            numbers = matcher._NUMBER_WORDS
            for i, token in enumerate(tokens):
                norm = token[3]
                if norm in firsts.words or (firsts.number and (norm[:1].isdigit() or norm in numbers)):
                    found.add(i)
        for cls in firsts.classes:
            if cls in view.classes:
                found.update(m.first for m in view.mentions_of(cls))
        return sorted(found)

    def finditer(self, view) -> Iterator[Match]:
        if not self.may_match(view):
            return
        tokens = view.tokens
        mentions = view.starting_at()
        items = self.seq.items
        after = 0  # matches do not overlap
        for i in self.starts(view):
            if i < after:
                continue
            best = None
            for end, trail in matcher._match(items, 0, i, tokens, mentions, ()):
                if end > i and (best is None or end > best[0]):
                    best = (end, trail)
            if best is None:
                continue
            end, trail = best
            opening = [pos for tag, pos in trail if tag == matcher._OPEN]
            closing = [pos for tag, pos in trail if tag == matcher._CLOSE]
            mark_first = opening[0] if opening else i
            mark_last = (closing[-1] - 1) if closing else end - 1
            if mark_last < mark_first:
                mark_first, mark_last = i, end - 1
            own = frozenset(pos for tag, pos in trail if tag == matcher._OWN)
            yield Match(i, end - 1, mark_first, mark_last, own)
            after = end


def patterns(*texts: str) -> tuple[AnchoredPattern, ...]:
    return tuple(AnchoredPattern(text) for text in texts)
