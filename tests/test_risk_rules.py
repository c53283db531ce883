"""Unit tests for the Python rules of the risk-disclosure and commercial families (RSK001, COM005)."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.reading import read_document
from mslint.rules import risk


def _discusses_harm(sentence):
    return risk._discusses_harm(read_document("a.txt", sentence), 0, sentence)


def _favourable_claim(sentence):
    return risk._favourable_claim(read_document("a.txt", sentence), 0, sentence)


def codes(text: str, path: str, selector: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(text, path, overrides=Overrides(select=(selector,)))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Side effects include headache and flu-like symptoms.",
        "Serious infections are common while blood counts are low.",
        "The chemotherapy made her lose her hair for months.",
        "Infusion reactions are common with the first dose.",
        "What are the risks of AHSCT? Infections and infertility are the main ones.",
        "Treatment-related deaths are rare, at about 0.2%.",
        "It carries a small risk of secondary autoimmune disease.",
    ],
)
def test_harm_discussions(sentence):
    assert _discusses_harm(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our treatment has no side effects.",
        "The procedure is risk-free.",
        "Are there any risks?",  # a question (an FAQ heading) is not its answer
        "The procedure is generally safe and well tolerated.",
        "This release contains forward-looking statements that involve risks and uncertainties.",
        "Smoking raises the risk of developing MS.",
        "No serious adverse events were reported in the trial.",
    ],
)
def test_not_harm_discussions(sentence):
    assert not _discusses_harm(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our stem cell treatment restores mobility.",
        "HX-201 is 100% safe.",  # a denial of harm promotes the product even without a treatment word
        "Cord cells are completely safe.",
        "The clinic offers infusions every month.",
        "The treatment heals the cracked skin within days.",
    ],
)
def test_favourable_claims(sentence):
    assert _favourable_claim(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Can stem cell therapy restore mobility?",
        "The drug may one day help people with progressive MS.",
        "No treatment is risk-free.",
        "Some clinics claim their infusions restore mobility.",
        "MS is a disease of the brain and spinal cord.",
        # "health" is not "heal": a programme that brings health workers on a course promises no cure
        "She runs a programme that brings health care workers to the city for a course.",
    ],
)
def test_not_favourable_claims(sentence):
    assert _favourable_claim(sentence) is None


def test_missing_risk_discussion_fires_once_at_the_first_claim():
    text = (
        "# Cord cells for MS\n\nOur infusions improve balance. The treatment is available every month.\n\n"
        "The procedure is generally safe and well tolerated.\n"
    )
    assert codes(text, "a.md", "RSK001") == [("RSK001", "infusions improve")]


def test_faq_answer_naming_side_effects_silences_missing_risk_discussion():
    text = (
        "# AHSCT questions\n\nThe transplant stops relapses in most patients. It is available at our hospital.\n\n"
        "## Are there side effects?\n\nYes. Hair loss, nausea and infections are common.\n"
    )
    assert codes(text, "a.md", "RSK001") == []


def test_unanswered_risk_question_does_not_silence_missing_risk_discussion():
    text = (
        "# Harbor Clinic\n\nOur infusions reduce fatigue. The treatment is available every month.\n\n"
        "## Are there any risks?\n\nNone at all.\n"
    )
    assert [code for code, _ in codes(text, "a.md", "RSK001")] == ["RSK001"]


def test_referral_link_in_markdown_points_at_the_address():
    text = "Compare prices at [Kelvin Cell Center](https://kelvin.example.org/ms?aff=scg2025).\n"
    findings = lint_text(text, "a.md", overrides=Overrides(select=("COM005",)))
    assert [(f.line, f.column, f.end_column, f.excerpt) for f in findings] == [
        (1, 40, 81, "https://kelvin.example.org/ms?aff=scg2025")
    ]


def test_bare_referral_address_in_markdown_is_reported_on_the_address():
    text = "Intro paragraph.\n\nWrite to us from https://clinic.example.com/contact?ref=blog7 and we will reply.\n"
    findings = lint_text(text, "a.md", overrides=Overrides(select=("COM005",)))
    assert [(f.line, f.column, f.excerpt) for f in findings] == [
        (3, 18, "https://clinic.example.com/contact?ref=blog7")
    ]


def test_bare_referral_address_in_plain_text_is_reported_on_the_address():
    text = "Register at https://academy.example.com/webinar?ref=mslist\n"
    assert codes(text, "a.txt", "COM005") == [("COM005", "https://academy.example.com/webinar?ref=mslist")]


@pytest.mark.parametrize(
    "url",
    [
        "https://clinicaltrials.gov/search?cond=multiple+sclerosis",
        "https://www.nationalmssociety.org/?utm_source=newsletter&utm_medium=email",
        "https://mstrust.org.uk/",
    ],
)
def test_neutral_links_are_not_referral_links(url):
    assert codes(f"See [the listing]({url}).\n", "a.md", "COM005") == []


# -- denials and minimising words that describe rather than sell (found on real news) -----------

@pytest.mark.parametrize("sentence,expected", [
    # A test described as painless, and a symptom that is painless, are descriptions.
    ("A bone density scan is quick and painless.", []),
    ("An EEG is cheap, painless and safe.", []),
    ("Early osteoporosis is often painless, so it goes unnoticed.", []),
    ("See a doctor about any painless lump in the breast.", []),
    ("Our injections are painless and you can drive home afterwards.", [("RSK004", "painless")]),
    # What a study found, told in the present, is an outcome rather than a promise.
    ("An analysis of 25 trials found the nasal spray shortened colds by a day, with no serious side effects.", []),
    ("Study: the new inhaler eases asthma without side effects.", []),
    ("No serious adverse events were clearly linked to the vaccine.", []),
    ("The first rule of medicine is to do no harm.", []),
    ("The approach has no side effects and costs little.", [("RSK002", "has no side effects")]),
    ("Our stem cell treatment has no side effects.", [("RSK002", "has no side effects")]),
    # Each "no" of a list denies its own noun: the second is the claim, not its negation.
    ("Because the cells are screened, there is no rejection and no side effects.", [("RSK002", "no side effects")]),
    ("There is really no downside to taking the supplement.", [("RSK002", "There is really no downside to")]),
    ("It is not true that there is no risk.", []),
])
def test_descriptions_and_outcomes_are_not_minimisation(sentence, expected):
    assert codes(sentence, "a.md", "RSK00") == expected


@pytest.mark.parametrize("sentence,expected", [
    # Denials phrased as an absence of concerns or downsides, or as a comparison.
    ("There are no safety concerns with this procedure.", [("RSK002", "There are no safety concerns with")]),
    ("Honestly, there are no real downsides to trying it.", [("RSK002", "there are no real downsides to")]),
    ("With the gel there are none of the harsh side effects of steroid creams.",
     [("RSK002", "none of the harsh side effects")]),
    ("No safety concerns were identified in the two-year follow-up.", []),
    # A verdict on the harms in place of the harms, unless they are named and counted.
    ("Side effects are generally mild and manageable.",
     [("RSK004", "Side effects are generally mild and manageable")]),
    ("Side effects were mostly mild and temporary: 12% of people had a headache.", []),
    # Stopping told as one's own story, or a parent's decision; a trial's participants are not.
    ("I stopped my metformin once my sugars came down.", [("RSK005", "I stopped my metformin")]),
    ("She took her son off his inhaler the same week.", [("RSK005", "took her son off his inhaler")]),
    ("Once they stopped taking their tablets, the volunteers had monthly check-ups for a year.", []),
    ("I stopped my statin with my GP's agreement after the muscle pains began.", []),
    ("Many patients no longer need any MS medication.", [("RSK005", "no longer need any MS medication")]),
    ("After two years in the trial she no longer needs any diabetes medication.", []),
    ("Most people feel nothing more than mild tiredness.", [("RSK004", "nothing more than mild tiredness")]),
    # "Risk-free" in a money-back offer is COM002's, not a denial of harm.
    ("Try it risk-free today.", []),
    ("Because the gel comes from your own blood, there is no risk of an allergic reaction and there are no side "
     "effects.", [("RSK002", "there are no side effects")]),
])
def test_denials_verdicts_and_stopping_in_other_words(sentence, expected):
    assert codes(sentence, "a.md", "RSK00") == expected


@pytest.mark.parametrize("sentence,expected", [
    # "no need for matching" denies a need; it does not hedge what follows.
    ("Because the cells are young there is no need for matching, and the treatment has no side effects.",
     [("RSK002", "has no side effects")]),
    ("There is a need for more research into whether the treatment has no side effects.", []),
])
def test_a_denied_need_is_no_hedge(sentence, expected):
    assert codes(sentence, "a.md", "RSK00") == expected


BALANCED_HARMS = ("The most common side effects were bruising at the site, in 14 of 60 people, and a headache "
                  "in 9. Two people had an infection that needed antibiotics.")


@pytest.mark.parametrize("text,expected", [
    # The article names the side effects and how often they happen: "painless" describes, not hides.
    ("# Balloon therapy for sinuses\n\nThe balloon is painless and there is no downtime.\n\n" + BALANCED_HARMS, []),
    ("# Balloon therapy for sinuses\n\nThe balloon is painless and there is no downtime.",
     [("RSK004", "painless and there is no downtime")]),
    # A flat denial of harm is not balanced by them: it contradicts them.
    ("# Balloon therapy for sinuses\n\nThe balloon has no side effects.\n\n" + BALANCED_HARMS,
     [("RSK002", "has no side effects")]),
])
def test_a_minimisation_in_an_article_that_explains_the_harms(text, expected):
    assert codes(text, "a.md", "RSK00") == expected


@pytest.mark.parametrize("last,expected", [
    # A study's record that harms did not occur: the article asked about them.
    ("No serious side effects were recorded among the 60 volunteers.", []),
    ("There have been no complications in the first 100 patients.", []),
    # A seller's denial is not a discussion.
    ("There are no side effects.", [("RSK001", "infusions improve")]),
])
def test_a_record_of_no_harms_is_a_discussion_of_harms(last, expected):
    text = ("# Cord cells for MS\n\nOur infusions improve balance. The treatment is available every month.\n\n"
            + last + "\n")
    assert codes(text, "a.md", "RSK001") == expected


def test_side_effects_some_users_get_are_a_discussion_of_harms():
    text = ("# Turmeric shots\n\nOur turmeric shots work wonders for stiff joints. Our turmeric shots improve "
            "mobility too.\n\nA few customers notice heartburn or loose stools in the first days.\n")
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("RSK001",)))] == []


def test_what_people_with_the_disease_feel_is_not_a_side_effect():
    text = ("# Turmeric shots\n\nOur turmeric shots work wonders for stiff joints. Our turmeric shots improve "
            "mobility too.\n\nMany people with arthritis feel tired in winter.\n")
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("RSK001",)))] == ["RSK001"]


@pytest.mark.parametrize("harms", [
    "Most volunteers had a sore arm or felt feverish for a day.",
    "No serious side effects linked to the capsules were reported.",
])
def test_reactions_after_a_shot_and_a_record_of_no_side_effects_discuss_harms(harms):
    text = ("# Turmeric shots\n\nOur turmeric shots work wonders for stiff joints. Our turmeric shots improve "
            "mobility too.\n\n" + harms + "\n")
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("RSK001",)))] == []
