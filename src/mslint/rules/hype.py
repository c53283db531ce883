"""Hype rules (HYP): HealthNewsReview's red-flag words and runs of superlatives.

HYP001 flags each red-flag word (breakthrough, game-changer, revolutionary, miracle, holy grail,
groundbreaking, first-of-its-kind, "a new era", "too great to ignore", "the new standard of
care"...). HYP002 judges density: softer praise words ("promising", "remarkable", "exciting")
are fine one at a time, but not in the headline and not three to a paragraph. The words are
lexicon classes (knowledge/general/hype.toml: red-flag, soft-hype, not-hype, health-context).

The stance of each word (mslint.analysis.stance) decides whether it is the article's own hype:

* negated, asked, conditional, historical or disputed: silent ("This is not a breakthrough",
  "A breakthrough?", "clinics that tout a so-called breakthrough");
* a sentence that judges the claim ("Calling it a breakthrough is premature", "doctors warn
  against...") is a critical report: silent;
* scare quotes - a quotation of at most four words around the word - are critical: silent
  (The company called it a "game-changer");
* a full quotation, or plain attribution ("said", "according to"), is not critical: the words
  are flagged (HealthNewsReview's press-release criterion 10: "unjustifiable, sensational
  language, including in quotes");
* a plural speaks of the field, not of a treatment ("we are seeing these breakthroughs"): silent;
* a red-flag word in a sentence that is not about health ("a breakthrough moment came when she
  started reading", "a breakthrough in the talks") is another sense of the word: silent.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mslint.analysis.article import analyse
from mslint.analysis.genre import is_press_release
from mslint.analysis.scare_quotes import scare_quoted
from mslint.analysis.stance import CONDITIONAL, DISPUTED, HEDGED, HISTORICAL, NEGATED, QUESTION, REPORTED, doubting_words
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.kinds.article_conditions import holds
from mslint import patterns
from mslint.engine import prefilter

__all__ = ["hype_rules", "RedFlagHypeWord", "HypeDensity", "own_hype"]

SILENT_CONTEXTS = frozenset({NEGATED, QUESTION, HISTORICAL, CONDITIONAL, DISPUTED})
# A negative subject reaches further than the stance layer's window: "Nobody in this field should
# be calling these infusions a breakthrough".
_NEGATIVE_SUBJECTS = frozenset({"nobody", "no one", "no-one", "none", "neither"})
_PLURALS = frozenset({"breakthroughs", "miracles", "changers", "gamechangers"})
_PRONOUN_SUBJECTS = frozenset({"this", "it", "that", "these", "they", "it's", "this's"})


def phrase_pattern(words) -> regex.Pattern | None:
    """User words as whole-word phrases: spaces and hyphens between words match either."""
    parts = []
    for word in words:
        tokens = [regex.escape(token) for token in regex.split(r"[\s-]+", str(word)) if token]
        if tokens:
            parts.append(r"[\s-]+".join(tokens))
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return patterns.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", regex.IGNORECASE)


def _negative_subject(view, first: int) -> bool:
    clause = view.clause_of(first)
    for mention in view.mentions_of("negation"):
        if mention.last < first and view.clause_of(mention.first) == clause:
            if " ".join(t.norm for t in view.tokens[mention.first:mention.last + 1]) in _NEGATIVE_SUBJECTS:
                return True
    return False


def _comparison_denies(view, first: int) -> bool:
    """ "more like science fiction than a breakthrough": the word is what it is not."""
    tokens = view.tokens
    for index in range(max(0, first - 3), first):
        if tokens[index].norm == "than":
            return True
    return False


def _health_sense(view, first: int) -> bool:
    """The word is used of medicine: the sentence is about health, or a treatment or test is the
    topic in force, or it is a headline, or it says "this is"/"it could be" of what the article is
    about."""
    if view.block_kind in ("title", "heading"):
        return True
    if "health-context" in view.classes:
        return True
    if view.topic.interventions or health_title(view.analysis):
        return True  # "Honestly a game changer." of the app the post is about
    clause = view.clause_of(first)
    for token_index, token in enumerate(view.tokens[:first]):
        if token.norm in _PRONOUN_SUBJECTS and view.clause_of(token_index) == clause:
            return True
    return False


def health_title(analysis) -> bool:
    """The article's title is about a treatment, test or condition (memoised per document)."""
    memo = analysis.document.memo
    found = memo.get("hyp-health-title")
    if found is None:
        found = any("health-context" in view.classes or "any-intervention" in view.classes or "condition" in view.classes
                    for view in analysis.sentences if view.block_kind == "title")
        memo["hyp-health-title"] = found
    return found


def _after_fronted_if(view, first: int) -> bool:
    """ "If the results hold up, it could revolutionise care": the main clause after a fronted
    conditional is conditional too. (The stance layer marks only the "if" clause itself.)"""
    tokens = view.tokens
    if any(t.norm in ("if", "unless") for t in tokens[max(0, first - 15):first]):
        return True  # "had the potential - if the early results held up - to revolutionize"
    if not tokens or tokens[0].norm not in ("should", "once"):
        return False
    comma = next((i for i, t in enumerate(tokens) if t.norm == ","), None)
    return comma is not None and comma < first


def own_hype(view, first: int, last: int) -> bool:
    """Tokens [first, last] are hype the article offers (its own or quoted without challenge).

    The engine silences the contexts of `silenced_by`; this adds what only hype needs: scare
    quotes, a sentence that judges the claim, a negative subject beyond the stance window, a
    comparison that denies ("than a breakthrough"), and another sense of the word."""
    tokens = view.tokens
    if doubting_words(view):
        return False
    if tokens[last].norm in _PLURALS:
        return False  # "the reason we are seeing these breakthroughs": the field, not a claim about a treatment
    if scare_quoted(view, tokens[first].start, tokens[last].end):
        return False
    if _negative_subject(view, first) or _comparison_denies(view, first) or _after_fronted_if(view, first):
        return False
    if view.mentions_of("hype-limiter") or _praises_no_result(view, first):
        return False
    return _health_sense(view, first)


