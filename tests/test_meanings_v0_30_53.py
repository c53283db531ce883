"""Careful pages of blind sets 154-155, read after their measurement at v0.30.52 (v0.30.53): what each
false alarm meant, written again in this test's own sentences. Each rule is checked both ways: the careful
wording is left alone, and the claim beside it is still caught."""

from mslint.api import lint_text
from mslint.engine.planner import Overrides

SHOP = "# Shop\n\nBuy now for £30.\n\n"


def codes(text: str, code: str, name: str = "a.md") -> list[str]:
    return [f.excerpt for f in lint_text(text, name, overrides=Overrides(select=(code,)))]


def shop(sentence: str, code: str) -> list[str]:
    return codes(SHOP + sentence + "\n", code)


def test_no_trial_showing_it_denies_the_claim_however_long_the_noun_phrase():
    # "showing" as well as "showed", and counted in words, not tokens.
    assert shop("I know of no well-designed, placebo-controlled study showing that these drops cure arthritis.",
                "CLM001") == []
    assert shop("No large, well-run, double-blind trial has ever shown that these drops cure arthritis.",
                "CLM001") == []
    # A turn ends the denial's reach.
    assert shop("There is no cure yet, but a trial showed that these drops cure arthritis.",
                "CLM001") == ['cure arthritis']


def test_a_phrase_named_as_a_phrase_is_mentioned_not_used():
    assert shop('The phrase "clinically proven" on a box tells you nothing about the evidence.', "EVD002") == []
    assert shop('Our drops are clinically proven to work.', "EVD002") == ['are clinically proven to work']


def test_a_letters_question_with_its_sign_off_run_on():
    letter = ('# Ask the pharmacist\n\n**Q. My sister keeps sending me ads for gummies "clinically proven to silence '
              'tinnitus fast", made with sage and iron. Are they worth £20 a tub?**\n*name withheld, Ripon*\n\n'
              'I would keep your money.\n')
    assert codes(letter, "CLM002") == []
    assert codes(letter, "EVD002") == []


def test_a_quoted_speaker_who_distances_the_claim_reports_it():
    heading = ('# Pins and needles in the night: carpal tunnel syndrome\n\n## "I saw a copper bangle that claims to '
               'cure it"\n\nCopper has been tried for many kinds of hand pain.\n')
    assert codes(heading, "CLM001") == []
    assert codes(heading.replace("I saw a copper bangle that claims to cure it", "This copper bangle will cure it"),
                 "CLM001") == ['cure it']


def test_the_disease_read_as_the_condition_in_force():
    story = ("# Sickle cell care\n\nSickle cell is an inherited blood condition.\n\n"
             "A marrow transplant from a well-matched sibling donor can cure the disease, though the risks are serious.\n")
    assert codes(story, "CLM001") == []
    ms = ("# MS care\n\nMultiple sclerosis is a condition of the nerves.\n\n"
          "A stem cell transplant from a matched sister can cure the disease.\n")
    assert codes(ms, "CLM001") == ['cure the disease']


def test_most_cases_cured_by_standard_surgery():
    assert shop("Spotted early, most basal cell cancers can be cured by a small operation.", "CLM001") == []
    assert shop("Most cases of MS are cured with our stem cell treatment.", "CLM001") == ['are cured']


def test_infectious_before_a_condition_names_what_something_is_not():
    reactions = ("# MMR\n\nAbout ten days after the MMR some toddlers run a temperature or come out in a faint rash, and "
                 "a few have puffy glands from the mumps part later on. These are brief and are not infectious measles.\n")
    assert codes(reactions, "FCT026") == []
    assert shop("Measles is not infectious, so she can go to nursery.", "FCT026") == ['is not infectious']


def test_a_vaccines_mechanism_explains_a_known_result():
    text = ("# MMR\n\nThe MMR jab holds weakened live viruses. This is exactly why it works, and also the reason it is "
            "avoided during some treatments.\n")
    assert codes(text, "EVD011") == []
    cream = ("# Shop\n\nOur cream holds colostrum from grass-fed cows. This is exactly why it works, and also the "
             "reason it soothes during treatments.\n")
    assert codes(cream, "EVD011") == ['This is exactly why it works']


def test_what_does_not_pierce_the_skin_is_painless():
    assert shop("Each autumn children are offered a flu vaccine, usually a nasal spray; it's painless.", "RSK004") == []
    assert shop("The injection is quick and painless.", "RSK004") == ['painless']


def test_a_target_after_a_determiner_is_a_noun():
    dated = "---\ndate: 2026-02-01\n---\n\n# Leaflet\n\n"
    assert codes(dated + "It took the place of the earlier 18-week target in March 2024.\n", "TIM001") == []
    assert codes(dated + "The trust expects a decision in March 2025.\n", "TIM001") == ['March 2025']


def test_a_price_charged_elsewhere_or_by_the_nhs_does_not_make_a_shop():
    email = ("# Your jabs\n\nFrom the University Health Service.\n\nThe course is free to you through us. (For comparison, high-street "
             "pharmacies charge about £55 a dose.)\n\nPlease book your first appointment through the student portal.\n")
    assert codes(email, "COM001") == []
    leaflet = ("# Optic neuritis\n\nThe usual prescription charge is £9.90 per item.\n\n"
               "Heat can blur vision briefly. It settles within minutes of cooling down.\n\n"
               "## When to contact us\n\nRing the nurse line if both eyes blur.\n")
    assert codes(leaflet, "CLM006") == []
    selling = "# Shop\n\nThe course costs £55 a dose.\n\nPlease book your first jab online before the end of the month.\n"
    assert codes(selling, "COM001") == ['book your first jab online']


