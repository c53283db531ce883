"""Finding and reading the files of a rule path without trusting the folder they are in.

`rule-paths` in a repository's config names folders the repository itself ships, so a pull
request chooses what is there: a FIFO or a symlink to /dev/zero named `x.toml`, a symlink to a
folder elsewhere on the machine, a folder of a million files. A pack file must be a regular
file of at most MAX_PACK_SIZE bytes; a walk lists at most MAX_ENTRIES entries; and a symlink
(to a file or a folder) must not lead outside `within`, the folder of the config file that named
the rule path (None for a config named with --config and for installed packs). Each refusal is
a PackError, one line: nothing is skipped in silence.
"""

from __future__ import annotations

import os
from pathlib import Path

from mslint.regular_file import MB, Refused, describe_os_error, read_regular

MAX_PACK_SIZE = 1 * MB  # the largest built-in pack is about 60 KB
MAX_ENTRIES = 10_000  # files and folders listed while walking one rule path


class PackError(Exception):
    """A rule pack that cannot be loaded; the message names the file and the key."""


def _inside(path: Path, within: Path | None) -> bool:
    if within is None:
        return True
    real = Path(os.path.realpath(path))
    return real == within or within in real.parents


def pack_files(rule_path: Path, within: Path | None = None) -> list[Path]:
    """The *.toml files of a rule path (a file, or a folder walked recursively), sorted."""
    if not os.path.lexists(rule_path):
        raise PackError(f"{rule_path}: rule path does not exist")
    if not _inside(rule_path, within):
        raise PackError(f"{rule_path}: leads outside {within}")
    if not rule_path.is_dir():
        return [rule_path]
    found: list[Path] = []
    seen = {os.path.realpath(rule_path)}  # folders already listed: a symlink cycle ends here
    pending = [rule_path]
    entries = 0
    while pending:
        folder = pending.pop()
        try:
            listing = list(os.scandir(folder))
        except OSError as error:
            raise PackError(f"{folder}: cannot be listed ({error.strerror or error})") from None
        entries += len(listing)
        if entries > MAX_ENTRIES:
            raise PackError(f"{rule_path}: more than {MAX_ENTRIES:,} files and folders below this rule path")
        for entry in listing:
            path = Path(entry.path)
            is_toml = entry.name.endswith(".toml")
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError:
                is_dir = False
            if not (is_dir or is_toml):
                continue
            if entry.is_symlink() and not _inside(path, within):
                raise PackError(f"{path}: symbolic link leads outside {within}")
            if is_dir:
                real = os.path.realpath(path)
                if real not in seen:
                    seen.add(real)
                    pending.append(path)
            else:
                found.append(path)
    return sorted(found)


def read_pack(path: Path) -> bytes:
    try:
        return read_regular(path, MAX_PACK_SIZE)
    except Refused as refused:
        raise PackError(f"{path}: {refused}") from None
    except OSError as error:
        raise PackError(f"{path}: {describe_os_error(path, error)}") from None
