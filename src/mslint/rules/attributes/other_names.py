"""FCT038: one thing given another's name ("thiamine, also known as vitamin B12"; "lupus, also
called rheumatoid arthritis"), or a medicine said to be merely another ("Sativex is simply pure
CBD", "fingolimod is basically a chemo drug").

The knowledge base names each medicine, supplement and condition as one entity with all its names
(paracetamol and acetaminophen; heart attack and myocardial infarction) and records which is a kind
of which. "X, also known as Y" says that X and Y name one thing, and "X is just Y" that X is nothing
more than Y: when the knowledge base holds them as two entities of the same kind, neither a kind of
the other, the sentence is wrong. Only a name read whole on both sides counts: "severe combined
immunodeficiency, otherwise known as SCID" is not read as "immunodeficiency", and a second name that
runs on ("vitamin B12 deficiency") not as its first words. A condition said to be merely another
is FCT036's.
"""

from __future__ import annotations

from functools import cached_property

from mslint.analysis.article import analyse
from mslint.model import RuleDocs
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.facts import FactRule

# "X, also known as Y", "X (also called Y)", "X, known medically as Y".
_ALSO_NAMED = ConceptPattern(
    "(also known as|also called|otherwise known as|also referred to as|also termed|better known as|sometimes called|"
    "commonly called|commonly known as|more commonly known as|known medically as|medically known as|"
    "known scientifically as|aka)")
# "X is simply Y", "X is basically a type of Y", "X are nothing more than Y", "X is a pure Y spray".
_MERELY = ConceptPattern(
    "(is|are|'s) [really|actually|honestly] (just|simply|basically|merely|essentially|nothing more than|nothing but|"
    "little more than|no more than|only|a pure|pure)")

# What may stand between the first name and the phrase ("Thiamine, also known as", "Thiamine is
# also known as"; nothing before "is simply").
_BEFORE_PHRASE = {id(_ALSO_NAMED): frozenset({",", "(", "-", "—", "–", "is", "are", "'s"}), id(_MERELY): frozenset()}
# What may stand between the phrase and the second name: an article or quotes, and after "is simply"
# the words that make it a kind or a grade of the second ("basically a type of", "just a milder",
# "simply pure").
_ALSO_BEFORE_NAME = frozenset({"the", "a", "an", '"', "“", "'", "‘"})
_MERELY_BEFORE_NAME = _ALSO_BEFORE_NAME | frozenset({
    "pure", "plain", "type", "form", "kind", "sort", "version", "variety", "of", "mild", "milder", "strong", "stronger",
    "weak", "weaker", "glorified", "fancy", "expensive", "overpriced", "cheap", "synthetic", "rebranded",
    "repackaged", "natural", "low-dose", "high-dose", "new", "old", "posh"})
_BEFORE_NAME = {id(_ALSO_NAMED): _ALSO_BEFORE_NAME, id(_MERELY): _MERELY_BEFORE_NAME}
# The kinds of thing both names must be: a medicine is not another name for a disease ("the shingles
# vaccine, better known as Shingrix" names a vaccine and a vaccine). A condition said to be merely
# another is FCT036's.
_KINDS = {id(_ALSO_NAMED): ("intervention", "condition"), id(_MERELY): ("intervention",)}
# Words that may follow the second name without lengthening it ("vitamin B12, is", "vitamin B12 is
# a ..."); any other word may be the rest of a longer name the lexicon does not know ("vitamin B12
# deficiency").
_AFTER_NAME = frozenset({"is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "will",
                         "would", "and", "or", "but", "which", "that", "who", "in", "for", "to", "from", "by", "with",
                         "as", "on", "at", "of", "it", "its", "because", "so", "helps", "works", "drug", "drugs",
                         "medicine", "medicines", "tablet", "tablets", "anyway", "spray", "sprays", "oil", "oils",
                         "extract", "product", "products"})
# Words that may come before the first name without being part of it ("Your thiamine, ...").
_BEFORE_FIRST = frozenset({"the", "a", "an", "your", "my", "our", "their", "his", "her", "its", "this", "that",
                           "of", "and", "or", "with", "called", "is", "are", "was", "were", "take", "taking",
                           "including", "like", "as", "on", "for", "to", "in", "forget", "honestly", "people",
                           # a report or a clause before the name: "customers tell us Sativex is ..."
                           "us", "me", "you", "them", "him", "say", "says", "said", "tell", "tells", "told",
                           "think", "thinks", "believe", "believes", "claim", "claims", "know", "because", "since",
                           "if", "when", "while", "but", "so", "then", "now", "why", "how"})


