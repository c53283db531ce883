"""Markdown: the prose of headings, paragraphs, list items, table cells, quotes and image alt text.

markdown-it-py parses the structure; it reports block positions as line ranges only, so the
exact raw offset of every inline character is recovered here. Each inline token's content is
aligned line by line with the raw source (content lines are raw lines minus container prefixes
such as "> " or "- "), then the inline children are walked in order with a cursor: text tokens
are verbatim slices of the content, and everything else (emphasis markers, link destinations,
code spans, entities) is skipped or decoded at the cursor. A character is only copied into the
text if it equals the raw character it maps to, so the offset map can never lie.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.helpers import parseLinkDestination, parseLinkTitle

from mslint.reading.document import Document, Link, TextBuilder, promote_leading_heading
from mslint.reading.frontmatter import read_front_matter
from mslint.reading.frontmatter_fields import FRONT_MATTER_KEYS, add_fields, front_matter_fields, mask_front_matter

# markdown-it stops parsing at a nesting depth (20 by default) and drops everything below it, to
# the end of the document. 100 levels is as deep as its recursive parser safely goes (about three
# frames a level); text nested deeper is still linted, as plain text (`_Reader._read_as_text`).
MAX_NESTING = 100
# If a document still exhausts Python's recursion limit, it is parsed again with the default limit.
FALLBACK_NESTING = 20


def _parser(max_nesting: int) -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"maxNesting": max_nesting}).enable("table")
    # Keep entities and backslash escapes as separate `text_special` tokens: their raw form is in
    # `.markup`, which is what lets us map a decoded "&" back to "&amp;".
    parser.core.ruler.disable("text_join")
    return parser


_MD = _parser(MAX_NESTING)
_MD_SHALLOW = _parser(FALLBACK_NESTING)
# Container markers at the start of a line: "> ", "- ", "* ", "+ ", "1. ", "1) " and indentation.
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*")

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BACKTICKS = re.compile(r"`+")
# Bare URLs in prose: their paths hold words like "cure" that must not be linted.
_BARE_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\"’”*_~"
# `<!-- mslint-... -->` comments are directives the engine reads from the raw source; masking them
# would make the engine ignore them, so only other comments are masked.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_DIRECTIVE = re.compile(r"<!--\s*mslint\b")
# `[label]: url` at the start of a line, possibly inside quotes or list items.
_REFERENCE_DEFINITION = re.compile(
    r"^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*"  # container prefixes
    r"\[((?:[^\[\]\\\r\n]|\\.){1,999})\]:"  # the label
    r"[ \t]*(?:\r\n|\r|\n)?[ \t]*(<[^<>\r\n]*>|\S+)",  # the destination, maybe on the next line
    re.MULTILINE,
)


def read_markdown(path: str, source: str, options=None, blanked: str | None = None, parser: MarkdownIt | None = None,
                  extra_masked: list[tuple[int, int]] = ()) -> Document:
    """`blanked` is the source with what is not Markdown (MDX's JSX, Quarto's div fences)
    replaced by spaces, offsets and line breaks kept: it is what gets parsed, while positions
    and excerpts come from `source`. `extra_masked` are those blanked raw ranges."""
    reader = _Reader(blanked if blanked is not None else source,
                     options.front_matter_keys if options is not None else FRONT_MATTER_KEYS, parser or _MD)
    reader.masked.extend(extra_masked)
    reader.read()
    builder = reader.builder
    text = builder.text()
    blocks = builder.blocks
    promote_leading_heading(blocks)
    if blanked is not None:
        # A space that stands for a blanked character is a replacement of width 1, not a copy.
        for index, raw in enumerate(builder.raw_starts):
            if index not in builder.raw_widths and source[raw] != text[index]:
                builder.raw_widths[index] = 1
    return Document(
        path=path,
        source=source,  # not reader.source: a blanked copy must never reach excerpts
        text=text,
        blocks=blocks,
        metadata=reader.metadata,
        links=trim_links(text, reader.links),
        raw_starts=builder.raw_starts,
        raw_widths=builder.raw_widths,
        masked=merge_ranges(reader.masked),
        format="markdown",
    )


def bare_urls(text: str, start: int = 0, end: int | None = None):
    """(start, end) of each bare URL in text[start:end], trailing punctuation excluded."""
    for match in _BARE_URL.finditer(text, start, len(text) if end is None else end):
        url_end = match.end()
        while url_end > match.start() and text[url_end - 1] in _URL_TRAILING:
            url_end -= 1
        # A closing bracket belongs to the URL only if it opened one (wikipedia-style paths).
        while url_end > match.start() and text[url_end - 1] in ")]}" and not _balanced(text[match.start() : url_end]):
            url_end -= 1
        while url_end > match.start() and text[url_end - 1] in _URL_TRAILING:
            url_end -= 1  # "(see https://x.test/a.)"
        if url_end - match.start() > 4:
            yield match.start(), url_end


def _balanced(url: str) -> bool:
    return url.count("(") >= url.count(")") and url.count("[") >= url.count("]") and url.count("{") >= url.count("}")


def trim_links(text: str, links: list[Link]) -> list[Link]:
    """Link text spans without edge white space (the link text is often " our cure ")."""
    trimmed = []
    for link in links:
        start, end = link.text_start, link.text_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        trimmed.append(Link(link.url, start, end, link.raw_start, link.raw_end))
    return trimmed


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(r for r in ranges if r[1] > r[0]):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def mask_except_directives(source: str, lo: int, hi: int, masked: list[tuple[int, int]]) -> None:
    """Mask raw[lo:hi] but leave mslint directive comments inside it readable."""
    pieces = []
    for comment in _COMMENT.finditer(source, lo, hi):
        if _DIRECTIVE.match(comment.group()):
            pieces.append((lo, comment.start()))
            lo = comment.end()
    pieces.append((lo, hi))
    masked.extend((a, b) for a, b in pieces if source[a:b].strip())


class _Inline:
    """An inline token's content plus the raw offset of each character (-1: unknown)."""

    def __init__(self, content: str, cmap: list[int], eol_ends: dict[int, int]):
        self.content = content
        self.cmap = cmap
        self.eol_ends = eol_ends  # content index of a "\n" -> raw end of that line break
        self.urls = list(bare_urls(content))


