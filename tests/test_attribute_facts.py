"""Attribute facts (knowledge/general/attributes.toml): which sex a condition is more common in
(FCT024), what kind of infection it is (FCT025), whether it is caught from other people (FCT026)
whether it is, or becomes, a cancer (FCT027), which age group it mostly affects (FCT028) and how it runs its
course (FCT039), read in the ways sentences state them, about
the condition the clause names or the one in force; and a medicine called a class it is not
recorded in (FCT004's closed world). Each meaning in several wordings, and the careful sentences
that share their words."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

OPENING = "# Health questions\n\n"

FLAGGED = {
    "FCT024": [
        "Cushing's syndrome is also more common in men.",
        "Men get kidney infections far more often than women do.",
        "Rheumatoid arthritis affects men three times as often as women.",
        "Scleroderma mostly affects men in their seventies.",
        "Lupus strikes men and women equally.",
        "Women are far less likely than men to get lupus.",
        "Gout mainly affects women.",
        "Boys are four times more likely than girls to develop migraine.",
        "Tailbone pain is commoner in men, who sit for longer at work.",
        "Hip dysplasia is more common in boys.",
        "Trigger finger mostly affects young men who lift weights.",
        "Lupus is more common in men who smoke than in women.",
        "Autism is more common in girls.",
        "Takotsubo cardiomyopathy mainly affects young men.",
        # MS, read here in the table's wordings as well as by its pack's fact (v0.30.7)
        "MS is an illness that strikes men about twice as often as women.",
        "Primary sclerosing cholangitis is more common in women.",
        "Gout affects about three times as many women as men.",
        "Most of the patients I see with lupus are men in their sixties.",
        "Lupus is mainly a men's disease.",
    ],
    "FCT025": [
        "Cholera is a virus.",
        "A kidney infection is a virus, so antibiotics won't touch it.",
        "Alopecia areata is a fungal infection of the scalp.",
        "Pityriasis rosea is a fungal infection that spreads from the gut.",
        "Dry socket is a bacterial infection of the gum.",
        "Athlete's foot is a bacterial infection.",
        "Seborrhoeic keratoses are caused by a virus and spread by touch.",
        "Athlete's foot is caused by tiny parasites living in damp socks.",
        "Measles is really caused by bacteria that spread in crowded rooms.",
        "Ringworm is a small worm that lives in pet fur.",
        "Spinal muscular atrophy is caused by a virus caught in infancy.",
        "My kidney infection came back. It's a virus, so antibiotics won't touch it.",
        "Lichen sclerosus (LS) causes itchy white patches. LS is a fungal infection caused by poor hygiene.",
        "Jock itch is a bacterial infection picked up in changing rooms.",
        "Geographic tongue is caused by a virus you catch from kissing.",
        "Lupus is caused by a virus that passes between people.",
        "Boils are a fungal infection, so use an antifungal cream.",
        "Gilbert's syndrome is caused by a virus picked up abroad.",
        "Erysipelas is a fungal infection of the skin.",
        "Eczema is, at heart, a yeast overgrowth that the body cannot shift.",
        # Conditions split off broader entities that held them as names.
        "Chlamydia is a virus, so antibiotics are pointless.",
        "Scarlet fever is a fungal infection.",
    ],
    "FCT026": [
        # the condition as the object of the claim's own verb: "catch it from"
        "Psoriasis is a skin condition. You can catch it off your partner.",
        "Cyclical vomiting syndrome is a gut condition. You can catch it off him.",
        "Giardiasis can't spread from person to person.",
        "Impetigo isn't contagious, so there is no need to keep him off school.",
        "Head lice are not catching.",
        "It is only head lice, and you can't pass it on to others.",
        "Coeliac disease is highly contagious in nurseries.",
        "My aunt caught rheumatoid arthritis off her husband.",
        "Heart disease can be passed on by sharing cups.",
        "Psoriasis is catching, so keep your towels apart.",
        "Dengue is easily passed from person to person on a crowded flight.",
        "Lyme disease is an STI as well as a tick bite.",
        "My grandson has a strawberry mark. It's contagious, so he stays home from nursery.",
        "Geographic tongue can be passed to your partner through kissing.",
        "Vitiligo spreads through skin contact with someone who has it.",
        "You can catch a kidney infection off a toilet seat.",
        "Histoplasmosis passes easily from person to person.",
        "Granuloma annulare is contagious, so keep your towels separate.",
        "Lupus is an infection you catch from your partner.",
    ],
    "FCT027": [
        "Pernicious anaemia is a kind of blood cancer.",
        "A strawberry mark is a form of skin cancer that shows up in babies.",
        "Left untreated, fibroids turn into cancer.",
        "Skin tags are precancerous growths.",
        "An enlarged prostate raises your risk of prostate cancer.",
        "Lichen planus is a slow-growing form of mouth cancer.",
        "Piles can develop into bowel cancer if ignored.",
        "Lipomas are malignant tumours of fat.",
        "Pearly penile papules can become cancerous over time.",
        "Dermatofibromas are a form of skin cancer.",
        "Left alone, a Baker's cyst turns cancerous.",
    ],
    "FCT029": [
        "Gout is a kind of arthritis. Women never get it.",
        "Osteoporosis is a women-only disease.",
        "Men never get breast cancer, so a lump is nothing to worry about.",
        "Only men get gout.",
        "Women can't get colour blindness.",
        "Lupus is a condition that strikes only women.",
    ],
    "FCT028": [
        "Pseudogout mainly affects people in their twenties and thirties.",
        "Otosclerosis mainly affects men over 70.",
        "Croup is an adult problem; children almost never get it.",
        "Sleep talking is essentially an adult problem.",
        "Polymyalgia rheumatica mostly strikes teenagers.",
        "Perthes disease is a condition of old age.",
        "Pyloric stenosis mainly affects the elderly.",
        # The second set of rows (knowledge/general/attributes-more.toml).
        "Keratoconus mostly affects the elderly.",
        "Osgood-Schlatter disease is a condition of old age.",
        "Spinal stenosis is mostly a teenager's injury from football.",
        "Kawasaki disease mainly affects the elderly.",
        "Pemphigoid is really a childhood condition.",
        "Kidney cancer mainly affects people under 40.",
        # When it begins, said of most people (v0.30.9).
        "Glaucoma usually starts in childhood.",
        "Croup typically begins after the age of 60.",
        "Most people with croup are diagnosed in their sixties.",
        "Penile cancer is a young man's cancer.",
    ],
    "FCT035": [
        "Marfan syndrome is passed down only through the mother's side of the family.",
        "Myasthenia gravis is passed from parent to child.",
        "Cystic fibrosis is handed down only through the mother's side.",
        "Haemochromatosis is caused by years of too much red meat.",
        "Huntington's disease is a recessive condition, so both parents must carry the gene.",
        "Sickle cell disease is not inherited.",
        "Thalassaemia can't be passed on to your children.",
        "Each child has a 50% chance of inheriting cystic fibrosis.",
        "Haemophilia is an autosomal recessive disorder.",
        "If neither parent has haemophilia, the baby can't get it.",
        "Frostbite runs in families.",
        "Tennis elbow is inherited.",
        "Cholera is a hereditary disease.",
        "Psoriasis comes only from the father's side.",
        "Male pattern baldness comes down the female line.",
        "Most motor neurone disease runs in families.",
    ],
    "FCT037": [
        "Sildenafil works by boosting testosterone.",
        "Viagra raises your testosterone levels for a few hours.",
        "The hormonal coil works by flooding the womb with oestrogen.",
        "Finasteride helps by shutting down testosterone.",
        "Antihistamines work by lowering cortisol.",
        "Metformin works by raising insulin.",
        "My GP gave me tamoxifen. It works by boosting testosterone.",
    ],
    "FCT036": [
        "Delayed ejaculation is the same thing as retrograde ejaculation.",
        "Medullary sponge kidney is basically the same as polycystic kidney disease.",
        "COPD is basically a form of asthma.",
        "Pulmonary hypertension is simply high blood pressure.",
        "Migraine is really just another name for tension headache.",
        "Psoriasis is simply a posh name for eczema.",
        "My doctor says it's COPD. It is really asthma under a different name.",
        "COPD and asthma are just two names for the same condition.",
        "Migraine is exactly the same thing as tension headache.",
        "MND is basically the same as MS.",
    ],
    "FCT004": [
        "Baclofen is a steroid.",
        # classes that overlap some of the first list's, distinct from these (a second fact)
        "Dupilumab is a steroid injection.",
        "Lithium, which is an antidepressant, evens out mood.",
        "Levodopa is a dopamine agonist that copies dopamine.",
        "Ondansetron is an antihistamine.",
        "Pyridostigmine is a steroid that dampens the immune system.",
        "Methotrexate, which is a steroid, is taken once a week.",
        "Aciclovir, an antibiotic, is used for cold sores.",
        "Naltrexone is basically a very mild opioid.",
        "Semaglutide is a modern form of slow-release insulin.",
        "Ibuprofen and diclofenac are both anti-inflammatory steroids.",
        "Oxymetazoline is a steroid.",
        "Ivermectin cream is an antibiotic.",
        "Fampridine, which is basically a steroid, helps walking.",
        "Restasis is basically a steroid.",
        "Paracetamol is an NSAID.",
        "Zopiclone is a benzodiazepine.",
        "Levothyroxine is a steroid.",
        "Metformin is a type of insulin.",
        "Omeprazole is an antibiotic.",
        "Colchicine is a steroid, so it thins the bones.",
        "Oxybutynin is an antibiotic for the bladder.",
        "Some men are given tamsulosin, an antidepressant that numbs you.",
        "Hydroxychloroquine is a chemotherapy drug.",
        "He still takes prochlorperazine, an antibiotic that only hides it.",
        "Other antidepressants include citalopram and mirtazapine, another SSRI that is given at night.",
        "Amitriptyline is an SSRI.",
    ],
    "FCT038": [
        "Thiamine, also known as vitamin B12, keeps your nerves healthy.",
        "Biotin (also called vitamin B12) is sold as a hair supplement.",
        "Lupus, otherwise known as rheumatoid arthritis, mostly affects women.",
        "Sativex is simply pure CBD with a prescription label.",
        "Fingolimod is basically a chemo drug.",
        "Customers tell us Sativex is simply pure CBD.",
    ],
    "FCT039": [
        "Adjustment disorder is a lifelong condition.",
        "Cerebral palsy is a progressive condition that worsens every year without treatment.",
        "Bell's palsy is a lifelong condition.",
        "Laryngomalacia gets worse as children grow.",
        "Croup never goes away.",
        "Motor neurone disease goes away on its own.",
    ],
}

CAREFUL = {
    "FCT024": [
        "Lupus is about nine times more common in women than in men.",
        "Gout is more common in men, but women can get it after the menopause.",
        "It is a myth that gout mostly affects women.",
        "Men with lupus often have more severe disease.",
        "Autism is diagnosed more often in boys than in girls.",
        "Women with gout are usually older.",
        "Unlike gout, which mostly affects men, lupus mostly affects women.",
        "Is migraine more common in men? No: women are about three times as likely to have it.",
        "Eczema affects boys and girls equally.",
        "MS affects women two to three times as often as men.",
        "Urinary incontinence was commoner among men who had the operation than among those who had radiotherapy.",
        "Lupus affects about nine times as many women as men.",
        "Most people with gout are men.",
    ],
    "FCT025": [
        "Is cholera a virus? No: it is caused by a bacterium.",
        "Cholera is not a virus.",
        "Unlike flu, which is a virus, cholera is caused by bacteria.",
        "Shingles is caused by the chickenpox virus.",
        "A kidney infection is usually caused by bacteria from the bladder.",
        "Alopecia areata is not an infection; it is autoimmune.",
        "Cellulitis can follow athlete's foot, which is a fungal infection.",
        "Some people think eczema is a bacterial infection, but it is not.",
        "Psoriasis may flare after a strep throat, which is a bacterial infection.",
        "Ringworm is a fungal infection, not a worm.",
        "Is flu caused by bacteria? No, by a virus.",
        "Lyme disease is bacterial. Tick-borne encephalitis (TBE) is not: TBE is a viral infection.",
        "A bacterial chest infection can follow flu.",
        "Endocarditis is usually caused by bacteria that reach the heart valves.",
        "A viral infection can set off a lupus flare.",
    ],
    "FCT004": [
        "Diazepam is a muscle relaxant as well as a benzodiazepine.",
        "Lithium is a mood stabiliser, sometimes added to an antidepressant.",
        "Dupilumab is a monoclonal antibody, not a steroid.",
        "Pyridostigmine is a cholinesterase inhibitor.",
        "Doxycycline is an antimalarial as well as an antibiotic.",
        "Aspirin, a statin, a beta blocker and an ACE inhibitor were prescribed.",
        "Pregabalin is not an opioid.",
        "Hydroxychloroquine, an antimalarial, is also used for lupus.",
        "Prednisolone is a steroid.",
        # A steroid is an anti-inflammatory drug too: the phrase is no NSAID's name (v0.30.10).
        "Cortisone, the first steroid anti-inflammatory drug, was made in the 1940s.",
        "The steroid cortisone, an anti-inflammatory drug, was first synthesised in the 1940s.",
        "Xylometazoline is a decongestant, not a steroid.",
        "Chloroquine is an antiparasitic drug.",
        "Steroid creams and antihistamines are both used for eczema.",
        "Naloxone is an opioid antagonist used to reverse overdoses.",
        "Zopiclone is not a benzodiazepine, though it works in a similar way.",
        "Quetiapine is an antipsychotic, sometimes used at low doses for sleep.",
        "Aspirin is an NSAID and an antiplatelet.",
        "Tamsulosin, an alpha blocker, relaxes the muscle around the bladder neck.",
        "Methotrexate is a chemotherapy drug at high doses.",
        "Sertraline, an SSRI, is often the first antidepressant offered.",
        "Mirtazapine, an antidepressant, can make you sleepy.",
    ],
    "FCT026": [
        # the pronoun stands for the condition, and the denial is true
        "Psoriasis is a skin condition. You cannot catch it from anyone.",
        "Impetigo is not contagious after two days of antibiotics.",
        "Cold sores are not contagious once they have completely healed.",
        "You can't catch chickenpox from someone with shingles.",
        "Myth: head lice aren't catching. Fact: they spread by head-to-head contact.",
        "Is coeliac disease catching? No.",
        "Haemophilia is passed on in families through a faulty gene.",
        "You cannot catch osteoporosis from anyone.",
        "Lupus is not contagious, whatever the neighbours say.",
        "Herpes spreads through kissing; psoriasis does not spread at all.",
        "Doctors say that catching dementia early helps families plan.",
        "Dengue is spread by mosquitoes, not from person to person.",
        "Some parents worry that eczema is contagious, but it is not.",
        "Her laugh is contagious.",
        "Chickenpox is highly contagious, so keep children with spots at home.",
    ],
    "FCT027": [
        "A strawberry mark is not a cancer.",
        "Lichen sclerosus raises the risk of vulval cancer a little.",
        "Piles do not turn into bowel cancer, but bleeding should still be checked.",
        "Can fibroids turn into cancer? Almost never.",
        "An enlarged prostate does not raise the risk of prostate cancer.",
        "Seborrhoeic keratoses can look like melanoma, so a doctor should check new ones.",
        "Skin cancer is more common than all other cancers combined.",
    ],
    "FCT029": [
        "Only women get ovarian cancer.",
        "Men can't get ovarian cancer, but they can get breast cancer.",
        "Most men don't get symptoms of chlamydia.",
        "It is a myth that only women get osteoporosis.",
        "Is gout a men-only disease? No.",
        "Only women can get pregnant.",
    ],
    "FCT028": [
        "Shingles mainly affects older people, but children can get it too.",
        "Unlike shingles, chickenpox mainly affects children.",
        "Is Parkinson's a disease of young people? No.",
        "Glue ear mostly affects young children.",
        "Crohn's disease is often diagnosed in young adults.",
        "Osteoarthritis mainly affects older people, though athletes can get it younger.",
        "Croup usually starts in early childhood.",
        "Most people with glaucoma are diagnosed in their seventies.",
    ],
    "FCT035": [
        "Marfan syndrome is inherited: each child of a parent with it has a 1 in 2 chance.",
        "Cystic fibrosis is inherited in a recessive pattern: both parents carry a faulty gene.",
        "Huntington's disease is a dominant condition: one faulty copy is enough.",
        "Haemophilia is carried on the X chromosome.",
        "Psoriasis often runs in families.",
        "Down syndrome is a genetic condition, but it is not usually inherited.",
        "Attacks of porphyria can be brought on by alcohol.",
        "In about half of people, neurofibromatosis type 1 is not inherited from a parent.",
        "Is sickle cell disease inherited only from the mother? No.",
        "Myth: thalassaemia is caused by a poor diet. Fact: it is inherited.",
        "Tennis elbow is not inherited: it comes from strain on the tendon.",
        "Haemophilia is passed down the female line: mothers carry it, sons have it.",
        "About 1 in 10 cases of motor neurone disease are inherited.",
        "ALS is inherited in about 10% of cases.",
    ],
    "FCT037": [
        "Finasteride works by blocking testosterone from turning into DHT.",
        "Testosterone gel works by topping up your testosterone.",
        "HRT works by replacing oestrogen.",
        "Sildenafil does not raise testosterone: it relaxes the blood vessels.",
        "Tamoxifen works by blocking oestrogen.",
        "Exercise boosts testosterone.",
        "Does Viagra raise testosterone? No.",
    ],
    "FCT036": [
        "Type 2 diabetes is simply a form of diabetes.",
        "Hypertension is just another name for high blood pressure.",
        "COPD and asthma are different conditions, though some people have both.",
        "Occipital neuralgia is a type of headache.",
        "Myth: COPD is just asthma. Fact: they are different conditions.",
        "Is COPD really a form of asthma? No.",
        "Type 2 diabetes and diabetes are one and the same thing to most readers.",
        "Hypertension and high blood pressure are two names for the same condition.",
        "Treatment for asthma is the same as for COPD at first.",
        "Psoriasis is not the same as eczema.",
    ],
    "FCT038": [
        "Thiamine, also known as vitamin B1, keeps your nerves healthy.",
        "Paracetamol, also known as acetaminophen, is safe at the usual dose.",
        "Severe combined immunodeficiency, otherwise known as SCID, is very rare.",
        "Autologous HSCT, also called a stem cell transplant, uses your own cells.",
        "Sativex is a mouth spray that holds both THC and CBD.",
        "Is Sativex just CBD? No: it holds THC as well.",
        "Some forums claim biotin is also known as vitamin B12, but that is wrong.",
    ],
    "FCT039": [
        "Cerebral palsy does not get worse, though its effects can change as a child grows.",
        "Is cerebral palsy a progressive condition? No.",
        "Myth: cerebral palsy gets worse every year. Fact: it does not.",
        "Most babies with laryngomalacia outgrow it by the age of two.",
        "Motor neurone disease is a progressive disease.",
    ],
}


def codes(code: str, text: str) -> list[str]:
    return [finding.code for finding in lint_text(OPENING + text + "\n", "a.md", overrides=Overrides(select=(code,)))]


@pytest.mark.parametrize("code,sentence", [(c, s) for c, sentences in FLAGGED.items() for s in sentences])
def test_the_misstatement_is_flagged(code, sentence):
    assert codes(code, sentence) == [code]


@pytest.mark.parametrize("code,sentence", [(c, s) for c, sentences in CAREFUL.items() for s in sentences])
def test_the_careful_sentence_passes(code, sentence):
    assert codes(code, sentence) == []


def test_each_fact_stated_in_its_own_words_passes():
    from mslint.knowledge import builtin_knowledge

    knowledge = builtin_knowledge()
    facts = [fact for relation in ("more-common-in", "infection-kind", "passes-between-people", "malignancy",
                                   "typical-age", "only-in", "inheritance", "distinct-conditions", "acts-on-hormone")
             for fact in knowledge.facts_of(relation)]
    assert len(facts) >= 8
    for fact in facts:
        assert codes("FCT", fact.says) == [], fact.id


def _load(tmp_path, body: str):
    from pathlib import Path

    from mslint.knowledge.loader import load_folders

    (tmp_path / "facts.toml").write_text(
        '[[fact]]\nid = "x"\n' + body + 'says = "Said."\nsources = ["NHS"]\nas-of = "2026-12"\n', encoding="utf-8")
    return load_folders([Path(__file__).parent.parent / "knowledge", tmp_path])


def test_an_attribute_fact_needs_a_known_value_and_its_conditions(tmp_path):
    from mslint.knowledge.loader import KnowledgeError

    with pytest.raises(KnowledgeError, match="key 'value': expected one of women, men"):
        _load(tmp_path, 'relation = "more-common-in"\nvalue = "children"\nmembers = ["gout"]\n')
    with pytest.raises(KnowledgeError, match="key 'members': a 'infection-kind' fact needs the conditions"):
        _load(tmp_path, 'relation = "infection-kind"\nvalue = "viral"\n')
    with pytest.raises(KnowledgeError, match="key 'members': unknown entity 'goutt'"):
        _load(tmp_path, 'relation = "more-common-in"\nvalue = "men"\nmembers = ["goutt"]\n')
    (fact,) = _load(tmp_path, 'relation = "infection-kind"\nvalue = "none"\nmembers = ["gout"]\n').facts_of(
        "infection-kind")[-1:]
    assert (fact.value, fact.members) == ("none", ("gout",))
