"""Every literal the prefilters name, found in a document in one pass.

mslint.prefilter needs to know, per document, which of about a thousand short strings occur
and where. One substring search per string reads the document a thousand times; an
Aho-Corasick automaton (pyahocorasick, a C extension) reads it once and reports every
occurrence of every string, overlapping ones included. Without pyahocorasick (a platform it
has no wheel for), `occurrences` returns None and the prefilter searches string by string.
"""

from __future__ import annotations

from collections.abc import Iterable

try:
    import ahocorasick
except ImportError:  # pragma: no cover - exercised only where the extension is missing
    ahocorasick = None


class LiteralIndex:
    """The literals registered so far, and an automaton over them rebuilt when they change."""

    def __init__(self) -> None:
        self.literals: set[str] = set()
        self._automaton = None
        self._indexed: frozenset[str] = frozenset()

    def add(self, literals: Iterable[str]) -> None:
        self.literals.update(literals)

    def occurrences(self, folded: str) -> tuple[frozenset[str], dict[str, list[int]]] | None:
        """(the literals searched for, literal -> start offsets in order of the ones found)."""
        automaton = self._current()
        if automaton is None:
            return None
        found: dict[str, list[int]] = {}
        for end, literal in automaton.iter(folded):
            starts = found.get(literal)
            if starts is None:
                starts = found[literal] = []
            starts.append(end - len(literal) + 1)
        return self._indexed, found

    def _current(self):
        if ahocorasick is None or not self.literals:
            return None
        if len(self._indexed) != len(self.literals):  # literals are only ever added
            automaton = ahocorasick.Automaton()
            for literal in self.literals:
                automaton.add_word(literal, literal)
            automaton.make_automaton()
            self._automaton, self._indexed = automaton, frozenset(self.literals)
        return self._automaton
