"""The concept language: patterns over words, lexicon classes and entities (syntax.py, matcher.py)."""
