"""Terminology rules (TRM): abbreviations defined once and consistently, before use, spelled right.

TRM001 and TRM002 read one shared analysis of the document: the abbreviation definitions
(Schwartz & Hearst 2003, see mslint.abbreviations) and every all-caps abbreviation the text
uses. It is computed once per document and cached for the document being linted.

An abbreviation use reported by one rule is not reported again by another: a misspelled course
abbreviation (TRM003: "RRSM") or a second abbreviation for an already abbreviated term (TRM001:
"PRMS" where "PRS" was defined) is not also an undefined abbreviation (TRM002).
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field

import regex

from mslint.analysis.abbreviation_glosses import explanations
from mslint.analysis.abbreviations import Definition, find_definitions
from mslint.analysis.syllables import is_dictionary_word
from mslint.reading.document import HEADING_KINDS, Document
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule, Unit
from mslint import patterns

# A page's title, headings and its summary (an HTML meta description) name abbreviations the
# body then spells out.
_TITLE_LIKE = HEADING_KINDS | {"summary"}
# A word-length name with a number: a product or trial (CORVA-2), where a three-letter stem with
# one (COX-2, GLP-1) is the biochemistry a reader needs spelled out.
_NAMED_CODE = regex.compile(r"[A-Z]{4,}[-‐‑]\d")
# A code followed by what it measures is a rating scale's name, which a reader needs spelled out:
# "their CARS-2 scores" (v0.30.43, set 140), not a product code.
_SCORED_AFTER = regex.compile(r"\s+(?:scores?|scales?|ratings?|questionnaires?|assessments?)\b")

__all__ = [
    "KNOWN_ABBREVIATIONS",
    "COURSE_MISSPELLINGS",
    "AbbreviationDefinedDifferently",
    "UndefinedAbbreviation",
    "MisspelledCourseAbbreviation",
    "terminology_rules",
]

# Abbreviations a general reader knows without expansion (AMA style: do not expand these).
KNOWN_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    MS FDA DNA RNA mRNA iOS NHS US USA UK EU UN MRI CT PET HIV AIDS COVID SARS WHO NIH CDC EMA NICE
    GP ICU IV TV PDF FAQ CEO PhD MD OK AM PM UV ID PR Q&A A&E ER RN BMI ECG EKG EEG IQ ADHD
    PTSD OCD CPR TB HPV STD STI UTI IVF CBD THC PCR ALS ATM GPS DIY FYI ASAP AKA USB USB-C URL ISO
    HTML PC IT AI VIP BC AD BCE CE UTC GMT EST PST BST NB PS ETA NGO MBA BSc MSc BA MA DVD
    CD LED SMS NATO NASA UNESCO UNICEF BBC CNN ABC NBC CBS NPR UAE NYC LA DC USD GBP EUR AUD
    CAD NZ LLC LTD PLC INC DOI ISBN ISSN PMID PMC PMCID JAMA BMJ NEJM PLOS PNAS RSS API
    JC HSA FSA HEPA PSA MMR RSV HRT MHRA TGA FTC CRISPR UVA UVB SPF CPAP GMC CQC DM
    MSD GSK BMS UCB NASDAQ NYSE LSE ENT RRP VAT APR
    NSAID SSRI OTC GI LDL HDL DVLA DEET LSD MDMA FBI AP AARP ZIP DSM ET
    UCLA UCSF USC NYU MIT CVS J&J DJ AB
    XS XL XXL XXXL
    DR MR MRS PROF
    """.split()
)

# Ordinary English words written in capitals for emphasis, not abbreviations.
SHOUTED_WORDS: frozenset[str] = frozenset(
    """
    A AN THE AND OR BUT IF SO TO OF IN ON AT BY FOR WITH FROM UP AS IS ARE WAS BE BEEN DO DOES
    NOT NO YES ALL ANY NOW NEW FREE BEST TOP ONLY JUST VERY MORE MOST LESS REAL TRUE FALSE
    CALL BOOK READ SEE WATCH JOIN ACT SAVE STOP GO GET BUY WIN TRY ASK LEARN FIND CLICK
    TODAY HERE THIS THAT YOUR YOU OUR WE WHY HOW WHAT WHEN WHO WHERE IT ITS MY ME HE SHE
    THEY THEM SALE OFFER DEAL DEALS NOTE NEWS HOPE CURE CURES LIFE SAFE FAST EASY HUGE BIG
    HOT WOW OMG LOL NEVER EVER MUST WILL CAN SAY OH HELP CARE CLASS WORLD LIVE LOVE TRUTH
    ALERT UPDATE UPDATED FACT FACTS MYTH MYTHS PART STEP STEPS TIPS WARN DONE WAIT END ONE TWO
    STEM CELL CELLS PRICE PRICES ORDER SHOP BONUS GIFT SPECIAL LIMITED TIME HURRY WARNING NOTICE SHIPPING
    ENDS SAFETY THREAD RESULTS SUMMARY CONTACT ABOUT MEDIA EDITORS BACKGROUND METHODS FINDINGS DISCLAIMER
    POST POSTS REPLY REPLIES COMMENT COMMENTS EDIT EDITED
    LOT LOTS YET TOO WAY OLD HATE
    OVER BACK OUT OFF AGAIN STILL QUOTE QUOTES EVERY SOON FULL NEXT LAST FIRST REALLY HAVE HAS HAD WHICH
    """.split()
)
# Medical abbreviations that are also English words: in capitals they are the abbreviation.
_ABBREVIATIONS_THAT_ARE_WORDS = frozenset({"MACE", "CREST", "MIND", "DASH", "MODY", "POTS"})


def _a_word(key: str) -> bool:
    """A word of four letters or more that the pronouncing dictionary holds ("VIDEO", "LONDON"),
    which many abbreviations also are ("ELISA", "MELD", "TENS")."""
    return (len(key) >= 4 and key.isalpha() and key not in _ABBREVIATIONS_THAT_ARE_WORDS
            and is_dictionary_word(key.lower()))


# A word written out in letters, for the page's own vocabulary.
_PLAIN_WORD = regex.compile(r"\b[A-Za-z]+\b")
# The words either side of a token on its line: capitals there make a shouted phrase.
_WORD_BEFORE = regex.compile(r"([A-Za-z][\w'’-]*)[^\w\n]*$")
_WORD_AFTER = regex.compile(r"[^\w\n]*([A-Za-z][\w'’-]*)")
_LINE_WORD = regex.compile(r"[A-Za-z][A-Za-z'’]+")