class OtherNameMisstated(FactRule):
    """distinct-names: "Biotin, also known as vitamin B12, is a water-soluble vitamin"."""

    relation = "distinct-names"
    code, name = "FCT038", "names-conflated"
    summary = ("A medicine, supplement or condition is given a name that belongs to something else, or a medicine is "
               "said to be merely another")
    setting = "This article is about a treatment."
    # A class of medicine called another ("pregabalin is basically an opioid") is FCT004's finding.
    yields_to = frozenset({"FCT004"})
    docs = RuleDocs(
        what="Flags a name given as another name for something it is not (\"thiamine, also known as vitamin B12\", "
        "\"lupus (also called rheumatoid arthritis)\"), and a medicine or supplement said to be nothing more than "
        "another (\"Sativex is simply pure CBD\", \"fingolimod is basically a chemo drug\"). The knowledge base "
        "names each medicine, supplement and condition with all its names and records which is a kind of which; "
        "two names it holds as different things of one kind, neither a kind of the other, are not one thing. A "
        "true other name (\"paracetamol, also known as acetaminophen\") or a kind and its class (\"AHSCT, also "
        "called a stem cell transplant\", \"semaglutide is basically a GLP-1 drug\") is left alone.",
        why="A reader who looks up, buys or asks a pharmacist for the second name gets a different medicine, "
        "vitamin or diagnosis: thiamine (vitamin B1) and vitamin B12 prevent different deficiencies, and Sativex "
        "holds THC as well as CBD.",
        bad=("Thiamine, also known as vitamin B12, keeps your nerves healthy.",
             "Lupus, also called rheumatoid arthritis, mostly affects women.",
             "Sativex is simply pure CBD with a prescription label."),
        good=("Thiamine, also known as vitamin B1, keeps your nerves healthy.",
              "Paracetamol, also known as acetaminophen, is safe for most people at the usual dose.",
              "Sativex is a mouth spray that holds both THC and CBD."),
        better="Give the right other name, or say what each is, with a source: \"Thiamine (vitamin B1) ...\".",
    )

    @cached_property
    def _patterns(self) -> PatternSet:
        return PatternSet([_ALSO_NAMED, _MERELY])

    def triggers(self):
        return self._patterns.triggers()

    def check(self, document, unit, options):
        if not self.facts:
            return
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        for pattern in self._patterns.candidates(view):
            for match in pattern.finditer(view):
                pair = self._names_around(view, match.first, match.last, id(pattern))
                if pair is None:
                    continue
                first, second = pair
                if self._related(first.entities, second.entities):
                    continue
                one, other = document.text[first.start:first.end], document.text[second.start:second.end]
                merely = pattern is _MERELY
                message = (f"{one} is not {'merely' if merely else 'another name for'} {other}: the two names "
                           "belong to different things")
                yield self.hit(view, first.start, second.end, self.facts[0], message,
                               stance=view.stance(first.first, second.last, match.own))
                return

    def _names_around(self, view, first: int, last: int, form: int):
        """The whole name just before the phrase and the whole name just after it, both of one kind."""
        tokens = view.tokens
        for kind in _KINDS[form]:
            mentions = [m for m in view.mentions_of(kind) if m.entities]
            before = [m for m in mentions if m.last < first
                      and all(t.text in _BEFORE_PHRASE[form] for t in tokens[m.last + 1:first])]
            after = [m for m in mentions if m.first > last
                     and all(t.norm in _BEFORE_NAME[form] for t in tokens[last + 1:m.first])]
            if not before or not after:
                continue
            one = max(before, key=lambda m: (m.last, m.last - m.first))
            start = min(m.first for m in after)
            other = max((m for m in after if m.first == start), key=lambda m: m.last - m.first)
            if one.first > 0 and tokens[one.first - 1].is_word and tokens[one.first - 1].norm not in _BEFORE_FIRST:
                continue  # "severe combined immunodeficiency": the lexicon knows only the end of the name
            following = tokens[other.last + 1] if other.last + 1 < len(tokens) else None
            if following is not None and following.is_word and following.norm not in _AFTER_NAME:
                continue  # "vitamin B12 deficiency": the name runs on
            return one, other
        return None

    def _related(self, ones: tuple[str, ...], others: tuple[str, ...]) -> bool:
        is_a = self.knowledge.is_a
        return any(a == b or is_a(a, b) or is_a(b, a) for a in ones for b in others)
