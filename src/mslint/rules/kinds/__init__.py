"""Declarative rule kinds: each module exposes KEYS (its own TOML keys) and build(meta, spec) -> Rule."""

from mslint.rules.kinds import claim
from mslint.rules.kinds import conditional
from mslint.rules.kinds import cooccurrence
from mslint.rules.kinds import existence
from mslint.rules.kinds import substitution

KINDS = {
    "claim": claim,
    "existence": existence,
    "substitution": substitution,
    "conditional": conditional,
    "cooccurrence": cooccurrence,
}
