"""Front matter: YAML between `---` lines or TOML between `+++` lines at the very top of a file.

Front matter is metadata: the reader masks its raw range. Only the values of a few keys (the
title, description, summary...) are prose a reader sees, on the page and in search results;
mslint.reading.frontmatter_fields finds their exact raw spans so the readers can lint them. A
malformed block still counts as front matter (so its "cure" never reaches the rules), it just
yields no metadata and no prose.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field

from mslint.reading import safe_yaml
from mslint.reading.safe_yaml import FrontMatterRefused

# The opening fence must be the very first line; the closing fence ends at its line break.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_SIMPLE_PAIR = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclass
class FrontMatter:
    metadata: dict = field(default_factory=dict)
    end: int = 0  # raw offset just after the closing fence's line break (0: no front matter)
    lines: int = 0  # number of source lines it occupies
    syntax: str = ""  # "yaml" or "toml"
    body_start: int = 0  # raw span of what is between the fences
    body_end: int = 0


def read_front_matter(source: str) -> FrontMatter:
    offset = 1 if source.startswith("\ufeff") else 0
    lines = (m for m in _LINE.finditer(source, offset) if m.end() > m.start())
    first = next(lines, None)
    opening = first.group().rstrip("\r\n").rstrip() if first else ""
    if opening not in _FENCES:
        return FrontMatter()
    closers = _FENCES[opening]
    for count, line in enumerate(lines, start=2):
        if line.group().rstrip("\r\n").rstrip() in closers:
            body = source[first.end() : line.start()]
            parse = _parse_toml if opening == "+++" else _parse_yaml
            syntax = "toml" if opening == "+++" else "yaml"
            return FrontMatter(_parse_safely(parse, body), line.end(), count, syntax, first.end(), line.start())
    # No closing fence: a lone `---` is a thematic break, not front matter.
    return FrontMatter()


def _parse_safely(parse, body: str) -> dict:
    try:
        data = parse(body)
    except FrontMatterRefused:
        raise  # built to blow up (mslint.reading.safe_yaml): one line for this file
    except Exception:  # malformed front matter must never stop the lint
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(key): _plain(value) for key, value in data.items()}


def _parse_toml(body: str):
    import tomllib  # only TOML front matter (+++) needs it

    return tomllib.loads(body.replace("\r\n", "\n").replace("\r", "\n"))


def _parse_yaml(body: str):
    simple = plain_string_pairs(body)
    if simple is not None:
        return simple
    loader = _yaml_loader()
    if loader is None:  # keep working without PyYAML for the common `key: value` case
        return _parse_simple_pairs(body)
    return safe_yaml.load(body, loader)  # a SafeLoader subclass, aliases and size bounded


@functools.cache
def _yaml_loader():
    """PyYAML's SafeLoader minus timestamp resolution: dates stay exactly as written."""
    try:
        import yaml
    except ImportError:
        return None

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


# One `key: value` line whose value YAML can only read as that very string: quoted without
# escapes, or plain and free of everything that gives a plain scalar another meaning or type.
_STRING_PAIR = re.compile(
    r"""([A-Za-z_][\w-]*):[ \t]+(?:"([^"\\]*)"|'([^']*)'|([^\s#:\[\]{}"'|>&*!%@`,?-][^#:\t\[\]{}]*?))[ \t]*"""
)
_PLAIN_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
# Plain words YAML 1.1 resolves to booleans or null (compared lower-cased: errs towards YAML).
_NOT_STRINGS = frozenset({"yes", "no", "true", "false", "on", "off", "null"})


def plain_string_pairs(body: str) -> dict | None:
    """The front matter when every line is a `key: string` pair that needs no YAML parser (the
    usual title/date/author block), else None. Spares a one-file run importing PyYAML;
    tests/test_frontmatter_fast_path.py holds it to PyYAML's reading."""
    data = {}
    for line in re.split(r"\r\n|\r|\n", body):
        if not line.strip():
            continue
        match = _STRING_PAIR.fullmatch(line) if line.isprintable() else None
        if match is None:
            return None
        key, double, single, plain = match.groups()
        if key.lower() in _NOT_STRINGS:
            return None  # `on:` is a boolean key to YAML 1.1
        if plain is not None:
            if not (plain[0].isascii() and plain[0].isalpha() or _PLAIN_DATE.fullmatch(plain)):
                return None  # numbers, dates with times, anything else YAML may type
            if plain.lower() in _NOT_STRINGS:
                return None
            value = plain
        else:
            value = double if double is not None else single
        data[key] = value
    return data


def _parse_simple_pairs(body: str) -> dict:
    data = {}
    for line in re.split(r"\r\n|\r|\n", body):
        match = _SIMPLE_PAIR.match(line)
        if match:
            data[match.group(1)] = match.group(2).strip("\"'")
    return data


def _plain(value):
    """TOML (and explicitly tagged YAML) dates become ISO strings, so metadata stays serialisable."""
    if isinstance(value, (datetime.date, datetime.time)):  # datetime is a date subclass
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
