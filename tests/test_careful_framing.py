"""Careful articles frame claims they do not make: a list of warning signs, a label retired
"until 2013", a harm that not every treatment shares, a test that is quick and painless."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

MS = "# Understanding MS and its treatments\n\nMS is a lifelong condition; natalizumab is one of its treatments.\n\n"


def findings(text: str, selector: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=(selector,)))]


@pytest.mark.parametrize("text,expected", [
    # Each item under a heading of warning signs describes what a seller says.
    ("# Choosing a clinic\n\n## Warning signs\n\n- You are told that because the cells are your own, there is "
     "no risk.\n", []),
    ("# Choosing a clinic\n\n## What we offer\n\n- There is no risk, because the cells are your own.\n",
     [("RSK002", "There is no risk")]),
])
def test_a_list_of_warning_signs(text, expected):
    assert findings(text, "RSK") == expected


def test_a_sentence_opened_by_until_a_year_is_history():
    text = MS + ("Until 2013, doctors used a fourth label, progressive-relapsing MS (PRMS), for steady progression "
                 "with occasional relapses.\n")
    assert findings(text, "TRM004") == []


@pytest.mark.parametrize("sentence,expected", [
    ("PML is not a problem shared by every MS treatment.", []),
    ("Natalizumab carries no risk of PML.", [("FCT002", "no risk of PML")]),
])
def test_denying_that_a_harm_is_universal_is_not_denying_it(sentence, expected):
    assert findings(MS + sentence + "\n", "FCT002") == expected


@pytest.mark.parametrize("text,expected", [
    ("# Hearing and memory\n\nIt is worth having a hearing test. It is quick and painless.\n", []),
    ("# Knee injections\n\nWe offer knee injections. They are quick and painless.\n",
     [("RSK004", "painless")]),
])
def test_a_test_referred_back_to_is_described_not_sold(text, expected):
    assert findings(text, "RSK004") == expected


MYTHS = "# Eight things people tell us about MS\n\nWe checked what callers hear most often.\n\n"


@pytest.mark.parametrize("heading,answer,expected", [
    # A heading that quotes a claim, answered at once with a denial: a claim checked.
    ('"MS is always fatal"', "It is not. Most people with MS live about as long as others.", []),
    ('"You can pass MS to your partner"', "You cannot.", []),
    # Answered with a yes, or not quoted, the heading makes the claim itself.
    ('"MS is always fatal"', "Sadly, most people with MS die of it within a decade of diagnosis.",
     [("FCT009", "MS is always fatal")]),
])
def test_a_quoted_heading_answered_by_a_denial(heading, answer, expected):
    text = MYTHS + "## " + heading + "\n\n" + answer + "\n"
    assert [(code, excerpt.strip('"')) for code, excerpt in findings(text, "FCT")] == expected


@pytest.mark.parametrize("text,expected", [
    # A retired term talked about as a term is not used as current.
    (MS + 'Older books may say "chronic progressive MS", a phrase doctors stopped using long ago.\n', []),
    (MS + "You may read of chronic progressive MS in old leaflets. It was retired in the 1990s.\n", []),
    (MS + "Her chronic progressive MS has left her tired.\n", [("TRM004", "chronic progressive MS")]),
])
def test_a_retired_term_talked_about(text, expected):
    assert findings(text, "TRM004") == expected


@pytest.mark.parametrize("text,expected", [
    # A count of a trial's participants who came off a medicine is the trial's outcome.
    ("In the trial, 9 of the 11 volunteers no longer needed insulin after a year.\n", []),
    ("With our islet protocol you will no longer need any insulin.\n", [("RSK005", "no longer need any insulin")]),
])
def test_stopping_as_a_trial_outcome(text, expected):
    assert findings(text, "RSK005") == expected


def test_a_relative_figure_given_in_real_numbers_next():
    text = ("Rates of the cancer were 80% lower in vaccinated women. In real numbers, there were about 300 fewer "
            "cancers than expected.\n")
    assert findings(text, "EVD006") == []


@pytest.mark.parametrize("sentence, expected", [
    # kept at arm's length by the writer's verb
    ("Some clinics claim their cells cure MS.", []),
    ("Clinics abroad advertise \"limited spots\" on their packages.", []),
    # merely reported: still the article's claim, one step down
    ("Her doctors say the transplant cured her MS.", [("CLM001", "cured her MS")]),
    # quoted: the speaker's words, still shown
    ("\"The transplant cured my MS,\" she says.", [("CLM001", "cured my MS")]),
    # a word talked about in scare quotes
    ("Treat any clinic using the word \"cure\" for MS with suspicion.", []),
])
def test_claims_reported_at_arms_length_or_talked_about(sentence, expected):
    text = MS + sentence + "\n"
    assert findings(text, "CLM001") + findings(text, "COM007") == expected


@pytest.mark.parametrize("text, selector", [
    # A claim set against the evidence by the speaker.
    ('# Acupuncture\n\nClinics that sell needles as a way to "banish back pain for good" promise far more than '
     'the evidence supports, said the physiotherapist.\n', "CLM"),
    # Another's name for the thing, passed on by the speaker quoted (in a release, too).
    ('FOR IMMEDIATE RELEASE\n\n# New clinic service\n\n"It is a useful extra," said Dr Rao. "The health '
     'secretary dubbed it a breakthrough. The point for patients is that it is free."\n', "HYP001"),
    # A relative figure with its baseline named.
    ("# Hormone tablets\n\nThe pills roughly triple the chance of a clot, from a very low baseline, in "
     "women under 50.\n", "EVD006"),
])
def test_careful_framings_that_are_not_warnings(text, selector):
    assert [f for f in lint_text(text, "a.md", overrides=Overrides(select=(selector,)))
            if f.severity.label in ("warning", "error")] == []


def test_a_saying_quoted_alone_then_corrected_is_under_discussion():
    text = ('# What clinics tell you\n\n**"Natural means it is completely safe."** Herbal pills can still '
            'damage the liver, and several have been withdrawn.\n')
    assert findings(text, "RSK002") == []


def test_a_saying_quoted_alone_then_answered_with_the_evidence_is_under_discussion():
    text = ('# Stem cell questions\n\n**"Once infused, stem cells travel directly to injured nerves."** Studies '
            'that labelled the cells found most of them held up in the lungs within a day.\n')
    assert findings(text, "FCT005") == []
    assert findings(text.replace("**", "").replace('"', "").replace(" Studies", "\n\nStudies"), "FCT005") \
        == [("FCT005", "travel directly to injured nerves")]


def test_a_testimonial_followed_by_its_speaker_is_still_a_claim():
    text = '# Our clients\n\n"The drops are completely safe and they worked in a week." Priya, 41, from Leeds.\n'
    assert findings(text, "RSK002") == [("RSK002", "completely safe")]


@pytest.mark.parametrize("title, expected", [
    # The headline asks what the label means: the body's quoted label is the thing discussed.
    ("# What 'clinically proven' means on a face cream", []),
    # An ordinary headline: the maker's quoted claim is still the article's to answer for.
    ("# A new serum for tired skin", [("EVD002", "clinically proven")]),
])
def test_a_label_the_headline_talks_about(title, expected):
    text = f"{title}\n\nTake a serum 'clinically proven' to firm your skin, according to its maker.\n"
    assert findings(text, "EVD002") == expected


def test_a_statement_qualified_by_the_next_sentence():
    text = ("# Our graft\n\nBecause the graft is made from your own tissue, there is zero chance of rejection. "
            "That helps, though it does not make surgery risk-free.\n")
    assert findings(text, "RSK003") == []
    assert findings(text.replace("That helps, though it does not make surgery risk-free.",
                                 "That is why it is so popular."), "RSK003") == [("RSK003", "zero chance of rejection")]


QUOTE = "\"Nobody wants to be the dad with the wet collar,\" says Gary, a customer from Hull.\n\n"


def test_a_quote_on_a_page_that_sells_is_the_sellers_own_argument():
    # The shop chose to print the testimonial: its words are not softened to information.
    page = "# The CoolCollar\n\n" + QUOTE + "The CoolCollar costs £49. Buy now at our shop.\n"
    [finding] = lint_text(page, "a.md", overrides=Overrides(select=("LNG012",)))
    assert (finding.severity.name, finding.excerpt) == ("WARNING", "Nobody wants to be the dad")


def test_the_same_quote_in_a_story_that_sells_nothing_is_the_speakers():
    story = "# Heat and the workplace\n\n" + QUOTE + "Employers are asked to allow lighter uniforms.\n"
    [finding] = lint_text(story, "a.md", overrides=Overrides(select=("LNG012",)))
    assert finding.severity.name == "INFO"


@pytest.mark.parametrize("opening", ["A common myth is that", "One widespread belief is that", "A common worry is that",
                                     "The myth says that"])
def test_a_sentence_that_opens_by_naming_a_myth_does_not_make_the_claim(opening):
    text = f"# Cancer questions\n\n{opening} cancer is contagious. It is not.\n"
    assert findings(text, "FCT009") == []


def test_the_same_claim_made_plainly_is_still_flagged():
    text = "# Cancer questions\n\nCancer is contagious, so keep your distance.\n"
    assert [code for code, _ in findings(text, "FCT009")] == ["FCT009"]


def test_a_quoted_claim_closed_before_a_quoted_question_is_still_made():
    """The question mark belongs to the later quoted part, not to the claim quoted and closed before it."""
    text = '# MS\n\n"Stem cells cure MS," he says, "so why wait for a trial?"\n'
    assert [code for code, _ in findings(text, "CLM001")] == ["CLM001"]


@pytest.mark.parametrize("text, code", [
    ('# MS\n\n"Do stem cells cure MS?" he asks.\n', "CLM001"),
    ('# MS\n\n## What happened to "progressive-relapsing MS"?\n\nThe term was retired in 2013.\n', "TRM004"),
])
def test_a_quoted_question_or_a_quoted_term_in_a_question_is_still_a_question(text, code):
    assert findings(text, code) == []


# -- set 84 and 85's careful articles (v0.30.16): true statements in the words of a cure, of care
# given up and of scarcity.

@pytest.mark.parametrize("text, expected", [
    # A matched donor's stem cells replace the faulty ones: the one cure sickle cell disease has had.
    ("# Sickle cell disease\n\nFor some people, yes. A stem cell transplant from a closely matched donor can cure sickle "
     "cell disease, though it carries real risks.\n", []),
    ("# Sickle cell disease\n\nOur own-cell stem cell therapy can cure sickle cell disease. Book now for £900.\n",
     ["CLM001"]),
])
def test_a_donor_transplant_that_can_cure_sickle_cell_disease(text, expected):
    assert [code for code, _ in findings(text, "CLM001")] == expected


@pytest.mark.parametrize("sentence, expected", [
    # Driving stopped, and the rules checked: not care given up.
    ("If the palpitations make you faint, you must stop driving and check the DVLA guidance.", []),
    ("You must stop using your inhaler and check your breathing with our app instead.", ["RSK011"]),
])
def test_an_activity_stopped_before_a_check(sentence, expected):
    assert [code for code, _ in findings("# Palpitations\n\n" + sentence + "\n", "RSK011")] == expected


@pytest.mark.parametrize("text, expected", [
    # A council's free meters "while stocks last" tell of a free service; a shop's tell you to hurry.
    ("# Cleaner air this winter\n\nFrom Bramford District Council.\n\n- Free moisture meters for every household, while "
     "stocks last. Dry wood makes less smoke.\n- Home visits from our team.\n", []),
    ("# Cleaner air this winter\n\nFrom Bramford Stoves.\n\n- Moisture meters at £19.99, while stocks last. Dry wood "
     "makes less smoke.\n- Home visits from our team.\n", ["COM007"]),
])
def test_while_stocks_last_on_a_public_bodys_page(text, expected):
    assert [code for code, _ in findings(text, "COM007")] == expected
