"""Articles and rules for the HTML report tests (structure and browser): overlapping findings,
findings across lines, an empty finding, CRLF, characters outside the BMP, raw HTML markup."""

from __future__ import annotations

from pathlib import Path

from mslint.model import Hit, Severity
from mslint.rule import Rule
from scorecard_rules import Word, meta, rules

# Own example text. Every finding below is placed by the rules that follow.
ARTICLES = {
    "overlap.txt": "It works like a miracle cure.\nIt cures cramps,\nsays the maker.\n",
    "crlf.txt": "The new pill costs $40.\r\nIt cures cramps.\r\n",
    "wide.md": "# Le café ☕\n\nA 🙂 pill cures cramps, 🙂 they say.\n",
    "page.html": "<h1>Our pill</h1>\n<p>Our pill &amp; tea <b>cures</b> cramps &lt;fast&gt;.</p>\n",
}


class Point(Rule):
    """A finding at a point (empty span): at the start of every "says"."""

    meta = meta("TST904", "test-point", Severity.INFO, "point")

    def check(self, document, unit, options):
        start = document.text.find("says")
        if start >= 0:
            yield Hit(start, start, "Attribution without a source", "name the maker")


def report_rules():
    """The scorecard rules plus rules whose findings overlap, span lines and are empty."""
    return rules() + [
        Word("TST902", "test-like", Severity.INFO, r"like a miracle", "Comparison"),
        Word("TST903", "test-across", Severity.INFO, r"cures cramps,\nsays", "Runs across a line break"),
        Point(),
    ]


def write_articles(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_bytes(text.encode("utf-8"))
