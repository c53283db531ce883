"""The concept language's quick parser builds what the careful one builds, and leaves every
error to it (mslint.rules.concepts.syntax)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mslint.rules.concepts.syntax import PatternSyntaxError, _careful_parse, _quick_parse, parse

ROOT = Path(__file__).resolve().parents[1]


def shipped_patterns() -> list[str]:
    found = []
    for path in sorted((ROOT / "rules").rglob("*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8"))["rule"]:
            if rule["kind"] == "claim":
                found += [text for key in ("match", "unless", "except") for text in rule.get(key, [])]
    for path in sorted((ROOT / "knowledge").rglob("*.toml")):
        for fact in tomllib.loads(path.read_text(encoding="utf-8")).get("fact", []):
            found += fact.get("contradicted-by", [])
    return found


def careful(text: str):
    try:
        return _careful_parse(text)
    except PatternSyntaxError as error:
        return str(error)


def test_every_shipped_pattern_parses_alike():
    texts = shipped_patterns()
    assert len(texts) > 200
    for text in texts:
        assert _quick_parse(text) == _careful_parse(text), text


@pytest.mark.parametrize("text", [
    "cure~ [the|your] {CONDITION}", "say goodbye to {condition}?", "{@hsct} ...8 without (chemo|chemotherapy)",
    "^ book~ <your (consultation|visit)>", "_ # % risk-free", "(a|[b|c d]?)? e", "x...", "x ...2 y", "cure~?",
    "", "   ", "(", ")", "(a|)", "[a", "a]", "{", "{}", "{ }", "a?~", "~", "?", "...?", "<?", "a | b", "[a]?",
    "(a|b]", "[a|b)", "a }", "'s", "—", "x ~", "#~ _?", "(_)", "[x]", "<a> ^ b", "a...4?", "{A}~",
    "##", "## people", "##? fans", "(#|##) users",
    "{CONDITION !HARM}", "{condition ! harm}?", "{A !}", "{! B}", "{A !B !C}", "{!}",
])
def test_same_result_or_same_error(text):
    expected = careful(text)
    try:
        assert parse(text) == expected
    except PatternSyntaxError as error:
        assert str(error) == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["cure", "~", "?", "(", ")", "[", "]", "|", "{", "}", "{CONDITION}", "!", "...", "...3",
                                 "<", ">", "^", "_", "#", " ", "risk-free", "'s", ".", ",", "\t"]), max_size=10))
def test_random_patterns(pieces):
    text = "".join(pieces)
    expected = careful(text)
    try:
        assert parse(text) == expected
    except PatternSyntaxError as error:
        assert str(error) == expected


def test_classes_read_off_the_text_are_the_elements_classes():
    from mslint.rules.concepts.matcher import ConceptPattern, _classes

    for text in shipped_patterns() + ["{ Condition }? cure~ {@hsct} ({HARM}|x [y|{cure !harm}])"]:
        pattern = ConceptPattern(text)
        assert pattern.classes() == set(_classes(pattern.seq)), text


def test_elements_are_values():
    import copy
    import pickle
    from dataclasses import FrozenInstanceError

    from mslint.rules.concepts.matcher import Match
    from mslint.rules.concepts.syntax import AnyWord, Class, Number, Word

    word = Word(frozenset({"cure"}))
    assert word == Word(frozenset({"cure"})) and hash(word) == hash(Word(frozenset({"cure"})))
    assert word != Class("cure") and AnyWord() == AnyWord() and AnyWord() != Number()
    assert repr(word) == "Word(norms=frozenset({'cure'}))"
    match = Match(1, 3, 1, 2, frozenset({1, 2}))
    assert pickle.loads(pickle.dumps(match)) == match == copy.deepcopy(match)
    with pytest.raises(FrozenInstanceError):
        word.norms = frozenset()


@pytest.mark.parametrize("text, words, classes", [
    ("the cure~ of the {CONDITION}", {"cure", "cures", "cured", "curing"}, set()),
    ("(is|are) {harm} of the procedure", {"procedure"}, set()),
    ("your {CONDITION} is gone", {"gone"}, set()),
    ("of the {money}", set(), {"money"}),
])
def test_a_pattern_is_anchored_on_its_rarest_element_not_a_function_word(text, words, classes):
    """An anchor of "the" or "of" would offer the pattern to nearly every sentence."""
    from mslint.rules.concepts.matcher import ConceptPattern

    pattern = ConceptPattern(text)
    assert (set(pattern.anchor_words), set(pattern.anchor_classes)) == (words, classes)


def test_wherever_a_shipped_pattern_matches_its_anchor_is_in_the_sentence():
    """The trigger index wakes a rule only where the anchor occurs, so an anchor that a match could
    do without would lose findings. Checked by matching without the anchor test (the raw
    backtracking walk from every token) on the rules' own examples and this round's meanings."""
    from mslint.analysis.article import analyse
    from mslint.reading.markdown import read_markdown
    from mslint.rules.concepts.matcher import ConceptPattern, _match

    sentences = []
    for path in sorted((ROOT / "rules").rglob("*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8"))["rule"]:
            sentences += rule.get("docs", {}).get("bad", [])
    text = "# Examples\n\n" + "\n\n".join(sentences) + "\n"
    views = analyse(read_markdown("examples.md", text)).sentences
    patterns = [ConceptPattern(pattern) for pattern in shipped_patterns()]
    matched = 0
    for view in views:
        tokens, starts = view.tokens, view.starting_at()
        for pattern in patterns:
            if "*" in pattern.anchor_classes:
                continue
            if any(end > i for i in range(len(tokens))
                   for end, _ in _match(pattern.seq.items, 0, i, tokens, starts, ())):
                matched += 1
                assert pattern.anchor_words & view.words or pattern.anchor_classes & view.classes, \
                    (pattern.text, view.sentence_text)
    assert matched > 100


@pytest.mark.parametrize("text, counts", [
    ("2,000 fans", True), ("640 fans", True), ("12,000 fans", True), ("100 fans", True),
    ("99 fans", False), ("ten fans", False), ("2012 fans", False), ("2,012 fans", True), ("1.5 fans", False),
])
def test_a_count_is_a_hundred_or_more_in_figures_and_not_a_year(text, counts):
    """## (a crowd counted: EVD016) matches a figure of a hundred or more; # matches any number."""
    from mslint.analysis.article import analyse
    from mslint.reading.markdown import read_markdown
    from mslint.rules.concepts.matcher import ConceptPattern

    view = analyse(read_markdown("a.md", f"# A\n\nWe have {text}.\n")).sentences[1]
    assert bool(list(ConceptPattern("## fans").finditer(view))) is counts
    assert list(ConceptPattern("# fans").finditer(view))