class _Reader:
    def __init__(self, source: str, front_matter_keys=FRONT_MATTER_KEYS, parser: MarkdownIt = _MD):
        self.source = source
        self.front_matter_keys = front_matter_keys
        self.parser = parser
        self.builder = TextBuilder()
        self.links: list[Link] = []
        self.masked: list[tuple[int, int]] = []
        self.metadata: dict = {}
        # Raw line i is source[starts[i]:ends[i]], its line break ends at starts[i + 1].
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(source)]
        self.ends = [m.start() for m in _LINE_BREAK.finditer(source)] + [len(source)]
        self._definitions: dict[str, tuple[int, int]] | None = None
        self._cell_cursor: dict[int, int] = {}  # table row -> raw offset after its last cell found

    # -- blocks -----------------------------------------------------------------------------

    def read(self) -> None:
        front = read_front_matter(self.source)
        parsed = self.source
        if front.end:
            self.metadata = front.metadata
            mask_front_matter(self.source, front, self.masked)
            add_fields(self.builder, self.source, front_matter_fields(self.source, front, self.front_matter_keys))
            # Blank lines keep markdown-it's line numbers aligned with the raw source.
            parsed = "\n" * front.lines + self.source[front.end :]
        try:
            tokens, max_nesting = self.parser.parse(parsed, {}), MAX_NESTING
        except RecursionError:  # a custom parser (MDX) keeps its own limit; the default falls back
            tokens, max_nesting = _MD_SHALLOW.parse(parsed, {}), FALLBACK_NESTING
        containers: list[str] = []
        for index, token in enumerate(tokens):
            if _contents_dropped(tokens, index, max_nesting):
                self._read_as_text(*token.map)
            if token.type in ("blockquote_open", "list_item_open"):
                containers.append(token.type)
            elif token.type in ("blockquote_close", "list_item_close") and containers:
                containers.pop()
            elif token.type in ("fence", "code_block") and token.map:
                self.masked.append(self._line_range(token.map))
            elif token.type == "html_block" and token.map:
                mask_except_directives(self.source, *self._line_range(token.map), self.masked)
            elif token.type == "inline" and token.map:
                opener = tokens[index - 1] if index else None
                kind, level = self._kind(opener, containers)
                inline = self._cell(token) if kind == "table-cell" else self._lines(token)
                if inline is not None:
                    self._block(kind, level, inline, token.children or [])

    def _read_as_text(self, first: int, last: int) -> None:
        """Lines the parser dropped for being nested too deeply: their prose, container markers
        left out, one paragraph per run of non-blank lines."""
        in_block = False
        for line in range(first, min(last, len(self.starts))):
            lo, hi = self.starts[line], self.ends[line]
            lo += _CONTAINER_PREFIX.match(self.source, lo, hi).end() - lo
            if lo >= hi or not self.source[lo:hi].strip():
                if in_block:
                    self.builder.end_block()
                    in_block = False
                continue
            if not in_block:
                self.builder.begin_block("paragraph")
                in_block = True
            elif lo > self.starts[line]:
                self.builder.add_replacement(self.ends[line - 1], lo, " ")  # the line break and markers
            else:
                self.builder.add_replacement(self.ends[line - 1], self.starts[line], " ")
            self.builder.add(lo, self.source[lo:hi])
        if in_block:
            self.builder.end_block()

    def _kind(self, opener, containers: list[str]) -> tuple[str, int]:
        if opener is not None and opener.type == "heading_open":
            return "heading", int(opener.tag[1:])
        if opener is not None and opener.type in ("th_open", "td_open"):
            return "table-cell", 0
        if containers and containers[-1] == "blockquote_open":
            return "quote", 0
        if containers:
            return "list-item", 0
        return "paragraph", 0

    def _line_range(self, line_map) -> tuple[int, int]:
        first, last = line_map
        lo = self.starts[min(first, len(self.starts) - 1)]
        hi = self.starts[last] if last < len(self.starts) else len(self.source)
        return lo, hi

    def _block(self, kind: str, level: int, inline: _Inline, children) -> None:
        self.builder.begin_block(kind, level)
        images: list = []
        _Walker(self, inline, images).walk(children, 0, len(inline.content))
        self.builder.end_block()
        # Alt text is a caption block of its own, after the block that holds the image.
        while images:
            image, label_start, label_end, url_span = images.pop(0)
            self.builder.begin_block("caption")
            text_start = self.builder.length
            _Walker(self, inline, images).walk(image.children or [], label_start, label_end)
            self.builder.end_block()
            self.add_link(image.attrs.get("src", ""), text_start, self.builder.length, url_span)

    # -- aligning inline content with the raw source ---------------------------------------

    def _lines(self, token) -> _Inline | None:
        """Content lines are suffixes of raw lines (container prefixes and indentation removed)."""
        content = token.content
        cmap: list[int] = []
        eol_ends: dict[int, int] = {}
        first = token.map[0]
        lines = content.split("\n")
        for k, line in enumerate(lines):
            n = first + k
            if n >= len(self.starts):
                cmap.extend([-1] * (len(content) - len(cmap)))
                break
            raw_lo, raw_hi = self.starts[n], self.ends[n]
            body = line.lstrip(" \t")
            lead = len(line) - len(body)
            at = _align(self.source[raw_lo:raw_hi], body)
            if at is None:
                cmap.extend([-1] * len(line))
            else:
                base = raw_lo + at
                # Leading white space may be expanded tabs: never copied, so an estimate will do.
                cmap.extend(max(raw_lo, base - lead + i) for i in range(lead))
                cmap.extend(range(base, base + len(body)))
            if k < len(lines) - 1:
                eol_ends[len(cmap)] = self.starts[n + 1] if n + 1 < len(self.starts) else raw_hi
                cmap.append(raw_hi)
        return _Inline(content, cmap, eol_ends)

    def _cell(self, token) -> _Inline | None:
        """Table cells: the n-th non-empty cell content, searched left to right in the row."""
        content = token.content
        row = token.map[0]
        if row >= len(self.starts):
            return None
        cursor = self._cell_cursor.get(row, self.starts[row])
        if not content:
            return _Inline("", [], {})
        # markdown-it drops the backslash of an escaped pipe ("\|" -> "|").
        pattern = "".join(r"\\\|" if ch == "|" else re.escape(ch) for ch in content)
        match = re.compile(pattern).search(self.source, cursor, self.ends[row])
        if match is None:
            return None
        cmap = []
        raw = match.start()
        for ch in content:
            if ch == "|":
                raw += 1  # the backslash
            cmap.append(raw)
            raw += 1
        self._cell_cursor[row] = match.end()
        return _Inline(content, cmap, {})

    # -- links -------------------------------------------------------------------------------

    def add_link(self, url: str, text_start: int, text_end: int, raw_span: tuple[int, int]) -> None:
        self.links.append(Link(url, text_start, max(text_start, text_end), *raw_span))

    def definition_span(self, label: str) -> tuple[int, int] | None:
        """Raw span of the URL of reference definition `[label]: url`."""
        if self._definitions is None:
            self._definitions = {}
            for match in _REFERENCE_DEFINITION.finditer(self.source):
                key = normalizeReference(match.group(1))
                lo, hi = match.span(2)
                if match.group(2).startswith("<"):
                    lo, hi = lo + 1, hi - 1
                self._definitions.setdefault(key, (lo, hi))
        return self._definitions.get(normalizeReference(label))


