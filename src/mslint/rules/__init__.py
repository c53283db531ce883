"""Python rules: logic a pattern cannot express. One module per rule family."""

from __future__ import annotations


def python_rules():
    """Instances of every built-in Python rule."""
    from .commercial import ReferralLink
    from .credibility import credibility_rules
    from .evidence import evidence_rules
    from .hype import hype_rules
    from .readability import readability_rules
    from .risk import MissingRiskDiscussion
    from .structure import structure_rules
    from .terminology import terminology_rules
    from .timeliness import timeliness_rules

    return [
        MissingRiskDiscussion(),
        ReferralLink(),
        *terminology_rules(),
        *hype_rules(),
        *evidence_rules(),
        *timeliness_rules(),
        *readability_rules(),
        *structure_rules(),
        *credibility_rules(),
    ]
