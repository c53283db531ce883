"""The engine: crash isolation, severity by strength, plugins loading through entry points."""

import sys
from importlib.metadata import EntryPoint
from pathlib import Path

from helpers import CLAIM, run
from mslint.engine.runner import ActiveRule, check_document
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.reading import read_document
from mslint.engine.registry import Registry, load_providers
from mslint.rule import Rule

EXAMPLE_PLUGIN = Path(__file__).parents[1] / "examples" / "plugin" / "src"


def meta(code: str, name: str) -> RuleMeta:
    return RuleMeta(code, name, "hype", Severity.WARNING, "sentence", "s", RuleDocs("w", "y", ("b",), ("g",)), ("ref",))


class Exploding(Rule):
    meta = meta("HYP990", "exploding")

    def check(self, document, unit, options):
        raise ZeroDivisionError("division by zero")


class Strong(Rule):
    meta = meta("HYP991", "strong")

    def check(self, document, unit, options):
        yield Hit(unit.start, unit.start + 2, "strong claim", severity=Severity.ERROR)


def test_crashing_rule_is_isolated():
    document = read_document("a.txt", "Hello there. Second sentence.")
    result = check_document(document, [ActiveRule(Exploding(), Severity.WARNING), ActiveRule(Strong(), Severity.WARNING)])
    assert result.internal_error
    assert [(f.code, f.line, f.column) for f in result.findings] == [
        ("HYP991", 1, 1), ("MSL003", 1, 1), ("HYP991", 1, 14)
    ]
    crash = next(f for f in result.findings if f.code == "MSL003")
    assert crash.message == "Rule HYP990 (exploding) crashed: ZeroDivisionError: division by zero"


def test_rule_may_raise_severity_unless_user_overrode_it():
    document = read_document("a.txt", "Hello there.")
    (finding,) = check_document(document, [ActiveRule(Strong(), Severity.WARNING)]).findings
    assert finding.severity == Severity.ERROR
    (finding,) = check_document(document, [ActiveRule(Strong(), Severity.INFO, configured=True)]).findings
    assert finding.severity == Severity.INFO


def test_crash_exits_2_through_the_cli(tmp_path, monkeypatch):
    from mslint.engine import registry

    crashing = Registry()
    crashing.add(Exploding(), "test")
    monkeypatch.setattr(registry, "base_registry", lambda: crashing)
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(CLAIM)
    code, out, err = run("--isolated", "a.txt")
    assert code == 2
    assert "MSL003 [error] Rule HYP990 (exploding) crashed" in out


class _Provider:
    """An entry point stand-in whose load() returns a given provider."""

    def __init__(self, name, provide):
        self.name, self.value, self._provide = name, f"tests:{name}", provide

    def load(self):
        return self._provide


def test_broken_plugin_is_reported_and_others_still_load():
    def broken():
        raise ImportError("no module named 'missing_dependency'")

    registry = load_providers([_Provider("broken", broken), _Provider("ok", lambda: [Strong()])])
    assert [rule.meta.code for rule in registry] == ["HYP991"]
    assert registry.problems == [
        "plugin 'broken' (tests:broken) failed to load: ImportError: no module named 'missing_dependency'"
    ]


def test_list_rules_names_a_plugin_that_failed_to_load_and_exits_2(monkeypatch, tmp_path):
    from mslint.engine import registry

    def broken():
        raise ImportError("no module named 'missing_dependency'")

    broken_registry = load_providers([_Provider("broken", broken), _Provider("ok", lambda: [Strong()])])
    monkeypatch.setattr(registry, "base_registry", lambda: broken_registry)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("--isolated", "--list-rules")
    assert code == 2
    assert "HYP991" in out  # the rules that did load are still listed
    assert err == ("mslint: error: plugin 'broken' (tests:broken) failed to load: ImportError: no module named "
                   "'missing_dependency'\n")


def test_a_selector_for_a_rule_that_failed_to_load_names_the_load_problem(monkeypatch, tmp_path):
    # "--select FCT009" after a broken pack is not a typo: the message says why the rule is missing.
    from mslint.engine import registry

    def broken():
        raise ValueError("bad pack")

    broken_registry = load_providers([_Provider("broken", broken), _Provider("ok", lambda: [Strong()])])
    monkeypatch.setattr(registry, "base_registry", lambda: broken_registry)
    (tmp_path / "a.md").write_text("# A title\n\nSome text.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("--isolated", "--select", "FCT009", "a.md")
    assert code == 2
    assert err == ("mslint: error: command line: 'FCT009' matches no rule code, code prefix, rule name or category "
                   "(see `mslint --list-rules`) (plugin 'broken' (tests:broken) failed to load: ValueError: bad pack)\n")


def test_duplicate_code_is_reported():
    registry = load_providers([_Provider("a", lambda: [Strong()]), _Provider("b", lambda: [Strong()])])
    assert len(registry.rules) == 1
    assert "rule code HYP991 is already taken" in registry.problems[0]


def test_sample_plugin_loads_through_its_entry_point_and_fires(monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLE_PLUGIN))
    entry = EntryPoint(name="example", value="mslint_example_plugin:provide", group="mslint.rules")
    registry = load_providers([entry])
    assert registry.problems == []
    (rule,) = registry
    assert rule.meta.code == "HYP901"
    document = read_document("a.md", "# Stem Cells Work!\n\nSome text.\n")
    (finding,) = check_document(document, [ActiveRule(rule, rule.meta.severity)]).findings
    assert (finding.line, finding.column, finding.excerpt, finding.code) == (1, 18, "!", "HYP901")
    sys.modules.pop("mslint_example_plugin", None)


def test_sample_plugin_declares_the_entry_point():
    import tomllib

    data = tomllib.loads((EXAMPLE_PLUGIN.parent / "pyproject.toml").read_text())
    assert data["project"]["entry-points"]["mslint.rules"] == {"example": "mslint_example_plugin:provide"}


def test_builtin_rules_load_through_the_entry_point_group():
    from importlib.metadata import entry_points

    names = {ep.name: ep.value for ep in entry_points(group="mslint.rules")}
    assert names.get("builtin") == "mslint.rules.builtin:provide"


def test_a_new_rule_never_inherits_a_freed_rules_trigger_index():
    """The trigger index is cached per set of rules. Keyed by id(), a rule freed and another
    built at its address would be woken by the old rule's triggers and miss its findings."""
    from mslint.engine.triggers import TriggerIndex, index_for
    from mslint.rules.evidence import TestimonialAsEvidence, UnquantifiedBenefit

    for _ in range(200):
        index_for([UnquantifiedBenefit()])  # built, indexed and freed at once
        rule = TestimonialAsEvidence()
        own = TriggerIndex([rule])
        found = index_for([rule])
        assert (found.words, found.classes, found.indexed) == (own.words, own.classes, own.indexed)


def test_lint_text_never_looks_clean_when_rules_failed_to_load():
    from mslint.api import lint_text
    from mslint.engine.registry import base_registry

    problems = base_registry().problems
    problems.append("plugin 'broken' (broken:provide) failed to load: ValueError: bad pack")
    try:
        found = lint_text("There is no cure for MS.\n", "a.md")
    finally:
        problems.pop()
    assert [(f.code, f.severity.label, f.line, f.message) for f in found] == [
        ("MSL006", "error", 1, "Rules not loaded: plugin 'broken' (broken:provide) failed to load: ValueError: bad pack")]
    assert lint_text("There is no cure for MS.\n", "a.md") == []
