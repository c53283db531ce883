"""The shared reading of the attribute rules: a claim's value, the conditions it is about (the
clause's own, an abbreviation the article defined, or what "it" refers back to), and the values the
knowledge base records for them. Also the pattern words more than one property's claims use."""

from __future__ import annotations

from functools import cached_property

from mslint.analysis.article import analyse
from mslint.analysis.topic import named_entities
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.facts import FactRule


class AttributeMisstated(FactRule):
    """A claim that gives a condition a value of the attribute its recorded value rules out."""

    # value claimed -> the concept patterns that claim it
    claims: dict[str, tuple[str, ...]]
    setting = "This article is about a condition."

    @cached_property
    def _patterns(self) -> tuple[PatternSet, dict[int, str]]:
        patterns = [(value, ConceptPattern(text)) for value, texts in self.claims.items() for text in texts]
        return PatternSet(pattern for _, pattern in patterns), {id(pattern): value for value, pattern in patterns}

    def triggers(self):
        return self._patterns[0].triggers()

    def recorded(self, condition: str) -> dict[str, object]:
        """The values the knowledge base gives the condition (through its is-a links), each with its
        fact; worked out once per condition (a claim asks for it while choosing its subject and again
        while judging it)."""
        found = self._recorded.get(condition)
        if found is None:
            found = self._recorded[condition] = {fact.value: fact for fact in self.facts
                                                 if any(self.knowledge.is_a(condition, member)
                                                        for member in fact.members)}
        return found

    @cached_property
    def _recorded(self) -> dict[str, dict[str, object]]:
        return {}

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed not in recorded

    def compares_within(self, view, match) -> bool:
        """The claim compares groups within the value, not across it (by default, never)."""
        return False

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        index, value_of = self._patterns
        for pattern in index.candidates(view):
            claimed = value_of[id(pattern)]
            for match in pattern.finditer(view):
                if self.compares_within(view, match):
                    continue
                recorded = [values for values in map(self.recorded, self._about(view, match, claimed)) if values]
                # Every condition the claim is about, of those whose value is recorded, has another one
                # ("unlike gout, RA mostly affects women" names one of each: left alone).
                if recorded and all(self.contradicts(claimed, values) for values in recorded):
                    fact = next(iter(recorded[0].values()))
                    start, end = view.tokens[match.mark_first].start, view.tokens[match.mark_last].end
                    yield self.hit(view, start, end, fact, self.message(claimed, fact),
                                   stance=view.stance(match.first, match.last, match.own))
                    return

    def _about(self, view, match, claimed: str) -> list[str]:
        """The conditions the claim is about: those its clause names up to the claim's end. When it
        names none and refers back ("it", "which", "the condition"): the one named earlier in the
        sentence, else the topic in force before the sentence, else the sentence before or the
        title. Not a condition in the claim's own words that has the claimed value ("is a fungal
        infection" names fungal infection, which is what is claimed, not what it is said of)."""
        clause = view.clause_of(match.first)
        named, before = [], []
        for condition in named_entities(view, "condition"):
            at = view.token_index(condition.start)
            if at > match.last or (match.first <= at and claimed in self.recorded(condition.entity)):
                continue  # the claim's subject comes before it or in it, not after ("..., such as eczema")
            if clause is None or view.clause_of(at) == clause:
                named.append(condition.entity)
            elif at < match.first:
                before.append(condition.entity)
        if named:
            return named
        subject = view.tokens[match.first - 1] if match.first > 0 else None
        defined = _defined_conditions(view.analysis).get(subject.text) if subject is not None else None
        if defined is not None:
            return [defined]  # "LS is a fungal infection"
        if not any(token.norm in _REFERS_BACK for token in view.tokens[:match.first + 1]) \
                and not any(token.norm in _PRONOUN_OBJECTS for token in view.tokens[match.first:match.last + 1]):
            # "TBE is a viral infection": a subject the lexicon does not know is still a subject. (A
            # pronoun inside the claim refers back as well: "you can catch it from your partner".)
            return []
        if before:
            # "a strep throat, which is a bacterial infection"; "Cholera is not a virus: it is caused
            # by a bacterium": what "which" or "it" stands for, named earlier in the sentence
            return before[-1:]
        # The topic in force before the sentence: its own conditions, named after the claim, are not
        # what the claim is about.
        sentences = view.analysis.sentences
        topic = sentences[view.index - 1].topic if view.index > 0 else view.topic
        return [condition.entity for condition in topic.conditions] or _recent_conditions(view)

    def message(self, claimed: str, fact) -> str:
        raise NotImplementedError


# Words that stand for a condition named before ("it's a virus", "the condition affects men ...").
_REFERS_BACK = frozenset({"it", "this", "that", "they", "these", "those", "which", "condition", "infection",
                          "disease", "illness", "disorder", "problem", "rash", "bug"})


# The condition as the object of the claim's own verb: "catch it from", "pass them on".
_PRONOUN_OBJECTS = frozenset({"it", "them"})


def _defined_conditions(analysis) -> dict[str, str]:
    """Abbreviations the article defines for a condition the lexicon knows: "lichen sclerosus (LS)"
    makes a later "LS" lichen sclerosus. Worked out once per document."""
    found = analysis.document.memo.get("condition-abbreviations")
    if found is None:
        found = analysis.document.memo["condition-abbreviations"] = {}
        for view in analysis.sentences:
            tokens = view.tokens
            for condition in named_entities(view, "condition"):
                after = view.token_index(condition.end - 1) + 1
                if after + 2 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")":
                    short = tokens[after + 1].text
                    if short.isupper() and 2 <= len(short) <= 6:
                        found.setdefault(short, condition.entity)
    return found


def _recent_conditions(view) -> list[str]:
    """The conditions named in the sentence before, in the same paragraph, or else in the title,
    counting those the topic leaves out because they are also harms ("My kidney infection came
    back. It's a virus ...")."""
    sentences = view.analysis.sentences
    if view.index > 0 and sentences[view.index - 1].block == view.block:
        named = named_entities(sentences[view.index - 1], "condition")
        if named:
            return [condition.entity for condition in named]
    titles = [sentence for sentence in sentences[:view.index]
              if view.analysis.document.blocks[sentence.block].kind == "title"]
    return [condition.entity for title in titles for condition in named_entities(title, "condition")]


# -- Words the claims of several properties share ---------------------------------------------------

# How a sentence says "mostly": "mainly affects", "is usually caused by" (sex and age; kind and cancer).
MOSTLY = "(mainly|mostly|usually|chiefly|largely|predominantly|typically|primarily|overwhelmingly|generally)"
AFFECTS = "(affects|affect|affected|strikes|strike|hits|occurs in|occur in|is seen in|are seen in|is found in|" \
          "are found in|targets|develops in|develop in)"
# (", at root," and the like: the tokens keep the commas)
ALWAYS = "[,] [usually|mainly|mostly|almost always|always|only|actually|really|just|simply|at root|at heart|essentially|" \
         "basically|fundamentally] [,]"