def _praises_no_result(view, first: int) -> bool:
    """The word's clause is about guidance, prices, access or machines, and names no treatment:
    "cheaper, smaller scanners are set to be the game changer" (but not "a miracle machine", where the
    word names the machine itself)."""
    clause = view.clause_of(first)
    same = [m for m in view.mentions_of("hype-not-result") if view.clause_of(m.first) == clause]
    if any(m.first in (first + 1, first + 2) for m in same):
        return False
    return bool(same) and not any(view.clause_of(m.first) == clause and m.entities
                                  for m in view.mentions_of("intervention"))


REFERENCES_HYPE = (
    "HealthNewsReview.org red-flag words: breakthrough, cure, first-of-its-kind, game-changer, holy grail, "
    "magic, miracle, revolutionary, \"could become the new standard of care\"",
    "HealthNewsReview.org criterion 9: does the story establish the true novelty of the approach?",
    "HealthNewsReview.org press-release criterion 10: unjustifiable, sensational language, including in quotes",
    "Sumner 2014, BMJ, doi:10.1136/bmj.g7015: exaggeration in health press releases carries into the news",
)


@lru_cache(maxsize=64)
def _red_flag_requirements(literals: frozenset[str], extra_words: tuple[str, ...]) -> tuple:
    """Asked for every document: worked out once per word set."""
    extra = prefilter.any_of(_extra(extra_words))
    return (("any", tuple(sorted(literals)) + extra),)


@lru_cache(maxsize=64)
def _extra(words: tuple[str, ...]) -> regex.Pattern | None:
    return phrase_pattern(words)


def _extra_words(options) -> tuple[str, ...]:
    value = options.get("extra-words", ())
    if isinstance(value, str):
        value = [value]
    return tuple(str(word) for word in value)


def _matches(pattern: regex.Pattern | None, text: str, start: int, end: int):
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end) if m.end() > m.start()]


