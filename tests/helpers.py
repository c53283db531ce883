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
