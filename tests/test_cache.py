"""The result cache: unchanged re-runs load no rules; any change that matters re-lints; it lives
in the user's cache folder, where a checkout can neither forge nor aim it (issue 15)."""

import hashlib
import json
import os
import time
from pathlib import Path

import pytest

from helpers import CLAIM, CTA, local_pack, run
from mslint.engine import cache, registry

DAY = 24 * 3600


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    Path("a.txt").write_text(CLAIM + CTA)
    return tmp_path


def user_cache() -> Path:
    return Path(os.environ["XDG_CACHE_HOME"]) / "mslint"


def project_folder() -> Path:
    return user_cache() / "results" / hashlib.sha256(os.fsencode(os.path.realpath("."))).hexdigest()


def cache_entries():
    return sorted(project_folder().glob("*/*.json"))


def forbid_rule_loading(monkeypatch):
    def loaded():
        raise AssertionError("the rules were loaded: this run was not served from the cache")

    monkeypatch.setattr(registry, "base_registry", loaded)


def test_results_live_in_the_user_cache_folder_never_in_the_project():
    run("a.txt")
    (entry,) = cache_entries()
    assert entry.parent.parent == project_folder()
    for folder in (user_cache(), user_cache() / "results", project_folder(), entry.parent):
        assert folder.stat().st_mode & 0o777 == 0o700
    assert entry.stat().st_mode & 0o777 == 0o600
    assert (user_cache() / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert sorted(os.listdir(".")) == ["a.txt", "user-cache"]


def test_unchanged_rerun_is_served_without_loading_rules(monkeypatch):
    first = run("a.txt")
    forbid_rule_loading(monkeypatch)
    assert run("a.txt") == first


def test_changed_file_is_relinted():
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
    pack.write_text(local_pack("quote", bad="quote", good="x"))
    Path(".mslint.toml").write_text('rule-paths = ["packs"]\n')
    assert "HYP950" in run("--select", "HYP950", "a.txt")[1]
    pack.write_text(local_pack("nothing-here", bad="quote", good="x"))
    assert "HYP950" not in run("--select", "HYP950", "a.txt")[1]


def test_no_cache_neither_reads_nor_writes():
    run("--no-cache", "a.txt")
    assert not user_cache().exists()


def test_unreadable_files_are_not_cached():
    Path("b.txt").write_bytes(b"\xff\xfe bad")
    assert run("b.txt")[0] == 2
    assert run("b.txt")[0] == 2
    assert cache_entries() == []


def move_to_another_day(monkeypatch, day=(2999, 1, 1)):
    """The clock of the cache (mslint.api) and of the rules that judge against today
    (mslint.analysis.dates) both moved on."""
    import datetime
    import types

    import mslint.analysis.dates
    import mslint.api

    class Tomorrow(datetime.date):
        @classmethod
        def today(cls):
            return datetime.date(*day)

    monkeypatch.setattr(mslint.api, "date", Tomorrow)
    monkeypatch.setattr(mslint.analysis.dates, "dt", types.SimpleNamespace(
        date=Tomorrow, timedelta=datetime.timedelta, datetime=datetime.datetime))


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
    """Its own date is what rules judge it against, so the day of the run does not matter (once
    the page is old enough for TIM006 to ask after its claims of how things stand)."""
    Path("a.txt").write_text("Published: 3 March 2019\n\n" + CLAIM + CTA)
    first = run("a.txt")
    move_to_another_day(monkeypatch)
    forbid_rule_loading(monkeypatch)
    assert run("a.txt") == first


def test_a_recent_page_is_relinted_when_its_status_claims_come_of_age(monkeypatch):
    """A page dated 3 March 2024 saying "there is still no vaccine" is flagged from 3 March 2027
    (TIM006): its cached result holds until the day before, and not on that day."""
    Path("a.txt").write_text("Published: 3 March 2024\n\nThere is still no vaccine for it.\n")
    move_to_another_day(monkeypatch, (2025, 1, 1))
    code, out, _ = run("--select", "TIM006", "a.txt")
    assert "TIM006" not in out
    move_to_another_day(monkeypatch, (2027, 3, 2))
    with monkeypatch.context() as patched:
        forbid_rule_loading(patched)
        assert run("--select", "TIM006", "a.txt")[:2] == (code, out)
    move_to_another_day(monkeypatch, (2027, 3, 3))
    code, out, _ = run("--select", "TIM006", "a.txt")
    assert "a.txt:3:1: TIM006" in out


def test_local_rule_pack_rewritten_unchanged_still_hits(monkeypatch):
    """A fresh checkout rewrites every file with a new time; the same bytes must keep the cache."""
    Path("packs").mkdir()
    pack = Path("packs/p.toml")
    pack.write_text(local_pack("quote", bad="quote", good="x"))
    Path(".mslint.toml").write_text('rule-paths = ["packs"]\n')
    first = run("--select", "HYP950", "a.txt")
    os.utime(pack, ns=(10**18, 10**18))
    forbid_rule_loading(monkeypatch)
    assert run("--select", "HYP950", "a.txt") == first


def test_content_fingerprint_ignores_folder_and_times_but_not_bytes(tmp_path):
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


# -- pruning ----------------------------------------------------------------------------------


def age(path, days):
    when = time.time() - days * DAY
    os.utime(path, (when, when), follow_symlinks=False)


def marker() -> Path:
    return user_cache() / "results" / "last-pruned"


def test_entries_unused_for_30_days_are_pruned_and_used_ones_kept():
    run("a.txt")
    (used,) = cache_entries()
    Path("b.txt").write_text(CTA)
    run("b.txt")
    (unused,) = set(cache_entries()) - {used}
    kept = used.read_text()
    other_project = user_cache() / "results" / ("f" * 64) / "ab" / (("a" * 64) + ".json")
    other_project.parent.mkdir(parents=True, mode=0o700)
    other_project.write_text("{}")
    for entry in (used, unused, other_project):
        age(entry, 31)
    age(marker(), 2)  # the last sweep was two days ago
    run("a.txt")  # a hit on `used`, then the sweep
    assert cache_entries() == [used]
    assert used.read_text() == kept
    assert not other_project.parent.parent.exists()  # emptied folders go too


def test_pruning_deletes_only_what_the_cache_named():
    run("a.txt")
    (entry,) = cache_entries()
    notes = entry.parent / "notes.txt"
    notes.write_text("mine")
    odd = entry.parent / ("A" * 64 + ".json")  # not a name the cache gives
    odd.write_text("{}")
    for path in (entry, notes, odd):
        age(path, 90)
    age(marker(), 2)
    Path("b.txt").write_text(CTA)
    run("b.txt")
    assert not entry.exists()
    assert notes.read_text() == "mine" and odd.exists()


def test_a_hit_marks_the_entry_as_used():
    run("a.txt")
    (entry,) = cache_entries()
    age(entry, 20)
    run("a.txt")
    assert time.time() - entry.stat().st_mtime < DAY


def test_sweeps_happen_at_most_once_a_day():
    run("a.txt")
    (entry,) = cache_entries()
    age(entry, 31)
    age(marker(), 0.5)
    Path("b.txt").write_text(CTA)
    run("b.txt")
    assert entry.exists()


# -- a checkout cannot forge or aim the cache ----------------------------------------------------


def test_a_forged_entry_shipped_in_mslint_cache_is_never_read(in_tmp):
    """A repository ships `.mslint_cache/` with a 'no findings' entry under the key its dirty
    article would have: the key can be computed offline, so it must not matter."""
    from mslint.api import RunOptions, _FileLinter

    data = Path("a.txt").read_bytes()
    key = _FileLinter(RunOptions(cache=True))._cache_key(Path("a.txt"), data)
    forged = {"path": "a.txt", "findings": [], "lines": {}, "valid_on": None}
    for layout in (f"v2/{key[:2]}/{key}.json", f"v3/{key[:2]}/{key}.json"):
        entry = Path(".mslint_cache") / layout
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(json.dumps(forged))
    code, out, err = run("a.txt")
    assert code == 1 and "CLM001" in out and "COM001" in out
    assert err == (f"mslint: warning: ignoring {in_tmp}/.mslint_cache: results are cached in the user's cache "
                   "folder, never read from a project (it can be deleted)\n")


def test_symlinks_shipped_in_mslint_cache_touch_nothing_outside(in_tmp):
    """The old cache wrote and pruned through symlinks a checkout placed in `.mslint_cache/`."""
    outside = in_tmp / "home-of-the-user"
    outside.mkdir()
    victim = outside / ("a" * 64 + ".json")
    victim.write_text("precious")
    age(victim, 90)
    Path(".mslint_cache/v2").mkdir(parents=True)
    for shard in ["ab", *(f"{n:02x}" for n in range(256))]:
        if not Path(f".mslint_cache/v2/{shard}").exists():
            os.symlink(outside, f".mslint_cache/v2/{shard}")
    before = sorted(os.listdir(outside))
    assert run("a.txt")[0] == 1
    assert sorted(os.listdir(outside)) == before and victim.read_text() == "precious"


def test_symlinks_inside_the_user_cache_are_never_followed(in_tmp):
    run("a.txt")
    (entry,) = cache_entries()
    outside = in_tmp / "outside"
    outside.mkdir()
    victim = outside / entry.name
    victim.write_text("precious")
    age(victim, 90)
    shard = entry.parent
    for path in shard.iterdir():
        path.unlink()
    shard.rmdir()
    os.symlink(outside, shard)  # the shard folder is now a symlink out
    age(marker(), 2)
    Path("a.txt").write_text(CLAIM)  # a miss: it would write into the shard
    assert run("a.txt")[0] == 1
    assert os.listdir(outside) == [entry.name] and victim.read_text() == "precious"


def test_an_entry_that_is_a_symlink_is_a_miss_and_is_replaced_not_followed(in_tmp):
    run("a.txt")
    (entry,) = cache_entries()
    target = in_tmp / "target.json"
    target.write_text(json.dumps({"path": "a.txt", "findings": [], "lines": {}, "valid_on": None}))
    entry.unlink()
    os.symlink(target, entry)
    code, out, _ = run("a.txt")
    assert code == 1 and "CLM001" in out
    assert json.loads(target.read_text())["findings"] == []  # untouched
    assert not entry.is_symlink()


@pytest.mark.parametrize("planted", ["mslint", "results", "project"])
def test_a_cache_folder_that_is_a_symlink_is_refused(in_tmp, planted):
    elsewhere = in_tmp / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    folders = {"mslint": user_cache(), "results": user_cache() / "results", "project": project_folder()}
    folders[planted].parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    os.symlink(elsewhere, folders[planted])
    code, out, err = run("a.txt")
    assert code == 1 and "CLM001" in out
    assert err == f"mslint: warning: not using the result cache: {folders[planted]} is a symbolic link\n"
    assert os.listdir(elsewhere) == []


def test_a_cache_folder_writable_by_others_is_refused(in_tmp):
    user_cache().mkdir(parents=True)
    user_cache().chmod(0o777)
    code, out, err = run("a.txt")
    assert code == 1 and "CLM001" in out
    assert err == (f"mslint: warning: not using the result cache: {user_cache()} is writable by group or others "
                   "(chmod go-w it, or delete it)\n")
    assert not (user_cache() / "results").exists()


def test_a_cache_folder_owned_by_another_user_is_refused(in_tmp, monkeypatch):
    run("a.txt")
    uid = os.stat(user_cache()).st_uid
    monkeypatch.setattr(os, "geteuid", lambda: uid + 4242)
    code, out, err = run("a.txt")
    assert code == 1 and "CLM001" in out
    assert err == f"mslint: warning: not using the result cache: {user_cache()} belongs to another user (uid {uid})\n"


def test_a_relative_xdg_cache_home_is_ignored(in_tmp, monkeypatch):
    """The XDG spec: a relative path is invalid. It would put the cache in the checkout."""
    monkeypatch.setenv("XDG_CACHE_HOME", "relative-cache")
    monkeypatch.setenv("HOME", str(in_tmp / "home"))
    run("a.txt")
    assert not Path("relative-cache").exists()
    assert list((in_tmp / "home" / ".cache" / "mslint" / "results").glob("*/*/*.json"))


# -- entries are data, checked field by field ---------------------------------------------------


GOOD = {"path": "a.txt", "findings": [], "lines": {}, "valid_on": None}
FINDING = {"path": "a.txt", "line": 1, "column": 1, "end_line": 1, "end_column": 2, "code": "CLM001",
           "name": "n", "category": "cure-claim", "severity": "error", "message": "m", "excerpt": "O",
           "suggestion": None, "references": []}


@pytest.mark.parametrize("entry", [
    b"", b"\xff\xfe", b"{", b"[]", b"null", b"[" * 100_000 + b"]" * 100_000,
    json.dumps({**GOOD, "extra": 1}).encode(),
    json.dumps({"path": "a.txt", "findings": []}).encode(),
    json.dumps({**GOOD, "path": "other.txt"}).encode(),
    json.dumps({**GOOD, "findings": {}}).encode(),
    json.dumps({**GOOD, "findings": [1]}).encode(),
    json.dumps({**GOOD, "findings": [{**FINDING, "line": 0}]}).encode(),
    json.dumps({**GOOD, "findings": [{**FINDING, "line": True}]}).encode(),
    json.dumps({**GOOD, "findings": [{**FINDING, "line": "1"}]}).encode(),
    json.dumps({**GOOD, "findings": [{**FINDING, "severity": "fatal"}]}).encode(),
    json.dumps({**GOOD, "findings": [{**FINDING, "references": [1]}]}).encode(),
    json.dumps({**GOOD, "findings": [{**FINDING, "path": "other.txt"}]}).encode(),
    json.dumps({**GOOD, "findings": [{k: v for k, v in FINDING.items() if k != "code"}]}).encode(),
    json.dumps({**GOOD, "lines": {"x": "a"}}).encode(),
    json.dumps({**GOOD, "lines": {"-1": "a"}}).encode(),
    json.dumps({**GOOD, "lines": {"1": 2}}).encode(),
    json.dumps({**GOOD, "valid_on": 5}).encode(),
])
def test_a_damaged_entry_is_a_miss_never_a_traceback(entry, monkeypatch):
    first = run("a.txt")
    (path,) = cache_entries()
    path.write_bytes(entry)
    assert run("a.txt") == first


def test_an_entry_is_read_back_exactly():
    first = run("--format", "json", "a.txt")
    (path,) = cache_entries()
    stored = json.loads(path.read_text())
    assert stored["path"] == "a.txt" and set(stored) == {"path", "findings", "lines", "valid_on"}
    assert run("--format", "json", "a.txt") == first


# -- plugins are part of the key; a run with plugin problems is never cached -------------------


@pytest.fixture
def fresh_plugins():
    """Rules, providers and the rule-set fingerprint are remembered per process: start afresh."""
    from mslint.engine import plugins

    def clear():
        for remembered in (registry.base_registry, plugins._discover, cache.installed_rules_fingerprint):
            getattr(remembered, "cache_clear", lambda: None)()

    clear()
    yield
    clear()


def with_plugin(monkeypatch, value: str):
    from mslint.engine import plugins

    real = plugins.installed()
    monkeypatch.setattr(plugins, "installed", lambda: [*real, plugins.Provider("local", value, "1.0")])


PLUGIN = '''
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule


class Shout(Rule):
    meta = RuleMeta("HYP970", "shout", "hype", Severity.WARNING, "sentence", "s", RuleDocs("w", "y"), ("r",))

    def check(self, document, unit, options):
        if "WORD" in document.text[unit.start:unit.end]:
            yield Hit(unit.start, unit.end, "shouting")


def provide():
    return [Shout()]
'''


def test_a_plugin_that_fails_to_load_fails_every_run(monkeypatch, fresh_plugins):
    with_plugin(monkeypatch, "mslint_missing_plugin_for_tests:provide")
    for _ in range(2):
        registry.base_registry.cache_clear()
        code, _, err = run("a.txt")
        assert code == 2
        assert err == ("mslint: error: plugin 'local' (mslint_missing_plugin_for_tests:provide) failed to load: "
                       "ModuleNotFoundError: No module named 'mslint_missing_plugin_for_tests'\n")
    assert cache_entries() == []


def test_editing_a_plugin_relints(in_tmp, monkeypatch, fresh_plugins):
    package = in_tmp / "site" / "mslint_shout_plugin_for_tests"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(PLUGIN.replace("WORD", "cures"))
    monkeypatch.syspath_prepend(str(in_tmp / "site"))
    with_plugin(monkeypatch, "mslint_shout_plugin_for_tests:provide")
    assert "HYP970" in run("--select", "HYP970", "a.txt")[1]
    (package / "__init__.py").write_text(PLUGIN.replace("WORD", "nothing-like-this"))
    import sys

    sys.modules.pop("mslint_shout_plugin_for_tests", None)
    registry.base_registry.cache_clear()
    cache.installed_rules_fingerprint.cache_clear()  # a new process, as the next CI run is
    assert run("--select", "HYP970", "a.txt") == (0, "", "")
    sys.modules.pop("mslint_shout_plugin_for_tests", None)


def test_the_plugin_fingerprint_covers_version_and_code(in_tmp, monkeypatch):
    from mslint.engine.plugins import Provider

    package = in_tmp / "site" / "mslint_fp_plugin_for_tests"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("x = 1\n")
    monkeypatch.syspath_prepend(str(in_tmp / "site"))
    provider = Provider("fp", "mslint_fp_plugin_for_tests:provide", "1.0", "fp-dist")
    first = cache._plugin_fingerprint(provider)
    assert cache._plugin_fingerprint(Provider("fp", provider.value, "1.1", "fp-dist")) != first
    (package / "data.toml").write_text("x = 1\n")
    second = cache._plugin_fingerprint(provider)
    assert second != first
    os.utime(package / "data.toml", ns=(10**18, 10**18))  # times do not count
    assert cache._plugin_fingerprint(provider) == second
