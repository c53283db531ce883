"""Inline suppression comments: ranges, next line, whole file, codes, reasons, unused ones."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

SELECT = Overrides(select=("CLM", "COM", "MSL"))


def lint(text: str, path: str = "a.txt"):
    return [(f.line, f.code) for f in lint_text(text, path, overrides=SELECT)]


def test_disable_enable_range():
    text = (
        "It cures MS.\n"
        "<!-- mslint-disable CLM001 -- quoting the clinic's advert -->\n"
        "It cures MS.\n"
        "<!-- mslint-enable CLM001 -->\n"
        "It cures MS.\n"
    )
    assert lint(text) == [(1, "CLM001"), (5, "CLM001")]


def test_disable_next_line_only_that_line():
    text = "<!-- mslint-disable-next-line CLM001 -->\nIt cures MS.\nIt cures MS.\n"
    assert lint(text) == [(3, "CLM001")]


def test_disable_without_codes_covers_all_rules():
    text = "<!-- mslint-disable-next-line -->\nIt cures MS. Get your free quote.\n"
    assert lint(text) == []


def test_disable_file_with_code_and_prefix():
    text = "It cures MS. Get your free quote.\n<!-- mslint-disable-file COM -->\n"
    assert lint(text) == [(1, "CLM001")]


def test_codes_by_name_and_comma_list():
    text = "<!-- mslint-disable-next-line unqualified-cure-claim, COM001 -->\nIt cures MS. Get your free quote.\n"
    assert lint(text) == []


def test_unused_suppression_is_reported_as_info():
    text = "<!-- mslint-disable-next-line CLM001 -->\nThere is no cure for MS.\n"
    findings = lint_text(text, "a.txt", overrides=SELECT)
    assert [(f.line, f.column, f.end_column, f.code, f.severity.label) for f in findings] == [
        (1, 1, 41, "MSL001", "info")
    ]
    assert findings[0].message == "Unused suppression (mslint-disable-next-line CLM001): nothing to suppress here"


def test_unused_not_reported_when_msl_not_selected():
    text = "<!-- mslint-disable-next-line CLM001 -->\nThere is no cure for MS.\n"
    assert lint_text(text, "a.txt", overrides=Overrides(select=("CLM",))) == []


def test_directive_inside_markdown_code_is_ignored():
    text = "```\n<!-- mslint-disable-file -->\n```\n\nIt cures MS.\n"
    assert lint(text, "a.md") == [(5, "CLM001")]


def test_directives_in_html():
    text = "<p>It cures MS.</p>\n<!-- mslint-disable-next-line CLM001 -->\n<p>It cures MS.</p>\n"
    assert lint(text, "a.html") == [(1, "CLM001")]


def test_reason_after_a_colon_or_a_dash():
    for reason in (": quoting the advert", " -- quoting the advert", " - quoting the advert",
                   " — quoting the advert", "—quoting the advert", ":quoting"):
        text = f"<!-- mslint-disable COM001{reason} -->\nBook your consultation today.\n<!-- mslint-enable COM001 -->\n"
        assert lint(text) == [], reason


def test_rule_names_with_hyphens_are_not_cut_at_the_dash():
    text = "<!-- mslint-disable-next-line unqualified-cure-claim -- the clinic's words -->\nIt cures MS.\n"
    assert lint(text) == []


def test_a_word_that_names_no_rule_is_reported_and_the_named_codes_still_apply():
    text = "<!-- mslint-disable-next-line CLM001 quoting the advert -->\nIt cures MS. Book your consultation today.\n"
    findings = lint_text(text, "a.txt", overrides=SELECT)
    assert [(f.line, f.column, f.end_line, f.end_column, f.code, f.severity.label, f.message) for f in findings] == [
        (1, 1, 1, 60, "MSL004", "warning",
         "Suppression comment not understood: 'quoting', 'the', 'advert' name no rule code, prefix, name or "
         "category; write a reason after ':' or ' -- '"),
        (2, 14, 2, 36, "COM001", "warning", 'Sales call to action: "Book your consultation"'),
    ]


def test_a_directive_naming_only_unknown_words_suppresses_nothing():
    # Read as "every rule" it would hide everything on the line.
    text = "<!-- mslint-disable-next-line quoting -->\nIt cures MS.\n"
    assert lint(text) == [(1, "MSL004"), (2, "CLM001")]


def test_unknown_verb_is_reported():
    text = "<!-- mslint-disabel CLM001 -->\nIt cures MS.\n"
    findings = lint_text(text, "a.txt", overrides=SELECT)
    assert [(f.line, f.code) for f in findings] == [(1, "MSL004"), (2, "CLM001")]
    assert findings[0].message == (
        "Suppression comment not understood: unknown directive 'mslint-disabel' "
        "(use mslint-disable, mslint-disable-file, mslint-disable-next-line, mslint-enable)"
    )


def test_malformed_directives_are_selectable_like_rules():
    text = "<!-- mslint-disabel CLM001 -->\nIt cures MS.\n"
    assert [(f.line, f.code) for f in lint_text(text, "a.txt", overrides=Overrides(select=("CLM",)))] == [(2, "CLM001")]


def test_a_code_retired_in_0_2_0_still_suppresses_and_selects_the_rule_that_replaced_it():
    """FCT060 (natalizumab called a stem-cell therapy) became FCT004 when the fact rules became
    one per relation; a suppression or selection written for it must not break or go silent."""
    text = ("Natalizumab is a stem cell therapy for MS.\n"
            "<!-- mslint-disable-next-line FCT060 -->\n"
            "Natalizumab is a stem cell therapy for MS.\n")
    found = lint_text(text, "a.txt", overrides=Overrides(select=("FCT060", "MSL")))
    assert [(f.line, f.code) for f in found] == [(1, "FCT004")]
    assert lint_text(text, "a.txt", overrides=Overrides(select=("FCT",), ignore=("FCT060",))) == []


@pytest.mark.parametrize("old, new, text", [
    ("CLM004", "HYP003", "Our infusion is a wonder drug.\n"),
    ("FCT007", "TRM004", "Multiple sclerosis (MS) is common. Her progressive-relapsing MS is mild.\n"),
    ("EVD010", "FCT014", "Each tub comes from an FDA-registered plant. Order now and save 20%.\n"),
    ("EVD012", "FCT015", "NICE recommends our foot wand as the best treatment for heel pain. Book today for £70.\n"),
])
def test_a_renamed_code_still_suppresses_selects_and_explains(old, new, text):
    """A miracle became hype (HYP003) and a retired term terminology (TRM004) in 0.6.0, and an
    approval or a guideline's backing claimed by a page that sells became factual (FCT014, FCT015)
    in 0.14.0: the categories editors file them under. Configurations and comments that name the
    old codes work."""
    from helpers import run

    suppressed = f"<!-- mslint-disable-next-line {old} -->\n" + text
    assert [f.code for f in lint_text(text, "a.txt", overrides=Overrides(select=(old,)))] == [new]
    assert lint_text(suppressed, "a.txt", overrides=Overrides(select=(old, "MSL"))) == []
    code, out, _ = run("--explain", old)
    assert code == 0 and out.startswith(new)


APPROVAL = "# AHSCT for MS\n\nOur AHSCT for MS is FDA-approved. Book your consultation today for $19,500.\n"


def test_a_general_finding_yields_to_a_sourced_fact_on_the_same_words():
    """FCT014 ("approval claimed") yields to FCT003's fact about the same approval: one finding."""
    assert [f.code for f in lint_text(APPROVAL, "a.md", overrides=Overrides(select=("FCT",)))] == ["FCT003"]


