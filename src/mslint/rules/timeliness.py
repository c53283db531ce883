"""Timeliness (TIM): statements that have gone stale, and articles a reader cannot place in time.

TIM001 stale-future-date: a future or ongoing statement ("results are expected in early 2024",
"the upcoming 2023 trial", "prices are valid until 31 December 2024") about a date that had
already passed on the document's own date (front matter or HTML meta date, a dateline, a
"Published"/"Updated" line), or, for an undated document, on today's date (option `today`).
TIM002 undated-relative-time: "this year", "recently", "last month" in a document that gives no
date of its own. TIM003 missing-publication-date: the document gives no date at all (JAMA
currency benchmark).

How TIM001 decides that a date is spoken of as future: the sentence is cut into pieces at commas,
semicolons, colons, brackets and dashes; the verb cues of the date's piece (a future "will
report", "is expected", "plans to", "opens in", "valid until", an "upcoming" before the date, an
event label "Live session: <date>"; or a past "was", "began", "had", a -ed verb, a modal "could")
are found, and the one nearest to the date decides. A fronted time phrase ("In 2024, results are
expected") borrows the cue of the clause it introduces, a trailing one ("..., in early 2024")
the cue of the clause before it. Ties go to the past (precision first).
"""

from __future__ import annotations

import bisect

import regex

from mslint.analysis.dates import DateMention, document_dates, find_dates, parse_today, reference_date
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint import patterns

JAMA = "JAMA benchmarks (Silberg, Lundberg & Musacchio, JAMA 1997;277:1244): currency - dates posted and updated"
DISCERN_4 = "DISCERN (Charnock 1999) question 4: is it clear when the information used or reported was produced?"
HONCODE_4 = "HONcode principle 4 (attribution): sources and the date of last modification are shown"

_WORDS = patterns.compile(r"[\w'’-]+")

# -- verb cues ----------------------------------------------------------------------------------

