"""Who does what to what: an act read off its clause, whatever words surround it.

A phrase pattern names the words of one way of saying a thing ("most of our customers stop their
tablets"); the next article says it with another subject ("most of our members on
baclofen have dropped it") or puts the object in the sentence before ("You take antidepressants. We recommend
you stop them"). A frame reads the three parts separately:

* the act: a concept pattern for the verb phrase ("{STOP-VERB}", "bin", "wean _ off");
* what it is done to: a mention of one of the frame's classes after the act (or inside it:
  "put the steroid cream away"), or a pronoun that stands for the last such mention in the
  sentence or the one before it in the paragraph ("stop them", "halved theirs"), or nothing at
  all when the act ends its clause ("taper off", "wean them off") and the sentence named one;
* who does it, and how it is put (`by`):
  - "reader": the reader (or the reader's child) allowed or told to: "you can usually ...",
    "parents may simply ...", "it's fine to ...";
  - "advised": the writer's advice: "we recommend you ...", "I'd suggest ...", "my advice is to ...",
    to one person ("I've suggested to Jo that she ..."), or to the seller's people as a body
    ("members are encouraged to ...");
  - "their-people": the writer's or seller's own people doing it, in any tense: "most of our
    clients ...", "many customers choose to ...", "our members have ...", reporting it to the
    seller ("plenty of mums tell us they've ..."), or counted bare after a sentence about them
    ("Our walkers love it. Several have ...").

A frame does not judge stance: the hit goes through the rule's stance like any pattern's, so "you
can't stop them", "should I stop them?" and "if your doctor agrees, ..." read as they do for a
pattern (mslint.analysis.stance). Its own words are the agent's, the modal's, the act's and the
object's, never a "not" between them.
"""

from __future__ import annotations

from mslint.record import Record, _set

AGENTS = ("reader", "advised", "their-people", "writer")

# How far apart the parts may stand (tokens).
_OBJECT_REACH = 5  # act to object: "stop taking all of their regular tablets"
_MODAL_REACH = 4  # modal to act: "can usually just gradually stop"
_ADVICE_REACH = 5  # advising verb to act: "recommend that all clients stop"
_CLEFT_REACH = 14  # "what we'd advise, and what plenty of our clients choose, is": the advice to its "is"
_PEOPLE_REACH = 8  # their people to act: "most of our members on baclofen have halved theirs or"

_PRONOUNS = frozenset({"it", "them", "theirs", "those", "these", "that", "everything", "yours", "hers", "his"})
_READERS = frozenset({"you", "they", "he", "she", "parents", "families", "kids", "children", "we"})
# ("can't" is one token, so a denied permission never reads as one; the stance would deny it anyway.)
_PERMISSION = frozenset({"can", "could", "may", "might", "should"})
_READER_FILLERS = frozenset({'"', "“", "”", "usually", "safely", "simply", "just", "then", "now", "gradually", "happily", "also",
                             "even", "probably", "easily", "often", "finally", "slowly", "start", "begin", "to",
                             "be", "able", "free", "all", "both", "always", "quickly", "soon", "eventually",
                             "generally", "normally", "typically", "definitely", "absolutely", "totally"})
# The reader's own people, allowed in the reader's place: "your child can", "their baby may".
_FAMILY = frozenset({"child", "children", "kid", "kids", "son", "daughter", "baby", "toddler", "teen", "teenager",
                     "partner", "husband", "wife", "mum", "dad", "mother", "father", "parent", "parents", "family",
                     "little", "one", "ones", "boy", "girl", "loved"})
_FINE = frozenset({"fine", "safe", "ok", "okay", "alright", "perfectly", "completely", "totally"})
_ADVISING = frozenset({"recommend", "recommends", "suggest", "suggests", "advise", "advises", "ask", "asks",
                       "encourage", "encourages", "urge", "urges", "tell", "tells", "told", "would", "'d"})
