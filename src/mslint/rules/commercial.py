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
     "coupon", "promo", "promo_code", "discount", "tag", "clickid", "click_id", "irclickid", "afftrack",
     # the referral programmes' own keys: "?via=name" (Rewardful), "?rfsn=" (Refersion), "?sca_ref=" (UpPromote)
     "via", "rfsn", "sca_ref", "ref_id", "refid", "referral_code", "affiliate_code", "a_aid", "aff_sub",
     # a sales agent's or an ambassador's own tag: "?agent=sam22", "?ambassador=lou"
     "agent", "ambassador", "influencer", "creator"}
)
# Path segments that carry a referrer's code after them: "shop.example/ref/kitashdown", "/aff/123";
# and the redirect folders affiliate plug-ins cloak their links behind: "blog.example/go/nodocalm",
# "/recommends/tea".
REFERRAL_PATH_SEGMENTS = frozenset({"ref", "aff", "affiliate", "affiliates", "referral", "refer", "go", "recommends"})
# Hosts that exist to carry affiliate clicks: Amazon's short links ("amzn.to/..."), the affiliate
# networks' redirectors. Matched on any label of the host, so a shop's own address is never one.
AFFILIATE_HOST_LABELS = frozenset({"amzn", "skimresources", "linksynergy", "awin1", "shareasale", "rstyle", "prf",
                                   "tidd", "howl", "shopstyle", "anrdoezrs", "jdoqocy", "tkqlhce", "dpbolvw", "kqzyfj"})
# A host's first label that is a redirector, the cloak a blog puts in front of its affiliate links
# ("go.restedlife.example/amber-pro"), and words that name a partner host ("shop-partner.example").
REDIRECT_HOST_LABELS = frozenset({"go", "click", "clk", "track", "tracking", "partners", "affiliates", "links",
                                   "link", "redirect"})
PARTNER_HOST_WORDS = frozenset({"partner", "partners", "affiliate", "affiliates", "aff"})
# utm values that mark paid or affiliate traffic (plain utm tracking of a newsletter is not selling).
PAID_UTM_VALUES = patterns.compile(r"affiliate|partner|referral|sponsor|paid|cpc|promo", regex.IGNORECASE)
BARE_URL = patterns.compile(r"\bhttps?://[^\s<>\"')\]]+", regex.IGNORECASE)
# An address typed without its scheme, as posts and newsletters write them: "shop.example/kit?ref=ana22".
# Only one with a path and a query string: the query is where a referral tag lives.
SCHEMELESS_URL = patterns.compile(
    r"(?<![\w@/.:-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[^\s<>\"')\]?]*\?[^\s<>\"')\]]+",
    regex.IGNORECASE)



def _care_referral(segment: str, following: str) -> bool:
    """A patient's referral to a service, not a referrer's code: "/referral/community-physio" (v0.30.50, set 151's
    NHS page). A referrer's code is a handle or a number, not a slug of words."""
    return segment.lower() == "referral" and "-" in following and not any(c.isdigit() for c in following)


def referral_reason(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    query = parts.query
    host = (parts.hostname or "").lower()
    labels = host.split(".")
    if any(label in AFFILIATE_HOST_LABELS for label in labels[:-1]):
        return f"an affiliate host ({host})"
    if len(labels) > 2 and labels[0] in REDIRECT_HOST_LABELS and parts.path.strip("/"):
        return f"a redirect host ({host})"
    if any(word in PARTNER_HOST_WORDS for label in labels[:-1] for word in label.split("-")):
        return f"a partner host ({host})"
    segments = [segment for segment in parts.path.split("/") if segment]
    for index, segment in enumerate(segments[:-1]):
        if segment.lower() in REFERRAL_PATH_SEGMENTS and not _care_referral(segment, segments[index + 1]):
            return f"/{segment}/{segments[index + 1]}"
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
            "(\"shop.example/kit?ref=ana22\"). Also the hosts that carry such links: the affiliate networks' "
            "redirectors, a redirect subdomain in front of a product page (\"go.blog.example/amber-glasses\") and "
            "a host named as a partner's (\"shop-partner.example/...\").",
            why="An affiliate link means the publisher earns money when readers buy; health content with paid "
            "links has a conflict of interest that readers are owed a disclosure of.",
            bad=(
                "Order the supplement here: https://shop.example.com/cells?ref=msblog42",
                "Read more at https://clinic.example.com/offer?utm_source=blog&utm_medium=affiliate",
                "I wear [these amber glasses](https://go.restfulblog.example/amber-glasses) every night.",
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
        # A link's address shown as its own text ("www.shop.example/a?ref=1" made a link) was
        # reported above.
        linked = {link.url.split("://", 1)[-1] for link in document.links}
        for start, word in _words_with_a_query(document.text):
            address = word.rstrip(".,;:!")
            if SCHEMELESS_URL.fullmatch(word) is None or address in linked:
                continue
            reason = referral_reason("https://" + address)
            if reason:
                yield Hit(start, start + len(address), f"Referral or affiliate link ({reason})")


# Where a word ends: the characters an address cannot hold.
_WORD_END = frozenset(" \t\n\r<>\"'()[]")
MAX_ADDRESS = 2000  # longer "words" are not addresses (and would make the pattern slow)


def _words_with_a_query(text: str):
    """(start, word) for each word with a "?" inside it (not at its end, where a question mark
    ends a sentence): the only places an address with a query string can be. Found from the
    question marks outwards, so a long run of text without spaces costs one pass, not one per
    letter."""
    seen = -1
    position = text.find("?")
    while position >= 0:
        following = text[position + 1:position + 2]
        if following and following not in _WORD_END and position > seen:
            start = position
            while start > 0 and text[start - 1] not in _WORD_END and position - start < MAX_ADDRESS:
                start -= 1
            end = position + 1
            while end < len(text) and text[end] not in _WORD_END and end - start < MAX_ADDRESS:
                end += 1
            seen = end
            yield start, text[start:end]
        position = text.find("?", position + 1)
