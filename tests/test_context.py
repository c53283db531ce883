"""Tests for mslint.context (NegEx/ConText-style assertion contexts)."""

from __future__ import annotations

import dataclasses
import time

import pytest

from mslint.analysis.context import (
    CONTEXTS,
    HEDGED,
    HISTORICAL,
    NEGATED,
    QUESTION,
    REPORTED,
    ContextResult,
    analyse,
    contexts_of,
)

NONE: frozenset[str] = frozenset()


def span(sentence: str, match: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `match` in `sentence`."""
    i = -1
    for _ in range(nth + 1):
        i = sentence.index(match, i + 1)
    return i, i + len(match)


def ctx(sentence: str, match: str, nth: int = 0) -> frozenset[str]:
    start, end = span(sentence, match, nth)
    return contexts_of(sentence, start, end)


def case(sentence: str, match: str, *contexts: str, nth: int = 0):
    return pytest.param(sentence, match, nth, frozenset(contexts), id=f"{match}|{sentence}")


def check(sentence: str, match: str, nth: int, expected: frozenset[str]) -> None:
    got = ctx(sentence, match, nth)
    assert got == expected, analyse(sentence, *span(sentence, match, nth)).triggers


# --------------------------------------------------------------------------- negated
NEGATED_CASES = [
    case("Stem cell therapy is not a cure for MS.", "a cure for MS", NEGATED),
    case("There is no cure for MS.", "cure for MS", NEGATED),
    case("There is currently no cure for multiple sclerosis.", "cure", NEGATED),
    case("No cure exists for progressive MS.", "cure", NEGATED),
    case("There is no proven treatment that repairs myelin.", "repairs myelin", NEGATED),
    case("Vitamin D does not cause remission of MS.", "cause remission", NEGATED),
    case("Stem cells will never cure MS on their own.", "cure MS", NEGATED),
    case("Clinics sell the infusions without evidence that they reverse MS.",
         "reverse MS", NEGATED),
    case("No treatment is risk-free.", "risk-free", NEGATED),
    case("HSCT isn't a cure for MS.", "a cure", NEGATED),
    case("Diet alone cannot cure multiple sclerosis.", "cure multiple sclerosis", NEGATED),
    case("Neither diet nor supplements cure MS.", "cure MS", NEGATED),
    case("No stem-cell therapy is approved for MS in the UK.", "approved", NEGATED),
    case("Bee venom has not been shown to slow MS.", "slow MS", NEGATED),
    case("That HSCT cures MS has not been proven.", "HSCT cures MS", NEGATED),
    case("The diet fails to halt progression in most people.", "halt progression", NEGATED),
    case("Current drugs manage relapses rather than cure MS.", "cure MS", NEGATED),
    case("The idea that mercury fillings cause MS is a myth.",
         "mercury fillings cause MS", NEGATED),
    case("The claim that diet reverses MS remains unproven.",
         "diet reverses MS", NEGATED, REPORTED),
    case("A link between vaccines and MS has been ruled out.",
         "A link between vaccines and MS", NEGATED),
    case("There is no evidence from large randomised trials that stem cells cure MS.",
         "stem cells cure MS", NEGATED),
    case("Nothing on the market today reverses MS.", "reverses MS", NEGATED),
    case("It is impossible to cure MS with supplements.", "cure MS", NEGATED),
    case("Stem cell transplantation doesn't reverse existing disability.",
         "reverse existing disability", NEGATED),
    case("None of these products cure MS.", "cure MS", NEGATED),
    case("In no way does the protocol cure MS.", "cure MS", NEGATED),
    case("There is little evidence that low-dose naltrexone slows MS.", "slows MS", NEGATED),
    case("Swimming in cold water is not proven to treat MS.", "treat MS", NEGATED),
    case("Stem cell therapy does not cure MS.", "Stem cell therapy", NEGATED),
    case("HSCT is not approved for progressive MS.", "HSCT", NEGATED),
    case("Chelation has yet to be proven as an MS treatment.", "Chelation", NEGATED),
    case("It's a myth that stem cells cure MS.", "stem cells cure MS", NEGATED),
    case("Nobody can reverse MS with diet alone.", "reverse MS", NEGATED),
    case("There is no evidence that it repairs myelin and reverses MS.", "reverses MS", NEGATED),
    case("Not a single trial has shown that stem cells cure MS.", "stem cells cure MS", NEGATED),
    case("No drug reverses MS or restores lost function.", "restores lost function", NEGATED),
    case("Stem cell therapy is not safe and effective for MS.", "effective", NEGATED),
    case("HSCT reduces relapses but does not cure MS.", "cure MS", NEGATED),
    case("Ocrelizumab slows progression; it doesn't reverse it.", "reverse it", NEGATED),
    case("The idea that stem cells cure MS has been debunked.", "stem cells cure MS", NEGATED),
    case("There's no such thing as a cure for MS.", "a cure for MS", NEGATED),
    case("MS is not contagious.", "contagious", NEGATED),
    case("The NHS does not offer stem cell cures.", "stem cell cures", NEGATED),
    case("It does not mean that HSCT is a cure.", "a cure", NEGATED),
    case("Our not-for-profit helpline cannot diagnose MS.", "diagnose MS", NEGATED),
]

# --------------------------------------------------------------------------- hedged
HEDGED_CASES = [
    case("Stem cell therapy may cure MS one day.", "cure MS", HEDGED),
    case("These cells might repair damaged myelin.", "repair damaged myelin", HEDGED),
    case("Remyelinating drugs could reverse disability.", "reverse disability", HEDGED),
    case("Clemastine is a potential cure for MS.", "cure for MS", HEDGED),
    case("Stem cells can possibly halt progression.", "halt progression", HEDGED),
    case("Stem cell therapy is being studied as a treatment for MS.", "Stem cell therapy", HEDGED),
    case("Researchers hope stem cells will repair nerve damage.", "repair nerve damage", HEDGED),
    case("If stem cells cure MS, the impact will be enormous.", "stem cells cure MS", HEDGED),
    case("Scientists do not yet know whether stem cells cure MS.",
         "stem cells cure MS", HEDGED, NEGATED),
    case("The trial aims to show that the drug reverses disability.",
         "reverses disability", HEDGED),
    case("Trials are testing whether stem cells can repair myelin.", "repair myelin", HEDGED),
    case("It is too early to say that the treatment stops MS.", "stops MS", HEDGED),
    case("Early results suggest the drug restores lost function.",
         "restores lost function", HEDGED),
    case("In theory, remyelination would restore nerve function.",
         "restore nerve function", HEDGED),
    case("Gut bacteria perhaps influence the course of MS.", "influence the course of MS", HEDGED),
    case("Metformin is an experimental treatment for progressive MS.",
         "treatment for progressive MS", HEDGED),
    case("It is unclear whether high-dose biotin slows progression.", "slows progression", HEDGED),
    case("The therapy shows promise in early trials.", "The therapy", HEDGED),
    case("Stem cell repair of myelin remains to be seen.", "Stem cell repair of myelin", HEDGED),
    case("One day a vaccine may prevent MS altogether.", "prevent MS", HEDGED),
    case("This approach is still experimental.", "This approach", HEDGED),
    case("It is possible that vitamin D lowers relapse rates.", "lowers relapse rates", HEDGED),
    case("The drug may repair myelin and reverse MS.", "reverse MS", HEDGED),
    case("It is not yet clear whether HSCT cures MS.", "HSCT cures MS", HEDGED),
    case("Stem cells would repair the damage if they reached the brain.",
         "repair the damage", HEDGED),
    case("More research is needed before stem cells cure MS.", "stem cells cure MS", HEDGED),
    case("People with MS may not need treatment.", "need treatment", HEDGED, NEGATED),
    case("We don't know if stem cells cure MS.", "stem cells cure MS", HEDGED, NEGATED),
    case("Researchers are investigating whether the drug can repair myelin.", "repair myelin",
         HEDGED),
    case("Promising results suggest HSCT halts MS.", "HSCT halts MS", HEDGED),
]

# --------------------------------------------------------------------------- question
QUESTION_CASES = [
    case("Can stem cell therapy cure MS?", "cure MS", QUESTION),
    case("Is there a cure for multiple sclerosis?", "a cure for multiple sclerosis", QUESTION),
    case("Does diet reverse MS?", "reverse MS", QUESTION),
    case("Will HSCT stop my MS from progressing?", "stop my MS", QUESTION),
    case("What is the best treatment for MS?", "the best treatment for MS", QUESTION),
    case("Is stem cell therapy safe for MS?", "safe", QUESTION),
    case("Do stem cells cure MS, as some people think?", "stem cells cure MS", QUESTION),
    case("Should I stop my medication if I feel better?", "stop my medication", QUESTION),
    case("Stem cells cure MS?", "Stem cells cure MS", QUESTION),
    case("Is it true that bee stings cure MS?", "bee stings cure MS", QUESTION),
    case("How quickly does HSCT reverse disability?", "reverse disability", QUESTION),
    case("Why do some clinics say they cure MS?", "cure MS", QUESTION, REPORTED),
    case("Could stem cells cure MS?", "cure MS", QUESTION, HEDGED),
    case("Is there really no cure for MS?", "cure for MS", QUESTION, NEGATED),
    case("Can Dr. Smith's clinic cure MS?", "cure MS", QUESTION),
    case("Does the diet (e.g. the Wahls protocol) reverse MS?", "the diet", QUESTION),
    case("Can stem cells cure MS?!", "cure MS", QUESTION),
    case("Which treatment works best for relapsing MS?", "works best", QUESTION),
    case("Is HSCT a cure?", "a cure?", QUESTION),
    case("Stem cell therapy: a cure for MS?", "a cure for MS", QUESTION),
    case("Is it possible that stem cells cure MS?", "stem cells cure MS", QUESTION, HEDGED),
    case("Does it really stop progression, as the clinic suggests?", "stop progression", QUESTION),
]

# --------------------------------------------------------------------------- reported
REPORTED_CASES = [
    case("Some clinics advertise 'cures' for MS.", "cures", REPORTED),
    case("Some websites claim that stem cells cure MS.", "stem cells cure MS", REPORTED),
    case("Beware of claims that stem cells cure MS.", "stem cells cure MS", REPORTED),
    case("Be wary of anyone promising a cure for MS.", "a cure for MS", REPORTED),
    case("The so-called miracle cure is expensive.", "miracle cure", REPORTED),
    case("The alleged cure costs thousands of dollars.", "cure", REPORTED),
    case("The infusion is marketed as a cure for MS.", "a cure for MS", REPORTED),
    case("Bee venom was promoted as a treatment for MS.", "a treatment for MS", REPORTED),
    case("The 'Swank diet' is promoted online as an MS cure.", "an MS cure", REPORTED),
    case("Be careful: some clinics claim to cure MS.", "cure MS", REPORTED),
    case("Doctors say there is no cure for MS.", "cure for MS", REPORTED, NEGATED),
    case("A promise to reverse MS is a red flag.", "reverse MS", REPORTED),
    case("According to the clinic's website, stem cells cure MS.", "stem cells cure MS", REPORTED),
    case("Clinics that advertise “cures” should be avoided.", "cures", REPORTED),
    case('The clinic calls it a "breakthrough cure".', "breakthrough cure", REPORTED),
    case("Patients were sold a ‘miracle treatment’ abroad.", "miracle treatment", REPORTED),
    case("Stem cells cure MS, the clinic claims.", "Stem cells cure MS", REPORTED),
    case("Many people believe that diet alone reverses MS.", "diet alone reverses MS", REPORTED),
    case("Testimonials say the protocol reversed their MS.", "reversed their MS", REPORTED),
    case("Watch out for websites offering guaranteed cures.", "guaranteed cures", REPORTED),
    case("Some influencers insist that fasting cures MS.", "fasting cures MS", REPORTED),
    case("Stem cells supposedly regenerate myelin.", "regenerate myelin", REPORTED),
    case("Experts warn that stem cell clinics are a scam.", "stem cell clinics", REPORTED),
    case("She believed the clinic's promise that stem cells cure MS.", "stem cells cure MS",
         REPORTED),
    case("The clinic's 'complete recovery' guarantee is misleading.",
         "complete recovery", REPORTED),
    case("Treatments that promise to cure MS sound too good to be true.", "cure MS", REPORTED),
    case("A patient's 'cure' was reported in the press.", "cure", REPORTED),
    case("He said, \"The infusion cured my MS.\"", "cured my MS", REPORTED),
    case("Claims that stem cells cure MS are not supported by evidence.", "stem cells cure MS",
         REPORTED, NEGATED),
]

# --------------------------------------------------------------------------- historical
HISTORICAL_CASES = [
    case("The chronic progressive category was retired in 2013.", "chronic progressive category",
         HISTORICAL),
    case("Secondary progressive MS was formerly known as chronic progressive MS.",
         "chronic progressive MS", HISTORICAL),
    case("What is now SPMS used to be called chronic progressive MS.", "chronic progressive MS",
         HISTORICAL),
    case("Benign MS was once a common label.", "Benign MS", HISTORICAL),
    case("Relapsing-progressive MS, previously known as a separate subtype, is now PRMS-free.",
         "a separate subtype", HISTORICAL),
    case("The term benign MS is no longer used by most neurologists.", "benign MS", HISTORICAL),
    case("In the older classification, progressive-relapsing MS was a distinct course.",
         "progressive-relapsing MS", HISTORICAL),
    case("Until 2013, progressive-relapsing MS was a recognised type.", "progressive-relapsing MS",
         HISTORICAL),
    case("The progressive-relapsing subtype was eliminated in the 2013 revision.",
         "progressive-relapsing subtype", HISTORICAL),
    case("The Poser criteria were replaced by the McDonald criteria.", "The Poser criteria",
         HISTORICAL),
    case("Chronic progressive MS is an outdated term.", "Chronic progressive MS", HISTORICAL),
    case("Neurologists no longer use the term chronic progressive MS.", "chronic progressive MS",
         HISTORICAL),
    case("Historically, MS was treated with arsenic.", "treated with arsenic", HISTORICAL),
    case("In the past, doctors advised people with MS to avoid exercise.", "avoid exercise",
         HISTORICAL),
    case("The label progressive-relapsing MS was dropped in 2013.", "progressive-relapsing MS",
         HISTORICAL),
    case("Chronic progressive MS is now called secondary progressive MS.", "Chronic progressive MS",
         HISTORICAL),
    case("Cooling suits were once thought to slow MS.", "slow MS", HISTORICAL),
    case("Before 2001, the Poser criteria required two attacks.",
         "required two attacks", HISTORICAL),
    case("Benign MS has fallen out of use as a diagnosis.", "Benign MS", HISTORICAL),
    case("The drug, originally called BG-12, reduces relapses.", "BG-12", HISTORICAL),
    case("Dimethyl fumarate was formerly sold as Fumaderm.", "Fumaderm", HISTORICAL, REPORTED),
    case("It was previously thought that MS was purely a white-matter disease.",
         "MS was purely a white-matter disease", HISTORICAL),
    case("The term 'chronic progressive MS' was retired in 2013.", "chronic progressive MS",
         HISTORICAL, REPORTED),
]

# --------------------------------------------------------------------------- plain assertions
NONE_CASES = [
    case("Stem cell therapy cures MS.", "Stem cell therapy cures MS"),
    case("Stem cell therapy cures MS.", "cures MS"),
    case("Our clinic offers a cure for multiple sclerosis.", "a cure for multiple sclerosis"),
    case("This treatment has no side effects.", "no side effects"),
    case("The procedure reverses MS in weeks.", "reverses MS"),
    case("Can't wait? Our therapy cures MS today.", "cures MS"),
    case("This therapy can cure MS.", "cure MS"),
    case("Our infusion will reverse your MS.", "reverse your MS"),
    case("HSCT is a proven cure for relapsing MS.", "a proven cure"),
    case("Our protocol is 100% safe and guaranteed to work.", "100% safe"),
    case("Patients at our clinic stop relapsing within a month.", "stop relapsing"),
    case("The diet heals the myelin sheath naturally.", "heals the myelin sheath"),
    case("Stem cells regenerate damaged nerves, restoring mobility.", "restoring mobility"),
    case("After treatment you no longer have MS.", "have MS"),
    case("Our therapy not only slows MS but also reverses it.", "slows MS"),
    case("There is no doubt that our therapy cures MS.", "our therapy cures MS"),
    case("No matter how severe, our treatment reverses MS.", "our treatment reverses MS"),
    case("Our therapy is nothing but a cure for MS.", "a cure for MS"),
    case("Without a doubt, stem cells cure MS.", "stem cells cure MS"),
    case("Stem cells cure MS, not just the symptoms.", "Stem cells cure MS"),
    case("Our guaranteed cure works for everyone.", "guaranteed cure"),
    case("The clinic's stem cell cure is approved in Mexico.", "stem cell cure"),
    case("Our patients' MS disappears after one infusion.", "MS disappears"),
    case("This treatment has no side effects and cures MS.", "cures MS"),
    case("With no waiting list, our clinic cures MS in weeks.", "our clinic cures MS"),
    case("Our therapy, with no side effects, cures MS.", "cures MS"),
    case("Don't wait, our stem cell therapy cures MS.", "cures MS"),
    case("We promise a complete cure for MS.", "a complete cure"),
    case("According to our doctors, stem cells cure MS.", "stem cells cure MS"),
    case("If you have MS, our therapy cures it.", "our therapy cures it"),
    case("Believe it or not, stem cells cure MS.", "stem cells cure MS"),
    case("Our therapy never fails to cure MS.", "cure MS"),
    case("In May 2024 our clinic cured 40 patients.", "cured 40 patients"),
    case("Our not-for-profit clinic cures MS.", "cures MS"),
    case("Dr. Smith's infusion reverses MS in a week.", "reverses MS"),
    case("Stem cells are used to treat MS at our clinic.", "Stem cells"),
    case("No, stem cells really do cure MS.", "stem cells really do cure MS"),
    case("Needless to say, the treatment cures MS.", "the treatment cures MS"),
    case("Our team made it possible to reverse MS.", "reverse MS"),
    case("No one expected that stem cells cure MS in every case.", "stem cells cure MS"),
    case("Treatment starts as soon as possible and reverses MS.", "reverses MS"),
    case("No referral is needed at our modern clinic in central London, where stem cell therapy "
         "cures MS.", "cures MS"),
    case("Our HSCT program has helped thousands and reverses MS.", "reverses MS"),
    case("Stem cells, which are not approved, cure MS.", "cure MS"),
    case("At no cost to you, our clinic cures MS.", "our clinic cures MS"),
    case("The diet doesn't just slow MS, it reverses it.", "it reverses it"),
    case("Does stem cell therapy work? Yes, it cures MS.", "it cures MS"),
    case("This drink can't cure MS, but it can help fatigue.", "help fatigue"),
    case("Clinics abroad charge $50,000 for treatments that cure MS.", "cure MS"),
    case("The clinic guarantees a cure for MS.", "a cure for MS"),
    case("Call now to see if you qualify - stem cells cure MS.", "stem cells cure MS"),
    case("No more relapses: our therapy cures MS.", "our therapy cures MS"),
    case("Stem cells cure MS - no drugs, no side effects.", "Stem cells cure MS"),
    case("You won't believe how fast stem cells cure MS.", "stem cells cure MS"),
    case("Patients who couldn't walk are now running marathons.", "now running marathons"),
    case("Patients who did not walk are now running marathons.", "now running marathons"),
    case("The drug, originally called BG-12, reduces relapses.", "reduces relapses"),
    case("Unlike drugs that only slow MS, our protocol reverses it.", "our protocol reverses it"),
]

# --------------------------------------------------------------------------- scope
SCOPE_CASES = [
    case("There is no cure for MS, but this clinic cures it.", "cures it"),
    case("There is no cure for MS, but this clinic cures it.", "cure for MS", NEGATED),
    case("Drugs do not cure MS; however, our stem cells do reverse it.", "reverse it"),
    case("Drugs do not cure MS; however, our stem cells do reverse it.", "cure MS", NEGATED),
    case("Doctors may be cautious; our infusion cures MS.", "cures MS"),
    case("Although there is no cure, this protocol reverses MS.", "reverses MS"),
    case("Although there is no cure, this protocol reverses MS.", "cure", NEGATED),
    case("While MS cannot be cured by drugs, stem cells cure it.", "stem cells cure it"),
    case("Conventional medicine has no answer, yet our therapy cures MS.", "our therapy cures MS"),
    case("Other clinics may disappoint you: we cure MS.", "we cure MS"),
    case("It is not cheap, and it cures MS.", "it cures MS"),
    case("It is not cheap, and it cures MS.", "cheap", NEGATED),
    case("Neurologists might disagree — stem cells cure MS.", "stem cells cure MS"),
    case("Clinics may claim otherwise, but stem cells do not cure MS.", "cure MS", NEGATED),
    case("Some websites claim stem cells work, but HSCT reverses MS.", "HSCT reverses MS"),
    case("No treatment, however promising, is risk-free.", "risk-free", NEGATED),
    case("For a while there was no cure for MS.", "cure for MS", NEGATED),
    case("No drug, so far, cures MS.", "cures MS", NEGATED),
    case("No drug cures MS, so clinics sell hope; stem cells help.", "clinics sell hope"),
    case("Our therapy cures MS so you do not need other drugs.", "cures MS"),
    case("Our therapy cures MS and is not expensive.", "cures MS"),
    case("There is no evidence, and there never was, that our rivals help; our therapy cures MS.",
         "our therapy cures MS"),
]

# --------------------------------------------------------------------------- quotes / apostrophes
QUOTE_CASES = [
    case("The patient's doctor says HSCT cured her.", "HSCT cured her", REPORTED),  # "says"
    case("The patient's MS went into remission.", "went into remission"),
    case("Patients' symptoms improved after the infusion.", "symptoms improved"),
    case("The clinic's 'cure' costs £40,000.", "cure", REPORTED),
    case("The clinic's 'cure' costs £40,000.", "costs £40,000"),
    case("It isn't a 'miracle', it's a cure.", "it's a cure"),
    case("Its makers call it a “cure”, which it is not.", "cure", REPORTED),
    case("\"It cured my MS,\" one patient wrote.", "It cured my MS", REPORTED),
    case("They offered 'stem cell cures' to patients' families.", "stem cell cures", REPORTED),
    case("They offered 'stem cell cures' to patients' families.", "families"),
    case("Our \"revolutionary\" therapy cures MS.", "therapy cures MS"),
    case("Our \"revolutionary\" therapy cures MS.", "revolutionary", REPORTED),
    case("We don't sell a 'cure'; we sell hope.", "we sell hope"),
]

# --------------------------------------------------------------------------- pseudo-triggers
PSEUDO_CASES = [
    case("Not only does HSCT stop relapses, it reverses disability.", "reverses disability"),
    case("Not just a treatment, our protocol is a cure.", "a cure"),
    case("Our patients no longer need wheelchairs.", "need wheelchairs"),
    case("No wonder our infusion reverses MS.", "our infusion reverses MS"),
    case("Whether or not you have tried drugs, our therapy cures MS.", "our therapy cures MS"),
    case("Researchers could not have predicted how well it repairs myelin.", "repairs myelin",
         NEGATED),
    case("Stem cells cure MS without fail.", "Stem cells cure MS"),
    case("Needless to say, stem cells cure MS.", "stem cells cure MS"),
]


@pytest.mark.parametrize("sentence, match, nth, expected", NEGATED_CASES)
def test_negated(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", HEDGED_CASES)
def test_hedged(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", QUESTION_CASES)
def test_question(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", REPORTED_CASES)
def test_reported(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", HISTORICAL_CASES)
def test_historical(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", NONE_CASES)
def test_plain_assertions_have_no_context(sentence, match, nth, expected):
    assert expected == NONE
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", SCOPE_CASES)
def test_scope_termination(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", QUOTE_CASES)
def test_quotes_and_apostrophes(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


@pytest.mark.parametrize("sentence, match, nth, expected", PSEUDO_CASES)
def test_pseudo_triggers(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


# --------------------------------------------------------------------------- known limits
# Coordination without a parser: "and" followed by a finite-looking verb ends a
# scope (right for "has no side effects and cures MS"), so these two go wrong.
# strict=True: if a change fixes them, the marker must be removed.
KNOWN_LIMITS = [
    case("There is no cure for MS and stem cells cure it.", "stem cells cure it"),
    case("No treatment repairs myelin and restores function.", "restores function", NEGATED),
]


@pytest.mark.xfail(strict=True, reason="known limitation of the heuristic coordination rule")
@pytest.mark.parametrize("sentence, match, nth, expected", KNOWN_LIMITS)
def test_known_limitations(sentence, match, nth, expected):
    check(sentence, match, nth, expected)


# --------------------------------------------------------------------------- API
def test_context_names():
    assert (NEGATED, HEDGED, QUESTION, REPORTED, HISTORICAL) == (
        "negated", "hedged", "question", "reported", "historical")
    assert CONTEXTS == frozenset({"negated", "hedged", "question", "reported", "historical"})
    assert isinstance(CONTEXTS, frozenset)


def test_lexicons_are_well_formed_data():
    from mslint.analysis import context

    directions = {context.FORWARD, context.BACKWARD, context.BOTH, context.FORWARD_PHRASE}
    assert {c for c, _, _ in context.TRIGGERS} == CONTEXTS - {QUESTION}
    assert all(d in directions for _, d, _ in context.TRIGGERS)
    assert all(isinstance(p, tuple) and p for _, _, p in context.TRIGGERS)
    assert {c for c, _ in context.PSEUDO_TRIGGERS} <= CONTEXTS


def test_result_is_frozen_and_carries_triggers():
    sentence = "There is no cure for MS."
    result = analyse(sentence, *span(sentence, "cure for MS"))
    assert isinstance(result, ContextResult)
    assert result.contexts == frozenset({NEGATED})
    assert result.triggers == ((NEGATED, "There is no"),)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.contexts = frozenset()  # type: ignore[misc]


def test_triggers_keep_the_text_as_found():
    sentence = "Some websites CLAIM that stem cells MAY cure MS?"
    result = analyse(sentence, *span(sentence, "cure MS"))
    assert result.contexts == frozenset({REPORTED, HEDGED, QUESTION})
    assert result.triggers == (
        (REPORTED, "Some websites"), (REPORTED, "CLAIM"), (HEDGED, "MAY"), (QUESTION, "?"))


def test_quote_trigger_is_the_quotation():
    sentence = "Clinics advertise “cures” online."
    assert analyse(sentence, *span(sentence, "cures")).triggers == (
        (REPORTED, "advertise"), (REPORTED, "“cures”"))


def test_plain_result_is_empty():
    sentence = "Stem cell therapy cures MS."
    assert analyse(sentence, 0, len(sentence)) == ContextResult(frozenset(), ())


def test_contexts_of_matches_analyse():
    sentence = "Could a so-called cure reverse MS?"
    start, end = span(sentence, "cure")
    assert contexts_of(sentence, start, end) == analyse(sentence, start, end).contexts
    assert contexts_of(sentence, start, end) == frozenset({HEDGED, REPORTED, QUESTION})


def test_match_text_is_never_its_own_trigger():
    # The "no" inside the match must not negate it; the "No" before it does.
    assert ctx("This treatment has no side effects.", "no side effects") == NONE
    assert ctx("No treatment is risk-free.", "risk-free") == frozenset({NEGATED})
    assert contexts_of("This treatment has no side effects.", 19, 34) == NONE
    assert contexts_of("No treatment is risk-free.", 16, 25) == frozenset({NEGATED})


def test_can_is_not_a_hedge_but_could_may_might_are():
    assert ctx("This therapy can cure MS.", "cure MS") == NONE
    assert ctx("This therapy will cure MS.", "cure MS") == NONE
    for modal in ("could", "may", "might"):
        sentence = f"This therapy {modal} cure MS."
        assert ctx(sentence, "cure MS") == frozenset({HEDGED}), modal


def test_forward_window_limits_scope():
    near = "There is no single study that shows stem cells cure MS."
    far = ("There is no waiting list at our large and modern clinic in the heart of London "
           "where stem cells cure MS.")
    assert ctx(near, "stem cells cure MS") == frozenset({NEGATED})
    assert ctx(far, "stem cells cure MS") == NONE


def test_backward_window_limits_scope():
    near = "Stem cell therapy for MS is a myth."
    far = "Stem cell therapy for MS at our beautiful seaside clinic in sunny Spain is a myth."
    assert ctx(near, "Stem cell therapy") == frozenset({NEGATED})
    assert ctx(far, "Stem cell therapy") == NONE


def test_case_insensitive_and_curly_apostrophes():
    assert ctx("THERE IS NO CURE FOR MS.", "CURE FOR MS") == frozenset({NEGATED})
    assert ctx("HSCT isn’t a cure for MS.", "a cure") == frozenset({NEGATED})
    assert ctx("The clinic’s “cure” is costly.", "cure") == frozenset({REPORTED})
    assert ctx("The patient’s MS improved.", "MS improved") == NONE


def test_invalid_spans_raise():
    with pytest.raises(ValueError):
        analyse("abc", 2, 1)
    with pytest.raises(ValueError):
        analyse("abc", -1, 2)
    with pytest.raises(ValueError):
        analyse("abc", 0, 4)


def test_empty_sentence_and_empty_match():
    assert analyse("", 0, 0).contexts == NONE
    assert contexts_of("No cure.", 3, 3) == frozenset({NEGATED})


def test_long_pathological_input_is_fast():
    words = ("no not may claim 'quoted' was retired and, but however " * 400).strip()
    sentence = words + " cures MS " + "a" * 5000 + " ?"
    start, end = span(sentence, "cures MS")
    t0 = time.perf_counter()
    for _ in range(5):
        analyse(sentence, start, end)
    assert time.perf_counter() - t0 < 2.0


def test_typical_call_is_fast():
    sentence = "Some clinics claim that stem cells may cure MS, but there is no evidence for it."
    start, end = span(sentence, "cure MS")
    t0 = time.perf_counter()
    for _ in range(2000):
        analyse(sentence, start, end)
    assert time.perf_counter() - t0 < 2.0
