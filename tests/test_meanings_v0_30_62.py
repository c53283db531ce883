"""Blind sets 172-173, read after their measurement at v0.30.61: the careful pages' false alarms, each fixed where it
belongs, written again in this test's own sentences and checked both ways."""

from helpers import codes, shop


def test_a_harmlessness_that_admits_exceptions_is_not_a_harm_denied():
    leaflet = ("# After the jab\n\nA high temperature can follow the vaccine. Fits caused by a fever are upsetting "
               "to see, but they pass quickly and are nearly always harmless.\n")
    assert codes(leaflet, "RSK002") == []
    assert shop("Our drops are always harmless.", "RSK002") != []


def test_an_inactivated_vaccine_said_to_be_safe_with_every_treatment():
    qa = ("# Jabs and MS treatment\n\nCan I have the pneumonia jab? Yes. That jab is not a live vaccine, so it is "
          "safe with every MS medicine.\n")
    assert codes(qa, "RSK002") == []
    assert shop("Our tincture is safe with every medicine.", "RSK002") != []


def test_a_denied_subject_listing_several_denials_governs_its_verb():
    qa = "# Questions\n\nNo supplement, and no diet built around supplements, can cure or reverse MS.\n"
    assert codes(qa, "CLM002") == []
    # A list that turns to the product is not a denial of it.
    assert shop("No needles, no waiting, and our capsules can reverse MS.", "CLM002") != []


def test_a_relative_figure_restated_with_counts_in_the_next_sentence():
    story = ("# Strength and balance classes\n\nA review of trials found that the classes cut the rate of falls "
             "among older people by about a quarter. Put another way, where 1,000 people would have fallen 800 "
             "times in a year, the classes bring that down to about 600.\n")
    assert codes(story, "EVD006") == []
    bare = ("# Strength and balance classes\n\nA review of trials found that the classes cut the rate of falls "
            "among older people by about a quarter. That means fewer broken hips.\n")
    assert codes(bare, "EVD006") != []


def test_a_bench_result_told_beside_a_trial_in_people_is_the_history_of_the_idea():
    story = ("# Repairing myelin\n\nThe idea is not new. In 2018 a trial gave the drug to 40 people with MS and saw a "
             "small change in nerve signals. In 2020 a laboratory study found that the drug helped the repair cells of "
             "old mice work again, which is why it is being tested once more.\n")
    assert codes(story, "EVD004") == []
    # The same result told alone is still flagged.
    alone = ("# Repairing myelin\n\nThe idea is not new. A study in mice showed the drug helping the repair cells of "
             "old animals work again.\n")
    assert codes(alone, "EVD004") != []


# Sets 172-173's misses, read after the measurement: meanings the rules did not reach, each written again in new words.

def test_safety_promised_to_whoever_the_reader_is():
    assert shop("The drink is fine if you've got liver problems as well.", "RSK008") != []
    assert shop("The tincture is safe whatever your health history.", "RSK008") != []
    assert shop("It is fine after breast cancer, because it is all natural.", "RSK008") != []
    assert shop("The balm is gentle enough for toddlers with eczema.", "RSK008") != []
    # A warning, or a question put to the doctor, is not a promise.
    assert shop("It is not safe if you have kidney problems.", "RSK008") == []


def test_a_check_said_to_be_needed_by_nobody():
    assert shop("No health check or consultation is required before your first order.", "RSK006") != []
    assert shop("Nobody needs a dietitian or a blood test to follow this.", "RSK006") != []
    assert shop("Since starting the rinse I've cancelled my dental check-ups.", "RSK006") != []


def test_the_dose_raised_by_the_reader_in_numbers_or_on_the_dial():
    assert shop("On a bad week, take five gummies a day instead of two.", "RSK012") != []
    assert shop("Double your sachets in the first fortnight.", "RSK012") != []
    assert shop("Turn the dial up to the maximum and leave it on all night.", "RSK012") != []
    # A result doubled is not a dose.
    assert shop("In rats, daily training doubled the amount of new myelin.", "RSK012") == []


def test_interactions_and_effects_on_tests_and_implants_denied():
    assert shop("The oil has no drug interactions, so take it with anything.", "RSK002") != []
    assert shop("The supplement doesn't affect lab tests in any way.", "RSK002") != []
    assert shop("The signal is far too weak to disturb a pacemaker.", "RSK002") != []
    # Saying that a medicine can affect a test is the warning, not its denial.
    assert shop("The tablets can affect some blood tests, so tell the lab.", "RSK002") == []
