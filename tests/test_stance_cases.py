"""The stance layer (mslint.analysis.stance) on the sentences of the retired whole-sentence
context module (mslint.analysis.context, NegEx/ConText-style): negated, hedged, asked, reported,
historical, and plain assertions, each judged for one statement inside its sentence.

The stance layer tells a report that disputes (DISPUTED) from a plain one (REPORTED) and a
conditional from a hedge; these tests fold them back (disputed -> reported, conditional ->
hedged) to compare with the old expectations. Statements in animals are left out.
The sentences under GAPS are ones the stance layer still reads differently; they are listed for
the analysis layer's owner (strict xfail: a fix fails the test until the case moves out of GAPS).
"""

from __future__ import annotations

import pytest

from mslint.analysis.article import analyse
from mslint.reading import read_document

FOLD = {"disputed": "reported", "conditional": "hedged"}


def case(sentence: str, match: str, *contexts: str, nth: int = 0):
    return pytest.param(sentence, match, nth, frozenset(contexts), id=f"{match}|{sentence}")


def contexts(sentence: str, match: str, nth: int = 0) -> frozenset[str]:
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(match, start + 1)
    end = start + len(match)
    view = analyse(read_document("a.txt", sentence)).sentence_at(start)
    stance = view.stance_of_span(start, max(start + 1, end))
    return frozenset(FOLD.get(c, c) for c in stance.contexts if c != "animal")


NEGATED_CASES = [
    # A denial with a verb of finding governs its whole that-clause, every item of it.
    case('None of these trials showed that MSCs cure MS, repair myelin or reverse disability.',
         'reverse disability', 'negated'),
    case('Stem cell therapy is not a cure for MS.', 'a cure for MS', 'negated'),
    case('There is no cure for MS.', 'cure for MS', 'negated'),
    case('There is currently no cure for multiple sclerosis.', 'cure', 'negated'),
    case('No cure exists for progressive MS.', 'cure', 'negated'),
    case('There is no proven treatment that repairs myelin.', 'repairs myelin', 'negated'),
    case('Vitamin D does not cause remission of MS.', 'cause remission', 'negated'),
    case('Stem cells will never cure MS on their own.', 'cure MS', 'negated'),
    case('No treatment is risk-free.', 'risk-free', 'negated'),
    case("HSCT isn't a cure for MS.", 'a cure', 'negated'),
    case('Diet alone cannot cure multiple sclerosis.', 'cure multiple sclerosis', 'negated'),
    case('Neither diet nor supplements cure MS.', 'cure MS', 'negated'),
    case('No stem-cell therapy is approved for MS in the UK.', 'approved', 'negated'),
    case('Bee venom has not been shown to slow MS.', 'slow MS', 'negated'),
    case('That HSCT cures MS has not been proven.', 'HSCT cures MS', 'negated'),
    case('The diet fails to halt progression in most people.', 'halt progression', 'negated'),
    case('Current drugs manage relapses rather than cure MS.', 'cure MS', 'negated'),
    case('The idea that mercury fillings cause MS is a myth.', 'mercury fillings cause MS', 'negated'),
    case('The claim that diet reverses MS remains unproven.', 'diet reverses MS', 'negated', 'reported'),
    case('It is impossible to cure MS with supplements.', 'cure MS', 'negated'),
    case("Stem cell transplantation doesn't reverse existing disability.", 'reverse existing disability', 'negated'),
    case('None of these products cure MS.', 'cure MS', 'negated'),
    case('In no way does the protocol cure MS.', 'cure MS', 'negated'),
    case('HSCT is not approved for progressive MS.', 'HSCT', 'negated'),
    case('Chelation has yet to be proven as an MS treatment.', 'Chelation', 'negated'),
    case('Nobody can reverse MS with diet alone.', 'reverse MS', 'negated'),
    case('Not a single trial has shown that stem cells cure MS.', 'stem cells cure MS', 'negated'),
    case('No drug reverses MS or restores lost function.', 'restores lost function', 'negated'),
    case('Stem cell therapy is not safe and effective for MS.', 'effective', 'negated'),
    case('HSCT reduces relapses but does not cure MS.', 'cure MS', 'negated'),
    case("Ocrelizumab slows progression; it doesn't reverse it.", 'reverse it', 'negated'),
    case('The idea that stem cells cure MS has been debunked.', 'stem cells cure MS', 'negated'),
    case("There's no such thing as a cure for MS.", 'a cure for MS', 'negated'),
    case('MS is not contagious.', 'contagious', 'negated'),
    case('The NHS does not offer stem cell cures.', 'stem cell cures', 'negated'),
    case('It does not mean that HSCT is a cure.', 'a cure', 'negated'),
    case('Our not-for-profit helpline cannot diagnose MS.', 'diagnose MS', 'negated'),
]

