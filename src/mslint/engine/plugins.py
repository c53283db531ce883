"""The installed rule providers: entry points in the `mslint.rules` group (built-ins included).

Finding them means importing importlib.metadata and reading every installed distribution's
metadata, about a tenth of a one-file run. The set of installed distributions only changes
when one is added, removed or replaced, and that changes the modification time of the folder on
sys.path that holds it. So the list found is kept in the program store (mslint.programs) under
those folders' times, and is looked up again only when one of them changes or the cache is off.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass

from mslint.engine import programs

ENTRY_POINT_GROUP = "mslint.rules"


@dataclass(frozen=True)
class Provider:
    name: str
    value: str  # "module:attribute", as written in the distribution's entry_points.txt
    version: str  # the providing distribution's version, "?" if unknown

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
    found = programs.fact("entry-points", _environment(), 0, _discover)
    return [Provider(*fields) for fields in found]


def _environment() -> str:
    stamps = [ENTRY_POINT_GROUP, sys.prefix]
    for entry in sys.path:
        try:
            stamps.append(f"{entry}:{os.stat(entry or '.').st_mtime_ns}")
        except OSError:
            stamps.append(f"{entry}:-")
    return "\n".join(stamps)


def _discover() -> tuple[tuple[str, str, str], ...]:
    from importlib.metadata import entry_points

    found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name != "builtin", ep.name))
    return tuple((ep.name, ep.value, ep.dist.version if ep.dist else "?") for ep in found)
