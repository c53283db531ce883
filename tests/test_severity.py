"""Which findings a run shows and counts: --min-severity, the min-severity setting, and
severity overrides that never promote a rule by accident."""

import json
from pathlib import Path

import pytest

from helpers import run


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


# COM050 (info: no cost given) on line 1, COM001 (warning: a call to action) on line 3.
OFFER = (
    "Our clinic offers stem cell treatment for MS. The therapy restores mobility, and most patients "
    "see improvements within weeks.\n\nBook your consultation today.\n"
)
COM050 = "a.txt:1:1: COM050 [info] A treatment on offer is promoted, but the article never says what it costs or who pays\n"
COM001 = 'a.txt:3:1: COM001 [{}] Sales call to action: "Book your consultation"\n'
INFO_ONLY = "My neighbour suffers from MS.\n"  # LNG006, info


def write(name, text):
    Path(name).write_text(text, encoding="utf-8")


def test_info_findings_are_hidden_by_default_and_do_not_count():
    write("a.txt", INFO_ONLY)
    assert run("--isolated", "a.txt") == (0, "", "")
    assert run("--isolated", "--fail-on", "info", "a.txt") == (0, "", "")
    code, out, _ = run("--isolated", "--min-severity", "info", "--fail-on", "info", "a.txt")
    assert code == 1
    assert out.startswith("a.txt:1:14: LNG006 [info]")


def test_min_severity_levels():
    write("a.txt", OFFER)
    assert run("--isolated", "--select", "COM", "a.txt") == (1, COM001.format("warning"), "")
    assert run("--isolated", "--select", "COM", "--min-severity", "info", "a.txt") == (
        1, COM050 + COM001.format("warning"), "")
    assert run("--isolated", "--select", "COM", "--min-severity", "error", "a.txt") == (0, "", "")


def test_min_severity_setting_and_command_line_precedence():
    write(".mslint.toml", 'min-severity = "info"\n')
    write("a.txt", OFFER)
    assert run("--select", "COM", "a.txt")[1] == COM050 + COM001.format("warning")
    assert run("--select", "COM", "--min-severity", "warning", "a.txt")[1] == COM001.format("warning")


def test_statistics_and_text_summary_count_only_what_is_shown(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    write("a.txt", OFFER)
    assert run("--isolated", "--select", "COM", "--statistics", "a.txt")[1] == "    1  COM001  sales-call-to-action\n"
    out = run("--isolated", "--select", "COM", "--format", "text", "a.txt")[1]
    assert out.splitlines()[-1] == "Found 1 problem (1 warning) in 1 file."
    findings = json.loads(run("--isolated", "--select", "COM", "--format", "json", "a.txt")[1])
    assert [f["code"] for f in findings] == ["COM001"]


def test_bad_min_severity_setting_is_one_line_exit_2():
    write(".mslint.toml", 'min-severity = "notice"\n')
    write("a.txt", OFFER)
    code, out, err = run("a.txt")
    assert (code, out) == (2, "")
    assert err == (
        "mslint: error: .mslint.toml: key 'min-severity': expected one of: error, warning, info (got 'notice')\n"
    ).replace(".mslint.toml", str(Path(".mslint.toml").resolve()))


@pytest.mark.parametrize("option", ["--ignore", "--select", "--extend-select"])
def test_a_severity_as_a_selector_is_refused_with_a_pointer(option):
    write("a.txt", OFFER)
    code, out, err = run("--isolated", option, "info", "a.txt")
    assert (code, out) == (2, "")
    assert err == (
        "mslint: error: command line: 'info' is a severity, not a rule; to hide findings below a severity "
        "use --min-severity (or the min-severity setting)\n"
    )


def test_category_override_does_not_promote_info_rules():
    # The README's sample: selling is a blocker, but COM050 (info) stays info.
    write(".mslint.toml", '[severity]\nCOM = "error"\n')
    write("a.txt", OFFER)
    out = run("--select", "COM", "--min-severity", "info", "a.txt")[1]
    assert out == COM050 + COM001.format("error")


@pytest.mark.parametrize("selector", ["ALL", "commercial", "CO", "COM0"])
def test_broad_overrides_reach_only_rules_of_warning_or_above(selector):
    write(".mslint.toml", f'[severity]\n{selector} = "error"\n')
    write("a.txt", OFFER)
    out = run("--select", "COM", "--min-severity", "info", "a.txt")[1]
    assert out == COM050 + COM001.format("error")


@pytest.mark.parametrize("selector", ["COM050", "costs-not-mentioned"])
def test_an_exact_code_or_name_overrides_any_default(selector):
    write(".mslint.toml", f'[severity]\n{selector} = "error"\nCOM = "info"\n')
    write("a.txt", OFFER)
    out = run("--select", "COM", "a.txt")[1]
    assert out == COM050.replace("[info]", "[error]")  # COM001 demoted to info: hidden


def test_lint_text_returns_info_unless_asked():
    from mslint.api import lint_text
    from mslint.model import Severity

    assert [f.code for f in lint_text(INFO_ONLY, "a.txt")] == ["LNG006"]
    assert lint_text(INFO_ONLY, "a.txt", min_severity=Severity.WARNING) == []
