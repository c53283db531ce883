"""Cutting a source into lines of pieces, each piece covered by the same set of marked spans.

The HTML report shows an article's raw source with findings and scorecard evidence marked at
their exact positions. Spans may overlap, nest, run across lines or be empty (a finding at a
point). Flattening them into pieces, cut wherever any span starts or ends and at every line
start, lets the report draw one <mark> per piece listing every span that covers it, with no
nesting to get wrong. Joining the pieces of one span, in order, gives back exactly its text.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from mslint.reading.document import LineIndex


@dataclass(frozen=True)
class Span:
    start: int  # offsets into the source, end exclusive
    end: int
    key: str  # who the span belongs to, e.g. "f3" (finding 3) or "e2" (evidence 2)


@dataclass(frozen=True)
class Piece:
    text: str
    keys: tuple[str, ...]  # the spans covering this piece, in the order they were given


def offset(index: LineIndex, source: str, line: int, column: int) -> int:
    """The source offset of a 1-based line:column (columns in characters), kept inside the source."""
    line = min(max(line, 1), len(index.starts))
    return min(max(index.starts[line - 1] + column - 1, 0), len(source))


def lines_of_pieces(source: str, spans: list[Span]) -> list[list[Piece]]:
    """One list of pieces per source line (line breaks stay at the end of their line's last
    piece), so that "".join of everything is the source. An empty span becomes an empty piece
    where it stands."""
    index = LineIndex(source)
    order = {span.key: position for position, span in enumerate(spans)}
    opening, closing, empty = defaultdict(list), defaultdict(list), defaultdict(list)
    for span in spans:
        if span.start == span.end:
            empty[span.start].append(span.key)
        else:
            opening[span.start].append(span.key)
            closing[span.end].append(span.key)
    cuts = sorted({0, len(source), *index.starts, *opening, *closing, *empty})
    lines: list[list[Piece]] = [[] for _ in index.starts]
    active: set[str] = set()
    for position, cut in enumerate(cuts):
        active.difference_update(closing.get(cut, ()))
        line = lines[bisect.bisect_right(index.starts, cut) - 1]
        for key in empty.get(cut, ()):
            line.append(Piece("", (key,)))
        active.update(opening.get(cut, ()))
        if position + 1 < len(cuts):
            line.append(Piece(source[cut : cuts[position + 1]], tuple(sorted(active, key=order.__getitem__))))
    return lines
