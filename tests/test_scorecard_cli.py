"""--scorecard: the JSON contract (what the HealthNewsReview scorer reads), the text checklist,
files, folders, stdin, the cache, and exit codes. The criterion rules are the handmade ones in
scorecard_rules.py, so every verdict and position below is known."""

import json
from pathlib import Path

import pytest

from helpers import run
from mslint.model import CRITERIA
from scorecard_rules import KeywordCriterion, use_rules

# Own example articles: a Markdown one failing two criteria, a CRLF one passing two, one with none.
PILL = "# A new pill for tired legs\n\nThe new pill costs $40 a month.\nIt works like a miracle cure, and it cures cramps.\n"
CARE = "The therapy costs $900.\r\nSide effects were mild: 3 of 40 people had headaches.\r\n"
WALK = "Walking every day is pleasant.\n"


def evidence(line, column, end_line, end_column, excerpt):
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column, "excerpt": excerpt}


PILL_CARD = {
    "path": "pill.md",
    "criteria": {
        "costs": {"verdict": "satisfactory", "rule": "TST101", "evidence": [evidence(3, 20, 3, 23, "$40")],
                  "why": "It gives the price."},
        "harms": {"verdict": "not-satisfactory", "rule": "TST103",
                  "evidence": [evidence(1, 9, 1, 13, "pill"), evidence(3, 9, 3, 13, "pill")],
                  "why": "It names no harm of the treatment, with numbers."},
        "novelty": {"verdict": "not-satisfactory", "rule": "TST109",
                    "evidence": [evidence(1, 5, 1, 8, "new"), evidence(3, 5, 3, 8, "new")],
                    "why": "It calls the treatment new without saying since when."},
    },
    "score": {"satisfactory": 1, "applicable": 3},
}
CARE_CARD = {
    "path": "care.txt",
    "criteria": {
        "costs": {"verdict": "satisfactory", "rule": "TST101", "evidence": [evidence(1, 19, 1, 23, "$900")],
                  "why": "It gives the price."},
        "harms": {"verdict": "satisfactory", "rule": "TST103",
                  "evidence": [evidence(2, 1, 2, 32, "Side effects were mild: 3 of 40")],
                  "why": "It counts the side effects."},
        "novelty": {"verdict": "not-applicable", "rule": "TST109", "evidence": [], "why": "Nothing is presented as new."},
    },
    "score": {"satisfactory": 2, "applicable": 2},
}
WALK_CARD = {
    "path": "walk.txt",
    "criteria": {
        "costs": {"verdict": "not-applicable", "rule": "TST101", "evidence": [], "why": "No treatment is discussed."},
        "harms": {"verdict": "not-applicable", "rule": "TST103", "evidence": [], "why": "No treatment is discussed."},
        "novelty": {"verdict": "not-applicable", "rule": "TST109", "evidence": [], "why": "Nothing is presented as new."},
    },
    "score": {"satisfactory": 0, "applicable": 0},
}


@pytest.fixture(autouse=True)
def articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    use_rules(monkeypatch)
    Path("folder").mkdir()
    Path("folder/pill.md").write_text(PILL, encoding="utf-8")
    Path("folder/care.txt").write_bytes(CARE.encode())
    Path("folder/walk.txt").write_text(WALK, encoding="utf-8")
    monkeypatch.chdir("folder")


def test_json_is_one_object_per_file_with_exact_verdicts_evidence_and_score():
    code, out, err = run("--scorecard", "--format", "json", "--no-cache", ".")
    assert (code, err) == (1, "")  # pill.md has an error finding: findings still decide the exit code
    assert json.loads(out) == [CARE_CARD, PILL_CARD, WALK_CARD]


def test_json_keys_follow_the_published_order_of_the_criteria():
    _, out, _ = run("--scorecard", "--format", "json", "--no-cache", "pill.md")
    (card,) = json.loads(out)
    assert list(card) == ["path", "criteria", "score"]
    assert list(card["criteria"]) == sorted(card["criteria"], key=CRITERIA.index) == ["costs", "harms", "novelty"]
    assert list(card["criteria"]["costs"]) == ["verdict", "rule", "evidence", "why"]


def test_json_read_the_way_the_hnr_scorer_reads_it(tmp_path):
    """hnr_score.py runs `--scorecard --format json --no-cache --fail-on never FOLDER` and keys
    cards by file name without extension."""
    code, out, _ = run("--scorecard", "--format", "json", "--no-cache", "--fail-on", "never", str(tmp_path / "folder"))
    assert code == 0
    cards = {Path(card["path"]).stem: card for card in json.loads(out)}
    assert sorted(cards) == ["care", "pill", "walk"]
    assert {key: value["verdict"] for key, value in cards["pill"]["criteria"].items()} == {
        "costs": "satisfactory", "harms": "not-satisfactory", "novelty": "not-satisfactory"}


def test_the_scorecard_judges_every_criterion_whatever_the_selection():
    _, out, _ = run("--scorecard", "--format", "json", "--no-cache", "--select", "TST901", "--ignore", "TST103", "pill.md")
    assert json.loads(out) == [PILL_CARD]


CHECKLIST_PILL = (
    "pill.md: 1 of 3 applicable criteria satisfactory\n"
    "  ✓ Costs                  3:20  It gives the price.  (TST101)\n"
    "  ✗ Harms                  1:9   It names no harm of the treatment, with numbers.  (TST103)\n"
    "  ✗ Novelty                1:5   It calls the treatment new without saying since when.  (TST109)\n"
)


