"""Press releases: an organisation's own announcement, whose quotations are its own words.

A news story quotes people it interviewed; a press release quotes its own scientists and
executives, and the issuer chose every word ("a press release quoting its own scientist is still
the article's claim"). So a rule that lowers a speaker's quoted hype to information in a story
keeps it a warning in a release. A release is known by the furniture the format requires (a
release line, a media contact, notes to editors, a wire service, a forward-looking-statements
notice) or the issuer announcing itself ("X today announced"); the release furniture must stand
on a line of its own: a story that mentions "a press release" is not one.
"""

from __future__ import annotations

import re

_LINE_MARKERS = re.compile(
    r"^[^\w\n]*(?:for immediate release|(?:press|news) release|media contacts?|press contacts?|press office|"
    r"notes to editors|embargoed|contacts?:|type:\s*\"?press[- ]release|ends[^\w\n]*$|###\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_ANYWHERE = re.compile(r"/PRNewswire/|\bBusiness ?Wire\b|\bGlobe ?Newswire\b|forward-looking statements", re.IGNORECASE)
# The issuer announcing itself: "Corvane Bio today announced" (news reports "announced on Monday").
_SELF_ANNOUNCED = re.compile(r"\btoday announced\b")


def is_press_release(document) -> bool:
    found = document.memo.get("press-release")
    if found is None:
        source = document.source
        found = document.memo["press-release"] = bool(_LINE_MARKERS.search(source) or _ANYWHERE.search(source)
                                                         or _SELF_ANNOUNCED.search(source))
    return found


def names_a_brand(document) -> bool:
    """A press release that names a product by its brand ("SonaLux", "OraGlow®"): what it says of
    the product's results is offered to the reader as a promise. (A university release about a
    compound in mice names no brand.)"""
    found = document.memo.get("release-names-a-brand")
    if found is None:
        found = document.memo["release-names-a-brand"] = is_press_release(document) and any(
            match.group() not in _NOT_BRANDS for match in _BRAND.finditer(document.text))
    return found


# A brand as products are named: a capital inside the word ("ClearWave", "UroLift") or a trade mark
# sign; not a surname ("McGill", "MacKay", "LeFevre", "DeMichele", "JoAnn").
_BRAND = re.compile(r"\b(?!(?:Mc|Mac|Le|La|De|Di|Du|Jo|Van|Von)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]+\b|[™®]")
# Websites, software and companies, not products: a release that names them names no brand.
_NOT_BRANDS = frozenset({"HealthDay", "WebMD", "YouTube", "JavaScript", "LinkedIn", "FoxNews", "BuzzFeed",
                         "ClinicalTrials", "ScienceDirect", "PowerPoint", "FedEx", "HealthCare", "HealthJournal",
                         "RadiologyInfo", "ClinicalKey", "OxfordJournals", "BioMed", "UnitedHealthcare", "PubMed",
                         "EurekAlert", "ScienceDaily", "MedPage", "WhatsApp", "FaceTime", "GlaxoSmithKline",
                         "AstraZeneca", "AbbVie", "BioNTech", "BioPharma", "MedStar", "HeartNews", "NewLink"})