_ADVISERS = frozenset({"we", "i", "we'd", "i'd", "we'll", "i'll"})
_ADVICE_FILLERS = frozenset({"that", "you", "clients", "patients", "customers", "members", "people", "parents",
                             "families", "everyone", "them", "users", "guests", "to", "all", "our", "my", "always",
                             "usually", "strongly", "also", "often", "generally", "gently", "would", "'d", "then",
                             "just", "simply", "now"})
_ADVICE_NOUNS = frozenset({"advice", "recommendation", "suggestion", "tip"})
# The one advised, named between the advice and the act: "I've suggested to Jo that she pauses", "we told
# my sister to stop". (Capitalised names are read as well.)
_ADVISEES = frozenset({"she", "he", "they", "her", "him", "that", "to", "my", "our", "your", "sister", "brother", "mum",
                       "dad", "friend", "wife", "husband", "partner", "daughter", "son", "client", "reader", "readers",
                       "member", "patient", "mother", "father", "she'd", "he'd", "they'd"})
_ADVISING_PAST = frozenset({"suggested", "advised", "told", "asked", "urged", "encouraged", "recommended", "agreed"})
# The seller's people told, as a body, what to do: "guests are encouraged to", "members are asked to". (Not
# "patients are advised to": a hospital's standing instruction before a procedure.)
_PASSIVE_ADVICE = frozenset({"encouraged", "asked", "advised", "told", "urged", "invited", "recommended"})
_QUANTIFIERS = frozenset({"many", "most", "lots", "plenty", "some", "several", "half", "majority", "dozens",
                          "hundreds", "loads", "nearly", "almost", "all", "numerous", "countless", "thousands"})
_OWNERS = frozenset({"our", "my"})
_CUSTOMERS = frozenset({"customers", "clients", "members", "users", "guests", "subscribers", "buyers", "followers",
                        "readers", "students", "attendees", "participants"})
# Reporting to the seller: "tell us", "say to me".
_REPORTING = frozenset({"tell", "tells", "told", "say", "says", "said", "write", "wrote", "report", "reported"})
# People a seller counts as its own when they report to it, or when "our" comes before them.
_TELLING_PEOPLE = frozenset({"parents", "mums", "dads", "families", "patients", "people", "women", "men", "couples",
                             "clients", "customers", "members", "guests"})
_COUNTED_PEOPLE = frozenset({"parents", "mums", "dads", "families", "couples"})
_PEOPLE_FILLERS = frozenset({"have", "has", "had", "now", "already", "even", "simply", "then", "gradually", "since",
                             "choose", "chose", "chosen", "decided", "decide", "opt", "opted", "managed", "were", "are", "able",
                             "go", "went", "on", "to", "been", "finally", "happily", "safely", "just", "also",
                             "successfully", "quickly", "soon", "eventually", "completely", "either", "cut",
                             "down", "or", "and", "theirs", "it", "them", "back", "reduced", "reduce", "lowered", "halved",
                             "lower", "tend", "tends", "like", "prefer", "find", "found", "they", "can", "could",
                             "they've", "that", "she", "he", "she's", "he's", "they'd"})
_BOUNDARIES = frozenset({".", ";", ":", "?", "!", "—", "–", "(", ")", "but", "because", "however", "although",
                         "though", "whereas", "unless", "if", "when", "while", "once", "after", "before", "until"})
_PRESCRIBED = frozenset({"prescribed", "prescription", "regular", "usual"})
# Words before a verb form that make it a noun: "my foot drop", "the first stop", "our drops".
_NOUN_MAKERS = frozenset({"my", "our", "your", "their", "his", "her", "its", "the", "a", "an", "this", "that", "first",
                          "last", "next", "foot", "eye", "nasal", "ear", "one", "two", "few", "bus", "pit"})