def test_concise_prints_the_findings_then_a_checklist_per_article():
    code, out, err = run("--scorecard", "--format", "concise", "--no-cache", "--select", "TST901", ".")
    assert (code, err) == (1, "")
    assert out == (
        "pill.md:4:38: TST901 [error] Cure claim\n"
        "\n"
        "care.txt: 2 of 2 applicable criteria satisfactory\n"
        "  ✓ Costs                  1:19  It gives the price.  (TST101)\n"
        "  ✓ Harms                  2:1   It counts the side effects.  (TST103)\n"
        "  – Novelty                      Nothing is presented as new.  (TST109)\n"
        "\n" + CHECKLIST_PILL + "\n"
        "walk.txt: no criterion applies\n"
        "  – Costs                  No treatment is discussed.  (TST101)\n"
        "  – Harms                  No treatment is discussed.  (TST103)\n"
        "  – Novelty                Nothing is presented as new.  (TST109)\n"
    )


def test_text_prints_the_checklist_after_the_summary_without_colour_in_a_pipe(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, _ = run("--scorecard", "--format", "text", "--no-cache", "--select", "TST901", "pill.md")
    assert code == 1
    findings, checklist = out.split("\n\n", 1)[0], out.split("Found 1 problem (1 error) in 1 file.\n\n")[1]
    assert findings.splitlines()[:2] == ["pill.md", "  4:38  error   TST901 Cure claim"]
    assert checklist == CHECKLIST_PILL
    assert "\x1b[" not in out


def test_quiet_clean_article_prints_only_the_checklist():
    code, out, _ = run("--scorecard", "--format", "text", "--quiet", "--no-cache", "walk.txt")
    assert code == 0
    assert out.startswith("walk.txt: no criterion applies\n  – Costs")


@pytest.mark.parametrize("name,shown", [("draft.md", "draft.md"), (None, "<stdin>")])
def test_stdin(name, shown):
    args = ["--scorecard", "--format", "json", "--no-cache", "-"] + (["--stdin-filename", name] if name else [])
    code, out, _ = run(*args, stdin=PILL.encode())
    (card,) = json.loads(out)
    assert card["path"] == shown and card["score"] == {"satisfactory": 1, "applicable": 3}
    # Without a .md name the text is read as plain text: the "# " stays, positions do not move.
    assert card["criteria"]["harms"]["evidence"][0] == evidence(1, 9, 1, 13, "pill")
    assert code == 1


@pytest.mark.parametrize("args,expected", [((), 1), (("--fail-on", "never"), 0), (("--fail-on", "error"), 1)])
def test_exit_code_is_the_same_as_without_scorecard(args, expected):
    for scorecard in ((), ("--scorecard",)):
        assert run(*scorecard, "--no-cache", *args, "pill.md")[0] == expected
    assert run("--scorecard", "--no-cache", "walk.txt")[0] == 0


def test_cached_results_still_get_their_scorecard(monkeypatch):
    import mslint.api

    first = run("--format", "concise", "pill.md")  # fills the result cache, no scorecard
    linted = mslint.api.check_document
    monkeypatch.setattr(mslint.api, "check_document", lambda *args: pytest.fail("not served from the cache"))
    second = run("--scorecard", "--format", "json", "pill.md")  # a cache hit: scorecard from the document
    monkeypatch.setattr(mslint.api, "check_document", linted)
    third = run("--scorecard", "--format", "json", "pill.md")
    assert first[0] == second[0] == third[0] == 1
    assert json.loads(second[1]) == json.loads(third[1]) == [PILL_CARD]
    assert run("--format", "concise", "pill.md") == first


def test_parallel_run_gives_the_serial_scorecards():
    serial = run("--scorecard", "--format", "json", "--no-cache", "--jobs", "1", ".")
    assert run("--scorecard", "--format", "json", "--no-cache", "--jobs", "3", ".") == serial


def test_unreadable_file_has_no_scorecard_and_exits_2():
    Path("bad.txt").write_bytes(b"caf\xe9 cures MS\n")
    code, out, err = run("--scorecard", "--format", "json", "--no-cache", "bad.txt", "walk.txt")
    assert code == 2
    assert err.startswith("mslint: error: bad.txt: is not valid UTF-8") and err.count("\n") == 1
    assert json.loads(out) == [WALK_CARD]


class Crashing(KeywordCriterion):
    def assess(self, document):
        raise ZeroDivisionError("division by zero")


def test_crashing_criterion_rule_is_one_line_and_exit_2(monkeypatch):
    use_rules(monkeypatch, [Crashing("TST104", "evidence-quality", "x", "y", "", "", "")])
    code, out, err = run("--scorecard", "--format", "json", "--no-cache", "walk.txt")
    assert code == 2
    assert err == "mslint: error: walk.txt: no scorecard: ZeroDivisionError: division by zero\n"
    assert json.loads(out) == []


def test_no_criterion_rules_installed(monkeypatch):
    use_rules(monkeypatch, [])
    _, out, _ = run("--scorecard", "--format", "json", "--no-cache", "walk.txt")
    assert json.loads(out) == [{"path": "walk.txt", "criteria": {}, "score": {"satisfactory": 0, "applicable": 0}}]
    assert run("--scorecard", "--format", "concise", "--no-cache", "walk.txt")[1] == (
        "walk.txt: no criterion rules installed\n")


@pytest.mark.parametrize("args", [("--format", "sarif"), ("--format", "github"), ("--statistics",)])
def test_scorecard_with_an_output_that_cannot_hold_it_is_exit_2(args):
    code, out, err = run("--scorecard", *args, "pill.md")
    assert (code, out) == (2, "")
    assert err == "mslint: error: --scorecard works with --format text, concise, json, html and without --statistics\n"


def test_without_scorecard_json_is_still_the_findings():
    _, out, _ = run("--format", "json", "--no-cache", "--select", "TST901", "pill.md")
    assert [finding["code"] for finding in json.loads(out)] == ["TST901"]
