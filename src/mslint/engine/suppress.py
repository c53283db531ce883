"""Inline suppression through HTML comments, invisible in rendered Markdown and HTML.

    <!-- mslint-disable CLM001, COM -- reason -->   ... <!-- mslint-enable CLM001 -->
    <!-- mslint-disable-next-line CLM001: reason -->
    <!-- mslint-disable-file [CODE ...] -->

Without codes a directive covers every rule. A reason follows the codes after a colon or a
dash (`--`, `-`, an en or em dash, each with a space before it). Directives are read from the
raw source, so they work the same in text, Markdown and HTML; those inside code or front matter
are ignored. A directive that suppressed nothing is itself reported (MSL001), as pylint does,
and one that cannot be understood (an unknown verb, a word that names no rule) is reported as
MSL004 rather than silently doing something else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


from mslint.reading.document import Document
from mslint.model import Finding
from mslint.engine.selection import matches_any
from mslint import patterns

VERBS = ("disable-next-line", "disable-file", "disable", "enable")
# Any comment that starts like a directive; the verb and the codes are checked afterwards, so a
# typo is reported instead of being read as an ordinary comment.
_DIRECTIVE = patterns.compile(r"<!--[ \t]*mslint-(?P<verb>[A-Za-z-]*)(?P<body>[^\r\n]*?)-->")
# Where the reason starts: a colon, or a dash with white space before it (rule names hold
# hyphens, so "unqualified-cure-claim" is never cut).
_REASON = patterns.compile(r"\s*:|\s+(?:--|-|–|—)(?=\s|$)|\s*[–—]")
_CODE_SPLIT = patterns.compile(r"[\s,]+")


@dataclass
class Malformed:
    """A directive that cannot be applied as written, with what is wrong (one sentence)."""

    raw_start: int
    raw_end: int
    problem: str


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


def parse_directives(document: Document, known: Callable[[str], bool] | None = None,
                     malformed: list[Malformed] | None = None) -> list[Directive]:
    """The directives of a document. `known` tells whether a word names a rule (code, prefix, name
    or category); words it rejects are left out and reported in `malformed`, and a directive left
    with none of the codes it named suppresses nothing (never everything)."""
    source = document.source
    if "mslint-" not in source:  # the common case costs one substring search
        return []
    problems = malformed if malformed is not None else []
    directives = []
    for match in _DIRECTIVE.finditer(source):
        if document.is_masked(match.start()) and not _is_comment_mask(document, match):
            continue
        verb = match.group("verb")
        if verb not in VERBS:
            problems.append(Malformed(match.start(), match.end(), f"unknown directive 'mslint-{verb}' "
                                      f"(use mslint-{', mslint-'.join(sorted(VERBS))})"))
            continue
        body = match.group("body")
        reason = _REASON.search(body)
        named = body[: reason.start()] if reason else body
        tokens = [code for code in _CODE_SPLIT.split(named.strip()) if code]
        unknown = [token for token in tokens if known is not None and not known(token)]
        if unknown:
            problems.append(Malformed(match.start(), match.end(), (
                f"{', '.join(repr(token) for token in unknown)} "
                f"{'names' if len(unknown) == 1 else 'name'} no rule code, prefix, name or category; "
                "write a reason after ':' or ' -- '")))
            if len(unknown) == len(tokens):
                continue
        codes = tuple(token for token in tokens if token not in unknown)
        line = document.line_index.position(match.start())[0]
        end_line = document.line_index.position(match.end())[0]
        directives.append(Directive(verb, codes, line, end_line, match.start(), match.end()))
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


def apply_suppressions(findings: list[Finding], document: Document, known: Callable[[str], bool] | None = None,
                       malformed: list[Malformed] | None = None) -> tuple[list[Finding], list[Directive]]:
    """Findings left after inline directives, and the directives that suppressed nothing
    (directives that cannot be understood go to `malformed`)."""
    directives = parse_directives(document, known, malformed)
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
