"""Contact directories: a run of short entries, each giving a phone number or web address
("The X Association advocates for patients. Call 202-555-0100 or visit www.x.example.").

News stories and leaflets end with them ("For help and information"), and a directory is a
service to the reader, not a sales pitch: its "Call ..." is no call to book a clinic. They are
read as page furniture, like a newsletter box.
"""

from __future__ import annotations

import re

# A North American or international phone number, or a web address.
_CONTACT = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|\bwww\s?\.\s?\w|\bhttps?://|\b[\w-]+\.(?:org|com|gov|net|edu|nhs\.uk|org\.uk)\b"
)
ENTRIES = 3  # a run at least this long is a directory
MAX_ENTRY_WORDS = 60
_ENTRY_KINDS = frozenset({"paragraph", "list-item"})


def directory_blocks(document) -> frozenset[int]:
    """Indexes of the blocks that form contact directories."""
    found: set[int] = set()
    run: list[int] = []
    for index, block in enumerate(document.blocks + [None]):
        if block is not None and _is_entry(document, block):
            run.append(index)
            continue
        if len(run) >= ENTRIES:
            found.update(run)
        run = []
    return frozenset(found)


def _is_entry(document, block) -> bool:
    if block.kind not in _ENTRY_KINDS:
        return False
    text = document.text[block.start:block.end]
    if len(text.split()) > MAX_ENTRY_WORDS:
        return False
    # The source too: a Markdown reader leaves a bare link's address out of the prose.
    raw_start, raw_end = document.raw_span(block.start, block.end)
    return _CONTACT.search(text) is not None or _CONTACT.search(document.source, raw_start, raw_end) is not None
