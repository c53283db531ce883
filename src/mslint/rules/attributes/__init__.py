"""Attribute rules: one property of many conditions, read in any sentence about any of them.

A per-phrasing fact names its condition in its patterns; an attribute fact is a table instead
(knowledge/general/attributes.toml: these conditions are more common in women; these are
bacterial infections), and the rule holds the few ways a sentence states the property ("is far
more common in men", "men get it more often than women", "is a virus", "is caused by a fungus").
The condition is the one the claim's clause names, or the topic in force ("It's a virus, so
antibiotics won't touch it" in a thread about a kidney infection). A new condition is a new row;
a new article's wording of the same property needs nothing.

One module per property (sex, infection kind and contagion, cancer, age group, inheritance, what a
thing is called, its course, a medicine's UK supply) on the shared reading in `base`.
"""

from __future__ import annotations

from mslint.rules.attributes.age import AgeMisstated
from mslint.rules.attributes.cancer import CancerMisstated
from mslint.rules.attributes.conflation import ConditionsConflated
from mslint.rules.attributes.course import CourseMisstated
from mslint.rules.attributes.hormones import HormoneMechanismMisstated
from mslint.rules.attributes.infection import ContagionMisstated, InfectionKindMisstated
from mslint.rules.attributes.inheritance import InheritanceMisstated
from mslint.rules.attributes.other_names import OtherNameMisstated
from mslint.rules.attributes.sex import OneSexOnlyMisstated, SexRatioMisstated
from mslint.rules.attributes.supply import SupplyMisstated
from mslint.rules.facts import FactRule


def attribute_rules(knowledge=None) -> list[FactRule]:
    return [SexRatioMisstated(knowledge), InfectionKindMisstated(knowledge), ContagionMisstated(knowledge),
            CancerMisstated(knowledge), AgeMisstated(knowledge), OneSexOnlyMisstated(knowledge),
            InheritanceMisstated(knowledge), ConditionsConflated(knowledge), HormoneMechanismMisstated(knowledge),
            OtherNameMisstated(knowledge), CourseMisstated(knowledge), SupplyMisstated(knowledge)]
