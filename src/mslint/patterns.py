"""The one place mslint compiles regular expressions.

Patterns are written in the `regex` module's syntax. Most of them are also valid for the
standard library's `re`, whose compiler is about three times faster, and start-up time is what
a linter run on every save feels. So: `re` first, `regex` for what only it supports
(variable-length look-behind, \\p{...} classes). The common flag values (IGNORECASE,
MULTILINE, DOTALL, VERBOSE, UNICODE) are the same integers in both modules.
"""

from __future__ import annotations

import re

import regex

error = (re.error, regex.error)


def compile(pattern: str, flags: int = 0):  # noqa: A001 - mirrors re.compile on purpose
    try:
        return re.compile(pattern, flags)
    except re.error:
        return regex.compile(pattern, flags)