HEDGED_CASES = [
    # A that-clause belongs to the verb that takes it, however far its claim lies.
    case('Mounting evidence from several cohorts suggests that gastric banding beats calorie counting at getting '
         'rid of type 2 diabetes.', 'getting rid of type 2 diabetes', 'hedged', 'reported'),
    # A verdict on a long subject, across commas.
    case('An inhaler that clears asthma overnight, works for every child and costs little, with no side effects, is '
         'still a dream.', 'no side effects', 'hedged'),
    case('A pill with no side effects and no hangover does not exist.', 'no side effects', 'hedged', 'negated'),
    case('Stem Cells May Cure MS in Early Trial', 'Cure MS', 'hedged'),  # title case: the verb, not the month
    case('Stem cell therapy may cure MS one day.', 'cure MS', 'hedged'),
    case('These cells might repair damaged myelin.', 'repair damaged myelin', 'hedged'),
    case('Remyelinating drugs could reverse disability.', 'reverse disability', 'hedged'),
    case('Clemastine is a potential cure for MS.', 'cure for MS', 'hedged'),
    case('Stem cells can possibly halt progression.', 'halt progression', 'hedged'),
    case('Stem cell therapy is being studied as a treatment for MS.', 'Stem cell therapy', 'hedged'),
    case('If stem cells cure MS, the impact will be enormous.', 'stem cells cure MS', 'hedged'),
    case('Scientists do not yet know whether stem cells cure MS.', 'stem cells cure MS', 'hedged', 'negated'),
    case('The trial aims to show that the drug reverses disability.', 'reverses disability', 'hedged'),
    case('Trials are testing whether stem cells can repair myelin.', 'repair myelin', 'hedged'),
    case('In theory, remyelination would restore nerve function.', 'restore nerve function', 'hedged'),
    case('Gut bacteria perhaps influence the course of MS.', 'influence the course of MS', 'hedged'),
    case('Metformin is an experimental treatment for progressive MS.', 'treatment for progressive MS', 'hedged'),
    case('It is unclear whether high-dose biotin slows progression.', 'slows progression', 'hedged'),
    case('Stem cell repair of myelin remains to be seen.', 'Stem cell repair of myelin', 'hedged'),
    case('One day a vaccine may prevent MS altogether.', 'prevent MS', 'hedged'),
    case('This approach is still experimental.', 'This approach', 'hedged'),
    case('It is possible that vitamin D lowers relapse rates.', 'lowers relapse rates', 'hedged'),
    case('The drug may repair myelin and reverse MS.', 'reverse MS', 'hedged'),
    case('It is not yet clear whether HSCT cures MS.', 'HSCT cures MS', 'hedged'),
    case('Stem cells would repair the damage if they reached the brain.', 'repair the damage', 'hedged'),
    case('People with MS may not need treatment.', 'need treatment', 'hedged', 'negated'),
    case("We don't know if stem cells cure MS.", 'stem cells cure MS', 'hedged', 'negated'),
    case('Researchers are investigating whether the drug can repair myelin.', 'repair myelin', 'hedged'),
]

