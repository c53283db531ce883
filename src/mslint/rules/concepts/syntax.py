"""The concept language: rules written like the sentences they catch.

    {TREATMENT}? cure~ [the|your] {CONDITION}
    say goodbye to {CONDITION}
    (throw away|ditch|get rid of) [your] (cane|walker|wheelchair)
    {@hsct} ... without chemotherapy

A pattern is a sequence of elements matched against a sentence's tokens (mslint.analysis.tokens,
so hyphens do not matter and case does not either):

    word        the word, case-insensitive ("cure", "risk", "%", ",")
    word~       the word and its regular inflections (cure, cures, cured, curing)
    {CLASS}     any phrase of a lexicon class (TREATMENT, HARM, CURE...) or, with @, the
                entity and everything under it ({@natalizumab}, {@hsct})
    {CLASS !OTHER}  a phrase of CLASS that is not also of OTHER ({CONDITION !HARM}: a disease
                itself, "flu", not one a treatment can cause, "infection")
    {IT:CLASS}  "it" or "them" standing for the intervention in force from the sentences before
                when that is of CLASS ("Your GP gave you warfarin. You can stop it now": {IT:DRUG})
    {THE:CLASS} "the disease", "this condition" standing for the condition in force, when that is of
                CLASS ("Thalassaemia is inherited. A donor transplant can cure the disease":
                {THE:@THALASSAEMIA})
    {PHRASE}    any pattern of a named phrase of the knowledge base ({WHOLE-CLIENTELE}),
                written out before parsing (mslint.rules.concepts.phrases)
    (a|b c)     one of the alternatives (each a sequence)
    [a|b c]     optionally one of the alternatives
    X?          X is optional
    ...  ...N   up to 4 (or N) words, within the clause
    _           any one word
    #           a number
    ##          a count of a hundred or more, in figures ("2,000", "640"; not a year such as "2012")
    < ... >     the part of the match a finding points at (default: the whole match)
    ^           the start of a clause: the pattern's next word opens its clause (an imperative,
                "Book your consultation", not a report, "women queue to book consultations")

Patterns are parsed once when a pack loads; an error names the pattern and the position.
"""

from __future__ import annotations

import re

from mslint.analysis.tokens import phrase_norms
from mslint.knowledge.morphology import inflections
from mslint.record import Record, _set

DEFAULT_GAP = 4


class PatternSyntaxError(ValueError):
    pass


# The elements a pattern parses into: immutable values (mslint.record), compared by value.


class Word(Record):
    __slots__ = ("norms",)

    def __init__(self, norms: frozenset[str]):
        _set(self, "norms", norms)


class Class(Record):
    __slots__ = ("name", "without")

    def __init__(self, name: str, without: frozenset[str] = frozenset()):
        _set(self, "name", name)  # lower case; "@id" for an entity
        _set(self, "without", without)  # classes the phrase must not also be of: {CONDITION !HARM}


def class_names(text: str) -> list[str]:
    """The class names inside one pair of braces, lower case: "CONDITION !HARM" names two, and
    "IT:DRUG" names "it:drug", a pronoun standing for a drug. An empty name is left in for the
    parser to refuse."""
    return [part.strip().lower() for part in text.split("!")]


# A class element named "it:<class>" matches a pronoun, not a phrase: "it" or "them" when the
# intervention in force (mslint.analysis.topic) is of <class>. One named "the:<class>" matches a
# condition's general name ("the disease", "this condition") when the condition in force is of
# <class>: "A transplant from a matched sibling can cure the disease" in a story about sickle cell
# disease is {THE:@SICKLE-CELL-DISEASE}.
REFERENT_PREFIX = "it:"
CONDITION_REFERENT_PREFIX = "the:"
REFERRING_PRONOUNS = frozenset({"it", "them"})
REFERRING_DETERMINERS = frozenset({"the", "this", "that"})
CONDITION_NAMES = frozenset({"disease", "condition", "illness", "disorder"})


def referred_class(name: str) -> str | None:
    """The class a referent element stands for ("it:drug" -> "drug", "the:@lupus" -> "@lupus"), or
    None for a plain class."""
    for prefix in (REFERENT_PREFIX, CONDITION_REFERENT_PREFIX):
        if name.startswith(prefix):
            return name[len(prefix):]
    return None


def referring_words(name: str) -> frozenset[str]:
    """The words a referent element begins with: a pronoun, or a condition name's determiner."""
    return REFERRING_DETERMINERS if name.startswith(CONDITION_REFERENT_PREFIX) else REFERRING_PRONOUNS


