"""Factual rules on claims worded the way clinics and magazines word them: approvals "for the
treatment of" a condition, approvals whose condition is the article's topic, and facts stated
in other words (MS "divided into four types", "roughly equal numbers", mortality "zero")."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

KNEE_TITLE = "# Stem cell and PRP injections for knee arthritis\n\n"
MS_TITLE = "# Living with MS\n\nMS is a lifelong condition of the brain and spinal cord.\n\n"


def facts(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.message.split(".")[0]) for f in lint_text(text, "a.md", overrides=Overrides(select=("FCT",)))]


@pytest.mark.parametrize("text,expected", [
    (KNEE_TITLE + "PRP is FDA-approved for the treatment of arthritis.\n",
     [("FCT003", "Platelet-rich plasma said to be approved for arthritis")]),
    # The condition is the article's topic when the sentence names none.
    (KNEE_TITLE + "Our stem cell injections are FDA-approved.\n",
     [("FCT003", "Stem cell therapy said to be approved for knee osteoarthritis")]),
    (KNEE_TITLE + "PRP is not approved for the treatment of arthritis.\n", []),
    (KNEE_TITLE + "The centrifuges that prepare PRP are cleared by the FDA for processing blood.\n", []),
    # A licence said to cover MS fatigue (0.30.12).
    (MS_TITLE + "Some neurologists prescribe modafinil, which is licensed in the UK for MS fatigue.\n",
     [("FCT003", "Modafinil said to be approved for multiple sclerosis")]),
    (MS_TITLE + "Modafinil is licensed only for narcolepsy, so for MS fatigue it is used off-label.\n", []),
])
def test_approval_claims(text, expected):
    assert facts(text) == expected


def contradicted(opening: str, sentence: str, code: str = "FCT009") -> list[str]:
    """The ids of the facts a rule (FCT009 unless named) finds the sentence breaking, after an opening."""
    found = lint_text(opening + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))
    return [f.message.rsplit("[", 1)[1].rstrip("]") for f in found]


@pytest.mark.parametrize("sentence,fact", [
    ("MS affects men and women in roughly equal numbers.", "ms-sex-ratio"),
    ("Just 1 in 10,000 people in Britain have MS.", "ms-uk-count"),
    ("Only about 12,000 people in the UK live with MS.", "ms-uk-count"),
    ("Over 300,000 people in the UK are living with MS.", "ms-uk-count"),
    ("About one in every hundred people in Scotland has MS now.", "ms-uk-count"),
    ("Doctors divide MS into four main types.", "ms-four-types"),
    ("Treatment-related mortality with modern HSCT is zero.", "ms-transplant-mortality-not-zero"),
    # Counts, the body part, the course and the drugs said wrongly (0.16.0).
    ("It affects about 1 in 60 people in the UK.", "ms-uk-count"),
    ("Some 9 million people worldwide have MS.", "ms-worldwide-count"),
    ("In the UK, twice as many men as women are diagnosed with it.", "ms-sex-ratio"),
    ("Multiple sclerosis is really a muscle disease.", "ms-central-nervous-system"),
    ("It is most common in warm, sunny countries.", "ms-latitude"),
    ("Relapsing-remitting MS always becomes primary progressive MS in the end.", "ms-relapsing-not-to-primary"),
    ("Disease-modifying drugs just mask the symptoms.", "ms-dmts-slow-the-disease"),
    # Vaccines and thinking (0.30.12).
    ("People with MS must not have the flu jab.", "ms-vaccines-recommended"),
    ("Vaccines are dangerous for people with MS.", "ms-vaccines-recommended"),
    ("Memory problems are seen only in progressive MS.", "ms-cognition-any-type"),
    # Wordings met in blind sets 82 and 83 (0.30.15), in words of my own.
    ("MS damages the nerves in the foot itself.", "ms-central-nervous-system"),
    ("MS is rare in northern countries like Norway.", "ms-latitude"),
    ("MS is caused by eating too much dairy.", "ms-not-caused-by-diet"),
    ("MS bladder problems are caused by a weak pelvic floor.", "ms-bladder-from-nerve-damage"),
    ("Botox injections are not allowed for people with MS.", "ms-bladder-botox-allowed"),
    ("Swank's study was a randomised controlled trial.", "ms-swank-not-a-trial"),
    ("The OFAMS trial showed fish oil halves relapses.", "ms-ofams-no-benefit"),
    ("NICE has never recommended FES for foot drop.", "ms-fes-nice-recommended"),
    # (v0.30.36, sets 128-129)
    ("A large trial called OFAMS showed fish oil cut relapses by half.", "ms-ofams-no-benefit"),
    ("If you have MS, your child will definitely inherit MS.", "ms-not-inherited"),
    ("Breastfeeding is not possible on any MS medication.", "ms-some-dmts-in-breastfeeding"),
    ("Teriflunomide clears your body within a few days of the last tablet.", "ms-teriflunomide-long-washout"),
    ("Scans during pregnancy are forbidden, so nobody can check you.", "ms-mri-possible-in-pregnancy"),
    ("You cannot have an MRI scan while pregnant.", "ms-mri-possible-in-pregnancy"),
    ("Really, MS is an illness of too little oxygen.", "ms-not-a-disease-of-low-oxygen"),
    ("The NHS has no treatment for progressive MS.", "ms-progressive-nhs-treatments"),
    ("Myelin consists mostly of omega-3.", "ms-myelin-not-mostly-omega-3"),
    # (v0.30.38, sets 130-131)
    ("Myelin is built mostly from proteins.", "ms-myelin-not-mostly-omega-3"),
    ("In the spinal cord, myelin is produced by Schwann cells.", "ms-brain-myelin-from-oligodendrocytes"),
    ("Schwann cells make the myelin in the brain.", "ms-brain-myelin-from-oligodendrocytes"),
    ("MS never goes into remission without treatment.", "ms-relapses-remit-and-last-a-day"),
    ("Her clinic counts a relapse as a symptom lasting over two hours.", "ms-relapses-remit-and-last-a-day"),
    ("A relapse means any change which lasted longer than six hours.", "ms-relapses-remit-and-last-a-day"),
    ("MS fatigue is mainly down to too little blood oxygen.", "ms-not-a-disease-of-low-oxygen"),
    # (v0.30.39, sets 132-133)
    ("Multiple sclerosis does not occur at the equator.", "ms-latitude"),
    ("The Cochrane review proved vitamin D prevents relapses.", "ms-vitamin-d-trials-no-relapse-benefit"),
    ("Your body cannot rebuild myelin by itself.", "ms-remyelination-happens"),
    ("These days multiple sclerosis is mostly diagnosed by a simple blood test.", "ms-no-blood-test-diagnosis"),
    ("A Japanese study showed lion's mane halted MS.", "ms-lions-mane-trial-not-in-ms"),
    ("Dr Wahls reversed her MS with a carnivore diet.", "ms-wahls-not-carnivore"),
    ("Hot weather leaves lasting nerve damage in MS.", "ms-heat-does-not-damage-myelin"),
    ("The majority of people with MS begin with the progressive type right from the start.", "ms-most-relapsing"),
    # (v0.30.40, sets 134-135)
    ("MS lesions form in the gut lining as well as the brain.", "ms-central-nervous-system"),
    ("Gadolinium contrast is radioactive.", "ms-mri-gadolinium-not-radioactive"),
    ("Our X-rays of the neck show MS plaques forming.", "ms-mri-gadolinium-not-radioactive"),
    # (v0.30.41, sets 136-137)
    ("Memory problems only start in the late stages of MS.", "ms-cognition-any-type"),
    ("Cognitive decline only appears during the progressive phase.", "ms-cognition-any-type"),
    ("Sativex can reduce MS relapses.", "ms-sativex-for-spasticity-not-relapses"),
    ("Nabiximols helps prevent relapses.", "ms-sativex-for-spasticity-not-relapses"),
    ("The CAMS trial showed cannabis extract halved relapses.", "ms-sativex-for-spasticity-not-relapses"),
    ("Cannabis oil reduced relapse rates in a trial.", "ms-sativex-for-spasticity-not-relapses"),
    ("Citicoline is an approved treatment for MS.", "ms-citicoline-not-licensed"),
    ("Citicoline has been licensed to treat MS.", "ms-citicoline-not-licensed"),
    ("Neurologists prescribe citicoline for MS.", "ms-citicoline-not-licensed"),
    ("Citicoline is a prescription drug for multiple sclerosis.", "ms-citicoline-not-licensed"),
    # (v0.30.42, sets 138-139)
    ("Clemastine is a novel drug for repairing myelin.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("Clemastine was developed in 2015 to repair myelin.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("Clemastine gave people back their lost sight.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("In the ReBUILD trial, clemastine brought back vision in most patients.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("No study has ever raised any safety concern about clemastine.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("Clemastine has no known safety concerns in MS.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("MS tiredness has nothing to do with temperature.", "ms-fatigue-heat-exercise-and-cbt"),
    ("Warmth doesn't worsen MS symptoms.", "ms-fatigue-heat-exercise-and-cbt"),
    ("Physical activity only makes MS fatigue worse.", "ms-fatigue-heat-exercise-and-cbt"),
    ("Exercising worsens MS tiredness.", "ms-fatigue-heat-exercise-and-cbt"),
    ("Cognitive behavioural therapy has never been proven to ease MS fatigue.", "ms-fatigue-heat-exercise-and-cbt"),
    ("CBT does not help MS fatigue.", "ms-fatigue-heat-exercise-and-cbt"),
    ("MS is basically a B12 deficiency.", "ms-not-b12-deficiency"),
    ("Multiple sclerosis is really caused by a lack of vitamin B12.", "ms-not-b12-deficiency"),
    ("MS is down to low B12.", "ms-not-b12-deficiency"),
    ("MS is, in truth, a cobalamin deficiency.", "ms-not-b12-deficiency"),
    ("NICE has approved brain retraining for MS.", "ms-nice-no-brain-retraining"),
    ("NICE recommends the Lightning Process for people with MS.", "ms-nice-no-brain-retraining"),
    ("Limbic retraining is recommended by NICE.", "ms-nice-no-brain-retraining"),
    ("NICE lists neural retraining as a treatment.", "ms-nice-no-brain-retraining"),
    ("Functional electrical stimulation was invented in 2019.", "ms-fes-since-1961-and-nice-scope"),
    ("FES for drop foot was developed in the 2010s.", "ms-fes-since-1961-and-nice-scope"),
    ("NICE recommends full-body EMS suits.", "ms-fes-since-1961-and-nice-scope"),
    ("NICE has endorsed whole-body stimulation suits for MS.", "ms-fes-since-1961-and-nice-scope"),
    ("Amalgam fillings are one of the leading causes of MS.", "ms-amalgam-not-a-cause"),
    ("Myelin is made mainly from magnesium.", "ms-myelin-not-mostly-omega-3"),
    ("Calcium is the main building block of myelin.", "ms-myelin-not-mostly-omega-3"),
    ("A real relapse never lasts longer than a couple of hours.", "ms-relapses-remit-and-last-a-day"),
    # (v0.30.43, sets 140-141)
    ("One in 50 people in this country lives with MS.", "ms-uk-count"),
    ("Each hot flare-up counts as a new relapse.", "ms-heat-does-not-damage-myelin"),
    ("Every flare-up in summer leaves permanent damage.", "ms-heat-does-not-damage-myelin"),
    ("There is no licensed drug whatsoever to treat PPMS.", "ms-progressive-nhs-treatments"),
    ("PPMS has no treatment whatsoever.", "ms-progressive-nhs-treatments"),
    ("In MS the brain loses the ability to make new myelin.", "ms-remyelination-happens"),
    ("People with MS can no longer make any new myelin.", "ms-remyelination-happens"),
    ("Britain banned amalgam fillings in 2018 because of MS.", "ms-amalgam-not-a-cause"),
    ("A review found that amalgam fillings make people three times more likely to get MS.", "ms-amalgam-not-a-cause"),
    ("MS is now known to start as a gut infection.", "ms-not-caused-by-hidden-infection-or-stress"),
    ("MS begins as a bowel infection.", "ms-not-caused-by-hidden-infection-or-stress"),
    ("MS was first recognised as a disease during the 1960s.", "ms-charcot-1868-and-bee-venom-trial"),
    ("MS was first described in the twentieth century.", "ms-charcot-1868-and-bee-venom-trial"),
    ("Bee stings cut the relapse rate by half.", "ms-charcot-1868-and-bee-venom-trial"),
    ("A Dutch trial showed that bee venom therapy worked.", "ms-charcot-1868-and-bee-venom-trial"),
    ("The NASA trial showed cooling vests slow MS progression.", "ms-cooling-trial-and-heat-sensitivity"),
    ("Cooling vests slow disease progression.", "ms-cooling-trial-and-heat-sensitivity"),
    ("Heat sensitivity just strikes people with secondary progressive MS.", "ms-cooling-trial-and-heat-sensitivity"),
    ("Only people with primary progressive MS are sensitive to heat.", "ms-cooling-trial-and-heat-sensitivity"),
    ("NICE has approved faecal transplants for MS.", "ms-fmt-nice-only-c-difficile"),
    ("FMT is recommended by NICE for MS.", "ms-fmt-nice-only-c-difficile"),
    # (v0.30.44, sets 142-143)
    ("Oligoclonal bands are antibodies against mould.", "ms-oligoclonal-bands-and-nice-spasticity"),
    ("The bands in your spinal fluid are antibodies to mycotoxins.", "ms-oligoclonal-bands-and-nice-spasticity"),
    ("Oligoclonal bands prove mould exposure.", "ms-oligoclonal-bands-and-nice-spasticity"),
    ("NICE recommends grounding for spasticity.", "ms-oligoclonal-bands-and-nice-spasticity"),
    ("Earthing mats are recommended by NICE.", "ms-oligoclonal-bands-and-nice-spasticity"),
    ("The Swank plan was based on beef and butter.", "ms-swank-not-a-trial"),
    ("The Swank diet was rich in red meat.", "ms-swank-not-a-trial"),
    ("Exercise will only drain the battery further.", "ms-fatigue-heat-exercise-and-cbt"),
    ("Pushing yourself only depletes your energy reserves.", "ms-fatigue-heat-exercise-and-cbt"),
    ("The hot bath test was abandoned because heat doesn't affect MS.", "ms-fatigue-heat-exercise-and-cbt"),
    ("MS rates are highest close to the equator.", "ms-latitude"),
    ("The highest rates of MS are found near the equator.", "ms-latitude"),
    ("Toxic mould is the real cause of MS.", "ms-not-caused-by-hidden-infection-or-stress"),
    ("MS is caused by mould toxicity.", "ms-not-caused-by-hidden-infection-or-stress"),
    ("The white spots on your scan are pockets of mycotoxin.", "ms-lesions-are-inflammation"),
    ("Lesions are deposits of mould toxins.", "ms-lesions-are-inflammation"),
    ("Spasticity arises because MS harms the muscles.", "ms-symptoms-from-nerve-damage"),
    ("MS attacks the muscles themselves.", "ms-symptoms-from-nerve-damage"),
    # (v0.30.46, sets 144-145)
    ("In a 2017 pilot, 11 out of 15 patients with MS reached remission on AIP.", "ms-aip-study-was-in-bowel-disease"),
    ("The Autoimmune Protocol put MS into remission in most people in one study.", "ms-aip-study-was-in-bowel-disease"),
    ("The MUSEC study found that eight in ten people with MS on the extract had less stiffness.", "ms-musec-trial-modest-result"),
    ("In MUSEC, 90% of patients taking cannabis extract felt their stiffness eased.", "ms-musec-trial-modest-result"),
    ("Fampyra was originally derived from scorpion venom.", "ms-fampridine-synthetic-not-venom"),
    ("Fampridine, a walking tablet, is a scorpion-venom drug.", "ms-fampridine-synthetic-not-venom"),
    ("MS as a condition only emerged in the 1950s.", "ms-charcot-1868-and-bee-venom-trial"),
    ("Multiple sclerosis itself was invented in the twentieth century.", "ms-charcot-1868-and-bee-venom-trial"),
    ("Oligoclonal bands are really a marker of a hidden infection.", "ms-oligoclonal-bands-and-nice-spasticity"),
    ("In MS, oligoclonal bands prove a hidden Lyme infection.", "ms-oligoclonal-bands-and-nice-spasticity"),
    # (v0.30.47, sets 146-147)
    ("Beta interferon is really just a kind of chemotherapy.", "ms-interferon-beta-not-chemotherapy-and-still-used"),
    ("Rebif is basically chemo for MS.", "ms-interferon-beta-not-chemotherapy-and-still-used"),
    ("Beta interferons were discontinued in Britain in 2022.", "ms-interferon-beta-not-chemotherapy-and-still-used"),
    ("The NHS has stopped offering interferon beta injections.", "ms-interferon-beta-not-chemotherapy-and-still-used"),
    ("Lhermitte's sign is really caused by a displaced neck bone.", "ms-lhermitte-sign-and-spinal-cord-mri"),
    ("Lhermitte's sign means a vertebra has slipped out of place.", "ms-lhermitte-sign-and-spinal-cord-mri"),
    ("Lhermitte's sign isn't a symptom of MS.", "ms-lhermitte-sign-and-spinal-cord-mri"),
    ("MRI scans can't pick up lesions in the spinal cord.", "ms-lhermitte-sign-and-spinal-cord-mri"),
    ("An MRI will not show MS damage in your neck.", "ms-lhermitte-sign-and-spinal-cord-mri"),
    ("Alpha-lipoic acid halved disability progression in secondary progressive MS.", "ms-lipoic-acid-and-idebenone-trials"),
    ("A pilot study proved that lipoic acid slows disability.", "ms-lipoic-acid-and-idebenone-trials"),
    ("Idebenone slowed progression in primary progressive MS.", "ms-lipoic-acid-and-idebenone-trials"),
    ("In an American trial, idebenone halted disability in PPMS.", "ms-lipoic-acid-and-idebenone-trials"),
    ("An MS relapse usually only lasts a couple of hours.", "ms-relapses-remit-and-last-a-day"),
    ("Relapses in MS typically last a few hours.", "ms-relapses-remit-and-last-a-day"),
    ("An MS relapse can be confirmed with a CRP blood test.", "ms-no-blood-test-diagnosis"),
    ("A CRP test shows whether you are having a relapse.", "ms-no-blood-test-diagnosis"),
    ("A blood test will confirm a relapse.", "ms-no-blood-test-diagnosis"),
    ("MS is caused by a weakened immune system.", "ms-is-immune-mediated"),
    ("People with MS need to boost their immune system.", "ms-is-immune-mediated"),
    ("MS happens because the immune system is too weak.", "ms-is-immune-mediated"),
    # (v0.30.48, sets 148-149)
    ("Histamine is the substance that damages the myelin sheath.", "ms-is-immune-mediated"),
    ("Clemastine blocks histamine, the molecule which eats away at myelin.", "ms-is-immune-mediated"),
    ("The ReBUILD trial found that patients' walking improved on clemastine.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("No study of clemastine has ever raised any safety concerns.", "ms-clemastine-old-antihistamine-and-its-trials"),
    ("MS fatigue is caused by inflamed muscles.", "ms-fatigue-heat-exercise-and-cbt"),
    ("MS fatigue comes from the muscles.", "ms-fatigue-heat-exercise-and-cbt"),
    ("Interferon beta only ever treated the symptoms.", "ms-dmts-slow-the-disease"),
    ("Doppler ultrasound is the standard test to diagnose MS.", "ms-no-single-test"),
    ("Neurologists use Doppler scans to diagnose MS.", "ms-no-single-test"),
    ("MS is basically a nutritional deficiency disease.", "ms-not-caused-by-diet"),
    ("The EDSS is a scale that goes from 0 to 100.", "ms-edss-scale-and-mri-activity"),
    ("MRI can only ever reveal past damage, never what your MS is up to at present.", "ms-edss-scale-and-mri-activity"),
    ("An MRI can't tell you whether your MS is active right now.", "ms-edss-scale-and-mri-activity"),
    ("Zamboni's first study in 2009 was a randomised controlled trial.", "ms-zamboni-2009-study-open-label"),
    ("Professor Zamboni's original 2009 trial was double-blind.", "ms-zamboni-2009-study-open-label"),
    # (v0.30.50, sets 150-151)
    ("Memory problems only develop in secondary progressive MS.", "ms-cognition-any-type"),
    ("There was no MS before the twentieth century.", "ms-charcot-1868-and-bee-venom-trial"),
    ("MS is basically an allergic reaction to mercury.", "ms-amalgam-not-a-cause"),
    ("Emotional trauma is the real cause of MS.", "ms-not-caused-by-hidden-infection-or-stress"),
    ("Disease-modifying therapies merely suppress your symptoms.", "ms-dmts-slow-the-disease"),
    ("Lesions in MS are made up of amyloid deposits.", "ms-lesions-not-amyloid-and-balance-and-falls"),
    ("Poor balance in MS is due to weak tummy muscles.", "ms-lesions-not-amyloid-and-balance-and-falls"),
    ("Just one in fifty people with MS will fall.", "ms-lesions-not-amyloid-and-balance-and-falls"),
])
def test_facts_in_other_words(sentence, fact):
    assert contradicted(MS_TITLE, sentence) == [fact]


@pytest.mark.parametrize("sentence", [
    # (v0.30.36) The facts of sets 128-129 stated carefully, or close to them and true.
    "Teriflunomide may remain in the bloodstream for as long as two years, so doctors use a washout first.",
    "During pregnancy a scan without gadolinium is possible if a relapse needs checking.",
    "Gadolinium contrast is usually avoided during pregnancy.",
    "The immune system damages myelin in MS; a shortage of oxygen is not what causes it.",
    "Ocrelizumab is available on the NHS for some people with early primary progressive MS.",
    "There is still no treatment that repairs myelin in progressive MS.",
    "Myelin is mostly fat, largely cholesterol and galactolipids.",
    "Interferon beta and glatiramer acetate can be used while breastfeeding.",
    "A son or daughter of someone with MS has roughly a 2% risk of getting it.",
    "Women are affected two to three times as often as men.",
    "No one died in the trial, and mortality in experienced centres is about 0.2%.",
    "Doctors used to divide MS into four types; since 2013 the courses are described differently.",
    "Relapsing MS can become secondary progressive MS over time.",
    "MS is more common far from the equator, in places such as Scotland.",
    "About 1 in 500 people in the UK have MS.",
    "People with MS can have most vaccines, including the flu jab.",
    "Some people on certain DMTs should not have live vaccines.",
    "Memory and thinking problems can occur in any type of MS.",
    # (v0.30.38)
    "Myelin is mostly fat, with some protein.",
    "Oligodendrocytes wrap nerves in the brain with myelin, while Schwann cells do the job in the limbs.",
    "Primary progressive MS never goes into remission.",
    "In relapsing MS, relapses are followed by periods of recovery.",
    "A relapse is new or worse symptoms lasting at least 24 hours.",
    "Symptoms that last less than an hour are not usually a relapse.",
    "MS fatigue is common and has many causes, including low mood and poor sleep.",
    # (v0.30.39)
    "Close to the equator MS is uncommon, but it is found.",
    "Vitamin D trials have not shown fewer relapses.",
    "The body can repair some myelin by itself.",
    "There is no blood test for MS; an MRI scan helps.",
    "Lion's mane was tested in older adults with memory problems.",
    "The Wahls diet is heavy in vegetables.",
    "Most people with MS start with the relapsing form.",
    # (v0.30.40)
    "MRI uses no radiation, and gadolinium is not radioactive.",
    "MS plaques show up on MRI scans.",
    # (v0.30.41)
    "Memory and thinking changes may turn up early in MS.",
    "Sativex is licensed for MS spasticity.",
    "The CAMS trial looked at spasticity, not relapses.",
    "Does Sativex prevent relapses? No.",
    "Sativex can ease stiffness and spasms.",
    "Citicoline is marketed in Britain as a supplement.",
    "Citicoline is not licensed for MS.",
    "Is citicoline prescribed for MS? No.",
    "Some people with MS take citicoline supplements.",
    # (v0.30.42)
    "Clemastine is an old antihistamine first sold in the 1960s.",
    "In ReBUILD, clemastine slightly sped up signals along the optic nerve.",
    "TRAP-MS halted its clemastine group early because disability worsened.",
    "Has clemastine restored vision in trials? No.",
    "Clemastine is being tested as a possible myelin repair drug.",
    "Heat can make MS fatigue worse for a while.",
    "Regular exercise can reduce MS fatigue.",
    "CBT can help with MS fatigue.",
    "Does exercise make MS fatigue worse? No.",
    "Overdoing it on a hot day can leave you drained.",
    "B12 deficiency can cause symptoms that look like MS.",
    "Doctors check B12 levels when MS is suspected.",
    "Is MS a B12 deficiency? No.",
    "B12 injections treat pernicious anaemia.",
    "Brain retraining courses are not among NICE's MS recommendations.",
    "Does NICE recommend brain retraining? No.",
    "NICE recommends exercise and rehabilitation for MS.",
    "Some people with MS try brain retraining programmes.",
    "FES for drop foot dates back to 1961.",
    "For foot drop, NICE has guidance on functional electrical stimulation.",
    "Has NICE recommended whole-body suits? No.",
    "A new FES device was launched in 2020.",
    "A newer version of FES was developed in 2015.",
    "Amalgam fillings are not a cause of MS.",
    "Magnesium is needed for nerves to work.",
    "Myelin, which is mostly fat, wraps the nerve fibres.",
    "Some relapses last for several weeks.",
    # (v0.30.43)
    "Charcot described MS in 1868.",
    "The Dutch bee sting trial found no benefit.",
    "Do bee stings reduce relapses? No.",
    "The 2003 cooling trial looked at short-term symptoms.",
    "Heat sensitivity affects people with every type of MS.",
    "Cooling can ease symptoms for a few hours.",
    "NICE's guidance on FMT covers repeated C. difficile infection alone.",
    "Is FMT approved for MS? No.",
    "Ocrelizumab is available on the NHS for early active PPMS.",
    "Remyelination happens in MS, though it is often incomplete.",
    "The 2018 rules limited amalgam in children for environmental reasons.",
    "Heat makes symptoms worse for a while, but the effect passes.",
    "Nobody yet knows what causes MS.",
    "Roughly one person in 500 in Britain lives with MS.",
    # (v0.30.44)
    "Oligoclonal bands are antibodies made in the central nervous system.",
    "NICE recommends baclofen or gabapentin for spasticity.",
    "Does NICE recommend grounding? No.",
    "Most people with MS have oligoclonal bands.",
    "Nobody knows what most oligoclonal bands target.",
    "Swank's diet was very low in saturated fat.",
    "The Swank diet cut out red meat and butter.",
    "Exercise can reduce MS fatigue.",
    "Heat can make MS symptoms worse for a while.",
    "Pacing helps you manage your energy.",
    "MS is rare close to the equator.",
    "MS rates rise with distance from the equator.",
    "Nobody knows exactly what causes MS.",
    "Damp homes are bad for your lungs.",
    "Lesions mark places where inflammation has stripped myelin.",
    "White spots on a scan can have many causes.",
    "Spasticity results from damaged nerve pathways, not damaged muscle.",
    "MS damages the nerves that control the muscles.",
    # (v0.30.46)
    "A 2017 study of the Autoimmune Protocol was in people with inflammatory bowel disease, not MS.",
    "No trial has shown that the Autoimmune Protocol puts MS into remission.",
    "In MUSEC, 29% on cannabis extract had relief from stiffness, against 16% on placebo.",
    "The MUSEC trial found a modest benefit for muscle stiffness.",
    "Fampridine is 4-aminopyridine, made in a laboratory.",
    "Some venom toxins are being studied in MS, but fampridine is not one of them.",
    "MRI scanning for MS only appeared in the 1980s.",
    "Oligoclonal bands are found in more than 90% of people with MS.",
    "Oligoclonal bands can also be found in some infections of the nervous system.",
    # (v0.30.47)
    "Interferon beta is not chemotherapy.",
    "Interferon beta cuts relapses by about a third.",
    "Some people stop interferon beta because of flu-like side effects.",
    "Daclizumab was withdrawn in 2018.",
    "Were beta interferons withdrawn? No, NICE still recommends them.",
    "Lhermitte's sign is caused by MS lesions in the spinal cord.",
    "Lhermitte's sign is not always caused by MS.",
    "MRI of the spinal cord can show MS lesions.",
    "Small spinal cord lesions can be hard to see on MRI.",
    "Is Lhermitte's sign caused by a misaligned vertebra? No.",
    "Lipoic acid slowed brain shrinkage in a small pilot trial.",
    "The lipoic acid trial slowed the rate of brain atrophy, but walking did not improve significantly.",
    "Idebenone did not slow primary progressive MS.",
    "The idebenone trial found no benefit over placebo.",
    "Did idebenone slow PPMS? No.",
    "A relapse lasts at least 24 hours.",
    "A relapse usually lasts days or weeks.",
    "Symptoms that last only a few hours are not a relapse.",
    "No blood test confirms a relapse.",
    "A raised CRP points to an infection, which can cause a pseudo-relapse.",
    "Your GP may check your urine and CRP to rule out an infection.",
    "In MS an overactive immune response damages myelin.",
    "Some MS drugs weaken the immune system.",
    "MS is not caused by a weak immune system.",
    "Boosting the immune system is not recommended in MS.",
    # (v0.30.48)
    "Clemastine is an antihistamine that works by blocking histamine in allergies.",
    "Mast cells release histamine, and the immune attack damages myelin.",
    "The ReBUILD trial found a small change in nerve signals in the eye, but walking did not improve.",
    "MS fatigue is caused by damage in the brain, not inflammation in the muscles.",
    "Baclofen only treats the symptoms of spasticity.",
    "MRI is the standard test used to help diagnose MS.",
    "Low vitamin D raises the risk of MS, alongside other factors.",
    "EDSS scores go from 0 up to 10 in steps of half a point.",
    "Trial participants had EDSS scores from 1 to 5.",
    "MRI can show active lesions that light up with gadolinium.",
    "Zamboni's first study in 2009 was open-label, with no control group.",
    # (v0.30.50, sets 150-151)
    "Problems with thinking can occur in relapsing MS as well as progressive MS.",
    "Charcot described MS as a distinct disease in 1868.",
    "Stress is not a proven cause of MS.",
    "In the trials, people on the drugs had far fewer relapses than people on placebo.",
    "MS lesions are areas of lost myelin, unlike the amyloid plaques of Alzheimer's disease.",
    "About half of people with MS fall within three months.",
    "Balance problems in MS come from damage to nerve pathways.",
])
def test_correct_statements_pass(sentence):
    assert contradicted(MS_TITLE, sentence) == []


GENERAL = "# Health myths, checked\n\nA look at common beliefs.\n\n"


@pytest.mark.parametrize("sentence,fact", [
    ("Because vitamin D is water-soluble, your body flushes out what it doesn't need.",
     "general-vitamin-d-fat-soluble"),
    ("An MRI uses only a tiny dose of radiation.", "general-mri-no-radiation"),
    ("Semaglutide is a type of insulin.", "general-semaglutide-not-insulin"),
    ("Prostate cancer is the number one cancer killer of American men.", "general-lung-cancer-leading-killer"),
    ("Osteoarthritis is an autoimmune disease.", "general-osteoarthritis-not-autoimmune"),
    # vaccines that do not exist, and vaccines called live that are not (v0.30.7)
    ("Before trying for a baby, ask your GP for the toxo vaccine.", "general-vaccines-not-yet"),
    ("Teenagers can now get a jab against chlamydia at school.", "general-vaccines-not-yet"),
    ("The adult flu vaccine is a live vaccine, so skip it if you are on chemotherapy.", "general-vaccines-not-live"),
    ("The HPV jab contains a weakened live virus.", "general-vaccines-not-live"),
])
def test_general_facts_apply_to_any_article(sentence, fact):
    assert contradicted(GENERAL, sentence) == [fact]


@pytest.mark.parametrize("sentence", [
    "There is no CMV vaccine yet, so hand washing matters in pregnancy.",
    "Researchers are testing a vaccine against CMV in a large trial.",
    "The nasal spray flu vaccine for children is a live vaccine.",
    "You can get a vaccine against herpes zoster (shingles) from the age of 65.",
    "The flu jab is not a live vaccine, so it cannot give you flu.",
])
def test_vaccines_described_rightly_pass(sentence):
    assert contradicted(GENERAL, sentence) == []


@pytest.mark.parametrize("sentence,fact", [
    ("Xolair is a form of chemotherapy.", "general-omalizumab-not-chemotherapy"),
    ("Ocrelizumab is a kind of chemotherapy given twice a year.", "general-ocrelizumab-not-chemotherapy"),
    ("IVIG is a stem cell treatment.", "general-ivig-not-stem-cells"),
    ("Zolgensma is a kind of stem cell treatment.", "general-onasemnogene-not-stem-cells"),
])
def test_treatments_called_what_they_are_not(sentence, fact):
    assert contradicted(GENERAL, sentence, "FCT004") == [fact]


# One fact declares the classes of medicine that exclude each other; every medicine the knowledge
# base files under one of them is checked against the rest, in the sentence shapes that classify.
@pytest.mark.parametrize("sentence,message", [
    ("Lyrica is really just an opioid in disguise.", "Lyrica is a gabapentinoid, not an opioid"),
    ("She was given gabapentin, which is a strong opioid.", "Gabapentin is a gabapentinoid, not an opioid"),
    ("Valaciclovir is an antibiotic, so finish the course.", "Valaciclovir is an antiviral, not an antibiotic"),
    ("Morphine is basically a benzodiazepine.", "Morphine is an opioid, not a benzodiazepine"),
    # a medicine the knowledge base does not list, read by its naming stem (WHO INN stems)
    ("Econazole is a steroid cream, so use it sparingly.", "Econazole is an antifungal, not a corticosteroid"),
    ("My dentist prescribed temazepam, a mild opioid.", "Temazepam is a benzodiazepine, not an opioid"),
    # a description between the name and its verb; a pair; the class the name is an example of
    ("Restasis, the eye drop your optician may suggest, is basically a steroid.",
     "Restasis (ciclosporin) is not a corticosteroid"),
    ("Tamoxifen and letrozole are just milder steroids.", "Tamoxifen is a selective oestrogen receptor modulator, "
     "not a corticosteroid"),
    ("Some pills for a leaky bladder, such as tolterodine, are antibiotics.",
     "Tolterodine (overactive bladder medicine) is not an antibiotic"),
    ("Ask about fluconazole, the steroid that most GPs prescribe.", "Fluconazole is an antifungal, not a corticosteroid"),
    ("He was switched to carbamazepine, a strong opioid.", "Carbamazepine is an anticonvulsant, not an opioid"),
    ("The tablet they hand out, pregabalin, is a strong opioid.", "Pregabalin is a gabapentinoid, not an opioid"),
])
def test_a_medicine_called_by_another_class(sentence, message):
    found = lint_text(GENERAL + sentence + "\n", "a.md", overrides=Overrides(select=("FCT004",)))
    assert [(f.message.split(".")[0], f.message.rsplit("[", 1)[1]) for f in found] == [
        (message, "general-medicine-classes-are-distinct]")]


def test_a_class_compiles_one_pattern_per_way_of_calling_it_not_one_per_other_class():
    """An article that names a medicine compiles its class's patterns: eight, with the other classes
    as one alternation (one pattern per pair was some four hundred for chemotherapy, a fifth of a
    one-file run)."""
    from mslint.rules.facts import Misclassified

    rule = Misclassified()
    assert len(rule.distinct_pairs["chemotherapy"]) > 40
    assert len(rule._patterns_of("chemotherapy").fact_of) == 8
    found = lint_text(GENERAL + "Ocrevus is really just a chemotherapy steroid.\n", "a.md",
                      overrides=Overrides(select=("FCT004",)))
    assert [f.message.split(".")[0] for f in found] == ["Ocrelizumab is not chemotherapy"]


@pytest.mark.parametrize("sentence", [
    "Gabapentin is not an opioid, though both can cause drowsiness.",
    "Gabapentin is safer than opioids for some kinds of nerve pain.",
    "Is pregabalin an opioid? No: it calms overactive nerves in a different way.",
    "Take a low-dose aspirin, a statin and a blood pressure tablet each morning.",
    "Pregabalin is a gabapentinoid, first used for epilepsy.",
    "Clonazepam is an anticonvulsant as well as a benzodiazepine.",
    "Prednisolone, a steroid, is often given for a flare.",
    "Ibuprofen, unlike paracetamol, is an NSAID.",
    "Omeprazole and lansoprazole are proton pump inhibitors.",
    "Budesonide, an inhaled steroid, is taken twice a day.",
    "Drugs such as amitriptyline, duloxetine and pregabalin are used for nerve pain.",
])
def test_medicines_in_their_own_class_or_compared_pass(sentence):
    assert contradicted(GENERAL, sentence, "FCT004") == []


@pytest.mark.parametrize("sentence", [
    "Xolair works as an antibody; it is not chemo.",
    "Zolgensma is a gene therapy, not a stem cell therapy.",
    "IVIG contains antibodies from donors and no cells.",
])
def test_treatments_named_rightly_pass(sentence):
    assert contradicted(GENERAL, sentence, "FCT004") == []


@pytest.mark.parametrize("sentence", [
    "Vitamin D is fat-soluble, unlike vitamin C, which is water-soluble.",
    "Unlike a CT scan, an MRI does not use radiation.",
    "Osteoarthritis is not an autoimmune disease.",
    "Prostate cancer is the most common cancer in men.",
])
def test_general_facts_stated_correctly_pass(sentence):
    assert contradicted(GENERAL, sentence) == []


REGEN_TITLE = "# Stem cell therapy for children\n\nThe clinic offers stem cell therapy every month.\n\n"


@pytest.mark.parametrize("sentence,expected", [
    # The regenerative pack: approvals no regulator has given, outside MS and the joints.
    ("Our stem cell infusions are FDA-approved for cerebral palsy.",
     [("FCT003", "Stem cell therapy said to be approved for cerebral palsy")]),
    ("Cord blood treatment for autism is now approved by the FDA.",
     [("FCT003", "Cord blood said to be approved for autism")]),
    # An approval asked for, given to a trial, or given by voters to something else.
    ("The team has requested FDA approval to treat autism with stem cells.", []),
    ("The FDA approved a trial of stem cell therapy for cerebral palsy.", []),
    ("In 2008, voters approved lifting the ban on stem cell research.", []),
    ("No stem cell therapy is approved for autism.", []),
])
def test_regenerative_approvals(sentence, expected):
    assert facts(REGEN_TITLE + sentence + "\n") == expected


@pytest.mark.parametrize("sentence,fact", [
    ("Umbilical cord blood is the only stem cell therapy approved by the FDA.", "regen-cord-blood-not-the-only-approved"),
    ("Graft-versus-host disease is the main risk of any stem cell transplant.", "regen-gvhd-donor-cells"),
    ("Once infused, the MSCs develop into healthy new neurons.", "regen-msc-not-neurons"),
])
def test_regenerative_facts(sentence, fact):
    assert contradicted(REGEN_TITLE, sentence) == [fact]


@pytest.mark.parametrize("sentence", [
    "Graft-versus-host disease is a risk of donor stem cell transplants, not of your own cells.",
    "Cord blood products were the first stem cell products the FDA approved.",
    "Researchers are testing whether MSCs can protect nerve cells.",
])
def test_regenerative_facts_stated_rightly(sentence):
    assert contradicted(REGEN_TITLE, sentence) == []


GENERAL_TITLE = "# Questions from the clinic\n\n"


@pytest.mark.parametrize("opening,sentence,fact", [
    (GENERAL_TITLE, "With sciatica or back pain, the best plan is to lie flat in bed for a week.",
     ["general-back-pain-stay-active"]),
    (GENERAL_TITLE, "For back pain, the best thing is to stay in bed until it settles.", ["general-back-pain-stay-active"]),
    (GENERAL_TITLE, "Bed rest is no longer advised for back pain.", []),
    # A generic "if ..., it means ..." states a rule; a past hypothetical does not.
    (GENERAL_TITLE, "If your PSA level is high, it means you have prostate cancer.", ["general-raised-psa-not-cancer"]),
    (GENERAL_TITLE, "A raised PSA does not mean you have cancer.", []),
    # (v0.30.44, set 143) PSA said to rise only with cancer.
    (GENERAL_TITLE, "Your PSA only goes up if you have prostate cancer.", ["general-raised-psa-not-cancer"]),
    (GENERAL_TITLE, "Only cancer can push up a PSA reading.", ["general-raised-psa-not-cancer"]),
    (GENERAL_TITLE, "PSA can rise with an enlarged prostate or an infection, not just cancer.", []),
    (GENERAL_TITLE, "Does PSA only rise with cancer? No.", []),
    (MS_TITLE, "Most people with MS end up using a wheelchair within a decade.", ["ms-most-never-need-wheelchair"]),
    (MS_TITLE, "Most people with MS never need a wheelchair.", []),
    # (v0.30.51, sets 152-153) MS facts in new words.
    (MS_TITLE, "Underneath it all, MS really is a disorder of the bloodstream.", ["ms-central-nervous-system"]),
    (MS_TITLE, "MS mostly attacks the nerves that run out to your hands and feet.", ["ms-central-nervous-system"]),
    (MS_TITLE, "MS damages the central nervous system.", []),
    (MS_TITLE, "Each time you overheat you lose a bit more myelin.", ["ms-heat-does-not-damage-myelin"]),
    (MS_TITLE, "Overheating makes symptoms worse for a while but does not damage myelin.", []),
    (MS_TITLE, "A quick blood test can confirm MS.", ["ms-no-blood-test-diagnosis"]),
    (MS_TITLE, "No blood test can confirm MS; an MRI scan helps.", []),
    (MS_TITLE, "A 2009 Japanese study found lion's mane repairing myelin in people with MS.", ["ms-lions-mane-trial-not-in-ms"]),
    (MS_TITLE, "The 2009 study of lion's mane was in older adults with memory problems, not MS.", []),
    (MS_TITLE, "Your neurologist may offer ocrelizumab. Such treatments only cover up your symptoms, and the disease progresses regardless.",
     ["ms-dmts-slow-the-disease"]),
    (MS_TITLE, "These medicines reduce relapses and slow the disease rather than just masking symptoms.", []),
    (MS_TITLE, "No patient has ever got a serious infection from a faecal transplant.", ["ms-fmt-nice-only-c-difficile"]),
    (MS_TITLE, "FMT carries no risk of infection.", ["ms-fmt-nice-only-c-difficile"]),
    (MS_TITLE, "The FDA has warned that FMT can pass on serious infections.", []),
    # (v0.30.52, sets 154-155) MS facts and the MRI fact in new words.
    (GENERAL_TITLE, "Every MRI scan gives you a dose of radiation.", ["general-mri-no-radiation"]),
    (GENERAL_TITLE, "An MRI scan does not give you a dose of radiation.", []),
    (MS_TITLE, "Scotland has among the lowest rates of MS.", ["ms-latitude"]),
    (MS_TITLE, "Scotland's MS rate is among the world's highest.", []),
    (MS_TITLE, "There are only two DMTs on the NHS.", ["ms-dmts-slow-the-disease"]),
    (MS_TITLE, "There are only three MS drugs.", ["ms-dmts-slow-the-disease"]),
    (MS_TITLE, "There are more than a dozen DMTs.", []),
    (MS_TITLE, "MS is usually diagnosed with an X-ray.", ["ms-no-blood-test-diagnosis"]),
    (MS_TITLE, "A spine X-ray can show MS.", ["ms-no-blood-test-diagnosis"]),
    (MS_TITLE, "An X-ray cannot show MS; an MRI scan is used.", []),
    (MS_TITLE, "MS is diagnosed with an MRI scan, not an X-ray.", []),
    (MS_TITLE, "There are no NHS drugs whatsoever for progressive MS.", ["ms-progressive-nhs-treatments"]),
    (MS_TITLE, "There is NHS treatment for some people with progressive MS.", []),
    (MS_TITLE, "My sister has MS, so my chance of getting it is 1 in 4.", ["ms-not-inherited"]),
    (MS_TITLE, "Siblings of people with MS have a 1 in 3 risk.", ["ms-not-inherited"]),
    (MS_TITLE, "Siblings of people with MS have a risk of about 3 in 100.", []),
    (MS_TITLE, "When one identical twin has MS, the other twin almost always develops it.", ["ms-not-inherited"]),
    (MS_TITLE, "When one identical twin has MS, the other gets it eight times out of ten.", ["ms-not-inherited"]),
    (MS_TITLE, "If one identical twin has MS, the other's risk is roughly 25%.", []),
    (MS_TITLE, "Kids of a mother with MS face a 1 in 3 risk.", ["ms-not-inherited"]),
    (MS_TITLE, "Sons of a father with MS run roughly a one in four risk.", ["ms-not-inherited"]),
    (MS_TITLE, "Sons and daughters of people with MS have roughly a 2% chance of developing it.", []),
    (MS_TITLE, "A single gene called HLA-DRB1 is responsible for MS.", ["ms-not-inherited"]),
    (MS_TITLE, "HLA-DRB1 causes MS.", ["ms-not-inherited"]),
    (MS_TITLE, "No single gene causes MS.", []),
    (MS_TITLE, "HLA-DRB1 raises the risk of MS but does not cause it alone.", []),
    (MS_TITLE, "There is not a single gene that causes MS.", []),
])
def test_general_and_ms_facts_in_other_words(opening, sentence, fact):
    assert contradicted(opening, sentence) == fact


def test_a_treatment_misnamed_in_apposition():
    found = facts(MS_TITLE + "Tysabri, a stem-cell drug, is given once a month.\n")
    assert found == [("FCT004", "Natalizumab is not stem cell therapy")]
    assert facts(MS_TITLE + "Tysabri, a monoclonal antibody, is given once a month.\n") == []


SPA_TITLE = "# The wellness lounge\n\n"


@pytest.mark.parametrize("text,expected", [
    # Approved for anything at all: no regulator has approved these for any use.
    (SPA_TITLE + "Every vial in our stem cell treatment is government-approved.\n",
     [("FCT003", "Stem cell therapy said to be approved")]),
    (SPA_TITLE + "Our exosome therapy is approved by the MHRA.\n", [("FCT003", "Exosome therapy said to be approved")]),
    (SPA_TITLE + "Ozone therapy is now approved by the FDA.\n", [("FCT003", "Ozone therapy said to be approved")]),
    (SPA_TITLE + "This dietary supplement is FDA-approved.\n", [("FCT003", "Dietary supplement said to be approved")]),
    # The supplement fact holds of every kind of supplement, unless the form is a prescription medicine.
    (SPA_TITLE + "Our turmeric gummies are FDA-approved for joint pain.\n", [("FCT003", "Turmeric said to be approved")]),
    (SPA_TITLE + "Prescription omega-3 is FDA-approved for very high triglycerides.\n", []),
    (SPA_TITLE + "We offer an FDA-approved cosmetic procedure for thinning hair.\n",
     [("FCT009", "Contradicts an established fact")]),
    (SPA_TITLE + "Being FDA-cleared means the lamp is proven to be effective.\n",
     [("FCT009", "Contradicts an established fact")]),
    # A licensed kind, a supplement approved by a regulator the fact does not cover, licensing as
    # business, an approval ahead, a denial.
    (SPA_TITLE + "A bone marrow transplant is an approved treatment for leukaemia.\n", []),
    (SPA_TITLE + "The dietary supplement is licensed by the MHRA under the traditional herbal scheme.\n", []),
    (SPA_TITLE + "The company has licensed the stem cell process from a university.\n", []),
    (SPA_TITLE + "The team hopes to have approved stem cell treatments within a decade.\n", []),
    (SPA_TITLE + "No exosome therapy is approved by the FDA.\n", []),
])
def test_approval_of_what_no_regulator_has_approved(text, expected):
    assert facts(text) == expected


def test_one_licensed_product_named_as_the_first_approved_is_not_a_clinics_claim():
    text = SPA_TITLE + "The gel became the first approved stem cell product in its country, for a rare burn.\n"
    assert facts(text) == []


@pytest.mark.parametrize("sentence,expected", [
    ("After the drip, the cells make their way to the injured tissue and repair it.",
     ["regen-injected-cells-do-not-become-organs"]),
    ("Within weeks the stem cells become new, healthy heart muscle.", ["regen-injected-cells-do-not-become-organs"]),
    ("They replace the light-sensing cells that the disease has destroyed.", ["regen-injected-cells-do-not-become-organs"]),
    # What a blood stem cell transplant really does, and research described as research, pass.
    ("After a transplant, the blood stem cells become new, healthy blood and immune cells.", []),
    ("In mice, the injected cells became new heart muscle.", []),
    ("Scientists homed in on one protein that the cells release.", []),
])
def test_stem_cells_turning_into_organs(sentence, expected):
    assert contradicted(REGEN_TITLE, sentence, "FCT005") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Eczema is really caused by toxins that build up in the gut.", ["general-toxins-not-the-cause-of-disease"]),
    ("Arthritis is, at heart, an illness of acidity.", ["general-toxins-not-the-cause-of-disease"]),
    ("Almost all chronic disease comes down to a toxic load the liver cannot clear.",
     ["general-toxins-not-the-cause-of-disease"]),
    ("Is eczema caused by toxins? No: it runs in families and involves the skin barrier.", []),
    ("Some sellers claim eczema is caused by toxins, but there is no evidence for it.", []),
    ("Lead poisoning is caused by swallowing or breathing in lead.", []),
])
def test_toxins_named_as_the_cause_of_disease(sentence, expected):
    assert contradicted(GENERAL_TITLE, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Most of us get MS after the age of 55.", ["ms-age-of-onset"]),
    ("Men develop MS more often than women.", ["ms-sex-ratio"]),
    ("Every sauna melts away more of the myelin on your nerves.", ["ms-heat-does-not-damage-myelin"]),
    ("Heat can make symptoms flare for a few hours, but it does not damage your nerves.", []),
    ("Most people are diagnosed between 20 and 50.", []),
])
def test_ms_onset_sex_ratio_and_heat(sentence, expected):
    assert contradicted(MS_TITLE, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # Heat said to help, pregnancy said to harm, medicines said to be barred, a child's fate, milk,
    # years of life and the UK's numbers (0.21.0); each with its careful counterpart.
    ("A hot room is great for MS, so book a class today.", ["ms-heat-does-not-damage-myelin"]),
    ("Warmth helps to speed up nerve signals that MS has slowed.", ["ms-heat-does-not-damage-myelin"]),
    ("Warmth slows the signals in damaged nerves, so many people with MS feel worse in a heatwave.", []),
    ("Every pregnancy will make your MS a little worse.", ["ms-pregnancy-fewer-relapses"]),
    ("Relapses are less common in pregnancy and more common in the months after the birth.", []),
    ("None of the MS drugs can be taken while breastfeeding.", ["ms-some-dmts-in-breastfeeding"]),
    ("Ask your neurologist which MS drugs can be taken while breastfeeding.", []),
    ("Daughters of women with MS are bound to get it too.", ["ms-not-inherited"]),
    ("A child of a parent with MS has a slightly higher chance of getting it, about 2 in 100.", []),
    ("Your MS can be passed to your partner through kissing.", ["ms-not-contagious-or-fatal"]),
    ("The disease knocks twenty years off your life.", ["ms-not-contagious-or-fatal"]),
    ("Three million people in Britain have MS.", ["ms-uk-count"]),
    ("Roughly 150,000 UK residents have MS.", []),
    # Not knowing a thing asserts it: the "not" denies the knowing, not the claim after "that".
    ("Many people don't realise that men develop MS more often than women.", ["ms-sex-ratio"]),
    ("Many people don't realise that women develop MS more often than men.", []),
])
def test_ms_pregnancy_milk_heat_and_numbers(sentence, expected):
    assert contradicted(MS_TITLE, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # A virus called bacterial, or cleared by antibiotics, on any topic (0.21.0); what "they" will
    # not tell you is what the writer tells you.
    ("Dengue is really a bacterial infection.", ["general-antibiotics-do-not-treat-viruses"]),
    ("A course of antibiotics will knock out your flu in two days.", ["general-antibiotics-do-not-treat-viruses"]),
    ("My shingles was cleared with antibiotics.", ["general-antibiotics-do-not-treat-viruses"]),
    ("What your GP won't tell you: measles is a bacterial disease.", ["general-antibiotics-do-not-treat-viruses"]),
    ("Antibiotics do not work on colds or flu, which viruses cause.", []),
    ("Antibiotics can treat a chest infection that sometimes follows flu.", []),
    ("Is Zika a bacterial infection? No, a virus causes it.", []),
])
def test_viral_infections_and_antibiotics(sentence, expected):
    assert contradicted(GENERAL_TITLE, sentence) == expected


def test_a_symptom_drug_called_disease_modifying():
    assert facts(MS_TITLE + "Fampridine is a DMT for walking.\n") == [
        ("FCT004", "Fampridine is not disease-modifying medicine")]
    assert facts(MS_TITLE + "Fampridine is not a DMT: it helps some people walk faster.\n") == []


def test_high_dose_biotin_and_venoplasty_for_ms():
    text = (MS_TITLE + "High-dose biotin is licensed in Europe for progressive MS. The benefit was later "
            "confirmed in the bigger SPI2 trial.\n\nVenoplasty for MS is approved by the FDA.\n")
    assert facts(text) == [("FCT003", "High-dose biotin said to be approved for progressive MS"),
                           ("FCT008", "High-dose biotin credited with a benefit not shown for multiple sclerosis"),
                           ("FCT003", "Liberation therapy said to be approved for multiple sclerosis")]
    assert facts(MS_TITLE + "High-dose biotin is not approved for MS: the SPI2 trial found no benefit.\n") == []


@pytest.mark.parametrize("sentence,expected", [
    ("The newborn vitamin K shot has been linked to childhood cancer.", ["general-vitamin-k-no-leukaemia"]),
    ("Breast milk gives your baby plenty of vitamin K.", ["general-breast-milk-low-in-vitamin-k"]),
    ("Long-term PPI use is known to cause dementia.", ["general-ppis-not-proven-to-cause-dementia"]),
    ("Years on birth control can make you infertile for life.", ["general-contraception-does-not-leave-you-infertile"]),
    ("Nits can carry typhus and other infections.", ["general-head-lice-no-disease"]),
    ("Cut out dairy and you will have fewer stones.", ["general-low-calcium-diet-does-not-prevent-stones"]),
    ("Iodine deficiency is the commonest cause of hypothyroidism in Britain.",
     ["general-hypothyroidism-uk-cause-is-autoimmune"]),
    ("Type 2 diabetes is the result of antibodies that destroy insulin cells.", ["general-type-2-diabetes-not-autoimmune"]),
    ("Endometriosis is confirmed by one routine blood test.", ["general-endometriosis-facts"]),
    ("A simple CA-125 test can diagnose endometriosis.", ["general-endometriosis-facts"]),
    ("Endometriosis normally clears up once you have a baby.", ["general-endometriosis-facts"]),
    ("Antibiotics will shorten your cough by a week.", ["general-antibiotics-not-for-viruses"]),
    # Said rightly, denied or asked: silent.
    ("The vitamin K injection does not cause leukaemia.", []),
    ("Is it true that PPIs cause dementia? Large studies say no.", []),
    ("Worldwide, iodine deficiency is the commonest cause of an underactive thyroid.", []),
    # (v0.30.41, sets 136-137) The cause named last.
    ("In Britain, the main cause of thyroid disease is lack of iodine.", ["general-hypothyroidism-uk-cause-is-autoimmune"]),
    ("The leading cause of hypothyroidism in England is not getting enough iodine.",
     ["general-hypothyroidism-uk-cause-is-autoimmune"]),
    ("Worldwide, the main cause of hypothyroidism is iodine deficiency.", []),
    ("Across the UK, Hashimoto's disease is the usual reason for an underactive thyroid.", []),
    ("Most people who stop the pill can get pregnant within a year.", []),
])
def test_more_general_myths(sentence, expected):
    assert contradicted(GENERAL_TITLE, sentence) == expected


CELLS_TITLE = "# Cord stem cells for heart failure\n\nOur clinic offers umbilical cord stem cell infusions.\n\n"


@pytest.mark.parametrize("sentence, excerpt", [
    ("After the drip, they head straight for the heart.", "head straight for the heart"),
    ("Once there, these stem cells become new heart muscle cells.", "become new heart muscle cells"),
    # One claim in two parts is reported whole.
    ("The stem cells home in on the heart and become new heart muscle.",
     "home in on the heart and become new heart muscle"),
])
def test_infused_cells_said_to_reach_an_organ_and_become_it(sentence, excerpt):
    found = lint_text(CELLS_TITLE + sentence + "\n", "a.md", overrides=Overrides(select=("FCT005",)))
    assert [f.excerpt for f in found] == [excerpt]


def test_where_infused_cells_go_asked_about_is_not_a_claim():
    text = CELLS_TITLE + "Nobody knows whether the cells reach the heart at all.\n"
    assert lint_text(text, "a.md", overrides=Overrides(select=("FCT005",))) == []


# -- Sets 84-85's slips as facts (v0.30.16): what exosomes and PRP are, antibiotic families and the
# kinds called "steroid", MS's causes, and licences MS never had.

def test_infused_cells_said_to_become_beating_heart_muscle():
    found = lint_text(CELLS_TITLE + "The cells settle in the scar and turn into brand-new beating heart muscle.\n",
                      "a.md", overrides=Overrides(select=("FCT005",)))
    assert [f.excerpt for f in found] == ["turn into brand-new beating heart muscle"]


FACE_TITLE = "# Stem cells for tired eyes\n\nOur clinic offers stem cell and exosome treatments for dark circles.\n\n"


@pytest.mark.parametrize("sentence, expected", [
    ("Exosomes are tiny stem cells that work under the skin.", ["regen-exosomes-not-cells"]),
    ("Once injected, the exosomes multiply and fill out the hollows.", ["regen-exosomes-not-cells"]),
    ("PRP contains stem cells taken from your own blood.", ["regen-prp-no-stem-cells"]),
    # What they are, said rightly.
    ("Exosomes are tiny sacs released by stem cells; they carry signals between cells.", []),
    ("PRP is your own plasma with the platelets concentrated.", []),
    ("Does PRP contain stem cells? No.", []),
])
def test_what_exosomes_and_prp_are(sentence, expected):
    assert contradicted(FACE_TITLE, sentence) == expected


MEDICINES_TITLE = "# Your medicines explained\n\nA pharmacist answers readers' questions.\n\n"


@pytest.mark.parametrize("sentence, expected", [
    ("Doxycycline is a type of penicillin, so avoid it if amoxicillin gave you a rash.",
     [("FCT004", "Doxycycline is a tetracycline antibiotic, not a penicillin")]),
    ("Cefalexin is a penicillin.", [("FCT004", "Cefalexin is a cephalosporin, not a penicillin")]),
    ("Ipratropium spray is a steroid that shrinks the lining of the nose.",
     [("FCT004", "Ipratropium is an anticholinergic drug, not a corticosteroid")]),
    ("Prednisolone is an anabolic steroid, the kind bodybuilders use.",
     [("FCT004", "Prednisolone is a corticosteroid, not an anabolic steroid")]),
    # Said rightly.
    ("Amoxicillin is a penicillin, and doxycycline is a tetracycline.", []),
    ("Prednisolone is a steroid, but not the anabolic kind.", []),
    ("Ipratropium is an anticholinergic spray for a runny nose.", []),
])
def test_antibiotic_families_and_kinds_of_steroid(sentence, expected):
    assert facts(MEDICINES_TITLE + sentence + "\n") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MS is caused by a hidden bacterial infection in the brain.", ["ms-not-caused-by-hidden-infection-or-stress"]),
    ("MS is really driven by thick, sluggish blood that starves the nerves.",
     ["ms-not-caused-by-hidden-infection-or-stress"]),
    ("MS is caused by a nervous system stuck in fight-or-flight after stress.",
     ["ms-not-caused-by-hidden-infection-or-stress"]),
    ("MS may be triggered by Epstein-Barr virus infection in people with certain genes.", []),
    ("Stress does not cause MS, though some people notice it before a relapse.", []),
])
def test_what_does_not_cause_ms(sentence, expected):
    assert contradicted(MS_TITLE, sentence) == expected


def test_licences_ms_never_had():
    text = MS_TITLE + "The MHRA licensed minocycline for MS in 2019. In 2004 the FDA approved leeches as a treatment for MS.\n"
    assert facts(text) == [("FCT003", "Minocycline said to be approved for multiple sclerosis"),
                           ("FCT003", "Leech therapy said to be approved for multiple sclerosis")]
    assert facts(MS_TITLE + "Minocycline is not licensed for MS; a trial of it is described below.\n") == []


@pytest.mark.parametrize("sentence, expected", [
    # Grey matter and early thinking problems (v0.30.18; sentences written here).
    ("Because MS only damages the white matter, memory is safe.", ["ms-grey-matter-damaged-too"]),
    ("In MS the grey matter stays untouched.", ["ms-grey-matter-damaged-too"]),
    ("Memory problems only turn up after decades of MS.", ["ms-cognitive-problems-can-come-early"]),
    ("MS damages grey matter as well as white matter.", []),
    ("Thinking problems can appear early in MS, even at diagnosis.", []),
])
def test_what_ms_does_to_the_brain(sentence, expected):
    assert contradicted(MS_TITLE, sentence) == expected


@pytest.mark.parametrize("sentence, flagged", [
    # (v0.30.19) The age said in words, after the condition named in the sentence before.
    ("It usually starts after the age of fifty.", True),
    ("It usually starts between twenty and fifty.", False),
])
def test_age_of_onset_in_words(sentence, flagged):
    found = [f.message for f in lint_text(MS_TITLE + sentence + "\n", "a.md", overrides=Overrides(select=("FCT009",)))]
    assert bool(found) is flagged and all("[ms-age-of-onset]" in message for message in found)


def supply(sentence: str) -> list[str]:
    return [f.excerpt for f in lint_text("# Medicines\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=("FCT043",)))]


@pytest.mark.parametrize("sentence, excerpt", [
    # (v0.30.19) A UK prescription-only medicine said to be sold freely (FCT043).
    ("Melatonin is sold over the counter in UK pharmacies.", "sold over the counter"),
    ("You can order semaglutide without a prescription.", "order semaglutide without a prescription"),
    ("Liothyronine is not a prescription drug here.", "is not a prescription drug"),
    ("Finasteride can be bought off the shelf.", "bought off the shelf"),
])
def test_prescription_only_medicines_said_to_be_sold_freely(sentence, excerpt):
    assert supply(sentence) == [excerpt]


@pytest.mark.parametrize("sentence", [
    "Paracetamol is sold over the counter.",
    "In the US melatonin is sold over the counter; in the UK it needs a prescription.",
    "Is finasteride available over the counter? No, it needs a prescription.",
    "Melatonin used to be bought over the counter before 1995.",
])
def test_supply_told_right_elsewhere_or_denied(sentence):
    assert supply(sentence) == []


def test_medicines_in_general_bought_without_a_prescription_are_no_claim():
    assert supply("Some antidepressants make it worse. Before you start any new medicine, including ones bought "
                  "without a prescription, ask a pharmacist.") == []
    assert supply("Melatonin helps some people sleep. It's sold over the counter in every UK chemist.") == [
        "sold over the counter"]


# (v0.30.54, sets 156-157) Facts in other packs read from sets 156-157, in my own words.
MS_OPENING = "# Living with MS\n\nMultiple sclerosis (MS) is a condition of the brain and spinal cord.\n\n"
HEALTH_OPENING = "# Health questions, answered\n\nWhat readers ask us most.\n\n"


@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, "Every child has 32 milk teeth.", "general-twenty-milk-teeth"),
    (HEALTH_OPENING, "Teething often sends a baby's temperature up to 39C.", "general-teething-no-fever-or-diarrhoea"),
    (HEALTH_OPENING, "Migraine strikes only one in fifty people.", "general-common-conditions-not-rare"),
    (HEALTH_OPENING, "Two weeks in bed are the ideal way to settle your back.", "general-back-pain-stay-active"),
    (HEALTH_OPENING, "Autism can be diagnosed with an MRI scan.", "general-no-blood-test-for-autism"),
    (HEALTH_OPENING, "NICE recommends hyperbaric oxygen therapy for children with autism.", "general-no-blood-test-for-autism"),
    (HEALTH_OPENING, "Colloidal silver is sold here. Argyria from colloidal silver fades once you stop taking it.",
     "general-argyria-is-permanent"),
    (MS_OPENING, "About a million people worldwide have MS.", "ms-worldwide-count"),
    (MS_OPENING, "MS was practically unknown before vegetable oils came along.", "ms-charcot-1868-and-bee-venom-trial"),
    (MS_OPENING, "The best MS drugs reduce relapses by barely 3%.", "ms-dmts-slow-the-disease"),
    (MS_OPENING, "The NHS now offers stem cell transplants to everyone newly diagnosed with MS.", "ms-transplant-candidates"),
    (MS_OPENING, "There is still no drug that can slow progressive MS.", "ms-progressive-nhs-treatments"),
    (MS_OPENING, "The NHS has stopped prescribing Sativex.", "ms-sativex-for-spasticity-not-relapses"),
    (MS_OPENING, "Viral infections play no part in MS.", "ms-not-caused-by-hidden-infection-or-stress"),
    (MS_OPENING, "Half the time MRI scans do not show MS.", "ms-no-blood-test-diagnosis"),
    (MS_OPENING, "The MS Trust tells its readers to avoid sunflower oil.", "ms-not-caused-by-diet"),
    (MS_OPENING, "Urinary trouble only starts in the final stages.", "ms-bladder-spasticity-any-stage-and-infections"),
    (MS_OPENING, "Infections cannot trigger a relapse.", "ms-bladder-spasticity-any-stage-and-infections"),
    (MS_OPENING, "Stiffness and spasms only affect those with progressive MS.", "ms-bladder-spasticity-any-stage-and-infections"),
])
def test_facts_from_sets_156_157(opening, sentence, fact):
    assert contradicted(opening, sentence) == [fact]


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, "Children have 20 milk teeth and later 32 adult teeth."),
    (HEALTH_OPENING, "Teething does not push a baby's temperature up to 39C."),
    (HEALTH_OPENING, "Around one person in seven gets migraine."),
    (HEALTH_OPENING, "Bed rest is not advised for back pain."),
    (HEALTH_OPENING, "No brain scan can diagnose autism; a specialist team assesses the child."),
    (HEALTH_OPENING, "NICE advises against hyperbaric oxygen as an autism treatment."),
    (HEALTH_OPENING, "Colloidal silver is sold here. Argyria is usually permanent."),
    (MS_OPENING, "About 2.8 million people worldwide have MS."),
    (MS_OPENING, "MS was described by Charcot in 1868."),
    (MS_OPENING, "Disease-modifying drugs cut relapses by about 30% to 70%."),
    (MS_OPENING, "Ocrelizumab can slow early primary progressive MS."),
    (MS_OPENING, "Sativex is available on the NHS for MS spasticity."),
    (MS_OPENING, "Epstein-Barr virus is strongly linked to MS."),
    (MS_OPENING, "MRI shows lesions in most people with MS."),
    (MS_OPENING, "The MS Society advises a healthy balanced diet."),
    (MS_OPENING, "Bladder problems can start early in MS."),
    (MS_OPENING, "Infections can make MS symptoms worse."),
    (MS_OPENING, "Spasticity can affect people with any type of MS."),
])
def test_facts_from_sets_156_157_stated_carefully(opening, sentence):
    assert contradicted(opening, sentence) == []


# (v0.30.55, sets 158-159) Facts in other packs read from sets 158-159, in my own words.
@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, "An MRI scan gives a radiation dose about the same as a flight to Spain.", "general-mri-no-radiation"),
    (HEALTH_OPENING, "I take vitamin D every day and never worry because it is water-soluble.", "general-vitamin-d-fat-soluble"),
    (HEALTH_OPENING, "Your body just pees out any extra vitamin D.", "general-vitamin-d-fat-soluble"),
    (MS_OPENING, "Gadolinium is flushed away within a day and leaves no trace behind.", "ms-mri-gadolinium-not-radioactive"),
    (MS_OPENING, "Gadolinium never stays in the body.", "ms-mri-gadolinium-not-radioactive"),
    (MS_OPENING, "Most people are first diagnosed past 55.", "ms-age-of-onset"),
    (MS_OPENING, "MS is mainly a disease of people over 60.", "ms-age-of-onset"),
    (MS_OPENING, "Blocked neck veins are what cause MS.", "ms-ccsvi-not-a-cause"),
    (MS_OPENING, "The pressure is what really causes MS.", "ms-ccsvi-not-a-cause"),
    (MS_OPENING, "Brave Dreams showed that after the veins were opened, MS progression stopped.", "ms-brave-dreams-no-benefit"),
    (MS_OPENING, "A Cochrane review found that hyperbaric oxygen improved disability in MS.", "ms-not-a-disease-of-low-oxygen"),
    (MS_OPENING, "A Cochrane review on HBOT found that it helped fatigue in MS.", "ms-not-a-disease-of-low-oxygen"),
])
def test_facts_from_sets_158_159(opening, sentence, fact):
    assert contradicted(opening, sentence) == [fact]


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, "MRI uses no radiation, unlike a CT scan."),
    (HEALTH_OPENING, "MRI involves no radiation exposure, the same as ultrasound."),
    (HEALTH_OPENING, "Vitamin D is fat-soluble, so it can build up."),
    (HEALTH_OPENING, "Vitamin C is water-soluble, so your body pees out the extra."),
    (MS_OPENING, "Most gadolinium leaves the body within a day, but traces can stay in the brain."),
    (MS_OPENING, "Traces of gadolinium can stay in the brain for years."),
    (MS_OPENING, "Most people are diagnosed with MS between 20 and 50."),
    (MS_OPENING, "Most people with bowel cancer get their diagnosis after turning 50."),
    (MS_OPENING, "CCSVI does not cause MS."),
    (MS_OPENING, "Brave Dreams found that opening the veins did not stop MS progressing."),
    (MS_OPENING, "A Cochrane review found that hyperbaric oxygen did not improve disability in MS."),
])
def test_facts_from_sets_158_159_stated_carefully(opening, sentence):
    assert contradicted(opening, sentence) == []


# (v0.30.56, sets 160-161) Facts in other packs read from sets 160-161, in my own words.
@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, "Acne just affects teenagers.", "general-acne-not-dirt"),
    (HEALTH_OPENING, "Adults don't get acne.", "general-acne-not-dirt"),
    (HEALTH_OPENING, "Spots are only a teenage problem.", "general-acne-not-dirt"),
    (HEALTH_OPENING, "The heat of the flame creates suction that pulls earwax from the ear.", "general-earwax-is-protective"),
    (HEALTH_OPENING, "The residue left inside the candle is the earwax drawn from your ear.", "general-earwax-is-protective"),
    (HEALTH_OPENING, "The vagus nerve travels down inside the spinal cord.", "general-vagus-nerve-from-brainstem"),
    (HEALTH_OPENING, "Most babies cut their first tooth at about 12 months.", "general-twenty-milk-teeth"),
    (HEALTH_OPENING, "Babies usually cut their first tooth at 12 months.", "general-twenty-milk-teeth"),
    (HEALTH_OPENING, "Testosterone decreases by 10 per cent every year.", "general-hormone-sources"),
    (MS_OPENING, "Around two million people across the UK have MS.", "ms-uk-count"),
    (MS_OPENING, "There are roughly two million people across Britain with MS.", "ms-uk-count"),
    (MS_OPENING, "Tiredness affects only a handful of people with MS.", "ms-fatigue-heat-exercise-and-cbt"),
    (MS_OPENING, "Gluten attacks the myelin sheath.", "ms-not-caused-by-diet"),
    (MS_OPENING, "Dairy is the thing that strips the myelin.", "ms-not-caused-by-diet"),
    (MS_OPENING, "Swank conducted a randomised trial of his diet.", "ms-swank-not-a-trial"),
    (MS_OPENING, "Sativex contains just CBD.", "ms-sativex-for-spasticity-not-relapses"),
    (MS_OPENING, "Sativex has no THC.", "ms-sativex-for-spasticity-not-relapses"),
    (MS_OPENING, "A 2016 study showed that fasting repairs myelin in people with MS.", "ms-fasting-mimicking-diet-myelin-in-mice"),
    (MS_OPENING, "Intermittent fasting has been shown to regrow myelin in people with MS.", "ms-fasting-mimicking-diet-myelin-in-mice"),
])
def test_facts_from_sets_160_161(opening, sentence, fact):
    assert contradicted(opening, sentence) == [fact]


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, "Acne often continues into adulthood."),
    (HEALTH_OPENING, "Acne is most common in teenagers, but adults get it too."),
    (HEALTH_OPENING, "Ear candles create no suction, and the residue is candle wax."),
    (HEALTH_OPENING, "The brown residue is candle wax, not earwax from your ear."),
    (HEALTH_OPENING, "The vagus nerve lies outside the spinal cord, in the neck."),
    (HEALTH_OPENING, "Some babies get their first tooth at 12 months."),
    (HEALTH_OPENING, "A baby's first tooth tends to come through near six months."),
    (HEALTH_OPENING, "Testosterone falls by about 1% a year after 40."),
    (MS_OPENING, "MS affects over 150,000 people across the UK."),
    (MS_OPENING, "Fatigue affects most people with MS."),
    (MS_OPENING, "No food strips the myelin in MS."),
    (MS_OPENING, "Swank's study was not a randomised trial."),
    (MS_OPENING, "Sativex contains both THC and CBD."),
    (MS_OPENING, "A 2016 study found fasting repaired myelin in mice."),
    (MS_OPENING, "No study has shown that fasting rebuilds myelin in humans with MS."),
])
def test_facts_from_sets_160_161_stated_carefully(opening, sentence):
    assert contradicted(opening, sentence) == []


# (v0.30.57, sets 162-163) Facts in other packs read from sets 162-163, in my own words.
SLEEP_OPENING = "# Sleep apnoea explained\n\nObstructive sleep apnoea is common.\n\n"
FAT_FREEZING_OPENING = "# Fat freezing at home\n\nCryolipolysis freezes fat under the skin.\n\n"


@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, "Most underactive thyroids in England are due to low iodine.", "general-hypothyroidism-uk-cause-is-autoimmune"),
    (HEALTH_OPENING, "In Britain, most thyroid problems are caused by iodine deficiency.", "general-hypothyroidism-uk-cause-is-autoimmune"),
    (HEALTH_OPENING, "A typical child should only catch two colds a year.", "general-colds-are-viral"),
    (HEALTH_OPENING, "Healthy kids get no more than one or two colds a year.", "general-colds-are-viral"),
    (HEALTH_OPENING, "Hearing aids will make your tinnitus louder.", "general-noise-causes-tinnitus"),
    (HEALTH_OPENING, "Hearing aids amplify the ringing.", "general-noise-causes-tinnitus"),
    (SLEEP_OPENING, "The condition only affects middle-aged men.", "general-snoring-alcohol-sleeping-position-and-who-gets-sleep-apnoea"),
    (HEALTH_OPENING, "It's only overweight men who get sleep apnoea.", "general-snoring-alcohol-sleeping-position-and-who-gets-sleep-apnoea"),
    (FAT_FREEZING_OPENING, "It was originally developed by NASA.", "general-cryolipolysis-origin-clearance-and-reach"),
    (MS_OPENING, "Myelin of the central nervous system is built by Schwann cells.", "ms-brain-myelin-from-oligodendrocytes"),
    (MS_OPENING, "Conventional medicines can't touch primary progressive MS.", "ms-progressive-nhs-treatments"),
    (MS_OPENING, "There is not one licensed drug for any type of progressive MS.", "ms-progressive-nhs-treatments"),
    (MS_OPENING, "Swank showed that a high-fat diet protected against MS.", "ms-swank-not-a-trial"),
    (MS_OPENING, "Swank found that eating a high-fat diet slowed the disease.", "ms-swank-not-a-trial"),
    (MS_OPENING, "Memory difficulties never appear during the first relapsing-remitting stage.", "ms-cognition-any-type"),
    (MS_OPENING, "Memory problems are just a progressive MS thing.", "ms-cognition-any-type"),
    (MS_OPENING, "Plasmapheresis has been endorsed by NICE in primary progressive MS.", "ms-plasma-exchange-not-recommended-for-progressive-ms"),
    (MS_OPENING, "NICE recommends plasma exchange for secondary progressive MS.", "ms-plasma-exchange-not-recommended-for-progressive-ms"),
    (MS_OPENING, "Plasma exchange halts progressive MS.", "ms-plasma-exchange-not-recommended-for-progressive-ms"),
])
def test_facts_from_sets_162_163(opening, sentence, fact):
    assert contradicted(opening, sentence) == [fact]


@pytest.mark.parametrize("opening,sentence,fact", [
    (CELLS_TITLE, "The DREAM-HF trial proved that the cells cure heart failure.", "regen-injected-cells-do-not-become-organs"),
    (CELLS_TITLE, "The DREAM-HF study was a success.", "regen-injected-cells-do-not-become-organs"),
    (CELLS_TITLE, "Once injected, the donor cells become new heart muscle.", "regen-injected-cells-do-not-become-organs"),
])
def test_cell_facts_from_sets_162_163(opening, sentence, fact):
    assert [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(opening + sentence + "\n", "a.md",
            overrides=Overrides(select=("FCT",)))] == [fact]


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, "Worldwide, iodine deficiency is the commonest cause of underactive thyroid."),
    (HEALTH_OPENING, "In the UK, most underactive thyroid is caused by autoimmune disease."),
    (HEALTH_OPENING, "Toddlers commonly catch eight colds or more every year."),
    (HEALTH_OPENING, "Adults get two to four colds a year."),
    (HEALTH_OPENING, "Hearing aids often make tinnitus less noticeable."),
    (SLEEP_OPENING, "The condition is commoner in overweight men, but it affects women too."),
    (FAT_FREEZING_OPENING, "It was developed at a hospital in Boston."),
    (MS_OPENING, "Oligodendrocytes make CNS myelin; Schwann cells make it in the peripheral nerves."),
    (MS_OPENING, "Ocrelizumab is licensed for early primary progressive MS."),
    (MS_OPENING, "Swank's diet was very low in saturated fat."),
    (MS_OPENING, "Swank showed that a low-fat diet was linked to less disability."),
    (MS_OPENING, "Memory difficulties can appear from the first relapsing-remitting years."),
    (MS_OPENING, "Plasma exchange is kept for a bad relapse where steroids failed."),
    (MS_OPENING, "NICE gives plasma exchange no role in progressive MS."),
    (MS_OPENING, "Nobody has shown that plasmapheresis slows progressive MS."),
    (CELLS_TITLE, "DREAM-HF missed its main goal."),
    (CELLS_TITLE, "The injected cells do not become new heart muscle."),
])
def test_facts_from_sets_162_163_stated_carefully(opening, sentence):
    assert [f for f in lint_text(opening + sentence + "\n", "a.md", overrides=Overrides(select=("FCT",)))] == []


ALKALINE_OPENING = '# The alkaline diet\n\nAn alkaline diet is said to balance the body.\n\n'


# Facts added or widened from blind sets 164-165 (v0.30.58), in wordings of my own.
@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, 'Warburg was awarded the Nobel prize in 1931 for showing that an acidic body causes cancer.', 'general-cancer-fuels-warburg-and-survival'),
    (HEALTH_OPENING, 'The right foods can lower your blood pH within days.', 'general-alkaline-water-and-blood-ph'),
    (HEALTH_OPENING, 'A urine strip reveals the acidity of your whole body.', 'general-alkaline-water-and-blood-ph'),
    (HEALTH_OPENING, 'IgG finger prick tests reliably identify food allergies.', 'general-igg-tests-and-food-intolerance'),
    (HEALTH_OPENING, 'Sublingual immunotherapy just takes a few weeks.', 'general-allergen-immunotherapy-takes-years'),
    (HEALTH_OPENING, 'An MRI scan is the most reliable way to pinpoint the source of lower back pain.', 'general-back-pain-non-specific-no-routine-scan'),
    (HEALTH_OPENING, 'Berberine is actually a vitamin.', 'general-berberine-not-a-glp1-drug'),
    (HEALTH_OPENING, 'Your HbA1c reflects your blood glucose over the past fortnight.', 'general-glucose-monitoring-facts'),
    (HEALTH_OPENING, 'Screen time will give kids macular degeneration.', 'general-amd-affects-central-vision'),
    (HEALTH_OPENING, "Kids' eye tests cost £20 at most opticians.", 'general-nhs-sight-tests-free-for-children'),
    (HEALTH_OPENING, 'Erection problems are rare in men in their forties.', 'general-erectile-dysfunction-heart-link'),
    (HEALTH_OPENING, 'The atlas is the third bone of the spine.', 'general-atlas-is-c1'),
    (HEALTH_OPENING, 'Artery plaques are made mostly of old blood clots.', 'general-artery-plaque-not-dietary-calcium'),
    (HEALTH_OPENING, 'Statins have never been shown to reduce heart attacks.', 'general-statins-prevent-heart-attacks'),
    (HEALTH_OPENING, 'Gum disease is down to poisons in the bloodstream.', 'general-gum-disease-common-and-oil-pulling'),
    (HEALTH_OPENING, 'Fluoride has been outlawed throughout the EU.', 'general-fluoride-toothpaste-strength-and-status'),
    (HEALTH_OPENING, 'An NHS dental checkup now costs more than £90.', 'general-nhs-dental-check-up-charge'),
    (HEALTH_OPENING, 'Your testosterone falls by about 10 percent each year after your thirties.', 'general-testosterone-decline-and-testing'),
    (HEALTH_OPENING, "GPs won't prescribe testosterone.", 'general-testosterone-decline-and-testing'),
    (HEALTH_OPENING, 'Saliva tests are the most accurate way to measure your testosterone.', 'general-testosterone-decline-and-testing'),
    (HEALTH_OPENING, 'Methylphenidate has been banned across the EU.', 'general-methylphenidate-is-a-stimulant'),
    (HEALTH_OPENING, 'Autism is caused by swelling in the brain.', 'general-autism-not-caused-by-parenting'),
    (HEALTH_OPENING, 'Your body keeps making new eggs throughout your life.', 'general-eggs-finite-and-menopause-age'),
    (HEALTH_OPENING, 'The flu vaccine is only available to people over 75.', 'general-flu-vaccine-offered-from-65'),
    (HEALTH_OPENING, 'NICE defines long covid as symptoms that last more than two weeks.', 'general-long-covid-definition'),
    (HEALTH_OPENING, 'Migraines are caused by swollen blood vessels.', 'general-migraine-a-brain-disorder'),
    (HEALTH_OPENING, 'GPs cannot prescribe any medicine to prevent migraine.', 'general-migraine-botox-recommended'),
    (HEALTH_OPENING, "Weight loss won't shift the fat in your liver.", 'general-fatty-liver-common-reversible-and-normal-blood-tests'),
    (HEALTH_OPENING, 'People cannot get B12 injections on the NHS.', 'general-b12-injections-on-nhs'),
    (HEALTH_OPENING, 'The vagus nerve, which travels through the spinal cord, calms the body.', 'general-vagus-nerve-from-brainstem'),
    (HEALTH_OPENING, 'Osteoporosis is a very painful disease.', 'general-osteoporosis-not-inevitable'),
    (HEALTH_OPENING, 'Bisphosphonates only make your bones weaker.', 'general-hip-fracture-serious-and-bisphosphonate-facts'),
    (HEALTH_OPENING, 'NICE guidance now backs vibration plates for thinning bones.', 'general-whole-body-vibration-not-nice-recommended'),
    (HEALTH_OPENING, 'Long COVID is everywhere: the ONS estimates some 12 million people are living with long COVID.', 'general-long-covid-definition'),
    (HEALTH_OPENING, 'Many parents worry about the MMR vaccine.\nIn our experience it is a cause of autism.', 'general-vaccines-no-autism'),
    (MS_OPENING, 'MS begins when a displaced atlas squeezes the spinal cord.', 'ms-not-caused-by-atlas-misalignment'),
    (MS_OPENING, 'A shifted atlas vertebra is the root cause of multiple sclerosis.', 'ms-not-caused-by-atlas-misalignment'),
    (HEALTH_OPENING, 'Infertility is officially diagnosed after three months of trying.', 'general-infertility-defined-after-a-year'),
    (HEALTH_OPENING, 'After two months of trying you are officially infertile.', 'general-infertility-defined-after-a-year'),
    (MS_OPENING, 'MS is essentially a bowel disease.', 'ms-central-nervous-system'),
    (MS_OPENING, 'When one identical twin has MS, the other twin always gets it too.', 'ms-not-inherited'),
    (MS_OPENING, 'Only a few people with MS experience fatigue.', 'ms-fatigue-heat-exercise-and-cbt'),
    (MS_OPENING, 'Fatigue hits only a tiny minority of patients with MS.', 'ms-fatigue-heat-exercise-and-cbt'),
    (REGEN_TITLE, 'Ageing is just a shortage of stem cells.', 'regen-ageing-not-just-stem-cell-loss'),
    (MS_OPENING, 'A small trial in 2010 proved that LDN halts the progression of disability.', 'ms-ldn-not-proven'),
    (MS_OPENING, 'Fasting reversed MS in one in five human volunteers.', 'ms-fasting-mimicking-diet-myelin-in-mice'),
    (REGEN_TITLE, 'The infused cells travel towards tissues that are aging.', 'regen-injected-cells-do-not-become-organs'),
    (REGEN_TITLE, 'A study at Duke University found that cord blood improved communication in autistic children.', 'regen-cord-blood-autism-trial-no-benefit'),
])
def test_facts_from_sets_164_165(opening, sentence, fact):
    assert [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(opening + sentence + "\n", "a.md",
            overrides=Overrides(select=("FCT",)))] == [fact]


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, 'Warburg won the Nobel Prize in 1931 for his work on the respiratory enzyme.'),
    (ALKALINE_OPENING, 'Food cannot change your blood pH, which the kidneys and lungs control.'),
    (ALKALINE_OPENING, 'Urine pH changes with diet, but it does not show the pH of your blood.'),
    (HEALTH_OPENING, 'IgG tests cannot diagnose food allergies, NICE says.'),
    (HEALTH_OPENING, 'Sublingual immunotherapy is taken every day for about three years.'),
    (HEALTH_OPENING, 'Scans are rarely needed for back pain, and NICE advises against routine X-rays.'),
    (HEALTH_OPENING, 'Berberine is a plant compound, not a vitamin.'),
    (HEALTH_OPENING, 'HbA1c gives a picture of glucose across roughly the previous three months.'),
    (HEALTH_OPENING, 'No study has shown that screen light leads to AMD.'),
    (HEALTH_OPENING, 'NHS eye tests are free for children under 16.'),
    (HEALTH_OPENING, 'Around half of men between 40 and 70 have some degree of erection trouble.'),
    (HEALTH_OPENING, 'The atlas is the first bone in the neck, and the axis is the second.'),
    (HEALTH_OPENING, 'Some chiropractors claim that a shifted atlas causes MS, but there is no evidence for this.'),
    (HEALTH_OPENING, 'A blood clot can form on top of a plaque that has burst.'),
    (HEALTH_OPENING, 'Statins reduce the risk of heart attacks and strokes.'),
    (HEALTH_OPENING, 'Statins do not prevent all heart attacks.'),
    (HEALTH_OPENING, 'Bacteria in plaque are what cause gum disease.'),
    (HEALTH_OPENING, 'Most European countries do not add fluoride to tap water.'),
    (HEALTH_OPENING, 'An NHS check-up costs £27.40 in England.'),
    (HEALTH_OPENING, 'Testosterone falls by about 1% a year after the age of 40.'),
    (HEALTH_OPENING, 'The NHS can prescribe testosterone for men with confirmed low levels.'),
    (HEALTH_OPENING, 'Testosterone should be checked with a blood test taken in the morning.'),
    (HEALTH_OPENING, 'Methylphenidate is licensed in the UK for children aged six and over.'),
    (HEALTH_OPENING, 'Autism is not caused by inflammation.'),
    (HEALTH_OPENING, 'Doctors define infertility as not conceiving after a year of trying.'),
    (HEALTH_OPENING, 'Women are born with all the eggs they will ever have.'),
    (HEALTH_OPENING, 'The flu vaccine is offered to everyone aged 65 and over.'),
    (HEALTH_OPENING, 'NICE defines long covid as symptoms that last more than 12 weeks.'),
    (HEALTH_OPENING, 'Migraine is a brain disorder, not just a problem with blood vessels.'),
    (HEALTH_OPENING, 'GPs can prescribe medicines such as propranolol to prevent migraine.'),
    (HEALTH_OPENING, 'Losing weight can reduce the fat in your liver.'),
    (HEALTH_OPENING, 'B12 injections are available on the NHS for people with a deficiency.'),
    (HEALTH_OPENING, 'MS is a disease of the brain and spinal cord.'),
    (HEALTH_OPENING, 'If one identical twin has MS, the other has about a one in four chance of getting it.'),
    (HEALTH_OPENING, 'The vagus nerve runs from the brainstem down through the neck.'),
    (HEALTH_OPENING, 'Fatigue affects most people with MS.'),
    (HEALTH_OPENING, 'Osteoporosis is usually silent until a fracture happens.'),
    (HEALTH_OPENING, 'Bisphosphonates such as alendronate reduce the risk of fractures.'),
    (HEALTH_OPENING, 'NICE does not recommend vibration plates for osteoporosis.'),
    (HEALTH_OPENING, 'Stem cell exhaustion is one of several hallmarks of ageing.'),
    (HEALTH_OPENING, 'The 2010 study found that LDN did not slow disability progression in MS.'),
    (HEALTH_OPENING, 'In mice, the fasting diet reversed MS-like disease in about 20% of the animals.'),
    (HEALTH_OPENING, 'Many parents worry about the MMR vaccine.\nIt is not a cause of autism.'),
    (REGEN_TITLE, 'Stem cell exhaustion is one of several hallmarks of ageing.'),
    (MS_OPENING, 'The 2010 study found that LDN did not slow disability progression in MS.'),
    (MS_OPENING, 'Fatigue affects most people with MS.'),
    (MS_OPENING, 'If one identical twin has MS, the other has about a one in four chance of getting it.'),
    (MS_OPENING, 'Some chiropractors claim that a shifted atlas causes MS, but there is no evidence for this.'),
    (MS_OPENING, 'MS is a disease of the brain and spinal cord.'),
    (MS_OPENING, 'In mice, the fasting diet reversed MS-like disease in about 20% of the animals.'),
    (HEALTH_OPENING, 'The vagus nerve runs from the brainstem through the neck, outside the spinal cord.'),
    (REGEN_TITLE, 'The Duke University trial found no benefit of cord blood on social communication.'),
    (REGEN_TITLE, 'The cells travel to the lungs, where most are trapped.'),
])
def test_facts_from_sets_164_165_stated_carefully(opening, sentence):
    assert [f for f in lint_text(opening + sentence + "\n", "a.md", overrides=Overrides(select=("FCT",)))] == []


# Facts added or widened from blind sets 166-167 (v0.30.59), in wordings of my own.
@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, 'Rheumatoid arthritis is really the final stage of osteoarthritis.', 'general-rheumatoid-arthritis-autoimmune'),
    (HEALTH_OPENING, 'Left untreated, osteoarthritis eventually becomes rheumatoid arthritis.', 'general-rheumatoid-arthritis-autoimmune'),
    (HEALTH_OPENING, 'Joint pain often stems from a shortage of copper.', 'general-copper-bracelets-and-arthritis'),
    (HEALTH_OPENING, 'Back in 2013 a trial run by the University of York showed that copper bands eased joint pain.', 'general-copper-bracelets-and-arthritis'),
    (HEALTH_OPENING, 'Ear acupressure originated in ancient China.', 'general-auriculotherapy-modern-and-not-for-anxiety'),
    (HEALTH_OPENING, 'Ancient Chinese doctors mapped hundreds of pressure points on the ear.', 'general-auriculotherapy-modern-and-not-for-anxiety'),
    (HEALTH_OPENING, 'Even at such a high potency there are still lots of molecules left.', 'general-teething-homeopathy-and-infant-painkillers'),
    (HEALTH_OPENING, 'A 30C remedy still holds plenty of the original substance.', 'general-teething-homeopathy-and-infant-painkillers'),
    (HEALTH_OPENING, 'The MMR jab is preserved with mercury.', 'general-mmr-never-contained-mercury'),
    (HEALTH_OPENING, 'Mercury is still used in the MMR vaccine.', 'general-mmr-never-contained-mercury'),
    (HEALTH_OPENING, 'Thanks to modern medicine, measles no longer kills children in the UK.', 'general-measles-can-kill'),
    (HEALTH_OPENING, 'Measles is just a harmless childhood illness.', 'general-measles-can-kill'),
    (HEALTH_OPENING, 'Diabetes is the sole cause of nerve damage in the feet.', 'general-diabetic-neuropathy-pregabalin-and-magnets'),
    (HEALTH_OPENING, 'NICE now recommends magnetic insoles for neuropathic pain.', 'general-diabetic-neuropathy-pregabalin-and-magnets'),
    (HEALTH_OPENING, 'A three-minute cryotherapy session cuts your core temperature by about five degrees.', 'general-whole-body-cryotherapy-not-fda-cleared'),
    (MS_OPENING, 'Primary progressive MS accounts for around 80% of people with MS.', 'ms-most-relapsing'),
    (HEALTH_OPENING, 'NAD+ is actually a vitamin.', 'general-nad-and-vitamin-b3'),
    (HEALTH_OPENING, "The human body can't produce NAD+ on its own.", 'general-nad-and-vitamin-b3'),
    (HEALTH_OPENING, 'Prediabetes starts at an HbA1c of 48 or above.', 'general-hba1c-diabetes-threshold'),
    (HEALTH_OPENING, 'Only about 300,000 people in Britain have prediabetes.', 'general-hba1c-diabetes-threshold'),
    (HEALTH_OPENING, 'Rotator cuff tears are usually sporting injuries.', 'general-rotator-cuff-tears-mostly-degenerative'),
    (HEALTH_OPENING, 'Rotator cuff injuries mostly happen to young athletes.', 'general-rotator-cuff-tears-mostly-degenerative'),
    (HEALTH_OPENING, 'The apple stem cells in the cream eventually become human skin stem cells.', 'general-plant-stem-cell-cosmetics-are-extracts'),
    (HEALTH_OPENING, 'Collagen is produced in the outer layer of the skin.', 'general-fibroblasts-in-the-dermis-and-human-cells-in-cosmetics'),
    (HEALTH_OPENING, "During a UK winter there's no UVA to worry about.", 'general-uva-ages-skin-and-near-infrared'),
    (HEALTH_OPENING, 'The hippocampus sits right behind your forehead.', 'general-hippocampus-in-temporal-lobe'),
    (HEALTH_OPENING, 'Your memory centre, located at the front of the brain, needs omega-3.', 'general-hippocampus-in-temporal-lobe'),
    (HEALTH_OPENING, 'Modafinil is an over-the-counter smart drug.', 'general-modafinil-prescription-only-uk'),
    (HEALTH_OPENING, 'IARC classifies UVC light as harmless.', 'general-uv-radiation-group-1-carcinogen'),
    (HEALTH_OPENING, 'Activated charcoal gets absorbed into the blood and mops up toxins.', 'general-activated-charcoal-not-absorbed-and-efsa'),
    (HEALTH_OPENING, 'EFSA has approved charcoal capsules for flushing out toxins.', 'general-activated-charcoal-not-absorbed-and-efsa'),
    (HEALTH_OPENING, 'Colic affects almost all babies.', 'general-infant-colic-facts'),
    (HEALTH_OPENING, 'Nearly every baby gets colic.', 'general-infant-colic-facts'),
    (HEALTH_OPENING, 'Only stones smaller than 3 mm will pass by themselves.', 'general-kidney-stones-facts'),
    (MS_OPENING, 'The illness, typically developing after the age of 60, is rare in the young.', 'ms-age-of-onset'),
    (MS_OPENING, 'MS is really a drainage problem.', 'ms-ccsvi-not-a-cause'),
    (MS_OPENING, 'CCSVI can be found in every patient with MS.', 'ms-ccsvi-not-a-cause'),
    (MS_OPENING, 'Researchers found that widening the neck veins significantly improved walking.', 'ms-brave-dreams-no-benefit'),
    (MS_OPENING, 'The PREMiSe study at Buffalo reported fewer new lesions after venous angioplasty.', 'ms-brave-dreams-no-benefit'),
    (HEALTH_OPENING, 'A raw food diet provides all the vitamin B12 you need naturally.', 'general-vegans-need-b12-from-fortified-foods-or-supplements'),
    (HEALTH_OPENING, 'Spirulina is a reliable source of B12.', 'general-vegans-need-b12-from-fortified-foods-or-supplements'),
    (HEALTH_OPENING, 'Urban air now has only about 12% oxygen.', 'general-air-is-about-21-percent-oxygen'),
    (HEALTH_OPENING, "Healthy people's blood is about 85% saturated.", 'general-normal-oxygen-saturation'),
    (HEALTH_OPENING, "Women aren't born with a fixed supply of eggs.", 'general-eggs-finite-and-menopause-age'),
    (HEALTH_OPENING, 'The injections create new eggs in the ovaries.', 'general-eggs-finite-and-menopause-age'),
    (HEALTH_OPENING, 'Age has nothing to do with fertility.', 'general-infertility-defined-after-a-year'),
    (HEALTH_OPENING, 'Back pain rarely clears up without a back brace.', 'general-back-pain-non-specific-no-routine-scan'),
    (HEALTH_OPENING, 'Red yeast rice is completely different from prescription statins.', 'general-red-yeast-rice-is-a-statin'),
    (HEALTH_OPENING, 'Cholesterol solely comes from your diet.', 'general-cholesterol-mostly-made-by-liver'),
    (HEALTH_OPENING, "Iodine drops cure Hashimoto's thyroiditis.", 'general-thyroid-reverse-t3-prevalence-antibodies-levothyroxine'),
    (HEALTH_OPENING, 'An underactive thyroid affects 1 in every 3 adults.', 'general-thyroid-reverse-t3-prevalence-antibodies-levothyroxine'),
    (REGEN_TITLE, 'Osteoarthritis develops because we run out of stem cells.', 'regen-ageing-not-just-stem-cell-loss'),
    (REGEN_TITLE, 'Osteoarthritis is caused by a loss of stem cells.', 'regen-ageing-not-just-stem-cell-loss'),
])
def test_facts_from_sets_166_167(opening, sentence, fact):
    assert [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(opening + sentence + "\n", "a.md",
            overrides=Overrides(select=("FCT",)))] == [fact]


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, 'Rheumatoid arthritis is autoimmune and is no late phase of osteoarthritis.'),
    (HEALTH_OPENING, 'Copper bracelets did not ease pain in the York trial.'),
    (HEALTH_OPENING, 'Paul Nogier drew up the ear map behind ear seeds in France in the 1950s.'),
    (HEALTH_OPENING, 'The NHS does not give weight-loss jabs to everyone who asks for them.'),
    (HEALTH_OPENING, 'At a 30C dilution there is no active ingredient left.'),
    (HEALTH_OPENING, 'The MMR vaccine has never contained mercury.'),
    (HEALTH_OPENING, 'Does the MMR jab contain mercury? No.'),
    (HEALTH_OPENING, 'Measles can kill children, even in Europe.'),
    (HEALTH_OPENING, 'The whooping cough vaccine is offered in pregnancy to protect newborn babies.'),
    (HEALTH_OPENING, 'Diabetes is the commonest cause of peripheral neuropathy, but not the only one.'),
    (HEALTH_OPENING, 'NICE does not recommend magnet therapy for nerve pain.'),
    (HEALTH_OPENING, 'Cryotherapy cools the skin sharply but lowers core temperature by only a fraction of a degree.'),
    (MS_OPENING, 'Primary progressive MS accounts for about 10 to 15% of people with MS.'),
    (MS_OPENING, 'Relapsing-remitting MS is the starting course for roughly 85 in 100; primary progressive MS accounts for most of the rest.'),
    (HEALTH_OPENING, 'NAD+ is a coenzyme, made in the body from vitamin B3.'),
    (HEALTH_OPENING, 'Your body cannot make NAD+ without building blocks such as vitamin B3.'),
    (HEALTH_OPENING, 'An HbA1c between 42 and 47 counts as prediabetes, and from 48 up as diabetes.'),
    (HEALTH_OPENING, 'Roughly six million UK adults are thought to be living with prediabetes.'),
    (HEALTH_OPENING, 'Rotator cuff tears become more common with age.'),
    (HEALTH_OPENING, 'Plant stem cells can never turn into human skin cells.'),
    (HEALTH_OPENING, 'Collagen is made in the dermis, not the epidermis.'),
    (HEALTH_OPENING, 'There is less UVB in a British winter, but UVA is still there.'),
    (HEALTH_OPENING, 'The hippocampus sits within the medial temporal lobe.'),
    (HEALTH_OPENING, 'The prefrontal cortex sits at the front of the brain, behind your forehead.'),
    (HEALTH_OPENING, 'Here modafinil is supplied only on prescription.'),
    (HEALTH_OPENING, 'The WHO classes UV radiation as a cause of cancer.'),
    (HEALTH_OPENING, 'Activated charcoal is not absorbed into the bloodstream.'),
    (HEALTH_OPENING, 'EFSA has approved only one claim for activated charcoal, about wind after meals.'),
    (HEALTH_OPENING, 'Colic affects about one in five babies.'),
    (HEALTH_OPENING, 'Colic usually settles by three or four months, long before the first birthday.'),
    (HEALTH_OPENING, 'Stones under 5 mm usually pass on their own.'),
    (HEALTH_OPENING, 'In the UK melatonin is a prescription-only medicine, although in the US it is sold over the counter.'),
    (MS_OPENING, 'MS is usually diagnosed between 20 and 50.'),
    (MS_OPENING, 'MS is not a plumbing problem, whatever the vein clinics say.'),
    (MS_OPENING, 'CCSVI was found as often in healthy people as in people with MS.'),
    (MS_OPENING, 'The Brave Dreams trial found that opening the veins did not improve walking.'),
    (MS_OPENING, 'MS is not inherited from your mother in any simple way.'),
    (HEALTH_OPENING, 'A vegan diet needs B12-fortified foods or a supplement to provide all the B12 you need.'),
    (HEALTH_OPENING, 'Ordinary air contains about 21% oxygen.'),
    (HEALTH_OPENING, "Healthy people's blood is 95 to 100% saturated with oxygen."),
    (HEALTH_OPENING, 'Women are born with all the eggs they will ever have.'),
    (HEALTH_OPENING, 'No treatment can create new eggs.'),
    (HEALTH_OPENING, 'Age has a big effect on fertility.'),
    (HEALTH_OPENING, 'Most back pain goes away within a few weeks without a brace.'),
    (HEALTH_OPENING, 'Monacolin K is chemically identical to lovastatin.'),
    (HEALTH_OPENING, 'Cholesterol does not only come from food; the liver makes most of it.'),
    (HEALTH_OPENING, "Iodine supplements do not cure Hashimoto's."),
    (HEALTH_OPENING, 'An underactive thyroid affects about 2 in every 100 people.'),
    (REGEN_TITLE, 'Osteoarthritis is not caused by running out of stem cells.'),
])
def test_facts_from_sets_166_167_stated_carefully(opening, sentence):
    assert [f for f in lint_text(opening + sentence + "\n", "a.md", overrides=Overrides(select=("FCT",)))] == []


# Facts read from blind sets 168-169 (0.30.60), each said wrongly in new words and then carefully.
SLEEP_OPENING = "# Sleep questions\n\nSleep apnoea is a night-time breathing disorder. "
COPD_OPENING = "# Breathing easier\n\nCOPD is a long-term lung disease. "


@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, 'Having a glass of this pH 10 water each morning makes your blood alkaline.', 'general-alkaline-water-and-blood-ph'),
    (HEALTH_OPENING, 'Studies have proven that ionised water prevents cancer.', 'general-alkaline-water-and-blood-ph'),
    (HEALTH_OPENING, 'Your gut absorbs nearly all of the turmeric you swallow.', 'general-curcumin-absorption-and-nice-osteoarthritis'),
    (SLEEP_OPENING, 'It is almost entirely a condition of overweight older men.', 'general-snoring-alcohol-sleeping-position-and-who-gets-sleep-apnoea'),
    (MS_OPENING, 'Most people with MS are in a wheelchair within a decade.', 'ms-most-never-need-wheelchair'),
    (MS_OPENING, 'By definition an MS relapse is a worsening that lasts under 24 hours.', 'ms-relapses-remit-and-last-a-day'),
    (HEALTH_OPENING, "ADHD is mainly caused by sugar and additives in children's food.", 'general-adhd-causes-and-nice-diet-advice'),
    (COPD_OPENING, 'The disease can be fully reversed if it is spotted early.', 'general-copd-cause-and-tests'),
    (HEALTH_OPENING, 'Every woman ovulates on day 14 of each cycle.', 'general-fertility-ovulation-folic-acid-and-seeing-a-gp'),
    (HEALTH_OPENING, 'The only reliable way to diagnose menopause is a saliva hormone test.', 'general-menopause-diagnosed-from-symptoms-saliva-tests-and-progesterone-cream'),
    (HEALTH_OPENING, 'Varicose veins are mainly caused by blood clots in the leg.', 'general-varicose-veins-common-and-their-treatment'),
    (HEALTH_OPENING, "These days the NHS won't treat your varicose veins under any circumstances.", 'general-varicose-veins-common-and-their-treatment'),
    (HEALTH_OPENING, 'Ozone is just a purer, stronger form of oxygen.', 'general-ozone-is-not-oxygen'),
    (HEALTH_OPENING, 'Long COVID now affects about a third of the population.', 'general-long-covid-definition'),
    (MS_OPENING, 'A single blood test can tell you if you have MS.', 'ms-no-blood-test-diagnosis'),
    (HEALTH_OPENING, 'Ritalin is a drug that is really a sedative.', 'general-methylphenidate-is-a-stimulant'),
    (HEALTH_OPENING, 'Pregnant women are advised to avoid the flu vaccine.', 'general-flu-vaccine-safe-in-pregnancy'),
    (HEALTH_OPENING, 'Our sensors measure the glucose in your blood around the clock.', 'general-glucose-monitoring-facts'),
    (HEALTH_OPENING, 'Most people only need an eye test every ten years.', 'general-driving-eyesight-and-free-eye-tests'),
    (HEALTH_OPENING, 'The DVLA does not need to know about your sleep apnoea.', 'general-sleep-apnoea-harms-and-dvla'),
    (HEALTH_OPENING, "Your liver can't regenerate on its own.", 'general-liver-regenerates-and-liver-disease-is-often-silent'),
    (HEALTH_OPENING, 'Cinnamon has been proven to lower blood sugar in people with type 1 diabetes.', 'general-type-1-diabetes-not-sugar'),
    (HEALTH_OPENING, 'Ceylon cinnamon is high in coumarin.', 'general-cassia-cinnamon-holds-the-coumarin'),
    (HEALTH_OPENING, 'EDTA only removes heavy metals like lead.', 'general-edta-binds-calcium-and-deaths'),
    (HEALTH_OPENING, 'Nobody has ever died from chelation therapy.', 'general-edta-binds-calcium-and-deaths'),
    (HEALTH_OPENING, 'Scientists proved that eating carrots helps you see in the dark.', 'general-carrots-and-night-vision'),
    (HEALTH_OPENING, 'Autism hits males and females alike.', 'general-autism-diagnosed-more-in-boys-and-the-duke-trial'),
    (HEALTH_OPENING, 'A Duke University study showed cord blood infusions help autistic children.', 'general-autism-diagnosed-more-in-boys-and-the-duke-trial'),
    (HEALTH_OPENING, 'Your sperm get replaced from scratch every 2 days.', 'general-sperm-take-months-to-make'),
    (HEALTH_OPENING, 'The WHI showed that hormone therapy caused 1 in 4 users to develop breast cancer.', 'general-whi-breast-cancer-absolute-risk'),
    (HEALTH_OPENING, 'The liver stores toxins until you flush them out with a detox.', 'general-liver-clears-toxins-and-milk-thistle'),
    (HEALTH_OPENING, 'Milk thistle is proven to reverse cirrhosis.', 'general-liver-clears-toxins-and-milk-thistle'),
    (HEALTH_OPENING, 'The ketogenic diet was originally developed for MS.', 'general-ketogenic-diet-began-for-epilepsy'),
    (HEALTH_OPENING, 'All of the transferred fat survives for life.', 'general-grafted-fat-partly-reabsorbed'),
    (MS_OPENING, 'Just a tiny handful of patients with MS get real fatigue.', 'ms-fatigue-heat-exercise-and-cbt'),
])
def test_facts_from_sets_168_169(opening, sentence, fact):
    found = [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(opening + sentence + "\n", "a.md",
             overrides=Overrides(select=("FCT",)))]
    assert fact in found


@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, 'Osteoarthritis never starts before the age of 65.', 'general-arthritis-not-just-old-age'),
    (HEALTH_OPENING, 'Type 1 diabetes always starts in childhood.', 'general-type-1-diabetes-not-sugar'),
])
def test_facts_from_sets_168_169_with_an_absolute(opening, sentence, fact):
    found = [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(opening + sentence + "\n", "a.md",
             overrides=Overrides(select=("FCT009",)))]
    assert fact in found


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, 'No study has shown that alkaline water prevents cancer.'),
    (HEALTH_OPENING, 'Only a small fraction of the curcumin you take is absorbed.'),
    (HEALTH_OPENING, 'Sleep apnoea is more common in overweight men, but women and slim people get it too.'),
    (MS_OPENING, 'The majority of people with MS will never use a wheelchair.'),
    (MS_OPENING, 'An MS relapse means new symptoms lasting at least 24 hours.'),
    (HEALTH_OPENING, 'Sugar and food additives are not what causes ADHD.'),
    (HEALTH_OPENING, 'There is no cure for COPD, but treatment helps if it is spotted early.'),
    (HEALTH_OPENING, 'Many women ovulate around day 14, but it varies.'),
    (HEALTH_OPENING, 'The NHS does not usually treat varicose veins for cosmetic reasons.'),
    (HEALTH_OPENING, 'Ozone is a toxic gas, not a form of oxygen.'),
    (HEALTH_OPENING, 'The ONS estimated that about 2.9% of the UK population had long COVID in 2023.'),
    (MS_OPENING, 'No blood test can tell you whether you have MS.'),
    (HEALTH_OPENING, 'Pregnant women are advised to have the flu vaccine.'),
    (HEALTH_OPENING, 'Continuous glucose monitors measure glucose in the fluid under your skin, not in your blood.'),
    (HEALTH_OPENING, 'Opticians on the NHS suggest a sight test once in two years.'),
    (HEALTH_OPENING, 'Although type 1 diabetes often begins in childhood, adults can develop it too.'),
    (HEALTH_OPENING, 'Cassia cinnamon is high in coumarin; Ceylon cinnamon has only traces.'),
    (HEALTH_OPENING, 'Deaths have been reported after EDTA chelation.'),
    (HEALTH_OPENING, 'That carrots sharpen sight in darkness was a wartime propaganda tale.'),
    (HEALTH_OPENING, 'Autism is diagnosed more often in boys than girls.'),
    (HEALTH_OPENING, 'The Duke trial found that cord blood did not improve social skills in autistic children.'),
    (HEALTH_OPENING, 'Sperm need roughly 74 days to mature.'),
    (HEALTH_OPENING, "The Women's Health Initiative found a small increase in breast cancer risk with combined HRT."),
    (HEALTH_OPENING, 'The liver breaks down toxins so they can leave the body.'),
    (HEALTH_OPENING, 'No trial has shown milk thistle reversing cirrhosis.'),
    (HEALTH_OPENING, 'The ketogenic diet was first developed for epilepsy in the 1920s.'),
    (HEALTH_OPENING, 'Not all of the transferred fat survives; some is reabsorbed.'),
    (MS_OPENING, 'Fatigue affects most people with MS.'),
])
def test_facts_from_sets_168_169_stated_carefully(opening, sentence):
    assert [f for f in lint_text(opening + sentence + "\n", "a.md", overrides=Overrides(select=("FCT",)))] == []


# Facts read from blind sets 170-171 (0.30.61), each said wrongly in new words and then carefully.


@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, 'Every certified laboratory reports the same figures for a single hair sample.', 'general-hair-tests-aluminium-and-amalgam'),
    (HEALTH_OPENING, 'Asthma is basically a learned habit of hyperventilation.', 'general-asthma-inflammation-steroids-deaths-and-breathing-exercises'),
    (HEALTH_OPENING, 'Asthma is mainly caused by breathing too much.', 'general-asthma-inflammation-steroids-deaths-and-breathing-exercises'),
    (HEALTH_OPENING, 'Breathing retraining has been shown to calm the inflammation inside the airways.', 'general-asthma-inflammation-steroids-deaths-and-breathing-exercises'),
    (HEALTH_OPENING, 'Preventer inhalers slowly weaken the lungs.', 'general-asthma-inflammation-steroids-deaths-and-breathing-exercises'),
    (HEALTH_OPENING, 'Home kits with up to 25% peroxide are perfectly legal in the UK.', 'general-tooth-whitening-law-light-and-restorations'),
    (HEALTH_OPENING, 'Fluoride slowly erodes tooth enamel.', 'general-fluoride-toothpaste-strength-and-status'),
    (HEALTH_OPENING, 'NICE advises keeping allopurinol as a last resort.', 'general-gout-urate-lowering-and-crystals'),
    (HEALTH_OPENING, 'When the attack calms down, the urate crystals melt away.', 'general-gout-urate-lowering-and-crystals'),
    (HEALTH_OPENING, 'Inflammation is mainly driven by static charge building up in the body.', 'general-inflammation-crp-and-liver-failure'),
    (HEALTH_OPENING, 'Half of British adults suffer from insomnia.', 'general-insomnia-cbt-first-not-sleeping-pills'),
    (HEALTH_OPENING, 'NICE does not back any talking therapy for insomnia.', 'general-insomnia-cbt-first-not-sleeping-pills'),
    (HEALTH_OPENING, 'Warburg, who was awarded the Nobel Prize for showing that glucose feeds tumours, was a genius.', 'general-cancer-fuels-warburg-and-survival'),
    (HEALTH_OPENING, 'Chemo only works for about 3% of patients.', 'general-cancer-fuels-warburg-and-survival'),
    (HEALTH_OPENING, "Antibiotics can't kill the bacteria when they hide inside your cells.", 'general-lyme-numbers-and-nice-ng95'),
    (HEALTH_OPENING, 'Allergies are something you are born with.', 'general-anaphylaxis-adrenaline-and-peanut-allergy'),
    (HEALTH_OPENING, "Adults can't develop an allergy later in life.", 'general-anaphylaxis-adrenaline-and-peanut-allergy'),
    (HEALTH_OPENING, 'Osteoporosis gives you sore bones long before a fracture.', 'general-osteoporosis-not-inevitable'),
    (HEALTH_OPENING, 'Amlodipine gradually harms the kidneys.', 'general-high-blood-pressure-common-and-garlic'),
    (HEALTH_OPENING, 'Just one person in fifteen in Britain has high blood pressure.', 'general-high-blood-pressure-common-and-garlic'),
    (HEALTH_OPENING, 'Red wee after a beetroot shot is a sign your nitrate is being taken up.', 'general-blood-pressure-salt-and-nitrate'),
    (HEALTH_OPENING, "In Alzheimer's, the brain can no longer burn glucose at all.", 'general-alzheimers-not-type-3-diabetes'),
    (HEALTH_OPENING, 'Aricept slowly damages the brain.', 'general-alzheimers-not-type-3-diabetes'),
    (HEALTH_OPENING, 'Coconut oil also cuts LDL cholesterol.', 'general-coconut-oil-raises-ldl'),
    (HEALTH_OPENING, 'Dementia is simply a natural part of getting old.', 'general-dementia-not-normal-ageing'),
    (HEALTH_OPENING, 'Knee cartilage has its own generous blood supply.', 'general-knee-cartilage-running-and-replacements'),
    (HEALTH_OPENING, 'A diet heavy in acid-forming foods turns your blood acidic.', 'general-alkaline-water-and-blood-ph'),
    (HEALTH_OPENING, 'Damaged kidneys can regrow their lost nephrons.', 'general-kidney-facts'),
    (HEALTH_OPENING, 'Your eGFR shows the acidity of your kidneys.', 'general-kidney-facts'),
    (HEALTH_OPENING, 'Kidney doctors never prescribe sodium bicarbonate for CKD.', 'general-kidney-facts'),
    (HEALTH_OPENING, 'Just one adult in 500 has chronic kidney disease.', 'general-kidney-facts'),
    (HEALTH_OPENING, 'It is nicotine that causes lung cancer in smokers.', 'general-nicotine-not-the-carcinogen'),
    (HEALTH_OPENING, 'Quitters who get support from stop smoking clinics are no likelier to succeed than people who try by themselves.', 'general-smoking-rates-laser-and-quitting'),
    (HEALTH_OPENING, 'Champix has been banned in Britain.', 'general-smoking-rates-laser-and-quitting'),
    (MS_OPENING, 'It is passed straight down the female line.', 'ms-not-inherited'),
    (MS_OPENING, 'It is usually deadly within a decade.', 'ms-not-contagious-or-fatal'),
    (MS_OPENING, 'The lesions seen in MS are really just puddles of trapped lymph.', 'ms-lesions-are-inflammation'),
    (MS_OPENING, 'MS usually comes on after the change of life.', 'ms-age-of-onset'),
    (MS_OPENING, 'PPMS, which is the type most patients start with, responds well to the course.', 'ms-most-relapsing'),
    (MS_OPENING, 'Hyperbaric oxygen regrows lost myelin.', 'ms-not-a-disease-of-low-oxygen'),
    (HEALTH_OPENING, 'Our CBD drops are officially approved by the Food Standards Agency.', 'general-cbd-products-epidyolex-and-the-thc-rule'),
    (HEALTH_OPENING, "Goat's milk protein is completely unlike cow's milk protein.", 'general-goats-milk-lactose-and-allergy'),
    (HEALTH_OPENING, 'EBV is present in just a small minority of adults.', 'general-ebv-common-herpesvirus'),
    (HEALTH_OPENING, "Parkinson's is basically a disease of worn-out stem cells.", 'general-parkinsons-tremor-age-dbs-and-new-medicines'),
    (HEALTH_OPENING, "Parkinson's affects roughly 1 in 10,000 people in Britain.", 'general-parkinsons-tremor-age-dbs-and-new-medicines'),
    (HEALTH_OPENING, 'Levodopa harms the surviving dopamine neurons.', 'general-levodopa-not-toxic'),
    (HEALTH_OPENING, "Levodopa speeds your Parkinson's up.", 'general-levodopa-not-toxic'),
    (HEALTH_OPENING, 'Her Nobel Prize was awarded for proving telomeres could be made longer with capsules.', 'general-telomeres-nobel-variation-and-cancer'),
    (HEALTH_OPENING, 'Blackburn received the Nobel Prize in 2012.', 'general-telomeres-nobel-variation-and-cancer'),
    (HEALTH_OPENING, "Everyone's telomeres get shorter at precisely the same pace.", 'general-telomeres-nobel-variation-and-cancer'),
    (HEALTH_OPENING, 'Cancer cells switch off telomerase.', 'general-telomeres-nobel-variation-and-cancer'),
    (HEALTH_OPENING, "Boosting telomerase can't possibly cause cancer.", 'general-telomeres-nobel-variation-and-cancer'),
    (HEALTH_OPENING, 'Clobetasol is a traditional herbal remedy.', 'general-clobetasol-is-a-synthetic-steroid'),
    (HEALTH_OPENING, "Most new mums can't produce enough breast milk.", 'general-milk-supply-newborn-stomach-and-domperidone'),
    (HEALTH_OPENING, "A newborn's tummy can hold a full bottle on day one.", 'general-milk-supply-newborn-stomach-and-domperidone'),
    (HEALTH_OPENING, 'Domperidone is officially licensed in the UK for boosting milk supply.', 'general-milk-supply-newborn-stomach-and-domperidone'),
])
def test_facts_from_sets_170_171(opening, sentence, fact):
    found = [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(opening + sentence + "\n", "a.md",
             overrides=Overrides(select=("FCT",)))]
    assert fact in found


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, 'Independent tests found that hair mineral laboratories gave widely differing results for one sample.'),
    (HEALTH_OPENING, 'Asthma is inflammation of the airways, although some people also breathe too fast.'),
    (HEALTH_OPENING, 'Breathing exercises can help asthma symptoms but have not been shown to reduce airway inflammation.'),
    (HEALTH_OPENING, 'Steroid inhalers calm airway inflammation; they do not weaken the lungs.'),
    (HEALTH_OPENING, 'Home whitening kits in the UK may contain no more than 0.1% hydrogen peroxide.'),
    (HEALTH_OPENING, 'Fluoride strengthens tooth enamel.'),
    (HEALTH_OPENING, 'Myth: fluoride weakens enamel.'),
    (HEALTH_OPENING, 'NICE advises offering allopurinol to people with repeated gout flares.'),
    (HEALTH_OPENING, 'Urate crystals stay in the joint after an attack settles unless urate is lowered for months.'),
    (HEALTH_OPENING, "Inflammation is the immune system's response to injury or infection."),
    (HEALTH_OPENING, 'About a third of adults have insomnia at some point.'),
    (HEALTH_OPENING, 'NICE recommends CBT for insomnia before sleeping pills.'),
    (HEALTH_OPENING, 'Warburg won the 1931 Nobel Prize for work on the respiratory enzyme.'),
    (HEALTH_OPENING, "The 2% figure measured chemotherapy's added share of five-year survival, not how many patients it helps."),
    (HEALTH_OPENING, 'Doxycycline for three weeks clears Lyme disease in most people.'),
    (HEALTH_OPENING, 'You can become allergic to wasp stings at any age.'),
    (HEALTH_OPENING, 'People once believed that allergies were something you were born with.'),
    (HEALTH_OPENING, 'Osteoporosis usually causes no symptoms until a bone breaks.'),
    (HEALTH_OPENING, 'Amlodipine does not harm the kidneys.'),
    (HEALTH_OPENING, 'Roughly a third of British adults have high blood pressure.'),
    (HEALTH_OPENING, 'Pink urine after beetroot comes from its pigment, not its nitrate.'),
    (HEALTH_OPENING, "In Alzheimer's the brain uses less glucose in some areas."),
    (HEALTH_OPENING, 'Donepezil can cause nausea and a slow pulse.'),
    (HEALTH_OPENING, 'Does donepezil damage the brain? No.'),
    (HEALTH_OPENING, 'Coconut oil raises LDL cholesterol.'),
    (HEALTH_OPENING, 'Growing older does not in itself cause dementia.'),
    (HEALTH_OPENING, 'Joint cartilage has no blood supply of its own.'),
    (HEALTH_OPENING, 'Food changes the pH of your urine, not your blood.'),
    (HEALTH_OPENING, 'Nephrons lost to kidney disease do not grow back.'),
    (HEALTH_OPENING, 'eGFR estimates how well the kidneys filter.'),
    (HEALTH_OPENING, 'Some people with advanced CKD are prescribed sodium bicarbonate.'),
    (HEALTH_OPENING, 'Roughly 10% of UK adults have chronic kidney disease.'),
    (HEALTH_OPENING, 'Nicotine is addictive, but the tar in smoke causes cancer.'),
    (HEALTH_OPENING, 'Smokers who use stop smoking services are about three times as likely to quit.'),
    (HEALTH_OPENING, 'Varenicline was withdrawn in 2021 and is available again.'),
    (MS_OPENING, "MS is not passed down the mother's line."),
    (MS_OPENING, 'MS is rarely fatal in itself.'),
    (MS_OPENING, 'MS lesions are areas of inflammation and lost myelin.'),
    (MS_OPENING, 'Most people are diagnosed with MS between 20 and 50.'),
    (MS_OPENING, 'Relapsing-remitting MS is the most common type at diagnosis.'),
    (MS_OPENING, 'Hyperbaric oxygen has not been shown to repair myelin.'),
    (HEALTH_OPENING, 'The Food Standards Agency has not yet authorised any CBD product.'),
    (HEALTH_OPENING, "Goat's milk proteins are similar to those in cow's milk."),
    (HEALTH_OPENING, 'Most adults carry Epstein-Barr virus.'),
    (HEALTH_OPENING, "Parkinson's follows the loss of dopamine-producing nerve cells."),
    (HEALTH_OPENING, "About 1 in 450 people in the UK has Parkinson's."),
    (HEALTH_OPENING, 'Levodopa does not damage the remaining dopamine cells.'),
    (HEALTH_OPENING, 'Blackburn shared the 2009 Nobel Prize for work on telomeres.'),
    (HEALTH_OPENING, 'Telomeres shorten at different rates in different people.'),
    (HEALTH_OPENING, 'Telomerase is active in most cancer cells.'),
    (HEALTH_OPENING, 'Clobetasol is a potent synthetic steroid.'),
    (HEALTH_OPENING, 'Most mothers can make enough milk with the right support.'),
    (HEALTH_OPENING, "A day-old baby's stomach takes roughly a teaspoon."),
    (HEALTH_OPENING, 'Domperidone is licensed for nausea; its use for milk supply is off-label.'),
])
def test_facts_from_sets_170_171_stated_carefully(opening, sentence):
    assert [f for f in lint_text(opening + sentence + "\n", "a.md", overrides=Overrides(select=("FCT",)))] == []


# Facts read from blind sets 172-173 (0.30.62), each said wrongly in new words and then carefully.

CORD_OPENING = "# Cord blood for autism\n\nSome clinics sell cord blood stem cell infusions for autistic children.\n\n"


@pytest.mark.parametrize("opening,sentence,fact", [
    (HEALTH_OPENING, 'Roughly one in four people across the UK have asthma these days.', 'general-asthma-inflammation-steroids-deaths-and-breathing-exercises'),
    (HEALTH_OPENING, 'A Cochrane review of halotherapy concluded that it helps.', 'general-asthma-inflammation-steroids-deaths-and-breathing-exercises'),
    (CORD_OPENING, 'The Duke trial showed that cord blood gave children real improvements in social behaviour.', 'regen-cord-blood-autism-trial-no-benefit'),
    (HEALTH_OPENING, 'The Mayo Clinic studies showed that vitamin C prolonged survival in late-stage cancer.', 'general-iv-vitamin-c-history-trials-and-safety'),
    (HEALTH_OPENING, 'Roughly one in twenty cataract operations ends with the patient left blind.', 'general-cataract-surgery-timing-and-risk'),
    (HEALTH_OPENING, 'Plaques are mostly calcium.', 'general-artery-plaque-not-dietary-calcium'),
    (HEALTH_OPENING, 'EDTA was originally developed to treat clogged arteries.', 'general-artery-plaque-not-dietary-calcium'),
    (HEALTH_OPENING, 'Ketamine was first created as a club drug.', 'general-drug-origins-ketamine-minoxidil'),
    (HEALTH_OPENING, 'NICE has recommended Spravato for treatment-resistant depression.', 'general-drug-origins-ketamine-minoxidil'),
    (HEALTH_OPENING, 'Ketamine acts by boosting serotonin, exactly like SSRIs.', 'general-ketamine-controlled-and-not-nice-approved'),
    (HEALTH_OPENING, 'The nitric oxide you need is produced in your mouth.', 'general-sleep-apnoea-cause-and-mouth-taping'),
    (HEALTH_OPENING, 'NICE guidance limits CPAP to patients with severe disease.', 'general-sleep-apnoea-cause-and-mouth-taping'),
    (MS_OPENING, 'The majority of MS patients start with a progressive course from the outset.', 'ms-most-relapsing'),
    (MS_OPENING, 'Most patients with MS really have the progressive type.', 'ms-most-relapsing'),
    (HEALTH_OPENING, 'Biotin is simply vitamin B6.', 'general-biotin-and-supplements-can-skew-lab-tests'),
    (HEALTH_OPENING, 'Your vagus nerve sends its signals one way only.', 'general-vagus-nerve-from-brainstem'),
    (HEALTH_OPENING, 'The injected stem cells transform into fresh collagen.', 'general-skin-collagen-and-renewal'),
    (HEALTH_OPENING, 'Every one of the grafted fat cells survives.', 'general-grafted-fat-partly-reabsorbed'),
    (HEALTH_OPENING, 'Adipose-derived stem cells were discovered only in 2014.', 'general-grafted-fat-partly-reabsorbed'),
    (HEALTH_OPENING, "A man's testosterone drops by half when he turns 40.", 'general-testosterone-decline-and-testing'),
    (HEALTH_OPENING, 'A saliva swab is the way doctors properly diagnose low testosterone.', 'general-testosterone-decline-and-testing'),
    (HEALTH_OPENING, 'Testosterone is mainly produced by the adrenal glands.', 'general-testosterone-decline-and-testing'),
    (HEALTH_OPENING, 'Rhinoviruses account for just 3% of colds.', 'general-colds-are-viral'),
    (HEALTH_OPENING, 'The average adult gets 6 to 10 colds every year.', 'general-colds-are-viral'),
    (HEALTH_OPENING, 'Being chilled and damp is what allows the germs in.', 'general-colds-are-viral'),
    (HEALTH_OPENING, 'Cranberry extract wipes out the bacteria in your urine.', 'general-cranberry-not-acid-not-treatment'),
    (HEALTH_OPENING, 'NICE recommends trying cranberry products before antibiotics.', 'general-cranberry-not-acid-not-treatment'),
    (HEALTH_OPENING, 'Finasteride was outlawed in Britain last year.', 'general-finasteride-mhra-warnings-and-nhs-hair-loss'),
    (HEALTH_OPENING, 'Raised IgG levels show that you are intolerant to that food.', 'general-igg-tests-and-food-intolerance'),
    (HEALTH_OPENING, 'Our IgG panel checks you for coeliac disease too.', 'general-igg-tests-and-food-intolerance'),
    (HEALTH_OPENING, 'After the holidays your liver is congested with toxins.', 'general-liver-clears-toxins-and-milk-thistle'),
    (HEALTH_OPENING, 'Once infused into a vein, the cells head straight to the organs where the damage is.', 'general-infused-cells-do-not-rebuild-the-brain'),
    (HEALTH_OPENING, 'NICE only accepts long COVID after you have been unwell for a year.', 'general-long-covid-definition'),
    (MS_OPENING, 'The CUPID study found that dronabinol halted disability in progressive MS.', 'ms-cupid-no-benefit'),
    (HEALTH_OPENING, 'NICE advises CBD oil to ease chronic pain.', 'general-cbd-products-epidyolex-and-the-thc-rule'),
    (HEALTH_OPENING, 'The FSA states that there is no daily limit for CBD.', 'general-cbd-fsa-never-advised-high-doses'),
    (MS_OPENING, 'MS develops because nerve cells are deprived of oxygen.', 'ms-not-a-disease-of-low-oxygen'),
    (MS_OPENING, 'In that 1985 Lancet study most patients could walk farther afterwards.', 'ms-not-a-disease-of-low-oxygen'),
    (MS_OPENING, 'MS is basically an illness of carbs.', 'ms-not-caused-by-diet'),
    (HEALTH_OPENING, 'NHS dentists have stopped recommending fluoride toothpaste.', 'general-fluoride-toothpaste-strength-and-status'),
    (HEALTH_OPENING, 'Gum disease is simply a natural consequence of ageing.', 'general-gum-disease-common-and-oil-pulling'),
    (HEALTH_OPENING, 'Your bones hurt years before a bone actually fractures.', 'general-osteoporosis-not-inevitable'),
    (HEALTH_OPENING, 'Cochrane concluded that ginkgo eased tinnitus.', 'general-tinnitus-common-cochlea-and-ginkgo'),
    (HEALTH_OPENING, 'NICE advises doctors to prescribe betahistine for tinnitus.', 'general-tinnitus-common-cochlea-and-ginkgo'),
    (HEALTH_OPENING, 'Hearing aids aggravate your tinnitus.', 'general-tinnitus-common-cochlea-and-ginkgo'),
    (HEALTH_OPENING, 'This collagen is harvested from plants.', 'general-collagen-digested-not-absorbed-whole'),
    (HEALTH_OPENING, 'Collagen passes intact through the gut wall to the skin.', 'general-collagen-digested-not-absorbed-whole'),
    (HEALTH_OPENING, 'In 2015 researchers reversed cataracts in human volunteers with lanosterol drops.', 'general-lanosterol-drops-tested-in-animals'),
    (HEALTH_OPENING, 'Lanosterol drops have been proven to dissolve cataracts in patients.', 'general-lanosterol-drops-tested-in-animals'),
    (HEALTH_OPENING, 'GLP-1 is a hormone produced by the pancreas.', 'general-glp1-from-the-gut-and-semaglutide-absorption'),
    (HEALTH_OPENING, 'The semaglutide in these drops is absorbed under the tongue every bit as well as an injection.', 'general-glp1-from-the-gut-and-semaglutide-absorption'),
    (HEALTH_OPENING, 'Patients on semaglutide lost about 40% of their body weight.', 'general-glp1-from-the-gut-and-semaglutide-absorption'),
    (HEALTH_OPENING, 'Ohsumi received the Nobel Prize for showing that fasting heals damaged nerves.', 'general-ohsumi-nobel-for-autophagy-in-yeast'),
])
def test_facts_from_sets_172_173(opening, sentence, fact):
    found = [f.message.rsplit("[", 1)[1].rstrip("]") for f in lint_text(opening + sentence + "\n", "a.md",
             overrides=Overrides(select=("FCT",)))]
    assert fact in found


@pytest.mark.parametrize("opening,sentence", [
    (HEALTH_OPENING, 'About 1 in 12 adults in the UK is treated for asthma.'),
    (HEALTH_OPENING, 'Cochrane reviewers could not tell whether salt caves help asthma.'),
    (CORD_OPENING, 'Cord blood did not improve social skills in the Duke trial.'),
    (HEALTH_OPENING, 'The Mayo Clinic trials found that vitamin C did not help people with advanced cancer.'),
    (HEALTH_OPENING, 'Serious sight loss follows about 1 in 1,000 cataract operations.'),
    (HEALTH_OPENING, 'Artery plaque is mainly fatty material, with calcium in older plaques.'),
    (HEALTH_OPENING, 'EDTA was first used in medicine to treat lead poisoning.'),
    (HEALTH_OPENING, 'Ketamine was developed as an anaesthetic and later became a club drug.'),
    (HEALTH_OPENING, 'NICE does not recommend esketamine nasal spray.'),
    (HEALTH_OPENING, 'Ketamine is thought to work mainly through NMDA receptors rather than serotonin.'),
    (HEALTH_OPENING, 'Nasal nitric oxide is made mostly in the sinuses.'),
    (HEALTH_OPENING, 'NICE recommends CPAP for moderate and severe sleep apnoea.'),
    (MS_OPENING, 'Most people with MS are first diagnosed with relapsing-remitting MS.'),
    (HEALTH_OPENING, 'Biotin is vitamin B7.'),
    (HEALTH_OPENING, "Most vagal fibres are sensory, running up toward the brainstem."),
    (HEALTH_OPENING, 'Fibroblasts in the skin make collagen.'),
    (HEALTH_OPENING, 'About half of grafted fat is reabsorbed.'),
    (HEALTH_OPENING, 'Stem cells in fat were described in 2001.'),
    (HEALTH_OPENING, 'Testosterone declines slowly, around one per cent yearly, in middle age.'),
    (HEALTH_OPENING, 'Low testosterone is diagnosed with two morning blood tests.'),
    (HEALTH_OPENING, 'Most testosterone is made in the testes.'),
    (HEALTH_OPENING, 'Rhinoviruses cause more colds than any other virus.'),
    (HEALTH_OPENING, 'A typical adult gets two or three colds each year.'),
    (HEALTH_OPENING, 'Colds are caused by viruses, not by getting wet.'),
    (HEALTH_OPENING, 'Cranberry may stop bacteria sticking to the bladder wall.'),
    (HEALTH_OPENING, 'NICE found too little evidence that cranberry treats a urine infection.'),
    (HEALTH_OPENING, 'Finasteride is still licensed in the UK.'),
    (HEALTH_OPENING, 'IgG antibodies to foods usually just reflect what you eat.'),
    (HEALTH_OPENING, 'Coeliac disease is tested for with a tTG blood test.'),
    (HEALTH_OPENING, 'A healthy liver clears toxins on its own.'),
    (HEALTH_OPENING, 'Most cells infused into a vein get stuck in the lungs.'),
    (HEALTH_OPENING, 'NICE uses the term post-COVID-19 syndrome from 12 weeks.'),
    (MS_OPENING, 'The CUPID trial found no effect of dronabinol on progression.'),
    (HEALTH_OPENING, 'Outside research studies, NICE says CBD should not be offered for long-term pain.'),
    (HEALTH_OPENING, "The FSA's advice caps CBD at 10 mg daily for healthy grown-ups."),
    (MS_OPENING, 'MS is driven by the immune system; oxygen shortage does not cause it.'),
    (MS_OPENING, 'Disability scores did not improve in the 1985 Lancet trial.'),
    (MS_OPENING, 'Diet is not an established cause of MS.'),
    (HEALTH_OPENING, 'The NHS still advises adults to brush with fluoride toothpaste.'),
    (HEALTH_OPENING, 'Gum disease is caused by bacteria in plaque.'),
    (HEALTH_OPENING, 'Osteoporosis usually causes no pain until a bone breaks.'),
    (HEALTH_OPENING, 'The Cochrane review found ginkgo may make little difference to tinnitus.'),
    (HEALTH_OPENING, 'NICE says not to offer betahistine for tinnitus.'),
    (HEALTH_OPENING, 'Hearing aids can make tinnitus less noticeable.'),
    (HEALTH_OPENING, 'Plants do not make collagen.'),
    (HEALTH_OPENING, 'Swallowed collagen is broken down into amino acids and small peptides.'),
    (HEALTH_OPENING, 'Lanosterol drops reduced cataracts in dogs, not people.'),
    (HEALTH_OPENING, 'GLP-1 is made by L cells in the gut.'),
    (HEALTH_OPENING, 'Oral semaglutide is poorly absorbed.'),
    (HEALTH_OPENING, 'In STEP 1, semaglutide users lost about 15% of their weight.'),
    (HEALTH_OPENING, "Ohsumi's 2016 Nobel honoured his yeast work on autophagy."),
    (HEALTH_OPENING, 'Is biotin vitamin B12? No, it is vitamin B7.'),
    (HEALTH_OPENING, 'Myth: hearing aids make tinnitus louder.'),
    (HEALTH_OPENING, 'People once believed colds came from getting wet.'),
])
def test_facts_from_sets_172_173_stated_carefully(opening, sentence):
    assert [f for f in lint_text(opening + sentence + "\n", "a.md", overrides=Overrides(select=("FCT",)))] == []