_ADV = r"(?:\s+(?:not|also|still|now|then|only|first|finally|soon|likely|probably|definitely|certainly|currently|again|already))*"
_FUTURE_CUES = tuple(
    patterns.compile(pattern, regex.IGNORECASE)
    for pattern in (
        # will / shall / 'll / won't, with the verb they govern ("will be released", "will start")
        rf"\b(?:will|shall|won['’]t)\b{_ADV}(?:\s+(?:be|have))?(?:\s+been)?(?:\s+[a-z]+)?",
        r"\b\w+['’]ll\b(?:\s+[a-z]+)?",
        # be + expected/due/scheduled/going... ("are expected", "is due to open", "is set to launch")
        r"\b(?:is|are|am|['’]s|['’]re|remains?|seems?|looks?)\s+(?:\w+ly\s+|not\s+|still\s+|now\s+|also\s+)*"
        r"(?:expected|due|scheduled|planned|set|slated|poised|anticipated|projected|forecast|predicted|likely|"
        r"going|on\s+track|hoping|aiming|planning|preparing|about|intended|estimated|on\s+course)\b"
        r"(?:\s+to\s+(?:be\s+)?[a-z]+)?",
        # expects to / plans to / aims to ... ("Helixa expects to begin")
        r"\b(?:expects?|plans?|aims?|hopes?|intends?|anticipates?|projects?|predicts?|forecasts?|promises?|targets?|"
        r"wants?|is\s+targeting|are\s+targeting)\s+(?:[a-z]+\s+){0,2}?to\s+(?:be\s+)?[a-z]+",
        # (a "target" or "forecast" after a determiner is a noun: "the former six-week target ended in
        # March 2024"; "the trust expects" is still a verb)
        r"\b(?:expects?|anticipates?|forecasts|targets)\b",
        r"(?<!\b(?:the|a|an|its|their|our|his|her|this|that)\s+(?:[\w-]+\s+){0,2})\b(?:forecast|target)\b",
        # reduced: "results expected in early 2024", "a trial scheduled for 2023", "set to start"
        r"(?<!\b(?:was|were|had|has|have|as|than|been|be|being|is|are|originally|initially|previously)\s+)"
        r"\b(?:expected|due|scheduled|planned|slated|anticipated|projected|earmarked)\s+"
        r"(?:for|in|by|to|around|during|before|early|late|mid|at|on|until|through|from|sometime)\b",
        r"(?<!\b(?:was|were|had|has|have|been)\s+)\bset\s+(?:to|for)\s+[a-z]+",
        # present progressive of a plan ("we are opening a second centre in 2024", "is recruiting until")
        r"\b(?:is|are|am|['’]re|['’]s)\s+(?:now\s+|currently\s+|still\s+|also\s+|soon\s+)?"
        r"(?:opening|starting|beginning|launching|recruiting|enrolling|running|expanding|moving|planning|preparing|"
        r"hoping|aiming|building|holding|hosting|offering|heading|travelling|traveling|coming|returning|"
        r"introducing|rolling\s+out|accepting|taking\s+(?:bookings|applications|registrations))\b",
        # validity and deadlines ("valid until", "offer ends", "register by")
        r"\b(?:valid|available|open|good|on\s+offer|on\s+sale|guaranteed|fixed|frozen|locked(?:\s+in)?|lasts?|"
        r"continues?|applies)\s+(?:until|till|through|thru|up\s+to)\b",
        r"\b(?:offers?|sales?|promotions?|discounts?|prices?|rates?|registration|enrol(?:l)?ment|applications?|"
        r"bookings?|early[\s-]bird(?:\s+\w+)?|places?|spots?)\s+(?:ends?|closes?|expires?|run\s+(?:until|till|through)|"
        r"runs\s+(?:until|till|through)|(?:is|are)\s+(?:open|available|valid)\s+(?:until|till|through))\b",
        r"\b(?:register|book|apply|sign\s+up|enrol(?:l)?|order|reserve|respond|pre-?order)\s+(?:\w+\s+){0,3}?"
        r"(?:by|before|no\s+later\s+than)\b",
        r"\b(?:deadline|closing\s+date|expiry\s+date|expiration\s+date|offer\s+ends|last\s+chance)\b",
    )
)
# Present-tense verbs of a schedule: future only when a preposition leads on to the date
# ("opens in autumn 2024", "I go back ... in March 2025"; not "go back to 2019").
_SCHEDULE_VERB = patterns.compile(
    # (not the noun after an article: "between the start of the epidemic in May 2023 and ...")
    # (nor a past participle after a comma: "the ANTLER trial, run in 150 practices and published in 2021")
    r"(?<!\b(?:the|a|an|its|their|this|that)\s+)(?<!,\s+)\b(?:opens?|reopens?|starts?|begins?|launches?|goes\s+back|go\s+back|returns?|takes?\s+place|kicks?\s+off|"
    r"closes?|ends?|expires?|runs?|finishes|arrives?|comes?\s+out|goes\s+live|resumes?|gets?\s+underway)\b",
    regex.IGNORECASE,
)
_SCHEDULE_PREPOSITION = patterns.compile(
    r"(?:in|on|by|from|until|till|through|during|around|before|at|this|next)\s+(?:the\s+)?\Z", regex.IGNORECASE
)
# Attributive plans right before the date: "the upcoming 2023 trial", "the planned 2024 launch".
_UPCOMING = patterns.compile(r"\b(?:upcoming|forthcoming|coming|planned|scheduled|proposed|pending|future)\s+(?:[\w-]+\s+)?\Z",
                          regex.IGNORECASE)
# An event or offer label: "Live session: 20 March 2025", "Offer valid until: ...".
_EVENT_LABEL = patterns.compile(
    r"\b(?:session|webinar|event|seminar|workshop|conference|course|class|masterclass|open\s+day|open\s+evening|"
    r"meeting|talk|lecture|info(?:rmation)?\s+(?:session|evening|day)|deadline|closing\s+date|start\s+date|"
    r"launch|registration|enrol(?:l)?ment|offer|sale|promotion|valid\s+until|expires?|when|next\s+(?:intake|cohort|date))"
    r"(?:\s+(?:date|dates|time|opens|closes|ends))?\s*[:\-–—]\s*\Z",
    regex.IGNORECASE,
)

