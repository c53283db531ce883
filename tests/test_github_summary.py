"""--format github in GitHub Actions: annotations most severe first, and a job summary with the
counts and every finding past GitHub's 10-per-kind annotation limit."""

from pathlib import Path

import pytest

from helpers import run


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def site():
    Path("a.txt").write_text("Get your free quote today.\n" * 11 + "Our stem cell therapy cures MS.\n")
    Path("b.txt").write_text("Book your consultation today.\n")
    Path("c.txt").write_text("There is no cure for MS.\n")


SUMMARY = """## mslint

Found 13 problems (1 error, 12 warnings) in 2 files.

| rule | name | findings |
|---|---|---:|
| COM001 | sales-call-to-action | 12 |
| CLM001 | unqualified-cure-claim | 1 |

| file | errors | warnings | notices |
|---|---:|---:|---:|
| a.txt | 1 | 11 | 0 |
| b.txt | 0 | 1 | 0 |

### Not shown as annotations

GitHub shows 10 annotations of each kind per step; these 2 findings are not among them:

- `a.txt:11:1` COM001 (warning) Sales call to action: "Get your free quote"
- `b.txt:1:1` COM001 (warning) Sales call to action: "Book your consultation"

"""


def test_annotations_most_severe_first_and_the_summary_appended(monkeypatch):
    site()
    Path("summary.md").write_text("## earlier step\n\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "summary.md")
    code, out, err = run("--isolated", "--format", "github", "a.txt", "b.txt", "c.txt")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0].startswith("::error file=a.txt,line=12,col=23,")
    assert [line.split(" ")[0] for line in lines] == ["::error"] + ["::warning"] * 12
    assert Path("summary.md").read_text() == "## earlier step\n\n" + SUMMARY


def test_no_summary_outside_github_actions_or_for_other_formats(monkeypatch):
    site()
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "summary.md")
    run("--isolated", "--format", "github", "a.txt")
    assert not Path("summary.md").exists()  # GITHUB_ACTIONS is not "true"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    run("--isolated", "--format", "concise", "a.txt")
    assert not Path("summary.md").exists()


def test_clean_summary(monkeypatch):
    site()
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "summary.md")
    assert run("--isolated", "--format", "github", "c.txt") == (0, "", "")
    assert Path("summary.md").read_text() == "## mslint\n\nNo problems found in 1 file.\n\n"


def test_a_summary_within_the_limits_lists_nothing_as_left_out(monkeypatch):
    site()
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "summary.md")
    run("--isolated", "--format", "github", "b.txt")
    assert Path("summary.md").read_text() == (
        "## mslint\n\nFound 1 problem (1 warning) in 1 file.\n\n"
        "| rule | name | findings |\n|---|---|---:|\n| COM001 | sales-call-to-action | 1 |\n\n"
        "| file | errors | warnings | notices |\n|---|---:|---:|---:|\n| b.txt | 0 | 1 | 0 |\n\n"
    )
