"""Text that is always valid UTF-8, for every output.

File names on Linux are bytes; Python hands the ones that are not UTF-8 over as strings holding
lone surrogates (surrogateescape), which cannot be written as UTF-8 and would make JSON, SARIF
or a terminal write fail. Each undecodable byte is shown as %XX, as in a URI (which is what
SARIF needs the name to be, and which any reader can follow); what was valid UTF-8 stays as it
was. A lone surrogate that stands for no byte (text from a plugin) becomes a \\uXXXX escape.
"""

from __future__ import annotations


def display(text: str) -> str:
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    shown = []
    for char in text:
        if "\udc80" <= char <= "\udcff":  # an undecodable byte, kept by surrogateescape
            shown.append(f"%{ord(char) - 0xDC00:02X}")
        elif "\ud800" <= char <= "\udfff":
            shown.append(f"\\u{ord(char):04x}")
        else:
            shown.append(char)
    return "".join(shown)
