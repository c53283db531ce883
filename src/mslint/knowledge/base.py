"""The knowledge base: entities with names and classes, facts with sources, word classes.

Entities are what articles talk about: treatments of every kind, tests, conditions, harms,
regulators. Facts are relations between them, each with the statement a careful writer would
make, its sources and an as-of date: the risks a treatment carries and does not carry, what is
and is not approved, retired terms, mechanisms a treatment does not have. The factual rules
check the claims an article makes against these rows, so adding a fact is adding a row.

An entity's `is-a` links become class inclusion in the lexicon: every entity id is also a class
"@id" that includes the classes of the entities under it, so a fact about "hsct" applies to a
mention of "AHSCT" (is-a hsct) and a rule can say `{@hsct}`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mslint.knowledge.lexicon import Lexicon, Mention
from mslint.record import Record, _set

# What each fact relation means; the factual rule that checks it is named in mslint.rules.facts.
RELATIONS = {
    "risk-of": "the subject carries this harm (so denying it is wrong)",
    "not-a-risk-of": "the subject does not carry this harm (so attributing it is wrong)",
    "not-approved": "no regulator has approved the subject for the object condition",
    "never-approved": "no regulator (or none of `regulators`, which the statement must then name) has approved "
                      "the subject itself for any use",
    "is-not-a": "the subject is not an instance of the object",
    "distinct-classes": "a medicine in one of the `members` is not in another unless the lexicon records it there "
                        "(so calling one by another's name is wrong)",
    "does-not": "the subject does not have the effect its `contradicted-by` patterns describe",
    "requires": "the subject involves the object (so 'without' it is wrong)",
    "retired-term": "the subject is a term retired from current use",
    "not-proven": "the subject is not proven to work for the object condition",
    "states": "a fact checked by its own patterns (`contradicted-by`)",
    "superseded": "the `contradicted-by` patterns state what was true only before `since` (a medicine moved to "
                  "pharmacy sale, a vaccine or screening schedule changed, a licence granted), so stating it as current "
                  "in a document dated after `since` is out of date",
    "share": "of the people with the subject, between `share` percent have what the `of` patterns name "
             "(so a figure outside that range is wrong)",
    "more-common-in": "the `members` (conditions) are more common in the sex `value` names (women or men), "
                      "so saying they are more common in the other, or equally common, is wrong",
    "infection-kind": "the `members` (conditions) are infections of the kind `value` names (bacterial, viral, "
                      "fungal, parasitic) or no infection (none), so calling them another kind is wrong",
    "passes-between-people": "the `members` (conditions) are not passed from person to person (value no), so "
                             "saying they are caught from others is wrong; or they are (value yes), so saying they "
                             "are not catching is wrong",
    "malignancy": "the `members` (conditions) are benign: not a cancer (not-cancer), or not one and never becoming "
                  "one (never-cancer), so calling them cancer, or saying they turn into it, is wrong",
    "typical-age": "the `members` (conditions) mostly affect the age group `value` names (children, young-adults, "
                   "older-adults), so saying they mostly affect another is wrong",
    "only-in": "the `members` (conditions) occur only in the sex `value` names (women, men), or in both (both: and so "
               "does every condition not recorded as one sex's), so saying another sex never has them is wrong",
    "acts-on-hormone": "the `members` (medicines) act on the hormone `value` names (raising, replacing or blocking "
                       "it), or on no hormone (none), so saying they work through another is wrong",
    "distinct-conditions": "conditions the lexicon names as separate entities are different conditions unless one "
                           "is recorded as a kind of the other (is-a), so saying one is merely another, or another "
                           "name for it, is wrong",
    "distinct-names": "medicines, supplements and conditions the lexicon names as separate entities are different "
                      "things unless one is recorded as a kind of the other (is-a), so giving one's name as another "
                      "name for the other is wrong",
    "inheritance": "the `members` (conditions) are passed down as `value` names: one gene's recessive, dominant, "
                   "X-linked or mitochondrial pattern, many genes with surroundings (multifactorial), or not at all "
                   "in most people (not-inherited), so a claim of another pattern is wrong",
    "uk-supply": "the `members` (medicines) are supplied in the UK as `value` says (prescription-only: only on a "
                 "prescriber's prescription), so saying they can be bought over the counter there is wrong",
    "course": "the `members` (conditions) run the course `value` names: damage done once that does not grow "
              "(not-progressive), settling by itself in most people (usually-resolves) or getting worse "
              "(progressive), so saying one gets worse, lasts for life or clears up when its course is otherwise "
              "is wrong",
}
# Relations whose facts give one value to each of their members (conditions), and the values each allows.
ATTRIBUTE_VALUES = {"more-common-in": ("women", "men"),
                    "infection-kind": ("bacterial", "viral", "fungal", "parasitic", "none"),
                    "passes-between-people": ("no", "yes"),
                    "malignancy": ("not-cancer", "never-cancer"),
                    "typical-age": ("children", "young-adults", "older-adults"),
                    "only-in": ("women", "men", "both"),
                    # how a condition runs: the damage done but not growing, usually settling (in weeks,
                    # months or the first years of life), or getting worse
                    "course": ("not-progressive", "usually-resolves", "progressive"),
                    # how a condition is passed down, if at all: one gene's pattern, many genes and
                    # surroundings together (it runs in families, from both sides), or acquired
                    "inheritance": ("autosomal-recessive", "autosomal-dominant", "x-linked", "mitochondrial",
                                    "multifactorial", "not-inherited"),
                    # the hormones a medicine acts on (raising, replacing or blocking them), or none
                    # how the UK supplies a medicine: only on prescription
                    "uk-supply": ("prescription-only",),
                    "acts-on-hormone": ("testosterone", "oestrogen", "progestogen", "dht", "thyroid-hormone", "insulin",
                                        "cortisol", "melatonin", "none")}
# Relations that need an object entity, and those checked by the fact's own patterns.
OBJECT_RELATIONS = frozenset({"risk-of", "not-a-risk-of", "not-approved", "is-not-a", "requires", "not-proven"})
PATTERN_RELATIONS = frozenset({"does-not", "states", "superseded"})
CONFIDENCES = ("high", "medium")


# Entities, facts and domains are immutable values (mslint.record: no dataclass cost at import).


class Entity(Record):
    __slots__ = ("id", "classes", "names", "abbreviations", "is_a", "domain")

    def __init__(self, id: str, classes: tuple[str, ...], names: tuple[str, ...],  # noqa: A002 - the key's name
                 abbreviations: tuple[str, ...] = (), is_a: tuple[str, ...] = (), domain: str = "general"):
        _set(self, "id", id)
        _set(self, "classes", classes)
        _set(self, "names", names)
        _set(self, "abbreviations", abbreviations)
        _set(self, "is_a", is_a)
        _set(self, "domain", domain)

    @property
    def label(self) -> str:
        return self.names[0] if self.names else (self.abbreviations[0] if self.abbreviations else self.id)


class Fact(Record):
    __slots__ = ("id", "relation", "subject", "says", "sources", "as_of", "confidence", "object", "domain",
                 "contradicted_by", "replacement", "regulators", "every_kind", "members", "of", "share", "value",
                 "chronic_only", "since")

    def __init__(self, id: str, relation: str, subject: str, says: str, sources: tuple[str, ...],  # noqa: A002
                 as_of: str, confidence: str = "high", object: str | None = None,  # noqa: A002
                 domain: str = "general", contradicted_by: tuple[str, ...] = (), replacement: str | None = None,
                 regulators: tuple[str, ...] = (), every_kind: bool = False, members: tuple[str, ...] = (),
                 of: tuple[str, ...] = (), share: tuple[float, float] | None = None, value: str | None = None,
                 chronic_only: bool = False, since: str | None = None):
        _set(self, "id", id)
        _set(self, "relation", relation)
        _set(self, "subject", subject)  # entity id
        _set(self, "says", says)  # the correct statement, in a careful writer's words
        _set(self, "sources", sources)
        _set(self, "as_of", as_of)
        _set(self, "confidence", confidence)
        _set(self, "object", object)  # entity id
        _set(self, "domain", domain)
        # states-facts: concept patterns of statements that contradict the fact
        _set(self, "contradicted_by", contradicted_by)
        # retired-term facts: the current term
        _set(self, "replacement", replacement)
        # not-approved facts: regulators the statement names (empty: any); never-approved facts:
        # the regulators whose approval is denied, one of which the statement must name
        _set(self, "regulators", regulators)
        # never-approved facts: the fact holds of every kind of the subject too ("the FDA approves
        # no dietary supplement": turmeric, berberine), not only of the subject named as such
        _set(self, "every_kind", every_kind)
        # distinct-classes facts: the classes (entity ids) a medicine belongs to one of, unless recorded
        # in more; attribute facts: the entities (conditions) that have its value
        _set(self, "members", members)
        # share facts: concept patterns naming what is counted ("{@fatigue}"), and the range of
        # percentages of the subject's people who have it, as the sources give it
        _set(self, "of", of)
        _set(self, "share", share)
        # attribute facts (ATTRIBUTE_VALUES): the value every member has
        _set(self, "value", value)
        # states-facts about what does not cause chronic disease (toxins, parasites, yeast): not read
        # of an infection or a poisoning, which germs and toxins do cause ("malaria is caused by a
        # parasite", "botulism is caused by a toxin")
        _set(self, "chronic_only", chronic_only)
        # superseded facts: the date (YYYY, YYYY-MM or YYYY-MM-DD) from which the statements its
        # patterns describe are out of date
        _set(self, "since", since)


class Domain(Record):
    __slots__ = ("name", "title", "about", "minimum_mentions", "senses")

    def __init__(self, name: str, title: str, about: tuple[str, ...], minimum_mentions: int = 2,
                 senses: dict | None = None):
        _set(self, "name", name)
        _set(self, "title", title)
        # Entities whose mention makes an article about this domain.
        _set(self, "about", about)
        _set(self, "minimum_mentions", minimum_mentions)
        # What a general name stands for in this domain: {"transplant": "hsct"}.
        _set(self, "senses", {} if senses is None else senses)


@dataclass
class KnowledgeBase:
    lexicon: Lexicon = field(default_factory=Lexicon)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    domains: dict[str, Domain] = field(default_factory=dict)
    # Named pieces of pattern ("[phrase.whole-clientele]"): what a word class cannot say, because it
    # takes a number or a choice of structures ("none of the 600 customers", "9 in 10 of our
    # clients"). A rule's {WHOLE-CLIENTELE} stands for the alternatives (mslint.rules.concepts.phrases).
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A medicine's naming stem and the class entity its generic names belong to ("conazole" ->
    # antifungal): an unlisted "miconazole" is read as an antifungal.
    stems: dict[str, str] = field(default_factory=dict)
    # Where each pack file came from, for messages.
    sources: list[str] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def is_a(self, entity_id: str, ancestor: str) -> bool:
        """True when `entity_id` is `ancestor` or lies under it by is-a links."""
        return ("@" + ancestor) in self.lexicon.ancestors("@" + entity_id)

    def lineage(self, entity_id: str) -> frozenset[str]:
        """The entity and every entity above it (ids without the @)."""
        return frozenset(c[1:] for c in self.lexicon.ancestors("@" + entity_id) if c.startswith("@"))

    def facts_about(self, relation: str, entity_id: str) -> list[Fact]:
        """Facts of a relation whose subject is this entity or one above it."""
        lineage = self.lineage(entity_id)
        return [fact for fact in self.facts if fact.relation == relation and fact.subject in lineage]

    def facts_of(self, relation: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.relation == relation]

    def mention_is(self, mention: Mention, entity_id: str) -> bool:
        return ("@" + entity_id) in mention.classes

    def label(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.label if entity else entity_id
