"""Careful pages of blind sets 154-155, read after their measurement at v0.30.52 (v0.30.53): what each
false alarm meant, written again in this test's own sentences. Each rule is checked both ways: the careful
wording is left alone, and the claim beside it is still caught."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides

SHOP = "# Shop\n\nBuy now for £30.\n\n"


def codes(text: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(text, name, overrides=Overrides(select=(code,)))]


def shop(sentence: str, code: str) -> list[str]:
    return codes(SHOP + sentence + "\n", code)


def test_no_trial_showing_it_denies_the_claim_however_long_the_noun_phrase():
    # "showing" as well as "showed", and counted in words, not tokens.
    assert shop("I'm not aware of any good-quality trial showing that these drops cure arthritis.", "CLM001") == []
    assert shop("No large, well-run, double-blind trial has ever shown that these drops cure arthritis.",
                "CLM001") == []
    # A turn ends the denial's reach.
    assert shop("There is no cure yet, but a trial showed that these drops cure arthritis.",
                "CLM001") == ['cure arthritis']


def test_a_phrase_named_as_a_phrase_is_mentioned_not_used():
    assert shop('The phrase "clinically proven" on a box tells you nothing about the evidence.', "EVD002") == []
    assert shop('Our drops are clinically proven to work.', "EVD002") == ['are clinically proven to work']


def test_a_letters_question_with_its_sign_off_run_on():
    letter = ('# Ask the pharmacist\n\n**Q. I have seen adverts for lozenges "clinically proven to silence tinnitus in '
              'a month", with zinc and magnesium. Are they worth £20 a tub?**\n*name withheld, Ripon*\n\n'
              'I would keep your money.\n')
    assert codes(letter, "CLM002") == []
    assert codes(letter, "EVD002") == []


def test_a_quoted_speaker_who_distances_the_claim_reports_it():
    heading = ('# Pins and needles in the night: carpal tunnel syndrome\n\n## "I saw a copper bangle that claims to '
               'cure it"\n\nCopper has been tried for many kinds of hand pain.\n')
    assert codes(heading, "CLM001") == []
    assert codes(heading.replace("I saw a copper bangle that claims to cure it", "This copper bangle will cure it"),
                 "CLM001") == ['cure it']


def test_the_disease_read_as_the_condition_in_force():
    story = ("# Sickle cell care\n\nSickle cell is an inherited blood condition.\n\n"
             "A transplant of bone marrow from a matched brother or sister can cure the disease, though it carries "
             "serious risks.\n")
    assert codes(story, "CLM001") == []
    ms = ("# MS care\n\nMultiple sclerosis is a condition of the nerves.\n\n"
          "A stem cell transplant from a matched sister can cure the disease.\n")
    assert codes(ms, "CLM001") == ['cure the disease']


def test_most_cases_cured_by_standard_surgery():
    assert shop("Found while still thin, most melanomas can be cured with a minor operation.", "CLM001") == []
    assert shop("Most cases of MS are cured with our stem cell treatment.", "CLM001") == ['are cured']


def test_infectious_before_a_condition_names_what_something_is_not():
    reactions = ("# MMR\n\nSome children get a mild fever or a blotchy rash a week after the MMR jab, and a few get "
                 "swollen glands from the mumps part. These are brief and are not infectious measles.\n")
    assert codes(reactions, "FCT026") == []
    assert shop("Measles is not infectious, so she can go to nursery.", "FCT026") == ['is not infectious']


def test_a_vaccines_mechanism_explains_a_known_result():
    text = ("# MMR\n\nThe MMR vaccine is a live vaccine, with weakened viruses. That is why it works so well, and "
            "also why it is not given during some treatment.\n")
    assert codes(text, "EVD011") == []
    cream = ("# Shop\n\nOur cream holds colostrum from grass-fed cows. That is why it works so well, and also why "
             "it soothes during treatment.\n")
    assert codes(cream, "EVD011") == ['That is why it works so well']


def test_what_does_not_pierce_the_skin_is_painless():
    assert shop("Each autumn children are offered a flu vaccine, usually a nasal spray; it's painless.", "RSK004") == []
    assert shop("The injection is quick and painless.", "RSK004") == ['painless']


def test_a_target_after_a_determiner_is_a_noun():
    dated = "---\ndate: 2026-02-01\n---\n\n# Leaflet\n\n"
    assert codes(dated + "This replaced the old two-week target in October 2023.\n", "TIM001") == []
    assert codes(dated + "The trust expects a decision in March 2025.\n", "TIM001") == ['March 2025']


def test_a_price_charged_elsewhere_or_by_the_nhs_does_not_make_a_shop():
    email = ("# Your jabs\n\nFrom the University Health Service.\n\nThe course is free to you through us. (For comparison, high-street "
             "pharmacies charge about £55 a dose.)\n\nPlease book your first appointment by Friday.\n")
    assert codes(email, "COM001") == []
    leaflet = ("# Optic neuritis\n\nSteroid tablets carry the standard prescription charge of £9.90 per item.\n\n"
               "Heat can blur vision briefly. It settles within minutes of cooling down.\n")
    assert codes(leaflet, "CLM006") == []
    selling = "# Shop\n\nThe course costs £55 a dose.\n\nPlease book your first appointment by Friday.\n"
    assert codes(selling, "COM001") == ['book your first appointment']
