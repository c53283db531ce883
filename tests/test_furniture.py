"""Page furniture (menus, banners, footers, sidebars, cookie notices) is left out of HTML prose,
with the findings that remain at their exact positions."""

from pathlib import Path

import pytest

from helpers import run
from mslint.analysis.article import analyse
from mslint.api import lint_text
from mslint.config import parse_config
from mslint.engine.planner import Overrides
from mslint.reading import ReadOptions, read_document
from mslint.reading.furniture import parse_selector

PAGE = (Path(__file__).parent / "fixtures" / "readers" / "furniture.html").read_text(encoding="utf-8")
SELECT = Overrides(select=("COM001", "CLM001"))


def positions(source: str, config=None):
    kwargs = {"config": config} if config is not None else {}
    return [(f.line, f.column, f.end_line, f.end_column, f.code)
            for f in lint_text(source, "page.html", overrides=SELECT, **kwargs)]


def test_menus_footers_sidebars_and_banners_raise_nothing():
    # Kept: <main> inside the page header (line 8), the article's text (14) and the article's own
    # footer (16). Left out: the nav, the cookie banner, the aside, role=navigation, the share
    # list, and the page footer.
    assert positions(PAGE) == [
        (8, 30, 8, 38, "CLM001"),
        (14, 38, 14, 60, "COM001"),
        (16, 42, 16, 49, "CLM001"),
    ]


def test_furniture_links_are_not_the_articles():
    document = read_document("page.html", PAGE)
    assert [link.url for link in document.links] == []
    text = document.text
    assert "20% off" not in text and "Guaranteed" not in text
    assert "Stem cell clinics" in text and "By Ana Ruiz" in text


