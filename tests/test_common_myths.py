"""Common health myths (knowledge/general/myths-common.toml), checked by FCT009 in any article.

For each fact: the myth in several wordings is reported with the fact's id; the fact stated
carefully, the myth told in order to correct it, denied or asked about, and true statements close
to it (some antibiotics do affect the pill; cancer does spread inside the body) are not."""

import tomllib
from pathlib import Path

import pytest

from test_fact_wordings import contradicted

OPENING = "# Health questions, answered\n\nWhat readers ask us most.\n\n"
PACK = Path(__file__).resolve().parent.parent / "knowledge" / "general" / "myths-common.toml"

# fact id -> (sentences that state the myth, sentences that must pass)
CASES = {
    "general-no-vaccine-is-fully-effective": (
        ["The typhoid vaccine is 100% effective.",
         "The jab gives 100 per cent protection against flu.",
         "Vaccination is completely effective against measles."],
        ["No vaccine is 100% effective, so keep washing your hands.",
         "Two doses of the MMR vaccine are about 97% effective against measles.",
         "Is the vaccine 100% effective? No, but it cuts the risk a great deal.",
         "Like any vaccine, the jab is not 100% effective."],
    ),
    "general-vaccines-not-yet": (
        ["Pregnant women can ask their GP for the toxo vaccine.",
         "There's a simple CMV jab you can have before trying for a baby.",
         "Teenagers can now get a jab against chlamydia at school."],
        ["There is no CMV vaccine, so careful hand washing matters in pregnancy.",
         "A vaccine against CMV is being tested in a large trial.",
         "Is there a vaccine for hepatitis C? Not yet."],
    ),
    "general-x-linked-not-father-to-son": (
        ["A dad with X-linked hypophosphataemia will pass it on to his sons.",
         "Fathers with an X-linked condition hand it down to every one of their boys.",
         "A man with a sex-linked disorder passes the gene on to his son."],
        ["A father with an X-linked condition passes the gene to all of his daughters but none of his sons.",
         "A mother who carries an X-linked condition has a one in two chance of passing it to each son.",
         "Is an X-linked condition passed from father to son? No."],
    ),
    "general-vaccines-not-live": (
        ["The flu jab is a live vaccine, so skip it if your immunity is low.",
         "Shingrix is a live vaccine.",
         "The HPV vaccine contains a weakened live virus."],
        ["The flu jab is not a live vaccine, so it cannot give you flu.",
         "The nasal spray flu vaccine offered to children is a live vaccine.",
         "MMR is a live vaccine, so it is not given in pregnancy."],
    ),
    "general-vaccines-exist": (
        ["Sadly there's no jab to protect against hepatitis B.",
         "Sadly there's no jab for whooping cough.",
         "Rabies has no vaccine."],
        ["Hepatitis C has no vaccine yet, though tablets now clear it in most people.",
         "Is there a vaccine against HPV? Yes: it is offered to children at 12 to 13.",
         "There is still no vaccine against HIV.",
         "The hepatitis B vaccine is given in three doses."],
    ),
    "general-infections-that-cause-cancer": (
        ["Chronic hepatitis B never causes liver cancer.",
         "HPV doesn't cause cancer; it only causes warts.",
         "H. pylori has nothing to do with stomach cancer."],
        ["Hepatitis B can lead to liver cancer, so regular scans are offered.",
         "Most HPV infections clear without causing cancer.",
         "Does hepatitis C cause liver cancer? It can, after many years."],
    ),
    "general-bloodborne-viruses-several-routes": (
        ["Hepatitis B is only passed on through dirty tattoo needles.",
         "You can only catch HIV from blood transfusions."],
        ["Hepatitis B can be spread by sharing needles, by sex and from mother to baby.",
         "HIV is not only spread by needles.",
         "Hepatitis B is spread through blood and other body fluids."],
    ),
    "general-cancer-surgery-does-not-spread-it": (
        ["Biopsies spread cancer.",
         "A biopsy can spread the cancer all over your body.",
         "Surgery causes cancer to spread.",
         "Once a tumour is exposed to air, it spreads like wildfire.",
         "Exposing cancer to the air during an operation makes it spread."],
        ["Myth: surgery spreads cancer. Fact: surgeons take care to stop this from happening.",
         "A biopsy does not spread cancer.",
         "Exposure to air during surgery does not make cancer spread.",
         "Surgery is used to stop the spread of cancer.",
         "In very rare cases, a needle biopsy can spread cancer cells along the needle track.",
         "The cancer had already spread before the operation."],
    ),
    "general-cancer-not-contagious": (
        ["Cancer is contagious.",
         "You can catch cancer from sharing a cup with a patient.",
         "Cancer can spread from person to person through kissing."],
        ["Cancer is not contagious, though some viruses linked to cancer are.",
         "Is cancer contagious? No.",
         "Cancer can spread to distant organs.",
         "You can get skin cancer from sunbeds.",
         "HPV is contagious and can cause cervical cancer."],
    ),
    "general-lung-cancer-not-only-smokers": (
        ["Only smokers get lung cancer.",
         "If you don't smoke, you won't get lung cancer.",
         "Non-smokers can't get lung cancer.",
         "Lung cancer is purely a smoker's disease."],
        ["It is a myth that only smokers get lung cancer.",
         "Smoking causes most lung cancers, but people who have never smoked can get it too.",
         "Is lung cancer only a smoker's disease? No: radon is the second biggest cause.",
         "Non-smokers are less likely to get lung cancer.",
         "Most non-smokers don't get lung cancer."],
    ),
    "general-breast-lump-usually-not-cancer": (
        ["A breast lump always means cancer.",
         "Finding a lump means you have breast cancer.",
         "Most breast lumps are cancerous.",
         "Every lump in the breast is cancer."],
        ["Most breast lumps are not cancer, but get any lump checked.",
         "A breast lump does not always mean cancer.",
         "A lump doesn't mean you have cancer.",
         "A lump is the most common symptom of breast cancer.",
         "A new lump should always be checked, as it could be cancer."],
    ),
    "general-normal-psa-not-all-clear": (
        ["A normal PSA means you don't have prostate cancer.",
         "A low PSA level rules out prostate cancer.",
         "The PSA test tells you for certain whether you have prostate cancer."],
        ["A normal PSA does not rule out prostate cancer.",
         "A normal PSA result makes prostate cancer less likely, but it does not rule it out.",
         "Can a normal PSA rule out cancer? Not completely.",
         "If your PSA is raised, your GP may suggest an MRI scan."],
    ),
    "general-cervical-screening-not-a-cancer-test": (
        ["A smear test is a test for cervical cancer.",
         "Cervical screening checks for cancer cells.",
         "An abnormal smear result means you have cervical cancer.",
         "A positive HPV test means cancer.",
         "Cervical screening diagnoses cancer."],
        ["Cervical screening checks for HPV and changed cells, not for cancer itself.",
         "Cervical screening checks for HPV and changes that could become cancer.",
         "Myth: the smear test is a test for cancer. Fact: it looks for HPV and cell changes.",
         "Testing positive for HPV is not the same as having cancer.",
         "An abnormal smear result rarely means cancer.",
         "Cervical screening checks for HPV and abnormal cells that could turn into cancer."],
    ),
    "general-diabetes-sugar-not-banned": (
        ["People with diabetes can't eat sugar.",
         "If you have type 2 diabetes, you must cut out all sugar.",
         "Children with type 1 diabetes are not allowed to eat sweets.",
         "Once diagnosed with diabetes, you have to follow a strict sugar-free diet."],
        ["Having diabetes doesn't mean you can't eat sugar.",
         "Myth: people with diabetes can never eat cake. Fact: small portions now and then are fine.",
         "People with diabetes can still have a little sugar within a healthy diet.",
         "People with diabetes should cut down on sugary drinks.",
         "If you have diabetes, you can still eat some sugar."],
    ),
    "general-high-blood-pressure-usually-silent": (
        ["High blood pressure always causes headaches.",
         "You would know if you had high blood pressure.",
         "You'll feel it when your blood pressure is high."],
        ["High blood pressure usually has no symptoms.",
         "Only a check tells you whether your blood pressure is raised.",
         "Myth: you'd know if you had high blood pressure. Fact: most people feel fine.",
         "High blood pressure rarely causes headaches.",
         "Most people with high blood pressure don't know they have it.",
         "People feel fine when they have high blood pressure."],
    ),
    "general-high-cholesterol-any-weight": (
        ["Only overweight people get high cholesterol.",
         "Thin people don't get high cholesterol.",
         "If you're slim, you can't have high cholesterol.",
         "Slim people don't need to get their cholesterol checked."],
        ["Thin people can have high cholesterol too.",
         "Is high cholesterol only a problem for overweight people? No.",
         "Being overweight raises the risk of high cholesterol.",
         "Most thin people don't have high cholesterol.",
         "Only a blood test can show whether you have high cholesterol."],
    ),
    "general-vitamins-can-be-overdosed": (
        ["Zinc can't be overdosed.",
         "You can't have too much zinc.",
         "With zinc, your body just flushes out the excess.",
         "You can't overdose on vitamins.",
         "Vitamin supplements are harmless in any amount.",
         "There's no such thing as an overdose of vitamin D.",
         "When it comes to vitamins, more is always better.",
         "The more vitamin D you take, the better."],
        ["Too much zinc can cause harm.",
         "There is an upper safe limit for zinc.",
         "Myth: you can't overdose on vitamins. Fact: vitamins A and D build up in the body.",
         "You can overdose on vitamins, especially vitamins A and D.",
         "With vitamin D, more is not always better.",
         "Can you take too much vitamin D? Yes.",
         "Vitamin D supplements are safe at the recommended dose."],
    ),
    "general-flu-vaccine-safe-in-pregnancy": (
        ["Pregnant women shouldn't have the flu jab.",
         "The flu vaccine is dangerous during pregnancy.",
         "Mums-to-be should avoid the flu shot.",
         "Expectant mothers should say no to the flu vaccine.",
         "The flu jab causes miscarriages."],
        ["The flu jab is safe during pregnancy and is recommended at any stage.",
         "Is the flu vaccine safe in pregnancy? Yes.",
         "There is no evidence that the flu jab causes miscarriage.",
         "Pregnant women should not have the nasal spray flu vaccine, which contains a live virus.",
         "Pregnant women should not have live vaccines such as MMR."],
    ),
    "general-covid-vaccine-no-infertility": (
        ["The COVID vaccine causes infertility in women.",
         "mRNA vaccines damage your ovaries.",
         "Getting the Covid jab will make you infertile."],
        ["COVID-19 vaccines do not cause infertility.",
         "Does the COVID vaccine affect fertility? Studies say no.",
         "Some people claim the COVID vaccine causes infertility, but large studies show it does not.",
         "COVID-19 can cause temporary changes to periods."],
    ),
    "general-shingles-can-recur": (
        ["You can't get shingles twice.",
         "You can only get shingles once.",
         "Shingles never comes back.",
         "Once you've had shingles, you're immune.",
         "People who have had shingles don't need the vaccine."],
        ["You can get shingles more than once.",
         "Can you get shingles twice? Yes.",
         "Most people only get shingles once, but it can come back.",
         "After a bout of shingles, the vaccine is still worth having.",
         "You cannot get shingles from someone who has shingles, but you can get chickenpox from them."],
    ),
    "general-early-peanut-prevents-allergy": (
        ["Avoiding peanuts in the first years of life prevents peanut allergy.",
         "Babies should not be given peanuts until they are three.",
         "Avoid peanut butter until your child is three years old.",
         "Delaying nuts protects babies against allergies.",
         "Delaying peanut butter protects your baby from developing allergies."],
        ["Avoiding peanuts does not prevent peanut allergy.",
         "Parents were once told to avoid peanuts until age three; that advice was reversed in 2015.",
         "Introducing peanut early, from around six months, lowers the risk of peanut allergy.",
         "Children under five should not be given whole nuts, because they can choke.",
         "If your child has a peanut allergy, avoiding peanuts prevents reactions."],
    ),
    "general-asthma-exercise-encouraged": (
        ["People with asthma shouldn't exercise.",
         "Children with asthma should avoid sport.",
         "Asthma means you can't play sport.",
         "Exercise is dangerous for people with asthma."],
        ["Myth: people with asthma shouldn't exercise. Fact: exercise helps.",
         "People with asthma can and should exercise.",
         "If exercise brings on your asthma, talk to your GP.",
         "People with asthma should carry their reliever inhaler when they exercise.",
         "Some people with asthma can't exercise in cold air without wheezing."],
    ),
    "general-inhaled-steroids-not-anabolic": (
        ["Steroid inhalers are no different from the anabolic steroids weightlifters inject.",
         "Asthma inhalers contain anabolic steroids.",
         "Preventer inhalers will bulk you up."],
        ["The steroids in preventer inhalers are not anabolic steroids.",
         "Unlike anabolic steroids, inhaled steroids do not build muscle.",
         "Inhaled steroids are corticosteroids, which are different from anabolic steroids.",
         "Long courses of oral steroids can cause weight gain."],
    ),
    "general-eczema-not-contagious": (
        ["Eczema is contagious.",
         "You can catch eczema from sharing towels.",
         "Atopic eczema can spread to other children by touch."],
        ["Eczema is not contagious.",
         "Is eczema catching? No.",
         "Eczema can appear on new patches of skin.",
         "Eczema often runs in families."],
    ),
    "general-psoriasis-not-contagious": (
        ["Psoriasis is highly contagious.",
         "You can catch psoriasis from swimming pools.",
         "Psoriasis can be passed from person to person."],
        ["Psoriasis is not contagious, so you cannot catch it from someone.",
         "Is psoriasis contagious? No.",
         "Psoriasis can spread to the nails and scalp.",
         "Psoriasis is an autoimmune condition."],
    ),
    "general-dim-light-does-not-damage-eyes": (
        ["Reading in dim light damages your eyes.",
         "Reading in the dark will ruin your eyesight.",
         "Poor lighting weakens children's eyesight over time.",
         "Reading in low light will make you go blind."],
        ["Myth: reading in the dark ruins your eyesight. Fact: it only tires your eyes.",
         "Dim light does not damage your eyes.",
         "Reading in dim light can strain your eyes but does not damage them.",
         "Bright sunlight can damage your eyes.",
         "Poor light worsens vision in people with cataracts."],
    ),
    "general-arthritis-not-just-old-age": (
        ["Arthritis only affects older people.",
         "Rheumatoid arthritis is a condition of old age.",
         "Rheumatoid arthritis hardly ever begins before your sixties.",
         "Arthritis is an old person's disease.",
         "Kids don't get arthritis.",
         "Only elderly people get rheumatoid arthritis.",
         "Osteoarthritis is an inevitable part of getting older."],
        ["Arthritis is not just an old person's disease.",
         "Rheumatoid arthritis usually begins in people aged 30 to 50.",
         "Rheumatoid arthritis can start at any age.",
         "Arthritis can affect people of any age, including children.",
         "Osteoarthritis is more common in older people.",
         "Arthritis becomes more common with age.",
         "Most children don't get arthritis."],
    ),
    "general-schizophrenia-not-split-personality": (
        ["Schizophrenia means having a split personality.",
         "People with schizophrenia have multiple personalities.",
         "Schizophrenia is a split personality disorder."],
        ["Schizophrenia is not a split personality.",
         "Myth: schizophrenia means a split personality. Fact: it affects how a person thinks and perceives.",
         "Schizophrenia is often confused with split personality, but they are different conditions.",
         "People with schizophrenia may hear voices.",
         "Schizophrenia causes different personality changes in different people."],
    ),
    "general-autism-not-caused-by-parenting": (
        ["Autism is caused by cold parenting.",
         "Bad parenting can cause autism.",
         "Autism is the result of a lack of affection in early childhood."],
        ["Autism is not caused by parenting.",
         "In the 1950s, autism was wrongly blamed on cold mothers.",
         "Autism is partly due to genes inherited from parents.",
         "Poor parenting support gives children with autism a harder time."],
    ),
    "general-most-antibiotics-do-not-affect-the-pill": (
        ["Antibiotics stop the pill working.",
         "Taking antibiotics makes your pill less effective.",
         "Any antibiotic can interfere with the contraceptive pill.",
         "When you're on antibiotics, the pill doesn't work."],
        ["Most antibiotics do not affect the pill.",
         "Do antibiotics stop the pill working? Usually not.",
         "Some antibiotics stop the pill working, such as rifampicin.",
         "Rifampicin and rifabutin can make the pill less effective.",
         "Tell your pharmacist if you take any antibiotic, as some affect the pill.",
         "Not all antibiotics affect the pill."],
    ),
    "general-insect-borne-infections-and-their-carriers": (
        ["Malaria is passed on by fleas, so flea spray keeps you safe.",
         "Horseflies also carry Borrelia.",
         "Mosquitoes can spread Lyme disease.",
         "Dengue is transmitted through tick bites in long grass.",
         "Lyme disease is spread by mosquito bites at dusk."],
        ["Zika is spread by mosquitoes, not ticks, so use repellent.",
         "Mosquitoes do not carry Lyme disease.",
         "Ticks, not mosquitoes, carry Borrelia.",
         "Lyme disease is spread by tick bites, so check your skin after walks.",
         "Is yellow fever spread by ticks? No."],
    ),
    "general-disease-treatments-do-not-merely-mask-symptoms": (
        ["A preventer inhaler just papers over the symptoms of asthma.",
         "Blood pressure pills only hide the problem, so I stopped mine.",
         "Biologics do nothing about the root cause of psoriasis."],
        ["Painkillers only mask the pain of a sprain; rest helps it heal.",
         "Do steroid inhalers just mask symptoms? No: they calm the inflamed airways.",
         "HIV treatment stops the virus copying itself."],
    ),
    "general-antibiotics-do-not-treat-viruses": (
        ["Chickenpox is actually a bacterial infection.",
         "Antibiotics clear up measles within a week.",
         "Her cold sores were cured by antibiotics."],
        ["Antibiotics do not work against viruses such as flu.",
         "Is a cold a bacterial infection? No.",
         "Antibiotics can help if a bacterial infection follows a cold.",
         "Her cold sores were treated with an antiviral cream."],
    ),
    "general-sunburn-on-cloudy-days": (
        ["You can't get sunburnt on a cloudy day.",
         "You won't burn when it's overcast.",
         "Clouds block the sun's harmful UV rays.",
         "Cloud cover blocks all the harmful rays.",
         "You don't need sunscreen when it's cloudy."],
        ["Myth: you can't get sunburnt on a cloudy day. Fact: UV passes through cloud.",
         "You can still burn on a cloudy day.",
         "Thick cloud blocks some UV, but not all of it.",
         "Check the UV index, even when it's cloudy.",
         "Heavy clouds block UV rays better than thin ones."],
    ),
    "general-microwaves-do-not-make-food-radioactive": (
        ["Microwaving food makes it radioactive.",
         "Microwaved meals contain radiation.",
         "The microwave destroys all the nutrients in your vegetables."],
        ["Microwaving does not make food radioactive.",
         "Does a microwave make food radioactive? No.",
         "Microwave ovens use non-ionising radiation to heat food.",
         "Microwaving vegetables keeps more vitamins than boiling them.",
         "Microwave food is heated by radiation.",
         "The microwave destroys fewer nutrients than boiling."],
    ),
    "general-nsaids-are-not-steroids": (
        ["Ibuprofen and naproxen are both anti-inflammatory steroids.",
         "Diclofenac is a type of steroid.",
         "Steroids such as ibuprofen calm the swelling."],
        ["Unlike steroids, ibuprofen is an NSAID.",
         "Ibuprofen is not a steroid.",
         "Prednisolone is a steroid; naproxen is not.",
         "Steroid creams and ibuprofen gel work in different ways."],
    ),
    "general-nsaids-heart-risk-is-known": (
        ["Ibuprofen is sold everywhere, and regulators have never linked it to heart attacks.",
         "Ibuprofen has never been linked to heart attacks.",
         "Naproxen carries no heart risk."],
        ["High doses of diclofenac are linked to heart attacks and strokes.",
         "Regulators have warned that NSAIDs can raise the risk of heart attack.",
         "Paracetamol has never been linked to stomach ulcers in the way NSAIDs have."],
    ),
    "general-radioiodine-not-radioactive-for-life": (
        ["Radioactive iodine leaves you radioactive forever.",
         "You stay radioactive for years after radioiodine."],
        ["After radioactive iodine, keep your distance from small children for a few days.",
         "Does radioactive iodine make you radioactive for life? No: most of it leaves within days.",
         "Radioactive iodine can leave you with an underactive thyroid for life."],
    ),
    "general-stress-fractures-often-missed-on-xray": (
        ["A stress fracture will always be visible on an X-ray.",
         "A stress fracture will always appear on an X-ray."],
        ["A stress fracture may not show on an X-ray for two weeks or more.",
         "A normal first X-ray does not rule out a stress fracture.",
         "A displaced fracture will show on an X-ray."],
    ),
    "general-huntingtons-does-not-skip-generations": (
        ["Huntington's disease often skips a generation.",
         "Huntington's can only be passed down through your father's side."],
        ["Huntington's disease does not skip generations.",
         "Boys with haemophilia can only inherit it from their mother.",
         "Some recessive conditions can seem to skip a generation."],
    ),
    "general-gambling-disorder-is-recognised": (
        ["Gambling addiction isn't a real medical condition.",
         "The NHS won't treat gambling addiction."],
        ["Gambling disorder is a recognised condition in ICD-11.",
         "Is gambling addiction a real condition? Yes.",
         "The NHS runs specialist clinics for gambling problems."],
    ),
    "general-bv-is-not-a-yeast-infection": (
        ["BV is basically a yeast infection.",
         "BV is brought on by poor hygiene."],
        ["BV is not a yeast infection; thrush is.",
         "BV is not caused by poor hygiene.",
         "Thrush is a yeast infection."],
    ),
    "general-other-skin-conditions-not-contagious": (
        ["Seborrhoeic dermatitis is also contagious.",
         "Hives are catching at first.",
         "You can catch vitiligo from sharing a towel with someone."],
        ["Rosacea is not contagious.",
         "Is vitiligo catching? No.",
         "Impetigo is contagious, unlike acne.",
         "Scratching can spread hives to other parts of the body."],
    ),
    "general-common-conditions-not-rare": (
        ["Endometriosis is very rare.",
         "Postnatal depression only hits around 1 in 200 mums.",
         "Gilbert's syndrome is rare, affecting a handful of people."],
        ["Postnatal depression affects more than one in ten new mothers.",
         "Severe endometriosis of the bowel is rare.",
         "Is migraine rare? No: about one in seven people have it."],
    ),
    "general-teratogens-not-safe-in-pregnancy": (
        ["Isotretinoin is perfectly safe to take during pregnancy.",
         "It's fine to keep taking sodium valproate while pregnant.",
         "Mycophenolate won't harm your baby."],
        ["Isotretinoin is not safe in pregnancy: it causes serious birth defects.",
         "Is valproate safe during pregnancy? No.",
         "Paracetamol is the usual painkiller in pregnancy."]),
    # Everyday slips met in blind sets 80-83 (v0.30.15), in words of my own.
    "general-tb-not-gone-from-uk": (
        ["TB has been eradicated in the UK.",
         "Tuberculosis was wiped out in Britain decades ago."],
        ["Tuberculosis has not been wiped out in the UK: thousands of cases are still found each year.",
         "Smallpox has been wiped out worldwide."]),
    "general-antidepressants-can-cause-sweating": (
        ["Antidepressants can't cause night sweats.",
         "Antidepressants don't cause sweating."],
        ["Antidepressants can cause sweating, especially at night.",
         "Night sweats can have many causes, including some antidepressants."]),
    "general-tetanus-any-dirty-wound": (
        ["Tetanus only comes from rusty nails.",
         "You can only get tetanus from rusty metal."],
        ["Tetanus can follow any dirty wound, including a bite.",
         "Rusty metal is not the only source of tetanus."]),
    "general-uk-dogs-rabies-free": (
        ["Foxes in the UK often carry rabies.",
         "Dogs in Britain can carry rabies."],
        ["Dogs abroad can carry rabies, so get any bite on holiday seen the same day.",
         "Rabies is not found in dogs in the UK."]),
    "general-dog-saliva-not-antiseptic": (
        ["Dog saliva is naturally antiseptic.",
         "A cat's saliva is antibacterial, so a lick helps a graze heal."],
        ["Dog saliva is not antiseptic: it carries germs that can infect a wound.",
         "Wash any bite under running water."]),
    "general-dog-bites-antibiotics-nice": (
        ["NICE guidance says dog bites never need antibiotics.",
         "Cat bites never need antibiotics."],
        ["Some dog bites need antibiotics, especially on the hand.",
         "Not every small bite needs antibiotics."]),
    "general-normal-resting-heart-rate": (
        ["A normal resting heart rate for adults is 40 to 60 beats per minute.",
         "The normal resting heart rate is about 50 to 60."],
        ["A normal resting heart rate for adults is 60 to 100 beats a minute.",
         "Some athletes have a resting heart rate of 40 to 60."]),
    "general-melanoma-under-nail": (
        ["You can't get melanoma under a nail.",
         "You cannot develop melanoma under your toenails."],
        ["Melanoma can grow under a nail, often as a dark streak.",
         "A bruise under the nail grows out; a melanoma does not."]),
    "general-nails-grow-slowly": (
        ["A toenail grows back in about two weeks.",
         "Nails are made of calcium.",
         "Toenails grow faster than fingernails."],
        ["A toenail takes a year or more to grow back.",
         "Fingernails grow faster than toenails."]),
    # Tobacco, vaping, vitamins and the prostate (v0.30.16).
    "general-nicotine-not-the-carcinogen": (
        ["Nicotine is what causes cancer in cigarettes, so patches are no safer.",
         "Nicotine is the main cause of lung cancer in smokers."],
        ["Nicotine keeps people smoking, but it is the tar and other chemicals that cause cancer.",
         "Does nicotine cause cancer? No: the smoke does."]),
    "general-vaping-less-harmful-than-smoking": (
        ["Vaping is far more dangerous than smoking.",
         "E-cigarettes are worse for you than cigarettes."],
        ["Vaping is far less harmful than smoking, though it is not risk-free.",
         "E-cigarettes are not meant for people who have never smoked."]),
    # (v0.30.28, sets 112-113)
    "general-green-mucus-not-bacterial": (
        ["Yellow phlegm means you need antibiotics.",
         "Green snot shows the infection has become bacterial."],
        ["Green mucus is normal in a cold and does not mean you need antibiotics.",
         "Does green snot mean a bacterial infection? No: the colour comes from white cells."]),
    "general-fever-does-not-damage-brain": (
        ["A temperature over 39C can damage a baby's brain.",
         "Fever will fry your child's brain if you don't bring it down."],
        ["A fever is the body fighting infection and does not harm the brain.",
         "Call 111 if your baby is under 3 months and has a temperature of 38C or more."]),
    "general-heart-attack-not-cardiac-arrest": (
        ["A heart attack is when your heart stops beating.",
         "A myocardial infarction means the heart stops pumping."],
        ["A heart attack is not the same as a cardiac arrest, when the heart stops pumping.",
         "In a heart attack the heart usually keeps beating."]),
    "general-enamel-hardest-substance": (
        ["Enamel is the second hardest substance in the body.",
         "Bone is harder than tooth enamel."],
        ["Enamel is the hardest substance in the body.",
         "Once enamel wears away it does not grow back."]),
    "general-antihistamines-keep-working": (
        ["Antihistamines stop working if you take them every day.",
         "Hay fever tablets stop working when you use them daily."],
        ["You can take an antihistamine every day through the pollen season.",
         "If one antihistamine does not help, a pharmacist can suggest another."]),
    "general-hay-fever-linked-to-asthma": (
        ["Hay fever has nothing to do with asthma.",
         "Allergic rhinitis is not linked to asthma."],
        ["Hay fever and asthma often go together.",
         "Treating hay fever can help asthma control."]),
    "general-nasal-flu-vaccine-is-live": (
        ["The nasal spray flu vaccine is made from killed virus.",
         "The children's nasal flu vaccine contains dead viruses."],
        ["The nasal spray flu vaccine contains weakened live viruses that cannot cause flu.",
         "The flu injection is made from inactivated virus."]),
    "general-melatonin-made-by-pineal-gland": (
        ["Melatonin is made in the retina.",
         "Melatonin is produced by your eyes.",
         "Melatonin is produced through the skin of the feet.",
         "Your body makes its own melatonin through the skin."],
        ["Melatonin is made by the pineal gland in the brain.",
         "Light reaching the eyes tells the body clock to stop releasing melatonin.",
         "Light reaching the eyes stops melatonin being released.",
         "Is melatonin made in the feet? No."]),
    "general-melanoma-not-only-sun-exposed": (
        ["Melanoma only develops on skin that sees the sun.",
         "Melanoma only appears on sun-exposed areas."],
        ["Melanoma can develop on the soles of the feet and under the nails.",
         "Most melanomas are linked to sun exposure, but not all."]),
    "general-high-cholesterol-usually-silent": (
        ["High cholesterol always gives you warning signs.",
         "Hypercholesterolaemia usually causes obvious symptoms."],
        ["High cholesterol usually causes no symptoms.",
         "A blood test is the only way to know your cholesterol level."]),
    "general-hape-is-in-the-lungs": (
        ["HAPE is fluid on the brain.",
         "High-altitude pulmonary oedema means swelling in the brain."],
        ["HAPE is fluid in the lungs; HACE is swelling of the brain.",
         "Anyone with HAPE must descend at once."]),
    "general-vitamin-b6-can-build-up": (
        ["Vitamin B6 is water-soluble, so it can't build up to harmful levels.",
         "Pyridoxine never reaches toxic levels, whatever the dose."],
        ["High doses of vitamin B6 taken for months can damage the nerves.",
         "Vitamin B6 helps the body use protein."]),
    "general-ejaculation-not-prostate-cancer": (
        ["Frequent ejaculation raises your risk of prostate cancer.",
         "Too much masturbation can give you prostate cancer."],
        ["Men who ejaculate often seem to have a slightly lower risk of prostate cancer.",
         "Prostate cancer is more common after the age of 50."]),
    # v0.30.18, from the misses of blind sets 86 and 87 (each sentence written here).
    "general-cqc-regulates-services-not-products": (
        ["The cooling collar is registered with the Care Quality Commission as a medical device.",
         "Our patch is approved by the CQC as a class I device."],
        ["The clinic is registered with the Care Quality Commission.",
         "The device is registered with the MHRA; the clinic is inspected by the CQC."]),
    "general-nice-me-cfs-no-graded-exercise": (
        ["NICE still tells GPs to offer graded exercise therapy for ME.",
         "NICE recommends graded exercise for chronic fatigue syndrome.",
         "NHS long COVID clinics still recommend graded exercise therapy.",
         "The NHS now tells people with chronic fatigue to do graded exercise.",
         "Graded exercise therapy remains the recommended treatment for long COVID."],
        ["NICE no longer recommends graded exercise therapy for ME/CFS.",
         "Since 2021 NICE has advised against graded exercise therapy.",
         "The NHS no longer recommends graded exercise therapy.",
         "NHS clinics offer pacing advice for long COVID.",
         "Graded exercise therapy used to be recommended for ME/CFS."]),
    "general-botulinum-toxin-prescription-only": (
        ["You don't need a prescription for Botox in the UK.",
         "We can give Botox without a prescription."],
        ["Botox is a prescription-only medicine in the UK.",
         "A prescriber must see you before Botox is given."]),
    "general-amd-affects-central-vision": (
        ["Macular degeneration steals your side vision first.",
         "AMD is mainly caused by blue light from phones."],
        ["AMD blurs the centre of your vision but leaves side vision.",
         "Glaucoma usually takes side vision first."]),
    "general-aromatase-inhibitors-thin-bones": (
        ["Anastrozole makes your bones stronger.",
         "Aromatase inhibitors protect your bones."],
        ["Aromatase inhibitors can thin the bones, so your bone density is checked.",
         "Letrozole can cause joint pain."]),
    "general-dexa-scan-low-radiation": (
        ["A DEXA scan gives you as much radiation as a CT scan.",
         "A bone density scan exposes you to more radiation than a CT scan."],
        ["A DEXA scan uses a very low dose of radiation.",
         "A CT scan gives a higher dose than a bone density scan."]),
    "general-homeopathy-not-nhs-prescribed": (
        ["The NHS still prescribes homeopathy for eczema.",
         "The NHS funds homeopathy at its hospitals."],
        ["The NHS stopped funding homeopathy in 2017.",
         "Homeopathy is not prescribed on the NHS."]),
    "general-hmpv-not-new": (
        ["hMPV is a brand-new virus.",
         "Human metapneumovirus emerged in late 2024."],
        ["hMPV was first identified in 2001.",
         "Human metapneumovirus causes cold-like illness."]),
    "general-teething-no-fever-or-diarrhoea": (
        ["Teething often causes a high temperature and diarrhoea.",
         "Teething can bring on a fever in some babies.",
         "A high temperature is a normal sign of teething."],
        ["Teething does not cause a high temperature, so call your GP if your baby has a fever.",
         "Teething can make babies grizzly and dribbly.",
         "Does teething cause diarrhoea? No: look for another cause."],
    ),
    "general-twenty-milk-teeth": (
        ["Babies have 32 milk teeth.",
         "By three, toddlers have all 28 of their milk teeth."],
        ["Children have 20 milk teeth and, later, 32 adult teeth.",
         "Most adults have 32 teeth, counting the wisdom teeth."],
    ),
    "general-uk-alcohol-guideline-14-units": (
        ["Men can drink up to 21 units a week.",
         "The safe limit for men is 28 units a week."],
        ["Men and women are advised to drink no more than 14 units a week.",
         "Before 2016 the advice for men was 21 units a week."],
    ),
    "general-erectile-dysfunction-heart-link": (
        ["Erectile dysfunction has nothing to do with your heart.",
         "Erection problems have nothing to do with circulation.",
         "High blood sugar has nothing to do with erections.",
         "Diabetes doesn't cause erectile dysfunction.",
         "There is no link between diabetes and impotence."],
        ["Trouble with erections may warn of heart disease years ahead.",
         "Erection problems often share causes with heart disease, so see your GP.",
         "Diabetes is a common cause of erection problems.",
         "Men with diabetes are more likely to have erectile dysfunction.",
         "Does diabetes affect erections? Yes, it often does."],
    ),
    # (v0.30.33, set 121)
    "general-ticks-do-not-jump": (
        ["Ticks drop from trees onto walkers below.",
         "Ticks can jump onto your dog from the long grass.",
         "Remember that ticks fall from branches overhead."],
        ["Ticks cannot jump or fly; they climb grass and wait for you to brush past.",
         "Do ticks drop from trees? No, they wait on low plants.",
         "Check your legs for ticks after a walk in long grass."],
    ),
    "general-lyme-rash-not-always": (
        ["The bull's-eye rash always appears with this infection.",
         "Everyone with Lyme disease gets the bullseye rash."],
        ["Not everyone with Lyme disease gets a rash, so see a GP if you feel unwell after a bite.",
         "A spreading red rash after a tick bite is the commonest sign of Lyme disease."],
    ),
    "general-crohns-not-food-allergy": (
        ["Crohn's disease is basically a severe food allergy.",
         "Crohn's is really just an allergy to food."],
        ["Crohn's disease is not a food allergy: it is an inflammatory bowel disease.",
         "Some people with Crohn's disease find that certain foods make symptoms worse."],
    ),
    "general-colic-cause-and-course": (
        ["Colic is usually caused by lactose intolerance in the baby.",
         "Colic typically goes on until their first birthday.",
         "Colic is mostly down to a cow's milk allergy."],
        ["Colic is not caused by lactose intolerance, and its cause is unknown.",
         "Colic usually settles by three to four months.",
         "Is colic caused by lactose intolerance? No."],
    ),
    "general-jet-lag-worse-flying-east": (
        ["Jet lag is always worse after flying west.",
         "Flying west is usually worse than flying east.",
         "Your body clock shifts by about four hours a day."],
        ["Is jet lag worse after flying west? No, flying east is usually harder.",
         "Flying east is usually worse than flying west.",
         "The body clock adjusts by about an hour a day."],
    ),
    "general-tears-from-lacrimal-gland": (
        ["Your tears are produced by the cornea.",
         "Phones make people blink faster."],
        ["Tears are made by the lacrimal glands above each eye.",
         "Screens make you blink less often, so the eyes dry out."],
    ),
    "general-diverticula-are-pouches": (
        ["The pouches are small abscesses.",
         "Popcorn stuck in the diverticula triggers a flare.",
         "Popcorn triggers diverticulitis."],
        ["Diverticula are small pouches in the bowel wall.",
         "Eating seeds is fine with diverticular disease.",
         "When the pouches become infected, it is called diverticulitis."],
    ),
    "general-alzheimers-not-type-3-diabetes": (
        ["Alzheimer's is now formally recognised as type 3 diabetes.",
         "Aricept is basically a tranquilliser."],
        ["Some researchers have called Alzheimer's disease 'type 3 diabetes', but it is not an official classification.",
         "Donepezil is not a sedative: it eases some symptoms of Alzheimer's disease."],
    ),
    "general-artery-plaque-not-dietary-calcium": (
        ["Arterial plaque is made mostly of calcium.",
         "The TACT2 trial showed that chelation cuts heart attacks."],
        ["Artery plaque is made mostly of fatty material, and older plaques may hold some calcium.",
         "The TACT2 trial found that EDTA chelation did not prevent heart attacks."],
    ),
    "general-senna-is-a-stimulant-laxative": (
        ["Senna pods in this tea are a natural soluble fibre.",
         "Senna tea boosts your metabolism.",
         "Senna helps you burn fat overnight.",
         "Senna is a source of fibre."],
        ["Senna is a stimulant laxative, not a fibre.",
         "Senna makes the bowel contract; it doesn't burn fat.",
         "Is senna a fibre? No, it makes the bowel contract."],
    ),
    "general-coconut-oil-raises-ldl": (
        ["Coconut oil actually lowers cholesterol.",
         "Coconut oil reduces your LDL cholesterol."],
        ["Coconut oil raises LDL cholesterol compared with olive oil.",
         "Does coconut oil lower cholesterol? No."],
    ),
    # (v0.30.33, sets 122-123)
    "general-vinegar-is-acidic": (
        ["Cider vinegar is highly alkalising.", "Vinegar is an alkaline food."],
        ["Apple cider vinegar is acidic.", "Is vinegar alkaline? No, it is an acid."],
    ),
    "general-ldl-is-the-bad-cholesterol": (
        ["LDL is the good cholesterol.", "HDL is the bad kind of cholesterol.",
         "HDL, the harmful cholesterol, should be kept low.",
         "HDL clogs your arteries.",
         "LDL, the good cholesterol, protects your heart.", "Eat oats to boost your good LDL."],
        ["LDL is the 'bad' cholesterol and HDL the 'good' one.", "Statins lower LDL cholesterol.",
         "LDL is the kind that clogs arteries; HDL helps clear it.",
         "HDL, the good cholesterol, carries cholesterol to the liver.", 'LDL, the "bad" cholesterol, clogs arteries.'],
    ),
    "general-myopia-and-glasses": (
        ["Reading glasses do the work for your eyes, so your eyes grow lazy.",
         "Wearing glasses weakens your eyes.",
         "Myopia is mainly due to tired eye muscles.", "Glasses make your eyes weaker over time."],
        ["Wearing glasses does not weaken your eyes.",
         "Short sight happens when the eyeball grows too long.", "Wearing glasses does not make your eyes weaker."],
    ),
    "general-prostate-below-bladder-and-bph": (
        ["Your prostate lies directly above your bladder.", "Benign prostatic hyperplasia is an early stage of prostate cancer.",
         "Alpha blockers work by reducing the size of the prostate."],
        ["The prostate sits just below the bladder.", "An enlarged prostate is not cancer.",
         "Tamsulosin relaxes the muscle around the bladder neck."],
    ),
    "general-ppis-block-acid-production": (
        ["Esomeprazole just mops up the acid.",
         "Omeprazole merely neutralises what is in your stomach, it doesn't fix the cause.",
         "Lansoprazole works by neutralising acid.", "PPIs work by neutralising acid."],
        ["Omeprazole cuts the amount of acid the stomach makes.",
         "Antacids just neutralise the acid that is already there.",
         "Omeprazole works by blocking acid production.", "Antacids work by neutralising acid."],
    ),
    "general-eggs-finite-and-menopause-age": (
        ["A woman's eggs are made fresh each month.",
         "Your body makes a brand new batch of eggs.",
         "A woman's ovaries continue producing new eggs.", "The average age at the menopause is 46."],
        ["One egg matures and is released each month.",
         "Women are born with all the eggs they will ever have.",
         "Women are born with all the eggs they will have.", "On average, women reach the menopause at 51."],
    ),
    "general-hrt-small-breast-cancer-risk": (
        ["Hormone replacement therapy gives breast cancer to one in three women.",
         "One in four women taking HRT will develop breast cancer.",
         "Hormone replacement therapy causes breast cancer in nearly all women.", "Most women on hormone replacement therapy get breast cancer.",
         # (v0.30.48, set 148) HRT said to give one woman in four, or a quarter of women, breast cancer.
         "Hormone replacement therapy causes one in three women breast cancer.",
         "HRT gives a quarter of women breast cancer."],
        ["HRT raises breast cancer risk by a small amount.",
         "HRT slightly raises the risk of breast cancer.", "Does HRT give most women breast cancer? No.",
         # (v0.30.48, set 148)
         "Combined HRT adds a small risk of breast cancer that grows with the years it is taken.",
         "One in seven women in the UK get breast cancer, whether or not they take HRT.",
         "It is a myth that HRT gives most women breast cancer."],
    ),
    "general-drug-origins-ketamine-minoxidil": (
        ["Ketamine was developed to be a veterinary sedative.", "Minoxidil was first made as a baldness treatment."],
        ["Ketamine was developed as an anaesthetic for people.", "Minoxidil was first developed for high blood pressure."],
    ),
    "general-growth-hormone-from-pituitary": (
        ["Growth hormone is released by the liver.", "Growth hormone is produced by the adrenal glands."],
        ["Growth hormone is made by the pituitary gland.", "The liver makes IGF-1 in response to growth hormone."],
    ),
    "general-skin-ageing-sun-not-dehydration": (
        ["Wrinkles are largely down to dehydration.", "The skin stops producing collagen altogether after 30.",
         "SPF 15 blocks 99% of UV."],
        ["Wrinkles are caused mainly by sun exposure.", "Collagen production falls slowly from your twenties.",
         "SPF 15 filters about 93% of UVB."],
    ),
    "general-enamel-not-living": (
        ["Enamel is living tissue.", "Cavities in milk teeth don't matter.",
         "Enamel grows back on its own.",
         "Your teeth regrow enamel naturally.",
         "Fluoride's a poison that rots your teeth."],
        ["Enamel has no blood supply and cannot regrow.", "Decay in baby teeth can cause pain and infection.",
         "Enamel cannot grow back once it is lost.",
         "Fluoride helps early enamel damage to remineralise.",
         "Fluoride toothpaste strengthens enamel."],
    ),
    "general-vagus-nerve-from-brainstem": (
        ["The vagus nerve originates in the earlobe.", "The vagus nerve begins in the neck.",
         # (v0.30.48, set 148) The vagus called the body's longest nerve.
         "The vagus is the longest nerve in the human body.",
         "Your vagus, the body's longest nerve, reaches all the way to the gut."],
        ["The vagus nerve starts in the brainstem.", "A small branch of the vagus nerve reaches the ear.",
         # (v0.30.48, set 148)
         "The vagus nerve is the longest cranial nerve.",
         "The body's longest nerve is the sciatic, which runs down the leg.",
         "The vagus nerve is the longest of the twelve cranial nerves in the body."],
    ),
    "general-ssris-not-addictive-like-benzodiazepines": (
        ["Sertraline is habit-forming like benzodiazepines.", "Antidepressants are addictive like benzodiazepines."],
        ["SSRIs are not addictive like diazepam, but stopping suddenly can cause withdrawal symptoms.",
         "Are antidepressants addictive like benzodiazepines? No."],
    ),
    "general-red-light-is-not-uv": (
        ["Red light is simply a safe kind of ultraviolet.", "Rosacea mostly affects teenagers."],
        ["Red light is visible light, not UV.", "Rosacea tends to begin in adults over thirty."],
    ),
    "general-goats-milk-lactose-and-allergy": (
        ["Goat's milk contains no lactose.", "Goat milk is perfectly suitable for children with a milk allergy."],
        ["Goat's milk contains about as much lactose as cow's milk.",
         "Goat's milk is not a safe swap for a cow's milk allergy."],
    ),
    "general-heart-failure-not-stopped": (
        ["Heart failure affects just 40,000 people in the UK.",
         "Heart failure means the heart has stopped.", "About 20,000 people in the UK are living with heart failure."],
        ["Heart failure means the heart is not pumping as well as it should.",
         "About 60,000 people are diagnosed with heart failure each year.",
         "Close to a million Britons have heart failure.",
         "Nearly a million people in the UK live with heart failure."],
    ),
    "general-nasal-flu-vaccine-cannot-give-flu": (
        ["The nasal spray vaccine gives children a mild case of flu.",
         "The nasal flu spray gives kids a dose of flu.",
         "The children's nasal vaccine could give your child the actual flu.", "The children's flu spray gives children flu."],
        ["The nasal vaccine holds weakened viruses unable to cause flu.",
         "Some children get a runny nose after the nasal spray.",
         "The nasal spray vaccine cannot give children flu.", "Some children get a runny nose after the nasal spray vaccine."],
    ),
    "general-cold-water-shock-is-real": (
        ["Cold water shock is made up by lifeguards.", "Rapid breathing saturates the blood with oxygen."],
        ["Cold water shock is real and can cause drowning.", "Is cold water shock a myth? No."],
    ),
    "general-morning-sickness-is-common": (
        ["Roughly one in twenty pregnant women experience nausea.", "Only one in twenty pregnant women have nausea."],
        ["Up to 8 in 10 pregnant women have nausea.", "About 1 in 100 pregnant women get severe sickness."],
    ),
    "general-null-trials-said-to-prove": (
        ["The MERIT trial proved that D-mannose prevents UTIs.", "The CAMUS study showed saw palmetto eases urinary symptoms.",
         "The SCIPIO trial, published in a top journal, proved these cells work in heart failure."],
        ["The MERIT trial found that D-mannose did not prevent UTIs.", "The CAMUS trial found saw palmetto no better than placebo.",
         "The SCIPIO report was retracted in 2019."],
    ),
    # (v0.30.34, sets 124-125)
    "general-shingles-from-chickenpox-virus": (
        ["Shingles is really caused by the cold sore virus.", "You can pick up shingles from a friend who has it."],
        ["Shingles is caused by the chickenpox virus waking up.", "Shingles cannot be passed from person to person."],
    ),
    "general-croup-in-young-children": (
        ["Croup usually hits kids between 6 and 11.", "The barking cough is caused by mucus deep in the lungs."],
        ["Croup mostly affects children under three.", "The barking cough comes from a swollen windpipe."],
    ),
    "general-hormone-sources": (
        ["Testosterone is produced by the prostate.", "Cortisol is made by the thyroid.",
         "A man's testosterone halves each decade from his thirties."],
        ["Testosterone is made mainly in the testes.", "Cortisol is made by the adrenal glands.",
         "Testosterone falls by about 1% a year from middle age."],
    ),
    "general-cataplexy-not-epilepsy": (
        ["Cataplexy is a type of seizure.", "Narcolepsy affects about one in a hundred people."],
        ["Cataplexy is not a seizure: the person stays awake.", "Narcolepsy affects about 1 in 2,000 people."],
    ),
    "general-ayahuasca-dmt-controlled": (
        ["The main ingredient in ayahuasca is psilocybin.", "Ayahuasca is perfectly legal in the UK."],
        ["Ayahuasca's main ingredient is DMT.", "Ayahuasca is a Class A drug in the UK."],
    ),
    "general-stretch-marks-not-dry-skin": (
        ["Stretch marks are mainly caused by dry skin.", "Only about one in twenty pregnant women develop stretch marks."],
        ["Stretch marks come from the skin stretching.", "Most pregnant women get some stretch marks."],
    ),
    "general-sperm-decides-sex": (
        ["The mother's egg decides whether it's a boy.", "More girls are born than boys in Britain."],
        ["The sperm decides a baby's sex.", "Slightly more boys than girls are born."],
    ),
    "general-floaters-in-vitreous": (
        ["Floaters are tiny blood clots.", "Short-sighted people are protected from floaters."],
        ["Floaters are clumps of gel inside the eye.", "Short-sighted people are more prone to floaters."],
    ),
    "general-inositol-not-essential-vitamin": (
        ["Inositol is an essential vitamin.", "Inositol is a vitamin that your body can't make."],
        ["Your body makes inositol from glucose.", "Inositol is not a vitamin."],
    ),
    "general-ozone-is-not-oxygen": (
        ["Ozone is basically oxygen in its purest form.", "Ozone is just the same oxygen that hospitals use.",
         "Ozone is just a stronger kind of oxygen.", "Ozone is perfectly safe to breathe.", "Breathing ozone is harmless."],
        ["Ozone is a toxic gas, not medical oxygen.", "Is ozone the same as oxygen? No.",
         "Ozone is not safe to breathe.", "Is ozone a richer form of oxygen? No."],
    ),
}

