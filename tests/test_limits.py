"""Bounded work and isolated plugins: a rule, a plugin or a pattern can neither hang a run nor end
it, and quadratic inputs finish quickly (issue 15)."""

from __future__ import annotations

import re
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers import CLAIM, local_pack, run
from mslint.api import lint_text
from mslint.engine import limits, registry
from mslint.engine.registry import Registry, load_providers
from mslint.engine.runner import ActiveRule, check_document
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.reading import read_document
from mslint.rule import Rule


def meta(code: str, name: str) -> RuleMeta:
    return RuleMeta(code, name, "hype", Severity.WARNING, "sentence", "s", RuleDocs("w", "y", ("b",), ("g",)), ("ref",))


class Endless(Rule):
    meta = meta("HYP960", "endless")

    def check(self, document, unit, options):
        while True:
            pass


class Stubborn(Rule):
    """Swallows every Exception, as careless plugins do; the time limit must still stop it."""

    meta = meta("HYP961", "stubborn")

    def check(self, document, unit, options):
        while True:
            try:
                time.sleep(0.01)
            except Exception:  # noqa: BLE001
                pass


class Backtracking(Rule):
    """A built-in style rule with a standard-library pattern that backtracks exponentially."""

    meta = meta("HYP962", "backtracking")
    PATTERN = re.compile(r"(a+)+b")

    def check(self, document, unit, options):
        if self.PATTERN.search("a" * 40):
            yield Hit(unit.start, unit.end, "never")


class Fine(Rule):
    meta = meta("HYP963", "fine")

    def check(self, document, unit, options):
        yield Hit(unit.start, unit.start + 1, "fine")


def raising(code: str, error: BaseException) -> Rule:
    class Raising(Rule):
        def check(self, document, unit, options):
            raise error

    rule = Raising()
    rule.meta = meta(code, f"raising-{code.lower()}")
    return rule


def yielding(code: str, hit) -> Rule:
    class Yielding(Rule):
        def check(self, document, unit, options):
            yield hit

    rule = Yielding()
    rule.meta = meta(code, f"yielding-{code.lower()}")
    return rule


def lint(*rules: Rule, timeout: float | None = 0.3):
    document = read_document("a.txt", "Hello there.")
    return check_document(document, [ActiveRule(rule, Severity.WARNING) for rule in rules], rule_timeout=timeout)


@pytest.mark.parametrize("rule", [Endless(), Stubborn(), Backtracking()], ids=["loop", "swallows", "re-backtracking"])
def test_a_rule_over_its_time_is_stopped_and_the_others_still_run(rule):
    started = time.monotonic()
    result = lint(rule, Fine())
    assert time.monotonic() - started < 3
    assert result.internal_error
    assert [(f.code, f.message) for f in result.findings] == [
        ("HYP963", "fine"),
        ("MSL005", f"Rule {rule.meta.code} ({rule.meta.name}) took longer than 0.3 s on this file and was stopped "
                   "(rule-timeout); its findings are missing"),
    ]


