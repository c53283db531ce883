"""The `exclude` and `per-file-ignores` globs, matched without pathspec when they are plain paths.

They use .gitignore syntax, which pathspec implements; importing pathspec costs about 10 ms, a
fortieth of a one-file run, and a config's globs are mostly plain paths ("plugin/",
"articles/faq.md": no wildcard, escape, negation or space). For those, `matcher` builds the
regular expression pathspec builds for the line and matches a path as pathspec does (a leading
"/" or "./" dropped); a config with any other line gets pathspec's GitIgnoreSpec.
tests/test_ignore_globs.py compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# A path of plain names, optionally anchored ("/docs") or naming a folder ("plugin/").
_PLAIN = re.compile(r"/?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*/?")


def is_plain(line: str) -> bool:
    """A line whose meaning is a plain path (also: a line that cannot be invalid)."""
    return _PLAIN.fullmatch(line) is not None and not any(part in (".", "..") for part in line.split("/"))


def matcher(lines: Iterable[str]) -> Callable[[str], bool]:
    """Whether a path (relative, "/"-separated, a folder's ending in "/") matches any of the lines."""
    lines = list(lines)
    if not all(map(is_plain, lines)):
        import pathspec

        return pathspec.GitIgnoreSpec.from_lines(lines).match_file
    compiled = [re.compile(_regex(line)) for line in lines]

    def match(path: str) -> bool:
        if path.startswith("/"):
            path = path[1:]
        elif path.startswith("./"):
            path = path[2:]
        return any(pattern.match(path) for pattern in compiled)

    return match


def _regex(line: str) -> str:
    """pathspec's regular expression for a plain line: a line with a slash before its end is
    anchored at the config's folder, one without matches at any depth; a final slash matches
    only a folder (and what is in it), no final slash the name itself too."""
    folder = line.endswith("/")
    body = line.strip("/")
    anchored = line.startswith("/") or "/" in body
    return ("^" + ("" if anchored else "(?:.+/)?") + re.escape(body)
            + ("(?P<ps_d>/)" if folder else "(?:(?P<ps_d>/)|$)"))