QUESTION_CASES = [
    case('Can stem cell therapy cure MS?', 'cure MS', 'question'),
    case('Is there a cure for multiple sclerosis?', 'a cure for multiple sclerosis', 'question'),
    case('Does diet reverse MS?', 'reverse MS', 'question'),
    case('Will HSCT stop my MS from progressing?', 'stop my MS', 'question'),
    case('What is the best treatment for MS?', 'the best treatment for MS', 'question'),
    case('Is stem cell therapy safe for MS?', 'safe', 'question'),
    case('Do stem cells cure MS, as some people think?', 'stem cells cure MS', 'question'),
    case('Should I stop my medication if I feel better?', 'stop my medication', 'question'),
    case('Stem cells cure MS?', 'Stem cells cure MS', 'question'),
    case('Is it true that bee stings cure MS?', 'bee stings cure MS', 'question'),
    case('How quickly does HSCT reverse disability?', 'reverse disability', 'question'),
    case('Why do some clinics say they cure MS?', 'cure MS', 'question', 'reported'),
    case('Could stem cells cure MS?', 'cure MS', 'hedged', 'question'),
    case('Is there really no cure for MS?', 'cure for MS', 'negated', 'question'),
    case("Can Dr. Smith's clinic cure MS?", 'cure MS', 'question'),
    case('Does the diet (e.g. the Wahls protocol) reverse MS?', 'the diet', 'question'),
    case('Can stem cells cure MS?!', 'cure MS', 'question'),
    case('Which treatment works best for relapsing MS?', 'works best', 'question'),
    case('Stem cell therapy: a cure for MS?', 'a cure for MS', 'question'),
    case('Is it possible that stem cells cure MS?', 'stem cells cure MS', 'hedged', 'question'),
    # A reader's letter: what someone said, a line about the writer, then the question.
    case("A friend says the drops cured her tinnitus. I'm 58 and have had it for years. Should I try them?",
         'cured her tinnitus', 'question'),
]

REPORTED_CASES = [
    case("Some clinics advertise 'cures' for MS.", 'cures', 'reported'),
    case('Some websites claim that stem cells cure MS.', 'stem cells cure MS', 'reported'),
    case('Beware of claims that stem cells cure MS.', 'stem cells cure MS', 'reported'),
    case('Be wary of anyone promising a cure for MS.', 'a cure for MS', 'reported'),
    case('The so-called miracle cure is expensive.', 'miracle cure', 'reported'),
    case('The alleged cure costs thousands of dollars.', 'cure', 'reported'),
    case('The infusion is marketed as a cure for MS.', 'a cure for MS', 'reported'),
    case('Bee venom was promoted as a treatment for MS.', 'a treatment for MS', 'reported'),
    case('Be careful: some clinics claim to cure MS.', 'cure MS', 'reported'),
    case('Doctors say there is no cure for MS.', 'cure for MS', 'negated', 'reported'),
    case('A promise to reverse MS is a red flag.', 'reverse MS', 'reported'),
    case("According to the clinic's website, stem cells cure MS.", 'stem cells cure MS', 'reported'),
    case('Clinics that advertise “cures” should be avoided.', 'cures', 'reported'),
    case('The clinic calls it a "breakthrough cure".', 'breakthrough cure', 'reported'),
    case('Patients were sold a ‘miracle treatment’ abroad.', 'miracle treatment', 'reported'),
    case('Stem cells cure MS, the clinic claims.', 'Stem cells cure MS', 'reported'),
    case('Many people believe that diet alone reverses MS.', 'diet alone reverses MS', 'reported'),
    case('Testimonials say the protocol reversed their MS.', 'reversed their MS', 'reported'),
    case('Watch out for websites offering guaranteed cures.', 'guaranteed cures', 'reported'),
    case('Some influencers insist that fasting cures MS.', 'fasting cures MS', 'reported'),
    case('Stem cells supposedly regenerate myelin.', 'regenerate myelin', 'reported'),
    case('Experts warn that stem cell clinics are a scam.', 'stem cell clinics', 'reported'),
    case("She believed the clinic's promise that stem cells cure MS.", 'stem cells cure MS', 'reported'),
    case("The clinic's 'complete recovery' guarantee is misleading.", 'complete recovery', 'reported'),
    case('Treatments that promise to cure MS sound too good to be true.', 'cure MS', 'reported'),
    case("A patient's 'cure' was reported in the press.", 'cure', 'reported'),
    case('He said, "The infusion cured my MS."', 'cured my MS', 'reported'),
    case('Claims that stem cells cure MS are not supported by evidence.', 'stem cells cure MS', 'negated', 'reported'),
    # A belief introduced to be corrected, and a verdict on quoted claims.
    case('You may have heard that stem cells cure MS.', 'stem cells cure MS', 'hedged', 'reported'),
    case('It is often said that diet reverses MS.', 'diet reverses MS', 'reported'),
    case('Clinics advertise "reversing disability", a claim the evidence does not support.', 'reversing disability',
         'reported'),
]