_PAST_CUES = tuple(
    patterns.compile(pattern, regex.IGNORECASE)
    for pattern in (
        r"\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b",
        r"\b(?:has|have|['’]ve)\b(?!\s+to\b)",
        # past-in-the-future and hedges: not a plain prediction of the writer's
        r"\b(?:would|could|might|may|should|wouldn['’]t|couldn['’]t)\b",
        r"\b(?:began|begun|found|showed|shown|took|taken|went|gone|came|became|grew|ran|saw|seen|gave|given|made|"
        r"led|said|told|wrote|written|rose|fell|met|won|held|left|brought|thought|knew|known|paid|sold|built|sent|"
        r"spent|got|began|struck|drew|chose|spoke|kept|lost|meant|felt|heard|understood|undertook|overtook|"
        r"ago|since|previously|formerly|originally|initially|back\s+in|last\s+year)\b",
        # a past -ed verb that is not a determiner's adjective ("this combined approach") or a plan
        r"(?<!\b(?:a|an|the|this|that|these|those|its|their|our|your|his|her|my|of|and|or|newly|well|fully|"
        r"highly|specially|carefully|double|single)\s+)\b(?!(?:expected|scheduled|planned|slated|anticipated|"
        r"projected|proposed|intended|earmarked|needed|required|based|called|named|randomi[sz]ed|controlled|"
        r"blinded|licensed|limited|related|detailed|skilled|qualified|experienced|speciali[sz]ed|dedicated|"
        r"trained|certified|accredited|registered|advanced|added|reduced|discounted|guaranteed|fixed|frozen|"
        r"locked|tailored|personali[sz]ed|combined|sized|aged|red|bed|need|used|interested|concerned|"
        r"allowed|supposed)\b)[a-z]{3,}ed\b",
    )
)
# Cut a sentence into pieces: a cue only governs a date in the same piece.
_PIECE_BREAK = patterns.compile(r"[,;:()\[\]]|\s[-–—]+\s|—|--|\band\s+(?=(?:the|a|an|we|they|it|he|she|i|our|their|its)\b)",
                             regex.IGNORECASE)
_RANGE_JOIN = patterns.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*", regex.IGNORECASE)
_LEADING_PREPOSITION = patterns.compile(
    r"\s*(?:(?:sometime|some\s+time|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than|starting|beginning)\s+)?"
    r"(?:in|by|until|till|through|during|around|before|at|on|for|from|between|within)?\s*",
    regex.IGNORECASE,
)
# The words before a date that make it the time something happens ("in", "by", "until"...);
# not "from 2020", "since 2019", "with those of 2020".
_TIME_PREPOSITION = patterns.compile(
    r"\b(?:in|by|until|till|through|thru|throughout|during|around|on|at|for|before|within|"
    r"(?P<range>from|between))\s+(?:the\s+)?\Z",
    regex.IGNORECASE,
)
# An attributive year ("the 2019 MIST trial", "a 2023 study") is a name, not a time reference,
# unless "upcoming" or "planned" comes before it.
_ATTRIBUTIVE = patterns.compile(
    r"\b(?:a|an|the|this|that|these|those|its|their|our|his|her|my|your)\s+(?:[\w-]+\s+)?\Z", regex.IGNORECASE
)
MAX_CUE_GAP = 12  # words between a cue and the date it governs


def _words_between(text: str, a: int, b: int) -> int:
    return len(_WORDS.findall(text, a, b)) if b > a else 0


