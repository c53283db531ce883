"""The result cache: unchanged re-runs load no rules; any change that matters re-lints."""

from pathlib import Path

import pytest

from helpers import CLAIM, CTA, run
from mslint.engine import registry


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(CLAIM + CTA)


def forbid_rule_loading(monkeypatch):
    def loaded():
        raise AssertionError("the rules were loaded: this run was not served from the cache")

    monkeypatch.setattr(registry, "base_registry", loaded)


def test_cache_folder_is_tagged_and_ignored():
    run("a.txt")
    assert Path(".mslint_cache/CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert Path(".mslint_cache/.gitignore").read_text() == "*\n"


def test_unchanged_rerun_is_served_without_loading_rules(monkeypatch):
    first = run("a.txt")
    forbid_rule_loading(monkeypatch)
    assert run("a.txt") == first


def test_changed_file_is_relinted(monkeypatch):
    run("a.txt")
    Path("a.txt").write_text(CTA)
    code, out, _ = run("a.txt")
    assert "CLM001" not in out and "COM001" in out


def test_changed_config_is_relinted():
    run("a.txt")
    Path(".mslint.toml").write_text('ignore = ["COM"]\n')
    _, out, _ = run("a.txt")
    assert "COM001" not in out and "CLM001" in out


def test_changed_selection_is_relinted():
    run("a.txt")
    _, out, _ = run("--select", "COM", "a.txt")
    assert "CLM001" not in out and "COM001" in out


def test_changed_local_rule_pack_is_relinted():
    Path("packs").mkdir()
    pack = Path("packs/p.toml")
    pack.write_text(PACK.replace("PATTERN", "quote"))
    Path(".mslint.toml").write_text('rule-paths = ["packs"]\n')
    assert "HYP950" in run("--select", "HYP950", "a.txt")[1]
    pack.write_text(PACK.replace("PATTERN", "nothing-here"))
    assert "HYP950" not in run("--select", "HYP950", "a.txt")[1]


def test_no_cache_neither_reads_nor_writes():
    run("--no-cache", "a.txt")
    assert not Path(".mslint_cache").exists()


def test_unreadable_files_are_not_cached(monkeypatch):
    Path("b.txt").write_bytes(b"\xff\xfe bad")
    assert run("b.txt")[0] == 2
    assert run("b.txt")[0] == 2


PACK = """
[[rule]]
code = "HYP950"
name = "local-word"
kind = "existence"
category = "hype"
severity = "warning"
scope = "sentence"
summary = "s"
message = "m {match}"
patterns = ['PATTERN']
references = ["r"]
[rule.docs]
what = "w"
why = "y"
bad = ["quote"]
good = ["x"]
"""


def move_to_another_day(monkeypatch):
    import datetime

    import mslint.api

    class Tomorrow(datetime.date):
        @classmethod
        def today(cls):
            return datetime.date(2999, 1, 1)

    monkeypatch.setattr(mslint.api, "date", Tomorrow)


def test_an_undated_document_is_relinted_on_a_new_day(monkeypatch):
    """It is judged against today's date, so yesterday's result may be stale."""
    run("a.txt")
    move_to_another_day(monkeypatch)
    calls = []
    original = registry.base_registry
    monkeypatch.setattr(registry, "base_registry", lambda: calls.append(1) or original())
    run("a.txt")
    assert calls, "a cached result from another day was replayed"


def test_a_dated_document_is_served_on_a_new_day(monkeypatch):
    """Its own date is what rules judge it against, so the day of the run does not matter."""
    Path("a.txt").write_text("Published: 3 March 2024\n\n" + CLAIM + CTA)
    first = run("a.txt")
    move_to_another_day(monkeypatch)
    forbid_rule_loading(monkeypatch)
    assert run("a.txt") == first


def test_local_rule_pack_rewritten_unchanged_still_hits(monkeypatch):
    """A fresh checkout rewrites every file with a new time; the same bytes must keep the cache."""
    import os

    Path("packs").mkdir()
    pack = Path("packs/p.toml")
    pack.write_text(PACK.replace("PATTERN", "quote"))
    Path(".mslint.toml").write_text('rule-paths = ["packs"]\n')
    first = run("--select", "HYP950", "a.txt")
    os.utime(pack, ns=(10**18, 10**18))
    forbid_rule_loading(monkeypatch)
    assert run("--select", "HYP950", "a.txt") == first


def test_content_fingerprint_ignores_folder_and_times_but_not_bytes(tmp_path):
    import os

    from mslint.engine.cache import _content_fingerprint

    def fingerprint(folder):
        files = list(folder.glob("*.py"))
        return _content_fingerprint(files, lambda path: path.relative_to(folder).as_posix())

    one, two = tmp_path / "one", tmp_path / "two"
    for folder, when in ((one, 10**18), (two, 2 * 10**18)):
        folder.mkdir()
        for name in ("a.py", "b.py"):
            (folder / name).write_text(f"# {name}\n")
            os.utime(folder / name, ns=(when, when))
    assert fingerprint(one) == fingerprint(two)
    (two / "b.py").write_text("# b.pz\n")  # same size, new bytes (and, as any edit, a new time)
    os.utime(two / "b.py", ns=(3 * 10**18, 3 * 10**18))
    assert fingerprint(one) != fingerprint(two)


DAY = 24 * 3600


def cache_entries():
    return sorted(Path(".mslint_cache").glob("v*/*/*.json"))


def age(path, days):
    import os
    import time

    when = time.time() - days * DAY
    os.utime(path, (when, when))


def test_entries_unused_for_30_days_are_pruned_and_used_ones_kept():
    run("a.txt")
    (used,) = cache_entries()
    Path("b.txt").write_text(CTA)
    run("b.txt")
    (unused,) = set(cache_entries()) - {used}
    kept = used.read_text()
    old_format = Path(".mslint_cache/v1/ab/ab00.json")  # left by an older mslint
    old_format.parent.mkdir(parents=True)
    old_format.write_text("{}")
    for entry in (used, unused, old_format):
        age(entry, 31)
    age(Path(".mslint_cache/last-pruned"), 2)  # the last sweep was two days ago
    run("a.txt")  # a hit on `used`, then the sweep
    assert cache_entries() == [used]
    assert used.read_text() == kept


def test_a_hit_marks_the_entry_as_used():
    import time

    run("a.txt")
    (entry,) = cache_entries()
    age(entry, 20)
    run("a.txt")
    assert time.time() - entry.stat().st_mtime < DAY


def test_sweeps_happen_at_most_once_a_day():
    run("a.txt")
    (entry,) = cache_entries()
    age(entry, 31)
    age(Path(".mslint_cache/last-pruned"), 0.5)
    Path("b.txt").write_text(CTA)
    run("b.txt")
    assert entry.exists()
