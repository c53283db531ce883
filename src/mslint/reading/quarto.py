"""Quarto (.qmd) and R Markdown (.rmd): Pandoc Markdown with executable code chunks.

Code chunks (```` ```{r} ````, ```` ```{python} ````) are fenced code and inline `` `r x` `` is
inline code, so the Markdown reader already leaves them out. What Pandoc adds on top is blanked
(spaces, offsets and line breaks kept) before reading: fenced div lines (`::: {.callout-note}`),
attribute blocks (`{#fig-mri}`, `{.smaller}`, `{width=50%}`) and shortcodes (`{{< video x >}}`).
"""

from __future__ import annotations

import re

from mslint.reading.document import Document

_NOT_PROSE = re.compile(
    r"^[ \t]*:{3,}[^\r\n]*$"  # a fenced div's opening or closing line
    r"|\{\{<.*?>\}\}"  # a shortcode
    r"|\{(?=[#.]|[\w-]+=)[^{}\r\n]*\}",  # an attribute block
    re.MULTILINE,
)


def read_quarto(path: str, source: str, options=None) -> Document:
    from mslint.reading.markdown import read_markdown

    blanked, ranges = blank_pandoc(source)
    return read_markdown(path, source, options, blanked=blanked, extra_masked=ranges)


def blank_pandoc(source: str) -> tuple[str, list[tuple[int, int]]]:
    ranges = [match.span() for match in _NOT_PROSE.finditer(source)]
    chars = list(source)
    for lo, hi in ranges:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars), ranges
