"""The prose in front matter: the raw spans of the title, description, summary... values.

A headline written only in front matter (`title: "Miracle cure for MS"`) is what readers see
first, on the page and in search results, so it is linted like any heading. Each wanted
top-level key's value is scanned in the raw source and returned as pieces: verbatim slices
(their text is the raw text) and replacements (an escape such as `\\"` or `''`, a folded line
break), so every character keeps its exact raw position.

Only what is certain is returned: the scanned value must equal, word for word, what the YAML
or TOML parser read for that key (front matter's `metadata`). Anything else (anchors, tags,
flow collections, a layout the scanner does not follow) yields no field rather than a field
whose findings would point at the wrong column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mslint.reading.frontmatter import FrontMatter
from mslint.record import Record, _set

# The keys whose values are prose; a `front-matter-keys` setting replaces them.
FRONT_MATTER_KEYS = ("title", "description", "summary", "subtitle", "excerpt")
TITLE_KEYS = frozenset({"title"})

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_YAML_KEY = re.compile(r"(?:([A-Za-z_][\w-]*)|\"([A-Za-z_][\w-]*)\"|'([A-Za-z_][\w-]*)')[ \t]*:(?=[ \t]|$)")
_BLOCK_HEADER = re.compile(r"[|>](?:[1-9][+-]?|[+-][1-9]?)?")
_TOML_KEY = re.compile(r"[ \t]*(?:([A-Za-z0-9_-]+)|\"([^\"\\\r\n]*)\"|'([^'\r\n]*)')[ \t]*=[ \t]*")
_TOML_TABLE = re.compile(r"[ \t]*\[")

# YAML's one-character escapes in double-quoted scalars.
_YAML_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
    "P": "\u2029",
}
_TOML_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_HEX_WIDTH = {"x": 2, "u": 4, "U": 8}


class Piece(Record):
    """Text standing for source[raw_start:raw_end]; verbatim when the two are equal."""

    __slots__ = ("raw_start", "raw_end", "text")

    def __init__(self, raw_start: int, raw_end: int, text: str):
        _set(self, "raw_start", raw_start)
        _set(self, "raw_end", raw_end)
        _set(self, "text", text)


class Field(Record):
    __slots__ = ("key", "pieces")

    def __init__(self, key: str, pieces: tuple[Piece, ...]):
        _set(self, "key", key)
        _set(self, "pieces", pieces)

    @property
    def kind(self) -> str:
        """The block kind: the title is the headline, the others are summaries (paragraph scope)."""
        return "title" if self.key.lower() in TITLE_KEYS else "summary"

    @property
    def value(self) -> str:
        return "".join(piece.text for piece in self.pieces)


def front_matter_fields(source: str, front: FrontMatter, keys: Iterable[str]) -> list[Field]:
    """The wanted keys' values, in source order, each checked against the parser's reading."""
    wanted = {key.lower() for key in keys}
    if not front.end or not wanted:
        return []
    scan = _yaml_fields if front.syntax == "yaml" else _toml_fields
    fields = []
    for key, pieces in scan(source, front.body_start, front.body_end, wanted):
        parsed = front.metadata.get(key)
        field = Field(key, tuple(piece for piece in pieces if piece.raw_end > piece.raw_start or piece.text))
        if isinstance(parsed, str) and parsed.strip() and _words(field.value) == _words(parsed):
            fields.append(field)
    return fields


def _words(text: str) -> list[str]:
    return text.split()


def _lines(source: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end without the line break) of each line of source[lo:hi]."""
    out = []
    for match in _LINE.finditer(source, lo, hi):
        if match.start() == match.end():
            break
        out.append((match.start(), match.start() + len(match.group().rstrip("\r\n"))))
    return out


def _verbatim(source: str, start: int, end: int) -> list[Piece]:
    return [Piece(start, end, source[start:end])] if end > start else []


def _content_start(source: str, start: int, end: int) -> int:
    while start < end and source[start] in " \t":
        start += 1
    return start


def _trimmed_end(source: str, start: int, end: int) -> int:
    while end > start and source[end - 1] in " \t":
        end -= 1
    return end


# -- YAML ----------------------------------------------------------------------------------------


def _yaml_fields(source: str, lo: int, hi: int, wanted: set[str]) -> Iterator[tuple[str, list[Piece]]]:
    lines = _lines(source, lo, hi)
    index = 0
    while index < len(lines):
        start, end = lines[index]
        match = _YAML_KEY.match(source, start, end)
        index += 1
        if match is None:
            continue
        # The value may go on over the lines that follow: indented ones, and blank ones between.
        following = index
        while following < len(lines) and (
            source[lines[following][0] : lines[following][1]].strip() == "" or source[lines[following][0]] in " \t"
        ):
            following += 1
        key = next(group for group in match.groups() if group is not None)
        if key.lower() in wanted:
            pieces = _yaml_value(source, _content_start(source, match.end(), end), end, lines[index:following])
            if pieces:
                yield key, pieces
        index = following


