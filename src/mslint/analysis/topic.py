"""The topic in force for every sentence: which treatments and conditions it is about.

A sentence that names a treatment (an entity of the knowledge base, not a generic word such as
"the procedure") is about that treatment. One that names none ("Possible complications include
PML.", "It is given by infusion.") is about the treatment in force: the last one named earlier
in its paragraph, else the one its section heading names, else the title's. A list belongs to
the paragraph that introduces it. A new name replaces the old topic.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from mslint.knowledge.lexicon import Mention


@dataclass(frozen=True)
class Named:
    """An entity as named somewhere in the article: its id and the text span that named it."""

    entity: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Topic:
    interventions: tuple[Named, ...] = ()
    conditions: tuple[Named, ...] = ()
    own: bool = False  # the sentence names its interventions itself
    # Every intervention named so far in the article, the most recent first: what a general name
    # ("the transplant", "the drug") stands for when the topic in force is not a kind of it.
    history: tuple[Named, ...] = ()
    # What was in force before the sentence named its own: "That drug carries a risk of PML;
    # PML is not a risk of AHSCT" is about the drug named before, not the AHSCT named after.
    before: tuple[Named, ...] = ()
    # The conditions in force before the sentence named its own: what "it" in "It only affects
    # overweight men" stands for is the illness the paragraph was about, not the one named after it.
    conditions_before: tuple[Named, ...] = ()

    @property
    def intervention(self) -> Named | None:
        return self.interventions[0] if self.interventions else None


EMPTY = Topic()
# A placebo or sham is what a treatment is compared with, never what a sentence is about: "38%
# fewer cancers than in women who took a placebo" is still about the drug in force.
_COMPARATORS = frozenset({"placebo"})


def named_entities(view, cls: str, exclude: str | None = None) -> tuple[Named, ...]:
    """Entity mentions of a class in a sentence, the longest where names nest ("stem cell
    transplant" over "stem cell"), in order, each entity once."""
    mentions = [m for m in view.mentions_of(cls) if m.entities and not (exclude and _only(m, exclude, cls))]
    kept: list[Mention] = [m for m in mentions
                           if not any(o is not m and o.first <= m.first and m.last <= o.last
                                      and (o.last - o.first) > (m.last - m.first) for o in mentions)]
    seen: dict[str, Named] = {}
    for m in kept:
        seen.setdefault(m.entity, Named(m.entity, m.start, m.end, view.index))
    return tuple(seen.values())


def _only(mention: Mention, exclude: str, cls: str) -> bool:
    """A harm that is also a condition ("stroke") counts as a condition only when not a harm."""
    return exclude in mention.classes


def main_interventions(analysis) -> tuple[Named, ...]:
    """The intervention the article names most often (its first naming): what a headline that
    names none ("Regrow your knee cartilage without surgery") is about."""
    counts: Counter[str] = Counter()
    first: dict[str, Named] = {}
    for view in analysis.sentences:
        for named in named_entities(view, "intervention"):
            counts[named.entity] += 1
            first.setdefault(named.entity, named)
    if not counts:
        return ()
    entity, _ = counts.most_common(1)[0]
    return (first[entity],)


def topics_of(analysis) -> list[Topic]:
    document = analysis.document
    blocks = document.blocks
    topics: list[Topic] = []
    title_topic = EMPTY
    main = None
    heading_topic = EMPTY
    block_last: dict[int, Topic] = {}
    previous_block = -1
    history: tuple[Named, ...] = ()
    # What was in force before the sentence named its own: "That drug carries a risk of PML;
    # PML is not a risk of AHSCT" is about the drug named before, not the AHSCT named after.
    before: tuple[Named, ...] = ()
    for view in analysis.sentences:
        own = Topic(tuple(n for n in named_entities(view, "intervention") if n.entity not in _COMPARATORS),
                    named_entities(view, "condition", exclude="harm"), True)
        block = blocks[view.block]
        if block.kind in ("title", "summary") and not own.interventions:
            if main is None:
                main = main_interventions(analysis)
            own = Topic(main, own.conditions, False)
        if view.block != previous_block:
            inherited = _block_start(analysis, view.block, block_last, heading_topic, title_topic)
            previous_block = view.block
        else:
            inherited = topics[-1]
        history = tuple(reversed(own.interventions)) + tuple(
            n for n in history if n.entity not in {o.entity for o in own.interventions})
        topic = Topic(own.interventions or inherited.interventions,
                      own.conditions or inherited.conditions,
                      bool(own.interventions), history, inherited.interventions, inherited.conditions)
        topics.append(topic)
        block_last[view.block] = topic
        if block.kind == "title":
            title_topic = _merge(title_topic, own)
            heading_topic = EMPTY
        elif block.kind == "heading":
            heading_topic = Topic(own.interventions, own.conditions, False) if (own.interventions or own.conditions) else EMPTY
    return topics


def _merge(old: Topic, new: Topic) -> Topic:
    return Topic(new.interventions or old.interventions, new.conditions or old.conditions, False)


def _block_start(analysis, index: int, block_last: dict[int, Topic], heading: Topic, title: Topic) -> Topic:
    """What a block's first sentence inherits: a list item the paragraph that leads into it (or
    the item before it), any other block its section heading, then the title."""
    blocks = analysis.document.blocks
    if blocks[index].kind == "list-item":
        for before in range(index - 1, -1, -1):
            kind = blocks[before].kind
            if kind in ("title", "heading"):
                break
            if before in block_last and kind in ("list-item", "paragraph"):
                return block_last[before]
    if blocks[index].kind in ("title", "heading"):
        return title
    return Topic(heading.interventions or title.interventions, heading.conditions or title.conditions, False)


def article_domains(analysis) -> frozenset[str]:
    """Domains whose topic entities the article names often enough, or in its title."""
    knowledge = analysis.knowledge
    if not knowledge.domains:
        return frozenset()
    counts: Counter[str] = Counter()
    in_title: set[str] = set()
    blocks = analysis.document.blocks
    about = {name: frozenset("@" + entity_id for entity_id in domain.about)
             for name, domain in knowledge.domains.items()}
    for view in analysis.sentences:
        for name, classes in about.items():
            if not classes & view.classes:
                continue
            hits = sum(len(classes & mention.classes) for mention in view.mentions)
            if hits:
                counts[name] += hits
                if blocks[view.block].kind == "title":
                    in_title.add(name)
    return frozenset(name for name, domain in knowledge.domains.items()
                     if counts[name] >= domain.minimum_mentions or name in in_title)
