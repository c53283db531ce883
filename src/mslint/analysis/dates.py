"""Calendar expressions in prose, and the date a document was published or last reviewed.

`find_dates` finds the expressions an article uses for points and periods in time ("3 March
2025", "March 3, 2025", "2025-03-03", "March 2025", "early 2024", "autumn 2024", "the fourth
quarter of 2025", "2023-24", a bare year) and gives each the earliest and the latest day it can
mean. Ranges are generous on purpose: a statement is only called stale when even the latest
reading of its date lies before the reference date ("early 2024" may run to the end of June).

`document_dates` finds the document's own dates: front matter / HTML meta `date` (and
`updated`, `lastmod`...), a "Published", "Updated", "Last reviewed" or "Posted" line anywhere,
and a dateline or a short by-line with a date among the first blocks. Everything is a handful of
regular-expression passes over the text: linear in its length.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex
from mslint import patterns
from mslint.record import Record, _set

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Month names are only months when capitalised ("May 2024", not "may"); all capitals is allowed.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_PART = (
    r"(?i:early|mid|late|end|the\s+(?:start|beginning|middle|end|close)\s+of|(?:start|beginning|middle|end|close)\s+of)"
)
_QUARTER_WORD = r"(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
# A year is not part of a longer number, an amount, a percentage or a code ("2,024", "$2024").
_NOT_BEFORE = r"(?<![\w$£€¥.,/#-]|\d[.,])"
_NOT_AFTER = r"(?![\w%]|[.,]\d|-\d\d(?!\d))"

_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"{_NOT_BEFORE}(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w])"),
    ("iso", rf"{_NOT_BEFORE}(?P<y>{_YEAR})/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])(?![\w/])"),
    ("dmy", rf"(?<![\w.])(?P<d>{_DAY})\s+(?:of\s+)?(?P<mn>{_MONTH}),?\s+(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("mdy", rf"(?<![\w])(?P<mn>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("part-month", rf"(?<![\w])(?P<part>{_PART})[\s-]+(?:of\s+)?(?P<mn>{_MONTH}),?\s+(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("month", rf"(?<![\w])(?P<mn>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("quarter", rf"(?<![\w])[Qq](?P<q>[1-4])\s*[-/ ]?\s*(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("quarter", rf"(?<![\w])(?i:the\s+)?(?P<qw>{_QUARTER_WORD})\s+(?i:quarter)\s+(?i:of\s+)?(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("half", rf"(?<![\w])(?i:the\s+)?(?P<hw>(?i:first|second|1st|2nd))\s+(?i:half)\s+(?i:of\s+)?(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("half", rf"(?<![\w])H(?P<h>[12])\s*[-/ ]?\s*(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("season", rf"(?<![\w])(?P<part>{_PART}[\s-]+)?(?P<season>{_SEASON})\s+(?:(?i:of)\s+)?(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("part-year", rf"(?<![\w])(?P<part>{_PART})[\s-]+(?P<y>{_YEAR}){_NOT_AFTER}"),
    ("range", rf"{_NOT_BEFORE}(?P<y>{_YEAR})\s*[-–/]\s*(?P<y2>{_YEAR}|\d\d){_NOT_AFTER}"),
    ("year", rf"{_NOT_BEFORE}(?P<y>{_YEAR}){_NOT_AFTER}"),
)
_COMPILED = tuple((kind, patterns.compile(pattern)) for kind, pattern in _PATTERNS)
_ANY_YEAR = patterns.compile(_YEAR)
# A bare number that counts people or things is not a year: "a trial in 2000 patients".
_COUNT_NOUN = patterns.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|patients|participants|adults|children|women|men|volunteers|subjects|cases|"
    r"cells|doses|mg|ml|units|words|times|miles|km|metres|meters|steps|calories|dollars|euros|pounds|"
    r"respondents|members|users|visitors|samples|mice|rats|animals)\b",
    regex.IGNORECASE,
)


class DateMention(Record):
    __slots__ = ("start", "end", "kind", "first", "last")

    def __init__(self, start: int, end: int, kind: str, first: dt.date, last: dt.date):
        _set(self, "start", start)  # offsets in the text searched
        _set(self, "end", end)
        _set(self, "kind", kind)  # iso, dmy, mdy, month, part-month, quarter, half, season, part-year, range, year
        _set(self, "first", first)  # earliest day the expression can mean
        _set(self, "last", last)  # latest day it can mean

    @property
    def is_exact_day(self) -> bool:
        return self.first == self.last


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _part_bounds(part: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """Narrow [first, last] by "early", "mid", "late", "the end of"... (generously)."""
    part = " ".join(part.lower().replace("-", " ").split())
    span = (last - first).days
    if part.startswith("early") or "start" in part or "beginning" in part:
        return first, first + dt.timedelta(days=span // 2)
    if part.startswith("mid") or "middle" in part:
        return first + dt.timedelta(days=span // 4), last - dt.timedelta(days=span // 4)
    return first + dt.timedelta(days=span // 2), last  # late, end, close


def _season_bounds(season: str, year: int) -> tuple[dt.date, dt.date]:
    season = season.lower()
    if season == "spring":
        return dt.date(year, 3, 1), dt.date(year, 6, 30)
    if season == "summer":
        return dt.date(year, 6, 1), dt.date(year, 9, 30)
    if season in ("autumn", "fall"):
        return dt.date(year, 9, 1), dt.date(year, 12, 31)
    # "winter 2024" may be the start or the end of 2024, or run into 2025.
    return dt.date(year, 1, 1), dt.date(year + 1, 3, 31)


def _bounds(kind: str, match) -> tuple[dt.date, dt.date] | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if kind in ("iso", "dmy", "mdy"):
        month = int(groups["m"]) if kind == "iso" else MONTHS[groups["mn"].rstrip(".").lower()]
        day = _safe_day(year, month, int(regex.match(r"\d+", groups["d"]).group()))
        return (day, day) if day else None
    if kind in ("month", "part-month"):
        month = MONTHS[groups["mn"].rstrip(".").lower()]
        first, last = dt.date(year, month, 1), _month_end(year, month)
        return _part_bounds(groups["part"], first, last) if kind == "part-month" else (first, last)
    if kind == "quarter":
        if groups.get("q"):
            quarter = int(groups["q"])
        else:
            word = groups["qw"].lower()
            quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(word, 4)
        return dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
    if kind == "half":
        half = int(groups["h"]) if groups.get("h") else (1 if groups["hw"].lower() in ("first", "1st") else 2)
        return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    if kind == "season":
        first, last = _season_bounds(groups["season"], year)
        return _part_bounds(groups["part"], first, last) if groups.get("part") else (first, last)
    if kind == "part-year":
        return _part_bounds(groups["part"], dt.date(year, 1, 1), dt.date(year, 12, 31))
    if kind == "range":
        second = groups["y2"]
        end_year = int(second) if len(second) == 4 else year // 100 * 100 + int(second)
        if end_year <= year or end_year - year > 30:
            return None
        return dt.date(year, 1, 1), dt.date(end_year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end], longest first at each place, in text order."""
    end = len(text) if end is None else end
    if _ANY_YEAR.search(text, start, end) is None:
        return []  # every expression names a year: one scan rules most sentences out
    found: list[DateMention] = []
    taken = bytearray(end - start)  # characters already part of a (longer) date
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(text, start, end):
            lo, hi = match.span()
            if 1 in taken[lo - start : hi - start]:
                continue
            if kind == "year" and _COUNT_NOUN.match(text, hi):
                continue
            bounds = _bounds(kind, match)
            if bounds is None:
                continue
            taken[lo - start : hi - start] = b"\x01" * (hi - lo)
            found.append(DateMention(lo, hi, kind, *bounds))
    return sorted(found, key=lambda m: m.start)


