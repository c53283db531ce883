"""FCT036: one condition said to be merely another ("spondylolisthesis is just a fancy name for a
slipped disc", "COPD is really a form of asthma").

The knowledge base names conditions as separate entities, each with its synonyms, and records which
is a kind of which (is-a). A sentence that reduces one named condition to another, with a word that
says "nothing more than" ("just", "simply", "basically", "another name for", "the same thing as"),
contradicts that record unless the one is recorded as a kind of the other, or both names belong to
one entity. Without such a word ("X is a type of Y") the sentence may be a true classification the
knowledge base does not hold, so it is left alone.
"""

from __future__ import annotations

from functools import cached_property

from mslint.analysis.article import analyse
from mslint.analysis.topic import named_entities
from mslint.model import RuleDocs
from mslint.rules.attributes.base import _REFERS_BACK, _recent_conditions
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.facts import FactRule

_MERELY = "(just|simply|basically|really|merely|only|essentially|actually|nothing more than|nothing but|no more than|" \
          "little more than)"
_SORT = "[mild|milder|mild form of|bad|worse|severe|fancy|posh|medical|new|different|modern|grown-up|adult|local]"
# "is just a form of", "is basically a bad case of": a kind of the other (left alone when the
# knowledge base records it so).
_KIND_OF = (f"(is|are|'s) [{_MERELY}] {_MERELY} [,] [a|an|the] {_SORT} (form|type|kind|version|variant|variety|case|sort|flavour|"
            "subtype|strain) of [a|an|the] {CONDITION}",)
# "is just another name for", "is the same thing as", "is simply high blood pressure": the same
# thing (wrong even of a parent: a kind is not the whole).
_SAME_AS = (
    f"(is|are|'s) [{_MERELY}] [{_MERELY}] [,] [exactly|precisely] (the same [thing|condition|disease|problem|illness|disorder] as|another (name|word|term) "
    "for|a (fancy|posh|medical|new|modern|different|long|longer|grand|scientific) (name|word|term) for) [a|an|the] "
    "{CONDITION}",
    f"(is|are|'s) [{_MERELY}] {_MERELY} [,] [a|an|the] {{CONDITION}} (with|under|by) (a|another) [different|new|fancy|posh] "
    "(name|label)",
    f"(is|are|'s) [{_MERELY}] {_MERELY} [,] [a|an|the] {{CONDITION}}",
)

# "X and Y are just two names for the same condition", "X and Y are one and the same": both named
# before the claim.
_PAIR = (
    f"(are|'re) [{_MERELY}] [{_MERELY}] (two|different|both) (names|words|terms) for (the same|one) [_] "
    "(thing|condition|disease|problem|illness|disorder)",
    f"(are|'re) [{_MERELY}] [{_MERELY}] (the same|one and the same|exactly the same) (thing|condition|disease|problem|"
    "illness|disorder)",
)


_PREPOSITIONS = frozenset({"of", "for", "from", "with", "in", "after", "by", "about", "to", "than", "like", "unlike",
                           "without", "against", "behind", "on"})


