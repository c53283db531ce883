"""Running the real command line in-process, with isolated working folders."""

from __future__ import annotations

from click.testing import CliRunner

from mslint.cli import main


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
