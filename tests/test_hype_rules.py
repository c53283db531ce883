"""Hype rules (HYP001 red-flag words, HYP002 density): behaviour beyond the documented examples."""

import pytest

from mslint.engine.runner import ActiveRule, check_document
from mslint.reading import read_document
from mslint.rules.hype import HypeDensity, RedFlagHypeWord, hype_rules


def run(rule, text, path="example.md", **options):
    document = read_document(path, text)
    active = ActiveRule(rule, rule.meta.severity, {**rule.default_options, **options})
    return [f for f in check_document(document, [active], report_unused=False).findings if f.code == rule.meta.code]


def excerpts(rule, text, path="example.md", **options):
    return [f.excerpt for f in run(rule, text, path, **options)]


def test_registration_function_returns_both_rules():
    assert sorted(rule.meta.code for rule in hype_rules()) == ["HYP001", "HYP002"]


@pytest.mark.parametrize("text,word", [
    ("Scientists hail a major breakthrough.", "breakthrough"),
    ("The pill is a real game changer.", "game changer"),
    ("A game-changing procedure.", "game-changing"),
    ("It will revolutionise MS care.", "revolutionise"),
    ("A ground-breaking study.", "ground-breaking"),
    ("A first-of-its-kind programme.", "first-of-its-kind"),
    ("Surgeons performed a world-first operation.", "world-first"),
    ("The results mark a new era.", "a new era"),
    ("The benefit is too great to ignore.", "too great to ignore"),
    ("It could become the new standard of care.", "the new standard of care"),
    ("It is a paradigm shift in neurology.", "paradigm shift"),
    ("Her recovery was a miracle.", "miracle"),
    # Advertorial tropes (a phrase of the class is found however it is worded in the lexicon).
    ("Our stem cell facelift will turn back the clock on your skin.", "turn back the clock"),
    ("The new pill heralds the end of migraine.", "heralds the end of"),
])
def test_red_flag_words(text, word):
    assert excerpts(RedFlagHypeWord(), text) == [word]


@pytest.mark.parametrize("text", [
    "She had breakthrough disease activity on interferon.",
    "Breakthrough relapses were rare.",
    "The FDA granted the drug Breakthrough Therapy designation.",
    "Try this miracle cure.",  # HYP003's, not flagged twice
    "This is not a breakthrough.",
    "Is this a breakthrough?",
    "Clinics tout a so-called breakthrough.",
    "The company called its cells a \"game-changer\" in a press release.",
    "Nobody in this field should be calling these infusions a breakthrough.",
    "Calling a twelve-person study revolutionary is premature.",
    "Doctors warn against calling every result a breakthrough.",
    "No skin treatment can turn back the clock.",
    # LNG011's conspiracy framing, not hype, and not flagged twice
    "The joint treatment that drug companies don't want you to know about.",
])
def test_red_flag_words_silent(text):
    assert excerpts(RedFlagHypeWord(), text) == []


def test_full_quotation_is_still_hype():
    text = "\u201cThis is a revolutionary treatment for everyone with MS,\u201d said the clinic's founder."
    assert excerpts(RedFlagHypeWord(), text) == ["revolutionary"]


def test_scare_quotes_are_critical_but_a_quotation_is_still_hype():
    assert excerpts(RedFlagHypeWord(), 'They called the cells a "miracle" on the website.') == []
    assert excerpts(RedFlagHypeWord(), '"This is a miracle for all of us," she said.') == ["miracle"]


@pytest.mark.parametrize("text", [
    "As the school year starts, parents hope for a breakthrough for their children: better grades.",
    "Negotiators reported a breakthrough in the talks on Friday.",
    "If the results hold up, it could revolutionise care for people with leukaemia.",
])
def test_other_senses_and_conditions_are_not_hype(text):
    assert excerpts(RedFlagHypeWord(), text) == []


@pytest.mark.parametrize("text", [
    # Meant only in part, or not of a result.
    "“In a way, this trial is a breakthrough,” the surgeon said.",
    "The head of the agency called the study a breakthrough not for proving the pills work, but for showing they "
    "can be given safely in a trial.",
    # Praise of guidance, prices or machines, not of what a treatment does.
    "Cheaper scanners and lighter machines could be the game changer for rural hospitals.",
    "What was revolutionary about the new guidelines was their warning against overtreatment.",
])
def test_red_flag_words_not_said_of_a_result(text):
    assert excerpts(RedFlagHypeWord(), text) == []


def test_a_treatment_named_beside_a_price_is_still_praised():
    text = "At half the price, the new insulin pump is a game changer."
    assert excerpts(RedFlagHypeWord(), text) == ["game changer"]


def test_extra_words_option():
    text = "A life-altering therapy for MS."
    assert excerpts(RedFlagHypeWord(), text) == []
    assert excerpts(RedFlagHypeWord(), text, **{"extra-words": ["life altering"]}) == ["life-altering"]


