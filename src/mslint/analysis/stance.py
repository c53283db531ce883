"""The stance of a statement: asserted, denied, hedged, conditional, asked, reported, disputed or
historical, decided for the clause that holds it, not for the whole sentence.

ConText (Harkema et al., J Biomed Inform 2009) generalised NegEx's trigger-and-scope idea to
hypothetical, historical and other-experiencer readings; this module applies it to health
claims. A cue (from the `negation`, `hedge`, `attribution`... word classes of the knowledge
base) governs the words after it, up to a window and never past its clause
(mslint.analysis.clauses); "-after" cues govern the words just before them ("... is a myth").
Phrases that contain a cue without its meaning ("not only", "no doubt", "not without") cancel it.

Statements in other people's mouths are told apart by whether the article disputes them:
- reported and disputed ("Some clinics claim stem cells cure MS, but there is no evidence"):
  the article does not make the claim;
- reported without challenge ("Her doctors say her MS is gone for good", a press release quoting
  its own scientist): still the article's claim, which a rule reports at a lower severity;
- first person ("we believe", "our doctors say"): the writer's own claim.
Myth/fact framing ("Myth: stem cells cure MS.") is a correction; the answer to a question keeps
its subject ("Is it a cure? No." denies, "Is it a cure? Yes, for most." asserts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

# Context names rules use in `silenced-by`.
NEGATED = "negated"
HEDGED = "hedged"
CONDITIONAL = "conditional"
QUESTION = "question"
REPORTED = "reported"  # attributed to someone else and not disputed: a rule softens, not silences
DISPUTED = "disputed"  # reported in order to dispute it, or framed as a myth
HISTORICAL = "historical"
ANIMAL = "animal"  # said of mice, rats or cells in a dish, not of people
CONTEXTS = frozenset({NEGATED, HEDGED, CONDITIONAL, QUESTION, REPORTED, DISPUTED, HISTORICAL, ANIMAL})
# A narrower kind of REPORTED a rule can name in silenced-by or softened-by: inside a direct
# quotation, the speaker's very words ("asthmatics" in a doctor's quote), which a writer does not
# rewrite. Not a context of its own: it is read from the REPORTED cue (see Stance.quoted).
QUOTED = "quoted"
RULE_CONTEXTS = CONTEXTS | {QUOTED}

# Words between a cue and what it governs (NegEx used a similar window).
FORWARD_WINDOW = 8
BACKWARD_WINDOW = 6
_QUOTES = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’"}
_QUOTE_CHARACTERS = re.compile("[\"“”«»'‘’]")
_YEAR_CUES = frozenset({"until", "before", "prior", "back", "in", "since", "through"})
# (and the labels a report gave: "Neither description fits.")
_BACK_REFERENCES = frozenset({"this", "that", "these", "those", "such", "claim", "claims", "it", "description",
                              "descriptions", "label", "labels", "neither"})
_REBUTTING_TURNS = frozenset({"but", "however", "yet", "although", "though", "whereas"})
_ANSWER_YES = frozenset({"yes", "absolutely", "definitely", "certainly", "indeed"})
_ANSWER_NO = frozenset({"no", "not", "sadly", "unfortunately", "nope"})
# "No." and "Not yet." answer a question; "No one has ever been harmed" and "Not one child ..." are
# statements of their own that happen to open with the word.
_ANSWER_STOPS = frozenset({".", ",", "!", ":", ";", "—", "–", "-", "?"})
_NOT_ANSWER_WORDS = frozenset({"yet", "really", "at", "quite", "necessarily", "always", "exactly", "so", "true",
                               "proven", "likely", "usually", "much", "entirely", "completely", "by", "for", "in"})


@dataclass(frozen=True)
class Stance:
    contexts: frozenset[str]
    cues: tuple[tuple[str, str], ...] = ()  # (context, cue text), for --explain style messages

    def __contains__(self, context: str) -> bool:
        return context in self.contexts

    @property
    def quoted(self) -> bool:
        """Inside a direct quotation (not only attributed: "asthmatics, he said")."""
        return (QUOTED, "in quotation marks") in self.cues

    def silenced_by(self, contexts: frozenset[str]) -> bool:
        """One of a rule's silencing contexts holds here (a quotation counts as QUOTED)."""
        held = self.contexts | {QUOTED} if self.quoted else self.contexts
        return bool(held & contexts)

    @property
    def asserted(self) -> bool:
        """The writer states it as true, in their own voice or through an unchallenged report."""
        return not (self.contexts - {REPORTED})


ASSERTED = Stance(frozenset())


@dataclass(frozen=True)
class SentenceShape:
    word_prefix: list[int]  # word_prefix[i]: word tokens before token i
    quotes: list[tuple[int, int]]  # (open, close) offsets of paired quotation marks
    stops: list[tuple[int, str]]  # (token index, "?" or "!")


def sentence_shape(view) -> SentenceShape:
    """What every stance question about a sentence needs, computed once (so a sentence of
    thousands of words costs linear time, not time per statement in it)."""
    tokens = view.tokens
    prefix = [0, *accumulate(1 if t.is_word else 0 for t in tokens)]
    stops = [(i, t.norm) for i, t in enumerate(tokens) if t.norm in ("?", "!")]
    pairs, _ = quote_marks(view.sentence_text, view.start)
    spanning = [(a, b) for a, b in view.analysis.spanning_quotes(view.block) if a < view.end and view.start <= b]
    return SentenceShape(prefix, pairs + spanning, stops)


