"""Front matter is content: title, description, summary, subtitle and excerpt values are linted
with exact positions inside the YAML or TOML, and HTML <meta> descriptions and social titles too."""

import re
from pathlib import Path

import pytest

from helpers import run
from mslint.api import lint_text
from mslint.config import parse_config
from mslint.engine.planner import Overrides
from mslint.reading import read_document

CLAIMS = Overrides(select=("CLM001", "HYP001", "MSL"))


def found(source: str, path: str = "a.md", **kwargs):
    """(line, column, end_line, end_column, code, excerpt); every excerpt is checked against the raw lines."""
    findings = lint_text(source, path, overrides=CLAIMS, **kwargs)
    lines = re.split(r"\r\n|\r|\n", source)
    for f in findings:
        if f.line == f.end_line:
            assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.excerpt, f
    return [(f.line, f.column, f.end_line, f.end_column, f.code, f.excerpt) for f in findings]


BODY = "\n# What the trial found\n\nResearchers followed 40 people with MS for two years.\n"


def test_the_headline_in_front_matter_is_linted_from_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(
        '---\ntitle: "Miracle breakthrough: revolutionary stem cells cure MS"\ndate: 2025-03-01\n---\n' + BODY
    )
    code, out, _ = run("--isolated", "a.md")
    assert code == 1
    assert out == (
        'a.md:2:9: HYP001 [warning] Hype word "Miracle": say what was found and how large the effect is\n'
        'a.md:2:17: HYP001 [warning] Hype word "breakthrough": say what was found and how large the effect is\n'
        'a.md:2:31: HYP001 [warning] Hype word "revolutionary": say what was found and how large the effect is\n'
        'a.md:2:56: CLM001 [error] Unqualified cure claim: "cure MS"; say what the evidence shows (how many people improved, for how long)\n'
    )


def test_every_default_key_is_prose_and_others_are_not():
    source = (
        "---\n"
        "title: Stem cells cure MS\n"
        "description: This treatment cures MS.\n"
        "summary: It cures MS.\n"
        "subtitle: It cures MS\n"
        "excerpt: It cures MS\n"
        "author: It cures MS\n"
        "tags: [cures MS]\n"
        "---\n" + BODY
    )
    assert found(source) == [
        (2, 19, 2, 26, "CLM001", "cure MS"),
        (3, 29, 3, 37, "CLM001", "cures MS"),
        (4, 13, 4, 21, "CLM001", "cures MS"),
        (5, 14, 5, 22, "CLM001", "cures MS"),
        (6, 13, 6, 21, "CLM001", "cures MS"),
    ]
    document = read_document("a.md", source)
    assert [block.kind for block in document.blocks][:5] == ["title", "summary", "summary", "summary", "summary"]


def test_double_quoted_escapes_map_back_to_their_raw_columns():
    source = '---\ntitle: "Our \\"new\\" caf\\u00e9 \\\\ a miracle: stem cells cure MS"\n---\n' + BODY
    assert found(source) == [
        (2, 36, 2, 43, "HYP001", "miracle"),
        (2, 56, 2, 63, "CLM001", "cure MS"),
    ]
    document = read_document("a.md", source)
    title = document.blocks[0]
    assert document.text[title.start : title.end] == 'Our "new" café \\ a miracle: stem cells cure MS'


def test_single_quoted_doubled_quote():
    source = "---\ntitle: 'It''s a miracle: stem cells cure MS'\n---\n" + BODY
    assert found(source) == [(2, 17, 2, 24, "HYP001", "miracle"), (2, 37, 2, 44, "CLM001", "cure MS")]


def test_plain_scalar_over_two_lines_with_a_comment():
    source = "---\ntitle: Our stem cells\n  cure MS, and fast # not prose: cures MS\ndate: 2025-01-01\n---\n" + BODY
    assert found(source) == [(3, 3, 3, 10, "CLM001", "cure MS")]


def test_quoted_scalar_over_two_lines():
    source = '---\ndescription: "Our clinic and\n  its cells cure MS."\n---\n' + BODY
    assert found(source) == [(3, 13, 3, 20, "CLM001", "cure MS")]


@pytest.mark.parametrize("indicator", [">", "|", ">-", "|+", ">2"])
def test_folded_and_literal_block_scalars(indicator):
    source = f"---\ndescription: {indicator}\n  Our clinic and\n  its cells cure MS.\ntitle: Calm words\n---\n" + BODY
    assert found(source) == [(4, 13, 4, 20, "CLM001", "cure MS")]


def test_values_the_scanner_cannot_place_exactly_are_left_out():
    # A tag, an anchor and an invalid escape: no block rather than a finding at the wrong column.
    for value in ("!!str Stem cells cure MS", "&t Stem cells cure MS", '"Stem cells cure MS \\q"'):
        source = f"---\ntitle: {value}\n---\n" + BODY
        document = read_document("a.md", source)
        assert all(block.kind != "title" or document.text[block.start : block.end] == "What the trial found"
                   for block in document.blocks), value
        assert found(source) == [], value


