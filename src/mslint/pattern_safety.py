"""Catastrophic backtracking: refusing a rule pack's pattern that could hang on one sentence.

A backtracking engine tries every way a pattern can match before it gives up, and a pattern in
which a repeated part can match the same text in several ways, `(a+)+b` or `(\\w+\\s?)+$`, has
exponentially many ways on a run of a's that does not end in b. Patterns from a repository's
rule packs are written by whoever opened the pull request, so each is checked when its pack
loads, in two ways:

- statically, on the standard library's parse: an unbounded repetition whose body holds another
  unbounded repetition that nothing forces to stop where an iteration ends (the next thing
  matched could also be matched by the inner repetition), or an alternation, inside an
  unbounded repetition, of branches that can each match the same single character;
- by a probe: the compiled pattern searched, with a short time limit, in strings built to make
  it backtrack: long runs of each character it names (and of common classes), with and without
  a character it cannot match at the end. This also covers what the parser cannot read
  (syntax only the `regex` module knows).

`problem()` says what is wrong, or None. The engine's time limits still bound every pattern at
run time (mslint.engine.limits); this check turns a hang into a clear error at load time.
"""

from __future__ import annotations

import string

import regex

try:  # the standard library's parser: private, so any surprise skips the static check
    from re import _constants as _sre
    from re import _parser
except ImportError:  # pragma: no cover
    _sre = _parser = None

PROBE_SECONDS = 0.05
PROBE_LENGTHS = (24, 400)
# Characters standing for the classes patterns use: letters, digits, spaces, punctuation, other scripts.
SAMPLE = string.ascii_letters + string.digits + string.punctuation + " \t\n\xa0éß’–—‘“”…ΩЖ中"
_GENERIC = "a1 -.\n_é"


def problem(pattern: str, flags: int = 0) -> str | None:
    """Why `pattern` may backtrack catastrophically, or None."""
    found = _static_problem(pattern, flags)
    if found:
        return found
    return _probe_problem(pattern, flags)


# -- the static check --------------------------------------------------------------------------


def _static_problem(pattern: str, flags: int) -> str | None:
    if _parser is None:
        return None
    try:
        tree = _parser.parse(pattern, flags & (regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE))
    except Exception:  # noqa: BLE001 - syntax only `regex` reads, or a parser surprise: the probe decides
        return None
    try:
        return _walk(list(tree), inside_unbounded=False)
    except Exception:  # noqa: BLE001
        return None


def _unbounded(op, argument) -> bool:
    return op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and argument[1] == _sre.MAXREPEAT


def _walk(items, inside_unbounded: bool) -> str | None:
    for op, argument in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            body = list(argument[2])
            if _unbounded(op, argument) and op != getattr(_sre, "POSSESSIVE_REPEAT", None):
                found = _nested(body) or _ambiguous_branches(body)
                if found:
                    return found
            found = _walk(body, inside_unbounded or _unbounded(op, argument))
        elif op == _sre.SUBPATTERN:
            found = _walk(list(argument[-1]), inside_unbounded)
        elif op == _sre.BRANCH:
            found = next((f for branch in argument[1] if (f := _walk(list(branch), inside_unbounded))), None)
        elif op == getattr(_sre, "ATOMIC_GROUP", None):
            found = None  # an atomic group never gives back what it matched
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            found = _walk(list(argument[1]), False)
        else:
            found = None
        if found:
            return found
    return None


def _nested(body) -> str | None:
    """An unbounded repetition inside `body` (an unbounded repetition's body) that nothing forces
    to stop where an iteration ends."""
    flat = _flatten(body)
    for index, (op, argument) in enumerate(flat):
        if not _unbounded(op, argument) or op == getattr(_sre, "POSSESSIVE_REPEAT", None):
            continue
        inner = _chars(list(argument[2]))
        rest = flat[index + 1 :]
        follow = _first(rest)
        if _can_be_empty(rest):
            follow |= _first(flat)  # the next iteration starts here
        if inner & follow:
            return "a repeated group holds a repetition that can also match what follows it (e.g. (a+)+ or (\\w+\\s?)+)"
    return None


def _ambiguous_branches(body) -> str | None:
    for op, argument in _flatten(body):
        if op != _sre.BRANCH:
            continue
        branches = [list(branch) for branch in argument[1]]
        if sum(_can_be_empty(branch) for branch in branches) > 1:  # (a|a)+ parses as a(|)+
            return "a repeated group offers alternatives that match the same text (e.g. (a|a)+)"
        singles = [_single_chars(branch) for branch in branches]
        for i, one in enumerate(singles):
            for other in singles[i + 1 :]:
                if one & other:
                    return "a repeated group offers alternatives that match the same character (e.g. (a|\\w)+)"
    return None


def _flatten(items) -> list:
    """A sequence with its plain groups opened (their contents are part of the same sequence)."""
    flat = []
    for op, argument in items:
        if op == _sre.SUBPATTERN:
            flat.extend(_flatten(list(argument[-1])))
        else:
            flat.append((op, argument))
    return flat


