"""Text that is always valid UTF-8, for every output.

File names on Linux are bytes; Python hands the ones that are not UTF-8 over as strings holding
lone surrogates (surrogateescape), which cannot be written as UTF-8 and would make JSON, SARIF
or a terminal write fail. Each undecodable byte is shown as \\xNN instead, as Python's own
backslashreplace does; what was valid UTF-8 stays as it was.
"""

from __future__ import annotations


def display(text: str) -> str:
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte (from a plugin, say)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
