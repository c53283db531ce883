"""Matching concept patterns (mslint.rules.concepts.syntax) against a sentence's tokens.

A pattern is tried only at tokens where its anchor can start a match region: the engine's
trigger index (mslint.engine.triggers) already knows which sentences hold the anchor's words or
classes, so most sentences never see a pattern at all. Within a sentence, matching is a small
backtracking walk over the pattern's elements; a class element steps over the whole phrase the
lexicon found there ("multiple sclerosis" is one step).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mslint.record import Record, _set
from mslint.rules.concepts import anchor_table
from mslint.rules.concepts.syntax import (
    CONDITION_NAMES, REFERRING_DETERMINERS, REFERRING_PRONOUNS, Alt, AnyWord, Class, ClauseStart, Gap, Mark, Number,
    Opt, Seq, Word, class_names, parse, referent_anchor, referred_class, referring_words,
)

_CLASS_NAMES = re.compile(r"\{([^}]*)\}")
# Words a gap may not cross: they end the clause the pattern is about.
_GAP_STOPS = frozenset({";", "?", "!", "—", "–", ".", "but", "however", "although",
                        "though", "whereas", "because", "unless", "except"})
# What may come before the first word of a clause (besides nothing).
_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "-", "(", "[", '"', "“", "'", "‘", "!", "?", ".", "…", "*",
                             "please", "so", "then", "just", "simply", "now", "today", "and", "or", "but"})
# A verb after "and" or "or" shares the mood of the verb before it. When that clause opens with
# its subject and no modal or "to" governs it ("Another group lose weight and come off some
# tablets"), the second verb is reported too, not an imperative ("Eat well and come off them").
_COORDINATORS = frozenset({"and", "or"})
_HARD_BOUNDARIES = frozenset({";", ":", "—", "–", "(", "[", '"', "“", "!", "?", ".", "…"})
_SUBJECT_OPENERS = frozenset({"another", "many", "most", "some", "several", "few", "both", "each", "every", "the",
                              "a", "an", "these", "those", "their", "his", "her", "my", "our", "its", "they",
                              "he", "she", "we", "i", "people", "patients", "others", "everyone"})
_GOVERNORS = frozenset({"to", "should", "must", "can", "could", "may", "might", "will", "would", "need", "needs",
                        "please", "let", "let's", "ought", "shall", "advise", "ask", "tell", "urge", "recommend"})
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty "
                          "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions half dozen dozens".split())
# Classes so common that they make a poor anchor for the trigger index.
_BROAD_CLASSES = frozenset({"intervention", "treatment", "treatment-word", "condition", "condition-word",
                            "harm", "harm-word", "any-harm", "test", "test-word", "first-person",
                            "risk-frame", "approved", "proven"})
# Words nearly every sentence holds: as an anchor they wake a pattern everywhere (on the blind
# sets, patterns anchored on "the", "of", "is" or "to" were offered to sentences a million times
# and 99% of those lacked another element the pattern requires). They cost as much as a broad class.
_COMMON_WORDS = frozenset("""the a an of to in on at by for from with as and or but not no is are was were be been
being am do does did done have has had it its this that these those there their they them you your yours we our
us i my me he his him she her hers who which what when where how all any some more most many much can could will
would should may might must if so than then very just also only about into over after before up out one two
, . : ; ( ) " ' - “ ” ‘ ’""".split())


class Match(Record):
    __slots__ = ("first", "last", "mark_first", "mark_last", "own")

    def __init__(self, first: int, last: int, mark_first: int, mark_last: int, own: frozenset[int]):
        _set(self, "first", first)  # token indexes of the whole match, inclusive
        _set(self, "last", last)
        _set(self, "mark_first", mark_first)  # the part a finding points at
        _set(self, "mark_last", mark_last)
        _set(self, "own", own)  # tokens matched by the pattern's words and classes (not by its gaps)


