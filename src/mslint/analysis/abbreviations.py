"""Abbreviation definitions in running text, after Schwartz & Hearst (2003).

Schwartz AS, Hearst MA, "A simple algorithm for identifying abbreviation definitions in
biomedical text", Pac Symp Biocomput 2003:451-462.  The algorithm:

1. Candidates come from parentheses.  "long form (SHORT)" is the usual order; when the
   parenthesised text cannot be a short form (more than one word here: S&H allow two, but a
   linter wants abbreviations, not glosses) the order "SHORT (long form)" is tried, with the
   word just before the parenthesis as the short form.
2. A short form has 2 to 10 characters, at least one letter, and starts with a letter or a
   digit.  In the "SHORT (long form)" order it must also hold a capital letter (as in S&H's
   code), so "patients (n = 110)" is never read as a definition of "patients".
3. The long form is looked for in the words before the parenthesis, back to the previous
   clause break (". ", ", ", ";", ":", another parenthesis, a blank line), as S&H do.
4. The short form's letters and digits are matched right to left against the long form,
   case-insensitively; the short form's first character must match at the start of a word
   (after a space, a hyphen or other punctuation: "progressive-relapsing MS (PRMS)").  The
   match that ends furthest right wins, so the long form is the shortest one that works.
5. The pair is rejected when the long form is shorter than the short form, contains it as a
   word, or has more than min(|A| + 5, |A| * 2) words (|A| = letters and digits of the short
   form; hyphens separate words).

Everything is linear in the text: one pass over the parentheses, each looking back a bounded
window.
"""

from __future__ import annotations

import re

from mslint.record import Record, _set

__all__ = ["Definition", "find_definitions", "long_form_start", "is_valid_short_form"]

