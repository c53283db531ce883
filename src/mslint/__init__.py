"""mslint: a credibility linter for health articles."""

__version__ = "0.30.62"

