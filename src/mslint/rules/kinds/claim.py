"""claim: a statement an article makes, written in the concept language (mslint.rules.concepts).

    [[rule]]
    kind = "claim"
    match = ["{TREATMENT}? cure~ [the|your] {CONDITION}", "say goodbye to {CONDITION}"]
    unless = ["cure~ rate"]          # patterns that make the sentence acceptable
    unless-nearby = ["(false alarm~|missed)"]  # ... or one of the sentences around it
    nearby-reach = "section"         # how far "around" is: 2 sentences (default) or the whole section
    except = ["no risk of {HARM}"]   # patterns that make an overlapping match acceptable
    frames = [{act = "{STOP-VERB}", done-to = ["medication-word"], by = ["reader", "advised"]}]
                                     # who does what to what, read off the clause (mslint.analysis.frames)
    about = "intervention"           # the claim must be about this class (named or in force)
    not-about = "test"               # ... and not about this one ("It is quick and painless" of a scan)
    domain = "ms"                    # only in articles about this knowledge-base domain
    unless-article = "harms-explained"  # silent in an article that does this (article_conditions)
    only-in-article = "sells"        # ... and only in an article that does this
    answered-by-article = "cure-questioned"  # a reported claim the article answers: information
    escalate-when = "incurable"      # error (not the default severity) when the claim concerns this class
    silenced-by = ["negated", "hedged", "conditional", "question", "disputed", "historical"]
    softened-by = ["reported"]       # a claim reported without challenge: one severity lower

Each match is judged in its own clause: the hit carries the stance of the pattern's own words,
so a "not" in a gap of the pattern denies the claim, while the "no" of a pattern for "no side
effects" is the claim itself.
"""

from __future__ import annotations

from mslint.analysis.article import analyse
from mslint.analysis.scare_quotes import scare_quoted
from mslint.analysis.stance import REPORTED
from mslint.reading.document import HEADING_KINDS
from mslint.model import Hit, Severity
from mslint.rule import Rule
from mslint.analysis.frames import AGENTS, frames
from mslint.rules.concepts.matcher import ConceptPattern, Match, PatternSet
from mslint.rules.concepts.phrases import expand
from mslint.rules.concepts.syntax import REFERRING_PRONOUNS, PatternSyntaxError

# How many sentences either side `unless-nearby` reads when a rule does not say (`nearby-reach`).
DEFAULT_NEARBY_REACH = 2

KEYS = ("match", "frames", "replies-to", "unless", "unless-nearby", "nearby-reach", "except", "about", "not-about", "domain", "suggestion", "escalate-when",
        "unless-article", "answered-by-article", "only-in-article")


def concept_patterns(spec, key: str) -> list[ConceptPattern]:
    """Parse a list of concept patterns, naming the culprit on error; classes must exist."""
    from mslint.knowledge import builtin_knowledge

    knowledge = builtin_knowledge()
    lexicon = knowledge.lexicon
    compiled = []
    for index, text in enumerate(spec.strings(key)):
        try:
            pattern = ConceptPattern(expand(text, knowledge.phrases))
        except PatternSyntaxError as error:
            raise spec.fail(f"{key}[{index}]", str(error)) from None
        unknown = sorted(name for name in pattern.classes() if not lexicon.knows_class(name))
        if unknown:
            raise spec.fail(f"{key}[{index}]", f"unknown class {{{unknown[0]}}} in pattern {text!r}")
        compiled.append(pattern)
    return compiled


