"""Conditions an article defines though the knowledge base does not know them
(mslint.analysis.named_conditions). Sentences written for this test."""

import pytest

from mslint.analysis.article import analyse
from mslint.reading.markdown import read_markdown


def conditions(text: str) -> set[str]:
    """The text of every CONDITION mention in the article."""
    analysis = analyse(read_markdown("a.md", text))
    return {view.text_of(m) for view in analysis.sentences for m in view.mentions_of("condition")}


@pytest.mark.parametrize("text, name", [
    # defined as a kind of condition, then used again
    ("Pompholyx is a type of eczema on the hands and feet.\n\nPompholyx often flares in warm weather.", "Pompholyx"),
    ("Chilblains are small itchy swellings of the skin.\n\nChilblains usually heal within weeks.", "Chilblains"),
    # the other number of the same name
    ("A ganglion is a harmless growth near a joint.\n\nMost ganglions go away without treatment.", "ganglions"),
    # the abbreviation defined in brackets, matched as written
    ("Hidradenitis suppurativa (HS) is a chronic disease of the skin folds.\n\nHS is not contagious.", "HS"),
    # met only in "people with ...", but used three times
    ("Children with glue ear may hear less.\n\nGlue ear often clears.\n\nGlue ear is common.", "Glue ear"),
    # a harm the article defines as a condition: both at once
    ("Keloids are a type of raised scar.\n\nKeloids can itch.", "Keloids"),
    # a lay definition: what it is a build-up of, what happens, what it is caused by, a cure for it
    ("Earwax impaction is a build-up of hard wax in the ear canal.\n\nEarwax impaction can muffle sounds.",
     "Earwax impaction"),
    ("Toe walking is when a child walks on the balls of the feet.\n\nToe walking often stops by five.",
     "Toe walking"),
    ("Bruxism is usually caused by stress.\n\nBruxism wears the teeth down.", "Bruxism"),
    ("Our spray is a cure for snoring.\n\nSnoring keeps partners awake.\n\nSnoring is loud.", "Snoring"),
    # a disease named after the doctors who described it, then named without the "disease"
    ("Most boys with Kessler-Moran disease are under ten.\n\nThe brace cures Kessler-Moran in weeks.",
     "Kessler-Moran"),
])
def test_a_condition_the_article_defines(text, name):
    assert name in conditions(text)


@pytest.mark.parametrize("text, name", [
    # defined but never used again
    ("Pompholyx is a type of eczema on the hands.\n\nWash your hands gently.", "Pompholyx"),
    # "people with ..." only twice: a passing phrase
    ("People with freckles burn easily.\n\nFreckles fade in winter.", "freckles"),
    # a person's name, a body part, a generic word
    ("Toni Weiser is a cancer survivor.\n\nToni Weiser runs marathons.", "Toni Weiser"),
    ("It affects people with a womb.\n\nThe womb is a muscle.\n\nThe womb grows.", "womb"),
    # capitals side by side in a title, and a single name: not an eponym
    ("## The Wexford Heart Disease Clinic\n\nThe Wexford Heart team sees adults.", "Wexford Heart"),
    ("## Why Sleep Disease Matters\n\nSleep helps. Why Sleep?", "Sleep"),
    ("People with the virus recover.\n\nThe virus spreads.\n\nThe virus is common.", "virus"),
    # a process explained, not a condition, and a habit used only once more
    ("Digestion happens when enzymes break food down.\n\nEat slowly.", "Digestion"),
    ("Walking is when one foot stays on the ground.\n\nSwimming is different.", "Walking"),
    # a name in capitals that is not an abbreviation of a definition
    ("People with Sharon went home.\n\nSharon laughed.\n\nSharon left.", "Sharon"),
])
def test_no_condition_where_the_article_names_none(text, name):
    assert name not in conditions(text)


def test_a_known_condition_is_left_as_it_is():
    analysis = analyse(read_markdown("a.md", "Psoriasis is a skin condition.\n\nPsoriasis can itch.\n"))
    mentions = [m for view in analysis.sentences for m in view.mentions if view.text_of(m) == "Psoriasis"]
    # both uses found, each the knowledge base's own entity, not a mention this module added
    assert len(mentions) == 2 and all(m.entities == ("psoriasis",) for m in mentions)


def test_a_named_condition_shorter_than_another_at_the_end_of_a_sentence_does_not_crash():
    # "allergy" names a condition by morphology here and "stretch marks" is named in the article:
    # at the last two words, a three-word window once read past the sentence's end (IndexError).
    from mslint.api import lint_text

    text = ("# Notes\n\nDust mite allergy is caused by the mites.\n\nThere is no immunotherapy for dust mite "
            "allergy.\n\nStretch marks are scars.\n\nOnly women get stretch marks\n")
    assert lint_text(text, "a.md") == []
