"""Turning bytes into text: UTF-8 with or without a BOM, and a clear message when that fails."""

from __future__ import annotations

from pathlib import Path


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


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("does not exist") from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)") from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror or error})") from None
