"""Regex safety: inputs built to trigger catastrophic backtracking or quadratic work must finish.

No timing is asserted (that would flake); the alarm only turns a hang into a failure. The
benchmark harness reports how long these take.
"""

import signal
from dataclasses import replace

import pytest

from mslint.api import lint_text
from mslint.config import DEFAULT

SAFETY_NET_SECONDS = 240
# The safety net, not the rules' own time limit, bounds these tests: on a machine busy with other
# tests a rule's five seconds can run out, and a finding would be missing for that reason alone.
BOUNDED_BY_THE_SAFETY_NET = replace(DEFAULT, rule_timeout=SAFETY_NET_SECONDS)

CASES = {
    "1 MB of repeated words, no punctuation": ("stem cells may help people with ms and " * 26000)[:1_000_000],
    "100,000-character line": "a" * 100_000 + " cures MS\n",
    "100,000 characters of one repeated claim word": "cure " * 20_000,
    "deeply nested Markdown lists": "".join("  " * (depth % 40) + "- item that cures MS\n" for depth in range(2000)),
    "deeply nested HTML": "<ul><li>" * 3000 + "cures MS" + "</li></ul>" * 3000,
    "unbalanced markup": "<p>" + "<!-- " * 2000 + "[link](" * 2000 + "**" * 2000,
}


@pytest.fixture
def alarm():
    def timed_out(signum, frame):
        raise TimeoutError(f"lint did not finish within {SAFETY_NET_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(SAFETY_NET_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_adversarial_input_finishes_with_sane_findings(name, suffix, alarm):
    text = CASES[name]
    findings = lint_text(text, "input" + suffix, config=BOUNDED_BY_THE_SAFETY_NET)
    for finding in findings:
        assert 1 <= finding.line <= text.count("\n") + 1
        assert finding.column >= 1
    assert not [finding.message for finding in findings if finding.code in ("MSL003", "MSL005")]


def test_deeply_nested_markdown_lists_are_linted_to_the_last_line(alarm):
    """markdown-it stops at a nesting depth and drops the rest of the document: all of it must
    still be linted (issue 15), each claim found exactly where it is."""
    text = CASES["deeply nested Markdown lists"]
    findings = [f for f in lint_text(text, "input.md", config=BOUNDED_BY_THE_SAFETY_NET) if f.code == "CLM001"]
    lines = text.splitlines()
    assert [f.line for f in findings] == list(range(1, 2001))
    for finding in findings:
        assert lines[finding.line - 1][finding.column - 1 : finding.end_column - 1] == "cures MS"


@pytest.mark.parametrize("text", [
    "> " * 150 + "Our stem cells cure MS.\n" + "> " * 150 + "This therapy cures MS.\n\nAfter that, it cures MS.\n",
    "".join("  " * depth + "- item that cures MS\n" for depth in range(150)) + "\nAfter that, it cures MS.\n",
    "".join("  " * depth + "1. > item that cures MS\n" for depth in range(150)),
], ids=["quotes", "lists", "ordered lists in quotes"])
def test_markdown_deeper_than_the_parser_goes_is_linted_as_text(text, alarm):
    findings = [f for f in lint_text(text, "input.md", config=BOUNDED_BY_THE_SAFETY_NET) if f.code == "CLM001"]
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    assert len(findings) == text.count("cure")
    for finding in findings:
        start = starts[finding.line - 1] + finding.column - 1
        assert text[start : start + len(finding.excerpt)] == finding.excerpt and "cure" in finding.excerpt


def test_deeply_nested_html_is_linted(alarm):
    findings = lint_text(CASES["deeply nested HTML"], "input.html", config=BOUNDED_BY_THE_SAFETY_NET)
    assert [(f.code, f.line, f.column) for f in findings if f.code == "CLM001"] == [("CLM001", 1, 24001)]


@pytest.mark.parametrize("html", [
    "<html><head><title>Clinic</title><p>Our stem cells cure MS.</p></html>",
    "<head><meta charset=utf-8>Our stem cells cure MS.",
    "<head><title>Clinic</title><style>p {}</style>\n<div>Our stem cells cure MS.</div>",
], ids=["no </head>", "text in <head>", "a <div> in <head>"])
def test_html_without_head_or_body_is_linted(html):
    (finding,) = [f for f in lint_text(html, "page.html", config=BOUNDED_BY_THE_SAFETY_NET) if f.code == "CLM001"]
    assert finding.excerpt == "cure MS"
