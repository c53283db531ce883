"""Knowledge: the lexicon and the fact base every rule reads (see base.py, loader.py)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mslint.knowledge.base import KnowledgeBase


def builtin_folder() -> Path:
    """The built-in packs: inside the installed wheel, or the checkout's top-level knowledge/."""
    installed = Path(__file__).resolve().parent / "packs"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "knowledge"


@lru_cache(maxsize=1)
def builtin_knowledge() -> KnowledgeBase:
    from mslint.knowledge.loader import load_folders

    return load_folders([builtin_folder()])