def quote_marks(text: str, offset: int) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """Paired quotation marks (apostrophes within words are not marks), and the double marks left
    unpaired, each as (offset, "open" or "close"), for a quotation that runs over sentences."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    loose: list[tuple[int, str]] = []
    for mark in _QUOTE_CHARACTERS.finditer(text):  # the marks only: most sentences have none
        i, char = mark.start(), mark.group()
        if char in ("'", "’") and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # an apostrophe
        if stack and _QUOTES[stack[-1][0]] == char:
            _, open_at = stack.pop()
            pairs.append((offset + open_at, offset + i))
        elif char in _QUOTES and (char != "'" or i == 0 or not text[i - 1].isalnum()):
            stack.append((char, i))
        elif char in ("”", "»"):
            loose.append((offset + i, "close"))
    for char, i in stack:
        if char == '"':
            # A straight mark after the words it ends ("... for progressive MS.") closes.
            closes = i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or text[i + 1].isspace())
            loose.append((offset + i, "close" if closes else "open"))
        elif char in ("“", "«"):
            loose.append((offset + i, "open"))
    return pairs, sorted(loose)


def spanning_pairs(loose: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """A quotation of several sentences: the mark one sentence leaves open, paired with the first
    mark a later sentence of the paragraph leaves closing (a news story's multi-sentence quote)."""
    pairs = []
    opened = None
    for offset, role in loose:
        if role == "open":
            opened = offset
        elif opened is not None:
            pairs.append((opened, offset))
            opened = None
    return pairs


def stance_of(view, first: int, last: int, own: frozenset[int] | None = None) -> Stance:
    """The stance of tokens [first, last] of a sentence view (mslint.analysis.article.SentenceView).

    `own` are the tokens a pattern matched with its own words ("no" in a pattern for "no side
    effects"): cues among them are the statement itself. Cues elsewhere inside the span (in a
    pattern's gap: "Stem cells ... do not ... cure MS") govern the pattern words after them.
    Without `own`, every token of the span is the statement's own.
    """
    found: list[tuple[str, str]] = []
    tokens = view.tokens
    named_by_pattern = own is not None  # a pattern's own words, not a whole span
    own = own if own is not None else frozenset(range(first, last + 1))
    ordered = sorted(own)
    clause = view.clause_of(first)
    # "What your doctor will never tell you: ..." asserts what follows; "I'd never tell you a vaccine has no
    # risks" denies it (v0.30.38): a speaker's own refusal to say it is a denial again.
    cancelled = [(a, b) for a, b in view.cue_tokens("not-negation") if not _speaker_refuses(view.tokens, a, b)]
    cancelled_hedges = view.cue_tokens("not-hedge")

    # A pseudo-trigger that takes in the statement's own words does not cancel: in "not without
    # risks" the "not" cancels nothing for a harm after it, but it denies a claim of "without risks".
    cancelled = [(a, b) for a, b in cancelled if not any(p in own for p in range(a, b + 1))]
    cancelled_hedges = [(a, b) for a, b in cancelled_hedges if not any(p in own for p in range(a, b + 1))]

    def forward(cls: str, context: str, cancel: list[tuple[int, int]] = ()) -> None:
        for cue in view.mentions_of(cls):
            if cue.first > last or _overlaps(cue, cancel) or any(p in own for p in range(cue.first, cue.last + 1)):
                continue
            if _not_a_cue(tokens, cue):
                continue
            target = next((p for p in ordered if p > cue.last), None)
            if target is not None and _coordinated_denials(tokens, cue, target):
                continue
            if target is not None and _governs_forward(view, cue, target, view.clause_of(target)):
                found.append((context, view.text_of(cue)))

    def backward(cls: str, context: str, skip: frozenset[str] = frozenset(),
                 cancel: list[tuple[int, int]] = ()) -> None:
        for cue in view.mentions_after(last, cls):
            if tokens[cue.first].norm not in skip and not _overlaps(cue, cancel) \
                    and _governs_backward(view, cue, last, clause):
                found.append((context, view.text_of(cue)))

    forward("negation", NEGATED, cancelled)
    backward("negation-after", NEGATED)
    forward("hedge", HEDGED, cancelled_hedges)
    backward("hedge-after", HEDGED)
    for cue in view.mentions_after(last, "hedge-verdict"):
        if _judges_subject(view, cue, last):
            found.append((HEDGED, view.text_of(cue)))
    # A statement whose own words take in its "if" is a rule, not a hypothetical: a pattern for
    # "if your PSA is raised, it means you have cancer" states what a raised PSA means.
    scenes = _scenes(view, first)
    if clause is not None and view.clauses[clause].opener in ("if", "unless", "whether") \
            and not (ordered and tokens[ordered[0]].norm == view.clauses[clause].opener) and not scenes:
        found.append((CONDITIONAL, view.clauses[clause].opener))
    forward("conditional", CONDITIONAL, cancelled_hedges + scenes)
    # "In the past year" is recent, not history (v0.30.33).
    recent = view.cue_tokens("recent-past")
    forward("history", HISTORICAL, recent)
    backward("history", HISTORICAL, skip=frozenset({"former", "older"}), cancel=recent)
    opening = _opening_frame(view, "history", first)
    if opening:
        found.append((HISTORICAL, opening))
    year = _dated_in_past(view, first, clause)
    if year:
        found.append((HISTORICAL, year))
    purpose = _purpose(view, ordered[0] if ordered else first)
    if purpose:
        found.append((HEDGED, purpose))
    for cue in view.mentions_of("animal-model"):
        if cue.first == cue.last and cue.last + 1 < len(view.tokens) \
                and view.tokens[cue.last + 1].norm in _ANIMAL_NOT_RESEARCH:
            continue  # "saturated animal fat", "animal products", "animal bites": no animal study
        if named_by_pattern and cue.first in own:
            continue  # the statement itself is about the animals: "dogs in Britain can carry rabies"
        if clause is None or view.clause_of(cue.first) == clause:
            found.append((ANIMAL, view.text_of(cue)))
            break

    answer = _question_answer(view, last)
    if answer == "no":
        found.append((NEGATED, "answered no"))
    elif answer is None and _is_question(view, last):
        found.append((QUESTION, "?"))

    quoted = _in_quotes(view, first, last)
    reported = quoted or _attributed(view, first, last)
    if reported:
        if _disputed(view, first, reported_sentence=True, quoted=bool(quoted)):
            found.append((DISPUTED, "disputed report"))
        elif quoted and _sold_in_scare_quotes(view, first, last):
            found.append((DISPUTED, "a seller's words in scare quotes"))
        elif quoted and _quoted_as_a_headline(view):
            found.append((DISPUTED, "a headline quoted as one"))
        elif _asked_about_next(view):
            found.append((QUESTION, "reported, then asked about"))
        elif _answered_next(view):
            found.append((DISPUTED, "reported, then answered with doubt"))
        else:
            found.append((REPORTED, "quoted" if quoted else "attributed"))
            if not quoted and _suggested_by_research(view, first):
                found.append((HEDGED, "a study suggested"))
    elif _disputed(view, first, reported_sentence=False):
        found.append((DISPUTED, "framed as disputed"))
    elif _told_by_a_headline(view, first):
        found.append((DISPUTED, "what a headline says"))
    if _myth_framed(view):
        found.append((DISPUTED, "myth"))
    elif quoted and _quoted_then_corrected(view):
        found.append((DISPUTED, "quoted, then corrected"))
    contexts = frozenset(context for context, _ in found)
    if quoted:
        found.append((QUOTED, "in quotation marks"))  # a cue, not a context: see QUOTED
    return Stance(contexts, tuple(dict.fromkeys(found)))


_BEFORE_A_MONTH = frozenset({"in", "on", "since", "until", "by", "from", "of", "last", "next", "this", "early",
                             "late", "mid", "during", "through", "till", "before", "after"})


# An "if" that says who the reader is, not what might happen (v0.30.57, set 162): "If you're on statins
# already you can throw them out" tells people on statins to throw them out; "if the trial succeeds,
# it could cure MS" is a hypothetical. The scene is the reader's treatment or illness, in the present.
_SCENE_SUBJECTS = frozenset({"you", "your", "they", "he", "she", "anyone", "someone", "people", "patients"})
_SCENE_LINKS = frozenset({"are", "'re", "is", "'s", "have", "'ve", "has", "already", "currently", "still", "now",
                          "regularly", "been", "also", "child", "son", "daughter", "baby", "partner", "kids", "children"})
_SCENE_TAKING = frozenset({"on", "taking", "using", "prescribed", "take", "use", "takes", "uses"})
_SCENE_HAVING = frozenset({"have", "has", "'ve", "with"})
_SCENE_REACH = 3  # words between the scene's last word and the statement: "..., then"


def _scenes(view, first: int) -> list[tuple[int, int]]:
    """The "if" cues before `first` that only set the scene (as cancelled cues for `forward`)."""
    return [(i, i) for i in view.positions("if")
            if i < first and (end := _scene_ends(view, i)) is not None and first - end <= _SCENE_REACH + 1]


def _scene_ends(view, cue: int) -> int | None:
    """Where the scene after an "if" ends (its last token), when the "if" says what the reader takes
    or has ("if you are on warfarin", "if your child has asthma"), else None."""
    tokens = view.tokens
    i = cue + 1
    if i >= len(tokens) or tokens[i].norm not in _SCENE_SUBJECTS:
        return None
    i += 1
    while i < len(tokens) and tokens[i].norm in _SCENE_LINKS and not (
            tokens[i].norm in _SCENE_HAVING and i + 1 < len(tokens) and tokens[i + 1].norm not in _SCENE_LINKS):
        i += 1
    if i >= len(tokens):
        return None
    if tokens[i].norm in _SCENE_TAKING:
        classes = ("medication-word", "drug")
    elif tokens[i].norm in _SCENE_HAVING:
        classes = ("condition",)
    else:
        return None
    named = [m for cls in classes for m in view.mentions_of(cls) if i < m.first <= i + 4]
    if not named:
        return None
    return max(m.last for m in named)


def _not_a_cue(tokens, cue) -> bool:
    """Cue words that are something else here: the month in "In May 2024", and the answer "No,"
    that opens a sentence ("No, stem cells really do cure MS" insists, it does not deny)."""
    word = tokens[cue.first]
    following = tokens[cue.first + 1] if cue.first + 1 < len(tokens) else None
    before = tokens[cue.first - 1].norm if cue.first > 0 else ""
    # Title-case headlines capitalise the verb ("Stem Cells May Help"): the month is "May" after
    # a preposition of time or before a date.
    if cue.first == cue.last and word.text == "May" and (
            before in _BEFORE_A_MONTH or (following is not None and following.norm[:1].isdigit())):
        return True
    # "Former patients receive $1,000 ...": people who once were patients, not a past statement
    # ("the former advice was to rest" is one).
    if word.norm in ("former", "ex") and following is not None and (
            following.norm in _PEOPLE_ONCE or (cue.first + 2 < len(tokens) and tokens[cue.first + 2].norm in _PEOPLE_ONCE)):
        return True  # (or with a word between: "a former sports therapist", v0.30.32)
    # "Retired drummer is first to have ...": a person who has stopped working, not a retired classification (v0.30.53).
    if word.norm == "retired" and following is not None and (
            following.norm in _PEOPLE_ONCE or _names_a_worker(following.norm)):
        return True
    # "Most hearing loss in older people ...": an age, not a time gone by (v0.30.41)
    if word.norm == "older" and following is not None and following.norm in _OLDER_PEOPLE:
        return True
    return cue.first == 0 and cue.first == cue.last and word.norm == "no" and following is not None \
        and following.norm == ","


def _names_a_worker(norm: str) -> bool:
    """A word for someone by their work: "drummer", "miner", "headteacher", "policeman"."""
    return norm.endswith(_WORKER_ENDINGS) and norm not in _NOT_WORKERS


_WORKER_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "woman", "women")
# Words with those endings that name no person: a retired drug "number" or "order" is still a thing retired.
_NOT_WORKERS = frozenset({"number", "numbers", "order", "orders", "paper", "papers", "marker", "markers", "factor",
                          "factors", "layer", "layers", "letter", "letters", "register", "registers", "sensor", "sensors",
                          "chapter", "chapters", "filter", "filters", "inhaler", "inhalers", "indicator", "indicators",
                          "regimen", "regimens", "specimen", "specimens", "monitor", "monitors", "tumor", "tumors"})


_OLDER_PEOPLE = frozenset("""people adults patients women men children kids teenagers teens babies siblings sister
sisters brother brothers dogs cats person adult patient woman man child age ages groups group drivers workers
mothers mums parents smokers""".split())


# Words after "animal" that make it a food, a product or a bite, not research in animals.
_ANIMAL_NOT_RESEARCH = frozenset({"fat", "fats", "protein", "proteins", "product", "products", "food", "foods",
                                  "welfare", "rights", "dander", "hair", "bite", "bites", "fur", "milk", "feed",
                                  "source", "sources", "derived", "origin", "lover", "lovers"})


