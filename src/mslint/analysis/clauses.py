"""Clauses: the stretch of a sentence that a negation, a hedge or an "if" governs.

"I didn't worry about it, but the infection was serious" has two clauses, so the "didn't" of
the first does not deny the second. Boundaries (ConText's termination terms):

- punctuation that ends a thought: ; : ? ! dashes and brackets (a bracket holds its own clause);
- conjunctions that turn the sentence: but, however, although, though, whereas, because,
  unless, except, nevertheless, instead, "while" (not "a while"), ", yet" and ", so";
- a fronted subordinate clause ("Although there is no cure, ...", "If it proves safe, ...")
  ends at its first comma;
- a relative clause after a comma (", which carries a risk of PML,") is a clause of its own, and
  the main clause resumes after it: "AHSCT, which is intensive, cures MS" keeps "AHSCT" and
  "cures MS" in one clause.
"""

from __future__ import annotations

from mslint.analysis.tokens import Token
from mslint.record import Record, _set

_HARD = frozenset({";", ":", "?", "!", "—", "–", "-", "(", ")", "[", "]"})
_TURNS = frozenset({"but", "however", "although", "though", "whereas", "because", "unless", "except",
                    "nevertheless", "nonetheless", "otherwise", "meanwhile", "whilst"})
_AFTER_COMMA_ONLY = frozenset({"yet", "so", "while"})
FRONTED = frozenset({"if", "when", "whether", "although", "though", "while", "whilst", "because",
                     "since", "unless", "once", "after", "before", "as", "until", "even"})
RELATIVE = frozenset({"which", "who", "whose", "whom", "where"})
CONDITIONAL_OPENERS = frozenset({"if", "unless", "whether"})
_LEADING_JOINS = frozenset({"and", "so", "or", "then", "but", "plus"})
# A speaker's aside before the sentence proper: "Honestly, if your chest hurts, skip the GP" opens
# its "if" at the start of what is said, as "If your chest hurts, ..." does (v0.30.49).
_ASIDES = frozenset({"honestly", "frankly", "personally", "seriously", "look", "listen", "well", "now", "okay",
                     "ok", "anyway", "basically", "really", "truly", "also", "again", "remember"})
# Words that open an independent clause after ", and": a subject of its own.
# (v0.30.36, set 129) ... or a whole group: "Ceri hasn't had a relapse, and everyone in our group who drinks
# it has stopped relapsing" (the first clause's denial does not reach the group's result).
_CLAUSE_SUBJECTS = frozenset({"the", "a", "an", "your", "their", "his", "her", "its", "this", "these", "those", "it",
                              "they", "we", "you", "he", "she", "i", "my", "our", "every", "everyone", "everybody",
                              "each"})
# Verbs that show a one-word subject after ", and": "EDTA cannot harm the kidneys, and VesselFlow is
# safe for ..." holds two claims, and the denial of the first does not reach the second (v0.30.33).
_SUBJECT_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "can", "will", "does", "do", "stays", "remains"})


class Clause(Record):
    __slots__ = ("index", "opener", "kind")

    def __init__(self, index: int, opener: str | None, kind: str):
        _set(self, "index", index)
        _set(self, "opener", opener)  # the word that opened it: "if", "which", "but"... None for the first
        _set(self, "kind", kind)  # "main", "relative", "subordinate", "bracket"


