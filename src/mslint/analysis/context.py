"""Assertion context of a match: negated, hedged, question, reported, historical.

A rule that finds "cures MS" must not flag "There is no cure for MS", "Stem
cells may one day cure MS", "Can stem cells cure MS?", "Beware of clinics that
claim stem cells cure MS" or "'Chronic progressive MS' was retired in 2013".
This module decides, for one match inside one sentence, which of those
contexts apply.  It follows the trigger/scope design of NegEx (Chapman et al.,
"A simple algorithm for identifying negated findings and diseases in discharge
summaries", J Biomed Inform 2001) as generalised by ConText (Harkema et al.,
"ConText: an algorithm for determining negation, experiencer, and temporal
status from clinical reports", J Biomed Inform 2009):

1. Clause.  The sentence is cut at termination terms (";", ":", "?", "!",
   sentence-final ".", dashes, "but", "however", "although", "though",
   "whereas", "while", ", yet", "because", "unless", "except", ...) and at the
   comma closing a fronted subordinate clause ("Although there is no cure,
   ...") or a parenthetical (", which are not approved,").  Only triggers in
   the clause holding the match count.
2. Triggers.  Lexicons below (plain phrases, lightly regex-ed), each with a
   scope direction: FORWARD (trigger precedes the match: "no", "may"),
   BACKWARD (trigger follows it: "... is a myth", "... was retired"), BOTH, or
   FORWARD_PHRASE (a forward trigger heading a phrase - "without", "with no" -
   whose scope also ends at the next comma, so "Our therapy, with no side
   effects, cures MS" is not negated).  Only text outside [start, end) is
   searched, so the "no" of a matched "no side effects" never negates itself.
3. Pseudo-triggers (NegEx): phrases that contain a trigger but do not carry
   its meaning ("not only", "no doubt", "can't wait", "no longer", "if you",
   "we claim") discard any trigger of that context they overlap.  A trigger
   contained in a longer trigger of the same context is also discarded.
4. Scope limits.  A forward trigger reaches at most FORWARD_WINDOW words
   (NegEx used a similar window) and a backward one at most BACKWARD_WINDOW
   words.  Inside a clause, "soft" terminators also end a scope: ", and",
   "and" followed by something that looks like a finite verb ("has no side
   effects and cures MS") and a comma followed by a subject pronoun ("With no
   waiting list, our clinic cures MS").  A soft terminator does not end the
   scope of a trigger whose scope runs through "that"/"whether", because then
   the "and" coordinates inside the embedded clause ("no evidence that it
   repairs myelin and reverses MS").  A negated verb ("couldn't", "did not")
   stops at a later be/have verb that starts another predicate ("Patients
   who couldn't walk | are now running marathons").
5. Non-lexical contexts.  QUESTION: the first sentence end after the match
   (or the match itself) is "?", so a trailing "?" covers the whole sentence
   but "Can't wait? Our therapy cures MS." is not a question.  REPORTED also
   fires when the match lies inside a pair of quotation marks (straight,
   curly, single or double; apostrophes inside words are not quote marks).

"no longer" is deliberately not negation (it is a pseudo-trigger): "you no
longer have MS" is itself a cure claim.  It is HISTORICAL only when it is
about terms or practice ("no longer used", "no longer recommended").
Likewise a negated verb of expectation ("No one expected that stem cells ...")
presupposes its complement, so it does not negate it.  First-person
attribution ("we claim", "according to our doctors", "our founder says") is
the writer asserting, so it is not REPORTED.

Known limits (heuristic, no parser): modals are forward-only, so a match on a
subject ("Stem cells" in "Stem cells may cure MS") is not hedged; coordination
is guessed from word shapes, so "There is no cure for MS and stem cells cure
it" stays negated and "No treatment repairs myelin and restores function"
loses the negation of its second verb; "No treatment, however promising, is
risk-free" works only because "however" + word + comma is read as concessive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex
from mslint import patterns

__all__ = [
    "NEGATED",
    "HEDGED",
    "QUESTION",
    "REPORTED",
    "HISTORICAL",
    "CONTEXTS",
    "ContextResult",
    "analyse",
    "contexts_of",
]

NEGATED = "negated"
HEDGED = "hedged"
QUESTION = "question"
REPORTED = "reported"
HISTORICAL = "historical"
CONTEXTS: frozenset[str] = frozenset({NEGATED, HEDGED, QUESTION, REPORTED, HISTORICAL})

# Scope directions.
FORWARD = "forward"  # trigger precedes the match
BACKWARD = "backward"  # trigger follows the match
BOTH = "both"
FORWARD_PHRASE = "forward-phrase"  # forward, but also stops at the next comma

# Words allowed strictly between a trigger and the match.  8 lets "There is no
# evidence from large randomised trials that stem cells cure MS" through but
# stops a stray "no" from reaching a main clause a dozen words later.
FORWARD_WINDOW = 8
# Characters either side of a match that analyse() reads in very long sentences.
CONTEXT_WINDOW = 400
# Backward triggers are predicates of the match ("... is a myth"); they follow
# it closely, a short window keeps "cures MS so you do not need ..." apart.
BACKWARD_WINDOW = 5

# Lexicon syntax: case-insensitive regex fragments matched as whole words;
# a space means "any whitespace" and ' means a straight or curly apostrophe.
# Keep them free of nested quantifiers (this runs on every candidate match).
_AUX = r"(?:is|are|was|were|has been|have been|had been|remains|remain|remained)"
_CURE_VERBS = (
    r"(?:cure|reverse|repair|stop|halt|heal|fix|eliminate|eradicate|restore|regenerate|"
    r"prevent|treat|work|help)\w*"
)

TRIGGERS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (NEGATED, FORWARD, (
        r"no", r"not", r"never", r"none", r"nobody", r"no one", r"no-one", r"nothing",
        r"nowhere", r"neither", r"nor", r"cannot", r"\w+n't",  # isn't, doesn't, can't...
        r"there is no", r"there are no", r"there's no", r"at no point", r"in no way",
        r"by no means", r"rather than", r"instead of", r"far from", r"anything but",
        r"fail to", r"fails to", r"failed to", r"failing to",
        r"lack of", r"lacks", r"lacking", r"absence of", r"impossible",
        r"little (?:or no )?(?:evidence|proof)", r"insufficient evidence", r"scant evidence",
        r"not been (?:shown|proven|proved|demonstrated|established) to",
        r"has not been proven", r"have not been proven",
        r"(?:it is|it's) (?:a myth|false|untrue|not true) that", r"the myth that", r"myth that",
        r"unproven", r"unproved", r"disprove[sd]?", r"debunk(?:s|ed)?", r"refute[sd]?",
        r"den(?:y|ies|ied)",
    )),
    (NEGATED, FORWARD_PHRASE, (
        r"without", r"without any", r"with no", r"with little", r"at no",
    )),
    (NEGATED, BACKWARD, (
        _AUX + r" (?:still |completely |entirely |largely |scientifically )?"
        r"(?:unproven|unproved|untested|disproven|disproved|unsupported|unsubstantiated|"
        r"unfounded|untrue|false|baseless|groundless|debunked|refuted|discredited|"
        r"ruled out|a myth|a hoax|a fallacy|fiction)",
        r"(?:is|are|was|were|has|have|had)(?: not|n't) (?:yet )?(?:been )?"
        r"(?:proven|proved|shown|demonstrated|established|confirmed|supported|approved|"
        r"backed|verified|true|possible|effective|safe|real|licensed|recommended|"
        r"a cure|an? \w+ cure|the case)",
        r"(?:has|have|had) (?:yet to be|never been) "
        r"(?:proven|proved|shown|demonstrated|established|confirmed)",
        r"(?:does|do|did|can|could|will|would)(?: not|n't) " + _CURE_VERBS,
        r"cannot " + _CURE_VERBS, r"never " + _CURE_VERBS,
        r"(?:does|do)(?: not|n't) exist",
        r"(?:lacks|lack|lacking) (?:any )?(?:evidence|proof|support)",
        r"(?:has|have) no (?:scientific )?(?:evidence|proof|basis|support)",
        r"(?:does|do)(?: not|n't) (?:hold|stand) up",
    )),
    (HEDGED, FORWARD, (
        r"may", r"might", r"could", r"would", r"possibly", r"perhaps", r"maybe",
        r"probably", r"potential", r"potentially", r"possible", r"likely", r"unlikely",
        r"if", r"whether", r"hopefully", r"it is hoped", r"hope(?:s|d)? (?:that|to)",
        r"(?:researchers|scientists|doctors|experts) hope",
        r"aims? to", r"aimed at", r"aiming to", r"trying to", r"attempt(?:s|ing)? to", r"seeks? to",
        r"(?:testing|studying|investigating|exploring|looking at) whether",
        r"(?:it is|it's) (?:still )?too early", r"too early to (?:say|tell|know)",
        r"early (?:results|data|findings|evidence|research|studies|signs)",
        r"preliminary", r"initial (?:results|data|findings)",
        r"suggests?(?: that)?", r"suggested", r"suggesting",
        r"appears? to", r"seems? to", r"theoretically", r"hypothetical(?:ly)?",
        r"speculat(?:e|es|ed|ive|ion)", r"one day", r"some day", r"someday",
        r"in (?:the )?future", r"eventually", r"experimental", r"investigational",
        r"unclear (?:whether|if)", r"uncertain", r"unknown",
        r"not (?:yet )?(?:clear|known|certain|sure)",
        r"promising (?:research|results|early|findings|studies|trials|data|evidence|signs|"
        r"approach)",
    )),
    (HEDGED, BACKWARD, (
        r"(?:is|are|remains|remain) (?:still |largely )?"
        r"(?:experimental|investigational|theoretical|speculative|unclear|uncertain|unknown|"
        r"an open question|under (?:investigation|study|evaluation))",
        r"remains? to be seen", r"(?:shows?|holds?) promise", r"(?:is|are|looks?|seems?) promising",
        r"(?:is|are) (?:still |currently |now )?in (?:early |early-stage |ongoing )?"
        r"(?:clinical )?trials?",
    )),
    (HEDGED, BOTH, (
        r"(?:is|are) (?:still |currently |now )?being "
        r"(?:studied|tested|trialled|trialed|investigated|explored|researched|evaluated)",
        r"under (?:investigation|study|evaluation)", r"in theory", r"in principle",
        r"(?:more|further) (?:research|studies|evidence|trials) (?:is|are) (?:needed|required)",
    )),
    (REPORTED, FORWARD, (
        r"claim(?:s|ed|ing)?", r"advertis(?:e|es|ed|ing)", r"say(?:s|ing)?", r"said",
        r"believe(?:s|d)?", r"according to", r"so-called", r"so called",
        r"alleged(?:ly)?", r"purported(?:ly)?", r"supposed(?:ly)?", r"reportedly",
        r"self-(?:proclaimed|styled)",
        r"(?:marketed|promoted|advertised|touted|billed|sold|branded|presented|hyped) (?:\w+ )?as",
        r"touted", r"touts", r"hyped", r"hype",
        r"(?:anyone|anybody|someone|those|clinics?|websites?|sites?|companies|company|providers?|"
        r"sellers?|vendors?|influencers?|marketers?|practitioners?|people|others|ads?|adverts?) "
        r"(?:who |that |which )?(?:promis(?:e|es|ed|ing)|boast(?:s|ed|ing)?|insist(?:s|ed)?|"
        r"market(?:s|ed|ing)?|tout(?:s|ed|ing)?)",
        r"(?:some|many|certain|several) (?:clinics|websites|sites|companies|people|practitioners|"
        r"providers|sellers|influencers|ads|adverts|advertisements|articles)",
        r"beware(?: of)?",
        r"be (?:wary|cautious|careful|suspicious|sceptical|skeptical)(?: of| about)?",
        r"wary of", r"watch out for", r"steer clear of", r"don't fall for", r"do not fall for",
        r"avoid (?:anyone|anybody|any|clinics?|claims?|websites?|products?|offers?)",
        r"red flags?", r"warning signs?", r"scams?", r"quack(?:s|ery)?", r"snake oil",
        r"misleading", r"dubious", r"bogus", r"predatory", r"unscrupulous",
        r"testimonials?", r"anecdot(?:al|es)", r"rumou?r(?:s|ed)?",
    )),
    (REPORTED, BACKWARD, (
        r"claim(?:s|ed)?", r"says?", r"said", r"insists?", r"boasts?", r"allege(?:s|d)?",
        r"allegedly", r"supposedly", r"reportedly", r"purportedly", r"according to",
        r"(?:is|are) (?:a )?(?:red flags?|warning signs?|scams?|hype|misleading)",
        r"(?:is|are|sounds?|seems?) too good to be true", r"(?:rings?|should ring) alarm bells",
        r"raises? (?:a )?red flags?",
        r"(?:is|are|was|were|being) (?:often |widely |heavily |aggressively )?"
        r"(?:advertised|marketed|promoted|touted|claimed|alleged|rumou?red|hyped)",
    )),
    (HISTORICAL, FORWARD_PHRASE, (  # an old name: "The drug, originally called BG-12, ..."
        r"(?:formerly|previously|originally|once) (?:called|known as|termed|named|classified as)",
        r"used to be (?:called|known as|termed|classified as|referred to as)",
        r"what (?:was|were|used to be) (?:called|known as)",
    )),
    (HISTORICAL, FORWARD, (
        r"formerly", r"previously", r"once (?:thought|believed|considered)",
        r"(?:older|old|outdated|obsolete|former|previous|earlier|historical) "
        r"(?:classification|term|terminology|name|label|category|system|criteria|scheme|"
        r"definition)s?",
        r"until (?:the )?\d{4}s?", r"before (?:the )?\d{4}s?", r"prior to \d{4}", r"back in \d{4}",
        r"in the (?:18|19)\d0s", r"in the old days", r"at one time",
        r"no longer (?:use|uses|call|calls|recommend|recommends|recogni[sz]es?|diagnose|"
        r"diagnoses|classify)",
        r"retired", r"outdated", r"obsolete", r"archaic", r"old-fashioned", r"defunct",
    )),
    (HISTORICAL, BACKWARD, (
        r"(?:was|were|has been|have been|had been) (?:officially |formally |largely |later |since |"
        r"eventually |quietly )?(?:retired|dropped|eliminated|abandoned|replaced|removed|discarded|"
        r"discontinued|withdrawn|abolished|renamed|reclassified|superseded|phased out|merged|"
        r"folded into)",
        r"(?:is|are) (?:now )?(?:an? )?"
        r"(?:outdated|obsolete|older|old|archaic|historical|former|defunct)",
        r"(?:is|are) now (?:called|known as|termed|classified as|referred to as|considered)",
        r"(?:was|were) (?:formerly|previously|originally|once)",
        r"used to be(?! called| known| termed| referred)",  # not "X used to be called Y"
        r"used to (?:describe|refer|mean|denote|classify)",  # not "used to treat"
        r"(?:fell|has fallen|have fallen) out of (?:use|favou?r)",
        r"as (?:it|they) (?:was|were|used to be) (?:called|known)",
        r"(?:was|were) used (?:until|before|in the past)",
    )),
    (HISTORICAL, BOTH, (
        r"no longer (?:used|called|recommended|recogni[sz]ed|considered|diagnosed|classified|"
        r"accepted|in (?:common |clinical )?use|"
        r"an? (?:recogni[sz]ed|official|accepted|separate|distinct))",
        r"was once", r"were once", r"in the past", r"historically",
    )),
)

# Phrases that contain a trigger of the given context without its meaning.
PSEUDO_TRIGGERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (NEGATED, (
        r"not only", r"not just", r"not merely", r"not simply", r"not least", r"not to mention",
        r"no doubt", r"without (?:a )?doubt", r"no question", r"no wonder", r"no matter",
        r"nothing but", r"no longer", r"no less than", r"no fewer than", r"no more than",
        r"nothing short of", r"nothing less than",  # "nothing short of a miracle" praises
        r"(?:you )?(?:won't|will not) believe",
        r"can't wait", r"cannot wait", r"(?:don't|do not) (?:wait|delay|miss|hesitate)",
        r"never fails?(?: to)?", r"(?:won't|will not|doesn't|does not) fail to", r"without fail",
        r"(?:no one|no-one|nobody) (?:had |could have |would have )?"
        r"(?:expected|predicted|imagined|thought|believed|guessed)",
        r"whether or not", r"if not", r"believe it or not",
        r"not (?:yet )?(?:clear|known|certain|sure)",  # hedged, not negated
        r"^\s*no(?=\s*[,!])",  # the interjection "No, ..."
    )),
    (HEDGED, (
        r"could not", r"couldn't", r"if you", r"if your", r"as if", r"may \d", r"in may",
        r"as (?:soon|quickly|early|much|little|long|far|often) as possible",
        r"(?:made|makes|make|making) (?:it )?possible", r"best possible", r"whenever possible",
    )),
    (REPORTED, (
        r"(?:we|i|our(?: \w+)?) (?:claim|claims|claimed|say|says|said|believe|believes|"
        r"advertise|advertises|promise|promises|promised|boast|boasts|insist|insists)",
        r"according to (?:our|us|me|my)",
        r"(?:needless|safe|fair|suffice it|hard|too early) to say",
        r"that is to say", r"that said", r"having said that", r"believe it or not",
        r"(?:you )?(?:won't|will not) believe",
    )),
)


def _phrase(pattern: str) -> str:
    return pattern.replace(" ", r"\s+").replace("'", "['’]")


def _compile(phrases: tuple[str, ...]):
    # Longest first so "there is no" wins over "no" at the same position.
    alternatives = "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))
    # Hyphen counts as part of a word: "not-for-profit" holds no "not". Through mslint.patterns,
    # so the lexicons compile on first use.
    return patterns.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)


_TRIGGER_RES = tuple((ctx, direction, _compile(pats)) for ctx, direction, pats in TRIGGERS)
_PSEUDO_RES = tuple((ctx, _compile(pats)) for ctx, pats in PSEUDO_TRIGGERS)
_FORWARD_SIDE = (FORWARD, FORWARD_PHRASE, BOTH)
_BACKWARD_SIDE = (BACKWARD, BOTH)

# Clause terminators (ConText "termination terms").  Case-sensitive on the
# whole so that abbreviations ("Dr.", "e.g.") are told from "MS." at a break.
_HARD_TERMINATOR = patterns.compile(
    r"""
      ;
    | (?<!\d):(?!\d)                     # not in "10:30"
    | [?!]+
    | \.(?<!\b(?:e\.g|i\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|Prof|St|No|Fig)\.)(?=\s)
    | —|--|\s[–-]\s                      # dashes; not the hyphen of "risk-free"
    | (?i:
          \bbut\b(?<!\b(?:nothing|anything|all)\s{1,3}but)
        | \bhowever\b(?!\s+\w+\s*,)      # "however promising," is concessive
        | \b(?:although|though|whereas|except|nevertheless|nonetheless|because|unless
              |otherwise|meanwhile|apart\s+from|aside\s+from)\b
        | \bwhile\b(?<!\ba\s{1,3}while)   # not "for a while"
        | \byet\b(?<=(?:^|,)\s{0,3}yet)    # ", yet" but not "not yet"
        | \bso\b(?<=,\s{0,3}so)(?![\w-]|\s+far\b)  # ", so"; not "so-called", ", so far,"
        | \binstead\b(?!\s+of\b)
      )
    """,
    regex.VERBOSE,
)
# A fronted subordinate clause (or a parenthetical ", which ...,") ends at its next comma.
_SUBORDINATOR = patterns.compile(
    r"(?i)\b(?:although|though|whereas|because|since|unless)\b|\bwhile\b(?<!\ba\s{1,3}while)"
    r"|(?<=(?:^|[.;:!?])\s{0,3})(?:if|when|whether)\b"
    r"|(?<=,\s{0,3})(?:which|who)\b"  # parenthetical ", which are not approved,"
)
_NEXT_COMMA_OR_BREAK = patterns.compile(r"[,;:?!]")
# Soft terminators end a trigger's scope unless it runs through "that"/"whether".
_SOFT_TERMINATOR = patterns.compile(
    r"""(?i)
      ,\s*and\b
    | \band\b(?=\s+(?:(?:also|even|then|now|often|it|they|this|that|we|you|he|she)\s+)?
                   (?:is|are|was|were|has|have|had|can|will|does|do|did|\w+[^\Ws]s|\w+ed)\b)
    | ,(?=\s*(?:we|our|you|your|it|its|they|their|this|these|i|he|she)\b)
    """,
    regex.VERBOSE,
)
_COMPLEMENTIZER = patterns.compile(r"(?i)\b(?:that|whether)\b")
_VERBAL_NEGATION = patterns.compile(r"(?i)\w+n['’]t|cannot|never")
_AUX_BEFORE = patterns.compile(
    r"(?i)\b(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|must)"
    r"\s+\Z")
# A be/have verb that is not the first word after the negation ("could not have").
_NEW_PREDICATE = patterns.compile(r"(?i)\w\W+(?:is|are|was|were|has|have|had)\b")
_WORD = patterns.compile(r"\w[\w'’-]*")
_SENTENCE_END = patterns.compile(
    r"[?!]|\.(?<!\b(?:e\.g|i\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|Prof|St|No|Fig)\.)(?=\s|$)"
)
# Quote marks.  A single quote opens after a non-word character and before a
# word character, and closes after a non-space and before a non-word; an
# apostrophe between letters ("patient's", "isn't") is neither.
_QUOTE_MARK = patterns.compile(
    r"""(?P<dq>")|(?P<dopen>[“«])|(?P<dclose>[”»])"""
    r"""|(?P<sopen>(?<![\w])['‘](?=\w))|(?P<sclose>(?<=\S)['’](?!\w))"""
)