_PEOPLE_ONCE = frozenset("""patient patients client clients customer customers member members smoker smokers
user users athlete athletes player players employee employees soldier soldiers student students
therapist therapists nurse nurses doctor doctors surgeon surgeons teacher teachers engineer engineers
paramedic paramedics midwife midwives chef chefs footballer footballers boxer boxers model models
officer officers lawyer lawyers banker bankers dancer dancers pharmacist pharmacists coach coaches
trainer trainers scientist scientists researcher researchers director directors editor editors""".split())


def _overlaps(mention, cancelled: list[tuple[int, int]]) -> bool:
    return any(a <= mention.last and mention.first <= b for a, b in cancelled)


# "... has no side effects and is 100% safe": "and" (or a comma) before a new verb or subject
# starts another predicate, which the cue before it does not govern (ConText's soft terminators).
_NEW_PREDICATE = frozenset("""is are was were has have had can could will would does do did may might must should
it they we you he she this these our its their i there most many some several few""".split())


# "None of ..." and "Neither of ...", with no comma before the predicate ("Nobody should have to ..." is
# rhetoric whose description is still used).
_NEGATED_SUBJECTS = frozenset({"none", "neither"})


def _governs_forward(view, cue, first: int, clause: int | None) -> bool:
    """A cue before the statement governs it when both lie in one clause and few words part them,
    and no new predicate starts between them."""
    if cue.last >= first:
        return False
    if clause is not None and view.clause_of(cue.last) != clause:
        return False
    tokens = view.tokens
    # A cue that takes a that-clause ("evidence suggests that ...", "it is unlikely that ...")
    # governs the whole of it, however long; other cues reach a few words.
    # "Whether" opens such a clause itself: "testing whether creams of sirolimus, a medicine that
    # slows vessel growth, can improve laser results" asks all the way to its verb.
    complement = (cue.last + 1 < len(tokens) and tokens[cue.last + 1].norm == "that") or _shown_that(tokens, cue.last, first) \
        or _denies_saying(tokens, cue.last, first) \
        or (cue.first == cue.last and tokens[cue.first].norm == "whether" and _no_comma_but_asides(tokens, cue.last, first))
    # "None of these treatments is available on the NHS or approved by any regulator": a negated subject
    # opening the sentence governs its predicate however long (v0.30.45, set 144's careful story).
    complement = complement or (cue.first == 0 and tokens[cue.first].norm in _NEGATED_SUBJECTS
                                and cue.first + 1 < len(tokens) and tokens[cue.first + 1].norm == "of"
                                and not any(t.norm in (",", ";", ":") for t in tokens[cue.last + 1:first]))
    complement = complement or _denied_subject_with_modal(tokens, cue, first)
    if not complement and view.words_between(cue.last, first) > FORWARD_WINDOW:
        return False
    # "£9.99 a month instead of £29.99, ends Sunday": what is set aside is the phrase after the cue, up
    # to its comma; the sentence goes on in its own voice.
    if tuple(t.norm for t in tokens[cue.first:cue.last + 1]) in _SUBSTITUTING and \
            any(tokens[i].norm == "," for i in range(cue.last + 1, first)):
        return False
    # "No treatment, however promising, is risk-free": a negated subject governs its own verb.
    own_verb = _negated_subject(tokens, cue)
    for i in range(cue.last + 1, first):
        if tokens[i].norm in ("and", "or", ",") and tokens[i + 1].norm in _NEW_PREDICATE:
            if own_verb:
                own_verb = False
                continue
            if not _complementiser_between(tokens, cue.last, i):
                return False
    return True


_SUBSTITUTING = frozenset({("instead", "of"), ("rather", "than"), ("in", "place", "of")})
_SUBJECT_MODALS = frozenset({"can", "could", "will", "would", "does", "do", "has", "have", "is", "are"})
# What may open a later part of a denied subject: another denial ("and no protocol around them"), or an aside.
_DENIED_SUBJECT_GOES_ON = frozenset({"no", "nor", "not", "however", "whatever", "even"})


def _denied_subject_with_modal(tokens, cue, first: int) -> bool:
    """ "No supplement, and no diet built on supplements, can cure MS": a denied subject opening the sentence,
    however many denials it lists, governs its modal's predicate (v0.30.62, set 172's careful Q&A). Every part after a
    comma must go on denying, or be an aside: "No capsule, our founder says, can ..." is not read this way."""
    # Only "no" before a noun: "Nobody should have to ..." and "No one should ..." are appeals, not denials.
    if cue.first != 0 or tokens[0].norm != "no" or len(tokens) < 2 or tokens[1].norm in ("one", "matter", "doubt"):
        return False
    modal = next((i for i in range(cue.last + 1, first) if tokens[i].norm in _SUBJECT_MODALS), None)
    if modal is None or any(tokens[i].norm in (";", ":", ".") for i in range(cue.last + 1, first)):
        return False
    for i in range(cue.last + 1, modal):
        if tokens[i].norm != "," or i + 1 >= modal:
            continue
        after = tokens[i + 1].norm
        if after in ("and", "or") and i + 2 < modal:
            after = tokens[i + 2].norm  # ", and no protocol": the next denial
        if after not in _DENIED_SUBJECT_GOES_ON:
            return False
    return True


# A denial of saying governs what would be said, the clause after the verb, with or without "that": "I'd never
# tell you a vaccine has no risks", "nobody can promise you it will work" (v0.30.38, set 132's careful talk).
# (Not verbs of thinking: "I never thought it would work" tells what happened, and it may have worked.)
_SAYING = frozenset({"tell", "say", "claim", "promise", "pretend", "guarantee", "suggest", "imply"})
_TOLD = frozenset({"you", "anyone", "anybody", "them", "patients", "people", "me", "us", "him", "her", "parents",
                   "readers", "families", "that"})


_SPEAKERS = frozenset({"i", "i'd", "i'll", "we", "we'd", "we'll"})
_BETWEEN_SPEAKER_AND_VERB = frozenset({"would", "will", "could", "can", "honestly", "certainly", "simply", "just"})


def _speaker_refuses(tokens, first: int, last: int) -> bool:
    """A refusal to tell ("never tell you", "won't tell you") whose subject is the writer or speaker."""
    if not any(tokens[i].norm == "tell" for i in range(first, last + 1)):
        return False
    i = first - 1
    while i >= 0 and tokens[i].norm in _BETWEEN_SPEAKER_AND_VERB:
        i -= 1
    return i >= 0 and tokens[i].norm in _SPEAKERS


def _denies_saying(tokens, after: int, before: int) -> bool:
    """A verb of saying right after the cue, with whom it is told and perhaps "that" ("never tell you
    a vaccine has no risks", "can't promise you that it works"): the cue governs what would be said."""
    i = after + 1
    while i < before and tokens[i].norm in ("can", "could", "will", "would", "ever", "honestly"):
        i += 1
    if i >= before or tokens[i].norm not in _SAYING:
        return False
    i += 1
    while i < before and tokens[i].norm in _TOLD:
        i += 1
    return i <= before


# Verbs of finding that take the denied claim as their that-clause: "None of these trials showed that
# MSCs cure MS, repair myelin or reverse disability" denies all three.
_SHOWING = frozenset({"show", "shows", "showed", "shown", "find", "finds", "found", "prove", "proves", "proved",
                      "proven", "demonstrate", "demonstrates", "demonstrated", "suggest", "suggests", "suggested",
                      "confirm", "confirms", "confirmed", "establish", "established", "conclude", "concluded",
                      "showing", "finding", "proving", "demonstrating", "suggesting", "confirming", "concluding"})


def _shown_that(tokens, after: int, before: int) -> bool:
    """A verb of finding then "that" within a few words after the cue ("none of the trials showed
    that ...", "no study has ever found that ..."): the cue governs the whole that-clause. Words are
    counted, up to a noun phrase's worth ("I know of no well-designed controlled study showing that", "no large,
    well-run, double-blind trial has ever shown that"), and a turn ("no cure yet, but a trial showed that")
    ends the cue's reach."""
    words = 0
    for i in range(after + 1, before):
        words += tokens[i].is_word
        if words > _SHOWN_THAT_WINDOW or tokens[i].norm in _TURNS:
            return False
        if tokens[i].norm == "that" and tokens[i - 1].norm in _SHOWING:
            return True
    return False


_SHOWN_THAT_WINDOW = 12


_NEGATED_SUBJECTS = frozenset({"no", "nothing", "none", "nobody", "neither"})
_DENYING_DETERMINERS = frozenset({"no", "zero"})
# "Nothing to react against and no risk at all": each denial its own, the first does not turn the second.
_COORDINATED_DENIALS = _DENYING_DETERMINERS | {"nothing", "none"}


def _coordinated_denials(tokens, cue, target: int) -> bool:
    """ "There is no rejection and no side effects": each "no" denies its own noun; the first does
    not turn the second, the statement's own, into its opposite."""
    # The statement's own denial may follow an existential opener: "no risk of X and there are
    # no side effects".
    # ("no rejection, no infection, nothing can go wrong": a list of denials ends in a "nothing".)
    own_denial = any(t.norm in _COORDINATED_DENIALS for t in tokens[target:target + 3])
    return (tokens[cue.last].norm in _COORDINATED_DENIALS and own_denial
            and any(t.norm in ("and", "or", ",") for t in tokens[cue.last + 1:target]))


