"""Press releases: an organisation's own announcement, whose quotations are its own words.

A news story quotes people it interviewed; a press release quotes its own scientists and
executives, and the issuer chose every word ("a press release quoting its own scientist is still
the article's claim"). So a rule that lowers a speaker's quoted hype to information in a story
keeps it a warning in a release. A release is known by the furniture the format requires (a
release line, a media contact, notes to editors, a wire service, a forward-looking-statements
notice) or the issuer announcing itself ("X today announced"); the release furniture must stand
on a line of its own: a story that mentions "a press release" is not one.
"""

from __future__ import annotations

import re

_LINE_MARKERS = re.compile(
    r"^[^\w\n]*(?:for immediate release|(?:press|news) release|media contacts?|press contacts?|press office|"
    r"notes to editors|embargoed|contacts?:|type:\s*\"?press[- ]release|ends[^\w\n]*$|###\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
_ANYWHERE = re.compile(r"/PRNewswire/|\bBusiness ?Wire\b|\bGlobe ?Newswire\b|forward-looking statements", re.IGNORECASE)
# The issuer announcing itself: "Corvane Bio today announced" (news reports "announced on Monday").
_SELF_ANNOUNCED = re.compile(r"\btoday announced\b")


def is_press_release(document) -> bool:
    found = document.memo.get("press-release")
    if found is None:
        source = document.source
        found = document.memo["press-release"] = bool(_LINE_MARKERS.search(source) or _ANYWHERE.search(source)
                                                         or _SELF_ANNOUNCED.search(source))
    return found
