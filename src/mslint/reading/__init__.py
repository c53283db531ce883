"""Readers turn decoded source into a Document; the format follows the file extension."""

from __future__ import annotations

from mslint.reading.document import Document

FORMATS = ("text", "markdown", "html")
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def format_for(path: str) -> str:
    lowered = path.lower()
    for extension, fmt in EXTENSIONS.items():
        if lowered.endswith(extension):
            return fmt
    return "text"


def read_document(path: str, source: str, fmt: str | None = None) -> Document:
    fmt = fmt or format_for(path)
    if fmt == "markdown":
        from mslint.reading.markdown import read_markdown

        return read_markdown(path, source)
    if fmt == "html":
        from mslint.reading.html import read_html

        return read_html(path, source)
    from mslint.reading.text import read_text

    return read_text(path, source)
