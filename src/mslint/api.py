"""The public Python API: lint_text() for a string, lint_paths() for files and folders."""

from __future__ import annotations

import os
import stat
import sys
from contextlib import closing
from datetime import date
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from mslint.config import DEFAULT, Config, ConfigError, ConfigResolver
from mslint.display import display
from mslint.engine.diagnostics import RULES_NOT_LOADED, UNREADABLE_FILE
from mslint.engine.runner import check_document, finding_at_raw, make_finding
from mslint.model import FileResult, Finding, Severity
from mslint.engine.planner import Overrides, Planner
from mslint.reading import EXTENSIONS, read_document
from mslint.reading.source import InputError, decode, read_bytes
from mslint.reading.document import Document

STDIN = "-"
# Info findings are document-level observations (the scorecard's business) and unused
# suppressions: useful on request (--min-severity info), noise on every file by default.
DEFAULT_MIN_SEVERITY = Severity.WARNING


@dataclass
class RunOptions:
    overrides: Overrides = field(default_factory=Overrides)
    config_file: Path | None = None
    isolated: bool = False
    input_format: str | None = None  # force a reader instead of following the extension
    stdin_filename: str | None = None
    jobs: int = 1
    cache: bool = False  # the CLI turns it on; library callers opt in
    # Give each FileResult the scorecard of every registered criterion rule, whatever the selection.
    scorecard: bool = False
    # Keep each file's decoded source on its FileResult (for reports that show the whole article).
    source: bool = False

    @property
    def needs_document(self) -> bool:
        """True when results need more than findings, which the result cache does not keep."""
        return self.scorecard or self.source
    # Findings below it are dropped (not reported, not counted). None: the config's min-severity,
    # else DEFAULT_MIN_SEVERITY, as on the command line.
    min_severity: Severity | None = None


@dataclass
class RunReport:
    results: list[FileResult] = field(default_factory=list)
    # Problems that are not about one file's content (missing paths, broken plugins): one line each.
    errors: list[str] = field(default_factory=list)
    # The run's exit status, when known before the report is written (SARIF records it).
    exit_code: int | None = None
    # Things the user should know that do not fail the run (a cache that is not used): one line each.
    warnings: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [finding for result in self.results for finding in result.findings]


def lint_text(text: str, path: str = "<text>", config: Config = DEFAULT, input_format: str | None = None,
              overrides: Overrides = Overrides(), min_severity: Severity | None = None) -> list[Finding]:
    """Lint a string as if it were the file `path` (whose extension picks the reader).

    Returns every finding (info included) unless `min_severity` or the config's min-severity says
    otherwise: a library caller filters as it likes."""
    planner = Planner(overrides)
    plan = planner.plan(config, None)
    try:
        document = _read_within(path, text, input_format, plan.rule_timeout, config.read_options)
    except InputError as error:  # front matter built to blow up: refused, as a file would be
        return _unreadable(path, str(error)).findings
    findings = check_document(document, plan.rules, plan.report_unused_suppressions, plan.known,
                              plan.report_malformed_suppressions, plan.rule_timeout).findings
    # A pack or plugin that failed to load left its rules out: never let the text look clean.
    from mslint.engine.registry import base_registry

    findings = [make_finding(document, RULES_NOT_LOADED, Severity.ERROR, 0, 0, f"Rules not loaded: {problem}")
                for problem in base_registry().problems] + findings
    threshold = min_severity or config.min_severity or Severity.INFO
    return [finding for finding in findings if finding.severity >= threshold]


def visible(result: FileResult, threshold: Severity) -> FileResult:
    """The result with the findings below `threshold` left out (a copy: cached results stay whole)."""
    if all(finding.severity >= threshold for finding in result.findings):
        return result
    return replace(result, findings=[finding for finding in result.findings if finding.severity >= threshold])


def _read_within(path: str, source: str, input_format: str | None, seconds: float, read_options=None) -> Document:
    """The document, parsed and split into sentences within the same time a rule gets: the
    readers' own patterns and parsers are bounded like the rules' (mslint.engine.limits)."""
    from mslint.engine.limits import Overrun, time_limit

    try:
        with time_limit(seconds):
            document = read_document(path, source, input_format, read_options)
            document.sentences  # noqa: B018 - computed here, inside the limit, once for every rule
            return document
    except Overrun:
        raise InputError(f"took longer than {seconds:g} s to read (rule-timeout); it is not linted") from None


