"""Linting files in worker processes; results come back in input order, like a serial run."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

_linter = None  # set in each worker by _start


def _start(linter) -> None:
    global _linter
    _linter = linter


def _lint(path):
    return _linter.lint_file(path)


def lint_in_parallel(linter, files, jobs: int):
    """Yields FileResults in the order of `files`. Fork shares the loaded rules with the workers."""
    from mslint.patterns import warm

    warm()  # compile every pattern once, here, rather than once in each worker
    workers = min(jobs, len(files))
    context = multiprocessing.get_context("fork")
    chunk = max(1, len(files) // (workers * 8))
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(linter,)) as pool:
        yield from pool.map(_lint, files, chunksize=chunk)
