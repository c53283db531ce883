"""The literal prefilter (mslint.prefilter) skips work, never findings."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from mslint.engine.triggers import TriggerIndex

from mslint.engine import runner as engine
from mslint.engine import prefilter
from mslint.api import lint_text
from mslint.engine.registry import base_registry

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".md", ".html", ".txt")
ARTICLES = sorted(
    path
    for folder in ("tests/corpus", "tests/fixtures", "examples/articles")
    for path in (ROOT / folder).rglob("*")
    if path.suffix in SUFFIXES
)


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\bcur(?:es|ed|e)\s+MS\b", ("all", ("cure", "ms"))),  # the parser factors out the common "e"
        (r"\bcure(?:s|d)?\s+(?:MS|multiple\s+sclerosis)", ("all", ("cure", ("any", ("ms", ("all", ("multiple", "sclerosis"))))))),
        (r"(?:heal|cure)s?", ("any", ("heal", "cure"))),
        (r"x?cure", "cure"),
        (r"[Cc]ure", "cure"),
        (r"(?-i:\bMS\b)", "ms"),  # case-sensitive in the pattern, folded in the search: a superset
        (r"(?<!\bsearch\s)\ba\s+cure\s+of\s+MS\b", ("all", ("cure", "ms"))),  # not "search", nor "of"
        (r"(?:stem\s+)+cells?", ("all", ("stem", "cell"))),
        (r"(?>atomic)", "atomic"),
    ],
)
def test_requirement_of(pattern, expected):
    assert prefilter.requirement_of(pattern, re.IGNORECASE) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"\d+", r"a|cure", r"(?:cure)?", r"(?:cure)*x", r"[a-z]+", r"(a)\1", r"\p{Lu}cure", r"cure(", "é"],
)
def test_no_literal_means_no_prefilter(pattern):
    assert prefilter.requirement_of(pattern, re.IGNORECASE) is None


def test_folding_keeps_every_offset_and_matches_ignorecase():
    text = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    assert len(prefilter.fold(text)) == len(text)
    # Every character that matches an ASCII letter case-insensitively folds to that letter.
    for char in "\u0130\u0131\u017f\u212aKSI":
        (letter,) = [c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, char, re.IGNORECASE)]
        assert prefilter.fold(char) == letter


def test_offsets_and_units():
    folded = prefilter.fold("Cures. Nothing. A CURE.")
    hits = prefilter.offsets(folded, "cure")
    assert hits == [0, 18]
    assert prefilter.units_containing([0, 7, 16], [6, 15, 23], hits) == {0, 2}


def test_literal_index_finds_every_occurrence_overlaps_included():
    from mslint.engine.literal_index import LiteralIndex

    index = LiteralIndex()
    index.add(["cur", "cure", "ms", "absent"])
    folded = prefilter.fold("A cure? MS cures, secure, ms.")
    searched, found = index.occurrences(folded)
    assert searched == {"cur", "cure", "ms", "absent"}
    assert found == {literal: prefilter.offsets(folded, literal) for literal in searched if literal in folded}


def test_without_the_aho_corasick_extension_literals_are_searched_one_by_one(monkeypatch):
    from mslint.engine import literal_index

    monkeypatch.setattr(literal_index, "ahocorasick", None)
    assert literal_index.LiteralIndex().occurrences("text") is None
    source = (ROOT / "examples" / "articles" / "clinic-page.md").read_text(encoding="utf-8")
    monkeypatch.setattr(prefilter, "_INDEX", literal_index.LiteralIndex())
    without = lint_text(source, "clinic-page.md")
    monkeypatch.undo()
    assert without and lint_text(source, "clinic-page.md") == without


def test_evaluate():
    units = {"cure": {0, 2, 5}, "ms": {2, 3}, "heal": {5, 7}}
    assert prefilter.evaluate(("all", ("cure", ("any", ("ms", "heal")))), units) == {2, 5}
    assert prefilter.evaluate(("all", ("ms", "heal")), units) == set()


@pytest.mark.parametrize("requirement", [
    "cure", ("all", ("cure",)), ("any", ("ms",)), ("all", ("cure", "ms", "heal")), ("any", ("ms", "heal", "gone")),
    ("all", ("cure", ("any", ("ms", ("all", ("heal", "cure")))), "ms")), ("any", (("all", ("ms", "gone")), "heal")),
])
def test_walked_and_compiled_tests_agree(requirement):
    # A test is walked for its first uses and compiled after: both must answer alike.
    units = {"cure": {0, 2, 5}, "ms": {2, 3}, "heal": {5, 7}, "gone": set()}
    has = {literal: bool(found) for literal, found in units.items()}
    walked = prefilter._Test(requirement)
    compiled = prefilter._Test(requirement)
    compiled.uses = prefilter._WALKS_BEFORE_COMPILING
    assert walked.units(units) == compiled.units(units) and compiled._units is not None
    assert walked.anywhere(has) == compiled.anywhere(has) and walked._anywhere is None


def test_every_declarative_rule_has_a_prefilter():
    # A pack rule without one scans every sentence; flag it so that it is a choice, not an accident.
    missing = [rule.meta.code for rule in base_registry() if hasattr(rule, "prefilter") and not rule.prefilter]
    assert missing == []


def _all_units(document, rule, scope, triggered=None):
    return engine.units_for(document, scope)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_findings_are_the_same_without_the_prefilter(path, monkeypatch):
    source = path.read_text(encoding="utf-8")
    with_prefilter = lint_text(source, path.name)
    monkeypatch.setattr(engine, "units_to_check", _all_units)
    # ... and without the trigger index: every rule on every unit.
    monkeypatch.setattr(engine, "index_for", lambda rules: TriggerIndex([]))
    # Rules that filter units themselves (RSK001, HYP002, the credibility checks) go through this.
    monkeypatch.setattr(prefilter, "unit_indices", lambda document, scope, units, requirements: range(len(units)))
    monkeypatch.setattr("mslint.rules.kinds.base.PatternRule.applies_to", lambda self, d: self.whole_document_match(d))
    assert lint_text(source, path.name) == with_prefilter