def _unreadable(path: str, message: str) -> FileResult:
    document = Document(path=path, source="", text="", blocks=[])
    finding = finding_at_raw(document, UNREADABLE_FILE, Severity.ERROR, 0, 0, f"File {message}")
    return FileResult(path, [finding], error=f"{path}: {message}")


class _FileLinter:
    """Lints one input; shared by the serial loop and the worker processes."""

    def __init__(self, options: RunOptions, warnings: list[str] | None = None):
        self.options = options
        self.resolver = ConfigResolver(options.config_file, options.isolated)
        self.planner = Planner(options.overrides)
        self._pack_digests: dict[tuple, str] = {}  # (rule paths, root) -> digest of the packs' contents
        self.cache = None
        if options.cache:
            self.cache = self._open_cache(warnings if warnings is not None else [])

    def _open_cache(self, warnings: list[str]):
        from mslint.engine.cache import SHIPPED_FOLDER, ResultCache, Unusable

        root = self.project_root()
        shipped = [folder for folder in dict.fromkeys((root, Path.cwd())) if os.path.lexists(folder / SHIPPED_FOLDER)]
        if shipped:  # a checkout may ship one: results are only read from the user's own cache
            warnings.append(f"ignoring {shipped[0] / SHIPPED_FOLDER}: results are cached in the user's cache "
                            "folder, never read from a project (it can be deleted)")
        try:
            return ResultCache(root)
        except Unusable as reason:
            warnings.append(f"not using the result cache: {reason}")
            return None

    def project_root(self) -> Path:
        """Whose cache folder: the folder of the config in effect here, else the current folder."""
        config = self.resolver.for_path(Path.cwd() / "-")
        return config.root if config.path is not None else Path.cwd()

    def config_for(self, path: Path) -> Config:
        return self.resolver.for_path(path)

    def min_severity(self, path: Path) -> Severity:
        return self.options.min_severity or self.config_for(path).min_severity or DEFAULT_MIN_SEVERITY

    def lint_source(self, shown: str, source: str, config_path: Path) -> FileResult:
        return self._lint(shown, source, config_path)[0]

    def _lint(self, shown: str, source: str, config_path: Path) -> tuple[FileResult, Document | None]:
        config = self.config_for(config_path)
        plan = self.planner.plan(config, config_path)
        try:
            document = _read_within(shown, source, self.options.input_format, plan.rule_timeout, config.read_options)
        except InputError as error:  # front matter built to blow up (mslint.reading.safe_yaml), or too slow
            return _unreadable(shown, str(error)), None
        result = check_document(document, plan.rules, plan.report_unused_suppressions, plan.known,
                                plan.report_malformed_suppressions, plan.rule_timeout)
        self._complete(result, document, config)
        return result, document

    def _complete(self, result: FileResult, document: Document, config: Config) -> None:
        """Add what the options ask for beyond findings: the scorecard, the source."""
        if self.options.source:
            result.source = document.source
        if self.options.scorecard:
            from mslint.engine.scorecard import build_scorecard

            try:
                result.scorecard = build_scorecard(document, self.planner.registry(config))
            except Exception as error:  # a criterion rule may fail in any way: one line, exit 2
                result.internal_error = True
                result.error = f"{document.path}: no scorecard: {type(error).__name__}: {error}"

    def lint_file(self, path: Path) -> FileResult:
        shown = display(str(path))
        try:
            data = read_bytes(path, self.config_for(path).max_file_size)
            source = decode(data)
        except InputError as error:
            return _unreadable(shown, str(error))
        if self.cache is None:
            return self.lint_source(shown, source, path)
        key = self._cache_key(path, data)
        today = date.today().isoformat()
        result = self.cache.get(key, shown, today)
        if result is None:
            from mslint.analysis.dates import valid_until

            result, document = self._lint(shown, source, path)
            # A document with no date of its own is judged against today: its result holds for today only;
            # a dated one until its claims of how things stand become old enough to flag (TIM006).
            if document is not None:
                last_day = valid_until(document, date.fromisoformat(today))
                self.cache.put(key, result, valid_on=last_day.isoformat() if last_day else None)
        elif self.options.needs_document:
            # The cache keeps findings only; the scorecard and the source come from the document.
            document = read_document(shown, source, self.options.input_format, self.config_for(path).read_options)
            self._complete(result, document, self.config_for(path))
        return result

    def cached(self, path: Path) -> FileResult | None:
        """The cached result for a file, without loading any rule; None on a miss."""
        if self.cache is None or self.options.needs_document:
            return None  # a scorecard needs the rules loaded; lint_file still uses the cache
        try:
            data = read_bytes(path, self.config_for(path).max_file_size)
        except InputError:
            return None
        return self.cache.get(self._cache_key(path, data), display(str(path)), date.today().isoformat())

    def _cache_key(self, path: Path, data: bytes) -> str:
        from mslint.engine.cache import rule_paths_fingerprint

        config = self.config_for(path)
        packs = (config.rule_paths, config.rule_root)
        if packs not in self._pack_digests:  # once per run, not once per file
            self._pack_digests[packs] = rule_paths_fingerprint(*packs)
        settings = "\n".join(
            (config.fingerprint(), self._pack_digests[packs], repr(self.options.overrides),
             str(self.options.input_format))
        )
        return self.cache.key(data, display(str(path)), settings)