class _Cues:
    """Every cue of a sentence, found once: (start, end, is_future), past cues inside a future one dropped."""

    def __init__(self, sentence: str):
        future = sorted((m.start(), m.end()) for pattern in _FUTURE_CUES for m in pattern.finditer(sentence))
        future_starts = [a for a, _ in future]
        longest = 0
        reach = []  # the furthest end of the future cues starting at or before each one
        for _, b in future:
            longest = max(longest, b)
            reach.append(longest)
        cues = [(a, b, True) for a, b in future]
        for pattern in _PAST_CUES:
            for m in pattern.finditer(sentence):
                k = bisect.bisect_right(future_starts, m.start()) - 1
                if k >= 0 and reach[k] >= m.end() and any(
                        a <= m.start() and m.end() <= b for a, b in future[max(0, k - 8) : k + 1]):
                    continue
                cues.append((m.start(), m.end(), False))
        self.cues = sorted(cues)
        self.starts = [c[0] for c in self.cues]

    def between(self, lo: int, hi: int) -> list[tuple[int, int, bool]]:
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_left(self.starts, hi)
        return [c for c in self.cues[first:last] if c[1] <= hi]


def _governing(sentence: str, cues, opens_piece: bool, date_start: int, date_end: int) -> bool | None:
    """The cue of a date: the nearest one before it in its piece (a tie goes to the past); for a date
    opening its piece ("In 2024 the clinic will open"), the first one after it. None: no cue."""
    before = [(end, not is_future, is_future) for start, end, is_future in cues
              if end <= date_start and _words_between(sentence, end, date_start) <= MAX_CUE_GAP]
    if before:
        return max(before)[2]  # latest end; at equal ends the past cue (not is_future = True) wins
    if opens_piece:
        after = sorted((start, is_future) for start, end, is_future in cues if start >= date_end)
        if after and _words_between(sentence, date_end, after[0][0]) <= 6:
            return after[0][1]
    return None


def pieces_of(sentence: str) -> list[tuple[int, int]]:
    """The sentence cut at commas, semicolons, colons, brackets and dashes."""
    spans, start = [], 0
    for match in _PIECE_BREAK.finditer(sentence):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    return spans


# Cues are only looked for this far (in characters) around a date: a cue counts within
# MAX_CUE_GAP words anyway, and the bound keeps a huge unpunctuated "sentence" linear.
WINDOW = 300


def future_reading(sentence: str, start: int, end: int, kind: str, pieces=None, cues: _Cues | None = None) -> str | None:
    """Why the time phrase sentence[start:end] is spoken of as future or ongoing, or None."""
    before = sentence[max(0, start - 60) : start]
    if _EVENT_LABEL.search(before):
        return "event"
    if _UPCOMING.search(before[-40:]):
        return "upcoming"
    if kind in ("year", "range") and _ATTRIBUTIVE.search(before[-30:]) and regex.match(r"\s+[a-z]", sentence[end : end + 3]):
        return None  # "the 2019 MIST trial"
    pieces = pieces if pieces is not None else pieces_of(sentence)
    cues = cues if cues is not None else _Cues(sentence)
    index = max(0, bisect.bisect_right(pieces, (start, len(sentence) + 1)) - 1)
    lo, hi = pieces[index]
    near_lo, near_hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
    opens_piece = start - lo <= 80 and (
        not sentence[lo:start].strip() or bool(_LEADING_PREPOSITION.fullmatch(sentence, lo, start)))
    preposition = _TIME_PREPOSITION.search(sentence, max(lo, start - 40), start)
    if preposition is not None and preposition.group("range") and kind != "range":
        preposition = None  # "from 2020" alone is a starting point, not when something happens
    if preposition is None and not opens_piece:
        return None  # "those from 2020", "never forget 2023": not when something happens
    verdict = _governing(sentence, cues.between(near_lo, near_hi), opens_piece, start, end)
    if verdict is None:
        # A schedule verb leading on to the date through a preposition: "opens in autumn 2024".
        verb = None
        for verb in _SCHEDULE_VERB.finditer(sentence, near_lo, start):
            pass
        if verb is not None and _SCHEDULE_PREPOSITION.search(sentence, verb.end(), start) \
                and _words_between(sentence, verb.end(), start) <= 8:
            return "schedule"
        # A bare time phrase borrows the cue of its neighbour: "In 2024, ..." / "..., in early 2024."
        bare = opens_piece and hi - lo <= 120 and \
            _words_between(sentence, lo, hi) - _words_between(sentence, start, end) <= 3
        if bare:
            if index == 0 and len(pieces) > 1:
                a, b = pieces[1]
                found = cues.between(a, min(b, a + WINDOW))
                verdict = found[0][2] if found and _words_between(sentence, a, found[0][0]) <= 4 else None
            elif index > 0:
                a, b = pieces[index - 1]
                found = sorted(cues.between(max(a, b - WINDOW), b), key=lambda c: c[1])
                verdict = found[-1][2] if found else None
    return "future" if verdict else None


