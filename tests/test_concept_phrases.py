"""Phrases: named pieces of pattern in the knowledge base, written out where a rule uses them."""

import pytest

from mslint.knowledge.loader import KnowledgeError, load_folders
from mslint.rules.concepts.phrases import MAX_EXPANDED, expand
from mslint.rules.concepts.syntax import PatternSyntaxError


def test_a_phrase_is_written_out_as_its_alternatives():
    phrases = {"deal": ("half price", "# % off")}
    assert expand("{DEAL} today", phrases) == "(half price|# % off) today"


def test_a_class_and_an_unknown_name_are_left_for_the_parser():
    assert expand("{CONDITION} {NOPE}", {"deal": ("half price",)}) == "{CONDITION} {NOPE}"


def test_phrases_may_use_phrases_and_an_optional_phrase_stays_optional():
    phrases = {"outer": ("{INNER} now",), "inner": ("a|b",)}
    assert expand("x {OUTER}?", phrases) == "x ((a|b) now)?"


def test_a_phrase_that_uses_itself_is_refused():
    with pytest.raises(PatternSyntaxError, match="uses itself"):
        expand("{LOOP}", {"loop": ("x {LOOP}",)})


def test_a_phrase_too_big_to_match_quickly_is_refused():
    phrases = {"big": ("word " * (MAX_EXPANDED // 5 + 1),)}
    with pytest.raises(PatternSyntaxError, match="expand to more than"):
        expand("{BIG}", phrases)


def test_the_knowledge_base_loads_phrases(tmp_path):
    (tmp_path / "claims.toml").write_text('[phrase.deal]\npatterns = ["half price", "# % off"]\n', encoding="utf-8")
    assert load_folders([tmp_path]).phrases == {"deal": ("half price", "# % off")}


@pytest.mark.parametrize("text, problem", [
    ('[phrase.deal]\npatterns = []\n', "expected at least one value"),
    ('[phrase.deal]\nwords = ["x"]\n', "key 'words': unknown key"),
    ('[phrase.deal]\npatterns = ["x"]\n[class.deal]\nwords = ["y"]\n', "also a class's"),
])
def test_a_bad_phrase_names_the_problem(tmp_path, text, problem):
    (tmp_path / "claims.toml").write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=problem):
        load_folders([tmp_path])


def test_the_shipped_rules_use_shipped_phrases():
    from mslint.knowledge import builtin_knowledge

    assert {"whole-clientele", "reported-result"} <= set(builtin_knowledge().phrases)