HISTORICAL_CASES = [
    # A decade over before this one (v0.30.18); the present decade is not history.
    case('In the early 2000s, clinics said stem cells cure MS.', 'cure MS', 'historical', 'reported'),
    case('During the 1990s, doctors thought interferon cured MS.', 'cured MS', 'historical'),
    case('In decades past, doctors held that a wider operation would clear everything — take out the tumour before it '
         'travelled.', 'take out the tumour', 'historical'),
    case('The chronic progressive category was retired in 2013.', 'chronic progressive category', 'historical'),
    case('Secondary progressive MS was formerly known as chronic progressive MS.', 'chronic progressive MS', 'historical'),
    case('Benign MS was once a common label.', 'Benign MS', 'historical'),
    case('Relapsing-progressive MS, previously known as a separate subtype, is now PRMS-free.', 'a separate subtype', 'historical'),
    case('The term benign MS is no longer used by most neurologists.', 'benign MS', 'historical'),
    case('In the older classification, progressive-relapsing MS was a distinct course.', 'progressive-relapsing MS', 'historical'),
    case('The progressive-relapsing subtype was eliminated in the 2013 revision.', 'progressive-relapsing subtype', 'historical'),
    case('The Poser criteria were replaced by the McDonald criteria.', 'The Poser criteria', 'historical'),
    case('Chronic progressive MS is an outdated term.', 'Chronic progressive MS', 'historical'),
    case('Historically, MS was treated with arsenic.', 'treated with arsenic', 'historical'),
    case('In the past, doctors advised people with MS to avoid exercise.', 'avoid exercise', 'historical'),
    case('The label progressive-relapsing MS was dropped in 2013.', 'progressive-relapsing MS', 'historical'),
    case('Cooling suits were once thought to slow MS.', 'slow MS', 'historical'),
    case('Benign MS has fallen out of use as a diagnosis.', 'Benign MS', 'historical'),
    case('Dimethyl fumarate was formerly sold as Fumaderm.', 'Fumaderm', 'historical', 'reported'),
    case('It was previously thought that MS was purely a white-matter disease.', 'MS was purely a white-matter disease', 'historical'),
    case("The term 'chronic progressive MS' was retired in 2013.", 'chronic progressive MS', 'historical', 'reported'),
]

