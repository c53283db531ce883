"""Output formats. Each module exposes render(report, rules) -> str (text writes through rich)."""

from __future__ import annotations

import importlib

FORMATS = ("text", "concise", "json", "sarif", "github")


def get_renderer(name: str):
    return importlib.import_module(f".{name}_format", __name__).render
