"""COM005: links whose query string marks them as referral or affiliate links."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import regex

from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint import patterns

# Query keys (lower case) that identify a referral, affiliate or coupon link.
REFERRAL_KEYS = frozenset(
    {"ref", "referral", "referrer", "aff", "aff_id", "affid", "affiliate", "affiliate_id", "partner", "partner_id",
     "coupon", "promo", "promo_code", "discount", "tag", "clickid", "click_id", "irclickid", "afftrack"}
)
# utm values that mark paid or affiliate traffic (plain utm tracking of a newsletter is not selling).
PAID_UTM_VALUES = patterns.compile(r"affiliate|partner|referral|sponsor|paid|cpc|promo", regex.IGNORECASE)
BARE_URL = patterns.compile(r"\bhttps?://[^\s<>\"')\]]+", regex.IGNORECASE)
# An address typed without its scheme, as posts and newsletters write them: "shop.example/kit?ref=ana22".
# Only one with a path and a query string: the query is where a referral tag lives.
SCHEMELESS_URL = patterns.compile(
    r"(?<![\w@/.:-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[^\s<>\"')\]?]*\?[^\s<>\"')\]]+",
    regex.IGNORECASE)
# Words with a "?" inside them (rare in prose, where "?" ends a sentence): the only places an
# address with a query string can be, found without trying the address pattern at every letter.
_WITH_QUERY = patterns.compile(r"(?<![\w@/.:-])[^\s<>\"')\]?]+\?[^\s<>\"')\]]+")


def referral_reason(url: str) -> str | None:
    try:
        query = urlsplit(url).query
    except ValueError:
        return None
    for key, value in parse_qsl(query, keep_blank_values=True):
        lowered = key.lower()
        if lowered in REFERRAL_KEYS:
            return f"{key}={value}" if value else key
        if lowered.startswith("utm_") and PAID_UTM_VALUES.search(value):
            return f"{key}={value}"
    return None


class ReferralLink(Rule):
    meta = RuleMeta(
        code="COM005",
        name="referral-link",
        category="commercial",
        severity=Severity.WARNING,
        scope="document",
        summary="A link carrying referral, affiliate or coupon parameters",
        docs=RuleDocs(
            what="Flags links whose query string marks them as referral, affiliate or coupon links "
            "(ref=, aff=, affiliate=, partner=, coupon=, utm_medium=affiliate ...). The finding points at the "
            "address itself, in text, Markdown and HTML alike, and at an address typed without its scheme "
            "(\"shop.example/kit?ref=ana22\").",
            why="An affiliate link means the publisher earns money when readers buy; health content with paid "
            "links has a conflict of interest that readers are owed a disclosure of.",
            bad=(
                "Order the supplement here: https://shop.example.com/cells?ref=msblog42",
                "Read more at https://clinic.example.com/offer?utm_source=blog&utm_medium=affiliate",
            ),
            good=(
                "Trials are listed at https://clinicaltrials.gov/search?cond=multiple+sclerosis",
                "See https://www.nationalmssociety.org/ for support.",
            ),
            better="Link to the neutral source, or disclose the commercial relationship next to the link.",
        ),
        references=(
            "HealthNewsReview.org criterion 6: identify conflicts of interest",
            "JAMA benchmarks (Silberg 1997): disclosure of ownership, sponsorship and advertising",
            "HONcode principle 7: financial disclosure",
        ),
    )

    def check(self, document, unit, options):
        for link in document.links:
            reason = referral_reason(link.url)
            if not reason:
                continue
            # The address is the problem, and links keep its raw span: point at it exactly.
            yield Hit(link.raw_start, link.raw_end, f"Referral or affiliate link ({reason})", raw=True)
        if document.format == "text":
            for match in BARE_URL.finditer(document.text):
                reason = referral_reason(match.group())
                if reason:
                    yield Hit(match.start(), match.end(), f"Referral or affiliate link ({reason})")
        for match in _WITH_QUERY.finditer(document.text):
            if SCHEMELESS_URL.fullmatch(match.group()) is None:
                continue
            reason = referral_reason("https://" + match.group().rstrip(".,;:!"))
            if reason:
                end = match.start() + len(match.group().rstrip(".,;:!"))
                yield Hit(match.start(), end, f"Referral or affiliate link ({reason})")