def _output_file() -> tuple[int, int] | None:
    """(device, inode) of the regular file standard output is redirected to, if it is one."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (captured in tests)
        return None
    return (out.st_dev, out.st_ino) if stat.S_ISREG(out.st_mode) else None


def _is_output(path: Path, output: tuple[int, int] | None) -> bool:
    """The file is the report being written (a report redirected into the folder being linted)."""
    if output is None:
        return False
    try:
        found = os.stat(path)
    except OSError:
        return False
    return (found.st_dev, found.st_ino) == output


def _expand(paths: Iterable[str], linter: _FileLinter, report: RunReport) -> list[Path | str]:
    """Named files as given (in order), folders walked; missing paths reported."""
    def excluded(candidate: Path) -> bool:
        config = linter.config_for(candidate)
        return bool(config.exclude) and _matches_exclude(config, candidate)

    targets: list[Path | str] = []
    seen: set[str] = set()
    output = _output_file()
    named_and_excluded = False
    paths = list(paths)
    for raw in paths:
        if raw == STDIN:
            # Editors pipe excluded files too: --stdin-filename names the file, so `exclude` applies.
            named = linter.options.stdin_filename
            if not (named and excluded(Path(named))):
                targets.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            from mslint.reading.discover import walk  # pathspec and the walker load only for folders

            found = walk(path, excluded, lambda problem: report.errors.append(display(problem)),
                         linter.config_for(path).read_options.extensions())
            # `mslint --format html . > report.html`: the report being written is no article.
            found = [item for item in found if not _is_output(item, output)]
        elif os.path.lexists(path):  # a broken link or a loop too: reading it says which
            found = [] if excluded(path) else [path]
            named_and_excluded = named_and_excluded or not found
        else:
            report.errors.append(f"{display(raw)}: no such file or directory")
            continue
        for item in found:
            key = os.path.realpath(item)  # Path.resolve raises on a symlink loop
            if key not in seen:
                seen.add(key)
                targets.append(item)
    # Like ESLint's "no files matching": a CI job pointed at the wrong folder must not pass. A
    # file named on the command line and excluded by the configuration was asked about, not lost.
    given = [raw for raw in paths if os.path.lexists(raw)]  # missing paths have a line of their own
    if not targets and given and not named_and_excluded:
        shown = ", ".join(display(raw) for raw in given)
        report.errors.append(f"no files to lint in {shown} (looked for {', '.join(EXTENSIONS)})")
    return targets


def _matches_exclude(config: Config, path: Path) -> bool:
    from mslint.ignore_globs import matcher

    match = matcher(config.exclude)  # pathspec's gitignore matching (without it for plain paths)
    try:
        relative = Path(os.path.realpath(path)).relative_to(os.path.realpath(config.root)).as_posix()
    except ValueError:
        relative = path.as_posix()
    return match(relative + ("/" if path.is_dir() else ""))


def lint_paths(paths: Iterable[str], options: RunOptions = RunOptions(),
               progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Lint files and folders. Raises ConfigError for configuration problems (exit 2, nothing linted).

    `progress(done, total)` is called as results come in (for a progress display)."""
    report = RunReport()
    linter = _FileLinter(options, report.warnings)
    try:
        _lint_targets(paths, linter, options, report, progress)
    finally:
        if linter.cache is not None:
            linter.cache.close()
    return report


