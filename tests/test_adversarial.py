"""Regex safety: inputs built to trigger catastrophic backtracking or quadratic work must finish.

No timing is asserted (that would flake); the alarm only turns a hang into a failure. The
benchmark harness reports how long these take.
"""

import signal

import pytest

from mslint.api import lint_text

SAFETY_NET_SECONDS = 240

CASES = {
    "1 MB of repeated words, no punctuation": ("stem cells may help people with ms and " * 26000)[:1_000_000],
    "100,000-character line": "a" * 100_000 + " cures MS\n",
    "100,000 characters of one repeated claim word": "cure " * 20_000,
    "deeply nested Markdown lists": "".join("  " * (depth % 40) + "- item that cures MS\n" for depth in range(2000)),
    "deeply nested HTML": "<ul><li>" * 3000 + "cures MS" + "</li></ul>" * 3000,
    "unbalanced markup": "<p>" + "<!-- " * 2000 + "[link](" * 2000 + "**" * 2000,
}


@pytest.fixture
def alarm():
    def timed_out(signum, frame):
        raise TimeoutError(f"lint did not finish within {SAFETY_NET_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, timed_out)
    signal.alarm(SAFETY_NET_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_adversarial_input_finishes_with_sane_findings(name, suffix, alarm):
    text = CASES[name]
    findings = lint_text(text, "input" + suffix)
    for finding in findings:
        assert 1 <= finding.line <= text.count("\n") + 1
        assert finding.column >= 1
