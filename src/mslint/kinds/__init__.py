"""Declarative rule kinds: each module exposes KEYS (its own TOML keys) and build(meta, spec) -> Rule."""

from . import conditional, cooccurrence, existence, substitution

KINDS = {
    "existence": existence,
    "substitution": substitution,
    "conditional": conditional,
    "cooccurrence": cooccurrence,
}
