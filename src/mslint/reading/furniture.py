"""Page furniture: the menus, banners, footers, sidebars and cookie notices around an article.

Their text is the site's, repeated on every page ("Book a consultation", "Newsletter"), not the
article's, so the HTML reader leaves it out. What counts is a list of simple CSS-like selectors
(the `skip-html` setting): `tag`, `.class`, `#id` and `[attribute=value]`.

Two deliberate departures from CSS, both about what real sites write:
- `.footer` and `#footer` also match a class or id that has the word as a hyphen- or
  underscore-separated part: "site-footer", "cookie_banner", "share-buttons".
- `header` and `footer` match only page-level ones, as ARIA's banner and contentinfo do: inside
  an article, section, main, nav or aside they hold the article's own title and by-line.
And whatever the selectors say, an `<article>` or `<main>` (or role article/main) inside furniture
is content again. An `<aside>` that the page names an offer ("offer-box", "promo", "bundle") is
the page's own sales pitch, not the site's sidebar: only a class, id or attribute selector makes it
furniture.
"""

from __future__ import annotations

import re

from mslint.record import Record, _set

DEFAULT_SKIP_HTML = (
    "nav", "header", "footer", "aside",
    "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]",
    ".menu", ".navbar", ".nav", ".breadcrumb", ".breadcrumbs", ".footer", ".sidebar", ".cookie", ".cookies",
    ".newsletter", ".share", ".social",
    "#menu", "#navbar", "#nav", "#breadcrumb", "#footer", "#sidebar", "#cookie", "#newsletter", "#share", "#social",
)
CONTENT_TAGS = frozenset({"article", "main"})
CONTENT_ROLES = frozenset({"article", "main"})
# Inside these, a header or footer belongs to that section, not to the page.
SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
LANDMARK_TAGS = frozenset({"header", "footer"})

_SELECTOR = re.compile(
    r"(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)"
    r"|\.(?P<class>[A-Za-z_][\w-]*)"
    r"|#(?P<id>[A-Za-z_][\w-]*)"
    r"|\[(?P<attribute>[a-zA-Z][\w:-]*)(?:=(?P<quote>[\"']?)(?P<value>[^\"'\]]*)(?P=quote))?\]"
)
_WORD_SPLIT = re.compile(r"[-_]")


class SelectorError(ValueError):
    """A skip-html entry that is not one of the simple selectors."""


class Selector(Record):
    __slots__ = ("kind", "name", "value")

    def __init__(self, kind: str, name: str, value: str | None = None):
        _set(self, "kind", kind)  # "tag", "class", "id" or "attribute"
        _set(self, "name", name)
        _set(self, "value", value)

    def matches(self, tag: str, attributes: dict[str, str], in_section: bool) -> bool:
        if self.kind == "tag":
            return tag == self.name and not (tag in LANDMARK_TAGS and in_section)
        if self.kind == "class":
            return any(_names_word(token, self.name) for token in attributes.get("class", "").split())
        if self.kind == "id":
            return _names_word(attributes.get("id", ""), self.name)
        if self.name not in attributes:
            return False
        return self.value is None or attributes[self.name].strip().lower() == self.value.lower()


def _names_word(token: str, word: str) -> bool:
    token, word = token.lower(), word.lower()
    return token == word or word in _WORD_SPLIT.split(token)


def parse_selector(text: str) -> Selector:
    match = _SELECTOR.fullmatch(text.strip())
    if match is None:
        raise SelectorError(
            f"{text!r} is not a simple selector (use a tag such as nav, .class, #id or [attribute=value])"
        )
    if match.group("tag"):
        return Selector("tag", match.group("tag").lower())
    if match.group("class"):
        return Selector("class", match.group("class"))
    if match.group("id"):
        return Selector("id", match.group("id"))
    return Selector("attribute", match.group("attribute").lower(), match.group("value"))


class Furniture:
    """Decides, element by element, whether an element is furniture."""

    def __init__(self, selectors: tuple[str, ...] = DEFAULT_SKIP_HTML):
        self.selectors = tuple(parse_selector(text) for text in selectors)

    def is_content(self, tag: str, attributes: dict[str, str]) -> bool:
        return tag in CONTENT_TAGS or attributes.get("role", "").strip().lower() in CONTENT_ROLES

    def is_furniture(self, tag: str, attributes: dict[str, str], open_tags, titled: bool = False) -> bool:
        """`titled`: a page-level header that holds the page's <h1> is the article's own header (its
        title and standfirst), not the site's banner; only a class, id or attribute selector can
        still make it furniture."""
        in_section = any(open_tag in SECTIONING for open_tag in open_tags) or (titled and tag in LANDMARK_TAGS)
        selectors = self.selectors
        if tag == "aside" and _names_offer(attributes):
            selectors = tuple(selector for selector in selectors if selector.kind != "tag")
        return any(selector.matches(tag, attributes, in_section) for selector in selectors)


# Words in a class or id that make an aside the page's offer: "offer-box", "spring_promo", "pricing",
# "bundle-box" (a shop's multi-buy beside its product, v0.30.38), "finance-box".
_OFFER_WORDS = frozenset({"offer", "offers", "promo", "promos", "promotion", "promotions", "deal", "deals", "sale",
                          "discount", "pricing", "booking", "bundle", "bundles", "basket", "cart", "checkout",
                          "price", "prices", "coupon", "voucher", "vouchers",
                          # the page's own credit offer: "finance-box" (v0.30.46, set 145)
                          "finance", "instalments", "installments"})


def _names_offer(attributes: dict[str, str]) -> bool:
    names = attributes.get("class", "").split() + [attributes.get("id", "")]
    return any(word in _OFFER_WORDS for name in names for word in _WORD_SPLIT.split(name.lower()))