def parse_date_value(value) -> tuple[dt.date, dt.date] | None:
    """A metadata value (front matter or HTML meta) as (first, last) days, or None."""
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    if isinstance(value, int) and 1950 <= value <= 2099:
        return dt.date(value, 1, 1), dt.date(value, 12, 31)
    if not isinstance(value, str):
        return None
    text = value.strip()
    mentions = find_dates(text)
    if not mentions:
        return None
    best = min(mentions, key=lambda m: (m.last - m.first, m.start))  # the most precise one
    return best.first, best.last


def parse_today(value: str) -> dt.date:
    """The `today` option: "" is the real date, otherwise YYYY-MM-DD."""
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"option 'today' must be a date written YYYY-MM-DD (got {value!r})") from None


# -- the document's own dates ---------------------------------------------------------------

# Metadata keys (front matter or HTML meta) that date the document.
DATE_KEYS = (
    "date", "published", "publishdate", "publish_date", "pubdate", "date_published", "datepublished",
    "updated", "lastmod", "last_modified", "modified", "date_modified", "datemodified", "reviewed",
    "last_reviewed", "review_date", "revised",
)
# "Published 3 March 2025", "Last updated: March 2025", "Updated by the patient team, 14 April 2025",
# "Page last reviewed on 2 May 2024", "Posted 5 May 2025 by ...". Not "next review due April 2027".
_CUE = patterns.compile(
    r"(?<![\w-])(?:(?:first|originally|last|page\s+last|content\s+last)\s+)?"
    r"(?:published|posted|updated|reviewed|revised|modified|written|issued|released|dated|date(?:d)?\s+of\s+(?:publication|issue)"
    # a press release's "For immediate release: Wednesday 11 February 2026", "Embargoed until 9 March"
    r"|for\s+immediate\s+release|embargoed(?:\s+until)?|release\s+date"
    # an e-mail's "Date:" header, a forum's "Post #3 by rowan_k, 14 June 2019"
    r"|date(?=\s*:)|post\s*\#\s*\d+)"
    r"(?:\s+on)?(?P<gap>(?:\s+by\b[^.;:\n|]{0,60}?(?:[,;|]|\s+on))?)\s*[:\-–—|]?\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\Z",
    regex.IGNORECASE,
)
_NEXT_REVIEW = patterns.compile(r"\b(?:next|due|planned|scheduled)\b[^.\n]{0,20}$", regex.IGNORECASE)
# A date the page looks ahead to, right before it: "Next review October 2026", "Review due: May
# 2027", "valid until March 2026". Never the page's own date, even on a short by-line.
_AHEAD_CUE = patterns.compile(
    r"(?:next\s+(?:review|update|revision)(?:\s+(?:due|date))?|(?:review|revision)\s+(?:due|date)|due\s+for\s+review"
    r"|to\s+be\s+reviewed|valid\s+(?:until|till|to)|expir(?:es|y(?:\s+date)?))(?:\s+(?:in|on|by))?\s*[:\-–—]?\s*\Z",
    regex.IGNORECASE)
