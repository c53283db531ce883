"""Handmade rules for the scorecard and report tests: three criterion rules and two ordinary ones.

They stand in for the real criterion rules so that these tests say exactly what the output must
be for known verdicts and evidence, whatever the built-in rules decide. `use_rules` makes them
the whole registry for a test (the scorecard is built from every registered rule).
"""

from __future__ import annotations

import re

from mslint.engine import registry
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Assessment, CriterionRule, Rule


def meta(code: str, name: str, severity: Severity, summary: str) -> RuleMeta:
    docs = RuleDocs(f"What {code} checks.", f"Why {code} matters.", (f"{code} bad example",), (f"{code} good example",))
    return RuleMeta(code, name, "evidence", severity, "document", summary, docs, (f"{code} reference",))


class KeywordCriterion(CriterionRule):
    """Applies when `applies` occurs; satisfied where `satisfied` occurs (its matches are the
    evidence); otherwise not satisfied, with the `applies` matches as evidence."""

    def __init__(self, code, criterion, applies, satisfied, why_yes, why_no, why_na):
        self.meta = meta(code, f"test-{criterion}", Severity.WARNING, f"test criterion {criterion}")
        self.criterion = criterion
        self.applies, self.satisfied = re.compile(applies), re.compile(satisfied)
        self.why = {"satisfactory": why_yes, "not-satisfactory": why_no, "not-applicable": why_na}

    def assess(self, document):
        text = document.text
        if not self.applies.search(text):
            return Assessment("not-applicable", self.why["not-applicable"])
        found = tuple(m.span() for m in self.satisfied.finditer(text))
        if found:
            return Assessment("satisfactory", self.why["satisfactory"], found)
        return Assessment("not-satisfactory", self.why["not-satisfactory"],
                          tuple(m.span() for m in self.applies.finditer(text)))


class Word(Rule):
    """An ordinary rule: every match of a pattern is a finding."""

    def __init__(self, code, name, severity, pattern, message, suggestion=None):
        self.meta = meta(code, name, severity, message)
        self.pattern, self.message, self.suggestion = re.compile(pattern), message, suggestion

    def check(self, document, unit, options):
        for match in self.pattern.finditer(document.text, unit.start, unit.end):
            yield Hit(match.start(), match.end(), self.message, self.suggestion)


INTERVENTION = r"\b(pill|therapy)\b"


def rules():
    return [
        # Listed out of the criteria's order: the scorecard must still follow CRITERIA.
        KeywordCriterion("TST109", "novelty", r"\bnew\b", r"first approved in \d{4}",
                         "It says when the treatment was first approved.", "It calls the treatment new without saying since when.",
                         "Nothing is presented as new."),
        KeywordCriterion("TST101", "costs", INTERVENTION, r"\$\d+", "It gives the price.",
                         "It discusses a treatment but not its price.", "No treatment is discussed."),
        KeywordCriterion("TST103", "harms", INTERVENTION, r"(?i)side effects?[^.]*\d+ of \d+",
                         "It counts the side effects.", "It names no harm of the treatment, with numbers.",
                         "No treatment is discussed."),
        Word("TST900", "test-miracle", Severity.WARNING, r"miracle(?: cure)?", "Sensational word",
             suggestion="remarkable"),
        Word("TST901", "test-cures", Severity.ERROR, r"cures \w+", "Cure claim"),
    ]


def use_rules(monkeypatch, chosen=None):
    """Make `chosen` (default: rules()) the whole rule registry for this test."""
    table = registry.Registry()
    for rule in rules() if chosen is None else chosen:
        table.add(rule, "test")
    monkeypatch.setattr(registry, "base_registry", lambda: table)
    return table