def _time_phrases(sentence: str, mentions: list[DateMention]):
    """(start, end, last day, kind): mentions with ranges merged ("from March 2023 to June 2024")."""
    index = 0
    while index < len(mentions):
        first = current = mentions[index]
        while index + 1 < len(mentions) and _RANGE_JOIN.fullmatch(sentence, current.end, mentions[index + 1].start):
            index += 1
            current = mentions[index]
        yield first.start, current.end, current.last, ("range" if current is not first else first.kind)
        index += 1


class StaleFutureDate(Rule):
    default_options = {"today": ""}
    meta = RuleMeta(
        code="TIM001",
        name="stale-future-date",
        category="timeliness",
        severity=Severity.WARNING,
        scope="document",
        summary="A future or ongoing statement about a date that had already passed when the document was dated",
        docs=RuleDocs(
            what="Flags dates spoken of as still to come - \"results are expected in early 2024\", \"will begin in "
            "2022\", \"the upcoming 2023 trial\", \"opens in autumn 2024\", \"prices are valid until 31 December 2024\", "
            "\"Live session: 20 March 2025\" - when the whole period had passed by the document's own date (front "
            "matter or HTML meta date, a dateline such as \"March 3, 2025 -\", or a \"Published\", \"Updated\" or "
            "\"Last reviewed\" line): a warning. A document with no date of its own is judged against today's date (the "
            "`today` option, YYYY-MM-DD, fixes it for reproducible runs), as a note only (severity info): the date "
            "may still have been ahead when it was written, and TIM003 reports the missing date. Past-tense, hedged (\"could\", \"may\") and "
            "attributive dates (\"the 2019 MIST trial\") are not flagged; a range is judged by its end.",
            why="A prediction whose date has passed tells the reader nothing about what actually happened: the trial "
            "may have failed, been delayed or never started. Readers of health news need to know how current the "
            "information is (JAMA currency benchmark, DISCERN question 4), and clinics' pages left unchanged for "
            "years still announce trials and openings that never came.",
            bad=(
                "Results from the first human trial are expected in early 2019.",
                "The upcoming 2018 trial will recruit 40 people with progressive MS.",
                "Published 7 April 2025. A larger trial will report its first results in late 2024.",
            ),
            good=(
                "Results from the first human trial were published in early 2019.",
                "The 2019 MIST trial compared transplantation with drug treatment.",
                "Published 20 January 2023. Results are expected in early 2024.",
            ),
            better="Say what happened: \"The trial reported in March 2024: ...\", or date the expectation: \"In 2023 "
            "the team expected results in early 2024; none have been published yet (checked June 2025).\"",
        ),
        references=(JAMA, DISCERN_4, HONCODE_4),
    )

    def check(self, document, unit, options):
        today = parse_today(str(options.get("today", "")))
        reference, described = reference_date(document, today)
        dated = bool(document_dates(document))
        # Undated, a passed date may have been the future when the article was written: the reader
        # cannot tell (TIM003 says the date is missing), so the finding is only a note.
        severity = None if dated else Severity.INFO
        own = {(d.start, d.end) for d in document_dates(document) if d.start is not None}
        text = document.text
        for sentence in document.sentences:
            sentence_text = text[sentence.start : sentence.end]
            mentions = [m for m in find_dates(sentence_text)
                        if (sentence.start + m.start, sentence.start + m.end) not in own]
            pieces = cues = None
            for start, end, last, kind in _time_phrases(sentence_text, mentions):
                if last >= reference:
                    continue
                if pieces is None:
                    pieces, cues = pieces_of(sentence_text), _Cues(sentence_text)
                if not future_reading(sentence_text, start, end, kind, pieces, cues):
                    continue
                if _asked_about(document, sentence.start + start, sentence.start + end):
                    continue
                shown = " ".join(sentence_text[start:end].split())
                yield Hit(
                    sentence.start + start,
                    sentence.start + end,
                    f"\"{shown}\" is spoken of as future or ongoing, but it had passed by {described}: "
                    "say what happened, or date the statement",
                    severity=severity,
                )