# A name followed by what it names ("the MIST trial", "the OPERA trials") is a study's name, which
# articles rarely spell out and readers need not decode. (A scale's, "the EDSS score", they do.)
# So is one set beside it: "AURORA-Lp, its phase 2 trial of ...".
_NAMES_A_STUDY = patterns.compile(
    r"\s+(?:trials?|study|studies|cohort|registry|investigators?|consortium)\b"
    r"|,\s+(?:its|the|a|an|their|our)\s+(?:[\w-]+\s+){0,3}(?:trial|study)\b", regex.IGNORECASE)
# A name introduced as one, just before it: "a trial called MESEMS", "known as ORAL Surveillance",
# "use code GLOWUP", "my referral code JESS-REBOOT".
_NAMED_BEFORE = patterns.compile(
    r"\b(?:trials?|study|studies|registry|programme|program|app|newsletter|genes?|markers?|proteins?|"
    r"hormones?|enzymes?)\b[^.;:]{0,30}?\b(?:called|named|dubbed|known\s+as)\s+(?:the\s+)?$|\bcodes?\s+$"
    # A body or scheme named by its kind, the letters then its name: "the charity RNID", "the US safety
    # register (TOUCH)". (v0.30.41, set 137.)
    r"|\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:charity|charities|register|registry|registries|scheme)\s+\(?$"
    # a name in brackets after what it names: "by keyhole stent (called EVAR)"
    r"|\((?:called|known\s+as|named)\s+$"
    # a promotion code given to quote: "readers get a month free when they quote PARISH2"
    r"|\b(?:quote|quoting|enter|entering)\s+$",
    regex.IGNORECASE)
_STUDY_WORD = patterns.compile(r"\b(?:trials?|study|studies|registry)\b", regex.IGNORECASE)
# A gene's symbol before what it names ("BRCA2 mutations", "the CFTR gene", "HER-2 positive"): a
# label, whose long form ("cystic fibrosis transmembrane conductance regulator") would tell a reader
# less than the symbol does. A drug's target is different: "a BTK inhibitor" is jargon to explain.
_NAMES_A_GENE = patterns.compile(
    # (v0.30.44, set 142) With other symbols before the word ("BRCA1 and BRCA2 genes"), or said to be a
    # gene ("MTHFR is a gene involved in handling folate").
    r"(?:\s*(?:,|and|or|/|&)\s*(?-i:[A-Z][A-Z0-9]{1,9}))*(?:[\s-]+(?:genes?|mutations?|mutated|variants?|carriers?|"
    r"(?:gene\s+)?testing|positive|negative)\b|\s+(?:is|are)\s+(?:a|the)\s+(?:[\w-]+\s+)?genes?\b)",
    regex.IGNORECASE)
_GENE_SYMBOL = regex.compile(r"\b((?-i:[A-Z][A-Z0-9]{1,9}))(?=" + _NAMES_A_GENE.pattern + ")", regex.IGNORECASE)
# (the symbol itself in capitals: the flag above reaches only the words after it)
# A capitalised word beside the token that is not the first of its sentence makes the token part
# of a proper name: "Novartis AG", "IMS Health", "Oncotype DX", "UC San Francisco", "GW Pharmaceuticals".
# Names are not abbreviations a writer should spell out.
_NAME_WORD_BEFORE = regex.compile(r"(?<=[a-z][\w'’-]*,?\s)\p{Lu}\p{Ll}[\p{L}'’.-]*\s$")
_NAME_WORD_AFTER = regex.compile(r"(?:['’]s)?\s\p{Lu}\p{Ll}[\p{L}'’-]*")

# Course abbreviations (Lublin 2014) and the typing slips the rule recognises.
COURSE_NAMES: dict[str, str] = {
    "RRMS": "relapsing-remitting MS",
    "SPMS": "secondary progressive MS",
    "PPMS": "primary progressive MS",
    "PRMS": "progressive-relapsing MS, a course retired in 2013",
}


def _course_misspellings() -> dict[str, str]:
    """Adjacent transpositions ("RRSM") and doubled letters ("RRMMS") of each course abbreviation."""
    table: dict[str, str] = {"RMSS": "RRMS"}
    for right in COURSE_NAMES:
        for i in range(len(right) - 1):
            table[right[:i] + right[i + 1] + right[i] + right[i + 2 :]] = right
        for i in range(len(right)):
            table[right[: i + 1] + right[i:]] = right
    for taken in (*COURSE_NAMES, "CIS", "RIS", "RMS", "PMS", "MS"):
        table.pop(taken, None)
    return table


COURSE_MISSPELLINGS: dict[str, str] = _course_misspellings()

# Units that follow a number ("4000 IU"), never abbreviations to spell out there.
UNITS: frozenset[str] = frozenset("IU MG ML KG CM MM KM MCG MMOL KB MB GB".split())
# Post-nominal letters of health professions.
_CREDENTIALS = frozenset("ND DO DC RD RN NP FRCP MRCP MRCGP FRCS FACS FRCR MBBS MBCHB DPHIL BSN LAC".split())
_STOPWORDS = frozenset("of the and in on for with to a an by at or from versus vs".split())
# What the long form of "MS" is when the article does not say.
_BUILTIN_EXPANSIONS = {"MS": "multiple sclerosis"}

