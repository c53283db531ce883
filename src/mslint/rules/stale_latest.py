"""TIM004 stale-latest: "the latest figures, from 2012", "the new 2017 guidelines".

A word of currency ("latest", "newest", "most recent", "current", "new") tied to a year that lies
years before the document's date tells the reader the information is as fresh as it gets, when
newer figures, reviews or guidelines have very likely come out since. TIM001 catches a future
that has passed; this catches a present that has.

Two shapes, both read on the sentence's text:
- the year after the words it dates: "the latest figures from 2012", "the most recent review,
  published in 2008", "the latest research, a small trial from 1999" (at most six words in between, none of them a verb: "the latest data show
  a rise from 2012" is a trend, not a date);
- the year inside the name: "the new 2017 criteria", "the latest 2014 figures".

A sentence set in its own past ("When she was diagnosed in 2016, the latest figures were from
2012") is history; so is a range ("from 2012 to 2020" covers a period, judged elsewhere).
"""

from __future__ import annotations

import datetime as dt

import regex

from mslint import patterns
from mslint.analysis.article import analyse
from mslint.analysis.dates import document_dates, parse_today, reference_date
from mslint.analysis.stance import CONDITIONAL, DISPUTED, HISTORICAL, NEGATED, QUESTION
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.timeliness import DISCERN_4, JAMA

# How old a "latest" may be before it is stale: statistics and reviews lag a few years, so only
# a clear gap counts. "New" promises more recency than "latest".
LATEST_GAP_YEARS = 5
NEW_GAP_YEARS = 3

# A year, not a number or the start of a range ("2012-2022", "2012 to 2022": a period covered).
_YEAR = r"(?P<year>19[5-9]\d|20\d\d)(?![\w%]|[.,]\d|\s*[-–/]\s*\d|\s+(?:to|until|through|and)\s+\d)"
# ("Current workers", "current smokers": a group of people at the time, not a claim that a source is
# the newest.)
_LATEST = (r"(?:latest|newest|most\s+recent|most\s+up[\s-]to[\s-]date|current(?!\s+(?:and\s+former\s+)?(?:workers|"
           r"employees|staff|smokers|users|drinkers|patients|members|residents|pupils|students|holders|owners|partners|"
           r"vapers|employers)\b))")
_WORD = r"[\w’'-]+"
# Words that make the run between "latest" and the year a clause, not a noun phrase.
_VERBS = frozenset("""show shows showed shown suggest suggests suggested reveal reveals revealed indicate
indicates indicated rose rise rises fell fall falls increase increased increases decrease decreased decreases
drop dropped drops jump jumped climb climbed change changed changes is are was were has have had be been
since compared up down than""".split())

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MADE = r"(?:published|released|issued|dated|dating|updated|compiled|collected|carried\s+out|conducted|done|run|completed)"
YEAR_AFTER = patterns.compile(
    rf"\b(?P<fresh>{_LATEST})\s+(?P<run>(?:{_WORD},?\s+){{0,8}}?{_WORD})\s*,?\s+"
    rf"(?:{_MADE}\s+)?(?:(?:back|way\s+back)\s+)?(?:from|of|in)\s+(?:an?\s+|the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:{_MONTH}\s+)?{_YEAR}",
    regex.IGNORECASE,
)
# The year in brackets or in an apposition: "the latest UK advice (2010)", "the newest big trial,
# the 2004 ARC study".
YEAR_BESIDE = patterns.compile(
    rf"\b(?P<fresh>{_LATEST})\s+(?P<run>(?:{_WORD}\s+){{0,4}}?{_WORD})\s*"
    rf"(?:\(\s*(?:{_MADE}\s+(?:in\s+)?)?(?:{_MONTH}\s+)?{_YEAR}\s*\)|,\s+(?:the|a|an|its|their)\s+{_YEAR}\s+{_WORD})",
    regex.IGNORECASE,
)
# "our 2014 outcome review, the most recent we have published"
YEAR_NAMED_LATEST = patterns.compile(
    rf"\b{_YEAR}\s+(?P<run>(?:{_WORD}\s+){{0,2}}{_WORD}),\s+(?:the|our)\s+(?P<fresh>{_LATEST})\b", regex.IGNORECASE)
# "guidelines from 2017, which are still the latest"
YEAR_STILL_LATEST = patterns.compile(
    rf"\b(?P<run>{_WORD})\s+(?:from|of|in)\s+{_YEAR}\s*,\s+(?:which|that)\s+(?:are|is|remain|remains)\s+"
    rf"(?:still\s+)?(?:the\s+)?(?P<fresh>{_LATEST})\b", regex.IGNORECASE)
YEAR_BEFORE = patterns.compile(rf"\b(?P<fresh>{_LATEST}|new)\s+{_YEAR}\s+(?P<run>{_WORD})", regex.IGNORECASE)
# Another year in the sentence that sets it in its own past: "in 2016", "by 2015", "back in 2014".
_FRAME_YEAR = patterns.compile(r"\b(?:in|by|back\s+in|until|during|of)\s+(19[5-9]\d|20\d\d)\b", regex.IGNORECASE)
_THEN = patterns.compile(r"\b(?:at\s+the\s+time|back\s+then|then-current|in\s+those\s+days)\b", regex.IGNORECASE)


