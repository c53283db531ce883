"""Python rules: logic a pattern cannot express. One module per rule family."""

from __future__ import annotations


def python_rules():
    """Instances of every built-in Python rule."""
    from .commercial import ReferralLink
    from .risk import MissingRiskDiscussion

    return [MissingRiskDiscussion(), ReferralLink()]
