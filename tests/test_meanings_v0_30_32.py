"""The meanings v0.30.32 reads, from what sets 118-121 showed: a name in lower case that someone gives a
state of the body ("our founder calls this ..."), told apart from the way careful pages bring in
medicine's own terms; and a "former" person who is no past statement. Each sentence is written for this
test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, line: int) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,))) if f.line == line]


def on_a_leaflet(text: str, code: str) -> list[str]:
    return found("# About your care\n\nThis leaflet explains what to expect.\n\n" + text + "\n", code, 5)


@pytest.mark.parametrize("text, excerpt", [
    ("Our founder calls this liver sludge overload, and the drops clear it.", "liver sludge overload"),
    ("The drip tackles what she called cellular rust fatigue.", "cellular rust fatigue"),
    # A person who once was a therapist: "former" dates the job, not the statement.
    ("Our founder, a former sports therapist, calls this spinal oxygen drift.", "spinal oxygen drift"),
])
def test_a_name_someone_gives_a_state_of_the_body(text, excerpt):
    assert on_a_leaflet(text, "TRM006") == [excerpt]


@pytest.mark.parametrize("text", [
    "A rare condition called sinusoidal obstruction syndrome can follow the chemotherapy.",
    "People call it post-viral fatigue syndrome, and most recover within months.",
    "We call this steroid-sensitive nephrotic syndrome.",
    "Doctors call this chronic fatigue syndrome.",
])
def test_medicines_own_terms_brought_in_are_left_alone(text):
    assert on_a_leaflet(text, "TRM006") == []
