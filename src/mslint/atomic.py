"""Writing a file all at once or not at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Readers (another mslint run, say) see the old file or the new one, never half of one.
    Raises OSError; a failed write leaves no temporary file behind. `mode`: the permissions the
    file gets (a temporary file is private, and a rewritten article must keep its own)."""
    import tempfile  # only runs that write pay for importing it

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
