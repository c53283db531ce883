"""Hype rules (HYP): HealthNewsReview's red-flag words and runs of superlatives.

HYP001 flags each red-flag word (breakthrough, game-changer, revolutionary, miracle, holy grail,
groundbreaking, first-of-its-kind, "a new era", "too great to ignore", "the new standard of
care"...). HYP002 judges density: softer praise words ("promising", "remarkable", "exciting")
are fine one at a time, but not in the headline and not three to a paragraph.

"Silent when negated or quoted critically" is decided here rather than by the engine's plain
REPORTED context, because a direct quotation full of hype is still hype (HealthNewsReview's
press-release criterion 10: "unjustifiable, sensational language, including in quotes"):

* negated, asked or historical: silent ("This is not a breakthrough", "A breakthrough?"),
  including a negative subject further away than the context layer's window ("Nobody in this
  field should be calling these infusions a breakthrough");
* critical reporting: silent ("so-called breakthrough", "clinics that tout a miracle",
  "beware of 'revolutionary' therapies"), and so is a sentence that judges the claim
  ("Calling it a breakthrough is premature", "doctors warn against...");
* scare quotes - a quotation of at most four words around the match - are critical: silent
  (The company called it a "game-changer");
* a full quotation, or plain attribution ("said", "says", "according to"), is not critical:
  the words are flagged (“This is a revolutionary treatment,” said the clinic's founder).

`asserted()` is shared with the evidence rules (testimonials are quoted, too).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mslint.analysis.context import HISTORICAL, NEGATED, QUESTION, REPORTED, analyse
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint import patterns
from mslint.engine import prefilter

__all__ = ["hype_rules", "asserted", "RedFlagHypeWord", "HypeDensity"]

# --------------------------------------------------------------------------------------------
# Context: negated, asked, historical or critically reported -> not the writer's own hype.

QUOTE_OPENERS = "\"“”«»'‘’"
# Attribution that only says who is speaking; it does not distance the writer from the words.
NEUTRAL_ATTRIBUTION = patterns.compile(
    r"(?:say|says|saying|said|told|tells|according to|believes?|believed)", regex.IGNORECASE
)
# A quotation of this many words or fewer around the match reads as scare quotes.
SCARE_QUOTE_MAX_WORDS = 4
_WORDS = patterns.compile(r"\w[\w'’-]*")
SILENT_CONTEXTS = frozenset({NEGATED, QUESTION, HISTORICAL})


def asserted(sentence: str, start: int, end: int, silent: frozenset[str] = SILENT_CONTEXTS) -> bool:
    """True when sentence[start:end] is the writer's (or a quoted speaker's) own assertion.

    False when a context in `silent` applies, or when the match is reported critically: a
    distancing trigger ("so-called", "claims", "beware of", "clinics that promise") or scare
    quotes. Plain attribution ("said") and full quotations do not silence.
    """
    result = analyse(sentence, start, end)
    if result.contexts & silent:
        return False
    if NEGATED in silent and _negative_subject(sentence, start):
        return False
    if CRITICAL_CUE.search(sentence):
        return False
    if REPORTED not in result.contexts:
        return True
    for context, trigger in result.triggers:
        if context != REPORTED:
            continue
        if trigger[:1] in QUOTE_OPENERS:
            if len(_WORDS.findall(trigger)) <= SCARE_QUOTE_MAX_WORDS:
                return False
            continue
        if NEUTRAL_ATTRIBUTION.fullmatch(trigger.strip()):
            continue
        return False
    return True


# A negative subject reaches further than the context layer's eight-word window: "Nobody in this
# field should be calling these infusions a breakthrough". It counts within its clause only.
_CLAUSE_BREAK = patterns.compile(r"[;:!?—–]|\s-\s|\b(?:but|however|although|though|yet|whereas)\b", regex.IGNORECASE)
_NEGATIVE_SUBJECT = patterns.compile(
    r"\b(?:nobody|no\s+one|no-one|none\s+of\s+(?:us|them|the\s+\w+)|neither|no\s+(?:expert|scientist|researcher|"
    r"doctor|neurologist|specialist|serious\s+\w+))\b(?!\s+(?:expected|thought|imagined|believed|predicted|dreamed))",
    regex.IGNORECASE,
)


# Words that judge the claim itself ("Calling it a breakthrough is premature", "doctors warn
# against...") make the whole sentence a critical report.
CRITICAL_CUE = patterns.compile(
    r"\bwarn(?:s|ed|ing)?\s+(?:against|about|of)\b|\b(?:premature|overblown|overstated|exaggerated|"
    r"misleading|unhelpful|irresponsible|unjustified|unwarranted|hyperbol(?:e|ic)|over-?hyped|overselling|"
    r"oversold|sensationali[sz]\w*)\b",
    regex.IGNORECASE,
)


def _negative_subject(sentence: str, start: int) -> bool:
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        clause_start = match.end()
    return _NEGATIVE_SUBJECT.search(sentence, clause_start, start) is not None


def phrase_pattern(words) -> regex.Pattern | None:
    """User words as whole-word phrases: spaces and hyphens between words match either."""
    parts = []
    for word in words:
        tokens = [regex.escape(token) for token in regex.split(r"[\s-]+", str(word)) if token]
        if tokens:
            parts.append(r"[\s-]+".join(tokens))
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return patterns.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", regex.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Lexicons. Keep them free of nested quantifiers: they run over every sentence.

# HealthNewsReview's red-flag words and their kin. "miracle cure/treatment/drug..." and "magic
# bullet" belong to CLM004 (miracle-treatment), so they are left out here.
RED_FLAG = patterns.compile(
    r"""(?<![\w-])(?:
        # "breakthrough", but not clinical "breakthrough disease/relapses/pain" nor the FDA's
        # "Breakthrough Therapy designation"
        breakthroughs?(?![\s-]+(?:disease|relapses?|activity|infections?|pain|bleeding|seizures?|
            symptoms?|cases?|inflammation|lesions?|designation|status|(?:therapy|device)\s+
            (?:designation|status)))
      | game[\s-]?chang(?:er|ers|ing)
      | revolution(?:ary|i[sz](?:e|es|ed|ing))
      | miracles?(?![\s-]+(?:cures?|treatments?|therap(?:y|ies)|drugs?|procedures?|injections?|cells?))
      | miraculous(?!\s+(?:cures?|recovery|recoveries|results?))
      | holy\s+grail
      | ground[\s-]?breaking(?!\s+ceremony)
      | first[\s-]of[\s-]its[\s-]kind
      | world[\s-]first | world'?s\s+first
      | (?:a|an\s+exciting|a\s+whole)\s+new\s+era
      | (?:a|the)\s+new\s+dawn
      | too\s+(?:great|good|big|important|promising|exciting)\s+to\s+ignore
      | (?:the\s+|a\s+)?new\s+(?:gold\s+)?standard\s+of\s+care
      | (?:the\s+|a\s+)?new\s+gold\s+standard
      | paradigm[\s-]shift(?:s|ing)?
      | medical\s+marvel
      | (?:works|worked|working)\s+like\s+magic
      | simple\s+blood\s+test
    )(?![\w-])""",
    regex.IGNORECASE | regex.VERBOSE,
)

# Softer praise and superlatives: one is fine, a paragraph full of them (or one in the headline)
# is hype. The red-flag words count towards the density too.
SOFT_HYPE = patterns.compile(
    r"""(?<![\w-])(?:
        promising | remarkabl[ey] | amazing(?:ly)? | astonishing(?:ly)? | astounding | incredibl[ey]
      | extraordinar(?:y|ily) | stunning(?:ly)? | spectacular(?:ly)? | phenomenal(?:ly)?
      | dramatic(?:ally)? | unprecedented | exciting | thrilling | sensational
      | cutting[\s-]edge | state[\s-]of[\s-]the[\s-]art | pioneering | transformative
      | life[\s-]changing | life[\s-]transforming | unparalleled | unmatched | unrival(?:l)?ed
      | world[\s-](?:class|leading) | major\s+advance | giant\s+leap | huge\s+step | quantum\s+leap
      | landmark | staggering | jaw[\s-]dropping | mind[\s-]blowing | wondrous | magical
    )(?![\w-])""",
    regex.IGNORECASE | regex.VERBOSE,
)

REFERENCES_HYPE = (
    "HealthNewsReview.org red-flag words: breakthrough, cure, first-of-its-kind, game-changer, holy grail, "
    "magic, miracle, revolutionary, \"could become the new standard of care\"",
    "HealthNewsReview.org criterion 9: does the story establish the true novelty of the approach?",
    "HealthNewsReview.org press-release criterion 10: unjustifiable, sensational language, including in quotes",
    "Sumner 2014, BMJ, doi:10.1136/bmj.g7015: exaggeration in health press releases carries into the news",
)


@lru_cache(maxsize=64)
def _extra(words: tuple[str, ...]) -> regex.Pattern | None:
    return phrase_pattern(words)


def _extra_words(options) -> tuple[str, ...]:
    value = options.get("extra-words", ())
    if isinstance(value, str):
        value = [value]
    return tuple(str(word) for word in value)


def _matches(pattern: regex.Pattern | None, text: str, start: int, end: int):
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end) if m.end() > m.start()]


def _merge(spans):
    """Sorted spans with overlaps removed (the longer/earlier one wins)."""
    out: list[tuple[int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


class RedFlagHypeWord(Rule):
    meta = RuleMeta(
        code="HYP001",
        name="red-flag-hype-word",
        category="hype",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A HealthNewsReview red-flag word: breakthrough, game-changer, revolutionary, miracle, holy grail...",
        docs=RuleDocs(
            what="Flags HealthNewsReview's red-flag words and their kin: breakthrough, game-changer, "
            "revolutionary, miracle (\"miracle cure\" is CLM004's), holy grail, groundbreaking, "
            "first-of-its-kind, world first, \"a new era\", \"too great to ignore\", \"the new standard of "
            "care\", paradigm shift, simple blood test. Clinical uses are left alone (\"breakthrough disease "
            "activity\", the FDA's \"Breakthrough Therapy designation\"). Silent when negated, asked or "
            "quoted critically (\"so-called breakthrough\", scare quotes, \"clinics that tout a miracle\"); a "
            "full quotation is still flagged, since sensational language in quotes misleads just the same. "
            "Add words with the option `extra-words` (a list of phrases).",
            why="These words promise more than any single study can show. Reviewers at HealthNewsReview found "
            "them in stories that overstated benefits and skipped harms, costs and the quality of the "
            "evidence; for people with MS they raise hopes that unproven clinics then sell.",
            bad=(
                "Scientists have made a breakthrough in MS treatment.",
                "This game-changer is set to transform life with MS.",
                "A revolutionary stem cell procedure is now available.",
                "Myelin repair has been called the holy grail of MS research, and this drug finds it.",
                "The results mark a new era for people with progressive MS.",
                "“This could become the new standard of care,” said the lead investigator.",
            ),
            good=(
                "This is not a breakthrough.",
                "Is this a breakthrough?",
                "Be wary of clinics that promise a breakthrough.",
                "The company called its product a \"game-changer\", but the trial was small.",
                "She had breakthrough disease activity on interferon.",
                "The FDA granted the drug Breakthrough Therapy designation.",
            ),
            better="Say what was found, in whom and how big the effect was: \"In a trial of 110 people, the "
            "drug reduced relapses from 1.2 to 0.6 a year compared with placebo.\"",
        ),
        references=REFERENCES_HYPE,
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL}),
    )
    default_options = {"extra-words": []}

    def requirements(self, options):
        return prefilter.any_of(RED_FLAG, _extra(_extra_words(options)))

    def check(self, document, unit, options):
        text = document.text
        spans = _matches(RED_FLAG, text, unit.start, unit.end)
        spans += _matches(_extra(_extra_words(options)), text, unit.start, unit.end)
        sentence = text[unit.start : unit.end]
        for start, end in _merge(spans):
            if not asserted(sentence, start - unit.start, end - unit.start):
                continue
            word = " ".join(text[start:end].split())
            yield Hit(start, end, f"Hype word \"{word}\": say what was found and how large the effect is")


class HypeDensity(Rule):
    meta = RuleMeta(
        code="HYP002",
        name="hype-density",
        category="hype",
        severity=Severity.INFO,
        scope="document",
        summary="Praise words in the headline, or a run of hype and superlatives in one paragraph",
        docs=RuleDocs(
            what="Counts hype and superlative words (promising, remarkable, exciting, unprecedented, "
            "dramatic, life-changing, cutting-edge... plus the red-flag words of HYP001). Flags the headline "
            "(the title, else the first level-1 heading) when it holds any of the softer ones other than "
            "\"promising\" (the red-flag words there are HYP001's), and a paragraph "
            "that holds `threshold` or more (default 3), at least one of them a softer word (a paragraph of "
            "red-flag words alone is already flagged word by word by HYP001). Negated, asked and critically "
            "quoted words do not count. Options: `threshold` (int), `extra-words` (list of phrases, counted "
            "as softer words).",
            why="One \"promising\" in a balanced article is fine. A headline of praise, or a paragraph that "
            "piles superlatives on top of each other, sells rather than informs: readers remember the tone "
            "and miss the numbers and caveats.",
            bad=(
                "Remarkable Results for Stem Cells in MS\n\nThe trial enrolled 20 people.",
                "The remarkable results are unprecedented, and doctors call the response dramatic.",
            ),
            good=(
                "Stem cell transplant in MS: what a trial of 110 people found\n\nThe early results are "
                "promising, but the trial was small.",
                "The results are not remarkable, and nothing about them is unprecedented.",
            ),
            better="Let the numbers carry the message: \"Relapses fell from 1.2 to 0.6 a year\" needs no "
            "\"dramatic\".",
        ),
        references=REFERENCES_HYPE
        + ("DISCERN (Charnock 1999) question 6: is it balanced and unbiased?",),
    )
    default_options = {"threshold": 3, "extra-words": []}

    def check(self, document, unit, options):
        threshold = options.get("threshold", 3)
        threshold = threshold if isinstance(threshold, int) and threshold > 0 else 3
        extra = _extra(_extra_words(options))
        text = document.text
        lookup = {}
        for sentence in document.sentences:
            lookup.setdefault(sentence.block, []).append(sentence)
        headline_index = _headline(document)
        # Only a block with a softer word can be flagged: the others are not even scanned.
        soft_words = prefilter.any_of(SOFT_HYPE, extra)
        blocks = document.blocks
        candidates = (prefilter.unit_indices(document, "all-blocks", blocks, soft_words) if soft_words
                      else range(len(blocks)))
        for index in candidates:
            block = blocks[index]
            headline = index == headline_index
            if block.is_heading and not headline:
                continue
            soft = _matches(SOFT_HYPE, text, block.start, block.end) + _matches(extra, text, block.start, block.end)
            if headline:  # "promising" in a headline flags early-stage work; it is not praise enough
                soft = [s for s in soft if not _PROMISING.fullmatch(text, s[0], s[1])]
            strong = [] if headline else _matches(RED_FLAG, text, block.start, block.end)
            spans = [s for s in _merge(soft + strong) if self._counts(document, lookup.get(index, ()), s)]
            # A paragraph of red-flag words only is HYP001's: each is flagged there already.
            if not spans or not any(span in soft for span in spans):
                continue
            words = ", ".join(f"\"{' '.join(text[s:e].split())}\"" for s, e in spans)
            if headline:
                yield Hit(spans[0][0], spans[-1][1], f"Hype in the headline ({words}): let the findings speak")
            elif len(spans) >= threshold:
                yield Hit(
                    spans[0][0], spans[-1][1],
                    f"{len(spans)} hype or superlative words in one paragraph ({words})",
                )

    @staticmethod
    def _counts(document, sentences, span) -> bool:
        for sentence in sentences:
            if sentence.start <= span[0] < sentence.end:
                text = document.text[sentence.start : sentence.end]
                end = min(span[1], sentence.end)
                return asserted(text, span[0] - sentence.start, end - sentence.start)
        return True


_PROMISING = patterns.compile(r"promising", regex.IGNORECASE)


def _headline(document) -> int | None:
    """Index of the one headline block: the title, else the first level-1 heading.

    An HTML page often repeats its <title> as its <h1>; only the first counts.
    """
    first_h1 = None
    for index, block in enumerate(document.blocks):
        if block.kind == "title":
            return index
        if first_h1 is None and block.kind == "heading" and block.level == 1:
            first_h1 = index
    return first_h1


def hype_rules():
    """Instances of the Python hype rules."""
    return [RedFlagHypeWord(), HypeDensity()]
