"""Everyday health myths (knowledge/general/myths-everyday.toml), checked by FCT009 in any article.

For each fact: the myth in several wordings is reported with the fact's id; the fact stated
carefully, the myth told in order to correct it, denied or asked about, and true statements close
to it (oral minoxidil does need a prescription; a wheat allergy can be outgrown) are not."""

import tomllib
from pathlib import Path

import pytest

from test_fact_wordings import contradicted

OPENING = "# Health questions, answered\n\nWhat readers ask us most.\n\n"
PACK = Path(__file__).resolve().parent.parent / "knowledge" / "general" / "myths-everyday.toml"

# fact id -> (sentences that state the myth, sentences that must pass)
CASES = {
    "general-cholesterol-mostly-made-by-liver": (
        ["All of our cholesterol comes from what we eat.",
         "Cholesterol comes only from food, so just cut out eggs.",
         "Your body can't make cholesterol, so every bit of it is from your plate.",
         "Blood cholesterol is entirely down to diet."],
        ["Myth: all your cholesterol comes from food. Fact: the liver makes most of it.",
         "Does all cholesterol come from what we eat? No, the liver makes most of it.",
         "Cholesterol doesn't only come from food.",
         "Some cholesterol comes from foods such as eggs and prawns.",
         "Eating less saturated fat can help lower your cholesterol."],
    ),
    "general-blood-pressure-160-not-normal": (
        ["A blood pressure of up to 160/100 is perfectly normal.",
         "Anything under 160/100 is nothing to worry about.",
         "Normal blood pressure is anything up to 160 for the over-sixties.",
         "160 over 100 is now considered a normal reading for older people."],
        ["Is 160/100 normal? No, it is high.",
         "A 160/100 result isn't normal and should be rechecked.",
         "The ideal range runs from about 90/60 to 120/80.",
         "At the surgery, 140/90 or above is classed as high.",
         "Readings under 120/80 are normal.",
         "It is a myth that anything under 160/100 is normal.",
         "Stage 2 hypertension starts at 160/100."],
    ),
    "general-blue-light-does-not-cause-cataracts": (
        ["Blue light from your phone causes cataracts.",
         "Staring at screens all day will give you cataracts.",
         "Cataracts are now mainly caused by blue light from devices.",
         "Hours on the laptop lead to cataracts in young people.",
         "Too much screen time will give kids cataracts."],
        ["Blue light from screens does not cause cataracts.",
         "Can blue light cause cataracts? Nothing shows that it does.",
         "Myth: screens cause cataracts. Fact: ageing is the main cause.",
         "Ultraviolet light from the sun raises the risk of cataracts, so wear sunglasses outdoors.",
         "Most cataracts are caused by ageing.",
         "Long spells at a screen can leave your eyes tired and dry.",
         "Screens cause eye strain, not cataracts.",
         "UV light, unlike the blue light from screens, can cause cataracts."],
    ),
    "general-cataract-inside-the-lens": (
        ["A cataract is a milky film that spreads over the front of your eye.",
         "Cataracts are a skin growing across the surface of your eye.",
         "During cataract surgery, the surgeon peels the skin off your eye.",
         "A cataract is a milky layer covering the eyeball."],
        ["A cataract is a cloudy patch in the lens inside the eye.",
         "Is a cataract a film over the eye? No, it is clouding of the lens.",
         "A pterygium is a growth of tissue over the white of the eye.",
         "Cataract surgery takes out the clouded lens and puts in an artificial one.",
         "Myth: a cataract is a skin growing over the eye. Fact: it is a cloudy lens.",
         "A cataract makes the lens of the eye cloudy."],
    ),
    "general-blue-light-glasses-not-advised": (
        ["The AAO recommends blue light glasses for every computer user.",
         "Eye doctors recommend blue light blocking glasses to protect your eyes from screens.",
         "Ophthalmologists advise wearing blue-light filtering lenses at work.",
         "Eye specialists now urge everyone to get blue light glasses."],
        ["Do eye doctors recommend blue light glasses? The AAO doesn't.",
         "Some people like blue light glasses, but ophthalmologists do not recommend them.",
         "The AAO suggests regular breaks for people who wear glasses at a screen.",
         "Ophthalmologists recommend sunglasses that block ultraviolet light.",
         "You may have heard that eye doctors recommend blue light glasses, but the US academy of eye surgeons doesn't."],
    ),
    "general-covid-spreads-mainly-through-air": (
        ["Covid mainly spreads through contaminated surfaces.",
         "Most people catch coronavirus from door handles and shopping.",
         "Surfaces are the main way COVID-19 is passed on, so wipe everything down.",
         "Covid is not airborne."],
        ["Covid is mostly caught by breathing in the virus, so open a window.",
         "Does Covid mainly spread on surfaces? No.",
         "You can catch Covid from a contaminated surface, but it is uncommon.",
         "Norovirus spreads easily through contaminated surfaces.",
         "Washing your hands helps stop the spread of many infections.",
         "Myth: Covid mainly spreads on surfaces. Fact: it spreads mainly through the air.",
         "Flu viruses can survive on hard surfaces for a day or so."],
    ),
    "general-ssris-work-on-serotonin": (
        ["SSRIs work by boosting dopamine in the brain.",
         "Sertraline is a dopamine booster.",
         "Antidepressants like fluoxetine raise your dopamine levels.",
         "Citalopram floods the brain with dopamine."],
        ["SSRIs do not work by boosting dopamine.",
         "Do SSRIs raise dopamine? Not directly: they act on serotonin.",
         "Sertraline increases the amount of serotonin available in the brain.",
         "Bupropion boosts dopamine and noradrenaline.",
         "Myth: SSRIs work by boosting dopamine. Fact: they act on serotonin.",
         "Levodopa is turned into dopamine in the brain.",
         "Unlike SSRIs, bupropion works by boosting dopamine."],
    ),
    "general-levodopa-not-toxic": (
        ["Levodopa is slowly toxic to your neurons.",
         "L-dopa tends to stop working after three years.",
         "Levodopa only works for a few years.",
         "Taking levodopa speeds up Parkinson's."],
        ["Levodopa isn't toxic to brain cells.",
         "Is levodopa toxic? Studies show it is not.",
         "Myth: levodopa stops working after a few years. Fact: it keeps helping.",
         "After some years on levodopa, some people get dyskinesia.",
         "Levodopa's effect can fade before the next dose."],
    ),
    "general-riluzole-extends-survival": (
        ["Riluzole does nothing to help people with motor neurone disease live longer.",
         "Riluzole was never shown to lengthen survival in ALS.",
         "Riluzole is useless, so don't bother with it.",
         "Riluzole doesn't prolong life at all."],
        ["Riluzole can extend life by a few months.",
         "Does riluzole help people with MND live longer? Yes, modestly.",
         "Riluzole does not cure motor neurone disease.",
         "Riluzole can cause nausea and tiredness.",
         "It is a myth that riluzole is useless: it extends life a little."],
    ),
    "general-hip-replacements-last-decades": (
        ["Hip replacements only last around ten years.",
         "Hip replacements wear out after 10 years, so you'll need another operation.",
         "Most artificial hips need replacing within a decade.",
         "Your new hip will last 10-15 years at most."],
        ["About 58 in 100 hip replacements last 25 years.",
         "Does a hip replacement only last ten years? No, most last much longer.",
         "Some hip replacements wear out and need a second operation.",
         "Myth: a new hip lasts only ten years. Fact: most last far longer.",
         "Recovery after a hip replacement takes around 10 weeks.",
         "A small share of hip replacements need replacing within 10 years."],
    ),
    "general-induction-not-always-caesarean": (
        ["Induction inevitably ends in a caesarean.",
         "Induction of labour leads to a C-section.",
         "Most women who are induced end up with an emergency caesarean.",
         "Being induced means you'll need a caesarean."],
        ["Most women who are induced give birth vaginally.",
         "Does induction always lead to a caesarean? No.",
         "Sometimes an induction does not work and a caesarean is needed.",
         "A caesarean may be offered if induction does not start labour.",
         "An induced labour doesn't always finish with a caesarean.",
         "Myth: induction always leads to a caesarean. Fact: most induced women have a vaginal birth."],
    ),
    "general-few-babies-born-on-due-date": (
        ["Most babies arrive bang on their due date.",
         "Your baby will almost certainly arrive on the due date.",
         "The majority of babies arrive right on their due date.",
         "One in three babies is born on their due date."],
        ["Only about 1 in 25 babies arrives on the due date.",
         "Are most babies born on their due date? No.",
         "Most babies are born between 37 and 42 weeks.",
         "The due date is counted forward 40 weeks from the start of the last period.",
         "Most babies are not born on their due date.",
         "Myth: most babies turn up on their due date. Fact: about 1 in 25 do.",
         "Most babies are born within two weeks of their due date."],
    ),
    "general-placenta-does-not-expire-at-40-weeks": (
        ["Your placenta packs up at 40 weeks.",
         "After your due date the placenta starts to shut down.",
         "The placenta has a use-by date.",
         "Once you pass 40 weeks, the placenta can no longer feed the baby."],
        ["Does the placenta stop working at 40 weeks? No.",
         "Myth: at 40 weeks the placenta stops working. Fact: it has no expiry date.",
         "The placenta does not have an expiry date.",
         "The risk of stillbirth rises slightly after 41 weeks.",
         "The placenta is delivered after the baby.",
         "After 42 weeks, the placenta may work less well."],
    ),
    "general-period-pain-from-womb-contractions": (
        ["Period pain is caused by the womb lining tearing off the muscle underneath.",
         "Cramps happen because your uterine lining is ripping off the wall of the uterus.",
         "That pain you feel is the lining of your womb being torn away.",
         "Each month the endometrium rips away, and that is what hurts."],
        ["Period pain happens when the muscle of the womb contracts.",
         "Is period pain caused by the lining tearing? No, it comes from the womb muscle contracting.",
         "Myth: period pain is the womb lining tearing. Fact: it is the muscle contracting.",
         "During a period, the womb lining is shed.",
         "Ibuprofen eases period pain by lowering prostaglandins."],
    ),
    "general-endometriosis-tissue-outside-womb": (
        ["Endometriosis is when the lining of your womb grows too thick.",
         "Endometriosis means an overly thick uterine lining.",
         "In endometriosis, the womb lining gets thicker than normal.",
         "Endometriosis is basically a womb lining that grows abnormally thick."],
        ["In endometriosis, tissue like the womb lining grows outside the womb.",
         "Is endometriosis a thick womb lining? No.",
         "Endometrial hyperplasia is when the womb lining becomes too thick.",
         "Endometriosis is different from endometrial hyperplasia, where the lining grows too thick.",
         "Myth: endometriosis is a womb lining that grows too thick. Fact: lining-like tissue grows beyond the womb."],
    ),
    "general-endometriosis-diagnosis-takes-years": (
        ["Endometriosis is usually diagnosed within a few months.",
         "Most women get an endometriosis diagnosis within a year.",
         "It takes just one year on average to be diagnosed with endometriosis.",
         "Endometriosis is quick and easy to diagnose."],
        ["On average, it takes about eight years to get an endometriosis diagnosis in the UK.",
         "Is endometriosis quick to diagnose? No, it often takes years.",
         "Endometriosis is not easy to diagnose.",
         "A laparoscopy is the only way to be sure of the diagnosis.",
         "Some people believe endometriosis is quick to diagnose, but this is wrong.",
         "Some women are diagnosed within a year, but most wait far longer."],
    ),
    "general-hearing-checks-for-late-talkers": (
        ["Hearing has nothing to do with late talking.",
         "Glue ear doesn't affect speech development.",
         "Late talkers don't need a hearing test.",
         "Mild hearing loss doesn't hold back a toddler's speech."],
        ["If your child is late to talk, ask for a hearing test.",
         "Glue ear can cause temporary hearing loss and delay speech.",
         "Does glue ear affect speech? It can, so get your child's hearing checked.",
         "Glue ear usually gets better without treatment in about three months.",
         "Hearing problems are not the only cause of speech delay.",
         "Myth: glue ear doesn't affect speech. Fact: it can delay it."],
    ),
    "general-bilingual-children-not-delayed": (
        ["Raising a child bilingual causes speech delay.",
         "Speaking two languages at home will confuse your toddler.",
         "Bilingual children are always late talkers.",
         "Stop using your home language if you want his speech to catch up."],
        ["Bringing up a child with two languages does not cause speech delay.",
         "Bilingual children reach their language milestones at about the same ages as other children.",
         "Does being bilingual cause speech delay? No.",
         "Bilingual toddlers often mix words from both languages, and that is normal.",
         "Keep speaking your home language with your child.",
         "Myth: raising a child bilingual causes speech delay. Fact: it does not.",
         "Learning two languages can result in stronger thinking skills."],
    ),
    "general-most-late-talkers-not-autistic": (
        ["Late talkers are usually autistic.",
         "Most children who talk late have autism.",
         "Speech delay means your child is on the spectrum.",
         "Not talking by two is a sure sign of autism."],
        ["The majority of late talkers aren't autistic.",
         "Late talking can be one sign of autism, so raise it with your health visitor.",
         "Is my late talker autistic? Most are not, but it is worth getting checked.",
         "Many autistic children are late to talk.",
         "Myth: late talkers are usually autistic. Fact: most are not."],
    ),
    "general-bad-breath-mostly-from-mouth": (
        ["Bad breath comes from your stomach.",
         "Most halitosis starts in the gut rather than in the mouth.",
         "Persistent bad breath is a sign of poor digestion.",
         "Bad breath is usually caused by toxins in your colon."],
        ["Most bad breath comes from bacteria in the mouth.",
         "Does bad breath come from the stomach? Rarely.",
         "Myth: bad breath comes from the stomach. Fact: it usually starts in the mouth.",
         "Gum disease is a common cause of bad breath.",
         "Cleaning your tongue helps with bad breath.",
         "Bad breath can come from the stomach in people with reflux."],
    ),
    "general-collagen-digested-not-absorbed-whole": (
        ["Collagen is absorbed whole and goes to work on your gut lining.",
         "Our collagen powder seals the holes in a leaky gut.",
         "Collagen is a complete protein.",
         "The collagen you drink travels straight to your skin and joints."],
        ["Collagen is broken down into amino acids when you digest it.",
         "Is collagen a complete protein? No, it lacks tryptophan.",
         "Collagen powder is not absorbed whole.",
         "Collagen gives skin its strength.",
         "Vitamin C helps your body make its own collagen.",
         "Myth: collagen is absorbed whole. Fact: it is digested like any protein.",
         "Collagen peptides are absorbed from the gut as amino acids and small peptides."],
    ),
    "general-coeliac-autoimmune-lifelong": (
        ["Coeliac is basically an allergy to wheat.",
         "Children often grow out of coeliac disease.",
         "Coeliac disease is just a wheat allergy.",
         "After a few years gluten-free, people with coeliac disease can eat bread again."],
        ["Coeliac disease is autoimmune rather than allergic.",
         "Do kids outgrow coeliac disease? No.",
         "A wheat allergy is different from coeliac disease.",
         "Many children grow out of a wheat allergy.",
         "Some people with coeliac disease can eat oats labelled gluten-free.",
         "It's a myth that kids simply outgrow coeliac disease.",
         "Coeliac disease is not an allergy to wheat.",
         "Unlike coeliac disease, milk allergy is something kids outgrow."],
    ),
    "general-narcolepsy-tell-dvla": (
        ["You don't have to inform the DVLA about mild narcolepsy.",
         "Narcolepsy is not a notifiable condition for drivers.",
         "People with narcolepsy can keep driving without telling the DVLA.",
         "Narcolepsy doesn't need to be declared to the DVLA."],
        ["If you have narcolepsy, you must tell the DVLA.",
         "Does the DVLA have to be told about narcolepsy? Yes.",
         "Many people with narcolepsy are allowed to drive once their symptoms are controlled.",
         "There's no need to notify the DVLA about hay fever.",
         "Myth: there's no need to inform the DVLA about narcolepsy. Fact: there is.",
         "Anyone diagnosed with narcolepsy has to notify the DVLA."],
    ),
    "general-baby-reflux-common-and-passes": (
        ["Reflux in babies is rare.",
         "Only about one baby in a hundred has reflux.",
         "Your baby's reflux won't go away without our formula.",
         "Our drops strengthen your baby's weak oesophageal valve.",
         "This formula for babies with reflux helps strengthen the valve."],
        ["Reflux is very common in babies and usually gets better by their first birthday.",
         "Is baby reflux rare? No, it affects at least 4 in 10 babies.",
         "See a GP if your baby still has reflux after their first birthday.",
         "In rare cases an operation tightens the ring of muscle where the food pipe meets the stomach.",
         "About 1 in 100 babies with reflux needs medicine.",
         "Myth: reflux in babies is rare. Fact: it affects at least 4 in 10.",
         "Reflux in adults is common too.",
         "Some supplements claim to strengthen the lower oesophageal sphincter."],
    ),
    "general-reflux-babies-sleep-flat-on-back": (
        ["Babies with reflux should sleep on their side.",
         "Raise the head of the cot to help your baby's reflux.",
         "Put a pillow under the mattress so your baby sleeps propped up.",
         "A sleep wedge is the safest way for a reflux baby to sleep.",
         "Propping up the top end of the mattress is safe for reflux babies."],
        ["Babies with reflux still go down on their backs for every sleep.",
         "Do not raise the head of your baby's cot.",
         "Should babies with reflux sleep on their side? No.",
         "Hold your baby upright for a while after feeds.",
         "Supervised tummy time during the day builds neck strength.",
         "Myth: babies with reflux should sleep on their side. Fact: back to sleep is safest for every baby.",
         "Some parents raise the head of the cot, but the NHS advises against it."],
    ),
    "general-cranberry-not-acid-not-treatment": (
        ["Cranberry juice works by making your urine more acidic.",
         "Drink cranberry juice to cure a UTI.",
         "Cranberry capsules will clear up your bladder infection in a few days.",
         "Cranberry acidifies the urine and kills the bacteria."],
        ["For some women, cranberry products may cut the number of repeat UTIs.",
         "Does cranberry juice cure cystitis? No, see a pharmacist or GP.",
         "Antibiotics are used to treat most urinary tract infections.",
         "Cranberry juice does not treat a UTI that has already started.",
         "Myth: cranberry juice cures a UTI. Fact: it does not treat an infection.",
         "Cranberry juice is acidic."],
    ),
    "general-lazy-eye-brain-glasses-prevalence": (
        ["Lazy eye is caused by weakened eye muscles.",
         "Glasses will make your child's lazy eye even lazier.",
         "Amblyopia affects one in four children.",
         "Lazy eye is just a weak muscle that eye exercises can fix."],
        ["With a lazy eye, the developing brain tunes out the blurrier eye.",
         "Do glasses make a lazy eye worse? No, they are often the first treatment.",
         "About 1 in 50 children develop a lazy eye.",
         "With a squint, the two eyes look in different directions.",
         "Patching the stronger eye makes the brain use the weaker one.",
         "Myth: glasses make a lazy eye worse. Fact: they are often the first treatment."],
    ),
    "general-male-pattern-hair-loss-facts": (
        ["Male pattern baldness is down to poor blood flow in the scalp.",
         "The growth phase of a hair only lasts a few weeks.",
         "Minoxidil is only sold on prescription here.",
         "You can't buy Regaine without a prescription."],
        ["Male pattern baldness is mainly caused by genes and hormones.",
         "Does poor circulation cause baldness? No.",
         "UK chemists sell minoxidil foam with no prescription needed.",
         "Oral minoxidil is sold on prescription only.",
         "Finasteride tablets for hair loss need a prescription.",
         "Myth: baldness is caused by poor circulation. Fact: genes and hormones cause it.",
         "In male pattern baldness, the growth phase gets shorter with each cycle.",
         "In male pattern baldness, the growth phase shrinks until it lasts only a few weeks."],
    ),
    "general-osteoporosis-not-inevitable": (
        ["Osteoporosis is simply a natural consequence of growing old.",
         "Everyone gets osteoporosis eventually.",
         "Your bones stop rebuilding themselves at 30.",
         "After 30, your body can't build new bone."],
        ["Bone density naturally falls as we get older.",
         "Is osteoporosis inevitable? No.",
         "Bone is renewed throughout life.",
         "Osteoporosis becomes commoner with age.",
         "Peak bone mass is usually reached by about 30.",
         "It's a myth that osteoporosis is just a natural part of ageing.",
         "Your bones stop growing in length in your late teens.",
         "From about 35, your body can no longer build new bone as fast as it breaks it down."],
    ),
    "general-vitiligo-steroids-light-standard": (
        ["Steroid creams make vitiligo spread.",
         "Light therapy will make your vitiligo spread faster.",
         "Using steroid cream on vitiligo patches makes them grow.",
         "Phototherapy only spreads vitiligo."],
        ["Steroid creams and light therapy can bring back colour in some vitiligo patches.",
         "Do steroid creams make vitiligo spread? No.",
         "Vitiligo sometimes spreads over time, whatever treatment is used.",
         "Long-term use of strong steroid creams can thin the skin.",
         "Myth: steroid creams make vitiligo spread. Fact: they are a standard treatment.",
         "Injury to the skin can trigger new vitiligo patches.",
         "UVB can make vitiligo worse if it burns the skin."],
    ),
}