# (v0.30.50, sets 150-151) Facts read from blind sets 150-151 after their measurement, in my own words:
# sentences added to facts already tested above, and the new facts' cases.
SETS_150_151 = {
    "general-twenty-milk-teeth": (
        ["Most babies start teething at about four weeks.",
         "Baby teeth usually come through at around eight weeks."],
        ["The first tooth usually comes through at around 6 months.",
         "Some babies are born with a tooth."],
    ),
    "general-skin-ageing-sun-not-dehydration": (
        ["Genetics account for 90% of how your skin ages.",
         "The sun hardly matters for how your skin ages."],
        ["Sun exposure causes most visible skin ageing.",
         "Genes play some part in how skin ages."],
    ),
    "general-prostate-below-bladder-and-bph": (
        ["A healthy prostate is as big as a grapefruit.",
         "A TURP renders most men impotent."],
        ["A normal prostate is roughly walnut-sized.",
         "After TURP most men have dry orgasms, but erection problems are uncommon."],
    ),
}
for _fact, (_myths, _passes) in SETS_150_151.items():
    if _fact in CASES:
        CASES[_fact][0].extend(_myths)
        CASES[_fact][1].extend(_passes)
    else:
        CASES[_fact] = (_myths, _passes)

# (v0.30.51, sets 152-153) Facts read from blind sets 152-153 after their measurement, in my own words.
SETS_152_153 = {
    "general-amd-affects-central-vision": (
        ["Untreated macular degeneration will eventually lead to complete blindness.",
         "AMD makes people totally blind in the end."],
        ["AMD rarely leads to total blindness, because side vision is kept."],
    ),
    "general-tears-from-lacrimal-gland": (
        ["Your meibomian glands make the watery part of your tears.",
         "Limbal stem cells are found in the tear glands."],
        ["Meibomian glands secrete oil that slows tear evaporation.",
         "The limbus, at the rim of the cornea, is where limbal stem cells live."],
    ),
    "general-heart-failure-not-stopped": (
        ["Heart failure means your heart is wearing out and will soon stop.",
         "The infused cells develop into healthy heart muscle cells."],
        ["In heart failure, the heart pumps less strongly than normal.",
         "Injected cells do not turn into working heart muscle."],
    ),
    "general-enamel-not-living": (
        ["Once a tooth has a hole, the enamel will grow back by itself."],
        ["Once a cavity forms, the enamel cannot grow back and a dentist needs to fill it."],
    ),
    "general-cold-water-shock-is-real": (
        ["Cold water shock only affects people who have heart problems.",
         "Fit swimmers can't get cold water shock."],
        ["Cold water shock can affect anyone, even fit swimmers."],
    ),
    "general-inhaled-steroids-not-anabolic": (
        ["Preventer inhalers contain the same steroids that athletes abuse."],
        ["Inhalers contain corticosteroids, not the anabolic steroids athletes misuse."],
    ),
}
for _fact, (_myths, _passes) in SETS_152_153.items():
    if _fact in CASES:
        CASES[_fact][0].extend(_myths)
        CASES[_fact][1].extend(_passes)
    else:
        CASES[_fact] = (_myths, _passes)

