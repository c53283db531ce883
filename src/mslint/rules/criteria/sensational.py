"""HYP101 sensational-language: HealthNewsReview criterion 10 for news releases, does it use
unjustifiable, sensational language, including in quotes?

Counts the red-flag words and their kin (breakthrough, game changer, miracle, revolutionary,
cure, dramatic, remarkable, life-saving...) where the article uses them, in its own voice or in
a quotation (the criterion says "including in quotes"). Words that are denied, asked or
disputed ("this is not a breakthrough", "so-called miracle") do not count, nor do regulatory
terms ("Breakthrough Therapy designation"). One word in the headline, or several in the text,
make the language sensational (in a long article, one for every 300 of its words); a single
"remarkable" deep in an article does not.
"""

from __future__ import annotations

from mslint.analysis.features import features
from mslint.analysis.stance import DISPUTED, NEGATED, QUESTION
from mslint.model import RuleDocs
from mslint.rule import Assessment
from mslint.rules.criteria.base import (
    HNR_PRESS_RELEASES, NOT_SATISFACTORY, SATISFACTORY, Criterion, asserted, boilerplate, criterion_meta, in_article,
    is_headline, merged_spans, reported_spans, spans,
)

# One sensational word in the headline makes the language sensational; in the text it takes two,
# or in a long article one for every WORDS_PER_FLAG of its words: two quoted "remarkable"s in a
# 2,000-word feature that weighs its evidence are not its tone (HealthNewsReview's releases:
# MCC +0.25 to +0.29; the blind sets' pooled verdicts +0.87 to +0.90).
ENOUGH = 2
WORDS_PER_FLAG = 300
SILENT = frozenset({NEGATED, QUESTION, DISPUTED})
# The sentence rules whose findings are sensational claims: miracles, and cure, reversal and
# guaranteed-result claims. (Not HYP001's superlatives: counted too, they lowered the stories' AUC.)
CLAIM_RULES = ("HYP003", "CLM001", "CLM002", "CLM003", "CLM005")
# Words after a red-flag word that make it a regulator's or a clinician's term, not praise:
# "Breakthrough Therapy designation", "breakthrough status", "cure rate".
_TERMS = frozenset({"designation", "designations", "status", "rate", "rates"})


class SensationalLanguage(Criterion):
    criterion = "sensational-language"
    meta = criterion_meta(
        "HYP101", "sensational-language", "hype",
        "Sensational language (breakthrough, game changer, miracle, cure, dramatic), in the text or in quotes",
        RuleDocs(
            what="Judges HealthNewsReview's tenth criterion for news releases: does it use unjustifiable, "
            "sensational language, including in quotes? Counts the red-flag words and their kin "
            "(breakthrough, game changer, revolutionary, miracle, holy grail, cure, dramatic, remarkable, "
            "life-saving, first-of-its-kind...) where the article uses them, in its own voice or in a quotation. "
            "One in the headline, or two in the text (in a long article, one for every 300 of its words), make it "
            "not satisfactory. Denied, asked or disputed uses "
            "(\"not a breakthrough\", \"a so-called miracle\") and regulators' terms (\"Breakthrough Therapy "
            "designation\") do not count. A cure, reversal or guaranteed-result claim or a miracle that the "
            "claim rules report (CLM001-CLM003, CLM005, HYP003: \"ends jaw pain for good\") makes it not satisfactory "
            "too. The evidence is the words and the claims.",
            why="Sensational words promise more than any single study can show. Readers remember the "
            "\"breakthrough\" and not the twelve patients it was tried on, and news stories copy a release's "
            "hype more often than its caveats.",
            bad=(
                "Breakthrough drug could cure gout\n\nA new pill lowered uric acid in 40 adults with gout, "
                "researchers said.",
                "New pill for gout\n\n\"This is a game changer,\" said the lead researcher. \"The results are "
                "remarkable.\"",
            ),
            good=(
                "New pill for gout\n\nA new pill lowered uric acid in 40 adults with gout over 12 weeks. \"It is "
                "not a breakthrough, but it is a useful option,\" said the lead researcher.",
            ),
            better="Describe what was found instead of how exciting it is: \"Uric acid fell below the target "
            "level in 24 of 40 adults.\"",
        ),
        (HNR_PRESS_RELEASES + ": criterion 10, does the news release include unjustifiable, sensational "
         "language, including in quotes?",
         "HealthNewsReview.org, tips for understanding studies: words to watch (breakthrough, cure, game "
         "changer, miracle, revolutionary...)"),
    )

    def assess(self, document) -> Assessment:
        return self.judge(features(document), reported_spans(document, CLAIM_RULES))

    def judge(self, found, claims=()) -> Assessment:
        words = [cue for cue in in_article(found, found.of("sensational"))
                 if asserted(found, cue, SILENT) and not _term(found, cue)]
        in_text = [cue for cue in words if not is_headline(found, cue.sentence)]
        if len(in_text) < len(words) or _count_apart(in_text) >= max(ENOUGH, _article_words(found) / WORDS_PER_FLAG):
            return Assessment(NOT_SATISFACTORY, "The article uses sensational language that a study cannot "
                              "justify.", spans(words))
        if claims:
            # A miracle or a cure claim the claim rules report ("ends jaw pain for good"): language no
            # study justifies, however it is worded.
            return Assessment(NOT_SATISFACTORY, "The article makes claims in sensational terms (a miracle, a "
                              "cure) that no study justifies.", merged_spans(spans(words) + tuple(claims)))
        return Assessment(SATISFACTORY, "The article avoids sensational language.", spans(words))


def _count_apart(cues) -> int:
    """Cues counted once where they overlap: "dramatic" and "dramatic improvement" are one use."""
    count, end = 0, -1
    for cue in sorted(cues, key=lambda cue: (cue.start, -cue.end)):
        if cue.start >= end:
            count += 1
        end = max(end, cue.end)
    return count


def _article_words(found) -> int:
    """The words of the article outside the boiler-plate."""
    skip = boilerplate(found)
    return sum(1 for view in found.analysis.sentences if view.index not in skip
               for token in view.tokens if token[3][:1].isalnum())


def _term(found, cue) -> bool:
    """The word opens a term: the next word or the one after it ("Breakthrough Therapy designation",
    "cure rates") is one of _TERMS."""
    view = found.view(cue)
    tokens = view.tokens
    last = view.token_index(cue.end - 1)
    return any(token[3] in _TERMS for token in tokens[last + 1:last + 3])