NONE_CASES = [
    # A seller's own line, a line about itself and no question: the seller's claim.
    case("Our clinic says the drops cure tinnitus. I have tried them myself. Book now.", 'cure tinnitus'),
    # Each denial of a coordination is its own statement, even after an existential opener.
    case('Because the gel is made from your own blood, there is no risk of an allergic reaction and there are no '
         'side effects.', 'there are no side effects'),
    case('Historically, doctors were cautious; today our transplant cures MS.', 'cures MS'),
    case('Stem cells cure MS, but a vaccine is still a dream.', 'cure MS'),
    case('Stem cell therapy cures MS.', 'Stem cell therapy cures MS'),
    case('Stem cell therapy cures MS.', 'cures MS'),
    case('Our clinic offers a cure for multiple sclerosis.', 'a cure for multiple sclerosis'),
    case('This treatment has no side effects.', 'no side effects'),
    case('The procedure reverses MS in weeks.', 'reverses MS'),
    case("Can't wait? Our therapy cures MS today.", 'cures MS'),
    case('This therapy can cure MS.', 'cure MS'),
    case('Our infusion will reverse your MS.', 'reverse your MS'),
    case('HSCT is a proven cure for relapsing MS.', 'a proven cure'),
    case('Our protocol is 100% safe and guaranteed to work.', '100% safe'),
    case('Patients at our clinic stop relapsing within a month.', 'stop relapsing'),
    case('The diet heals the myelin sheath naturally.', 'heals the myelin sheath'),
    case('Stem cells regenerate damaged nerves, restoring mobility.', 'restoring mobility'),
    case('After treatment you no longer have MS.', 'have MS'),
    case('Our therapy not only slows MS but also reverses it.', 'slows MS'),
    case('There is no doubt that our therapy cures MS.', 'our therapy cures MS'),
    case('No matter how severe, our treatment reverses MS.', 'our treatment reverses MS'),
    case('Our therapy is nothing but a cure for MS.', 'a cure for MS'),
    case('Without a doubt, stem cells cure MS.', 'stem cells cure MS'),
    case('Stem cells cure MS, not just the symptoms.', 'Stem cells cure MS'),
    case('Our guaranteed cure works for everyone.', 'guaranteed cure'),
    case("The clinic's stem cell cure is approved in Mexico.", 'stem cell cure'),
    case("Our patients' MS disappears after one infusion.", 'MS disappears'),
    case("Don't wait, our stem cell therapy cures MS.", 'cures MS'),
    case('We promise a complete cure for MS.', 'a complete cure'),
    case('According to our doctors, stem cells cure MS.', 'stem cells cure MS'),
    case('If you have MS, our therapy cures it.', 'our therapy cures it'),
    case('Our therapy never fails to cure MS.', 'cure MS'),
    case("Dr. Smith's infusion reverses MS in a week.", 'reverses MS'),
    case('Stem cells are used to treat MS at our clinic.', 'Stem cells'),
    case('Our team made it possible to reverse MS.', 'reverse MS'),
    case('No one expected that stem cells cure MS in every case.', 'stem cells cure MS'),
    case('Treatment starts as soon as possible and reverses MS.', 'reverses MS'),
    case('No referral is needed at our modern clinic in central London, where stem cell therapy cures MS.', 'cures MS'),
    case('Our HSCT program has helped thousands and reverses MS.', 'reverses MS'),
    case('Stem cells, which are not approved, cure MS.', 'cure MS'),
    case('Does stem cell therapy work? Yes, it cures MS.', 'it cures MS'),
    case("This drink can't cure MS, but it can help fatigue.", 'help fatigue'),
    case('Clinics abroad charge $50,000 for treatments that cure MS.', 'cure MS'),
    case('The clinic guarantees a cure for MS.', 'a cure for MS'),
    case('No more relapses: our therapy cures MS.', 'our therapy cures MS'),
    case('Stem cells cure MS - no drugs, no side effects.', 'Stem cells cure MS'),
    case('Unlike drugs that only slow MS, our protocol reverses it.', 'our protocol reverses it'),
]

SCOPE_CASES = [
    case('There is no cure for MS, but this clinic cures it.', 'cures it'),
    case('There is no cure for MS, but this clinic cures it.', 'cure for MS', 'negated'),
    case('Drugs do not cure MS; however, our stem cells do reverse it.', 'reverse it'),
    case('Drugs do not cure MS; however, our stem cells do reverse it.', 'cure MS', 'negated'),
    case('Doctors may be cautious; our infusion cures MS.', 'cures MS'),
    case('Although there is no cure, this protocol reverses MS.', 'reverses MS'),
    case('Although there is no cure, this protocol reverses MS.', 'cure', 'negated'),
    case('While MS cannot be cured by drugs, stem cells cure it.', 'stem cells cure it'),
    case('Conventional medicine has no answer, yet our therapy cures MS.', 'our therapy cures MS'),
    case('Other clinics may disappoint you: we cure MS.', 'we cure MS'),
    case('It is not cheap, and it cures MS.', 'cheap', 'negated'),
    case('Neurologists might disagree — stem cells cure MS.', 'stem cells cure MS'),
    case('For a while there was no cure for MS.', 'cure for MS', 'negated'),
    case('No drug, so far, cures MS.', 'cures MS', 'negated'),
    case('No drug cures MS, so clinics sell hope; stem cells help.', 'clinics sell hope'),
    case('Our therapy cures MS so you do not need other drugs.', 'cures MS'),
    case('Our therapy cures MS and is not expensive.', 'cures MS'),
    case('There is no evidence, and there never was, that our rivals help; our therapy cures MS.', 'our therapy cures MS'),
]