class ClaimRule(Rule):
    def __init__(self, meta, message, patterns, unless, about, domain, suggestion, escalate_when=None, exceptions=(),
                 not_about=None, unless_article=None, answered_by_article=None, only_in_article=None,
                 unless_nearby=(), nearby_reach: int | None = DEFAULT_NEARBY_REACH, replies_to=(), frames=()):
        self.escalate_when = escalate_when
        self.frames = tuple(frames)  # (act pattern, object classes, agents)
        self.acts = PatternSet(act for act, _, _ in self.frames)
        self.replies_to = PatternSet(replies_to) if replies_to else None  # None: a claim that answers nothing
        # None when the rule has none: a PatternSet is always true, and most rules never look nearby.
        self.unless_nearby = PatternSet(unless_nearby) if unless_nearby else None
        self.nearby_reach = nearby_reach  # sentences each way; None: the whole section
        self.unless_article = unless_article
        self.only_in_article = only_in_article
        self.answered_by_article = answered_by_article
        self.not_about = not_about
        self.exceptions = PatternSet(exceptions)
        self.meta = meta
        self.message = message
        self.patterns = PatternSet(patterns)
        self.unless = PatternSet(unless)
        self.about = about
        self.domain = domain
        self.suggestion = suggestion

    def triggers(self) -> tuple[frozenset[str], frozenset[str]]:
        """Words and classes one of which every match contains (for the engine's trigger index): a
        frame's act is such a word too."""
        words, classes = self.patterns.triggers()
        if self.frames:
            act_words, act_classes = self.acts.triggers()
            words, classes = words | act_words, classes | act_classes
        return words, classes

    def applies_to(self, document) -> bool:
        if self.domain is not None and self.domain not in analyse(document).domains:
            return False
        if self.only_in_article is not None:
            from mslint.rules.kinds.article_conditions import holds

            return holds(document, self.only_in_article)
        return True

    def _balanced(self, document, view, match) -> bool:
        """The article does what makes this claim acceptable; a condition that is about one kind of
        thing (a curable condition) excuses only the claims about that kind."""
        from mslint.rules.kinds.article_conditions import CLAIM_SCOPES, holds

        if self.unless_article is None or not holds(document, self.unless_article):
            return False
        scope = CLAIM_SCOPES.get(self.unless_article)
        if scope is None:
            return True
        # The condition the claim itself names decides ("cure glue ear", beside "sinus infections"),
        # else those its clause names; a claim that names none ("are cured", "cure the infection")
        # is about the condition the article informs on.
        clause = view.clause_of(match.first)
        named = [m for m in view.mentions_of("condition") if "condition-word" not in m.classes]
        own = [m for m in named if match.first <= m.first and m.last <= match.last]
        near = own or [m for m in named if clause is None or view.clause_of(m.first) == clause]
        return all(scope in m.classes for m in near)

    def _answered(self, document, stance) -> bool:
        """Someone else's claim in an article that answers it in its own voice ("It is too early
        to call this a cure"): the reader has the article's answer beside the quote."""
        from mslint.rules.kinds.article_conditions import holds

        return self.answered_by_article is not None and REPORTED in stance \
            and holds(document, self.answered_by_article)

    def _own_account(self, document, view, first: int, last: int, stance) -> bool:
        """A patient's own account of their own illness, reported in an article that sells nothing
        ("Ms Hale says the new drugs halted her disease"): one person's story the
        reader can weigh, information rather than the article's cure claim. (On a page that sells,
        the same words are a testimonial chosen to sell, and stay as they are.)"""
        from mslint.rules.kinds.article_conditions import holds

        if self.meta.category != "cure-claim" or REPORTED not in stance or holds(document, "sells"):
            return False
        tokens = view.tokens
        return any(tokens[index].norm in _OWN
                   and any(token.norm in _ILLNESS_WORDS or view.has_class_at(token, "condition")
                           for token in tokens[index + 1:index + 3])
                   for index in range(first, last + 1))

    def _answered_nearby(self, view) -> bool:
        """One of the two sentences before or after gives what the claim lacks ("It was 90%
        accurate. It was also wrong about a quarter of the time."), in its paragraph or, as news
        writes one sentence to a paragraph, in the paragraphs next to it (never across a heading).
        With `nearby-reach = "section"`, any sentence of the section: news gives the caveat after
        the quotes, paragraphs on."""
        sentences = view.analysis.sentences
        reach = self.nearby_reach if self.nearby_reach is not None else len(sentences)
        for step in (-1, 1):
            for distance in range(1, reach + 1):
                index = view.index + step * distance
                if not 0 <= index < len(sentences):
                    break
                other = sentences[index]
                if other.block_kind in HEADING_KINDS:
                    break
                if any(next(p.finditer(other), None) for p in self.unless_nearby.candidates(other)):
                    return True
        return False

    def _replies(self, view) -> bool:
        """The sentence answers one that `replies-to` describes: the sentence just before it, in its
        paragraph or, when it opens one, the paragraph or heading before ("Hot and swollen knee? That's
        a good sign." -- a question and its answer are often two paragraphs, or a heading and a line). When
        that sentence is a bare question ("Is that okay?"), the one it asks about, before it, too."""
        sentences = view.analysis.sentences
        for index in (view.index - 1, view.index - 2):
            if index < 0:
                return False
            before = sentences[index]
            if any(next(p.finditer(before), None) for p in self.replies_to.candidates(before)):
                return True
            if not before.tokens or before.tokens[-1].norm != "?":
                return False
        return False

    def _distanced(self, view, match, stance) -> bool:
        """A claim the writer reports at arm's length, in their own words: "Some clinics claim their
        injections are clinically proven" (not a quotation, which stays the speaker's claim, nor a
        claim merely reported: "her doctors say she is cured"). A quotation stays the speaker's claim
        unless the speaker keeps the distance inside it: a reader's quoted "I saw a bracelet that claims to
        cure it" reports the bracelet's claim."""
        if REPORTED not in self.meta.softened_by or REPORTED not in stance:
            return False
        tokens = view.tokens
        quotation = next(((a, b) for a, b in view.quote_pairs() if a < tokens[match.first].start and tokens[match.last].end <= b),
                         None) if stance.quoted else None
        if stance.quoted and quotation is None:
            return False
        return any(m.last < match.first and any(token.norm in DISTANCING for token in tokens[m.first:m.last + 1])
                   and (quotation is None or quotation[0] < tokens[m.first].start)
                   for m in view.mentions_of("attribution"))

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        # All patterns' matches; overlapping ones are one statement ("Treatment packages starting at
        # $14,900" is one price offer, however many patterns see part of it), reported once.
        found = [match for pattern in self.patterns.candidates(view) for match in pattern.finditer(view)]
        # A frame adds what the patterns miss; where a pattern reads the statement, its reading stands.
        found += [frame for frame in self._framed(view)
                  if not any(m.first <= frame.last and frame.first <= m.last for m in found)]
        if found and self.replies_to and not self._replies(view):
            return
        found = [match for match in found if not self.about or is_about(view, match, self.about)]
        if self.not_about:
            found = [match for match in found if not subject_is(view, match, self.not_about)]
        # The unless and except patterns only matter for a sentence that makes the claim: most
        # sentences the trigger index wakes do not, so they are tried after the claim's own.
        if not found or any(_said(view, m) for p in self.unless.candidates(view) for m in p.finditer(view)):
            return
        if self.unless_nearby and self._answered_nearby(view):
            return
        excepted = [m for p in self.exceptions.candidates(view) for m in p.finditer(view)]
        tokens = view.tokens
        # A claim in scare quotes is a phrase talked about (a label such as "clinically proven").
        found = [match for match in found
                 if not any(_excuses(e, match) for e in excepted)
                 and not scare_quoted(view, tokens[match.first].start, tokens[match.last].end)]
        found.sort(key=lambda m: (m.first, -m.last))
        found = [match for match in found if not self._balanced(document, view, match)]
        # Each run of overlapping readings is one statement; the statements the rule finds in one
        # sentence are one finding over all of them ("no side effects and no interactions ... safe
        # alongside any prescription" is one denial of harm, said twice), so a sentence is flagged
        # once per rule. A statement its context silences stays apart, for the engine to drop.
        statements = []
        group: list = []
        for match in found + [None]:
            if group and (match is None or match.first > max(m.last for m in group)):
                first, stance = self._plainest(view, group)
                if not self._distanced(view, first, stance):
                    last = max(group, key=lambda m: m.mark_last)
                    escalate = bool(self.escalate_when) and any(concerns(view, m, self.escalate_when) for m in group)
                    statements.append((group[0].mark_first, last.mark_last, stance, escalate))
                group = []
            if match is not None:
                group.append(match)
        for first_token, last_token, stance, escalate in self._one_per_line(document, tokens, statements):
            start, end = tokens[first_token].start, tokens[last_token].end
            text = document.text[start:end]
            own_account = self._own_account(document, view, first_token, last_token, stance)
            severity = (Severity.INFO if self._answered(document, stance) or own_account
                        else Severity.ERROR if escalate else None)
            yield Hit(start, end, self.message.format(match=" ".join(text.split())), self.suggestion,
                      severity=severity, stance=stance)

    def _framed(self, view) -> list[Match]:
        """The statements the rule's frames read in the sentence, as matches of the whole statement."""
        found = []
        for act, objects, agents in self.frames:
            if act.may_match(view):
                found += [Match(f.first, f.last, f.first, f.last, f.own) for f in frames(view, act, objects, agents)]
        return found

    def _one_per_line(self, document, tokens, statements):
        """The asserted statements of the sentence merged into one per line (a sentence that runs over
        lines, a list or a link line without a full stop, keeps one finding on each line it is
        flagged on); silenced ones as they are."""
        merged: list = []
        asserted = None  # where in `merged` the last asserted statement is
        for statement in statements:
            if statement[2].silenced_by(self.meta.silenced_by):
                merged.append(statement)
                continue
            last = merged[asserted] if asserted is not None else None
            if last is not None and _same_line(document, tokens[last[1]].end, tokens[statement[0]].start):
                merged[asserted] = (last[0], statement[1], last[2], last[3] or statement[3])
            else:
                asserted = len(merged)
                merged.append(statement)
        return merged

    def _plainest(self, view, group):
        """The reading of one statement the stance judges, with its stance: the longest, unless a
        context that silences this rule reaches only the longer readings. "Most clients leave
        without back pain and never need painkillers again" is still a claim when the reading that
        runs on to "never" looks denied."""
        # Lazily: most groups are one reading, or the longest is not silenced.
        readings = ((match, view.stance(match.first, match.last, match.own)) for match in group)
        longest = next(readings)
        if not longest[1].silenced_by(self.meta.silenced_by):
            return longest
        return next((reading for reading in readings if not reading[1].silenced_by(self.meta.silenced_by)), longest)


