"""The command line: exit codes, formats, selection, errors users make."""

import json
import os
from pathlib import Path

import pytest

from helpers import CLAIM, CLEAN, CTA, run


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(name: str, text: str | bytes) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_concise_output_and_exit_1_on_an_error_finding():
    write("a.txt", CLAIM)
    code, out, err = run("a.txt")
    assert code == 1
    assert out == (
        'a.txt:1:23: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)\n'
    )
    assert err == ""


def test_clean_file_exits_0_with_no_output():
    write("a.txt", CLEAN)
    assert run("a.txt") == (0, "", "")


@pytest.mark.parametrize(
    "fail_on,expected", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)]
)
def test_fail_on_threshold(fail_on, expected):
    write("a.txt", CTA)  # one warning
    code, out, _ = run("--fail-on", fail_on, "a.txt")
    assert code == expected
    assert "COM001 [warning]" in out


def test_missing_path_is_exit_2_with_one_line_and_other_files_still_linted():
    write("a.txt", CLAIM)
    code, out, err = run("nope.md", "a.txt")
    assert code == 2
    assert err == "mslint: error: nope.md: no such file or directory\n"
    assert "CLM001" in out


def test_non_utf8_file_is_reported_without_traceback():
    write("latin.txt", "Caf\xe9 cures MS\n".encode("latin-1"))
    write("b.txt", CLAIM)
    code, out, err = run("latin.txt", "b.txt")
    assert code == 2
    assert err == (
        "mslint: error: latin.txt: is not valid UTF-8 (byte 0xe9 at line 1, byte column 4); "
        "save it as UTF-8 and lint again\n"
    )
    lines = out.splitlines()  # in input order; the unreadable file is a finding too, for CI reports
    assert lines[0].startswith("latin.txt:1:1: MSL002 [error] File is not valid UTF-8")
    assert lines[1].startswith("b.txt:1:23: CLM001")


def test_binary_file_is_reported():
    write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code, out, err = run("image.txt")
    assert code == 2
    assert "image.txt: looks like a binary file" in err
    assert "Traceback" not in out + err


def test_utf8_bom_and_crlf_positions():
    write("bom.txt", "\ufeffTitle line\r\n\r\nWe know it cures MS.\r\n".encode("utf-8"))
    code, out, _ = run("bom.txt")
    assert out == 'bom.txt:3:12: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)\n'


def test_cr_only_line_endings():
    write("cr.txt", "First line.\rThis cures MS.\r")
    _, out, _ = run("cr.txt")
    assert out.startswith("cr.txt:2:6: CLM001")


def test_stdin_with_filename():
    code, out, _ = run("-", "--stdin-filename", "draft.md", stdin=CLAIM.encode())
    assert code == 1
    assert out.startswith("draft.md:1:23: CLM001")


def test_stdin_without_filename():
    _, out, _ = run("-", stdin=CTA.encode())
    assert out.startswith("<stdin>:1:1: COM001")


def test_no_paths_is_a_usage_error():
    code, _, err = run()
    assert code == 2
    assert "no PATH given" in err


def test_json_format_fields():
    write("a.txt", CLAIM)
    _, out, _ = run("--format", "json", "a.txt")
    (finding,) = json.loads(out)
    assert finding == {
        "path": "a.txt",
        "line": 1,
        "column": 23,
        "end_line": 1,
        "end_column": 31,
        "code": "CLM001",
        "name": "unqualified-cure-claim",
        "category": "cure-claim",
        "severity": "error",
        "message": 'Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)',
        "excerpt": "cures MS",
        "suggestion": None,
        "references": finding["references"],
        "fix": None,
    }
    assert len(finding["references"]) >= 3


def test_github_format():
    write("a.txt", CLAIM + CTA)
    _, out, _ = run("--format", "github", "a.txt")
    assert out.splitlines() == [
        '::error file=a.txt,line=1,col=23,endLine=1,endColumn=31,title=CLM001::CLM001 Unqualified cure claim: '
        '"cures MS"; say what the evidence shows (how many people improved, for how long)',
        '::warning file=a.txt,line=2,col=1,endLine=2,endColumn=20,title=COM001::COM001 Sales call to action: '
        '"Get your free quote"',
    ]