# The "-ing" forms that go on with the medicine: "stop taking", "come off using", "stop relying on".
# Forms of the act that are nearly always nouns after the subjects a frame reads ("our NeuroCleanse drops").
_NOUNS_MOSTLY = frozenset({"drops"})
_KEEPING_ON = frozenset({"taking", "using", "having", "carrying", "relying", "injecting", "wearing", "applying"})
# Words in -ing that are no act of their own: "wean it off during the course", "stop them this morning".
_NOT_ACTS = frozenset({"during", "including", "following", "regarding", "pending", "morning", "evening", "spring",
                       "everything", "anything", "something", "nothing", "according"})
_CONDITION_AFTER = frozenset({"if", "unless", "should"})
# The writer as the one who did it, and what may stand between them and the act: "so I've just quietly stopped".
_WRITERS = frozenset({"i", "i've", "we", "we've"})
_WRITER_FILLERS = frozenset({"just", "simply", "finally", "then", "quietly", "gradually", "slowly", "already", "also",
                             "even", "have", "had", "'ve", "completely", "now", "eventually", "soon"})


class Frame(Record):
    __slots__ = ("first", "last", "own")

    def __init__(self, first: int, last: int, own: frozenset[int]):
        _set(self, "first", first)  # token indexes of the whole statement, inclusive
        _set(self, "last", last)
        _set(self, "own", own)  # the agent's, modal's, act's and object's tokens


def frames(view, act, objects: tuple[str, ...], agents: tuple[str, ...]) -> list[Frame]:
    """The statements in the sentence where someone in `agents` does the act (a ConceptPattern) to
    something of one of the classes `objects`."""
    found = []
    tokens = view.tokens
    text = view.analysis.document.text
    named = [m for cls in objects for m in view.mentions_of(cls)]  # the objects the sentence names, read once
    for match in act.finditer(view):
        if (match.first > 0 and tokens[match.first - 1].norm in _NOUN_MAKERS) or tokens[match.first].norm in _NOUNS_MOSTLY \
                or text[tokens[match.first].end:tokens[match.first].end + 1] == "-":
            continue  # a noun, not the act: "my foot drop", "my first stop", "eye drops", "drop-in sessions"
        after = match.last + 1
        if after < len(tokens) and tokens[after].norm.endswith("ing") and tokens[after].norm not in _KEEPING_ON | _NOT_ACTS \
                and not any(m.first == after for m in named):
            continue  # another act: "stop worrying about medication" (but "relax about screening" names the care)
        done_to = _object(view, match.first, match.last, objects, named)
        if done_to is None:
            continue
        for agent in agents:
            by = _AGENT_READERS[agent](view, match.first)
            if by is not None:
                first = min(by + [match.first])
                last = max(match.last, done_to[-1] if done_to and done_to[-1] > match.last else match.last)
                if last + 1 < len(tokens) and tokens[last + 1].norm in _CONDITION_AFTER:
                    break  # "you can stop them if they make you dizzy": a condition of its own
                own = frozenset(by) | frozenset(range(match.first, match.last + 1)) | frozenset(
                    i for i in done_to if i > match.last)
                found.append(Frame(first, last, own))
                break
    return found


# -- what the act is done to ----------------------------------------------------------------------

def _object(view, first: int, last: int, objects, named) -> list[int] | None:
    """The object's tokens (empty when it is implied or named in an earlier sentence), or None."""
    tokens = view.tokens
    # Inside the act ("put the steroid cream away") or just after it ("stop their statins").
    for m in sorted(named, key=lambda m: m.first):
        if first <= m.first <= last + _OBJECT_REACH and not _crosses(tokens, last + 1, m.first):
            return list(range(m.first, m.last + 1))
    end = min(len(tokens), last + 1 + _OBJECT_REACH)
    for i in range(first, end):
        norm = tokens[i].norm
        if i > last and norm in _BOUNDARIES:
            break
        if norm in _PRESCRIBED and "medication-word" in objects and i + 1 < len(tokens) and tokens[i + 1].is_word \
                and i > last:
            return [i, i + 1]  # "ditch your prescribed gel", "skip your usual inhaler"
        if norm in _PRONOUNS and (i <= last or i <= last + 2):
            return [i] if _earlier_object(view, first, named, objects) else None
    if last + 1 >= len(tokens) or tokens[last + 1].norm in _BOUNDARIES or tokens[last + 1].norm in (",", "and"):
        # Nothing after the act: "half of my clients taper off within weeks", "wean them off".
        return [] if _earlier_object(view, first, named, objects) else None
    return None