class ConceptPattern:
    """A parsed pattern. Only its anchor is needed to index it and only its required elements to
    turn most sentences away, and a run meets few of the packs' patterns: one that the shipped
    table (mslint.rules.concepts.anchor_table) knows is parsed when a sentence that holds all its
    required elements first offers itself; any other is parsed at once, so a broken pattern in a
    user's pack is reported when the pack loads."""

    _PARSED = ("seq", "first")

    def __init__(self, text: str):
        self.text = text
        # Holds a pronoun standing for an earlier sentence's intervention ({IT:DRUG}) or a general name
        # for its condition ({THE:INCURABLE}): matching then reads the topic in force (class names are
        # case-blind, as the parser reads them).
        lowered = text.lower()
        self.refers = "{it:" in lowered or "{the:" in lowered
        known = anchor_table.anchor_of(text)
        if known is None:
            self._parse()
        else:
            self.anchor_words, self.anchor_classes, self._required = known

    def __getattr__(self, name: str):
        # Reached only for attributes not set yet, on a pattern loaded from the table: its
        # required elements, then its parse.
        if name == "required":
            self.required = anchor_table.required(self.__dict__.pop("_required"))
            return self.required
        if name in ConceptPattern._PARSED:
            self._parse()
            return self.__dict__[name]
        raise AttributeError(name)

    def _parse(self) -> None:
        self.__dict__.pop("_required", None)
        self.seq = parse(self.text)
        choices = [choice for choice in map(_item_anchor, self.seq.items) if choice is not None]
        self.anchor_words, self.anchor_classes = _anchor(choices)
        # Every element a match must contain, as (words, classes): a sentence that lacks one of
        # them cannot match, which two set intersections tell before any backtracking.
        self.required = tuple(choice[1:] for choice in choices)
        # The words and classes a match can begin with: matching is tried only where one starts
        # (None: the pattern can begin anywhere, with a gap or any word).
        self.first = _first_of(self.seq.items)

    def classes(self) -> set[str]:
        # Read off the text: in a pattern that parsed, every "{...}" is a class (no word holds a
        # brace), which is quicker than walking the elements for each of the packs' patterns.
        # A referent ({IT:DRUG}) names the class it stands for.
        return {referred_class(name) or name for braces in _CLASS_NAMES.findall(self.text)
                for name in class_names(braces)}


    def may_match(self, view) -> bool:
        """The sentence holds the anchor (a cheap test before matching)."""
        if "*" in self.anchor_classes:
            return True
        return bool(self.anchor_words & view.words) or bool(self.anchor_classes & view.classes)

    def finditer(self, view) -> Iterator[Match]:
        """Leftmost-longest, non-overlapping matches in the sentence."""
        words, classes = view.words, view.classes
        for required_words, required_classes in self.required:
            if not (required_words & words or required_classes & classes):
                return
        tokens = view.tokens
        starts = view.starting_at()
        if self.refers:
            starts = _with_referents(view, starts)
        count = len(tokens)
        candidates = self._candidates(view) if self.first is not None else range(count)
        i = -1
        for i_start in candidates:
            if i_start < i:
                continue  # inside the previous match
            i = i_start
            best: tuple[int, list[int]] | None = None
            for end, marks in _match(self.seq.items, 0, i, tokens, starts, ()):
                if end > i and (best is None or end > best[0]):
                    best = (end, marks)
            if best is None:
                i += 1
                continue
            end, trail = best
            opening = [pos for tag, pos in trail if tag == _OPEN]
            closing = [pos for tag, pos in trail if tag == _CLOSE]
            mark_first = opening[0] if opening else i
            mark_last = (closing[-1] - 1) if closing else end - 1
            if mark_last < mark_first:
                mark_first, mark_last = i, end - 1
            own = frozenset(pos for tag, pos in trail if tag == _OWN)
            yield Match(i, end - 1, mark_first, mark_last, own)
            i = end

    def _candidates(self, view) -> list[int]:
        """Token indexes where a match can begin, from the sentence's word and class indexes (and its
        figures, for a pattern that can open with one)."""
        words, classes = self.first
        found: set[int] = set()
        for word in words & view.words:
            found.update(view.positions(word))
        for cls in classes & view.classes:
            found.update(mention.first for mention in view.mentions_of(cls))
        if _FIGURE in classes:
            found.update(index for index, token in enumerate(view.tokens) if _may_be_figure(token))
        return sorted(found)


class _Referent(Record):
    """A pronoun read as the intervention it stands for, in the shape of a lexicon mention: its
    classes are the intervention's, each with the referent prefix ("it:drug")."""

    __slots__ = ("last", "classes")

    def __init__(self, last: int, classes: frozenset[str]):
        _set(self, "last", last)
        _set(self, "classes", classes)


