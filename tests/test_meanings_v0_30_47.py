"""Meanings read from blind sets 146-147 after their measurement at v0.30.46 (v0.30.47). Each sentence is written
for this test; none comes from an evaluation set."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(page, name, overrides=Overrides(select=(code,)))]


SHOP = "# Shop\n\nBuy now for £30.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local service.\n\n"
MS = "# Multiple sclerosis news\n\nA reporter looks at research in multiple sclerosis (MS).\n\n"


def test_a_harm_tied_to_a_drug_in_an_aside_is_not_denied_for_the_drug():
    aside = "Nor is PML, a brain infection seen with the drug natalizumab, a known risk of the transplant.\n"
    assert found(MS + aside, "FCT002") == []
    assert found(MS + "PML is not a known risk of natalizumab.\n", "FCT002") == ["PML"]


def test_an_appointment_with_the_readers_own_practice_is_not_a_sale():
    note = "To talk through a result, book an appointment with the surgery.\n"
    assert found(NEWS + note, "COM001") == []
    assert found(NEWS + "Please book an appointment with our clinic today.\n", "COM001") == ["book an appointment"]


def test_a_heading_named_for_booking_is_not_a_call_to_book():
    page = "# Travel jabs at Dale Pharmacy\n\n## Booking a private appointment\n\nThe jab costs £60 a dose.\n"
    assert found(page, "COM001") == []
    assert found(page.replace("## Booking a private", "## Book a private"), "COM001") == ["Book a private appointment"]


def test_a_free_check_beside_a_word_that_nothing_is_sold():
    centre = ("Members can book a free 30-minute balance assessment at the front desk. "
              "We do not sell any equipment.\n")
    assert found(NEWS + centre, "COM002") == []
    assert found(NEWS + "Members can book a free 30-minute balance assessment at the front desk.\n", "COM002") \
        == ["free 30-minute balance assessment"]


def shop(sentence: str, code: str) -> list[str]:
    return found(SHOP + sentence + "\n", code)


def test_cure_claims_of_sets_146_147():
    assert shop("Nine in ten women we see never need an inhaler again.", "CLM003") == ["Nine in ten women we see never need"]
    assert shop("Our balm ends a toddler's eczema in three nights.", "CLM002") == ["ends a toddler's eczema in three nights"]
    assert shop("Dads say it worked each time.", "CLM003") == ["it worked each time"]
    assert shop("Two visits later the migraines are gone within weeks.", "CLM002") == ["migraines are gone within weeks"]
    assert shop("Each member who wrote back after trying the belt told us it helped.", "CLM003") \
        == ["Each member who wrote back after trying the belt told us it helped"]
    assert shop("These drops bring back the eyesight of your youth.", "CLM002") == ["bring back the eyesight of your youth"]
    assert shop("Any runner over 40 who tries the insoles notices the change within a fortnight.", "CLM003") \
        == ["Any runner over 40 who tries the insoles notices the change within a"]
    assert shop("Clean blood can't harbour tumours.", "CLM002") == ["can't harbour tumours"]
    assert shop("This tea turns off your psoriasis for good.", "CLM002") == ["turns off your psoriasis for good"]
    assert shop("Patients left with their sciatica all gone.", "CLM002") == ["left with their sciatica all gone"]
    assert shop("Buyers report that within two weeks the buzzing has completely stopped.", "CLM002") \
        == ["within two weeks the buzzing has completely stopped"]
    assert shop("Remission from lupus is routine at our centre.", "CLM003") == ["Remission from lupus is routine"]
    assert shop("Kids who finish our programme can drink milk again.", "CLM003") \
        == ["Kids who finish our programme can drink milk again"]
    assert shop("Our regulars never pick up a bug the whole year.", "CLM003") == ["never pick up a bug the whole year"]


def test_careful_sentences_about_symptoms_that_pass():
    assert found(NEWS + "The pain can last for weeks after the rash has gone.\n", "CLM002") == []
    assert found(NEWS + "No diet can switch off inflammation for good.\n", "CLM002") == []
    assert found(NEWS + "One jab protects most people for the whole flu season.\n", "CLM003") == []


def test_evidence_and_hype_of_sets_146_147():
    assert shop("The grey film on the insoles is evidence that they are doing their job.", "EVD002") \
        == ["is evidence that they are doing their job"]
    assert shop("My posture photos show the curve improving after every visit.", "EVD002") \
        == ["My posture photos show the curve improving after every visit"]
    assert shop("Tumour cells died in a petri dish of the extract.", "EVD004") == ["died in a petri dish"]
    assert shop("Swiss clinics have trusted this method since 1962.", "EVD003") \
        == ["Swiss clinics have trusted this method since 1962"]
    assert shop("It is the most remarkable remedy for gout in our 25 years of business.", "HYP001") \
        == ["the most remarkable remedy for gout in our 25 years"]
    assert shop("Magnesium is the missing piece that heart doctors have ignored.", "HYP001") \
        == ["the missing piece that heart doctors have ignored"]
    assert found(NEWS + "Scientists may have found the missing link between gut bacteria and MS.\n", "HYP001") == []
    assert shop("That is the end of the reading glasses era.", "HYP001") == ["the end of the reading glasses era"]


def test_language_of_sets_146_147():
    assert shop("Do not let your night sweats push your husband out of the bedroom.", "LNG012") \
        == ["Do not let your night sweats push your husband out"]
    assert shop("Dry skin making you look haggard after forty?", "LNG012") == ["making you look haggard"]
    assert shop("Clear out a colon choked with filth.", "LNG016") == ["choked with filth"]
    assert found(NEWS + "Rosacea can cause small, pus-filled spots on the cheeks.\n", "LNG016") == []
    assert shop("Migraine strips you of your independence.", "LNG010") == ["Migraine strips you of your independence"]
    assert shop("Eczema is robbing your son's childhood.", "LNG010") == ["is robbing your son's childhood"]
    assert shop("What follows is a steady decline into a wheelchair.", "LNG010") == ["steady decline into a wheelchair"]
    assert shop("Come January, the classroom is a germ factory.", "LNG010") == ["is a germ factory"]


def test_risks_of_sets_146_147():
    cases = {
        "Pack the old CPAP mask in the loft for good.": ("RSK005", "Pack the old CPAP mask in the loft"),
        "We told Derek to stop his atorvastatin straight away.": ("RSK005", "told Derek to stop his atorvastatin"),
        "Half our backers have tossed their inhalers away.": ("RSK005", "tossed their inhalers away"),
        "Choking at night is only heavy breathing.": ("RSK010", "Choking at night is only heavy breathing"),
        "Hum for a minute before you use your reliever inhaler.": ("RSK010", "before you use your reliever inhaler"),
        "Just reintroduce the peanuts at home once the course ends.": ("RSK010", "Just reintroduce the peanuts at home"),
        "Ideal for kids with asthma.": ("RSK008", "Ideal for kids with asthma"),
        "Fine for numb feet too.": ("RSK008", "Fine for numb feet"),
        "Ideal for women undergoing treatment for breast cancer.": ("RSK008", "Ideal for women undergoing treatment for breast cancer"),
        "Most clients keep going throughout their pregnancy.": ("RSK008", "keep going throughout their pregnancy"),
        "It is suitable for couples trying to conceive.": ("RSK008", "suitable for couples trying to conceive"),
        "When the fever climbs, a double dose should sort it.": ("RSK012", "a double dose should sort it"),
        "Fine with any other hay fever remedy.": ("RSK012", "Fine with any other hay fever remedy"),
        "Strokes? Over twenty years we've never had a single case.": ("RSK007", "Over twenty years we've never had a single case"),
        "Once you feel stronger, ditch pacing altogether.": ("RSK011", "ditch pacing"),
        "Give our juice cleanse six weeks before you start radiotherapy.":
            ("RSK011", "Give our juice cleanse six weeks before you start radiotherapy"),
        "Her midwife would just worry, so she never told her.": ("RSK006", "midwife would just worry, so she never told"),
        "Do not waste months on NHS referral queues for a scan.": ("RSK006", "Do not waste months on NHS referral"),
        "There is no health assessment required before your first drip.": ("RSK006", "There is no health assessment required"),
        "A herbal alternative to statins without the side effects.": ("RSK002", "herbal alternative to statins without the side effects"),
    }
    for sentence, (code, excerpt) in cases.items():
        assert shop(sentence, code) == [excerpt], sentence


def test_offers_of_sets_146_147():
    assert shop("Book both parents together for a 20% couples discount.", "COM002") == ["20% couples discount"]
    assert shop("Sleepwise ratings are always impartial.", "COM008") == ["Sleepwise ratings are always impartial"]
