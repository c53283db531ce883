"""SARIF output validates against the official 2.1.0 schema (a copy ships with the tests: offline)."""

import json
from pathlib import Path

import jsonschema
import pytest

from helpers import CLAIM, CTA, run

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture
def sarif(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("# Title\n\n" + CLAIM + CTA + "Our MS sufferers are happy.\n")
    code, out, _ = run("--format", "sarif", "a.md")
    return code, json.loads(out)


def test_valid_against_schema(sarif):
    _, log = sarif
    jsonschema.validate(log, SCHEMA)


def test_rules_results_and_fix(sarif):
    code, log = sarif
    assert code == 1
    run_ = log["runs"][0]
    rules = {rule["id"]: rule for rule in run_["tool"]["driver"]["rules"]}
    assert {"CLM001", "COM001"} <= set(rules)
    assert rules["CLM001"]["shortDescription"]["text"]
    assert rules["CLM001"]["fullDescription"]["text"]
    assert "References:" in rules["CLM001"]["help"]["text"]
    claim = next(result for result in run_["results"] if result["ruleId"] == "CLM001")
    region = claim["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 3, "startColumn": 23, "endLine": 3, "endColumn": 31, "snippet": {"text": "cures MS"}}
    assert claim["level"] == "error"
    assert run_["tool"]["driver"]["rules"][claim["ruleIndex"]]["id"] == "CLM001"


def test_empty_run_is_valid(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("There is no cure for MS.\n")
    _, out, _ = run("--format", "sarif", "a.txt")
    log = json.loads(out)
    jsonschema.validate(log, SCHEMA)
    assert log["runs"][0]["results"] == []
