"""`python -m mslint` runs the command line."""

from .cli import main

main()
