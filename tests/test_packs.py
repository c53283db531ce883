"""A broken rule pack is one clear error naming the file, the rule and the key."""

from pathlib import Path

import pytest

from mslint.rules.packs import PackError, load_pack, load_pack_folder

VALID = {
    "code": '"HYP950"',
    "name": '"panacea"',
    "kind": '"existence"',
    "category": '"hype"',
    "severity": '"warning"',
    "scope": '"sentence"',
    "summary": '"Calls a remedy a panacea"',
    "message": '"Panacea: {match}"',
    "patterns": "['\\\\bpanacea\\\\b']",
    "references": '["House style"]',
}
DOCS = '\n[rule.docs]\nwhat = "w"\nwhy = "y"\nbad = ["It is a panacea."]\ngood = ["No."]\n'


def pack(tmp_path: Path, **changes) -> Path:
    keys = {**VALID, **changes}
    body = "[[rule]]\n" + "".join(f"{k} = {v}\n" for k, v in keys.items() if v is not None) + DOCS
    path = tmp_path / "pack.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_valid_pack_loads(tmp_path):
    (rule,) = load_pack(pack(tmp_path))
    assert rule.meta.code == "HYP950" and rule.meta.origin.endswith("pack.toml")


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"patern": '["x"]'}, "rule HYP950: unknown key 'patern' (valid keys:"),
        ({"kind": '"existance"'}, "key 'kind': expected one of: claim, conditional, cooccurrence, existence, substitution"),
        ({"patterns": "['(unclosed']"}, "key 'patterns[0]': invalid regular expression"),
        ({"code": '"CLM950"'}, "key 'code': code CLM950 does not match category hype (prefix HYP)"),
        ({"code": '"H1"'}, "key 'code': expected a category prefix and three digits"),
        ({"name": '"Panacea Rule"'}, "key 'name': expected a kebab-case name"),
        ({"severity": '"fatal"'}, "key 'severity': expected one of: error, warning, info"),
        ({"scope": '"word"'}, "key 'scope': expected one of: document, heading, paragraph, sentence"),
        ({"references": "[]"}, "key 'references': every rule cites at least one criterion or source"),
        ({"summary": None}, "key 'summary': missing"),
        ({"message": '"Panacea: {matched}"'}, "key 'message': bad placeholder 'matched'"),
        ({"silenced-by": '["sarcastic"]'}, "key 'silenced-by': unknown context 'sarcastic'"),
        ({"yields-to": '["fct3"]'}, "key 'yields-to': expected rule codes such as FCT003 (got 'fct3')"),
        ({"kind": '"claim"', "patterns": None, "match": '["panacea"]', "replies-to": '["{SYMPTUM}"]'},
         "key 'replies-to[0]': unknown class {symptum} in pattern '{SYMPTUM}'"),
        ({"kind": '"claim"', "patterns": None, "match": '["panacea"]', "not-about": '"tset"'},
         "key 'not-about': unknown class 'tset'"),
        ({"kind": '"claim"', "patterns": None, "match": '["panacea"]', "about": '"intervension"'},
         "key 'about': unknown class 'intervension'"),
        ({"kind": '"claim"', "patterns": None, "match": '["panacea"]', "unless-article": '"harms-explaned"'},
         "key 'unless-article': unknown condition 'harms-explaned' (choose from: benefits-quantified, cure-questioned, evidence-explained, figures-given, harms-explained, informs-on-a-curable-condition, promotes, public-provider, sells)"),
        ({"kind": '"claim"', "patterns": None, "match": '["panacea"]', "nearby-reach": '"paragraph"'},
         "key 'nearby-reach': must be \"section\" or a number of sentences from 1 to 50"),
        ({"kind": '"claim"', "patterns": None, "match": '["panacea"]', "nearby-reach": "0"},
         "key 'nearby-reach': must be \"section\" or a number of sentences from 1 to 50"),
        ({"kind": '"claim"', "patterns": None, "frames": '[{act = "stop~", done-to = ["drug"]}]'},
         "key 'frames[0]': expected exactly the keys act, done-to and by"),
        ({"kind": '"claim"', "patterns": None, "frames": '[{act = "stop~", done-to = ["drgu"], by = ["reader"]}]'},
         "key 'frames[0]': done-to: unknown class 'drgu'"),
        ({"kind": '"claim"', "patterns": None, "frames": '[{act = "stop~", done-to = ["drug"], by = ["anyone"]}]'},
         "key 'frames[0]': by: expected a list of: reader, advised, their-people"),
        ({"kind": '"claim"', "patterns": None, "frames": '[{act = "(stop~", done-to = ["drug"], by = ["reader"]}]'},
         "key 'frames[0]': act: "),
        ({"kind": '"claim"', "patterns": None, "frames": '[]'},
         "key 'frames': expected a list of inline tables"),
    ],
)
def test_bad_pack_names_file_and_key(tmp_path, changes, message):
    with pytest.raises(PackError) as error:
        load_pack(pack(tmp_path, **changes))
    assert str(error.value).startswith(str(tmp_path / "pack.toml"))
    assert message in str(error.value)