def _yaml_value(source: str, at: int, end: int, rest: list[tuple[int, int]]) -> list[Piece] | None:
    if at >= end:
        return None  # the value starts on the next line: a mapping, a list, or nothing
    first = source[at]
    if first == '"':
        return _quoted(source, at, [(at, end), *rest], '"')
    if first == "'":
        return _quoted(source, at, [(at, end), *rest], "'")
    if first in "|>":
        return _block_scalar(source, at, end, rest)
    if first in "[]{}&*!%@`#,?:-":
        return None  # collections, anchors, aliases, tags, comments, indicators: not a plain string
    return _plain(source, at, end, rest)


def _without_comment(source: str, start: int, end: int) -> tuple[int, bool]:
    """End of a plain scalar's text on one line (a comment starts at "#" after white space)."""
    for position in range(start + 1, end):
        if source[position] == "#" and source[position - 1] in " \t":
            return _trimmed_end(source, start, position), True
    return _trimmed_end(source, start, end), False


def _plain(source: str, at: int, end: int, rest: list[tuple[int, int]]) -> list[Piece]:
    stop, commented = _without_comment(source, at, end)
    pieces = _verbatim(source, at, stop)
    for start, line_end in rest:
        if commented:
            break
        begin = _content_start(source, start, line_end)
        if begin >= line_end:
            continue  # a blank line: folded into the break below
        if source[begin] == "#":
            break
        next_stop, commented = _without_comment(source, begin, line_end)
        pieces.append(Piece(stop, begin, " "))  # a folded line break
        pieces += _verbatim(source, begin, next_stop)
        stop = next_stop
    return pieces


def _quoted(source: str, at: int, lines: list[tuple[int, int]], quote: str) -> list[Piece] | None:
    """A single- or double-quoted scalar over one or more lines; None if it does not close."""
    pieces: list[Piece] = []
    line = 0
    position = run = at + 1
    while True:
        line_end = lines[line][1]
        if position >= line_end:  # an unescaped line break inside the quotes folds to a space
            content_end = _trimmed_end(source, run, line_end)
            pieces += _verbatim(source, run, content_end)
            line += 1
            while line < len(lines) and source[lines[line][0] : lines[line][1]].strip() == "":
                line += 1
            if line >= len(lines):
                return None
            position = run = _content_start(source, *lines[line])
            pieces.append(Piece(content_end, position, " "))
            continue
        char = source[position]
        if char == quote:
            if quote == "'" and source[position + 1 : position + 2] == "'":
                pieces += _verbatim(source, run, position)
                pieces.append(Piece(position, position + 2, "'"))
                position = run = position + 2
                continue
            pieces += _verbatim(source, run, position)
            after = _content_start(source, position + 1, line_end)
            if after < line_end and source[after] != "#":
                return None  # text after the closing quote: not a plain string value
            return pieces
        if char == "\\" and quote == '"':
            pieces += _verbatim(source, run, position)
            if position + 1 >= line_end:  # an escaped line break joins the lines with nothing
                line += 1
                if line >= len(lines):
                    return None
                position = run = _content_start(source, *lines[line])
                continue
            width, decoded = _escape(source, position, line_end, _YAML_ESCAPES)
            if decoded is None:
                return None
            pieces.append(Piece(position, position + width, decoded))
            position = run = position + width
            continue
        position += 1


def _escape(source: str, at: int, end: int, table: dict[str, str]) -> tuple[int, str | None]:
    """(raw width, decoded text) of the escape at `at` (a backslash); None when it is not one."""
    letter = source[at + 1]
    if letter in table:
        return 2, table[letter]
    width = _HEX_WIDTH.get(letter)
    if width is None or at + 2 + width > end:
        return 2, None
    digits = source[at + 2 : at + 2 + width]
    try:
        return 2 + width, chr(int(digits, 16))
    except ValueError:
        return 2, None


def _block_scalar(source: str, at: int, end: int, rest: list[tuple[int, int]]) -> list[Piece] | None:
    """`|` (literal) and `>` (folded): the indented lines below; every line break reads as a space."""
    header = _BLOCK_HEADER.match(source, at, end)
    if header is None:
        return None
    after = _content_start(source, header.end(), end)
    if after < end and source[after] != "#":
        return None
    digits = [c for c in header.group() if c.isdigit()]
    indent = int(digits[0]) if digits else None
    pieces: list[Piece] = []
    previous_end = None
    for start, line_end in rest:
        leading = _content_start(source, start, line_end) - start
        if start + leading >= line_end:
            continue  # blank
        if indent is None:
            indent = leading
        if leading < indent:
            break
        begin = start + indent
        stop = _trimmed_end(source, begin, line_end)
        if previous_end is not None:
            pieces.append(Piece(previous_end, begin, " "))
        pieces += _verbatim(source, begin, stop)
        previous_end = stop
    return pieces or None


