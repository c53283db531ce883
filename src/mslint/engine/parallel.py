"""Linting files in worker processes; results come back in input order, like a serial run.

Stopping (SIGINT, SIGTERM, or anything else that ends the run early) terminates the workers
rather than waiting for them to finish every file. A worker's SIGTERM unwinds the file it is
on, so a cache entry half written is removed, then it exits at once; it ignores SIGINT, which a
terminal sends to the whole process group: the parent alone decides to stop.
"""

from __future__ import annotations

import os
import signal
import threading

from mslint.interrupts import Stopped

_linter = None  # set in each worker by _start
_busy = False  # whether the worker is linting a file (rather than waiting for one)
TERMINATED = 143


def _on_sigterm(signum, frame):
    if _busy:
        raise Stopped(TERMINATED)  # unwind: the file's temporary files are removed on the way
    os._exit(TERMINATED)


def _start(linter) -> None:
    global _linter
    _linter = linter
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)


def _lint(path):
    global _busy
    try:
        _busy = True
        return _linter.lint_file(path)
    except Stopped:
        os._exit(TERMINATED)  # no traceback from the worker: the parent reports the stop
    finally:
        _busy = False


class WorkerDied(Exception):
    """A worker process ended without a result (a plugin called os._exit, or it was killed)."""


def lint_in_parallel(linter, files, jobs: int):
    """Yields FileResults in the order of `files`. Fork shares the loaded rules with the workers."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from mslint.patterns import warm

    warm()  # compile every pattern once, here, rather than once in each worker
    workers = min(jobs, len(files))
    context = multiprocessing.get_context("fork")
    chunk = max(1, len(files) // (workers * 8))
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(linter,))
    finished = False
    try:
        for done, result in enumerate(pool.map(_lint, files, chunksize=chunk), start=1):
            # Finished once the last result is in hand: a caller that takes exactly len(files)
            # results and closes the generator shuts the pool down cleanly, not by SIGTERM.
            finished = done == len(files)
            yield result
    except BrokenProcessPool:
        raise WorkerDied("a worker process died while linting (a plugin that calls os._exit, or a crash "
                         "of Python itself); run with --jobs 1 to find the file") from None
    finally:
        if not finished:
            _terminate(pool)  # no file is finished after a stop
        pool.shutdown(wait=True, cancel_futures=True)


def _quiet_manager(args) -> None:
    """The executor's manager thread may fail on reading from a worker that a stop has just
    terminated; the stop itself is what the user is told about, in one line, so its traceback is
    dropped. Any other thread's failure is reported as Python would."""
    if type(args.thread).__name__ == "_ExecutorManagerThread":
        return
    threading.__excepthook__(args)


def _terminate(pool) -> None:
    """SIGTERM to every worker (ProcessPoolExecutor.terminate_workers, from Python 3.14)."""
    threading.excepthook = _quiet_manager
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):
            pass