@pytest.mark.parametrize("overrides, text", [
    (Overrides(select=("FCT",), ignore=("FCT003",)), APPROVAL),
    (Overrides(select=("FCT", "MSL")),
     APPROVAL.replace("Our AHSCT", "<!-- mslint-disable-next-line FCT003: checked -->\nOur AHSCT")),
])
def test_it_does_not_yield_to_a_finding_the_reader_will_not_see(overrides, text):
    """Ignored or suppressed, the fact says nothing to the reader, so the general finding stays."""
    assert [f.code for f in lint_text(text, "a.md", overrides=overrides)] == ["FCT014"]


def _finding(code: str, column: int, end_column: int):
    from mslint.model import Finding, Severity

    return Finding("a.md", 1, column, 1, end_column, code, "name", "evidence", Severity.WARNING, "message", "excerpt")


def test_a_finding_that_yielded_takes_nothing_away_but_what_it_yielded_to_does():
    """EVD016 yields to EVD003, which yields to EVD017. Where EVD017 covers EVD003 but not EVD016, the
    reviews counted (EVD016) still stand; where EVD017 covers EVD016 too, it is one finding, EVD017's."""
    from mslint.engine.runner import _without_yielded

    yields = {"EVD016": frozenset({"EVD003"}), "EVD003": frozenset({"EVD017"})}
    apart = [_finding("EVD016", 1, 30), _finding("EVD003", 1, 90), _finding("EVD017", 40, 90)]
    assert [f.code for f in _without_yielded(apart, yields)] == ["EVD016", "EVD017"]
    together = [_finding("EVD016", 1, 30), _finding("EVD003", 1, 90), _finding("EVD017", 10, 90)]
    assert [f.code for f in _without_yielded(together, yields)] == ["EVD017"]