_HYPHENS = "-‐‑"
# A token holding two adjacent capitals (or a capital and a digit or "&"), hyphenated parts
# included: "AHSCT", "DMTs", "anti-CD20", "COVID-19", "Q&A", "SARS-CoV-2".
_COMPOUND = patterns.compile(r"(?<![\w&‐‑-])(?=[\w&‐‑-]*?[A-Z][A-Z0-9&])[\w&][\w&‐‑-]*")
_PART_SPLIT = patterns.compile(r"[‐‑-]")
_CAPS_PART = patterns.compile(r"[A-Z][A-Z0-9&]*")
# One or two lower-case letters before the capitals: iPSCs, aHSCT, mRNA, ipRGCs, hsCRP.
_PREFIXED_PART = patterns.compile(r"[a-z]{1,2}[A-Z][A-Z0-9&]*[A-Z0-9](?:['’]?s)?")
_PLURAL_PART = patterns.compile(r"([a-z]{0,2}[A-Z][A-Z0-9&]*[A-Z0-9])['’]?s")
_NUMBER = patterns.compile(r"\d+")
_ROMAN = patterns.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# Marker and vitamin names are names, not abbreviations to expand: CD20, CD34, IL6, B12.
_MARKER = patterns.compile(r"[A-Z]{1,3}\d{1,3}[A-Z]?")
# Measures written in mixed case or with a digit that readers meet on their own results and need
# spelled out, though they look like names or markers: "HbA1c", "SpO2", "FEV1".
# Each is explained by its long form anywhere before it (or just after it) or by a gloss in brackets
# straight after it ("HbA1c (a measure of average blood sugar)"): the letters of "HbA1c" are not
# in order in "glycated haemoglobin", so the usual definition finder cannot pair them.
CLINICAL_MEASURES = {
    "HbA1c": r"glycated ha?emoglobin|glycosylated ha?emoglobin|ha?emoglobin a1c|a1c test",
    "SpO2": r"oxygen saturation|blood oxygen|oxygen level",
    "SaO2": r"oxygen saturation|blood oxygen",
    "PaO2": r"partial pressure of oxygen",
    "TcPO2": r"transcutaneous oxygen",
    "FEV1": r"forced expiratory volume",
    "FVC": r"forced vital capacity",
    "VO2": r"oxygen uptake|oxygen consumption",
    "INR": r"international normali[sz]ed ratio",
    "eGFR": r"glomerular filtration",
}
_MEASURE_LONG = {key: patterns.compile(r"\b(?:" + long + r")\b", regex.IGNORECASE) for key, long in CLINICAL_MEASURES.items()}
_GLOSS_AFTER = patterns.compile(r"\s*(?:\(|[—–]|,\s+(?:a|an|the|which|or)\b)")
# How far after a measure its long form may come and still explain it ("SpO2, the oxygen level in the blood").
_LONG_AFTER = 80
# A whole word in capitals (for runs of shouting): "STEM", "CELLS:", "I", "DON'T".
_CAPS_WORD = patterns.compile(r"(?<![\w'’&])[A-Z][A-Z0-9&'’‐‑-]*(?![\w])")
_RUN_GAP = patterns.compile(r"[ \t:!?\"“”‘’–—‐‑-]+")
_LOWER = patterns.compile(r"\p{Ll}")
# A news dateline opening a block: "BOSTON, January 9, 2026 --", "NEW YORK (Reuters) -".
_DATELINE = patterns.compile(
    r"[A-Z][A-Z.'’ -]{0,40}?"
    r"(?=,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\s*(?:--|—|–|\(\w+\)\s*[-–—])|\s+-\s"
    # "AUSTIN, Texas - ", "LEEDS, England, 3 May 2026 -": the city in capitals, then its region.
    r"|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\.?\s*(?:,|--|—|–|-\s))"
)
_WORD_COUNT = patterns.compile(r"\S+")
# Identifiers, not terms: a trial registry number, and a ticker after its exchange ("NASDAQ: CRVB").
_REGISTRY_ID = patterns.compile(r"(?:NCT|ISRCTN|ACTRN|CTRI|DRKS|ChiCTR)[\dX-]{5,}")
_TICKER_BEFORE = patterns.compile(r"(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|AIM|OTC)\s*:\s*\Z")
# Spans of text that are addresses, not prose.
_ADDRESS = patterns.compile(
    r"https?://\S+|\bwww\.\S+|\bdoi:\s?\S+|\b10\.\d{4,9}/\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|\b[\w-]+\.(?:uk|com|org|net|gov)\b",  # a site named without its scheme: "GOV.UK", "NHS.UK"
    regex.IGNORECASE,
)
_NUMBER_BEFORE = patterns.compile(r"\d[\d,.]*\s?$")
# Reference lists. Vancouver style ("Burt RK, Balabanov R, Burman J, et al.") puts initials
# in capitals after each surname; "RK" is a pair of initials, not an abbreviation.
_SURNAME = r"\p{Lu}\p{Ll}[\p{L}'’-]*"
_SURNAME_BEFORE = patterns.compile(_SURNAME + r" $")
_NEXT_AUTHOR = patterns.compile(r",\s" + _SURNAME + r"\s\p{Lu}{1,3}\b|,?\s+et\s+al\b")
_REFERENCE_LIKE = patterns.compile(r"\bet\s+al\b|\b(?:19|20)\d\d\b|\bdoi\b", regex.IGNORECASE)
# A block that opens like an entry of a reference list (Vancouver with two authors or "et al",
# or APA "Burt, R. K."), and holds a year: the titles it quotes are not the article's prose.
_REFERENCE_ENTRY = patterns.compile(
    r"(?:\[?\d{1,3}[.)\]]\s)?(?:" + _SURNAME + r"\s\p{Lu}{1,3},\s(?:" + _SURNAME + r"\s\p{Lu}{1,3}[,.]|et\s+al\b)"
    r"|" + _SURNAME + r",\s\p{Lu}\.)"
)
_YEAR = patterns.compile(r"\b(?:19|20)\d\d\b")
_SOURCES_LABEL = patterns.compile(r"\b(?:Sources?|References?|Further reading|Evidence used)\s*:")
_WORD_SEPARATORS = patterns.compile(r"[\s/‐‑–-]+")
_EDGE = "\"'“”‘’*_`()[],.;:!?"


def _key(short: str) -> str:
    """An abbreviation without its plural or possessive ending: "DMTs" -> "DMT", "NHS's" -> "NHS"."""
    plural = _PLURAL_PART.fullmatch(short)
    return plural.group(1) if plural else short


def _letters(token: str) -> int:
    return sum(ch.isalpha() for ch in token)


# -- the shared analysis ---------------------------------------------------------------------


@dataclass(frozen=True)
class AbbreviationUse:
    start: int
    end: int
    key: str  # "DMT" for "DMTs"; "BEAT-MS" for an all-capitals compound
    parts: tuple[str, ...]  # the capitals parts of a compound ("BEAT", "MS"); (key,) otherwise
    in_heading: bool


@dataclass
class TerminologyAnalysis:
    definitions: list[Definition]  # those whose short form holds a capital letter
    uses: list[AbbreviationUse]
    first_definition: dict[str, Definition] = field(default_factory=dict)  # key -> first definition
    # TRM001 findings, and the starts of the uses they cover (TRM002 leaves those alone).
    conflicts: list[Hit] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    # URLs, DOIs and e-mail addresses: (start, end) spans, sorted.
    addresses: list[tuple[int, int]] = field(default_factory=list)
    # key -> offset from which a gloss, a "known as" or a partial long form explains it.
    explained: dict[str, int] = field(default_factory=dict)

    def in_address(self, offset: int) -> bool:
        index = bisect.bisect_right(self.addresses, (offset, float("inf"))) - 1
        return index >= 0 and self.addresses[index][0] <= offset < self.addresses[index][1]

    def defined_before(self, key: str, offset: int) -> bool:
        first = self.first_definition.get(key)
        return first is not None and first.short_start <= offset

    def explained_by(self, key: str, offset: int) -> bool:
        at = self.explained.get(key)
        return at is not None and at <= offset


