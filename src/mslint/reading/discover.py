"""Which files a run lints: named files as given, folders walked for text, Markdown and HTML.

Walking skips hidden folders, node_modules, virtual environments and caches, and honours
.gitignore files (at every level, git's semantics via pathspec) and the `exclude` setting.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pathspec

from mslint.reading import EXTENSIONS

SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages"})


def is_virtualenv(folder: Path) -> bool:
    return (folder / "pyvenv.cfg").is_file()


def _gitignore_spec(folder: Path) -> pathspec.PathSpec | None:
    ignore_file = folder / ".gitignore"
    if not ignore_file.is_file():
        return None
    try:
        lines = ignore_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ignored(path: Path, is_dir: bool, specs: list[tuple[Path, pathspec.PathSpec]]) -> bool:
    # Later (deeper) .gitignore files override earlier ones, as in git; a negation re-includes.
    verdict = False
    for base, spec in specs:
        relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
        result = spec.check_file(relative)
        if result.include is not None:
            verdict = result.include
    return verdict


def walk(root: Path, excluded: Callable[[Path], bool], extensions=EXTENSIONS) -> Iterator[Path]:
    """Lintable files below `root` (by `extensions`), sorted, honouring .gitignore files and `excluded`."""
    resolved = root.resolve()
    specs = []
    # Inside a git repository, the .gitignore files between its top and the root apply too.
    top = next((p for p in (resolved, *resolved.parents) if (p / ".git").exists()), None)
    if top is not None and top != resolved:
        relative = resolved.relative_to(top)
        for folder in [top, *(top / p for p in reversed(list(relative.parents)[:-1]))]:
            spec = _gitignore_spec(folder)
            if spec is not None:
                specs.append((folder, spec))
    yield from _walk(resolved, root, specs, excluded, extensions)


def _walk(folder: Path, shown: Path, specs, excluded, extensions) -> Iterator[Path]:
    own = _gitignore_spec(folder)
    if own is not None:
        specs = [*specs, (folder, own)]
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
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
            yield from _walk(path, shown_path, specs, excluded, extensions)
        elif entry.is_file() and Path(entry.name).suffix.lower() in extensions:
            if not entry.name.startswith(".") and not _ignored(path, False, specs) and not excluded(path):
                yield shown_path
