"""The folder the result cache lives in, handled so that nobody else can aim or forge it.

It is per user and outside every checkout: `$XDG_CACHE_HOME/mslint/results/<project>/`, else
`~/.cache/mslint/...` (a repository must not ship results, as it could in `.mslint_cache/`).
Every folder mslint creates is 0700, and a folder it did not create the way it would have (not
owned by this user, writable by group or others, a symlink) is refused: the run goes on
uncached, with one warning. Beneath the user's cache folder nothing is ever reached through a
symlink: each step is opened relative to the last with O_NOFOLLOW, entries are read and written
with O_NOFOLLOW, renamed into place (which replaces a symlink, never follows it) and deleted by
name only when they are regular files named as this cache names them.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

_DIRECTORY = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
# Names this cache gives its folders and files; pruning touches nothing else.
PROJECT_NAME = re.compile(r"[0-9a-f]{64}")
SHARD_NAME = re.compile(r"[0-9a-f]{2}")
ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.json")
TEMPORARY_NAME = re.compile(r"\.[0-9a-f]{64}\.json\.[0-9a-f]{16}\.tmp")  # left by a killed run
MAX_ENTRY_SIZE = 64 * 1_000_000  # findings and lines of a file at the largest max-file-size anyone sets


class Unusable(Exception):
    """The cache folder cannot be used safely; the message completes "not using the result cache: "."""


def user_cache_folder() -> Path | None:
    """$XDG_CACHE_HOME/mslint (when absolute, as the XDG spec requires), else ~/.cache/mslint."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = os.path.join(os.path.expanduser("~"), ".cache")
        except (RuntimeError, KeyError):
            return None
        if not os.path.isabs(base):
            return None  # no home folder to put it in
    return Path(base) / "mslint"


def _check(descriptor: int, shown: Path) -> None:
    info = os.fstat(descriptor)
    if not stat.S_ISDIR(info.st_mode):
        raise Unusable(f"{shown} is not a folder")
    if info.st_uid != os.geteuid():
        raise Unusable(f"{shown} belongs to another user (uid {info.st_uid})")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise Unusable(f"{shown} is writable by group or others (chmod go-w it, or delete it)")


def _open_folder(parent: int | None, name: str, shown: Path, create: bool, check: bool = True) -> int:
    """Open (and create, 0700) one folder below `parent` without following a symlink."""
    flags = _DIRECTORY | (_NOFOLLOW if parent is not None else 0)
    for attempt in (0, 1):
        try:
            descriptor = os.open(name, flags, dir_fd=parent)
            break
        except FileNotFoundError:
            if not create or attempt:
                raise
            try:
                os.mkdir(name, 0o700, dir_fd=parent)
            except FileExistsError:
                pass  # another run made it first
        except OSError as error:
            if os.path.islink(shown):
                raise Unusable(f"{shown} is a symbolic link") from None
            raise Unusable(f"{shown} cannot be opened ({error.strerror or error})") from None
    if check:
        try:
            _check(descriptor, shown)
        except BaseException:
            os.close(descriptor)
            raise
    return descriptor