# (v0.30.52, sets 154-155) Facts read from blind sets 154-155 after their measurement, in my own words.
SETS_154_155 = {
    "general-vitamins-can-be-overdosed": (
        ["Zinc drops cannot hurt your kids, so give as many as you like.",
         "Zinc cannot hurt kids, as any surplus leaves in the urine."],
        ["Too much zinc can harm children, so stick to the dose on the label."],
    ),
    "general-jet-lag-worse-flying-east": (
        ["Jet lag feels worse heading west.",
         "Jet lag is usually worse going westward."],
        ["Jet lag is usually worse flying east."],
    ),
    "general-melatonin-made-by-pineal-gland": (
        ["Melatonin is released by the pituitary gland.",
         "Your pituitary gland makes melatonin.",
         "Tart cherry juice contains more melatonin than a prescribed tablet.",
         "Melatonin is the chemical that tells you it is bedtime, and it is made by the pituitary gland."],
        ["Melatonin is made by the pineal gland.",
         "Cherries contain tiny amounts of melatonin, far less than a tablet.",
         "The pituitary gland makes growth hormone, and the pineal gland makes melatonin."],
    ),
}
for _fact, (_myths, _passes) in SETS_154_155.items():
    if _fact in CASES:
        CASES[_fact][0].extend(_myths)
        CASES[_fact][1].extend(_passes)
    else:
        CASES[_fact] = (_myths, _passes)

