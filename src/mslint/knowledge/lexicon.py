"""The lexicon: phrases and what they mean, found over a sentence's tokens.

A phrase means an entity of the knowledge base ("Tysabri" -> natalizumab) or belongs to a word
class ("cures" -> CURE, "side effects" -> HARM-WORD). Classes nest: a class may include other
classes, and an entity belongs to its own classes and every class that includes them, so
`{TREATMENT}` in a rule matches "natalizumab" because TREATMENT includes biologic.

Matching is by token norms (lower case), except for names written in capitals in the lexicon
("MS", "PML"), which match only as written: "ms" is milliseconds and "Ms" a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from mslint.analysis.tokens import Token, tokenize
from mslint.knowledge.morphology import inflections, names_a_disease, names_a_drug, plural
from mslint.record import Record, _set


class Mention(Record):
    """A run of tokens [first, last] that the lexicon recognises (an immutable value: mslint.record)."""

    __slots__ = ("first", "last", "start", "end", "classes", "entities")

    def __init__(self, first: int, last: int, start: int, end: int, classes: frozenset[str],
                 entities: tuple[str, ...] = ()):
        _set(self, "first", first)  # token indexes, inclusive
        _set(self, "last", last)
        _set(self, "start", start)  # offsets into Document.text
        _set(self, "end", end)
        _set(self, "classes", classes)  # every class the phrase belongs to, nested classes resolved
        _set(self, "entities", entities)  # entity ids it names

    @property
    def entity(self) -> str | None:
        return self.entities[0] if self.entities else None


# "diabetes-related", "obesity-associated", "HIV-positive": the condition names a kind of something
# else, so the phrase is not a mention of the condition itself.
_COMPOUND_HEADS = frozenset({"related", "associated", "induced", "linked", "positive", "negative", "specific",
                             "based", "like", "causing", "prone", "driven", "derived", "dependent", "resistant",
                             "sensitive", "affected", "focused", "targeted", "centred", "centered", "friendly"})

# A phrase of plain words and spaces needs no tokenizer (most lexicon entries are such).
_PLAIN = re.compile(r"[^\W_]+(?: [^\W_]+)*")


# An entry is a tuple (norms, exact, classes, entity): the token norms it matches, the written
# form for case-sensitive names (else None), its classes and its entity. Thousands are built at
# start-up, and a tuple is the cheapest object to build.


def is_case_sensitive(name: str) -> bool:
    """Capitals-only names of two letters or more ("MS", "HSCT", "JCV") match only as written, and
    so do short mixed-case abbreviations ("PsA", "PrEP", "iPSC"): in lower case or in capitals
    they are other words ("PSA" is the prostate test, "prep" is preparation)."""
    if name.isupper():
        return sum(map(str.isalpha, name)) >= 2
    return (" " not in name and len(name) <= 7 and sum(map(str.isupper, name)) >= 2
            and any(map(str.isupper, name[1:])))


def _plural_form(phrase: str) -> str | None:
    """The regular plural a name also matches as, or None (capitals, plurals, non-words)."""
    if is_case_sensitive(phrase):
        return None
    head, _, last = phrase.rpartition(" ")
    if last.isalpha() and last.islower() and not last.endswith("s"):
        return f"{head} {plural(last)}" if head else plural(last)
    return None


def _first_norm(form: str) -> str | None:
    """The norm of a form's first token, as _entries will compute it."""
    # A first word of letters only is its own first token whatever follows it (the tokenizer
    # reads letters up to the space), and the lower case is its norm: no regex, no tokenizer
    # for nearly all of the thousands of phrases added at start-up.
    head = form.partition(" ")[0]
    if head.isalpha():
        return head.lower()
    if "-" in head and "." not in head:  # "anti-TNF": letters up to the hyphen (no dot: no web address)
        before = head.partition("-")[0]
        if before.isalpha():
            return before.lower()
    if _PLAIN.fullmatch(form):
        return head.lower()
    tokens = tokenize(form)
    return tokens[0].norm if tokens else None