def _earlier_object(view, first: int, named, objects) -> bool:
    """The sentence, or one of the two before it in the paragraph, named something of the classes ("... finish their
    chemotherapy course? That's your choice. But many of our customers pause it")."""
    if any(m.last < first for m in named):
        return True
    before = view.previous_in_paragraph()
    for _ in range(2):
        if before is None:
            return False
        if any(before.mentions_of(cls) for cls in objects):
            return True
        before = before.previous_in_paragraph()
    return False


def _crosses(tokens, start: int, end: int) -> bool:
    return any(tokens[i].norm in _BOUNDARIES for i in range(start, end))


# -- who does it --------------------------------------------------------------------------------

def _reader(view, act: int) -> list[int] | None:
    """ "you can usually stop", "parents may simply stop", "it's fine to stop", "you'll be able to stop"."""
    tokens = view.tokens
    i = act - 1
    while i >= 0 and act - i <= _MODAL_REACH + 1 and tokens[i].norm in _READER_FILLERS:
        i -= 1
    if i < 0:
        return None
    norm = tokens[i].norm
    if norm in _PERMISSION or norm in ("'ll", "will") and "able" in {t.norm for t in tokens[i:act]}:
        subject = i - 1
        while subject >= 0 and tokens[subject].norm in ('"', "“", "”"):
            subject -= 1
        if subject >= 0 and tokens[subject].norm in _READERS | _CUSTOMERS:
            return [subject, i]
        if subject >= 0 and any(m.last == subject for cls in ("medication-word", "drug") for m in view.mentions_of(cls)) \
                and any(t.norm in ("on", "taking", "using") for t in tokens[max(0, subject - 5):subject]):
            return [subject, i]  # "customers taking water tablets can ..."
        if subject >= 1 and tokens[subject - 1].norm in ("your", "their") and tokens[subject].norm in _FAMILY:
            return [subject - 1, subject, i]  # "your child can ...", not "your clinic may ..."
        return None
    if norm in _FINE and i >= 2 and tokens[i - 1].norm in ("is", "'s") and tokens[i - 2].norm in ("it", "that"):
        return [i - 2, i - 1, i]
    if norm == "free" and i >= 1 and tokens[i - 1].norm == "feel":
        return [i - 1, i]
    return None


def _advised(view, act: int) -> list[int] | None:
    """ "we recommend you stop", "I'd suggest pausing", "my advice is to stop", "we ask clients to stop"."""
    tokens = view.tokens
    i = act - 1
    while i >= 0 and act - i <= _ADVICE_REACH + 1 and tokens[i].norm in _ADVICE_FILLERS | {"is", "'s", "was"}:
        if tokens[i].norm in _ADVICE_NOUNS:
            break
        i -= 1
    if i < 0:
        return None
    norm = tokens[i].norm
    if norm in _ADVISING and i >= 1 and tokens[i - 1].norm in _ADVISERS | {"'d", "would", "always", "usually",
                                                                           "strongly", "also", "often", "generally"}:
        speaker = next((j for j in range(i - 1, max(-1, i - 4), -1) if tokens[j].norm in _ADVISERS), None)
        if speaker is not None:
            return [speaker, i]
    # "my advice is to", not "the advice is to": the writer's own advice, not a guideline's.
    if norm in _ADVICE_NOUNS and i >= 1 and tokens[i - 1].norm in _OWNERS:
        return [i - 1, i]
    if norm in _PASSIVE_ADVICE and i >= 2 and tokens[i - 1].norm in ("are", "is", "'re", "were", "get", "gets") \
            and tokens[i - 2].norm in _CUSTOMERS:
        return [i - 2, i - 1, i]  # "members are encouraged to"
    return _advised_in_a_cleft(tokens, act) or _advised_someone(tokens, act)


