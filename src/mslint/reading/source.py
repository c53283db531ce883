"""Turning bytes into text: UTF-8 with or without a BOM, and a clear message when that fails."""

from __future__ import annotations

from pathlib import Path

from mslint.regular_file import MB, Refused, describe_os_error, read_regular


class InputError(Exception):
    """An input that cannot be linted; the message is one line meant for the user."""


def decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file (it contains NUL bytes); only text, Markdown and HTML are linted")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        byte = data[error.start]
        raise InputError(
            f"is not valid UTF-8 (byte 0x{byte:02x} at line {line}, byte column {column}); "
            "save it as UTF-8 and lint again"
        ) from None


# The default `max-file-size`: the largest article in the test corpus is 30 KB; a file a thousand
# times larger is not an article, and linting it would take minutes.
DEFAULT_MAX_FILE_SIZE = 5 * MB


def read_bytes(path: Path, limit: int = DEFAULT_MAX_FILE_SIZE) -> bytes:
    """A regular file's bytes (symlinks to one are followed); FIFOs, devices and files over the
    limit are refused (see mslint.regular_file)."""
    try:
        return read_regular(path, limit, setting="max-file-size")
    except Refused as refused:
        raise InputError(str(refused)) from None
    except OSError as error:
        raise InputError(describe_os_error(path, error)) from None
