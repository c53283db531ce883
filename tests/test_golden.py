import os
import re

import pytest

from golden import fixture_cases, findings_for, render

CASES = list(fixture_cases())


@pytest.mark.parametrize("selector,path", CASES, ids=[f"{s}/{p.name}" for s, p in CASES])
def test_golden_fixture(selector, path):
    expected_path = path.with_name(path.name + ".expected")
    actual = render(findings_for(selector, path))
    if os.environ.get("MSLINT_UPDATE_GOLDEN"):
        expected_path.write_text(actual, encoding="utf-8")
    assert expected_path.exists(), f"missing {expected_path.name}: write it (MSLINT_UPDATE_GOLDEN=1) and review it"
    assert actual == expected_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("selector,path", CASES, ids=[f"{s}/{p.name}" for s, p in CASES])
def test_excerpt_is_the_raw_source_between_the_positions(selector, path):
    source = path.read_bytes().decode("utf-8-sig")
    lines = re.split(r"\r\n|\r|\n", source)  # the line breaks mslint counts
    for finding in findings_for("ALL", path):
        if finding.line == finding.end_line:
            line = lines[finding.line - 1]
            assert line[finding.column - 1 : finding.end_column - 1] == finding.excerpt, finding


def test_every_builtin_rule_fires_in_some_golden_fixture():
    from mslint.engine.registry import base_registry

    expected = "".join(path.with_name(path.name + ".expected").read_text(encoding="utf-8") for _, path in CASES)
    fired = set(re.findall(r" ([A-Z]{3}\d{3}) \[", expected))
    missing = [rule.meta.code for rule in base_registry() if rule.meta.code not in fired]
    assert missing == [], f"rules with no golden finding: {missing}"
