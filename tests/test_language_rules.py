"""People-first language rules (LNG001-LNG006, declarative substitutions): rewrites and silences."""

import json

import pytest

from mslint.reading import read_document

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def lng(text, path="example.txt"):
    return [f for f in lint_text(text, path, overrides=Overrides(select=("LNG",))) if f.code.startswith("LNG")]


@pytest.mark.parametrize("text,code,excerpt,rewrite", [
    ("Hope for sufferers of MS.", "LNG001", "sufferers of MS", "people with MS"),
    ("The drug helps MS sufferers.", "LNG001", "MS sufferers", "people with MS"),
    ("She met fellow sufferers.", "LNG001", "fellow sufferers", "others with the condition"),
    ("Many victims of MS are young.", "LNG002", "victims of MS", "people with MS"),
    ("She fell victim to MS at 30.", "LNG002", "fell victim to MS", "developed MS"),
    ("People afflicted with MS need care.", "LNG003", "afflicted with", "living with"),
    ("He was stricken by MS at 24.", "LNG003", "stricken by", "diagnosed with"),
    ("MS afflicts a million people.", "LNG003", "afflicts", "affects"),
    ("He is wheelchair-bound.", "LNG004", "is wheelchair-bound", "uses a wheelchair"),
    ("They were confined to wheelchairs.", "LNG004", "were confined to wheelchairs", "used wheelchairs"),
    ("She has been confined to a wheelchair since 2015.", "LNG004", "been confined to a wheelchair", "used a wheelchair"),
    ("Many wheelchair-bound patients cannot reach the clinic.", "LNG004", "wheelchair-bound patients", "people who use wheelchairs"),
    ("He was crippled by MS.", "LNG005", "crippled by MS", "disabled by MS"),
    ("It is a crippling muscle disease.", "LNG005", "crippling muscle disease", "disabling muscle disease"),
    ("Dengue is a crippling tropical virus.", "LNG005", "crippling tropical virus", "disabling tropical virus"),
    ("Lung disease sufferers need clean air.", "LNG001", "Lung disease sufferers", "People with lung disease"),
    ("My aunt suffers from MS.", "LNG006", "suffers from MS", "has MS"),
])
def test_rewrites(text, code, excerpt, rewrite):
    findings = lng(text)
    assert [(f.code, f.excerpt) for f in findings] == [(code, excerpt)]
    # Case of the first letter aside (the substitution kind keeps a capital), the rewrite is drop-in.
    assert findings[0].suggestion.lower() == rewrite.lower()


@pytest.mark.parametrize("text,code,excerpt,rewrite", [
    # every condition, named in the rewrite: no MS-specific advice on an article about asthma
    ("Hay fever sufferers should start the spray early.", "LNG001", "Hay fever sufferers", "People with hay fever"),
    ("Tens of thousands of severe asthma sufferers use it.", "LNG001", "severe asthma sufferers",
     "people with severe asthma"),
    ("Older sufferers often feel tired.", "LNG001", "sufferers", "people with the condition"),
    ("He has been an epileptic since childhood.", "LNG001", "an epileptic", "a person with epilepsy"),
    ("Epileptics often face stigma.", "LNG001", "Epileptics", "People with epilepsy"),
    ("The charity supports cancer victims.", "LNG002", "cancer victims", "people with cancer"),
    ("Victims of breast cancer met at the clinic.", "LNG002", "Victims of breast cancer", "People with breast cancer"),
    ("Crippling fatigue is common after a stroke.", "LNG005", "Crippling fatigue", "Disabling fatigue"),
    ("She suffers from depression and anxiety.", "LNG006", "suffers from depression", "has depression"),
    ("Services for the mentally ill were cut.", "LNG001", "the mentally ill", "people with mental illness"),
])
def test_rewrites_name_the_condition_of_the_words(text, code, excerpt, rewrite):
    found = [(f.excerpt, f.suggestion) for f in lng(text) if f.code == code]
    assert found == [(excerpt, rewrite)]


def test_rewrite_of_a_verb_on_the_previous_line_is_not_taken():
    # The finding starts at the offending words, not at a verb at the end of the line before.
    findings = lng("She said she had been\nwheelchair-bound for years.")
    assert [(f.line, f.excerpt, f.suggestion) for f in findings] == [(2, "wheelchair-bound", "a wheelchair user")]


