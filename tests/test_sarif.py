"""SARIF output: valid against the official 2.1.0 schema (a copy ships with the tests: offline)
with URI formats checked, and mapped the way GitHub code scanning needs."""

import json
import os
from pathlib import Path

import jsonschema
import pytest

from helpers import CLAIM, CTA, run

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())
CHECKER = jsonschema.FormatChecker()


def validate(log):
    jsonschema.validate(log, SCHEMA, format_checker=CHECKER)


def test_the_format_checker_really_checks_uris():
    # Without a URI validator installed jsonschema passes every "uri" silently.
    assert not CHECKER.conforms("has space", "uri")
    assert not CHECKER.conforms("has space", "uri-reference")


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "site").mkdir()
    monkeypatch.chdir(tmp_path / "site")
    return tmp_path


def sarif(*args):
    code, out, err = run("--isolated", "--format", "sarif", *args)
    log = json.loads(out)
    validate(log)
    return code, log["runs"][0], err


def test_rules_results_and_fix(repo):
    Path("a.md").write_text("# Title\n\n" + CLAIM + CTA + "Our MS sufferers are happy.\n")
    code, run_, _ = sarif("a.md")
    assert code == 1
    rules = {rule["id"]: rule for rule in run_["tool"]["driver"]["rules"]}
    assert {"CLM001", "COM001", "LNG001"} <= set(rules)
    assert rules["CLM001"]["shortDescription"]["text"]
    assert "References:" in rules["CLM001"]["help"]["text"]
    from mslint import __version__

    assert rules["CLM001"]["helpUri"] == f"https://github.com/your-org/mslint/blob/v{__version__}/docs/rules.md#clm001"
    claim = next(result for result in run_["results"] if result["ruleId"] == "CLM001")
    location = claim["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "site/a.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 3, "startColumn": 23, "endLine": 3, "endColumn": 31,
                                  "snippet": {"text": "cures MS"}}
    assert claim["level"] == "error" and "fixes" not in claim  # a cure claim has no safe rewrite
    assert run_["tool"]["driver"]["rules"][claim["ruleIndex"]]["id"] == "CLM001"
    sufferers = next(result for result in run_["results"] if result["ruleId"] == "LNG001")
    (change,) = sufferers["fixes"][0]["artifactChanges"]
    assert change["artifactLocation"] == {"uri": "site/a.md", "uriBaseId": "%SRCROOT%"}
    assert change["replacements"] == [{
        "deletedRegion": {"startLine": 5, "startColumn": 5, "endLine": 5, "endColumn": 17},
        "insertedContent": {"text": "people with MS"},
    }]
    assert run_["originalUriBaseIds"] == {"%SRCROOT%": {"uri": repo.resolve().as_uri() + "/"}}
    assert run_["invocations"] == [{"executionSuccessful": True, "exitCode": 1}]


def test_uris_are_relative_to_the_repository_root_and_percent_encoded(repo):
    Path("my page.md").write_text(CLAIM)
    (repo / "other").mkdir()
    (repo / "other" / "é.md").write_text(CLAIM)
    _, run_, _ = sarif("my page.md", str(repo / "other" / "é.md"))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run_["results"]]
    assert uris == [{"uri": "site/my%20page.md", "uriBaseId": "%SRCROOT%"},
                    {"uri": "other/%C3%A9.md", "uriBaseId": "%SRCROOT%"}]


def test_a_file_outside_the_repository_gets_an_absolute_uri(repo, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "b.md"
    outside.write_text(CLAIM)
    _, run_, _ = sarif(str(outside))
    location = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": outside.resolve().as_uri()}


def test_without_git_the_root_is_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(CLAIM)
    _, run_, _ = sarif("a.md")
    assert run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.md"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"


def fingerprints(run_):
    return [(r["ruleId"], r["partialFingerprints"]["mslint/v1"]) for r in run_["results"]]


def test_fingerprints_survive_unrelated_edits_and_tell_duplicates_apart(repo):
    Path("a.md").write_text("# Title\n\n" + CLAIM + "\n" + CTA)
    before = fingerprints(sarif("a.md")[1])
    Path("a.md").write_text("# Title\n\nA new first paragraph.\n\nAnother one.\n\n" + CLAIM + "\n" + CTA)
    after = fingerprints(sarif("a.md")[1])
    assert before == after and len(before) == 2
    assert all(len(value) == 34 and value.endswith(":1") for _, value in before)
    Path("a.md").write_text("# Title\n\n" + CLAIM + "\n" + CLAIM)
    (first, second) = [item for item in fingerprints(sarif("a.md")[1]) if item[0] == "CLM001"]
    assert first[1][:32] == second[1][:32] and (first[1][-2:], second[1][-2:]) == (":1", ":2")
    Path("a.md").write_text("# Title\n\nOur new jab cures MS.\n")
    assert fingerprints(sarif("a.md")[1])[0][1] != before[0][1]  # other words around it: another alert


def test_invocation_records_the_exit_status(repo):
    Path("clean.md").write_text("There is no cure for MS.\n")
    code, run_, _ = sarif("clean.md")
    assert code == 0 and run_["invocations"] == [{"executionSuccessful": True, "exitCode": 0}]
    code, run_, err = sarif("clean.md", "missing.md")
    assert code == 2
    assert run_["invocations"] == [{
        "executionSuccessful": False, "exitCode": 2,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": "missing.md: no such file or directory"}}],
    }]


def test_empty_run_is_valid(repo):
    Path("a.txt").write_text("There is no cure for MS.\n")
    _, run_, _ = sarif("a.txt")
    assert run_["results"] == []


def test_docs_rules_md_is_up_to_date_with_the_registry():
    from mslint.output.rules_doc import builtin_metas, render

    docs = Path(__file__).parents[1] / "docs" / "rules.md"
    expected = render(builtin_metas())
    if os.environ.get("MSLINT_UPDATE_GOLDEN"):
        docs.write_text(expected, encoding="utf-8")
    assert docs.read_text(encoding="utf-8") == expected, "regenerate: python -m mslint.output.rules_doc > docs/rules.md"
    for meta in builtin_metas():
        assert f'<a id="{meta.code.lower()}"></a>' in expected
