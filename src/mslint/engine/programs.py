"""Compiled regular-expression programs kept between runs, as Python keeps bytecode in __pycache__.

A one-file run is mostly start-up, and most of start-up would be compiling patterns: parsing
and code generation for ~300 patterns take longer than linting an article. Everything mslint
derives from a pattern depends only on the pattern's text and flags, so a run with the cache on
records it in the user's cache folder (see `user_cache_folder`) and the next run reuses it:

- the program a regex engine executes: the arguments the compiler handed to the engine's
  constructor (`_sre.compile` for `re`, `_regex.compile` for `regex`), captured while the real
  compiler runs, so nothing of the compiler is reimplemented here;
- facts mslint reads off a pattern's parse: its prefilter requirement, and that its syntax is
  valid (so packs load without re-parsing);
- the other things start-up would otherwise parse or compile again: each rule pack's TOML (by
  content digest) and the bytecode of the prefilter's generated tests;
- the content digests the result cache keys on (mslint's own files, local rule packs), by the
  files' sizes and times, so an unchanged set is not read and hashed again.

Those constructors are private. So a store is only ever read by the exact interpreter and
`regex` release that wrote it (both are in its file name), every rebuild is guarded and falls
back to a normal compile, and tests/test_programs.py checks that rebuilt patterns equal fresh
ones and give identical findings. The store is written atomically, and only when a run learned
something new; a missing, stale or corrupt store is simply empty.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from mslint.atomic import write_atomically

FORMAT = "1"
_MISSING = object()


class Store:
    """Values derived from a text alone, keyed by (kind, text, flags): the text is a pattern, a
    pack's digest or a generated expression. Values are shared: callers must not change them."""

    def __init__(self, path: Path | None = None, entries: dict | None = None):
        self.path = path
        self.entries = entries if entries is not None else {}
        self.dirty = False

    @classmethod
    def load(cls, path: Path) -> Store:
        try:
            entries = marshal.loads(path.read_bytes())
            if not isinstance(entries, dict):
                entries = {}
        except (OSError, ValueError, EOFError, TypeError):
            entries = {}  # absent or unreadable: start empty, overwrite on save
        return cls(path, entries)

    def get(self, kind: str, pattern: str, flags: int):
        return self.entries.get((kind, pattern, int(flags)), _MISSING)

    def put(self, kind: str, pattern: str, flags: int, value) -> None:
        key = (kind, pattern, int(flags))
        if self.entries.get(key, _MISSING) == value:
            return
        try:
            marshal.dumps(value)
        except ValueError:
            return  # a value marshal cannot hold (a date, say) is simply not kept
        self.entries[key] = value
        self.dirty = True

    def save(self) -> None:
        if not self.dirty or self.path is None:
            return
        data = marshal.dumps(self.entries)
        try:
            if not self.path.parent.is_dir():
                from mslint.engine.cache import tag_cache_folder

                self.path.parent.mkdir(parents=True)
                tag_cache_folder(self.path.parent)
            write_atomically(self.path, data)
            self.dirty = False
        except OSError:
            pass  # a read-only project still lints; its next run compiles again


# The store in use: an empty one in memory until a run with the cache on opens one on disk.
_store = Store()


def user_cache_folder() -> Path | None:
    """Where stores live: per user, like pip's cache ($XDG_CACHE_HOME/mslint, else
    ~/.cache/mslint). Not in the project's .mslint_cache/: the programs belong to the installed
    mslint and Python, not to a project, and files a repository ships must never decide what
    code mslint runs (a store holds bytecode and regex programs). None without a home folder."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = Path.home() / ".cache"
        except RuntimeError:
            return None
    return Path(base) / "mslint"


def store_file(folder: Path) -> Path:
    """The store for this interpreter and `regex` release inside a cache folder."""
    import regex

    identity = "\n".join((FORMAT, sys.version, sys.implementation.cache_tag or "", regex.__version__))
    return folder / f"patterns-{hashlib.sha256(identity.encode()).hexdigest()[:16]}.marshal"


def open_store(folder: Path | None) -> None:
    global _store
    _store = Store.load(store_file(folder)) if folder is not None else Store()


def save() -> None:
    _store.save()


def close() -> None:
    """Save and go back to an in-memory store (tests and library callers open and close stores)."""
    global _store
    _store.save()
    _store = Store()


def fact(kind: str, pattern: str, flags: int, compute):
    """A value derived from a pattern alone (marshal-able), computed once and then remembered."""
    value = _store.get(kind, pattern, flags)
    if value is _MISSING:
        value = compute()
        _store.put(kind, pattern, flags, value)
    return value


# -- programs ---------------------------------------------------------------------------------


def _engines():
    """engine name -> (the module that calls the engine's constructor, the name it calls it by)."""
    from re import _compiler

    import regex._main

    return {"re": (_compiler, "_sre"), "regex": (regex._main, "_regex")}


def rebuilt(engine: str, pattern: str, flags: int):
    """The pattern rebuilt from a stored program, or None (nothing stored, or the rebuild failed)."""
    arguments = _store.get(engine, pattern, flags)
    if arguments is _MISSING:
        return None
    try:
        module, attribute = _engines()[engine]
        return getattr(module, attribute).compile(pattern, *arguments)
    except Exception:  # noqa: BLE001 - a private constructor's surprise means "compile normally"
        return None


def compiled(engine: str, pattern: str, flags: int, compile_function):
    """`compile_function(pattern, flags)`, recording the program it builds in the store."""
    if _store.path is None:  # nothing will be saved (--no-cache, library use): just compile
        return compile_function(pattern, flags)
    with _capturing(engine) as calls:
        result = compile_function(pattern, flags)
    programs = [arguments for arguments in calls if arguments and arguments[0] == pattern]
    if len(programs) == 1:  # exactly one constructor call for our pattern: that is its program
        _store.put(engine, pattern, flags, _plain(programs[0][1:]))
    return result


def _plain(value):
    """The value with int subclasses (re's named opcodes) as plain ints, which marshal can hold."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(item) for item in value)
    if isinstance(value, dict):
        return {_plain(key): _plain(item) for key, item in value.items()}
    return value


@contextmanager
def _capturing(engine: str):
    """Records the arguments of the engine's constructor while the real compiler runs."""
    calls: list[tuple] = []
    try:
        module, attribute = _engines()[engine]
        real = getattr(module, attribute)
    except Exception:  # noqa: BLE001 - no such private module here: compile without recording
        yield calls
        return

    class Recorder:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def compile(*arguments):
            calls.append(arguments)
            return real.compile(*arguments)

    setattr(module, attribute, Recorder())
    try:
        yield calls
    finally:
        setattr(module, attribute, real)
