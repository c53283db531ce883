"""The Document every reader produces and every rule reads.

`Document.text` is the prose a reader sees: for plain text it is the source itself; for Markdown
and HTML it is the linted prose only (markup, code and URLs left out, entities decoded). An
offset map ties every character of `text` back to the raw source, so findings point at the
exact line and column of the original file whatever the input format.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from functools import cached_property

# Block kinds. "title" and "heading" form the heading scope; all others the paragraph scope.
HEADING_KINDS = frozenset({"title", "heading"})


@dataclass(frozen=True)
class Block:
    kind: str  # title, heading, paragraph, list-item, table-cell, quote, caption...
    start: int  # offsets into Document.text, end exclusive
    end: int
    level: int = 0  # heading level (1-6) where it applies

    @property
    def is_heading(self) -> bool:
        return self.kind in HEADING_KINDS


def promote_leading_heading(blocks: list[Block]) -> None:
    """A document that opens with a level-1 heading and has no title block is titled by it."""
    if blocks and blocks[0].kind == "heading" and blocks[0].level == 1 and not any(b.kind == "title" for b in blocks):
        blocks[0] = Block("title", blocks[0].start, blocks[0].end, 1)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks


@dataclass(frozen=True)
class Link:
    """A link or image target: kept out of the prose but available to rules (e.g. referral links)."""

    url: str
    text_start: int  # the link text's span in Document.text (empty span for bare targets)
    text_end: int
    raw_start: int  # where the URL itself sits in the raw source
    raw_end: int


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Offsets in the raw source <-> 1-based (line, column), for LF, CRLF and CR endings."""

    def __init__(self, source: str):
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(source)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, source: str, line: int) -> str:
        """The 1-based line's text without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(source)
        return source[start:end].rstrip("\r\n")


@dataclass
class Document:
    path: str
    source: str  # the decoded raw input
    text: str  # what the rules read
    blocks: list[Block]
    metadata: dict = field(default_factory=dict)  # title, date, author, tags...
    links: list[Link] = field(default_factory=list)
    # Raw offset of each text character; None means identity (plain text).
    raw_starts: array | None = None
    # Text characters whose raw width is not 1 (decoded entities): index -> raw width.
    raw_widths: dict[int, int] = field(default_factory=dict)
    # Raw ranges that are not prose (code, front matter, markup): directives inside are ignored.
    masked: list[tuple[int, int]] = field(default_factory=list)
    format: str = "text"
    # The text of the page furniture the reader left out (an HTML footer, header, navigation):
    # not prose, but where a page often dates itself ("Page updated 12 January 2026").
    furniture_text: str = ""
    # Derived data that several rules or the engine compute once per document (units, counts).
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    # -- positions --------------------------------------------------------------------------

    @cached_property
    def line_index(self) -> LineIndex:
        return LineIndex(self.source)

    def raw_start(self, i: int) -> int:
        if self.raw_starts is None:
            return i
        if i >= len(self.text):
            return self.raw_end(len(self.text))
        return self.raw_starts[i]

    def raw_end(self, i: int) -> int:
        """Raw offset just after text[i-1] (the raw end of a span ending at text index i)."""
        if self.raw_starts is None:
            return i
        if i <= 0:
            return self.raw_starts[0] if len(self.raw_starts) else 0
        return self.raw_starts[i - 1] + self.raw_widths.get(i - 1, 1)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        raw_start = self.raw_start(start)
        raw_end = self.raw_end(end) if end > start else raw_start
        return raw_start, max(raw_start, raw_end)

    def is_masked(self, raw_offset: int) -> bool:
        return any(lo <= raw_offset < hi for lo, hi in self.masked)

    # -- structure --------------------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[Sentence]:
        from mslint.reading.segment import split_sentences

        out: list[Sentence] = []
        for index, block in enumerate(self.blocks):
            for start, end in split_sentences(self.text, block.start, block.end):
                out.append(Sentence(start, end, index))
        return out

    @property
    def title(self) -> str | None:
        if self.metadata.get("title"):
            return str(self.metadata["title"])
        for block in self.blocks:
            if block.kind == "title":
                return self.text[block.start : block.end]
        return None


class TextBuilder:
    """Builds Document.text and its raw offset map piece by piece (used by Markdown/HTML readers).

    Blocks are separated by a blank line in `text`, so no sentence or pattern runs from one
    block into the next.
    """

    BLOCK_SEPARATOR = "\n\n"

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.raw_starts = array("q")
        self.raw_widths: dict[int, int] = {}
        self.blocks: list[Block] = []
        self._open: tuple[str, int, int] | None = None
        self._last_raw = 0

    def add(self, raw_start: int, text: str) -> None:
        """Text copied verbatim from raw[raw_start : raw_start + len(text)]."""
        if not text:
            return
        self._parts.append(text)
        self.raw_starts.extend(range(raw_start, raw_start + len(text)))
        self._length += len(text)
        self._last_raw = raw_start + len(text)

    def add_replacement(self, raw_start: int, raw_end: int, text: str) -> None:
        """Text standing for raw[raw_start:raw_end] (a decoded entity, a folded line break)."""
        if not text:
            return
        self._parts.append(text)
        for k in range(len(text)):
            self.raw_starts.append(raw_start)
            self.raw_widths[self._length + k] = (raw_end - raw_start) if k == len(text) - 1 else 0
        self._length += len(text)
        self._last_raw = raw_end

    def add_synthetic(self, text: str) -> None:
        """Text with no raw counterpart (block separators): zero-width at the last raw position."""
        for k in range(len(text)):
            self.raw_starts.append(self._last_raw)
            self.raw_widths[self._length + k] = 0
        self._parts.append(text)
        self._length += len(text)

    @property
    def length(self) -> int:
        return self._length

    def begin_block(self, kind: str, level: int = 0) -> None:
        if self._open is not None:
            self.end_block()
        if self._length:
            self.add_synthetic(self.BLOCK_SEPARATOR)
        self._open = (kind, self._length, level)

    def end_block(self) -> None:
        if self._open is None:
            return
        kind, start, level = self._open
        self._open = None
        text = "".join(self._parts)
        self._parts = [text]
        end = self._length
        # Trim whitespace so block spans hold only prose.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            self.blocks.append(Block(kind, start, end, level))

    def text(self) -> str:
        if self._open is not None:
            self.end_block()
        return "".join(self._parts)
