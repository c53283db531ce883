"""HTML: the prose of headings, paragraphs, list items, cells, quotes, captions, buttons and footers.

The standard library's HTMLParser runs with `convert_charrefs=False`, so data arrives as raw
slices of the source and entities arrive separately; both are located through `getpos()`.
Entities are decoded here (raw span = the entity itself). Block-level tags end the current block;
the kind of the next block comes from the nearest meaningful open element (li, td, h2...), so
text directly inside a div or a footer is an ordinary paragraph. Broken markup never raises.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from html.parser import HTMLParser

from mslint.reading.document import Document, Link, TextBuilder, promote_leading_heading
from mslint.reading.frontmatter_fields import FRONT_MATTER_KEYS, TITLE_KEYS
from mslint.reading.furniture import DEFAULT_SKIP_HTML, Furniture
from mslint.reading.markdown import bare_urls, mask_except_directives, merge_ranges, trim_links

_BLOCK_TAGS = frozenset(
    """
    address article aside blockquote body button caption center dd details dialog div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html label
    legend li main menu nav ol option p pre section select summary table tbody td tfoot th
    thead title tr ul
    """.split()
)
# Never prose. Script and style are raw text to HTMLParser; the others are parsed but ignored.
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "pre", "code", "svg", "math"})
_VOID_TAGS = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
# The nearest of these open elements decides the kind of a block; other tags are transparent.
_KIND_OF_TAG = {
    "title": "title",
    "li": "list-item",
    "dt": "list-item",
    "dd": "list-item",
    "td": "table-cell",
    "th": "table-cell",
    "figcaption": "caption",
    "caption": "caption",
    "blockquote": "quote",
    **{f"h{n}": "heading" for n in range(1, 7)},
}
# Opening one of these closes an open sibling, as browsers do (<li>a<li>b): tag -> (siblings, scope).
_IMPLIED_CLOSE = {
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr"}, {"table", "thead", "tbody", "tfoot"}),
    "option": ({"option"}, {"select"}),
}
# What may stand in <head>. Anything else (a <p>, a <div>, text) closes it, as in browsers, which
# then show it as the body: a page without </head> or <body> still has its prose linted.
_HEAD_CONTENT = frozenset("base basefont bgsound link meta noframes noscript script style template title".split())
_META_KEYS = {
    "author": "author",
    "date": "date",
    "article:published_time": "date",
    "dc.date": "date",
    "citation_publication_date": "date",
}
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[a-zA-Z][a-zA-Z0-9]{0,31};?)")
# HTMLParser's own patterns (3.11), to find an attribute value's exact span in the raw tag.
_TAG_NAME = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRIBUTE = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)
_COLLAPSIBLE_SPACE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")
_UNFINISHED_MARKUP = re.compile(r"<[a-zA-Z/!?]")
_BUTTON_CLASS = re.compile(r"\b(?:btn|button|cta)\b", re.IGNORECASE)


def read_html(path: str, source: str, options=None) -> Document:
    if options is None:
        reader = _Reader(source)
    else:
        reader = _Reader(source, options.front_matter_keys, _furniture(options.skip_html))
    reader.read()
    builder = reader.builder
    text = builder.text()
    blocks = builder.blocks
    metadata = reader.metadata
    title = next((b for b in blocks if b.kind == "title"), None)
    if title is not None:
        metadata.setdefault("title", " ".join(text[title.start : title.end].split()))
    promote_leading_heading(blocks)
    return Document(
        path=path,
        source=source,
        text=text,
        blocks=blocks,
        metadata=metadata,
        links=trim_links(text, reader.links),
        raw_starts=builder.raw_starts,
        raw_widths=builder.raw_widths,
        masked=merge_ranges(reader.masked),
        format="html",
        furniture_text=" ".join(html.unescape(" ".join(part.split())) for part in reader.furniture_text),
    )


class _Parser(HTMLParser):
    """Forwards events with raw offsets; `base` is where this parser's input starts in the source."""

    def __init__(self, reader: _Reader, base: int):
        super().__init__(convert_charrefs=False)
        self.reader = reader
        self.base_line, self.base_column = reader.position(base)

    def raw_offset(self) -> int:
        line, column = self.getpos()  # lines counted by "\n" only, relative to our input
        if line == 1:
            column += self.base_column
        return self.reader.line_starts[self.base_line + line - 2] + column

    def handle_starttag(self, tag, attrs):
        self.reader.start_tag(tag, attrs, self.raw_offset(), self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self.reader.end_tag(tag)

    def handle_data(self, data):
        self.reader.data(self.raw_offset(), data)

    def handle_entityref(self, name):
        self.reader.entity(self.raw_offset())

    def handle_charref(self, name):
        self.reader.entity(self.raw_offset())

    def handle_comment(self, data):
        self.reader.comment(self.raw_offset(), data)


class _OpenLink:
    def __init__(self, url: str, raw_span: tuple[int, int]):
        self.url = url
        self.raw_span = raw_span
        self.text_start: int | None = None  # set when its first text arrives (inside a block)


@functools.lru_cache(maxsize=8)
def _furniture(selectors: tuple[str, ...]) -> Furniture:
    return Furniture(selectors)


_HEADER_OPEN = re.compile(r"<header\b", re.IGNORECASE)
_HEADER_CLOSE = re.compile(r"</header\s*>", re.IGNORECASE)
_H1_OPEN = re.compile(r"<h1\b", re.IGNORECASE)


def _titled_headers(source: str) -> frozenset[int]:
    """Offsets of the <header> elements that hold an <h1> before they close: a landing page's
    title and lead paragraph, which a site banner does not carry. Found in one linear pass."""
    closes = [m.start() for m in _HEADER_CLOSE.finditer(source)]
    titles = [m.start() for m in _H1_OPEN.finditer(source)]
    found = set()
    for match in _HEADER_OPEN.finditer(source):
        close = closes[bisect.bisect_left(closes, match.start())] if closes and closes[-1] > match.start() else len(source)
        title = bisect.bisect_left(titles, match.start())
        if title < len(titles) and titles[title] < close:
            found.add(match.start())
    return frozenset(found)


class _Reader:
    def __init__(self, source: str, front_matter_keys=FRONT_MATTER_KEYS, furniture: Furniture | None = None):
        self.source = source
        self.furniture = furniture if furniture is not None else _furniture(DEFAULT_SKIP_HTML)
        # Stack depths of open furniture elements and of open article/main elements inside them.
        self.furniture_depths: list[int] = []
        self.content_depths: list[int] = []
        # <meta name="description">, <meta property="og:title">...: the same keys as front matter.
        self.meta_keys = frozenset(key.lower() for key in front_matter_keys)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.titled_headers = _titled_headers(source)
        self.builder = TextBuilder()
        self.metadata: dict = {}
        # The text of the furniture left out (footer, header): read only for the page's own date.
        self.furniture_text: list[str] = []
        self.links: list[Link] = []
        self.masked: list[tuple[int, int]] = []
        self.stack: list[tuple[str, bool]] = []  # open elements: (tag, ends blocks)
        self.open_links: list[_OpenLink | None] = []  # one per open <a>; None without href
        self.in_block = False
        self.closing = False
        self.dropped_tail = False
        self.pending: tuple[int, int] | None = None  # raw span of text not yet added

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line (by "\n") and 0-based column of a raw offset, as HTMLParser counts them."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1]

    def read(self) -> None:
        base = 0
        while base < len(self.source):
            parser = _Parser(self, base)
            try:
                parser.feed(self.source[base:])
                self.closing = True  # what close() flushes is the unparsed tail
                parser.close()
                break
            except Exception:  # HTMLParser asserts on some malformed declarations ("<![x")
                # Treat the offending "<" as text and carry on after it.
                self.closing = False
                at = max(parser.raw_offset(), base)
                self.data(at, self.source[at : at + 1])
                base = at + 1
        self.flush()
        for link in self.open_links:
            self._close_link(link)
        self.builder.end_block()

    # -- blocks --------------------------------------------------------------------------------

    def _break(self) -> None:
        if self.in_block:
            self.builder.end_block()
            self.in_block = False

    def _ensure_block(self) -> None:
        if not self.in_block:
            kind, level = self._kind()
            self.builder.begin_block(kind, level)
            self.in_block = True
        for link in self.open_links:
            if link is not None and link.text_start is None:
                link.text_start = self.builder.length

    def _kind(self) -> tuple[str, int]:
        for tag, _ in reversed(self.stack):
            kind = _KIND_OF_TAG.get(tag)
            if kind:
                return kind, int(tag[1]) if kind == "heading" else 0
        return "paragraph", 0

    def _skipping(self) -> bool:
        tags = {tag for tag, _ in self.stack}
        return bool(tags & _SKIPPED_TAGS) or ("head" in tags and "title" not in tags) or self._in_furniture()

    def _in_furniture(self) -> bool:
        """Inside furniture, unless an article or main opened inside it."""
        if not self.furniture_depths:
            return False
        return not self.content_depths or self.content_depths[-1] < self.furniture_depths[-1]

    # -- events --------------------------------------------------------------------------------

    def start_tag(self, tag: str, attrs, offset: int, raw_tag: str) -> None:
        self.flush()
        values = {name: value or "" for name, value in reversed(attrs)}  # first occurrence wins
        if tag in _VOID_TAGS:
            self._void_tag(tag, values, offset, raw_tag)
            return
        self._close_implied(tag)
        if tag == "body" or (tag not in _HEAD_CONTENT and self._in_head()):
            self._pop_to("head")
        button = tag == "a" and (
            _BUTTON_CLASS.search(values.get("class", "")) is not None or values.get("role") == "button"
        )
        boundary = tag in _BLOCK_TAGS or button
        if boundary:
            self._break()
        self.stack.append((tag, boundary))
        depth = len(self.stack) - 1
        if self.furniture.is_content(tag, values):
            self.content_depths.append(depth)
        elif self.furniture.is_furniture(tag, values, (open_tag for open_tag, _ in self.stack[:-1]),
                                         titled=tag == "header" and offset in self.titled_headers):
            self.furniture_depths.append(depth)
        if tag == "a":
            link = None
            if "href" in values and not self._in_furniture():  # a menu's "Book now" is the site's, not the article's
                link = _OpenLink(values["href"], self._attribute_span(offset, raw_tag, "href"))
            self.open_links.append(link)
        elif tag == "time" and values.get("datetime"):
            self.metadata.setdefault("date", values["datetime"])

    def _void_tag(self, tag: str, values: dict, offset: int, raw_tag: str) -> None:
        if tag in ("br", "hr"):
            self._break()
        elif tag == "meta":
            name = (values.get("name") or values.get("property") or "").lower()
            key = _META_KEYS.get(name)
            if key and values.get("content"):
                self.metadata.setdefault(key, values["content"])
            field = name.removeprefix("og:")
            if field in self.meta_keys and values.get("content", "").strip() and not self._inside_skipped():
                # A description or social-card title is what search results and shares show.
                self._attribute_block("title" if field in TITLE_KEYS else "summary", "content", values["content"],
                                      offset, raw_tag)
        elif tag == "img" and not self._skipping():
            self._image(values, offset, raw_tag)

    def _image(self, values: dict, offset: int, raw_tag: str) -> None:
        """Alt text is a caption block of its own; its raw span is inside the attribute value."""
        start, end = self._attribute_block("caption", "alt", values.get("alt"), offset, raw_tag)
        if "src" in values:
            self.links.append(Link(values["src"], start, end, *self._attribute_span(offset, raw_tag, "src")))

    def _attribute_block(self, kind: str, attribute: str, value: str | None, offset: int, raw_tag: str) -> tuple[int, int]:
        """A block of its own for an attribute's value (alt text, a meta description), placed
        inside the attribute; returns its span in the text."""
        self._break()
        self.builder.begin_block(kind)
        self.in_block = True
        start = self.builder.length
        lo, hi = self._attribute_span(offset, raw_tag, attribute)
        if hi > lo and html.unescape(self.source[lo:hi]) == value:
            self._text(lo, self.source[lo:hi], in_attribute=True)
        end = self.builder.length
        self._break()
        return start, end

    def _inside_skipped(self) -> bool:
        return any(tag in _SKIPPED_TAGS for tag, _ in self.stack)

    def end_tag(self, tag: str) -> None:
        self.flush()
        if tag in _VOID_TAGS or tag == "p" and not any(t == "p" for t, _ in self.stack):
            self._break()  # </br> and a stray </p> still break the line, as in browsers
            return
        self._pop_to(tag)

    def _pop_to(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return  # a stray end tag: ignore it
        while self.stack:
            open_tag, boundary = self.stack.pop()
            depth = len(self.stack)
            if self.furniture_depths and self.furniture_depths[-1] >= depth:
                self.furniture_depths.pop()
            if self.content_depths and self.content_depths[-1] >= depth:
                self.content_depths.pop()
            if boundary:
                self._break()
            if open_tag == "a" and self.open_links:
                self._close_link(self.open_links.pop())
            if open_tag == tag:
                return

    def _close_implied(self, tag: str) -> None:
        if tag in _BLOCK_TAGS and self.stack and self.stack[-1][0] == "p":
            self._pop_to("p")  # a block inside <p> closes the paragraph
        if tag in _IMPLIED_CLOSE:
            siblings, scope = _IMPLIED_CLOSE[tag]
            for open_tag, _ in reversed(self.stack):
                if open_tag in scope:
                    return
                if open_tag in siblings:
                    self._pop_to(open_tag)
                    return

    def _close_link(self, link: _OpenLink | None) -> None:
        if link is None:
            return
        start = link.text_start if link.text_start is not None else self.builder.length
        self.links.append(Link(link.url, start, self.builder.length, *link.raw_span))

    def data(self, offset: int, data: str) -> None:
        if not data or self.source[offset : offset + len(data)] != data:
            return  # cannot place it exactly: better to lose it than to misplace findings
        if self.closing and _UNFINISHED_MARKUP.match(self.source, offset):
            # At the end HTMLParser hands an unterminated comment or tag over as text;
            # browsers drop it, and so do we (with everything after it).
            self.masked.append((offset, len(self.source)))
            self.closing = False
            self.dropped_tail = True
        if not self.dropped_tail:
            self._pend(offset, offset + len(data))

    def entity(self, offset: int) -> None:
        match = _ENTITY.match(self.source, offset)
        if match:
            self._pend(offset, match.end())

    def _pend(self, start: int, end: int) -> None:
        """Collect a run of data and entities: a URL or word may span several parser events."""
        if self.pending is not None and self.pending[1] == start:
            self.pending = (self.pending[0], end)
            return
        self.flush()
        self.pending = (start, end)

    def _in_head(self) -> bool:
        """Directly in <head>: not in a <title>, <script> or the like that it may hold."""
        return bool(self.stack) and self.stack[-1][0] == "head"

    def flush(self) -> None:
        if self.pending is None:
            return
        start, end = self.pending
        self.pending = None
        if self._in_head() and self.source[start:end].strip():
            self._pop_to("head")  # text directly in <head> is where the body begins
        if not self._skipping():
            self._text(start, self.source[start:end])
        elif self.source[start:end].strip():
            self.masked.append((start, end))
            if self._in_furniture() and not set(tag for tag, _ in self.stack) & _SKIPPED_TAGS:
                self.furniture_text.append(self.source[start:end])

    def comment(self, offset: int, data: str) -> None:
        self.flush()
        source = self.source
        search_from = offset + 4 + len(data) if source.startswith("<!--", offset) else offset
        close = source.find(">", search_from)
        end = close + 1 if close >= 0 else len(source)
        mask_except_directives(source, offset, end, self.masked)

    # -- text ----------------------------------------------------------------------------------

    def _text(self, offset: int, raw: str, in_attribute: bool = False) -> None:
        """Add raw[...] found at `offset`: bare URLs left out, entities decoded."""
        if not self.in_block and not raw.strip():
            return  # white space between blocks
        self._ensure_block()
        inside_link = any(link is not None for link in self.open_links)
        position = 0
        for start, end in bare_urls(raw):
            self._decode(offset, raw, position, start)
            if not inside_link and not in_attribute:
                length = self.builder.length
                self.links.append(Link(html.unescape(raw[start:end]), length, length, offset + start, offset + end))
            position = end
        self._decode(offset, raw, position, len(raw))

    def _decode(self, offset: int, raw: str, start: int, end: int) -> None:
        for match in _ENTITY.finditer(raw, start, end):
            self._verbatim(offset, raw, start, match.start())
            decoded = html.unescape(match.group())
            if decoded == match.group():  # not an entity after all
                self.builder.add(offset + match.start(), decoded)
            else:
                self.builder.add_replacement(offset + match.start(), offset + match.end(), decoded.replace("\xa0", " "))
            start = match.end()
        self._verbatim(offset, raw, start, end)

    def _verbatim(self, offset: int, raw: str, start: int, end: int) -> None:
        """Copy raw[start:end]; white space runs with line breaks read as one space, as rendered."""
        for match in _COLLAPSIBLE_SPACE.finditer(raw, start, end):
            self.builder.add(offset + start, raw[start : match.start()])
            self.builder.add_replacement(offset + match.start(), offset + match.end(), " ")
            start = match.end()
        self.builder.add(offset + start, raw[start:end])

    def _attribute_span(self, offset: int, raw_tag: str, name: str) -> tuple[int, int]:
        """Raw span of attribute `name`'s value (without quotes) in the tag starting at offset."""
        tag = _TAG_NAME.match(raw_tag)
        if tag is None:
            return offset, offset
        position = tag.end()
        while position < len(raw_tag):
            match = _ATTRIBUTE.match(raw_tag, position)
            if not match or match.end() == position:
                break
            if match.group(1).lower() == name and match.group(3) is not None:
                lo, hi = match.span(3)
                if raw_tag[lo : lo + 1] in ("'", '"') and hi - lo >= 2 and raw_tag[hi - 1] == raw_tag[lo]:
                    lo, hi = lo + 1, hi - 1
                return offset + lo, offset + hi
            position = match.end()
        return offset, offset
