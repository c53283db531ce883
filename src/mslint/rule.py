"""The interface every rule implements, built-in, declarative or plugin.

A rule reads a Document and yields Hits over one scope unit at a time. It never reads config
(the engine hands it its options), never computes line numbers and never prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mslint.reading.document import Document
from mslint.model import Hit, RuleMeta


@dataclass(frozen=True)
class Unit:
    """One piece of the document a rule is run over: the whole document, a block, or a sentence."""

    start: int
    end: int
    kind: str  # "document", a block kind, or "sentence"
    block: int | None = None  # index into Document.blocks, when the unit lies in one block

    def text(self, document: Document) -> str:
        return document.text[self.start : self.end]


class Rule:
    """Base class: set `meta` (and `default_options` if the rule is configurable), override `check`."""

    meta: RuleMeta
    # Option name -> default value. The engine validates user options against these keys and types.
    default_options: Mapping[str, object] = {}

    def applies_to(self, document: Document) -> bool:
        """A cheap whole-document test run once before `check`: False skips every unit.
        Pattern rules use it to skip documents that never mention their words."""
        return True

    def triggers(self) -> tuple[frozenset[str], frozenset[str]] | None:
        """The words (lower case) and lexicon classes one of which every hit contains, for the
        engine's trigger index (mslint.engine.triggers): the rule then runs only on the units
        that hold one. None: every unit."""
        return None

    def requirements(self, options: Mapping[str, object]) -> tuple:
        """Literal prefilters (mslint.prefilter.Requirement): the engine runs `check` only on
        units that meet all of them. A rule that returns any promises that it can report nothing
        in a unit that does not. Empty: every unit.
        `prefilter.any_of(PATTERN, ...)` gives the sets for hits that come from those patterns."""
        return ()

    def check(self, document: Document, unit: Unit, options: Mapping[str, object]) -> Iterable[Hit]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.meta.code} {self.meta.name}>"


@dataclass(frozen=True)
class Assessment:
    """A criterion rule's answer for one article. Spans are offsets into Document.text: the
    evidence that satisfies the criterion, or, when it is not satisfied, what makes it apply."""

    verdict: str  # one of mslint.model.VERDICTS
    why: str  # one sentence, for the scorecard and the finding's message
    evidence: tuple[tuple[int, int], ...] = ()


class CriterionRule(Rule):
    """A document rule that decides one HealthNewsReview criterion (see mslint.model.CRITERIA).

    `assess` feeds the scorecard; `check` turns a not-satisfactory verdict into a finding at the
    first piece of evidence (or the start of the document), so lint runs, pre-commit and CI can
    enforce the criterion at the severity the writer chooses.
    """

    criterion: str

    def assess(self, document: Document) -> Assessment:
        raise NotImplementedError

    def check(self, document: Document, unit: Unit, options: Mapping[str, object]) -> Iterable[Hit]:
        assessment = self.assess(document)
        if assessment.verdict == "not-satisfactory":
            start, end = assessment.evidence[0] if assessment.evidence else (0, 0)
            yield Hit(start, end, assessment.why)
