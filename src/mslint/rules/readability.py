"""Readability (RDB): Flesch-Kincaid grade and Flesch reading ease, per document and per paragraph,
and sentences too long to follow.

The formulas are textstat's (Flesch-Kincaid grade = 0.39 * words per sentence + 11.8 * syllables
per word - 15.59; reading ease = 206.835 - 1.015 * words per sentence - 84.6 * syllables per
word). Words and syllables come from the CMU Pronouncing Dictionary, as textstat's do, but looked
up word by word (mslint.syllables) instead of loading the dictionary, which takes textstat about
0.7 s. Sentences come from mslint's own segmenter, which does not split at
"Dr.", "e.g." or "2.8 million" as textstat's full-stop count does.

Only prose counts: paragraphs, list items and quotes, not headings, captions or table cells.
Very short paragraphs (fewer than 3 sentences or 40 words) are skipped, where the formulas are
noise; a document needs 100 words and 5 sentences.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache


from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint import patterns
from mslint.analysis.syllables import counts
from mslint.analysis.article import analyse

PROSE_KINDS = frozenset({"paragraph", "list-item", "quote"})
MIN_PARAGRAPH_SENTENCES = 3
MIN_PARAGRAPH_WORDS = 40
MIN_DOCUMENT_SENTENCES = 5
MIN_DOCUMENT_WORDS = 100
# A word may start only where a run of word characters, apostrophes and hyphens starts: without
# the look-behind, a search restarts inside a long run with no letter (100,000 dashes) at every
# character, and each restart reads to the run's end (quadratic time).
_WORD = patterns.compile(r"(?<![\w'’-])[\w'’-]*\w[\w'’-]*")

NIH_GRADE = "NIH / AMA health-literacy guidance: patient materials at or below an 8th-grade reading level"
FLESCH = "Flesch 1948, J Appl Psychol 32:221, and Kincaid et al. 1975: Flesch reading ease and Flesch-Kincaid grade"
PLAIN_LANGUAGE = "CDC Clear Communication Index and US Federal Plain Language Guidelines: short sentences, common words"


@lru_cache(maxsize=4096)
def _counts(sentence: str) -> tuple[int, int]:
    """Words and syllables of one sentence; cached because the document and paragraph rules
    measure the same sentences."""
    return counts(sentence)


@dataclass(frozen=True)
class Readability:
    grade: float
    ease: float
    words: int
    sentences: int


def measure(texts: list[str]) -> Readability | None:
    """Flesch-Kincaid grade and reading ease of these sentences (None when there are no words)."""
    if not texts:
        return None
    words = syllables = 0
    for text in texts:
        sentence_words, sentence_syllables = _counts(text)
        words += sentence_words
        syllables += sentence_syllables
    if not words:
        return None
    per_sentence = words / len(texts)
    per_word = syllables / words
    return Readability(
        grade=0.39 * per_sentence + 11.8 * per_word - 15.59,
        ease=206.835 - 1.015 * per_sentence - 84.6 * per_word,
        words=words,
        sentences=len(texts),
    )


def _numbers(options) -> tuple[float, float]:
    return float(options.get("max-grade", 8)), float(options.get("min-reading-ease", 60))


def _verdict(result: Readability, max_grade: float, min_ease: float) -> str | None:
    problems = []
    if result.grade > max_grade:
        problems.append(f"Flesch-Kincaid grade {result.grade:.1f} (target {max_grade:g} or lower)")
    if result.ease < min_ease:
        problems.append(f"Flesch reading ease {result.ease:.0f} (target {min_ease:g} or higher)")
    return " and ".join(problems) or None


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


class DocumentReadability(Rule):
    default_options = {"max-grade": 8.0, "min-reading-ease": 60.0}
    meta = RuleMeta(
        code="RDB001",
        name="hard-to-read-document",
        category="readability",
        severity=Severity.INFO,
        scope="document",
        summary="The article's prose reads above the target grade level (Flesch-Kincaid, Flesch reading ease)",
        docs=RuleDocs(
            what="Measures the Flesch-Kincaid grade and the Flesch reading ease of the article's prose "
            "(paragraphs, list items and quotes; at least 100 words in 5 sentences) and reports when the grade is "
            "above `max-grade` (default 8) or the reading ease below `min-reading-ease` (default 60). One finding, "
            "on the title or first line. Set the targets per audience in config: "
            "`[options.RDB001] max-grade = 12` for professional readers.",
            why="Health information only helps readers who can follow it. Health-literacy guidance (NIH, AMA) asks "
            "for patient materials at or below an 8th-grade level; a reading ease of 60-70 is plain English. Long "
            "sentences and long words are what both formulas penalise.",
            bad=(
                "Autologous haematopoietic stem cell transplantation, an intensive immunoablative procedure "
                "administered in specialised haematology centres, eliminates autoreactive lymphocytes through "
                "high-dose chemotherapy and subsequently reconstitutes immunological function from previously "
                "harvested progenitor cells. Consequently, considerable treatment-associated toxicity, including "
                "febrile neutropenia, opportunistic infections and secondary autoimmunity, necessitates meticulous "
                "evaluation. Determining eligibility requires comprehensive neurological assessment. Individuals "
                "demonstrating inflammatory disease activity despite conventional immunotherapy represent the "
                "population most frequently considered. Long-term observational registries continue accumulating "
                "information regarding durability, fertility preservation and mortality. Prospective randomised "
                "comparisons with high-efficacy monoclonal antibodies remain comparatively limited, and "
                "methodological heterogeneity complicates interpretation of the published observational literature. "
                "Multidisciplinary consultation is therefore indispensable.",
            ),
            good=(
                "A stem cell transplant is a strong treatment for MS. Doctors use drugs to wipe out the immune "
                "system. Then your own stem cells help it grow back. This can stop new attacks for years. But it "
                "has real risks. You may get bad infections while your blood counts are low. Some people lose "
                "their hair for a while. A few people become unable to have children. Rarely, people die from it. "
                "Your team will check if it suits you. Ask them about the risks and the benefits. Take your time "
                "to decide what is right for you.",
            ),
            better="Split long sentences, prefer short common words (\"use\" for \"utilise\", \"stops\" for "
            "\"discontinues\"), and explain a technical term once in plain words.",
        ),
        references=(NIH_GRADE, FLESCH, PLAIN_LANGUAGE),
    )

    def check(self, document, unit, options):
        text = document.text
        sentences = [
            text[s.start : s.end] for s in document.sentences if document.blocks[s.block].kind in PROSE_KINDS
        ]
        if len(sentences) < MIN_DOCUMENT_SENTENCES or sum(len(_WORD.findall(s)) for s in sentences) < MIN_DOCUMENT_WORDS:
            return
        result = measure(sentences)
        if result is None:
            return
        problems = _verdict(result, *_numbers(options))
        if problems is None:
            return
        block = next((b for b in document.blocks if b.kind == "title"), document.blocks[0])
        yield Hit(block.start, block.end,
                  f"The article is hard to read: {problems} over {result.words} words in {result.sentences} sentences")


class ParagraphReadability(Rule):
    default_options = {"max-grade": 8.0, "min-reading-ease": 60.0}
    meta = RuleMeta(
        code="RDB003",
        name="hard-to-read-paragraph",
        category="readability",
        severity=Severity.INFO,
        scope="paragraph",
        summary="A paragraph reads above the target grade level (Flesch-Kincaid, Flesch reading ease)",
        docs=RuleDocs(
            what="Measures each paragraph, list item or quote of at least 3 sentences and 40 words, and reports one "
            "whose Flesch-Kincaid grade is above `max-grade` (default 8) or whose Flesch reading ease is below "
            "`min-reading-ease` (default 60). Shorter paragraphs are skipped: the formulas are noise on a sentence "
            "or two.",
            why="A readable article can still hide one dense paragraph - often the one on risks or on how the "
            "treatment works, which readers most need to follow. Health-literacy guidance asks for an 8th-grade "
            "level in patient materials.",
            bad=(
                "Autologous haematopoietic stem cell transplantation eliminates autoreactive lymphocytes through "
                "high-dose immunoablative chemotherapy administered in specialised centres. Subsequently, "
                "immunological function is reconstituted from previously harvested haematopoietic progenitor cells. "
                "Treatment-associated toxicity, including febrile neutropenia, opportunistic infections and "
                "secondary autoimmunity, necessitates meticulous individualised evaluation before eligibility is "
                "determined.",
            ),
            good=(
                "A stem cell transplant wipes out the immune system with strong drugs. Then your own stem cells help "
                "it grow back. This can stop new MS attacks for years. But it has real risks, such as bad infections "
                "while your blood counts are low.",
                "Autologous haematopoietic stem cell transplantation eliminates autoreactive lymphocytes.",
            ),
            better="Break the paragraph into short sentences, one idea each, and swap long words for everyday ones "
            "(\"wipes out\" for \"eliminates\", \"infections\" for \"opportunistic infections\" unless you explain it).",
        ),
        references=(NIH_GRADE, FLESCH, PLAIN_LANGUAGE),
    )

    def check(self, document, unit, options):
        if unit.block is None or document.blocks[unit.block].kind not in PROSE_KINDS:
            return
        text = document.text
        # The block's sentences by bisection (scanning all sentences per block would be quadratic).
        first = bisect.bisect_left(document.sentences, unit.start, key=lambda s: s.start)
        sentences = []
        for sentence in document.sentences[first:]:
            if sentence.block != unit.block:
                break
            sentences.append(text[sentence.start : sentence.end])
        if len(sentences) < MIN_PARAGRAPH_SENTENCES or _word_count(text, unit.start, unit.end) < MIN_PARAGRAPH_WORDS:
            return
        result = measure(sentences)
        if result is None:
            return
        problems = _verdict(result, *_numbers(options))
        if problems is not None:
            yield Hit(unit.start, unit.end, f"Hard-to-read paragraph: {problems}")


class LongSentence(Rule):
    default_options = {"max-words": 35}
    meta = RuleMeta(
        code="RDB002",
        name="long-sentence",
        category="readability",
        severity=Severity.INFO,
        scope="sentence",
        summary="A sentence longer than the word limit (default 35 words)",
        docs=RuleDocs(
            what="Flags a sentence of more than `max-words` words (default 35). A sentence of twice the limit or "
            "more is reported as a warning: it is almost always a run-on or several list items glued together; "
            "a quotation that long is the speaker's sentence and stays a note. Headings are not counted, nor "
            "page furniture and runs of labels scraped as one \"sentence\" (a menu of countries, a nutrition "
            "table), and sentences run together without a space (\"uncertain.Statins\") are counted apart.",
            why="Plain-language guidance for health information recommends sentences of 15-20 words on average and "
            "few over 30: readers lose track of a long sentence's subject, and the caveat in its last clause is "
            "the part they miss.",
            bad=(
                "Known risks include serious infections while blood counts are low, fever, hair loss, infertility, "
                "new autoimmune conditions such as thyroid disease in the years after treatment, and a small risk of "
                "death, which is higher in older people and in centres that do few transplants.",
            ),
            good=(
                "Known risks include serious infections, fever, hair loss and infertility. New autoimmune conditions, "
                "such as thyroid disease, can appear years later. A small number of people die, more often in older "
                "people and in centres that do few transplants.",
            ),
            better="Split at the natural joints (\"and\", \"which\", \"because\"): one idea per sentence, the caveat in "
            "a sentence of its own.",
        ),
        references=(PLAIN_LANGUAGE, NIH_GRADE),
    )

    def check(self, document, unit, options):
        if unit.block is not None and document.blocks[unit.block].is_heading:
            return
        limit = int(options.get("max-words", 35))
        count = _word_count(document.text, unit.start, unit.end)
        if count <= limit:
            return
        view = analyse(document).sentence_at(unit.start)
        if view is not None and (view.is_furniture or not is_prose(view)):
            return  # a menu, a list of countries, a table scraped as one "sentence"
        # Sentences run together without a space ("uncertain.Statins") are several sentences.
        count = max(_word_count(document.text, a, b) for a, b in _glued(document.text, unit.start, unit.end))
        if count <= limit:
            return
        severity = Severity.WARNING if count >= 2 * limit else None
        if severity is not None and view is not None and (quoted_share(view) >= 0.5 or opens_quotation(view)):
            severity = Severity.INFO  # the speaker's sentence: the writer can only paraphrase it
        if severity is not None and _list_in_prose(document.text, unit.start, unit.end, limit):
            severity = Severity.INFO  # "Get tested if ...; if ...; or if ...": items, each readable
        yield Hit(unit.start, unit.end, f"Sentence of {count} words (limit {limit}): split it", severity=severity)


_GLUED = patterns.compile(r"(?<=[a-z\d)\]”\"'’])[.!?](?=[A-Z])")
# Words that any sentence of prose has some of.
_FUNCTION_WORDS = frozenset("the a an of to in and or is are was were be been has have had that which who with for "
                            "on at by from as it its this these their they he she we i not but".split())


def _list_in_prose(text: str, start: int, end: int, limit: int) -> bool:
    """A list written as one sentence, its items split by semicolons, none of them long: a patient
    leaflet's way of listing who is at risk. A note, not a warning."""
    cuts = [start] + [i + 1 for i in range(start, end) if text[i] == ";"] + [end + 1]
    if len(cuts) < 4:
        return False
    return max(_word_count(text, a, b - 1) for a, b in zip(cuts, cuts[1:])) <= limit