def _negated_subject(tokens, cue) -> bool:
    return cue.first == 0 and tokens[cue.first].norm in _NEGATED_SUBJECTS


_ASIDE_OPENERS = frozenset({"a", "an", "the", "which", "who", "whose"})


def _no_comma_but_asides(tokens, after: int, before: int) -> bool:
    """Between the two tokens, every comma opens or closes an aside (", a medicine that slows vessel
    growth,"): a "whether" clause runs through those, but ends at any other comma ("whether you have
    it, ... in what experts call ...")."""
    i = after + 1
    while i < before:
        if tokens[i].norm == ",":
            if i + 1 < before and tokens[i + 1].norm in _ASIDE_OPENERS:
                close = next((j for j in range(i + 2, before) if tokens[j].norm == ","), None)
                if close is None:
                    return False
                i = close + 1
                continue
            return False
        i += 1
    return True


def _complementiser_between(tokens, after: int, before: int) -> bool:
    """ "no evidence that it repairs myelin and reverses MS": through "that" the scope goes on."""
    return any(tokens[i].norm in ("that", "whether") for i in range(after + 1, before))


def _governs_backward(view, cue, last: int, clause: int | None) -> bool:
    if cue.first <= last:
        return False
    if clause is None:
        return view.words_between(last, cue.first) <= BACKWARD_WINDOW
    if view.clause_of(cue.first) != clause:
        return False
    # A relative clause or a bracket between is not counted: "graft-versus-host disease, which happens
    # when donor cells attack the body, is not a risk of AHSCT" denies what comes before the aside.
    tokens = view.tokens
    between = sum(1 for i in range(last + 1, cue.first) if tokens[i].is_word and view.clause_of(i) == clause)
    return between <= BACKWARD_WINDOW


# Words that turn to another statement: a verdict after them is not about what came before.
_TURNS = frozenset({"but", "however", "although", "though", "whereas", "while", "yet", ";"})


def _judges_subject(view, cue, last: int) -> bool:
    """ "An inhaler that clears asthma overnight — with no side effects at all — is still a dream": a verdict governs
    the whole subject before it, across dashes and commas, unless the sentence turns between."""
    return not any(token.norm in _TURNS for token in view.tokens[last + 1:cue.first])


def _opening_frame(view, cls: str, first: int) -> str | None:
    """ "In decades past, doctors held that a wider operation would clear everything — take out
    the tumour before it travelled": a frame that opens the sentence sets all of it, across commas and dashes,
    until the sentence turns ("but ...")."""
    for cue in view.mentions_of(cls):
        if view.tokens[cue.first].norm in ("former", "older") or _not_a_cue(view.tokens, cue):
            continue  # an adjective of the subject ("Former patients say ...", "Retired drummer ..."), not a frame
        if cue.first <= 1 and cue.last < first:
            if not any(token.norm in _TURNS for token in view.tokens[cue.last + 1:first]):
                return view.text_of(cue)
    return None


def _dated_in_past(view, first: int, clause: int | None) -> str | None:
    """ "until 2013", "before 2017", "back in 1996": a year the writer places in the past."""
    tokens = view.tokens
    # The sentence's opening ("Until 2013, ...") is read however far the statement lies from it.
    window = range(max(0, first - FORWARD_WINDOW - 2), first)
    candidates = window if window.start == 0 else (0, *window)
    for i in candidates:
        decade = _past_decade(tokens, i)
        if decade and (i == 0 or clause is None or view.clause_of(i) == clause):
            return decade
        if tokens[i].norm in _YEAR_CUES and i + 1 < len(tokens) and _is_year(tokens[i + 1].norm):
            if tokens[i].norm == "in" and not (i + 2 < len(tokens) and tokens[i + 2].norm == "s") \
                    and not (i == 0 and view.mentions_of("attribution") and _long_before(view, int(tokens[i + 1].norm))):
                continue  # "in 2019" dates a statement without making it history; "in the 1990s" does
            # "Until 2013, ..." opening the sentence dates all of it.
            if i == 0 or clause is None or view.clause_of(i) == clause:
                return f"{tokens[i].text} {tokens[i + 1].text}"
    return None


# A year this long before the page's own date (or today, for a page with none) opening a sentence that
# reports what someone said or found then makes it history: "In 2000 the team reported that all seven patients
# were off insulin" in a story of 2022 (v0.30.44, set 143's careful news story). A recent year only dates the
# statement, and an old event told as fact is still a claim about it ("In 2004 the FDA approved leeches").
_HISTORY_YEARS = 20


def _long_before(view, year: int) -> bool:
    from mslint.analysis.dates import reference_date

    memo = view.analysis.document.memo
    if "stance-reference-year" not in memo:
        memo["stance-reference-year"] = reference_date(view.analysis.document, date.today())[0].year
    return year + _HISTORY_YEARS <= memo["stance-reference-year"]


_DECADE_CUES = frozenset({"in", "during", "through", "throughout", "until", "by"})
_PART_OF_A_DECADE = frozenset({"early", "mid", "late"})
_OPENING_A_CLAUSE = frozenset({",", ";", ":", "(", "and", "but"})


def _past_decade(tokens, i: int) -> str | None:
    """ "In the early 2000s, ...", "during the 1990s, ...": a decade over before this one, opening the
    sentence or a clause, dates what follows it as history ("discoveries in the 1920s proved ..."
    dates the discoveries, not the claim)."""
    if i > 0 and tokens[i - 1].norm not in _OPENING_A_CLAUSE:
        return None
    if tokens[i].norm not in _DECADE_CUES or i + 1 >= len(tokens) or tokens[i + 1].norm != "the":
        return None
    j = i + 2
    if j < len(tokens) and tokens[j].norm in _PART_OF_A_DECADE:
        j += 1
    # Over before the decade the reader lives in (a page dated in 2015 calling "the 2000s" history is
    # right too; the present decade is not history whatever the page's date).
    if j + 1 < len(tokens) and _is_year(tokens[j].norm) and tokens[j].norm.endswith("0") and tokens[j + 1].norm == "s" \
            and int(tokens[j].norm) + 10 <= date.today().year // 10 * 10:
        return " ".join(token.text for token in tokens[i:j + 2])
    return None


_AIMS = frozenset("""try tries tried trying attempt attempts attempted attempting want wants wanted wanting aim aims
aimed aiming hope hopes hoped hoping seek seeks sought seeking strive strives plan plans planned designed intended
meant wish wishes dream goal mission effort efforts bid quest order take takes took taken needed need needs
struggle struggled struggling fight fighting race racing working""".split())


def _purpose(view, first: int) -> str | None:
    """ "tried drugs and therapy to overcome depression", "To reverse the damage, walk": an
    infinitive of purpose or aim states a goal, not an effect."""
    tokens = view.tokens
    if first == 0 or tokens[first - 1].norm != "to":
        return None
    if first == 1:
        return "to"  # a sentence that opens with "To ...,"
    # Far enough back for an aim with an aside before its verb: "It takes later trials, in which
    # half the patients get a dummy pill, to prove that it works."
    start = max(0, first - 15)
    for index in range(start, first - 1):
        token = tokens[index]
        if token.norm in _AIMS:
            # "One session is all it takes to end it": enough, said as a promise, not an aim.
            if token.norm in _TAKES and [t.norm for t in tokens[max(0, index - 2):index]] == ["all", "it"]:
                continue
            return f"{token.text} ... to"
    return None


_TAKES = frozenset({"take", "takes", "took", "taken"})


def _is_year(norm: str) -> bool:
    return len(norm) == 4 and norm.isdigit() and norm[:2] in ("18", "19", "20")


def _is_question(view, last: int) -> bool:
    """The statement's sentence ends in a question mark that is its own: not one of a later quoted
    part ("'Sativex is simply pure CBD,' she says, 'so why would you wait?'": the claim is quoted
    and closed before the question begins)."""
    if view.next_stop(last) != "?":
        return False
    if _question_of_a_later_clause(view, last):
        return False
    start, end = view.tokens[last].start, view.tokens[last].end
    text = view.analysis.document.text
    # (A quoted utterance ends in its own comma or full stop; a quoted term does not: "What
    # happened to 'progressive-relapsing MS'?" asks about the term.)
    return not any(open_at < start and end <= close_at and "?" not in text[end:close_at]
                   and text[close_at - 1:close_at] in (",", ".", "!", ";")
                   and "?" in text[close_at:view.tokens[-1].end]
                   for open_at, close_at in view.quote_pairs())


# A question word opening a clause of its own after the statement: "Our drops clear cataracts for
# good, so why wait?" states the claim and then asks the reader something else. ("..., or do
# they?" and "..., right?" ask about the statement itself, and stay questions.)
_LATER_QUESTION_WORDS = frozenset({"why", "what", "who", "how", "where", "when", "which"})
_CLAUSE_JOINS = frozenset({"so", "but", "and", "then", "because", "yet"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "—", "–"})


_QUESTION_OPENERS = _LATER_QUESTION_WORDS | frozenset({
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "has",
    "have", "had", "isn't", "aren't", "doesn't", "don't", "didn't", "can't", "won't", "shouldn't"})


