"""One group's entry points, read the way importlib.metadata reads them, without importing it.

Importing importlib.metadata (with email, zipfile, csv and what they import) and building its
objects for every installed distribution costs about 25 ms, a twentieth of a one-file run, to
learn that mslint's own provider is the only one. For the usual layout, distributions as
*.dist-info or *.egg-info folders in the folders on sys.path found by the standard PathFinder,
`read` reads the same files in the same order and keeps importlib.metadata's rules: the first
distribution of each normalised name wins, entry_points.txt is parsed as its Sectioned parser
does, a distribution's name and version are the first Name and Version headers of its METADATA
(or PKG-INFO). Anything else (another finder that knows distributions, a zip or an egg on
sys.path, a file it would parse differently) returns None, and the caller asks
importlib.metadata. tests/test_entry_points.py holds the two to the same answers.
"""

from __future__ import annotations

import os
import re
import sys

_INFO_SUFFIXES = (".dist-info", ".egg-info")
# A header line of the email parser importlib.metadata reads metadata with (a non-empty name).
_HEADER = re.compile(r"[\041-\071\073-\176]+:")
# Line breaks str.splitlines knows and the email parser does not: such text is left to it.
_OTHER_BREAKS = re.compile("[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


class _Unsure(Exception):
    """Something importlib.metadata might read differently: let it answer."""


def read(group: str) -> list[tuple[str, str, str | None, str | None]] | None:
    """(name, value, version, distribution name) of each entry point of the group, in
    importlib.metadata's order; None where only importlib.metadata can say."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if getattr(finder, "find_distributions", None) is not None and finder is not PathFinder:
            return None
    try:
        found = []
        seen: set[str] = set()
        for info in _distributions():
            stem, suffix = os.path.splitext(os.path.basename(info))
            if suffix not in _INFO_SUFFIXES:
                raise _Unsure  # ".dist-info" alone: importlib.metadata names it from its metadata
            name = _normalised(stem.partition("-")[0])
            if name in seen:
                continue
            seen.add(name)
            entries = [(entry, value) for section, entry, value in _sections(_text(info, "entry_points.txt"))
                       if section == group]
            if entries:
                headers = _headers(_text(info, "METADATA") or _text(info, "PKG-INFO") or "")
                found += [(entry, value, headers.get("version"), headers.get("name")) for entry, value in entries]
        return found
    except (_Unsure, UnicodeDecodeError):
        return None


def _distributions():
    """Every *.dist-info and *.egg-info folder on sys.path, in importlib.metadata's order: path
    by path, and within a folder grouped by normalised name in the order the listing names them."""
    for root in sys.path:
        if not isinstance(root, str):
            raise _Unsure
        folder = root or "."
        if os.path.basename(root).lower().endswith(".egg"):
            raise _Unsure  # an egg's own metadata is found differently
        try:
            children = os.listdir(folder)
        except OSError:
            if os.path.exists(folder):
                raise _Unsure from None  # a zip file importlib.metadata would look inside
            continue
        groups: dict[str, list[str]] = {}
        for child in children:
            if child.lower().endswith(_INFO_SUFFIXES):
                if not child.endswith(_INFO_SUFFIXES):
                    raise _Unsure  # ".DIST-INFO": importlib.metadata names it from its metadata
                key = _normalised(child.lower().rpartition(".")[0].partition("-")[0])
                groups.setdefault(key, []).append(os.path.join(root, child))
        for paths in groups.values():
            yield from paths


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _text(info: str, filename: str) -> str | None:
    try:
        with open(os.path.join(info, filename), encoding="utf-8") as file:
            return file.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return None


def _sections(text: str | None):
    """(section, name, value) of each entry line, as importlib.metadata's Sectioned parser reads them."""
    section = None
    for line in (text or "").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if "=" not in line:
            raise _Unsure  # importlib.metadata fails on it: let it say so
        name, value = line.split("=", 1)
        yield section, name.strip(), value.strip()


def _headers(text: str) -> dict[str, str]:
    """The first value of each header of a metadata file (names in lower case)."""
    headers: dict[str, str] = {}
    last = None
    for line in text.split("\n"):
        if not line:
            break  # the end of the headers
        if _OTHER_BREAKS.search(line):
            raise _Unsure
        if line[0] in " \t":
            if last in ("name", "version"):
                raise _Unsure  # a folded name or version
            continue
        if not _HEADER.match(line):
            raise _Unsure  # the email parser would end the headers here, or fail
        name, value = line.split(":", 1)
        last = name.lower()
        headers.setdefault(last, value.lstrip(" \t"))
    return headers