def _asked_about(document, start: int, end: int) -> bool:
    """What the date belongs to is reported and then asked about: a reader's letter ("My
    certificate says it expires in 2022. Do I need another?") puts the old date as a question for the
    answer to settle (v0.30.25, set 109)."""
    from mslint.analysis.article import analyse
    from mslint.analysis.stance import QUESTION, asks

    view = analyse(document).sentence_at(start)
    if view is None:
        return False
    if QUESTION in view.stance_of_span(start, end).contexts:
        return True
    # The reader's question block: the date told, then asked about in a short question.
    following = view.next_in_paragraph()
    return following is not None and asks(following) and sum(1 for token in following.tokens if token.is_word) <= 8


# -- TIM002: relative time in an undated document -----------------------------------------------

_PERIOD = r"(?:year|month|week|spring|summer|autumn|fall|winter|quarter|season|decade)"
RELATIVE_TIME = patterns.compile(
    rf"\b(?:(?:earlier|later)\s+this\s+{_PERIOD}|this\s+(?:past\s+)?{_PERIOD}|last\s+{_PERIOD}|next\s+{_PERIOD}|"
    r"recently|lately|in\s+recent\s+(?:days|weeks|months|years)|yesterday|tomorrow|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})\s+"
    r"(?:days|weeks|months|years|day|week|month|year)\s+ago|"
    r"last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    regex.IGNORECASE,
)
_QUOTE_CHARS = patterns.compile(r"[\"“”«»]")
# A relative time that dates no information: a personal story ("Two years ago I could barely walk",
# "my sister tried it last spring") or a shop's offer ("20% off this month", "book this week").
# The reader needs neither placed in time to judge the health claims; an undated offer is the
# commercial rules' business. "Recently" after have/has/had is a condition ("if you have recently
# used a sunbed"), not a time the reader must place.
_SLOGAN_WORDS = 8
_PERFECT_RECENTLY = patterns.compile(r"\b(?:have|has|had|['’]ve|who)\s+(?:\w+\s+)?recently\b", regex.IGNORECASE)
# (Case kept: "ME" is a condition, not "me".)
_FIRST_PERSON_STORY = patterns.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|[Mm]e|[Mm]y|[Mm]ine|[Dd]iagnosed|DIAGNOSED|MY)\b")
_OFFER = patterns.compile(
    r"(?:[£$€]\s?\d|\b\d+\s?%\s+off\b|\b(?:offer|offers|discount|discounts|sale|deal|deals|promo|coupon|voucher|"
    r"code|book|booking|bookings|order|orders|subscribe|spaces|spots|places|slots|appointments)\b|\bonly\s+\d+\b)",
    regex.IGNORECASE,
)