def _question_of_a_later_clause(view, last: int) -> bool:
    tokens = view.tokens
    opening = next((token.norm for token in tokens if token.is_word), "")
    if opening in _QUESTION_OPENERS:
        return False  # "Is it true that stem cells cure MS, and what does the evidence say?"
    for index in range(last + 1, len(tokens)):
        norm = tokens[index].norm
        if norm == "?":
            return False
        if norm in _CLAUSE_BREAKS:
            following = index + 1
            if following < len(tokens) and tokens[following].norm in _CLAUSE_JOINS:
                following += 1
            if following < len(tokens) and tokens[following].norm in _LATER_QUESTION_WORDS:
                return True
    return False


def _question_answer(view, last: int) -> str | None:
    """For a question, the answer the next sentence of its paragraph gives: "yes", "no" or None. A
    question that is a heading ("## Is induction risk-free?") is answered "no" by the paragraph
    under it; a "yes" there stays a question, since the paragraph makes its own claims and is
    read for them."""
    if not _is_question(view, last):
        return None
    following = view.next_in_paragraph()
    if following is None and view.block_kind in ("heading", "title") and view.index + 1 < len(view.analysis.sentences):
        answer = _question_answer_in(view.analysis.sentences[view.index + 1])
        return answer if answer == "no" else None
    return _question_answer_in(following)


def _question_answer_in(following) -> str | None:
    if following is None or not following.tokens:
        return None
    head = following.tokens[0].norm
    after = following.tokens[1].norm if len(following.tokens) > 1 else "."
    if head in _ANSWER_YES:
        return "yes"
    if head in _ANSWER_NO and (after in _ANSWER_STOPS or after in _NOT_ANSWER_WORDS or head not in ("no", "not")):
        return "no"
    # A hedged no: "Probably not: the effect was small", "Almost certainly not.", "Unlikely."
    third = following.tokens[2].norm if len(following.tokens) > 2 else "."
    if (head in ("probably", "likely") and after == "not") or (head == "almost" and after == "certainly" and third == "not") \
            or (head == "unlikely" and after in _ANSWER_STOPS):
        return "no"
    return None


def _in_quotes(view, first: int, last: int) -> bool:
    start, end = view.tokens[first].start, view.tokens[last].end
    return any(open_at < start and end <= close_at for open_at, close_at in view.quote_pairs())


# Selling verbs: "advertised as a 'cure'", "sold as a way to 'rebuild myelin'".
_SELLING_FRAMES = frozenset({"advertised", "advertise", "advertises", "marketed", "market", "markets", "touted",
                             "tout", "touts", "billed", "branded", "promoted", "sold", "hyped", "pitched"})


def _sold_in_scare_quotes(view, first: int, last: int) -> bool:
    """A few of a seller's words, in quotation marks, reported with a selling verb ("clinics offering
    drips sometimes advertised as a 'cure for MS' or a way to 'rebuild myelin'"): the writer holds
    the words at arm's length; they are not the article's claim."""
    from mslint.analysis.scare_quotes import scare_quoted

    # (Not the seller's own words about its own product: "our drip is advertised as a 'cure'", "we
    # advertise it as ...". A reader's own letter is not the seller's: "I've seen a salon near me
    # advertise 'removal in three sessions'".)
    tokens = view.tokens
    selling = any(token.norm in _SELLING_FRAMES for mention in view.mentions_of("attribution")
                  if not _first_person_speaker(view, mention)
                  and not {t.norm for t in tokens[max(0, mention.first - 5):mention.first]} & _SELLER_AS_SUBJECT
                  for token in tokens[mention.first:mention.last + 1])
    return selling and scare_quoted(view, tokens[first].start, tokens[last].end)


# The writer as the one who sells: "our drip is advertised", "we market it", "I sell and advertise".
_SELLER_AS_SUBJECT = frozenset({"i", "we", "our", "my", "i've", "we've", "i'm", "we're", "i'd", "we'd"})


def _quoted_as_a_headline(view) -> bool:
    """Someone else's headline or slogan quoted and named as one ('"A one-off jab that switches lupus
    off" is one headline we have seen'): an article that examines what was written, not one that
    claims it. (A seller's own slogan, "our slogan", stays its claim.)"""
    sentences = [sentence for sentence in (view, view.previous_in_paragraph()) if sentence is not None]
    return any(sentence.mentions_of("headline-word") for sentence in sentences) and \
        not any(sentence.mentions_of("first-person-owner") for sentence in sentences)


_HEADLINE_VERBS = frozenset({"tells", "tell", "told", "says", "say", "said", "claims", "claim", "claimed", "promises",
                             "promise", "promised", "announces", "announce", "announced", "proclaims", "proclaimed",
                             "declares", "declared", "screams", "screamed", "shouts", "shouted", "insists"})
# How far after the headline word its verb may stand ("a headline in a Sunday paper tells us").
_HEADLINE_REACH = 6


def _told_by_a_headline(view, first: int) -> bool:
    """ "Every few months a headline tells us a cure has arrived": what headlines say, reported as
    such, is the article's subject, not its claim."""
    tokens = view.tokens
    for mention in view.mentions_of("headline-word"):
        if mention.last < first and any(token.norm in _HEADLINE_VERBS
                                        for token in tokens[mention.last + 1:min(first, mention.last + _HEADLINE_REACH)]):
            return not view.mentions_of("first-person-owner")
    return False


_TENTATIVE_VERBS = frozenset({"suggest", "suggests", "suggested", "suggesting", "hint", "hints", "hinted", "hinting"})


def _suggested_by_research(view, first: int) -> bool:
    """ "A recent study suggested gastric bypass is superior for eliminating diabetes": what research
    only suggests is tentative by the verb's own meaning (not a seller's "our clients suggest")."""
    tokens = view.tokens
    for index in range(first):
        if tokens[index].norm in _TENTATIVE_VERBS and any(
                view.has_class_at(token, "research-word") for token in tokens[max(0, index - 12):index]):
            return True
    return False


def _attributed(view, first: int, last: int) -> bool:
    """A reporting verb or frame outside the statement, whose speaker is not the writer."""
    not_reporting = view.cue_tokens("not-attribution")
    for mention in view.mentions_of("attribution"):
        if first <= mention.first <= last or _overlaps(mention, not_reporting):
            continue
        if _first_person_speaker(view, mention):
            continue
        clause = view.clause_of(mention.first)
        if clause is not None and view.clauses[clause].kind == "relative" and view.clause_of(first) != clause:
            continue  # "the drug, which doctors say is safe, ..." reports only inside the relative clause
        if mention.first > last and any(t.norm == ";" for t in view.tokens[last + 1:mention.first]):
            # "You needn't ask your consultant; doctors will tell you not to come": what follows a
            # semicolon reports itself, not the claim before it (v0.30.49).
            continue
        return True
    return False


def _first_person_speaker(view, mention) -> bool:
    """ "We believe", "our doctors say", "according to our team": the writer speaking; not "my
    sister says", someone close to the writer speaking for themselves, nor what the writer heard."""
    tokens = view.tokens
    # Hearsay is others speaking, whoever heard or read it: "I've heard that HRT cures fatigue", "I
    # read on a forum that pacing cures it".
    if any(token.norm in ("heard", "hear", "hears", "read", "saw") for token in tokens[mention.first:mention.last + 1]):
        return False
    # A thing that speaks, handed to the writer: "someone gave me a leaflet saying ..." (v0.30.32, set 121).
    if mention.first > 0 and tokens[mention.first - 1].norm in _PRINTED_SPEAKERS:
        return False
    window = tokens[max(0, mention.first - 3):mention.first] + tokens[mention.last + 1:mention.last + 3]
    if any(view.has_class_at(t, "someone-close") for t in window):
        return False
    return any(view.has_class_at(t, "first-person") for t in window)


_PRINTED_SPEAKERS = frozenset({"leaflet", "leaflets", "advert", "adverts", "ad", "ads", "post", "posts", "article",
                               "articles", "video", "videos", "website", "websites", "poster", "flyer", "message",
                               "email", "sign", "brochure", "label", "box", "packet", "newsletter", "book"})


def _names_a_claim(view) -> bool:
    """ "Claims that nothing can go wrong" (a heading in a consumer guide) names a kind of claim."""
    return view.opening_words()[:1] in (["claims"], ["claim"], ["promises"], ["promise"]) and \
        view.opening_words()[1:2] in (["that"], ["of"], ["like"])


def _introduces_after_colon(tokens, cue_last: int, first: int) -> bool:
    """The cue's clause ends in a colon a few words on, and the claim comes after it: the belief is
    what the cue introduced."""
    for index in range(cue_last + 1, min(first, cue_last + 5)):
        if tokens[index].norm == ":":
            return not any(t.norm in (";", ".", "?", "!") for t in tokens[index + 1:first])
    return False


_DENYING_A_DOUBT = frozenset({"not", "never", "no"})


def doubting_words(view) -> list:
    """The sceptical words of the sentence ("claims", "exaggerated", "unproven"), less those denied:
    "I'm not exaggerating when I say ..." insists."""
    return [cue for cue in view.mentions_of("skeptic")
            if not (cue.first > 0 and view.tokens[cue.first - 1].norm in _DENYING_A_DOUBT)]


