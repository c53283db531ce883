"""Every registered rule, built-in or plugin, keeps the promises users rely on."""

import pytest

from mslint.api import lint_text
from mslint.model import CATEGORIES
from mslint.engine.planner import Overrides
from mslint.engine.registry import base_registry

RULES = sorted(base_registry(), key=lambda rule: rule.meta.code)
IDS = [rule.meta.code for rule in RULES]


def fired(rule, example: str) -> list:
    if rule.meta.docs.setting:
        example = rule.meta.docs.setting + "\n\n" + example
    findings = lint_text(example, "example.txt", overrides=Overrides(select=(rule.meta.code,)))
    return [f for f in findings if f.code == rule.meta.code]


def test_registry_loads_without_problems():
    assert base_registry().problems == []
    assert len(RULES) >= 10


def test_no_rule_takes_a_retired_code():
    # A retired code redirects to its successor (mslint.engine.selection.RETIRED), so a new rule given
    # one could never be selected, ignored or suppressed by its own code.
    from mslint.engine.selection import RETIRED

    assert [code for code in IDS if code in RETIRED] == []


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_is_documented_and_cited(rule):
    meta = rule.meta
    assert meta.code.startswith(CATEGORIES[meta.category])
    assert meta.summary and meta.docs.what and meta.docs.why
    assert meta.docs.bad, "at least one bad example"
    assert meta.docs.good, "at least one good example"
    assert meta.references, "every rule cites a criterion or source"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_every_bad_example_fires(rule):
    for example in rule.meta.docs.bad:
        assert fired(rule, example), f"{rule.meta.code} did not fire on its bad example: {example!r}"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_no_good_example_fires(rule):
    for example in rule.meta.docs.good:
        assert not fired(rule, example), f"{rule.meta.code} fired on its good example: {example!r}"
