"""Batch linting for research on large collections: (id, text) records in, results out.

    from mslint.batch import BatchSettings, lint_records
    for result in lint_records([("a1", "Our cells cure MS.")], BatchSettings(min_severity="info")):
        print(result.id, result.findings)

Made for Dask, Spark and multiprocessing: settings and results are plain, picklable dataclasses;
nothing needs setting up in a worker first (rules load lazily, once per process, on the first
record); a record that cannot be linted gives a result with `error` set instead of stopping the
partition. `lint_partition` is the function to hand to `map_partitions` / `mapPartitions`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mslint.model import Finding, Severity


@dataclass(frozen=True)
class BatchSettings:
    """What to run. Selectors as on the command line; `config_file` (a path every worker can read)
    supplies the rest of the settings (per-rule options, severities, front-matter keys...)."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    min_severity: str = "warning"  # as on the command line; "info" for every finding
    # The reader: text, markdown, html, mdx or quarto; None picks it from the id's extension
    # ("page.html"), else text.
    input_format: str | None = None
    config_file: str | None = None
    findings_as: str = "dict"  # "dict": Finding.to_dict() (JSON-ready); "finding": Finding objects


@dataclass(frozen=True)
class BatchResult:
    id: str
    findings: list = field(default_factory=list)  # dicts or Findings, as BatchSettings.findings_as says
    error: str | None = None  # why the record could not be linted; findings are then empty
    # Reserved for the credibility scorecard (the ten HealthNewsReview criteria) of the record:
    # None until scorecards are wired into the batch API.
    scorecard: dict | None = None

    def to_dict(self) -> dict:
        findings = [f.to_dict() if isinstance(f, Finding) else f for f in self.findings]
        return {"id": self.id, "findings": findings, "error": self.error, "scorecard": self.scorecard}


@functools.lru_cache(maxsize=4)
def _prepared(settings: BatchSettings):
    """The settings resolved once per process (and per settings): config, overrides, threshold."""
    from mslint.config import DEFAULT, load_config_file
    from mslint.engine.planner import Overrides

    config = load_config_file(Path(settings.config_file).resolve()) if settings.config_file else DEFAULT
    overrides = Overrides(select=settings.select, ignore=settings.ignore, extend_select=settings.extend_select)
    return config, overrides, Severity.parse(settings.min_severity)


def lint_records(records: Iterable[tuple[str, str]], settings: BatchSettings = BatchSettings()) -> Iterator[BatchResult]:
    """One BatchResult per (id, text) record, in order."""
    from mslint.api import lint_text

    config, overrides, threshold = _prepared(settings)
    for record_id, text in records:
        record_id = str(record_id)
        try:
            findings = lint_text(text, record_id, config, settings.input_format, overrides, threshold)
        except Exception as error:  # one bad record must not lose the partition
            yield BatchResult(record_id, [], f"{type(error).__name__}: {error}")
            continue
        if settings.findings_as == "dict":
            findings = [finding.to_dict() for finding in findings]
        yield BatchResult(record_id, list(findings))


def lint_partition(records: Iterable[tuple[str, str]], settings: BatchSettings = BatchSettings()) -> list[dict]:
    """A partition's results as plain dicts: for `bag.map_partitions` and `rdd.mapPartitions`."""
    return [result.to_dict() for result in lint_records(records, settings)]
