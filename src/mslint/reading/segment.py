"""Sentence splitting that survives the abbreviations, decimals and initials of medical prose.

A boundary is terminal punctuation (. ! ? or an ellipsis), optionally followed by closing quotes
or brackets, then white space, then something that can start a sentence (not a lower-case
letter). A full stop does not end a sentence after a known abbreviation (Dr., e.g., et al.,
U.S., vs.) or an initial (J. Smith). Decimals ("2.8 million") never qualify because no white
space follows the point. Blocks (headings, list items, paragraphs) are split separately by the
reader, so a heading without final punctuation never runs into the next line.
"""

from __future__ import annotations

import regex
from mslint import patterns

# Tokens (lower-cased, without their final full stop) after which "." is not a boundary.
ABBREVIATIONS = frozenset(
    """
    dr mr mrs prof st sr jr vs etc e.g eg i.e ie al cf ca approx fig figs vol pp
    u.s u.k u.n e.u a.m p.m ph.d m.d b.sc m.sc dept univ
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# "Ms." is a title only in exactly this case; "MS." usually ends a sentence about the disease.
CASE_SENSITIVE_ABBREVIATIONS = frozenset({"Ms"})
# "etc." often does end a sentence: only a lower-case continuation keeps it going.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"etc"})

# Also a quotation closed and the next one opened with no space between them, as text scraped from a
# web page often runs ("...said the sponsors.""Tens of thousands...").
_CANDIDATE = patterns.compile(r"(?:\.{3}|…|[.!?]+)[\"'”’)\]]*(?=\s|$)|[.!?]+[\"”’](?=[\"“‘]\p{Lu})")
_TOKEN_BEFORE = patterns.compile(r"(\S+)$")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets, trimmed of white space) within text[start:end]."""
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if not _is_boundary(text, match, end):
            continue
        spans.append((sentence_start, match.end()))
        sentence_start = match.end()
    spans.append((sentence_start, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _is_boundary(text: str, match: regex.Match, end: int) -> bool:
    nxt = match.end()
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return True
    following = text[nxt]
    if following.islower():
        return False
    punctuation = match.group().rstrip("\"'”’)]")
    if punctuation != ".":
        return True
    # A single full stop: look at the word it ends.
    window_start = max(0, match.start() - 40)
    token_match = _TOKEN_BEFORE.search(text, window_start, match.start())
    if token_match is None:
        return True
    token = token_match.group(1).lstrip("\"'“‘([")
    if token in CASE_SENSITIVE_ABBREVIATIONS:
        return False
    lowered = token.lower()
    if lowered in ABBREVIATIONS and lowered not in SENTENCE_FINAL_ABBREVIATIONS:
        return False
    # Initials: "J. Smith", "H. R. Jones".
    if len(token) == 1 and token.isupper():
        return False
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
