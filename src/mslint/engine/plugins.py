"""The installed rule providers: entry points in the `mslint.rules` group (built-ins included).

Finding them means reading every installed distribution's metadata through importlib.metadata,
once per run. (It used to be remembered on disk between runs; nothing mslint loads from disk may
decide what code runs, so it is looked up each time.)
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

ENTRY_POINT_GROUP = "mslint.rules"


@dataclass(frozen=True)
class Provider:
    name: str
    value: str  # "module:attribute", as written in the distribution's entry_points.txt
    version: str  # the providing distribution's version, "?" if unknown
    distribution: str = "?"  # the providing distribution's name

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
    from importlib.metadata import entry_points

    found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name != "builtin", ep.name))
    return tuple((ep.name, ep.value, ep.dist.version if ep.dist else "?", ep.dist.name if ep.dist else "?")
                 for ep in found)
