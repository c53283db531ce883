"""TOML for the rule and knowledge packs and config files, read a token at a time, not a character.

Every run reads about 220 KB of TOML (mslint's rule packs and knowledge packs) before it looks
at the article, and the standard library's tomllib, which steps through it character by
character in Python, took about a tenth of a one-file run doing so. The packs and configs use a
small part of TOML: table and array-of-tables headers and `key = value` lines with bare or
quoted keys, strings on one line, integers, plain decimals, booleans, arrays (over several lines, with
comments) and inline tables. `loads` reads that part with a few regular expressions and builds
what tomllib builds; anything else, and anything tomllib would refuse (a key defined twice, a
table opened twice, an escape it does not know), goes to tomllib itself, which gives the same
result or the same error as before. tests/test_quick_toml.py holds the two to the same answers
on every TOML file in the project, on corner cases and on random documents.
"""

from __future__ import annotations

import re

# Possessive quantifiers throughout: a run of spaces inside a repeated group can otherwise be split in
# exponentially many ways when the match fails (an array holding an escaped quote took minutes to give
# up on ten lines, so one escaped quote in a shipped pack hung every run; users' packs and configs go
# through tomllib).
_BLANK = re.compile(r"(?:[ \t\n]++|#[^\n]*+)*+")  # spaces, line breaks and comments
_SPACE = re.compile(r"[ \t]*")
_LINE_END = re.compile(r"[ \t]*(?:#[^\n]*)?(?:\n|\Z)")
_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"')
_LITERAL = re.compile(r"'([^'\n]*)'")
_INTEGER = re.compile(r"(?:0|[1-9][0-9]*)(?![0-9A-Za-z_.:+-])")
_BOOLEAN = re.compile(r"(true|false)(?![A-Za-z0-9_-])")
# A plain decimal ("1.5", the knowledge packs' shares); exponents, signs and underscores go to tomllib.
_DECIMAL = re.compile(r"(?:0|[1-9][0-9]*)\.[0-9]+(?![0-9A-Za-z_.:+-])")
# An array of strings without escapes (most of the packs' arrays), read in one match; its items
# and commas are then picked out from between the comments. (A pattern that also checked where
# the commas go took longer to compile than it saved.)
_PLAIN_ARRAY = re.compile(r'\[((?:[ \t\n,]++|#[^\n]*+|"[^"\\\n]*+")*+)\]')
_PLAIN_PART = re.compile(r'(#)[^\n]*|"([^"\\\n]*)"|(,)')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
# Characters TOML forbids outside strings' escapes (tomllib says where); carriage returns, which
# only tomllib's line handling gets right.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MOST_NESTED = 16


class _Unsure(Exception):
    """Outside the part of TOML read here, or an error: tomllib decides."""


def loads(text: str) -> dict:
    """tomllib.loads(text), faster for the TOML the packs are written in."""
    try:
        return _Reader(text).document()
    except (_Unsure, RecursionError):
        import tomllib  # here, not at the top: most runs never need it

        return tomllib.loads(text)


