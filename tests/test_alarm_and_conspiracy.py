"""Fear appeals (LNG010) and conspiracy framing (LNG011), read in context: a label inside "don't
let ..." is still used, an alarm that is hedged is still an alarm, and one that is denied, asked
about, disputed or quoted is not the article's."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def findings(text: str, selector: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.label, f.excerpt)
            for f in lint_text("# A page\n\n" + text + "\n", "a.md", overrides=Overrides(select=(selector,)))]


@pytest.mark.parametrize("sentence, excerpt", [
    ("Your cholesterol could be a ticking time bomb.", "ticking time bomb"),  # hedged, still an alarm
    ("Don't let psoriasis rob you of your summer.", "Don't let psoriasis rob"),
    ("Never let your child go blind for want of a check-up.", "Never let your child go blind"),
    ("Act before it's too late.", "before it's too late"),
    ("Every year you wait, the joint gets harder to save.", "Every year you wait, the joint gets harder"),
    ("Skip the toxic chemo and heal naturally.", "toxic chemo"),
    ("Processed sugar is slowly poisoning your child.", "slowly poisoning your child"),
    ("Don't let one grain of sand leave you half-blind.", "Don't let one grain of sand leave you half-blind"),
])
def test_fear_appeals_are_flagged(sentence, excerpt):
    assert findings(sentence, "LNG010") == [("LNG010", "warning", excerpt)]


@pytest.mark.parametrize("sentence", [
    "High blood pressure is not a ticking time bomb for most people, and checks are simple.",
    "Is a raised PSA a ticking time bomb? Not usually.",
    "Newer, less toxic chemotherapy has made treatment easier to bear.",
    "She had nightmares about the scanner as a child.",
    "About one adult in three has high blood pressure, and most feel nothing.",
    "Don't let the rain leave you without your daily walk.",
])
def test_calm_or_denied_wording_is_not_an_alarm(sentence):
    assert findings(sentence, "LNG010") == []


def test_a_quoted_alarm_is_the_speakers_shown_as_information():
    text = '"It is a ticking time bomb," said Dr Mia Kerr, who runs the clinic.'
    assert findings(text, "LNG010") == [("LNG010", "info", "ticking time bomb")]


@pytest.mark.parametrize("sentence, excerpt", [
    ("This is the herb Big Pharma doesn't want you to know about.", "Big Pharma doesn't want you to know about"),
    ("The facts they won't print are in our free guide.", "The facts they won't print"),
    ("Here is what your dermatologist won't tell you.", "what your dermatologist won't tell you"),
    ("Parents are being lied to by the drug companies.", "lied to by the drug companies"),
])
def test_conspiracy_framing_is_flagged(sentence, excerpt):
    assert findings(sentence, "LNG011") == [("LNG011", "warning", excerpt)]


@pytest.mark.parametrize("sentence", [
    "Is there a suppressed cure? No.",
    "There is no evidence that drug companies hide a cure.",
    "The trial report does not mention how many people stopped the drug.",
    "The authors disclosed funding from two drug companies.",
])
def test_criticism_and_denied_plots_are_not_conspiracy_framing(sentence):
    assert findings(sentence, "LNG011") == []


def test_a_label_inside_dont_let_is_still_used():
    # "Don't" is about letting, not about the label: the people are still called victims.
    text = "Don't let more MS victims wait for care."
    assert findings(text, "LNG002") == [("LNG002", "warning", "MS victims")]
    assert findings("She is not a victim of MS.", "LNG002") == []


@pytest.mark.parametrize("sentence, selector, excerpt", [
    ("Every week you delay, and the joint pays for it.", "LNG010", "Every week you delay"),
    ("Gum disease is a silent epidemic in this country.", "LNG010", "silent epidemic"),
    ("Skipping the checks is playing roulette with your sight.", "LNG010", "playing roulette with your sight"),
    ("Drug firms could never patent a seaweed, so they bury the research.", "LNG011",
     "Drug firms could never patent a seaweed, so they bury"),
    ("The pharma industry has lobbied for years to get the herb banned.", "LNG011",
     "pharma industry has lobbied for years to get the herb banned"),
    ("Surgeons recommend the operation because there's money in it.", "LNG011",
     "Surgeons recommend the operation because there's money"),
    ("The Two-Minute Fix Your Dentist Won't Mention", "LNG011", "The Two-Minute Fix Your Dentist Won't Mention"),
])
def test_profit_motives_and_waiting_as_harm(sentence, selector, excerpt):
    assert findings(sentence, selector) == [(selector, "warning", excerpt)]


@pytest.mark.parametrize("sentence, selector", [
    ("Your dentist won't mention the fee unless you ask.", "LNG011"),
    ("Drug companies cannot patent a generic, which is why such trials need public money.", "LNG011"),
    ("Every day in the trial, patients recorded their pain.", "LNG010"),
])
def test_plain_statements_about_fees_and_funding_are_not_plots(sentence, selector):
    assert findings(sentence, selector) == []


@pytest.mark.parametrize("sentence, selector, excerpt", [
    ("Don't wait for a stroke to change your diet.", "LNG010", "Don't wait for a stroke"),
    ("After 40 your bone density drops off a cliff.", "LNG010", "bone density drops off a cliff"),
    ("The tablets just turn you into a zombie.", "LNG010", "turn you into a zombie"),
    ("Big Sugar wants you hooked.", "LNG011", "Big Sugar"),
    ("The food giants want you afraid of butter.", "LNG011", "want you afraid"),
    ("Hospitals make a fortune from hip operations.", "LNG011", "Hospitals make a fortune"),
    ("Parents are being gaslit by their GPs.", "LNG011", "being gaslit"),
    ("Reflux: why your GP won't tell you", "LNG011", "why your GP won't tell you"),
])
def test_enemies_of_the_reader_and_more_alarms(sentence, selector, excerpt):
    assert findings(sentence, selector) == [(selector, "warning", excerpt)]


def test_a_market_that_falls_off_a_cliff_is_not_an_alarm():
    assert findings("Sales of the old inhaler fell off a cliff after the new one came out.", "LNG010") == []


def test_what_any_professional_wont_mention():
    assert findings("The eye drop your optician won't mention", "LNG011") == [
        ("LNG011", "warning", "The eye drop your optician won't mention")]


@pytest.mark.parametrize("sentence, excerpt", [
    ("What price would you put on your child's sight?", "What price would you put on your child's sight"),
    ("Would you really wait a month while your toddler struggles to sleep?",
     "Would you really wait a month while your toddler struggles"),
])
def test_guilt_as_a_sales_argument_even_as_a_question(sentence, excerpt):
    found = lint_text("# A page\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=("LNG012",)))
    assert [f.excerpt for f in found] == [excerpt]


def test_a_plain_question_about_waiting_is_not_guilt():
    text = "# A page\n\nHow long should you wait before seeing a doctor about your child's rash?\n"
    assert lint_text(text, "a.md", overrides=Overrides(select=("LNG012",))) == []