def _disputed(view, first: int, reported_sentence: bool, quoted: bool = False) -> bool:
    """Reported to dispute it: a sceptical frame before the statement in its clause ("beware of
    clinics that claim ..."), any sceptical word in a reported sentence, a report set against
    what came before ("The owner, however, said ..."), or a rebuttal opening the next sentence or,
    after a short paragraph, the next paragraph ("But there is no evidence ...")."""
    clause = view.clause_of(first)
    if _names_a_claim(view):
        return True
    for cue in doubting_words(view):
        if reported_sentence or (cue.last < first and (clause is None or view.clause_of(cue.last) == clause)):
            return True
        if cue.last < first and _introduces_after_colon(view.tokens, cue.last, first):
            return True  # "I keep reading frightening things online: that pregnancy will ..."
    if not reported_sentence:
        return _qualified_next(view)
    # "..., but independent studies have not shown this": a turn in the same sentence that denies.
    for cue in view.mentions_of("negation") + view.mentions_of("negation-after"):
        index = view.clause_of(cue.first)
        if index is not None and index != clause and view.clauses[index].opener in _REBUTTING_TURNS:
            return True
    if _set_against_before(view) or _other_side_answers(view) or _quoted_back_and_rejected(view):
        return True
    following = view.next_in_paragraph()
    if following is not None and _rebuts(following):
        # Inside one quotation the speaker going on is no answer ("'It cured me. No pain at all.'"),
        # unless the speaker doubts the claim in so many words: "'Someone told me it cured his
        # arthritis. My nurse says there is no real evidence it works.'" Nor is a quotation that
        # follows an indirect report ("He explained that ... 'That's why men never ask,' he said"),
        # unless it doubts the claim. (After a quotation, the next one may be its own speaker's
        # denial: "'Fixing the tear will not cure the pain,' he says. 'The surgery will not help.'")
        doubts = bool(following.mentions_of("skeptic"))
        if _one_quotation(view, following):
            if doubts and following.words & _BACK_REFERENCES:
                return True
        elif following.sentence_text.lstrip()[:1] in _QUOTE_MARKS:
            # A quotation after a quotation is its speaker going on ("'It stops the blackouts for
            # good,' she said. 'Not one of our customers has had a fall.'"): it answers only in
            # words of doubt, or by denying it at once ("'That isn't true.'").
            if doubts or _denies_at_once(following):
                return True
        else:
            return True
    following = _next_paragraph_opening(view)
    return following is not None and _rebuts(following, opening=True)


def _quoted_back_and_rejected(view) -> bool:
    """A reported claim whose own words one of the next few sentences quotes back and rejects: "My uncle says the
    test is pointless." ... "It misses some. But 'pointless' goes too far." (an expert's answer in a chat, a column or
    an interview, whoever speaks)."""
    sentences = view.analysis.sentences
    claim = " ".join(_WORDS.findall(view.sentence_text.lower()))
    text = view.analysis.document.text
    for later in sentences[view.index + 1:view.index + 1 + _ANSWER_REACH]:
        if not _REJECTING.search(later.sentence_text):
            continue
        for open_at, close_at in later.quote_pairs():
            words = _WORDS.findall(text[open_at + 1:close_at].lower())
            # One word is enough when it is the claim's own strong word ("'Cured' is too strong"); a
            # shorter or commoner quotation could be any word the sentence happens to share.
            if (len(words) >= 2 or (len(words) == 1 and len(words[0]) >= _ONE_WORD_QUOTE)) \
                    and f" {' '.join(words)} " in f" {claim} ":
                return True
    return False


_ANSWER_REACH = 4  # sentences: the answer may come after a short agreement ("He's right that it misses some.")
_ONE_WORD_QUOTE = 5  # letters: "cured", "proven", "miracle", not "it" or "the"
_REJECTING = re.compile(r"\b(?:goes too far|go too far|going too far|too strong|a stretch|overclaim\w*|wrong|untrue|not true|isn't true|overstat\w*|"
                        r"exaggerat\w*|unfair|misleading|not right|isn't right|nonsense|not the case|doesn't hold|does not hold)\b",
                        re.IGNORECASE)


# What the writer's next sentence says the claim does not make true: "This helps, though it does
# not make the injection harmless".
_QUALIFIED_WORDS = frozenset({"risk", "free", "safe", "harmless", "cure", "guarantee", "guaranteed", "painless"})
_TURNING_WORDS = frozenset({"but", "however", "yet", "though", "although"})


def _qualified_next(view) -> bool:
    """The article's own statement, qualified at once: the next sentence in the paragraph points
    back at it ("That", "This") and, after a turn, denies that it makes the treatment safe or a
    cure ("This helps, though it does not make the injection harmless")."""
    following = view.next_in_paragraph()
    if following is None or not following.tokens or following.tokens[0].norm not in ("that", "this", "it"):
        return False
    norms = [token.norm for token in following.tokens]
    turn = next((i for i, norm in enumerate(norms) if norm in _TURNING_WORDS), None)
    if turn is None:
        return False
    denial = next((i for i in range(turn, len(norms)) if norms[i] in ("not", "n't", "no", "never")), None)
    return denial is not None and any(norm in _QUALIFIED_WORDS for norm in norms[denial:denial + 6])


def following_sentences(view) -> list:
    """What answers a sentence: the next in its paragraph and, after a short paragraph, the next
    paragraph's first."""
    return [s for s in (view.next_in_paragraph(), _next_paragraph_opening(view)) if s is not None]


# Where the words that point back and deny must stand: "That isn't true", "That is simply wrong".
_DENIAL_OPENING = 5
_TRUE = frozenset({"true", "so", "right", "correct", "case", "accurate"})
_FALSE = frozenset({"myth", "wrong", "false", "untrue", "nonsense", "rubbish", "incorrect"})


def _denies_at_once(following) -> bool:
    """The sentence opens by pointing back and calling it untrue: "That isn't true.", "That is a
    myth." (Not "It's not some hippy remedy": that denies something else, and backs the claim.)"""
    words = [token for token in following.tokens if token.is_word][:_DENIAL_OPENING]
    if not words or words[0].norm not in _BACK_REFERENCES:
        return False
    norms = {token.norm for token in words}
    negated = any(m.start < words[-1].end for m in following.mentions_of("negation"))
    return bool(norms & _FALSE) or (negated and bool(norms & _TRUE))


def _one_quotation(view, following) -> bool:
    """Both sentences lie inside one quotation: the speaker going on, not the article answering."""
    return bool(set(view.quote_pairs()) & set(following.quote_pairs()))


# How far into the next paragraph its denial may start and still answer the one before.
_OPENING_WORDS = 3


def _rebuts(following, opening: bool = False) -> bool:
    """ "But there is no evidence ...", "Independent trials have not shown this.": a denial that
    opens with a turn or points back at the claim. A new paragraph answers only when its denial
    opens it ("Not all doctors accept that claim"); further in, it is a speaker of its own."""
    opens_with_rebuttal = any(m.first == 0 for m in following.mentions_of("rebuttal"))
    cancelled = following.cue_tokens("not-negation")  # "not only", "no doubt"
    denials = following.mentions_of("skeptic") + [m for m in following.mentions_of("negation")
                                                  if not _overlaps(m, cancelled)]
    if opening:
        if following.sentence_text.lstrip()[:1] in _QUOTE_MARKS:
            return False  # a quotation of its own: the speaker going on, or another one
        # (after a transcript's speaker label: "GP: It doesn't, ...")
        label = 2 if len(following.tokens) > 2 and following.tokens[1].norm == ":" \
            and following.tokens[0].text.isupper() else 0
        denials = [m for m in denials if m.first < _OPENING_WORDS + label]
    points_back = bool(following.words & _BACK_REFERENCES)
    # "In fact, infused cells mostly lodge in the lungs": a correction that opens by saying so
    # answers the report without a "not" (v0.30.58, set 166's careful feature).
    if not opening and any(m.first == 0 and following.text_of(m).lower() in _CORRECTING_OPENERS
                           for m in following.mentions_of("rebuttal")):
        return True
    if following.mentions_of("smaller-verdict") and not opening:
        return True  # "The trials point to something more modest": a verdict that compares
    if following.mentions_of("belief-doubt") and not opening:
        return True  # "I don't know what to believe": the reader doubts the report just made
    return bool(denials and (opens_with_rebuttal or points_back))


_CORRECTING_OPENERS = frozenset({"in fact", "in reality", "the truth is", "the reality is", "in truth"})
_CONTRAST_ASIDES = frozenset({"though", "however"})


def _set_against_before(view) -> bool:
    """ "The owner, however, said the infusions carry no risk.": a report the writer introduces
    as a contrast to what the article has just said, not as its own view."""
    tokens = view.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i].norm in _CONTRAST_ASIDES and tokens[i - 1].norm == "," and tokens[i + 1].norm == ",":
            return True
    return False


# How far into the answering sentence the other side must be named ("Sceptics of the test say ...").
_SIDE_OPENING = 4


def _other_side_answers(view) -> bool:
    """One side of a debate reported ("Supporters of the test say a Dutch trial showed a 30 percent
    fall in deaths") and the other side answering it at once ("Critics say that trial was too small
    to trust"): a dispute laid out, not the article's claim."""
    if not view.mentions_of("debate-side"):
        return False
    return any(m.first < _SIDE_OPENING for following in following_sentences(view)
               for m in following.mentions_of("other-side"))


# A paragraph of a few sentences (a quote and who said it) is answered by the next paragraph.
_SHORT_PARAGRAPH = 3


