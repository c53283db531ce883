"""How writers explain an abbreviation besides Schwartz & Hearst's parentheses
(mslint.analysis.abbreviations), found so that an explained abbreviation is not reported as
undefined:

- a long form the letters only partly spell: "relapsing-remitting (RRMS)", where "MS" is the
  article's subject; the word before the parenthesis must start with the abbreviation's letter;
- the long form after a following noun: "SGLT2 inhibitors (sodium-glucose co-transporter 2
  inhibitors)";
- a phrase after the long form: "autologous ... transplantation, usually shortened to AHSCT",
  "... known as PML", "abbreviated as EDSS", "AHSCT for short", "restless legs syndrome, or RLS,",
  "disease-modifying treatments, or DMTs" (the letters may spread over a word: "electroconvulsive
  therapy, or ECT");
- the letters said to stand for the long form: "PFPT stands for pelvic floor physical
  therapy" (explained for every use, as a definition given after the title is);
- the name in apposition: "EULAR, the European Alliance of Associations for Rheumatology, ...";
- the long form in lower case in apposition: "ARFID, avoidant restrictive food intake disorder, ...";
- a study's name given after the word for it ("The best-known randomised trial, MIST, ...", "a
  trial called CAP", "guidance called MEED", "a US trial (CARES)", "a score called ORBIT") or numbered ("OPERA I and OPERA II").

A gloss alone ("PML, a brain infection") explains what the thing is but not what the letters
stand for, and is not counted. Each explanation is (key, offset): the abbreviation counts as explained from that offset on.
"""

from __future__ import annotations

import re

# A lower-case letter may open it: "vCJD" (variant CJD), "hESC" (human embryonic stem cells).
_ABBREVIATION = r"[a-z]?[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,6})?"
# Found from the parenthesis, then the word before it is read from a bounded slice: a pattern
# that began at the word would rescan a long run of letters from every position in it.
_PARENTHESISED = re.compile(r"\((?P<short>" + _ABBREVIATION + r")s?\)")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w\-]*)\s+$")
_SHORT_NOUN_LONG = re.compile(r"(?P<short>" + _ABBREVIATION + r")\s+(?P<noun>[a-z]+)\s+\((?P<long>[^()]{3,120})\)")
_PHRASE = re.compile(
    r"(?:shortened|abbreviated|known|referred\s+to)\s+(?:to\s+|as\s+)?(?P<short>" + _ABBREVIATION + r")\b"
    # "keratosis pilaris, often called KP": the long form, a comma, then what it is called
    r"|,\s+(?:often\s+|usually\s+|commonly\s+|sometimes\s+|also\s+)?called\s+(?P<short5>" + _ABBREVIATION + r")\b"
    r"|(?P<short2>" + _ABBREVIATION + r")\s+for\s+short\b"
    # "restless legs syndrome, or RLS, is ...": the long form, then "or" and the letters (the comma before "or"
    # may be left out: "the chimeric antigen receptor or CAR, that ...")
    r"|(?:,\s+|\s+)or\s+(?P<short3>" + _ABBREVIATION + r")s?(?=[,;:.)]|\s)"
    # "optical coherence tomography, OCT, is ...", "disease-modifying therapies, DMTs.": the
    # letters alone in apposition, then the clause goes on or ends
    r"|,\s+(?P<short4>" + _ABBREVIATION + r")s?(?=[,;:.)]|\s+(?:is|are|was|were|can|may)\b)")
# Words between a long form and the phrase that shortens it: "cardiomyopathy, often shortened to".
_LINKING_WORDS = frozenset({"often", "usually", "commonly", "sometimes", "also", "generally", "simply", "just",
                            "normally", "mostly", "widely"})
# "PFPT stands for pelvic floor physical therapy", "INOCA, which stands for ...", "VSEL stands for
# "very small embryonic-like" cells": the letters, then the long form;
# "NIV, short for non-invasive ventilation": the same, said as short for.
_STANDS_FOR = re.compile(r"\b(?P<short>" + _ABBREVIATION + r")(?:(?:,?\s+which)?\s+(?:stands|stood)\s+for|,?\s+(?:is\s+)?short\s+for)"
                         r"\s+[\"“'‘]?(?P<long>[\w\s\-]{5,120})")
