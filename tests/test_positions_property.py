"""Whatever the input, findings point into the raw file exactly and the output is deterministic."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mslint.api import lint_text

# Fragments that exercise the readers and the rules together: claims, markup, entities, breaks.
FRAGMENTS = st.sampled_from([
    "Stem cells cure MS. ", "There is no cure for MS. ", "Can HSCT cure MS? ", "Get your free quote today! ",
    "MS sufferers ", "no side effects ", "PML after HSCT. ", "**bold** ", "_em_ ", "`cures MS` ",
    "[our cure](https://x.example/cure?ref=a) ", "<p>", "</p>", "<!-- ", " -->", "<b>cures MS</b>", "&amp; ",
    "&nbsp;", "&#8217;", "&am", "\n", "\r\n", "\r", "\n\n", "# ", "- ", "1. ", "> ", "```\n", "| a | b |\n",
    "<script>cures MS</script>", "<!-- mslint-disable-next-line -->\n", "---\ntitle: x\n---\n", "é✓😀 ",
])
DOCUMENTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=30)), max_size=40).map("".join)


def source_lines(text: str) -> list[str]:
    return re.split(r"\r\n|\r|\n", text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENTS, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_findings_point_exactly_into_the_source(text, suffix):
    findings = lint_text(text, "doc" + suffix)
    lines = source_lines(text)
    for f in findings:
        assert 1 <= f.line <= f.end_line <= len(lines)
        assert f.column >= 1 and f.end_column >= 1
        if f.line == f.end_line:
            assert f.column <= f.end_column
            assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.excerpt
    assert lint_text(text, "doc" + suffix) == findings