@dataclass(frozen=True)
class ContextResult:
    contexts: frozenset[str]  # subset of CONTEXTS
    triggers: tuple[tuple[str, str], ...]  # (context, trigger text as found)


@dataclass(frozen=True)
class _Hit:
    context: str
    direction: str
    start: int
    end: int


@lru_cache(maxsize=512)
def _boundaries(sentence: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """(hard, soft) terminator spans of a sentence; cached as rules share sentences."""
    hard = [m.span() for m in _HARD_TERMINATOR.finditer(sentence)]
    for m in _SUBORDINATOR.finditer(sentence):
        stop = _NEXT_COMMA_OR_BREAK.search(sentence, m.end())
        if stop and stop.group() == ",":
            hard.append(stop.span())
    soft = tuple(m.span() for m in _SOFT_TERMINATOR.finditer(sentence))
    return tuple(sorted(hard)), soft


def _find_triggers(sentence: str, lo: int, hi: int, directions: tuple[str, ...]) -> list[_Hit]:
    text = sentence[lo:hi]
    if not text.strip():
        return []
    hits = [
        _Hit(ctx, direction, lo + m.start(), lo + m.end())
        for ctx, direction, pattern in _TRIGGER_RES
        if direction in directions
        for m in pattern.finditer(text)
    ]
    for ctx, pattern in _PSEUDO_RES:
        for m in pattern.finditer(text):
            ps, pe = lo + m.start(), lo + m.end()
            hits = [h for h in hits if h.context != ctx or h.end <= ps or h.start >= pe]
    # A trigger inside a longer one of the same context ("no" in "with no") defers to it.
    return [
        h for h in hits
        if not any(o is not h and o.context == h.context and o.start <= h.start and h.end <= o.end
                   and (o.end - o.start) > (h.end - h.start) for o in hits)
    ]


_Spans = tuple[tuple[int, int], ...]


def _in_forward_scope(sentence: str, hit: _Hit, start: int, soft: _Spans) -> bool:
    gap = sentence[hit.end:start]
    if len(_WORD.findall(gap)) > FORWARD_WINDOW:
        return False
    if hit.direction == FORWARD_PHRASE and "," in gap:
        return False
    for s, e in soft:
        if hit.end <= s and e <= start and not _COMPLEMENTIZER.search(sentence, hit.start, s):
            return False
    # A negated verb's scope ends where a new finite be/have verb starts another
    # predicate: "Patients who couldn't walk | are now running marathons".
    if hit.context == NEGATED and _is_verbal_negation(sentence, hit):
        new = _NEW_PREDICATE.search(gap)
        if new and not _COMPLEMENTIZER.search(gap, 0, new.start()):
            return False
    return True


def _is_verbal_negation(sentence: str, hit: _Hit) -> bool:
    text = sentence[hit.start:hit.end]
    return bool(_VERBAL_NEGATION.fullmatch(text)) or (
        text.lower() == "not" and _AUX_BEFORE.search(sentence, 0, hit.start) is not None)


def _in_backward_scope(sentence: str, hit: _Hit, end: int, soft: _Spans) -> bool:
    gap = sentence[end:hit.start]
    if len(_WORD.findall(gap)) > BACKWARD_WINDOW:
        return False
    return not any(end <= s and e <= hit.start for s, e in soft)


def _is_question(sentence: str, start: int, end: int) -> bool:
    if sentence[start:end].rstrip().endswith("?"):
        return True
    m = _SENTENCE_END.search(sentence, end)
    return m is not None and m.group() == "?"


def _enclosing_quote(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of the innermost quotation (marks included) holding sentence[start:end]."""
    open_double: int | None = None
    stack: list[int] = []  # opening curly double quotes
    singles: list[int] = []  # opening single quotes
    best: tuple[int, int] | None = None
    for m in _QUOTE_MARK.finditer(sentence):
        pos, kind = m.start(), m.lastgroup
        pair = None
        if kind == "dq":
            if open_double is None:
                open_double = pos
            else:
                pair, open_double = (open_double, pos), None
        elif kind == "dopen":
            stack.append(pos)
        elif kind == "dclose" and stack:
            pair = (stack.pop(), pos)
        elif kind == "sopen":
            singles.append(pos)
        elif kind == "sclose" and singles:
            pair = (singles.pop(), pos)
        if pair and pair[0] <= start and end <= pair[1] + 1 and pair[0] < end:
            if best is None or pair[0] > best[0]:
                best = pair
    return (best[0], best[1] + 1) if best else None


def analyse(sentence: str, start: int, end: int) -> ContextResult:
    """Contexts that apply to sentence[start:end] (the match) within `sentence` (one sentence)."""
    if not 0 <= start <= end <= len(sentence):
        raise ValueError(f"invalid match span {start}:{end} for sentence of length {len(sentence)}")
    if len(sentence) - (end - start) > 2 * CONTEXT_WINDOW:
        # A "sentence" of thousands of characters (scraped text without punctuation) would make
        # every match cost the whole sentence: look only at a window around the match, far wider
        # than any trigger's scope, so the work per match stays bounded.
        lo = max(0, start - CONTEXT_WINDOW)
        sentence = sentence[lo : end + CONTEXT_WINDOW]
        start, end = start - lo, end - lo
    hard, soft = _boundaries(sentence)
    lo = max((e for s, e in hard if e <= start), default=0)
    hi = min((s for s, e in hard if s >= end), default=len(sentence))

    found: list[tuple[int, str, str]] = []
    for hit in _find_triggers(sentence, lo, start, _FORWARD_SIDE):
        if _in_forward_scope(sentence, hit, start, soft):
            found.append((hit.start, hit.context, sentence[hit.start:hit.end]))
    for hit in _find_triggers(sentence, end, hi, _BACKWARD_SIDE):
        if _in_backward_scope(sentence, hit, end, soft):
            found.append((hit.start, hit.context, sentence[hit.start:hit.end]))
    quote = _enclosing_quote(sentence, start, end)
    if quote is not None:
        found.append((quote[0], REPORTED, sentence[quote[0]:quote[1]]))
    if _is_question(sentence, start, end):
        found.append((len(sentence), QUESTION, "?"))

    found.sort()
    triggers = tuple(dict.fromkeys((ctx, text) for _, ctx, text in found))
    return ContextResult(frozenset(ctx for ctx, _ in triggers), triggers)


def contexts_of(sentence: str, start: int, end: int) -> frozenset[str]:
    return analyse(sentence, start, end).contexts
