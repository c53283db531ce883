"""The one place mslint compiles regular expressions.

Patterns are written in the `regex` module's syntax. Most of them are also valid for the
standard library's `re`, whose compiler is about three times faster, and start-up time is what
a linter run on every save feels. So: `re` first, `regex` for what only it supports
(variable-length look-behind, \\p{...} classes). The common flag values (IGNORECASE,
MULTILINE, DOTALL, VERBOSE, UNICODE) are the same integers in both modules.

Compiling is also deferred: `compile` returns a LazyPattern that compiles on its first search.
mslint holds several hundred patterns and a one-file lint needs only those of the rules whose
words occur in the file (mslint.prefilter reads `pattern` and `flags` without compiling).
Patterns from rule packs, which users write, go through `compile_checked`: their syntax is
checked at once, by the parser alone, so a broken pattern is reported when the pack loads, not
in the middle of a lint. mslint's own patterns are checked by its tests instead. Every pattern
runs within its rule's time limit, whose signal interrupts either engine (mslint.engine.limits);
patterns from a repository's rule packs also run on `regex`, each call with a time limit of its
own (`bounded`), which holds in any thread. (Not all of them: `regex` compiles about twice as
slowly, and compiling is most of a one-file run.)
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

error = (re.error, regex.error)
# The methods a LazyPattern takes over from its compiled pattern once it exists.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_created: list[LazyPattern] = []
# The flags the standard library's parser is given (a `regex` pattern may carry more).
PARSER_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile on purpose
    """A pattern that compiles on first use."""
    lazy = LazyPattern(pattern, flags)
    _created.append(lazy)
    return lazy


def compile_checked(pattern: str, flags: int = 0, bounded: bool = False) -> LazyPattern:
    """A pattern whose syntax has been checked (raises `error`) and which compiles on first use;
    `bounded`: by `regex`, every call with a time limit (mslint.engine.limits.Bounded)."""
    check(pattern, flags)
    lazy = LazyPattern(pattern, flags, bounded)
    _created.append(lazy)
    return lazy


def compile_now(pattern: str, flags: int = 0):
    """The compiled pattern: by `re` where it can, else by `regex`."""
    flags = int(flags)
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)


@lru_cache(maxsize=None)
def parsed(pattern: str, flags: int):
    """The standard library's parse of a pattern (raises re.error where `re` cannot read it)."""
    from re import _parser  # private, but stable since 3.11; only used to check and to read literals

    return _parser.parse(pattern, flags)


def check(pattern: str, flags: int = 0) -> None:
    """Raise `error` if the pattern is invalid, without paying for compilation when `re` can parse it."""
    try:
        parsed(pattern, flags & PARSER_FLAGS)
    except re.error:
        regex.compile(pattern, flags)  # syntax only `regex` knows, or a real error (regex.error)
    except Exception:  # noqa: BLE001 - the private parser surprised us: fall back to compiling
        compile_now(pattern, flags)


def warm() -> None:
    """Compile every pattern created so far: before forking workers, so they share the work."""
    for lazy in _created:
        lazy.compiled()


class LazyPattern:
    """Quacks like a compiled pattern; compiles on first use, then hands its methods over."""

    def __init__(self, pattern: str, flags: int, bounded: bool = False):
        self.pattern = pattern
        self.flags = flags
        self.bounded = bounded
        self._compiled = None

    def compiled(self):
        if self._compiled is None:
            if self.bounded:
                from mslint.engine.limits import Bounded

                self._compiled = regex.compile(self.pattern, self.flags)
                methods = Bounded(self._compiled)
            else:
                self._compiled = methods = compile_now(self.pattern, self.flags)
            for name in _METHODS:  # later calls go straight to the compiled pattern's methods
                setattr(self, name, getattr(methods, name))
        return self._compiled

    def __getattr__(self, name: str):
        # Only reached for attributes not set yet: the search methods before the first use.
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        compiled = self.compiled()
        return self.__dict__[name] if name in _METHODS else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"
