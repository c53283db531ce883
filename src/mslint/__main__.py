"""`python -m mslint` runs the command line."""

from mslint.cli import run

run()
