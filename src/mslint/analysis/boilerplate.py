"""Legal boilerplate: the "forward-looking statements" paragraphs a company's press release ends
with ("Such statements involve risks and uncertainties ... under the Private Securities Litigation
Reform Act").

They are securities lawyers' text, written to the same template for every release, and not what
the release tells readers about a treatment: their hundred-word sentences and "risks" are not the
article's. They are read as page furniture, like a newsletter box.
"""

from __future__ import annotations

import re

_BOILERPLATE = re.compile(
    r"forward[-\s]looking\s+statements?|safe\s+harbou?r|securities\s+litigation\s+reform\s+act", re.IGNORECASE)
_KINDS = frozenset({"paragraph", "list-item"})


def boilerplate_blocks(document) -> frozenset[int]:
    """Indexes of the paragraphs that are securities boilerplate."""
    text = document.text
    return frozenset(index for index, block in enumerate(document.blocks)
                     if block.kind in _KINDS and _BOILERPLATE.search(text, block.start, block.end))