def referent_anchor(name: str) -> frozenset[str]:
    """A word a sentence must hold for a referent element to match in it: the pronoun, or the
    condition's general name (rarer than "the")."""
    return CONDITION_NAMES if name.startswith(CONDITION_REFERENT_PREFIX) else REFERRING_PRONOUNS


class Seq(Record):
    __slots__ = ("items",)

    def __init__(self, items: tuple):
        _set(self, "items", items)


class Alt(Record):
    __slots__ = ("options",)

    def __init__(self, options: tuple):
        _set(self, "options", options)  # of Seq


class Opt(Record):
    __slots__ = ("item",)

    def __init__(self, item: object):
        _set(self, "item", item)


class Gap(Record):
    __slots__ = ("most",)

    def __init__(self, most: int):
        _set(self, "most", most)


class AnyWord(Record):
    __slots__ = ()


class Number(Record):
    __slots__ = ("large",)

    def __init__(self, large: bool = False):
        _set(self, "large", large)  # ##: a count of a hundred or more, not any number


class ClauseStart(Record):
    __slots__ = ()


class Mark(Record):
    """< or >: where the reported span starts or ends."""

    __slots__ = ("opening",)

    def __init__(self, opening: bool):
        _set(self, "opening", opening)


# A word runs to a space, a character of the syntax or a gap ("cure...4" is "cure" then a gap).
_WORD = re.compile(r"(?:(?!\.\.\.)[^\s()\[\]{}|<>?~^])*")
_SPACE = re.compile(r"\s*")


def parse(text: str) -> Seq:
    """The pattern's elements; PatternSyntaxError names the problem and its column."""
    seq = _quick_parse(text)
    return seq if seq is not None else _careful_parse(text)


def _careful_parse(text: str) -> Seq:
    parser = _Parser(text)
    seq = parser.sequence(stop="")
    if parser.pos < len(parser.text):
        parser.fail(f"unexpected {parser.text[parser.pos]!r}")
    if not any(_is_solid(item) for item in seq.items):
        parser.fail("a pattern needs at least one word or class that is not optional")
    return seq


def _is_solid(item) -> bool:
    return isinstance(item, (Word, Class, Number, AnyWord)) or (
        isinstance(item, Alt) and all(any(_is_solid(i) for i in option.items) for option in item.options))


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def fail(self, problem: str):
        raise PatternSyntaxError(f"pattern {self.text!r}: {problem} at column {self.pos + 1}")

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_space(self) -> None:
        self.pos = _SPACE.match(self.text, self.pos).end()

    def sequence(self, stop: str) -> Seq:
        items: list = []
        while True:
            self.skip_space()
            char = self.peek()
            if char == "" or char in stop:
                return Seq(tuple(items))
            items.extend(self.element())

    def element(self) -> list:
        char = self.peek()
        if char in "([":
            self.pos += 1
            close = ")" if char == "(" else "]"
            options = [self.sequence(stop="|" + close)]
            while self.peek() == "|":
                self.pos += 1
                options.append(self.sequence(stop="|" + close))
            if self.peek() != close:
                self.fail(f"missing {close!r}")
            self.pos += 1
            if any(not option.items for option in options):
                self.fail("an empty alternative")
            item = Alt(tuple(options))
            return [self.optional(Opt(item) if close == "]" else item)]
        if char == "{":
            end = self.text.find("}", self.pos)
            if end < 0:
                self.fail("missing '}'")
            names = class_names(self.text[self.pos + 1:end])
            if not all(names):
                self.fail("an empty class name")
            self.pos = end + 1
            return [self.optional(Class(names[0], frozenset(names[1:])))]
        if self.text.startswith("...", self.pos):
            self.pos += 3
            start = self.pos
            while self.peek().isdigit():
                self.pos += 1
            return [Gap(int(self.text[start:self.pos]) if self.pos > start else DEFAULT_GAP)]
        if char in "<>":
            self.pos += 1
            return [Mark(char == "<")]
        if char == "^":
            self.pos += 1
            return [ClauseStart()]
        if char in ")]|}":
            self.fail(f"unexpected {char!r}")
        return self.word()

    def word(self) -> list:
        start = self.pos
        self.pos = _WORD.match(self.text, start).end()
        raw = self.text[start:self.pos]
        inflect = self.peek() == "~"
        if inflect:
            self.pos += 1
        if raw == "_":
            return [self.optional(AnyWord())]
        if raw == "#" or raw == "##":
            return [self.optional(Number(large=raw == "##"))]
        if not raw:
            self.fail("expected a word")
        norms = phrase_norms(raw)
        if not norms:
            self.fail(f"{raw!r} is not a word")
        # "risk-free" is two tokens: two elements, the last one carrying ~ and ?
        items: list = [Word(frozenset({norm})) for norm in norms[:-1]]
        last = norms[-1]
        items.append(Word(frozenset(inflections(last) if inflect else (last,))))
        items[-1] = self.optional(items[-1])
        return items

    def optional(self, item):
        if self.peek() == "?":
            self.pos += 1
            return Opt(item)
        return item


