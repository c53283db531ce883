"""Who a statement is about: the subject of a mention, resolved the way a reader resolves it.

"Unlike natalizumab, which carries a known risk of PML, AHSCT ..." puts PML on natalizumab;
"AHSCT has risks. Possible complications include PML." puts it on AHSCT, named a sentence
earlier. The subject of a mention is, in order:

1. in a relative clause (", which carries a risk of PML"), the entity the clause hangs on: the
   last one named before it;
2. the nearest entity of the class in the mention's own clause, before it if there is one;
3. the first entity of the class in the sentence;
4. the topic in force (mslint.analysis.topic): the paragraph's, the heading's, the title's.
"""

from __future__ import annotations

from mslint.analysis.topic import named_entities
from mslint.record import Record, _set


class Subject(Record):
    __slots__ = ("entity", "start", "end", "how")

    def __init__(self, entity: str, start: int, end: int, how: str):
        _set(self, "entity", entity)
        _set(self, "start", start)  # the span that named it (text offsets), perhaps in an earlier sentence
        _set(self, "end", end)
        _set(self, "how", how)  # "relative", "clause", "sentence" or "topic"


def subject_of(view, first: int, last: int, cls: str = "intervention") -> Subject | None:
    """The entity of class `cls` that tokens [first, last] of the sentence are about. A general
    name ("the transplant") stands for the topic when the topic is a kind of it (AHSCT)."""
    found = _subject(view, first, last, cls)
    if found is None or cls not in ("intervention", "treatment"):
        return found
    # The most recent kind of it named in the article, the topic in force first.
    ancestors = view.analysis.knowledge.lexicon.ancestors
    for named in view.topic.interventions + view.topic.history:
        if named.entity != found.entity and "@" + found.entity in ancestors("@" + named.entity):
            return Subject(named.entity, named.start, named.end, "topic")
    # What a general name means in the article's domain: in an MS article, "the transplant" is HSCT.
    knowledge = view.analysis.knowledge
    for domain in view.analysis.domains:
        sense = knowledge.domains[domain].senses.get(found.entity)
        if sense:
            return Subject(sense, found.start, found.end, found.how)
    return found


def _subject(view, first: int, last: int, cls: str) -> Subject | None:
    candidates = [m for m in view.mentions_of(cls) if m.entities and not (m.first <= last and first <= m.last)]
    candidates = _outermost(candidates)
    clause = view.clause_of(first)
    if clause is not None and view.clauses[clause].kind == "relative":
        before = [m for m in candidates if m.last < first and view.clause_of(m.last) != clause]
        if before:
            m = before[-1]
            return Subject(m.entity, m.start, m.end, "relative")
    same = [m for m in candidates if clause is not None and view.clause_of(m.first) == clause]
    preceding = [m for m in same if m.last < first]
    if preceding:
        m = preceding[-1]
        return Subject(m.entity, m.start, m.end, "clause")
    if same:
        m = same[0]
        return Subject(m.entity, m.start, m.end, "clause")
    # An earlier clause of the sentence ("AHSCT is intensive, and the main risk is infection"),
    # never a later one ("That drug carries a risk of PML; PML is not a risk of AHSCT").
    main = [m for m in candidates if m.last < first and view.clauses[view.clause_of(m.first) or 0].kind != "relative"]
    if main:
        m = main[0]
        return Subject(m.entity, m.start, m.end, "sentence")
    if cls in ("intervention", "treatment"):
        topic = view.topic.interventions
        # The sentence's own names all come later: what was in force before it holds here.
        if view.topic.own and all(n.start > view.tokens[last].end for n in topic) and view.topic.before:
            topic = view.topic.before
    else:
        topic = view.topic.conditions
    if topic:
        named = topic[0]
        return Subject(named.entity, named.start, named.end, "topic")
    return None


def conditions_of(view, first: int, last: int) -> list[str]:
    """The conditions a statement concerns: those its clause names, else the topic's."""
    clause = view.clause_of(first)
    named = [n.entity for n in named_entities(view, "condition")
             if clause is None or view.clause_of(view.token_index(n.start)) == clause]
    if named:
        return named
    return [n.entity for n in view.topic.conditions]


def _outermost(mentions):
    """Drop mentions nested inside a longer one ("stem cell" inside "stem cell transplant")."""
    return [m for m in mentions
            if not any(o is not m and o.first <= m.first and m.last <= o.last and (o.last - o.first) > (m.last - m.first)
                       for o in mentions)]
