"""More file types: MDX (JSX, ESM and expressions masked), Quarto and R Markdown, and the
extend-include setting for other extensions."""

from pathlib import Path

import pytest

from helpers import CLAIM, run
from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.reading import read_document
from test_readers import assert_maps_back

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
MDX = (FIXTURES / "page.mdx").read_text(encoding="utf-8")
CLAIMS = Overrides(select=("CLM001", "MSL"))


def positions(source: str, path: str):
    return [(f.line, f.column, f.end_line, f.end_column, f.code, f.excerpt)
            for f in lint_text(source, path, overrides=CLAIMS)]


def test_mdx_lints_markdown_and_jsx_children_only():
    # Line 14 is a JSX element's Markdown child; line 25's claim is suppressed by an MDX comment;
    # ESM, attributes, {expressions}, {/* comments */} and code hold "cures MS" too and are silent.
    assert positions(MDX, "page.mdx") == [
        (14, 23, 14, 31, "CLM001", "cures MS"),
        (31, 58, 31, 65, "CLM001", "cure MS"),
    ]


def test_mdx_text_and_positions():
    document = read_document("page.mdx", MDX)
    assert document.source == MDX
    assert [(block.kind, " ".join(document.text[block.start : block.end].split())) for block in document.blocks] == [
        ("title", "Stem cells and MS"),
        ("heading", "What the trial found"),
        ("paragraph", "Our stem cell therapy cures MS."),
        ("paragraph", "The trial enrolled people; some improved."),
        ("paragraph", "Our stem cell therapy cures MS."),
        ("paragraph", "Use only in code. New trials cure MS at last."),
    ]
    assert_maps_back(document)


def test_mdx_tags_with_braces_and_quotes_and_a_lone_less_than():
    source = '<Quote by="A > B" data={{a: "}"}}>\nOur cells cure MS.\n</Quote>\n\nDoses of <5 mg: the cells cure MS.\n'
    assert positions(source, "a.mdx") == [(2, 11, 2, 18, "CLM001", "cure MS"), (5, 27, 5, 34, "CLM001", "cure MS")]


def test_mdx_has_no_indented_code():
    source = "<Note>\n    Our cells cure MS.\n</Note>\n"
    assert positions(source, "a.mdx") == [(2, 15, 2, 22, "CLM001", "cure MS")]


QMD = """---
title: "MS trial notes"
---

::: {.callout-note}
Our cells cure MS.
:::

## Results {#sec-results}

```{r}
#| echo: false
print("stem cells cure MS")
```

The mean was `r mean(x)`; {{< video https://example.org/cure-ms >}} the cells cure MS.
"""


@pytest.mark.parametrize("path", ["notes.qmd", "notes.Rmd"])
def test_quarto_and_r_markdown(path):
    assert positions(QMD, path) == [
        (6, 11, 6, 18, "CLM001", "cure MS"),
        (16, 79, 16, 86, "CLM001", "cure MS"),
    ]
    document = read_document(path, QMD)
    assert [(block.kind, " ".join(document.text[block.start : block.end].split())) for block in document.blocks] == [
        ("title", "MS trial notes"),
        ("paragraph", "Our cells cure MS."),
        ("heading", "Results"),
        ("paragraph", "The mean was ; the cells cure MS."),
    ]
    assert_maps_back(document)


def test_folders_pick_up_mdx_qmd_and_rmd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a.mdx", "b.qmd", "c.rmd", "d.mdoc"):
        Path(name).write_text(CLAIM)
    _, out, _ = run("--isolated", "--select", "CLM001", ".")
    assert [line.split(":")[0] for line in out.splitlines()] == ["a.mdx", "b.qmd", "c.rmd"]


def test_extend_include_maps_more_extensions_to_a_reader(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path(".mslint.toml").write_text('extend-include = {".mdoc" = "markdown", ".njk" = "html"}\n')
    Path("site").mkdir()
    Path("site/a.mdoc").write_text("# Title\n\n```\ncures MS\n```\n\n" + CLAIM)
    Path("site/b.njk").write_text("<nav>Our cells cure MS.</nav><p>" + CLAIM + "</p>\n")
    _, out, _ = run("--select", "CLM001", "site")
    assert out.splitlines() == [
        'site/a.mdoc:7:23: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)',
        'site/b.njk:1:55: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)',
    ]


@pytest.mark.parametrize("body,message", [
    ('extend-include = [".mdoc"]\n', "key 'extend-include': expected a table of \".extension\" = \"reader\""),
    ('extend-include = {"mdoc" = "markdown"}\n', "key 'extend-include.mdoc': expected an extension starting with a dot"),
    ('extend-include = {".mdoc" = "asciidoc"}\n',
     "key 'extend-include..mdoc': expected a reader: one of text, markdown, html, mdx, quarto (got 'asciidoc')"),
])
def test_bad_extend_include_is_one_line_exit_2(tmp_path, monkeypatch, body, message):
    monkeypatch.chdir(tmp_path)
    Path(".mslint.toml").write_text(body)
    Path("a.md").write_text(CLAIM)
    code, out, err = run("a.md")
    assert (code, out) == (2, "")
    assert message in err and err.count("\n") == 1


def test_input_format_mdx_for_standard_input():
    code, out, _ = run("-", "--input-format", "mdx", "--isolated", stdin=b"import X from 'x'\n\n" + CLAIM.encode())
    assert code == 1 and out.startswith("<stdin>:3:23: CLM001")
