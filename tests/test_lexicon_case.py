"""Which lexicon names match only as written: capitals ("MS") and short mixed-case abbreviations
("PsA", "PrEP"), whose other spellings are other words."""

import pytest

from mslint.analysis.article import analyse
from mslint.knowledge.lexicon import is_case_sensitive
from mslint.reading import read_document


@pytest.mark.parametrize("name,sensitive", [
    ("MS", True), ("HSCT", True), ("PsA", True), ("PrEP", True), ("iPSC", True), ("HbA1c", True),
    ("M", False), ("multiple sclerosis", False), ("Entresto", False), ("McDonald criteria", False),
])
def test_case_sensitive_names(name, sensitive):
    assert is_case_sensitive(name) is sensitive


def _entities(text):
    analysis = analyse(read_document("a.md", text))
    return {entity for view in analysis.sentences for mention in view.mentions_of("condition")
            for entity in mention.entities} | {entity for view in analysis.sentences
                                               for mention in view.mentions_of("intervention")
                                               for entity in mention.entities}


def test_the_prostate_test_is_not_psoriatic_arthritis():
    assert "psoriatic-arthritis" not in _entities("Men were offered PSA testing every two years.")
    assert "psoriatic-arthritis" in _entities("She was diagnosed with PsA at 40.")


def test_preparation_is_not_hiv_prevention():
    assert "prep" not in _entities("The prep for a colonoscopy starts the day before.")
    assert "prep" in _entities("PrEP cuts the chance of catching HIV from sex.")
