"""Which files a run lints: named files as given, folders walked for text, Markdown and HTML.

Walking skips hidden folders, node_modules, virtual environments and caches, and honours
.gitignore files (at every level, git's semantics via pathspec) and the `exclude` setting.
Nothing else is skipped in silence: a folder that cannot be listed is reported through
`on_error`, and a lintable name that is not a regular file (a FIFO, a device, a symlink loop)
is yielded, so reading it reports what it is. Symlinked folders are not followed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pathspec

from mslint.reading import EXTENSIONS
from mslint.regular_file import MB, Refused, describe_os_error, read_regular

SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages"})
MAX_GITIGNORE_SIZE = 1 * MB


def is_virtualenv(folder: Path) -> bool:
    return (folder / "pyvenv.cfg").is_file()


def _gitignore_spec(folder: Path, on_error: Callable[[str], None], shown: Path | None = None) -> pathspec.PathSpec | None:
    ignore_file = folder / ".gitignore"
    if not ignore_file.exists():
        return None
    shown_file = (shown or folder) / ".gitignore"
    try:
        data = read_regular(ignore_file, MAX_GITIGNORE_SIZE)
    except Refused as refused:
        on_error(f"{shown_file}: {refused}")
        return None
    except OSError as error:
        on_error(f"{shown_file}: {describe_os_error(ignore_file, error)}")
        return None
    return pathspec.GitIgnoreSpec.from_lines(_valid_lines(data.decode("utf-8", errors="replace").splitlines()))


def _valid_lines(lines: list[str]) -> list[str]:
    """git skips a pattern it cannot read (a lone "!"); pathspec raises on it."""
    valid = []
    for line in lines:
        try:
            pathspec.GitIgnoreSpec.from_lines([line])
        except ValueError:
            continue
        valid.append(line)
    return valid


def _ignored(path: Path, is_dir: bool, specs: list[tuple[Path, pathspec.PathSpec]]) -> bool:
    # Later (deeper) .gitignore files override earlier ones, as in git; a negation re-includes.
    verdict = False
    for base, spec in specs:
        relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
        result = spec.check_file(relative)
        if result.include is not None:
            verdict = result.include
    return verdict


def _report(message: str) -> None:
    raise OSError(message)


def walk(root: Path, excluded: Callable[[Path], bool], on_error: Callable[[str], None] = _report,
         extensions=EXTENSIONS) -> Iterator[Path]:
    """Lintable files below `root` (by `extensions`), sorted, honouring .gitignore files and
    `excluded`; `on_error` receives one line per folder or .gitignore that cannot be read."""
    resolved = Path(os.path.realpath(root))
    specs = []
    # Inside a git repository, the .gitignore files between its top and the root apply too.
    top = next((p for p in (resolved, *resolved.parents) if (p / ".git").exists()), None)
    if top is not None and top != resolved:
        relative = resolved.relative_to(top)
        for folder in [top, *(top / p for p in reversed(list(relative.parents)[:-1]))]:
            spec = _gitignore_spec(folder, on_error)
            if spec is not None:
                specs.append((folder, spec))
    yield from _walk(resolved, root, specs, excluded, on_error, extensions)


def _walk(folder: Path, shown: Path, specs, excluded, on_error, extensions) -> Iterator[Path]:
    own = _gitignore_spec(folder, on_error, shown)
    if own is not None:
        specs = [*specs, (folder, own)]
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        on_error(f"{shown}: folder cannot be listed ({error.strerror or error})")
        return
    for entry in entries:
        path = folder / entry.name
        shown_path = shown / entry.name
        if entry.is_dir(follow_symlinks=False):
            if (
                entry.name.startswith(".")
                or entry.name in SKIPPED_FOLDERS
                or is_virtualenv(path)
                or _ignored(path, True, specs)
                or excluded(path)
            ):
                continue
            yield from _walk(path, shown_path, specs, excluded, on_error, extensions)
        elif Path(entry.name).suffix.lower() in extensions and not _is_folder_link(entry):
            # Not entry.is_file(): it raises on a symlink loop and is False for a FIFO or a
            # device, which would then be skipped in silence. Reading reports what they are.
            if not entry.name.startswith(".") and not _ignored(path, False, specs) and not excluded(path):
                yield shown_path


def _is_folder_link(entry: os.DirEntry) -> bool:
    """A symlink to a folder: not followed (a link may lead anywhere, or back up the tree)."""
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False