def _advised_someone(tokens, act: int) -> list[int] | None:
    """ "I've suggested to Jo that she pauses", "we told my sister to stop": the writer's advice to one person."""
    i = act - 1
    while i >= 0 and act - i <= _ADVICE_REACH + 2 and (tokens[i].norm in _ADVISEES or tokens[i].text[:1].isupper()
                                                      and tokens[i].is_word and i > 0):
        i -= 1
    if i < 1 or i == act - 1 or tokens[i].norm not in _ADVISING_PAST:
        return None
    speaker = next((j for j in range(i - 1, max(-1, i - 3), -1) if tokens[j].norm in _ADVISERS | {"i've", "we've"}), None)
    return None if speaker is None else [speaker, i]


def _advised_in_a_cleft(tokens, act: int) -> list[int] | None:
    """ "What we'd advise, and what plenty of our clients choose, is to stop your ...": the advice named first, the act
    after its "is"."""
    if act < 1 or tokens[act - 1].norm not in ("is", "to") or (tokens[act - 1].norm == "to" and tokens[act - 2].norm != "is"):
        return None
    for i in range(act - 2, max(-1, act - _CLEFT_REACH), -1):
        if tokens[i].norm == "what" and i + 2 < act and tokens[i + 1].norm in _ADVISERS \
                and tokens[i + 2].norm in _ADVISING | {"'d", "would"}:
            return [i, i + 1, i + 2]
    return None


def _their_people(view, act: int) -> list[int] | None:
    """ "most of our clients", "many customers choose to", "our members have", "a lot of my patients on
    baclofen have"; "plenty of mums tell us they've"; "Several have" after a sentence about the seller's people."""
    tokens = view.tokens
    told = _told_us(view, act)
    if told is not None:
        return told
    counted = _counted_in_the_sentence_before(view, act)
    if counted is not None:
        return counted
    for head in range(act - 1, max(-1, act - 1 - _PEOPLE_REACH), -1):
        norm = tokens[head].norm
        if norm in _BOUNDARIES or norm == ",":
            return None
        if not tokens[head].is_word or norm in _PEOPLE_FILLERS:
            continue
        before = [t.norm for t in tokens[max(0, head - 3):head]]
        if before[-1:] and before[-1] in _OWNERS and _only_fillers(view, head + 1, act):
            return [head - 1, head]  # "our walkers", "my clients"
        if norm in _CUSTOMERS | _COUNTED_PEOPLE and any(word in _QUANTIFIERS for word in before) \
                and _only_fillers(view, head + 1, act):
            start = head - len(before) + next(k for k, word in enumerate(before) if word in _QUANTIFIERS)
            return [start, head]  # "many customers", "most users"
    return None


def _told_us(view, act: int) -> list[int] | None:
    """ "Plenty of dads tell us they've dropped", "most buyers say they have dropped": people the seller
    counts, reporting to the seller what they did."""
    tokens = view.tokens
    for r in range(act - 1, max(0, act - _PEOPLE_REACH), -1):
        if tokens[r].norm in _BOUNDARIES:
            return None
        if tokens[r].norm in _REPORTING:
            to_us = r + 1 < act and tokens[r + 1].norm in ("us", "me")
            if not _only_fillers(view, r + 1 + to_us, act):
                return None
            head = r - 1
            before = [t.norm for t in tokens[max(0, head - 3):head]]
            # "our patients tell us", "lots of parents tell us"; not "many patients say": a doctor's patients.
            owned = any(word in _OWNERS for word in before)
            counted = any(word in _QUANTIFIERS for word in before) and (to_us or tokens[head].norm in _CUSTOMERS)
            if head >= 0 and (tokens[head].norm in _CUSTOMERS | _TELLING_PEOPLE and owned
                              or tokens[head].norm in _CUSTOMERS | _COUNTED_PEOPLE and counted):
                return [head, r] + ([r + 1] if to_us else [])
            return None
    return None