def clause_map(tokens: list[Token]) -> tuple[list[Clause], list[int]]:
    """The clauses of a sentence and, per token, the index of its clause (-1 for boundaries)."""
    clauses: list[Clause] = [Clause(0, None, "main")]
    owner: list[int] = []
    current = 0
    resume: list[int] = []  # clauses to return to when a relative clause or bracket closes
    pending_fronted = False  # a fronted subordinate clause is open until its comma
    previous = None
    previous_at_start = False
    aside_only = False  # only asides and joins so far: "And honestly,"
    fronted_at, unpunctuated = -1, False  # where the fronted clause opened; no comma after it

    def start(opener: str | None, kind: str) -> int:
        clauses.append(Clause(len(clauses), opener, kind))
        return len(clauses) - 1

    for i, token in enumerate(tokens):
        norm = token.norm
        # (A conjunction that opens the sentence leaves the next word at its start: "And if you can't
        # pass water, take ...", v0.30.31.)
        at_start = previous is None or previous in _HARD or (previous_at_start and previous in _LEADING_JOINS) \
            or (previous == "," and aside_only)
        aside_only = (at_start or aside_only) and (norm in _ASIDES or norm in _LEADING_JOINS) \
            or (aside_only and norm == ",")
        previous_at_start = at_start
        if norm in _HARD:
            if norm in "([" and _short_gloss(tokens, i):
                owner.append(-1)  # "progressive-relapsing MS (PRMS)": the gloss shares its clause
                previous = norm
                continue
            if norm in ")]" and i >= 2 and _short_gloss(tokens, _opening(tokens, i)):
                owner.append(-1)
                previous = norm
                continue
            if norm in "([":
                resume.append(current)
                current = start(norm, "bracket")
            elif norm in ")]" and resume:
                current = resume.pop()
            else:
                resume.clear()
                current = start(None, "main")
                pending_fronted = False
            owner.append(-1)
            previous = norm
            continue
        if norm == ",":
            owner.append(-1)
            if pending_fronted:
                pending_fronted = False
                current = start(None, "main")
            elif resume and clauses[current].kind == "relative":
                current = resume.pop()
            previous = norm
            continue
        if at_start and norm in FRONTED and i + 1 < len(tokens):
            current = start(norm, "subordinate")
            pending_fronted = True
            fronted_at = i
            unpunctuated = not any(t.norm == "," or t.norm in _HARD for t in tokens[i + 1:])
        elif pending_fronted and unpunctuated and i > fronted_at + 2 and _subject_and_modal(tokens, i):
            # "If you use my kit you can skip the tablets": with no comma, the main clause starts at
            # its own subject and modal (v0.30.49).
            pending_fronted = False
            current = start(None, "main")
        elif norm in _TURNS and not (norm == "however" and _concessive_however(tokens, i)):
            resume.clear()
            current = start(norm, "subordinate" if norm != "but" else "main")
            pending_fronted = norm in {"although", "though", "because", "unless", "whereas"} and at_start
        elif previous == "," and norm in _AFTER_COMMA_ONLY and not _so_far(tokens, i):
            current = start(norm, "main")
        elif previous == "," and norm == "and" and i + 1 < len(tokens) and (
                tokens[i + 1].norm in _CLAUSE_SUBJECTS or _named_subject(tokens, i + 1)):
            # ", and the heart is restored": a clause of its own, out of reach of what went before
            # ("where the old muscle used to be, and ...", v0.30.31)
            resume.clear()
            current = start(norm, "main")
        elif previous == "," and norm in RELATIVE:
            resume.append(current)
            current = start(norm, "relative")
        owner.append(current)
        previous = norm
    return clauses, owner


_PERSON_SUBJECTS = frozenset({"you", "we", "they", "i", "he", "she"})
_MODALS = frozenset({"can", "could", "will", "'ll", "should", "may", "might", "must", "don't", "do", "won't",
                     "needn't", "no", "never", "just", "then"})


_CONTRACTED_SUBJECTS = frozenset({"you'll", "we'll", "they'll", "you'd", "we'd", "they'd", "i'll", "i'd"})
# "If you think you can skip it ...": a clause the verb takes as its object, not the main clause.
_THOUGHT_VERBS = frozenset({"think", "thinks", "thought", "feel", "feels", "felt", "believe", "believes", "decide",
                            "decided", "find", "found", "know", "knew", "suspect", "worry", "worried", "hear", "heard",
                            "wonder", "wondered", "that", "told", "say", "said", "sure", "certain", "unsure"})


def _subject_and_modal(tokens: list[Token], i: int) -> bool:
    """A pronoun and a modal: "you can", "you'll", "we don't" open a clause of their own (not after
    "think" or "that", which take the clause in)."""
    if tokens[i - 1].norm in _THOUGHT_VERBS:
        return False
    if tokens[i].norm in _CONTRACTED_SUBJECTS:
        return True
    return tokens[i].norm in _PERSON_SUBJECTS and i + 1 < len(tokens) and tokens[i + 1].norm in _MODALS


def _named_subject(tokens: list[Token], i: int) -> bool:
    """A one-word subject and its verb: "VesselFlow is", "swelling is"."""
    return (i + 1 < len(tokens) and tokens[i].norm.isalpha() and tokens[i].norm not in RELATIVE
            and tokens[i + 1].norm in _SUBJECT_VERBS)


def _short_gloss(tokens: list[Token], i: int) -> bool:
    """A bracket that closes within three tokens: an abbreviation or a short gloss."""
    if i < 0 or i >= len(tokens) or tokens[i].norm not in "([":
        return False
    close = ")" if tokens[i].norm == "(" else "]"
    return any(tokens[j].norm == close for j in range(i + 1, min(len(tokens), i + 5)))


def _opening(tokens: list[Token], i: int) -> int:
    """The index of the bracket that token i closes (within a short gloss), else -1."""
    opener = "(" if tokens[i].norm == ")" else "["
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j].norm == opener:
            return j
    return -1


# "However much people tell you ...", "however often it happens": a degree conceded, not a turn.
_DEGREE_WORDS = frozenset({"much", "many", "often", "hard", "long", "far", "little", "few", "badly", "well"})


def _concessive_however(tokens: list[Token], i: int) -> bool:
    """ "No treatment, however promising, is risk-free": "however" + word + comma concedes, and so
    does "however much ..."."""
    if i + 1 < len(tokens) and tokens[i + 1].norm in _DEGREE_WORDS:
        return True
    return i + 2 < len(tokens) and tokens[i + 2].norm == "," and tokens[i + 1].is_word


def _so_far(tokens: list[Token], i: int) -> bool:
    return tokens[i].norm == "so" and i + 1 < len(tokens) and tokens[i + 1].norm in {"far", "called", "much"}


def is_conditional(clause: Clause) -> bool:
    return clause.opener in CONDITIONAL_OPENERS
