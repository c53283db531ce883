"""mslint.quick_toml reads the packs' TOML as tomllib does, and leaves the rest to tomllib."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mslint import quick_toml

ROOT = Path(__file__).resolve().parents[1]
PROJECT_TOML = sorted(path for path in ROOT.rglob("*.toml") if ".git" not in path.parts)


def quick_only(text: str):
    """What the quick reader makes of the text, or None where it hands over to tomllib."""
    try:
        return quick_toml._Reader(text).document()
    except quick_toml._Unsure:
        return None


@pytest.mark.parametrize("path", PROJECT_TOML, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_toml_file_of_the_project_reads_alike(path):
    text = path.read_text(encoding="utf-8")
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        assert quick_only(text) is None
        return
    assert quick_toml.loads(text) == expected


def test_the_packs_take_the_quick_path():
    for folder in ("rules", "knowledge"):
        for path in sorted((ROOT / folder).rglob("*.toml")):
            assert quick_only(path.read_text(encoding="utf-8")) is not None, path


SAME = [
    "", "# only a comment\n", "a = 1\nb = true\nc = false\nd = 0\n", 'a = "x"  # comment\nb = \'lit\\eral\'\n',
    'a = "tab\\tquote\\" backslash\\\\ nl\\n cr\\r b\\b f\\f"\n', "a = [\n  1, # one\n  2,\n]\nb = []\nc = [[1, 2], ['x']]\n",
    "[a]\nx = 1\n[b]\n[c.d]\ny = 2\n[c]\nz = 3\n", "[[r]]\nx = 1\n[r.docs]\ny = 2\n[[r]]\nx = 3\n[r.docs]\ny = 4\n",
    "[ a . b ]\nk = { p = 'q', r = [1, 2] }\ne = {}\n", "share = [1.5, 6]\nx = 0.8\ny = [0.25, 10.125]\n", "[[a.b]]\n[[a.b]]\nx = 1\n", "[x.y.z]\n[x]\n[x.y]\n",
    'a="no spaces"\nb=\t1\n', '[p.e."m.r"]\nx = 1\n[[ "q" . r ]]\n[p . "e"]\n', "k = \"\u00e9t\u00e9 \U0001f600\"\n", "a-b_c9 = 1\n123 = 2\n", "[t]\n'\\bx\\b' = \"y\"\n\"q.k\" = 1\n\"\" = 2\n", "a = { 'k.1' = 1, \"k\\\"2\" = 2 }\n",
]
REFUSED = [
    "a = 1\na = 2\n", "[a]\n[a]\n", "[a]\nb = 1\n[a.b]\n", "a = {b = 1}\n[a.c]\n", "a = []\n[[a]]\n", "[[a]]\n[a]\n",
    "[a.b]\n[[a]]\n", "a = 1 b = 2\n", "a = \n", "a = 01\n", "a = +1\n", "a = 1.5e3\n", "a = -1.5\n", "a = 01.5\n", "a = 1.\n", "a = .5\n", "a = 1.5_0\n", "a = 1979-05-27\n", "a = 0x1F\n",
    "a = 1_000\n", 'a = "\\u00e9"\n', 'a = "\\x"\n', 'a = """x"""\n', "a = '''x'''\n", 'a = "unclosed\n', "a = [1,,2]\n",
    "a = {b = 1,}\n", "a = {b = 1\n}\n", "a.b = 1\n", "[[a]\n", "[a]]\n", "a = 1\r\n", "a = \"\x01\"\n",
    "a = inf\n", "a = [1\n", "[ [a]]\n", "[a.\"b\\q\"]\n", "'a'.b = 1\n", "\"a\" = 1\na = 2\n", "\ufeffa = 1\n", "a = {b = 1, b = 2}\n", "é = 1\n",
]


@pytest.mark.parametrize("text", SAME)
def test_read_alike(text):
    assert quick_only(text) is not None
    assert quick_toml.loads(text) == tomllib.loads(text)


@pytest.mark.parametrize("text", REFUSED)
def test_anything_else_goes_to_tomllib(text):
    assert quick_only(text) is None
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        with pytest.raises(tomllib.TOMLDecodeError, match=re.escape(str(error))):
            quick_toml.loads(text)
    else:
        assert quick_toml.loads(text) == expected


# Pieces of TOML, right and wrong, put together at random: whatever the quick reader accepts,
# tomllib must read the same way (and not refuse).
_PIECES = ["[a]", "[b]", "[a.\"b\"]", "[[ \"r\" ]]", "[\"a\" . c]", "[a.b]", "[[a]]", "[[r]]", "[r.docs]", "[ a . c ]", "[[a.b]]", "[a]]", "[[a]",
           "x = 1", "x = 2", "y = true", "z = 'lit'", 'w = "b\\"s\\\\"', 'v = "\\u00e9"', "u = [1, 'a', \"b\"]",
           'arr = [\n  "one", # c "q"\n  "two",\n]', "t = {p = 1, q = [2]}", "e = {}", "k.l = 1", "'q k' = 3",
           '"q.k" = 4', "n = 1.5", "d = 2024-01-01", "s = \"\"\"m\"\"\"", "# comment", "", "  ", "junk", "x=", "= 1",
           "a = [", "]", "b = {x = 1,}", "c = [,]", "h = \"#\" # \"x\""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(["\n", "\n\n", " \n"]))
def test_random_documents(pieces, newline):
    text = newline.join(pieces)
    quick = quick_only(text)
    if quick is not None:
        assert quick == tomllib.loads(text)


@pytest.mark.parametrize("text", ['a = ["x" "y"]\n', 'a = [,"x"]\n', 'a = ["x",,]\n', 'a = ["x", # "y",\n "z",]\n',
                                  'a = [ ]\n', 'a = ["#", "x,y"]\n', 'a = [\n# only a comment\n]\n'])
def test_arrays_of_plain_strings(text):
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        assert quick_only(text) is None
    else:
        assert quick_only(text) == expected


def test_an_escape_in_a_long_commented_array_is_read_at_once():
    """An escaped quote fails the one-match reading of plain arrays; before v0.30.36 that failure
    backtracked through every way of splitting the spaces (ten lines took over a minute), so one
    escaped quote in a shipped pack hung every run. Run in a child process so a regression fails
    rather than hangs."""
    import ast
    import subprocess
    import sys

    lines = "".join(f'  "item {n}",  # a comment\n' for n in range(40))
    text = "a = [\n" + lines + '  "say \\"hi\\"",\n]\n'
    program = ("import sys; from mslint import quick_toml; "
               "sys.stdout.write(repr(quick_toml.loads(sys.stdin.read())))")
    done = subprocess.run([sys.executable, "-c", program], input=text, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert ast.literal_eval(done.stdout) == tomllib.loads(text)
