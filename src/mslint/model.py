"""The vocabulary every part of mslint shares: severities, categories, rule metadata, hits, findings.

A rule produces Hits (offsets into Document.text plus a message); only the engine turns a Hit
into a Finding, which carries the public, positioned record that formatters print.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """Ordered so that `severity >= fail_on` is the exit-code test."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (choose from: error, warning, info)") from None


SEVERITY_NAMES = ("error", "warning", "info")

# category name -> code prefix: a public contract (README, JSON, SARIF, config all use these).
CATEGORIES: dict[str, str] = {
    "cure-claim": "CLM",
    "risk-disclosure": "RSK",
    "factual": "FCT",
    "terminology": "TRM",
    "commercial": "COM",
    "hype": "HYP",
    "evidence": "EVD",
    "language": "LNG",
    "timeliness": "TIM",
    "readability": "RDB",
    "structure": "STR",
    # The engine's own diagnostics: unused suppressions, unreadable files, crashed rules.
    "mslint": "MSL",
}

SCOPES = ("document", "heading", "paragraph", "sentence")
STATUSES = ("stable", "preview")


@dataclass(frozen=True)
class RuleDocs:
    """ruff-style documentation: what it does, why it matters, examples, better wording."""

    what: str
    why: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    better: str = ""
    # Text the examples are read after, for rules that apply only to articles on a subject (the
    # facts of a knowledge pack): "An article about multiple sclerosis (MS)."
    setting: str = ""


@dataclass(frozen=True)
class RuleMeta:
    code: str
    name: str
    category: str
    severity: Severity
    scope: str
    summary: str
    docs: RuleDocs
    references: tuple[str, ...]
    status: str = "stable"
    # Contexts (mslint.analysis.stance) in which a match is not the writer's own assertion.
    silenced_by: frozenset[str] = frozenset()
    # Contexts that lower a finding's severity by one step instead: a claim reported without
    # challenge is still the article's claim, but not in its own voice.
    softened_by: frozenset[str] = frozenset()
    # Rules whose finding on an overlapping span says more about the same words (a sourced fact
    # about an approval, beside the general "approval claimed" warning): this rule's finding is
    # then left out, so the reader sees one finding, the specific one.
    yields_to: frozenset[str] = frozenset()
    as_of: str | None = None
    # Where the rule came from: "builtin", a plugin's name, or a rule pack path.
    origin: str = "builtin"


@dataclass(frozen=True)
class Hit:
    """What a rule reports: a span of Document.text, a message, and optionally better wording."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    # Rules whose strength varies (a definite claim vs a softer one) may override the default.
    severity: Severity | None = None
    # True when start/end are offsets into the raw source rather than Document.text: for what is
    # not prose but is still the problem, such as a link's address (Document.links carry raw spans).
    raw: bool = False
    # The stance of the statement (mslint.analysis.stance.Stance) when the rule worked it out
    # itself (a pattern knows which of its words are its own); else the engine reads it off the span.
    stance: object | None = None
    # The exact text to put in place of the span, set only when the rewrite is safe to apply
    # unread (`mslint --fix`): unambiguous, grammatical, meaning kept. A suggestion is advice.
    fix: str | None = None


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    excerpt: str
    suggestion: str | None = None
    references: tuple[str, ...] = ()
    # The safe replacement for exactly the excerpt (see Hit.fix); None when there is none.
    fix: str | None = None

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.code, self.end_line, self.end_column, self.message)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.label,
            "message": self.message,
            "excerpt": self.excerpt,
            "suggestion": self.suggestion,
            "references": list(self.references),
            "fix": self.fix,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Finding":
        fields = dict(data)
        fields["severity"] = Severity.parse(fields["severity"])
        fields["references"] = tuple(fields["references"])
        return cls(**fields)


# The ten HealthNewsReview criteria, in the order of the published list; scorecard keys are public.
CRITERIA: tuple[str, ...] = (
    "costs", "benefits", "harms", "evidence-quality", "disease-mongering", "funding",
    "alternatives", "availability", "novelty", "sensational-language",
)
VERDICTS = ("satisfactory", "not-satisfactory", "not-applicable")


@dataclass(frozen=True)
class Evidence:
    """A span of the source that backs a verdict (1-based, end exclusive, like Finding)."""

    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str

    def to_dict(self) -> dict:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "excerpt": self.excerpt}


@dataclass(frozen=True)
class Verdict:
    """One criterion's answer for one article, with the spans it rests on and why."""

    criterion: str  # one of CRITERIA
    verdict: str  # one of VERDICTS
    rule: str  # the code of the rule that decided it
    why: str  # one sentence
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "rule": self.rule,
                "evidence": [item.to_dict() for item in self.evidence], "why": self.why}


@dataclass
class Scorecard:
    """Per article: the ten verdicts and the score (satisfactory out of applicable)."""

    path: str
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # criterion -> verdict, in CRITERIA order

    @property
    def satisfactory(self) -> int:
        return sum(v.verdict == "satisfactory" for v in self.verdicts.values())

    @property
    def applicable(self) -> int:
        return sum(v.verdict != "not-applicable" for v in self.verdicts.values())

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "criteria": {key: verdict.to_dict() for key, verdict in self.verdicts.items()},
            "score": {"satisfactory": self.satisfactory, "applicable": self.applicable},
        }


@dataclass
class FileResult:
    """Everything linting one input produced; `error` is set when the input could not be linted."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    # True when a rule crashed: the findings are incomplete and the run must exit 2.
    internal_error: bool = False
    # The raw source lines that findings point at (line number -> text), for excerpts in reports.
    lines: dict[int, str] = field(default_factory=dict)
    # The credibility scorecard, when the run asked for one (--scorecard, --format html).
    scorecard: Scorecard | None = None
    # The whole decoded source, when the output needs it (the HTML report shows every article in
    # full); None otherwise, so ordinary runs do not carry every file's text around.
    source: str | None = None