def _contents_dropped(tokens, index: int, max_nesting: int) -> bool:
    """An opening token at the parser's depth limit, closed at once: what it held was dropped."""
    token = tokens[index]
    return (token.nesting == 1 and token.map is not None and token.level + 1 >= max_nesting
            and index + 1 < len(tokens) and tokens[index + 1].nesting == -1)


def _align(raw: str, body: str) -> int | None:
    """Where `body` (a content line without its leading white space) sits in its raw line."""
    if raw.endswith(body):
        return len(raw) - len(body)
    stripped = raw.rstrip(" \t")
    if stripped.endswith(body):
        return len(stripped) - len(body)
    # ATX headings lose their closing "#"s as well: take the first occurrence.
    at = raw.find(body)
    return at if at >= 0 else None


class _Walker:
    """Walks inline children over one _Inline with a cursor, feeding the TextBuilder."""

    def __init__(self, reader: _Reader, inline: _Inline, images: list):
        self.reader = reader
        self.builder = reader.builder
        self.inline = inline
        self.content = inline.content
        self.cmap = inline.cmap
        self.images = images
        self.link_stack: list[tuple] = []

    def walk(self, children, pos: int, end: int) -> int:
        content = self.content
        for token in children:
            kind = token.type
            if kind == "text":
                if self.link_stack and self.link_stack[-1][0] == "autolink":
                    continue  # the visible URL of <https://...> is not prose
                at = content.find(token.content, pos, end)
                if token.content and at >= 0:
                    self._emit(at, at + len(token.content))
                    pos = at + len(token.content)
            elif kind == "text_special":
                at = content.find(token.markup, pos, end)
                if at >= 0:
                    pos = at + len(token.markup)
                    self._emit_decoded(at, pos, token.content)
            elif kind in ("softbreak", "hardbreak"):
                at = content.find("\n", pos, end)
                if at >= 0:
                    pos = at + 1
                    if at in self.inline.eol_ends and self.cmap[at] >= 0:
                        self.builder.add_replacement(self.cmap[at], self.inline.eol_ends[at], " ")
            elif kind == "code_inline":
                pos = self._skip_code(token.markup, pos, end)
            elif kind == "html_inline":
                at = content.find(token.content, pos, end)
                if at >= 0:
                    pos = at + len(token.content)
                    if token.content.startswith("<!--") and not _DIRECTIVE.match(token.content):
                        self._mask(at, pos)
            elif kind == "link_open":
                pos = self._link_open(token, pos, end)
            elif kind == "link_close":
                pos = self._link_close(pos, end)
            elif kind == "image":
                pos = self._image(token, pos, end)
            elif token.markup:  # emphasis and other delimiters
                at = content.find(token.markup, pos, end)
                if at >= 0:
                    pos = at + len(token.markup)
        return pos

    # -- emitting text -----------------------------------------------------------------------

    def _emit(self, start: int, end: int) -> None:
        """Copy content[start:end] into the text, leaving bare URLs out (they become links)."""
        for url_start, url_end in self.inline.urls:
            if url_end <= start or url_start >= end:
                continue
            self._copy(start, max(start, url_start))
            if url_start >= start and not self.link_stack:
                self._bare_link(url_start, url_end)
            start = max(start, url_end)
        self._copy(start, end)

    def _copy(self, start: int, end: int) -> None:
        content, cmap, source = self.content, self.cmap, self.reader.source
        i = start
        while i < end:
            raw = cmap[i]
            if raw < 0 or raw >= len(source):
                i += 1
                continue
            if source[raw] != content[i]:  # e.g. NUL normalised to U+FFFD
                self.builder.add_replacement(raw, raw + 1, content[i])
                i += 1
                continue
            j = i + 1  # extend the run while content and raw source advance together
            while j < end and cmap[j] == raw + j - i and source[raw + j - i : raw + j - i + 1] == content[j]:
                j += 1
            self.builder.add(raw, content[i:j])
            i = j

    def _emit_decoded(self, start: int, end: int, decoded: str) -> None:
        if any(lo < end and start < hi for lo, hi in self.inline.urls):
            return
        lo, hi = self.cmap[start], self.cmap[end - 1]
        if lo < 0 or hi < lo or hi - lo != end - 1 - start:
            return
        if decoded == "\xa0":
            decoded = " "
        self.builder.add_replacement(lo, hi + 1, decoded)

    def _raw_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            at = self.cmap[start] if start < len(self.cmap) else (self.cmap[-1] + 1 if self.cmap else 0)
            return (max(at, 0),) * 2
        lo, hi = self.cmap[start], self.cmap[end - 1] + 1
        if lo < 0 or hi <= lo:
            return (max(lo, 0),) * 2
        return lo, hi

    def _mask(self, start: int, end: int) -> None:
        if end > start:
            self.reader.masked.append(self._raw_span(start, end))

    def _bare_link(self, start: int, end: int) -> None:
        length = self.builder.length
        url = html.unescape(self.content[start:end])  # as the HTML reader does: "&amp;" is "&"
        self.reader.links.append(Link(url, length, length, *self._raw_span(start, end)))

    # -- skipping markup -----------------------------------------------------------------------

    def _skip_code(self, ticks: str, pos: int, end: int) -> int:
        at = self.content.find(ticks, pos, end)
        if not ticks or at < 0:
            return pos
        for run in _BACKTICKS.finditer(self.content, at + len(ticks), end):
            if len(run.group()) == len(ticks):
                self._mask(at, run.end())
                return run.end()
        return pos

    def _link_open(self, token, pos: int, end: int) -> int:
        href = token.attrs.get("href", "")
        if token.markup == "autolink":
            at = self.content.find("<", pos, end)
            close = self.content.find(">", at + 1, end) if at >= 0 else -1
            if close < 0:
                self.link_stack.append(("autolink", href, None, None))
                return pos
            length = self.builder.length
            self.reader.links.append(Link(href, length, length, *self._raw_span(at + 1, close)))
            self.link_stack.append(("autolink", href, None, None))
            return close + 1
        at = self.content.find("[", pos, end)
        if at < 0:
            self.link_stack.append(("link", href, self.builder.length, pos))
            return pos
        self.link_stack.append(("link", href, self.builder.length, at + 1))
        return at + 1

    def _link_close(self, pos: int, end: int) -> int:
        if not self.link_stack:
            return pos
        kind, href, text_start, label_start = self.link_stack.pop()
        if kind == "autolink":
            return pos
        close = self.content.find("]", pos, end)
        if close < 0:
            return pos
        after, url_span = self._destination(label_start, close, end)
        self.reader.add_link(href, text_start, self.builder.length, url_span)
        return after

    def _image(self, token, pos: int, end: int) -> int:
        at = self.content.find("![", pos, end)
        if at < 0:
            return pos
        label_start = at + 2
        label_end = label_start + len(token.content)
        if self.content[label_end : label_end + 1] != "]":
            return pos
        after, url_span = self._destination(label_start, label_end, end)
        self.images.append((token, label_start, label_end, url_span))
        return after

    def _destination(self, label_start: int, label_end: int, end: int) -> tuple[int, tuple[int, int]]:
        """Mirror markdown-it's link rule after "]": inline `(url "title")` or a reference.

        Returns the position after the link and the raw span of its URL.
        """
        content = self.content
        pos = label_end + 1
        if pos < end and content[pos] == "(":
            pos += 1
            while pos < end and content[pos] in " \t\n":
                pos += 1
            result = parseLinkDestination(content, pos, end) if pos < end else None
            if result is not None and result.ok:
                url_start, url_end = pos, result.pos
                if content[url_start : url_start + 1] == "<":
                    url_start, url_end = url_start + 1, url_end - 1
                pos = result.pos
                gap = pos
                while pos < end and content[pos] in " \t\n":
                    pos += 1
                title = parseLinkTitle(content, pos, end)
                if pos < end and gap != pos and title.ok:
                    pos = title.pos
                    while pos < end and content[pos] in " \t\n":
                        pos += 1
                if pos < end and content[pos] == ")":
                    return pos + 1, self._raw_span(url_start, url_end)
            elif pos < end and content[pos] == ")":  # empty destination: []()
                return pos + 1, self._raw_span(pos, pos)
        # A reference: [text][label], [text][] or [text].
        pos = label_end + 1
        label = content[label_start:label_end]
        if pos < end and content[pos] == "[":
            close = _label_end(content, pos + 1, end)
            if close >= 0:
                label = content[pos + 1 : close] or label
                pos = close + 1
        span = self.reader.definition_span(label)
        return pos, span if span is not None else self._raw_span(label_start, label_end)


def _label_end(content: str, pos: int, end: int) -> int:
    while pos < end:
        if content[pos] == "\\":
            pos += 2
            continue
        if content[pos] == "[":
            return -1
        if content[pos] == "]":
            return pos
        pos += 1
    return -1
