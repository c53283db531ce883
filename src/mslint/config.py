"""Configuration: `[tool.mslint]` in pyproject.toml, `.mslint.toml` or `mslint.toml`.

Discovered from each linted file's folder upward; the nearest file wins (no merging, so what
a file says is what applies). The search stops at the top of the repository (the folder holding
.git, .hg, .svn or .jj) or at the user's home folder, whichever comes first: a file above them
belongs to someone else (a shared build folder, another user) and must not be able to silence
a repository's findings. Every key and value is validated, and a bad one is a ConfigError
naming the file, the key and the valid choices.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from mslint.model import SEVERITY_NAMES, Severity
from mslint.reading.source import DEFAULT_MAX_FILE_SIZE
from mslint.regular_file import MB, Refused, describe_os_error, read_regular

CONFIG_FILES = (".mslint.toml", "mslint.toml", "pyproject.toml")
FAIL_ON_CHOICES = ("error", "warning", "info", "never")
KEYS = (
    "select",
    "ignore",
    "extend-select",
    "per-file-ignores",
    "severity",
    "options",
    "rule-paths",
    "exclude",
    "fail-on",
    "min-severity",
    "front-matter-keys",
    "skip-html",
    "extend-include",
    "max-file-size",
    "rule-timeout",
)
# Folders that mark the top of a repository: configuration discovery goes no higher.
REPOSITORY_MARKERS = (".git", ".hg", ".svn", ".jj")
MAX_CONFIG_SIZE = 1 * MB
# The default `rule-timeout`: one rule on one article takes milliseconds; seconds mean a hang.
DEFAULT_RULE_TIMEOUT = 5.0


class ConfigError(Exception):
    """A configuration problem; the message is one line naming the file and the key."""


# eq=False: configs are compared and hashed by identity (the resolver shares one per file).
@dataclass(frozen=True, eq=False)
class Config:
    path: Path | None = None  # the file it came from; None for defaults
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # selector -> severity
    options: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()  # rule -> options
    rule_paths: tuple[Path, ...] = ()
    # The folder rule packs must stay inside (symlinks included); None when the config was named
    # with --config, whose rule paths may point anywhere.
    rule_root: Path | None = None
    exclude: tuple[str, ...] = ()
    fail_on: str | None = None
    # Findings below it are neither reported nor counted; None: the default (warning).
    min_severity: Severity | None = None
    # Front matter and <meta> keys linted as prose; None: the readers' default keys.
    front_matter_keys: tuple[str, ...] | None = None
    skip_html: tuple[str, ...] | None = None  # None: the HTML reader's default furniture selectors
    extend_include: tuple[tuple[str, str], ...] = ()  # (".mdoc", "markdown"): more files folders yield
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # bytes; larger inputs are refused
    rule_timeout: float = DEFAULT_RULE_TIMEOUT  # seconds one rule may spend on one document

    @property
    def root(self) -> Path:
        """Folder that relative paths in this config (globs, rule paths) are taken from."""
        return self.path.parent if self.path else Path.cwd()

    def fingerprint(self) -> str:
        """Stable text of the effective settings (for cache keys). min-severity is left out: it
        filters results after the cache, so a cached result serves every threshold."""
        return repr((str(self.path), self.select, self.ignore, self.extend_select, self.per_file_ignores,
                     self.severity, self.options, self.rule_paths, self.rule_root, self.exclude, self.fail_on,
                     self.max_file_size, self.rule_timeout, self.read_options))

    @property
    def read_options(self):
        """What the readers need to know (front matter keys...): part of what a cached result depends on."""
        from mslint.reading import DEFAULT_READ_OPTIONS, ReadOptions

        if self.front_matter_keys is None and self.skip_html is None and not self.extend_include:
            return DEFAULT_READ_OPTIONS
        return ReadOptions(
            front_matter_keys=DEFAULT_READ_OPTIONS.front_matter_keys if self.front_matter_keys is None else self.front_matter_keys,
            skip_html=DEFAULT_READ_OPTIONS.skip_html if self.skip_html is None else self.skip_html,
            extend_include=self.extend_include,
        )


DEFAULT = Config()


def _fail(path: Path, key: str, problem: str) -> ConfigError:
    return ConfigError(f"{path}: key '{key}': {problem}")


def _strings(path: Path, key: str, value) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise _fail(path, key, "expected a list of strings, e.g. [\"CLM\", \"COM001\"]")
    return tuple(item.strip() for item in value)


def _finite_numbers(path: Path, key: str, value) -> None:
    """TOML allows nan and inf; no setting or option means anything by them."""
    if isinstance(value, float) and not math.isfinite(value):
        raise _fail(path, key, f"expected a finite number (got {value!r})")
    if isinstance(value, dict):
        for name, item in value.items():
            _finite_numbers(path, f"{key}.{name}" if key else str(name), item)
    elif isinstance(value, list):
        for item in value:
            _finite_numbers(path, key, item)


def _exclude(path: Path, value) -> tuple[str, ...]:
    from mslint.ignore_globs import is_plain

    patterns = _strings(path, "exclude", value)
    for pattern in patterns:
        if is_plain(pattern):
            continue  # a plain path is always a valid pattern: no need to import pathspec to know
        import pathspec

        try:
            pathspec.GitIgnoreSpec.from_lines([pattern])
        except ValueError as error:
            raise _fail(path, "exclude", f"{error} (patterns use .gitignore syntax)") from None
    return patterns


def _rule_paths(path: Path, value, explicit: bool) -> tuple[tuple[Path, ...], Path | None]:
    """Rule-pack folders, resolved; a discovered config may only name folders below its own."""
    root = Path(os.path.realpath(path.parent))
    resolved = []
    for item in _strings(path, "rule-paths", value):
        folder = Path(os.path.realpath(path.parent / item))
        if not explicit and folder != root and root not in folder.parents:
            raise _fail(path, "rule-paths", f"{item!r} is outside this config file's folder {root} "
                        "(rule packs must live below it; name a config with --config to use others)")
        resolved.append(folder)
    return tuple(resolved), None if explicit else root


def parse_config(table: dict, path: Path, explicit: bool = False) -> Config:
    """`explicit`: the file was named with --config, so its rule paths may point anywhere."""
    unknown = [key for key in table if key not in KEYS]
    if unknown:
        raise ConfigError(f"{path}: unknown key '{unknown[0]}' (valid keys: {', '.join(KEYS)})")
    _finite_numbers(path, "", table)
    values: dict = {"path": path}
    if "select" in table:
        values["select"] = _strings(path, "select", table["select"])
        if not values["select"]:
            raise _fail(path, "select", 'an empty list selects no rule (to lint with none, ignore = ["ALL"])')
    for key in ("ignore", "extend-select"):
        if key in table:
            values[key.replace("-", "_")] = _strings(path, key, table[key])
    if "exclude" in table:
        values["exclude"] = _exclude(path, table["exclude"])
    if "fail-on" in table:
        if table["fail-on"] not in FAIL_ON_CHOICES:
            raise _fail(path, "fail-on", f"expected one of: {', '.join(FAIL_ON_CHOICES)} (got {table['fail-on']!r})")
        values["fail_on"] = table["fail-on"]
    if "min-severity" in table:
        if table["min-severity"] not in SEVERITY_NAMES:
            raise _fail(path, "min-severity",
                        f"expected one of: {', '.join(SEVERITY_NAMES)} (got {table['min-severity']!r})")
        values["min_severity"] = Severity.parse(table["min-severity"])
    if "front-matter-keys" in table:
        keys = table["front-matter-keys"]
        if not isinstance(keys, list) or not all(isinstance(key, str) and key.strip() for key in keys):
            raise _fail(path, "front-matter-keys", 'expected a list of keys, e.g. ["title", "description"]')
        values["front_matter_keys"] = tuple(key.strip() for key in keys)
    if "skip-html" in table:
        from mslint.reading.furniture import SelectorError, parse_selector

        selectors = _strings(path, "skip-html", table["skip-html"]) if table["skip-html"] != [] else ()
        for selector in selectors:
            try:
                parse_selector(selector)
            except SelectorError as error:
                raise _fail(path, "skip-html", str(error)) from None
        values["skip_html"] = selectors
    if "extend-include" in table:
        values["extend_include"] = _extend_include(path, table["extend-include"])
    if "max-file-size" in table:
        size = table["max-file-size"]
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise _fail(path, "max-file-size", f"expected a whole number of bytes, e.g. 10_000_000 (got {size!r})")
        values["max_file_size"] = size
    if "rule-timeout" in table:
        seconds = table["rule-timeout"]
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 < seconds <= 3600:
            raise _fail(path, "rule-timeout", f"expected seconds between 0 and 3600, e.g. 5 (got {seconds!r})")
        values["rule_timeout"] = float(seconds)
    if "rule-paths" in table:
        values["rule_paths"], values["rule_root"] = _rule_paths(path, table["rule-paths"], explicit)
    if "per-file-ignores" in table:
        globs = table["per-file-ignores"]
        if not isinstance(globs, dict):
            raise _fail(path, "per-file-ignores", "expected a table of \"glob\" = [\"CODE\", ...]")
        values["per_file_ignores"] = tuple(
            (glob, _strings(path, f"per-file-ignores.{glob}", codes)) for glob, codes in globs.items()
        )
    if "severity" in table:
        severities = table["severity"]
        if not isinstance(severities, dict):
            raise _fail(path, "severity", "expected a table of CODE = \"error\" | \"warning\" | \"info\"")
        parsed = []
        for selector, level in severities.items():
            if level not in SEVERITY_NAMES:
                raise _fail(path, f"severity.{selector}", f"expected one of: {', '.join(SEVERITY_NAMES)} (got {level!r})")
            parsed.append((selector, Severity.parse(level)))
        values["severity"] = tuple(parsed)
    if "options" in table:
        options = table["options"]
        if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
            raise _fail(path, "options", "expected tables such as [tool.mslint.options.RDB002] with option = value")
        values["options"] = tuple((rule, tuple(opts.items())) for rule, opts in options.items())
    return Config(**values)


def _extend_include(path: Path, table) -> tuple[tuple[str, str], ...]:
    from mslint.reading import FORMATS

    if not isinstance(table, dict):
        raise _fail(path, "extend-include", 'expected a table of ".extension" = "reader", e.g. {".mdoc" = "markdown"}')
    pairs = []
    for extension, reader in table.items():
        if not (extension.startswith(".") and len(extension) > 1 and "/" not in extension):
            raise _fail(path, f"extend-include.{extension}", "expected an extension starting with a dot, such as \".mdoc\"")
        if reader not in FORMATS:
            raise _fail(path, f"extend-include.{extension}", f"expected a reader: one of {', '.join(FORMATS)} (got {reader!r})")
        pairs.append((extension.lower(), reader))
    return tuple(pairs)


def _read_toml(path: Path) -> dict:
    import tomllib  # here: most runs have no configuration file

    try:
        # A repository's configuration is untrusted input read once per run: the standard parser.
        return tomllib.loads(read_regular(path, MAX_CONFIG_SIZE).decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text") from None
    except Refused as refused:
        raise ConfigError(f"{path}: {refused}") from None
    except OSError as error:
        raise ConfigError(f"{path}: {describe_os_error(path, error)}") from None
    except RecursionError:  # deeply nested arrays: tomllib parses them recursively
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None


def load_config_file(path: Path, explicit: bool = False) -> Config:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("mslint")
        if table is None:
            raise ConfigError(f"{path}: no [tool.mslint] table")
    else:
        # A standalone file may hold the keys at top level or under [tool.mslint].
        table = data.get("tool", {}).get("mslint", data) if set(data) == {"tool"} else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.mslint] must be a table")
    return parse_config(table, path, explicit)


def _has_mslint_table(pyproject: Path) -> bool:
    # Cheap text test first: most pyproject files have nothing for us and need no parse.
    try:
        if b"mslint" not in read_regular(pyproject, MAX_CONFIG_SIZE):
            return False
    except (OSError, Refused):
        pass  # _read_toml says what is wrong with it
    tool = _read_toml(pyproject).get("tool", {})
    return isinstance(tool, dict) and "mslint" in tool


def _home() -> Path | None:
    try:
        return Path(os.path.realpath(Path.home()))
    except (RuntimeError, KeyError):  # no home folder (a service account)
        return None


def is_repository_top(folder: Path) -> bool:
    return any(os.path.lexists(folder / marker) for marker in REPOSITORY_MARKERS)


class ConfigResolver:
    """Finds the config that applies to a path; caches per folder so a big tree is walked once."""

    def __init__(self, explicit: Path | None = None, isolated: bool = False):
        self._fixed: Config | None = None
        if isolated:
            self._fixed = DEFAULT
        elif explicit is not None:
            if not os.path.lexists(explicit):
                raise ConfigError(f"{explicit}: config file does not exist")
            self._fixed = load_config_file(Path(os.path.realpath(explicit)), explicit=True)
        self._by_folder: dict[Path, Config] = {}
        self._home = _home()

    def for_path(self, path: Path) -> Config:
        if self._fixed is not None:
            return self._fixed
        resolved = Path(os.path.realpath(path))  # realpath, unlike Path.resolve, survives symlink loops
        return self._for_folder(resolved if resolved.is_dir() else resolved.parent)

    def _for_folder(self, folder: Path) -> Config:
        cached = self._by_folder.get(folder)
        if cached is not None:
            return cached
        config = None
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.exists():
                continue
            if not candidate.is_file():
                raise ConfigError(f"{candidate}: is not a regular file")
            if name != "pyproject.toml" or _has_mslint_table(candidate):
                config = load_config_file(candidate)
                break
        if config is None:
            top = folder.parent == folder or folder == self._home or is_repository_top(folder)
            config = DEFAULT if top else self._for_folder(folder.parent)
        self._by_folder[folder] = config
        return config

