"""What a whole article does, for claim rules that an article can balance (`unless-article`) or
that only matter in some articles (`only-in-article`: an approval claim on a page that sells).

A sentence can play harms down ("painless, with no downtime") in an article that, elsewhere,
names the treatment's side effects and how often they happen: the reader has the harms, and an
editor would not mark the sentence. A researcher's quoted "breakthrough" in an article that gives
the effect in numbers is the same: the reader can weigh the word against the figures. And a
doctor's quoted "she is cured" in an article that says, in its own voice, that it is
too early to call the treatment a cure is a claim the article answers. Each condition is a name a
pack can use and a test of the document, worked out once per document.
"""

from __future__ import annotations

import bisect
import re
from typing import Callable


def _explains_harms(document) -> bool:
    """The harms criterion (RSK101) is satisfied: harms of the intervention named and explained."""
    from mslint.analysis.features import features
    from mslint.rules.criteria.base import SATISFACTORY
    from mslint.rules.criteria.harms import HarmsNotExplained

    return HarmsNotExplained().judge(features(document)).verdict == SATISFACTORY


# How many sentences must give absolute figures (a count out of a group, rates in each arm, a
# baseline risk) for an article to be one that gives its reader numbers.
_FIGURE_SENTENCES = 2


def _gives_figures(document) -> bool:
    """The article gives absolute figures in its own sentences, of any outcome: risks, counts of
    those who responded and who did not, a baseline ("about 6 percent", "17 of 30 improved")."""
    from mslint.analysis.article import analyse
    from mslint.rules.evidence import absolute_spans

    count = 0
    for view in analyse(document).sentences:
        if not view.is_furniture and absolute_spans(view):
            count += 1
            if count >= _FIGURE_SENTENCES:
                return True
    return False


def _quantifies_benefits(document) -> bool:
    """The benefits criterion (EVD101) is satisfied: the effect is given in absolute numbers."""
    from mslint.analysis.features import features
    from mslint.rules.criteria.base import SATISFACTORY
    from mslint.rules.criteria.benefits import BenefitsNotQuantified

    return BenefitsNotQuantified().judge(features(document)).verdict == SATISFACTORY


def _conveys_evidence_quality(document) -> bool:
    """The evidence criterion (EVD102) is satisfied: the study's design, size or limits are told."""
    from mslint.analysis.features import features
    from mslint.rules.criteria.base import SATISFACTORY
    from mslint.rules.criteria.evidence import EvidenceQualityNotConveyed

    return EvidenceQualityNotConveyed().judge(features(document)).verdict == SATISFACTORY


# The article's own voice setting a cure aside: denied ("it is not a cure"), asked ("A cure or a
# curse?") or held back ("too early to call it a cure"). A hope ("may one day cure") or a soft
# claim ("looks like a cure") is not holding back.
_SETTING_ASIDE = frozenset({"negated", "question", "disputed"})
_HOLDING_BACK = frozenset({"too early", "too soon", "premature", "remains to be seen", "unclear", "not yet clear"})


def _questions_cure(document) -> bool:
    """The article, not a speaker it quotes, denies, doubts or asks whether the treatment cures."""
    from mslint.analysis.article import analyse

    for view, mention in analyse(document).mentions_of("cure"):
        if view.is_furniture:
            continue
        stance = view.stance(mention.first, mention.last)
        if stance.quoted:
            continue  # a speaker's words, not the article's verdict
        if stance.contexts & _SETTING_ASIDE or any(cue.lower() in _HOLDING_BACK for _, cue in stance.cues):
            return True
    return False


