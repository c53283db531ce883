"""--fix and --diff: only safe rewrites, atomic writes, untouched files untouched, idempotent."""

import json
import os
from pathlib import Path

import pytest

from helpers import run
from mslint.engine.fix import choose
from mslint.model import Finding, Severity


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


ARTICLE = (
    "# Living with MS\n\n"
    "Many MS sufferers feel tired, and fellow sufferers agree. My neighbour suffers from MS.\n"
    "He was crippled by MS at 40. Most people start with RRSM. HSCT is intensive.\n\n"
    "Autologous haematopoietic stem cell transplantation (HSCT) resets the immune system. "
    "Our stem cell therapy cures MS.\n"
)
FIXED = (
    "# Living with MS\n\n"
    "Many people with MS feel tired, and fellow sufferers agree. My neighbour has MS.\n"
    "He was disabled by MS at 40. Most people start with RRMS. Haematopoietic stem cell transplantation (HSCT) "
    "is intensive.\n\n"
    "Autologous haematopoietic stem cell transplantation (HSCT) resets the immune system. "
    "Our stem cell therapy cures MS.\n"
)
INFO = ("--isolated", "--min-severity", "info")
LEFT = (
    "a.md:1:3: TIM003 [info] No publication, update or review date: readers cannot tell how current this is "
    "(add a date line or front matter `date`)\n"
    'a.md:3:37: LNG001 [warning] Not people-first: "fellow sufferers" defines people by their illness '
    "(suggestion: others with the condition)\n"
    'a.md:4:53: TRM002 [info] Abbreviation "RRMS" is never spelled out; give the full term at first use, '
    'followed by "(RRMS)"\n'
    'a.md:6:108: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)\n'
)


def test_fix_applies_only_safe_rewrites_and_reports_what_is_left():
    Path("a.md").write_text(ARTICLE)
    code, out, err = run(*INFO, "--fix", "a.md")
    assert Path("a.md").read_text() == FIXED
    assert err == "Fixed 5 findings in 1 file.\n"
    # The unsafe suggestion ("fellow sufferers" -> "others with the condition") and the cure claim remain.
    assert (code, out) == (1, LEFT)


def test_a_second_fix_finds_nothing_and_touches_nothing():
    Path("a.md").write_text(ARTICLE)
    run(*INFO, "--fix", "a.md")
    os.utime("a.md", (1_000_000, 1_000_000))
    code, out, err = run(*INFO, "--fix", "a.md")
    assert (code, out, err) == (1, LEFT, "")
    assert os.stat("a.md").st_mtime == 1_000_000
    assert run(*INFO, "--diff", "a.md") == (0, "", "")


def test_files_without_fixes_keep_their_mtime_and_info_fixes_wait_for_min_severity():
    Path("clean.md").write_text("# Notes\n\nOur stem cell therapy cures MS.\n")
    Path("info.md").write_text("# Notes\n\nMy neighbour suffers from MS.\n")  # LNG006 is info
    for name in ("clean.md", "info.md"):
        os.utime(name, (1_000_000, 1_000_000))
    run("--isolated", "--fix", "clean.md", "info.md")
    assert [os.stat(name).st_mtime for name in ("clean.md", "info.md")] == [1_000_000, 1_000_000]
    run(*INFO, "--fix", "info.md")
    assert Path("info.md").read_text() == "# Notes\n\nMy neighbour has MS.\n"


def test_diff_prints_without_writing_and_exits_1():
    Path("a.md").write_text(ARTICLE)
    code, out, err = run(*INFO, "--diff", "a.md")
    assert (code, err) == (1, "")
    assert out.splitlines()[:3] == ["--- a/a.md", "+++ b/a.md", "@@ -1,6 +1,6 @@"]
    assert "-He was crippled by MS at 40. Most people start with RRSM. HSCT is intensive." in out.splitlines()
    assert Path("a.md").read_text() == ARTICLE


def test_line_endings_bom_and_permissions_are_kept():
    Path("a.md").write_bytes(b"\xef\xbb\xbf# Notes\r\n\r\nMany MS sufferers travel.\r\nOther line.\r\n")
    os.chmod("a.md", 0o640)
    run("--isolated", "--fix", "a.md")
    assert Path("a.md").read_bytes() == b"\xef\xbb\xbf# Notes\r\n\r\nMany people with MS travel.\r\nOther line.\r\n"
    assert os.stat("a.md").st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_original_intact(monkeypatch):
    import mslint.atomic

    Path("a.md").write_text(ARTICLE)

    def fail(source, target, **directory_fds):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mslint.atomic.os, "replace", fail)
    code, out, err = run(*INFO, "--fix", "a.md")
    assert (code, out) == (2, "")
    assert err == "mslint: error: a.md: cannot write the fixed file: No space left on device\n"
    assert Path("a.md").read_text() == ARTICLE
    assert [p.name for p in Path(".").iterdir() if p.name.endswith(".tmp")] == []  # no temporary left behind


def test_standard_input_is_never_rewritten():
    code, out, _ = run("--isolated", "--fix", "-", "--stdin-filename", "a.md", stdin=b"Many MS sufferers travel.\n")
    assert not Path("a.md").exists()
    assert out.startswith("a.md:1:6: LNG001")


def test_fix_and_diff_together_are_a_usage_error():
    Path("a.md").write_text(ARTICLE)
    code, _, err = run("--fix", "--diff", "a.md")
    assert code == 2 and "--fix and --diff cannot be combined" in err


def test_json_carries_the_fix():
    Path("a.md").write_text("Many MS sufferers and fellow sufferers.\n")
    findings = json.loads(run("--isolated", "--format", "json", "a.md")[1])
    assert [(f["excerpt"], f["suggestion"], f["fix"]) for f in findings] == [
        ("MS sufferers", "people with MS", "people with MS"),
        ("fellow sufferers", "others with the condition", None),
    ]


def _finding(line, column, end_column, code, excerpt, fix):
    return Finding("a.md", line, column, line, end_column, code, "x", "language", Severity.WARNING, "m", excerpt, fix=fix)


def test_overlapping_fixes_are_resolved_deterministically():
    source = "abc def ghi\n"
    findings = [
        _finding(1, 5, 12, "LNG002", "def ghi", "X"),
        _finding(1, 1, 8, "LNG001", "abc def", "Y"),  # starts first: wins
        _finding(1, 1, 4, "LNG003", "abc", "Z"),  # same start, shorter: loses to the longer span
        _finding(1, 9, 12, "LNG004", "ghi", "W"),  # after the winner: also applied
        _finding(1, 1, 4, "LNG005", "abd", "V"),  # the text changed since: skipped
    ]
    assert choose(source, findings) == [(0, 7, "Y"), (8, 11, "W")]
    assert choose(source, list(reversed(findings))) == [(0, 7, "Y"), (8, 11, "W")]
