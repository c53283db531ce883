"""--write-baseline and --baseline: adopt mslint on a repository with existing findings."""

import json
from pathlib import Path

import pytest

from helpers import run


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


ARTICLE = (
    "# Clinic news\n\n"
    "Our stem cell therapy cures MS.\n\n"
    "Book your consultation today.\n\n"
    "Many MS sufferers travel abroad.\n"
)
ENTRIES = [
    {"path": "content/a.md", "code": "CLM001", "context": "stem cell therapy cures MS.", "count": 1},
    {"path": "content/a.md", "code": "COM001", "context": "Book your consultation today.", "count": 1},
    {"path": "content/a.md", "code": "LNG001", "context": "Many MS sufferers travel abroad.", "count": 1},
]


def write_article(text=ARTICLE):
    Path("content").mkdir(exist_ok=True)
    Path("content/a.md").write_text(text)


def test_write_baseline_records_findings_sorted_and_stable():
    write_article()
    code, out, err = run("--isolated", "--write-baseline", ".mslint-baseline.json", "content")
    assert (code, out) == (0, "")
    assert err == "Wrote 3 findings to the baseline .mslint-baseline.json.\n"
    text = Path(".mslint-baseline.json").read_text()
    assert json.loads(text) == {"version": 1, "findings": ENTRIES}
    run("--isolated", "--write-baseline", ".mslint-baseline.json", "content")
    assert Path(".mslint-baseline.json").read_text() == text  # byte for byte: diff-friendly


def test_round_trip_reports_nothing():
    write_article()
    run("--isolated", "--write-baseline", "baseline.json", "content")
    assert run("--isolated", "--baseline", "baseline.json", "content") == (0, "", "")


def test_moved_lines_still_match_and_a_new_finding_is_reported():
    write_article()
    run("--isolated", "--write-baseline", "baseline.json", "content")
    moved = "# Clinic news\n\nIntro line.\n\nMany MS sufferers travel abroad.\n\n" \
            "Book your consultation today.\n\nOur stem cell therapy cures MS.\n\nGet your free quote.\n"
    write_article(moved)
    code, out, _ = run("--isolated", "--baseline", "baseline.json", "content")
    assert (code, out) == (1, 'content/a.md:11:1: COM001 [warning] Sales call to action: "Get your free quote"\n')


def test_duplicates_count_by_multiplicity():
    write_article()
    run("--isolated", "--write-baseline", "baseline.json", "content")
    write_article(ARTICLE + "\nBook your consultation today.\n")
    _, out, _ = run("--isolated", "--baseline", "baseline.json", "content")
    assert out == 'content/a.md:9:1: COM001 [warning] Sales call to action: "Book your consultation"\n'


def test_fixed_findings_drop_out_when_the_baseline_is_written_again():
    write_article()
    run("--isolated", "--write-baseline", "baseline.json", "content")
    write_article(ARTICLE.replace("Book your consultation today.", "Ask your neurologist."))
    assert run("--isolated", "--baseline", "baseline.json", "content")[0] == 0
    run("--isolated", "--write-baseline", "baseline.json", "content")
    assert json.loads(Path("baseline.json").read_text())["findings"] == [ENTRIES[0], ENTRIES[2]]


def test_paths_are_relative_to_the_baseline_file(monkeypatch):
    write_article()
    Path("ci").mkdir()
    run("--isolated", "--write-baseline", "ci/baseline.json", "content")
    assert json.loads(Path("ci/baseline.json").read_text())["findings"][0]["path"] == "../content/a.md"
    monkeypatch.chdir("content")
    assert run("--isolated", "--baseline", "../ci/baseline.json", "a.md") == (0, "", "")


@pytest.mark.parametrize("content,message", [
    (None, "baseline.json: baseline file does not exist (create it with --write-baseline)"),
    ("{not json", "baseline.json: not a baseline file: not valid JSON"),
    ('{"version": 2, "findings": []}', 'baseline.json: not a baseline file: expected {"version": 1, "findings": [...]}'),
    ('{"version": 1, "findings": [{"path": "a.md"}]}',
     "baseline.json: not a baseline file: entry 1 needs path, code, context and a positive count"),
])
def test_bad_baseline_is_one_line_exit_2(content, message):
    write_article()
    if content is not None:
        Path("baseline.json").write_text(content)
    code, out, err = run("--isolated", "--baseline", "baseline.json", "content")
    assert (code, out) == (2, "")
    assert err.startswith("mslint: error: " + message) and err.count("\n") == 1
