"""Document model: decoding, line endings, sentence splitting, positions."""

import pytest

from mslint.reading.document import LineIndex
from mslint.reading import read_document
from mslint.reading.source import InputError, decode


def sentences(text: str) -> list[str]:
    document = read_document("a.txt", text)
    return [document.text[s.start : s.end] for s in document.sentences]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Dr. Smith treats MS. She is busy.", ["Dr. Smith treats MS.", "She is busy."]),
        ("Use e.g. rest. Or i.e. sleep.", ["Use e.g. rest.", "Or i.e. sleep."]),
        ("Burt et al. reported it. Good.", ["Burt et al. reported it.", "Good."]),
        ("About 2.8 million people have MS. That is many.", ["About 2.8 million people have MS.", "That is many."]),
        ("Rates fell 0.3% in the U.S. last year.", ["Rates fell 0.3% in the U.S. last year."]),
        ("J. R. Smith wrote it. Then he left.", ["J. R. Smith wrote it.", "Then he left."]),
        ("Wait... it works. Really?", ["Wait... it works.", "Really?"]),
        ("It ended... Then came more.", ["It ended...", "Then came more."]),
        ('She said, "It cures MS." Then left.', ['She said, "It cures MS."', "Then left."]),
        ("Drug A vs. drug B was tested. Done!", ["Drug A vs. drug B was tested.", "Done!"]),
        ("People with MS. Ms. Jones agrees.", ["People with MS.", "Ms. Jones agrees."]),
        ("Is it safe? The answer is no. Stem cells are different.",
         ["Is it safe?", "The answer is no.", "Stem cells are different."]),
        # Two quotations run together with no space, as scraped pages print them.
        ('"We paid for it ourselves.""Nobody else would," he said.',
         ['"We paid for it ourselves."', '"Nobody else would," he said.']),
        ("“It was a relief.”“A big one,” she said.", ["“It was a relief.”", "“A big one,” she said."]),
        ('He called it "odd."and moved on.', ['He called it "odd."and moved on.']),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


def test_headings_lists_and_unpunctuated_lines_do_not_run_on():
    text = "Stem Cells and MS\n\nWhat to know\nStem cells are studied.\n\n- first item\n- second item\n1. numbered\n"
    document = read_document("a.txt", text)
    assert [(b.kind, document.text[b.start : b.end]) for b in document.blocks] == [
        ("title", "Stem Cells and MS"),
        ("heading", "What to know"),
        ("paragraph", "Stem cells are studied."),
        ("list-item", "first item"),
        ("list-item", "second item"),
        ("list-item", "numbered"),
    ]


def test_wrapped_paragraph_is_one_sentence():
    assert sentences("This sentence wraps\nonto a second line.\n") == ["This sentence wraps\nonto a second line."]


@pytest.mark.parametrize("source", ["a\nb\nc", "a\r\nb\r\nc", "a\rb\rc"])
def test_line_index_for_every_line_ending(source):
    index = LineIndex(source)
    assert index.position(source.index("c")) == (3, 1)
    assert index.line_text(source, 2) == "b"


def test_columns_count_characters_not_bytes():
    document = read_document("a.txt", "Café ✓ 😀 cures MS.\n")
    index = document.text.index("cures")
    assert document.line_index.position(index) == (1, 10)


def test_decode_bom_and_errors():
    assert decode("\ufeffhello".encode("utf-8")) == "hello"
    with pytest.raises(InputError, match="not valid UTF-8 \\(byte 0xff at line 2, byte column 3\\)"):
        decode(b"ok\nab\xff")
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02")
