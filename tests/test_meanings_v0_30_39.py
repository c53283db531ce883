"""Meanings read from blind sets 132-133 after their measurement at v0.30.38 (v0.30.39): their careful pages (a
nickname reported, the NHS's own free checks and consultations, a doctor who would never say a vaccine has no risks,
a per-unit association) and their misses (results promised for a seller's whole clientele, organs regenerated,
fear and distrust wording, aids and medicines dropped, unsafe use, tradition and borrowed authority as proof). Each
sentence is written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,)))]


SHOP = "# The Riverside Wellness Studio\n\nBook today for \u00a359. Call 0113 496 0456.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local business.\n\n"


@pytest.mark.parametrize("page, code, sentence, excerpts", [
    (SHOP, "CLM003", "90% of them came off their inhalers within two months.",
     ["90% of them came off their inhalers"]),
    (SHOP, "CLM003", "Nine out of ten patients sleep better after our programme.",
     ["Nine out of ten patients sleep better after our programme"]),
    (SHOP, "CLM003", "Nine in ten of our clients are completely pain-free after their second session.",
     ["Nine in ten of our clients are completely pain-free after their second session"]),
    (SHOP, "CLM003", "Your son will walk without his crutches by Christmas.",
     ["will walk without his crutches by"]),
    (SHOP, "CLM003", "It's what we hear from each buyer.",
     ["what we hear from each buyer"]),
    (SHOP, "CLM003", "Most babies settle within two treatments.",
     ["Most babies settle within two treatments"]),
    (SHOP, "CLM003", "Each person we've sold it to has got results.",
     ["Each person we've sold it to has got results"]),
    (SHOP, "CLM003", "All of our 200 testers reported deeper sleep.",
     ["All of our 200 testers reported"]),
    (SHOP, "CLM003", "Virtually every couple we help goes home with their baby.",
     ["Virtually every couple we help goes home with their baby"]),
    (SHOP, "CLM003", "Every client who has finished the plan has stopped having migraines.",
     ["Every client who has finished the plan has stopped having migraines"]),
    (SHOP, "CLM003", "Clients who swap their pills for the tea see their blood pressure drop within a month, every time.",
     ["Clients who swap their pills for the tea see their blood pressure drop within a month, every time"]),
    (SHOP, "CLM003", "Customers with psoriasis tell us their skin has gone back to normal.",
     ["Customers with psoriasis tell us their skin has gone back to normal"]),
    (SHOP, "CLM003", "Users regained their hearing within six weeks.",
     ["Users regained their hearing within"]),
    (SHOP, "CLM006", "The mist regenerates your airways.",
     ["regenerates your airways"]),
    (SHOP, "CLM006", "The tonic restores tired livers to full function.",
     ["restores tired livers to full function"]),
    (SHOP, "CLM006", "The headband that switches migraine off.",
     ["switches migraine off"]),
    (SHOP, "CLM006", "Our drops dissolve cataracts, so you'll never need an operation.",
     ["dissolve cataracts, so you'll never need an operation"]),
    (SHOP, "CLM006", "The capsules melt away the plaque in your arteries.",
     ["melt away the plaque"]),
    (SHOP, "CLM006", "Your hip will be back to where it was before the fall.",
     ["back to where it was before"]),
    (NEWS, "LNG010", "Every month we delay, more children go blind from this disease.",
     ["Every month we delay, more children go blind"]),
    (NEWS, "LNG010", "Stop letting arthritis steal your retirement.",
     ["Stop letting arthritis steal your"]),
    (NEWS, "LNG010", "Don't let your GP's doubts cost you your eyesight.",
     ["Don't let your GP's doubts cost you your eyesight"]),
    (NEWS, "LNG010", "We are a nation of insomniacs, she said.",
     ["a nation of insomniacs"]),
    (NEWS, "LNG010", "Your body clock is ticking faster than you think.",
     ["body clock is ticking faster"]),
    (NEWS, "LNG010", "Every year you wait costs you fertility you won't get back.",
     ["Every year you wait costs you"]),
    (NEWS, "LNG011", "Specialists simply don't like anything that they didn't invent.",
     ["Specialists simply don't like anything that they didn't"]),
    (NEWS, "LNG011", "Patients with back pain are being fobbed off, she said.",
     ["are being fobbed off"]),
    (NEWS, "LNG011", "She blamed a health service that just hands out pills.",
     ["a health service that just hands out pills"]),
    (NEWS, "LNG011", "This remedy is the last thing the drug companies want you to hear about.",
     ["the last thing the drug companies want you to hear"]),
    (SHOP, "LNG013", "Feel young again, not dried up and withered.",
     ["not dried up and withered"]),
    (SHOP, "LNG013", "Don't let thinning hair age you before your time.",
     ["Don't let thinning hair age you before your time"]),
    (NEWS, "LNG016", "He said his patients walk around with a cesspit inside them.",
     ["a cesspit inside them"]),
    (NEWS, "LNG004", "She has been confined to his wheelchair since the accident.",
     ["confined to his wheelchair"]),
    (SHOP, "EVD003", "The herb has been taken for centuries, so we know it works.",
     ["has been taken for centuries, so we know it works"]),
    (SHOP, "EVD003", "The sensor was first used with NASA.",
     ["first used with NASA"]),
    (SHOP, "EVD003", "A famous doctor has said on TikTok that she takes it every morning.",
     ["doctor has said on TikTok that she takes"]),
    (SHOP, "EVD003", "The proof is in your own results.",
     ["The proof is in your own results"]),
    (SHOP, "EVD003", "Since we launched, the messages keep pouring in.",
     ["the messages keep pouring in"]),
    (SHOP, "EVD003", "We can see it working with our own eyes.",
     ["We can see it working with our own eyes"]),
    (SHOP, "EVD003", "Healers have cared for babies with this oil for generations.",
     ["Healers have cared for babies with this oil for generations"]),
    (SHOP, "EVD008", "The tea removes 80% of toxins from the liver.",
     ["removes 80% of toxins"]),
    (SHOP, "EVD008", "Toxins leak back into your bloodstream.",
     ["Toxins leak back into your bloodstream"]),
    (SHOP, "EVD008", "The cream trains the skin cells to act like new ones.",
     ["trains the skin cells to act like new ones"]),
    (SHOP, "EVD008", "The massage wakes up the lining of the womb.",
     ["wakes up the lining"]),
    (SHOP, "EVD008", "The parasite vibrates until it bursts.",
     ["vibrates until it bursts"]),
    (SHOP, "RSK005", "Most of our members wean off their blood pressure medication within weeks.",
     ["Most of our members wean off their blood pressure medication"]),
    (SHOP, "RSK005", "Clients tell us they no longer need their inhalers.",
     ["Clients tell us they no longer need their inhalers"]),
    (SHOP, "RSK005", "We advise clients to stop them once they start the drops.",
     ["advise clients to stop them once they start"]),
    (SHOP, "RSK005", "You can stop metformin once the powder has been started.",
     ["You can stop metformin once the powder has been started"]),
    (SHOP, "RSK005", "I stopped taking my tablets after a month and never looked back.",
     ["I stopped taking my tablets after a month and never looked back"]),
    (SHOP, "RSK005", "The tablets are just holding you back.",
     ["The tablets are just holding you back"]),
    (SHOP, "RSK005", "Most guests stop both before their first visit.",
     ["Most guests stop both before their first visit"]),
    (SHOP, "RSK006", "You can take them yourself without asking your doctor.",
     ["take them yourself without asking your doctor"]),
    (SHOP, "RSK006", "There's no need to involve your diabetes team.",
     ["no need to involve your diabetes team"]),
    (SHOP, "RSK006", "The powder needs no monitoring at any dose.",
     ["needs no monitoring at any dose"]),
    (SHOP, "RSK006", "Don't wait for a diagnosis.",
     ["Don't wait for a diagnosis"]),
    (SHOP, "RSK011", "The clinic asks that he pauses his physiotherapy until the course ends.",
     ["pauses his physiotherapy"]),
    (SHOP, "RSK010", "Most clients are fine to drive straight after a drip.",
     ["fine to drive straight after a drip"]),
    (SHOP, "RSK010", "Keep driving as usual while the course works.",
     ["Keep driving as usual"]),
    (SHOP, "RSK010", "Sudden hearing loss is nothing to worry about.",
     ["Sudden hearing loss is nothing to worry about"]),
    (SHOP, "RSK010", "It's almost certainly just stress.",
     ["It's almost certainly just stress"]),
    (SHOP, "RSK010", "That headache is a detox reaction, so keep going.",
     ["detox reaction, so keep going"]),
    (SHOP, "RSK010", "Try the band for a week before you bother your GP.",
     ["before you bother your GP"]),
    (SHOP, "RSK012", "Pour a few drops of tea tree oil into the nebuliser.",
     ["Pour a few drops of tea tree oil into the nebuliser"]),
    (SHOP, "RSK012", "Drink five litres of the tonic every day.",
     ["Drink five litres of the tonic every day"]),
    (SHOP, "RSK012", "Run it on the highest setting all night.",
     ["on the highest setting all night"]),
    (SHOP, "RSK012", "Play it at full volume overnight.",
     ["at full volume overnight"]),
    (SHOP, "RSK008", "The gel is ideal for people who have had a stroke.",
     ["ideal for people who have had a stroke"]),
    (SHOP, "RSK004", "The only risk is disappointment.",
     ["The only risk is disappointment"]),
    (SHOP, "RSK002", "There's no nausea and there are no headaches with our pills.",
     ["There's no nausea and there are no headaches with our"]),
    (SHOP, "COM007", "Order in the next fifteen minutes and we'll add a free gift.",
     ["Order in the next fifteen minutes"]),
    (SHOP, "COM007", "We've only got 50 kits for today's offer.",
     ["only got 50 kits for today's"]),
    (SHOP, "COM007", "The launch price of £99 runs until Friday.",
     ["launch price of £99 runs until"]),
    (SHOP, "HYP001", "This is the most powerful cleanse ever brewed.",
     ["most powerful cleanse", "ever brewed"]),
])
def test_the_meaning_is_found(page, code, sentence, excerpts):
    assert found(page + sentence + "\n", code) == excerpts


@pytest.mark.parametrize("code, sentence", [
    ("LNG010", "High blood pressure rarely causes symptoms, which is why it is sometimes called a silent killer."),
    ("COM002", "Many local pharmacies give a free blood pressure check if you are over 40."),
    ("RSK002", "I would never tell you that any medicine has no risks."),
    ("EVD006", "Each 10 units higher was linked to about 20 per cent lower odds of the disease."),
    ("CLM003", "Most babies stop crying so much by three months."),
    ("RSK012", "Drink two litres of water a day."),
    ("RSK006", "Don't wait for your appointment if you feel worse: call 111."),
    ("RSK010", "Sudden hearing loss needs urgent assessment."),
])
def test_careful_wordings_are_left_alone(code, sentence):
    assert found(NEWS + sentence + "\n", code) == []


def test_an_nhs_consultation_is_free_by_the_service_not_as_a_sweetener():
    """Set 133's careful pharmacy page: the NHS service named in the sentence before makes "The consultation is free"
    its terms; on a private clinic's page the same words, beside "unlike the NHS", still sell."""
    nhs = ("# UTI help at your pharmacy\n\nOrder online today.\n\nUnder the NHS Pharmacy First service, our pharmacist "
           "can treat a urine infection. The consultation is free.\n")
    private = "# Our clinic\n\nBook your scan today for £99.\n\nUnlike the NHS, we see you within days. The consultation is free.\n"
    assert found(nhs, "COM009") == []
    assert found(private, "COM009") == ["consultation is free"]


@pytest.mark.parametrize("sentence, excerpts", [
    # A speaker's own refusal to say it denies it; what "they" will never tell you is asserted.
    ("I'd never tell you a treatment has no risks.", []),
    ("We won't tell you that the drops are risk-free.", []),
    ("What your doctor will never tell you: the drops have no side effects.", ["have no side effects"]),
])
def test_a_refusal_to_say_it_is_a_denial_only_in_the_speakers_own_voice(sentence, excerpts):
    assert found(SHOP + sentence + "\n", "RSK002") == excerpts
