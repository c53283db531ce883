"""Word forms, so a lexicon names a meaning once: "cure~" stands for cure, cures, cured, curing.

English inflection by rule (plural and third person -s/-es/-ies, past -ed, gerund -ing with the
silent e dropped and a final consonant doubled in short words, and a final l after one vowel
doubled as British spelling does: cancelled), which is right for the regular verbs and nouns
lexicons use. An irregular form is simply listed as another word.
"""

from __future__ import annotations

from functools import lru_cache

_VOWELS = frozenset("aeiou")


def _doubles(word: str) -> bool:
    """stop -> stopped, but open -> opened, treat -> treated, fix -> fixed."""
    return (
        len(word) >= 3 and len(word) <= 4
        and word[-1] not in _VOWELS and word[-1] not in "wxy"
        and word[-2] in _VOWELS and word[-3] not in _VOWELS
    )


def _doubles_in_british(word: str) -> bool:
    """British English doubles a final l after one vowel: cancel -> cancelled, travel -> travelled, label ->
    labelled (American keeps one; both forms are listed). Not after two vowels: feel, reveal."""
    return len(word) >= 5 and word[-1] == "l" and word[-2] in _VOWELS and word[-3] not in _VOWELS


@lru_cache(maxsize=4096)
def inflections(word: str) -> tuple[str, ...]:
    """The word and its regular inflected forms (lower case), the base first."""
    if not word.isalpha():
        return (word,)
    forms = [word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.append(word + "es")
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms.append(word[:-1] + "ies")
    else:
        forms.append(word + "s")
    if word.endswith("e"):
        forms += [word + "d", word[:-1] + "ing"]
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms += [word[:-1] + "ied", word + "ing"]
    elif _doubles(word) or _doubles_in_british(word):
        forms += [word + word[-1] + "ed", word + word[-1] + "ing", word + "ed", word + "ing"]
    else:
        forms += [word + "ed", word + "ing"]
    return tuple(dict.fromkeys(forms))


def plural(word: str) -> str:
    """The regular plural of a lower-case noun (therapy -> therapies, virus -> viruses): the
    second of `inflections`, worked out alone (the lexicon asks for some 2,500 names' plurals
    as it loads, and needs none of their other forms)."""
    if not word.isalpha():
        return word
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


# Medicine names diseases with a few Greek endings: inflammation (-itis: tendinitis), a condition
# (-osis, -iasis: psoriasis), a blood state (-aemia, -emia), pain (-algia), disease (-pathy), a
# growth (-oma). A word the lexicon does not know that ends so is a condition, which lets the
# rules read "cures tendinitis" or "reverses gastroparesis" on any topic. The everyday words with
# these endings are listed out, and so are the therapies named like diseases (osteopathy).
_DISEASE_ENDINGS = ("itis", "itides", "osis", "oses", "iasis", "aemia", "emia", "algia", "pathy", "pathies",
                    "oma", "omas", "paresis", "plegia")
_NOT_DISEASES = frozenset({
    "diagnosis", "diagnoses", "prognosis", "prognoses", "hypnosis", "osmosis", "symbiosis", "apotheosis",
    "metamorphosis", "mitosis", "meiosis", "academia", "bohemia", "nostalgia",
    "sympathy", "sympathies", "empathy", "antipathy", "apathy", "telepathy", "homeopathy", "homoeopathy",
    "naturopathy", "osteopathy", "allopathy", "diploma", "diplomas", "aroma", "aromas", "stoma", "stomas", "soma",
    "stroma", "chroma", "paloma", "sonoma", "tacoma", "oklahoma", "idioma", "genoma",
})


@lru_cache(maxsize=8192)
def names_a_disease(norm: str) -> bool:
    """A lower-case word whose ending marks a disease ("gastroparesis", "tendinitis", "sarcoma")."""
    return len(norm) >= 6 and norm.isalpha() and norm.endswith(_DISEASE_ENDINGS) and norm not in _NOT_DISEASES


# Medicines have generic names built on the WHO's INN stems: monoclonal antibodies end in -mab,
# kinase inhibitors in -tinib, beta blockers in -olol, statins in -statin, proton pump inhibitors
# in -prazole ("The use of stems in the selection of International Nonproprietary Names", WHO
# 2018). A word the lexicon does not know that ends in one of these is a drug, so "they can drop
# their midodrine" reads as stopping a medicine whichever medicine it is. Only stems no everyday
# English word ends in are listed.
_DRUG_ENDINGS = ("mab", "tinib", "ciclib", "rafenib", "prazole", "sartan", "pril", "olol", "alol", "statin",
                 "conazole", "cycline", "cillin", "oxacin", "mycin", "dipine", "tidine", "triptan", "afil",
                 "gliptin", "gliflozin", "glitazone", "glutide", "parin", "xaban", "gatran", "oxetine", "afinil",
                 "antadine", "odrine", "ephedrine", "olone", "isone", "asone", "oquine", "steride", "lukast",
                 "buterol", "moterol", "vanterol", "tropium", "vudine", "navir", "clovir", "previr", "asvir",
                 "dronate", "setron", "semide", "thiazide", "azepam", "zolam", "barbital", "profen", "fenac",
                 "coxib", "pramine", "triptyline", "traline", "alopram", "iapine", "anzapine", "peridone",
                 "trigine", "gabalin", "apentin", "racetam", "formin", "zosin")


@lru_cache(maxsize=8192)
def names_a_drug(norm: str) -> bool:
    """A lower-case word whose ending is a medicine's naming stem ("midodrine", "finasteride")."""
    return len(norm) >= 7 and norm.isalpha() and norm.endswith(_DRUG_ENDINGS)
