"""Front matter: YAML between `---` lines or TOML between `+++` lines at the very top of a file.

Front matter is metadata, never prose: the reader masks its raw range and keeps it out of the
text. A malformed block still counts as front matter (so its "cure" never reaches the rules),
it just yields no metadata.
"""

from __future__ import annotations

import datetime
import functools
import re
import tomllib
from dataclasses import dataclass, field

# The opening fence must be the very first line; the closing fence ends at its line break.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_SIMPLE_PAIR = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclass
class FrontMatter:
    metadata: dict = field(default_factory=dict)
    end: int = 0  # raw offset just after the closing fence's line break (0: no front matter)
    lines: int = 0  # number of source lines it occupies


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
            return FrontMatter(_parse_safely(parse, body), line.end(), count)
    # No closing fence: a lone `---` is a thematic break, not front matter.
    return FrontMatter()


def _parse_safely(parse, body: str) -> dict:
    try:
        data = parse(body)
    except Exception:  # malformed front matter must never stop the lint
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(key): _plain(value) for key, value in data.items()}


def _parse_toml(body: str):
    return tomllib.loads(body.replace("\r\n", "\n").replace("\r", "\n"))


def _parse_yaml(body: str):
    loader = _yaml_loader()
    if loader is None:  # keep working without PyYAML for the common `key: value` case
        return _parse_simple_pairs(body)
    import yaml

    return yaml.load(body, Loader=loader)  # noqa: S506 (a SafeLoader subclass)


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