def _same_line(document, end: int, start: int) -> bool:
    """Whether text offsets `end` and `start` sit on one line of the source (the text the rules read
    joins a paragraph's or a list's lines, so its own characters cannot say)."""
    position = document.line_index.position
    return position(document.raw_end(end))[0] == position(document.raw_start(start))[0]


# Words that tell the reader not to do what follows: "don't call your MS nurse" is not the safety
# instruction "call your MS nurse" that an `unless` pattern names.
# ... or done without them: "cut his dose without telling his neurologist" (v0.30.36, set 128).
_TOLD_NOT_TO = (("don't",), ("dont",), ("never",), ("do", "not"), ("not", "to"), ("no", "need", "to"), ("needn't",), ("without",))


def _said(view, match) -> bool:
    """An `unless` match excuses the sentence only when it is said, not told not to happen."""
    before = tuple(token.norm for token in view.tokens[max(0, match.first - 3):match.first])
    return not any(before[-len(words):] == words for words in _TOLD_NOT_TO)


def _excuses(exception, match) -> bool:
    """An exception excuses a claim it overlaps, but not a claim that holds all of it and goes on
    past it: "zero risk of graft-versus-host disease" is a fact, "zero risk of infection or any side
    effects" goes on to deny every harm. (A claim that merely starts earlier, "Places on the trial
    are limited", is still excused by "trial are limited".)"""
    overlaps = exception.first <= match.last and match.first <= exception.last
    goes_on = match.first <= exception.first and exception.last < match.last
    return overlaps and not goes_on


