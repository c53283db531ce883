"""Runs the selected rules over their scopes and turns their hits into findings.

Only this module builds Findings: it maps text offsets to raw line:column, stamps the rule's
code, name, category and effective severity, drops hits in contexts the rule is silenced by,
isolates crashing rules, and applies inline suppressions.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from mslint.engine import limits, prefilter
from mslint.engine.diagnostics import RULE_CRASHED, RULE_TIMED_OUT, UNUSED_SUPPRESSION
from mslint.reading.document import Document, Sentence
from mslint.model import FileResult, Finding, Hit, RuleMeta, Severity
from mslint.rule import Rule, Unit
from mslint.engine.suppress import apply_suppressions
from mslint.config import DEFAULT_RULE_TIMEOUT
from mslint.interrupts import is_stop


@dataclass(frozen=True)
class ActiveRule:
    """A rule as configured for one file: its effective severity and options."""

    rule: Rule
    severity: Severity
    options: Mapping[str, object] = field(default_factory=dict)


def units_for(document: Document, scope: str) -> list[Unit]:
    """The units of one scope; built once per document and shared by every rule of that scope."""
    key = ("units", scope)
    units = document.memo.get(key)
    if units is None:
        units = document.memo[key] = list(_make_units(document, scope))
    return units


def units_to_check(document: Document, active: ActiveRule, scope: str) -> list[Unit]:
    """The units of a scope that can hold the rule's hits, by its literal requirements
    (mslint.prefilter); all units when it has none."""
    units = units_for(document, scope)
    requirements = active.rule.requirements(active.options)
    if not requirements or not units:
        return units
    return [units[index] for index in prefilter.unit_indices(document, scope, units, requirements)]


def _make_units(document: Document, scope: str) -> Iterable[Unit]:
    if scope == "document":
        yield Unit(0, len(document.text), "document")
    elif scope == "sentence":
        for sentence in document.sentences:
            yield Unit(sentence.start, sentence.end, "sentence", sentence.block)
    else:
        want_heading = scope == "heading"
        for index, block in enumerate(document.blocks):
            if block.is_heading == want_heading:
                yield Unit(block.start, block.end, block.kind, index)


class _SentenceLookup:
    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def containing(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.sentences[index].end > offset:
            return self.sentences[index]
        return None


def _silenced(document: Document, lookup: _SentenceLookup, hit: Hit, meta: RuleMeta) -> bool:
    sentence = lookup.containing(hit.start)
    if sentence is None:
        return False
    from mslint.analysis.context import contexts_of

    text = document.text[sentence.start : sentence.end]
    end = min(hit.end, sentence.end)
    return bool(contexts_of(text, hit.start - sentence.start, end - sentence.start) & meta.silenced_by)


def make_finding(document: Document, meta: RuleMeta, severity: Severity, start: int, end: int,
                 message: str, suggestion: str | None = None) -> Finding:
    """A finding for text offsets [start, end) of the document."""
    return finding_at_raw(document, meta, severity, *document.raw_span(start, end), message, suggestion)


def finding_at_raw(document: Document, meta: RuleMeta, severity: Severity, raw_start: int, raw_end: int,
                   message: str, suggestion: str | None = None) -> Finding:
    """A finding for raw source offsets (directives live in the raw source, not in the text)."""
    line, column = document.line_index.position(raw_start)
    end_line, end_column = document.line_index.position(raw_end)
    return Finding(
        path=document.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        code=meta.code,
        name=meta.name,
        category=meta.category,
        severity=severity,
        message=message,
        excerpt=document.source[raw_start:raw_end],
        suggestion=suggestion,
        references=meta.references,
    )


def _run_rule(document: Document, active: ActiveRule, lookup: _SentenceLookup) -> list[Finding]:
    meta = active.rule.meta
    findings = []
    length = len(document.text)
    if not active.rule.applies_to(document):
        return findings
    for unit in units_to_check(document, active, meta.scope):
        for hit in active.rule.check(document, unit, active.options):
            _check_hit(hit)
            limit = len(document.source) if hit.raw else length
            if not (0 <= hit.start <= hit.end <= limit):
                raise ValueError(f"hit span {hit.start}..{hit.end} is outside the document (0..{limit})")
            if not hit.raw and meta.silenced_by and _silenced(document, lookup, hit, meta):
                continue
            # A rule may raise a hit's severity (a definite claim) but config overrides win,
            # so the rule's own choice only applies when the user kept the default.
            severity = hit.severity if hit.severity is not None and active.severity == meta.severity else active.severity
            build = finding_at_raw if hit.raw else make_finding
            findings.append(build(document, meta, severity, hit.start, hit.end, hit.message, hit.suggestion))
    return findings


def _check_hit(hit) -> None:
    """A plugin's hit of the wrong shape would crash sorting or output far from its cause."""
    if not isinstance(hit, Hit):
        raise TypeError(f"check() yielded {type(hit).__name__}, not a Hit")
    for name in ("start", "end"):
        value = getattr(hit, name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"Hit.{name} is {type(value).__name__}, not int")
    if not isinstance(hit.message, str) or not isinstance(hit.suggestion, (str, type(None))):
        raise TypeError("Hit.message must be a str and Hit.suggestion a str or None")
    if not isinstance(hit.severity, (Severity, type(None))) or not isinstance(hit.raw, bool):
        raise TypeError("Hit.severity must be a Severity or None and Hit.raw a bool")


def _run_isolated(document: Document, active: ActiveRule, lookup: _SentenceLookup, seconds: float | None):
    """The rule's findings, or the finding that says why there are none: it crashed (any
    exception, SystemExit from a plugin included) or ran out of time."""
    meta = active.rule.meta
    try:
        with limits.time_limit(seconds):
            return _run_rule(document, active, lookup), None
    except limits.Overrun:
        message = (f"Rule {meta.code} ({meta.name}) took longer than {seconds:g} s on this file and was stopped "
                   "(rule-timeout); its findings are missing")
        return [], make_finding(document, RULE_TIMED_OUT, Severity.ERROR, 0, 0, message)
    except BaseException as error:  # noqa: BLE001 - a plugin may raise anything, SystemExit included
        if is_stop(error):
            raise
        text = " ".join(str(error).split())
        message = f"Rule {meta.code} ({meta.name}) crashed: {type(error).__name__}: {text}"
        return [], make_finding(document, RULE_CRASHED, Severity.ERROR, 0, 0, message)


def check_document(document: Document, rules: list[ActiveRule], report_unused: bool = True,
                   rule_timeout: float | None = DEFAULT_RULE_TIMEOUT) -> FileResult:
    """`rule_timeout`: seconds each rule may run on this document (None: no limit)."""
    result = FileResult(document.path)
    lookup = _SentenceLookup(document.sentences)
    findings: list[Finding] = []
    for active in rules:
        found, failure = _run_isolated(document, active, lookup, rule_timeout)
        findings.extend(found)
        if failure is not None:  # isolate the rule: report it, keep the others running
            result.internal_error = True
            findings.append(failure)
    findings, unused = apply_suppressions(findings, document)
    if report_unused:
        for directive in unused:
            codes = ", ".join(directive.codes) or "all rules"
            message = f"Unused suppression (mslint-{directive.verb} {codes}): nothing to suppress here"
            findings.append(finding_at_raw(document, UNUSED_SUPPRESSION, Severity.INFO,
                                           directive.raw_start, directive.raw_end, message))
    result.findings = sorted(set(findings), key=Finding.sort_key)
    for finding in result.findings:
        result.lines[finding.line] = document.line_index.line_text(document.source, finding.line)
    return result
