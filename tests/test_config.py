"""Configuration discovery, validation and its effect on a run."""

from pathlib import Path

import pytest

from helpers import CLAIM, CTA, run


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def write(name, text):
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def codes(out: str) -> list[str]:
    return [line.split(": ")[1].split()[0] for line in out.splitlines()]


def test_nearest_config_wins():
    write(".mslint.toml", 'ignore = ["COM"]\n')
    write("news/mslint.toml", 'ignore = ["CLM"]\n')
    write("a.txt", CLAIM + CTA)
    write("news/b.txt", CLAIM + CTA)
    _, out, _ = run("--select", "CLM,COM", "a.txt", "news/b.txt")
    assert out.splitlines()[0].startswith("a.txt:1:23: CLM001")
    assert out.splitlines()[1].startswith("news/b.txt:2:1: COM001")
    assert len(out.splitlines()) == 2


def test_pyproject_tool_table_and_unrelated_pyproject():
    write("pyproject.toml", '[project]\nname = "site"\n\n[tool.mslint]\nignore = ["cure-claim"]\n')
    write("a.txt", CLAIM)
    assert "CLM001" not in run("a.txt")[1]
    write("other/pyproject.toml", '[project]\nname = "other"\n')  # no [tool.mslint]: keep looking up
    write("other/a.txt", CLAIM)
    assert "CLM001" not in run("other/a.txt")[1]


def test_unknown_key_names_file_key_and_choices():
    write(".mslint.toml", 'ignroe = ["CLM"]\n')
    write("a.txt", CLAIM)
    code, out, err = run("a.txt")
    assert code == 2 and out == ""
    assert err.startswith("mslint: error: ")
    assert ".mslint.toml: unknown key 'ignroe' (valid keys: select, ignore, extend-select," in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "body,message",
    [
        ('fail-on = "sometimes"\n', "key 'fail-on': expected one of: error, warning, info, never (got 'sometimes')"),
        ('select = "CLM"\n', "key 'select': expected a list of strings"),
        ('[severity]\nCLM001 = "fatal"\n', "key 'severity.CLM001': expected one of: error, warning, info (got 'fatal')"),
        ('ignore = ["NOPE"]\n', "'NOPE' matches no rule code, code prefix, rule name or category"),
        ('[options.CLM001]\nfoo = 1\n', "key 'options.CLM001.foo': unknown option (valid: none)"),
        ('select = [\n', "not valid TOML"),
        ('rule-paths = ["missing-packs"]\n', "missing-packs: rule path does not exist"),
    ],
)
def test_bad_values_exit_2(body, message):
    write(".mslint.toml", body)
    write("a.txt", CLAIM)
    code, _, err = run("a.txt")
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_isolated_and_explicit_config():
    write(".mslint.toml", 'ignore = ["CLM"]\n')
    write("strict.toml", '[severity]\nCLM001 = "info"\n')
    write("a.txt", CLAIM)
    assert run("a.txt")[0] == 0
    assert run("--isolated", "a.txt")[0] == 1
    code, out, _ = run("--config", "strict.toml", "--min-severity", "info", "a.txt")
    assert "CLM001 [info]" in out and code == 0
    code, _, err = run("--config", "nothere.toml", "a.txt")
    assert code == 2 and "nothere.toml" in err


def test_severity_override_most_specific_wins():
    write(".mslint.toml", '[severity]\nCLM = "info"\nCLM001 = "warning"\n')
    write("a.txt", CLAIM + "It works for everyone.\n")
    _, out, _ = run("--select", "CLM", "--min-severity", "info", "a.txt")
    assert "CLM001 [warning]" in out and "CLM003 [info]" in out


def test_per_file_ignores_and_exclude():
    write(".mslint.toml", '[per-file-ignores]\n"ads/*.txt" = ["COM"]\n')
    write("ads/a.txt", CLAIM + CTA)
    write("news/b.txt", CTA)
    _, out, _ = run("--select", "CLM,COM", "ads", "news")
    assert codes(out) == ["CLM001", "COM001"]
    write(".mslint.toml", 'exclude = ["ads/"]\n')
    _, out, _ = run("--select", "CLM,COM", ".")
    assert [line.split(":")[0] for line in out.splitlines()] == ["news/b.txt"]


def test_fail_on_from_config():
    write(".mslint.toml", 'fail-on = "error"\n')
    write("a.txt", CTA)
    assert run("a.txt")[0] == 0
    assert run("--fail-on", "warning", "a.txt")[0] == 1


def test_rule_paths_load_local_pack():
    write("packs/local.toml", LOCAL_PACK)
    write(".mslint.toml", 'rule-paths = ["packs"]\n')
    write("a.txt", "This tonic is a panacea.\n")
    _, out, _ = run("--select", "HYP950", "a.txt")
    assert out == 'a.txt:1:17: HYP950 [warning] Panacea: "panacea"\n'


LOCAL_PACK = """
[[rule]]
code = "HYP950"
name = "panacea"
kind = "existence"
category = "hype"
severity = "warning"
scope = "sentence"
summary = "Calls a remedy a panacea"
message = "Panacea: \\"{match}\\""
patterns = ['\\bpanacea\\b']
references = ["House style guide"]
[rule.docs]
what = "Flags panacea."
why = "Nothing cures everything."
bad = ["It is a panacea."]
good = ["It helps some people."]
"""
