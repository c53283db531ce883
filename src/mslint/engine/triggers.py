"""The trigger index: which rules can fire in which sentences, from one scan of the article.

The analysis (mslint.analysis.article) reads every sentence once: its words and the lexicon
classes of its phrases. Each rule declares its triggers, the words and classes one of which
every hit of it contains (a concept rule reads them off its patterns). The index maps each
trigger to the rules it wakes, so a sentence costs one set intersection per kind of trigger,
and a rule's matcher runs only on the sentences (or the blocks, or the document) its triggers
hit. A rule that declares no triggers runs everywhere. Sentences of page furniture (newsletter
boxes, photo credits: mslint.analysis.article) wake no rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence


class TriggerIndex:
    def __init__(self, rules: Sequence):
        self.by_word: dict[str, list[int]] = defaultdict(list)
        self.by_class: dict[str, list[int]] = defaultdict(list)
        self.indexed: set[int] = set()
        for position, rule in enumerate(rules):
            triggers = rule.triggers()
            if triggers is None:
                continue
            words, classes = triggers
            self.indexed.add(position)
            for word in words:
                self.by_word[word].append(position)
            for cls in classes:
                self.by_class[cls].append(position)
        self.words = frozenset(self.by_word)
        self.classes = frozenset(self.by_class)

    def sentences_by_rule(self, analysis) -> dict[int, list[int]]:
        """rule position -> indexes of the sentences that hold one of its triggers, in order."""
        found: dict[int, list[int]] = defaultdict(list)
        by_word, by_class = self.by_word, self.by_class
        for view in analysis.sentences:
            if view.is_furniture:
                continue  # a newsletter box or photo credit scraped with the text is not prose
            woken: set[int] = set()
            for word in view.words & self.words:
                woken.update(by_word[word])
            for cls in view.classes & self.classes:
                woken.update(by_class[cls])
            for position in woken:
                found[position].append(view.index)
        return found


_INDEXES: dict[tuple, TriggerIndex] = {}


def index_for(rules: Sequence) -> TriggerIndex:
    """One index per set of rules (a run has one plan per configuration, so very few).

    Keyed by the rule objects themselves, which the cache keeps alive: keyed by their id()s, a
    rule freed and a new one built at the same address (a library caller's or a test's rule of
    another class) would be woken by the old rule's triggers and miss its findings."""
    key = tuple(rules)
    index = _INDEXES.get(key)
    if index is None:
        if len(_INDEXES) > 64:
            _INDEXES.clear()
        index = _INDEXES[key] = TriggerIndex(rules)
    return index
