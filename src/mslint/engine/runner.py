"""Runs the selected rules over their scopes and turns their hits into findings.

Only this module builds Findings: it maps text offsets to raw line:column, stamps the rule's
code, name, category and effective severity, drops hits in contexts the rule is silenced by,
isolates crashing rules, and applies inline suppressions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from mslint.engine import limits, prefilter
from mslint.engine.diagnostics import MALFORMED_SUPPRESSION, RULE_CRASHED, RULE_TIMED_OUT, UNUSED_SUPPRESSION
from mslint.reading.document import Document
from mslint.model import FileResult, Finding, Hit, RuleMeta, Severity
from mslint.rule import Rule, Unit
from mslint.engine.suppress import Malformed, apply_suppressions
from mslint.engine.triggers import index_for
from mslint.analysis.article import analyse
from mslint.analysis.stance import QUOTED
from mslint.config import DEFAULT_RULE_TIMEOUT
from mslint.interrupts import is_stop


@dataclass(frozen=True)
class ActiveRule:
    """A rule as configured for one file: its effective severity and options."""

    rule: Rule
    severity: Severity
    options: Mapping[str, object] = field(default_factory=dict)
    # The user set this rule's severity: a hit's own severity (an escalated claim) does not apply.
    configured: bool = False


def units_for(document: Document, scope: str) -> list[Unit]:
    """The units of one scope; built once per document and shared by every rule of that scope."""
    key = ("units", scope)
    units = document.memo.get(key)
    if units is None:
        units = document.memo[key] = list(_make_units(document, scope))
    return units


def units_to_check(document: Document, active: ActiveRule, scope: str,
                   triggered: list[int] | None = None) -> list[Unit]:
    """The units of a scope that can hold the rule's hits: those holding its triggers (the
    indexes of the triggered sentences are given), else by its literal requirements
    (mslint.engine.prefilter); all units when it has neither."""
    units = units_for(document, scope)
    if triggered is not None:
        return _triggered_units(document, scope, units, triggered)
    requirements = active.rule.requirements(active.options)
    if requirements and units:
        units = [units[index] for index in prefilter.unit_indices(document, scope, units, requirements)]
    if scope == "sentence" and units:
        # Page furniture is not prose, for these rules as for the indexed ones (TriggerIndex).
        views = analyse(document).sentences
        units = [unit for index, unit in _sentence_indexes(document, units) if not views[index].is_furniture]
    return units


def _sentence_indexes(document: Document, units: list[Unit]):
    starts = document.memo.get("sentence-by-start")
    if starts is None:  # once per document, not once per rule
        starts = document.memo["sentence-by-start"] = {s.start: i for i, s in enumerate(document.sentences)}
    return [(starts[unit.start], unit) for unit in units]


def _triggered_units(document: Document, scope: str, units: list[Unit], sentences: list[int]) -> list[Unit]:
    if not sentences:
        return []
    if scope == "sentence":
        return [units[index] for index in sentences]
    if scope == "document":
        return units
    blocks = {document.sentences[index].block for index in sentences}
    return [unit for unit in units if unit.block in blocks]


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


def judged_severity(document: Document, hit: Hit, meta: RuleMeta, severity: Severity) -> Severity | None:
    """The hit's severity after its stance: None when a context silences the rule, one step lower
    when a context softens it (a claim reported without challenge)."""
    if hit.raw or not (meta.silenced_by or meta.softened_by):
        return severity
    stance = hit.stance
    if stance is None:
        from mslint.analysis.article import analyse

        view = analyse(document).sentence_at(hit.start)
        if view is None or not view.tokens:
            return severity
        stance = view.stance_of_span(hit.start, max(hit.start + 1, min(hit.end, view.end)))
    if stance.silenced_by(meta.silenced_by):
        return None
    contexts = stance.contexts | {QUOTED} if stance.quoted else stance.contexts
    if QUOTED in meta.softened_by and stance.quoted and not _sells(document):
        # The speaker's very words: one step lower, down to information. Not on a page that sells:
        # the testimonials and the clinic's own doctor there are quotes the seller chose to print.
        return Severity.WARNING if severity == Severity.ERROR else Severity.INFO
    if contexts & meta.softened_by:
        # An error reported without challenge is a warning: still the article's claim, still shown.
        return Severity.WARNING if severity == Severity.ERROR else severity
    return severity


def _sells(document: Document) -> bool:
    from mslint.rules.kinds.article_conditions import holds

    return holds(document, "sells")


def make_finding(document: Document, meta: RuleMeta, severity: Severity, start: int, end: int,
                 message: str, suggestion: str | None = None, fix: str | None = None) -> Finding:
    """A finding for text offsets [start, end) of the document."""
    raw_start, raw_end = document.raw_span(start, end)
    if fix is not None and document.source[raw_start:raw_end] != document.text[start:end]:
        fix = None  # markup, an entity or a line break inside: rewriting the raw span could break it
    return finding_at_raw(document, meta, severity, raw_start, raw_end, message, suggestion, fix)


def finding_at_raw(document: Document, meta: RuleMeta, severity: Severity, raw_start: int, raw_end: int,
                   message: str, suggestion: str | None = None, fix: str | None = None) -> Finding:
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
        fix=fix,
    )


def _run_rule(document: Document, active: ActiveRule, triggered: list[int] | None) -> list[Finding]:
    meta = active.rule.meta
    findings = []
    length = len(document.text)
    if triggered is not None and not triggered:
        return findings
    if not active.rule.applies_to(document):
        return findings
    for unit in units_to_check(document, active, meta.scope, triggered):
        for hit in active.rule.check(document, unit, active.options):
            _check_hit(hit)
            limit = len(document.source) if hit.raw else length
            if not (0 <= hit.start <= hit.end <= limit):
                raise ValueError(f"hit span {hit.start}..{hit.end} is outside the document (0..{limit})")
            # A rule may raise a hit's severity (a definite claim) but config overrides win,
            # so the rule's own choice only applies when the user kept the default.
            severity = hit.severity if hit.severity is not None and not active.configured else active.severity
            severity = judged_severity(document, hit, meta, severity)
            if severity is None:
                continue
            build = finding_at_raw if hit.raw else make_finding
            findings.append(build(document, meta, severity, hit.start, hit.end, hit.message, hit.suggestion, hit.fix))
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


def _run_isolated(document: Document, active: ActiveRule, triggered: list[int] | None, budgets: limits.RuleBudgets):
    """The rule's findings, or the finding that says why there are none: it crashed (any
    exception, SystemExit from a plugin included) or ran out of time."""
    meta = active.rule.meta
    seconds = budgets.seconds
    try:
        return budgets.run(_run_rule, document, active, triggered), None
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


def _without_yielded(findings: list[Finding], yields: dict[str, frozenset[str]]) -> list[Finding]:
    """Leaves out a finding whose rule yields to another rule that found something on an
    overlapping span (RuleMeta.yields_to): one finding on the same words, the specific one."""
    if not yields:
        return findings
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)

    # A finding that itself yielded takes nothing away, but what it yielded to does: when EVD003 gives
    # way to EVD017 on a sentence, the EVD016 that would have given way to EVD003 there still stands
    # unless EVD017 covers it too (yielding is followed through the rules each rule yields to).
    reach: dict[str, frozenset[str]] = {}

    def yielded_to(code: str) -> frozenset[str]:
        if code not in reach:
            reach[code] = frozenset()  # a cycle stops here
            found = set(yields.get(code, ()))
            for target in list(found):
                found |= yielded_to(target)
            reach[code] = frozenset(found)
        return reach[code]

    kept_by_id: dict[int, bool] = {}

    def kept(finding: Finding) -> bool:
        known = kept_by_id.get(id(finding))
        if known is None:
            kept_by_id[id(finding)] = True  # a cycle of rules yielding to each other keeps the finding
            known = kept_by_id[id(finding)] = finding.code not in yields or not covered(finding)
        return known

    def covered(finding: Finding) -> bool:
        start, end = (finding.line, finding.column), (finding.end_line, finding.end_column)
        return any((other.line, other.column) < end and start < (other.end_line, other.end_column)
                   and _mostly_within(finding, other) and kept(other)
                   for code in yielded_to(finding.code) for other in by_code.get(code, ()))

    return [finding for finding in findings if kept(finding)]


def _mostly_within(finding: Finding, other: Finding) -> bool:
    """Whether `other` holds at least half of `finding`'s words: a specific finding on a few words of a
    long one ("before-and-after gallery" inside "... gallery speaks for itself, and 98% of clients have
    rated us") is not the same finding, and the long one keeps what the short one leaves out. Measured
    on one line; a finding over several lines is taken as held by any overlap, as it always was."""
    if finding.line != finding.end_line or other.line != other.end_line or finding.line != other.line:
        return True
    length = finding.end_column - finding.column
    shared = min(finding.end_column, other.end_column) - max(finding.column, other.column)
    return 2 * shared >= length


def check_document(document: Document, rules: list[ActiveRule], report_unused: bool = True,
                   known: Callable[[str], bool] | None = None, report_malformed: bool = True,
                   rule_timeout: float | None = DEFAULT_RULE_TIMEOUT) -> FileResult:
    """Runs the rules and applies inline suppressions. `known` tells whether a word in a
    suppression comment names a rule (without it every word is taken as one); `rule_timeout`:
    seconds each rule may run on this document (None: no limit)."""
    result = FileResult(document.path)
    findings: list[Finding] = []
    index = index_for([active.rule for active in rules])
    woken = index.sentences_by_rule(analyse(document)) if index.indexed else {}
    with limits.RuleBudgets(rule_timeout) as budgets:
        for position, active in enumerate(rules):
            triggered = woken.get(position, []) if position in index.indexed else None
            if triggered is not None and not triggered:
                continue  # nothing in the document can wake the rule
            found, failure = _run_isolated(document, active, triggered, budgets)
            findings.extend(found)
            if failure is not None:  # isolate the rule: report it, keep the others running
                result.internal_error = True
                findings.append(failure)
    malformed: list[Malformed] = []
    findings, unused = apply_suppressions(findings, document, known, malformed)
    # After the suppressions: a rule yields only to a finding the reader will see.
    findings = _without_yielded(findings, {active.rule.meta.code: active.rule.meta.yields_to for active in rules
                                           if active.rule.meta.yields_to})
    if report_malformed:
        for problem in malformed:
            findings.append(finding_at_raw(document, MALFORMED_SUPPRESSION, Severity.WARNING, problem.raw_start,
                                           problem.raw_end, f"Suppression comment not understood: {problem.problem}"))
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
