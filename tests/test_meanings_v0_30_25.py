"""The meanings v0.30.25 reads in any words: results for everyone the seller knows, care given up for
the product (by name or by "it"), an age of use told by who used it, the elite and the seller's own
laboratory as evidence, help put off, pregnancy and children named as users, superlatives against
all time, disgust and fear. Each sentence is written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found_on_a_page_that_sells(sentence: str, code: str) -> list[str]:
    text = "# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\n" + sentence + "\n"
    return [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))]


def found_on_a_leaflet(text: str, code: str) -> list[str]:
    page = "# About your care\n\nThis leaflet explains what to expect.\n\n" + text + "\n"
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,)))]


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Results for everyone the seller knows, in any words.
    ("Every swimmer we've coached this year has knocked a second off their time and set a personal best.",
     "CLM003", "Every swimmer we've coached this year has knocked a second off their time and set a personal best"),
    ("Almost every dad in my running club who took the powder became a father within a year.", "CLM003",
     "Almost every dad in my running club who took the powder became a father"),
    ("Not one of our Hillside families caught a cold last term.", "CLM003", "Not one of our Hillside families caught a cold"),
    ("Every single customer sees brighter skin by the second jar.", "CLM003", "Every single customer sees brighter skin"),
    ("Ninety-two per cent of the women we treat get their energy back.", "CLM003",
     "Ninety-two per cent of the women we treat get their energy back"),
    ("Nearly all my clients with eczema tell me the itching has stopped.", "CLM003",
     "Nearly all my clients with eczema tell me the itching has stopped"),
    ("It works on every verruca, every time.", "CLM003", "works on every verruca"),
    ("The gel heals any burn in half the time.", "CLM003", "heals any burn"),
    ("I haven't caught a cold once since I started the drops, and neither will you.", "CLM003",
     "haven't caught a cold once since I started the drops, and neither will you"),
    ("Sorted for life after a single session.", "CLM002", "Sorted for life"),
    ("The pain eases and stays gone.", "CLM002", "pain eases and stays gone"),
    # Care given up for the product, by name or by "it".
    ("Your GP may have put you on warfarin. You can stop it once you start the drops.", "RSK005",
     "can stop it once you start the drops"),
    ("Your consultant has you on ocrelizumab. You can swap it for this.", "RSK005", "can swap it for this"),
    ("Once the tea settles your chest, you can put your preventer inhaler away.", "RSK005",
     "can put your preventer inhaler away"),
    ("You can swap your fluoride toothpaste for the powder.", "RSK011", "can swap your fluoride toothpaste for"),
    ("There's no need to take your toddler to the dentist for a chipped tooth.", "RSK011",
     "no need to take your toddler to the dentist"),
    # An age of use told by who used it; the elite and the seller's own count and laboratory.
    ("Roman soldiers were rubbing this balm into their feet.", "EVD003", "Roman soldiers were rubbing"),
    ("The recipe was trusted by our great-grandparents.", "EVD003", "trusted by our great-grandparents"),
    ("Every Olympic swimmer uses it.", "EVD016", "Every Olympic swimmer uses"),
    ("I've given more than 3,000 treatments in this room.", "EVD016", "given more than 3,000 treatments"),
    ("More than 9,000 jars sold last year.", "EVD016", "More than 9,000 jars sold"),
    ("Tested in our own laboratory, the spray cleared 98% of mould spores.", "EVD017",
     "our own laboratory, the spray cleared 98%"),
    ("Browse our before-and-after photos on the website.", "EVD017", "before-and-after photos"),
    # Help put off, warning signs ridden out, drops taken neat.
    ("Keep rubbing it in rather than rushing off to A&E.", "RSK010", "rather than rushing off to A&E"),
    ("Wait an hour to see if the swelling goes down before calling for help.", "RSK010",
     "Wait an hour to see if the swelling goes down before calling for help"),
    ("Put 4 drops undiluted under your tongue.", "RSK010", "4 drops undiluted under your tongue"),
    # Pregnancy and children named as users; the dose left alone.
    ("Completely fine in pregnancy.", "RSK008", "fine in pregnancy"),
    ("Expectant mums love it too.", "RSK008", "Expectant mums love"),
    ("Even little ones can join in.", "RSK008", "Even little ones can join in"),
    ("If you're on blood thinners, it's perfectly fine.", "RSK008", "If you're on blood thinners, it's perfectly fine"),
    ("There's no need to adjust your insulin.", "RSK008", "no need to adjust your insulin"),
    # Superlatives against all time; disgust and fear; the profession said to profit.
    ("The most soothing eye mask ever designed.", "HYP001", "The most soothing eye mask ever designed"),
    ("It is the greatest gift you can give your skin.", "HYP001", "the greatest gift you can give your"),
    ("They carry pounds of rotting waste in their gut.", "LNG016", "pounds of rotting waste"),
    ("A stiff neck slowly strangles the nerves in your spine.", "LNG010", "slowly strangles the nerves"),
    ("Surgeons profit from cutting out healthy tonsils.", "LNG011", "Surgeons profit from cutting"),
    # Offers in other words.
    ("Buy 2 tubs, pay for 1.", "COM002", "Buy 2 tubs, pay for 1"),
    ("The kit is £59 today (RRP £99).", "COM002", "£59 today (RRP £99"),
    ("Stock is running low.", "COM007", "Stock is running low"),
    ("Order today and your first refill is free.", "COM009", "Order today and your first refill is free"),
])
def test_a_v0_30_25_meaning_on_a_page_that_sells(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code", [
    # A drug stopped on a doctor's word.
    ("Your GP may have put you on warfarin. Only stop it once you start the new tablets if your GP agrees.", "RSK005"),
    # A share that says what it felt is its report (EVD003's), and a low share is no promise.
    ("92% of our clients say they feel calmer.", "CLM003"),
    ("60% of our clients say their pain has gone.", "CLM003"),
    # An address, not a result: "all my fellow readers".
    ("To all my fellow MS sufferers reading this: you are stronger than you think.", "CLM003"),
    # A price with its context, a plain way to book, stock that is simply scarce.
    ("The kit was £99 in 2019.", "COM002"),
    ("Supply is limited because only one lab makes it.", "COM007"),
    # Everyday phrases: clogged arteries, the best thing you can do for your health.
    ("Most heart attacks come from clogged arteries.", "LNG016"),
    ("Stopping smoking is the single best thing you can do for your heart.", "HYP001"),
    ("Moving to Spain was the best decision I ever made.", "HYP001"),
])
def test_a_v0_30_25_meaning_is_not_read_into(sentence, code):
    assert found_on_a_page_that_sells(sentence, code) == []


@pytest.mark.parametrize("text, code, expected", [
    # A denial in a list of denials is still a denial.
    ("There's no rejection, no infection, nothing can go wrong.", "RSK002", ["nothing can go wrong"]),
    # A harm named with the denial, and the idiom for a harmless hobby.
    ("The bands have no known harms apart from a tight feeling.", "RSK002", []),
    ("If she enjoys the puzzles, there is no harm, but they do not treat memory loss.", "RSK002", []),
    # A reader's question quoted in a heading: the claim it asks about is questioned.
    ("**\"A clinic promised to 'end my tinnitus in a week'. Is that true?\"** There is no evidence that it can.",
     "CLM002", []),
    # Two abbreviations of two things: ultraviolet (UV) and ultraviolet A (UVA).
    ("Sunlight holds ultraviolet (UV) light. Ultraviolet A (UVA) reaches deeper into the skin.", "TRM001", []),
    # A size is not a coined name; a syndrome medicine names is not one either.
    ("Short rests work better than one long collapse in the evening.", "TRM006", []),
    ("Long QT syndrome can run in families.", "TRM006", []),
    # A job with animals is a reason for a vaccine, not an animal study.
    ("Think about the vaccine if you will work with animals.", "EVD004", []),
])
def test_v0_30_25_context(text, code, expected):
    assert found_on_a_leaflet(text, code) == expected


def test_a_plain_way_to_book_is_not_a_push():
    assert found_on_a_leaflet("Book online or call the clinic.", "COM001") == []
    assert found_on_a_leaflet("Book online today to secure your place.", "COM001") == ["Book online today to secure your place"]


def test_an_affiliate_host_is_a_referral_link():
    found = found_on_a_leaflet("Buy the spray here: https://amzn.example/spray-20", "COM005")
    assert found == ["https://amzn.example/spray-20"]
    assert found_on_a_leaflet("Read more at https://www.nhs.example/amazon-rainforest-fever", "COM005") == []


def test_a_price_set_beside_other_prices_is_information():
    text = ("Our price is £72 per dose, so £216 for the course. Prices at other clinics vary, and it is worth "
            "comparing.")
    assert found_on_a_leaflet(text, "COM003") == []
    assert "Our course is £216" in found_on_a_page_that_sells("Our course is £216 for three doses.", "COM003")


@pytest.mark.parametrize("sentence, excerpt", [
    ("Statins act by thinning your blood.", "Statins act by thinning your blood"),
    ("Melatonin is a plant extract.", "Melatonin is a plant extract"),
    ("Ear wax is full of toxins.", "Ear wax is full of toxins"),
    ("Verrucas put down deep roots.", "Verrucas put down deep roots"),
    ("A hearing aid makes tinnitus worse.", "A hearing aid makes tinnitus worse"),
])
def test_a_common_slip_about_the_body_is_answered_by_its_fact(sentence, excerpt):
    assert found_on_a_leaflet(sentence, "FCT009") == [excerpt]


def test_a_fact_stated_rightly_is_left_alone():
    assert found_on_a_leaflet("Statins lower cholesterol; they are not blood thinners.", "FCT009") == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    ("Every mum who has tried the drops tells us the colic stopped within days.", "CLM003",
     "Every mum who has tried the drops tells us the colic stopped"),
    ("Every visitor leaves feeling ten years younger.", "CLM003", "Every visitor leaves feeling ten years younger"),
    ("Nine out of ten of our clients are pregnant within the year.", "CLM003",
     "Nine out of ten of our clients are pregnant within the year"),
    ("The drip stops arthritis progressing in its tracks.", "CLM002", "stops arthritis progressing"),
    ("Many of our clients have been able to stop their statins.", "RSK005",
     "clients have been able to stop their statins"),
    ("With our balm you can safely turn down the flu jab.", "RSK011", "can safely turn down the flu jab"),
    ("It's fine to take with warfarin.", "RSK008", "fine to take with warfarin"),
    ("If the fever comes back after your trip, it's probably just a cold.", "RSK010",
     "fever comes back after your trip, it's probably just a cold"),
    ("Don't become a burden on your children.", "LNG010", "Don't become a burden on your children"),
    ("Don't be the parent who sends a sick child to school.", "LNG012", "Don't be the parent who"),
])
def test_a_v0_30_25_meaning_from_the_last_pair(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    # A programme's purpose and a graft's place are not promises.
    ("A rehabilitation programme aims to restore strength and balance over several months.", "CLM006"),
    ("The operation replaces the torn tendon with a graft from your thigh.", "CLM006"),
    # A plain name for an organ's illness is medicine's own.
    ("It is not given to people with a thyroid disorder.", "TRM006"),
    # A whole quotation that opens its paragraph, denied at once, is a myth checked.
    ('*"This powder cures gout."* It does not. No powder has been shown to.', "CLM001"),
    # A reader's old date, asked about, is theirs to have answered.
    ("My letter says the offer ends in 2021. Is it still open?", "TIM001"),
])
def test_a_careful_page_of_the_last_pair_stays_clean(text, code):
    page = "---\ndate: 2026-02-01\n---\n# Questions and answers\n\n" + text + "\n"
    assert [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,)))] == []


def test_a_public_bodys_leaflet_with_a_charge_does_not_sell():
    from mslint.reading import read_document
    from mslint.rules.kinds.article_conditions import holds

    leaflet = ("# Your inhaler\n\n**Westmoor Hospitals NHS Foundation Trust**\n\nAdults in England pay £9.90 per "
               "prescription item. Call the clinic on 0113 496 0000 if you have questions.\n")
    shop = ("# Our inhaler spacer\n\nThe NHS uses spacers like ours. Our spacer is £9.90. Call us on 0113 496 0000 "
            "to order.\n")
    assert not holds(read_document("a.md", leaflet), "sells")
    assert holds(read_document("b.md", shop), "sells")


@pytest.mark.parametrize("text, code", [
    # Sets 110-111's careful pages (v0.30.26): a free patch test is a safety step; heat's effect on nerves
    # already damaged; vaccines that cannot grow, safe with every DMT; trials that found no harm but the
    # ones named; a trial's arms compared; a plain description of what something is like.
    ("We adjust the settings and offer a free test patch first.", "COM002"),
    ("A fever can bring old symptoms back for a few hours, the same passing effect heat has on damaged nerves "
     "in MS.", "FCT009"),
    ("Non-live vaccines contain nothing that can grow. These are safe with every DMT.", "RSK002"),
    ("Apart from one report of soreness, the trials found no harm from the stretches.", "RSK002"),
    ("Twice as many people in the diet group no longer had sleep apnoea after a year.", "CLM002"),
    ("Tonsil stones are small, often smelly lumps of debris.", "LNG012"),
])
def test_a_careful_page_of_sets_110_and_111_stays_clean(text, code):
    assert found_on_a_leaflet(text, code) == []


def test_a_callers_claim_taken_apart_by_the_expert_is_disputed():
    text = ("CALLER: And I've read that the MMR vaccine causes autism.\n\n"
            "EXPERT: That claim came from a paper that was later retracted, and large studies since found none.")
    assert found_on_a_leaflet(text, "FCT009") == []
    assert found_on_a_leaflet("I've read that the MMR vaccine causes autism.", "FCT009") != []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Sets 110-111's misses read as meanings (v0.30.27; each sentence written here).
    ("Every one of our clients who finishes the course is off their walking stick.", "CLM003",
     "Every one of our clients who finishes the course is off their walking stick"),
    ("Everyone on our retreat came home better.", "CLM003", "Everyone on our retreat came home better"),
    ("Not one of our families has needed an inhaler all winter.", "CLM003",
     "Not one of our families has needed an inhaler all"),
    ("If your sight blurs, push through.", "RSK010", "blurs, push through"),
    ("If you get nosebleeds, that just means the blood is flowing.", "RSK010", "nosebleeds, that just means"),
    ("It's just the tea getting to work.", "RSK010", "It's just the tea getting to work"),
    ("We ask guests to pause their disease-modifying treatment before arrival.", "RSK005",
     "We ask guests to pause their disease-modifying treatment"),
    ("Your son can stop carrying his adrenaline pen.", "RSK005", "stop carrying his adrenaline"),
    ("Take double the dose if you feel nothing.", "RSK012", "Take double the dose if"),
    ("It is recommended by leading heart surgeons.", "EVD016", "recommended by leading heart surgeons"),
    ("We have shipped more than 20,000 tubs.", "EVD016", "shipped more than 20,000 tubs"),
])
def test_a_v0_30_27_meaning_from_sets_110_and_111(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


def test_a_double_risk_is_not_a_doubled_dose():
    assert found_on_a_leaflet("Smokers have double the risk of a stroke.", "RSK012") == []