def _entries(phrase: str, classes: frozenset[str], entity: str | None, with_plural: bool) -> list[tuple]:
    """The entries of one added phrase: (norms, exact, classes, entity) for it and its plural."""
    sensitive = is_case_sensitive(phrase)
    forms = [phrase]
    if with_plural:
        other = _plural_form(phrase)
        if other is not None:
            forms.append(other)
    out = []
    for form in forms:
        if _PLAIN.fullmatch(form):  # no apostrophes or hyphens: the norm is the lower case
            texts = form.split(" ")
            norms = tuple(form.lower().split(" "))
        else:
            tokens = tokenize(form)
            if not tokens:
                continue
            texts = [t.text for t in tokens]
            norms = tuple(t.norm for t in tokens)
        out.append((norms, tuple(texts) if sensitive else None, classes, entity))
    return out


def expand_forms(phrase: str) -> list[str]:
    """A lexicon word list item: "cure~" -> every form; "lead~ to" -> "lead to", "leads to"...;
    "a|b" -> both; plain text as is."""
    if "~" not in phrase and "|" not in phrase:
        return [phrase]
    out: list[str] = []
    for alternative in phrase.split("|"):
        words = alternative.split()
        if not words:
            continue
        forms = [[]]
        for word in words:
            options = inflections(word[:-1].lower()) if word.endswith("~") else (word,)
            forms = [form + [option] for form in forms for option in options]
        out += [" ".join(form) for form in forms]
    return out