# -- the quick path ------------------------------------------------------------------------------
# Every run parses a few hundred patterns before it reads a word of the article, and the parser
# above steps through them character by character. The quick path reads a pattern a lexeme at a
# time with one regular expression and builds the same elements; anything it does not expect (a
# syntax error, a "?" with nothing to make optional) sends the pattern to the parser above, which
# names the problem. tests/test_concepts_syntax.py holds both to the same results.

# One lexeme per match; findall hands back every match's groups as one tuple, which is several
# times quicker than a match object per lexeme (a few hundred patterns a run, ~50 lexemes each).
# "bad" takes any other character, so a pattern the quick path does not understand is noticed.
_LEXEME = re.compile(
    r"\s*(?:"
    r"(?P<word>(?:(?!\.\.\.)[^\s()\[\]{}|<>?~^])+)(?P<tilde>~?)(?P<word_optional>\??)"  # a word
    r"|(?P<gap>\.\.\.(?P<most>\d*))"  # a gap, "..." or "...8"
    r"|(?P<cls>\{(?P<name>[^}]*)\})(?P<class_optional>\??)"  # a class
    r"|(?P<close>[)\]])(?P<group_optional>\??)"
    r"|(?P<symbol>[(\[|<>^])"
    r"|(?P<bad>\S)"
    r")"
)


# The elements of each word lexeme seen ("cure~", "[the", "your?"): patterns repeat a few hundred
# words thousands of times, and the elements are immutable, so each is built once.
_WORDS: dict[tuple[str, str, str], tuple] = {}


def _words(raw: str, tilde: str, optional: str) -> tuple | None:
    """The elements of a word as the careful parser builds them (None: not a word)."""
    if raw == "_" or raw == "#" or raw == "##":
        item = AnyWord() if raw == "_" else Number(large=raw == "##")
        words: tuple = (Opt(item) if optional else item,)
    else:
        norms = phrase_norms(raw)
        if not norms:
            return None
        last = Word(frozenset(inflections(norms[-1]) if tilde else (norms[-1],)))
        words = (*(Word(frozenset({norm})) for norm in norms[:-1]), Opt(last) if optional else last)
    _WORDS[raw, tilde, optional] = words
    return words


def _quick_parse(text: str) -> Seq | None:
    """The pattern's elements, or None for anything the careful parser should look at."""
    items: list = []
    groups: list[tuple[list, list, str]] = []  # enclosing (items, options, closing bracket)
    for (word, tilde, word_optional, gap, most, cls, name, class_optional, close, group_optional,
         symbol, bad) in _LEXEME.findall(text):
        if word:
            key = (word, tilde, word_optional)
            words = _WORDS.get(key)
            if words is None:
                words = _words(*key)
                if words is None:
                    return None
            items.extend(words)
        elif gap:
            items.append(Gap(int(most) if most else DEFAULT_GAP))
        elif cls:
            names = class_names(name)
            if not all(names):
                return None
            item = Class(names[0], frozenset(names[1:]))
            items.append(Opt(item) if class_optional else item)
        elif close:
            if not groups or not items:
                return None
            outer, options, closing = groups.pop()
            if close != closing:
                return None
            options.append(Seq(tuple(items)))
            item = Alt(tuple(options))
            if closing == "]":
                item = Opt(item)
            items = outer
            items.append(Opt(item) if group_optional else item)
        elif symbol == "(" or symbol == "[":
            groups.append((items, [], ")" if symbol == "(" else "]"))
            items = []
        elif symbol == "|":
            if not groups or not items:
                return None
            groups[-1][1].append(Seq(tuple(items)))
            items = []
        elif symbol == "<" or symbol == ">":
            items.append(Mark(symbol == "<"))
        elif symbol == "^":
            items.append(ClauseStart())
        else:  # a stray "?", "~" or "}"
            return None
    if groups or not any(_is_solid(item) for item in items):
        return None
    return Seq(tuple(items))