# A third person's own illness: "her illness", "his cancer".
_OWN = frozenset({"her", "his"})
_ILLNESS_WORDS = frozenset({"illness", "disease", "condition", "cancer", "tumour", "tumor", "symptoms", "pain"})


# Reporting verbs that keep a claim at arm's length (not "say" or "report").
DISTANCING = frozenset({"claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "tout", "touts",
                        "touted", "boast", "boasts", "boasted", "purport", "purports", "purported", "advertise",
                        "advertises", "advertised", "market", "markets", "marketed",
                        # only inside a past relative clause, the one attribution it makes: "a firm, which
                        # guaranteed 99.9 percent accuracy"
                        "guaranteed"})


def concerns(view, match, cls: str) -> bool:
    """The claim's clause names something of the class, or the topic's condition is one."""
    clause = view.clause_of(match.first)
    if any(clause is None or view.clause_of(m.first) == clause for m in view.mentions_of(cls)):
        return True
    ancestors = view.analysis.knowledge.lexicon.ancestors
    return any(cls in ancestors("@" + named.entity) for named in view.topic.conditions[:1])


def is_about(view, match, cls: str) -> bool:
    """The claim names something of the class in its clause, or the sentence's topic is one."""
    clause = view.clause_of(match.first)
    for mention in view.mentions_of(cls):
        if mention.first <= match.last and (clause is None or view.clause_of(mention.first) == clause):
            return True
    topic = view.topic
    if cls in ("intervention", "treatment") and topic.interventions:
        return True
    return cls == "condition" and bool(topic.conditions)


def subject_is(view, match, cls: str) -> bool:
    """What the claim is about is of the class: the intervention its clause names, or, when it
    names none ("It is quick and painless"), the one in force from the sentences before. A claim that
    opens on a pronoun is about what the pronoun stands for, not a treatment named after it ("which is
    why it protects so well, and why it is not given during treatment")."""
    clause = view.clause_of(match.first)
    # Generic words count too: "watch the procedure on the ultrasound screen" is about the
    # procedure, whatever guides it.
    named = [m for m in view.mentions_of("any-intervention") if clause is None or view.clause_of(m.first) == clause]
    if any(token.norm in REFERRING_PRONOUNS for token in view.tokens[match.first:match.last + 1]):
        named = [m for m in named if m.first <= match.last]
    if named:
        return all(cls in m.classes for m in named)
    topic = view.topic.interventions
    return bool(topic) and cls in view.analysis.knowledge.lexicon.ancestors("@" + topic[0].entity)


