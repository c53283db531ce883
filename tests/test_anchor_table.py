"""The shipped table of pattern anchors (mslint.rules.concepts.anchor_table): current, equal to
what parsing gives, and never a way to skip a pattern's checks."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mslint.analysis.article import analyse
from mslint.reading import read_document
from mslint.rules.concepts import anchor_table
from mslint.rules.concepts.matcher import ConceptPattern
from mslint.rules.concepts.syntax import PatternSyntaxError


def test_the_table_holds_every_shipped_pattern_and_nothing_else():
    # Fails after an edit to the packs: run `python -m mslint.rules.concepts.anchor_table --write`.
    done = subprocess.run([sys.executable, "-m", "mslint.rules.concepts.anchor_table", "--check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "patterns, current" in done.stdout


def test_each_row_is_what_parsing_the_pattern_gives():
    rows = json.loads(anchor_table.TABLE.read_text(encoding="utf-8"))
    assert len(rows) > 2000
    for text in list(rows)[::25]:
        from_table = ConceptPattern(text)
        parsed = ConceptPattern.__new__(ConceptPattern)
        parsed.text = text
        parsed._parse()
        assert (from_table.anchor_words, from_table.anchor_classes) == (parsed.anchor_words, parsed.anchor_classes), text
        assert from_table.required == parsed.required, text


def test_a_pattern_the_table_knows_is_parsed_only_when_a_sentence_holds_what_it_requires():
    text = "(guaranteed|promised) to (reverse|undo) {CONDITION}"
    rows = {text: [2, [["guaranteed", "promised"], []], [["to"], []],
                 [["reverse", "undo"], []], [[], ["condition"]]]}
    saved = anchor_table._table
    anchor_table._table = rows
    try:
        pattern = ConceptPattern(text)
        assert "seq" not in vars(pattern)
        assert pattern.anchor_words == frozenset({"reverse", "undo"})
        elsewhere = analyse(read_document("a.md", "We will undo the damage to your garden."))
        assert list(pattern.finditer(elsewhere.sentences[0])) == []
        assert "seq" not in vars(pattern)  # the sentence lacks "guaranteed" and a condition
        claim = analyse(read_document("a.md", "It is guaranteed to reverse multiple sclerosis."))
        found = list(pattern.finditer(claim.sentences[0]))
        assert "seq" in vars(pattern) and len(found) == 1
    finally:
        anchor_table._table = saved


def test_a_pattern_the_table_does_not_know_is_parsed_at_once():
    with pytest.raises(PatternSyntaxError):
        ConceptPattern("(cures|heals {CONDITION")  # a user's broken pattern fails when its pack loads


def test_a_missing_or_damaged_table_only_means_parsing_at_load(tmp_path, monkeypatch):
    monkeypatch.setattr(anchor_table, "TABLE", tmp_path / "anchor_table.json")
    assert anchor_table._load() == {}
    (tmp_path / "anchor_table.json").write_text("{not json", encoding="utf-8")
    assert anchor_table._load() == {}


def test_a_table_is_never_written_empty_when_the_packs_do_not_load(monkeypatch, capsys):
    # (v0.30.38) A pack with an unknown entity once left the registry empty, and --write replaced the
    # table with one of no patterns, saying "wrote anchor_table.json: 0 patterns".
    before = anchor_table.TABLE.read_bytes()
    monkeypatch.setattr(anchor_table, "computed", lambda: {})
    assert anchor_table.main(["--write"]) == 2
    assert "did not load" in capsys.readouterr().err
    assert anchor_table.TABLE.read_bytes() == before
