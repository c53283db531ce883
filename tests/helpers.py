"""Running the real command line in-process, with isolated working folders."""

from __future__ import annotations

from click.testing import CliRunner

from mslint.api import lint_text
from mslint.cli import main
from mslint.engine.planner import Overrides
from mslint.model import Severity


def run(*args: str, stdin: bytes | None = None):
    """(exit code, stdout, stderr) of `mslint ARGS`."""
    result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


CLAIM = "Our stem cell therapy cures MS.\n"
CTA = "Get your free quote today.\n"
CLEAN = "There is no cure for MS. Talk to your neurologist about treatment options.\n"


def local_pack(*patterns: str, bad: str = "x", good: str = "y") -> str:
    """A repository's rule pack: one existence rule, HYP950, that flags the given regular
    expressions (written as TOML literal strings, so backslashes stay as they are)."""
    listed = ", ".join(f"'{pattern}'" for pattern in patterns)
    return f"""[[rule]]
code = "HYP950"
name = "local-word"
kind = "existence"
category = "hype"
severity = "warning"
scope = "sentence"
summary = "s"
message = "m {{match}}"
patterns = [{listed}]
references = ["r"]
[rule.docs]
what = "w"
why = "y"
bad = ["{bad}"]
good = ["{good}"]
"""


# The meaning tests of each round (tests/test_meanings_v0_30_*.py): one rule's excerpts, on a plain page or a page that
# sells.
SHOP = "# Shop\n\nBuy now for £30.\n\n"


def everything(text: str, code: str, name: str = "a.md") -> list[str]:
    """The excerpts of the rule's findings at any severity, information included."""
    return [f.excerpt for f in lint_text(text, name, overrides=Overrides(select=(code,)))]


def codes(text: str, code: str, name: str = "a.md") -> list[str]:
    """The excerpts of the rule's findings at warning or above (what the command line shows by default)."""
    return [f.excerpt for f in lint_text(text, name, overrides=Overrides(select=(code,))) if f.severity >= Severity.WARNING]


def shop(sentence: str, code: str) -> list[str]:
    """`codes` of the sentence on a page that sells."""
    return codes(SHOP + sentence + "\n", code)