# A line opened by a name in capitals and a colon, or a dash and a person's name: a transcript's
# speaker label ("HOST: ...", "NURSE - Rachel Bainbridge, MS nurse"), perhaps after the time it
# was said ("[12:40] CHAIR: ...").
_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
# (A role and the speaker's name in brackets, "MEMBER (Graham): ...", is a label too, v0.30.30; and a
# title or a first name before it, or a role after it: "DR OKAFOR: ...", "LENA OKAFOR (HOST): ...",
# "KERRY-ANN (comment, read out): ...", v0.30.31.)
_SPEAKER = regex.compile(r"^" + _TIMESTAMP + r"((?:[A-Z][A-Z'\-]{1,15}\s+){0,2}[A-Z][A-Z'\-]{1,15})"
                         r"(?::|\s+\([A-Za-z][\w ,'\-]{0,30}\):|\s+[-–—]\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+))",
                         regex.MULTILINE)
_LINE_START = regex.compile(_TIMESTAMP + r"\Z")


def first_reportable_uses(uses: Iterable[AbbreviationUse], defined: Container[str]) -> dict[str, AbbreviationUse]:
    """key -> the use a finding about it goes on, in text order.

    That is the first use of an abbreviation never defined, and the first use outside
    headings of one defined somewhere: a title or heading may name an abbreviation that the
    text below then spells out.
    """
    first: dict[str, AbbreviationUse] = {}
    for use in uses:
        if use.key not in first and not (use.in_heading and use.key in defined):
            first[use.key] = use
    return first


_cache: tuple[weakref.ref, str, TerminologyAnalysis] | None = None


def analyse(document: Document) -> TerminologyAnalysis:
    """The definitions, uses and consistency conflicts of one document (cached for that document)."""
    global _cache
    if _cache is not None and _cache[0]() is document and _cache[1] is document.text:
        return _cache[2]
    definitions = [d for d in find_definitions(document.text) if any(ch.isupper() for ch in d.short)]
    scanner = _Scanner(document)
    analysis = TerminologyAnalysis(definitions, list(scanner.uses()), addresses=scanner.addresses,
                                   explained=explanations(document.text))
    for definition in definitions:
        analysis.first_definition.setdefault(_key(definition.short), definition)
    _find_conflicts(analysis)
    _cache = (weakref.ref(document), document.text, analysis)
    return analysis


