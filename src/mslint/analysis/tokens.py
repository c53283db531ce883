"""Words, numbers and punctuation of a sentence, with their offsets: what every later stage reads.

A hyphen between two words is not a token: "risk-free" and "risk free", "MS-free" and "MS free"
read the same, so one lexicon entry or pattern covers both spellings. Apostrophes stay inside
their word ("doesn't", "patient's") and curly ones are straightened, so lexicons are written
once. Numbers keep their inner separators ("2.8", "1,000"); "%" is a token of its own.

Tokens are tuples (start, end, text, norm, joined): a document has tens of thousands of them,
and a tuple is the cheapest object Python builds. The whole document is tokenised in one pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Numbers first (so "2.8" is one token), then web addresses written without a scheme
# ("lumaring.com", "www.clinic.co.uk": one token, so the dots neither end a clause nor read as
# words), then words of letters and digits with inner apostrophes ("HX-201" is "HX" "201"), then
# any other single non-space character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|(?:[^\W_]+(?:-[^\W_]+)*\.)+(?:com|org|net|co|uk|io|info|health|clinic|care|us|ca|au|de|nz|ie)(?![^\W_])"
                    r"|[^\W_]+(?:['’][^\W_]+)*|[^\w\s]")
_HYPHENS = frozenset("-‐‑")


class Token(tuple):
    """(start, end, text, norm, joined): offsets into Document.text, the text as written, its
    lower-case form with straight apostrophes and no possessive "'s", and whether a hyphen
    attaches it to the previous word ("free" in "risk-free")."""

    __slots__ = ()

    start = property(lambda self: self[0])
    end = property(lambda self: self[1])
    text = property(lambda self: self[2])
    norm = property(lambda self: self[3])
    joined = property(lambda self: self[4])

    @property
    def is_word(self) -> bool:
        return self[3][:1].isalnum()

    @property
    def is_number(self) -> bool:
        return self[3][:1].isdigit()

    def __repr__(self) -> str:
        return f"Token({self[2]!r}@{self[0]})"


_new = tuple.__new__


def normalise(word: str) -> str:
    norm = word.lower().replace("’", "'")
    if norm.endswith("'s") and len(norm) > 2:
        norm = norm[:-2]
    return norm


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], hyphens between words folded away."""
    end = len(text) if end is None else end
    lowered = text[start:end].lower().replace("’", "'")
    if len(lowered) != end - start:  # a character whose lower case is longer (rare): per token
        lowered = None
    tokens: list[Token] = []
    append = tokens.append
    pending_hyphen = False
    last_end = -1
    last_is_word = False
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        word = match.group()
        if word in _HYPHENS and last_end == s and last_is_word:
            pending_hyphen = True
            continue
        joined = pending_hyphen and last_end + 1 == s
        if pending_hyphen and not joined:
            append(_new(Token, (last_end, last_end + 1, "-", "-", False)))  # a dash, not a hyphen
        pending_hyphen = False
        norm = lowered[s - start:e - start] if lowered is not None else word.lower().replace("’", "'")
        if norm[-2:] == "'s" and len(norm) > 2:
            norm = norm[:-2]
        append(_new(Token, (s, e, word, norm, joined)))
        last_end = e
        last_is_word = norm[:1].isalnum()
    if pending_hyphen:
        append(_new(Token, (last_end, last_end + 1, "-", "-", False)))
    return tokens


_PLAIN_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def phrase_norms(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as the token norms it must match ("risk-free" -> ("risk", "free")).
    (Memoised: rule patterns repeat the same few hundred words thousands of times.)"""
    if _PLAIN_WORD.fullmatch(phrase):
        return (phrase.lower(),)  # a word of letters is its own norm: no tokenizer needed
    return tuple(token.norm for token in tokenize(phrase))