QUOTE_CASES = [
    case("The patient's doctor says HSCT cured her.", 'HSCT cured her', 'reported'),
    case("The patient's MS went into remission.", 'went into remission'),
    case("Patients' symptoms improved after the infusion.", 'symptoms improved'),
    case("The clinic's 'cure' costs £40,000.", 'cure', 'reported'),
    case("The clinic's 'cure' costs £40,000.", 'costs £40,000'),
    case('Its makers call it a “cure”, which it is not.', 'cure', 'reported'),
    case('"It cured my MS," one patient wrote.', 'It cured my MS', 'reported'),
    case("They offered 'stem cell cures' to patients' families.", 'stem cell cures', 'reported'),
    case("They offered 'stem cell cures' to patients' families.", 'families'),
    case('Our "revolutionary" therapy cures MS.', 'therapy cures MS'),
    case('Our "revolutionary" therapy cures MS.', 'revolutionary', 'reported'),
    case("We don't sell a 'cure'; we sell hope.", 'we sell hope'),
]

PSEUDO_CASES = [
    # A doubt denied insists (v0.30.18): "I'm not exaggerating when I say ...".
    case("I'm not exaggerating when I say this cures MS.", 'cures MS'),
    case('Not only does HSCT stop relapses, it reverses disability.', 'reverses disability'),
    case('Not just a treatment, our protocol is a cure.', 'a cure'),
    case('Our patients no longer need wheelchairs.', 'need wheelchairs'),
    case('No wonder our infusion reverses MS.', 'our infusion reverses MS'),
    case('Whether or not you have tried drugs, our therapy cures MS.', 'our therapy cures MS'),
    case('Researchers could not have predicted how well it repairs myelin.', 'repairs myelin', 'negated'),
    case('Stem cells cure MS without fail.', 'Stem cells cure MS'),
]

# Former gaps, read right since: pseudo-triggers ("needless to say", "In May 2024", "No, ..."),
# a negated subject across a parenthesis, dates that open a sentence, hopes and preconditions,
# and denials that stop where the next clause starts.
FORMER_GAPS = [
    case('Researchers hope stem cells will repair nerve damage.', 'repair nerve damage', 'hedged'),
    case('More research is needed before stem cells cure MS.', 'stem cells cure MS', 'hedged'),
    case("The 'Swank diet' is promoted online as an MS cure.", 'an MS cure', 'reported'),
    case('Until 2013, progressive-relapsing MS was a recognised type.', 'progressive-relapsing MS', 'historical'),
    case('Neurologists no longer use the term chronic progressive MS.', 'chronic progressive MS', 'historical'),
    case('Before 2001, the Poser criteria required two attacks.', 'required two attacks', 'historical'),
    case('Believe it or not, stem cells cure MS.', 'stem cells cure MS'),
    case('In May 2024 our clinic cured 40 patients.', 'cured 40 patients'),
    case('Our not-for-profit clinic cures MS.', 'cures MS'),
    case('No, stem cells really do cure MS.', 'stem cells really do cure MS'),
    case('Needless to say, the treatment cures MS.', 'the treatment cures MS'),
    case('Call now to see if you qualify - stem cells cure MS.', 'stem cells cure MS'),
    case("You won't believe how fast stem cells cure MS.", 'stem cells cure MS'),
    case('Needless to say, stem cells cure MS.', 'stem cells cure MS'),
    # A denial ends at a comma or "and" before a new subject ("..., it's a cure", "..., and there are",
    # "..., and most patients").
    case('There is no rejection, and most patients are cured for good.', 'most patients are cured for good'),
    case('With no waiting list, our clinic cures MS in weeks.', 'our clinic cures MS'),
    case('At no cost to you, our clinic cures MS.', 'our clinic cures MS'),
    case("The diet doesn't just slow MS, it reverses it.", 'it reverses it'),
    case('It is not cheap, and it cures MS.', 'it cures MS'),
    case("It isn't a 'miracle', it's a cure.", "it's a cure"),
    # The subject denied by what follows it (v0.30.21: "does not cure" after the subject).
    case('Stem cell therapy does not cure MS.', 'Stem cell therapy', 'negated'),
]

