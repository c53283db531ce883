"""A sample mslint plugin: headings that shout with an exclamation mark."""

from __future__ import annotations

from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule


class ExclamationHeading(Rule):
    meta = RuleMeta(
        code="HYP901",
        name="exclamation-heading",
        category="hype",
        severity=Severity.INFO,
        scope="heading",
        summary="A heading or title that ends with an exclamation mark",
        docs=RuleDocs(
            what="Flags headings and titles ending in '!'.",
            why="Exclamation marks in headlines signal excitement rather than information; "
            "health news guidance asks for sober, accurate headlines.",
            bad=("New Stem Cell Results!",),
            good=("New stem cell results from a phase 2 trial",),
            better="State the finding plainly, with its size and the kind of study.",
        ),
        references=("HealthNewsReview.org press-release criterion 10: sensational language",),
        origin="mslint-example-plugin",
    )

    def check(self, document, unit, options):
        text = document.text[unit.start : unit.end].rstrip()
        if text.endswith("!"):
            end = unit.start + len(text)
            yield Hit(end - 1, end, "Heading ends with an exclamation mark")


def provide():
    """The entry point: mslint calls this and registers what it returns."""
    return [ExclamationHeading()]