def _glued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, lo = [], start
    for match in _GLUED.finditer(text, start, end):
        spans.append((lo, match.end()))
        lo = match.end()
    spans.append((lo, end))
    return spans


def is_prose(view) -> bool:
    """A sentence, not a run of labels: enough function words, not mostly capitalised names or
    numbers (a scraped country menu or a nutrition table)."""
    words = [t for t in view.tokens if t.is_word]
    if len(words) < 12:
        return True
    function = sum(1 for t in words if t.norm in _FUNCTION_WORDS)
    capitals = sum(1 for t in words if t.text[:1].isupper() or t.is_number)
    capitals, function = capitals / len(words), function / len(words)
    return not (capitals > 0.5 or (capitals > 0.3 and function < 0.2))


def opens_quotation(view) -> bool:
    """The sentence opens with a quotation (the speaker's words, then who said them)."""
    return view.sentence_text.lstrip()[:1] in "\"“«"


def quoted_share(view) -> float:
    """The share of the sentence's words inside quotation marks."""
    words = [t for t in view.tokens if t.is_word]
    if not words:
        return 0.0
    pairs = view.quote_pairs()
    inside = sum(1 for t in words if any(a < t.start and t.end <= b for a, b in pairs))
    return inside / len(words)


def readability_rules():
    return [DocumentReadability(), LongSentence(), ParagraphReadability()]
