"""--format html: the page's structure, read back with an HTML parser: the source shown exactly,
every finding and piece of evidence marked at its exact position (overlapping, across lines,
empty, CRLF, outside the BMP, raw markup), escaping, self-containment, files, folders, stdin."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from helpers import run
from mslint.output.highlight import Piece, Span, lines_of_pieces
from report_fixtures import ARTICLES, report_rules, write_articles
from scorecard_rules import Word, use_rules
from mslint.model import Severity

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}


class ReportView(HTMLParser):
    """What a reader of the page gets: per article its source lines, its marks, and the data."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.lines: dict[str, dict[int, str]] = {}  # article id -> line number -> text
        self.marks: list[dict] = []  # in document order
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.feed(page)
        self.close()
        island = next(text for attrs, text in self.scripts if attrs.get("id") == "mslint-data")
        self.data = json.loads(island)

    def _inside(self, tag: str, cls: str | None = None):
        for name, attrs in reversed(self.stack):
            if name == tag and (cls is None or cls in attrs.get("class", "").split()):
                return attrs
        return None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in VOID:
            return
        self.stack.append((tag, attrs))
        if tag == "script":
            self.scripts.append((attrs, ""))
        line = self._inside("div", "ln")
        if tag == "mark" and line is not None:
            article = self._inside("article")["id"]
            n = int(line["data-n"])
            self.marks.append({"article": article, "line": n, "column": len(self.lines[article][n]) + 1,
                               "f": attrs.get("data-f", "").split(), "e": attrs.get("data-e", "").split(),
                               "class": attrs.get("class", "").split(), "text": ""})
        elif tag == "div" and "ln" in attrs.get("class", "").split():
            self.lines.setdefault(self._inside("article")["id"], {})[int(attrs["data-n"])] = ""

    def handle_endtag(self, tag):
        while self.stack:
            name, _ = self.stack.pop()
            if name == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
            return
        line = self._inside("div", "ln")
        if line is None:
            return
        self.lines[self._inside("article")["id"]][int(line["data-n"])] += data
        if self.stack[-1][0] == "mark":
            self.marks[-1]["text"] += data

    def source(self, article: str) -> str:
        return "".join(self.lines[article][n] for n in sorted(self.lines[article]))

    def marked(self, kind: str, number: str) -> list[dict]:
        return [mark for mark in self.marks if number in mark[kind]]


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    use_rules(monkeypatch, report_rules())
    write_articles(tmp_path / "site")
    monkeypatch.chdir(tmp_path / "site")


def report(*args, stdin=None) -> tuple[int, str, ReportView]:
    code, out, err = run("--format", "html", "--no-cache", "--min-severity", "info", *args, stdin=stdin)
    assert err == ""
    return code, out, ReportView(out)


# -- cutting a source into pieces -------------------------------------------------------------


def test_pieces_for_overlapping_multiline_and_empty_spans():
    source = "ab\ncd\r\nef"
    spans = [Span(1, 4, "f1"), Span(3, 8, "f2"), Span(5, 5, "f3"), Span(9, 9, "f4")]
    assert lines_of_pieces(source, spans) == [
        [Piece("a", ()), Piece("b\n", ("f1",))],
        [Piece("c", ("f1", "f2")), Piece("d", ("f2",)), Piece("", ("f3",)), Piece("\r\n", ("f2",))],
        [Piece("e", ("f2",)), Piece("f", ()), Piece("", ("f4",))],
    ]


def test_pieces_of_an_empty_source():
    assert lines_of_pieces("", []) == [[]]
    assert lines_of_pieces("", [Span(0, 0, "f1")]) == [[Piece("", ("f1",))]]


@given(st.text(alphabet="ab \n\r☕🙂", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6))
def test_pieces_give_back_the_source_and_every_span(source, pairs):
    spans = [Span(min(a, b, len(source)), min(max(a, b), len(source)), f"f{i}") for i, (a, b) in enumerate(pairs)]
    lines = lines_of_pieces(source, spans)
    assert "".join(piece.text for line in lines for piece in line) == source
    for span in spans:
        covered = "".join(piece.text for line in lines for piece in line if span.key in piece.keys)
        assert covered == source[span.start : span.end]
        assert any(span.key in piece.keys for line in lines for piece in line)


# -- the page -----------------------------------------------------------------------------------


def test_every_article_shows_its_source_exactly():
    _, _, view = report(".")
    assert [view.source(article) for article in ("a1", "a2", "a3", "a4")] == [
        ARTICLES[name] for name in sorted(ARTICLES)]


def test_every_finding_and_evidence_is_marked_on_its_exact_text_and_position():
    _, _, view = report(".")
    assert len(view.data["findings"]) == 14 and len(view.data["evidence"]) > 0
    for kind, table in (("f", view.data["findings"]), ("e", view.data["evidence"])):
        for number, item in table.items():
            marks = view.marked(kind, number)
            assert "".join(mark["text"] for mark in marks) == item["excerpt"], (kind, number)
            assert (marks[0]["article"], marks[0]["line"], marks[0]["column"]) == (
                item["article"], item["line"], item["column"])


def test_overlapping_multiline_and_empty_findings_pieces():
    _, _, view = report("overlap.txt")
    codes = {number: finding["code"] for number, finding in view.data["findings"].items()}
    pieces = [(mark["line"], mark["text"], sorted(codes[n] for n in mark["f"]), mark["class"]) for mark in view.marks]
    assert pieces == [
        (1, "like a ", ["TST902"], ["hl", "s-info"]),
        (1, "miracle", ["TST900", "TST902"], ["hl", "s-warning", "overlap"]),
        (1, " cure", ["TST900"], ["hl", "s-warning"]),
        (2, "cures cramps", ["TST901", "TST903"], ["hl", "s-error", "overlap"]),
        (2, ",\n", ["TST903"], ["hl", "s-info"]),
        (3, "", ["TST904"], ["hl", "s-info", "point"]),
        (3, "says", ["TST903"], ["hl", "s-info"]),
    ]


