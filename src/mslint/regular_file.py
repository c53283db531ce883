"""Reading a file a repository may have planted: a regular file only, and only up to a size.

Articles, configuration files, .gitignore files and rule packs all come from the checkout, which
in CI is written by whoever opened the pull request. A symlink to /dev/zero named `a.md` would be
read until memory runs out, a FIFO would block the run forever, a 20 MB file would take minutes.
So a file is opened without blocking (opening a FIFO otherwise waits for a writer), its type and
size are checked on the open descriptor (nothing can be swapped in between the check and the
read), and it is read up to one byte past the limit (it may grow while it is read).
"""

from __future__ import annotations

import errno
import os
import stat

MB = 1_000_000
_CHUNK = 1 << 20


class Refused(Exception):
    """A file that is not read; the message completes "<path> ...", e.g. "is a FIFO"."""


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def size_text(size: int) -> str:
    return f"{size:,} bytes"


def read_regular(path, limit: int, follow_symlinks: bool = True, setting: str | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises Refused for anything else (the message names the setting that raises the limit, if
    any), and OSError when the file cannot be opened or read; `describe_os_error` words those."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"is {kind_of(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise Refused(_too_large(size_text(info.st_size), limit, setting))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while we read it
            raise Refused(_too_large(f"{size_text(total)} or more", limit, setting))
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _too_large(size: str, limit: int, setting: str | None) -> str:
    hint = f" ({setting})" if setting else ""
    return f"is larger than the limit of {size_text(limit)}{hint}: {size}"


def describe_os_error(path, error: OSError) -> str:
    """One line completing "<path> ..." for an OSError raised while opening or reading a file."""
    if error.errno == errno.ELOOP:
        # O_NOFOLLOW on a symlink also says ELOOP: tell a loop from a link that was not followed.
        return "is a symbolic link loop" if _is_loop(path) else "is a symbolic link (not followed)"
    if error.errno == errno.ENOENT:
        return "is a broken symbolic link" if os.path.islink(path) else "does not exist"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read (permission denied)"
    if error.errno == errno.EISDIR:
        return "is a directory"
    return f"cannot be read ({error.strerror or error})"


def _is_loop(path) -> bool:
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == errno.ELOOP
    return False
