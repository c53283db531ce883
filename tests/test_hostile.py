"""Hostile files and repositories: what a pull request can ship, and the exact line and exit code
mslint answers with. Every case is built here, in a scratch folder (issue 15).

A case names its setup, the command line, the exit code, and the exact standard error (with
{root} standing for the scratch folder's real path); `out` is a part standard output must hold.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from helpers import CLAIM, local_pack, run

FINDING = 'a.md:1:23: CLM001 [error] Unqualified cure claim: "cures MS"; say what the evidence shows (how many people improved, for how long)\n'
EXTENSIONS = ".txt, .text, .md, .markdown, .html, .htm, .mdx, .qmd, .rmd"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(name: str, text: str | bytes = CLAIM) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def fifo(name: str) -> None:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(name)


def link(name: str, target: str) -> None:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, name)


def repository(*names: str) -> None:
    """A checkout: a .git folder, so configuration discovery stops here."""
    Path(".git").mkdir()
    for name in names:
        write(name)


@dataclass
class Case:
    setup: Callable[[], None]
    args: tuple[str, ...]
    code: int
    err: str
    out: str = ""


def config(text: str) -> Callable[[], None]:
    def setup():
        repository("a.md")
        write(".mslint.toml", text)
    return setup


def packs(build: Callable[[], None]) -> Callable[[], None]:
    def setup():
        repository("a.md")
        write(".mslint.toml", 'rule-paths = ["packs"]\n')
        Path("packs").mkdir()
        build()
    return setup


CONFIG = "mslint: error: {root}/.mslint.toml: "
ALIAS_BOMB = "---\n" + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi")
) + "---\n" + CLAIM

CASES = {
    # -- configuration a repository ships ------------------------------------------------------
    "rule-paths naming the root folder": Case(
        config('rule-paths = ["/"]\n'), ("a.md",), 2,
        CONFIG + "key 'rule-paths': '/' is outside this config file's folder {root} (rule packs must live "
        "below it; name a config with --config to use others)\n"),
    "rule-paths climbing out of the repository": Case(
        config('rule-paths = ["../elsewhere"]\n'), ("a.md",), 2,
        CONFIG + "key 'rule-paths': '../elsewhere' is outside this config file's folder {root} (rule packs "
        "must live below it; name a config with --config to use others)\n"),
    "nan in a rule's options": Case(
        config("[options.RDB002]\nmax-words = nan\n"), ("a.md",), 2,
        CONFIG + "key 'options.RDB002.max-words': expected a finite number (got nan)\n"),
    "inf in a rule's options": Case(
        config("[options.RDB002]\nmax-words = -inf\n"), ("a.md",), 2,
        CONFIG + "key 'options.RDB002.max-words': expected a finite number (got -inf)\n"),
    "options for a rule that does not exist": Case(
        config("[options.XYZ001]\nmax-words = 1\n"), ("a.md",), 2,
        CONFIG + "key 'options.XYZ001': no rule has this code or name (see `mslint --list-rules`)\n"),
    "an empty select": Case(
        config("select = []\n"), ("a.md",), 2,
        CONFIG + "key 'select': an empty list selects no rule (to lint with none, ignore = [\"ALL\"])\n"),
    "a lone ! in exclude": Case(
        config('exclude = ["!"]\n'), ("a.md",), 2,
        CONFIG + "key 'exclude': Invalid git pattern: '!' (patterns use .gitignore syntax)\n"),
    "max-file-size that is not a size": Case(
        config('max-file-size = "5 MB"\n'), ("a.md",), 2,
        CONFIG + "key 'max-file-size': expected a whole number of bytes, e.g. 10_000_000 (got '5 MB')\n"),
    "rule-timeout of nan": Case(
        config("rule-timeout = nan\n"), ("a.md",), 2,
        CONFIG + "key 'rule-timeout': expected a finite number (got nan)\n"),
    "rule-timeout of zero": Case(
        config("rule-timeout = 0\n"), ("a.md",), 2,
        CONFIG + "key 'rule-timeout': expected seconds between 0 and 3600, e.g. 5 (got 0)\n"),
    "a config file that is a FIFO": Case(
        lambda: (repository("a.md"), fifo(".mslint.toml")), ("a.md",), 2,
        "mslint: error: {root}/.mslint.toml: is not a regular file\n"),
    "a config file nested too deeply for the TOML parser": Case(
        config("select = " + "[" * 5000 + "]" * 5000 + "\n"), ("a.md",), 2,
        CONFIG + "not valid TOML: nested too deeply\n"),
    # -- rule packs a repository ships ---------------------------------------------------------
    "a pack that is a FIFO": Case(
        packs(lambda: fifo("packs/x.toml")), ("a.md",), 2,
        "mslint: error: {root}/packs/x.toml: is a named pipe (FIFO), not a regular file\n"),
    "a pack that is a symlink to /dev/zero": Case(
        packs(lambda: link("packs/z.toml", "/dev/zero")), ("a.md",), 2,
        "mslint: error: {root}/packs/z.toml: symbolic link leads outside {root}\n"),
    "a packs folder that is a symlink to /": Case(
        packs(lambda: link("packs/etc", "/etc")), ("a.md",), 2,
        "mslint: error: {root}/packs/etc: symbolic link leads outside {root}\n"),
    "a pack over 1 MB": Case(
        packs(lambda: write("packs/big.toml", "#" * 1_000_001)), ("a.md",), 2,
        "mslint: error: {root}/packs/big.toml: is larger than the limit of 1,000,000 bytes: 1,000,001 bytes\n"),
    "a packs folder of 10,001 files": Case(
        packs(lambda: [write(f"packs/{n}.txt", "") for n in range(10_001)]), ("a.md",), 2,
        "mslint: error: {root}/packs: more than 10,000 files and folders below this rule path\n"),
    "a symlink cycle in a packs folder": Case(
        packs(lambda: (link("packs/loop", "."), write("packs/p.toml", local_pack("cures")))),
        ("--select", "HYP950", "a.md"), 1, "",
        "a.md:1:23: HYP950 [warning] m cures\n"),
    # -- inputs ------------------------------------------------------------------------------------
    "an article that is a FIFO": Case(
        lambda: fifo("a.md"), ("a.md",), 2,
        "mslint: error: a.md: is a named pipe (FIFO), not a regular file\n",
        "a.md:1:1: MSL002 [error] File is a named pipe (FIFO), not a regular file\n"),
    "an article that is a symlink to /dev/zero": Case(
        lambda: link("a.md", "/dev/zero"), ("a.md",), 2,
        "mslint: error: a.md: is a character device, not a regular file\n"),
    "a FIFO and a /dev/zero link in a folder": Case(
        lambda: (fifo("site/b.md"), link("site/c.md", "/dev/zero"), write("site/a.md")), ("site",), 2,
        "mslint: error: site/b.md: is a named pipe (FIFO), not a regular file\n"
        "mslint: error: site/c.md: is a character device, not a regular file\n",
        "site/a.md:1:23: CLM001"),
    "an article over the default 5 MB": Case(
        lambda: os.truncate(write("a.md"), 6 * 1024 * 1024), ("a.md",), 2,
        "mslint: error: a.md: is larger than the limit of 5,000,000 bytes (max-file-size): 6,291,456 bytes\n"),
    "an article over max-file-size": Case(
        lambda: (write("a.md"), write(".mslint.toml", "max-file-size = 10\n")), ("a.md",), 2,
        "mslint: error: a.md: is larger than the limit of 10 bytes (max-file-size): 32 bytes\n"),
    "a symlink loop inside a folder": Case(
        lambda: (link("site/a.md", "b.md"), link("site/b.md", "a.md"), write("site/c.md")), ("site",), 2,
        "mslint: error: site/a.md: is a symbolic link loop\nmslint: error: site/b.md: is a symbolic link loop\n",
        "site/c.md:1:23: CLM001"),
    "a symlink loop named on the command line": Case(
        lambda: link("a.md", "a.md"), ("a.md",), 2, "mslint: error: a.md: is a symbolic link loop\n"),
    "a broken symlink": Case(
        lambda: link("a.md", "gone.md"), ("a.md",), 2, "mslint: error: a.md: is a broken symbolic link\n"),
    "a .gitignore with a lone !": Case(
        lambda: (write("site/.gitignore", "!\ndrafts/\n"), write("site/a.md"), write("site/drafts/b.md")),
        ("site",), 1, "", "site/a.md:1:23: CLM001"),
    "a .gitignore that is a FIFO": Case(
        lambda: (fifo("site/.gitignore"), write("site/a.md")), ("site",), 2,
        "mslint: error: site/.gitignore: is a named pipe (FIFO), not a regular file\n", "site/a.md:1:23: CLM001"),
    # -- front matter built to blow up -----------------------------------------------------------
    "a 370-byte YAML alias bomb in front matter": Case(
        lambda: (write("a.md", ALIAS_BOMB), write("b.md")), ("a.md", "b.md"), 2,
        "mslint: error: a.md: has YAML front matter whose aliases expand to more than 10,000 values; it is not read\n",
        "b.md:1:23: CLM001"),
    "a front matter alias inside the value it names": Case(
        lambda: (write("a.md", "---\na: &a [*a]\n---\n" + CLAIM), write("b.md")), ("a.md", "b.md"), 2,
        "mslint: error: a.md: has YAML front matter with an alias inside the value it names; it is not read\n",
        "b.md:1:23: CLM001"),
    "front matter nested too deeply for the YAML parser": Case(
        lambda: write("a.md", "---\na: " + "[" * 3000 + "]" * 3000 + "\n---\n" + CLAIM), ("a.md",), 2,
        "mslint: error: a.md: has YAML front matter nested too deeply to read\n"),
    "front matter over 256 KB": Case(
        lambda: write("a.md", "---\n" + "".join(f"k{n}: [v, w]\n" for n in range(30_000)) + "---\n" + CLAIM),
        ("a.md",), 2,
        "mslint: error: a.md: has YAML front matter larger than 262,144 bytes; it is not read\n"),
    "a few aliases are fine": Case(
        lambda: write("a.md", "---\nauthor: &who Jane Doe\nreviewer: *who\n---\n" + CLAIM), ("a.md",), 1, "",
        'a.md:5:23: CLM001'),
    # -- runs that would lint nothing -----------------------------------------------------------
    "an empty folder": Case(
        lambda: Path("empty").mkdir(), ("empty",), 2,
        f"mslint: error: no files to lint in empty (looked for {EXTENSIONS})\n"),
    "a folder of other files": Case(
        lambda: write("code/x.py", CLAIM), ("code",), 2,
        f"mslint: error: no files to lint in code (looked for {EXTENSIONS})\n"),
    "two folders without articles": Case(
        lambda: (Path("one").mkdir(), write("two/.hidden.md")), ("one", "two"), 2,
        f"mslint: error: no files to lint in one, two (looked for {EXTENSIONS})\n"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_case(name, in_tmp):
    case = CASES[name]
    case.setup()
    code, out, err = run("--no-cache", *case.args)
    root = os.path.realpath(in_tmp)
    assert (code, err) == (case.code, case.err.format(root=root))
    assert case.out.format(root=root) in out
    assert "Traceback" not in out + err


def test_a_parent_config_above_the_repository_is_not_used(in_tmp):
    """Another user's or a shared build folder's `ignore = ["ALL"]` must not silence a checkout."""
    write(".mslint.toml", 'ignore = ["ALL"]\n')
    Path("checkout/.git").mkdir(parents=True)
    write("checkout/a.md")
    os.chdir("checkout")
    assert run("--no-cache", "a.md") == (1, FINDING, "")


@pytest.mark.parametrize("marker", [".git", ".hg", ".svn", ".jj"])
def test_discovery_stops_at_any_repository_top(in_tmp, marker):
    write(".mslint.toml", 'ignore = ["ALL"]\n')
    Path(f"checkout/{marker}").mkdir(parents=True)
    write("checkout/sub/a.md")
    os.chdir("checkout/sub")
    assert run("--no-cache", "a.md") == (1, FINDING, "")


def test_a_git_file_marks_the_top_too(in_tmp):
    """Worktrees and submodules have a .git file, not a folder."""
    write(".mslint.toml", 'ignore = ["ALL"]\n')
    write("checkout/.git", "gitdir: /elsewhere\n")
    write("checkout/a.md")
    os.chdir("checkout")
    assert run("--no-cache", "a.md") == (1, FINDING, "")


def test_discovery_stops_at_the_home_folder(in_tmp, monkeypatch):
    write(".mslint.toml", 'ignore = ["ALL"]\n')
    write("home/a.md")
    monkeypatch.setenv("HOME", str(in_tmp / "home"))
    os.chdir("home")
    assert run("--no-cache", "a.md") == (1, FINDING, "")


def test_configs_inside_the_repository_still_apply(in_tmp):
    repository()
    write(".mslint.toml", 'ignore = ["CLM"]\n')
    write("news/a.md")
    assert run("--no-cache", "news/a.md") == (0, "", "")


def test_an_explicit_config_may_name_rule_packs_anywhere(in_tmp):
    write("shared/packs/p.toml", local_pack("cures"))
    write("shared/mslint.toml", 'rule-paths = ["packs"]\n')
    Path("checkout/.git").mkdir(parents=True)
    write("checkout/a.md")
    os.chdir("checkout")
    code, out, err = run("--no-cache", "--config", "../shared/mslint.toml", "--select", "HYP950", "a.md")
    assert (code, out, err) == (1, "a.md:1:23: HYP950 [warning] m cures\n", "")


def test_an_explicit_config_still_refuses_a_device_as_a_pack(in_tmp):
    link("packs/z.toml", "/dev/zero")
    write("strict.toml", 'rule-paths = ["packs"]\n')
    write("a.md")
    code, _, err = run("--no-cache", "--config", "strict.toml", "a.md")
    root = os.path.realpath(in_tmp)
    assert (code, err) == (2, f"mslint: error: {root}/packs/z.toml: is a character device, not a regular file\n")


def test_an_unlistable_subfolder_is_one_line_and_exit_2(in_tmp, monkeypatch):
    write("site/a.md")
    locked = write("site/locked/b.md").parent
    locked.chmod(0)
    if os.geteuid() == 0:  # root lists anything: make the listing fail as it would for a user
        real = os.scandir

        def scandir(path="."):
            if Path(path).name == "locked":
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        code, out, err = run("--no-cache", "site")
    finally:
        locked.chmod(0o755)
    assert (code, err) == (2, "mslint: error: site/locked: folder cannot be listed (Permission denied)\n")
    assert out.startswith("site/a.md:1:23: CLM001")


def test_an_unreadable_file_is_one_line_and_exit_2(in_tmp, monkeypatch):
    write("site/a.md")
    write("site/b.md").chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it would for a user
        real = os.open

        def fake_open(path, flags, *args, **kwargs):
            if str(path).endswith("b.md"):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", fake_open)
    code, out, err = run("--no-cache", "site")
    assert (code, err) == (2, "mslint: error: site/b.md: cannot be read (permission denied)\n")
    assert out.startswith("site/a.md:1:23: CLM001")


def test_an_excluded_file_named_on_the_command_line_is_not_an_error(in_tmp):
    """pre-commit passes every changed file; excluding some in the config is not a failure."""
    repository("a.md")
    write(".mslint.toml", 'exclude = ["a.md"]\n')
    assert run("--no-cache", "a.md") == (0, "", "")


def snapshot(folder: Path) -> dict:
    """Every path below a folder with what it is and its bytes or target: to show nothing changed."""
    state = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            state[name] = ("link", os.readlink(path))
        elif path.is_file():
            state[name] = ("file", path.read_bytes(), path.stat().st_mtime_ns)
        else:
            state[name] = ("folder",)
    return state


def test_a_new_user_clones_a_malicious_repository_and_sees_the_real_findings(in_tmp, monkeypatch):
    """Issue 15, done when: a checkout shipping a forged .mslint_cache/ (entries for its dirty
    article, symlinks out of the checkout) below a parent folder whose .mslint.toml ignores
    everything. The run reports the real findings and touches nothing outside the checkout."""
    import json

    monkeypatch.setenv("XDG_CACHE_HOME", str(in_tmp / "user-cache"))
    write(".mslint.toml", 'ignore = ["ALL"]\n')
    home = in_tmp / "home"
    write("home/notes.txt", "precious\n")
    write("home/" + "a" * 64 + ".json", "{}")
    os.utime(home / ("a" * 64 + ".json"), (0, 0))  # decades unused: the old cache's sweep deleted such files
    Path("checkout/.git").mkdir(parents=True)
    write("checkout/article.md", CLAIM)
    forged = {"path": "article.md", "findings": [], "lines": {}, "valid_on": None}
    for shard in (f"{n:02x}" for n in range(256)):
        write(f"checkout/.mslint_cache/v2/{shard}/{'0' * 64}.json", json.dumps(forged))
    os.symlink(home, "checkout/.mslint_cache/v3")
    write("checkout/.mslint_cache/last-pruned", "")
    os.utime("checkout/.mslint_cache/last-pruned", (0, 0))
    outside = snapshot(home)
    checkout = snapshot(Path("checkout"))
    os.chdir("checkout")
    for _ in range(2):  # a cold run, then a warm one
        code, out, err = run("article.md")
        assert (code, out) == (1, FINDING.replace("a.md", "article.md"))
        assert err == (f"mslint: warning: ignoring {in_tmp}/checkout/.mslint_cache: results are cached in the user's "
                       "cache folder, never read from a project (it can be deleted)\n")
    assert snapshot(home) == outside
    assert snapshot(in_tmp / "checkout") == checkout
    assert sorted(os.listdir(in_tmp)) == [".mslint.toml", "checkout", "home", "user-cache"]


def test_a_planted_program_store_is_never_loaded(in_tmp, monkeypatch):
    """Earlier versions loaded marshalled regex programs, generated bytecode and prefilter words
    from the user's cache folder: whoever could write it decided what ran and what was found.
    Here a store at the name those versions read says no pattern can match anywhere."""
    import hashlib
    import marshal
    import sys

    import regex

    from mslint import patterns
    from mslint.engine.registry import base_registry

    base_registry()  # every pattern the rules use exists now
    entries = {("requirement", lazy.pattern, int(lazy.flags)): "zzqqzz-never" for lazy in patterns._created}
    identity = "\n".join(("1", sys.version, sys.implementation.cache_tag or "", regex.__version__))
    folder = in_tmp / "user-cache" / "mslint"
    folder.mkdir(parents=True)
    (folder / f"patterns-{hashlib.sha256(identity.encode()).hexdigest()[:16]}.marshal").write_bytes(
        marshal.dumps(entries))
    repository("a.md")
    import subprocess

    environment = {**os.environ, "XDG_CACHE_HOME": str(in_tmp / "user-cache")}
    done = subprocess.run([sys.executable, "-m", "mslint", "a.md"], capture_output=True, text=True, env=environment)
    assert (done.returncode, done.stdout, done.stderr) == (1, FINDING, "")
