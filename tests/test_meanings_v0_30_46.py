"""Meanings read from the flawed pages of blind sets 144-145 after their measurement at v0.30.44 (v0.30.46): a medicine
given up once the product came, or swapped for it; a warning sign called the healing response; a disease said to be
gone and nearly all of a seller's people said to recover; animal results, tradition, caseloads and a famous name as
proof; plain superlatives; labels that make people their illness; doctors said to hide the truth for money; an
offer box the page labels as finance. Each sentence is written for this test; none comes from an evaluation set."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


SHOP = "# Shop\n\nBuy now for £30.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"


def test_a_medicine_given_up_once_the_product_came_is_stopping_treatment():
    story = "He came off his bisoprolol and lisinopril a month after starting the juice.\n"
    assert found(SHOP + story, "RSK005") == ["came off his bisoprolol and lisinopril a month after starting the"]
    asked = "We ask residents taking sertraline to stop it when they check in.\n"
    assert found(SHOP + asked, "RSK005") == ["ask residents taking sertraline to stop it"]
    paused = "If you use a steroid foam for colitis, I'd pause it for the whole cleanse.\n"
    assert found(SHOP + paused, "RSK005") == ["I'd pause it for the whole cleanse"]
    halved = "Our nutritionist advises cutting your dose by half when you begin the powder.\n"
    assert found(SHOP + halved, "RSK005") == ["advises cutting your dose by half when you begin"]
    travel = "Tell Mum to stop her levetiracetam two days before the flight.\n"
    assert found(SHOP + travel, "RSK005") == ["stop her levetiracetam two days before the flight"]
    off = "Most visitors are fully off it by the end of the week.\n"
    assert found(SHOP + "Lots of guests arrive on zopiclone. " + off.replace("visitors", "guests"), "RSK005") \
        == ["guests are fully off it by"]


def test_a_medicine_swapped_for_the_product_by_it_or_them():
    assert found(SHOP + "Already on ramipril? You can swap it for VitaBeet.\n", "RSK005") == ["can swap it for VitaBeet"]
    swap = "Your GP gave you omeprazole. Your doctor can swap it for another medicine if it upsets you.\n"
    assert found(SHOP + swap, "RSK005") == []
    assert found(SHOP + "If the cream stings, I'd stop it for a few days and see your GP.\n", "RSK005") == []


def test_the_machine_put_away_and_the_vaccine_made_needless():
    assert found(SHOP + "Within a month, lots of buyers can put the machine away.\n", "RSK005") \
        == ["can put the machine away"]
    flu = "With the spray at home you might decide you don't need this year's flu vaccine.\n"
    assert found(SHOP + flu, "RSK006") == ["might decide you don't need this year's flu vaccine"]
    booster = "If you had the vaccine in the last five years, you may find you don't need a booster.\n"
    assert found(NEWS + booster, "RSK006") == []
    assert found(SHOP + "With the belt on, you can probably cancel your physio.\n", "RSK006") \
        == ["can probably cancel your physio"]


def test_a_warning_sign_called_the_healing_response_or_the_product_at_work():
    cases = {
        "A fever and a stiff neck in week one are only the healing crisis, so carry on.\n":
            "A fever and a stiff neck in week one are only the healing crisis, so carry on",
        "If your elbow turns red and swollen after the jab, it's the body's healing response at work.\n":
            "red and swollen after the jab, it's the body's healing response",
        "If you feel faint on the first morning, take that as a signal the tonic is kicking in.\n":
            "take that as a signal the tonic is kicking in",
        "Pins and needles in your feet simply means your spine is realigning after years out of place.\n":
            "simply means your spine is realigning",
        "Seeing zigzag lines? That is just your focusing muscles waking up after years behind lenses.\n":
            "That is just your focusing muscles waking up",
    }
    for sentence, excerpt in cases.items():
        assert found(SHOP + sentence, "RSK010") == [excerpt], sentence
    assert found(SHOP + "The itch shows the patch is pulling the toxins out.\n", "RSK010") \
        == ["shows the patch is pulling the toxins out"]


def test_a_warning_sign_sent_for_help_is_not_dismissed():
    careful = ["If your knee becomes hot and swollen after the injection, call us the same day: it can be a sign of infection.\n",
               "Some light-headedness is common in the first week; sit down until it passes and tell your GP if it continues.\n",
               "New floaters or flashes of light need an urgent eye check the same day.\n",
               "Heavy bleeding after the procedure is not normal, so ring the ward.\n"]
    for sentence in careful:
        assert found(NEWS + sentence, "RSK010") == [], sentence


def test_driving_promised_safe_and_a_dose_raised_until_the_symptom_stops():
    assert found(SHOP + "Honestly, you're absolutely fine to drive after the gummies.\n", "RSK010") == ["absolutely fine to drive"]
    assert found(SHOP + "At the first sniffle, get your doctor to give you antibiotics straight away.\n", "RSK010") \
        == ["get your doctor to give you antibiotics straight away"]
    titrate = "Add one capsule every evening until the cramps stop.\n"
    assert found(SHOP + titrate, "RSK012") == ["Add one capsule every evening until the cramps stop"]
    assert found(NEWS + "Your doctor may increase the dose every week until the pain eases.\n", "RSK012") == []


def test_safety_promised_in_chemotherapy_and_pregnancy():
    chemo = "Safe for anyone on chemotherapy and for people with a weakened immune system.\n"
    assert found(SHOP + chemo, "RSK008") == ["Safe for anyone on chemotherapy"]
    assert found(SHOP + "It is fine for people with a weakened immune system.\n", "RSK008") \
        == ["fine for people with a weakened immune system"]
    assert found(SHOP + "Plenty of our expectant mums swear by it.\n", "RSK008") == ["Plenty of our expectant mums swear by"]
    assert found(NEWS + "The drug is not safe for people having chemotherapy.\n", "RSK008") == []


def test_someones_incurable_disease_said_to_be_gone():
    assert found(SHOP + "Since the drip, Maureen's arthritis is gone.\n", "CLM002") == ["Maureen's arthritis is gone"]
    assert found(SHOP + "This bangle reverses joint damage in weeks.\n", "CLM002") == ["reverses joint damage"]
    assert found(SHOP + "The capsules resolve ADHD symptoms within 30 days.\n", "CLM002") \
        == ["resolve ADHD symptoms within 30 days"]
    assert found(SHOP + "The massage and castor oil packs open blocked tubes.\n", "CLM002") == ["open blocked tubes"]
    assert found(NEWS + "Drugs can slow joint damage but cannot reverse it.\n", "CLM002") == []
    assert found(NEWS + "Her MS is not gone; it is in remission.\n", "CLM002") == []


def test_lasting_remission_for_the_sellers_people_not_for_a_trials():
    assert found(SHOP + "Our members go into lasting remission.\n", "CLM002") == ["Our members go into lasting remission"]
    trial = "About two thirds of patients in the trial went into long-term remission after the transplant.\n"
    assert found(NEWS + trial, "CLM002") == []


def test_nearly_all_of_the_sellers_people_said_to_recover():
    sober = "Eight in ten of our clients are still sober after two years.\n"
    assert found(SHOP + sober, "CLM003") == ["Eight in ten of our clients are still sober"]
    everyone = "Everyone who finishes the six weeks throws their inhaler away.\n"
    assert found(SHOP + everyone, "CLM003") == ["Everyone who finishes the six weeks throws their inhaler away"]
    winter = "Our families say they got through an entire winter without one sniffle.\n"
    assert found(SHOP + winter, "CLM003") == ["families say they got through an entire winter without one sniffle"]
    assert found(SHOP + "Stop coughs before they start.\n", "CLM003") == ["Stop coughs before they start"]
    pilot = "Every volunteer in the pilot reported better sleep within a fortnight.\n"
    assert found(SHOP + pilot, "CLM003") == ["Every volunteer in the pilot reported better"]
    harms = "Every child in the trial reported side effects such as headache.\n"
    assert found(NEWS + harms, "CLM003") == []
    assert found(NEWS + "Everyone who completes the course gets a certificate.\n", "CLM003") == []


def test_animal_results_in_the_present_tense_and_far_less_damage():
    mice = "Lab work has shown that the extract raises serotonin in the brains of mice.\n"
    assert found(SHOP + mice, "EVD004") == ["Lab work has shown that the extract raises"]
    rats = "In a Korean study, rats with a colitis-like illness that ate the powder had far less gut damage.\n"
    assert found(SHOP + rats, "EVD004") == ["rats with a colitis-like illness that ate the powder had far less"]


def test_tradition_caseloads_and_a_famous_name_as_proof():
    assert found(SHOP + "Monks in Tibet have timed fasts to the seasons for thousands of years.\n", "EVD003") \
        == ["Monks in Tibet have timed fasts to the seasons for thousands of years"]
    assert found(SHOP + "The Romans wore amber beads against sore throats.\n", "EVD003") == ["The Romans wore"]
    assert found(SHOP + "We have treated more than 900 knees at our clinic.\n", "EVD016") \
        == ["We have treated more than 900 knees"]
    assert found(SHOP + "Stanford proved this a decade ago.\n", "EVD002") == ["proved"]
    assert found(SHOP + "Scientists have not proved this.\n", "EVD002") == []
    typical = "A study showed a daily spoonful lowered cholesterol, which is just what our buyers tell us.\n"
    assert found(SHOP + typical, "EVD003") == ["which is just what our buyers tell us"]
    assert found(SHOP + "Clinics in 40 countries offer it, so rest assured it is not experimental.\n", "EVD002") \
        == ["assured it is not experimental"]


def test_a_product_said_to_do_all_a_medicine_does():
    assert found(SHOP + "The drink does everything a statin does, without the side effects.\n", "EVD014") \
        == ["does everything a statin does"]
    assert found(SHOP + "We're seeing results that painkillers simply can't match.\n", "EVD014") \
        == ["results that painkillers simply can't match"]


def test_plain_superlatives_over_a_field_or_a_year():
    assert found(SHOP + "Ours is the safest treatment in modern dentistry.\n", "HYP001") \
        == ["the safest treatment in modern dentistry"]
    assert found(SHOP + "Honestly, it's the easiest health hack of the year.\n", "HYP001") \
        == ["the easiest health hack of the year"]
    for careful in ("Paracetamol is the safest painkiller in pregnancy.\n", "Walking is the simplest way to stay active.\n"):
        assert found(NEWS + careful, "HYP001") == [], careful


def test_without_exaggeration_insists_rather_than_denies():
    hype = "It is, without exaggeration, the single most powerful step you can take for your liver.\n"
    assert found(SHOP + hype, "HYP001") == ["the single most powerful step you can take for your liver"]


def test_labels_that_make_a_person_their_illness():
    assert found(NEWS + "Stop being an addict.\n", "LNG001") == ["an addict"]
    assert found(NEWS + "Depressives need support, not a pep talk.\n", "LNG001") == ["Depressives"]
    assert found(NEWS + "He was a sugar addict as a teenager.\n", "LNG001") == []
    assert found(NEWS + "A doctor once told her she's barren.\n", "LNG012") == ["she's barren"]
    assert found(NEWS + "The land was barren.\n", "LNG012") == []


def test_doctors_said_to_hide_the_truth_for_money():
    assert found(SHOP + "The drug industry buried his research because it threatened their profits.\n", "LNG011") \
        == ["buried his research because it threatened their profits"]
    assert found(SHOP + "Dentists just sell you fillings.\n", "LNG011") == ["Dentists just sell you"]
    assert found(SHOP + "Specialists will never tell you about it, since the pharma money is huge.\n", "LNG011") \
        == ["Specialists will never tell you about it, since the pharma money"]


def test_disgust_age_and_shame():
    assert found(SHOP + "Right now those parasites are feasting on your insides.\n", "LNG016") == ["feasting on your insides"]
    assert found(NEWS + "Mosquitoes that carry malaria usually feed on you between dusk and dawn.\n", "LNG016") == []
    assert found(SHOP + "Those poor old dears, blind as bats without their specs.\n", "LNG015") == ["blind as bats"]
    assert found(SHOP + 'Stop being the "before" picture.\n', "LNG013") == ['Stop being the "before" picture']


def test_pseudo_diagnoses_from_hair_tests_and_cold_wombs():
    assert found(SHOP + "You are a slow oxidiser.\n", "TRM005") == ["slow oxidiser"]
    assert found(SHOP + "Your cold, sluggish womb needs warming herbs.\n", "TRM005") == ["cold, sluggish womb"]


def test_a_post_that_says_it_is_not_sponsored_on_a_page_that_sells():
    assert found(SHOP + "This review isn't sponsored, I just love the stuff.\n", "COM008") == ["This review isn't sponsored"]
    assert found(NEWS + "This review isn't sponsored, I just love the stuff.\n", "COM008") == []


def test_an_offer_box_the_page_labels_finance_is_read():
    page = ("<html><body><article><h1>Knee clinic</h1><p>Book your injection today.</p></article>"
            '<aside class="finance-box"><p>Only 5 treatment slots remain in May.</p></aside></body></html>\n')
    assert found(page, "COM007", "a.html") == ["Only 5 treatment slots remain"]
    plain = page.replace('class="finance-box"', 'class="related"')
    assert found(plain, "COM007", "a.html") == []


def test_an_emails_reply_marker_is_not_an_abbreviation():
    email = "Subject: RE: Your clinic dates\n\nDear Sam,\n\nThanks for your note about the clinic.\n"
    assert found(email, "TRM002", "a.txt") == []
    assert found("Subject: TBX: Your clinic dates\n\nDear Sam,\n\nThanks for your note.\n", "TRM002", "a.txt") == ["TBX"]


def test_a_traders_stall_is_not_a_coined_condition():
    shop = SHOP + "The jars are also sold at Hartley's stall in the covered market.\n"
    assert found(shop, "TRM006") == []
    assert found(SHOP + "The jars clear your hormonal stall in a week.\n", "TRM006") == ["hormonal stall"]


def test_a_warning_sign_answered_away_in_the_next_sentence():
    story = "My knee went hot and swollen after the injection. That's a good sign.\n"
    assert found(SHOP + story, "RSK013") == ["That's a good sign"]
    asked = "Seeing flashes of light after the drills? That's just your eye muscles waking up.\n"
    assert found(SHOP + asked, "RSK013") == ["That's just your eye muscles waking up"]
    # The question as its own paragraph, the answer in the next.
    forum = "**Q: My gums have been bleeding since I started the kit. Is that okay?**\n\nYes, it's completely normal.\n"
    assert found(SHOP + forum, "RSK013") == ["Yes, it's completely normal"]


def test_an_answer_that_replies_to_no_warning_sign_or_says_when_to_get_help():
    assert found(SHOP + "My blood sugar is falling. That's a good sign.\n", "RSK013") == []
    jab = "My baby had a fever after the jab. Yes, that's normal, and it usually settles in a day.\n"
    assert found(NEWS + jab, "RSK013") == []
    helped = "My knee went hot and swollen after the injection. That's not normal: call the clinic today.\n"
    assert found(NEWS + helped, "RSK013") == []
    netted = "My gums bleed since I started the kit. That's normal at first. Call your dentist if it lasts a week.\n"
    assert found(SHOP + netted, "RSK013") == []