def _next_paragraph_opening(view):
    """The first sentence of the next paragraph, after a short one: news stories give a quote a
    paragraph, and the answer ("Not all doctors accept that claim") opens the next."""
    views = view.analysis.sentences
    after = view.index + 1
    while after < len(views) and views[after].block == view.block:
        after += 1
    if after >= len(views) or after - view.index > _SHORT_PARAGRAPH:
        return None
    following = views[after]
    if following.block != view.block + 1 or following.block_kind != "paragraph":
        return None
    return following


# "Is she right?", "Is that true?", "Could this be so?": a reader asking whether what someone said holds.
# (and "Is there anything in that?", v0.30.32, set 121's careful talk)
_ASKED_ABOUT = frozenset({"right", "true", "correct", "so", "wrong", "accurate", "anything",
                          # "Worth a try?", "Is it legit?" (v0.30.45, set 145's careful webchat)
                          "worth", "legit", "genuine", "safe"})


_ASKING_OPENERS = frozenset({"is", "are", "do", "does", "did", "should", "can", "could", "will", "would", "am",
                             "was", "were", "has", "have"})
_ASKER = frozenset({"i", "my", "me", "we", "our", "it", "this", "that", "he", "she", "they", "his", "her", "their"})


def _asked_about_next(view) -> bool:
    """What someone said, reported, and the next sentence asks about it: a reader's letter ("A friend
    says you can't overdose on a mineral. Is she right?", "My mate says it's harmless. Do I need to do
    anything?", "its advert says it will reverse MS brain fog. Is it worth my time?") puts the claim as
    a question. (Not a seller's "Why wait?" or "Do you want to feel like that again?", which speak to
    the reader.)"""
    following = view.next_in_paragraph()
    if following is not None and not asks(following) and _tells_of_the_asker(following):
        # The letter goes on about the writer before it asks: "A friend says the drops cured her.
        # I'm 58 and have had it for years. Should I try them?"
        following = following.next_in_paragraph()
    if following is None or not asks(following):
        return False
    words = [token.norm for token in following.tokens if token.is_word]
    if len(words) <= 6 and not _ASKED_ABOUT.isdisjoint(words):
        return True
    # The letter asks the columnist for a verdict: "What do you think?", "What would you advise?"
    if (words[:3] == ["what", "do", "you"] and words[3:4] in (["think"], ["suggest"], ["recommend"])) or \
            words[:3] in (["what", "would", "you"], ["would", "you", "advise"]):
        return True
    # The letter asks what to do (v0.30.42, set 138): "What should I do?", "What can we do?"
    if len(words) <= 6 and words[:1] == ["what"] and words[1:2] in (["should"], ["can"], ["do"]) \
            and words[2:3] in (["i"], ["we"]):
        return True
    if "you" in words or "your" in words:
        return False  # a seller's question speaks to the reader: "Why wait?", "Ready to feel like you again?"
    # The letter doubts what it reported (v0.30.23): "What actually works, and is it safe?", "Is any of it true?"
    if len(words) <= 14 and (not _DOUBTING_ASK.isdisjoint(words) or any(
            a == "really" and b in ("work", "works", "help", "helps") for a, b in zip(words, words[1:]))):
        return True
    return (bool(words) and len(words) <= 10 and words[0] in _ASKING_OPENERS and not _ASKER.isdisjoint(words)
            and "wonder" not in words)


_DOUBTING_ASK = frozenset({"actually", "true", "legit", "genuine", "scam"})


def asks(view) -> bool:
    """The sentence is a question, inside its closing quotation marks or bold markers too: a heading
    that quotes the reader ("**... Is that true?"**"). (TIM001 asks it too.) Or a question with the
    letter's sign-off run on after it, which no capital letter split off: "Are they worth it? name
    withheld, Leeds"."""
    text = view.sentence_text.rstrip().rstrip("\"'”’*_)]")
    if text.endswith("?"):
        return True
    mark = text.rfind("?")
    return mark > 0 and len(_WORDS.findall(text, mark)) <= _SIGN_OFF_WORDS and not _TERMINAL.search(text, mark + 1)


_WORDS = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!]")
_SIGN_OFF_WORDS = 4


_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "my", "me"})


def _tells_of_the_asker(view) -> bool:
    """A short sentence of the letter-writer's own ("I'm 58 and have had it for years", "My GP is
    unsure"), which may stand between what someone said and the writer's question."""
    words = [token.norm for token in view.tokens if token.is_word]
    if len(words) > 16 or not words:
        return False
    # (v0.30.30) or the letter goes on reporting what the same person says: "He says I could swap my
    # statin for them. Could I?"
    return words[0] in _FIRST_PERSON or (words[0] in _REPORTERS and words[1:2] in (["says"], ["said"], ["thinks"], ["reckons"], ["claims"]))


_REPORTERS = frozenset({"he", "she", "they", "it"})


_WARNING_OPENERS = frozenset({"please", "be", "beware", "do", "don't", "careful", "caution", "sadly", "unfortunately"})
_DOUBTING = frozenset({"wary", "sceptical", "skeptical", "myth", "misleading", "unproven", "untrue", "false",
                       "beware", "careful"})


def _answered_next(view) -> bool:
    """What someone said, reported, and the next sentence answers it with doubt: a webinar host's
    "A clinic says its drip can reverse diabetes in a month." and the expert's "Please be very wary
    ... there is no good evidence" (the next speaker's turn, or the next sentence)."""
    sentences = view.analysis.sentences
    following = sentences[view.index + 1] if view.index + 1 < len(sentences) else None
    if following is None:
        return False
    # The answer opens with its warning, after a speaker's label if there is one ("AR: Please be very
    # wary"): a word of doubt later in the next sentence ("She is also wary of ...") may be about
    # something else, and a caution about the evidence weighs a figure, it does not dispute it.
    words = [token.norm for token in following.tokens]
    if ":" in words[:4]:
        words = words[words.index(":") + 1:]
    words = [word for word in words if word.isalpha() or word == "n't"]
    # The claim named and taken apart: "That claim came from a 1998 paper that was later retracted ...
    # and found none" (a phone-in's expert answering a caller, v0.30.26).
    if words[:2] in (["that", "claim"], ["that", "idea"], ["that", "myth"], ["that", "theory"], ["that", "rumour"],
                     ["that", "story"]) and not _REBUTTING.isdisjoint(words):
        return True
    # The expert's answer opens with a no: "I'm afraid not. A normal result is reassuring for now, but ..."
    # (a talk's question time, v0.30.31, set 118).
    # (Words with an apostrophe are gone by now: "I'm afraid not" reads "afraid not".)
    if words[:2] in (["afraid", "not"], ["sadly", "not"], ["unfortunately", "not"], ["not", "quite"], ["not", "really"]) \
            or words[:3] == ["i", "am", "afraid"]:
        return True
    # ... or comes to a no: "I'd love to say yes to make you happy, but no" (v0.30.45, set 145's careful talk),
    # ... or says to be careful with it: "I hear that a lot, and I'd be careful with 'cure'".
    # (A reply: the next turn or paragraph, not the same speaker's "No more hangovers. Ever.")
    if following.block != view.block and (_opens_with_a_no(following) or _careful_with_it(following) or any(
            words[i:i + 2] == ["but", "no"] for i in range(min(12, len(words))))):
        return True
    return bool(words) and words[0] in _WARNING_OPENERS and not _DOUBTING.isdisjoint(words[:6])


_WHAT_WAS_SAID = frozenset({"that", "this", "it", "those", "these", "claim", "claims", "word", '"', "“", "'", "‘"})


def _careful_with_it(view) -> bool:
    """The reply warns about what was said: "I'd be careful with 'cure'", "be wary of that" (not "be careful
    with care agencies", about something else)."""
    tokens = view.tokens[:16]
    for i in range(len(tokens) - 2):
        if tokens[i].norm == "be" and tokens[i + 1].norm in ("careful", "cautious", "wary") \
                and tokens[i + 2].norm in ("with", "of", "about") \
                and any(t.norm in _WHAT_WAS_SAID for t in tokens[i + 3:i + 6]):
            return True
    return False


def _opens_with_a_no(view) -> bool:
    """The turn opens with a bare "No" ("No. A clear scan is a snapshot", "SAM: No, sadly"), not "No one should ..."."""
    tokens = [t for t in view.tokens if t.norm not in ('"', "“", "”", "'")]
    if len(tokens) > 2 and tokens[1].norm == ":":
        tokens = tokens[2:]  # a speaker's label
    return len(tokens) > 1 and tokens[0].norm == "no" and tokens[1].norm in (",", ".", "!", ":", ";", "—", "–", "-")


_REBUTTING = frozenset({"retracted", "disproved", "debunked", "discredited", "false", "wrong", "untrue", "none",
                        "myth", "withdrawn"})