def test_text_format_shows_source_and_underline_and_summary(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    write("a.txt", CLAIM)
    _, out, _ = run("--format", "text", "a.txt")
    lines = out.splitlines()
    assert lines[0] == "a.txt"
    assert "1:23  error   CLM001 Unqualified cure claim" in lines[1]
    assert lines[2] == "      Our stem cell therapy cures MS."
    assert lines[3] == "      " + " " * 22 + "^" * 8
    assert lines[-1] == "Found 1 problem (1 error) in 1 file."
    assert "\x1b[" not in out  # NO_COLOR and a pipe: no escape codes


def test_quiet_text_drops_summary(monkeypatch):
    write("a.txt", CLEAN)
    assert run("--format", "text", "--quiet", "a.txt")[1] == ""
    _, out, _ = run("--format", "text", "a.txt")
    assert out.strip() == "No problems found in 1 file."
    write("b.txt", CLAIM)
    _, out, _ = run("--format", "text", "--quiet", "b.txt")
    assert "CLM001" in out
    assert "Found" not in out


@pytest.mark.parametrize(
    "selector", ["CLM001", "CLM", "unqualified-cure-claim", "cure-claim", "clm001"]
)
def test_select_by_code_prefix_name_category(selector):
    write("a.txt", CLAIM + CTA)
    _, out, _ = run("--select", selector, "a.txt")
    assert [line.split(": ")[1].split()[0] for line in out.splitlines()] == ["CLM001"]


def test_ignore_and_extend_select():
    write("a.txt", CLAIM + CTA)
    _, out, _ = run("--ignore", "CLM", "a.txt")
    assert "CLM001" not in out and "COM001" in out
    _, out, _ = run("--select", "CLM", "--extend-select", "COM001", "a.txt")
    assert "CLM001" in out and "COM001" in out
    _, out, _ = run("--ignore", "commercial", "--extend-select", "COM001", "a.txt")
    assert "COM001" in out  # the more specific selector wins


def test_unknown_selector_is_exit_2():
    write("a.txt", CLAIM)
    code, out, err = run("--select", "XYZ999", "a.txt")
    assert code == 2
    assert err.startswith("mslint: error: command line: 'XYZ999' matches no rule code")
    assert out == ""


def test_statistics():
    write("a.txt", CLAIM + CLAIM + CTA)
    _, out, _ = run("--statistics", "--select", "CLM,COM", "a.txt")
    assert out == "    2  CLM001  unqualified-cure-claim\n    1  COM001  sales-call-to-action\n"
    _, out, _ = run("--statistics", "--format", "json", "--select", "CLM,COM", "a.txt")
    assert json.loads(out)[0] == {"code": "CLM001", "name": "unqualified-cure-claim", "count": 2}


def test_version():
    from mslint import __version__

    assert run("--version") == (0, f"mslint, version {__version__}\n", "")


def test_list_rules_text_and_json():
    code, out, _ = run("--list-rules")
    assert code == 0
    assert any(line.startswith("CLM001  unqualified-cure-claim") for line in out.splitlines())
    rules = json.loads(run("--list-rules", "--format", "json")[1])
    entry = next(rule for rule in rules if rule["code"] == "CLM001")
    # A warning by default; the claim is an error when the disease is one no treatment cures.
    assert entry["category"] == "cure-claim" and entry["severity"] == "warning" and entry["summary"]


def test_explain():
    code, out, _ = run("--explain", "CLM001")
    assert code == 0
    for heading in ("What it does", "Why it matters", "Flagged (bad)", "Not flagged (good)", "Better wording", "References"):
        assert heading in out
    assert run("--explain", "unqualified-cure-claim")[1] == out
    code, _, err = run("--explain", "NOPE01")
    assert code == 2 and "unknown rule 'NOPE01'" in err


def test_directory_walk_skips_hidden_ignored_and_unknown_files():
    write("site/a.md", CLAIM)
    write("site/.hidden/b.md", CLAIM)
    write("site/node_modules/c.md", CLAIM)
    write("site/drafts/d.txt", CLAIM)
    write("site/venv/pyvenv.cfg", "home = /usr\n")
    write("site/venv/e.md", CLAIM)
    write("site/notes.py", CLAIM)
    write("site/.gitignore", "drafts/\n")
    os.mkdir("site/.git")
    _, out, _ = run("site")
    assert [line.split(":")[0] for line in out.splitlines()] == ["site/a.md"]


def test_parallel_output_matches_serial():
    for index in range(12):
        write(f"many/{index:02}.txt", CLAIM * (index % 3 + 1) + CTA)
    serial = run("--jobs", "1", "many")
    parallel = run("--jobs", "2", "many")
    assert serial == parallel
    assert serial[1].count("CLM001") == 24



def test_a_finished_parallel_run_shuts_its_pool_down_without_killing_workers(monkeypatch):
    """Only a stopped run terminates its workers. A finished one used to as well, when its
    generator was collected: SIGTERM to workers waiting on the shared call queue, then a wait
    for the pool, which once hung this suite. And nothing is left running afterwards."""
    import multiprocessing
    import threading

    from mslint.engine import parallel

    terminated = []
    monkeypatch.setattr(parallel, "_terminate", lambda pool: terminated.append(pool))
    for index in range(4):
        write(f"many/{index:02}.txt", CLAIM)
    threads = threading.active_count()
    for _ in range(2):
        assert run("--jobs", "2", "--no-cache", "many")[1].count("CLM001") == 4
        assert multiprocessing.active_children() == []
        assert threading.active_count() == threads
    assert terminated == []
