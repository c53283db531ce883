"""An article as mslint reads it: every sentence tokenised once, its lexicon mentions found once,
its clauses, the stance of any statement in it and the topic in force, all computed on first use
and shared by every rule.

`analyse(document)` returns the Analysis of a Document (memoised on the document), so a rule
asks "is this claim denied?", "which treatment is this sentence about?" and never re-scans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cached_property

from mslint.analysis.clauses import Clause, clause_map
from mslint.analysis.named_conditions import condition_mentions, named_conditions
from mslint.analysis.stance import Stance, stance_of
from mslint.analysis.tokens import Token, tokenize
from mslint.knowledge import builtin_knowledge
from mslint.knowledge.base import KnowledgeBase
from mslint.knowledge.lexicon import Mention
from mslint.reading.document import Document


# A sentence this short holding a furniture word ("Health Newsletter: this week's news") is a notice.
# Money off in the sentence makes it an offer, not a notice: "Newsletter subscribers get 15% off with code
# GUTEDIT15 until Sunday" (v0.30.44, set 142) sells; "Sign up to our newsletter" is furniture.
_MONEY_OFFERED = re.compile(r"\b\d+\s?%\s+off\b|[£$€]\s?\d[\d,.]*\s+off\b|\bcode\s+[A-Z][A-Z0-9]{3,}\b")
_NOTICE_WORDS = 15


class SentenceView:
    """One sentence: tokens, mentions and clauses, with the lookups stance and rules need."""

    __slots__ = ("analysis", "index", "start", "end", "block", "tokens", "mentions", "classes", "words",
                 "_by_class", "_clauses", "_stances", "_starting", "_shape", "_positions", "__weakref__")

    def __init__(self, analysis: "Analysis", index: int, start: int, end: int, block: int,
                 tokens: list[Token], mentions: list[Mention]):
        self.analysis = analysis
        self.index = index
        self.start = start
        self.end = end
        self.block = block
        self.tokens = tokens
        self.mentions = mentions
        classes: set[str] = set()
        for mention in mentions:
            classes |= mention.classes
        self.classes = frozenset(classes)
        self.words = frozenset(token.norm for token in tokens)
        self._by_class: dict[str, list[Mention]] = {}
        self._clauses = None
        self._stances: dict[tuple, Stance] = {}
        self._starting: dict[int, list[Mention]] | None = None
        self._shape = None
        self._positions: dict[str, list[int]] | None = None

    # -- text -------------------------------------------------------------------------------

    @property
    def sentence_text(self) -> str:
        return self.analysis.document.text[self.start:self.end]

    def text_of(self, mention: Mention) -> str:
        return self.analysis.document.text[mention.start:mention.end]

    # -- mentions ---------------------------------------------------------------------------

    def mentions_of(self, cls: str) -> list[Mention]:
        found = self._by_class.get(cls)
        if found is None:
            found = self._by_class[cls] = [m for m in self.mentions if cls in m.classes] if cls in self.classes else []
        return found

    def mentions_before(self, first: int, cls: str) -> list[Mention]:
        return [m for m in self.mentions_of(cls) if m.last < first]

    def mentions_after(self, last: int, cls: str) -> list[Mention]:
        return [m for m in self.mentions_of(cls) if m.first > last]

    def starting_at(self) -> dict[int, list[Mention]]:
        """Mentions by their first token, for pattern matching."""
        if self._starting is None:
            self._starting = {}
            for mention in self.mentions:
                self._starting.setdefault(mention.first, []).append(mention)
        return self._starting

    def positions(self, word: str) -> list[int]:
        """Indexes of the tokens with this norm."""
        if self._positions is None:
            self._positions = {}
            for index, token in enumerate(self.tokens):
                self._positions.setdefault(token[3], []).append(index)
        return self._positions.get(word, [])

    def cue_tokens(self, cls: str) -> list[tuple[int, int]]:
        return [(m.first, m.last) for m in self.mentions_of(cls)]

    def has_class_at(self, token: Token, cls: str) -> bool:
        return any(m.start <= token.start and token.end <= m.end for m in self.mentions_of(cls))

    def token_index(self, offset: int) -> int:
        """The token that holds (or follows) a text offset."""
        starts = [t.start for t in self.tokens]
        return max(0, bisect.bisect_right(starts, offset) - 1)

    # -- shape: what stance asks of every statement, worked out once per sentence ------------

    def _shape_of(self):
        if self._shape is None:
            from mslint.analysis.stance import sentence_shape

            self._shape = sentence_shape(self)
        return self._shape

    def opening_words(self) -> list[str]:
        """The sentence's first two words (numbers and punctuation skipped)."""
        words: list[str] = []
        for token in self.tokens:
            if token.is_word and not token.is_number:
                words.append(token.norm)
                if len(words) == 2:
                    break
        return words

    def words_between(self, after: int, before: int) -> int:
        """Word tokens strictly between token indexes `after` and `before`."""
        prefix = self._shape_of().word_prefix
        return max(0, prefix[before] - prefix[after + 1]) if before > after else 0

    def quote_pairs(self) -> list[tuple[int, int]]:
        """(open, close) text offsets of the quotation marks that pair up in the sentence."""
        return self._shape_of().quotes

    def next_stop(self, index: int) -> str | None:
        """The first "?" or "!" after token `index`, if any."""
        stops = self._shape_of().stops
        position = bisect.bisect_right([i for i, _ in stops], index)
        return stops[position][1] if position < len(stops) else None

    # -- clauses and stance -----------------------------------------------------------------

    @property
    def clauses(self) -> list[Clause]:
        if self._clauses is None:
            self._clauses = clause_map(self.tokens)
        return self._clauses[0]

    def clause_of(self, token_index: int) -> int | None:
        if self._clauses is None:
            self._clauses = clause_map(self.tokens)
        owner = self._clauses[1]
        if 0 <= token_index < len(owner):
            index = owner[token_index]
            return index if index >= 0 else None
        return None

    def stance(self, first: int, last: int, own: frozenset[int] | None = None) -> Stance:
        key = (first, last, own)
        found = self._stances.get(key)
        if found is None:
            found = self._stances[key] = stance_of(self, first, last, own)
        return found

    def stance_of_span(self, start: int, end: int) -> Stance:
        """The stance of text offsets [start, end) inside this sentence."""
        first = self.token_index(start)
        last = max(first, self.token_index(max(start, end - 1)))
        return self.stance(first, last)

    # -- neighbours -------------------------------------------------------------------------

    def next_in_paragraph(self) -> "SentenceView | None":
        views = self.analysis.sentences
        if self.index + 1 < len(views) and views[self.index + 1].block == self.block:
            return views[self.index + 1]
        return None

    def previous_in_paragraph(self) -> "SentenceView | None":
        views = self.analysis.sentences
        if self.index > 0 and views[self.index - 1].block == self.block:
            return views[self.index - 1]
        return None

    def block_label(self) -> str | None:
        """ "myth" when the sentence follows a bare "Myth" / "Myth 2:" label in its block."""
        previous = self.previous_in_paragraph()
        if previous is None:
            return None
        words = [t.norm for t in previous.tokens if t.is_word and not t.is_number]
        return "myth" if words in (["myth"], ["the", "myth"]) else None

    @property
    def is_furniture(self) -> bool:
        """Page furniture scraped with the text (a newsletter box, a photo credit, a directory of
        contacts, a release's legal boilerplate): not prose."""
        classes = self.classes
        if "furniture" in classes or self.block in self.analysis.furniture_blocks:
            return True
        return "furniture-word" in classes and ("notice-cue" in classes or self._word_count() <= _NOTICE_WORDS) \
            and not _MONEY_OFFERED.search(self.sentence_text)

    def _word_count(self) -> int:
        return sum(1 for token in self.tokens if token.is_word)

    @property
    def block_kind(self) -> str:
        return self.analysis.document.blocks[self.block].kind

    @property
    def topic(self):
        return self.analysis.topics[self.index]

    def __repr__(self) -> str:
        return f"<SentenceView {self.index} {self.sentence_text[:40]!r}>"


