"""MDX (Docusaurus, Astro, Next.js): Markdown with JSX, `import`/`export` lines and `{expressions}`.

What is code is blanked out (replaced by spaces, line breaks kept, so every offset stays where
it was) and the result is read as Markdown: ESM blocks (`import`/`export` at the start of a line,
to the next blank line), JSX tags (`<Callout type="note">`, `</Callout>`, `<Chart data={x} />`)
and `{expressions}`, including `{/* comments */}`. The children of a JSX element are Markdown and
are linted. Fenced code and inline code are left to the Markdown reader. MDX has no indented code
blocks (a blanked tag would otherwise turn its line into one), so that rule is off.

Suppression comments are written as MDX comments around the usual directive:
`{/* <!-- mslint-disable-next-line CLM001 --> */}`; the directive inside stays readable.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from mslint.reading.document import Document
from mslint.reading.frontmatter import read_front_matter

_MDX = MarkdownIt("commonmark").enable("table").disable(["code", "html_block", "html_inline", "autolink"])
_MDX.core.ruler.disable("text_join")  # as in the Markdown reader: entities stay separate tokens

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ESM = re.compile(r"(?:import|export)(?=[\s{*])")
_TAG_START = re.compile(r"<(?:/?[A-Za-z]|/?>|>)")
_DIRECTIVE = re.compile(r"<!--[ \t]*mslint-[^\r\n]*?-->")


def read_mdx(path: str, source: str, options=None) -> Document:
    from mslint.reading.markdown import read_markdown

    blanked, ranges = blank_mdx(source)
    return read_markdown(path, source, options, blanked=blanked, parser=_MDX, extra_masked=ranges)


def blank_mdx(source: str) -> tuple[str, list[tuple[int, int]]]:
    """The source with MDX code blanked, and the blanked raw ranges (directives left readable)."""
    chars = list(source)
    ranges: list[tuple[int, int]] = []
    front = read_front_matter(source)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(source, front.end) if m.end() > m.start()]
    fence: str | None = None
    in_esm = False
    resume = 0  # a tag or an expression may run over several lines: where the scan goes on
    for start, end in lines:
        if end <= resume:
            continue
        text = source[start:end]
        if resume <= start:
            if fence is not None:  # inside fenced code: the Markdown reader masks it
                closing = _FENCE.match(text)
                if (closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence)
                        and not text[closing.end():].strip()):
                    fence = None
                continue
            if in_esm or _ESM.match(text) is not None:
                in_esm = bool(text.strip())  # an ESM block runs to the next blank line
                _blank(chars, ranges, source, start, end)
                continue
            opening = _FENCE.match(text)
            if opening:
                fence = opening.group(1)
                continue
        resume = _blank_line(chars, ranges, source, max(start, resume), end)
    return "".join(chars), ranges


def _blank(chars: list[str], ranges: list[tuple[int, int]], source: str, start: int, end: int) -> None:
    """Blank source[start:end] (line breaks kept) and mask it, except mslint directives: blanked
    too (they are no prose) but left unmasked, so the engine reads them in the original source."""
    for offset in range(start, end):
        if chars[offset] not in "\r\n":
            chars[offset] = " "
    position = start
    for lo, hi in [*(m.span() for m in _DIRECTIVE.finditer(source, start, end)), (end, end)]:
        if lo > position:
            ranges.append((position, lo))
        position = hi


def _blank_line(chars, ranges, source: str, position: int, line_end: int) -> int:
    """Blank the tags and expressions from `position` to the end of its line; returns where the
    scan goes on (past the line when a construct runs over it)."""
    limit = len(source)
    while position < line_end:
        char = source[position]
        if char == "`":  # inline code: skip to the closing run of the same length
            run = len(source[position:line_end]) - len(source[position:line_end].lstrip("`"))
            close = source.find("`" * run, position + run, line_end)
            position = close + run if close >= 0 else position + run
            continue
        if char == "\\":
            position += 2
            continue
        end = None
        if char == "{":
            end = _matching_brace(source, position, limit)
        elif char == "<" and _TAG_START.match(source, position):
            end = _tag_end(source, position, limit)
        if end is None:
            position += 1
            continue
        _blank(chars, ranges, source, position, end)
        position = end
    return position


def _skip_string(source: str, position: int, limit: int) -> int:
    """Position after the JavaScript string or template literal starting at `position`."""
    quote = source[position]
    position += 1
    while position < limit:
        if source[position] == "\\":
            position += 2
            continue
        if source[position] == quote:
            return position + 1
        if quote != "`" and source[position] in "\r\n":
            return position  # an unclosed string ends with its line
        position += 1
    return limit


def _matching_brace(source: str, position: int, limit: int) -> int | None:
    """End (exclusive) of the `{...}` expression at `position`, or None when it never closes."""
    depth = 0
    while position < limit:
        char = source[position]
        if char in "\"'`":
            position = _skip_string(source, position, limit)
            continue
        if source.startswith("/*", position):
            close = source.find("*/", position + 2)
            if close < 0:
                return None
            position = close + 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return None


def _tag_end(source: str, position: int, limit: int) -> int | None:
    """End (exclusive) of the JSX tag at `position`: quoted values and {expressions} may hold ">"."""
    position += 1
    while position < limit:
        char = source[position]
        if char in "\"'":
            position = _skip_string(source, position, limit)
            continue
        if char == "{":
            end = _matching_brace(source, position, limit)
            if end is None:
                return None
            position = end
            continue
        if char == ">":
            return position + 1
        if char == "<":
            return None  # "a < b <c": not a tag after all
        position += 1
    return None