def _can_be_empty(items) -> bool:
    for op, argument in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            if argument[0] > 0 and not _can_be_empty(list(argument[2])):
                return False
        elif op == _sre.SUBPATTERN:
            if not _can_be_empty(list(argument[-1])):
                return False
        elif op == _sre.BRANCH:
            if not any(_can_be_empty(list(branch)) for branch in argument[1]):
                return False
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        else:
            return False
    return True


def _first(items) -> set[str]:
    """Sample characters that can start a match of the sequence."""
    found: set[str] = set()
    for op, argument in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            found |= _first(list(argument[2]))
            if argument[0] > 0 and not _can_be_empty(list(argument[2])):
                return found
        elif op == _sre.SUBPATTERN:
            found |= _first(list(argument[-1]))
            if not _can_be_empty(list(argument[-1])):
                return found
        elif op == _sre.BRANCH:
            for branch in argument[1]:
                found |= _first(list(branch))
            if not any(_can_be_empty(list(branch)) for branch in argument[1]):
                return found
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        else:
            return found | _one(op, argument)
    return found


def _chars(items) -> set[str]:
    """Sample characters that can occur anywhere in a match of the sequence."""
    found: set[str] = set()
    for op, argument in items:
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            found |= _chars(list(argument[2]))
        elif op == _sre.SUBPATTERN:
            found |= _chars(list(argument[-1]))
        elif op == _sre.BRANCH:
            for branch in argument[1]:
                found |= _chars(list(branch))
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        else:
            found |= _one(op, argument)
    return found


def _single_chars(items) -> set[str]:
    """Sample characters that alone are a whole match of the sequence."""
    parts = [_element_single(op, argument) for op, argument in items]
    found: set[str] = set()
    for index, (_, single) in enumerate(parts):
        if all(empty for position, (empty, _) in enumerate(parts) if position != index):
            found |= single
    return found


def _element_single(op, argument) -> tuple[bool, set[str]]:
    """(whether the element can match nothing, the sample characters it can match alone)."""
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        body = list(argument[2])
        return argument[0] == 0 or _can_be_empty(body), _single_chars(body) if argument[1] >= 1 else set()
    if op == _sre.SUBPATTERN:
        body = list(argument[-1])
        return _can_be_empty(body), _single_chars(body)
    if op == _sre.BRANCH:
        branches = [list(branch) for branch in argument[1]]
        return any(_can_be_empty(b) for b in branches), set().union(*(_single_chars(b) for b in branches))
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return True, set()
    return False, _one(op, argument)


def _one(op, argument) -> set[str]:
    """Sample characters one element of a pattern can match."""
    return {char for char in SAMPLE if _element_matches(op, argument, char)}


def _element_matches(op, argument, char: str) -> bool:
    code = ord(char)
    if op == _sre.LITERAL:
        return code == argument or char.lower() == chr(argument).lower()
    if op == _sre.NOT_LITERAL:
        return code != argument
    if op == _sre.ANY:
        return char != "\n" or argument is not None
    if op == _sre.IN:
        negated = any(item_op == _sre.NEGATE for item_op, _ in argument)
        hit = any(_item_matches(item_op, item, char) for item_op, item in argument if item_op != _sre.NEGATE)
        return hit != negated
    return True  # anything else: assume it may match (errs towards refusing)


_CATEGORIES = {
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_NOT_DIGIT": lambda c: not c.isdigit(),
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_NOT_SPACE": lambda c: not c.isspace(),
    "CATEGORY_WORD": lambda c: c.isalnum() or c == "_",
    "CATEGORY_NOT_WORD": lambda c: not (c.isalnum() or c == "_"),
}


def _item_matches(op, item, char: str) -> bool:
    code = ord(char)
    if op == _sre.LITERAL:
        return code == item or char.lower() == chr(item).lower()
    if op == _sre.RANGE:
        low, high = item
        return low <= code <= high or low <= ord(char.lower()) <= high or low <= ord(char.upper()[0]) <= high
    if op == _sre.CATEGORY:
        test = _CATEGORIES.get(str(item))
        return test(char) if test else True
    return True


# -- the probe -----------------------------------------------------------------------------------


def _probe_problem(pattern: str, flags: int) -> str | None:
    try:
        compiled = regex.compile(pattern, flags)
    except regex.error:
        return None  # the syntax check reports it
    for text in _probe_texts(pattern):
        try:
            compiled.search(text, timeout=PROBE_SECONDS)
        except TimeoutError:
            shown = text[:1] if len(set(text)) == 1 else text[:12]
            return f"searching {len(text)} characters like {shown!r}... took over {PROBE_SECONDS:g} s"
    return None


def _probe_texts(pattern: str):
    chars = dict.fromkeys(char for char in pattern if char.isprintable() and char not in "()[]{}?*+|^$\\")
    for char in _GENERIC:
        chars.setdefault(char, None)
    for length in PROBE_LENGTHS:
        for char in chars:
            run = char * length
            yield run
            yield run + "\x00"
        words = [word for word in regex.findall(r"[A-Za-z]{2,}", pattern)][:8]
        for word in words:
            yield (word + " ") * (length // (len(word) + 1) + 1) + "\x00"