# Longest stretch of text searched for a long form, and longest parenthesised text considered.
MAX_WINDOW = 200
_PARENTHESIS = re.compile(r"\(([^()]{1,%d})\)" % MAX_WINDOW)
# Where a long form cannot start before: clause punctuation followed by a space, parentheses,
# brackets, or a blank line.
_CLAUSE_BREAK = re.compile(r"[.!?;:,](?=\s)|[()\[\]]|\n[ \t]*\n")
# "(RRMS, Lublin 2014)" or "(RRMS; see below)": only the part before the separator counts.
_INNER_SEPARATOR = re.compile(r"[,;]\s")
# A citation's tail inside a parenthesis: ", 2019", "; et al."
_CITED_SOURCE = re.compile(r"[,;]\s*(?:(?:19|20)\d\d\b|et al)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LAST_WORD = re.compile(r"(\S+)[ \t]*\n?[ \t]*$")
_WORD_SPLIT = re.compile(r"[\s\-‐‑–]+")
# Punctuation trimmed off the ends of a long form (markup leftovers, quotes).
_EDGE_PUNCTUATION = "\"'“”‘’*_`«»"


class Definition(Record):
    """One abbreviation definition: offsets are into the text given to find_definitions."""

    __slots__ = ("short", "long", "short_start", "short_end", "long_start", "long_end")

    def __init__(self, short: str, long: str, short_start: int, short_end: int, long_start: int, long_end: int):
        _set(self, "short", short)
        _set(self, "long", long)
        _set(self, "short_start", short_start)
        _set(self, "short_end", short_end)
        _set(self, "long_start", long_start)
        _set(self, "long_end", long_end)

    @property
    def short_span(self) -> tuple[int, int]:
        return self.short_start, self.short_end

    @property
    def long_span(self) -> tuple[int, int]:
        return self.long_start, self.long_end

    @property
    def start(self) -> int:
        return min(self.short_start, self.long_start)

    @property
    def end(self) -> int:
        return max(self.short_end, self.long_end)

    @property
    def short_first(self) -> bool:
        """True for the "SHORT (long form)" order."""
        return self.short_start < self.long_start


def is_valid_short_form(candidate: str) -> bool:
    """2-10 characters, one word, at least one letter, first character a letter or digit."""
    return (
        2 <= len(candidate) <= 10
        and candidate[0].isalnum()
        and any(ch.isalpha() for ch in candidate)
        and not any(ch.isspace() for ch in candidate)
    )


def long_form_start(short: str, long: str) -> int | None:
    """Where in `long` the short form's first character matches (S&H findBestLongForm), or None.

    Characters are matched right to left; the first one must begin a word of `long`.
    """
    short_lower = short.lower()
    long_lower = long.lower()
    s = len(short_lower) - 1
    i = len(long_lower) - 1
    while s >= 0:
        ch = short_lower[s]
        if not ch.isalnum():
            s -= 1
            continue
        while i >= 0 and (long_lower[i] != ch or (s == 0 and i > 0 and long_lower[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return i + 1


def _pair(short: str, candidate: str) -> tuple[int, int] | None:
    """(start, end) of the best long form inside `candidate`, or None if the pair is rejected."""
    start = long_form_start(short, candidate)
    if start is None:
        return None
    # The long form begins at the start of the white-space delimited token holding the match.
    while start > 0 and not candidate[start - 1].isspace():
        start -= 1
    end = len(candidate.rstrip())
    while start < end and candidate[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and candidate[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    long = candidate[start:end]
    size = sum(ch.isalnum() for ch in short)
    words = len([w for w in _WORD_SPLIT.split(long) if w])
    lowered, short_lower = long.lower(), short.lower()
    if (
        len(long) < len(short)
        or words > min(size + 5, size * 2)
        or size > 10
        or f"{short_lower} " in f"{lowered} "  # the short form is itself a word of the long form
    ):
        return None
    return start, end


def _window_start(text: str, limit: int, end: int) -> int:
    """Start of the text a long form may be taken from: after the last clause break before `end`."""
    start = max(limit, end - MAX_WINDOW)
    last = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        last = match.end()
    return last


_NAME_JOINERS = frozenset({"and", "of", "for", "the", "&", "on", "in"})


def _a_proper_name(long: str) -> bool:
    words = [word.strip(",") for word in long.split()]
    return all(word[:1].isupper() or word in _NAME_JOINERS for word in words if word)


def find_definitions(text: str) -> list[Definition]:
    """Every "long form (SHORT)" and "SHORT (long form)" definition in `text`, in text order."""
    definitions: list[Definition] = []
    previous_end = 0
    for match in _PARENTHESIS.finditer(text):
        inner_start, inner_end = match.span(1)
        inner = match.group(1)
        if _BLANK_LINE.search(inner):
            continue
        separator = _INNER_SEPARATOR.search(inner)
        if separator:
            inner_end = inner_start + separator.start()
        # Trim white space inside the parenthesis.
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        inner = text[inner_start:inner_end]
        if not inner:
            continue
        found = None
        if is_valid_short_form(inner):
            found = _long_before(text, previous_end, match.start(), inner, inner_start, inner_end)
        # "combined HRT (Medicines and Healthcare products Regulatory Agency, 2019)": a source
        # cited after the word, not the word's long form.
        if found is None and not _CITED_SOURCE.search(match.group(1)):
            found = _short_before(text, previous_end, match.start(), inner, inner_start)
            whole = match.group(1).strip()
            if found is None and separator and _a_proper_name(whole):
                # A name with a comma in it, after its letters: "ACAS (the Advisory, Conciliation and
                # Arbitration Service)" (v0.30.43, set 141).
                found = _short_before(text, previous_end, match.start(), whole,
                                      match.start(1) + match.group(1).index(whole))
        if found is not None:
            definitions.append(found)
            previous_end = match.end()
    return definitions


def _long_before(text: str, limit: int, paren: int, short: str, short_start: int,
                 short_end: int) -> Definition | None:
    """The "long form (SHORT)" order."""
    window_start = _window_start(text, limit, paren)
    candidate = text[window_start:paren]
    span = _pair(short, candidate)
    if span is None and window_start > limit:
        # A name with a comma in it: "the Foreign, Commonwealth and Development Office (FCDO)". One
        # clause further back, if every word of the long form found there is capitalised.
        wider = _window_start(text, limit, window_start - 1)
        span = _pair(short, text[wider:paren])
        if span is not None and _a_proper_name(text[wider + span[0]:wider + span[1]]):
            window_start, candidate = wider, text[wider:paren]
        else:
            span = None
    if span is None:
        return None
    start, end = span
    return Definition(short, candidate[start:end], short_start, short_end,
                      window_start + start, window_start + end)


def _short_before(text: str, limit: int, paren: int, long_candidate: str, inner_start: int) -> Definition | None:
    """The "SHORT (long form)" order: the word right before the parenthesis is the short form."""
    head = text[max(limit, paren - 16):paren]
    word = _LAST_WORD.search(head)
    if word is None:
        return None
    short = word.group(1)
    short_start = paren - len(head) + word.start(1)
    if short_start > 0 and not text[short_start - 1].isspace() and text[short_start - 1] not in "([":
        return None  # the window cut a longer word, or the word is glued to punctuation
    if not is_valid_short_form(short) or not any(ch.isupper() for ch in short):
        return None
    span = _pair(short, long_candidate)
    if span is None:
        return None
    start, end = span
    return Definition(short, long_candidate[start:end], short_start, short_start + len(short),
                      inner_start + start, inner_start + end)