# What a relative time must date to matter: an event of medicine or of a service in the world, a study reported,
# a medicine approved, a service opened, a law passed, a product launched ("This year, a hospital team began offering
# ...", "the FDA approved it just last year", "researchers recently announced"). A podcast's "next week: hill running",
# a newsletter's "this month's recipes", a parent's "last summer my son started coughing" date nothing a reader
# must place (v0.30.55: over sets 1-159 the rule made 231 unlabelled findings and 3 labelled ones, all news events;
# now 72 and the same 3).
_NEWS_EVENT = patterns.compile(
    r"\b(?:stud(?:y|ies)|trials?|research(?:ers)?|scientists|data|figures|survey|report(?:ed|s)?|estimated|published|"
    r"announce[sd]?|approv(?:e|ed|es|al)|licen[cs]ed?|licen[cs]e|authori[sz]ed|launch(?:ed|es)?|introduc(?:ed|es)|"
    r"rolled\s+out|roll(?:ing)?\s+out|available|offering|began|opening|opened|open(?:s)?\s+(?:a|its|our|the)|"
    r"passed|law|bill|ban(?:ned)?|guidance|guidelines?|recommend(?:s|ed|ation|ations)?|NICE|FDA|MHRA|EMA|WHO|"
    r"programme|program|vaccines?|jabs?|eligible|eligibility|campaign|outbreak|cases|deaths|plans?\s+to|"
    r"will\s+(?:be|start|begin|open|launch)|new|"
    # a clinic's own news: "we added a second suite", "our team presented at a conference", "we treated 300 patients"
    r"added|presented|conference|welcomed|expanded|treated|results|findings|came\s+out)\b",
    regex.IGNORECASE,
)


class _QuoteMarks:
    """Double quotation marks of a sentence, with running counts for O(log n) questions."""

    def __init__(self, sentence: str):
        self.offsets, self.curly, self.depth = [], [], []
        curly = depth = 0
        for m in _QUOTE_CHARS.finditer(sentence):
            mark = m.group()
            curly += mark in "“”«»"
            depth += 1 if mark in "\"“«" else -1
            self.offsets.append(m.start())
            self.curly.append(curly)
            self.depth.append(depth)

    def inside(self, start: int, end: int) -> bool:
        """The span lies between a pair of double quotation marks."""
        before = bisect.bisect_left(self.offsets, start)
        if not before or bisect.bisect_left(self.offsets, end) >= len(self.offsets):
            return False
        if self.curly[before - 1]:
            return self.depth[before - 1] > 0
        return before % 2 == 1


class UndatedRelativeTime(Rule):
    meta = RuleMeta(
        code="TIM002",
        name="undated-relative-time",
        category="timeliness",
        severity=Severity.INFO,
        scope="document",
        summary="\"This year\", \"recently\" or \"last month\" in a document that gives no date of its own",
        docs=RuleDocs(
            what="Flags relative time expressions - \"this year\", \"last month\", \"next year\", \"recently\", "
            "\"in recent months\", \"two years ago\", \"yesterday\" - when the document gives no date of its own "
            "(no front matter or meta date, no dateline, no \"Published\" or \"Updated\" line) and the sentence dates "
            "news: a study or its results, an approval, guidance, a service opened or a product launched. Expressions "
            "inside quotation marks are left alone (quoted wording is not the writer's own time reference), and so are "
            "a personal story, an offer and a page's own schedule (\"next week: hill running\").",
            why="Without a date, \"this year\" could be any year: a reader finding the page later cannot tell whether "
            "the news is fresh or five years old. Dating information is a JAMA benchmark (currency) and DISCERN "
            "question 4.",
            bad=(
                "This year, a hospital team began offering stem-cell transplants to more people with MS.",
                "Recently, researchers announced that most patients reached remission.",
            ),
            good=(
                "Published 3 March 2025\n\nThis year, a hospital team began offering stem-cell transplants.",
                "In 2024, a hospital team began offering stem-cell transplants to more people with MS.",
            ),
            better="Give the date: \"In 2024, a hospital team began ...\", or date the article (\"Published 3 March "
            "2025\") so that \"this year\" can be read.",
        ),
        references=(JAMA, DISCERN_4),
    )

    def check(self, document, unit, options):
        if document_dates(document):
            return
        text = document.text
        # A heading's slogan is short; a long "heading" is a hard-wrapped line of plain text the reader
        # took for one, and is read as text.
        headings = [(b.start, b.end) for b in document.blocks if b.kind in ("title", "heading")
                    and len(_WORDS.findall(text, b.start, b.end)) <= _SLOGAN_WORDS]
        for sentence in document.sentences:
            if any(start <= sentence.start < end for start, end in headings):
                continue  # "Starting This Week", "WHAT WE LEARNED LAST YEAR": a heading's slogan, not a report
            sentence_text = text[sentence.start : sentence.end]
            marks = None
            if _FIRST_PERSON_STORY.search(sentence_text) or _OFFER.search(sentence_text) \
                    or not _NEWS_EVENT.search(sentence_text):
                continue
            for match in RELATIVE_TIME.finditer(sentence_text):
                marks = marks or _QuoteMarks(sentence_text)
                if marks.inside(match.start(), match.end()):
                    continue
                if _PERFECT_RECENTLY.search(sentence_text, 0, match.end()) and match.group().lower() == "recently":
                    continue
                yield Hit(
                    sentence.start + match.start(),
                    sentence.start + match.end(),
                    f"\"{' '.join(match.group().split())}\" cannot be placed in time: the document gives no date",
                )