class Analysis:
    def __init__(self, document: Document, knowledge: KnowledgeBase):
        self.document = document
        self.knowledge = knowledge
        lexicon = knowledge.lexicon
        text = document.text
        self.sentences: list[SentenceView] = []
        all_tokens = [tokenize(text, sentence.start, sentence.end) for sentence in document.sentences]
        all_mentions = [lexicon.mentions(tokens) for tokens in all_tokens]
        # Conditions the article defines though the lexicon lacks them ("Lichen planus is a skin
        # condition"): every use of them is a CONDITION mention too.
        names = named_conditions(all_tokens, all_mentions, text)
        if names:
            condition = lexicon.closure(frozenset({"condition"}))
            all_mentions = [condition_mentions(tokens, mentions, names, condition)
                            for tokens, mentions in zip(all_tokens, all_mentions)]
        for index, sentence in enumerate(document.sentences):
            self.sentences.append(SentenceView(self, index, sentence.start, sentence.end, sentence.block,
                                               all_tokens[index], all_mentions[index]))
        self._starts = [view.start for view in self.sentences]

    def sentence_at(self, offset: int) -> SentenceView | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and self.sentences[index].end > offset:
            return self.sentences[index]
        return None

    def in_block(self, block: int) -> list[SentenceView]:
        return [view for view in self.sentences if view.block == block]

    def spanning_quotes(self, block: int) -> list[tuple[int, int]]:
        """Quotations of a paragraph that run over more than one sentence, as (open, close) offsets."""
        return self._spanning_quotes.get(block, [])

    @cached_property
    def _spanning_quotes(self) -> dict[int, list[tuple[int, int]]]:
        from mslint.analysis.stance import quote_marks, spanning_pairs

        # Only a paragraph that says who spoke ("... he said"): a news story's quotation. A
        # testimonial a clinic prints in a box of its own is the clinic's text, not a report.
        loose: dict[int, list[tuple[int, str]]] = {}
        reported: set[int] = set()
        for view in self.sentences:
            marks = quote_marks(view.sentence_text, view.start)[1]
            if marks:
                loose.setdefault(view.block, []).extend(marks)
            if view.block not in reported and view.mentions_of("attribution"):
                reported.add(view.block)
        return {block: spanning_pairs(marks) for block, marks in loose.items() if block in reported}

    def section_heading(self, block: int) -> int | None:
        """The block index of the nearest heading before a block (its section's), or None."""
        headings = self.document.memo.get("heading-blocks")
        if headings is None:
            headings = self.document.memo["heading-blocks"] = [i for i, b in enumerate(self.document.blocks)
                                                                if b.kind == "heading"]
        index = bisect.bisect_left(headings, block) - 1
        return headings[index] if index >= 0 else None

    def mentions_of(self, cls: str) -> Iterable[tuple[SentenceView, Mention]]:
        for view in self.sentences:
            for mention in view.mentions_of(cls):
                yield view, mention

    @cached_property
    def directory_blocks(self) -> frozenset[int]:
        from mslint.analysis.directory import directory_blocks

        return directory_blocks(self.document)

    @cached_property
    def furniture_blocks(self) -> frozenset[int]:
        """Whole paragraphs that are not the article's prose: contact directories, a press
        release's securities boilerplate and links to other stories."""
        from mslint.analysis.boilerplate import boilerplate_blocks
        from mslint.analysis.related_links import related_link_blocks

        return self.directory_blocks | boilerplate_blocks(self.document) | related_link_blocks(self.document)

    @cached_property
    def topics(self):
        from mslint.analysis.topic import topics_of

        return topics_of(self)

    @cached_property
    def domains(self) -> frozenset[str]:
        """The knowledge packs' domains this article is about (see Domain.about)."""
        from mslint.analysis.topic import article_domains

        return article_domains(self)


def analyse(document: Document, knowledge: KnowledgeBase | None = None) -> Analysis:
    found = document.memo.get("analysis")
    if found is None:
        found = document.memo["analysis"] = Analysis(document, knowledge or builtin_knowledge())
    return found
