"""The result cache: an unchanged re-run costs a hash and a file read per input.

An entry is keyed by everything that can change a result: the file's bytes and shown path, the
effective configuration, the command-line selection, the rule set (mslint's version and the
content of its source files, installed plugins, the content of the rule packs in use) and the
input format. A change to any of them is a different key, so a stale result is never returned.
Contents, not file times, identify the rule set, so a cache restored in CI after a fresh install
and checkout still hits. One more thing changes results: a document with no date of its own is
judged against today's date, so its entry is valid on that day only.

Entries live in `.mslint_cache/` at the project root (tagged with CACHEDIR.TAG so backup tools
skip it), are written atomically, and are deleted once no run has used them for 30 days.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from functools import lru_cache
from pathlib import Path

from mslint import __version__
from mslint.atomic import write_atomically
from mslint.model import FileResult, Finding

CACHE_FOLDER = ".mslint_cache"
FORMAT_VERSION = "2"  # 2: entries carry valid_on
UNUSED_DAYS = 30  # an entry no run has read or written for this long is deleted
PRUNE_INTERVAL = 24 * 3600  # seconds between two sweeps for such entries
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by mslint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


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


@lru_cache(maxsize=None)
def installed_rules_fingerprint() -> str:
    """mslint's own code and packs plus every installed plugin distribution (name and version)."""
    from mslint.rules.builtin import packs_folder
    from mslint.engine.plugins import installed

    package, packs = Path(__file__).resolve().parents[1], packs_folder()
    own_files = [*package.rglob("*.py"), *packs.rglob("*.toml")]
    providers = sorted(f"{p.name}={p.value}@{p.version}" for p in installed())

    def named_by(path: Path) -> str:  # relative, so the folder mslint is installed in does not matter
        root = package if path.is_relative_to(package) else packs
        return f"{root.name}/{path.relative_to(root).as_posix()}"

    return hashlib.sha256(
        "\n".join([__version__, _content_fingerprint(own_files, named_by), *providers]).encode()
    ).hexdigest()


def rule_paths_fingerprint(rule_paths, within: Path | None = None) -> str:
    """The packs' contents, read as safely as loading reads them (raises PackError)."""
    from mslint.rules.pack_files import pack_files, read_pack

    combined = hashlib.sha256()
    for folder in rule_paths:
        for path in pack_files(Path(folder), within):
            combined.update(f"{path}:{hashlib.sha256(read_pack(path)).hexdigest()}\n".encode())
    return combined.hexdigest()


class ResultCache:
    def __init__(self, root: Path):
        self.folder = root / CACHE_FOLDER / f"v{FORMAT_VERSION}"

    def key(self, content: bytes, shown_path: str, settings: str) -> str:
        digest = hashlib.sha256()
        for part in (FORMAT_VERSION, installed_rules_fingerprint(), settings, shown_path):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        digest.update(content)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, today: str) -> FileResult | None:
        entry = self._entry(key)
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            if data.get("valid_on") not in (None, today):
                return None  # judged against another day's date
            result = FileResult(
                path=data["path"],
                findings=[Finding.from_dict(item) for item in data["findings"]],
                lines={int(line): text for line, text in data["lines"].items()},
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable entries are just misses
        try:
            os.utime(entry)  # used now: `prune` keeps it
        except OSError:
            pass
        return result

    def put(self, key: str, result: FileResult, valid_on: str | None = None) -> None:
        """Keep a result; `valid_on` (YYYY-MM-DD) limits it to one day, for results judged against today."""
        if result.error or result.internal_error:
            return  # only complete, successful results are worth replaying
        entry = self._entry(key)
        payload = json.dumps(
            {"path": result.path, "findings": [f.to_dict() for f in result.findings], "lines": result.lines,
             "valid_on": valid_on}
        )
        try:
            self._prepare(entry.parent)
            write_atomically(entry, payload.encode("utf-8"))
        except OSError:
            pass  # a read-only project still lints; it just is not cached

    def prune(self, now: float | None = None) -> None:
        """Delete entries no run has used for UNUSED_DAYS, in every format's folder; at most once
        a day. Without it a cache kept between CI runs would grow with every edit ever linted."""
        now = time.time() if now is None else now
        top = self.folder.parent
        marker = top / "last-pruned"
        try:
            if now - marker.stat().st_mtime < PRUNE_INTERVAL:
                return
        except FileNotFoundError:
            if not top.is_dir():
                return  # nothing cached yet
        except OSError:
            return
        cutoff = now - UNUSED_DAYS * 24 * 3600
        for entry in top.glob("v*/*/*.json"):
            try:
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
            except OSError:
                pass  # gone already, or read-only: leave it
        try:
            marker.touch()
            os.utime(marker, (now, now))  # `now` may be a test's clock
        except OSError:
            pass

    def _prepare(self, folder: Path) -> None:
        if folder.is_dir():
            return
        folder.mkdir(parents=True, exist_ok=True)
        tag_cache_folder(self.folder.parent)


def tag_cache_folder(top: Path) -> None:
    """Mark a cache folder for backup tools (CACHEDIR.TAG) and for git (a .gitignore of its own)."""
    tag = top / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text(CACHEDIR_TAG, encoding="utf-8")
        # Keep the cache out of version control without touching the user's .gitignore.
        (top / ".gitignore").write_text("*\n", encoding="utf-8")