GAPS = [
    case('Clinics sell the infusions without evidence that they reverse MS.', 'reverse MS', 'negated'),
    case('A link between vaccines and MS has been ruled out.', 'A link between vaccines and MS', 'negated'),
    case('There is no evidence from large randomised trials that stem cells cure MS.', 'stem cells cure MS', 'negated'),
    case('Nothing on the market today reverses MS.', 'reverses MS', 'negated'),
    case('There is little evidence that low-dose naltrexone slows MS.', 'slows MS', 'negated'),
    case('Swimming in cold water is not proven to treat MS.', 'treat MS', 'negated'),
    case("It's a myth that stem cells cure MS.", 'stem cells cure MS', 'negated'),
    case('There is no evidence that it repairs myelin and reverses MS.', 'reverses MS', 'negated'),
    case('It is too early to say that the treatment stops MS.', 'stops MS', 'hedged'),
    case('Early results suggest the drug restores lost function.', 'restores lost function', 'hedged'),
    case('The therapy shows promise in early trials.', 'The therapy', 'hedged'),
    case('Promising results suggest HSCT halts MS.', 'HSCT halts MS', 'hedged'),
    case('Is HSCT a cure?', 'a cure?', 'question'),
    case('Does it really stop progression, as the clinic suggests?', 'stop progression', 'question'),
    case('What is now SPMS used to be called chronic progressive MS.', 'chronic progressive MS', 'historical'),
    case('Chronic progressive MS is now called secondary progressive MS.', 'Chronic progressive MS', 'historical'),
    case('The drug, originally called BG-12, reduces relapses.', 'BG-12', 'historical'),
    case('This treatment has no side effects and cures MS.', 'cures MS'),
    case('Our therapy, with no side effects, cures MS.', 'cures MS'),
    case("Patients who couldn't walk are now running marathons.", 'now running marathons'),
    case('Patients who did not walk are now running marathons.', 'now running marathons'),
    case('The drug, originally called BG-12, reduces relapses.', 'reduces relapses'),
    case('Clinics may claim otherwise, but stem cells do not cure MS.', 'cure MS', 'negated'),
    case('Some websites claim stem cells work, but HSCT reverses MS.', 'HSCT reverses MS'),
    case('No treatment, however promising, is risk-free.', 'risk-free', 'negated'),
]


@pytest.mark.parametrize("sentence, match, nth, expected",
                         NEGATED_CASES + HEDGED_CASES + QUESTION_CASES + REPORTED_CASES + HISTORICAL_CASES)
def test_context_of_a_statement(sentence, match, nth, expected):
    assert contexts(sentence, match, nth) == expected


@pytest.mark.parametrize("sentence, match, nth, expected", NONE_CASES)
def test_plain_assertions_have_no_context(sentence, match, nth, expected):
    assert contexts(sentence, match, nth) == expected


@pytest.mark.parametrize("sentence, match, nth, expected", SCOPE_CASES + QUOTE_CASES + PSEUDO_CASES + FORMER_GAPS)
def test_scope_quotes_and_pseudo_triggers(sentence, match, nth, expected):
    assert contexts(sentence, match, nth) == expected


@pytest.mark.xfail(strict=True, reason="a known stance-layer gap: a fix must move the case out of GAPS")
@pytest.mark.parametrize("sentence, match, nth, expected", GAPS)
def test_known_gaps(sentence, match, nth, expected):
    assert contexts(sentence, match, nth) == expected


def test_a_quotation_silences_a_rule_silenced_by_quoted_and_nothing_else():
    from mslint.analysis.stance import NEGATED, QUOTED, Stance

    quoted = Stance(frozenset(), ((QUOTED, "in quotation marks"),))
    assert quoted.silenced_by(frozenset({QUOTED}))
    assert not quoted.silenced_by(frozenset({NEGATED}))
    assert Stance(frozenset({NEGATED})).silenced_by(frozenset({NEGATED, QUOTED}))