def test_the_time_limit_puts_a_callers_alarm_back():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *args: fired.append(1))
    signal.setitimer(signal.ITIMER_REAL, 0.6)
    try:
        lint(Fine(), timeout=0.2)
        assert signal.getsignal(signal.SIGALRM) is not None and 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.6
        time.sleep(0.8)
        assert fired == [1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_each_rule_has_its_own_budget_under_one_document_timer():
    # Rules that each take most of the budget are not stopped: the budget is per rule, not shared.
    def most_of_the_budget():
        time.sleep(0.2)
        return "done"

    def endless():
        while True:
            pass

    with limits.RuleBudgets(0.3) as budgets:
        assert [budgets.run(most_of_the_budget) for _ in range(3)] == ["done"] * 3
        started = time.monotonic()
        with pytest.raises(limits.Overrun):
            budgets.run(endless)
        assert time.monotonic() - started < 0.3 * 1.25 + 0.2  # stopped within a quarter budget of its end
        assert budgets.run(most_of_the_budget) == "done"  # the next rule runs normally
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # the timer is gone with the document
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


def test_document_budgets_leave_a_callers_running_timer_alone():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *args: fired.append(1))
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        with limits.RuleBudgets(0.2) as budgets:
            with pytest.raises(limits.Overrun):  # falls back to a timer per block, nested in the caller's
                budgets.run(lambda: time.sleep(1))
        time.sleep(0.5)
        assert fired == [1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("error", [SystemExit(3), KeyboardInterrupt(), GeneratorExit(), RecursionError("deep"),
                                   ValueError("line one\nline two")])
def test_any_exception_from_a_rule_is_a_crash_never_the_end_of_the_run(error):
    from mslint.interrupts import stop_on_signals

    with stop_on_signals():  # as in the command line: Ctrl-C is a signal, not a rule's exception
        result = lint(raising("HYP964", error), Fine())
    fine, crash = result.findings
    assert crash.code == "MSL003" and fine.code == "HYP963"
    assert crash.message.startswith(f"Rule HYP964 (raising-hyp964) crashed: {type(error).__name__}")
    assert "\n" not in crash.message


def test_ctrl_c_in_a_library_callers_session_still_stops():
    """Outside the command line, KeyboardInterrupt is how Python reports Ctrl-C. (A generous time
    limit: on a loaded machine the first analysis of the document can outlast 0.3 s, and the rule
    must be stopped by its own interrupt, not by the clock. Python's own Ctrl-C handler is put in
    place, as in such a session: a test runner's worker or an earlier test may have replaced it.)"""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            lint(raising("HYP964", KeyboardInterrupt()), timeout=5.0)
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("hit,problem", [
    (("a", 1), "check() yielded tuple, not a Hit"),
    (Hit("0", 1, "m"), "Hit.start is str, not int"),
    (Hit(0, True, "m"), "Hit.end is bool, not int"),
    (Hit(0, 1, 42), "Hit.message must be a str and Hit.suggestion a str or None"),
    (Hit(0, 1, "m", suggestion=["x"]), "Hit.message must be a str and Hit.suggestion a str or None"),
    (Hit(0, 1, "m", severity="error"), "Hit.severity must be a Severity or None and Hit.raw a bool"),
])
def test_a_hit_of_the_wrong_types_is_a_crash_of_that_rule(hit, problem):
    result = lint(yielding("HYP965", hit), Fine())
    assert [f.message for f in result.findings] == ["fine",
                                                     f"Rule HYP965 (yielding-hyp965) crashed: TypeError: {problem}"]


class _Provider:
    def __init__(self, name, provide):
        self.name, self.value, self._provide = name, f"tests:{name}", provide

    def load(self):
        return self._provide


@pytest.mark.parametrize("error", [SystemExit(0), SystemExit(1), KeyboardInterrupt()])
def test_a_plugin_that_exits_while_loading_is_a_load_error(error):
    from mslint.interrupts import stop_on_signals

    def provide():
        raise error

    with stop_on_signals():
        loaded = load_providers([_Provider("quitter", provide), _Provider("ok", lambda: [Fine()])])
    assert [rule.meta.code for rule in loaded] == ["HYP963"]
    assert loaded.problems == [f"plugin 'quitter' (tests:quitter) failed to load: {type(error).__name__}: {error}"]


def test_a_plugin_rule_with_metadata_of_the_wrong_types_is_a_load_error():
    bad = Fine()
    bad.meta = RuleMeta("HYP966", "bad", "hype", "warning", "sentence", "s", RuleDocs("w", "y"), ("r",))
    loaded = load_providers([_Provider("bad", lambda: [bad])])
    assert loaded.problems == ["plugin 'bad' (tests:bad): rule 'HYP966' cannot be used: its severity must be a "
                               "Severity and its scope one of: document, heading, paragraph, sentence"]


# -- through the command line -----------------------------------------------------------------


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(CLAIM)
    return tmp_path


def with_rules(monkeypatch, *rules):
    extended = Registry(dict(registry.base_registry().rules))
    for rule in rules:
        extended.add(rule, "test")
    monkeypatch.setattr(registry, "base_registry", lambda: extended)


def test_a_plugin_calling_sys_exit_in_a_rule_cannot_end_the_run(in_tmp, monkeypatch):
    with_rules(monkeypatch, raising("HYP967", SystemExit(0)))
    code, out, err = run("--no-cache", "a.txt")
    assert code == 2 and err == ""
    assert out.splitlines() == [
        "a.txt:1:1: MSL003 [error] Rule HYP967 (raising-hyp967) crashed: SystemExit: 0",
        'a.txt:1:23: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)',
    ]


def test_an_endless_plugin_rule_times_out_through_the_cli(in_tmp, monkeypatch):
    with_rules(monkeypatch, Endless())
    Path(".mslint.toml").write_text("rule-timeout = 0.2\n")
    started = time.monotonic()
    code, out, err = run("--no-cache", "a.txt")
    assert time.monotonic() - started < 5
    assert (code, err) == (2, "")
    assert out.splitlines()[0] == ("a.txt:1:1: MSL005 [error] Rule HYP960 (endless) took longer than 0.2 s on this "
                                   "file and was stopped (rule-timeout); its findings are missing")
    assert "CLM001" in out


def test_a_plugin_rule_crashing_in_a_worker_process_is_reported_too(in_tmp, monkeypatch):
    for index in range(4):
        Path(f"f{index}.txt").write_text(CLAIM)
    with_rules(monkeypatch, raising("HYP968", SystemExit(3)))
    code, out, _ = run("--no-cache", "--jobs", "2", ".")
    assert code == 2
    assert out.count("MSL003 [error] Rule HYP968 (raising-hyp968) crashed: SystemExit: 3") == 5


def test_a_worker_process_that_dies_is_one_line_and_exit_2(in_tmp, monkeypatch):
    import os

    class Dies(Rule):
        meta = meta("HYP969", "dies")

        def check(self, document, unit, options):
            os._exit(7)

    for index in range(4):
        Path(f"f{index}.txt").write_text(CLAIM)
    with_rules(monkeypatch, Dies())
    code, out, err = run("--no-cache", "--jobs", "2", ".")
    assert (code, out) == (2, "")
    assert err == ("mslint: error: a worker process died while linting (a plugin that calls os._exit, or a crash of "
                   "Python itself); run with --jobs 1 to find the file\n")


# -- rule packs: patterns that backtrack --------------------------------------------------------

@pytest.mark.parametrize("pattern,problem", [
    (r"(a+)+b", "a repeated group holds a repetition that can also match what follows it (e.g. (a+)+ or (\\w+\\s?)+)"),
    (r"(\w+\s?)+$", "a repeated group holds a repetition that can also match what follows it (e.g. (a+)+ or "
                    "(\\w+\\s?)+)"),
    (r"(a|a)+b", "a repeated group offers alternatives that match the same text (e.g. (a|a)+)"),
    # Caught by timing: which probe first takes too long, and so its length and what it is made of,
    # depends on the machine.
    (r"(a|aa)+b", "searching # characters like '@'... took over 0.05 s"),
])
def test_a_repository_pack_with_a_backtracking_pattern_is_refused_when_it_loads(in_tmp, pattern, problem):
    Path(".git").mkdir()
    Path("packs").mkdir()
    Path("packs/p.toml").write_text(local_pack("cures", pattern))
    Path(".mslint.toml").write_text('rule-paths = ["packs"]\n')
    code, out, err = run("--no-cache", "a.txt")
    assert (code, out) == (2, "")
    expected = (f"mslint: error: {in_tmp}/packs/p.toml: rule HYP950: key 'patterns[1]': pattern may backtrack "
                f"catastrophically: {problem}\n")
    assert re.fullmatch(re.escape(expected).replace(r"\#", "[0-9]+").replace("@", "a+"), err), err


def test_a_slow_pack_pattern_that_passes_the_checks_is_still_stopped(in_tmp, monkeypatch):
    """The load-time checks are a first line; every pack pattern runs with a time limit."""
    from mslint import pattern_safety

    monkeypatch.setattr(pattern_safety, "problem", lambda pattern, flags=0: None)
    Path(".git").mkdir()
    Path("packs").mkdir()
    Path("packs/p.toml").write_text(local_pack("(a|aa)+b"))
    Path(".mslint.toml").write_text('rule-paths = ["packs"]\nrule-timeout = 0.3\n')
    Path("a.txt").write_text("a" * 60 + "\n")
    started = time.monotonic()
    code, out, _ = run("--no-cache", "--select", "HYP950", "a.txt")
    assert time.monotonic() - started < 5
    assert (code, out) == (2, "a.txt:1:1: MSL005 [error] Rule HYP950 (local-word) took longer than 0.3 s on this "
                              "file and was stopped (rule-timeout); its findings are missing\n")


def test_pack_patterns_are_bounded_outside_the_main_thread_too():
    """No SIGALRM in a library caller's thread: the `regex` timeout still stops each call."""
    from mslint import patterns

    slow = patterns.compile_checked(r"(a|aa)+b", bounded=True)  # as a repository pack's patterns are
    outcome = []

    def work():
        try:
            with limits.time_limit(0.3):
                slow.search("a" * 60)
        except limits.Overrun:
            outcome.append("stopped")

    started = time.monotonic()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(10)
    assert outcome == ["stopped"] and time.monotonic() - started < 3


def test_every_builtin_pack_pattern_passes_the_backtracking_checks():
    import tomllib

    from mslint.pattern_safety import problem

    root = Path(__file__).resolve().parents[1] / "rules"
    checked = 0
    for path in sorted(root.rglob("*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8"))["rule"]:
            flags = re.IGNORECASE if rule.get("ignore-case", True) else 0
            texts = [*rule.get("patterns", []), *rule.get("unless", []), *rule.get("if", []), *rule.get("then", []),
                     *(text for group in rule.get("all", []) for text in group), *rule.get("swap", {})]
            for text in texts:
                assert problem(text, flags) is None, (path.name, rule["code"], text)
                checked += 1
    assert checked > 100  # most packs are in the concept language now; these are the regex escape hatches


def test_no_builtin_pattern_nests_repetitions_that_can_match_the_same_text():
    from mslint import patterns
    from mslint.pattern_safety import _static_problem

    registry.base_registry()
    import mslint.reading.html, mslint.reading.markdown, mslint.reading.segment, mslint.reading.text  # noqa: F401, E401

    for lazy in list(patterns._created):
        assert _static_problem(lazy.pattern, lazy.flags) is None, lazy.pattern


# -- inputs built-in patterns used to take minutes on ------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("name,text", [
    ("a 100,000-character line of dashes", "-" * 100_000 + "\n"),
    ("a title, then 100,000 dashes", "Title\n" + "-" * 100_000 + "\n"),
    ("58 KB of comma-separated numbers", ",".join(str(n) for n in range(12_000)) + "\n"),
    ("58 KB of numbers separated by commas and spaces", ", ".join(str(n) for n in range(10_000)) + "\n"),
    # COM005 looks for addresses typed without a scheme around each "?" inside a word
    ("58 KB of numbers around question marks", "?".join(",".join(str(n) for n in range(k, k + 100))
                                                      for k in range(0, 12_000, 100)) + "\n"),
])
def test_inputs_that_were_quadratic_finish_quickly(name, text, suffix):
    # Time the input, not start-up: loading the rule packs and the knowledge base once per process
    # takes a second or more on a slow machine and would land on whichever case runs first. And not
    # the test process's heap: after thousands of tests the garbage collector walks everything they
    # left, so the heap is frozen first, as the command line freezes it after loading the rules. The
    # limit guards against the minutes these inputs once took; about 1 s is usual here.
    import gc

    lint_text("# Warm-up\n\nA short page.\n", "warm-up" + suffix)
    gc.collect()
    gc.freeze()
    try:
        started = time.monotonic()
        findings = lint_text(text, "input" + suffix)
        elapsed = time.monotonic() - started
    finally:
        gc.unfreeze()
    assert elapsed < 4.0, name
    assert not any(f.code in ("MSL003", "MSL005") for f in findings)


def test_reading_a_file_has_the_same_time_limit(in_tmp, monkeypatch):
    """The readers' own patterns and parsers run outside any rule: they are bounded too."""
    import mslint.reading.markdown

    def endless(path, source, *formats):
        while True:
            pass

    monkeypatch.setattr(mslint.reading.markdown, "read_markdown", endless)
    Path("a.md").write_text(CLAIM)
    Path("b.txt").write_text(CLAIM)
    Path(".mslint.toml").write_text("rule-timeout = 0.2\n")
    code, out, err = run("--no-cache", "a.md", "b.txt")
    assert (code, err) == (2, "mslint: error: a.md: took longer than 0.2 s to read (rule-timeout); it is not linted\n")
    assert "b.txt:1:23: CLM001" in out
