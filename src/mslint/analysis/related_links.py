"""Links to other stories, scraped with a news page's text: "MORE: A New Hope For Sleepless
Teenagers", "Related: Why Your Knees Creak".

The headline is another article's, set in the page as a link; its "breakthrough" or "game
changer" is not this story's claim. Only a paragraph that opens with the link label in the
form news sites print it counts: "Find out more: book your scan today" is the page's own call
to action, and a sentence that merely contains "more:" is prose.
"""

from __future__ import annotations

import re

# Upper case "MORE:" only: "More:" opens a writer's own list as easily as a link.
_LINK_LABEL = re.compile(r"\s*(?:MORE|READ MORE|Read more|RELATED|Related|SEE ALSO|See also|ALSO READ|Also read):\s")
_KINDS = frozenset({"paragraph", "list-item", "heading"})  # a plain-text page reads a lone headline as a heading


def related_link_blocks(document) -> frozenset[int]:
    """Indexes of the paragraphs that are a link label and another story's headline."""
    text = document.text
    return frozenset(index for index, block in enumerate(document.blocks)
                     if block.kind in _KINDS and _LINK_LABEL.match(text, block.start, block.end))
