"""Reading a claim in the context of the whole article: a quotation that runs over sentences, an
answer in the next paragraph, the article's own verdict on a speaker's claim, a figure the
article doubts, a press release's own quotations."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides
from mslint.reading import read_document
from mslint.analysis.genre import is_press_release


def findings(text: str, selector: str, path: str = "a.md") -> list[tuple[str, str, str]]:
    return [(f.code, f.severity.label, f.excerpt)
            for f in lint_text(text, path, overrides=Overrides(select=(selector,)))]


STORY = "# A transplant for severe MS\n\nDoctors in Leeds treated 30 people with aggressive MS.\n\n"


# -- a quotation of several sentences --------------------------------------------------------

def test_a_later_sentence_of_a_spoken_quotation_is_the_speakers():
    text = STORY + ('"We saw people walk again. I think this is a breakthrough for the worst cases," said '
                    'Dr Ana Lisle, who led the work.\n')
    # The quotation is hers, not the writer's, though its closing mark is a sentence away.
    from mslint.analysis.article import analyse

    document = read_document("a.md", text)
    view = next(v for v in analyse(document).sentences if "breakthrough" in v.sentence_text)
    first = next(i for i, t in enumerate(view.tokens) if t.norm == "breakthrough")
    assert view.stance(first, first).quoted


def test_a_testimonial_box_with_no_speaker_verb_stays_the_pages_own_words():
    text = ("# Patient stories\n\n"
            '"Before the infusions I was an MS sufferer. Now I cook for my family again." Jo P., Leeds\n')
    assert findings(text, "LNG001") == [("LNG001", "warning", "MS sufferer")]


# -- the answer to a claim ---------------------------------------------------------------------

def test_a_quote_answered_by_the_opening_of_the_next_paragraph_is_disputed():
    quote = '"The transplant is completely safe," said the lead author, Dr Olu Vance.\n\n'
    answered = STORY + quote + "Not everyone accepts that conclusion.\n"
    unanswered = STORY + quote + "The trial ran for four years in six hospitals.\n"
    assert findings(answered, "RSK002") == []
    assert findings(unanswered, "RSK002") == [("RSK002", "warning", "completely safe")]


def test_the_speaker_going_on_in_a_new_paragraph_does_not_answer_the_quote():
    text = STORY + ('Dr Vance said the coil causes no side effects.\n\n'
                    '"It does not move once it is in place," he said.\n')
    assert findings(text, "RSK002") == [("RSK002", "warning", "no side effects")]


def test_a_report_set_against_what_came_before_is_disputed():
    text = ("# Vitamin drips\n\nThe trials of vitamin drips were small and none had a control group.\n\n"
            "The owner, however, said the infusions are completely safe.\n")
    assert findings(text, "RSK002") == []


def test_a_speakers_cure_claim_in_an_article_that_withholds_the_word_is_information():
    claim = '"She is cured," said Dr Lisle.\n\n'
    held_back = STORY + claim + "It is too early to call the transplant a cure for MS.\n"
    soft = "# A transplant that looks like a cure\n\nDoctors treated 30 people.\n\n" + claim
    assert findings(held_back, "CLM001") == [("CLM001", "info", "is cured")]
    assert findings(soft, "CLM001") == [("CLM001", "warning", "is cured")]


# -- relative figures --------------------------------------------------------------------------

ASPIRIN = "# Aspirin and bowel cancer\n\nThe study followed 40,000 adults for ten years.\n\n"


@pytest.mark.parametrize("text,expected", [
    # A count with its share, in the paragraph before, gives the baseline of the same outcome.
    (ASPIRIN + "Of them, 120 (0.3%) developed bowel cancer.\n\nThose taking aspirin were 1.5 times less likely "
     "to develop bowel cancer.\n", []),
    # A figure the article says may be chance, or doubts in the next sentence.
    (ASPIRIN + "Aspirin users had a 12 percent lower risk of bowel cancer, but the difference was not "
     "statistically significant.\n", []),
    (ASPIRIN + "Among smokers, aspirin use was linked to a 40 percent lower risk of bowel cancer.\n\n"
     "It is not yet clear whether that result is real.\n", []),
    # The absolute difference a paragraph later, in a sentence that names no treatment of its own.
    (ASPIRIN + "Aspirin users had a 20 percent lower risk of dying from bowel cancer.\n\n"
     "Among women, that meant 30 fewer bowel cancer deaths per 100,000 people each year.\n", []),
    (ASPIRIN + "Aspirin users had a 20 percent lower risk of dying from bowel cancer.\n",
     [("EVD006", "warning", "20 percent lower")]),
])
def test_relative_figures_read_against_the_article(text, expected):
    assert findings(text, "EVD006") == expected


# -- harms --------------------------------------------------------------------------------------

LIGHT = ("# Light therapy for jet lag\n\nA new light therapy helps travellers recover and improves sleep.\n\n"
         "The treatment worked for most people and improved their alertness.\n\n")


@pytest.mark.parametrize("addition,expected", [
    ("", [("RSK001", "warning", "A new light therapy helps travellers recover")]),
    ("Used at the wrong hour, the lamp can make sleep worse, one researcher said.\n", []),
    ("She warns against doing too much too soon.\n", []),
    ("After a year, no serious adverse events were attributed to the lamp.\n", []),
])
def test_ways_an_article_discusses_harms(addition, expected):
    got = findings(LIGHT + addition, "RSK001")
    assert [(code, severity) for code, severity, _ in got] == [(code, severity) for code, severity, _ in expected]


def test_a_review_finding_no_serious_side_effects_is_a_result_not_a_denial():
    text = ("# Head lice treatments\n\nNewer lotions have been shown to work and to have no serious side "
            "effects, a review found.\n")
    assert findings(text, "RSK002") == []


# -- hype in quotations ------------------------------------------------------------------------

HOPE = '"For hay fever, this could be a game changer," said Dr Lisle.\n'


def test_a_quoted_hope_in_a_story_is_information():
    assert findings("# A new hay fever drug\n\nThe drug was tested in 300 people.\n\n" + HOPE, "HYP001") == \
        [("HYP001", "info", "game changer")]


def test_a_quoted_hope_in_a_press_release_is_the_issuers_hype():
    release = ("# Acme Bio announces hay fever results\n\nAcme Bio today announced results in 300 people.\n\n" + HOPE
               + "\n**Media contact:** press@acme.example\n")
    assert findings(release, "HYP001") == [("HYP001", "warning", "game changer")]


def test_a_regulators_breakthrough_programme_is_a_name_not_hype():
    text = "# A blood test for concussion\n\nThe FDA cleared the test under its Breakthrough Devices Program.\n"
    assert findings(text, "HYP001") == []


@pytest.mark.parametrize("text,expected", [
    ("FOR IMMEDIATE RELEASE\n\nAcme Bio reports results.\n", True),
    ("Acme Bio reports results.\n\n###\n", True),
    ("Acme Bio reports results.\n\nMedia contact: press@acme.example\n", True),
    ("The company said in a press release that the results were strong.\n", False),
    ("The agency announced on Monday that the test is cleared.\n", False),
])
def test_a_press_release_is_known_by_its_furniture(text, expected):
    assert is_press_release(read_document("a.txt", text)) is expected


# -- a list of harms that goes on --------------------------------------------------------------

BALLOON = "# A balloon for weight loss\n\nIn a trial, 40 adults swallowed the balloon capsule and lost weight.\n\n"


@pytest.mark.parametrize("harms,verdict", [
    # The second sentence goes on with the side effects the first one opened.
    ("As for side effects, one woman had a stomach ulcer. Most of the 40 (80 percent) had cramps and nausea.",
     "satisfactory"),
    # Without the opening, cramps and nausea could be anyone's.
    ("Most of the 40 (80 percent) had cramps and nausea.", "not-satisfactory"),
])
def test_a_list_of_side_effects_goes_on_in_the_next_sentence(harms, verdict):
    from mslint.analysis.features import features
    from mslint.rules.criteria.harms import HarmsNotExplained

    document = read_document("a.md", BALLOON + harms + "\n")
    assert HarmsNotExplained().judge(features(document)).verdict == verdict


# -- careful framing an explainer uses ---------------------------------------------------------

@pytest.mark.parametrize("text,selector", [
    ('# Fasting windows\n\nSocial media is full of claims that fasting "reverses diabetes".\n', "CLM"),
    ("# Fasting windows\n\nThe study linked short eating windows to deaths. A 91% higher risk of death is a "
     "relative figure; the number of deaths was small.\n", "EVD006"),
    ("# Contrast dye\n\nTraces of the dye can stay in the brain. No harm from the traces has been shown.\n", "RSK002"),
    ("# Sleep apps\n\nNICE recommended the app, based on 12 randomised trials showing it reduced insomnia.\n",
     "EVD001"),
])
def test_careful_framing_in_an_explainer(text, selector):
    assert findings(text, selector) == []


# -- a screening explainer's scorecard ---------------------------------------------------------

SCREENING = ("# Should I have a bowel scope test?\n\nThe test looks for growths in the lower bowel. In a large "
             "trial, screening 300 people prevented one cancer death.\n\n")


@pytest.mark.parametrize("sentence,criterion,rule", [
    ("The test is free on the NHS for people over 55.", "costs", "CostsNotDiscussed"),
    ("The test is free on the NHS for people over 55.", "availability", "AvailabilityNotEstablished"),
    # Overdiagnosis and overtreatment in plain words, with how often.
    ("It also finds growths that would never have caused harm: about 1 in 10 people are treated unnecessarily.",
     "harms", "HarmsNotExplained"),
])
def test_what_a_careful_screening_page_says_counts(sentence, criterion, rule):
    import importlib

    from mslint.analysis.features import features

    judge = getattr(importlib.import_module(f"mslint.rules.criteria.{criterion}"), rule)()
    without = read_document("a.md", SCREENING)
    with_it = read_document("a.md", SCREENING + sentence + "\n")
    assert judge.judge(features(without)).verdict == "not-satisfactory"
    assert judge.judge(features(with_it)).verdict == "satisfactory"


# -- whose disease -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Our eye drops reverse your child's short-sightedness.", [("CLM002", "warning", "reverse your child's short-sightedness")]),
    ("Many parents have said goodbye to their son's asthma for good.",
     [("CLM002", "error", "said goodbye to their son's asthma for good")]),
    ("No eye drop can reverse your child's short-sightedness.", []),
])
def test_a_claim_about_someone_elses_disease(text, expected):
    assert findings("# Children's eyes and lungs\n\n" + text + "\n", "CLM") == expected


# -- results promised to everyone --------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ('"I lost 9 kg in a month. You will too."', ["You will too"]),
    ("Every reader who tries it will notice the same difference within a month.",
     ["Every reader who tries it will notice the same difference"]),
    ("It worked for my mum so it will work for your mum.", ["It worked for my mum so it will work"]),
    ("Everyone in my running club who switched got better.", ["Everyone in my running club who switched got better"]),
    ("Not everyone who tries it will notice the same difference.", []),
])
def test_one_story_promised_as_everyones(text, expected):
    assert [excerpt for _, _, excerpt in findings("# My sleep story\n\n" + text + "\n", "EVD003")] == expected


# -- the article weighs a reported verdict -----------------------------------------------------

def test_a_makers_word_answered_by_a_smaller_verdict_is_disputed():
    text = ("# A kidney procedure\n\nA procedure that calms kidney nerves is offered to some people with high blood "
            "pressure. Its makers have called it a breakthrough. The trials suggest something more modest: a few "
            "points off the reading for some people.\n")
    assert findings(text, "HYP001") == []


def test_a_makers_word_with_no_answer_stays_reported():
    text = ("# A kidney procedure\n\nA procedure that calms kidney nerves is offered to some people with high blood "
            "pressure. Its makers have called it a breakthrough. It takes about an hour.\n")
    assert [code for code, _, _ in findings(text, "HYP001")] == ["HYP001"]


def test_headlines_reported_as_headlines_are_weighed_not_repeated():
    text = ("# Cell therapy for lupus\n\nSome headlines have called the therapy \"a cure for lupus\". The results "
            "come from 15 carefully chosen patients.\n")
    assert findings(text, "CLM001") == []


def test_a_reassurance_for_one_situation_is_not_a_blanket_denial():
    text = ("# The combined vaccine\n\nThere are no safety concerns about giving the vaccine to a child who has "
            "already had chickenpox.\n")
    assert findings(text, "RSK002") == []