# A dateline opens the first paragraph: "BOSTON, January 9, 2026 --", "March 3, 2025 —".
# A release may name two or three places: "Cambridge, MA, and Manchester, UK, 3 March 2026 -".
# A publication may stand where the place does: "Family Matters magazine, April 2026 ·".
_PLACE = (r"[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}(?:\s+(?:magazine|newspaper|weekly|monthly|daily|journal|"
          r"news|newsletter|online))?,\s+(?:[A-Z][A-Za-z.]*\s*,\s+)?")
_DATELINE_LEAD = patterns.compile(rf"(?:{_PLACE}(?:(?:and|&)\s+{_PLACE}){{0,2}})?\(?")
_DATELINE_TAIL = patterns.compile(r"\)?\s*(?:--|—|–|-|:|/|\||·|•)")
# A short line near the top that is just a date, or a by-line with a date.
TOP_BLOCKS = 6
TAIL_BLOCKS = 6  # "Page last reviewed: ..." footers
SHORT_BLOCK_WORDS = 25  # elsewhere, only a short block (a date line) can date the document
_SHORT_LINE_WORDS = 14
_BYLINE = patterns.compile(r"^\W*(?:by|written\s+by|words\s+by|author:?)\s", regex.IGNORECASE)
# A newspaper's or magazine's name right before the date, near the top: "The Westmoor Gazette, Saturday
# 17 January 2026" in a column's standfirst.
_MASTHEAD = patterns.compile(
    r"\b(?:gazette|times|post|herald|news|echo|chronicle|journal|magazine|express|mail|mirror|observer|standard|"
    r"telegraph|guardian|courier|argus|advertiser|press|weekly|daily|bulletin|newsletter)\s*,\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\Z", regex.IGNORECASE)
_WORD = patterns.compile(r"[\w'’-]+")


class DocumentDate(Record):
    __slots__ = ("first", "last", "source", "start", "end")

    def __init__(self, first: dt.date, last: dt.date, source: str, start: int | None = None, end: int | None = None):
        _set(self, "first", first)
        _set(self, "last", last)
        _set(self, "source", source)  # "metadata 'date'", "line 'Published 3 March 2025'"...
        _set(self, "start", start)  # where it sits in Document.text, if it is in the text
        _set(self, "end", end)


def _precise(mention: DateMention) -> bool:
    """Expressions that can date a document: a day, a month or a year (not "early 2025", "Q4 2025")."""
    return mention.kind in ("iso", "dmy", "mdy", "month", "year")


def document_dates(document) -> list[DocumentDate]:
    """Dates the document gives for itself: metadata, cue lines anywhere, datelines near the top.
    Worked out once per document: three timeliness rules ask."""
    found = document.memo.get("document-dates")
    if found is None:
        found = document.memo["document-dates"] = _document_dates(document)
    return found