# (v0.30.55, sets 158-159) Sentences in my own words for facts widened from sets 158-159.
SETS_158_159 = {
    "general-myopia-and-glasses": (
        ["Short-sightedness has nothing to do with the shape of the eyeball.",
         "Wearing glasses makes your eyesight worse.",
         "The Bates method has been scientifically proven in trials."],
        ["Short sight comes mainly from the eyeball growing too long.",
         "Glasses do not make your eyes worse.",
         "No trials show the Bates method works."],
    ),
    "general-dim-light-does-not-damage-eyes": (
        ["Reading in poor light causes permanent damage to your eyes."],
        ["Reading in dim light does not damage your eyes."],
    ),
}
for _fact, (_myths, _passes) in SETS_158_159.items():
    CASES[_fact][0].extend(_myths)
    CASES[_fact][1].extend(_passes)

# (v0.30.57, sets 162-163) Facts read from blind sets 162-163, in my own words.
SETS_162_163 = {
    "general-drug-origins-ketamine-minoxidil": (
        ["Minoxidil was originally designed as a skin cream for acne.",
         "Minoxidil started life as an eczema ointment."],
        ["Minoxidil was first developed as a blood pressure tablet."],
    ),
    "general-ldl-is-the-bad-cholesterol": (
        ["Saturated fat actually lowers LDL.",
         "Eating more saturated fat reduces your bad cholesterol."],
        ["Cutting saturated fat lowers LDL cholesterol.",
         "Replacing saturated fat with unsaturated fat lowers LDL."],
    ),
    "general-insect-borne-infections-and-their-carriers": (
        ["Malaria is basically a worm in the blood.",
         "Malaria is caused by a virus."],
        ["Malaria is caused by a single-celled parasite, not a worm."],
    ),
}
for _fact, (_myths, _passes) in SETS_162_163.items():
    CASES[_fact][0].extend(_myths)
    CASES[_fact][1].extend(_passes)

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
        assert len(myths) >= 2 and len(passes) >= 2, fact["id"]
        assert fact["relation"] == "states" and fact["sources"] and fact["contradicted-by"], fact["id"]


def test_a_myth_in_a_longer_article_is_reported_once():
    text = ("Many parents ask about food allergies. Babies should not be given peanuts until they are "
            "three. We asked an allergist what the evidence says.")
    assert contradicted(OPENING, text) == ["general-early-peanut-prevents-allergy"]
