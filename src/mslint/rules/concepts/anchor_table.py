"""The anchors of the shipped packs' concept patterns, worked out when the packs are written.

Indexing a pattern needs only its anchor (the words or classes every match contains:
mslint.rules.concepts.matcher), but the anchor is read off the parsed pattern, and parsing the
packs' three thousand patterns was half of a one-file run's start-up. This table, generated from
the packs and shipped beside this module, gives the anchor of each shipped pattern by its exact
(expanded) text, so a pattern is parsed only when a sentence first offers it its anchor.

It is data, not a cache: it lives in the installed package, never in a user's or a repository's
folders, and it holds only anchors. A pattern whose text it does not know (a user's pack, or a
pattern edited since the table was written) is parsed at once, as before, so a stale table can
make a run slower, never wrong. The tests hold the table equal to what parsing gives.

    python -m mslint.rules.concepts.anchor_table --write   # after editing the packs
    python -m mslint.rules.concepts.anchor_table --check   # exit 1 if the table is stale
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

TABLE = Path(__file__).with_name("anchor_table.json")
_table: dict[str, list] | None = None
# While the table is being written: every pattern text asked for (the table is not consulted).
_collecting: set[str] | None = None


def anchor_of(text: str):
    """(anchor words, anchor classes, raw required elements) of a shipped pattern, or None for a
    text the table lacks. The anchor indexes the pattern; the required elements (`required`
    turns them into sets, for the few patterns a run offers a sentence) let a sentence that
    lacks one of them turn the pattern away unparsed."""
    global _table
    if _collecting is not None:
        _collecting.add(text)
        return None
    if _table is None:
        _table = _load()
    row = _table.get(text)
    if row is None:
        return None
    anchor, required = row[0], row[1:]
    if anchor < 0:
        return frozenset(), frozenset({"*"}), required  # nothing to index: offered everywhere
    words, classes = required[anchor]
    return frozenset(words), frozenset(classes), required


def required(raw: list) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple((frozenset(words), frozenset(classes)) for words, classes in raw)


def _load() -> dict[str, list]:
    try:
        return json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no table (a source tree mid-edit): every pattern is parsed at load, as before


def computed() -> dict[str, list[list[str]]]:
    """Every shipped pattern's anchor, by parsing each one (what the table must hold)."""
    global _collecting
    _collecting = set()
    try:
        from mslint.engine.registry import base_registry
        from mslint.rules.concepts.matcher import ConceptPattern

        from mslint.rules.concepts.phrases import PhrasePatternSet

        for rule in base_registry():
            rule.triggers()  # some rules build their patterns only when first indexed
        for phrase_patterns in PhrasePatternSet.instances:
            phrase_patterns.built()  # and some when first run
        texts = sorted(_collecting)
        anchors = {}
        for text in texts:
            pattern = ConceptPattern(text)
            required = [(words, classes) for words, classes in pattern.required]
            anchor = (pattern.anchor_words, pattern.anchor_classes)
            row = [required.index(anchor) if anchor in required else -1]
            anchors[text] = row + [[sorted(words), sorted(classes)] for words, classes in required]
        return anchors
    finally:
        _collecting = None


def main(argv: list[str]) -> int:
    if argv not in (["--write"], ["--check"]):
        print("usage: python -m mslint.rules.concepts.anchor_table --write | --check", file=sys.stderr)
        return 2
    # Run as `python -m`, this file is __main__, not the module the matcher consults.
    from mslint.rules.concepts import anchor_table

    anchors = anchor_table.computed()
    if not anchors:
        # A pack that fails to load leaves the registry without the shipped rules; an empty table
        # written then would silently make every later run parse all patterns at load.
        print("anchor_table: the shipped packs did not load (run mslint on any file to see why); nothing written",
              file=sys.stderr)
        return 2
    # One pattern a line: a change to the packs shows as a few changed lines.
    rows = (json.dumps(text, ensure_ascii=False) + ": " + json.dumps(anchor, ensure_ascii=False)
            for text, anchor in sorted(anchors.items()))
    text = "{\n" + ",\n".join(rows) + "\n}\n"
    if argv == ["--check"]:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE.name} is stale: run python -m mslint.rules.concepts.anchor_table --write", file=sys.stderr)
            return 1
        print(f"{TABLE.name}: {len(anchors)} patterns, current")
        return 0
    handle, scratch = tempfile.mkstemp(dir=TABLE.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(scratch, 0o644)  # mkstemp's 0600 would follow the file into the package
    os.replace(scratch, TABLE)
    print(f"wrote {TABLE.name}: {len(anchors)} patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