def _document_dates(document) -> list[DocumentDate]:
    found: list[DocumentDate] = []
    metadata = document.metadata or {}
    for key in DATE_KEYS:
        for actual in dict.fromkeys((key, key.replace("_", "-"))):
            if actual in metadata:
                parsed = parse_date_value(metadata[actual])
                if parsed:
                    found.append(DocumentDate(*parsed, f"metadata '{actual}'"))
    if not found and document.furniture_text:
        # "Page updated 12 January 2026" in a footer dates the page, though the footer is not prose.
        day = cued_date(document.furniture_text)
        if day is not None:
            found.append(DocumentDate(day, day, "the page's footer or header"))
    text = document.text
    blocks = document.blocks
    for index, block in enumerate(blocks):
        near_edge = index < TOP_BLOCKS or index >= len(blocks) - TAIL_BLOCKS
        if not near_edge and len(_WORD.findall(text, block.start, block.end)) > SHORT_BLOCK_WORDS:
            continue  # "the guidance, last updated in 2021, ..." in the body dates the guidance, not the page
        mentions = [m for m in find_dates(text, block.start, block.end) if _precise(m)]
        if not mentions:
            continue
        block_text = text[block.start : block.end]
        for mention in mentions:
            if _AHEAD_CUE.search(text, max(block.start, mention.start - 40), mention.start):
                continue
            if _cued(text, block.start, mention) or (
                index < TOP_BLOCKS and _dateline(text, block, mention, block_text)
            ):
                found.append(DocumentDate(mention.first, mention.last,
                                          f"'{' '.join(text[mention.start:mention.end].split())}'",
                                          mention.start, mention.end))
    return found


def _cued(text: str, block_start: int, mention: DateMention) -> bool:
    """A publication cue ends right before the date, in the same line and sentence."""
    lo = max(block_start, mention.start - 90)
    window = text[lo : mention.start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    if cut >= 0:
        window = window[cut + 1 :]
    for match in _CUE.finditer(window):
        if not _NEXT_REVIEW.search(window[: match.start()]):
            return True
    return False


def _dateline(text: str, block, mention: DateMention, block_text: str) -> bool:
    if mention.kind == "year":
        return False
    # The date leads the block, after an optional place name, and a dash or colon follows it.
    lead = _DATELINE_LEAD.match(text, block.start, mention.start)
    if lead is not None and lead.end() == mention.start and _DATELINE_TAIL.match(text, mention.end):
        return True
    if _MASTHEAD.search(text, max(block.start, mention.start - 60), mention.start):
        return True
    # A short line holding the date (a by-line "By Dana Whitlock | 12 June 2025", a lone date).
    # (A short line is short: looking 200 characters either way is enough and keeps this linear.)
    lo, hi = max(block.start, mention.start - 200), min(block.end, mention.end + 200)
    cut = text.rfind("\n", lo, mention.start)
    line_start = cut + 1 if cut >= 0 else lo
    cut = text.find("\n", mention.end, hi)
    line_end = hi if cut < 0 else cut
    line = text[line_start:line_end]
    words = _WORD.findall(line)
    if len(words) > _SHORT_LINE_WORDS:
        return False
    date_words = len(_WORD.findall(text[mention.start : mention.end]))
    other = len(words) - date_words
    return other <= 1 or bool(_BYLINE.match(line)) or "|" in line or "·" in line or "•" in line


def cued_date(text: str) -> dt.date | None:
    """The first day a publication cue dates in a stretch of text ("Page updated 12 January 2026"):
    for the page furniture a reader leaves out of the article, where a page often dates itself."""
    for mention in find_dates(text):
        if _precise(mention) and mention.kind != "year" and _cued(text, 0, mention):
            return mention.first
    return None


def judged_against_today(document) -> bool:
    """Whether rules judge this document against today's date (it gives no date of its own), so its
    findings can change tomorrow with no change to the file."""
    return not document_dates(document)


# How old a page's own date must be before its claims of how things stand ("there is still no
# vaccine") are asked to be checked (TIM006): licences and guidance change every few years.
STATUS_AGE_YEARS = 3


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _latest_own_date(document) -> dt.date | None:
    """The latest of the document's own dates (its "Updated" line over its "Published" one), or None."""
    dates = document_dates(document)
    return max(date.first for date in dates) if dates else None


def status_claims_stale(document, today: dt.date) -> dt.date | None:
    """The document's own date, when it lies `STATUS_AGE_YEARS` or more before today; else None (an
    undated document, or a recent one)."""
    written = _latest_own_date(document)
    if written is None:
        return None
    return written if _years_after(written, STATUS_AGE_YEARS) <= today else None


def valid_until(document, today: dt.date) -> dt.date | None:
    """The last day a result for this document holds, or None for always: a document with no date
    of its own is judged against today (today only); a dated one whose claims of how things stand
    are not yet old enough to flag holds until the day before they are."""
    written = _latest_own_date(document)
    if written is None:
        return today
    turns = _years_after(written, STATUS_AGE_YEARS)
    return turns - dt.timedelta(days=1) if turns > today else None


def reference_date(document, today: dt.date) -> tuple[dt.date, str]:
    """The day statements are judged against: the latest of the document's own dates, else today."""
    latest = _latest_own_date(document)
    if latest is not None:
        return latest, f"the document's date ({latest.isoformat()})"
    # No date in the message: it would change every day (and the document has no date to show).
    return today, "today's date (the document gives no date of its own)"
