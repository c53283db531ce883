"""Markdown and HTML readers: prose, block kinds, metadata, links, and the offset map to raw source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mslint.reading import ReadOptions, read_document
from mslint.reading.html import read_html
from mslint.reading.markdown import read_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
MD_SOURCE = (FIXTURES / "article.md").read_text(encoding="utf-8")
HTML_SOURCE = (FIXTURES / "article.html").read_text(encoding="utf-8")

MD_BLOCKS = [
    # Front matter: the title and the summary are prose readers see; date, author and tags are not.
    ("title", "Stem cells and MS: what we know"),
    ("summary", "This miracle cure works for everyone."),
    ("heading", "Can stem cells cure MS?"),
    (
        "paragraph",
        "Some clinics claim that stem cells can cure MS. The evidence is mixed and the risks are real. "
        "Read our cure analysis or visit  and .",
    ),
    ("paragraph", "Use  only as a search phrase; R&D costs more ’here’."),
    ("quote", "Patients report improvement. Quote continues here."),
    ("list-item", "First item"),
    ("list-item", "Nested item about risks"),
    ("list-item", "Second item"),
    ("list-item", "Ordered one"),
    ("list-item", "Ordered two"),
    ("table-cell", "Treatment"),
    ("table-cell", "Effect"),
    ("table-cell", "aHSCT"),
    ("table-cell", "Slows progression"),
    ("table-cell", "Diet | exercise"),
    ("table-cell", "Unclear"),
    ("caption", "A nurse holding a vial"),
    ("paragraph", "Buy the cure now"),
    ("paragraph", "Footer: © 2024 Clinic. Book now"),
]

HTML_BLOCKS = [
    ("title", "Stem cells & MS: what we know"),
    # The page's <header><nav> and <footer> are furniture: left out (see test_furniture.py).
    ("heading", "Can stem cells cure MS?"),
    (
        "paragraph",
        "Some clinics claim that stem cells can cure MS. The evidence is mixed and the risks are real. "
        "Read our cure analysis or visit  today.",
    ),
    ("paragraph", "R&D costs more, it’s true’. Café talk."),
    ("paragraph", "A new line starts here."),
    ("paragraph", "Use  only as a search phrase."),
    ("quote", "Patients report improvement."),
    ("list-item", "First item"),
    ("list-item", "Nested item"),
    ("list-item", "Second item"),
    ("table-cell", "Treatment"),
    ("table-cell", "Effect"),
    ("table-cell", "aHSCT"),
    ("table-cell", "Slows progression"),
    ("caption", "A nurse & a vial"),
    ("caption", "Photo by the clinic"),
    ("paragraph", "Loose text in a div"),
    ("paragraph", "May 2"),
    ("paragraph", "Buy the cure now"),
    ("paragraph", "Order today"),
]


def blocks_of(doc):
    return [(block.kind, doc.text[block.start : block.end]) for block in doc.blocks]


def raw_of(doc, start, end):
    return doc.source[doc.raw_start(start) : doc.raw_end(end)]


def decoded(doc, start, end):
    """True if text[start:end] holds a character standing for different raw text (an entity)."""
    return any(i in doc.raw_widths for i in range(start, end))


def assert_maps_back(doc, allow_entities=False):
    """Every word maps back to itself; every copied character to the same raw character."""
    for match in re.finditer(r"\w+", doc.text):
        if allow_entities and decoded(doc, *match.span()):
            continue
        assert raw_of(doc, *match.span()) == match.group(), match
    for block in doc.blocks:
        previous = -1
        for i in range(block.start, block.end):
            raw = doc.raw_start(i)
            assert raw >= previous, "raw offsets run backwards inside a block"
            previous = raw
            if i not in doc.raw_widths:
                assert doc.source[raw] == doc.text[i]
        first, last = block.start, block.end - 1
        if first not in doc.raw_widths:
            assert raw_of(doc, first, first + 1) == doc.text[first]
        if last not in doc.raw_widths:
            assert raw_of(doc, last, last + 1) == doc.text[last]


# -- Markdown ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def md():
    return read_markdown("article.md", MD_SOURCE)


def test_markdown_blocks(md):
    assert md.format == "markdown"
    assert blocks_of(md) == MD_BLOCKS
    assert md.blocks[2].level == 1


def test_markdown_dispatch_by_extension():
    assert blocks_of(read_document("article.md", MD_SOURCE)) == MD_BLOCKS


def test_markdown_leaves_out_code_front_matter_urls_and_raw_html(md):
    assert "stem cells cure MS" not in md.text.replace("Can stem cells cure MS?", "")
    assert md.text.count("miracle") == 1  # the front matter summary; not the autolink's path
    assert "cure-ms" not in md.text and "cure-all" not in md.text and "cure.png" not in md.text
    assert "Raw HTML block" not in md.text
    assert "hidden comment" not in md.text
    assert "our cure analysis" in md.text


def test_markdown_metadata(md):
    assert md.metadata["title"] == "Stem cells and MS: what we know"
    assert md.metadata["date"] == "2024-05-01"
    assert md.metadata["author"] == "Dr. Jane Roe"
    assert md.metadata["tags"] == ["ms", "stem-cells"]
    assert md.title == "Stem cells and MS: what we know"  # front matter wins over the H1


def test_markdown_links(md):
    found = [(link.url, md.text[link.text_start : link.text_end]) for link in md.links]
    assert found == [
        ("https://example.com/cure-ms", "our cure analysis"),
        ("https://example.org/miracle-cure", ""),
        ("https://example.net/cure-all-now", ""),
        ("https://example.com/risks-of-cure", "risks"),
        ("https://example.com/img/cure.png", "A nurse holding a vial"),
        ("https://shop.example.com/buy", "Buy the cure now"),
        ("https://example.com/book", "Book now"),
    ]
    for link in md.links:
        assert md.source[link.raw_start : link.raw_end] == link.url
    # The reference link's URL sits in its definition line.
    risk = md.links[3]
    assert md.source[risk.raw_start - len("[risk]: ") : risk.raw_start] == "[risk]: "


def test_markdown_masked_ranges(md):
    masked = [md.source[lo:hi] for lo, hi in md.masked]
    assert masked[0].startswith("---\ntitle:") and masked[0].endswith("everyone.\n---\n")
    assert "`stem cells cure MS`" in masked
    assert '```python\nprint("stem cells cure MS")\n```\n' in masked
    assert "    indented: stem cells cure MS\n" in masked
    assert "<!-- the cure is a hidden comment -->\n" in masked
    directive = md.source.index("<!-- mslint-disable")
    assert not md.is_masked(directive)  # the engine must still see its directives


def test_markdown_positions(md):
    assert_maps_back(md)
    start = md.text.index("stem cells can cure MS")
    assert raw_of(md, start, start + len("stem cells can cure MS")) == "stem cells** can cure MS"
    amp = md.text.index("R&D")
    assert raw_of(md, amp, amp + 3) == "R&amp;D"
    pipe = md.text.index("Diet | exercise")
    assert raw_of(md, pipe, pipe + len("Diet | exercise")) == "Diet \\| exercise"
    quote = md.text.index("improvement. Quote")
    assert raw_of(md, quote, quote + len("improvement. Quote")) == "improvement.\n> Quote"


def test_markdown_line_and_column(md):
    start = md.text.index("Nested item")
    line, column = md.line_index.position(md.raw_start(start))
    assert md.source.splitlines()[line - 1][column - 1 :].startswith("Nested item")


def test_markdown_crlf():
    crlf = MD_SOURCE.replace("\n", "\r\n")
    doc = read_markdown("article.md", crlf)
    assert blocks_of(doc) == MD_BLOCKS
    assert doc.metadata["author"] == "Dr. Jane Roe"
    assert_maps_back(doc)
    for link in doc.links:
        assert crlf[link.raw_start : link.raw_end] == link.url
    quote = doc.text.index("improvement. Quote")
    assert raw_of(doc, quote, quote + len("improvement. Quote")) == "improvement.\r\n> Quote"


def test_markdown_non_ascii():
    source = "# Café 😀 santé\n\nLe **traitement** coûte 😀 cher, dit-on. Naïve [idée](https://é.fr/cure).\n"
    doc = read_markdown("fr.md", source)
    assert blocks_of(doc) == [
        ("title", "Café 😀 santé"),
        ("paragraph", "Le traitement coûte 😀 cher, dit-on. Naïve idée."),
    ]
    assert_maps_back(doc)
    start = doc.text.index("cher")
    assert doc.line_index.position(doc.raw_start(start)) == (3, source.splitlines()[2].index("cher") + 1)
    assert source[doc.links[0].raw_start : doc.links[0].raw_end] == "https://é.fr/cure"


def test_markdown_heading_forms_escapes_and_breaks():
    source = (
        "Setext title\n============\n\n## Risks ##\n\nNot a \\*cure\\*, line one  \nline two\\\nthree.\n\n"
        "Sub heading\n-----------\n"
    )
    doc = read_markdown("x.md", source)
    assert blocks_of(doc) == [
        ("title", "Setext title"),
        ("heading", "Risks"),
        ("paragraph", "Not a *cure*, line one line two three."),
        ("heading", "Sub heading"),
    ]
    assert [block.level for block in doc.blocks] == [1, 2, 0, 2]
    star = doc.text.index("*cure")
    assert raw_of(doc, star, star + 1) == "\\*"
    assert_maps_back(doc)


def test_markdown_first_block_must_be_the_h1_for_a_title():
    doc = read_markdown("x.md", "Intro paragraph.\n\n# Heading\n")
    assert [block.kind for block in doc.blocks] == ["paragraph", "heading"]
    assert doc.title is None
    doc = read_markdown("x.md", "## Second level\n")
    assert doc.blocks[0].kind == "heading"


def test_markdown_nested_containers():
    source = "> - quoted item\n>   > inner quote\n\n- item\n\n  > quote in item\n\n  second paragraph\n"
    doc = read_markdown("x.md", source)
    assert blocks_of(doc) == [
        ("list-item", "quoted item"),
        ("quote", "inner quote"),
        ("list-item", "item"),
        ("quote", "quote in item"),
        ("list-item", "second paragraph"),
    ]
    assert_maps_back(doc)


def test_markdown_image_inside_link_and_inline_html():
    source = 'Click [![Miracle pill](/pill.png) here](https://shop.test/buy) <span class="x">now</span>.\n'
    doc = read_markdown("x.md", source)
    assert blocks_of(doc) == [("paragraph", "Click  here now."), ("caption", "Miracle pill")]
    urls = {link.url: source[link.raw_start : link.raw_end] for link in doc.links}
    assert urls == {"https://shop.test/buy": "https://shop.test/buy", "/pill.png": "/pill.png"}


def test_markdown_bare_urls_with_entities_and_punctuation():
    source = "Read https://x.test/?a=1&amp;cure=ms, or (see www.x.test/cure.) now.\n"
    doc = read_markdown("x.md", source)
    assert blocks_of(doc) == [("paragraph", "Read , or (see .) now.")]
    assert [(link.url, source[link.raw_start : link.raw_end]) for link in doc.links] == [
        ("https://x.test/?a=1&cure=ms", "https://x.test/?a=1&amp;cure=ms"),
        ("www.x.test/cure", "www.x.test/cure"),
    ]


def test_markdown_yaml_dates_stay_as_written():
    source = "---\ndate: 2024-05-01\nupdated: 2024-05-01T10:00:00Z\nreviewed: 2024-13-45\n---\nBody.\n"
    doc = read_markdown("x.md", source)
    assert doc.metadata == {"date": "2024-05-01", "updated": "2024-05-01T10:00:00Z", "reviewed": "2024-13-45"}


def test_markdown_toml_front_matter():
    source = '+++\ntitle = "Cure myths"\ndate = 2024-03-02\nauthor = "A. B."\n+++\n\nBody text.\n'
    doc = read_markdown("x.md", source)
    assert doc.metadata == {"title": "Cure myths", "date": "2024-03-02", "author": "A. B."}
    assert blocks_of(doc) == [("title", "Cure myths"), ("paragraph", "Body text.")]
    assert doc.masked[0] == (0, source.index("\n\nBody") + 1)


@pytest.mark.parametrize(
    "front",
    [
        "---\ntitle: [unclosed\ncure: : :\n---\n",
        "---\n- just\n- a list cure\n---\n",
        "---\ndate: 2024-13-45\n---\n",
        "+++\ntitle = \n+++\n",
    ],
)
def test_markdown_malformed_front_matter(front):
    doc = read_markdown("x.md", front + "\nBody text.\n")
    assert isinstance(doc.metadata, dict)
    assert blocks_of(doc) == [("paragraph", "Body text.")]
    assert "cure" not in doc.text


def test_markdown_unclosed_front_matter_is_a_thematic_break():
    doc = read_markdown("x.md", "---\ntitle: x\n\nBody.\n")
    assert doc.metadata == {}
    assert "Body." in doc.text


# -- HTML ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page():
    return read_html("article.html", HTML_SOURCE)


def test_html_blocks(page):
    assert page.format == "html"
    assert blocks_of(page) == HTML_BLOCKS
    assert page.blocks[1].level == 1


def test_html_dispatch_by_extension():
    assert blocks_of(read_document("article.htm", HTML_SOURCE)) == HTML_BLOCKS


def test_html_leaves_out_scripts_code_comments_and_urls(page):
    assert "stem cells cure MS" not in page.text.replace("Can stem cells cure MS?", "")
    assert "color" not in page.text and "claim =" not in page.text
    assert "hidden comment" not in page.text
    assert "cure-ms" not in page.text and "cure-all" not in page.text and "cure.png" not in page.text
    assert "our cure analysis" in page.text


def test_html_metadata(page):
    assert page.metadata == {
        "title": "Stem cells & MS: what we know",
        "author": "Dr. Jane Roe",
        "date": "2024-05-01",
    }
    assert page.title == "Stem cells & MS: what we know"


def test_html_bare_url_spanning_an_entity_is_not_prose():
    source = "<p>See https://x.test/?a=1&amp;cure=ms now &amp; then.</p>"
    doc = read_html("x.html", source)
    assert blocks_of(doc) == [("paragraph", "See  now & then.")]
    (link,) = doc.links
    assert link.url == "https://x.test/?a=1&cure=ms"
    assert source[link.raw_start : link.raw_end] == "https://x.test/?a=1&amp;cure=ms"


def test_html_time_gives_a_date_and_h1_a_title():
    doc = read_html("x.html", '<h1>Cure?</h1><p>Posted <time datetime="2023-01-02">Jan 2</time></p>')
    assert doc.metadata["date"] == "2023-01-02"
    assert blocks_of(doc) == [("title", "Cure?"), ("paragraph", "Posted Jan 2")]


def test_html_links(page):
    found = [(link.url, page.text[link.text_start : link.text_end]) for link in page.links]
    assert found == [
        ("https://example.com/cure-ms", "our cure analysis"),
        ("https://example.net/cure-all-now", ""),
        ("https://example.com/img/cure.png", "A nurse & a vial"),
        ("https://shop.example.com/buy", "Buy the cure now"),
    ]
    for link in page.links:
        assert page.source[link.raw_start : link.raw_end] == link.url


def test_html_entities_map_to_the_entity(page):
    text = page.text
    amp = text.index("R&D")
    assert raw_of(page, amp + 1, amp + 2) == "&amp;"
    assert raw_of(page, amp, amp + 3) == "R&amp;D"
    space = text.index("costs more") + len("costs")
    assert raw_of(page, space, space + 1) == "&nbsp;"
    quote = text.index("it’s")
    assert raw_of(page, quote, quote + 4) == "it&#8217;s"
    cafe = text.index("Café")
    assert raw_of(page, cafe, cafe + 4) == "Caf&eacute;"
    title = text.index("Stem cells & MS")
    assert raw_of(page, title, title + len("Stem cells & MS")) == "Stem cells &amp; MS"


def test_html_alt_text_offsets(page):
    start = page.text.index("A nurse & a vial")
    assert raw_of(page, start, start + len("A nurse & a vial")) == "A nurse &amp; a vial"
    nurse = start + 2
    assert raw_of(page, nurse, nurse + 5) == "nurse"


def test_html_masked_ranges(page):
    masked = [page.source[lo:hi] for lo, hi in page.masked]
    assert "<!-- the cure is a hidden comment -->" in masked
    assert any("stem cells cure MS" in chunk for chunk in masked)
    assert not page.is_masked(page.source.index("<!-- mslint-disable"))


def test_html_positions(page):
    assert_maps_back(page, allow_entities=True)
    page = read_html("article.html", HTML_SOURCE, ReadOptions(skip_html=()))  # the footer kept
    assert_maps_back(page, allow_entities=True)
    emoji = page.text.index("😀")
    assert raw_of(page, emoji, emoji + 1) == "😀"
    results = page.text.index("Guaranteed")
    line, column = page.line_index.position(page.raw_start(results))
    assert page.source.splitlines()[line - 1][column - 1 :].startswith("Guaranteed results.")


def test_html_crlf(page):
    crlf = HTML_SOURCE.replace("\n", "\r\n")
    doc = read_html("article.html", crlf)
    assert blocks_of(doc) == HTML_BLOCKS
    assert_maps_back(doc, allow_entities=True)
    for link in doc.links:
        assert crlf[link.raw_start : link.raw_end] == link.url
    kept = read_html("article.html", crlf, ReadOptions(skip_html=()))
    whole = read_html("article.html", HTML_SOURCE, ReadOptions(skip_html=()))
    results = kept.text.index("Guaranteed")
    assert kept.line_index.position(kept.raw_start(results)) == whole.line_index.position(whole.raw_start(results))


def test_html_structure_breaks_blocks():
    source = "<ul><li>one<li>two</ul><p>a<br>b</p><div>x<p>y</div><dl><dt>term<dd>definition</dl>"
    doc = read_html("x.html", source)
    assert blocks_of(doc) == [
        ("list-item", "one"),
        ("list-item", "two"),
        ("paragraph", "a"),
        ("paragraph", "b"),
        ("paragraph", "x"),
        ("paragraph", "y"),
        ("list-item", "term"),
        ("list-item", "definition"),
    ]
    assert_maps_back(doc)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("<p>Unclosed <b>bold <i>cure", ["Unclosed bold cure"]),
        ("<div><p>a</div>b</p>", ["a", "b"]),
        ("<p>before<!-- unterminated comment", ["before"]),
        ("<p>x</p><![if !IE]><p>y</p>", ["x", "y"]),
        ("<!DOCTYPE x [<p>z</p>", ["z"]),
        ("</p>stray end tag", ["stray end tag"]),
        ("<unknown-tag>odd</unknown-tag> text", ["odd text"]),
        ("a < b > c &am &amp &#xZZ;", ["a < b > c &am & &#xZZ;"]),
        ("<p>a</p></body></html><p>late</p>", ["a", "late"]),
    ],
)
def test_html_broken_markup(source, expected):
    doc = read_html("x.html", source)
    assert [text for _, text in blocks_of(doc)] == expected
    assert_maps_back(doc, allow_entities=True)


# -- properties ----------------------------------------------------------------------------------

FRAGMENTS = [
    "<!--", "-->", "<!-- mslint-disable -->", "</p", "<p>", "<div class='btn'>", "</div>", "**", "*", "_",
    "```", "~~~", "[x](", "](", "[", "]", "(", ")", "![a](b)", "[r]: /u\n", "[r]", "&am", "&amp;",
    "&#8217;", "&nbsp;", "&#x1F600;", "&#0;", "\n", "\r\n", "\r", "\n\n", "> ", "- ", "1. ", "# ", "    ",
    "\t", "|", "\\|", "| a | b |\n|---|---|\n", "\\", "`", "<https://x.test/cure>", "https://a.test/cure-ms",
    "<a href='u'>", "</a>", '<img alt="x &amp; y" src=u>', "<![", "<!DOCTYPE x [", "<?", "<br>", "<li>",
    "<td>", "<title>", "<script>", "</script>", "---\n", "+++\n", "é", "😀", "\x00", "cure", " ", "x" * 500,
]
SOURCES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=10)), max_size=30).map("".join)


def check_bounds(doc):
    length, size = len(doc.text), len(doc.source)
    for block in doc.blocks:
        assert 0 <= block.start < block.end <= length
    for i in range(length + 1):
        raw_start, raw_end = doc.raw_start(i), doc.raw_end(i)
        assert 0 <= raw_start <= size and 0 <= raw_end <= size
    for block in doc.blocks:
        raw_start, raw_end = doc.raw_span(block.start, block.end)
        assert raw_start <= raw_end
    for i, char in enumerate(doc.text):
        if i not in doc.raw_widths:  # copied verbatim
            assert doc.source[doc.raw_start(i)] == char
    for link in doc.links:
        assert 0 <= link.raw_start <= link.raw_end <= size
        assert 0 <= link.text_start <= link.text_end <= length
    for lo, hi in doc.masked:
        assert 0 <= lo < hi <= size


@pytest.mark.parametrize("read", [read_markdown, read_html], ids=["markdown", "html"])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=SOURCES)
def test_readers_never_fail_and_stay_in_bounds(read, source):
    doc = read("x", source)
    check_bounds(doc)
    again = read("x", source)
    assert (again.text, again.blocks, again.links, again.masked, again.metadata) == (
        doc.text,
        doc.blocks,
        doc.links,
        doc.masked,
        doc.metadata,
    )