@pytest.mark.parametrize("text", [
    "People with MS often feel tired.",
    "MS patients in the trial were aged 18 to 55.",
    "An MS attack, or relapse, can last days.",
    "Adults with MS have a higher risk of stroke.",
    "MS is a disease of the central nervous system.",
    "People with migraine were excluded.",
    "Flood victims were treated for hypothermia.",
    "The vector is a crippled virus, and the costs were crippling.",
    "A diabetic diet helps prevent diabetic retinopathy.",
    "He suffers from fatigue.",
    "He was the victim of a scam clinic.",
    "She uses a wheelchair.",
    "Many people with MS suffer from fatigue.",
    "Tom is not an MS sufferer.",
    "Avoid terms like sufferer and victim.",
    "Instead of saying someone is wheelchair-bound, say they use a wheelchair.",
    "The clinic's fees were crippling debts for some families.",
    "Researchers built a crippled virus that cannot copy itself.",
    "Crippling strikes closed the clinic for a week.",
])
def test_no_flag(text):
    assert lng(text) == []


def test_quotations_are_flagged_one_step_lower():
    # The speaker's very words: shown, but a writer paraphrases a quotation rather than rewriting it.
    findings = lng('"Before the treatment I was wheelchair-bound," says Marcus.')
    assert [(f.excerpt, f.severity.label) for f in findings] == [("was wheelchair-bound", "info")]
    # Disputed or not, a quotation is the speaker's words.
    findings = lng('"Most diabetics skip the check," the nurse said, but the audit found otherwise.')
    assert [(f.excerpt, f.severity.label) for f in findings] == [("diabetics", "info")]


@pytest.mark.parametrize("text", [
    # The writer's own words, attributed or not, keep the rule's severity.
    "Migraine sufferers may benefit from the new pill, doctors say.",
    "The study suggests the drug might help some asthmatics.",
])
def test_paraphrase_keeps_its_severity(text):
    assert [f.severity.label for f in lng(text)] == ["warning"]


def test_suggestion_reaches_json_and_sarif(tmp_path, monkeypatch):
    from helpers import run

    findings = lng("Hope for sufferers of MS.")
    assert findings[0].to_dict()["suggestion"] == "people with MS"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Hope for sufferers of MS.\n")
    _, out, _ = run("--isolated", "--select", "LNG", "--format", "sarif", "a.txt")
    result = next(r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "LNG001")
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "people with MS"


def test_suggestion_keeps_sentence_case_only_at_sentence_start():
    from mslint.api import lint_text
    from mslint.engine.planner import Overrides

    findings = lint_text("We offer hope to MS sufferers. Sufferers of MS deserve better.", "a.txt",
                         overrides=Overrides(select=("LNG001",)))
    assert [(f.column, f.suggestion) for f in findings] == [(18, "people with MS"), (32, "People with MS")]


def test_nothing_short_of_a_miracle_is_praise_not_negation():
    from mslint.rules.risk import contexts_of

    sentence = "The results are nothing short of a miracle."
    start = sentence.index("miracle")
    assert contexts_of(read_document("a.txt", sentence), 0, start, start + len("miracle")) == frozenset()


@pytest.mark.parametrize("text, expected", [
    # A denial elsewhere in the sentence does not make the label kind.
    ("Nobody plans to become wheelchair-bound.", [("LNG004", "become wheelchair-bound")]),
    ("The new drug does not help diabetics lose weight.", [("LNG001", "diabetics")]),
    # The label itself denied, or quoted as the word not to use, is no label.
    ("She is not an MS sufferer, she says.", []),
    ("He has never been confined to a wheelchair.", []),
    ('Our style guide asks for "people with asthma", not "asthma sufferers".', []),
])
def test_a_stigmatising_label_is_one_whatever_else_is_denied(text, expected):
    found = lint_text(text + "\n", "a.md", overrides=Overrides(select=("LNG001", "LNG002", "LNG004")))
    assert [(f.code, f.excerpt) for f in found] == expected


@pytest.mark.parametrize("text, code", [
    ("My consultant is a pill pusher.", "LNG011"),
    ("You've been fobbed off for years.", "LNG011"),
    ("Your specialists have failed you.", "LNG011"),
    ("Don't be the dad everyone stares at by the pool.", "LNG012"),
    ("Say goodbye to feeling frumpy and tired.", "LNG012"),
])
def test_medicine_as_the_enemy_and_shame_as_the_argument(text, code):
    found = lint_text(text + "\n", "a.md", overrides=Overrides(select=("LNG011", "LNG012")))
    assert [f.code for f in found] == [code]


@pytest.mark.parametrize("text", [
    "Many patients say they felt fobbed off before their diagnosis, a survey found.",
    "It's not all in your head, whatever you were told.",
    "Bowel symptoms can be embarrassing, but tell your GP.",
    "Fat cells release hormones that affect appetite.",
])
def test_reported_feelings_and_plain_descriptions_are_not(text):
    assert lint_text(text + "\n", "a.md", overrides=Overrides(select=("LNG011", "LNG012"))) == []