def _with_referents(view, starts: dict) -> dict:
    """The sentence's mentions by first token, with "it" and "them" read as the intervention in
    force from the sentences before (the topic, mslint.analysis.topic), and "the disease", "this
    condition" as the condition in force, when there is one."""
    interventions, conditions = view.topic.interventions, view.topic.conditions
    if not interventions and not conditions:
        return starts
    lexicon = view.analysis.knowledge.lexicon
    found = dict(starts)
    tokens = view.tokens
    # "It" may stand for the intervention in force or, for a fact about an illness ("it only affects
    # older men"), the condition in force: a pattern's class says which ({IT:DRUG}, {IT:@sleep-apnoea}).
    referred = [named.entity for named in (interventions[:1] + (view.topic.conditions_before or conditions)[:1])]
    if referred:
        classes = frozenset("it:" + cls for entity in referred for cls in lexicon.ancestors("@" + entity))
        for index, token in enumerate(tokens):
            if token.norm in REFERRING_PRONOUNS:
                found[index] = list(found.get(index, ())) + [_Referent(index, classes)]
    if conditions:
        # The condition's own id too: what a fact says of sickle cell disease, it says of "the disease".
        classes = frozenset("the:" + cls for cls in lexicon.ancestors("@" + conditions[0].entity))
        for index, token in enumerate(tokens[:-1]):
            if token.norm in REFERRING_DETERMINERS and tokens[index + 1].norm in CONDITION_NAMES:
                found[index] = list(found.get(index, ())) + [_Referent(index + 1, classes)]
    return found


# What the trail of a match records: the pattern's own tokens and the < > marks.
_OWN, _OPEN, _CLOSE = 0, 1, 2


def _match(items: tuple, k: int, i: int, tokens, starts, marks: tuple) -> Iterator[tuple[int, tuple]]:
    """Every token index at which items[k:] can end when started at token i."""
    if k == len(items):
        yield i, marks
        return
    item = items[k]
    kind = type(item)
    count = len(tokens)
    if kind is Word:
        if i < count and tokens[i].norm in item.norms:
            if k + 1 < len(items):
                opens = _opening_words(items[k + 1])
                if opens is not None and (i + 1 >= count or tokens[i + 1].norm not in opens):
                    return  # what must come next is not there: no need to try it (the commonest failure)
            yield from _match(items, k + 1, i + 1, tokens, starts, marks + ((_OWN, i),))
    elif kind is Class:
        for mention in starts.get(i, ()):
            if item.name in mention.classes and (not item.without or item.without.isdisjoint(mention.classes)):
                own = tuple((_OWN, pos) for pos in range(i, mention.last + 1))
                yield from _match(items, k + 1, mention.last + 1, tokens, starts, marks + own)
    elif kind is Opt:
        yield from _match((item.item,) + items[k + 1:], 0, i, tokens, starts, marks)
        yield from _match(items, k + 1, i, tokens, starts, marks)
    elif kind is Alt:
        # An option that opens with a word the token is not cannot match here: skipped untried
        # (most of the matcher's calls were such options).
        norm = tokens[i].norm if i < count else None
        for option in item.options:
            opens = _opening_words(option.items[0]) if option.items else None
            if opens is not None and norm not in opens:
                continue
            yield from _match(option.items + items[k + 1:], 0, i, tokens, starts, marks)
    elif kind is Gap:
        j = i
        words = 0
        while True:
            yield from _match(items, k + 1, j, tokens, starts, marks)
            if j >= count or tokens[j].norm in _GAP_STOPS:
                return
            if tokens[j].is_word:  # punctuation is free: the limit counts words
                if words >= item.most:
                    return
                words += 1
            j += 1
    elif kind is AnyWord:
        if i < count and tokens[i].is_word:
            yield from _match(items, k + 1, i + 1, tokens, starts, marks + ((_OWN, i),))
    elif kind is Number:
        if i < count and (_is_count(tokens[i].norm) if item.large else
                          tokens[i].is_number or tokens[i].norm in _NUMBER_WORDS):
            yield from _match(items, k + 1, i + 1, tokens, starts, marks + ((_OWN, i),))
    elif kind is ClauseStart:
        if i == 0 or tokens[i - 1].norm in _CLAUSE_OPENERS and not _joins_a_report(tokens, i):
            yield from _match(items, k + 1, i, tokens, starts, marks)
    elif kind is Mark:
        yield from _match(items, k + 1, i, tokens, starts, marks + ((_OPEN if item.opening else _CLOSE, i),))
    elif kind is Seq:
        yield from _match(item.items + items[k + 1:], 0, i, tokens, starts, marks)


