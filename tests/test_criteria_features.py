"""The shared features the criterion rules read (mslint.analysis.features): numbers with their
units, absolute and relative figures, and whose harm each harm mention names. Sentences written
for these tests."""

import pytest

from mslint.analysis.features import (
    ASKED, DENIED, OF_COMPARATOR, OF_CONDITION, OF_INTERVENTION, PLANNED, SPARED, features,
)
from mslint.reading import read_document


def found(text: str):
    document = read_document("a.txt", text)
    return document, features(document)


def excerpts(text: str, kind: str, note: str | None = None) -> list[str]:
    document, result = found(text)
    return [document.text[cue.start:cue.end] for cue in result.of(kind, note)]


def test_numbers_carry_their_units():
    document, result = found("In 2019 the pill cost $12.50 a day and helped 45% of the 1,200 adults.\n")
    units = [(document.text[c.start:c.end], c.note) for kind in ("year", "money", "percent", "count")
             for c in result.of(kind)]
    assert units == [("2019", "year"), ("$12.50", "money"), ("45%", "%"), ("1,200", "")]


@pytest.mark.parametrize("sentence, figure", [
    ("Pain eased in 19 of 36 patients.", "19 of 36 patients"),
    ("It helped 53 percent of the women who used it.", "53 percent of the women"),
    ("Relapses fell from 20% to 12%.", "from 20% to 12%"),
    ("Of the 40 patients, 12 improved.", "Of the 40 patients, 12"),
    ("A total of 19 patients (53 percent) improved.", "19 patients (53 percent"),
    # A count in each arm, its denominators given elsewhere in the article.
    ("Nine men in the walking group had a fall, against 21 men in the control group.", "21 men in the control group"),
])
def test_absolute_figures(sentence, figure):
    assert figure in excerpts(sentence + "\n", "absolute")


@pytest.mark.parametrize("sentence, figure", [
    ("Those who took it had a 36 percent lower risk.", "36 percent lower"),
    ("The drug reduced the risk of relapse by 30%.", "reduced the risk of relapse by 30%"),
    ("Takers were twice as likely to recover.", "twice as likely"),
])
def test_relative_figures(sentence, figure):
    # Frames with a number are "relative"; statistics that are relative by their name, "relative-measure".
    text = sentence + "\n"
    assert figure in excerpts(text, "relative") + excerpts(text, "relative-measure")
    assert excerpts(text, "absolute") == []


@pytest.mark.parametrize("text, harm, note", [
    ("The drug can cause nausea.", "nausea", OF_INTERVENTION),
    ("Side effects were mild.", "Side effects", OF_INTERVENTION),
    ("Dementia raises the risk of infections.", "infections", OF_CONDITION),
    ("The new drug causes fewer side effects.", "side effects", SPARED),
    ("The drug caused no side effects.", "side effects", DENIED),
    ("Are there side effects?", "side effects", ASKED),
    ("The side effects of current treatments can be severe.", "side effects", OF_COMPARATOR),
    ("The trial will measure adverse events.", "adverse events", PLANNED),
    # A sentence whose subject is the risks lists the harms of the treatment in force.
    ("The transplant resets the immune system. The risks are serious: infections, infertility and death.",
     "infertility", OF_INTERVENTION),
    ("The transplant resets the immune system. Its main risks include infections.", "infections", OF_INTERVENTION),
    # The risks of the disease are the disease's, and with no treatment in force there is nothing to attach to.
    ("The transplant resets the immune system. The risks of MS include infections.", "infections", OF_CONDITION),
    ("MS is a lifelong disease. The risks are serious: infections and falls.", "infections", OF_CONDITION),
    # A harm counted among the people on the treatment, and a bare "risk" or "harm" in a frame.
    ("Strokes were more frequent among men taking the hormone pill.", "Strokes", OF_INTERVENTION),
    ("The scan finds early tumours. Another risk is that it leads to biopsies nobody needed.", "risk",
     OF_INTERVENTION),
    ("The supplements may do more harm than good.", "harm", OF_INTERVENTION),
])
def test_whose_harm_a_mention_names(text, harm, note):
    document, result = found(text + "\n")
    notes = {document.text[c.start:c.end]: c.note for c in result.of("harm")}
    assert notes[harm] == note


def test_features_are_worked_out_once_per_document():
    document = read_document("a.txt", "The pill cost $5.\n")
    assert features(document) is features(document)


@pytest.mark.parametrize("text, harm", [
    # A harm counted without a group noun, one reported by some of those treated, one with its frequency.
    ("The pills are taken once a day. About 1 in 800 develop serious liver damage.", "liver damage"),
    ("The cream is applied twice a day. Headaches are reported by some people.", "Headaches"),
    ("Keyhole surgery is quick. An infection occurs in about 1 in 200 operations.", "infection"),
    # Mild harms reported by those treated; harms compared between a trial's arms.
    ("The gel was applied daily. Users reported some redness and soreness.", "redness"),
    ("Keyhole surgery is quick. Complications were similar in both groups.", "Complications"),
])
def test_harms_of_the_intervention_in_other_words(text, harm):
    assert harm in excerpts("Our treatment\n\n" + text + "\n", "harm", OF_INTERVENTION)


def test_a_pooled_analysis_counted_by_its_trials_is_a_kind_of_study():
    assert excerpts("A review of 14 trials found the pills lowered blood pressure.\n", "study-design") == ["14 trials"]


def test_a_trials_arms_compared_are_results_and_alternatives():
    from mslint.rules.criteria.alternatives import AlternativesNotCompared
    from mslint.rules.criteria.benefits import BenefitsNotQuantified
    from mslint.rules.criteria.base import SATISFACTORY

    text = ("# Home rehab after hip surgery\n\nPeople who followed a home exercise programme after hip replacement "
            "walked as well at three months as those who went to outpatient physiotherapy.\n\nAt three months, 64% "
            "of the home group and 66% of the clinic group could climb stairs unaided.\n")
    cues = found(text)[1]
    assert BenefitsNotQuantified().judge(cues).verdict == SATISFACTORY
    assert AlternativesNotCompared().judge(cues).verdict == SATISFACTORY