def _myth_framed(view) -> bool:
    """ "Myth: ..." or "Myth #2 - ..." at the start of the sentence, or the sentence follows a
    "Myth:" label sentence or heading of its own block, or it is a list item under a heading of
    warning signs ("Warning signs", "Red flags", "Claims to be wary of"): each item describes
    what a seller says, for the reader to distrust."""
    if any(m.first <= 2 for m in view.mentions_of("myth")) and any(t.norm in (":", "-", "—", "–") for t in view.tokens[:4]):
        return True
    if _myth_that(view):
        return True
    if view.block_label() == "myth" or _quoted_under_myths_heading(view):
        return True
    # (A whole quotation that opens its paragraph and is denied by the next sentence is checked the
    # same way: '*"There's a pill that cures it."* There isn't.', v0.30.25.)
    if (view.block_kind == "heading" or view.previous_in_paragraph() is None) and _quoted_then_denied(view):
        return True
    if _QUOTED_THEN_NO.match(view.sentence_text) or _PUT_TO_THE_SPEAKER.search(view.sentence_text):
        return True
    return view.block_kind == "list-item" and _under_warning_heading(view)


# A saying an unnamed member of the audience sent in, quoted for the speaker to answer (a Q&A's
# chair: 'Someone wrote: "I heard it's gentler than chemo, no side effects to speak of."').
_PUT_TO_THE_SPEAKER = re.compile(
    r"\b(?:someone|somebody|a (?:member|listener|reader|viewer|caller|parent|patient)|one (?:member|listener|reader|viewer)|"
    r"another (?:member|listener|reader|viewer)|a few of you|several of you|many of you|lots of you)\s+(?:has\s+|have\s+)?"
    r"(?:wrote|written|asked|says|said|posted|messaged|emailed|writes|asks|heard|sent in)\b[^\"“]{0,20}[:,]\s*[\"“]",
    re.IGNORECASE)


# A saying quoted and answered in the same sentence: '"Everyone will be off insulin in two years":
# no, the first approvals ...', '"It can't be rejected"? Not so.'
_QUOTED_THEN_NO = re.compile(r"\s*[*_]*[\"“‘'](?:[^\"”’]{8,300})[\"”’'][.?!]?\s*[:?!—–-]?\s*[*_]*"
                             # (not "no exaggeration", "no doubt", "no kidding": a testimonial insisting)
                             r"(?:no\b(?!\s+(?:exaggeration|doubt|question|kidding|joke|lie|word|hype|jokes|lies))|nope|"
                             r"not\s+(?:so|true|really|yet|quite)|false|wrong|untrue|(?:a\s+)?myth)\b",
                             re.IGNORECASE)


def _quoted_under_myths_heading(view) -> bool:
    """A saying quoted on its own at the start of a paragraph, in a section whose heading names
    myths ("Myths we hear", "Common misconceptions"): the claim the paragraph goes on to correct."""
    text = view.sentence_text.strip().strip("*_ ")
    if text[:1] not in _QUOTE_MARKS or text.rstrip(".?!")[-1:] not in _QUOTE_MARKS:
        return False
    # (A speaker inside the quotation is part of the saying: '"A clinic abroad says stem cells can
    # reverse MS."' under "Myths and facts" is the myth the paragraph answers.)
    if view.previous_in_paragraph() is not None:
        return False
    heading = view.analysis.section_heading(view.block)
    if heading is None:
        return False
    return any(v.mentions_of("myth") or v.words & _MYTH_HEADING_WORDS for v in view.analysis.in_block(heading))


_MYTH_HEADING_WORDS = frozenset({"myth", "myths", "misconception", "misconceptions", "misunderstandings"})


# "A common myth is that ...", "One widespread fear holds that ...": the sentence opens by naming
# what follows as a myth.
_MYTH_LINKS = (("is", "that"), ("was", "that"), ("says", "that"), ("holds", "that"), ("goes", "that"))


def _myth_that(view) -> bool:
    tokens = view.tokens
    for mention in view.mentions_of("myth"):
        if mention.first > 3:
            continue
        after = tuple(t.norm for t in tokens[mention.last + 1:mention.last + 3])
        if after in _MYTH_LINKS:
            return True
    return False


_QUOTE_MARKS = "\"“”'‘’"
# Words by which the writer's next sentence qualifies a saying just quoted: "Cells from your own body
# can still cause harm", "In fact, ...", or answers it with the evidence: "Studies that tracked the
# cells found most of them in the lungs".
_CORRECTING = frozenset({"still", "actually", "however", "but", "yet", "fact", "reality", "truth", "wrong", "warns", "warn",
                         "untrue", "false", "misleading", "myth", "only", "rarely", "not", "no", "never", "nothing",
                         "studies", "trials", "evidence", "found"})


def _quoted_then_corrected(view) -> bool:
    """A saying quoted on its own, with no speaker ("'Natural means it is completely safe.'"),
    that the writer's next sentence in the paragraph corrects: an explainer's claim under discussion.
    A testimonial is followed by its speaker or another quotation, not by a correction."""
    text = _without_speaker(view.sentence_text)
    if text[:1] not in _QUOTE_MARKS or text[-1:] not in _QUOTE_MARKS or view.mentions_of("attribution"):
        return False
    if view.block_kind == "heading":
        # A heading that quotes a claim, corrected where its section begins: '## "But they're my own cells, so
        # they must be safe"' over "It is one of the commonest claims, and the ISSCR warns against it."
        # (Only in words that judge it: a section's opening "not" or "but" is about its own subject.)
        return any(sentence.words & _HEADING_CORRECTING for sentence in _section_opening(view))
    # The correction may come after a sentence that grants what is true in it: '"Cold air cures it." Some parents
    # notice the cough eases in the car. Steam is pleasant, but no trial shows it treats croup.'
    # (v0.30.58, set 166's careful blog): the next few sentences of the paragraph, up to another quotation.
    following = view.next_in_paragraph()
    for _ in range(_CORRECTION_REACH):
        if following is None or following.sentence_text.lstrip()[:1] in _QUOTE_MARKS \
                or following.mentions_of("attribution"):
            return False
        if following.words & _CORRECTING:
            return True
        following = following.next_in_paragraph()
    return False


_CORRECTION_REACH = 3  # sentences of the paragraph after the quoted saying
# A transcript's speaker label before a quotation: "**KIRSTY:** 'A normal scan means ...'".
_SPEAKER_LABEL = re.compile(r"^[*_\s]*[A-Z][A-Z .'-]{1,30}:[*_\s]*")


def _without_speaker(sentence: str) -> str:
    """The sentence without markup at its ends or a speaker's label before it."""
    return _SPEAKER_LABEL.sub("", sentence.strip()).strip().strip("*_").strip()


_SECTION_OPENING = 2  # sentences of a section that may answer the quotation in its heading
_HEADING_CORRECTING = frozenset({"myth", "myths", "wrong", "untrue", "false", "misleading", "warns", "warn", "warned",
                                 "claim", "claims", "mistaken", "misconception", "truth", "reality"})


def _section_opening(view) -> list:
    """The first sentences of the block after a heading."""
    sentences = view.analysis.sentences
    after = view.index + 1
    if after >= len(sentences) or sentences[after].block_kind != "paragraph":
        return []
    block = sentences[after].block
    return [s for s in sentences[after:after + _SECTION_OPENING] if s.block == block]


# A short answer that denies what the heading quoted: "You can't.", "It is not.", "No.", "Not true."
_SHORT_ANSWER_WORDS = 8


def _quoted_then_denied(view) -> bool:
    """A heading that quotes a claim ('"You can catch MS from someone who has it"') answered at
    once by a short denial ("You can't."): a claim checked, as in a myths page."""
    # (in italics or bold too, and answered in the same paragraph: '*"There's a pill that cures it."*
    # There isn't.', v0.30.25)
    text = _without_speaker(view.sentence_text)
    if len(text) < 3 or text[0] not in _QUOTE_MARKS or text.rstrip(".?!*_")[-1] not in _QUOTE_MARKS:
        return False
    answer = view.analysis.sentences[view.index + 1] if view.index + 1 < len(view.analysis.sentences) else None
    if answer is None:
        return False
    words = [t for t in answer.tokens if t.is_word]
    if not words or len(words) > _SHORT_ANSWER_WORDS:
        return False
    return words[0].norm in ("no", "false", "wrong", "untrue", "myth") or bool(
        answer.mentions_of("negation") or answer.mentions_of("negation-after"))


def _under_warning_heading(view) -> bool:
    analysis = view.analysis
    if _after_warning_lead_in(view):
        return True
    heading = analysis.section_heading(view.block)
    if heading is None:
        return False
    memo = analysis.document.memo.setdefault("warning-headings", {})
    found = memo.get(heading)
    if found is None:
        found = memo[heading] = any("warning-heading" in other.classes for other in analysis.in_block(heading))
    return found


def _after_warning_lead_in(view) -> bool:
    """The list opens after a short line that names what follows as myths or warning signs ("Myths
    the team hears often", "Common misconceptions:"): a heading in all but markup, as plain text
    and pasted pages write them."""
    sentences = view.analysis.sentences
    # Where each run of list items starts, remembered per document: a long list would otherwise be
    # walked back once for every item in it.
    starts = view.analysis.document.memo.setdefault("list-run-starts", {})
    index = view.index
    walked = []
    while index > 0 and sentences[index - 1].block_kind == "list-item" and index not in starts:
        walked.append(index)
        index -= 1
    index = starts.get(index, index)
    for step in walked:
        starts[step] = index
    if index == 0:
        return False
    lead_in = sentences[index - 1]
    words = sum(1 for token in lead_in.tokens if token.is_word)
    return "warning-heading" in lead_in.classes and (words <= 8 or lead_in.sentence_text.rstrip().endswith(":"))
