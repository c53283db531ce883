"""Cure and universal-result claims (CLM001-CLM003) in the many ways sales copy words them."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def claims(text: str) -> list[tuple[str, str]]:
    # HYP003 (a treatment called a miracle) was CLM004 until 0.6.0 and is tested here with its kin.
    return [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM", "HYP003")))]


@pytest.mark.parametrize("text,expected", [
    ("SpineEase ends chronic back pain.", [("CLM002", "ends chronic back pain")]),
    ("The drops silence 20 years of ear ringing.", [("CLM002", "silence 20 years of ear ringing")]),
    ("The tonic cures any hangover in under an hour.", [("CLM001", "cures any hangover")]),
    ("Eat your way out of MS with our plan.", [("CLM002", "Eat your way out of MS")]),
    ("Unlike fillers, the results are permanent.", [("CLM002", "the results are permanent")]),
    ("Fatigue, brain fog and breathlessness all respond to our protocol.",
     [("CLM003", "all respond to our protocol")]),
    ("Whatever your type of MS, the capsules work for every one of you.", [("CLM003", "work for every one of you")]),
    # Public health, denials, questions and ordinary colds are not cure claims.
    ("Vaccination programmes ended polio in most of the world.", []),
    ("Physiotherapy did not fix my sciatica.", []),
    ("Can a pill fix tinnitus?", []),
    ("She caught two colds last winter.", []),
    ("The results of a filler are not permanent.", []),
])
def test_cure_claims_in_other_words(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    # A disease, or the operation it leads to, made history.
    ("Stem cell shots make knee surgery a thing of the past.", [("CLM002", "make knee surgery a thing of the past")]),
    ("Say goodbye to hip replacement surgery for good.", [("CLM002", "Say goodbye to hip replacement surgery for good")]),
    ("Our serum erases wrinkles permanently.", [("CLM002", "erases wrinkles permanently")]),
    ("The lamp clears rosacea, acne and eczema for good.", [("CLM002", "clears rosacea, acne and eczema for good")]),
    ("The cream clears eczema for a few weeks.", []),
    ("With our plan you can avoid diabetes altogether.", [("CLM002", "avoid diabetes altogether")]),
    # Certainty promised: a share that cannot be, a guarantee of any result, a test that cannot miss.
    ("Caught early, bowel cancer is 100 percent curable.", [("CLM003", "100 percent curable")]),
    ("We guarantee you will drop two dress sizes.", [("CLM003", "We guarantee you will")]),
    ("The scan can rule out heart disease with complete certainty.",
     [("CLM003", "rule out heart disease with complete certainty")]),
    # History, other things made obsolete, denials and hedges are not claims.
    ("Vaccination made smallpox a thing of the past.", []),
    ("Smartphones have made paper maps a thing of the past.", []),
    ("Doctors cannot rule out cancer with complete certainty.", []),
    ("No test can detect every cancer with 100% accuracy.", []),
    ("Most people cannot avoid colds altogether.", []),
    ("The vaccine could one day make shingles a thing of the past.", []),
])
def test_disease_made_history_and_certainty_promised(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("This miracle pill melts fat overnight.", [("HYP003", "miracle pill")]),
    # The wish for one is not a claim that one exists.
    ("Such a magic pill could fix a great many problems.", []),
    ("Patients will always long for a wonder drug, and the search for a magic bullet goes on.", []),
    ("There is no such thing as a miracle cure for back pain.", []),
])
def test_the_wish_for_a_miracle_is_not_a_claim(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    # The reader's or a customer's own disease said to be gone, however it is put.
    ("Three months on the tea and my psoriasis is pretty much gone.", [("CLM002", "my psoriasis is pretty much gone")]),
    ("Within a term his asthma had vanished.", [("CLM002", "his asthma had vanished")]),
    ("By spring the flare-ups disappeared for good.", [("CLM002", "the flare-ups disappeared for good")]),
    ("Eight years of migraines, gone in a fortnight.", [("CLM002", "years of migraines, gone in a")]),
    ("Patients who finish the course never have another flare.", [("CLM002", "never have another flare")]),
    ("The implant means the tumour can never come back.", [("CLM002", "tumour can never come back")]),
    ("Our method corrects the root cause of back pain.", [("CLM002", "corrects the root cause")]),
    ("The capsules reverse hearing loss.", [("CLM002", "reverse hearing loss")]),
    ("A single spray switches off your asthma.", [("CLM002", "switches off your asthma")]),
    ("After the implant you will never need reading glasses again.", [("CLM002", "never need reading glasses again")]),
    ("Most of our clients are now completely free of arthritis.", [("CLM002", "Most of our clients are now completely free of arthritis")]),
    ("The drops repair the nerve damage caused by glaucoma.", [("CLM002", "repair the nerve damage caused by glaucoma")]),
    ("Say goodbye to steroids for good.", [("CLM002", "Say goodbye to steroids for good")]),
    ("The wristband brings permanent relief.", [("CLM002", "permanent relief")]),
    # Reports, a study's cohort, a share of patients and denials are not claims that a disease goes away.
    ("Tests a month later showed her cancer was gone.", []),
    ("The study followed 900 adults who were free of dementia at the start.", []),
    ("The drops can reverse sight loss in many patients with glaucoma.", []),
    ("The spray eased symptoms in about 60% of patients.", []),
    ("No drug can reverse hearing loss.", []),
    ("My headache was gone by the evening.", []),
])
def test_a_disease_gone_in_many_words(text, expected):
    assert claims(text) == expected


def test_natural_history_is_not_a_promise():
    assert claims("After a first attack, some people never have another relapse.") == []


@pytest.mark.parametrize("text,expected", [
    ("Their arthritis has reversed for good.", [("CLM002", "Their arthritis has reversed for good")]),
    ("The sleep problems are sorted for good.", [("CLM002", "sleep problems are sorted for good")]),
    ("A week into the drops, my tinnitus disappeared.", [("CLM002", "my tinnitus disappeared")]),
    ("Her acne, eczema and rosacea had cleared completely.", [("CLM002", "acne, eczema and rosacea had cleared completely")]),
    ("The tea even cleared my asthma.", [("CLM002", "cleared my asthma")]),
    ("The cleanse resets the immune system for good.", [("CLM002", "resets the immune system for good")]),
    ("You will never have to worry about your back again.", [("CLM002", "never have to worry about your back again")]),
    ("It is a natural cure for anxiety.", [("CLM001", "a natural cure for anxiety")]),
    # A wish for a cure, or one person's short-lived relief, is not a claim.
    ("Parents keep hoping for a gentle cure for eczema.", []),
    ("The swelling disappeared after a day and came back a week later.", []),
])
def test_a_disease_gone_in_plain_and_first_person_words(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The new injection halts Parkinson's.", [("CLM002", "halts Parkinson's")]),
    ("It permanently restores the vision you had in your forties.", [("CLM002", "permanently restores the vision")]),
    ("We guarantee you the results you want.", [("CLM003", "guarantee you the results")]),
    # A trial's name is not a claim.
    ("The HALT-MS trial enrolled 24 people.", []),
])
def test_halts_restores_and_guarantees(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A patient crediting a remission to the product.
    ("My rosacea went into remission last spring, and I put it down to the serum.",
     ("CLM002", "My rosacea went into remission last spring, and I put it down to")),
    # Prevention promised absolutely.
    ("Used every night, the pillow all but eliminates the risk of reflux.", ("CLM003", "all but eliminates the risk of")),
])
def test_remission_credited_and_prevention_promised(sentence, expected):
    assert expected in claims("# A page\n\n" + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "My colitis went into remission on the new drug, though my specialist warns it may flare again.",
    "Bowel screening lowers the chance of a cancer death a good deal.",
    "Nothing can completely eliminate the risk of a stroke.",
])
def test_a_remission_with_its_caveat_or_a_reduced_risk_is_not_a_promise(sentence):
    assert [c for c in claims("# A page\n\n" + sentence + "\n") if c[0] in ("CLM002", "CLM003")] == []


def test_a_leaflet_on_a_curable_infection_reports_cures():
    text = ("# Hepatitis C: testing and treatment\n\nHepatitis C is a virus that harms the liver.\n\n"
            "Eight to twelve weeks of tablets cure more than 95 in 100 people. Once cured, you can be "
            "infected again.\n")
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM001",)))] == []


def test_a_cure_of_another_condition_beside_a_curable_one_is_still_a_claim():
    text = ("# Ear and sinus infections\n\nSinus infections and ear infections are common in winter. "
            "Antibiotics cure most ear infections.\n\nOur drops soothe sinus infections and cure glue ear.\n")
    assert [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM001",)))] == ["cure glue ear"]


def test_a_page_selling_its_own_cure_for_a_curable_infection_is_still_read():
    text = "# Our malaria drops\n\nMalaria is serious. Our homeopathic drops cure it in two days.\n\nOrder now for £20.\n"
    assert [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM001",)))] == ["cure it"]


@pytest.mark.parametrize("text, expected", [
    ("Like Ann, most of our clients go home free of psoriasis.", ["most of our clients go home free of psoriasis"]),
    ("Nearly all of my patients are pain-free by week six.", ["Nearly all of my patients are pain-free"]),
    ("Most of our patients still have some symptoms a year on.", []),
])
def test_most_patients_made_free_of_the_disease(text, expected):
    assert [f.excerpt for f in lint_text(f"# Our clinic\n\n{text}\n", "a.md",
                                         overrides=Overrides(select=("CLM002",)))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Our lozenges cure a sore throat overnight.", [("CLM001", "cure a sore throat")]),
    ("The patch clears verrucas for good.", [("CLM002", "clears verrucas for good")]),
    ("The spray fixes snoring permanently.", [("CLM002", "fixes snoring permanently")]),
    ("No lozenge cures a sore throat; most clear up by themselves in about a week.", []),
])
def test_everyday_conditions_that_remedies_are_sold_for(text, expected):
    found = lint_text(f"# A remedy\n\n{text}\n", "a.md", overrides=Overrides(select=("CLM001",)))
    found += lint_text(f"# A remedy\n\n{text}\n", "a.md", overrides=Overrides(select=("CLM002",)))
    assert [(f.code, f.excerpt) for f in found] == expected


@pytest.mark.parametrize("text, expected", [
    ("The gel keeps cold sores from coming back for good.", ["keeps cold sores from coming back for good"]),
    ("After one session, the veins will never return.", ["the veins will never return"]),
    ("With the diet, you never get another attack.", ["you never get another attack"]),
    ("Warts can come back after any treatment.", []),
])
def test_recurrence_denied(text, expected):
    found = lint_text(f"# A remedy\n\n{text}\n", "a.md", overrides=Overrides(select=("CLM002",)))
    assert [f.excerpt for f in found] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The pad repairs the damaged cartilage in your knees.", ["repairs the damaged cartilage in your"]),
    ("The cream ends restless legs for good.", ["ends restless legs for good"]),
    ("Our drops shrink your thyroid back to normal size.", ["shrink your thyroid back to normal size"]),
    ("The band restores a fully normal sleep pattern.", ["restores a fully normal sleep"]),
    # Research's account, a hope, or a denial: no claim.
    ("The lab studies how liver stem cells rebuild injured tissue in mice.", []),
    ("No treatment can yet repair the damaged myelin.", []),
])
def test_damage_repaired_and_the_body_put_back_as_it_was(sentence, expected):
    found = lint_text("# Our product\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=("CLM002",)))
    assert [f.excerpt for f in found] == expected
