"""Which rules run: selectors (ALL, code, code prefix, rule name, category) resolved ruff-style.

The most specific selector that matches a rule decides: `ignore = ["COM"]` with
`extend-select = ["COM002"]` runs COM002 alone. On a tie, ignore wins. Preview rules run only
when selected by their exact code or name.
"""

from __future__ import annotations

from collections.abc import Iterable

from mslint.model import CATEGORIES
from mslint.rule import Rule

EXACT = 100

# Codes retired in 0.2.0, when the fact rules became one rule per kind of relation checked
# against the knowledge base (FCT001-FCT009): a configuration or a suppression comment that
# names one keeps working, and means the rule that checks its fact now (as ruff redirects).
RETIRED = {
    "FCT010": "TRM004", "FCT011": "FCT009", "FCT012": "FCT009", "FCT013": "FCT009",
    "FCT020": "FCT009", "FCT021": "FCT009", "FCT022": "FCT009", "FCT023": "FCT009",
    "FCT030": "FCT009", "FCT031": "FCT009", "FCT032": "FCT009", "FCT033": "FCT004",
    "FCT040": "FCT008", "FCT041": "FCT005", "FCT042": "FCT005",
    "FCT050": "FCT003", "FCT051": "FCT009",
    "FCT060": "FCT004", "FCT061": "FCT009", "FCT062": "FCT002",
    # Renamed in 0.6.0 to the category editors file them under: a miracle is hype, a retired term
    # is terminology.
    "CLM004": "HYP003", "FCT007": "TRM004",
    # Renamed in 0.14.0: a regulator's approval or a guideline's backing claimed on a page that
    # sells is a claim of fact to check, and editors file it as a factual error.
    "EVD010": "FCT014", "EVD012": "FCT015",
}


def current(selector: str) -> str:
    """The selector, or the code that replaced the retired code it names."""
    token = selector.strip()
    return RETIRED.get(token.upper(), token)


def specificity(selector: str, rule: Rule) -> int | None:
    """How specifically `selector` names `rule`, or None if it does not match it."""
    meta = rule.meta
    token = current(selector)
    if token.upper() == "ALL":
        return 0
    if token.upper() == meta.code or token.lower() == meta.name:
        return EXACT
    if token.lower() == meta.category:
        return 3
    if token.isalnum() and meta.code.startswith(token.upper()):
        return len(token)
    return None


def valid_selector(selector: str, rules: Iterable[Rule]) -> bool:
    token = current(selector)
    if token.upper() == "ALL" or token.lower() in CATEGORIES or token.upper() in CATEGORIES.values():
        return True
    return any(specificity(token, rule) is not None for rule in rules)


def is_selected(rule: Rule, select: Iterable[str], ignore: Iterable[str]) -> bool:
    best_on = max((s for sel in select if (s := specificity(sel, rule)) is not None), default=None)
    best_off = max((s for sel in ignore if (s := specificity(sel, rule)) is not None), default=None)
    if best_on is None or (best_off is not None and best_off >= best_on):
        return False
    if rule.meta.status == "preview" and best_on < EXACT:
        return False
    return True


def matches_any(code: str, name: str, category: str, selectors: Iterable[str]) -> bool:
    """For suppression comments and per-file ignores, which name findings rather than rules."""
    for selector in selectors:
        token = current(selector)
        if (
            token.upper() == "ALL"
            or token.upper() == code
            or token.lower() in (name, category)
            or (token.isalnum() and code.startswith(token.upper()))
        ):
            return True
    return False
