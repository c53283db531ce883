"""Fuzzing text, Markdown and HTML through the API and the command line (issue 15).

Documents are built from claims (sentences CLM001 must flag wherever they stand in prose),
filler prose and hostile pieces: markup of every kind, broken markup, deep nesting beyond the
Markdown parser's limit, entities, line endings of all three kinds, control characters, front
matter, inline directives, random text. For each one:

- nothing raises, and no rule crashes or runs out of time;
- every finding's excerpt is exactly the raw source at its line:column span;
- nothing is dropped: every claim placed in prose has a CLM001 finding on it;
- the command line gives the same report with --jobs 1 and --jobs 2, and from a cold cache and
  a warm one.

About a minute in all: each property has its own example budget below.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mslint.api import lint_text
from mslint.cli import main

CLAIM = "Our stem cell therapy cures MS."
CLAIM_CORE = "cures MS"  # what CLM001 flags in CLAIM
FILLER = st.sampled_from([
    "Talk to your neurologist.", "The trial enrolled 40 people.", "Results vary.", "It was sunny.",
    "Costs are covered by some insurers.", "See the leaflet for details.",
])
NOISE = st.sampled_from([
    "**", "_", "`", "<", ">", "&", "&amp;", "&#8217;", "&nbsp;", "&bogus", "<!--", "-->", "<b>", "</b>", "<p>",
    "</p>", "[", "](", ")", "![", "#", "|", "\\", "\t", "\x00", "\x0b", "\u2028", "\ufeff", "é", "😀", "’",
    "<!-- mslint-disable-next-line -->", "<!-- mslint-disable CLM001 -->", "```", "~~~", "---", "+++", "&lt;",
    "https://x.example/cure-ms", "<script>", "</script>", "<head>", "<body>", "\r", "\r\n", "\n",
])
RANDOM = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
MISC = st.lists(st.one_of(NOISE, FILLER, RANDOM), max_size=12).map(" ".join)
LINE_BREAK = st.sampled_from(["\n", "\r\n", "\r"])
WARNING_HEADING = re.compile(r"(?i)warning|red flag|myth|misconception|wary|watch out|beware|too good|alarm bell|claims to")
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                      HealthCheck.function_scoped_fixture])


# -- documents whose claims are known to stand in prose -------------------------------------------


@st.composite
def markdown_documents(draw):
    """(source, claim offsets): claims as paragraphs, list items or quotes nested up to 130
    levels (past markdown-it's limit), between blocks of noise kept apart by blank lines."""
    eol = draw(LINE_BREAK)
    parts, claims = [], []
    if draw(st.booleans()):
        parts.append(f"---{eol}title: {draw(FILLER)}{eol}author: Jane{eol}---{eol}{eol}")
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["paragraph", "list", "quote", "quoted list", "noise"]))
        if kind == "noise":
            noise = draw(MISC).replace("```", "").replace("~~~", "").replace("<!--", "").replace("<", "")
            noise = re.sub(r"[\r\n\u2028]+", " ", noise).replace("---", "").replace("+++", "").strip(" \t\x0b\x00")
            # A line naming warnings or myths heads a list of claims to distrust (the class
            # warning-heading): the items after it describe claims, they do not make them.
            if noise and not WARNING_HEADING.search(noise):
                parts.append(f"{noise}{eol}{eol}")
            continue
        depth = draw(st.integers(0, 130)) if kind != "paragraph" else 0
        prefix = {"paragraph": "", "list": "  " * depth + "- ", "quote": "> " * (depth + 1),
                  "quoted list": "> " * depth + "- "}[kind]
        if kind == "list":  # each level's item opens the next: "- a", "  - b", "    - c"
            parts.append("".join(f"{'  ' * level}- {draw(FILLER)}{eol}" for level in range(depth)))
        lead = draw(FILLER)
        text = f"{prefix}{lead} {CLAIM}{eol}{eol}"
        claims.append(len("".join(parts)) + len(prefix) + len(lead) + 1 + CLAIM.index(CLAIM_CORE))
        parts.append(text)
    return "".join(parts), claims


@st.composite
def html_documents(draw):
    """(source, claim offsets): claims in paragraphs, list items, cells and divs, nested up to
    300 deep, with or without <html>, <head> and <body>, between noise that is not prose."""
    parts, claims = [], []
    if draw(st.booleans()):
        parts.append("<!DOCTYPE html>")
    shape = draw(st.sampled_from(["full", "no body", "no head end", "bare"]))
    parts.append({"full": "<html><head><title>T</title></head><body>", "no body": "<html><head><title>T</title>",
                  "no head end": "<head><meta charset=utf-8>", "bare": ""}[shape])
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "li", "td", "div", "noise"]))
        if kind == "noise":
            parts.append(draw(st.sampled_from(["<script>cures MS</script>", "<!-- cures MS -->", "<style>p{}</style>",
                                               "<br>", "<hr/>", "&amp;", "<img alt='x'>", "<span>.</span>"])))
            continue
        depth = draw(st.integers(0, 300))
        wrap = {"p": ("<p>", "</p>"), "li": ("<ul><li>", "</li></ul>"), "td": ("<table><tr><td>", "</td></tr></table>"),
                "div": ("<div>", "</div>")}[kind]
        opening = "<div>" * depth + wrap[0]
        lead = draw(FILLER)
        start = len("".join(parts)) + len(opening) + len(lead) + 1
        parts.append(f"{opening}{lead} {CLAIM}{wrap[1]}{'</div>' * depth}")
        claims.append(start + CLAIM.index(CLAIM_CORE))
    return "".join(parts), claims


