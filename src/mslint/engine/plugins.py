"""The installed rule providers: entry points in the `mslint.rules` group (built-ins included).

Finding them means reading every installed distribution's metadata through importlib.metadata,
once per run. (It used to be remembered on disk between runs; nothing mslint loads from disk may
decide what code runs, so it is looked up each time.)
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from mslint.record import Record, _set

ENTRY_POINT_GROUP = "mslint.rules"


class Provider(Record):
    __slots__ = ("name", "value", "version", "distribution")

    def __init__(self, name: str, value: str, version: str, distribution: str = "?"):
        _set(self, "name", name)
        _set(self, "value", value)  # "module:attribute", as written in the distribution's entry_points.txt
        _set(self, "version", version)  # the providing distribution's version, "?" if unknown
        _set(self, "distribution", distribution)  # the providing distribution's name

    def load(self):
        """The object the entry point names (importlib.metadata.EntryPoint.load, minus extras)."""
        module_name, _, attribute = self.value.partition(":")
        target = importlib.import_module(module_name.strip())
        attribute = attribute.split("[", 1)[0].strip()
        for part in attribute.split(".") if attribute else ():
            target = getattr(target, part)
        return target


def installed() -> list[Provider]:
    """Every provider, built-ins first, then by name."""
    return [Provider(*fields) for fields in _discover()]


@lru_cache(maxsize=None)
def _discover() -> tuple[tuple[str, str, str], ...]:
    from mslint.engine import entry_points

    # Read directly where the layout is the usual one (importlib.metadata costs a twentieth of
    # a one-file run); importlib.metadata itself otherwise.
    found = entry_points.read(ENTRY_POINT_GROUP)
    if found is None:
        found = _from_importlib_metadata()
    return tuple(sorted(found, key=lambda provider: (provider[0] != "builtin", provider[0])))


def _from_importlib_metadata() -> list[tuple[str, str, str, str]]:
    from importlib.metadata import entry_points

    return [(ep.name, ep.value, ep.dist.version if ep.dist else "?", ep.dist.name if ep.dist else "?")
            for ep in entry_points(group=ENTRY_POINT_GROUP)]
