"""Blind sets 168-169, read after their measurement at v0.30.59 (unreleased): the meanings they were missed by,
written again in this test's own sentences and checked both ways."""

from helpers import codes, shop


def test_the_only_cost_named_is_not_a_harm():
    leaflet = ("# Bladder problems in MS\n\nBladder training helps many people and has no side effects beyond the time "
               "it takes.\n")
    assert codes(leaflet, "RSK002") == []
    assert shop("Our gel has no side effects other than a faint warmth.", "RSK002") != []


def test_kept_from_forming_at_all_and_aids_binned_for_good():
    assert shop("The drops keep cataracts from developing in the first place.", "CLM002") != []
    assert shop("In six weeks you can bin your hearing aids for good.", "CLM005") != []
    assert codes("# Statins\n\nStatins lower the chance that a clot forms, but cannot promise that none will.\n",
                 "CLM002") == []


def test_all_of_a_crowd_on_the_writers_list_and_the_results_they_report():
    assert shop("Not one of the 900 readers on my mailing list caught a cold this winter.", "CLM003") != []
    assert shop("Every couple on our plan has halved their blood pressure tablets.", "CLM003") != []
    assert shop("Everyone who completes the plan gets back to perfect vision.", "CLM003") != []
    assert shop("Every dad in our WhatsApp group has noticed the same change.", "CLM003") != []
    assert shop("About nine in ten of our kids start sleeping through within a week.", "CLM003") != []
    assert shop("Nearly every woman who takes the capsules for two months gets pregnant.", "CLM003") != []
    assert shop("Anyone who wears the band for 14 nights wakes without a single headache.", "CLM003") != []
    assert codes("# Fertility\n\nAbout eight in ten couples who try for a year get pregnant.\n", "CLM003") == []


def test_an_organ_made_new():
    assert shop("Three weeks on the drops and your gut is brand new.", "CLM002") != []
    assert codes("# Transplants\n\nAfter a transplant, a new kidney usually works within days.\n", "CLM002") == []


def test_warning_signs_left_to_wait_or_called_the_detox_and_a_treatment_used_as_hot_as_you_can_bear():
    assert shop("Being sick in the first week is only the cleanse.", "RSK010") != []
    assert shop("Sudden deafness on one side can wait for your next annual check-up.", "RSK010") != []
    assert shop("Pull the strap as tight as you can bear.", "RSK010") != []
    assert codes("# Weever fish stings\n\nSoak the foot in water as hot as you can stand for half an hour.\n", "RSK010") == []
    assert codes("# Hearing\n\nDeafness that comes on suddenly on one side needs urgent help: call 111 the same day.\n", "RSK010") == []


def test_care_relaxed_about_and_the_doctor_kept_in_the_dark():
    assert shop("With the filter fitted you can relax about your screening letters.", "RSK006") != []
    assert shop("You won't need a repeat scan after the course.", "RSK006") != []
    assert shop("No need to tell Amira's paediatrician.", "RSK006") != []
    assert shop("You don't need to tell them you are using the drops.", "RSK006") != []
    assert codes("# Screening\n\nYou can relax about your screening results: most are normal.\n", "RSK006") == []
    assert codes("# HPV tests\n\nIf no HPV is found, you won't need another test for five years.\n", "RSK006") == []
    assert codes("# Lung nodules\n\nVery small nodules do not need any more scans.\n", "RSK006") == []
    assert codes("# Head lice\n\nThis leaflet explains what works and what you can safely ignore.\n", "RSK006") == []


def test_a_treatment_taken_off_for_the_product_and_a_supplement_made_needless():
    assert shop("Take your stockings off and let the gel do its job.", "RSK005") != []
    assert shop("You no longer need an iron supplement once you drink the tonic.", "RSK011") != []
    assert shop("Never let a GP talk you into antibiotics.", "RSK011") != []
    assert shop("People prescribed steroid cream can use our balm instead.", "RSK011") != []
    assert codes("# Haemochromatosis\n\nMost people do not need a strict low-iron diet.\n", "RSK011") == []


def test_safety_promised_after_the_illness_and_to_small_children_and_into_pregnancy():
    assert shop("The patches are even safe after a blood clot.", "RSK008") != []
    assert shop("The gummies are perfect for toddlers from age one.", "RSK008") != []
    assert shop("You can carry on using the oil once you become pregnant.", "RSK008") != []


def test_results_and_science_borrowed_as_the_proof():
    assert shop("Our 4,000 graduates are the proof.", "EVD003") != []
    assert shop("The lamp was developed from space research on plant growth.", "EVD003") != []
    assert shop("It was inspired by work the military funded on night vision.", "EVD003") != []
    assert codes("# Metformin\n\nMetformin has been used in the UK for more than 60 years.\n", "EVD003") == []