def test_everything_is_read_with_skip_html_empty(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path(".mslint.toml").write_text("skip-html = []\n")
    Path("page.html").write_text(PAGE)
    _, out, _ = run("--select", "COM001,CLM001", "page.html")
    assert [line.split(":")[1] for line in out.splitlines()] == ["5", "8", "11", "14", "15", "16", "18", "19", "20"]


def test_skip_html_setting_replaces_the_selectors():
    config = parse_config({"skip-html": ["aside", "#share", ".cookie"]}, Path("/site/.mslint.toml"))
    # The nav (5), role=navigation (18) and the page footer (20) now count as prose.
    assert positions(PAGE, config) == [
        (5, 24, 5, 46, "COM001"),
        (8, 30, 8, 38, "CLM001"),
        (14, 38, 14, 60, "COM001"),
        (16, 42, 16, 49, "CLM001"),
        (18, 24, 18, 46, "COM001"),
        (20, 12, 20, 34, "COM001"),
    ]


def test_an_article_is_content_whatever_the_selectors_say():
    config = parse_config({"skip-html": ["article", "main"]}, Path("/site/.mslint.toml"))
    assert (14, 38, 14, 60, "COM001") in positions(PAGE, config)


@pytest.mark.parametrize("selector,tag,attributes,expected", [
    (".footer", "div", {"class": "site-footer wide"}, True),
    (".footer", "div", {"class": "footers"}, False),
    ("#cookie", "div", {"id": "cookie_notice"}, True),
    ("[role=banner]", "div", {"role": "Banner "}, True),
    ("[data-nosnippet]", "div", {"data-nosnippet": ""}, True),
    ("nav", "nav", {}, True),
])
def test_selectors(selector, tag, attributes, expected):
    assert parse_selector(selector).matches(tag, attributes, in_section=False) is expected


def test_an_aside_named_as_an_offer_is_the_pages_own_pitch():
    # A sidebar's newsletter box is the site's; an aside the page calls its offer is its sales pitch
    # (v0.30.16), unless a class or id selector says otherwise.
    page = ("<html><body><article><h1>Balance training</h1><p>Our app sets ten minutes of exercises a day.</p>"
            "</article><aside class=\"newsletter\"><p>Book now for our free guide.</p></aside>"
            "<aside class=\"offer-box\"><p>Book now and pay £39 for the year.</p></aside></body></html>")
    assert [(f.code, f.excerpt) for f in lint_text(page, "page.html", overrides=SELECT)] == [("COM001", "Book now")]
    text = read_document("page.html", page).text
    assert "pay £39" in text and "free guide" not in text
    skipped = read_document("page.html", page, options=ReadOptions(skip_html=("aside", ".offer-box"))).text
    assert "pay £39" not in skipped


def test_bad_selector_is_one_line_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path(".mslint.toml").write_text('skip-html = ["div > p"]\n')
    Path("page.html").write_text(PAGE)
    code, out, err = run("page.html")
    assert (code, out) == (2, "")
    assert err.endswith(".mslint.toml: key 'skip-html': 'div > p' is not a simple selector "
                        "(use a tag such as nav, .class, #id or [attribute=value])\n")
    assert err.count("\n") == 1


def test_read_options_reach_the_reader():
    document = read_document("page.html", PAGE, options=ReadOptions(skip_html=("nav",)))
    assert "20% off" in document.text and "Guaranteed results" in document.text
    assert document.text.count("Book your consultation today") == 6  # all but the nav's


DIRECTORY = """# Living with ALS

Support matters as much as any drug, the nurses say.

## Where to find help

- The Lakeside ALS Group runs monthly meetings for families. Call 555-201-0147 or visit www.lakeside-als.example.
- Northfield Hospital has a specialist clinic. Call 555-201-0199 or visit northfield.example.org.
- The national ALS charity keeps a list of equipment loans. Visit www.als-charity.example.
"""


def test_a_directory_of_contacts_is_not_a_sales_pitch():
    found = [(f.line, f.code) for f in lint_text(DIRECTORY, "a.md", overrides=Overrides(select=("COM",)))]
    assert found == []


def test_a_single_call_to_call_is_still_read():
    # Two entries are no directory: "Call ... to book" is the page's own pitch.
    text = ("# Knee clinic\n\nOur injections restore cartilage.\n\n"
            "- Text 555-201-0147 to book your injection.\n- Visit www.knee.example for prices.\n")
    assert [(f.line, f.code) for f in lint_text(text, "a.md", overrides=Overrides(select=("COM004",)))] == [(5, "COM004")]


def test_a_page_header_with_the_title_is_the_articles_own():
    # A landing page's <header> holds its <h1> and standfirst: the article's words, unlike a banner
    # with a logo and a menu.
    page = ("<html><body>\n<header><a href='/'>Logo</a><nav><a href='/book'>Book now</a></nav></header>\n"
            "<header>\n<h1>New life after MS</h1>\n<p>Our clinic cures MS.</p>\n</header>\n"
            "<main><p>Read on.</p></main>\n</body></html>\n")
    assert positions(page) == [(5, 15, 5, 23, "CLM001")]
    assert "Logo" not in read_document("page.html", page).text


def test_a_releases_securities_boilerplate_is_not_its_prose():
    # The legal paragraph ends every company release; its long sentences and "risks" are lawyers'
    # template, not what the release tells readers. The same sentence in the release's own
    # paragraph is still read.
    long_sentence = ("This release holds forward-looking statements about our plans, our trials and our "
                     "money, each resting on guesses about regulators, about how fast patients enrol, about what "
                     "rival firms do, about whether we can raise funds and about new laws, so what happens in "
                     "the end may be quite unlike what we now hope for.")
    text = f"# Acme starts a trial\n\nAcme has started a trial of its pill.\n\n{long_sentence}\n"
    rdb = Overrides(select=("RDB002",))
    assert [f.code for f in lint_text(text, "r.md", overrides=rdb)] == []
    plain = text.replace("holds forward-looking statements about", "sets out")
    assert [(f.line, f.code) for f in lint_text(plain, "r.md", overrides=rdb)] == [(5, "RDB002")]


@pytest.mark.parametrize("sentence, furniture", [
    # A short notice, or one with a sign-up or consent cue, is furniture.
    ("Sign up for our weekly newsletter.", True),
    ("We use cookies so the shop can keep your order between visits and count how often each page is opened.", True),
    ("Health Newsletter: the week's science news and expert tips", True),
    # The same words in a long sentence of prose are prose.
    ("When the author asked 120 readers of her monthly newsletter about the balm, most said it "
     "had cleared their rash within days.", False),
    ("A regional radio advertisement quoted the trial within a week of its publication, before any "
     "doctor had read it.", False),
    ("One encouraging sign in the small study was that nobody stopped the tablets early.", False),
])
def test_furniture_words_mark_a_notice_not_a_sentence_of_prose(sentence, furniture):
    views = analyse(read_document("a.md", "# A page\n\n" + sentence + "\n")).sentences
    assert views[-1].is_furniture is furniture
