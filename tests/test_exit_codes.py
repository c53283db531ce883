"""Exit codes CI can trust and output that is always valid: 0 clean, 1 findings, 2 any error,
130 on SIGINT, 143 on SIGTERM; one line on standard error, never a traceback (issue 15)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import CLAIM, CLEAN, run
from mslint.cli import main


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def mslint(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mslint", *args], **{"capture_output": True, **options})


def test_clean_findings_and_errors_exit_0_1_2():
    Path("clean.md").write_text(CLEAN)
    Path("dirty.md").write_text(CLAIM)
    assert run("--no-cache", "clean.md")[0] == 0
    assert run("--no-cache", "dirty.md")[0] == 1
    assert run("--no-cache", "missing.md")[0] == 2


@pytest.mark.parametrize("args,message", [
    (("--format", "nope", "a.md"), "Invalid value for '--format': 'nope' is not one of 'text', 'concise', 'json', "
                                   "'sarif', 'github', 'html'. (see `mslint --help`)"),
    (("--jobs", "0", "a.md"), "Invalid value for '-j' / '--jobs': 0 is not in the range x>=1. (see `mslint --help`)"),
    ((), "no PATH given (use '-' to read standard input) (see `mslint --help`)"),
])
def test_usage_errors_are_one_line_and_exit_2(args, message):
    Path("a.md").write_text(CLAIM)
    assert run(*args) == (2, "", f"mslint: error: {message}\n")


def test_an_unknown_option_is_one_line_and_exit_2():
    code, out, err = run("--frmat", "json")
    assert (code, out) == (2, "")
    assert err.startswith("mslint: error: No such option") and err.endswith(" (see `mslint --help`)\n")
    assert err.count("\n") == 1


def test_an_unexpected_exception_is_one_line_and_exit_2(monkeypatch):
    import mslint.api

    def broken(paths, options, progress=None):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(mslint.api, "lint_paths", broken)
    Path("a.md").write_text(CLAIM)
    assert run("a.md") == (2, "", "mslint: error: internal error: RuntimeError: boom second line (please report it)\n")


def test_the_quick_exit_keeps_the_whole_report_and_the_cache(tmp_path):
    # `mslint` ends with os._exit after flushing: a long report through a pipe must arrive whole,
    # the exit code must still say findings, and the result cache must be on disk for the next run.
    Path("a.md").write_text(CLAIM * 400)
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    first = mslint("--format", "json", "a.md", env=environment)
    assert first.returncode == 1
    findings = json.loads(first.stdout)
    assert len(findings) >= 400
    assert list((tmp_path / "user-cache").rglob("*")), "the result cache was not written"
    again = mslint("--format", "json", "a.md", env=environment)
    assert (again.returncode, json.loads(again.stdout)) == (1, findings)


def test_a_closed_standard_output_is_exit_2_not_1():
    Path("a.md").write_text(CLAIM * 50)
    process = subprocess.Popen([sys.executable, "-m", "mslint", "--no-cache", "a.md"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    process.stdout.close()  # `mslint ... | head -0`: the reader is gone before the report is written
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.decode() == "mslint: error: standard output was closed before the report was written (broken pipe)\n"


def test_a_full_output_device_is_exit_2():
    Path("a.md").write_text(CLAIM)
    with open("/dev/full", "wb") as full:
        done = mslint("--no-cache", "a.md", stdout=full, stderr=subprocess.PIPE, capture_output=False)
    assert done.returncode == 2
    assert done.stderr.decode() == "mslint: error: cannot write the report: No space left on device\n"


# -- file names that are not UTF-8 -----------------------------------------------------------------

NAME = b"caf\xe9 cures.md"


@pytest.mark.parametrize("output_format", ["concise", "text", "json", "sarif", "github"])
def test_outputs_are_valid_utf8_for_file_names_that_are_not(output_format, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    with open(NAME, "wb") as handle:
        handle.write(CLAIM.encode())
    result = CliRunner().invoke(main, ["--no-cache", "--format", output_format, "."], catch_exceptions=False)
    assert result.exit_code == 1
    text = result.stdout_bytes.decode("utf-8")  # strict: raises on invalid UTF-8
    # (a workflow command escapes "%" itself: GitHub reads "%25" back as "%")
    shown = {"github": "caf%25E9 cures.md", "sarif": "caf%E9%20cures.md"}.get(output_format, "caf%E9 cures.md")
    assert shown in text
    if output_format == "json":
        assert json.loads(text)[0]["path"] == "caf%E9 cures.md"
    if output_format == "sarif":
        location = json.loads(text)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "caf%E9%20cures.md"  # the byte's escape, the space encoded


def test_an_unreadable_file_with_such_a_name_is_one_valid_line():
    with open(NAME, "wb") as handle:
        handle.write(b"\xff\xfe")
    result = CliRunner().invoke(main, ["--no-cache", "."], catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr_bytes.decode("utf-8") == (
        "mslint: error: caf%E9 cures.md: is not valid UTF-8 (byte 0xff at line 1, byte column 1); "
        "save it as UTF-8 and lint again\n")


def test_the_stdin_filename_is_shown_the_same_way():
    result = CliRunner().invoke(main, ["--no-cache", "-", "--stdin-filename", os.fsdecode(NAME)],
                                input=CLAIM.encode(), catch_exceptions=False)
    assert result.stdout_bytes.decode("utf-8").startswith("caf%E9 cures.md:1:23: CLM001")


# -- signals --------------------------------------------------------------------------------------

DRIVER = '''
import os, sys, time
from mslint.engine import registry
from mslint.model import RuleDocs, RuleMeta, Severity
from mslint.rule import Rule


class Slow(Rule):
    meta = RuleMeta("HYP980", "slow", "hype", Severity.WARNING, "document", "s", RuleDocs("w", "y"), ("r",))

    def check(self, document, unit, options):
        with open(os.environ["PIDS"], "a") as pids:
            pids.write(f"{os.getpid()}\\n")
        time.sleep(0.3)
        return []


real = registry.base_registry


def with_slow():
    rules = real()
    if "HYP980" not in rules.rules:
        rules.add(Slow(), "test")
    return rules


registry.base_registry = with_slow
from mslint.cli import main

main()
'''


def start_slow_run(tmp_path: Path, *args: str) -> tuple[subprocess.Popen, Path]:
    """mslint with a rule that takes 0.3 s a file, on 40 files; returns once it is linting."""
    for index in range(40):
        Path(f"files/{index:02}.md").parent.mkdir(exist_ok=True)
        Path(f"files/{index:02}.md").write_text(CLAIM)
    Path("driver.py").write_text(DRIVER)
    pids = tmp_path / "pids"
    environment = {**os.environ, "PIDS": str(pids), "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    process = subprocess.Popen([sys.executable, "driver.py", *args, "files"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=environment)
    deadline = time.monotonic() + 60
    # Two different processes linting (with --jobs 2, both workers), so no signal lands on a worker
    # that is still starting up.
    want = int(args[args.index("--jobs") + 1]) if "--jobs" in args else 1
    while time.monotonic() < deadline and not (pids.exists() and len(set(pids.read_text().split())) >= want
                                               and pids.read_text().count("\n") >= 2):
        time.sleep(0.05)
    return process, pids


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:  # a zombie (exited, not yet reaped by init) is gone too
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


def test_sigterm_with_two_jobs_stops_the_workers_and_leaves_no_temporary_file(tmp_path):
    process, pids = start_slow_run(tmp_path, "--jobs", "2")
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 143
    assert err.decode() == "mslint: error: stopped by SIGTERM\n"
    workers = {int(pid) for pid in pids.read_text().split()} - {process.pid}
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not all(gone(pid) for pid in workers):
        time.sleep(0.05)
    assert all(gone(pid) for pid in workers)
    assert not list((tmp_path / "user-cache").rglob("*.tmp"))
    linted = pids.read_text().count("\n")
    time.sleep(0.5)
    assert pids.read_text().count("\n") == linted  # nothing went on linting after the stop


def test_sigint_exits_130(tmp_path):
    process, _ = start_slow_run(tmp_path, "--jobs", "1")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode() == "mslint: error: stopped by SIGINT\n"


def test_sigint_to_the_whole_process_group_with_two_jobs_exits_130(tmp_path):
    """A terminal's Ctrl-C reaches the workers too: they leave the stopping to the parent."""
    process, pids = start_slow_run(tmp_path, "--jobs", "2")
    workers = {int(pid) for pid in pids.read_text().split()}
    for pid in workers | {process.pid}:
        os.kill(pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode() == "mslint: error: stopped by SIGINT\n"


def test_a_stopped_pools_manager_thread_prints_no_traceback(capsys):
    # The executor's manager thread can fail reading from a worker a stop has just terminated; the
    # user is told of the stop in one line, so that thread's traceback is dropped, and only its.
    import threading
    from concurrent.futures.process import _ExecutorManagerThread

    from mslint.engine.parallel import _quiet_manager

    error = RuntimeError("pipe closed")
    manager = object.__new__(_ExecutorManagerThread)
    _quiet_manager(threading.ExceptHookArgs((RuntimeError, error, None, manager)))
    assert capsys.readouterr().err == ""
    other = threading.Thread(name="worker-reader")
    _quiet_manager(threading.ExceptHookArgs((RuntimeError, error, None, other)))
    assert "pipe closed" in capsys.readouterr().err
