"""The ten HealthNewsReview criteria as document rules (issue 13): one module per criterion.

Each rule is a CriterionRule (mslint.rule) over the shared features of
mslint.analysis.features; its vocabulary is knowledge/general/criteria.toml.
"""

from __future__ import annotations


def criteria_rules():
    from mslint.rules.criteria.alternatives import AlternativesNotCompared
    from mslint.rules.criteria.availability import AvailabilityNotEstablished
    from mslint.rules.criteria.benefits import BenefitsNotQuantified
    from mslint.rules.criteria.costs import CostsNotDiscussed
    from mslint.rules.criteria.evidence import EvidenceQualityNotConveyed
    from mslint.rules.criteria.funding import FundingNotDisclosed
    from mslint.rules.criteria.harms import HarmsNotExplained
    from mslint.rules.criteria.mongering import DiseaseMongering
    from mslint.rules.criteria.novelty import NoveltyNotEstablished
    from mslint.rules.criteria.sensational import SensationalLanguage

    return [CostsNotDiscussed(), BenefitsNotQuantified(), HarmsNotExplained(), EvidenceQualityNotConveyed(),
            DiseaseMongering(), FundingNotDisclosed(), AlternativesNotCompared(), AvailabilityNotEstablished(),
            NoveltyNotEstablished(), SensationalLanguage()]