# An offer on the page, where no price is printed: "Offer ends Sunday", "free second bottle".
_OFFER = re.compile(r"\b(?:(?:special\s+)?offer\s+(?:ends|expires|valid)|special\s+offer|\d+\s?(?:%|per\s?cent)\s+off|save\s+\d+\s?%|"
                    r"save\s+(?:[£$€]|&pound;|&euro;)\s?\d[\d,]*|saving\s+of\s+(?:[£$€]|&pound;|&euro;)\s?\d|promo(?:tional)?\s+code|"
                    r"discount\s+code|coupon|free\s+(?:shipping|delivery|gift|trial|bottle|second|consultation|assessment)|"
                    # a sale, and a struck price: "48-hour flash sale", "now GBP 149 (was GBP 229)"
                    r"flash\s+sale|half[\s-]+price|for\s+the\s+next\s+\d+\s+(?:hours|days)|\((?:was|rrp)\s+(?:[£$€]|&pound;|&euro;|GBP|USD|EUR)\s?\d[\d,.]*\))(?!\w)",
                    re.IGNORECASE)


def _sells(document) -> bool:
    """The page sells: it links to a shop for a referral fee, or it prices something and offers money
    off, or it prices something (or makes an offer) and asks the reader to buy, book or call. A price alone does not make a page a shop
    (news gives prices), nor does a call alone (a hospital newsletter gives its nurses' number),
    nor does a press release."""
    from mslint.analysis.genre import is_press_release
    from mslint.engine.prefilter import search_document
    from mslint.rules.credibility import PRICE, referral_reason, selling_calls

    if is_press_release(document):
        return False
    if any(referral_reason(link.url) for link in document.links) or _bare_referral(document):
        return True
    price = search_document(document, PRICE) is not None and any(
        not _SOMEONE_ELSES_PRICE.search(_sentence_of(document, match.start())) for match in PRICE.finditer(document.text))
    offer = _OFFER.search(document.text) is not None or _MONEY_OFF.search(document.text) is not None
    if price and offer:
        return True  # a price and money off it: an invitation to buy, whether or not a button says so
    if price and (_PUBLIC_MASTHEAD.search(document.text, 0, _OPENING) is not None or _CHARITY.search(document.text)):
        # A public body's leaflet gives its charges ("adults in England pay £9.90 per prescription
        # item"); it sells only with an offer (v0.30.25, set 108's careful leaflet).
        return False
    return (price or offer) and bool(selling_calls(document))


# What the same care costs elsewhere, as against the page's own free service: "it is much more expensive
# privately, often well over £100 a dose" (v0.30.44, set 142's careful student health page), "for comparison,
# high-street pharmacies charge about £50 a dose", and the NHS prescription charge a leaflet passes on ("each item
# on the prescription costs the standard £9.90"). Not the page's price.
_SOMEONE_ELSES_PRICE = re.compile(r"\b(?:privately|private(?:ly)?\s+(?:clinics?|pharmac(?:y|ies)|providers?|hospitals?|"
                                  r"sector)|if\s+you\s+(?:pay|buy\s+it)|outside\s+the\s+nhs|(?:on\s+the\s+)?high[\s-]street|"
                                  r"for\s+comparison|prescription\s+charges?|prepayment\s+certificates?)\b",
                                  re.IGNORECASE)


def _sentence_of(document, offset: int) -> str:
    """The text of the sentence holding `offset` (the whole text if none does)."""
    starts = document.memo.get("sentence-starts")
    if starts is None:
        starts = document.memo["sentence-starts"] = [sentence.start for sentence in document.sentences]
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and offset < document.sentences[index].end:
        sentence = document.sentences[index]
        return document.text[sentence.start:sentence.end]
    return document.text


# Money off, as a sum: "book before Sunday and get £100 off" (v0.30.32).
# (Offered to the reader, not a saving reported: "the programme cut about $600 off the cost".)
_MONEY_OFF = re.compile(r"\b(?:get|gets|save|take|receive|enjoy|claim)\s+(?:an?\s+(?:extra|further)\s+)?"
                        r"(?:[£$€]|&pound;|&euro;)\s?\d[\d,]*\s+off\b", re.IGNORECASE)
# A charity speaking for itself: "Minds Together (registered charity 1234567)", "Charity no. 1098765".
# Its "contact us" and a prescription charge it quotes do not make it a shop (v0.30.32, set 120).
_CHARITY = re.compile(r"\b(?:registered\s+charity|charity\s+(?:no\.?|number|reg(?:istration)?\.?\s+(?:no\.?|number)))",
                      re.IGNORECASE)


