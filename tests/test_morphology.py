"""mslint.knowledge.morphology: plural() is the plural that inflections() lists; names_a_disease()
reads a disease off its ending, names_a_drug() a medicine off its naming stem."""

from __future__ import annotations

from pathlib import Path

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.knowledge.morphology import inflections, names_a_disease, names_a_drug, plural

ROOT = Path(__file__).resolve().parents[1]


def test_plural_is_the_second_inflection():
    words = {"therapy", "virus", "box", "church", "dish", "day", "boy", "statin", "fly", "quiz", "y", "ay", "by",
             "ab", "Stem", "straße", "étude", "x-ray", "b12", ""}
    for path in (ROOT / "knowledge").rglob("*.entities"):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("|")
            if len(cells) == 5:
                words.update(name.strip().rpartition(" ")[2] for name in cells[2].split(";"))
    for word in words:
        assert plural(word) == (inflections(word)[1] if word.isalpha() else word), word


@pytest.mark.parametrize("word,expected", [
    ("tendinitis", True), ("gastroparesis", True), ("fibromyalgia", True), ("neuropathy", True),
    ("lymphoma", True), ("leukaemia", True), ("candidiasis", True),
    ("diagnosis", False), ("prognosis", False), ("nostalgia", False), ("sympathy", False), ("osteopathy", False),
    ("aroma", False), ("coma", False), ("it's", False),
])
def test_words_whose_ending_names_a_disease(word, expected):
    assert names_a_disease(word) is expected


@pytest.mark.parametrize("text,expected", [
    ("Our drops cure bursitis.", [("CLM001", "cure bursitis")]),
    ("Bursitis went away for good after one jar.", [("CLM002", "Bursitis went away for good")]),
    # A name with the ending is a person; a therapy named like a disease is a therapy.
    ("Curtis said the jar helped.", []),
    ("Osteopathy helps some people with back pain, a 2020 review found.", []),
])
def test_an_unlisted_disease_is_read_as_a_condition(text, expected):
    found = lint_text(f"# A remedy\n\n{text}\n", "a.md", overrides=Overrides(select=("CLM001", "CLM002")))
    assert [(f.code, f.excerpt) for f in found] == expected


@pytest.mark.parametrize("word,expected", [
    ("midodrine", True), ("finasteride", True), ("hydroxychloroquine", True), ("amantadine", True),
    ("modafinil", True), ("fludrocortisone", True), ("ramipril", True), ("atorvastatin", True),
    ("bisoprolol", True), ("omeprazole", True), ("tirzepatide", False), ("cholesterol", False),
    ("testosterone", False), ("april", False), ("medicine", False), ("routine", False), ("alpine", False),
    ("pill", False), ("olol", False),
])
def test_words_whose_stem_names_a_drug(word, expected):
    assert names_a_drug(word) is expected


@pytest.mark.parametrize("text,expected", [
    ("Many of our customers find they can drop their midodrine within a month.",
     [("RSK005", "find they can drop their midodrine")]),
    # Written with a capital inside a sentence, it is a brand or a name the stem does not vouch for.
    ("Many of our customers find they can drop their Zentrilol within a month.", []),
])
def test_an_unlisted_drug_is_read_as_a_medicine(text, expected):
    found = lint_text(f"# A remedy\n\n{text}\n", "a.md", overrides=Overrides(select=("RSK005",)))
    assert [(f.code, f.excerpt) for f in found] == expected


def test_a_word_known_only_as_the_start_of_a_longer_name_is_still_read_by_its_ending():
    # "retinopathy" opens "retinopathy of prematurity" in the knowledge base; alone, before "is", its
    # ending still names a disease (until v0.30.10 a longer name's first word lost that reading).
    from mslint.knowledge import builtin_knowledge
    from mslint.analysis.tokens import tokenize

    lexicon = builtin_knowledge().lexicon
    tokens = tokenize("Solar retinopathy is caused by looking at the sun.")
    found = {tokens[m.first][2]: m.classes for m in lexicon.mentions(tokens)}
    assert "condition" in found["retinopathy"]
    longer = tokenize("Retinopathy of prematurity affects babies.")
    named = {(m.first, m.last) for m in lexicon.mentions(longer) if "condition" in m.classes}
    assert (0, 2) in named  # the whole name, as before