@dataclass
class Lexicon:
    # class -> the classes it includes directly (TREATMENT -> drug, biologic, ...)
    includes: dict[str, set[str]] = field(default_factory=dict)
    _by_first: dict[str, list[tuple]] = field(default_factory=dict)
    # Phrases added but not yet turned into entries, by the norm of their first word: a document
    # meets a few hundred distinct words, so most of the thousands of phrases are never needed
    # and are never built (see _materialise).
    _pending: dict[str, list[tuple]] = field(default_factory=dict)
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict)
    _by_pair: dict[str, tuple[list, dict[str, list]]] = field(default_factory=dict)
    _parents: dict[str, set[str]] | None = None
    _closures: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    _literals: dict[str, frozenset[str]] = field(default_factory=dict)
    # A medicine's naming stem -> the class entity its members belong to ("conazole" -> antifungal),
    # and the endings longest first, so "prednisolone" is read by "olone", not by a shorter stem.
    _stems: dict[str, str] = field(default_factory=dict)
    _stem_endings: tuple[str, ...] = ()
    # (classes, items) of each add_all call, for literals_of.
    _added: list[tuple[frozenset[str], list[tuple]]] = field(default_factory=list)

    # -- building ---------------------------------------------------------------------------

    def declare_class(self, name: str, includes: Iterable[str] = ()) -> None:
        known = self.includes
        members = known.get(name)
        if members is None:
            members = known[name] = set()
        for included in includes:
            members.add(included)
            if included not in known:
                known[included] = set()
        self._forget()

    def add(self, phrase: str, classes: Iterable[str], entity: str | None = None, with_plural: bool = False) -> None:
        """One surface form. `with_plural` also adds the regular plural of a lower-case last word.

        Only the phrase's first word is worked out here; the entry is built when a document
        holds that word (or when every entry is needed: literals_of)."""
        self.add_all((phrase,), classes, entity, with_plural)

    def add_all(self, phrases: Iterable[str], classes: Iterable[str], entity: str | None = None,
                with_plural: bool = False) -> None:
        """Several surface forms of one meaning, in order (a class's words, an entity's names):
        as `add` for each, the classes checked once (a load adds thousands of phrases)."""
        if not isinstance(classes, frozenset):
            classes = frozenset(classes)
        includes = self.includes
        for cls in classes:
            if cls not in includes:
                includes[cls] = set()
        pending = self._pending
        added: list[tuple] = []
        self._added.append((classes, added))
        for phrase in phrases:
            item = (phrase, classes, entity, with_plural)
            added.append(item)
            head = phrase.partition(" ")[0]
            key = head.lower() if head.isalpha() else _first_norm(phrase)  # _first_norm's quick case inline
            if key is not None:
                bucket = pending.get(key)
                if bucket is None:
                    pending[key] = [item]
                else:
                    bucket.append(item)
            if with_plural and " " not in phrase:
                # A one-word name's plural starts with another word ("statin", "statins").
                other = _plural_form(phrase)
                plural_key = _first_norm(other) if other else None
                if plural_key is not None and plural_key != key:
                    pending.setdefault(plural_key, []).append(item)
        self._forget()

    def add_stem(self, ending: str, entity: str) -> None:
        self._stems[ending] = entity
        self._stem_endings = tuple(sorted(self._stems, key=len, reverse=True))

    def stem_entity(self, norm: str) -> str | None:
        """The class entity whose naming stem the word ends in, or None."""
        if len(norm) < 7 or not norm.isalpha() or not norm.endswith(self._stem_endings):
            return None
        return next(self._stems[ending] for ending in self._stem_endings if norm.endswith(ending))

    def _materialise(self, key: str) -> None:
        """Build the entries of the phrases whose first word is `key`."""
        items = self._pending.pop(key, None)
        if not items:
            return
        by_first = self._by_first
        for phrase, classes, entity, with_plural in items:
            for entry in _entries(phrase, classes, entity, with_plural):
                if entry[0][0] != key:
                    continue  # the other form of a one-word name, built under its own word
                bucket = by_first.get(key)
                if bucket is None:
                    by_first[key] = [entry]
                else:
                    bucket.append(entry)
        self._by_pair.pop(key, None)

    def _forget(self) -> None:
        """Building changes what the lookup indexes and class closures hold."""
        # Called for each of the thousands of phrases and classes a load adds, when nothing has
        # been looked up yet and so nothing is to forget: return at once then.
        if (self._parents is None and not self._ancestors and not self._closures and not self._literals
                and not self._by_pair):
            return
        if self._ancestors:
            self._ancestors.clear()
        self._parents = None
        self._closures.clear()
        self._literals.clear()
        if self._by_pair:
            self._by_pair.clear()

    # -- classes ----------------------------------------------------------------------------

    def ancestors(self, cls: str) -> frozenset[str]:
        """The class itself and every class that includes it, directly or not (memoised per class:
        a one-file run asks about a few dozen of the thousands of classes)."""
        found = self._ancestors.get(cls)
        if found is not None:
            return found
        if self._parents is None:
            parents: dict[str, set[str]] = {}
            for parent, children in self.includes.items():
                for child in children:
                    parents.setdefault(child, set()).add(parent)
            self._parents = parents
        seen, todo = {cls}, [cls]
        while todo:
            for parent in self._parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        found = self._ancestors[cls] = frozenset(seen)
        return found

    def knows_class(self, cls: str) -> bool:
        return cls in self.includes

    # -- matching ---------------------------------------------------------------------------

    def _bucket(self, first: str) -> tuple[list, dict[str, list]] | None:
        if first in self._pending:
            self._materialise(first)
        """The entries that start with a word: the one-word ones, and the longer ones by their
        second word, so a token is compared only with the phrases that can start on it and go on
        with the next token. Built per word when first needed."""
        bucket = self._by_pair.get(first)
        if bucket is None:
            entries = self._by_first.get(first)
            if entries is None:
                return None
            single = [entry for entry in entries if len(entry[0]) == 1]
            longer: dict[str, list] = {}
            for entry in entries:
                if len(entry[0]) > 1:
                    longer.setdefault(entry[0][1], []).append(entry)
            bucket = self._by_pair[first] = (single, longer)
        return bucket

    def closure(self, classes: frozenset[str]) -> frozenset[str]:
        """The classes and every class that includes one of them (memoised per set)."""
        found = self._closures.get(classes)
        if found is None:
            closed: set[str] = set()
            for cls in classes:
                closed |= self.ancestors(cls)
            found = self._closures[classes] = frozenset(closed)
        return found

    def mentions(self, tokens: list[Token]) -> list[Mention]:
        """Every phrase found in the tokens; phrases of one span merged into one Mention."""
        by_first, bucket_of, pending = self._by_first, self._bucket, self._pending
        norms = [token[3] for token in tokens]
        count = len(norms)
        found: dict[tuple[int, int], list] | None = None
        for i, norm in enumerate(norms):
            if norm in pending:
                self._materialise(norm)
            if norm not in by_first:
                found = self._guessed(tokens, i, norm, found)
                continue
            single, longer = bucket_of(norm)
            candidates = single
            if longer and i + 1 < count:
                following = longer.get(norms[i + 1])
                if following:
                    candidates = single + following if single else following
            matched = False
            for entry in candidates:
                entry_norms, exact, entry_classes, entity = entry
                n = len(entry_norms)
                if n > 2 and (i + n > count or tuple(norms[i:i + n]) != entry_norms):
                    continue
                if exact is not None and any(tokens[i + k][2] != exact[k] for k in range(n)):
                    continue
                if found is None:
                    found = {}
                matched = True
                slot = found.get((i, i + n - 1))
                if slot is None:
                    slot = found[(i, i + n - 1)] = [set(), []]
                slot[0].update(entry_classes)
                if entity and entity not in slot[1]:
                    slot[1].append(entity)
            # A word the lexicon knows only as the first of a longer name that is not here ("retinopathy"
            # of "retinopathy of prematurity", in "solar retinopathy is ..."): read as an unknown word.
            if not single and not matched:
                found = self._guessed(tokens, i, norm, found)
        if not found:
            return []
        closure = self.closure
        out = []
        for (first, last), (classes, entities) in sorted(found.items()):
            if last + 1 < count and tokens[last + 1][4] and norms[last + 1] in _COMPOUND_HEADS:
                continue
            out.append(Mention(first, last, tokens[first][0], tokens[last][1], closure(frozenset(classes)),
                               tuple(entities)))
        return out

    def _guessed(self, tokens, i: int, norm: str, found):
        """A word the lexicon does not know but whose ending names a disease, written in lower case
        (or opening the sentence): "Curtis" is a name, "tendinitis" is not. (And the same of a
        medicine's naming stem: "finasteride", "midodrine"; a stem the knowledge base ties to a class
        names a member of it: "miconazole".)"""
        if not (tokens[i][2].islower() or (i == 0 and tokens[i][2].istitle())):
            return found
        kind = "condition" if names_a_disease(norm) else "drug" if names_a_drug(norm) else None
        member_of = self.stem_entity(norm) if kind != "condition" else None
        if member_of is not None:
            kind = "@" + member_of
        if kind is not None:
            if found is None:
                found = {}
            slot = found.setdefault((i, i), [set(), []])
            slot[0].add(kind)
            if member_of is not None:
                slot[1].append(member_of)
        return found

    def literals_of(self, cls: str) -> frozenset[str]:
        """For every phrase of a class (nested classes included), its longest plain word: text
        that holds the phrase holds that word, so a literal prefilter can look for it first.
        (Memoised per class: the engine asks for every document.)"""
        found = self._literals.get(cls)
        if found is None:
            within, todo = {cls}, [cls]  # the class and every class it includes, directly or not
            while todo:
                for child in self.includes.get(todo.pop(), ()):
                    if child not in within:
                        within.add(child)
                        todo.append(child)
            words = set()
            # Every phrase of the class, built or not: the phrases are kept by the classes they
            # were added with, so the few of the class are found without reading the thousands.
            for classes, items in self._added:
                if within.isdisjoint(classes):
                    continue
                for item in items:
                    for norms, _, _, _ in _entries(*item):
                        plain = [norm for norm in norms if norm.isalnum()]
                        words.add(max(plain or norms, key=len))
            found = self._literals[cls] = frozenset(words)
        return found
