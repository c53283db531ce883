"""Careful pages of blind sets 156-157, read after their measurement at v0.30.53 (v0.30.54): what each false alarm
meant, written again in this test's own sentences. Each rule is checked both ways: the careful wording is left alone,
and the claim beside it is still caught."""

from helpers import codes, shop


def test_a_reported_claim_quoted_back_and_rejected_later_is_disputed():
    chat = ("# Live Q&A on bowel screening\n\n[18:02] Tom_W: My uncle says screening is a waste of time, since it "
            "misses some cancers.\n\n[18:03] Nurse_Amy: It can miss some, he has a point there. But \"a waste of time\" "
            "is wrong: it finds cancers early and saves lives.\n")
    assert codes(chat, "RSK011") == []
    unanswered = ("# Live Q&A on bowel screening\n\n[18:02] Tom_W: My uncle says screening is a waste of time, since it "
                  "misses some cancers.\n\n[18:03] Nurse_Amy: Thanks, Tom. Next question.\n")
    assert codes(unanswered, "RSK011") == ['screening is a waste of time']


def test_a_neighbours_quoted_miracle_is_their_word():
    diary = ("# My year after treatment\n\n> *Week 30. A friend from work said I had been given a \"miracle cure\". I just "
             "smiled.*\n")
    assert codes(diary, "HYP003") == []
    assert shop("Our drops are the miracle cure your joints have waited for.", "HYP003") == ['miracle cure']


def test_the_downside_named_next_balances_no_side_effects():
    page = ("# Nits\n\nCombing through conditioner every few days costs very little and has no side effects. The drawback "
            "is the time it takes.\n")
    assert codes(page, "RSK002") == []
    assert shop("Our lotion has no side effects. The only downside is you will wish you had found it sooner.",
                "RSK002") == ['has no side effects']


def test_what_a_medicine_does_not_need_and_not_waiting_for_a_letter():
    leaflet = "# Blood thinners\n\nUnlike warfarin, they do not need regular blood tests to set the dose.\n"
    assert codes(leaflet, "RSK006") == []
    assert codes("# Screening\n\nSee your GP soon: there is no need to wait for your next screening letter.\n",
                 "RSK006") == []
    assert shop("You don't need regular blood tests while you take our tincture.", "RSK006") == [
        "You don't need regular blood tests while"]


def test_stopped_until_the_reader_has_spoken_to_the_team():
    blog = "# Gout tablets\n\nIf a rash appears, stop taking the tablets until you have spoken to us.\n"
    assert codes(blog, "RSK005") == []
    assert codes(blog, "RSK011") == []
    assert shop("You should stop the tablets once the spray arrives.", "RSK005") != []


def test_a_dose_raised_to_a_measured_target():
    blog = "# Gout\n\nWe begin low, test the blood monthly, then increase the dose until the blood urate level is under 360.\n"
    assert codes(blog, "RSK012") == []
    assert shop("Increase the dose until you feel better.", "RSK012") == ['Increase the dose until']


def test_advice_to_have_symptoms_checked_is_no_absolute_fact():
    assert codes("# Symptoms\n\nPlease see your GP about bleeding after the menopause. It is usually caused by something "
                 "minor, but it always needs checking.\n", "FCT018") == []
    assert codes("# Gout\n\nGout always affects the big toe.\n", "FCT018") == ['Gout always affects']


def test_a_free_test_from_the_readers_own_gp_is_no_offer():
    chat = "# Prostate checks\n\nFrom the age of 50, men can ask their doctor for a free PSA test.\n"
    assert codes(chat, "COM002") == []
    assert shop("Book today for a free PSA test with every package.", "COM002") != []


def test_a_number_needed_to_treat_is_no_promise_to_all():
    blog = ("# Migraine\n\nIn the trials, for every seven people who used the spray, one more was free of pain at "
            "two hours than with a dummy spray.\n")
    assert codes(blog, "CLM003") == []
    assert shop("Every client who used the spray was pain-free within two hours.", "CLM003") != []


def test_people_with_a_condition_against_people_without_it():
    page = "# Heart rhythm\n\nPeople with AF are roughly five times as likely to suffer a stroke than those without it.\n"
    assert codes(page, "EVD006") == []
    assert codes("# News\n\nPeople taking the drug were five times less likely to relapse than people without it.\n",
                 "EVD006") == ['five times less likely']


# -- Misses of sets 156-157, read for their frames ---------------------------------------------------------------

def test_a_prescribed_medicine_given_up_in_more_of_its_forms():
    assert shop("After the course you won't need your reliever inhalers any more.", "RSK005") != []
    assert shop("Members can leave their blood pressure tablets behind once they finish the plan.", "RSK005") == [
        'leave their blood pressure tablets behind']
    assert shop("Guests are asked not to bring their tablets or inhalers to the retreat.",
                "RSK005") != []
    assert shop("My aunt has now decided to stop her levothyroxine and rely on the drops.", "RSK005") == [
        'has now decided to stop her levothyroxine']
    assert shop("If you take anti-inflammatories, the bracelet lets you come off them.", "RSK005") == [
        'lets you come off them']
    assert shop("Throw away that steroid cream.", "RSK005") == ['Throw away that steroid cream']
    assert shop("You may no longer need your inhaler once your asthma is well controlled, so ask your GP.", "RSK005") == []


def test_nearly_every_one_of_the_sellers_people_with_a_result():
    assert shop("Nearly every client tells us the bloating vanishes within a week.", "CLM003") == [
        'Nearly every client tells us the bloating vanishes']
    assert shop("88% said they never had another migraine after switching.", "CLM003") == ['88% said they never']
    assert shop("93% said they would buy it again.", "CLM003") == []


def test_a_warning_sign_put_down_to_the_product_working():
    assert shop("If your ankle turns swollen and hot to touch, that just means the insoles are working harder.",
                "RSK010") == ['hot to touch, that just means the insoles are working harder']
    assert shop("If your wee turns cloudy and you feel shivery, that's the old toxins leaving.",
                "RSK010") != []
    assert shop("If your ankle turns swollen and hot to touch, see your GP the same day.", "RSK010") == []


def test_interactions_and_test_effects_denied():
    assert shop("The oil has no interactions with warfarin, statins or any other medicine.", "RSK002") == [
        'has no interactions with warfarin, statins or any other medicine']
    assert shop("The drops are safe to use alongside any other eye medicine.", "RSK002") != []
    assert shop("Anyone on blood thinners can start the course at once without stopping anything.",
                "RSK002") != []
    assert shop("Our biotin gummies won't affect any blood tests.", "RSK002") == ["won't affect any blood tests"]
    assert shop("Grapefruit can interact with some statins, so check with your pharmacist.", "RSK002") == []


def test_a_professions_nod_as_a_label():
    assert shop("The lamp is audiologist-approved.", "EVD002") == ['audiologist-approved']
    assert shop("Our GP recommended physiotherapy for my back.", "EVD002") == []
