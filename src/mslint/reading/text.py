"""Plain text: blank lines separate blocks; short unpunctuated lines are headings; list items stand alone."""

from __future__ import annotations


from mslint.reading.document import Block, Document, promote_leading_heading
from mslint import patterns

_LINE = patterns.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LIST_MARKER = patterns.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_HASH_HEADING = patterns.compile(r"[ \t]*#{1,6}[ \t]+")
_TERMINAL = patterns.compile(r"[.!?:;,…\"'”’)]\s*$")
# A heading is short; longer unpunctuated lines are more likely wrapped prose.
MAX_HEADING_WORDS = 15


def read_text(path: str, source: str) -> Document:
    blocks: list[Block] = []
    for line_group in _paragraph_groups(source):
        blocks.extend(_blocks_of_group(source, line_group))
    promote_leading_heading(blocks)
    return Document(path=path, source=source, text=source, blocks=blocks, format="text")


def _lines(source: str):
    """(start, end-without-break) for each line."""
    for match in _LINE.finditer(source):
        if match.start() == match.end():
            break
        content = match.group().rstrip("\r\n")
        yield match.start(), match.start() + len(content)


def _paragraph_groups(source: str):
    group: list[tuple[int, int]] = []
    for start, end in _lines(source):
        if source[start:end].strip():
            group.append((start, end))
        elif group:
            yield group
            group = []
    if group:
        yield group


def _looks_like_heading(source: str, start: int, end: int) -> bool:
    line = source[start:end].strip()
    return bool(line) and not _TERMINAL.search(line) and len(line.split()) <= MAX_HEADING_WORDS


def _blocks_of_group(source: str, group: list[tuple[int, int]]):
    pending: list[tuple[int, int]] = []  # lines of the paragraph or list item being built
    kind = "paragraph"

    def flush():
        if pending:
            yield _block(source, kind, pending[0][0], pending[-1][1])

    for index, (start, end) in enumerate(group):
        hashes = _HASH_HEADING.match(source, start, end)
        marker = _LIST_MARKER.match(source, start, end)
        if hashes:
            yield from flush()
            pending, kind = [], "paragraph"
            yield _block(source, "heading", hashes.end(), end, level=hashes.group().count("#"))
            continue
        if marker:
            yield from flush()
            pending, kind = [(marker.end(), end)], "list-item"
            continue
        is_first_line = not pending and index == 0
        next_line = group[index + 1] if index + 1 < len(group) else None
        if is_first_line and _looks_like_heading(source, start, end):
            next_starts_upper = next_line is not None and source[next_line[0]:next_line[1]].lstrip()[:1].isupper()
            if next_line is None or next_starts_upper:
                yield _block(source, "heading", start, end, level=1)
                continue
        pending.append((start, end))
    yield from flush()


def _block(source: str, kind: str, start: int, end: int, level: int = 0) -> Block:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return Block(kind, start, end, level)