def build(meta, spec):
    from mslint.rules.kinds.base import message_template

    about = _known_class(spec, "about") if "about" in spec.table else None
    not_about = _known_class(spec, "not-about") if "not-about" in spec.table else None
    domain = spec.string("domain") if "domain" in spec.table else None
    suggestion = spec.string("suggestion") if "suggestion" in spec.table else None
    unless = concept_patterns(spec, "unless") if "unless" in spec.table else []
    nearby = concept_patterns(spec, "unless-nearby") if "unless-nearby" in spec.table else []
    replies_to = concept_patterns(spec, "replies-to") if "replies-to" in spec.table else []
    escalate = spec.string("escalate-when").lower() if "escalate-when" in spec.table else None
    exceptions = concept_patterns(spec, "except") if "except" in spec.table else []
    unless_article = _article_condition(spec, "unless-article") if "unless-article" in spec.table else None
    answered = _article_condition(spec, "answered-by-article") if "answered-by-article" in spec.table else None
    only_in = _article_condition(spec, "only-in-article") if "only-in-article" in spec.table else None
    patterns = concept_patterns(spec, "match") if "match" in spec.table or "frames" not in spec.table else []
    return ClaimRule(meta, message_template(spec), patterns, unless,
                     about, domain, suggestion, escalate, exceptions, not_about, unless_article, answered, only_in,
                     unless_nearby=nearby, nearby_reach=_nearby_reach(spec), replies_to=replies_to,
                     frames=_frames(spec) if "frames" in spec.table else ())


def _frames(spec) -> list[tuple]:
    """`frames`: inline tables of act (a concept pattern), done-to (classes) and by (agents)."""
    from mslint.knowledge import builtin_knowledge

    knowledge = builtin_knowledge()
    value = spec.table["frames"]
    if not isinstance(value, list) or not value:
        raise spec.fail("frames", "expected a list of inline tables {act = ..., done-to = [...], by = [...]}")
    read = []
    for index, frame in enumerate(value):
        where = f"frames[{index}]"
        if not isinstance(frame, dict) or set(frame) != {"act", "done-to", "by"}:
            raise spec.fail(where, "expected exactly the keys act, done-to and by")
        act, objects, agents = frame["act"], frame["done-to"], frame["by"]
        if not isinstance(act, str) or not act.strip():
            raise spec.fail(where, "act: expected a concept pattern")
        try:
            pattern = ConceptPattern(expand(act, knowledge.phrases))
        except PatternSyntaxError as error:
            raise spec.fail(where, f"act: {error}") from None
        if not isinstance(objects, list) or not objects or not all(isinstance(o, str) for o in objects):
            raise spec.fail(where, "done-to: expected a list of class names")
        unknown = [o for o in objects if not knowledge.lexicon.knows_class(o.lower())]
        if unknown:
            raise spec.fail(where, f"done-to: unknown class {unknown[0]!r}")
        if not isinstance(agents, list) or not agents or any(a not in AGENTS for a in agents):
            raise spec.fail(where, f"by: expected a list of: {', '.join(AGENTS)}")
        read.append((pattern, tuple(o.lower() for o in objects), tuple(agents)))
    return read


def _nearby_reach(spec) -> int | None:
    """ "section" (None: as far as the headings either side), or a number of sentences."""
    if "nearby-reach" not in spec.table:
        return DEFAULT_NEARBY_REACH
    value = spec.table["nearby-reach"]
    if value == "section":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 50:
        return value
    raise spec.fail("nearby-reach", 'must be "section" or a number of sentences from 1 to 50')


def _article_condition(spec, key: str) -> str:
    from mslint.rules.kinds.article_conditions import CONDITIONS

    name = spec.string(key)
    if name not in CONDITIONS:
        raise spec.fail(key, f"unknown condition {name!r} (choose from: {', '.join(sorted(CONDITIONS))})")
    return name


def _known_class(spec, key: str) -> str:
    """A class name a rule filters by; a misspelt one would silently filter nothing."""
    from mslint.knowledge import builtin_knowledge

    name = spec.string(key).lower()
    if not builtin_knowledge().lexicon.knows_class(name):
        raise spec.fail(key, f"unknown class {name!r}")
    return name