def test_toml_front_matter_strings():
    source = (
        "+++\n"
        'title = "A \\"miracle\\": cells cure MS"\n'
        "description = 'Literal: cells cure MS'\n"
        'summary = """\nMulti-line: the cells\ncure MS."""\n'
        "[params]\n"
        'subtitle = "not top level: cures MS"\n'
        "+++\n" + BODY
    )
    assert found(source) == [
        # A quoted word in the title is the headline's own selling (since 0.8.0), and its column
        # is counted through the escaped quotation marks.
        (2, 14, 2, 21, "HYP001", "miracle"),
        (2, 31, 2, 38, "CLM001", "cure MS"),
        (3, 31, 3, 38, "CLM001", "cure MS"),
        (6, 1, 6, 8, "CLM001", "cure MS"),
    ]


def test_front_matter_keys_setting():
    config = parse_config({"front-matter-keys": ["title", "lede"]}, Path("/site/.mslint.toml"))
    source = "---\ntitle: Calm words\nlede: The cells cure MS.\ndescription: The cells cure MS.\n---\n" + BODY
    assert found(source, config=config) == [(3, 17, 3, 24, "CLM001", "cure MS")]
    none = parse_config({"front-matter-keys": []}, Path("/site/.mslint.toml"))
    assert found(source, config=none) == []


def test_bad_front_matter_keys_setting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path(".mslint.toml").write_text('front-matter-keys = "title"\n')
    Path("a.md").write_text("Text.\n")
    code, _, err = run("a.md")
    assert code == 2
    assert err.endswith(".mslint.toml: key 'front-matter-keys': expected a list of keys, e.g. [\"title\", \"description\"]\n")


def test_suppression_in_a_front_matter_comment_and_in_the_body():
    source = (
        "---\n"
        "# <!-- mslint-disable-next-line CLM001: the clinic's own headline, quoted -->\n"
        "title: Stem cells cure MS\n"
        "description: The cells cure MS.\n"
        "---\n" + BODY
    )
    assert found(source) == [(4, 24, 4, 31, "CLM001", "cure MS")]
    whole_file = source + "\n<!-- mslint-disable-file CLM001 -->\n"
    assert found(whole_file) == []


def test_a_directive_inside_a_value_is_not_a_directive():
    source = '---\ntitle: "<!-- mslint-disable-file --> Stem cells cure MS"\n---\n' + BODY
    assert [row[4] for row in found(source)] == ["CLM001"]


def test_crlf_and_bom():
    source = "\ufeff---\r\ntitle: Stem cells cure MS\r\n---\r\n" + BODY.replace("\n", "\r\n")
    assert found(source) == [(2, 19, 2, 26, "CLM001", "cure MS")]


def test_html_meta_description_and_social_title():
    source = (
        "<html><head>\n"
        "<title>Calm words</title>\n"
        '<meta name="description" content="R&amp;D news: the cells cure MS.">\n'
        "<meta property='og:title' content='A miracle'>\n"
        '<meta name="author" content="Cures MS Clinic">\n'
        "</head><body><p>Researchers followed 40 people.</p></body></html>\n"
    )
    assert found(source, "a.html") == [
        (3, 59, 3, 66, "CLM001", "cure MS"),
        (4, 38, 4, 45, "HYP001", "miracle"),
    ]
    document = read_document("a.html", source)
    assert [block.kind for block in document.blocks] == ["title", "summary", "title", "paragraph"]
    assert document.metadata["title"] == "Calm words"


# -- property: whatever the YAML style, a field is exact or absent ------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from mslint.reading.frontmatter import read_front_matter  # noqa: E402
from mslint.reading.frontmatter_fields import front_matter_fields  # noqa: E402

TEXT = st.text(alphabet=st.sampled_from(list("ab cé:#'\"\\-!?&*[]{}|>\t😀\u2028")), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from([None, '"', "'", "|", ">"]), st.sampled_from([12, 40, 200]))
def test_yaml_fields_are_exact_or_absent(value, style, width):
    import yaml

    source = "---\n" + yaml.safe_dump({"title": value}, default_style=style, width=width, allow_unicode=True) + "---\n"
    front = read_front_matter(source)
    for field in front_matter_fields(source, front, ["title"]):
        assert field.value.split() == front.metadata["title"].split()
        for piece in field.pieces:
            raw = source[piece.raw_start : piece.raw_end]
            assert piece.raw_start < piece.raw_end
            if raw == piece.text:
                continue
            # A replacement stands for an escape, a doubled quote or a folded line break.
            assert raw.startswith(("\\", "''")) or raw.strip(" \t") == "" or "\n" in raw, (raw, piece.text)


@pytest.mark.parametrize("style", ['"', "'", None])
def test_ordinary_titles_are_found_in_every_quoting_style(style):
    import yaml

    value = "Stem cells: what the 2025 trial found, and what it did not"
    source = "---\n" + yaml.safe_dump({"title": value}, default_style=style, width=30) + "---\n"
    (field,) = front_matter_fields(source, read_front_matter(source), ["title"])
    assert field.value.split() == value.split()


def test_front_matter_summaries_are_not_body_text_to_structure_rules():
    source = (
        "---\ntitle: Hospital opens a new MS day unit\ndescription: Photo of the new unit\n"
        "summary: Closer to home\nsubtitle: Shorter trips\n---\n\n"
        "# Hospital opens a new MS day unit\n\nHospital opens a new MS day unit\n\nThe unit gives infusions.\n"
    )
    findings = lint_text(source, "a.md", overrides=Overrides(select=("STR001", "STR002")))
    # The repeated title is still found past three summaries; a description is no left-over caption.
    assert [(f.line, f.column, f.code) for f in findings] == [(10, 1, "STR001")]
