"""The `mslint` command: argument parsing and exit codes only; the work is in api.py.

Exit codes are a contract CI relies on: 0 clean, 1 findings, 2 any error, 130 on SIGINT and 143
on SIGTERM. So every way out goes through `_Command.main`: usage errors, failures writing the
report (a closed pipe, a full disk) and any exception mslint did not expect end in one line on
standard error and exit 2, never a traceback (and never exit 1, which would read as findings).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from mslint import __version__
from mslint.output import FORMATS
from mslint.model import Severity
from mslint.reading import FORMATS as INPUT_FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# Formats that can carry the scorecard (the HTML report always does).
SCORECARD_FORMATS = ("text", "concise", "json", "html")
FAIL_ON = ("error", "warning", "info", "never")


def _selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    """`--ignore CLM,COM001 --ignore HYP` -> ("CLM", "COM001", "HYP")."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _error(message: str) -> None:
    from mslint.display import display

    click.echo(display(f"mslint: error: {message}"), err=True)


def _warning(message: str) -> None:
    from mslint.display import display

    click.echo(display(f"mslint: warning: {message}"), err=True)


def _default_jobs() -> int:
    return os.cpu_count() or 1


class OutputError(Exception):
    """The report could not be written to standard output."""


def _write(text: str) -> None:
    """Write the report as UTF-8 whatever the locale. Text that cannot be UTF-8 (a lone surrogate
    from a plugin) is written as a \\u escape, which is also valid inside JSON strings."""
    data = text.encode("utf-8", "backslashreplace")
    stream = getattr(sys.stdout, "buffer", None)
    try:
        if stream is None:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            stream.write(data)
            stream.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise OutputError("standard output was closed before the report was written (broken pipe)") from None
    except OSError as error:
        _silence_stdout()
        raise OutputError(f"cannot write the report: {error.strerror or error}") from None


def _silence_stdout() -> None:
    """After a failed write, Python would try to flush standard output again at exit and print
    its own error: point the descriptor at /dev/null first."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing will be flushed at exit


class _Command(click.Command):
    """mslint's exit codes on every path out of the command (see the module's docstring)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        from mslint.interrupts import Stopped, stop_on_signals

        try:
            with stop_on_signals():
                code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else EXIT_ERROR
        except Stopped as stop:
            _error(f"stopped by {'SIGINT' if stop.code == 130 else 'SIGTERM'}")
            code = stop.code
        except click.ClickException as error:
            _error(f"{error.format_message()} (see `mslint --help`)")
            code = EXIT_ERROR
        except click.Abort:
            _error("aborted")
            code = EXIT_ERROR
        except OutputError as error:
            _error(str(error))
            code = EXIT_ERROR
        except BaseException as error:  # noqa: BLE001 - the last resort: one line, exit 2, never a traceback
            text = " ".join(str(error).split())
            _error(f"internal error: {type(error).__name__}: {text} (please report it)")
            code = EXIT_ERROR
        sys.exit(code if isinstance(code, int) else EXIT_CLEAN)


@click.command(cls=_Command, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(FORMATS), default=None,
              help="Output format. Default: text on a terminal, concise otherwise.")
@click.option("--select", multiple=True, help="Rules to run (code, prefix, name or category; comma-separated). Replaces the configured selection.")
@click.option("--ignore", multiple=True, help="Rules to skip, added to the configured ones.")
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the selection.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Lowest severity that makes the exit code 1. Default: warning (or the config's fail-on).")
@click.option("--min-severity", type=click.Choice(("info", "warning", "error")), default=None,
              help="Report and count only findings at or above this severity. Default: warning (or the config's min-severity).")
@click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Use this config file for every input instead of discovering one.")
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--stdin-filename", help="Name to show for standard input ('-'); its extension picks the reader.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), help="Read inputs as this format whatever their extension.")
@click.option("--scorecard", is_flag=True,
              help="Also judge each article on the ten credibility criteria: a checklist after the "
                   "findings (text, concise), or instead of them (json).")