def _bare_referral(document) -> bool:
    """A referral address typed into plain text, which no link element holds: a forum post's or a
    newsletter's "https://shop.example/oil?tag=plate-21"."""
    from mslint.rules.commercial import BARE_URL, SCHEMELESS_URL, referral_reason

    text = document.text
    if "?" not in text and "/ref/" not in text and "/aff/" not in text:
        return False
    return any(referral_reason(match.group(0) if match.group(0).startswith("http") else "https://" + match.group(0))
               for pattern in (BARE_URL, SCHEMELESS_URL) for match in pattern.finditer(text))


# Who issues a page that a public body wrote: "Issued by Kestrel Valley NHS Trust", "Any Town Council".
_PUBLIC_ISSUER = re.compile(
    r"\b(?:(?i:National\s+Health\s+Service|(?:county|city|district|borough|town|parish)\s+council|"
    r"public\s+health|ambulance\s+service|health\s+(?:board|authority|department|service)|"
    r"department\s+of\s+health|ministry\s+of\s+health)|NHS|UKHSA|CDC)\b")  # acronyms in capitals only
_OPENING = 600  # characters: the masthead, title and first lines
# A public body named as the page's issuer, not merely mentioned: "Ribblesdale Hospitals NHS Foundation
# Trust", "Kestrel Health Board", "Any Town Council".
_PUBLIC_MASTHEAD = re.compile(r"\bNHS\s+(?:Foundation\s+)?Trust\b|\bHealth\s+Board\b|"
                              r"\b(?i:county|city|district|borough|town)\s+[Cc]ouncil\b")


def _promotes(document) -> bool:
    """The page sells, or it is a press release that names its product by a brand."""
    from mslint.analysis.genre import names_a_brand

    return holds(document, "sells") or names_a_brand(document)


def _public_provider(document) -> bool:
    """A public body's page that sells nothing: an NHS trust or a council named at the top. Its "book
    online" books a session it runs, not a sale (the page may still give what the service costs)."""
    return not holds(document, "sells") and _PUBLIC_ISSUER.search(document.text, 0, _OPENING) is not None


def _informs_on_a_curable_condition(document) -> bool:
    """The article is about a condition that treatment does cure (hepatitis C, H. pylori, TB: the
    curable-condition class names it in the title, or more often than any incurable one), and it
    sells nothing: "95 in 100 people who finish treatment are cured" is then a fact it reports. A
    page selling its own cure for such a condition is still judged claim by claim."""
    from mslint.analysis.article import analyse

    analysis = analyse(document)
    curable = incurable = 0
    for view in analysis.sentences:
        if view.is_furniture:
            continue
        found = len(view.mentions_of("curable-condition"))
        if found and view.block_kind == "title":
            curable += 100  # the title's condition is the article's
        curable += found
        incurable += len(view.mentions_of("incurable"))
    return curable >= 2 and curable > incurable and not holds(document, "sells")


# Conditions that excuse only the claims about one kind of thing: an article informing on hepatitis C
# may say treatment cures it, but not that ear drops cure glue ear.
CLAIM_SCOPES: dict[str, str] = {"informs-on-a-curable-condition": "curable-condition"}

CONDITIONS: dict[str, Callable] = {"harms-explained": _explains_harms, "benefits-quantified": _quantifies_benefits,
                                   "figures-given": _gives_figures,
                                   "evidence-explained": _conveys_evidence_quality,
                                   "cure-questioned": _questions_cure, "sells": _sells, "promotes": _promotes,
                                   "informs-on-a-curable-condition": _informs_on_a_curable_condition,
                                   "public-provider": _public_provider}


def holds(document, name: str) -> bool:
    memo = document.memo.setdefault("article-conditions", {})
    found = memo.get(name)
    if found is None:
        found = memo[name] = CONDITIONS[name](document)
    return found
