"""Stopping a run: SIGINT and SIGTERM end it (exit 130 and 143), and nothing else can.

While the command line runs, both signals raise Stopped in its main thread, so the run unwinds:
worker processes are terminated and temporary files removed on the way out (a default SIGTERM
would kill the process where it stands). A rule or a plugin that raises SystemExit or
KeyboardInterrupt itself is a crashed rule or a broken plugin, not a reason to stop: `is_stop`
tells the two apart.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + the signal number, as shells report


class Stopped(BaseException):
    """A stop signal arrived; `code` is the exit status to end with."""

    def __init__(self, code: int):
        super().__init__(f"stopped by a signal (exit {code})")
        self.code = code


def _raise_stopped(signum, frame):
    raise Stopped(EXIT_CODES[signum])


@contextmanager
def stop_on_signals():
    """SIGINT and SIGTERM raise Stopped inside the block (main thread only; elsewhere nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, _raise_stopped) for number in EXIT_CODES}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def is_stop(error: BaseException) -> bool:
    """Whether an exception that came out of a rule or a plugin must end the run: a stop signal,
    or Ctrl-C where Python's own handler is in place (a library caller's interactive session)."""
    if isinstance(error, Stopped):
        return True
    return isinstance(error, KeyboardInterrupt) and signal.getsignal(signal.SIGINT) is signal.default_int_handler
