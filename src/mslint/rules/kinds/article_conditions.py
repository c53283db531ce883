"""What a whole article does, for claim rules that an article can balance (`unless-article`).

A sentence can play harms down ("painless, with no downtime") in an article that, elsewhere,
names the treatment's side effects and how often they happen: the reader has the harms, and an
editor would not mark the sentence. A researcher's quoted "breakthrough" in an article that gives
the effect in numbers is the same: the reader can weigh the word against the figures. Each condition is a name a pack can use and a test of the
document, worked out once per document.
"""

from __future__ import annotations

from typing import Callable


def _explains_harms(document) -> bool:
    """The harms criterion (RSK101) is satisfied: harms of the intervention named and explained."""
    from mslint.analysis.features import features
    from mslint.rules.criteria.base import SATISFACTORY
    from mslint.rules.criteria.harms import HarmsNotExplained

    return HarmsNotExplained().judge(features(document)).verdict == SATISFACTORY


def _quantifies_benefits(document) -> bool:
    """The benefits criterion (EVD101) is satisfied: the effect is given in absolute numbers."""
    from mslint.analysis.features import features
    from mslint.rules.criteria.base import SATISFACTORY
    from mslint.rules.criteria.benefits import BenefitsNotQuantified

    return BenefitsNotQuantified().judge(features(document)).verdict == SATISFACTORY


CONDITIONS: dict[str, Callable] = {"harms-explained": _explains_harms, "benefits-quantified": _quantifies_benefits}


def holds(document, name: str) -> bool:
    memo = document.memo.setdefault("article-conditions", {})
    found = memo.get(name)
    if found is None:
        found = memo[name] = CONDITIONS[name](document)
    return found