@pytest.mark.parametrize("text, matches", [
    ("There is no risk of flu.", True),  # a condition, not a harm a treatment brings
    ("There is no risk of infection.", False),  # a condition and a harm
    ("There is no risk of bleeding.", False),  # a harm
])
def test_a_class_without_another_leaves_out_the_phrases_of_both(text, matches):
    """{CONDITION !HARM}: a disease itself, not a harm a treatment can cause ("infection" is both)."""
    from mslint.analysis.article import analyse
    from mslint.reading.markdown import read_markdown
    from mslint.rules.concepts.matcher import ConceptPattern

    view = analyse(read_markdown("a.md", f"# A\n\n{text}\n")).sentences[1]
    assert bool(list(ConceptPattern("risk of {CONDITION !HARM}").finditer(view))) is matches
    assert list(ConceptPattern("risk of ({CONDITION}|{HARM})").finditer(view))
    assert ConceptPattern("risk of {CONDITION !HARM}").classes() == {"condition", "harm"}


@pytest.mark.parametrize("text, matches", [
    ("Your GP may have put you on warfarin. You can stop it now.", True),  # "it" is the drug in force
    ("Your neurologist has you on ocrelizumab. You can stop them now.", True),
    ("We sell a herbal tea. You can stop it now.", False),  # the tea is no drug
    ("You can stop it now.", False),  # nothing in force for "it" to stand for
    ("Your GP may have put you on warfarin. You can stop the walks now.", False),  # no pronoun
])
def test_a_referent_is_it_or_them_standing_for_the_intervention_in_force(text, matches):
    """{IT:DRUG}: "it" or "them" when the intervention the paragraph is about is a drug."""
    from mslint.analysis.article import analyse
    from mslint.reading.markdown import read_markdown
    from mslint.rules.concepts.matcher import ConceptPattern

    views = analyse(read_markdown("a.md", f"# A\n\n{text}\n")).sentences
    pattern = ConceptPattern("can stop {IT:DRUG} now")
    assert any(list(pattern.finditer(view)) for view in views) is matches
    assert pattern.classes() == {"drug"}
    # Anchored on a word of its own, never on the pronoun, which nearly every text holds.
    assert pattern.anchor_words and not pattern.anchor_words & {"it", "them"}