class ConditionsConflated(FactRule):
    """distinct-conditions: "Olecranon bursitis is simply a form of tennis elbow"."""

    relation = "distinct-conditions"
    code, name = "FCT036", "conditions-conflated"
    summary = "A condition is said to be merely another condition, or another name for it"
    setting = "This article is about a condition."
    docs = RuleDocs(
        what="Flags a named condition reduced to another with a word that says \"nothing more than\": \"COPD is "
        "really a form of asthma\", \"spondylolisthesis is just a fancy name for a slipped disc\", \"pulmonary "
        "hypertension is simply high blood pressure\". The knowledge base names each condition with its synonyms "
        "and records which is a kind of which; a reduction it does not record is flagged, and one it does (\"type 2 "
        "diabetes is simply a form of diabetes\") is left alone, as is a plain classification with no reducing word. Two "
        "conditions named together and called one (\"COPD and asthma are just two names for the same condition\") are "
        "flagged unless one is recorded as a kind of the other.",
        why="Two conditions with different causes, tests and treatments called one thing send the reader to the "
        "wrong remedy: pulmonary hypertension is not treated, or checked, like high blood pressure in the arm, and "
        "a slipped vertebra is not a slipped disc.",
        bad=("COPD is really a form of asthma, so the same inhalers will do.",
             "Olecranon bursitis is just a fancy name for tennis elbow."),
        good=("COPD and asthma are different conditions, though some people have both.",
              "Olecranon bursitis is a swollen fluid sac at the tip of the elbow; tennis elbow is a strained tendon."),
        better="Say what each condition is, with a source: \"Pulmonary hypertension is high blood pressure in the "
        "arteries of the lungs; an arm cuff does not measure it.\"",
    )

    @cached_property
    def _patterns(self) -> tuple[PatternSet, frozenset[int]]:
        kind_of = [ConceptPattern(text) for text in _KIND_OF]
        same_as = [ConceptPattern(text) for text in _SAME_AS]
        return PatternSet(kind_of + same_as + self._pair_patterns), frozenset(id(pattern) for pattern in kind_of)

    @cached_property
    def _pair_patterns(self) -> list[ConceptPattern]:
        return [ConceptPattern(text) for text in _PAIR]

    def triggers(self):
        return self._patterns[0].triggers()

    def check(self, document, unit, options):
        if not self.facts:
            return
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        index, kind_patterns = self._patterns
        named = [(view.token_index(condition.start), condition.entity) for condition in named_entities(view, "condition")]
        pairs = {id(pattern) for pattern in self._pair_patterns}
        for pattern in index.candidates(view):
            for match in pattern.finditer(view):
                if id(pattern) in pairs:
                    yield from self._pair(view, match, named)
                    continue
                other = [entity for at, entity in named if match.first <= at <= match.last]
                subjects = self._subjects(view, match, named)
                if not other or not subjects:
                    continue
                reduced_to = other[-1]
                kind = id(pattern) in kind_patterns
                if all(self._conflates(subject, reduced_to, kind) for subject in subjects):
                    start, end = view.tokens[match.first].start, view.tokens[match.last].end
                    message = (f"Conditions conflated: {self.label(subjects[0])} is not "
                               f"{'a kind of' if kind else 'the same as'} {self.label(reduced_to)}")
                    yield self.hit(view, start, end, self.facts[0], message,
                                   stance=view.stance(match.first, match.last, match.own))
                    return

    def _pair(self, view, match, named):
        """Two conditions named together before the claim, said to be one ("X and Y are just two names
        for the same condition")."""
        clause = view.clause_of(match.first)
        before = [entity for at, entity in named if at < match.first
                  and (clause is None or view.clause_of(at) == clause)]
        one, other = before[-2:] if len(before) >= 2 else (None, None)
        # (A kind named with its class, "type 2 diabetes and diabetes", is left alone.)
        if one is not None and one != other and not self.knowledge.is_a(one, other) \
                and not self.knowledge.is_a(other, one):
            start, end = view.tokens[match.first].start, view.tokens[match.last].end
            message = f"Conditions conflated: {self.label(one)} and {self.label(other)} are different conditions"
            yield self.hit(view, start, end, self.facts[0], message,
                           stance=view.stance(match.first, match.last, match.own))

    def _conflates(self, subject: str, reduced_to: str, kind: bool) -> bool:
        if subject == reduced_to or self.knowledge.is_a(reduced_to, subject):
            return False
        # A kind of its recorded parent is true ("type 2 diabetes is simply a form of diabetes"); the
        # whole parent it is not ("pulmonary hypertension is simply high blood pressure").
        return not (kind and self.knowledge.is_a(subject, reduced_to))

    def _subjects(self, view, match, named) -> list[str]:
        """The conditions the clause names before the claim; or, when the claim refers back ("it is
        really ..."), the condition in force before the sentence."""
        clause = view.clause_of(match.first)
        # (Not a condition after a preposition: "the commonest cause of hearing loss is simply ear wax"
        # says what the cause is, not what hearing loss is.)
        before = [entity for at, entity in named if at < match.first
                  and (clause is None or view.clause_of(at) == clause)
                  and not (at > 0 and view.tokens[at - 1].norm in _PREPOSITIONS)]
        if before:
            return before[-1:]
        if any(token.norm in _REFERS_BACK for token in view.tokens[max(0, match.first - 2):match.first]):
            sentences = view.analysis.sentences
            topic = sentences[view.index - 1].topic if view.index > 0 else view.topic
            return [condition.entity for condition in topic.conditions][:1] or _recent_conditions(view)[:1]
        return []