def test_not_toml(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[[rule]\n", encoding="utf-8")
    with pytest.raises(PackError, match="broken.toml: not valid TOML"):
        load_pack(path)


def test_missing_docs_key(tmp_path):
    path = pack(tmp_path)
    path.write_text(path.read_text().replace('why = "y"\n', ""), encoding="utf-8")
    with pytest.raises(PackError, match=r"\[docs\]: key 'why': missing"):
        load_pack(path)


def test_every_pattern_of_mslint_compiles():
    # mslint's own patterns, its modules' and its packs', compile lazily and unchecked (a
    # repository's packs are checked at load): compile them all here so a typo cannot wait for
    # the first document that needs it.
    import importlib
    import pkgutil

    import mslint
    from mslint import patterns
    from mslint.rules.builtin import packs_folder

    for module in pkgutil.walk_packages(mslint.__path__, "mslint."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    before = len(patterns._created)
    assert before > 100
    assert load_pack_folder(packs_folder())
    assert len(patterns._created) > before  # the packs' patterns are among those compiled below
    patterns.warm()
    assert all(lazy._compiled is not None for lazy in patterns._created)


def test_a_fact_key_of_the_wrong_type_names_file_and_key(tmp_path):
    from mslint.knowledge.loader import KnowledgeError, load_folders

    (tmp_path / "facts.toml").write_text(
        '[[fact]]\nid = "x"\nrelation = "never-approved"\nsubject = "dietary-supplement"\nevery-kind = "yes"\n'
        'says = "The FDA approves no supplement."\nsources = ["FDA"]\nas-of = "2026-12"\n', encoding="utf-8")
    with pytest.raises(KnowledgeError, match="key 'every-kind': expected true or false"):
        load_folders([tmp_path])


def _distinct(tmp_path, members: str):
    from mslint.knowledge.loader import load_folders

    (tmp_path / "facts.toml").write_text(
        f'[[fact]]\nid = "classes"\nrelation = "distinct-classes"\nmembers = {members}\n'
        'says = "Different classes."\nsources = ["BNF"]\nas-of = "2026-12"\n', encoding="utf-8")
    return load_folders([Path(__file__).parent.parent / "knowledge", tmp_path])


def test_distinct_classes_may_share_a_medicine_which_is_then_never_flagged(tmp_path):
    from mslint.api import lint_text
    from mslint.engine.planner import Overrides

    # Pregabalin is a gabapentinoid and so an anticonvulsant: calling it either is true.
    assert _distinct(tmp_path, '["gabapentinoid", "anticonvulsant"]').facts_of("distinct-classes")
    select = Overrides(select=("FCT004",))
    assert not lint_text("# Pain\n\nPregabalin is an anticonvulsant.\n", "a.md", overrides=select)
    assert not lint_text("# Pain\n\nDiazepam is a muscle relaxant.\n", "a.md", overrides=select)
    (finding,) = lint_text("# Pain\n\nBaclofen is a steroid.\n", "a.md", overrides=select)
    assert (finding.line, finding.column, finding.message[:44]) == (3, 1, "Baclofen is a muscle relaxant, not a cortico")


def test_distinct_classes_need_two_known_members(tmp_path):
    from mslint.knowledge.loader import KnowledgeError

    with pytest.raises(KnowledgeError, match="needs two or more classes"):
        _distinct(tmp_path, '["opioid"]')
    with pytest.raises(KnowledgeError, match="key 'members': unknown entity 'opiod'"):
        _distinct(tmp_path, '["opiod", "statin"]')


def _with_stems(tmp_path, table: str):
    from mslint.knowledge.loader import load_folders

    (tmp_path / "stems.toml").write_text("[stem]\n" + table, encoding="utf-8")
    return load_folders([Path(__file__).parent.parent / "knowledge", tmp_path])


def test_a_stem_names_the_class_of_a_medicine_the_tables_lack(tmp_path):
    from mslint.analysis.tokens import tokenize

    knowledge = _with_stems(tmp_path, 'zumab = "monoclonal-antibody"\n')
    (mention,) = knowledge.lexicon.mentions(tokenize("glofitzumab"))
    assert mention.entities == ("monoclonal-antibody",)
    assert knowledge.lexicon.mentions(tokenize("Glofitzumab")) != []  # opening a sentence


def test_a_stem_table_with_errors_is_one_clear_line(tmp_path):
    from mslint.knowledge.loader import KnowledgeError

    with pytest.raises(KnowledgeError, match="unknown entity 'not-a-class'"):
        _with_stems(tmp_path, 'zumab = "not-a-class"\n')
    with pytest.raises(KnowledgeError, match="is not a lower-case word ending of three letters or more"):
        _with_stems(tmp_path, 'Ab = "monoclonal-antibody"\n')
    with pytest.raises(KnowledgeError, match="already names 'antifungal'"):
        _with_stems(tmp_path, 'conazole = "antibiotic"\n')


def test_a_pack_rule_may_read_by_frames_alone(tmp_path):
    # A frame is declarative: who does the act to what, with no pattern of the whole sentence.
    (rule,) = load_pack(pack(tmp_path, kind='"claim"', patterns=None,
                             frames='[{act = "skip~", done-to = ["drug"], by = ["advised"]}]'))
    assert rule.frames and not rule.patterns.patterns
    words, _ = rule.triggers()
    assert "skip" in words