@click.option("--output-file", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to FILE (atomically) instead of standard output; the exit code is unchanged.")
@click.option("--baseline", "baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Report only findings that are not in this baseline file.")
@click.option("--write-baseline", type=click.Path(path_type=Path, dir_okay=False),
              help="Record today's findings in this baseline file (JSON) and exit 0.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes findings carry, rewriting files atomically; report what is left.")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff without writing; exit 1 if there are any.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary, nothing when clean.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Files linted in parallel. Default: CPU count.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache (in the user's cache folder, ~/.cache/mslint).")
@click.option("--list-rules", is_flag=True, help="List the available rules (as JSON with --format json).")
@click.option("--explain", metavar="CODE", help="Show a rule's full documentation.")
@click.version_option(__version__, "--version", prog_name="mslint")
def main(paths, output_format, select, ignore, extend_select, fail_on, min_severity, config_file, isolated, stdin_filename,
         input_format, scorecard, output_file, baseline, write_baseline, fix, diff, statistics, quiet, jobs, no_cache,
         list_rules, explain):
    """Lint health articles (text, Markdown, HTML) for credibility problems.

    PATHS are files or folders ('-' for standard input). Exit codes: 0 clean, 1 findings at or
    above --fail-on, 2 any error (usage, configuration, input, a crashed or timed-out rule, a
    report that cannot be written), 130 on SIGINT, 143 on SIGTERM.
    """
    from mslint.config import ConfigError
    from mslint.engine.baseline import BaselineError
    from mslint.engine.parallel import WorkerDied
    from mslint.rules.packs import PackError
    from mslint.engine.registry import RegistryError

    try:
        if list_rules or explain:
            sys.exit(_describe_rules(list_rules, explain, output_format, config_file, isolated))
        if not paths:
            raise click.UsageError("no PATH given (use '-' to read standard input)")
        sys.exit(_lint(paths, output_format, select, ignore, extend_select, fail_on, config_file, isolated,
                       stdin_filename, input_format, statistics, quiet, jobs, no_cache,
                       min_severity=min_severity, output_file=output_file,
                       adoption=_Adoption(baseline, write_baseline, fix, diff), scorecard=scorecard))
    except (ConfigError, PackError, RegistryError, BaselineError, WorkerDied) as error:
        _error(str(error))
        sys.exit(EXIT_ERROR)


def _rules_for_listing(config_file, isolated):
    from mslint.config import ConfigResolver
    from mslint.engine.diagnostics import ENGINE_DIAGNOSTICS
    from mslint.engine.planner import Planner

    config = ConfigResolver(config_file, isolated).for_path(Path.cwd())
    registry = Planner().registry(config)
    metas = sorted((rule.meta for rule in registry), key=lambda meta: meta.code) + list(ENGINE_DIAGNOSTICS)
    return metas, list(registry.problems)


def _describe_rules(list_rules, explain, output_format, config_file, isolated) -> int:
    from mslint.output.explain import explain_text, rules_json, rules_table

    metas, problems = _rules_for_listing(config_file, isolated)
    for problem in problems:  # a pack or plugin that failed to load: its rules are missing below
        _error(problem)
    if explain:
        from mslint.engine.selection import current

        wanted = current(explain)  # a code retired or renamed explains the rule that replaced it
        meta = next((m for m in metas if m.code == wanted.upper() or m.name == wanted.lower()), None)
        if meta is None:
            _error(f"unknown rule {explain!r} (see `mslint --list-rules`)")
            return EXIT_ERROR
        _write(explain_text(meta) + "\n")
        return EXIT_CLEAN
    _write(rules_json(metas) if output_format == "json" else rules_table(metas))
    return EXIT_ERROR if problems else EXIT_CLEAN


def _write_output(path: Path, output: str) -> bool:
    """The report, written whole or not at all (a reader never sees half a SARIF file)."""
    from mslint.atomic import write_atomically

    try:
        write_atomically(path, output.encode("utf-8"))
    except OSError as error:
        _error(f"{path}: cannot write the report: {error.strerror or error}")
        return False
    return True


@dataclass(frozen=True)
class _Adoption:
    """What a run does besides reporting: a baseline to compare with or to write, fixes to apply."""

    baseline: Path | None = None
    write_baseline: Path | None = None
    fix: bool = False
    diff: bool = False


def _lint(paths, output_format, select, ignore, extend_select, fail_on, config_file, isolated, stdin_filename,
          input_format, statistics, quiet, jobs, no_cache, min_severity=None, output_file=None,
          adoption: _Adoption = _Adoption(), scorecard: bool = False) -> int:
    from mslint.api import RunOptions, lint_paths
    from mslint.engine.planner import Overrides
    from mslint.output import needs
    from mslint.output.progress import Progress

    output_format = output_format or ("text" if sys.stdout.isatty() and output_file is None else "concise")
    if scorecard and (statistics or output_format not in SCORECARD_FORMATS):
        _error("--scorecard works with --format " + ", ".join(SCORECARD_FORMATS) + " and without --statistics")
        return EXIT_ERROR
    if adoption.fix and adoption.diff:
        raise click.UsageError("--fix and --diff cannot be combined (--diff shows what --fix would write)")
    overrides = Overrides(
        select=_selectors(select) or None, ignore=_selectors(ignore), extend_select=_selectors(extend_select)
    )
    options = RunOptions(
        overrides, config_file, isolated, input_format, stdin_filename, jobs or _default_jobs(), cache=not no_cache,
        min_severity=Severity.parse(min_severity) if min_severity else None,
    )
    wanted = needs(output_format)
    options.scorecard = scorecard or "scorecard" in wanted
    options.source = "source" in wanted
    progress = Progress()
    try:
        report = lint_paths(paths, options, progress)
    finally:
        progress.close()
    for warning in report.warnings:
        _warning(warning)
    for problem in report.errors:
        _error(problem)
    for result in report.results:
        if result.error:
            _error(result.error)
    failed = bool(report.errors) or any(result.error or result.internal_error for result in report.results)

    if adoption.write_baseline is not None:
        from mslint.engine import baseline

        count = baseline.write(adoption.write_baseline, report.results)
        click.echo(f"Wrote {count} finding{'s' * (count != 1)} to the baseline {adoption.write_baseline}.", err=True)
        return EXIT_ERROR if failed else EXIT_CLEAN
    if adoption.diff or adoption.fix:
        changed = _apply_fixes(report, options, write=adoption.fix)
        if adoption.diff:
            return EXIT_ERROR if failed else (EXIT_FINDINGS if changed else EXIT_CLEAN)
        if changed:
            report = lint_paths(paths, options)  # what is left, at the positions of the new text
    if adoption.baseline is not None:
        from mslint.engine import baseline

        report.results, _ = baseline.new_only(report.results, adoption.baseline)

    report.exit_code = EXIT_ERROR if failed else _findings_status(report, fail_on, config_file, isolated)
    output = _render(report, output_format, statistics, quiet, config_file, isolated, scorecard)
    if output_format == "github" and not statistics:
        _github_summary(report)
    if output_file is not None:
        if not _write_output(output_file, output):
            return EXIT_ERROR
    else:
        _write(output)
    return report.exit_code


def _findings_status(report, fail_on, config_file, isolated) -> int:
    from mslint.config import ConfigResolver

    threshold = fail_on or ConfigResolver(config_file, isolated).for_path(Path.cwd()).fail_on or "warning"
    if threshold == "never":
        return EXIT_CLEAN
    limit = Severity.parse(threshold)
    return EXIT_FINDINGS if any(f.severity >= limit for f in report.findings) else EXIT_CLEAN


def _render(report, output_format, statistics, quiet, config_file, isolated, scorecard=False) -> str:
    from mslint.output import get_renderer

    if statistics:
        from mslint.output.explain import statistics_text, statistics_json

        return statistics_json(report) if output_format == "json" else statistics_text(report)
    # (the registry's problems are already in the report's errors)
    rules = _rules_for_listing(config_file, isolated)[0] if output_format in ("sarif", "html") else []
    renderer = get_renderer(output_format)
    if scorecard and output_format == "json":
        from mslint.output.scorecard_json import render as renderer
    output = renderer(report, rules)
    if quiet and output_format == "text" and not report.findings:
        output = ""
    elif quiet and output_format == "text":
        output = output.rsplit("\n", 2)[0] + "\n"  # drop the summary line
    if scorecard and output_format in ("text", "concise"):
        from mslint.output.scorecard_text import render as checklists

        output += ("\n" if output else "") + checklists(report, rules)
    return output


def _apply_fixes(report, options, write: bool) -> bool:
    """--fix writes the fixed files, --diff prints them as a diff; True if anything changes."""
    from mslint.api import fix_report
    from mslint.engine.fix import write_fixed

    fixes = [fix for fix in fix_report(report, options) if fix.changed]
    if not write:
        _write("".join(fix.diff() for fix in fixes))
        return bool(fixes)
    for fix in fixes:
        try:
            write_fixed(fix)
        except OSError as error:
            _error(f"{fix.path}: cannot write the fixed file: {error.strerror or error}")
            raise SystemExit(EXIT_ERROR) from None
    applied = sum(fix.applied for fix in fixes)
    if applied:
        click.echo(f"Fixed {applied} finding{'s' * (applied != 1)} in {len(fixes)} file{'s' * (len(fixes) != 1)}.",
                   err=True)
    return bool(fixes)


def _github_summary(report) -> None:
    """In GitHub Actions: counts and the findings past the annotation limit, in the job summary."""
    from mslint.output.github_summary import append_if_in_actions

    try:
        append_if_in_actions(report)
    except OSError as error:
        _error(f"cannot append to GITHUB_STEP_SUMMARY: {error.strerror or error}")


def run() -> None:
    """The console entry point: `main`, then a quick exit.

    Tearing down the interpreter frees the knowledge base and the compiled rules object by object,
    about a quarter of a one-file run; nothing is left to do by then (the report is written, the
    cache entries are renamed into place, worker processes are joined), so once both streams are
    flushed the process ends without it, as mypy does."""
    from mslint.engine import collector

    collector.pause_for_loading()
    try:
        main()
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else EXIT_ERROR
    else:  # main always ends in SystemExit; be safe if that changes
        code = EXIT_CLEAN
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            # A report that could not be written has already made the code 2; a stream that
            # fails only now (stderr closed after a clean run) must not turn findings into clean.
            code = code or EXIT_ERROR
    os._exit(code)