@st.composite
def text_documents(draw):
    """(source, claim offsets): claims as paragraphs of their own between paragraphs of noise."""
    eol = draw(LINE_BREAK)
    parts, claims = [], []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            noise = re.sub(r"[\r\n\u2028\x0b\x0c\x1c-\x1e\x85]+", " ", draw(MISC)).replace("\x00", "")
            noise = noise.replace("<!--", "").strip()  # no directive: it could switch CLM001 off
            if noise:
                parts.append(f"{noise}{eol}{eol}")
        else:
            claims.append(len("".join(parts)) + CLAIM.index(CLAIM_CORE))
            parts.append(f"{CLAIM}{eol}{eol}")
    return "".join(parts), claims


DOCUMENTS = st.one_of(
    markdown_documents().map(lambda doc: (".md", *doc)),
    html_documents().map(lambda doc: (".html", *doc)),
    text_documents().map(lambda doc: (".txt", *doc)),
)
# Anything at all, for the properties that need no known claims.
ANYTHING = st.tuples(
    st.sampled_from([".txt", ".md", ".html"]),
    st.lists(st.one_of(NOISE, FILLER, RANDOM, st.just(CLAIM), LINE_BREAK), max_size=60).map("".join),
)


def line_starts(source: str) -> list[int]:
    return [0] + [match.end() for match in re.finditer(r"\r\n|\r|\n", source)]


def raw_span(source: str, finding) -> tuple[int, int]:
    starts = line_starts(source)
    return starts[finding.line - 1] + finding.column - 1, starts[finding.end_line - 1] + finding.end_column - 1


def assert_sound(source: str, findings) -> None:
    assert not [f.message for f in findings if f.code in ("MSL003", "MSL005")]
    for finding in findings:
        start, end = raw_span(source, finding)
        assert 0 <= start <= end <= len(source)
        assert source[start:end] == finding.excerpt, finding


@settings(max_examples=1500, **SETTINGS)
@given(document=DOCUMENTS)
def test_claims_in_prose_are_all_found_exactly(document):
    suffix, source, claims = document
    findings = lint_text(source, "doc" + suffix)
    assert_sound(source, findings)
    found = {raw_span(source, f)[0] for f in findings if f.code == "CLM001"}
    assert [offset for offset in claims if offset not in found] == [], (suffix, source)


@settings(max_examples=2500, **SETTINGS)
@given(document=ANYTHING)
def test_any_input_lints_without_error_and_findings_point_exactly(document):
    suffix, source = document
    assert_sound(source, lint_text(source, "doc" + suffix))


# -- through the command line: jobs and cache change nothing ---------------------------------------


def lint_folder(folder: Path, *args: str) -> tuple[int, list, str]:
    result = CliRunner().invoke(main, ["--format", "json", *args, str(folder)], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout), result.stderr


@settings(max_examples=40, **SETTINGS)
@given(documents=st.lists(st.one_of(DOCUMENTS.map(lambda d: d[:2]), ANYTHING), min_size=2, max_size=5))
def test_jobs_and_cache_do_not_change_the_report(documents, tmp_path_factory):
    from mslint.reading.source import decode

    corpus = tmp_path_factory.mktemp("fuzz")
    cache = tmp_path_factory.mktemp("cache")
    for index, (suffix, source) in enumerate(documents):
        # (no NUL: a file with one is refused as binary, which is not what this is about)
        (corpus / f"doc{index}{suffix}").write_bytes(source.replace("\x00", "").encode("utf-8"))
    previous, folder = os.environ["XDG_CACHE_HOME"], os.getcwd()
    os.environ["XDG_CACHE_HOME"] = str(cache)
    os.chdir(corpus)  # a project of its own (the checkout may hold an old .mslint_cache/)
    try:
        serial = lint_folder(corpus, "--jobs", "1", "--no-cache")
        assert lint_folder(corpus, "--jobs", "2", "--no-cache") == serial
        assert lint_folder(corpus, "--jobs", "2") == serial  # cold: fills the cache
        assert list(cache.rglob("*.json"))
        assert lint_folder(corpus, "--jobs", "1") == serial  # warm
    finally:
        os.environ["XDG_CACHE_HOME"] = previous
        os.chdir(folder)
    code, findings, err = serial
    assert code in (0, 1) and err == ""
    for finding in findings:
        source = decode(Path(finding["path"]).read_bytes())
        starts = line_starts(source)
        start = starts[finding["line"] - 1] + finding["column"] - 1
        end = starts[finding["end_line"] - 1] + finding["end_column"] - 1
        assert source[start:end] == finding["excerpt"]
        assert finding["code"] not in ("MSL003", "MSL005")
