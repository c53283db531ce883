"""Time limits: no rule, plugin or pattern can hang a run.

A run lints text written by whoever opened the pull request, with rules and rule packs that may
come from the same place, so any of them may meet an input that makes it run for hours (a
backtracking pattern, a quadratic loop, `while True` in a plugin). The engine runs each rule on
each document inside `time_limit(rule-timeout)`; when the time is up, Overrun is raised inside
the rule and the engine reports it (MSL004) and runs the other rules.

The limit is an interval timer (SIGALRM), because it is the only way to stop Python code that
does not cooperate: the signal handler runs between bytecodes and inside both regular
expression engines, which check for signals while they backtrack. It only works in a process's
main thread, where the command line and its worker processes run rules. Elsewhere (a library
caller's thread) rules run without it, and patterns from rule packs are still bounded, each
call by what remains of the rule's budget, through the `regex` module's own `timeout`
(`Bounded`).
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager

# What a pack pattern may take per call when no rule budget is running (library use).
DEFAULT_PATTERN_SECONDS = 5.0


class Overrun(BaseException):
    """The time is up. A BaseException, so that a rule's own `except Exception` cannot swallow
    it and carry on past its budget."""


_deadline = threading.local()  # per thread: when the running rule's budget ends (monotonic)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None):
    """Raise Overrun inside the block once it has run for `seconds` (None: no limit).

    A timer already running (a caller's own alarm) is put back afterwards, less the time spent."""
    if seconds is None:
        yield
        return
    outer = getattr(_deadline, "at", None)
    started = time.monotonic()
    _deadline.at = started + seconds if outer is None else min(outer, started + seconds)
    if not _can_alarm():
        try:
            yield
        finally:
            _deadline.at = outer
        return

    def expired(signum, frame):
        raise Overrun(seconds)

    previous_handler = signal.signal(signal.SIGALRM, expired)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # even if the alarm went off on the way out: put everything back
            signal.signal(signal.SIGALRM, previous_handler)
            _deadline.at = outer
            if previous_delay:  # re-arm the caller's timer with what is left of it
                left = previous_delay - (time.monotonic() - started)
                signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), previous_interval)


class RuleBudgets:
    """The time limits of many blocks in a row: every rule on one document.

    `time_limit` swaps the SIGALRM handler in and out and sets the timer around each block; for a
    hundred rules on each of thousands of files that bookkeeping is a noticeable share of a run.
    Here the handler and a repeating timer (a quarter of the budget) are set once for the
    document, and a block only records its deadline: the handler stops a block that is past it,
    so a block overruns by at most a quarter of its budget. Where this is not possible (not the
    main thread, or a caller's timer or budget already running), each block falls back to
    `time_limit`, which respects them."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self._own_alarm = False
        self._previous_handler = None

    def __enter__(self) -> "RuleBudgets":
        if (self.seconds is not None and _can_alarm() and getattr(_deadline, "at", None) is None
                and signal.getitimer(signal.ITIMER_REAL)[0] == 0):
            self._previous_handler = signal.signal(signal.SIGALRM, self._tick)
            period = max(self.seconds / 4, 0.001)
            signal.setitimer(signal.ITIMER_REAL, period, period)
            self._own_alarm = True
        return self

    def __exit__(self, *exc) -> None:
        if self._own_alarm:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            finally:
                signal.signal(signal.SIGALRM, self._previous_handler)
                _deadline.at = None
                self._own_alarm = False

    def _tick(self, signum, frame):
        at = getattr(_deadline, "at", None)
        if at is not None and time.monotonic() >= at:  # between blocks, or within budget: carry on
            raise Overrun(self.seconds)

    def run(self, function, *args):
        """function(*args), stopped with Overrun once it has run for the budget."""
        if not self._own_alarm:
            with time_limit(self.seconds):
                return function(*args)
        _deadline.at = time.monotonic() + self.seconds
        try:
            return function(*args)
        finally:
            _deadline.at = None


def remaining() -> float:
    """Seconds left of the running rule's budget (DEFAULT_PATTERN_SECONDS outside any)."""
    at = getattr(_deadline, "at", None)
    if at is None:
        return DEFAULT_PATTERN_SECONDS
    return max(at - time.monotonic(), 0.001)


class Bounded:
    """A compiled `regex` pattern whose every call runs with `timeout=` what remains of the
    rule's budget, and whose timeout is an Overrun like the rule's own."""

    def __init__(self, compiled):
        self._compiled = compiled

    def __getattr__(self, name):
        return getattr(self._compiled, name)

    def _call(self, method, *args, **kwargs):
        try:
            return getattr(self._compiled, method)(*args, timeout=remaining(), **kwargs)
        except TimeoutError:
            raise Overrun(f"pattern {self._compiled.pattern!r}") from None

    def search(self, *args, **kwargs):
        return self._call("search", *args, **kwargs)

    def match(self, *args, **kwargs):
        return self._call("match", *args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self._call("fullmatch", *args, **kwargs)

    def findall(self, *args, **kwargs):
        return self._call("findall", *args, **kwargs)

    def sub(self, *args, **kwargs):
        return self._call("sub", *args, **kwargs)

    def subn(self, *args, **kwargs):
        return self._call("subn", *args, **kwargs)

    def split(self, *args, **kwargs):
        return self._call("split", *args, **kwargs)

    def finditer(self, *args, **kwargs):
        matches = self._call("finditer", *args, **kwargs)
        try:
            yield from matches  # each match found is a call with its own timeout
        except TimeoutError:
            raise Overrun(f"pattern {self._compiled.pattern!r}") from None
