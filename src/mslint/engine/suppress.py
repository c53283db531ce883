"""Inline suppression through HTML comments, invisible in rendered Markdown and HTML.

    <!-- mslint-disable CLM001, COM -- reason -->   ... <!-- mslint-enable CLM001 -->
    <!-- mslint-disable-next-line CLM001 -->
    <!-- mslint-disable-file [CODE ...] -->

Without codes a directive covers every rule. Directives are read from the raw source, so they
work the same in text, Markdown and HTML; those inside code or front matter are ignored.
A directive that suppressed nothing is itself reported (MSL001), as pylint does.
"""

from __future__ import annotations

from dataclasses import dataclass, field


from mslint.reading.document import Document
from mslint.model import Finding
from mslint.engine.selection import matches_any
from mslint import patterns

_DIRECTIVE = patterns.compile(
    r"<!--[ \t]*mslint-(?P<verb>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<codes>[^\r\n>]*?)(?:[ \t]+--[ \t]*(?P<reason>[^\r\n]*?))?[ \t]*-->"
)
_CODE_SPLIT = patterns.compile(r"[\s,]+")


@dataclass
class Directive:
    verb: str
    codes: tuple[str, ...]  # empty: every rule
    line: int
    end_line: int
    raw_start: int
    raw_end: int
    used: bool = False


@dataclass
class Region:
    directive: Directive
    first_line: int
    last_line: int  # inclusive; a huge number for "until the end"
    codes: tuple[str, ...] = field(default=())


END = 10**12


def parse_directives(document: Document) -> list[Directive]:
    source = document.source
    if "mslint-" not in source:  # the common case costs one substring search
        return []
    directives = []
    for match in _DIRECTIVE.finditer(source):
        if document.is_masked(match.start()) and not _is_comment_mask(document, match):
            continue
        line = document.line_index.position(match.start())[0]
        end_line = document.line_index.position(match.end())[0]
        codes = tuple(code for code in _CODE_SPLIT.split(match.group("codes").strip()) if code)
        directives.append(
            Directive(match.group("verb"), codes, line, end_line, match.start(), match.end())
        )
    return directives


def _is_comment_mask(document: Document, match) -> bool:
    """Readers mask HTML comments as non-prose; a directive is such a comment, not code."""
    return any(lo == match.start() and hi >= match.end() for lo, hi in document.masked)


def _regions(directives: list[Directive]) -> list[Region]:
    regions: list[Region] = []
    open_blocks: list[Region] = []
    for directive in directives:
        if directive.verb == "disable-file":
            regions.append(Region(directive, 1, END, directive.codes))
        elif directive.verb == "disable-next-line":
            regions.append(Region(directive, directive.end_line + 1, directive.end_line + 1, directive.codes))
        elif directive.verb == "disable":
            region = Region(directive, directive.line, END, directive.codes)
            regions.append(region)
            open_blocks.append(region)
        else:  # enable: closes matching open regions (all of them when it names no code)
            directive.used = True  # an enable is bookkeeping, never "unused"
            for region in list(open_blocks):
                if not directive.codes or set(region.codes) & set(directive.codes) or not region.codes:
                    region.last_line = directive.line
                    open_blocks.remove(region)
    return regions


def apply_suppressions(findings: list[Finding], document: Document) -> tuple[list[Finding], list[Directive]]:
    """Findings left after inline directives, and the directives that suppressed nothing."""
    directives = parse_directives(document)
    if not directives:
        return findings, []
    regions = _regions(directives)
    kept = []
    for finding in findings:
        covering = [
            region
            for region in regions
            if region.first_line <= finding.line <= region.last_line
            and (not region.codes or matches_any(finding.code, finding.name, finding.category, region.codes))
        ]
        for region in covering:
            region.directive.used = True
        if not covering:
            kept.append(finding)
    unused = [directive for directive in directives if not directive.used]
    return kept, unused