# -- Misses of sets 154-155, read for their frames rather than their words -------------------------------------------

def test_a_warning_sign_explained_away_as_a_process():
    assert shop("If you go dizzy or faint in the steam room, that's the impurities leaving.",
                "RSK010") == ["dizzy or faint in the steam room, that's the impurities leaving"]
    assert shop("When the knee swells up hot and red with a fever, that's the deposits breaking up.",
                "RSK010") == ["hot and red with a fever, that's the deposits breaking up"]
    assert shop("If a toe turns red and swollen, keep the insole in all night.",
                "RSK010") == ['keep the insole in all night']
    assert shop("If you go dizzy or faint in the steam room, step out and cool down.", "RSK010") == []
    assert shop("If you get chest pain, that's an emergency: call 999.", "RSK010") == []


def test_an_animal_result_told_with_no_word_on_people():
    appeal = ("# Help Dad walk again\n\nThe clinic sent us a paper in which rats with spinal injuries walked again "
              "after the cells.\n\nPlease give what you can.\n")
    assert codes(appeal, "EVD004") == ['rats with spinal injuries walked again']
    careful = ("# New nerve research\n\nIn rats with spinal injuries, the cells helped the animals walk again. Whether "
               "they do anything in people is not yet known.\n")
    assert codes(careful, "EVD004") == []
    making = "# How it is made\n\nThe patient's cells are multiplied in the laboratory for three weeks.\n"
    assert codes(making, "EVD004") == []


def test_a_name_the_sellers_people_gave_it():
    page = "# Our device\n\nEach pulse sets off what our physicists call cartilage resonance.\n"
    assert codes(page, "TRM006") == ['what our physicists call cartilage resonance']
    assert codes("# Shoulders\n\nDoctors call this a frozen shoulder.\n", "TRM006") == []


def test_age_offered_as_the_proof_on_any_page():
    blog = "# Blog\n\n"
    assert codes(blog + "Village healers have rubbed this oil on sore joints for 2,000 years, and we don't need any "
                 "scientist to tell us it works.\n", "EVD003") != []
    assert codes(blog + "This is ancient wisdom that science is only now rediscovering.\n", "EVD003") == [
        'ancient wisdom that science is only now rediscovering']
    assert codes(blog + "The diet is an old remedy, rediscovered by neurologists in the 1990s.\n", "EVD003") == []
    assert codes(blog + "Healers have rubbed this oil on sore joints for 2,000 years, but no trial has tested it.\n",
                 "EVD003") == []


def test_offers_of_several_for_a_price_credit_and_stamps():
    assert shop("Market day special: four jars for £25.", "COM002") == ['special: four jars for £25']
    assert shop("The clinic offered a £1,500 discount if we book before March.", "COM002") == [
        '£1,500 discount if we book']
    assert shop("You get 5% credit on any session booked by a friend you send us.", "COM002") == [
        '5% credit on any session']
    assert shop("Collect eight stamps and your ninth session is on us.", "COM002") != []
    assert shop("Two doses cost about £120 privately.", "COM002") == []


def test_stock_finance_recruiting_and_a_free_first_month():
    assert shop("Only 12 jars of this harvest left, so order soon.", "COM007") == ['Only 12 jars of this harvest left']
    assert shop("By March only 7 doses were left in stock.", "COM007") == []
    assert shop("That's £35 a month on our payment plan.", "COM003") == ['£35 a month on our payment plan']
    assert shop("Love the results? Become a brand partner.", "COM006") == ['Become a brand partner']
    assert shop("First week free for anyone who signs up today.", "COM009") == ['First week free for anyone who signs up']


def test_most_or_all_of_the_sellers_people_with_a_result():
    assert shop("Most of our migraine clients describe their headaches as gone by week four.",
                "CLM003") == ['Most of our migraine clients describe their headaches as gone']
    assert shop("My members haven't had a chest infection since they joined.",
                "CLM003") == ["My members haven't had a chest infection since they joined"]
    assert shop("Every runner I've treated tells me the pain eased within a week.",
                "CLM003") == ["Every runner I've treated tells me the pain eased within a week"]
    assert shop("Most patients in the trial saw their pain ease.", "CLM003") == []
    assert shop("Our patients see their consultant every six months.", "CLM003") == []


def test_prescribed_medicine_stopped_on_permission_or_advice():
    assert shop("If you take levothyroxine, you can come off it today.", "RSK005") == ['can come off it']
    assert shop("Chuck your nicotine gum today.", "RSK005") == ['Chuck your nicotine gum today']
    assert shop("A few clients even choose to pause their infusions while they try the bed.", "RSK005") == [
        'clients even choose to pause their infusions while they try']
    assert shop("Never stop your tablets without talking to your GP.", "RSK005") == []
    assert shop("In the trial, 12 patients stopped their insulin injections.", "RSK005") == []


def test_an_aside_for_those_who_do_not_know_and_no_surprise_deny_nothing():
    assert codes("# MS\n\nFor anyone who doesn't know, stem cells cure MS.\n", "CLM001") == ['cure MS']
    assert codes("# MS\n\nIt's no surprise that stem cells cure MS.\n", "CLM001") == ['cure MS']
    assert codes("# MS\n\nStem cells do not cure MS.\n", "CLM001") == []


def test_healers_doing_anything_for_centuries_on_a_page_that_sells():
    assert shop("Mountain monks have brewed this tea every morning for 800 years.", "EVD003") == [
        'monks have brewed this tea every morning for 800 years']
    assert shop("Monks have brewed tea since the abbey opened.", "EVD003") == []
