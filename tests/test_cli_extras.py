"""Small things of the command line: --stdin-filename and exclude, --output-file, progress display."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import CLAIM, CTA, run


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_stdin_filename_honours_exclude():
    Path(".mslint.toml").write_text('exclude = ["drafts/"]\n')
    assert run("-", "--stdin-filename", "drafts/new.md", stdin=CLAIM.encode()) == (0, "", "")
    code, out, _ = run("-", "--stdin-filename", "news/new.md", stdin=CLAIM.encode())
    assert code == 1 and out.startswith("news/new.md:1:23: CLM001")


def test_output_file_is_written_and_exit_code_still_reflects_findings():
    Path("a.txt").write_text(CLAIM + CTA)
    code, out, err = run("--output-file", "report.txt", "a.txt")
    assert (code, out, err) == (1, "", "")
    assert Path("report.txt").read_text() == (
        'a.txt:1:23: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)\n'
        'a.txt:2:1: COM001 [warning] Sales call to action: "Get your free quote"\n'
    )
    assert [p.name for p in Path(".").iterdir() if p.name.endswith(".tmp")] == []


def test_output_file_in_a_missing_folder_is_one_line_exit_2():
    Path("a.txt").write_text(CLAIM)
    code, out, err = run("-o", "missing/report.json", "--format", "json", "a.txt")
    assert (code, out) == (2, "")
    assert err == "mslint: error: missing/report.json: cannot write the report: No such file or directory\n"


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_only_on_a_terminal_and_for_long_runs():
    from mslint.output.progress import Progress

    quiet = io.StringIO()
    bar = Progress(quiet)
    bar(10, 60)
    bar.close()
    assert quiet.getvalue() == ""  # not a terminal

    terminal = _Terminal()
    short = Progress(terminal)
    short(10, 50)
    short.close()
    assert terminal.getvalue() == ""  # 50 files or fewer: no bar

    terminal = _Terminal()
    long = Progress(terminal)
    for done in range(61):
        long(done, 60)
    assert long._bar is not None
    assert long._bar.tasks[0].completed == 60 and long._bar.tasks[0].total == 60
    long.close()
    assert long._bar is None


def test_lint_paths_reports_progress_per_file():
    from mslint.api import RunOptions, lint_paths

    for index in range(3):
        Path(f"{index}.txt").write_text(CLAIM)
    calls = []
    lint_paths(["."], RunOptions(isolated=True), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_a_report_written_into_the_linted_folder_is_not_linted(tmp_path):
    # `mslint --scorecard --format json . > report.md` inside the folder: the shell creates the report
    # before mslint walks the folder, and the report is no article (it would be scored as an empty one).
    (tmp_path / "article.md").write_text("# A page\n\nOur stem cell therapy cures MS.\n", encoding="utf-8")
    report = tmp_path / "report.md"
    with open(report, "w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "mslint", "--no-cache", "--scorecard", "--format", "json", "."],
                       cwd=tmp_path, stdout=out, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
                       check=False)
    cards = json.loads(report.read_text(encoding="utf-8"))
    assert [Path(card["path"]).name for card in cards] == ["article.md"]