def _lint_targets(paths: Iterable[str], linter: _FileLinter, options: RunOptions, report: RunReport,
                  progress: Callable[[int, int], None] | None) -> None:
    targets = _expand(paths, linter, report)
    results: dict[int, FileResult] = {}
    misses: list[int] = []
    tick = progress or (lambda done, total: None)
    for index, target in enumerate(targets):
        cached = None if target == STDIN else linter.cached(target)
        if cached is not None:
            results[index] = cached
        else:
            misses.append(index)
    tick(len(results), len(targets))
    if misses:
        from mslint.engine import collector
        from mslint.engine.registry import base_registry

        # Load the rules once, before any fork, so workers share them and plugin problems surface.
        problems = base_registry().problems
        collector.loaded()
        report.errors[:0] = problems
        if problems and linter.cache is not None:
            linter.cache.writable = False  # a rule set missing a plugin must not pass a file next time
        files = [targets[index] for index in misses if targets[index] != STDIN]
        # Closed here, not whenever it is garbage collected: a worker pool left alive keeps its
        # threads, and the next fork in this process (a library caller's next run) would copy
        # their held locks into its workers, which then wait for ever.
        with closing(iter(_lint_files(linter, files, options.jobs))) as fresh:
            for index in misses:
                results[index] = _lint_stdin(linter, options) if targets[index] == STDIN else next(fresh)
                tick(len(results), len(targets))
    report.results = [
        visible(results[index], linter.min_severity(_config_path(targets[index], options)))
        for index in range(len(targets))
    ]
    if linter.cache is not None:
        linter.cache.prune()


def fix_report(report: RunReport, options: RunOptions):
    """The safe fixes (Finding.fix) for every file of a report, as mslint.engine.fix.FileFix
    objects, nothing written. Standard input is never rewritten."""
    from mslint.engine.fix import FileFix, fix_source

    linter = _FileLinter(replace(options, cache=False, jobs=1))
    fixes = []
    for result in report.results:
        if result.error or result.path in ("<stdin>", options.stdin_filename) or not any(f.fix for f in result.findings):
            continue
        path = Path(result.path)
        try:
            source = decode(read_bytes(path))
        except InputError:
            continue
        threshold = linter.min_severity(path)

        def relint(text: str, shown=result.path, path=path) -> list[Finding]:
            return visible(linter.lint_source(shown, text, path), threshold).findings

        fixed, applied = fix_source(source, result.findings, relint)
        fixes.append(FileFix(path, source, fixed, applied))
    return fixes


def _lint_files(linter: "_FileLinter", files: list[Path], jobs: int):
    if jobs > 1 and len(files) > 1:
        from mslint.engine.parallel import lint_in_parallel

        return lint_in_parallel(linter, files, jobs)
    return (linter.lint_file(path) for path in files)


def _config_path(target: Path | str, options: RunOptions) -> Path:
    """The path whose configuration applies to a target (standard input: its --stdin-filename)."""
    if target != STDIN:
        return target
    return Path(options.stdin_filename) if options.stdin_filename else Path.cwd() / "stdin"


def _lint_stdin(linter: _FileLinter, options: RunOptions) -> FileResult:
    shown = display(options.stdin_filename or "<stdin>")
    try:
        source = decode(sys.stdin.buffer.read())
    except InputError as error:
        return _unreadable(shown, str(error))
    return linter.lint_source(shown, source, _config_path(STDIN, options))


__all__ = ["lint_text", "lint_paths", "fix_report", "RunOptions", "RunReport", "Overrides", "ConfigError", "EXTENSIONS"]