# -- TOML ----------------------------------------------------------------------------------------


def _toml_fields(source: str, lo: int, hi: int, wanted: set[str]) -> Iterator[tuple[str, list[Piece]]]:
    lines = _lines(source, lo, hi)
    index = 0
    while index < len(lines):
        start, end = lines[index]
        if _TOML_TABLE.match(source, start, end):
            return  # keys after a [table] header are not top-level
        match = _TOML_KEY.match(source, start, end)
        index += 1
        if match is None:
            continue
        key = next(group for group in match.groups() if group is not None)
        at = match.end()
        if source.startswith(('"""', "'''"), at):
            pieces, index = _toml_multiline(source, at, lines, index)
        elif at < end and source[at] in "\"'":
            pieces = _quoted_toml(source, at, end)
        else:
            pieces = None
        if pieces is not None and key.lower() in wanted:
            yield key, pieces


def _quoted_toml(source: str, at: int, end: int) -> list[Piece] | None:
    quote = source[at]
    pieces: list[Piece] = []
    position = run = at + 1
    while position < end:
        char = source[position]
        if char == quote:
            pieces += _verbatim(source, run, position)
            return pieces
        if char == "\\" and quote == '"':
            pieces += _verbatim(source, run, position)
            if position + 1 >= end:
                return None
            width, decoded = _escape(source, position, end, _TOML_ESCAPES)
            if decoded is None or source[position + 1] == "x":
                return None
            pieces.append(Piece(position, position + width, decoded))
            position = run = position + width
            continue
        position += 1
    return None


def _toml_multiline(source: str, at: int, lines: list[tuple[int, int]], index: int) -> tuple[list[Piece] | None, int]:
    """`\"\"\"...\"\"\"` or `'''...'''`; returns the pieces and the index of the line after the value."""
    quote = source[at : at + 3]
    basic = quote == '"""'
    pieces: list[Piece] = []
    line = index - 1
    position = run = at + 3
    line_end = lines[line][1]
    if position >= line_end:  # a line break right after the opening quotes is not part of the value
        line += 1
        if line >= len(lines):
            return None, line
        position = run = lines[line][0]
    while True:
        line_end = lines[line][1]
        if position >= line_end:
            pieces += _verbatim(source, run, line_end)
            line += 1
            if line >= len(lines):
                return None, line
            position = run = lines[line][0]
            pieces.append(Piece(line_end, position, " "))  # a kept line break, read as a space
            continue
        if source.startswith(quote, position):
            pieces += _verbatim(source, run, position)
            return pieces, line + 1
        if basic and source[position] == "\\":
            pieces += _verbatim(source, run, position)
            if source[position + 1 : line_end].strip() == "":  # a line-ending backslash eats white space
                line += 1
                while line < len(lines) and source[lines[line][0] : lines[line][1]].strip() == "":
                    line += 1
                if line >= len(lines):
                    return None, line
                position = run = _content_start(source, *lines[line])
                continue
            width, decoded = _escape(source, position, line_end, _TOML_ESCAPES)
            if decoded is None or source[position + 1] == "x":
                return None, line + 1
            pieces.append(Piece(position, position + width, decoded))
            position = run = position + width
            continue
        position += 1


def add_fields(builder, source: str, fields: list[Field]) -> None:
    """One block per field, fed to a TextBuilder with each piece at its raw position."""
    for field in fields:
        builder.begin_block(field.kind)
        for piece in field.pieces:
            if source[piece.raw_start : piece.raw_end] == piece.text:
                builder.add(piece.raw_start, piece.text)
            else:
                builder.add_replacement(piece.raw_start, piece.raw_end, piece.text)
        builder.end_block()


_COMMENT_DIRECTIVE = re.compile(r"[ \t]*#[ \t]*(<!--[ \t]*mslint-[^\r\n]*?-->)")


def mask_front_matter(source: str, front: FrontMatter, masked: list[tuple[int, int]]) -> None:
    """Mask the front matter, except mslint directives written as YAML or TOML comments
    (`# <!-- mslint-disable-next-line HYP001 -->` above a title line), which must stay readable."""
    start = 0
    for line_start, line_end in _lines(source, front.body_start, front.body_end):
        match = _COMMENT_DIRECTIVE.match(source, line_start, line_end)
        if match:
            masked.append((start, match.start(1)))
            start = match.end(1)
    masked.append((start, front.end))
