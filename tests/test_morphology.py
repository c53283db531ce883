"""mslint.knowledge.morphology: plural() is the plural that inflections() lists."""

from __future__ import annotations

from pathlib import Path

from mslint.knowledge.morphology import inflections, plural

ROOT = Path(__file__).resolve().parents[1]


def test_plural_is_the_second_inflection():
    words = {"therapy", "virus", "box", "church", "dish", "day", "boy", "statin", "fly", "quiz", "y", "ay", "by",
             "ab", "Stem", "straße", "étude", "x-ray", "b12", ""}
    for path in (ROOT / "knowledge").rglob("*.entities"):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = line.split("|")
            if len(cells) == 5:
                words.update(name.strip().rpartition(" ")[2] for name in cells[2].split(";"))
    for word in words:
        assert plural(word) == (inflections(word)[1] if word.isalpha() else word), word
