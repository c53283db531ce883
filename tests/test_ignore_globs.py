"""mslint.ignore_globs matches plain paths as pathspec's gitignore patterns do."""

from __future__ import annotations

import pathspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mslint import ignore_globs

PATHS = ["plugin", "plugin/", "plugin/x.md", "a/plugin/x.md", "./plugin/x", "/plugin/x", "articles/faq.md",
         "articles/faq.md/", "x/articles/faq.md", "faq.md", "a/b", "a/b/c", "b", "a", "a/", ".github/", "x.md",
         "docs/x.md", "a-b/c_d.e", "A/b", "pluginx/y", "xplugin/y", "a/b/", ""]


@pytest.mark.parametrize("line", ["plugin/", "articles/faq.md", "/a", "a/b", "/a/b/", "faq.md", ".github/", "a-b/c_d.e",
                                  "A", "docs"])
def test_plain_lines_match_as_pathspec_does(line):
    assert ignore_globs.is_plain(line)
    spec = pathspec.GitIgnoreSpec.from_lines([line])
    match = ignore_globs.matcher([line])
    for path in PATHS:
        assert match(path) == spec.match_file(path), (line, path)


@pytest.mark.parametrize("line", ["*.md", "a/**/b", "!a", "#a", "a b", "a\\b", "[ab]", "a?", "", "/", "a//b", ".", "..",
                                  "a/../b", "./a", " a"])
def test_anything_else_is_pathspec(line):
    assert not ignore_globs.is_plain(line)


_NAMES = st.sampled_from(["a", "b", "plugin", "x.md", ".github", "a-b", "A"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=3), st.booleans(), st.booleans(),
       st.lists(st.lists(_NAMES, min_size=1, max_size=4), min_size=1, max_size=4), st.booleans())
def test_random_lines_and_paths(names, leading, trailing, paths, folders):
    line = ("/" if leading else "") + "/".join(names) + ("/" if trailing else "")
    spec = pathspec.GitIgnoreSpec.from_lines([line])
    match = ignore_globs.matcher([line])
    for parts in paths:
        path = "/".join(parts) + ("/" if folders else "")
        assert match(path) == spec.match_file(path), (line, path)


def test_several_lines_match_when_any_does():
    lines = ["plugin/", "/docs", "a/b.md"]
    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    match = ignore_globs.matcher(lines)
    for path in PATHS + ["docs", "docs/x", "x/docs/y", "a/b.md"]:
        assert match(path) == spec.match_file(path), path
