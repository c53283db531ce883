"""How many of a group a sentence says, read as a range (mslint.analysis.shares), and FCT019, which
checks such a share against a `share` fact's range. Each sentence is written for this test."""

from pathlib import Path

import pytest

from mslint.analysis.article import analyse
from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.reading import read_document


def shares(sentence: str) -> list[tuple[float, float]]:
    document = read_document("a.txt", sentence + "\n")
    (view,) = analyse(document).sentences
    from mslint.analysis.shares import shares_in

    return [(round(share.low, 1), round(share.high, 1)) for share in shares_in(view.tokens)]


@pytest.mark.parametrize("sentence, expected", [
    ("Fewer than 1 in 10 people notice it.", [(0.0, 10.0)]),
    ("Only around one in twenty people have it.", [(3.0, 7.0)]),
    ("About 8 out of 10 people have it.", [(56.0, 100.0)]),
    ("Only around 5% of people are affected.", [(3.0, 7.0)]),
    ("More than 60 per cent of people report it.", [(60.0, 100.0)]),
    ("About half of people have it.", [(35.0, 65.0)]),
    ("It is rare.", [(0.0, 10.0)]),
    ("Almost everyone has it at some point.", [(85.0, 100.0)]),
    ("It happened on the 10th of May.", []),
])
def test_a_share_is_read_as_the_range_its_words_allow(sentence, expected):
    assert shares(sentence) == expected


MS = "# Living with MS\n\nMultiple sclerosis (MS) affects the brain and spinal cord.\n\n"


def found(text: str) -> list[str]:
    return [f.excerpt for f in lint_text(MS + text + "\n", "a.md", overrides=Overrides(select=("FCT019",)))]


@pytest.mark.parametrize("sentence, excerpt", [
    ("Only around 1 in 10 people with MS ever experience real fatigue.", "1 in 10 people with MS ever experience real fatigue"),
    ("Bladder problems are rare in MS.", "Bladder problems are rare"),
    ("Fewer than 5% of people with the condition are sensitive to heat.", "5% of people with the condition are sensitive to heat"),
    ("Swallowing problems affect only around 1 in 50 people with MS.", "Swallowing problems affect only around 1 in 50"),
    # symptoms added in v0.30.7, and what heat does or a sex life changed, said of a share
    ("Shaking hands trouble fewer than 1 in 100 people with MS.", "Shaking hands trouble fewer than 1 in 100"),
    ("Slurred speech touches only about 1 in 100 people with the condition.",
     "Slurred speech touches only about 1 in 100"),
    ("Hearing loss affects nearly everyone with MS in the end.", "Hearing loss affects nearly everyone"),
    ("Warm weather only bothers around 1 in 25 people with MS.", "Warm weather only bothers around 1 in 25"),
    ("Just 1 in 20 people with MS notices a change in their sex life.",
     "1 in 20 people with MS notices a change in their sex life"),
])
def test_a_share_far_below_the_sources_is_flagged(sentence, excerpt):
    assert found(sentence) == [excerpt]


@pytest.mark.parametrize("sentence", [
    "About 8 in 10 people with MS have fatigue, and 1 in 3 call it their worst symptom.",
    "Bladder problems affect up to 80% of people with MS.",
    "Swallowing problems affect about a third of people with MS.",
    "Tremor affects about a third of people with MS.",
    "Hearing loss is uncommon in MS, reported by about 1 in 20 people with it.",
    "About 6 in 10 people with MS have pain at some point.",
    # a past belief, corrected
    "For years pain was thought to be unusual in MS, but it is now known to be common.",
    # the symptom names who is counted, not what they have
    "Only 1 in 10 people with MS who have fatigue get treatment for it.",
    # a denial of the low figure
    "It is not true that only 1 in 10 people with MS have fatigue.",
])
def test_a_share_in_range_or_about_something_else_is_left_alone(sentence):
    assert found(sentence) == []


def test_a_share_is_checked_only_where_the_condition_is_in_force():
    text = "# Sleep after shift work\n\nOnly around 1 in 10 night workers report fatigue.\n"
    assert [f for f in lint_text(text, "a.md", overrides=Overrides(select=("FCT019",)))] == []


def _share_fact(tmp_path: Path, share: str, of: str = '["{@fatigue}"]'):
    from mslint.knowledge.loader import load_folders

    (tmp_path / "facts.toml").write_text(
        f'[[fact]]\nid = "s"\nrelation = "share"\nsubject = "multiple-sclerosis"\nof = {of}\nshare = {share}\n'
        'says = "Fatigue is common in MS."\nsources = ["MS Society"]\nas-of = "2026-12"\n', encoding="utf-8")
    return load_folders([Path(__file__).parent.parent / "knowledge", tmp_path])


def test_a_share_fact_loads_with_its_range(tmp_path):
    knowledge = _share_fact(tmp_path, "[50, 95]")
    (fact,) = [fact for fact in knowledge.facts if fact.id == "s"]
    assert fact.share == (50.0, 95.0) and fact.of == ("{@fatigue}",)


@pytest.mark.parametrize("share", ["[95, 50]", "[50]", "[-1, 20]", "[20, 120]", '"most"', "[true, 50]"])
def test_a_share_fact_with_a_bad_range_names_the_key(tmp_path, share):
    from mslint.knowledge.loader import KnowledgeError

    with pytest.raises(KnowledgeError, match="key 'share': expected \\[low, high\\]"):
        _share_fact(tmp_path, share)


def test_a_share_fact_needs_what_it_counts(tmp_path):
    from mslint.knowledge.loader import KnowledgeError

    with pytest.raises(KnowledgeError, match="key 'of': a 'share' fact needs the patterns"):
        _share_fact(tmp_path, "[50, 95]", of="[]")


def general(text: str) -> list[str]:
    return [f.excerpt for f in lint_text("# A health page\n\n" + text + "\n", "a.md",
                                         overrides=Overrides(select=("FCT019",)))]


@pytest.mark.parametrize("sentence, flagged", [
    # A share of everyone (knowledge/general/shares.toml), said far outside its sources' range.
    ("Keratosis pilaris is rare, affecting only about 1 in 1,000 people.", True),
    ("Sleepwalking is very uncommon, affecting fewer than 1 in 1,000 adults.", True),
    ("Migraine is rare, affecting fewer than 1 in 500 people.", True),
    # In range, an outcome, a group named by the condition, or not a share of people.
    ("Migraine affects about 1 in 7 people.", False),
    ("In the trial, 45 in 100 people given the device had their migraine days halved.", False),
    ("Up to 25 per cent of adults with chronic migraine also live with depression.", False),
    ("A 50% reduction in migraine attacks was seen on the drug.", False),
    ("Migraine is the most common reason for a neurology referral.", False),
    # The shares of sets 82-83's conditions (knowledge/general/shares-fill.toml), and what is not a
    # share of people with them: deaths, relatives, one person's chance, a charity's name (v0.30.15).
    ("Tinnitus is rare, affecting about 1 in 1,000 adults.", True),
    ("Two thirds of asthma deaths are avoidable, say lung doctors.", False),
    ("A brother of a child whose diagnosis is autism has a 1 in 5 chance of being autistic too.", False),
    ("Two in three adults are unaware of the signs, according to Asthma UK.", False),
])
def test_a_share_of_everyone(sentence, flagged):
    assert bool(general(sentence)) is flagged

