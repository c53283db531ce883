"""Scare quotes: a few words in quotation marks that nobody is said to have spoken.

The writer's distance from a word ("the so-called "miracle"", "a label such as "clinically
tested" means little") is a mention of the word, not a use of it. A named speaker's words ("the results
were "a new dawn for patients", she said") are a quotation, which the engine reports one
severity lower instead.
"""

from __future__ import annotations

from mslint import patterns

# A quotation of this many words or fewer around the match reads as scare quotes.
SCARE_QUOTE_MAX_WORDS = 4
_WORDS = patterns.compile(r"\w[\w'’-]*")
# Verbs of speech that make quoted words a named speaker's, not the writer's scare quotes.
# A headline about the words themselves: "What 'clinically proven' really means".
_TALKED_ABOUT = patterns.compile(r"(?i)\b(?:means?|meant)\b")
# "We see it called a 'miracle pill'," she said: quotation marks inside quotation marks.
_SINGLE = frozenset("'‘")
_DOUBLE = frozenset('"“”')
_SPOKEN = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "according"})


# A word named as a word, with or without quotation marks: "I'd avoid the word miracle", "terms like
# breakthrough", "the phrase "clinically proven" on a box says little". What comes after is
# mentioned, not used, however long the quotation. (Not "the term" alone: "within a term his asthma
# had gone" is a school term.)
_NAMED_WORD = patterns.compile(r"(?i)\b(?:(?:the|a|that|this)\s+(?:word|label|phrase|slogan|wording)|(?:words?|terms?|labels?)"
                               r"\s+(?:like|such\s+as))\s+[\"“'‘]?$")


def scare_quoted(view, start: int, end: int) -> bool:
    """Text offsets [start, end) of the sentence lie inside scare quotes, or follow "the word" (a
    word mentioned, not used). Not in the headline: a headline's quoted word ("Stem cell 'miracle'
    for ...") is how papers sell a claim while attributing it, and the reader takes it as the
    story's verdict."""
    text = view.analysis.document.text
    if _NAMED_WORD.search(text, max(view.start, start - 24), start):
        return True
    headline = _in_headline(view)
    for open_at, close_at in view.quote_pairs():
        if open_at < start and end <= close_at:
            if headline and not _TALKED_ABOUT.search(text[max(view.start, open_at - 12):close_at + 16]):
                return False
            if len(_WORDS.findall(text, open_at + 1, close_at)) > SCARE_QUOTE_MAX_WORDS:
                return False
            if not headline and _talked_about_in_headline(view, text[open_at + 1:close_at]):
                return True  # "What 'clinically proven' means": the article is about the label itself
            if text[open_at] in _SINGLE and _DOUBLE & set(text[view.start:open_at]):
                return True  # single quotes inside a speaker's quotation: the speaker's own scare quotes
            return not any(view.tokens[m.first].norm in _SPOKEN for m in view.mentions_of("attribution"))
    return False


def _talked_about_in_headline(view, quoted: str) -> bool:
    """The article's headline puts the same words in quotation marks and asks what they mean."""
    words = " ".join(_WORDS.findall(quoted)).lower()
    if not words:
        return False
    for other in view.analysis.sentences:
        if other.index >= view.index:
            break
        if not _in_headline(other):
            continue
        title = other.sentence_text
        if _TALKED_ABOUT.search(title) and words in " ".join(_WORDS.findall(title)).lower():
            return True
    return False


def _in_headline(view) -> bool:
    block = view.analysis.document.blocks[view.block]
    return block.kind == "title" or (block.kind == "heading" and block.level == 1)
