"""benchmarks/scorecard_eval.py: per-criterion precision, recall and MCC against labelled
articles, in mslint's own format (a folder with criteria.toml) and in the FakeHealth layout.
Everything here is written by the test; nothing reads ../shared/data."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("scorecard_eval", ROOT / "benchmarks" / "scorecard_eval.py")
scorecard_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorecard_eval)

CAREFUL = ("# Cream for skin patches\n\nThe cream costs $20 a tube. Side effects were redness in 6 of 80 "
           "people and itching in 4 of 80.\n")
SILENT = "# Cream for skin patches\n\nA new cream cleared skin patches, the company said.\n"


def test_metrics_of_known_pairs():
    # 2 true positives, 1 false positive, 1 false negative, 1 true negative.
    pairs = [(True, True), (True, True), (True, False), (False, True), (False, False)]
    m = scorecard_eval.metrics(pairs)
    assert (round(m["P"], 3), round(m["R"], 3), round(m["MCC"], 3)) == (0.667, 0.667, 0.167)
    assert scorecard_eval.metrics([(False, False)])["MCC"] == 0.0


def test_auc_counts_ties_as_half():
    assert scorecard_eval.auc([3, 2], [1, 1]) == 1.0
    assert scorecard_eval.auc([1], [1]) == 0.5


def test_a_labelled_folder_in_mslints_format(tmp_path, capsys):
    (tmp_path / "careful.md").write_text(CAREFUL, encoding="utf-8")
    (tmp_path / "silent.md").write_text(SILENT, encoding="utf-8")
    (tmp_path / "criteria.toml").write_text(
        '[articles."careful.md"]\ncosts = "satisfactory"\nharms = "satisfactory"\n\n'
        '[articles."silent"]\ncosts = "not-satisfactory"\nharms = "not-satisfactory"\nnovelty = "not-applicable"\n',
        encoding="utf-8")
    assert scorecard_eval.main([str(tmp_path), "--jobs", "1", "--criteria", "costs,harms,novelty"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"labelled articles in {tmp_path}: 2 articles; 'not satisfactory' is the positive class"
    rows = {line.split()[0]: line.split() for line in lines[2:]}
    # Both criteria are decided right on both articles: precision, recall and MCC are 1.
    assert rows["costs"][1:] == ["2", "0.50", "1.00", "1.00", "1.00", "+1.00"]
    assert rows["harms"][1:] == ["2", "0.50", "1.00", "1.00", "1.00", "+1.00"]
    assert "novelty" not in rows  # labelled not applicable only: nothing to score


def test_articles_in_a_subfolder_are_named_by_file_name(tmp_path, capsys):
    """The blind set's layout: criteria.toml beside an articles/ folder."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "careful.md").write_text(CAREFUL, encoding="utf-8")
    (tmp_path / "criteria.toml").write_text('[articles."careful.md"]\ncosts = "satisfactory"\n', encoding="utf-8")
    assert scorecard_eval.main([str(tmp_path), "--jobs", "1", "--criteria", "costs"]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[2:]}
    assert rows["costs"][1:3] == ["1", "0.00"]


def test_an_unknown_criterion_or_article_is_reported(tmp_path):
    (tmp_path / "a.md").write_text(SILENT, encoding="utf-8")
    (tmp_path / "criteria.toml").write_text('[articles."b.md"]\ncosts = "satisfactory"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="no such article"):
        scorecard_eval.main([str(tmp_path), "--jobs", "1"])
    (tmp_path / "criteria.toml").write_text('[articles."a.md"]\nprice = "satisfactory"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="unknown criterion 'price'"):
        scorecard_eval.main([str(tmp_path), "--jobs", "1"])


def test_the_fakehealth_layout_releases_and_stories(tmp_path, capsys):
    labels = {label: "Not Applicable" for label in scorecard_eval.HNR_LABELS.values()}
    releases = [
        {"id": "r1", "title": "", "text": CAREFUL, "labels": {**labels, "costs": "Satisfactory"},
         "explanations": {"costs": "The price is given."}},
        {"id": "r2", "title": "", "text": SILENT, "labels": {**labels, "costs": "Satisfactory"},
         "explanations": {"costs": "Readers know creams are cheap."}},
    ]
    stories = [
        {"id": "s1", "title": "", "text": CAREFUL, "labels": {"rating_0_5": 5}},
        {"id": "s2", "title": "", "text": SILENT, "labels": {"rating_0_5": 1}},
    ]
    (tmp_path / "hnr_release.jsonl").write_text("".join(json.dumps(r) + "\n" for r in releases), encoding="utf-8")
    (tmp_path / "hnr_story_rating.jsonl").write_text("".join(json.dumps(s) + "\n" for s in stories),
                                                     encoding="utf-8")
    dump = tmp_path / "cards.json"
    assert scorecard_eval.main([str(tmp_path), "--jobs", "1", "--criteria", "costs", "--show", "3",
                                "--dump", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "r2: scorecard not-satisfactory, reviewers satisfactory: 'Readers know creams are cheap.'" in out
    assert "AUC (<=2 stars vs >=4 stars) = 1.00" in out
    cards = json.loads(dump.read_text(encoding="utf-8"))
    assert cards["r1"]["costs"] == "satisfactory" and cards["s2"]["costs"] == "not-satisfactory"
