"""The program store: patterns rebuilt from stored programs are the patterns the compilers make,
lint the same, and a missing, corrupt or foreign store only costs time."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from mslint import patterns
from mslint.engine import plugins
from mslint.engine import programs
from mslint.engine.registry import base_registry

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if p.suffix in (".md", ".txt", ".html"))


@pytest.fixture
def store(tmp_path):
    programs.open_store(tmp_path)
    yield tmp_path
    programs.close()


def every_pattern():
    base_registry()  # loads the packs, whose patterns are created then
    return sorted({(lazy.pattern, int(lazy.flags)) for lazy in patterns._created})


def reopened(folder: Path) -> None:
    programs.save()
    programs.open_store(folder)


def test_every_pattern_is_rebuilt_equal_to_a_fresh_compile(store):
    for pattern, flags in every_pattern():
        patterns.compile_now(pattern, flags)
    reopened(store)
    engines = {"re": 0, "regex": 0}
    sample = "\n".join(path.read_text(encoding="utf-8") for path in ARTICLES[:12])
    for pattern, flags in every_pattern():
        for engine in engines:
            rebuilt = programs.rebuilt(engine, pattern, flags)
            if rebuilt is None:
                continue
            engines[engine] += 1
            if engine == "re":
                assert rebuilt == re.compile(pattern, flags)  # equal patterns have equal programs
            else:
                fresh = regex.compile(pattern, flags)
                assert (rebuilt.pattern, rebuilt.flags, rebuilt.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
                assert [m.span() for m in rebuilt.finditer(sample)] == [m.span() for m in fresh.finditer(sample)]
    assert engines["re"] > 200 and engines["regex"] > 20  # both engines' programs were kept


def test_store_keeps_facts_and_skips_what_marshal_cannot_hold(store):
    assert programs.fact("requirement", "x", 0, lambda: ("all", ("ab", "cd"))) == ("all", ("ab", "cd"))
    programs.fact("date", "y", 0, lambda: __import__("datetime").date(2025, 1, 1))
    reopened(store)
    assert programs.fact("requirement", "x", 0, lambda: pytest.fail("recomputed")) == ("all", ("ab", "cd"))
    assert programs.fact("date", "y", 0, lambda: "recomputed") == "recomputed"


def test_a_corrupt_store_is_an_empty_one(store):
    path = programs.store_file(store)
    path.write_bytes(b"\x00not marshal")
    programs.open_store(store)
    assert programs.rebuilt("re", "abc", 0) is None
    assert patterns.compile_now("abc", 0).search("xabc")
    programs.save()
    assert programs.rebuilt("re", "abc", 0) is not None


def test_a_stored_program_that_fails_to_rebuild_falls_back_to_compiling(store):
    programs._store.put("re", "ab+c", 0, (32, [1, 2, 3], 0, {}, (None,)))  # not a valid program
    assert programs.rebuilt("re", "ab+c", 0) is None
    assert patterns.compile_now("ab+c", 0).search("xabbbc")


def test_installed_providers_match_importlib_metadata(store):
    from importlib.metadata import entry_points

    expected = {ep.name: ep.value for ep in entry_points(group="mslint.rules")}
    assert {p.name: p.value for p in plugins.installed()} == expected
    builtin = next(p for p in plugins.installed() if p.name == "builtin")
    from mslint.rules.builtin import provide

    assert builtin.load() is provide


def test_providers_are_looked_up_again_when_a_path_folder_changes(store, tmp_path, monkeypatch):
    plugins.installed()
    monkeypatch.setattr(plugins, "_discover", lambda: (("other", "mslint.rules.builtin:provide", "1"),))
    assert [p.name for p in plugins.installed()][0] == "builtin"  # same folders: remembered
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    assert [p.name for p in plugins.installed()] == ["other"]


def lint_json(folder: Path, *options: str) -> list:
    command = [sys.executable, "-m", "mslint", "--format", "json", "--fail-on", "never", "--jobs", "1", *options, "corpus"]
    environment = {**os.environ, "XDG_CACHE_HOME": str(folder / "user-cache")}
    done = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_linting_with_rebuilt_patterns_gives_identical_findings(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in ARTICLES:
        shutil.copy(path, corpus / path.name)
    compiled = lint_json(tmp_path, "--no-cache")
    assert not (tmp_path / ".mslint_cache").exists() and not (tmp_path / "user-cache").exists()  # --no-cache writes nothing
    lint_json(tmp_path)  # fills the result cache and the program store
    stores = list((tmp_path / "user-cache" / "mslint").glob("patterns-*.marshal"))
    assert len(stores) == 1 and (tmp_path / "user-cache" / "mslint" / "CACHEDIR.TAG").exists()
    assert not list((tmp_path / ".mslint_cache").rglob("*.marshal"))  # nothing the project could ship
    shutil.rmtree(tmp_path / ".mslint_cache")  # drop the results, keep the programs: the next run lints again
    assert lint_json(tmp_path) == compiled


def test_the_store_follows_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert programs.user_cache_folder() == tmp_path / "mslint"
