"""Blind sets 162-163, read after their measurement at v0.30.56 (v0.30.57): the careful pages' false alarms, the
"if" that only says who the reader is, and the frames that read who stops what (mslint.analysis.frames), each written
again in this test's own sentences and checked both ways."""

from helpers import codes, shop


# -- Careful pages -------------------------------------------------------------------------------------------------

def test_halting_a_procedure_on_the_patients_word_is_consent_not_care_given_up():
    leaflet = ("# Your colposcopy\n\nBring someone with you if you like. You can ask the nurse to stop the examination "
               "whenever you want.\n")
    assert codes(leaflet, "RSK006") == [] and codes(leaflet, "RSK011") == []
    assert codes("# Your colposcopy\n\nYou can stop the scan at any point.\n", "RSK006") == []
    assert shop("With our home kit you can stop your smear tests.", "RSK006") != []


def test_a_claims_own_word_quoted_back_and_rejected_answers_it():
    column = ("# Ask the physio\n\n**Is swimming worth it? My brother swears it cures back pain.**\n\n"
              "Swimming helps many people. \"Cures\" is too strong, though: back pain comes and goes.\n")
    assert codes(column, "CLM001") == []
    unanswered = ("# Ask the physio\n\n**Is swimming worth it? My brother swears it cures back pain.**\n\n"
                  "Swimming helps many people, and it is cheap.\n")
    assert codes(unanswered, "CLM001") == ["it cures back pain"]


def test_a_friend_swearing_by_it_is_a_report():
    # reported, so one severity lower than the writer's own claim (a warning, not an error)
    from mslint.api import lint_text

    found = [f for f in lint_text("# Ask us\n\nMy aunt swears the tea cured her arthritis.\n", "a.md")
             if f.code == "CLM001"]
    own = [f for f in lint_text("# Ask us\n\nThe tea cured my aunt's arthritis.\n", "a.md") if f.code == "CLM001"]
    assert found and own and found[0].severity < own[0].severity
    # ... but what people "swear by" is the writer's own praise
    assert codes("# Gear\n\nThis balm is the secret weapon every serious runner swears by.\n", "HYP001") == [
        "secret weapon"]


# -- Reading: an "if" that says who the reader is ----------------------------------------------------------------

def test_an_if_that_names_the_readers_treatment_sets_the_scene_not_a_hypothesis():
    assert shop("If you're already taking statins you can bin them.", "RSK005") == ["can bin them"]
    assert shop("If you have MS our drops will cure it.", "CLM001") != []
    assert codes("# Stem cells\n\nIf the trial succeeds stem cells could cure MS.\n", "CLM001") == []
    assert shop("If you feel dizzy, stop taking the tablets and see your GP.", "RSK005") == []


# -- Frames: who stops which medicine ----------------------------------------------------------------------------

def test_the_readers_medicine_stopped_on_the_writers_say_whatever_the_subject():
    assert shop("Your GP may have put you on antidepressants. We'd recommend you stop them before the retreat.",
                "RSK005") == ["We'd recommend you stop them"]
    assert shop("Lots of our walkers are on baclofen. Lots of our walkers have halved theirs or quit it.",
                "RSK005") == ["our walkers have halved theirs or quit it"]
    assert shop("Most of our walkers have already binned their prescribed patches.", "RSK005") == [
        "our walkers have already binned their prescribed patches"]
    assert shop("Our advice is to throw the steroid cream away and use the balm.", "RSK005") == [
        "Our advice is to throw the steroid cream away"]
    assert shop("Your son takes medication for his ADHD. You can usually wean him off once the gummies kick in.",
                "RSK005") == ["You can usually wean him off"]


def test_a_medicine_stopped_safely_or_by_someone_else_is_not_the_writers_advice():
    for sentence in ("Do not stop your tablets without talking to your doctor.",
                     "You can stop them if they make you dizzy, and tell your GP.",
                     "The advice is to stop it two months before trying for a baby.",
                     "Should I stop my tablets?",
                     "Users could stop worrying about their medication bills."):
        assert shop(sentence, "RSK005") == [], sentence
    assert shop("I have had my foot drop since 2019, and my first stop was the pharmacy.", "RSK005") == []


def test_care_given_up_by_the_writers_people_or_on_the_writers_say():
    assert shop("Most of our members have dropped their physio sessions.", "RSK006") == [
        "dropped their physio sessions"]
    assert shop("You may even be able to skip those yearly eye checks.", "RSK006") != []
    assert codes("# Screening\n\nFor dates, see our monthly drop-in sessions page.\n", "RSK006") == []