# "In this leaflet we use PPGL as a short way of referring to both": the writer names the letters
# as their own shorthand for what the sentence before explained.
_WE_USE = re.compile(r"\b(?:we|I)\s+(?:will\s+)?(?:use|call\s+(?:them|it|these|both|this))\s+(?P<short>" + _ABBREVIATION +
                     r")\s+(?:as\s+(?:a\s+)?short(?:hand)?|to\s+mean|for\s+short|to\s+cover|for\s+both)")
_STUDY_NAME = re.compile(r"\b(?:(?:trial|study|studies|trials|guidance|guideline|guidelines|report|programme|program|"
                         r"scheme|campaign|project|initiative)(?:(?:\s*,)?(?:\s+called|\s+named|\s+known\s+as)|\s*,|\s*\()"
                         # a score or a tool given its name, only in so many words ("a score called ORBIT"; not
                         # "the dysbiosis index, SCFA production", a list)
                         r"|(?:score|scale|tool|index|checklist)\s+(?:called|named|known\s+as))\s*"
                         r"(?P<short>" + _ABBREVIATION + r")\b")
# What kind of thing the letters name, told before them (v0.30.55, sets 158-159): "each day you inject a hormone called
# EPO", "or a related medicine called an SNRI", "a big trial in Denmark and Norway called NORCCAP". The reader learns what
# it is, if not what the letters stand for. (Not "a compound called MHCP" or "a scan they called an OCT": a compound or a
# scan tells the reader too little.)
_KIND_CALLED = re.compile(r"\b(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:drug|drugs|medicine|medicines|medication|growth\s+factor|"
                          r"protein|hormone|enzyme|trial|study|register|registry|charity|virus|bacterium|gene|antibody|vitamin|"
                          r"class\s+of\s+drugs)"
                          r"\s+(?:[\w\-]+\s+){0,5}?(?:called|named|known\s+as)\s+(?:an?\s+)?(?P<short>[A-Z]-[A-Z0-9]{2,6}|" + _ABBREVIATION + r")\b")
# "EBMT, the European Society for Blood and Marrow Transplantation, ...": the name in apposition,
# capitalised words of which the first starts with the abbreviation's letter.
_APPOSITION = re.compile(r"\b(?P<short>" + _ABBREVIATION + r"),\s+(?:the\s+|an?\s+)?"
                         r"(?P<long>[A-Z][\w\-]*(?:(?:,\s+(?=[A-Z])|\s+)(?:[A-Z][\w\-]*|of|for|and|on|in|the|&)){1,9})")
# "ARFID, avoidant restrictive food intake disorder, where ...": the long form in lower case in
# apposition after the letters, its words' initials spelling them (v0.30.43, set 140).
_LOWER_APPOSITION = re.compile(r"\b(?P<short>" + _ABBREVIATION + r"),\s+(?P<long>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){1,9})")
# "OPERA I and OPERA II": a numbered name is a trial's.
_NUMBERED_NAME = re.compile(r"\b(?P<short>" + _ABBREVIATION + r")\s+(?:I|II|III|IV)\b")


_SMALL_WORDS = frozenset({"with", "of", "and", "the", "for", "in", "on", "to", "a", "an", "by", "or"})


def _key(short: str) -> str:
    return short  # as the terminology rules key it: "vCJD" keeps its lower-case letter


def _spelled_across_words(short: str, words: list[str]) -> bool:
    """The letters read backwards from the words before, as Schwartz & Hearst match a long form:
    the last letter in the last word, each letter before it further back, the first at the start of
    a word, and more than one word used ("electroconvulsive therapy, or ECT"; "a cannabinoid known
    as CBN" spells nothing across words)."""
    letters = [ch.lower() for ch in short if ch.isalpha()]
    text = " ".join(word.lower() for word in words)
    if len(letters) < 2 or not words or letters[-1] not in words[-1].lower():
        return False
    at = len(text)
    for place, letter in enumerate(reversed(letters)):
        first = place == len(letters) - 1
        at -= 1
        while at >= 0 and (text[at] != letter or first and at > 0 and text[at - 1] != " "):
            at -= 1
        if at < 0:
            return False
    return " " in text[at:]