def _joins_a_report(tokens, i: int) -> bool:
    """The word at `i` follows "and"/"or" in a clause that opened with its subject and has no
    modal or "to" (see _COORDINATORS): it continues a report, so it opens no imperative."""
    if tokens[i - 1].norm not in _COORDINATORS:
        return False
    start = i - 1
    while start > 0 and tokens[start - 1].norm not in _HARD_BOUNDARIES:
        start -= 1
    words = [t.norm for t in tokens[start:i - 1]]
    return bool(words) and words[0] in _SUBJECT_OPENERS and not _GOVERNORS.intersection(words)


# The words an alternation must open with, where every option opens with a word (else None),
# worked out once per alternation: keyed by id(), the element kept in the entry so that the id
# cannot be reused for another element while the entry lives.
_ALT_OPENINGS: dict[int, tuple[Alt, frozenset[str] | None]] = {}


def _opening_words(item) -> frozenset[str] | None:
    """The words one of which an element must start with, or None if it may start otherwise."""
    kind = type(item)
    if kind is Word:
        return item.norms
    if kind is Alt:
        entry = _ALT_OPENINGS.get(id(item))
        if entry is None or entry[0] is not item:
            words: set[str] | None = set()
            for option in item.options:
                opens = _opening_words(option.items[0]) if option.items else None
                if opens is None:
                    words = None
                    break
                words |= opens
            entry = _ALT_OPENINGS[id(item)] = (item, None if words is None else frozenset(words))
        return entry[1]
    return None


# Stands in a pattern's first (words, classes) for "a figure opens the match"; no lexicon class has
# this name, so the trigger index and the sentence's classes never see it.
_FIGURE = "#figure"


def _may_be_figure(token) -> bool:
    """A token a Number element can match, besides the number words ("nine", "ten") that the
    pattern's opening words already hold: a number, or a figure such as "2,000"."""
    return token.is_number or token.norm[:1].isdigit()


def _is_count(norm: str) -> bool:
    """A figure of a hundred or more that counts something: "640", "2,000", "12,000"; a year
    ("since 2012") is a date, unless written with a comma."""
    if not norm[:1].isdigit():
        return False
    try:
        value = float(norm.replace(",", ""))
    except ValueError:
        return False
    if "," not in norm and norm.isdigit() and len(norm) == 4 and 1800 <= value <= 2100:
        return False
    return value >= 100


def _first_of(items: tuple):
    """(words, classes) that can open a match of the item sequence, or None if any token can."""
    words: set[str] = set()
    classes: set[str] = set()
    for item in items:
        first = _item_first(item)
        if first is None:
            return None
        item_words, item_classes, nullable = first
        words |= item_words
        classes |= item_classes
        if not nullable:
            return frozenset(words), frozenset(classes)
    return None  # every element optional: the pattern could start anywhere


def _item_first(item):
    """(words, classes, nullable) for one element, or None when it can start on any token."""
    if isinstance(item, Word):
        return item.norms, frozenset(), False
    if isinstance(item, Class):
        if referred_class(item.name):
            return referring_words(item.name), frozenset(), False
        return frozenset(), frozenset({item.name}), False
    if isinstance(item, (Mark, ClauseStart)):
        return frozenset(), frozenset(), True
    if isinstance(item, Number):
        # A figure opens the match: it is tried only at the sentence's figures, not at every token (a
        # pattern such as "# (%|percent) of our customers ..." was tried at each word of each sentence).
        return _NUMBER_WORDS, frozenset({_FIGURE}), False
    if isinstance(item, (Gap, AnyWord)):
        return None
    if isinstance(item, Opt):
        inner = _item_first(item.item)
        return None if inner is None else (inner[0], inner[1], True)
    if isinstance(item, (Alt, Seq)):
        options = item.options if isinstance(item, Alt) else (item,)
        words: set[str] = set()
        classes: set[str] = set()
        nullable = False
        for option in options:
            first = _first_of(option.items)
            if first is None:
                if all(_item_first(i) is not None and _item_first(i)[2] for i in option.items):
                    nullable = True  # an option of only optional parts
                    continue
                return None
            words |= first[0]
            classes |= first[1]
        return frozenset(words), frozenset(classes), nullable
    return None