class _Scanner:
    """Finds the all-capitals abbreviations a reader meets, skipping what is not one."""

    def __init__(self, document: Document):
        self.text = document.text
        self.blocks = document.blocks
        self.block_starts = [block.start for block in document.blocks]
        self.addresses = [m.span() for m in _ADDRESS.finditer(self.text)]
        self.address_starts = [start for start, _ in self.addresses]
        self.ignored = self._ignored_spans()
        self.ignored_starts = [start for start, _ in self.ignored]
        self._reference_like: dict[int, bool] = {}
        self._speaker_labels: dict[str, int] | None = None
        self._lower_words: tuple[frozenset[str], frozenset[str]] | None = None
        self.sentences = document.sentences
        # keys introduced as names, not abbreviations; a gene's symbol is one wherever the page says so
        # ("MTHFR. MTHFR is a gene ...": the label before the sentence too)
        self.names: set[str] = {_key(m.group(1)) for m in _GENE_SYMBOL.finditer(self.text)}
        self.sentence_starts = [sentence.start for sentence in document.sentences]

    def uses(self) -> Iterable[AbbreviationUse]:
        text = self.text
        for match in _COMPOUND.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in _HYPHENS:
                end -= 1
            if self._is_contraction(end) or _inside(self.addresses, self.address_starts, start):
                continue
            if _inside(self.ignored, self.ignored_starts, start):
                continue
            yield from self._uses_in_compound(start, end)

    def _uses_in_compound(self, start: int, end: int) -> Iterable[AbbreviationUse]:
        parts: list[tuple[int, int, str]] = []  # (start, end, kind)
        position = start
        for piece in _PART_SPLIT.split(self.text[start:end]):
            piece_start, position = position, position + len(piece) + 1
            if not piece:
                continue
            if _CAPS_PART.fullmatch(piece) or _PLURAL_PART.fullmatch(piece) or _PREFIXED_PART.fullmatch(piece):
                kind = "caps"
            elif _NUMBER.fullmatch(piece):
                kind = "number"
            elif any(ch.isupper() for ch in piece[1:]):
                if self.text[start:end] in CLINICAL_MEASURES:
                    yield AbbreviationUse(start, end, self.text[start:end], (self.text[start:end],), self._in_heading(start))
                return  # a mixed-case name such as SARS-CoV-2, NfL or PhD: not an all-caps abbreviation
            else:
                kind = "word"
            parts.append((piece_start, piece_start + len(piece), kind))
        heading = self._in_heading(start)
        if self.text[end - 2 : end].isdigit() or (_NAMED_CODE.fullmatch(self.text, start, end)
                                                  and not _SCORED_AFTER.match(self.text, end)):
            return  # a product, trial or promotion code: HX-201, REGEN25, CORVA-2 (not COX-2, GLP-1)
        name = _key(self.text[start:end])
        if _NAMES_A_STUDY.match(self.text, end):
            self.names.add(name)
            return  # a study's name, "the MIST trial", here and wherever it comes again
        if name in self.names or name.rstrip("0123456789") in self.names:
            return  # the name again, or a numbered member of a gene family named ("the BRCA genes ... BRCA2")
        if _NAMES_A_GENE.match(self.text, end):
            self.names.add(name)
            return  # "BRCA2 mutations": a gene's symbol
        if _NAMED_BEFORE.search(self.text, max(0, start - 40), start) or (
                len(parts) > 1 and all(kind == "caps" for _, _, kind in parts)
                and _STUDY_WORD.search(self._sentence_around(start))):
            # A name given as a name ("a trial called MESEMS", "use code GLOWUP", "known as ORAL
            # Surveillance"), or a hyphenated name among studies ("trials including BEAT-MS"): a
            # name, here and wherever it comes again.
            self.names.add(name)
            return
        if len(parts) > 1 and all(kind != "word" for _, _, kind in parts):
            # An all-capitals compound (BEAT-MS, RRMS-SPMS) is one abbreviation; STEP-BY-STEP is shouting.
            caps = tuple(_key(self.text[s:e]) for s, e, kind in parts if kind == "caps" and _letters(self.text[s:e]) > 1)
            shouted = all(part in SHOUTED_WORDS for part in caps) or (
                # a number and an English word in capitals: "48-HOUR SALE", "7-DAY PLAN" (the number first:
                # a word and then its number is a scale or a version, "CARS-2", v0.30.43, set 140)
                parts[0][2] == "number" and all(_a_word(part) for part in caps))
            if caps and not shouted and all(2 <= _letters(part) <= 6 for part in caps):
                compound = self.text[start:end]
                yield AbbreviationUse(start, end, _key(compound), caps, heading)
            return
        for part_start, part_end, kind in parts:
            if kind != "caps":
                continue
            token = self.text[part_start:part_end]
            key = _key(token)
            if self._is_abbreviation(key, part_start, part_end):
                yield AbbreviationUse(part_start, part_end, key, (key,), heading)

    def _is_abbreviation(self, key: str, start: int, end: int) -> bool:
        if not 2 <= _letters(key) <= 6 or key in SHOUTED_WORDS:
            return False
        if _a_word(key) and (self._in_shouted_phrase(start, end) or len(key) >= 6 and self._stressed(start, end)):
            return False  # "WATCH THE VIDEO", "HOME | FORUMS": an English word shouted, not a term
        if _REGISTRY_ID.fullmatch(key) or _TICKER_BEFORE.search(self.text, max(0, start - 12), start):
            return False  # a trial's registry number (NCT01234567) or a company's stock ticker
        if _ROMAN.fullmatch(key) or (_MARKER.fullmatch(key) and key not in CLINICAL_MEASURES):
            return False
        if key in UNITS and _NUMBER_BEFORE.search(self.text, max(0, start - 20), start):
            return False
        if key in _CREDENTIALS and _SURNAME_BEFORE.search(self.text, max(0, start - 40), start):
            return False  # letters after a name, "Dr Ada Lowe ND": a credential, not a term to decode
        if self._is_speaker_label(key, start, end):
            return False
        if key in _REPLY_MARKERS and self.text.startswith(":", end):
            return False  # an email's "RE:" or "FW:" before its subject (v0.30.46, set 145)
        if key.isalpha() and key.lower() in self.lower_words[len(key) > 2]:
            return False  # "SEPSIS" in a page that also writes "sepsis", "LONDON" beside "London": a word shouted
        if self._in_proper_name(start, end):
            return False
        return not self._is_author_initials(key, start, end)

    def _line_around(self, start: int, end: int) -> tuple[int, int]:
        """The start and end of the line holding text[start:end]."""
        line_end = self.text.find("\n", end)
        return self.text.rfind("\n", 0, start) + 1, len(self.text) if line_end < 0 else line_end

    def _in_proper_name(self, start: int, end: int) -> bool:
        """Whether a capitalised word inside the sentence stands beside the token ("Novartis AG",
        "IMS Health"), on a line that is not itself written in title case (a heading's "Why AHSCT Works")."""
        line_start, line_end = self._line_around(start, end)
        before = _NAME_WORD_BEFORE.search(self.text, max(line_start, start - 40), start)
        after = _NAME_WORD_AFTER.match(self.text, end, line_end)
        if before is None and after is None:
            return False
        words = _LINE_WORD.findall(self.text, line_start, line_end)
        capitalised = sum(word[0].isupper() for word in words)
        return capitalised * 3 < len(words) * 2  # a title-case line capitalises two words in three or more

    @property
    def lower_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words the page writes in lower case, and those it writes in lower or title case,
        lower-cased: a token in capitals that is one of them is that word shouted, not an
        abbreviation ("LOT" beside "a lot", "LONDON" beside "London"). Two letters count only
        beside the word in lower case: "MS" beside "Ms Patel" is still multiple sclerosis."""
        if self._lower_words is None:
            words = _PLAIN_WORD.findall(self.text)
            self._lower_words = (frozenset(word for word in words if word.islower()),
                                 frozenset(word.lower() for word in words if word.islower() or word.istitle()))
        return self._lower_words

    def _is_speaker_label(self, key: str, start: int, end: int) -> bool:
        """A name in capitals opening its line with a colon (or a dash and a person's name), more than
        once: a transcript's speaker ("SAM: Welcome back ...", "SAM: Thank you", "SAM - Sam Hale"); or
        any name in a role's label with the speaker's name in brackets ("CHAIR (Ken): ...", "HOST
        (ANIKA BOSE): ..."), even once (v0.30.42, set 138)."""
        line_start = self.text.rfind("\n", 0, start) + 1
        speaker = _SPEAKER.match(self.text, line_start)
        if speaker is None or start >= speaker.end():
            return False
        if speaker.group(0).endswith("):"):
            return True
        if not _LINE_START.match(self.text, line_start, start):
            return False
        labels = self._speaker_labels
        if labels is None:
            labels = self._speaker_labels = {}
            for found in _SPEAKER.finditer(self.text):
                for word in found.group(1).split():
                    labels[word] = labels.get(word, 0) + 1
        return labels.get(self.text[start:end], 0) >= 2

    def _in_shouted_phrase(self, start: int, end: int) -> bool:
        """The word stands alone on its line or labels it, or stands next to another word in capitals."""
        line_start, line_end = self._line_around(start, end)
        before = _WORD_BEFORE.search(self.text, line_start, start)
        after = _WORD_AFTER.match(self.text, end, line_end)
        if before is None and (after is None or self.text[end:end + 1] == ":"):
            return True  # alone on its line, or a label opening it ("VIDEO: How I ...")
        words = _LINE_WORD.findall(self.text, line_start, line_end)
        if len(words) >= 3 and sum(word.isupper() for word in words) * 3 >= len(words) * 2:
            return True  # a line mostly in capitals ("HOW WELL DOES PrEP WORK?")
        return any(found is not None and found.group(1).isupper() and len(found.group(1)) > 1
                   for found in (before, after))

    def _stressed(self, start: int, end: int) -> bool:
        """A long English word in capitals between words in lower case: stress in running text
        ("Beat hay fever BEFORE it starts", v0.30.43, set 141). Abbreviations that are words are
        short (TENS, MELD); from six letters the word is the likelier reading."""
        line_start, line_end = self._line_around(start, end)
        before = _WORD_BEFORE.search(self.text, line_start, start)
        after = _WORD_AFTER.match(self.text, end, line_end)
        return all(found is not None and found.group(1).islower() for found in (before, after))

    def _is_author_initials(self, key: str, start: int, end: int) -> bool:
        """Whether the token is a pair of initials, "RK" in "Burt RK, Balabanov R, ...", in a reference."""
        if len(key) > 3:
            return False
        surname = _SURNAME_BEFORE.search(self.text, max(0, start - 40), start)
        if surname is None:
            return False
        block_index = bisect.bisect_right(self.block_starts, start) - 1
        if block_index < 0:
            return False
        block = self.blocks[block_index]
        follows_author = self.text[surname.start() - 2 : surname.start()] == ", "
        if not follows_author and not _NEXT_AUTHOR.match(self.text, end, block.end):
            return False
        return self._is_reference_like(block_index)

    def _is_reference_like(self, block_index: int) -> bool:
        if block_index not in self._reference_like:
            block = self.blocks[block_index]
            self._reference_like[block_index] = bool(_REFERENCE_LIKE.search(self.text, block.start, block.end))
        return self._reference_like[block_index]

    def _is_contraction(self, end: int) -> bool:
        """DON'T, CAN'T: an apostrophe followed by letters other than a possessive s."""
        text = self.text
        if end + 1 >= len(text) or text[end] not in "'’" or not text[end + 1].isalpha():
            return False
        is_possessive = text[end + 1] in "sS" and (end + 2 >= len(text) or not text[end + 2].isalpha())
        return not is_possessive

    def _sentence_around(self, offset: int) -> str:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return ""
        sentence = self.sentences[index]
        return self.text[sentence.start:sentence.end]

    def _in_heading(self, offset: int) -> bool:
        index = bisect.bisect_right(self.block_starts, offset) - 1
        return index >= 0 and self.blocks[index].kind in _TITLE_LIKE and offset < self.blocks[index].end

    def _ignored_spans(self) -> list[tuple[int, int]]:
        """Text whose capitals are styling, not abbreviations, and reference-list entries.

        Shouting: a block with no lower-case letter and at least two words ("STEM CELLS CURE
        MS"), a run of three or more words in capitals, a run of two when one word is too long
        to be an abbreviation ("FREE CONSULTATION"). Commas end a run, so a list such as
        "CIS, RRMS, SPMS" is not shouting. Also news datelines ("BOSTON, January 9 --") and
        blocks that are entries of a reference list.
        """
        text = self.text
        spans: list[tuple[int, int]] = []
        for block in self.blocks:
            if not _LOWER.search(text, block.start, block.end) and _count_words(text, block.start, block.end) > 1:
                spans.append((block.start, block.end))
            dateline = _DATELINE.match(text, block.start, block.end)
            if dateline:
                spans.append(dateline.span())
            if _REFERENCE_ENTRY.match(text, block.start, block.end) and _YEAR.search(text, block.start, block.end):
                spans.append((block.start, block.end))  # titles in a reference list are not the article's prose
            # A list of sources after its label ("Sources: UKHSA guidance (2023); Cochrane review of ... ACTH"):
            # bodies and titles cited, not the article's prose (v0.30.44, set 142's careful pages).
            label = _SOURCES_LABEL.search(text, block.start, block.end)
            if label and _YEAR.search(text, label.end(), block.end):
                spans.append((label.start(), block.end))
        run: list[tuple[int, int]] = []

        def close_run() -> None:
            longest = max((_letters(text[s:e]) for s, e in run), default=0)
            if len(run) >= 3 or (len(run) == 2 and longest >= 7):
                spans.append((run[0][0], run[-1][1]))

        for match in _CAPS_WORD.finditer(text):
            if run and not _RUN_GAP.fullmatch(text, run[-1][1], match.start()):
                close_run()
                run = []
            run.append(match.span())
        close_run()
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


_REPLY_MARKERS = frozenset({"RE", "FW", "FWD"})


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether `offset` lies in one of `spans` (sorted, not overlapping; `starts` their starts)."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _count_words(text: str, start: int, end: int) -> int:
    count = 0
    for _ in _WORD_COUNT.finditer(text, start, end):
        count += 1
        if count > 1:
            break
    return count


# -- consistency (TRM001) ------------------------------------------------------------------


def _words(long: str, expansions: Mapping[str, str], own: str = "") -> tuple[str, ...]:
    """Comparable words of a long form: lower-case, ae/oe folded, stop words out, MS expanded.

    An abbreviation inside a long form is replaced by its own long form (`own`, the
    abbreviation being defined, excepted), so "relapsing-remitting MS" compares equal to
    "relapsing-remitting multiple sclerosis".
    """
    out: list[str] = []
    for raw in _WORD_SEPARATORS.split(long):
        word = raw.strip(_EDGE)
        if not word:
            continue
        expansion = expansions.get(_key(word)) if word.isupper() and _key(word) != own else None
        if expansion is not None:
            out.extend(_words(expansion, {}))
            continue
        # A capital letter after a word names a kind, not an article: "ultraviolet A" (UVA) is not
        # "ultraviolet" (UV), nor "hepatitis A" plain "hepatitis".
        designator = out and len(word) == 1 and word.isupper()
        word = word.lower().replace("ae", "e").replace("oe", "e")
        if designator or word not in _STOPWORDS:
            out.append(word)
    return tuple(out)


def _same_word(a: str, b: str) -> bool:
    """Equal, or variants of one word: therapy/therapies, transplant/transplantation, imaging/image."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 3 and common >= min(5, min(len(a), len(b)) - 1)


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b))


def _same_meaning(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words, or one long form is the other with words left out ("stem cell transplant")."""
    if _same_words(a, b):
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < 2:
        return False
    position = 0
    for word in longer:
        if position < len(shorter) and _same_word(word, shorter[position]):
            position += 1
    return position == len(shorter)


def _bucket(words: tuple[str, ...]) -> tuple[str, ...]:
    # Words that _same_word accepts share their first three characters (or are equal).
    return tuple(word[:3] for word in words)


def is_acronym_of(token: str, long: str) -> bool:
    """Whether `token` is built from the initials of `long` ("PRMS" from "progressive-relapsing MS").

    Stricter than Schwartz & Hearst: every word gives its initial, a word in capitals gives
    itself or its initial, stop words may give nothing, so "MSC" is not "multiple sclerosis".
    """
    target = "".join(ch for ch in token.upper() if ch.isalnum())
    reachable = {0}
    for raw in _WORD_SEPARATORS.split(long):
        word = raw.strip(_EDGE)
        if not word:
            continue
        if word.isdigit():
            pieces: tuple[str, ...] = (word,)
        elif word.isupper() and len(word) > 1:
            core = _key(word)
            pieces = (core, core[0])
        elif word.lower() in _STOPWORDS:
            pieces = ("", word[0].upper())
        else:
            pieces = (word[0].upper(),)
        reachable = {p + len(piece) for p in reachable for piece in pieces if target.startswith(piece, p)}
        if not reachable:
            return False
    return len(target) in reachable


def _find_conflicts(analysis: TerminologyAnalysis) -> None:
    expansions = dict(_BUILTIN_EXPANSIONS)
    for key, definition in analysis.first_definition.items():
        expansions.setdefault(key, definition.long)
    by_short: dict[str, list[tuple[tuple[str, ...], Definition]]] = {}
    by_long: dict[tuple[str, ...], list[tuple[tuple[str, ...], Definition]]] = {}
    for definition in analysis.definitions:
        key = _key(definition.short)
        words = _words(definition.long, expansions, own=key)
        earlier = by_short.get(key)
        if earlier and not any(_same_meaning(words, other) for other, _ in earlier):
            first = earlier[0][1]
            analysis.conflicts.append(Hit(
                definition.short_start, definition.short_end,
                f'"{definition.short}" is defined here as "{definition.long}" but earlier as "{first.long}"; '
                "an abbreviation should keep one meaning throughout",
            ))
        elif not earlier:  # a repeated definition was checked when the key was first defined
            for other_words, other in by_long.get(_bucket(words), ()):
                if _key(other.short) != key and _same_words(words, other_words):
                    analysis.conflicts.append(Hit(
                        definition.short_start, definition.short_end,
                        f'"{definition.long}" is abbreviated "{definition.short}" here but "{other.short}" '
                        "earlier; use one abbreviation throughout",
                    ))
                    break
        by_short.setdefault(key, []).append((words, definition))
        by_long.setdefault(_bucket(words), []).append((words, definition))
    # An abbreviation never defined that stands for a term the article abbreviated otherwise.
    inside_definitions = [(d.start, d.end) for d in analysis.definitions]
    definition_starts = [start for start, _ in inside_definitions]
    for key, use in first_reportable_uses(analysis.uses, analysis.first_definition).items():
        if key in analysis.first_definition or key in KNOWN_ABBREVIATIONS:
            continue
        if _inside(inside_definitions, definition_starts, use.start):
            continue  # part of a definition: "the MS Society (MSS)"
        for definition in analysis.definitions:
            if _key(definition.short) != key and is_acronym_of(key, definition.long):
                analysis.conflicts.append(Hit(
                    use.start, use.end,
                    f'"{key}" seems to stand for "{definition.long}", which this article abbreviates '
                    f'"{definition.short}"; use one abbreviation throughout',
                ))
                analysis.claimed.add(use.start)
                break
    analysis.conflicts.sort(key=lambda hit: (hit.start, hit.end))


# -- the rules -------------------------------------------------------------------------------

_SCHWARTZ_HEARST = (
    "Schwartz AS, Hearst MA. A simple algorithm for identifying abbreviation definitions in biomedical "
    "text. Pac Symp Biocomput 2003:451-462"
)
_AMA_ABBREVIATIONS = (
    "AMA Manual of Style (11th ed., 2020), Abbreviations: spell a term out at first mention with the "
    "abbreviation in parentheses, then use the abbreviation consistently; common ones need no expansion"
)
_LUBLIN_2014 = (
    "Lublin 2014, Neurology 83:278, doi:10.1212/WNL.0000000000000560: the course descriptors CIS, RRMS, "
    "SPMS, PPMS; PRMS eliminated"
)


class AbbreviationDefinedDifferently(Rule):
    meta = RuleMeta(
        code="TRM001",
        name="abbreviation-defined-differently",
        category="terminology",
        severity=Severity.WARNING,
        scope="document",
        summary="One term is given two abbreviations, or one abbreviation two meanings",
        docs=RuleDocs(
            what="Finds abbreviation definitions (\"long form (ABBR)\" and \"ABBR (long form)\", by the "
            "Schwartz & Hearst algorithm) and flags a second definition that gives the same term another "
            "abbreviation, or the same abbreviation another meaning. It also flags an undefined "
            "abbreviation built from the initials of a term the article already abbreviated otherwise "
            "(\"PRMS\" after \"progressive-relapsing MS (PRS)\"). The finding sits on the later, "
            "conflicting occurrence.",
            why="Readers learn an abbreviation once and trust it afterwards. Two abbreviations for one "
            "disease course make them think there are two courses; one abbreviation with two meanings "
            "(CIS as clinically isolated syndrome, then as something else) teaches them a wrong fact. "
            "Both are also signs of text stitched together from sources nobody checked.",
            bad=(
                "Progressive-relapsing MS (PRS) was once a separate course. Progressive-relapsing MS (PRMS) "
                "is now called active PPMS.",
                "Clinically isolated syndrome (CIS) is a first episode. Your scan report may mention CIS "
                "(chronic inflammatory syndrome).",
                "Progressive-relapsing MS (PRS) was once a separate course. Some letters still say PRMS.",
            ),
            good=(
                "Relapsing-remitting MS (RRMS) is the most common course. Most people with RRMS are "
                "diagnosed in their twenties or thirties.",
                "Disease-modifying therapies (DMTs) reduce relapses. Each disease-modifying therapy (DMT) "
                "has side effects.",
                "Relapsing-remitting MS (RRMS) comes first. Relapsing-remitting multiple sclerosis (RRMS) "
                "often turns into secondary progressive MS (SPMS).",
            ),
            better="Define each abbreviation once, at first use, and keep it: \"progressive-relapsing MS "
            "(PRMS)\", then PRMS every time.",
        ),
        references=(_SCHWARTZ_HEARST, _AMA_ABBREVIATIONS, _LUBLIN_2014),
    )

    def check(self, document: Document, unit: Unit, options: Mapping[str, object]) -> Iterable[Hit]:
        return list(analyse(document).conflicts)


class UndefinedAbbreviation(Rule):
    meta = RuleMeta(
        code="TRM002",
        name="undefined-abbreviation",
        category="terminology",
        severity=Severity.INFO,
        scope="document",
        summary="An abbreviation is used before it is spelled out, or never spelled out",
        docs=RuleDocs(
            what="Flags the first use of an all-capitals abbreviation (2-6 letters, digits and hyphens "
            "allowed: AHSCT, NEDA, MSCs, BEAT-MS) that comes before its definition or is never defined. "
            "A definition is \"long form (ABBR)\" or \"ABBR (long form)\". Widely known abbreviations "
            "(MS, MRI, FDA, NHS, DNA...) are exempt, and the option `known` adds more. Headings may use "
            "an abbreviation that the text below defines. Roman numerals (phase III), units after a "
            "number (4000 IU), marker names (CD34), author initials in references, addresses, a study's "
            "name before \"trial\" or \"study\" (\"the MIST trial\"), a gene's symbol before \"gene\" or "
            "\"mutation\" (\"BRCA2 mutations\"), capitals that are part of a proper name beside a "
            "capitalised word (\"Novartis AG\", \"IMS Health\") and shouted capitals (\"STEM CELLS "
            "CURE MS\", an English word in capitals on a line that shouts or as a label, \"VIDEO:\") are not "
            "abbreviations to spell out.",
            why="A reader who meets \"AHSCT\" or \"EDSS\" cold cannot judge the claim around it, and "
            "unexplained jargon makes a page look more authoritative than it is. Style guides ask for "
            "the full term at first mention. This is reported as info, not a warning: what counts as "
            "common knowledge depends on the audience, so the rule is a reminder to the writer rather "
            "than a credibility problem; raise it to warning for patient-facing material.",
            bad=(
                "Your neurologist may score your walking on the EDSS.",
                "AHSCT is offered in a few centres. Autologous haematopoietic stem cell transplantation "
                "(AHSCT) uses chemotherapy.",
                "Clinics selling MSCs rarely publish their results.",
            ),
            good=(
                "The Expanded Disability Status Scale (EDSS) runs from 0 to 10. An EDSS of 6 means "
                "needing a stick to walk.",
                "EDSS (Expanded Disability Status Scale) scores range from 0 to 10.",
                "An MRI scan showed no new lesions, the NHS team said.",
                "Phase III trials are larger than phase II trials.",
                "STEM CELLS CURE MS? THE TRUTH",
                "Burt RK, Balabanov R, Burman J, et al. JAMA. 2019;321(2):165-174.",
                "In the MIST trial, transplantation did better than the best available drugs.",
                "Women who carry BRCA2 mutations are offered earlier screening.",
                "The tablet is made by Novartis AG in Basel.",
            ),
            better="Spell the term out at first use with the abbreviation in brackets: \"autologous "
            "haematopoietic stem cell transplantation (AHSCT)\".",
        ),
        references=(_AMA_ABBREVIATIONS, _SCHWARTZ_HEARST),
    )
    default_options: Mapping[str, object] = {"known": []}

    def check(self, document: Document, unit: Unit, options: Mapping[str, object]) -> Iterable[Hit]:
        analysis = analyse(document)
        known = KNOWN_ABBREVIATIONS | {str(item) for item in options.get("known", ())}
        defined = analysis.first_definition.keys() | analysis.explained.keys()
        for key, use in first_reportable_uses(analysis.uses, defined).items():
            if use.start in analysis.claimed or key in known or key in COURSE_MISSPELLINGS:
                continue
            if key in _EVERYDAY_UNLESS_A_FIGURE_FOLLOWS and not _STATISTIC_AFTER.match(document.text, use.end):
                continue
            if analysis.defined_before(key, use.start) or analysis.explained_by(key, use.start):
                continue
            if key in _MEASURE_LONG and _measure_explained(document.text, key, use):
                continue
            if len(use.parts) > 1 and all(
                part in known or analysis.defined_before(part, use.start) or analysis.explained_by(part, use.start)
                for part in use.parts
            ):
                continue  # COVID-19, RRMS-SPMS: every part is explained
            yield self._hit(document, analysis, key, use)

    @staticmethod
    def _hit(document: Document, analysis: TerminologyAnalysis, key: str, use: AbbreviationUse) -> Hit:
        written = document.text[use.start : use.end]
        later = analysis.first_definition.get(key)
        if later is not None:
            spelled = f"{later.long} ({written})"
            before = document.text[max(0, use.start - 8) : use.start].rstrip()
            if (not before or before[-1] in ".!?:\n") and spelled[:1].islower():
                spelled = spelled[:1].upper() + spelled[1:]  # the abbreviation opened a sentence
            return Hit(
                use.start, use.end,
                f'Abbreviation "{written}" is used before it is spelled out (defined later as "{later.long}")',
                suggestion=spelled,
                fix=spelled,  # the article's own long form: safe to spell out here
            )
        return Hit(
            use.start, use.end,
            f'Abbreviation "{written}" is never spelled out; give the full term at first use, '
            f'followed by "({written})"',
        )


def _measure_explained(text: str, key: str, use: AbbreviationUse) -> bool:
    """A clinical measure's long form comes before it or close after, a gloss follows it (in brackets,
    after a dash, or as an apposition: "HbA1c, a blood test that ..."), or it stands in brackets after
    the words that explain it ("average blood glucose over three months (HbA1c)")."""
    if _GLOSS_AFTER.match(text, use.end) or text[use.start - 1:use.start] == "(":
        return True
    return _MEASURE_LONG[key].search(text, 0, use.end + _LONG_AFTER) is not None


# Letters a general reader knows unless a figure follows them: "ask HR for a card" is the personnel department,
# "an HR of 0.60" a hazard ratio to explain.
_EVERYDAY_UNLESS_A_FIGURE_FOLLOWS = frozenset({"HR"})
# A figure close after the letters: "HR of 0.60", "HR was 0.56", "(HR 0.71; 95% CI ...)".
_STATISTIC_AFTER = patterns.compile(r"[^\n.;]{0,12}?\d")


_MISSPELLING_PATTERN = patterns.compile(
    r"(?<![\w&])(?:"
    + "|".join(sorted(COURSE_MISSPELLINGS, key=len, reverse=True))
    + r")(?=s?(?![\w&]))"
)


class MisspelledCourseAbbreviation(Rule):
    meta = RuleMeta(
        code="TRM003",
        name="misspelled-disease-course-abbreviation",
        category="terminology",
        severity=Severity.WARNING,
        scope="document",
        summary="A disease-course abbreviation is misspelled: RRSM, SPSM, PPSM, PRSM",
        docs=RuleDocs(
            what="Flags transposed or doubled letters in the MS course abbreviations (RRSM, RMSS, SPSM, "
            "PPSM, PRSM, RRMMS...) and suggests the standard form (RRMS, SPMS, PPMS; PRMS is historical). "
            "Case-sensitive; an abbreviation the article defines itself is left alone.",
            why="The course descriptors are standard (Lublin 2014): CIS, RRMS, SPMS and PPMS. A "
            "misspelling cannot be looked up, makes readers wonder whether it is another course, and "
            "suggests the text was not checked by anyone familiar with MS.",
            bad=(
                "Most people start with RRSM.",
                "Over time, some move on to SPSM.",
                "PPSM affects about one person in ten.",
            ),
            good=(
                "Most people start with relapsing-remitting MS (RRMS).",
                "Primary progressive MS (PPMS) affects about one person in ten.",
            ),
            better="Use the standard abbreviations: RRMS, SPMS, PPMS (and CIS, RIS).",
        ),
        references=(_LUBLIN_2014, _AMA_ABBREVIATIONS),
    )

    def check(self, document: Document, unit: Unit, options: Mapping[str, object]) -> Iterable[Hit]:
        analysis = None
        for match in _MISSPELLING_PATTERN.finditer(document.text, unit.start, unit.end):
            wrong = match.group()
            analysis = analysis or analyse(document)
            if wrong in analysis.first_definition or analysis.in_address(match.start()):
                continue  # the article defines it as something else, or it is part of a URL
            right = COURSE_MISSPELLINGS[wrong]
            yield Hit(
                match.start(), match.end(),
                f'"{wrong}" looks like a misspelling of "{right}" ({COURSE_NAMES[right]})',
                suggestion=right,
                fix=right,
            )


def terminology_rules() -> list[Rule]:
    return [AbbreviationDefinedDifferently(), UndefinedAbbreviation(), MisspelledCourseAbbreviation()]
