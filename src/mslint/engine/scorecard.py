"""The credibility scorecard: every criterion rule's verdict on one article, with positioned evidence.

The scorecard answers all ten criteria whatever the rule selection, because it is a different
question from "which findings should fail this build": a writer who silences a criterion's
finding still wants to see how the article scores.
"""

from __future__ import annotations

from collections.abc import Iterable

from mslint.model import CRITERIA, Evidence, Scorecard, Verdict
from mslint.reading.document import Document
from mslint.rule import CriterionRule, Rule


def criterion_rules(rules: Iterable[Rule]) -> list[CriterionRule]:
    """The criterion rules among `rules`, in the published order of the criteria."""
    found = [rule for rule in rules if isinstance(rule, CriterionRule)]
    return sorted(found, key=lambda rule: CRITERIA.index(rule.criterion))


def build_scorecard(document: Document, rules: Iterable[Rule]) -> Scorecard:
    card = Scorecard(document.path)
    for rule in criterion_rules(rules):
        assessment = rule.assess(document)
        evidence = tuple(_evidence(document, start, end) for start, end in assessment.evidence)
        card.verdicts[rule.criterion] = Verdict(rule.criterion, assessment.verdict, rule.meta.code,
                                                assessment.why, evidence)
    return card


def _evidence(document: Document, start: int, end: int) -> Evidence:
    raw_start, raw_end = document.raw_span(start, end)
    line, column = document.line_index.position(raw_start)
    end_line, end_column = document.line_index.position(raw_end)
    return Evidence(line, column, end_line, end_column, document.source[raw_start:raw_end])