def _initials_spell(short: str, words: list[str]) -> bool:
    """The first words, their small words left out or not, open with the abbreviation's letters
    in order: "avoidant restrictive food intake disorder" spells ARFID."""
    letters = "".join(ch for ch in short if ch.isalpha()).lower()
    content = [word for word in words if word and word.lower() not in _SMALL_WORDS]
    return len(letters) >= 2 and any(
        "".join(word[0].lower() for word in chosen[:len(letters)]) == letters
        for chosen in (words, content) if len(chosen) >= len(letters))


def _spelled_in_word(short: str, word: str) -> bool:
    """One long word (four of its letters or more for each of the short form's) that opens with the
    first letter and holds the rest in order, given as the letters' long form by apposition: "a
    hysterosalpingogram, or HSG". A shorter word that happens to hold them is not spelled out by
    them: "a cannabinoid, or CBN" (cannabinol)."""
    letters = [ch.lower() for ch in short if ch.isalpha()]
    word = word.lower()
    if len(word) < 4 * len(letters) or not letters or word[0] != letters[0]:
        return False
    at = 0
    for letter in letters[1:]:
        at = word.find(letter, at + 1)
        if at < 0:
            return False
    return True


def explanations(text: str) -> dict[str, int]:
    """key -> the first offset from which the abbreviation counts as explained."""
    found: dict[str, int] = {}

    def note(short: str, offset: int) -> None:
        key = _key(short)
        if key not in found or offset < found[key]:
            found[key] = offset

    for match in _PARENTHESISED.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, match.start() - 60):match.start()])
        if before is not None and before.group("word")[0].upper() == match.group("short")[0]:
            note(match.group("short"), match.start())
    for match in _SHORT_NOUN_LONG.finditer(text):
        if match.group("long").rstrip().lower().endswith(match.group("noun")):
            note(match.group("short"), match.start())
    for match in _PHRASE.finditer(text):
        short = match.group("short") or match.group("short2") or match.group("short3") or match.group("short4") \
            or match.group("short5")
        # The long form comes first ("autologous ... transplantation, usually shortened to AHSCT");
        # "a cannabinoid known as CBN" names the thing without spelling the letters out.
        words = [word.strip(",") for word in re.split(r"[\s\-]+", text[max(0, match.start() - 120):match.start()].strip())]
        while words and (not words[-1] or words[-1].lower() in _LINKING_WORDS):
            words.pop()
        words = words[-8:]
        initials = "".join(word[:1].upper() for word in words if word[:1].isalpha())
        letters = "".join(ch for ch in short if ch.isalpha())[:2].upper()
        appositive = match.group("short3") or match.group("short4")
        if match.group("short3") and not match.group().startswith(",") and words and words[-1].isupper():
            continue  # "IVF or ICSI": two abbreviations offered as alternatives, neither the other's long form
        if len(letters) == 2 and letters in initials or _spelled_across_words(short, words) or (
                appositive and words and _spelled_in_word(short, words[-1])):
            note(short, match.start())
    for match in _STANDS_FOR.finditer(text):
        words = re.split(r"[\s\-]+", match.group("long").strip())[:8]
        initials = "".join(word[:1].upper() for word in words if word[:1].isalpha())
        # with the small words left out too: "ischaemia with no obstructive coronary arteries" is INOCA
        content = "".join(word[:1].upper() for word in words if word[:1].isalpha() and word.lower() not in _SMALL_WORDS)
        letters = "".join(ch for ch in match.group("short") if ch.isalpha())[:2]
        if len(letters) == 2 and initials.startswith(letters[0]) and (letters in initials or letters in content):
            note(match.group("short"), 0)  # the letters are explained wherever they are used
    for match in _APPOSITION.finditer(text):
        capitals = [word for word in match.group("long").split() if word[:1].isupper()]
        if len(capitals) >= 2 and capitals[0][0] == match.group("short")[0]:
            note(match.group("short"), match.start())
    for match in _LOWER_APPOSITION.finditer(text):
        if _initials_spell(match.group("short"), re.split(r"[\s\-]+", match.group("long"))):
            note(match.group("short"), match.start())
    for match in (*_STUDY_NAME.finditer(text), *_NUMBERED_NAME.finditer(text), *_WE_USE.finditer(text),
                  *_KIND_CALLED.finditer(text)):
        note(match.group("short"), match.start("short"))
    return found