def _classes(seq: Seq):
    for item in seq.items:
        yield from _item_classes(item)


def _item_classes(item):
    if isinstance(item, Class):
        yield referred_class(item.name) or item.name
        yield from item.without
    elif isinstance(item, Opt):
        yield from _item_classes(item.item)
    elif isinstance(item, Alt):
        for option in item.options:
            yield from _classes(option)
    elif isinstance(item, Seq):
        yield from _classes(item)


def _anchor(choices: list) -> tuple[frozenset[str], frozenset[str]]:
    """The most selective element every match must contain (of the `_item_anchor` choices of the
    pattern's elements): its words and classes."""
    best: tuple[float, frozenset[str], frozenset[str]] | None = None
    for choice in choices:
        if best is None or choice[0] < best[0]:
            best = choice
    if best is None:  # parse() guarantees a solid element; AnyWord/Number alone anchor nothing
        return frozenset(), frozenset({"*"})
    return best[1], best[2]


# The anchor choice of each word element: the parser shares one element per distinct word
# (mslint.rules.concepts.syntax._WORDS), so the ~60,000 word elements of the packs are a few
# thousand objects, and their cost is worked out once each (keyed by identity: a shared element
# lives as long as the parser's table, so its id is never reused for another word).
_WORD_ANCHORS: dict[int, tuple[float, frozenset[str], frozenset[str]]] = {}
_NO_CLASSES: frozenset[str] = frozenset()


def _item_anchor(item) -> tuple[float, frozenset[str], frozenset[str]] | None:
    kind = type(item)
    if kind is Word:
        choice = _WORD_ANCHORS.get(id(item))
        if choice is None or choice[1] is not item.norms:
            norms = item.norms
            choice = (sum(50.0 if norm in _COMMON_WORDS else 1.0 for norm in norms), norms, _NO_CLASSES)
            _WORD_ANCHORS[id(item)] = choice
        return choice
    if kind is Class:
        if referred_class(item.name):  # a pronoun or a general name: the sentence holds the word, not the class
            words = referent_anchor(item.name)
            return (50.0 * len(words), words, _NO_CLASSES)
        return (50.0 if item.name in _BROAD_CLASSES else 5.0, _NO_CLASSES, frozenset({item.name}))
    if isinstance(item, Alt):
        cost, words, classes = 0.0, set(), set()
        for option in item.options:
            choice = _anchor_of_sequence(option)
            if choice is None:
                return None
            cost += choice[0]
            words |= choice[1]
            classes |= choice[2]
        return (cost, frozenset(words), frozenset(classes))
    if isinstance(item, Seq):
        return _anchor_of_sequence(item)
    return None  # Opt, Gap, AnyWord, Number, Mark: not required or not indexable


def _anchor_of_sequence(seq: Seq):
    best = None
    for item in seq.items:
        choice = _item_anchor(item)
        if choice is not None and (best is None or choice[0] < best[0]):
            best = choice
    return best


class PatternSet:
    """Many patterns indexed by their anchors: a sentence is offered only the patterns whose anchor
    word or class it holds (one set intersection, not one test per pattern)."""

    def __init__(self, patterns):
        self.patterns = list(patterns)
        self.by_word: dict[str, list[int]] = {}
        self.by_class: dict[str, list[int]] = {}
        self.everywhere: list[int] = []
        for position, pattern in enumerate(self.patterns):
            if "*" in pattern.anchor_classes:
                self.everywhere.append(position)
                continue
            for word in pattern.anchor_words:
                self.by_word.setdefault(word, []).append(position)
            for cls in pattern.anchor_classes:
                self.by_class.setdefault(cls, []).append(position)
        self.words = frozenset(self.by_word)
        self.classes = frozenset(self.by_class)

    def candidates(self, view) -> list[ConceptPattern]:
        """The patterns that can match in the sentence, in their original order."""
        chosen = set(self.everywhere)
        for word in view.words & self.words:
            chosen.update(self.by_word[word])
        for cls in view.classes & self.classes:
            chosen.update(self.by_class[cls])
        return [self.patterns[position] for position in sorted(chosen)]

    def triggers(self) -> tuple[frozenset[str], frozenset[str]]:
        if self.everywhere:
            return frozenset(), frozenset({"*"})
        return self.words, self.classes
