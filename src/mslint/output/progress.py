"""A progress bar on standard error for long runs in a terminal, and nothing anywhere else.

Only when stderr is a terminal (never in CI logs or pipes, whose readers want findings only) and
the run has more than PROGRESS_MIN_FILES files: a short run is over before a bar helps.
"""

from __future__ import annotations

import sys

PROGRESS_MIN_FILES = 50


class Progress:
    """A `progress(done, total)` callback for lint_paths; call close() when the run is over."""

    def __init__(self, stream=None):
        self.stream = stream if stream is not None else sys.stderr
        self._bar = None
        self._task = None
        self._enabled = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int) -> None:
        if not self._enabled or total <= PROGRESS_MIN_FILES:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self._bar = Bar(TextColumn("linting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(file=self.stream), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("lint", total=total)
        self._bar.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
