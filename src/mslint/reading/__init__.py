"""Readers turn decoded source into a Document; the format follows the file extension."""

from __future__ import annotations

from dataclasses import dataclass

from mslint.reading.document import Document
from mslint.reading.frontmatter_fields import FRONT_MATTER_KEYS
from mslint.reading.furniture import DEFAULT_SKIP_HTML

# Reader names, for --input-format and the extend-include setting.
FORMATS = ("text", "markdown", "html", "mdx", "quarto")
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".mdx": "mdx",
    ".qmd": "quarto",
    ".rmd": "quarto",
}


@dataclass(frozen=True)
class ReadOptions:
    """What the settings say about reading (hashable: part of the cache key through the config)."""

    # Front matter (and HTML <meta>) keys whose values are linted as the title and summaries.
    front_matter_keys: tuple[str, ...] = FRONT_MATTER_KEYS
    # Simple selectors of HTML page furniture (menus, footers...) left out of the prose.
    skip_html: tuple[str, ...] = DEFAULT_SKIP_HTML
    # More extensions and their readers (the extend-include setting): ((".mdoc", "markdown"), ...).
    extend_include: tuple[tuple[str, str], ...] = ()

    def extensions(self) -> dict[str, str]:
        return {**EXTENSIONS, **dict(self.extend_include)}


DEFAULT_READ_OPTIONS = ReadOptions()


def format_for(path: str, extensions: dict[str, str] = EXTENSIONS) -> str:
    lowered = path.lower()
    for extension, fmt in sorted(extensions.items(), key=lambda item: -len(item[0])):
        if lowered.endswith(extension):
            return fmt
    return "text"


def read_document(path: str, source: str, fmt: str | None = None, options: ReadOptions = DEFAULT_READ_OPTIONS) -> Document:
    fmt = fmt or format_for(path, options.extensions() if options.extend_include else EXTENSIONS)
    if fmt == "mdx":
        from mslint.reading.mdx import read_mdx

        return read_mdx(path, source, options)
    if fmt == "quarto":
        from mslint.reading.quarto import read_quarto

        return read_quarto(path, source, options)
    if fmt == "markdown":
        from mslint.reading.markdown import read_markdown

        return read_markdown(path, source, options)
    if fmt == "html":
        from mslint.reading.html import read_html

        return read_html(path, source, options)
    from mslint.reading.text import read_text

    return read_text(path, source)