# -- TIM003: no date at all -------------------------------------------------------------------

MIN_ARTICLE_WORDS = 50


def article_words(document) -> int:
    return sum(len(_WORDS.findall(document.text, b.start, b.end)) for b in document.blocks)


def anchor_block(document):
    """Where a finding about the whole document sits: its title, else its first block."""
    for block in document.blocks:
        if block.kind == "title":
            return block
    return document.blocks[0] if document.blocks else None


class MissingPublicationDate(Rule):
    meta = RuleMeta(
        code="TIM003",
        name="missing-publication-date",
        category="timeliness",
        severity=Severity.INFO,
        scope="document",
        summary="The article gives no publication, update or review date",
        docs=RuleDocs(
            what="Flags an article of at least 50 words that gives no date of its own: no `date` (or `updated`, "
            "`lastmod`...) in front matter or HTML meta, no `<time datetime>`, no \"Published\", \"Posted\", "
            "\"Updated\" or \"Last reviewed\" line, and no dateline or dated by-line among its first blocks. "
            "One finding, on the title (or the first line).",
            why="Medical knowledge changes; readers must be able to tell how current a page is. \"Dates posted and "
            "updated\" is one of the four JAMA benchmarks of credible health information, and DISCERN asks whether "
            "it is clear when the information was produced.",
            bad=(
                "Stem cell transplants for MS\n\nA hospital team in the north of England has begun offering "
                "stem-cell transplants to more people with multiple sclerosis. The treatment uses chemotherapy to "
                "reset the immune system before rebuilding it from the patient's own stem cells. Doctors say the "
                "procedure suits people with very active relapsing MS, and that its risks need careful discussion.",
            ),
            good=(
                "Stem cell transplants for MS\n\nPublished 3 March 2025\n\nA hospital team in the north of England "
                "has begun offering stem-cell transplants to more people with multiple sclerosis. The treatment uses "
                "chemotherapy to reset the immune system before rebuilding it from the patient's own stem cells. "
                "Doctors say the procedure suits people with very active relapsing MS.",
                "Stem cells and MS: a short note.",
            ),
            better="Add a visible date line near the top (\"Published 3 March 2025 - last reviewed 1 June 2025\") "
            "or a `date:` field in the front matter.",
        ),
        references=(JAMA, DISCERN_4, HONCODE_4),
    )

    def check(self, document, unit, options):
        if article_words(document) < MIN_ARTICLE_WORDS or document_dates(document):
            return
        block = anchor_block(document)
        if block is not None:
            yield Hit(block.start, block.end, "No publication, update or review date: readers cannot tell how "
                      "current this is (add a date line or front matter `date`)")


def timeliness_rules():
    from mslint.rules.stale_latest import StaleLatest
    from mslint.rules.stale_status import DatedStatusClaim

    return [StaleFutureDate(), UndatedRelativeTime(), MissingPublicationDate(), StaleLatest(), DatedStatusClaim()]
