"""Phrases: named pieces of pattern, written once in the knowledge base and used by many rules.

A word class ({ALL-OF-OURS}) lists phrases; some meanings need structure a list cannot hold, a
number or a choice of shapes: "none of the 600 customers", "9 in 10 of our clients", "every single
reader who tried it". A phrase is a list of patterns (knowledge/general/claims.toml,
`[phrase.whole-clientele]`); a rule writes {WHOLE-CLIENTELE} as it writes a class, and the
phrase's alternatives take its place before the pattern is parsed, so the matcher, the trigger
index and the context layer see an ordinary pattern.
"""

from __future__ import annotations

import re

from mslint.rules.concepts.syntax import PatternSyntaxError

_REFERENCE = re.compile(r"\{\s*([^{}]+?)\s*\}")
# A phrase may use other phrases; a chain deeper than this is a cycle or a mistake.
_MAX_DEPTH = 6
# A pattern that expands past this is refused rather than matched slowly on every sentence.
MAX_EXPANDED = 20_000


def expand(text: str, phrases: dict[str, tuple[str, ...]]) -> str:
    """The pattern with every {PHRASE} written out as (alternative|alternative)."""
    if not phrases or "{" not in text:
        return text
    expanded = _expand(text, phrases, ())
    if len(expanded) > MAX_EXPANDED:
        raise PatternSyntaxError(f"pattern {text!r}: its phrases expand to more than {MAX_EXPANDED} characters")
    return expanded


def _expand(text: str, phrases: dict[str, tuple[str, ...]], chain: tuple[str, ...]) -> str:
    def replace(match: re.Match) -> str:
        name = match.group(1).lower()
        if name not in phrases:
            return match.group(0)  # a class, or an unknown name the caller reports
        if name in chain or len(chain) >= _MAX_DEPTH:
            raise PatternSyntaxError(f"phrase {{{name.upper()}}} uses itself ({' -> '.join(chain + (name,))})")
        options = (_expand(option, phrases, chain + (name,)) for option in phrases[name])
        return "(" + "|".join(options) + ")"

    return _REFERENCE.sub(replace, text)


class PhrasePatternSet:
    """A Python rule's patterns written with the knowledge base's phrases ({LONG-AGE}): written out
    and indexed when a rule first asks for them, since the knowledge base loads after the rule
    modules. A class the lexicon lacks is an error here, as it is in a pack, not a pattern that
    silently never matches."""

    instances: list[PhrasePatternSet] = []  # for the anchor table, which must see every shipped pattern

    def __init__(self, texts):
        self.texts = tuple(texts)
        self._built = None
        PhrasePatternSet.instances.append(self)

    def built(self):
        if self._built is None:
            from mslint.knowledge import builtin_knowledge
            from mslint.rules.concepts.matcher import ConceptPattern, PatternSet

            knowledge = builtin_knowledge()
            patterns = [ConceptPattern(expand(text, knowledge.phrases)) for text in self.texts]
            for text, pattern in zip(self.texts, patterns):
                unknown = sorted(name for name in pattern.classes() if not knowledge.lexicon.knows_class(name))
                if unknown:
                    raise PatternSyntaxError(f"unknown class {{{unknown[0]}}} in pattern {text!r}")
            self._built = PatternSet(patterns)
        return self._built

    def candidates(self, view):
        return self.built().candidates(view)