@pytest.mark.parametrize("text, expected", [
    # The speaker going on in a quotation after an indirect report is no answer to it ...
    ('The founder explained that the drops cure MS. "That is why so many people never ask their doctor," he said.',
     "reported"),
    # ... a quotation that doubts it is.
    ('The founder explained that the drops cure MS. "There is no good evidence for that," a neurologist said.',
     "disputed"),
])
def test_a_quotation_after_a_report_disputes_it_only_when_it_doubts_it(text, expected):
    start = text.index("the drops cure MS")
    view = analyse(read_document("a.txt", text)).sentence_at(start)
    assert view.stance_of_span(start, start + len("the drops cure MS")).contexts == {expected}


def raw(sentence: str, match: str) -> frozenset[str]:
    """Every context of the match, unfolded (animal and disputed included)."""
    start = sentence.index(match)
    view = analyse(read_document("a.txt", sentence)).sentence_at(start)
    return view.stance_of_span(start, start + len(match)).contexts


def test_a_sellers_words_in_scare_quotes_are_held_at_arms_length():
    reported = 'Clinics abroad sell drips, sometimes advertised as a way to "rebuild myelin".'
    assert "disputed" in raw(reported, "rebuild myelin")
    # The seller's own words about its own product stay its claim.
    own = 'Our drip is advertised as a "cure for MS" and it works.'
    assert "disputed" not in raw(own, "cure for MS")


def test_animal_fat_is_no_animal_study():
    assert "animal" not in raw("MS is caused by eating saturated animal fat.", "caused by eating")
    assert "animal" in raw("In mice, the drug cured MS.", "cured MS")


@pytest.mark.parametrize("text, expected", [
    # One side of a debate, answered at once by the other: a dispute laid out.
    ("Supporters of the test say a Dutch trial showed a 30 percent fall in deaths.\n\n"
     "Critics say that trial was too small to trust.", "disputed"),
    ("Advocates say the diet halves migraine attacks. Sceptics point out that no trial has tested it.", "disputed"),
    # The same report with no answer stays the article's report ...
    ("Supporters of the test say a Dutch trial showed a 30 percent fall in deaths.\n\n"
     "The test costs 90 pounds.", "reported"),
    # ... and the other side named late in a sentence is a speaker of its own, not the answer.
    ("Supporters of the test say a Dutch trial showed a 30 percent fall in deaths. "
     "The trial was large, and it has been read by critics too.", "reported"),
])
def test_one_side_of_a_debate_answered_by_the_other_is_disputed(text, expected):
    for match in ("a 30 percent fall", "halves migraine attacks"):
        if match in text:
            assert raw(text, match) == {expected}


@pytest.mark.parametrize("text, match, expected", [
    # A quotation after a quotation is the speaker going on: support is no rebuttal ...
    ('"The collar stops the dizzy spells for good," she said. "Not one of our customers has fallen since."',
     "stops the dizzy spells for good", {"reported"}),
    # ... but the speaker calling it untrue at once is.
    ('"Some parents think children grow out of it," said the nurse. "That isn\'t true."',
     "grow out of it", {"disputed"}),
    # A backing that denies something else is still backing: "It's not some fad."
    ('She says that the oil has been approved as a treatment for lupus. "It\'s not some fad."',
     "approved as a treatment", {"reported"}),
    # A headline quoted as one, or what headlines tell us, is what the article examines.
    ('The trial made headlines. "A jab that switches asthma off" was one we saw.',
     "switches asthma off", {"disputed"}),
    ("Every few months a headline tells us a cure for hay fever has arrived.",
     "a cure for hay fever", {"disputed"}),
    # The subject's own result denied after it: "fixing the tear will not cure the pain".
    ("Fixing the torn cartilage will not cure the pain.", "Fixing the torn cartilage", {"negated"}),
])
def test_quotations_headlines_and_denials_after_the_subject(text, match, expected):
    assert raw(text, match) == expected