MYTHS = [(fact, sentence) for fact, (myths, _) in CASES.items() for sentence in myths]
PASSES = [(fact, sentence) for fact, (_, passes) in CASES.items() for sentence in passes]


def pack_facts() -> list[dict]:
    with PACK.open("rb") as handle:
        return tomllib.load(handle)["fact"]


@pytest.mark.parametrize("fact,sentence", MYTHS, ids=[s for _, s in MYTHS])
def test_the_myth_is_reported_with_its_fact(fact, sentence):
    assert contradicted(OPENING, sentence) == [fact]


@pytest.mark.parametrize("fact,sentence", PASSES, ids=[s for _, s in PASSES])
def test_corrections_denials_questions_and_true_statements_pass(fact, sentence):
    assert contradicted(OPENING, sentence) == []


@pytest.mark.parametrize("fact", pack_facts(), ids=lambda fact: fact["id"])
def test_the_fact_stated_carefully_is_not_reported(fact):
    assert contradicted(OPENING, fact["says"]) == []


def test_every_fact_of_the_pack_is_tested_both_ways():
    facts = pack_facts()
    assert {fact["id"] for fact in facts} == set(CASES)
    for fact in facts:
        myths, passes = CASES[fact["id"]]
        assert len(myths) >= 3 and len(passes) >= 3, fact["id"]
        assert fact["relation"] == "states" and fact["sources"] and fact["contradicted-by"], fact["id"]


def test_a_myth_in_a_longer_article_is_reported_once():
    text = ("Many parents ask when their baby will come. The placenta starts to fail after 40 weeks, so "
            "you will be induced. We asked a midwife what the evidence says.")
    assert contradicted(OPENING, text) == ["general-placenta-does-not-expire-at-40-weeks"]
