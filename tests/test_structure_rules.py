"""Structure rules (STR001-STR005): repeated titles, scraped image text, misplaced headings,
empty sections, missing authors."""

import pytest

from mslint.engine.runner import ActiveRule, check_document
from mslint.reading import read_document
from mslint.rules.structure import (
    EmptySection,
    MisplacedHeading,
    MissingAuthor,
    ScrapedImageText,
    TitleRepeated,
    scraped_label,
    stem,
    structure_rules,
)


def lint(rule, source, path="x.md"):
    document = read_document(path, source)
    return check_document(document, [ActiveRule(rule, rule.meta.severity, dict(rule.default_options))],
                          report_unused=False).findings


def found(rule, source, path="x.md"):
    return [(f.line, f.excerpt) for f in lint(rule, source, path)]


# -- STR001 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, path, expected",
    [
        ("# Stem cells and MS\n\nStem cells and MS\n\nBody text.\n", "x.md", [(3, "Stem cells and MS")]),
        ("---\ntitle: Stem cells and MS\n---\n\nStem cells and MS\n\nBody.\n", "x.md", [(5, "Stem cells and MS")]),
        ("Stem cells and MS\nStem cells and MS\nClinic logo\n\nBody.\n", "x.txt", [(2, "Stem cells and MS")]),
        ("<title>Stem cells | Site</title><h1>Stem cells and MS</h1><p>Stem cells and MS</p><p>Body.</p>",
         "x.html", [(1, "Stem cells and MS")]),
    ],
)
def test_title_repeated(source, path, expected):
    assert found(TitleRepeated(), source, path) == expected


@pytest.mark.parametrize(
    "source, path",
    [
        ("---\ntitle: Stem cells and MS\n---\n\n# Stem cells and MS\n\nBody text.\n", "x.md"),
        ("<title>Stem cells and MS</title><h1>Stem cells and MS</h1><p>Body.</p>", "x.html"),
        ("Stem cells and MS\n\nStem cells and MS are the topic of this page.\n", "x.txt"),
        ("# Stem cells\n\nIntro one.\n\nIntro two.\n\nIntro three.\n\nStem cells\n", "x.md"),
    ],
)
def test_title_not_repeated(source, path):
    assert found(TitleRepeated(), source, path) == []


# -- STR002 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Clinic logo", "Illustration of a neuron", "Photo of smiling patient in the clinic garden", "Image: Getty Images",
     "Credit: Jane Smith/Alamy", "Photo credit: Shutterstock", "A photo of the treatment room", "© Getty Images",
     "Pictured: Karen Doyle at home"],
)
def test_scraped_labels(line):
    assert scraped_label(line)


@pytest.mark.parametrize(
    "line",
    ["The clinic logo shows a tree.", "Photo of the clinic garden hangs in the lobby.", "Image-guided surgery is common",
     "Images of the brain help doctors", "Credit card payments accepted", "Our logo",
     "Credit: we accept all major cards and bank transfers", "Source: National MS Society", "Illustrations of hope"],
)
def test_prose_is_not_a_scraped_label(line):
    assert not scraped_label(line)


def test_scraped_lines_inside_blocks_and_wrapped_prose():
    text = "Welcome to our clinic.\nClinic logo\n\nOur garden is lovely. A photo of\nthe garden is on the wall.\n"
    assert found(ScrapedImageText(), text, "x.txt") == [(2, "Clinic logo")]
    markdown = "# T\n\nOur clinic is near the sea and we\nPhoto of smiling patients\n"
    assert found(ScrapedImageText(), markdown) == [(4, "Photo of smiling patients")]


def test_real_alt_text_and_captions_are_not_flagged():
    markdown = "# T\n\n![Illustration of a neuron](n.png)\n\nText.\n"
    html = ('<figure><img src="a.png" alt="Photo of a nurse"><figcaption>Image: Getty Images</figcaption></figure>'
            "<p>Text.</p>")
    assert found(ScrapedImageText(), markdown) == []
    assert found(ScrapedImageText(), html, "x.html") == []
    captioned = "# T\n\n![A nurse at work](n.jpg)\n*Photo: Getty Images*\n\nText.\n"
    assert found(ScrapedImageText(), captioned) == []


# -- STR003 --------------------------------------------------------------------------------------

