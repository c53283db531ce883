"""Python rules: logic a pattern cannot express. One module per rule family."""

from __future__ import annotations


def python_rules():
    """Instances of every built-in Python rule."""
    from mslint.rules.attributes import attribute_rules
    from mslint.rules.coined_terms import CoinedDiagnosis
    from mslint.rules.commercial import ReferralLink
    from mslint.rules.credibility import credibility_rules
    from mslint.rules.criteria import criteria_rules
    from mslint.rules.evidence import evidence_rules
    from mslint.rules.facts import fact_rules
    from mslint.rules.headlines import SensationalHeadline
    from mslint.rules.hype import hype_rules
    from mslint.rules.own_figures import OwnFiguresAsEvidence
    from mslint.rules.readability import readability_rules
    from mslint.rules.risk import MissingRiskDiscussion
    from mslint.rules.structure import structure_rules
    from mslint.rules.changed_since import ChangedSinceDated
    from mslint.rules.superseded import SupersededStatus
    from mslint.rules.terminology import terminology_rules
    from mslint.rules.test_harms import TestHarmsMissing
    from mslint.rules.timeliness import timeliness_rules

    return [
        MissingRiskDiscussion(),
        TestHarmsMissing(),
        ReferralLink(),
        CoinedDiagnosis(),
        *fact_rules(),
        *attribute_rules(),
        *terminology_rules(),
        *hype_rules(),
        SensationalHeadline(),
        *evidence_rules(),
        OwnFiguresAsEvidence(),
        *timeliness_rules(),
        SupersededStatus(),
        ChangedSinceDated(),
        *readability_rules(),
        *structure_rules(),
        *credibility_rules(),
        *criteria_rules(),
    ]