class StaleLatest(Rule):
    default_options = {"today": ""}
    meta = RuleMeta(
        code="TIM004",
        name="stale-latest",
        category="timeliness",
        severity=Severity.WARNING,
        scope="sentence",
        summary="\"The latest figures, from 2012\": information called the latest or new that is years old",
        docs=RuleDocs(
            what=f"Flags \"latest\", \"newest\", \"most recent\" or \"current\" tied to a year at least "
            f"{LATEST_GAP_YEARS} years before the document's date (\"the latest figures from 2012\", \"the most "
            f"recent review, published in 2008\"), and \"new\" or \"latest\" naming a year at least {NEW_GAP_YEARS} "
            "years before it (\"the new 2017 criteria\"). The document's date is its front matter or meta date, "
            "dateline or \"Published\"/\"Updated\" line; an undated document is judged against today (the `today` "
            "option, YYYY-MM-DD, fixes it for reproducible runs). A sentence set in its own past (\"When she was "
            "diagnosed in 2016, ...\"), a range of years, and negated, questioned, conditional or disputed "
            "sentences are not flagged.",
            why="Readers take \"the latest\" at its word. Figures, reviews and guidelines are revised every few "
            "years (the MS diagnostic criteria in 2010, 2017 and 2024), so a page that calls decade-old information "
            "the latest leaves readers with outdated numbers and advice. The JAMA benchmarks and DISCERN ask that "
            "readers can tell how current the information is.",
            bad=(
                "The latest figures from 2012 show that one in four adults is affected.",
                "Published 3 May 2025. Doctors now use the new 2017 criteria to diagnose MS.",
                "The most recent review, published in 2008, found no benefit.",
                "The latest big review I could find, from 2009, says the pills work.",
                "The guidelines from 2016, which are still the latest, advise a daily dose.",
            ),
            good=(
                "Figures from 2012 showed that one in four adults was affected; newer figures are awaited.",
                "Published 3 May 2025. The latest figures, from 2023, show a small fall.",
                "When she was diagnosed in 2016, the latest figures were from 2012.",
                "The latest data show a steady rise from 2012 to 2022.",
            ),
            better="Give the date without claiming currency, and say when you checked: \"Figures from 2012 (the "
            "most recent we could find in May 2025) showed ...\"",
        ),
        references=(JAMA, DISCERN_4,
                    "Thompson 2018, Lancet Neurol, doi:10.1016/S1474-4422(17)30470-2: the 2017 revision of the McDonald "
                    "criteria, one of the regular revisions of MS diagnosis (2001, 2005, 2010, 2017, 2024)"),
        silenced_by=frozenset({NEGATED, QUESTION, CONDITIONAL, DISPUTED, HISTORICAL}),
    )

    def triggers(self):
        return frozenset({"latest", "newest", "recent", "current", "new"}), frozenset()

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None or view.is_furniture:
            return
        reference, _ = reference_date(document, parse_today(str(options.get("today", ""))))
        # The document's own date is worth showing; today's is not (the message would change with it).
        dated = f", years before the document's date ({reference.isoformat()})" if document_dates(document) else ""
        text = view.sentence_text
        if _THEN.search(text):
            return
        # The writer says why nothing newer exists ("No one tracks head lice nationally. The most
        # recent estimate, from 1997, ..."): the date is given, and the gap explained, not hidden.
        previous = view.previous_in_paragraph()
        if _NO_NEWER.search(text) or (previous is not None and _NO_NEWER.search(previous.sentence_text)):
            return
        frames = [int(year) for year in _FRAME_YEAR.findall(text)]
        for match in _stale_matches(text, reference):
            year = int(match["year"])
            if any(year < frame < reference.year - 1 for frame in frames):
                continue  # the sentence is set after the year but before now: it tells history
            if _INTRODUCED.search(text, 0, match.start()):
                continue  # when the current one came in: "... was added in 2006, and the current version in 2010"
            start, end = view.start + match.start(), view.start + match.end()
            shown = " ".join(match.group().split())
            yield Hit(start, end, f"\"{shown}\" is called {' '.join(match['fresh'].lower().split())} but dates "
                      f"from {year}{dated}: check for newer information, or give the date without claiming it is current",
                      stance=view.stance_of_span(start, end))


# A verb of introduction before "the current ... in 2010": the year says when the current one came in
# (v0.30.45, set 145's careful vaccine Q&A), not that nothing newer exists.
_INTRODUCED = patterns.compile(r"\b(?:added|introduced|launched|brought\s+in|switched|replaced|came\s+in|arrived|"
                               r"rolled\s+out|approved|licensed)\b", regex.IGNORECASE)


# Nobody counts it any more, or it has not been done again: the reason the latest is old.
_NO_NEWER = patterns.compile(
    r"\b(?:no\s+one|no-one|nobody|no\s+agency|no\s+national\s+body)\s+(?:\w+\s+)?(?:tracks|counts|collects|records|"
    r"monitors|measures|keeps\s+track|has\s+(?:counted|measured|updated|repeated))"
    r"|\bno\s+(?:newer|more\s+recent|updated|later)\s+(?:figures|data|estimates?|surveys?|counts?|studies|reviews?|guidance)"
    r"|\b(?:has|have)\s+(?:not|never)\s+been\s+(?:updated|repeated|revised|redone)"
    r"|\b(?:hasn't|haven't)\s+been\s+(?:updated|repeated|revised|redone)",
    regex.IGNORECASE,
)


def _stale_matches(text: str, reference: dt.date):
    for match in (*YEAR_AFTER.finditer(text), *YEAR_BESIDE.finditer(text)):
        if any(word.lower() in _VERBS for word in match["run"].split()):
            continue
        if reference.year - int(match["year"]) >= LATEST_GAP_YEARS:
            yield match
    for match in (*YEAR_NAMED_LATEST.finditer(text), *YEAR_STILL_LATEST.finditer(text)):
        if reference.year - int(match["year"]) >= LATEST_GAP_YEARS:
            yield match
    for match in YEAR_BEFORE.finditer(text):
        if match["run"].lower() in _VERBS:
            continue
        if reference.year - int(match["year"]) >= NEW_GAP_YEARS:
            yield match