def _merge(spans):
    """Sorted spans with overlaps removed (the longer/earlier one wins)."""
    out: list[tuple[int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if out and span[0] < out[-1][1]:
            continue
        out.append(span)
    return out


class RedFlagHypeWord(Rule):
    meta = RuleMeta(
        code="HYP001",
        name="red-flag-hype-word",
        category="hype",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A HealthNewsReview red-flag word: breakthrough, game-changer, revolutionary, miracle, holy grail...",
        docs=RuleDocs(
            what="Flags HealthNewsReview's red-flag words and their kin: breakthrough, game-changer, "
            "revolutionary, miracle (\"miracle cure\" is HYP003's), holy grail, groundbreaking, "
            "first-of-its-kind, world first, \"a new era\", \"too great to ignore\", \"the new standard of "
            "care\", paradigm shift, and superlatives that rank a treatment above all others (\"the most advanced "
            "programme in the world\", \"the most powerful remedy ever developed\"). Clinical uses are left alone "
            "(\"breakthrough disease activity\", the FDA's "
            "\"Breakthrough Therapy designation\"), and so are other senses of the words in sentences that are "
            "not about health (\"a breakthrough moment came when she started reading\", \"a breakthrough in the "
            "talks\"). Silent when negated, asked, conditional, historical or reported critically (\"so-called "
            "breakthrough\", scare quotes, \"clinics that tout a miracle\", \"calling it a breakthrough is "
            "premature\"); a full quotation is still flagged, since sensational language in quotes misleads just "
            "the same, but as information when the article gives the effect in absolute numbers (the reader can "
            "weigh the speaker's word against the figures). Add words with the option `extra-words` (a list of "
            "phrases).",
            why="These words promise more than any single study can show. Reviewers at HealthNewsReview found "
            "them in stories that overstated benefits and skipped harms, costs and the quality of the "
            "evidence; for people with MS they raise hopes that unproven clinics then sell.",
            bad=(
                "Scientists have made a breakthrough in MS treatment.",
                "This game-changer is set to transform life with MS.",
                "A revolutionary stem cell procedure is now available.",
                "This drug is the holy grail that people with MS have waited for.",
                "The results mark a new era for people with progressive MS.",
                "“This could become the new standard of care,” said the lead investigator.",
                "Ours is the most effective knee brace ever invented.",
                "Nature's most complete vitamin blend lands this week.",
            ),
            good=(
                "This is not a breakthrough.",
                "Is this a breakthrough?",
                "Be wary of clinics that promise a breakthrough.",
                "The company called its product a \"game-changer\", but the trial was small.",
                "She had breakthrough disease activity on interferon.",
                "The FDA granted the drug Breakthrough Therapy designation.",
                "For Abby, a breakthrough moment came at nine, when she started reading on her own.",
                "The GeneSight report felt more like science fiction than a breakthrough.",
                "Stopping smoking is the single best thing you can do for your heart.",
                "Giving up cigarettes is by far the single most important change you can make for your heart.",
                "## Holy grail\n\nThe holy grail is for a failing heart to recover so that the pump can come out.",
            ),
            better="Say what was found, in whom and how big the effect was: \"In a trial of 110 people, the "
            "drug reduced relapses from 1.2 to 0.6 a year compared with placebo.\"",
        ),
        references=REFERENCES_HYPE,
        silenced_by=SILENT_CONTEXTS,
    )
    default_options = {"extra-words": []}

    def requirements(self, options):
        # A word of each of the lexicon's red-flag phrases (a new phrase in the class needs no
        # change here), and the user's extra words.
        from mslint.knowledge import builtin_knowledge

        pattern_words = _pattern_literals()
        if pattern_words is None:
            return ()  # a pattern with no word of its own: every sentence
        literals = builtin_knowledge().lexicon.literals_of("red-flag") | pattern_words
        return _red_flag_requirements(frozenset(literals), _extra_words(options))

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None or view.is_furniture:
            return
        text = document.text
        superlatives = superlative_spans(view)
        sweeping = sweeping_spans(view)
        for start, end in _merge(red_flag_spans(view) + superlatives + sweeping + _extra_spans(view, options)):
            first = view.token_index(start)
            last = max(first, view.token_index(end - 1))
            if not own_hype(view, first, last):
                continue
            word = " ".join(text[start:end].split())
            if _label_of_a_goal(document, view, word):
                continue
            stance = view.stance(first, last)
            # A speaker's hype in an article that gives the effect in numbers: the reader can weigh
            # the word against the figures (information, not a warning). The writer's own is not.
            # A speaker's quoted hope ("would be a big breakthrough", "could be a
            # game-changer") is the same: an expectation, in their words, the reader can see is one.
            # A press release's quotations are the issuer's own words (mslint.analysis.genre).
            hope = stance.quoted and HEDGED in stance
            # (An outside expert's word in a story that gives absolute figures of any outcome, risks
            # and counts of who responded, is weighed against them too: seed-2056 audit.)
            balanced = REPORTED in stance and not is_press_release(document) \
                and (hope or holds(document, "benefits-quantified")
                     or (stance.quoted and holds(document, "figures-given")))
            # Someone else's name for it, passed on: in a quotation, or in the writer's words beside
            # the effect in numbers ("widely hailed as a breakthrough ... 36 infections against 64").
            balanced = balanced or (_name_passed_on(view, first)
                                    and (stance.quoted or holds(document, "benefits-quantified") or _sized(view)))
            kind = ("Superlative" if (start, end) in superlatives
                    else "Sweeping promise" if (start, end) in sweeping else "Hype word")
            yield Hit(start, end, f"{kind} \"{word}\": say what was found and how large the effect is",
                      severity=Severity.INFO if balanced else None, stance=stance)


def _label_of_a_goal(document, view, word: str) -> bool:
    """A subhead that is the word alone ("HOLY GRAIL") labels its section: it means what the
    section's first use of the word means, and "the holy grail is for a patient to ..." names a goal,
    not a result."""
    if not document.blocks[view.block].is_heading or view.sentence_text.strip(" .:!?#*").lower() != word.lower():
        return False
    views = view.analysis.sentences
    for later in views[view.index + 1:]:
        if document.blocks[later.block].is_heading:
            return False
        position = later.sentence_text.lower().find(word.lower())
        if position >= 0:
            start = later.start + position
            return not any(s <= start < e for s, e in red_flag_spans(later))
    return False


# Verbs that pass on another's name for a thing: "the health secretary dubbed it a game changer".
_NAMING_VERBS = frozenset({"called", "call", "calls", "calling", "dubbed", "dubs", "dubbing", "hailed", "hails",
                           "hailing", "labelled", "labeled", "labelling", "labeling", "described", "describes",
                           "describing", "touted", "touts", "touting", "billed", "billing", "branded", "branding"})
# How close before the word its naming verb must stand ("has called it a breakthrough", "praised as
# the first real treatment breakthrough").
_NAMING_REACH = 6
_PERCENT = frozenset({"%", "percent", "per", "cent"})


def _sized(view) -> bool:
    """The sentence gives the effect as a figure ("... can cut the risk by 44%"): the reader can
    weigh the name passed on against it."""
    tokens = view.tokens
    return any(token.is_number and index + 1 < len(tokens) and tokens[index + 1].norm in _PERCENT
               for index, token in enumerate(tokens))


def _name_passed_on(view, first: int) -> bool:
    """The word is someone else's name for the thing, passed on by the speaker quoted ("the health
    secretary dubbed it a game changer", even in a release), not the speaker's own verdict: said by a
    third party, not "we" or "I"."""
    tokens = view.tokens
    for index in range(max(0, first - _NAMING_REACH), first):
        if tokens[index].norm in _NAMING_VERBS:
            speaker = tokens[max(0, index - 3):index]
            return bool(speaker) and not any(view.has_class_at(t, "first-person") for t in speaker)
    return False


def _outermost(mentions):
    return [m for m in mentions if not any(o is not m and o.first <= m.first and m.last <= o.last
                                           and (o.last - o.first) > (m.last - m.first) for o in mentions)]


# Superlatives that rank a treatment above all others, ever: "the most advanced programme in the
# world", "the most powerful natural remedy ever developed", "the world's most effective".
# Where a superlative reaches: the world, all time, a lifetime ("of my lifetime", "in forty years",
# "you will ever buy", "medicine has ever produced").
_EVER = ("(in the world|for a generation|in half a century|(you|parents|families|patients) (can|could) (buy|own|download|wear|get|try)|"
         "(will|'ll) (read|hear|see|buy|try|do) (this year|all year|today)|"
         "ever (developed|made|created|discovered|seen|offered|invented|produced|built|designed|found|"
         "tested|approved|devised|formulated|conceived|engineered|happened|sold|put on|worn|strapped on|assembled|put together|"
         # (v0.30.56, set 161) "the best guide to eczema ever written"
         "written|published)|available outside (a|the) (hospital|clinic)|"
         # all of history, a century, beyond argument: "in the history of medicine", "for a century", "full stop"
         "in the history of _|for a century|in a century|of all time|full stop|bar none|"
         "(that|which) (medicine|science|nature) (has|can) [to] offer|on the planet|on earth|in medicine|in a generation|in decades|"
         "of our time|of the century|of the decade|of the (nineteenth|twentieth|twenty-first|19th|20th|21st) century|"
         "in (a|one) (hundred|thousand) years|since [the] _|"
         "((i|we|you|they) (have|'ve)|i've|we've|you've|they've) ever (come across|seen|used|tried|found|met|known|reviewed|tested|recommended|taken|bought|put|eaten|drunk|owned|done)|"
         # (v0.30.23) all that science knows, all a body can have: "the most powerful natural antibiotic
         # known to science", "the single most powerful reset your body can have"
         "known to (science|man|medicine|mankind|humanity|humankind)|your body (can|could) (have|get|receive|do|make)|"
         "(will|'ll) ever (make|take|buy|try|do|need|have|use|own)|money can buy|of your (whole|entire) _|available (in|across|on) [the] _ today|anywhere [in the (country|world|uk|us|usa)]|on the market|"
         "(any|every) _ [_] (can|could) (do|take|buy|try|have|use|learn|make|get|give|own|download)|"
         "(anyone|anybody|everyone|everybody) [with _ [_]] (can|could|should|will ever) (own|buy|have|use|try|get|spend|make)|"
         "(that|which) (any|a|one) ...3 (has|have) ever (delivered|made|produced|developed|achieved|offered)|(will|'ll) make this year|"
         "available today|available anywhere|of (my|our|your|a|their) lifetime|"
         # (v0.30.28, set 113) all that exists: "the most powerful tool against MS that exists today"
         "(that|which) (exists|exist) [today|now|anywhere]|in existence|"
         # a country, a body or any place of its kind (v0.30.20): "available in the UK", "in any
         # first-aid box", "for any beach holiday", "in the human body", "anyone over 60 can take"
         "available in (the uk|britain|the country|europe|the world|the us|the usa|america|london|england)|"
         "(in|for) any _ [_] [_] (box|kit|bag|cupboard|cabinet|holiday|trip|home|house|kitchen|routine|wardrobe)|"
         "in the (human|whole|entire) body|(anyone|anybody|everyone|everybody) ...3 (can|could|should) (take|use|buy|swallow|drink|eat)|in (my|our|your|a|their) lifetime|"
         # what anyone can get today, a whole career, the tub it came in: "available to people with MS
         # today", "in my career", "ever put in a tub"
         "available to ...4 (today|now|anywhere)|in (my|our|his|her|their) [whole|entire|long|# year] career|ever put in (a|the) _|"
         "in [#] # years|(in|over|of) the (last|past) [#] _ (years|decades)|for decades|for a decade|"
         # a whole working life: "in our 25 years of business" (v0.30.47, set 146)
         "in (my|our|his|her|their) # years|"
         # the one the doctors leave out: "the most powerful MS treatment nobody's prescribing"
         "(nobody's|nobody is|no one is|no one's|no doctor is) (prescribing|talking about|telling you about|offering)|(in|over) the (last|past) (century|decade)|(there is|there's) (.|!|,|;)|"
         "in [_] [_] (care|medicine|treatment|healthcare|dentistry) today|in a decade|in (a|my|our|their) lifetime|"
         "anywhere in the world|anywhere on (earth|the planet)|in the world (right now|today|at the moment)|this century|this decade|in a century|of the (last|past) (century|decade|fifty years|hundred years)|((they|you|we|i|she|he) (will|'ll)|you'll|they'll|we'll|i'll) ever _|(science|medicine|research|anyone|anybody|nature|the world) (has|have|had) ever _)")
# (v0.30.25, sets 106-107) Against all time in so many words: "ever devised", "the world has seen",
# "your nervous system will ever receive", "that nobody talks about".
_ALL_TIME = ("(ever (devised|invented|created|developed|designed|discovered|produced|formulated)|"
             "in your (kitchen|cupboard|bathroom cabinet|fridge)|"
             "_ [_] (will|'ll|could|can) ever (receive|get|need|have|try|use|take|buy|give|make|experience|come across|find|see|discover|own|wear|read|be given|be offered|be prescribed)|"
             "(the world|medicine|science|anyone|history) (has|have) [ever] seen|"
             "(nobody|no one|nobody's|no one's|no doctor) (talks|is talking|tells you|wants you to know|will tell you) about|"
             "you (can|could) [ever] give (your|yourself))")
# A plain superlative before what it ranks: "the safest treatment", "the easiest sleep hack".
_PLAIN_SUPERLATIVE = ("the (safest|easiest|fastest|simplest|gentlest|strongest|purest|smartest|cleverest|quickest) [_] [_] "
                      "(treatment|therapy|procedure|product|remedy|option|hack|way|fix|upgrade|thing|method|cure|solution|"
                      "supplement|device) ")
_SUPERLATIVES = PatternSet(ConceptPattern(text) for text in (
    # Any virtue at its height against all time: "the most relaxing and effective ear treatment ever
    # devised", "the single most important correction your nervous system will ever receive", "the
    # greatest gift you can give your family's teeth", "the first true myelin-repair pill the world has seen".
    "the [single] most _ [and _] ...6 " + _ALL_TIME,
    "the [single] (greatest|best|biggest|finest|first true|only true|first real|most precious) ...6 " + _ALL_TIME,
    # (v0.30.32, set 120) A food or a remedy ranked above all on earth: "the most healing food on the planet"
    # (not "the most common organisms on Earth", a description).
    "the [single] most (healing|powerful|potent|nourishing|nutritious|effective|detoxifying|cleansing) [_] [_] (on the planet|on earth|in the world)",
    "the [single] most (advanced|powerful|important|effective|innovative|significant|exciting|successful|complete|"
    "comprehensive|cutting-edge|accurate|reliable|precise|life-changing|transformative|valuable|worthwhile|liberating|"
    "empowering|revealing|revolutionary|useful|essential|profound|remarkable|impressive|brilliant|amazing|incredible|"
    "extraordinary|groundbreaking|hopeful|promising) ...8 " + _EVER,  # (hopeful, promising: v0.30.43, set 140)
    # Ranked against all time by a bare "ever" closing the sentence: "the biggest advance for dry
    # eyes ever."
    "<the [single] (most (advanced|powerful|important|effective|innovative|significant|exciting|successful)|best|greatest|"
    "biggest) ...6 ever> (.|!)",
    # (Not a buyer's verdict on the price, "the best value I've had": what is ranked is the treatment.)
    "the [single] (best|greatest) [_] [_] (thing|treatment|remedy|product|discovery|breakthrough|advance|supplement|device|"
    "therapy|cure|medicine|tool|invention|leap|step|piece of kit|piece|gadget|purchase|investment|aid|formula|powder|blend|hope|weapon) ...6 "
    + _EVER,
    # (v0.30.50, set 151) The best thing the speaker ever took: "the most amazing thing we have ever tried".
    "the [single] most (magical|amazing|incredible|wonderful|powerful|life-changing|effective) thing (i've|i have|we've|"
    "we have|you'll|you will) ever (taken|tried|used|put in|put on|bought|swallowed|drunk)",
    # (v0.30.49, set 149) The strongest weapon anyone has: "the single most powerful weapon we have against
    # autism" (not "the single best thing you can do for your heart", which is advice).
    "the [single] (most powerful|greatest|most important|most effective) (tool|weapon|hope) (we|you|doctors|parents|families|medicine) (have|has|possess|hold) (for|against|in)",
    # A virtue ranked against everything ever made: "the most gentle hair treatment ever developed"
    # (not a description: "among the most intricate molecules ever made").
    "the [single] most (natural|gentle|potent|pure|safe|complete|comfortable|precise|accurate|reliable|convenient|"
    "remarkable|elegant|sophisticated|beautiful|nourishing|soothing|healing|restorative|rejuvenating|transformative) "
    "...6 ever (developed|made|created|invented|produced|designed|devised|formulated|engineered)",
    # (v0.30.47, set 147) An era ended: "our lenses mark the end of the reading glasses era".
    "the end of the _ [_] era",
    # What the product is said to end: "spells the end of insulin", "the end of hearing aids".
    "[spell~|mark~|herald~|means|is|could be|will be] the end of (dentures|implants|glasses|reading glasses|hearing aids|dialysis|"
    "the eye patch|eye patches|eye patching|patching|crutches|inhalers|braces|"
    "needles|injections|surgery|knee replacements|hip replacements|wheelchairs|pills|insulin)",
    "the [single] biggest [_] [_] (leap|breakthrough|advance|step|discovery|thing|change|development|revolution|innovation|upgrade|improvement|secret) ...6 " + _EVER,
    # (v0.30.55, set 159) The most important advance in a field for half a century: "the most significant development in
    # bladder care for forty years".
    "the (most important|most significant|greatest|most exciting) (advance|breakthrough|development|discovery|step forward|innovation) "
    "...6 (for|in) (#|ten|twenty|thirty|forty|fifty|sixty|a hundred|over # |over (ten|twenty|thirty|forty|fifty)) years",
    # (v0.30.46, sets 144-145) A plain superlative ranked over a whole field or a year: "the safest treatment in
    # regenerative medicine", "the easiest sleep hack of 2026".
    _PLAIN_SUPERLATIVE + "...3 (in [_] [_] (medicine|dentistry|healthcare|surgery|skincare|wellness|cosmetics)|"
    "of (the year|this year|the decade|#))",
    _PLAIN_SUPERLATIVE + "...3 " + _EVER,
    # (v0.30.19) The single best for a part of the body: "the single most powerful drink for your kidneys".
    "the single most (powerful|effective|potent|important|advanced) ...4 for (your|the|a|an) _",
    # The quickest anywhere: "the fastest-acting spasm relief you can buy".
    "the (fastest-acting|fastest acting|quickest-acting|quickest acting) ...6 " + _EVER,
    # One product said to end the way medicine works: "the end of one-size-fits-all sleep advice".
    "the end of (one-size-fits-all|guesswork|trial and error|trial-and-error|generic) [_] [_] (advice|diets|dieting|medicine|care|treatment|approach|plans|nutrition)",
    # The safest anywhere: "the safest oral piercings in the country".
    "the safest ...4 in (the country|the uk|britain|europe|the world|town|london|the city|the region)",
    # A seller's own clinic or formula ranked above a region's: "the most advanced jaw clinic in
    # Europe", "the most advanced sleep formula in Britain". (Not "the most effective licensed drugs
    # in the UK", a category of medicines described.)
    "the [single] most (advanced|powerful|innovative|effective|successful|trusted|experienced|comprehensive|cutting-edge|complete) "
    "[_] [_] [_] [_] (solution|answer|package|plan|clinic|clinics|centre|center|centres|centers|formula|programme|program|service|model|practice|team|"
    "technology|system|facility|unit|suite|lab|laboratory|hospital|surgery|product|supplement|device|protocol|method|treatment|treatments|therapy|procedure) [available|offered] in (europe|britain|great britain|the uk|"
    "the us|the usa|america|the americas|asia|africa|australia|the country|the nation|london|scotland|wales|ireland|"
    # a region or a city: "the most advanced laser suite in the North East"
    "the north|the south|the east|the west|the midlands|the north west|the north-west|the north east|the north-east|"
    "the south west|the south-west|the south east|the south-east|the region|the county|the city|town|the capital|"
    "yorkshire|manchester|birmingham|glasgow|edinburgh|cardiff|belfast|bristol|leeds|liverpool|dublin|england)",
    # The same virtue said in one word: "the gentlest, purest remedy nature has ever produced".
    "the (gentlest|purest|safest|strongest|smartest|finest|cleanest|simplest|kindest|easiest|cleverest|brightest|"
    "coolest|neatest) ...8 " + _EVER,
    "the closest thing to ...6 " + _EVER,
    "the closest thing ...3 to (a|the) (fountain of youth|cure|miracle|magic bullet|elixir of youth|elixir of life|reset button|time machine)",
    # (v0.30.19, sets 90-91) "nature's answer to Valium", "the safest option available", "the healthiest way to
    # smoke ever invented".
    "(nature's|nature’s) (answer|alternative|version) to _",
    "the safest (option|treatment|choice|way|approach|procedure) (available|there is|on offer|on the market|out there)",
    "the (healthiest|safest|cleanest) ...6 " + _EVER,
    # Two virtues joined, ranked against all others: "the most natural and effective allergy solution
    # available anywhere" (v0.30.20).
    "the [single] most (natural|gentle|safe|effective|powerful|advanced|complete|trusted) and (effective|safe|natural|"
    "gentle|powerful|advanced|complete|affordable) ...6 " + _EVER,
    # The only proven one, anywhere: "the only proven non-surgical solution in the world".
    "the only (proven|effective|real|true|natural|safe|lasting|permanent) ...6 " + _EVER,
    # The future, already here: "the future of sports medicine, here today".
    "the future of ...4 [,] [is] (here today|here now|available today|available now|is here|here already|already here)",
    # The ultimate anything for a purpose: "the ultimate gut shield for the party season".
    "the ultimate [_] _ (shield|defence|defense|protection|armour|armor|booster|boost|support|companion|secret|weapon|tonic|elixir|fuel) (for|against)",
    # (v0.30.20, sets 94-95) A discovery ranked first for a whole group or a century, a region's best,
    # the country's number one: "the most important skin discovery for the over-70s", "the most
    # important advance in MS care of the past century", "Yorkshire's most advanced MS treatment", "the
    # UK's number one home solution".
    "the [single] most (important|significant|exciting|advanced|powerful) ...3 (discovery|advance|breakthrough|development) "
    "for (the over # s|the over # 's|everyone over #|anyone over #|people over #|women over #|men over #)",
    "(yorkshire's|lancashire's|wales's|scotland's|ireland's|england's|the north's|the south's|manchester's|birmingham's|"
    "leeds's|bristol's|glasgow's|edinburgh's|cardiff's|liverpool's|the midlands') (most advanced|most complete|most "
    "comprehensive|most effective|most powerful|most innovative|best|leading|number one|no. 1|favourite)",
    "(the uk's|britain's|europe's|america's|the world's|the country's|the nation's|london's) (number one|no. 1|no 1|"
    "best-selling|bestselling|favourite|favorite|top-rated|most trusted) ...3 (solution|remedy|treatment|product|cream|"
    "supplement|clinic|kit|brand|formula|device|test)",
    # (v0.30.36, set 128) The world's most of any virtue, ever; the seller's results the best in a region; the
    # number one in a country; the only one engineered by science: "the world's most protective lens, ever",
    # "our results are the best in Europe", "the number one breath solution in Europe", "the only tongue
    # cleaner clinically engineered".
    "the (world's|world’s|planet's) most _ ...4 ever",
    "(our|their|its|the clinic's|the centre's|the center's) (results|outcomes|success rate|success rates) (are|is) the (best|highest) in (europe|the uk|britain|the world|the country|the region|the us|america)",
    "the (number one|no. 1|no 1|#1) [best-selling|bestselling|selling|rated|top-rated] [_] [_] (solution|product|remedy|treatment|brand|choice|cleaner|formula|supplement|device|clinic|kit) (in|across) (europe|the uk|britain|the world|the country|the us|america)",
    "the only [_] [_] (clinically|scientifically|medically|dermatologically) (engineered|proven|designed|formulated|developed|validated)",
    # (v0.30.36, set 129) A practice named as a whole field's future: "regenerative neurology, the future of MND care".
    "(is|,) <the future of [_] _ (care|treatment|medicine|therapy|dentistry|surgery|rehabilitation)>",
    # The only one that works: "the only programme that actually works".
    "the only ...3 (that|which) (actually|really|truly|genuinely) work~",
    # The last one anyone needs: "the only sleep aid you'll ever need".
    "the only ...4 ((you|they|we|i) (will|'ll) ever|you'll ever|they'll ever|we'll ever) (need|buy|want|use|try)",
    "the only ...4 (a|any|every) (man|woman|person|parent|runner|mum|dad|family) (will|'ll) ever (need|buy|want|use|try)",
    # A country's best, in the possessive: "Britain's most complete detox programme".
    "(the uk's|britain's|europe's|america's|asia's|africa's|australia's|the region's|the country's|the nation's|london's|scotland's|ireland's|the world's) "
    "(most advanced|most complete|most comprehensive|most effective|most powerful|most innovative|most accurate|"
    "most successful|most trusted)",
    # The purchase ranked as the reader's best move: "this is the smartest thing you'll do for your skin
    # this year" (v0.30.21; not "the best thing you can do is stop smoking", which is advice).
    "(this is|it's|it is|that's|that is) the (smartest|best|wisest|cleverest) (thing|decision|move|investment) "
    "(you'll|you will) ...3 (do|make) for (your|you)",
    "the only thing (standing|that stands) between (you|your _|them) and",
    "the ultimate [_] [_] [_] (reset|solution|cure|treatment|answer|detox|remedy|fix|weapon|breakthrough|kit|gadget|device|formula|programme|program|protocol|"
    "tool|hack|system|routine|upgrade|secret)",
    # (Not "the world's leading": an institution's description of itself, in every press release.)
    "the (world's|world’s|planet's) (most advanced|most powerful|most effective|most innovative|most important)",
    "(nature's|nature’s) (most powerful|most potent|most effective|most complete|most perfect|strongest|best|greatest)",
    "(a|the|this) [genuine|real|true|quiet|medical|_] revolution (in|for)",
    # A revolution said outright, the first real one, magic in a bottle, history's moment (v0.30.18):
    # "It's a revolution.", "the first real treatment for thoracic outlet syndrome", "literally magic
    # in a vial", "this is light medicine's moon-landing moment".
    "(it's|it is|this is|that's|that is|what a) [a] [real|genuine|total|complete|true|medical] revolution (.|!)",
    "the (first|only) (real|true|genuine|proper) (treatment|cure|answer|solution|fix|hope|option|therapy) for",
    "magic in a (vial|bottle|jar|tub|pill|tube|syringe|bag|capsule|sachet|drip)",
    "(moon-landing|moon landing|moonshot|moon shot|penicillin|iphone|wright brothers) moment",
    "^ the _ revolution",
    # The one thing medicine overlooks: "the single most underrated tool in MS care".
    # (v0.30.47, set 146) The product as the missing link the professions overlooked: "the missing piece that
    # heart doctors have ignored".
    "the missing (link|piece) ...8 (overlooked|ignored|missed|forgotten|dismissed)",
    "the [single] most (underrated|overlooked|underused|under-used|neglected|ignored) [_] [_] (tool|treatment|remedy|supplement|"
    "therapy|weapon|secret|medicine|intervention|vitamin|nutrient|fix|habit) (in|for)",
))

# Sweeping promises: a disease's future, standard care or everyone's lives said to be changed for
# good by one product (HealthNewsReview's "unjustifiable, sensational language").
_SWEEPING = PatternSet(ConceptPattern(text) for text in (
    # (v0.30.50, set 151) Standard care ended "as we know it": "the end of knee surgery as we know it".
    "the end of ...3 (surgery|operations|glasses|injections|dentures|hearing aids|needles|chemo|chemotherapy|implants|"
    "{CONDITION}) as we know it",
    # A disease's whole future promised away: "could change MS forever", "will transform eczema care for good".
    "(change~|transform~|revolutionis~|revolutioniz~|rewrite~) [the future of|the face of|how we treat|the treatment of] "
    "({CONDITION}|{CONDITION} (care|treatment)|lives|medicine|healthcare) (forever|for ever|for good)",
    # Standard care or a disease made history: "could make knee replacements history", "will make nerve surgery
    # a thing of the past", "the end of heart failure as we know it".
    "(make~|making) [_] [_] [_] (replacements|surgery|operations|transplants|dialysis|insulin|injections|glasses|"
    "hearing aids|chemotherapy|chemo|needles|pills|painkillers|implants|dentures) (history|obsolete|a thing of the past|redundant)",
    "(make~|making) ...3 {CONDITION} [_] a thing of the past",
    "(make~|making) ...3 (surgery|operations|transplants|dialysis|injections|replacements|chemotherapy) ...4 (a thing of the past|obsolete)",
    "the end of {CONDITION} as we know it",
    # A product said to end a disease: "nothing less than the end of paralysis".
    # (The disease itself, not "the end of flu vaccination supply problems".)
    "(nothing less than|nothing short of|spells|spell|marks|mark|means) the end of ({CONDITION}|paralysis|blindness|deafness|baldness|wheelchairs) (.|,|;|:|!|for|in|as)",
    # The first ever to undo a disease: "the first-ever treatment to dissolve DISH".
    # (v0.30.49, set 149) The first of its kind built to undo the damage: "the first device designed to regrow cartilage".
    "the first [_] (app|device|treatment|cure|drug|therapy|product|remedy|method|procedure|programme|program|supplement) "
    "(designed|built|made|developed|created|proven) to (restore|reverse|cure|repair|regrow|heal|end|undo|rebuild|regenerate)",
    "the first ever [_] (treatment|cure|drug|therapy|device|product|remedy|method|procedure) to (dissolve|reverse|cure|repair|"
    "regrow|heal|eliminate|erase|undo|melt|wipe out|banish)",
    # Standard care about to be swept away: "set to replace back blows", "set to transform how we treat asthma".
    "set to (replace|end|overturn|make _ obsolete) [_] (back blows|surgery|operations|chemotherapy|chemo|insulin|injections|"
    "glasses|contact lenses|hearing aids|dentures|braces|inhalers|dialysis|physiotherapy|painkillers|antibiotics|steroids|"
    "the nhs|gp|gps|doctors|drugs|medication|medicines|pills)",
    "set to (transform|revolutionise|revolutionize|change) (the way|how|the lives of|lives|the treatment of|the future of)",
    # (v0.30.36, set 128) Every strain killed: "it also kills every variant".
    "(kills|kill|destroys|destroy|wipes out|neutralises|neutralizes|neutralise|neutralize) (every|all) (variant|variants|strain|strains|germ|germs|virus|viruses|bacteria|bacterium|microbe|microbes|known variant|known strain)",
    # A turning point for everyone: "a turning point for every single person with non-24".
    "a turning point for (every|everyone|everybody|anyone|all|millions|every single)",
))


@lru_cache(maxsize=1)
def _pattern_literals() -> frozenset[str] | None:
    """The words the superlative and sweeping patterns are indexed by (their anchors), read off the
    patterns themselves: a new pattern needs no word added by hand to run (until v0.30.49 a
    hand-kept list, which a new pattern's word could silently miss). None if a pattern has no
    anchor word or class."""
    from mslint.knowledge import builtin_knowledge

    lexicon = builtin_knowledge().lexicon
    words: set[str] = set()
    for patterns in (_SUPERLATIVES, _SWEEPING):
        found, classes = patterns.triggers()
        if "*" in classes:
            return None
        words |= found
        for cls in classes:
            words |= lexicon.literals_of(cls)
    # Token words use the straight apostrophe; the text may have the curly one.
    return frozenset(words | {word.replace("'", "’") for word in words if "'" in word})


# What a superlative of advice ranks is something to do, not a treatment: "the most important thing any
# family can do is check their vaccinations".
_ADVICE_HEADS = frozenset({"thing", "things", "step", "steps", "action", "actions", "way", "ways", "advice", "message",
                           "precaution", "precautions"})


def sweeping_spans(view) -> list[tuple[int, int]]:
    tokens = view.tokens
    return [(tokens[m.mark_first].start, tokens[m.mark_last].end)
            for pattern in _SWEEPING.candidates(view) for m in pattern.finditer(view)]


def superlative_spans(view) -> list[tuple[int, int]]:
    tokens = view.tokens
    return [(tokens[m.mark_first].start, tokens[m.mark_last].end)
            for pattern in _SUPERLATIVES.candidates(view) for m in pattern.finditer(view)
            if not _advice(tokens, m) and not _quitting_smoking_ranked(view, m.first)]


def _advice(tokens, match) -> bool:
    """ "The most important thing any family can do", "the most important thing to pack": a
    superlative that ranks something to do (checking vaccinations, packing sun cream), which careful
    advice does too."""
    most = match.first + 1 + (match.first + 1 <= match.last and tokens[match.first + 1].norm == "single")
    head = most + 2
    if head > match.last or tokens[most].norm != "most" or tokens[head].norm not in _ADVICE_HEADS:
        return False
    after = [token.norm for token in tokens[head + 1:head + 6]]
    if after[:1] == ["to"] and after[1:2] and after[1] in _TO_DO:
        return True
    # ("The single most powerful thing you can do for your ovaries" sells one thing above all else.)
    return most == match.first + 1 and any(norm in ("can", "could", "should") for norm in after) and any(
        norm in ("do", "take", "make") for norm in after)


# Between the subject and the superlative: "Giving up is by far the single most important change".
_COPULA = frozenset({"is", "remains", "was", "'s", "’s"})
_BETWEEN = frozenset({"still", "probably", "perhaps", "by", "far", "easily", "arguably", "also", "really"})
_QUITTING = frozenset({"stopping", "quitting", "giving"})
_SMOKING = frozenset({"smoking", "cigarettes", "cigarette", "tobacco", "vaping", "smoke", "smoker", "smokers"})


def _quitting_smoking_ranked(view, the: int) -> bool:
    """ "Giving up is by far the single most important change you can make for your breathing" in a letter about
    smoking: stopping smoking ranked first is public-health advice (every guideline ranks it so), not a product ranked
    above all others. Only quitting smoking: a cooling vest, a seed-oil ban or a medicine given up, ranked first by the
    page that sells it, is hype (v0.30.55: a gerund subject alone cost five labels over sets 1-157)."""
    tokens = view.tokens
    i = the - 1
    while i >= 0 and tokens[i].norm in _BETWEEN:
        i -= 1
    if i < 1 or tokens[i].norm not in _COPULA:
        return False
    subject = [token.norm for token in tokens[:i] if token.is_word]
    if not subject or subject[0] not in _QUITTING:
        return False
    rest = [norm for norm in subject[1:] if norm != "up"]
    if rest:
        return bool(_SMOKING & set(rest))
    # The bare verb: what is given up is in the sentence or the one before ("A clear scan is no licence to carry on
    # smoking. Giving up is ...").
    before = view.analysis.sentences[view.index - 1] if view.index > 0 else None
    words = {token.norm for token in tokens} | ({token.norm for token in before.tokens} if before else set())
    return bool(_SMOKING & words)


# "the most important thing to pack": what the advice tells the reader to do.
_TO_DO = frozenset({"do", "pack", "take", "bring", "remember", "know", "check", "try", "ask", "avoid", "keep"})


def red_flag_spans(view) -> list[tuple[int, int]]:
    """Text spans of the red-flag words of a sentence, less those inside a not-hype phrase (a
    longer red-flag phrase wins: "it is the holy grail for" is hype, "the holy grail of" a goal)."""
    excluded = view.mentions_of("not-hype")
    spans = []
    for mention in _outermost(view.mentions_of("red-flag")):
        if any(m.first <= mention.last and mention.first <= m.last
               and m.last - m.first >= mention.last - mention.first for m in excluded):
            continue
        spans.append((mention.start, mention.end))
    return spans


def soft_spans(view) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in _outermost(view.mentions_of("soft-hype"))]


def _extra_spans(view, options) -> list[tuple[int, int]]:
    pattern = _extra(_extra_words(options))
    return _matches(pattern, view.analysis.document.text, view.start, view.end) if pattern is not None else []


class HypeDensity(Rule):
    meta = RuleMeta(
        code="HYP002",
        name="hype-density",
        category="hype",
        severity=Severity.INFO,
        scope="document",
        summary="Praise words in the headline, or a run of hype and superlatives in one paragraph",
        docs=RuleDocs(
            what="Counts hype and superlative words (promising, remarkable, exciting, unprecedented, "
            "dramatic, life-changing, cutting-edge... plus the red-flag words of HYP001). Flags the headline "
            "(the title, else the first level-1 heading) when it holds any of the softer ones other than "
            "\"promising\" (the red-flag words there are HYP001's), and a paragraph "
            "that holds `threshold` or more (default 3), at least one of them a softer word (a paragraph of "
            "red-flag words alone is already flagged word by word by HYP001). Negated, asked and critically "
            "quoted words do not count. Options: `threshold` (int), `extra-words` (list of phrases, counted "
            "as softer words).",
            why="One \"promising\" in a balanced article is fine. A headline of praise, or a paragraph that "
            "piles superlatives on top of each other, sells rather than informs: readers remember the tone "
            "and miss the numbers and caveats.",
            bad=(
                "Remarkable Results for Stem Cells in MS\n\nThe trial enrolled 20 people.",
                "The remarkable results are unprecedented, and doctors call the response dramatic.",
            ),
            good=(
                "Stem cell transplant in MS: what a trial of 110 people found\n\nThe early results are "
                "promising, but the trial was small.",
                "The results are not remarkable, and nothing about them is unprecedented.",
            ),
            better="Let the numbers carry the message: \"Relapses fell from 1.2 to 0.6 a year\" needs no "
            "\"dramatic\".",
        ),
        references=REFERENCES_HYPE
        + ("DISCERN (Charnock 1999) question 6: is it balanced and unbiased?",),
    )
    default_options = {"threshold": 3, "extra-words": []}

    def check(self, document, unit, options):
        threshold = options.get("threshold", 3)
        threshold = threshold if isinstance(threshold, int) and threshold > 0 else 3
        analysis = analyse(document)
        text = document.text
        headline_index = _headline(document)
        by_block: dict[int, list] = {}
        for view in analysis.sentences:
            if not view.is_furniture:
                by_block.setdefault(view.block, []).append(view)
        for index, views in by_block.items():
            block = document.blocks[index]
            headline = index == headline_index
            if block.is_heading and not headline:
                continue
            soft, strong = [], []
            for view in views:
                found_soft = soft_spans(view) + _extra_spans(view, options)
                if headline:  # "promising" in a headline flags early-stage work; it is not praise enough
                    found_soft = [s for s in found_soft if text[s[0]:s[1]].lower() != "promising"]
                soft += [(view, s) for s in found_soft]
                if not headline:
                    strong += [(view, s) for s in red_flag_spans(view)]
            if not soft:
                continue
            counted = [(view, span) for view, span in soft + strong if self._counts(view, span)]
            spans = _merge(span for _, span in counted)
            soft_only = {span for _, span in soft}
            # A paragraph of red-flag words only is HYP001's: each is flagged there already.
            if not spans or not any(span in soft_only for span in spans):
                continue
            words = ", ".join(f"\"{' '.join(text[s:e].split())}\"" for s, e in spans)
            if headline:
                yield Hit(spans[0][0], spans[-1][1], f"Hype in the headline ({words}): let the findings speak")
            elif len(spans) >= threshold:
                yield Hit(
                    spans[0][0], spans[-1][1],
                    f"{len(spans)} hype or superlative words in one paragraph ({words})",
                )

    @staticmethod
    def _counts(view, span) -> bool:
        first = view.token_index(span[0])
        last = max(first, view.token_index(span[1] - 1))
        if view.stance(first, last).contexts & SILENT_CONTEXTS:
            return False
        tokens = view.tokens
        if view.mentions_of("skeptic") or scare_quoted(view, tokens[first].start, tokens[last].end):
            return False
        return not _negative_subject(view, first)


def _headline(document) -> int | None:
    """Index of the one headline block: the title, else the first level-1 heading.

    An HTML page often repeats its <title> as its <h1>; only the first counts.
    """
    first_h1 = None
    for index, block in enumerate(document.blocks):
        if block.kind == "title":
            return index
        if first_h1 is None and block.kind == "heading" and block.level == 1:
            first_h1 = index
    return first_h1


def hype_rules():
    """Instances of the Python hype rules."""
    return [RedFlagHypeWord(), HypeDensity()]