@pytest.mark.parametrize("text, matches", [
    ("Lupus flares come and go. Nothing can cure the disease yet.", True),  # "the disease" is the lupus in force
    ("Lupus flares come and go. Nothing can cure this condition yet.", True),
    ("Gout flares come and go. Nothing can cure the disease yet.", False),  # gout is not the class asked for
    ("Nothing can cure the disease yet.", False),  # no condition in force
    ("Lupus flares come and go. Nothing can cure the rash yet.", False),  # not a general name of a condition
])
def test_a_condition_referent_is_the_disease_standing_for_the_condition_in_force(text, matches):
    """{THE:@LUPUS}: "the disease", "this condition" when the condition in force is lupus."""
    from mslint.analysis.article import analyse
    from mslint.reading.markdown import read_markdown
    from mslint.rules.concepts.matcher import ConceptPattern

    views = analyse(read_markdown("a.md", f"# A\n\n{text}\n")).sentences
    pattern = ConceptPattern("can cure {THE:@LUPUS}")
    assert any(list(pattern.finditer(view)) for view in views) is matches
    assert pattern.classes() == {"@lupus"}
    assert not pattern.anchor_words & {"the", "this", "that"}


@pytest.mark.parametrize("pattern, text, expected", [
    ("# (%|percent) of our customers", "Last year 94% of our customers came back.", "94% of our customers"),
    ("# (in|out of) # customers", "Nine in ten customers came back.", "Nine in ten customers"),
    ("[over|more than] ## fans", "We have more than 2,000 fans.", "more than 2,000 fans"),
    ("# (%|percent) of our customers", "Most of our customers came back.", None),
])
def test_a_pattern_that_opens_with_a_figure_is_tried_only_at_figures(pattern, text, expected):
    """A figure-led pattern's match starts are the sentence's figures (and number words), never
    every token; the matches are the ones the walk from every token finds."""
    from mslint.analysis.article import analyse
    from mslint.reading.markdown import read_markdown
    from mslint.rules.concepts.matcher import ConceptPattern, _match

    view = analyse(read_markdown("a.md", f"# A\n\n{text}\n")).sentences[1]
    compiled = ConceptPattern(pattern)
    assert compiled.first is not None  # not "any token"
    starts = compiled._candidates(view)
    assert len(starts) < len(view.tokens)
    found = [view.sentence_text[view.tokens[m.first].start - view.start:view.tokens[m.last].end - view.start]
             for m in compiled.finditer(view)]
    everywhere = [i for i in range(len(view.tokens))
                  if any(end > i for end, _ in _match(compiled.seq.items, 0, i, view.tokens, view.starting_at(), ()))]
    assert found == ([expected] if expected else [])
    assert set(everywhere) <= set(starts)  # no match is lost by trying fewer starts