def test_crlf_and_characters_outside_the_bmp_keep_positions():
    _, out, view = report("crlf.txt", "wide.md")
    assert "&#13;\n" in out  # a raw CR would be folded into the LF by the browser's parser
    wide = [m for m in view.marks if m["article"] == "a2" and m["f"]]
    cure = next(m for m in wide if view.data["findings"][m["f"][0]]["code"] == "TST901")
    assert (cure["line"], cure["column"], cure["text"]) == (3, 10, "cures cramps")  # "A 🙂 pill " is 9 characters
    assert view.source("a1") == ARTICLES["crlf.txt"]


def test_raw_markup_is_escaped_and_marked_across_tags():
    _, out, view = report("page.html")
    assert "<b>cures" not in out and "&lt;b&gt;<mark" in out
    assert "&amp;amp;" in out  # the source's "&amp;" is shown as written
    (cure,) = [m for m in view.marks if m["f"] and view.data["findings"][m["f"][0]]["code"] == "TST901"]
    assert cure["text"] == "cures</b> cramps"


def test_messages_paths_and_data_are_escaped(monkeypatch, tmp_path):
    nasty = '<img src=x onerror="alert(1)"> </script><!-- & "quoted"'
    use_rules(monkeypatch, [Word("TST950", "test-nasty", Severity.ERROR, r"cures", nasty, suggestion=nasty)])
    Path("<b>odd&.txt").write_text("It cures </script> & more.\n", encoding="utf-8")
    _, out, view = report("<b>odd&.txt")
    assert "<img" not in out and "<b>odd" not in out and "&lt;b&gt;odd&amp;.txt" in out
    assert out.count("</script>") == 3  # errors.js, the data island and report.js close; nothing else does
    assert view.data["findings"]["1"]["message"] == nasty
    assert view.source("a1") == "It cures </script> & more.\n"
    title = next(attrs["title"] for tag, attrs in view.tags if tag == "mark")
    assert title == f"✖ TST950 error: {nasty}"


def test_self_contained_no_address_outside_the_page():
    _, out, view = report(".")
    csp = next(attrs["content"] for tag, attrs in view.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    assert csp.startswith("default-src 'none';")
    addresses = [value for _, attrs in view.tags for key, value in attrs.items() if key in ("src", "href", "action")]
    assert addresses and all(value.startswith("#") for value in addresses)
    assert not re.search(r"<link|@import|url\(", out)


def test_folder_has_a_sortable_overview_linking_to_each_article():
    code, out, view = report(".")
    assert code == 1
    rows = [attrs["href"] for tag, attrs in view.tags if tag == "a" and attrs.get("href", "").startswith("#a")]
    assert rows == ["#a1", "#a2", "#a3", "#a4"]
    assert [attrs["id"] for tag, attrs in view.tags if tag == "article"] == ["a1", "a2", "a3", "a4"]
    sorters = [attrs["data-type"] for tag, attrs in view.tags if tag == "button" and "data-sort-column" in attrs]
    assert sorters == ["text", "number", "number", "number", "number"]
    assert "<title>mslint report: 4 articles</title>" in out


def test_one_file_has_no_overview_but_its_scorecard_without_asking():
    _, out, view = report("crlf.txt")
    assert "<table" not in out and "<title>mslint report: crlf.txt</title>" in out
    criteria = [attrs["data-criterion"] for tag, attrs in view.tags if tag == "li" and "data-criterion" in attrs]
    assert criteria == ["costs", "harms", "novelty"]
    assert "Score <b>1</b>" in out


def test_explain_text_of_every_rule_shown_is_in_the_page():
    _, _, view = report(".")
    codes = {finding["code"] for finding in view.data["findings"].values()}
    assert codes <= set(view.data["explain"])
    assert view.data["explain"]["TST900"].startswith("TST900 test-miracle\n")


@pytest.mark.parametrize("name,shown", [("draft.md", "draft.md"), (None, "<stdin>")])
def test_stdin(name, shown):
    args = ["-"] + (["--stdin-filename", name] if name else [])
    code, out, view = report(*args, stdin=ARTICLES["wide.md"].encode())
    assert code == 1
    assert f"<h2 id=\"a1-title\">{shown.replace('<', '&lt;').replace('>', '&gt;')}</h2>" in out
    assert view.source("a1") == ARTICLES["wide.md"]


def test_unreadable_file_is_reported_in_the_page_and_exits_2(tmp_path):
    Path("bad.txt").write_bytes(b"caf\xe9\n")
    code, out, err = run("--format", "html", "--no-cache", "bad.txt", "crlf.txt")
    assert code == 2 and err.startswith("mslint: error: bad.txt: is not valid UTF-8")
    view = ReportView(out)
    assert 'class="source unread"' in out
    assert [f["placed"] for f in view.data["findings"].values() if f["article"] == "a1"] == [False]
    assert view.source("a2") == ARTICLES["crlf.txt"]


def test_exit_codes_follow_the_findings():
    assert run("--format", "html", "--no-cache", "--fail-on", "never", ".")[0] == 0
    Path("calm.txt").write_text("Walking is pleasant.\n", encoding="utf-8")
    assert run("--format", "html", "--no-cache", "calm.txt")[0] == 0
