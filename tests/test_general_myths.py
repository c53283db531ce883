"""The general myths pack (knowledge/general/myths.toml): health myths and outdated advice checked
in every article, each reported with the fact it contradicts; corrections, denials, questions and
claims reported to be disputed are not."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

TITLE = "# Questions readers ask\n\n"


def fact_ids(sentence: str) -> list[str]:
    findings = lint_text(TITLE + sentence + "\n", "a.md", overrides=Overrides(select=("FCT009",)))
    return [f.message.rsplit("[", 1)[1].rstrip("]") for f in findings]


@pytest.mark.parametrize("sentence, fact", [
    ("Some doctors now think the measles jab triggers autism in a few toddlers.", "general-vaccines-no-autism"),
    ("Skip the flu shot this year: it can give you a mild case of the flu anyway.", "general-flu-vaccine-cannot-give-flu"),
    ("Ask your GP for antibiotics, which help you get over a cold faster.", "general-antibiotics-not-for-viruses"),
    ("Finish every course, or your body becomes resistant to antibiotics.", "general-bacteria-become-resistant"),
    ("Her type 1 diabetes was caused by years of sweets and fizzy drinks.", "general-type-1-diabetes-not-sugar"),
    ("A spoonful of honey is a good, gentle remedy and safe for babies with a cough.", "general-honey-not-for-babies"),
    ("Build a base tan in spring and it protects you from burning all summer.", "general-a-tan-does-not-protect"),
    ("Sunbeds are healthier than the midday sun because the dose is controlled.", "general-sunbeds-not-safer"),
    ("Pasteurization strips out the vitamins and enzymes that make milk worth drinking.",
     "general-pasteurisation-keeps-nutrients"),
    ("Alkaline water can neutralise the acidity of your blood within days.", "general-diet-does-not-change-blood-ph"),
    ("A three-day juice cleanse flushes out the toxins your liver cannot.", "general-detox-diets-remove-no-toxins"),
    ("Breast cancer is mostly inherited, so without a family history you can relax.",
     "general-breast-cancer-mostly-not-inherited"),
    ("Breast cancer only affects women, so men need not check.", "general-men-get-breast-cancer"),
    ("People with darker skin don't get skin cancer, so sunscreen is optional.",
     "general-dark-skin-can-get-skin-cancer"),
    ("Noise-induced hearing loss can be reversed with the right drops.", "general-noise-hearing-loss-permanent"),
    ("Vitamin C tablets ward off colds all winter.", "general-vitamin-c-does-not-prevent-colds"),
    ("Switch brands, because deodorants can raise your risk of breast cancer.",
     "general-antiperspirants-no-breast-cancer"),
    ("Sugar fuels tumours, so patients must give it up completely.", "general-sugar-does-not-feed-cancer"),
    ("A dating scan exposes your baby to a small dose of radiation.", "general-ultrasound-no-radiation"),
    ("The HPV vaccine is just for girls.", "general-hpv-vaccine-for-boys-too"),
    # The jab by its everyday name (0.30.11).
    ("The HPV jab is only given to girls.", "general-hpv-vaccine-for-boys-too"),
    ("Parents worry the HPV vaccine causes early menopause, and they are right to.",
     "general-hpv-vaccine-no-infertility"),
    ("The new mRNA vaccines alter your genetic code for good.", "general-mrna-vaccines-do-not-change-dna"),
    ("Cracking your knuckles leads to arthritis later in life.", "general-knuckle-cracking-not-arthritis"),
    ("Everyone over 40 should take a baby aspirin every day.", "general-daily-aspirin-not-for-everyone"),
    ("Wedge a spoon between their teeth so they do not choke during the seizure.",
     "general-no-swallowing-the-tongue"),
    ("A head cold is brought on by going out with wet hair.", "general-colds-are-viral"),
    ("Most peptic ulcers are due to stress.", "general-ulcers-not-stress"),
    ("Birthday cake turns kids hyperactive within the hour.", "general-sugar-no-hyperactivity"),
    ("Heart disease is mainly a man's problem.", "general-heart-disease-leading-cause-in-women"),
    ("Fibroids can turn into cancer if you leave them.", "general-fibroids-benign"),
    ("Hard exercise brings on a relapse in multiple sclerosis.", "general-exercise-safe-in-ms"),
    ("You can catch HIV from a shared cup.", "general-hiv-not-casual-contact"),
    ("Dementia is simply an inevitable part of getting older.", "general-dementia-not-normal-ageing"),
    ("Osteoporosis only happens to women.", "general-osteoporosis-men-too"),
    ("Teenage acne is caused by not washing.", "general-acne-not-dirt"),
    # (v0.30.44, sets 142-143)
    ("A spoon of honey is great at any age.", "general-honey-not-for-babies"),
    ("Honey is safe at any age.", "general-honey-not-for-babies"),
    ("Add a little raw honey to your baby's spoon.", "general-honey-not-for-babies"),
    ("Stir some honey into your infant's porridge.", "general-honey-not-for-babies"),
    ("Babies under six months can safely have manuka honey.", "general-honey-not-for-babies"),
    ("Dementia is just part and parcel of getting older.", "general-dementia-not-normal-ageing"),
    ("Dementia comes naturally with age.", "general-dementia-not-normal-ageing"),
    ("Dementia is to be expected in old age.", "general-dementia-not-normal-ageing"),
    ("Vitamin C halves the number of colds a child gets.", "general-vitamin-c-does-not-prevent-colds"),
    ("Taking vitamin C slashes the number of colds by half.", "general-vitamin-c-does-not-prevent-colds"),
    ("Most children only catch one or two colds a year.", "general-colds-are-viral"),
    ("Kids only get two colds a year.", "general-colds-are-viral"),
    ("Left untreated, a cold can linger for six weeks.", "general-colds-are-viral"),
    ("A cold left untreated will drag on for a month.", "general-colds-are-viral"),
    # (v0.30.46, set 145) Adults said to catch ten colds a year.
    ("The average adult catches ten colds every year.", "general-colds-are-viral"),
    ("Healthy adults get around twelve colds a year.", "general-colds-are-viral"),
    # (v0.30.48, sets 148-149) Honey called fine for babies from an age under a year; endometriosis said not to start
    # before the mid-twenties, to be fed by the pill and ruled out by a normal scan; type 1 diabetes said to be
    # reversible, and hypos said to happen only in type 1.
    ("These honey-sweetened teething biscuits are suitable from 7 months.", "general-honey-not-for-babies"),
    ("Babies can have honey from six months.", "general-honey-not-for-babies"),
    ("From 6 months old, babies can have a little honey.", "general-honey-not-for-babies"),
    ("Endometriosis doesn't start until your mid-twenties.", "general-endometriosis-facts"),
    ("Teenagers can't get endometriosis.", "general-endometriosis-facts"),
    ("It never begins before the age of 25, so painful periods at school are normal.", "general-endometriosis-facts"),
    ("The combined pill fuels endometriosis.", "general-endometriosis-facts"),
    ("A clear scan rules out endometriosis.", "general-endometriosis-facts"),
    ("If the scan was clear, you can be certain it isn't endometriosis.", "general-endometriosis-facts"),
    ("Type 1 diabetes can be reversed with the right diet.", "general-type-1-diabetes-not-sugar"),
    ("Hypos only affect those with type 1 diabetes.", "general-type-1-diabetes-not-sugar"),
    ("People with type 2 diabetes can't have a hypo.", "general-type-1-diabetes-not-sugar"),    # (v0.30.50, set 150) Ear candles said to suck out wax, and oil drops said to harden it.
    ("Ear candling creates a natural suction that pulls out the wax.", "general-earwax-is-protective"),
    ("Almond oil drops harden the wax in your ears.", "general-earwax-is-protective"),
    # (v0.30.51, sets 152-153)
    ("Most colds are caused by bacteria.", "general-colds-are-viral"),
    ("The flu jab contains a live virus.", "general-flu-vaccine-cannot-give-flu"),
    ("Some people skip the flu jab since it contains a live virus.", "general-flu-vaccine-cannot-give-flu"),
    ("You have to be over 75 to get a free flu jab.", "general-flu-vaccine-cannot-give-flu"),
    ("The sugar in sweets is what causes type 1 diabetes.", "general-type-1-diabetes-not-sugar"),
])
def test_a_myth_is_reported_with_the_fact_it_contradicts(sentence, fact):
    assert fact_ids(sentence) == [fact]


@pytest.mark.parametrize("sentence", [
    "Myth: the MMR vaccine causes autism. Fact: studies of millions of children show it does not.",
    "There is no evidence that vaccines cause autism.",
    "Does the flu jab give you flu? No: the injected vaccine holds no live virus.",
    "Antibiotics do not work against colds, which are caused by viruses.",
    "It is a myth that sugar feeds cancer.",
    "Men can get breast cancer too, though it is rare.",
    "Sunbeds are not a safer way to tan.",
    "Never give honey to babies under 12 months.",
    "The old claim that antiperspirants cause breast cancer has not held up.",
    "A 1998 paper claimed the MMR vaccine caused autism; it was later retracted.",
    "Vitamin C may slightly shorten colds but does not prevent them.",
    "Do not put anything in their mouth during a seizure.",
    "Some parents still believe the MMR vaccine causes autism, a claim that has been thoroughly debunked.",
    "Myth: colds come from getting cold and wet. Fact: viruses cause them.",
    "HIV is not passed on by kissing or sharing cups.",
    "Dementia is not a normal part of ageing.",
    "Many parents think the HPV jab is only for girls, but boys are offered it too.",
    # (v0.30.44, sets 142-143)
    "Never give honey to a baby under 12 months.",
    "Honey is fine for children over one.",
    "Don't add honey to your baby's food before their first birthday.",
    "Honey can cause infant botulism.",
    "Dementia is a disease, not normal ageing.",
    "Some slowing of memory is normal with age.",
    "For most people, vitamin C doesn't lower the number of colds.",
    "Vitamin C may shorten colds slightly.",
    "Children often catch eight or more colds a year.",
    "Most colds get better within a week or so.",
    "A cough can linger for a few weeks after a cold.",
    # Germs and toxins do cause infections and poisonings (0.30.12).
    "Malaria is caused by a parasite carried by mosquitoes.",
    "Botulism is caused by a toxin made by bacteria.",
    "Ciguatera is caused by a toxin from algae that builds up in reef fish.",
    # (v0.30.46, sets 144-145)
    "Adults catch two or three colds a year on average.",
    "Young children can catch a cold almost every month.",
    "Oligodendrocytes, not neurons, build the brain's myelin.",
    # (v0.30.48, sets 148-149)
    "Babies can start solids from 6 months, but honey should wait until they are 12 months.",
    "Our honey-free gummies are suitable from 6 months.",
    "Honey is suitable for children from 12 months.",
    "Never give honey to babies under 12 months, even though other foods are fine from 6 months.",
    "A clear ultrasound can't exclude endometriosis.",
    "The combined pill is one of the recommended treatments for endometriosis.",
    "Endometriosis can start in the teenage years.",
    "Endometriosis can begin in the teens, so severe period pain at school deserves a GP visit.",
    "Type 1 diabetes cannot be reversed; it needs insulin for life.",
    "People with type 2 diabetes who take gliclazide can have hypos.",
    "Type 2 diabetes can sometimes be put into remission with weight loss.",    # (v0.30.50, set 150)
    "A few drops of olive oil can soften earwax.",
    "Ear candles create no suction and do not remove wax.",
    "Colds are caused by viruses, so antibiotics will not help.",    # (v0.30.51, sets 152-153)
    "The NHS flu vaccine is free for everyone aged 65 or over.",
    "The children's nasal flu vaccine contains a weakened live virus.",
    "Type 1 diabetes is not caused by eating sugar.",
])
def test_corrections_denials_and_disputed_claims_are_not_reported(sentence):
    assert fact_ids(sentence) == []


@pytest.mark.parametrize("sentence, fact", [
    # How the body works and what tests and medicines do (knowledge/general/myths-body.toml, v0.30.19).
    ("Her echocardiogram tracks the heart's electrical activity.", "general-echocardiogram-is-ultrasound"),
    ("ACE inhibitors such as lisinopril lower your potassium.", "general-ace-inhibitors-raise-potassium"),
    ("Your haematocrit shows how much iron your blood carries.", "general-haematocrit-is-red-cell-share"),
    ("Red blood cells are produced by the kidneys.", "general-red-cells-made-in-bone-marrow"),
    ("T3 is only the storage form of the hormone.", "general-t3-is-the-active-thyroid-hormone"),
    ("TSH is produced by the thyroid.", "general-tsh-made-by-pituitary"),
    ("Myelin is made mainly of protein.", "general-myelin-made-by-glial-cells"),
    ("Thiamine is a fat-soluble vitamin stored for months.", "general-b-vitamins-water-soluble"),
    ("The spinal cord is part of the peripheral nervous system.", "general-spinal-cord-central-nervous-system"),
    ("The alcohol flush is an allergy to alcohol.", "general-alcohol-flush-not-allergy"),
    ("Your body clock is located in the pineal gland.", "general-body-clock-in-hypothalamus"),
    ("Autism can now be diagnosed with a simple blood test.", "general-no-blood-test-for-autism"),
    ("Autoimmune hepatitis is a type of viral hepatitis.", "general-autoimmune-hepatitis-not-viral"),
    ("Fewer than one bowel movement a day means constipation.", "general-constipation-definition"),
    ("The tongue is the strongest muscle we have.", "general-tongue-not-strongest-muscle"),
    ("Amantadine was originally designed as an antidepressant.", "general-amantadine-antiviral-origin"),
    ("Newborns are born mouth breathers.", "general-babies-breathe-through-nose"),
    ("An ejection fraction of 30% is perfectly normal in older people.", "general-ejection-fraction-normal-range"),
    ("Embryonic stem cells come from aborted babies.", "general-embryonic-stem-cells-from-ivf-embryos"),
    # (v0.30.41, sets 136-137)
    ("Myelin in the spinal cord is produced by the nerve cells.", "general-myelin-made-by-glial-cells"),
    ("Neurons make their own myelin.", "general-myelin-made-by-glial-cells"),
    ("The hair cells in your cochlea can grow back.", "general-noise-hearing-loss-permanent"),
    ("Hair cells of the inner ear regenerate with time.", "general-noise-hearing-loss-permanent"),
    # (v0.30.42, set 139)
    ("Your ear hair cells can regrow with the right diet.", "general-noise-hearing-loss-permanent"),
    ("Fibroids are a form of uterine cancer.", "general-fibroids-benign"),
    ("Fibroids are malignant.", "general-fibroids-benign"),
    # (v0.30.43, sets 140-141)
    ("Melatonin is basically a natural vitamin.", "general-melatonin-is-a-hormone"),
    ("Melatonin is simply a harmless nutrient.", "general-melatonin-is-a-hormone"),
    ("Nearly all bleeding gums are due to a shortage of vitamin C.", "general-bleeding-gums-gum-disease"),
    ("The majority of bleeding gums are due to low vitamin C.", "general-bleeding-gums-gum-disease"),
    # (v0.30.44, set 143)
    ("Argyria has never come from branded colloidal silver.", "general-argyria-is-permanent"),
    ("Shop-bought colloidal silver can't turn your skin blue.", "general-argyria-is-permanent"),
    # (v0.30.46, set 144) Myelin said to be made by "your" neurons.
    ("Myelin is produced by our own neurons.", "general-myelin-made-by-glial-cells"),
    ("Myelin is made by your nerve cells themselves.", "general-myelin-made-by-glial-cells"),
    # (v0.30.48, set 149) Fat, or the stromal vascular fraction, said to hold embryonic stem cells.
    ("Your own belly fat is full of embryonic stem cells.", "general-embryonic-stem-cells-from-ivf-embryos"),
    ("The stromal vascular fraction contains embryonic stem cells.", "general-embryonic-stem-cells-from-ivf-embryos"),
    # (v0.30.52, sets 154-155) Myelin said to come from blood cells; melatonin said to be a UK food supplement.
    ("Myelin is made by your white blood cells.", "general-myelin-made-by-glial-cells"),
    ("Melatonin is just a food supplement in the UK.", "general-melatonin-is-a-hormone"),
    ("Melatonin can be bought over the counter in the UK.", "general-melatonin-is-a-hormone"),
])
def test_the_body_and_its_tests(sentence, fact):
    assert fact_ids(sentence) == [fact]


@pytest.mark.parametrize("sentence", [
    "An echocardiogram is an ultrasound scan; an ECG records the heart's electrical signals.",
    "ACE inhibitors can raise potassium, so it is checked with a blood test.",
    "It is a myth that the tongue is the strongest muscle in the body.",
    "Is autism diagnosed with a blood test? No: a specialist team assesses the child.",
    "TSH is made by the pituitary gland, not by the thyroid.",
    "Red blood cells are made in the bone marrow.",
    # (v0.30.41, sets 136-137)
    "Oligodendrocytes make myelin in the brain.",
    "Inside the brain, oligodendrocytes rather than neurons build myelin.",
    "Once lost, our cochlear hair cells never regrow.",
    "Can the hair cells of the inner ear grow back? Not in people.",
    # (v0.30.42, set 139)
    "In people, the sensory hair cells of the ear never regrow.",
    "Fibroids are not cancerous.",
    # (v0.30.43, sets 140-141)
    "Melatonin is a hormone, not a vitamin.",
    "Severe vitamin C deficiency can make gums bleed.",
    # (v0.30.44, set 143)
    "Argyria has been reported with shop-bought products too.",
    "Silver has no known role in the body.",
    # (v0.30.46, set 144)
    "Oligodendrocytes wrap nerve fibres in myelin.",
    "Glial cells called oligodendrocytes produce myelin.",
    # (v0.30.48, set 149)
    "Fat contains adult stromal cells, not embryonic stem cells.",
    "Unlike embryonic stem cells, fat holds adult stem cells.",
    "Embryonic stem cells come from embryos left over from IVF.",
    # (v0.30.52, sets 154-155)
    "Myelin is made by oligodendrocytes, not blood cells.",
    "British doctors must prescribe melatonin; it is not sold in shops.",
    "In the US, melatonin is sold over the counter as a food supplement.",
])
def test_the_body_facts_told_right_or_corrected(sentence):
    assert fact_ids(sentence) == []