def _counted_in_the_sentence_before(view, act: int) -> list[int] | None:
    """ "Our clients love it. Several have stopped ...": a bare count, at the start of its sentence, of the seller's
    people named just before."""
    tokens = view.tokens
    start = next((i for i, token in enumerate(tokens) if token.is_word), None)
    if start is None or tokens[start].norm not in _QUANTIFIERS or start >= act or not _only_fillers(view, start + 1, act):
        return None
    before = view.previous_in_paragraph()
    if before is None:
        return None
    words = [t.norm for t in before.tokens]
    if any(a in _OWNERS and b in _CUSTOMERS | _TELLING_PEOPLE for a, b in zip(words, words[1:])):
        return [start]
    return None


def _only_fillers(view, start: int, end: int) -> bool:
    """Between the people and the act stand only auxiliaries and adverbs, or what they take
    ("on baclofen", "taking water tablets"): no verb of their own that the act would belong to."""
    tokens = view.tokens
    i = start
    while i < end:
        norm = tokens[i].norm
        if norm in ("on", "taking", "using", "with", "who", "prescribed"):
            i += 4  # a short phrase naming what they take
            continue
        if norm not in _PEOPLE_FILLERS:
            return False
        i += 1
    return True


def _writer(view, act: int) -> list[int] | None:
    """ "I just stopped", "so I've cut right down", "we stopped Dad's tablets": the writer's own account of what they
    did. The act must be done (a past form or a perfect), not a plan ("I'll stop") or a wish ("I'd love to stop")."""
    tokens = view.tokens
    i = act - 1
    while i >= 0 and act - i <= _MODAL_REACH + 1 and tokens[i].norm in _WRITER_FILLERS:
        i -= 1
    if i >= 1 and tokens[i].norm == "and" and tokens[i - 1].norm == ",":
        i = _clause_subject(tokens, i - 1)  # "I tried them for a fortnight, disliked the cough, and stopped"
    if i is None or i < 0 or tokens[i].norm not in _WRITERS:
        return None
    perfect = tokens[i].norm.endswith("'ve") or any(t.norm in ("have", "had", "'ve") for t in tokens[i + 1:act])
    if not (perfect or tokens[act].norm.endswith("ed") or tokens[act].norm in _PAST_IRREGULAR):
        return None
    if _paid_for_it(view, act):
        return None
    return [i]


def _clause_subject(tokens, end: int) -> int | None:
    """The first word of the sentence or clause that runs up to `end`: the subject a coordinated verb shares."""
    i = end
    while i > 0 and tokens[i - 1].norm not in _BOUNDARIES:
        i -= 1
    while i < end and not tokens[i].is_word:
        i += 1
    return i if i < end else None


# What went wrong after the medicine was stopped: told with it, the stop is a warning, not a recommendation ("I
# just stopped taking it. Then the pain came back worse", "within three days I felt dizzy").
_AFTERMATH = frozenset({"worse", "dizzy", "dizziness", "withdrawal", "zaps", "relapse", "relapsed", "relapsing",
                        "hospital", "mistake", "regret", "regretted", "restarted", "unwell", "rebound", "seizure",
                        "seizures", "flared", "lesson", "shouldn't"})


def _paid_for_it(view, act: int) -> bool:
    """The rest of the sentence, or the next one in the paragraph, tells what the stop cost."""
    after = [t.norm for t in view.tokens[act + 1:]]
    following = view.next_in_paragraph()
    if following is not None:
        after += [t.norm for t in following.tokens]
    return any(word in _AFTERMATH for word in after)


# Past forms of the acts that do not end in -ed: "I quit them", "I cut right down", "we gave up".
_PAST_IRREGULAR = frozenset({"quit", "cut", "gave", "came", "got", "put", "threw"})


_AGENT_READERS = {"reader": _reader, "advised": _advised, "their-people": _their_people, "writer": _writer}
