"""How the ten criteria are shown to people: a short name, the question it asks, a verdict's mark.

The keys (mslint.model.CRITERIA) are the machine contract; these words are presentation only,
shared by the text checklist and the HTML report so both say the same thing.
"""

from __future__ import annotations

# criterion key -> (short name, the question the criterion asks of an article)
CRITERIA_TEXT: dict[str, tuple[str, str]] = {
    "costs": ("Costs", "Does it say what the intervention costs?"),
    "benefits": ("Benefits quantified", "Does it give the size of the benefit in absolute numbers?"),
    "harms": ("Harms", "Does it name, and ideally quantify, the harms of the intervention?"),
    "evidence-quality": ("Evidence quality", "Does it say what kind of study, how large, and its limits?"),
    "disease-mongering": ("Disease-mongering", "Does it avoid inflating how common or serious the condition is?"),
    "funding": ("Funding and conflicts", "Does it say who paid for the work and who gains from it?"),
    "alternatives": ("Alternatives", "Does it compare the intervention with the existing options?"),
    "availability": ("Availability", "Does it say whether, where and when people can get it?"),
    "novelty": ("Novelty", "Does it make clear what is really new?"),
    "sensational-language": ("Sensational language", "Does it avoid hype and sensational words?"),
}

# verdict -> (mark, words): the mark alone is never the only signal, the words go with it.
VERDICT_MARKS: dict[str, tuple[str, str]] = {
    "satisfactory": ("✓", "satisfactory"),
    "not-satisfactory": ("✗", "not satisfactory"),
    "not-applicable": ("–", "not applicable"),
}


def short_name(criterion: str) -> str:
    """The short name; a key this table does not know (a newer criterion) is shown as itself."""
    return CRITERIA_TEXT.get(criterion, (criterion, ""))[0]


def question(criterion: str) -> str:
    return CRITERIA_TEXT.get(criterion, ("", ""))[1]


def score_text(card) -> str:
    """'6 of 8 applicable criteria satisfactory', the score in words."""
    if not card.verdicts:
        return "no criterion rules installed"
    if not card.applicable:
        return "no criterion applies"
    return f"{card.satisfactory} of {card.applicable} applicable criteria satisfactory"