SHIFTED = """# Stem cells and MS

Transplants reset the immune system with chemotherapy before the stem cells are returned.

## How the transplant works

Infections, infertility and early menopause are the main risks, and a few people die.

## Risks and infections

A transplant costs between 40,000 and 120,000 dollars, and insurers rarely pay.

## Costs and insurers

Ask your neurologist whether you are eligible.
"""
IN_PLACE = """# Stem cells and MS

Ask your neurologist whether you are eligible.

## How the transplant works

Transplants reset the immune system with chemotherapy before the stem cells are returned.

## Risks and infections

Infections, infertility and early menopause are the main risks, and a few people die.

## Costs and insurers

A transplant costs between 40,000 and 120,000 dollars, and insurers rarely pay.
"""


def test_misplaced_headings_need_a_pattern():
    assert [line for line, _ in found(MisplacedHeading(), SHIFTED)] == [5, 9, 13]
    assert found(MisplacedHeading(), IN_PLACE) == []


# Two of four headings happen to repeat the words of the section above ("high dose", "muscle
# aches"): two chance matches among four headings are no pattern.
TWO_OF_FOUR = """# A statin for progressive MS

The trial gave 700 people a high dose of the drug or a dummy pill.

## High dose

Muscle aches were the commonest side effect; one person stopped because of them.

## Muscle aches

Disability got worse at the same pace in both groups over three years.

## What the trial found

An earlier, smaller study had seen slower brain shrinkage on the drug.

## Why people hoped

Anyone taking a statin for their heart should keep taking it.
"""


def test_two_chance_matches_among_four_headings_are_no_pattern():
    assert found(MisplacedHeading(), TWO_OF_FOUR) == []


def test_one_heading_echoing_the_previous_paragraph_is_not_enough():
    one = IN_PLACE.replace("Ask your neurologist whether you are eligible.",
                           "Ask your neurologist whether you are eligible and how the transplant works.")
    assert found(MisplacedHeading(), one) == []


def test_stemming():
    assert stem("infections") == stem("infection")
    assert stem("costs") == stem("cost")
    assert stem("transplantation") == stem("transplant")


# -- STR004 --------------------------------------------------------------------------------------


def test_empty_sections():
    source = "# T\n\n## A\n\n## B\n\ntext\n\n### C\n\n## D\n\ntext\n\n## E\n\n### F\n\ntext\n"
    assert found(EmptySection(), source) == [(3, "A"), (9, "C")]


def test_empty_sections_in_plain_text_need_hash_headings():
    assert found(EmptySection(), "## The risks\n\n## Costs\n\nText.\n", "x.txt") == [(1, "The risks")]
    assert found(EmptySection(), "Title\n\nSection one\n\nSection two\n\nText here.\n", "x.txt") == []


def test_heading_then_image_is_not_empty():
    assert found(EmptySection(), "# T\n\n## A\n\n![Diagram of the spine](a.png)\n\n## B\n\ntext\n") == []


# -- STR005 --------------------------------------------------------------------------------------

BODY = ("A hospital team has begun offering stem-cell transplants to more people with multiple sclerosis. "
        "The treatment uses chemotherapy to reset the immune system before rebuilding it from the patient's own "
        "stem cells. Doctors say it suits people with very active relapsing MS, and that its risks, which include "
        "serious infections, need careful discussion.\n")


def test_missing_author():
    assert found(MissingAuthor(), "# Transplants for MS\n\n" + BODY) == [(1, "Transplants for MS")]


@pytest.mark.parametrize(
    "source, path",
    [
        ("---\nauthor: Jo Smith\n---\n\n# Transplants\n\n" + BODY, "x.md"),
        ("# Transplants\n\n*By Jonas Feld, MS nurse specialist.*\n\n" + BODY, "x.md"),
        ("Transplants\n\nPosted 5 May 2025 by the Regenix Academy team\n\n" + BODY, "x.txt"),
        ("# Transplants\n\n" + BODY + "\nReviewed by Dr Omar Haddad, neurologist.\n", "x.md"),
        ('<meta name="author" content="Eastbrook Neurology"><p>' + BODY + "</p>", "x.html"),
        ("# Transplants\n\nShort.\n", "x.md"),
    ],
)
def test_author_found_or_too_short(source, path):
    assert found(MissingAuthor(), source, path) == []


def test_registration_function():
    assert [rule.meta.code for rule in structure_rules()] == ["STR001", "STR002", "STR003", "STR004", "STR005"]
