"""The built-in rules, provided through the same `mslint.rules` entry point a plugin uses."""

from __future__ import annotations

from pathlib import Path


def packs_folder() -> Path:
    """The declarative packs: inside the installed wheel, or the checkout's top-level rules/."""
    package = Path(__file__).resolve().parents[1]  # the mslint package
    installed = package / "packs"
    if installed.is_dir():
        return installed
    return package.parents[1] / "rules"


def provide():
    from mslint.rules import python_rules

    yield packs_folder()
    yield from python_rules()
