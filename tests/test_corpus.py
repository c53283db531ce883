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