def test_density_threshold_and_negation():
    text = "The remarkable results were unprecedented and the response dramatic.\n"
    assert len(run(HypeDensity(), text)) == 1
    assert run(HypeDensity(), text, threshold=4) == []
    calm = "The results were not remarkable, nothing was unprecedented, and the response was dramatic.\n"
    assert run(HypeDensity(), calm) == []


def test_density_needs_a_softer_word():
    # Three red-flag words: HYP001 flags each one; HYP002 adds nothing.
    text = "A breakthrough, a game-changer and a new era, says the clinic.\n"
    assert run(HypeDensity(), text) == []
    assert len(run(RedFlagHypeWord(), text)) == 3


def test_headline_hype():
    findings = run(HypeDensity(), "# Astonishing Results for MS Drug\n\nThe trial enrolled 40 people.\n")
    assert [f.excerpt for f in findings] == ["Astonishing"]
    assert findings[0].severity.label == "info"
    # A red-flag word in the title is HYP001's alone.
    assert run(HypeDensity(), "# Breakthrough for MS\n\nThe trial enrolled 40 people.\n") == []
    assert run(HypeDensity(), "# What a trial of 40 people found\n\nThe results are promising.\n") == []


def test_headline_extra_words():
    text = "# Life-altering results\n\nThe trial enrolled 40 people.\n"
    assert run(HypeDensity(), text) == []
    assert [f.excerpt for f in run(HypeDensity(), text, **{"extra-words": ["life-altering"]})] == ["Life-altering"]


def test_html_title_and_heading():
    html = "<html><head><title>Stunning results</title></head><body><p>Text.</p></body></html>"
    assert excerpts(HypeDensity(), html, path="page.html") == ["Stunning"]


def test_a_speakers_hype_beside_the_numbers_is_information():
    numbers = ("In the trial, 30 of 60 people on the drug had no attacks for a year, against 12 of 60 on "
               "placebo.\n\n")
    quoted = '"This is a real breakthrough," said the lead researcher.\n'
    own = "This is a real breakthrough for people with migraine.\n"
    title = "# Migraine drug trial\n\n"
    assert [f.severity.label for f in run(RedFlagHypeWord(), title + numbers + quoted)] == ["info"]
    assert [f.severity.label for f in run(RedFlagHypeWord(), title + quoted)] == ["warning"]
    assert [f.severity.label for f in run(RedFlagHypeWord(), title + numbers + own)] == ["warning"]


def test_a_quoted_word_in_a_story_that_gives_figures_of_any_outcome_is_information():
    # (v0.30.22, seed-2056 audit) Risks and counts of who responded, not the benefit in numbers: the
    # reader can still weigh a quoted "paradigm shift" against them; not the writer's own word.
    figures = ("Of the 300 men tested, 18 went on to have a biopsy, and 2 of those 18 had a bleed afterwards. A "
               "false alarm happened in 1 in 10 men.\n\n")
    quoted = '"We are living through a paradigm shift in screening," said an outside expert.\n'
    own = "This test is a paradigm shift in screening.\n"
    title = "# A new blood test for prostate cancer\n\n"
    assert [f.severity.label for f in run(RedFlagHypeWord(), title + figures + quoted)] == ["info"]
    assert [f.severity.label for f in run(RedFlagHypeWord(), title + quoted)] == ["warning"]
    assert [f.severity.label for f in run(RedFlagHypeWord(), title + figures + own)] == ["warning"]


def test_a_name_others_gave_it_beside_the_effect_in_numbers_is_information():
    from mslint.api import lint_text
    from mslint.engine.planner import Overrides

    text = ("# Daily pill prevents infection\n\nThe pill, widely hailed as a breakthrough, cut infections: 36 of "
            "1,000 people on it were infected against 64 of 1,000 on a dummy pill.\n")
    found = lint_text(text, "a.md", overrides=Overrides(select=("HYP001",)))
    assert [(f.code, f.severity.label) for f in found] == [("HYP001", "info")]
    bare = text.replace("widely hailed as a breakthrough", "a breakthrough")
    assert [f.severity.label for f in lint_text(bare, "a.md", overrides=Overrides(select=("HYP001",)))] == ["warning"]


def test_a_name_others_gave_it_a_few_words_back_beside_a_figure_in_its_sentence_is_information():
    # "hailed as the first real prevention breakthrough" with the effect in the same sentence; the
    # writer's own word, or a name passed on with no figure anywhere, stays a warning.
    from mslint.api import lint_text
    from mslint.engine.planner import Overrides

    def severities(text):
        return [f.severity.label for f in lint_text(text, "a.md", overrides=Overrides(select=("HYP001",)))]

    sized = ("# A daily pill\n\nIn a result widely hailed as the first real prevention breakthrough for the "
             "virus, the pill cut new infections by 40%.\n")
    assert severities(sized) == ["info"]
    assert severities(sized.replace(" by 40%", "")) == ["warning"]
    assert severities(sized.replace("widely hailed as the first real prevention breakthrough",
                                    "the first real prevention breakthrough")) == ["warning"]