def __getattr__(name: str):
    """`quick_toml.TOMLDecodeError` is tomllib's, imported when an except clause first asks."""
    if name == "TOMLDecodeError":
        import tomllib

        return tomllib.TOMLDecodeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Reader:
    def __init__(self, text: str):
        if _FORBIDDEN.search(text):
            raise _Unsure
        self.text = text
        self.pos = 0
        self.root: dict = {}
        self.explicit: set[int] = set()  # tables opened by a [header] (once each)
        self.implicit: set[int] = set()  # tables made on the way to one ([a.b] makes a)
        self.arrays: set[int] = set()  # arrays of tables, made by [[headers]]

    def document(self) -> dict:
        text, end = self.text, len(self.text)
        table = self.root
        while True:
            self.pos = _BLANK.match(text, self.pos).end()
            if self.pos >= end:
                return self.root
            if text[self.pos] == "[":
                table = self.header()
            else:
                self.key_value(table)
            line_end = _LINE_END.match(text, self.pos)
            if line_end is None:
                raise _Unsure
            self.pos = line_end.end()

    def header(self) -> dict:
        text = self.text
        double = text.startswith("[[", self.pos)
        self.pos = _SPACE.match(text, self.pos + (2 if double else 1)).end()
        keys = [self.key()]  # bare or quoted: [project.entry-points."mslint.rules"]
        while True:
            self.pos = _SPACE.match(text, self.pos).end()
            if not text.startswith(".", self.pos):
                break
            self.pos = _SPACE.match(text, self.pos + 1).end()
            keys.append(self.key())
        closing = "]]" if double else "]"
        if not text.startswith(closing, self.pos) or text.startswith("]]", self.pos) and not double:
            raise _Unsure
        self.pos += len(closing)
        table = self.root
        for key in keys[:-1]:
            table = self.descend(table, key)
        last = keys[-1]
        value = table.get(last)
        if double:
            if value is None:
                value = table[last] = []
                self.arrays.add(id(value))
            elif id(value) not in self.arrays:
                raise _Unsure
            element: dict = {}
            value.append(element)
            self.explicit.add(id(element))
            return element
        if value is None:
            value = table[last] = {}
        elif not (isinstance(value, dict) and id(value) in self.implicit and id(value) not in self.explicit):
            raise _Unsure  # a table opened twice, or a key's value: tomllib says which
        self.explicit.add(id(value))
        return value

    def descend(self, table: dict, key: str) -> dict:
        """The table a dotted header goes through (made if missing; the last of an array)."""
        value = table.get(key)
        if value is None:
            value = table[key] = {}
            self.implicit.add(id(value))
            return value
        if isinstance(value, list) and id(value) in self.arrays:
            return value[-1]
        if isinstance(value, dict) and (id(value) in self.implicit or id(value) in self.explicit):
            return value
        raise _Unsure

    def key_value(self, table: dict) -> None:
        name = self.key()
        self.pos = _SPACE.match(self.text, self.pos).end()
        if self.text.startswith(".", self.pos) or not self.text.startswith("=", self.pos):
            raise _Unsure  # a dotted key, or not a key at all
        self.pos = _SPACE.match(self.text, self.pos + 1).end()
        if name in table:
            raise _Unsure  # defined twice: tomllib's error
        table[name] = self.value(0)

    def key(self) -> str:
        """A bare key, or a quoted one ('\\bsufferers\\b' = "people with ...")."""
        found = _KEY.match(self.text, self.pos)
        if found is not None:
            self.pos = found.end()
            return found.group()
        if self.text[self.pos:self.pos + 1] in ("'", '"'):
            return self.string()
        raise _Unsure

    def string(self) -> str:
        text, pos = self.text, self.pos
        if text.startswith('"', pos):
            if text.startswith('"""', pos):
                raise _Unsure
            found = _BASIC.match(text, pos)
            if found is None:
                raise _Unsure
            self.pos = found.end()
            body = found.group(1)
            return _ESCAPE.sub(_unescape, body) if "\\" in body else body
        if text.startswith("'''", pos):
            raise _Unsure
        found = _LITERAL.match(text, pos)
        if found is None:
            raise _Unsure
        self.pos = found.end()
        return found.group(1)

    def value(self, depth: int):
        text, pos = self.text, self.pos
        char = text[pos:pos + 1]
        if char == '"' or char == "'":
            return self.string()
        if depth >= _MOST_NESTED:
            raise _Unsure
        if char == "[":
            return self.array(depth + 1)
        if char == "{":
            return self.inline_table(depth + 1)
        found = _BOOLEAN.match(text, pos)
        if found is not None:
            self.pos = found.end()
            return found.group() == "true"
        found = _INTEGER.match(text, pos)
        if found is not None:
            self.pos = found.end()
            return int(found.group())
        found = _DECIMAL.match(text, pos)
        if found is not None:
            self.pos = found.end()
            return float(found.group())
        raise _Unsure  # other floats, dates, signed or other integers, or an error

    def array(self, depth: int) -> list:
        text = self.text
        plain = _PLAIN_ARRAY.match(text, self.pos)
        if plain is not None:
            items = _plain_items(plain.group(1))
            if items is not None:
                self.pos = plain.end()
                return items
        items: list = []
        blank, basic = _BLANK.match, _BASIC.match
        pos = blank(text, self.pos + 1).end()
        while True:
            char = text[pos:pos + 1]
            if char == "]":
                self.pos = pos + 1
                return items
            if char == '"' and not text.startswith('"""', pos):  # most items: strings, read here
                found = basic(text, pos)
                if found is None:
                    raise _Unsure
                body = found.group(1)
                items.append(_ESCAPE.sub(_unescape, body) if "\\" in body else body)
                pos = found.end()
            else:
                self.pos = pos
                items.append(self.value(depth))
                pos = self.pos
            pos = blank(text, pos).end()
            char = text[pos:pos + 1]
            if char == ",":
                pos = blank(text, pos + 1).end()
            elif char != "]":
                raise _Unsure

    def inline_table(self, depth: int) -> dict:
        text = self.text
        table: dict = {}
        self.pos = _SPACE.match(text, self.pos + 1).end()
        if text.startswith("}", self.pos):
            self.pos += 1
            return table
        while True:
            name = self.key()
            self.pos = _SPACE.match(text, self.pos).end()
            if not text.startswith("=", self.pos):
                raise _Unsure
            self.pos = _SPACE.match(text, self.pos + 1).end()
            if name in table:
                raise _Unsure
            table[name] = self.value(depth)
            self.pos = _SPACE.match(text, self.pos).end()
            if text.startswith("}", self.pos):
                self.pos += 1
                return table
            if not text.startswith(",", self.pos):
                raise _Unsure
            self.pos = _SPACE.match(text, self.pos + 1).end()


def _plain_items(inside: str) -> list[str] | None:
    """The strings of an array of plain strings, if its commas are where TOML wants them: one
    between items, one after the last allowed, none before the first (else None)."""
    items: list[str] = []
    expect_item = True
    for comment, item, comma in _PLAIN_PART.findall(inside):
        if comment:
            continue
        if comma:
            if expect_item:
                return None
            expect_item = True
        else:
            if not expect_item:
                return None
            items.append(item)
            expect_item = False
    return items


def _unescape(found: re.Match) -> str:
    replacement = _ESCAPES.get(found.group(1))
    if replacement is None:
        raise _Unsure  # \u, \U and the escapes TOML does not have
    return replacement
