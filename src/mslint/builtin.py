"""The built-in rules, provided through the same `mslint.rules` entry point a plugin uses."""

from __future__ import annotations

from pathlib import Path


def packs_folder() -> Path:
    """The declarative packs: inside the installed wheel, or the checkout's top-level rules/."""
    installed = Path(__file__).parent / "packs"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "rules"


def provide():
    from .rules import python_rules

    yield packs_folder()
    yield from python_rules()