class CacheFolder:
    """One project's folder of entries, opened once per run. Raises Unusable."""

    def __init__(self, top: Path, project: str):
        self.top = top
        self.path = top / "results" / project
        self._descriptors: list[int] = []
        try:
            os.makedirs(top.parent, 0o700, exist_ok=True)  # the XDG base may be a symlink: that is the user's
            base = _open_folder(None, str(top.parent), top.parent, create=False, check=False)
            self._descriptors.append(base)
            mslint = _open_folder(base, top.name, top, create=True)
            self._descriptors.append(mslint)
            _tag(mslint)
            self.results = _open_folder(mslint, "results", top / "results", create=True)
            self._descriptors.append(self.results)
            self.project = _open_folder(self.results, project, self.path, create=True)
            self._descriptors.append(self.project)
        except OSError as error:
            self.close()
            raise Unusable(f"{top} cannot be created ({error.strerror or error})") from None
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        while self._descriptors:
            os.close(self._descriptors.pop())

    # -- entries -----------------------------------------------------------------------------

    def _shard(self, name: str, create: bool) -> int:
        return _open_folder(self.project, name[:2], self.path / name[:2], create=create)

    def read(self, name: str) -> bytes | None:
        """An entry's bytes; None when it is missing or anything but a small regular file."""
        try:
            shard = self._shard(name, create=False)
        except (OSError, Unusable):
            return None
        try:
            descriptor = os.open(name, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=shard)
        except OSError:
            os.close(shard)
            return None
        try:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_SIZE:
                return None
            with os.fdopen(os.dup(descriptor), "rb") as stream:
                return stream.read(MAX_ENTRY_SIZE + 1)
        except OSError:
            return None
        finally:
            os.close(descriptor)
            os.close(shard)

    def touch(self, name: str) -> None:
        """Mark an entry as used now (pruning keeps it)."""
        try:
            shard = self._shard(name, create=False)
        except (OSError, Unusable):
            return
        try:
            os.utime(name, dir_fd=shard, follow_symlinks=False)
        except OSError:
            pass
        finally:
            os.close(shard)

    def write(self, name: str, data: bytes) -> None:
        """Write an entry atomically: readers see the old entry or the new one, never half.
        Raises OSError or Unusable; no temporary file is left behind."""
        shard = self._shard(name, create=True)
        try:
            write_in(shard, name, data)
        finally:
            os.close(shard)

    # -- pruning -----------------------------------------------------------------------------

    def prune(self, cutoff: float) -> None:
        """Delete this cache's entries (and leftover temporary files) last used before `cutoff`,
        in every project's folder, then the folders left empty."""
        for project in _folders(self.results, PROJECT_NAME):
            try:
                for shard in _folders(project, SHARD_NAME):
                    try:
                        _prune_files(shard, cutoff)
                    finally:
                        os.close(shard)
                    # (the shard folder itself is removed below when empty)
                _remove_empty(project, SHARD_NAME)
            finally:
                os.close(project)
        _remove_empty(self.results, PROJECT_NAME)

    def stamp_age(self, name: str, now: float) -> float | None:
        """Seconds since the marker file `name` in the results folder was written; None if absent."""
        try:
            info = os.stat(name, dir_fd=self.results, follow_symlinks=False)
        except OSError:
            return None
        return now - info.st_mtime if stat.S_ISREG(info.st_mode) else None

    def stamp(self, name: str, now: float) -> None:
        try:
            write_in(self.results, name, b"")
            os.utime(name, (now, now), dir_fd=self.results, follow_symlinks=False)
        except OSError:
            pass


def write_in(folder: int, name: str, data: bytes) -> None:
    temporary = f".{name}.{secrets.token_hex(8)}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
                         0o600, dir_fd=folder)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:  # a full disk, or SIGTERM: leave nothing behind
        try:
            os.unlink(temporary, dir_fd=folder)
        except OSError:
            pass
        raise


def _entries(folder: int) -> list[os.DirEntry]:
    """The entries of an open folder; none when it cannot be read (the cache is best effort)."""
    try:
        return list(os.scandir(folder))
    except OSError:
        return []


def _folders(parent: int, pattern: re.Pattern) -> Iterator[int]:
    """Open descriptors of the sub-folders this cache named (real folders, not symlinks)."""
    for entry in _entries(parent):
        if pattern.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False):
            try:
                yield _open_folder(parent, entry.name, Path(entry.name), create=False)
            except (OSError, Unusable):
                continue


def _prune_files(shard: int, cutoff: float) -> None:
    for entry in _entries(shard):
        if not (ENTRY_NAME.fullmatch(entry.name) or TEMPORARY_NAME.fullmatch(entry.name)):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.name, dir_fd=shard)  # unlink never follows a symlink
        except OSError:
            pass


def _remove_empty(parent: int, pattern: re.Pattern) -> None:
    for entry in _entries(parent):
        if pattern.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False):
            try:
                os.rmdir(entry.name, dir_fd=parent)  # only succeeds when empty
            except OSError:
                pass


CACHEDIR_TAG = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# This file is a cache directory tag created by mslint.\n"
    b"# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def _tag(folder: int) -> None:
    """Mark the cache folder for backup tools (CACHEDIR.TAG)."""
    try:
        os.stat("CACHEDIR.TAG", dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        try:
            write_in(folder, "CACHEDIR.TAG", CACHEDIR_TAG)
        except OSError:
            pass
    except OSError:
        pass
