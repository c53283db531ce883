"""Quality bar on the blind-labelled corpus: precision >= 0.9 and recall >= 0.85 per category,
and no warning or error on the articles labelled clean."""

import pytest

from corpus_scoring import clean_article_findings, score

CATEGORIES = ("cure-claim", "risk-disclosure", "factual", "terminology", "commercial")
SCORES = score()


@pytest.mark.parametrize("category", CATEGORIES)
def test_precision(category):
    s = SCORES[category]
    assert s.precision >= 0.9, f"{category}: precision {s.precision:.2f}; false positives: {s.false_alarms}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_recall(category):
    s = SCORES[category]
    assert s.labels >= 10, "the corpus must exercise the category"
    assert s.recall >= 0.85, f"{category}: recall {s.recall:.2f}; missed: {s.misses}"


def test_clean_articles_have_no_warnings_or_errors():
    assert clean_article_findings() == []


def test_line_level_scoring_pairs_one_finding_with_one_label(tmp_path):
    from corpus_scoring import score

    article = tmp_path / "clinic.md"
    article.write_text("# Knee clinic\n\nOur shots are a miracle cure. Claim your $49 special now before it ends!\n",
                       encoding="utf-8")
    (tmp_path / "clinic.md.labels.toml").write_text(
        '[[finding]]\ncategory = "commercial"\nline = 3\nquote = "now before it ends"\n', encoding="utf-8")
    strict = score(folder=tmp_path, categories={"commercial"})["commercial"]
    by_line = score(folder=tmp_path, categories={"commercial"}, by_line=True)["commercial"]
    assert strict.recalled == 0 and strict.false_positives >= 1
    assert by_line.recalled == 1 and by_line.true_positives == 1
    assert by_line.false_positives == strict.false_positives - 1
