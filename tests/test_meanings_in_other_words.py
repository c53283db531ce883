"""Meanings the rules catch in wordings of their own: results kept for good, a patient's story
offered as typical, fame and the practitioner's impression as evidence, a result reasoned from a
mechanism, fear and chemicals, proven care left at home, and harms compared down to a cold.
Each sentence is written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(sentence: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text("# A page\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]


@pytest.mark.parametrize("sentence, code, excerpt", [
    ("Our laser fixes acid reflux permanently.", "CLM002", "fixes acid reflux permanently"),
    ("Once the course ends, their weight stays off permanently.", "CLM002", "their weight stays off permanently"),
    ("Most clients are migraine-free for life after one course.", "CLM002", "migraine-free for life"),
    ("Her seizures stopped altogether after the oil.", "CLM002", "seizures stopped altogether"),
    # Permanence and guarantees said in other words (0.14.0).
    ("Cryolipolysis results are permanent, whatever you eat afterwards.", "CLM002",
     "Cryolipolysis results are permanent"),
    ("No more migraines, ever.", "CLM002", "No more migraines, ever"),
    ("The glasses cure the problem outright.", "CLM002", "cure the problem outright"),
    ("Our gel clears acne permanently.", "CLM002", "clears acne permanently"),
    ("Two sizes slimmer in a fortnight, guaranteed.", "CLM003", "slimmer in a fortnight, guaranteed"),
    # Scarcity and extras in other words.
    ("We accept just four new families each season.", "COM007", "accept just four new families each season"),
    ("The spring group is capped at ten clients.", "COM007", "capped at ten clients"),
    ("The serum has sold out five times this year.", "COM007", "sold out five times"),
    ("A £500 deposit holds your treatment date.", "COM007", "deposit holds your treatment date"),
    ("We'll throw in a follow-up scan at no extra cost.", "COM002", "throw in a follow-up scan at no extra cost"),
    ("Subscribers save a further 15% on every order.", "COM002", "save a further 15%"),
    # Medicine and care set aside in other words.
    ("Many members cut out their blood pressure pills altogether.", "RSK005",
     "members cut out their blood pressure pills"),
    ("She had given up the inhaler her clinic prescribed.", "RSK005", "given up the inhaler her clinic prescribed"),
    ("No need to check with a dermatologist first.", "RSK006", "No need to check with a dermatologist first"),
    ("No need for an eye examination beforehand.", "RSK006", "No need for an eye examination beforehand"),
    ("Services for addicts are stretched.", "LNG001", "addicts"),
    ("Most women over 40 have cellular fatigue syndrome. Order a box now for £30.", "TRM006",
     "cellular fatigue syndrome"),
    # Buyers' reports and age as proof, in other words (0.14.0).
    ("The balm has more than 8,000 five-star reviews. Order now for £12.", "EVD003", "more than 8,000 five-star reviews"),
    ("When we surveyed 300 past clients, 9 in 10 said their pain had eased. Book now for £60.", "EVD003",
     "we surveyed 300 past clients"),
    ("Wearers reported 60% fewer headaches. Order now for £30.", "EVD003", "Wearers reported 60% fewer"),
    ("A root eaten for centuries must be doing something right. Order now for £9.", "EVD003",
     "eaten for centuries must be doing something right"),
    ("It is the most complete skin supplement on the market.", "HYP001",
     "the most complete skin supplement on the market"),
    # An animal result offered on a page that sells, in other verbs.
    ("In one study, rats given the tonic developed less joint swelling than rats given water. "
     "Order now for £19.", "EVD004", "rats given the tonic developed less"),
    ("Every one of our clients has reached a healthy weight.", "CLM003", "Every one of our clients has reached"),
    ("Tom's recovery is typical of what we see each month.", "CLM003", "recovery is typical"),
    ("Footballers and celebrities swear by the cream.", "EVD003", "Footballers and celebrities swear by the cream"),
    ("We notice it in our patients every week.", "EVD003", "We notice it in our patients every week"),
    ("This programme saved my life.", "EVD003", "This programme saved my life"),
    ("Copper calms the nerves, which is why the bracelet eases arthritis.", "EVD011", "which is why the bracelet eases"),
    ("Since the gel is made from plants, it must be safer than steroids.", "EVD011", "it must be safer"),
    ("Proven results for tired legs.", "EVD002", "Proven results"),
    ("Do not become another statistic this winter.", "LNG010", "Do not become another statistic"),
    ("Stop poisoning your skin with harsh creams.", "LNG010", "Stop poisoning your skin"),
    ("Why fill your kids with chemicals every winter?", "LNG012", "Why fill your kids with chemicals"),
    ("Say no to your booster this autumn.", "RSK006", "Say no to your booster"),
    ("Leave the malaria tablets at home and pack our drops instead.", "RSK006", "Leave the malaria tablets at home"),
    ("Two of my clients have come off them and feel great.", "RSK005", "clients have come off them and feel great"),
    ("Recovery was no worse than a mild flu.", "RSK004", "Recovery was no worse than a mild flu"),
    ("You get the results of an operation with none of the dangers of surgery.", "RSK002", "with none of the dangers of surgery"),
    # Proven care set aside, said in the page's own way.
    ("With the wristband there's no need to visit a heart specialist.", "RSK006", "there's no need to visit a heart specialist"),
    ("Our readers can cancel their yearly eye checks once they start the drops.", "RSK006", "can cancel their yearly eye checks"),
    ("One reading from the patch can replace a sleep study.", "RSK006", "can replace a sleep study"),
    ("There's no need to wait for the clinic's eye pressure assessment or to see an optician first.", "RSK006",
     "There's no need to wait for the clinic's eye pressure assessment or to see an optician"),
    ("Order a kit tonight and spare yourself the referral.", "RSK006", "spare yourself the referral"),
    ("Throw out the ointment your dermatologist prescribed.", "RSK005", "Throw out the ointment your dermatologist prescribed"),
    ("Many members reduce or stop their asthma inhalers within weeks.", "RSK005", "stop their asthma inhalers"),
    ("Within a month you can cut down or stop your reflux tablets.", "RSK005", "can cut down or stop your reflux tablets"),
    # Good outcomes made permanent, and one person's result promised to all.
    ("After the course you can bin your hay fever tablets for good.", "CLM002", "bin your hay fever tablets for good"),
    ("Our clients walk unaided for good after six sessions.", "CLM002", "walk unaided for good"),
    ("Most of our walkers no longer need their mobility aids.", "CLM002", "no longer need their mobility aids"),
    ("The itching was gone for good within a fortnight.", "CLM002", "The itching was gone for good"),
    ("The drink lets your cartilage grow back.", "CLM002", "lets your cartilage grow back"),
    ("It cleared my son's eczema and it will work for anybody.", "CLM003", "will work for anybody"),
    # Demand, reviews, word of mouth and the seller's own figures offered as the evidence.
    ("Queues like ours show it works.", "EVD003", "Queues like ours show it works"),
    ("Over 1,200 parents have left us glowing reviews.", "EVD003", "Over 1,200 parents have left us glowing reviews"),
    ("Of last year's clients, 89% rated their treatment as outstanding.", "EVD003", "89% rated their treatment as outstanding"),
    ("In our internal data, knees hurt 70% less after a month.", "EVD003", "In our internal data, knees hurt 70"),
    ("Her knee pain went in a week. My neighbour is a pharmacist and he agrees.", "EVD003",
     "My neighbour is a pharmacist and he agrees"),
    ("Our booking page boasts a 93% success rate.", "EVD007", "a 93% success rate"),
    ("The pads reset your sweat glands overnight.", "EVD008", "reset your sweat glands"),
    # Shame, duty, indifferent doctors and a countdown, as the page's argument.
    ("Nobody wants to be the guest with the wet shirt.", "LNG012", "Nobody wants to be the guest"),
    ("Never let your daughter be the only one without a party invitation.", "LNG012",
     "Never let your daughter be the only one"),
    ("Every mum owes it to her family to try it.", "LNG012", "owes it to her family"),
    ("Tired skin makes you look older than you are.", "LNG012", "makes you look older than you are"),
    ("Hospitals only want to rush you through the system.", "LNG011", "Hospitals only want to rush you through"),
    ("Sadly the NHS has written off people like Jim.", "LNG011", "the NHS has written off"),
    ("Thousands are left to rot on the list.", "LNG010", "left to rot"),
    # Safety for everyone, whatever their body or illness, on a page that sells.
    ("The peel is fine for every skin tone. Order now for £30.", "RSK008", "fine for every skin tone"),
    ("The socks are safe for people with diabetes. Order now for £30.", "RSK008", "safe for people with diabetes"),
    ("Honestly, you can't overdo it. Order now for £30.", "RSK008", "you can't overdo it"),
    ("There is nothing that could go wrong with the mask.", "RSK002", "nothing that could go wrong"),
    # Offers, upsells and deadlines in the page's own words.
    ("Your scan is free if you sign up this week.", "COM002", "free if you sign up"),
    ("Clients who refer a neighbour get their next massage free.", "COM002", "who refer a neighbour get their next massage free"),
    ("Order two tubs and we will add a third one free.", "COM002", "Order two tubs and we will add a third one free"),
    ("Upgrade to Platinum for £150 extra.", "COM006", "Upgrade to Platinum for £150"),
    ("The discount code lasts until Sunday.", "COM007", "discount code lasts until Sunday"),
    # Hype as a superlative, and a device called a miracle.
    ("Ours is the most effective knee brace ever invented.", "HYP001", "the most effective knee brace ever invented"),
    ("Our clinic runs the world's most advanced scalp treatment.", "HYP001", "the world's most advanced"),
    ("The headset is a miracle machine for people with migraine.", "HYP001", "miracle"),
    # Proof asserted, and unnamed research naming a cause.
    ("Hospitals use it every day, so the device is proven.", "EVD002", "the device is proven"),
    ("Studies show that hidden yeast is the root cause of bloating.", "EVD001", "Studies show"),
    # Medicines stopped ahead of the seller's treatment, care paused on advice, buyers as the example.
    ("Stop warfarin three days before your session.", "RSK005", "Stop warfarin three days before"),
    ("Clients are told to skip their diabetes check-ups during the fast.", "RSK006", "told to skip their diabetes check"),
    ("Lots of mums cut out their inhalers after a month, and you can too.", "RSK005",
     "mums cut out their inhalers after a month, and you can too"),
    ("Over 900 families have taken back their health with our plan.", "EVD003",
     "Over 900 families have taken back their health"),
    ("Our drinks are safe for toddlers and pregnant women. Order now for £20.", "RSK008",
     "safe for toddlers and pregnant women"),
    ("Stop pumping your kids full of antibiotics.", "LNG010", "pumping your kids full of antibiotics"),
    # Set 14's meanings, in sentences of my own.
    ("One sachet kicks a sore throat out within 12 hours.", "CLM002", "kicks a sore throat out within 12"),
    ("With our plan you'll never be obese again.", "CLM002", "you'll never be obese again"),
    ("Three weeks in, the rash simply does not come back.", "CLM002", "the rash simply does not come back"),
    ("Her knee was left as good as new.", "CLM002", "left as good as new"),
    ("Like nearly all our clients, Ann sleeps through now.", "CLM003", "Like nearly all our clients"),
    ("Herbalists have used it for 800 years, which is proof enough.", "EVD003",
     "used it for 800 years, which is proof"),
    ("Patients often tell us their headaches ease.", "EVD003", "Patients often tell us"),
    ("I have never treated a patient who did not improve.", "EVD003", "never treated a patient who did not improve"),
    ("It is the ultimate gut reset.", "HYP001", "the ultimate gut reset"),
    ("Stop being a burden to your partner.", "LNG012", "being a burden to your partner"),
    ("Opticians only care about keeping patients on the books.", "LNG011",
     "Opticians only care about keeping patients on the books"),
    ("You have no need to bother with your yearly eye test.", "RSK006", "no need to bother with your yearly eye test"),
    ("She will stop her daily statins a week before the treatment.", "RSK005",
     "will stop her daily statins a week before the treatment"),
    ("Take as much as you like. Order now for £9.", "RSK008", "Take as much as you like"),
    ("The gummies are safe with any medication. Order now for £9.", "RSK008", "safe with any medication"),
    ("Our members can bin the pain and sleep tablets their GP prescribed.", "RSK005",
     "bin the pain and sleep tablets their GP prescribed"),
    ("You don't need to clear it with your diabetes nurse.", "RSK006", "don't need to clear it with your diabetes nurse"),
    ("The wrap has never been associated with a single complication.", "RSK002",
     "never been associated with a single complication"),
    # Good outcomes made permanent in any words, and a result for everyone in the clinic's words.
    ("The stiffness lifts for good after the second week.", "CLM002", "lifts for good"),
    ("The drops restore sharp vision permanently.", "CLM002", "restore sharp vision permanently"),
    ("The gel stops cold sores completely.", "CLM002", "stops cold sores completely"),
    ("Every client we have helped has recovered.", "CLM003", "Every client we have helped has recovered"),
    ("Our members all tell us the same.", "CLM003", "Our members all tell us the same"),
    ("There is no reason this can't be your story.", "CLM003", "no reason this can't be your story"),
    # Labels, waiting, duty and hidden motives; animals as the subject of the result.
    ("The course welcomes stammerers of all ages.", "LNG001", "stammerers"),
    ("Heart disease won't wait for you to feel ill, and neither should you.", "LNG010",
     "won't wait for you to feel ill, and neither should you"),
    ("Every missed session lets your team down.", "LNG012", "lets your team down"),
    ("Drug firms would rather you never learned about the root.", "LNG011",
     "Drug firms would rather you never learned"),
    ("In trials, sheep fitted with the implant regrew bone. Our implant is the same. Order now for £90.",
     "EVD004", "sheep fitted with the implant regrew"),
    # Results for everyone the seller has treated, and permanence in other verbs (0.15.0).
    ("Every client leaves with calmer skin.", "CLM003", "Every client leaves with calmer"),
    ("Nearly all of our patients improve within a month.", "CLM003", "Nearly all of our patients improve"),
    ("Every buyer saw a difference by the third night.", "CLM003", "Every buyer saw a difference"),
    ("Everyone on our retreat who completes the fast feels better.", "CLM003",
     "Everyone on our retreat who completes the fast feels better"),
    ("The brace corrected her posture for good.", "CLM002", "corrected her posture for good"),
    ("The drops flushed the infection out of his system for good.", "CLM002",
     "flushed the infection out of his system for good"),
    ("You'll never spend another sleepless night again.", "CLM002", "You'll never spend another sleepless night again"),
    # Popularity as the argument.
    ("Half a million tins sold, so it clearly works.", "EVD003", "Half a million tins sold, so it clearly works"),
    ("Nobody would keep reordering if the tea didn't work.", "EVD003", "Nobody would keep reordering if the tea didn't work"),
    ("Trusted by over 80,000 families.", "EVD003", "Trusted by over 80,000 families"),
    # Harms waved away, the professional left out.
    ("The patch carries no appreciable risk.", "RSK002", "carries no appreciable risk"),
    ("Laser resurfacing has no downside.", "RSK002", "has no downside"),
    ("Nothing in the balm can ever cause a reaction.", "RSK002", "Nothing in the balm can ever cause a reaction"),
    ("Our peel won't irritate sensitive skin.", "RSK002", "won't irritate sensitive skin"),
    ("The spray may be used alongside any other nasal spray.", "RSK002",
     "may be used alongside any other nasal"),
    ("Don't bother asking your GP about it.", "RSK006", "Don't bother asking your GP"),
    ("There's no reason to wait for test results first.", "RSK006", "no reason to wait for test results first"),
    ("Mild enough for babies and toddlers. Order now for £14.", "RSK008", "Mild enough for babies"),
    # Fear, shame and the hidden enemy.
    ("IBS victims are told to put up with it.", "LNG002", "IBS victims"),
    ("He felt stuck in his wheelchair all winter.", "LNG004", "stuck in his wheelchair"),
    ("The pharma companies suppressed his findings for decades.", "LNG011",
     "pharma companies suppressed his findings"),
    ("Conventional dermatologists will never admit it.", "LNG011", "Conventional dermatologists will never admit it"),
    ("Honestly, no one will want to hold hands with you.", "LNG012", "no one will want to hold hands with you"),
    # Superlatives that reach a lifetime.
    ("It is the greatest remedy medicine has ever produced.", "HYP001",
     "the greatest remedy medicine has ever produced"),
    ("For gout, the new tablet is the single biggest advance of my lifetime.", "HYP001",
     "the single biggest advance of my lifetime"),
    # Coined conditions and mechanisms with other last words than "syndrome".
    ("The tea drains hepatic bile stagnation. Order now for £12.", "TRM006", "hepatic bile stagnation"),
    ("Our pads lift cartilage starvation disorder. Order now for £12.", "TRM006", "cartilage starvation disorder"),
    ("The serum restarts the collagen renewal cascade. Order now for £12.", "TRM006", "collagen renewal cascade"),
    ("Book online today. Our clinic is open six days a week.", "COM001", "Book online"),
    ("Hurry and book your place.", "COM007", "Hurry"),
    # Set 18's meanings, in sentences of my own (0.15.0).
    ("Eight in ten of our clients are pain-free after one visit.", "CLM003",
     "Eight in ten of our clients are pain-free"),
    ("Every one of our 900 patients has gone home walking further.", "CLM003",
     "Every one of our 900 patients has gone home"),
    ("Thousands of happy users have beaten their insomnia with the pillow.", "CLM002",
     "Thousands of happy users have beaten their insomnia"),
    ("The wrap draws the toxins out for good.", "CLM002", "draws the toxins out for good"),
    ("It calms the inflammation and lets the damaged nerves heal.", "CLM002", "lets the damaged nerves heal"),
    ("The patches go back to the 1920s, so they have stood the test of time. Order now for £9.", "EVD003",
     "go back to the 1920s, so they have stood the test of time"),
    ("Our client feedback forms show 96% satisfaction.", "EVD003", "Our client feedback forms show 96%"),
    ("Our shelf of cards from migraine patients says more than any trial could.", "EVD003",
     "says more than any trial could"),
    ("Turmeric is nature's painkiller.", "HYP001", "nature's painkiller"),
    ("The tablet spells the end of insulin for millions.", "HYP001", "spells the end of insulin"),
    ("It is the most gentle hair treatment ever developed.", "HYP001", "the most gentle hair treatment ever developed"),
    ("Here's the part your GP won't mention.", "LNG011", "the part your GP won't mention"),
    ("I won't put chemicals into my child's body.", "LNG010", ""),
    ("I refuse to keep putting poison into my baby.", "LNG010", "putting poison into my baby"),
    ("Many of our members choose to pause their statins while on the plan.", "RSK005",
     "members choose to pause their statins"),
    ("Personally I'd skip the antibiotics.", "RSK005", "I'd skip the antibiotics"),
    ("No need to retest once the itching stops.", "RSK006", "No need to retest"),
    ("Honestly, there's no need for a referral before your first session.", "RSK006",
     "no need for a referral before your first"),
    ("You don't need to tell your dentist about it.", "RSK006", "You don't need to tell your dentist"),
    ("The balm cleared the rash in mice. If it works in mice, it works in people.", "EVD004", "it works in people"),
    ("In a test tube, our enzyme destroyed the plaque within minutes. Order now for £19.", "EVD004",
     "In a test tube, our enzyme destroyed"),
    ("We treat what we call lymph-drain syndrome. Order now for £19.", "TRM006", "lymph-drain syndrome"),
    ("The patches trigger a deep toxin purge. Order now for £19.", "TRM006", "deep toxin purge"),
    ("By week six, most members walk unaided and no longer use a stick.", "CLM003",
     "most members walk unaided and no longer use"),
    ("Like nearly every child we treat, your daughter will sleep through by spring.", "CLM003",
     "Like nearly every child we treat"),
    ("My migraines disappeared for good. They never came back.", "CLM002", "My migraines disappeared for good"),
    # An abbreviation that is also a word, in running text, still needs spelling out.
    ("Half of the group reached NEDA at two years.", "TRM002", "NEDA"),
    ("The clinic checks your MELD before the infusion.", "TRM002", "MELD"),
    # Care dropped on the writer's say-so, fear and shame in other words.
    ("Forget the hearing check and just order the drops. Order now for £12.", "RSK006", "Forget the hearing check"),
    ("I'd cancel those physio sessions until the course ends.", "RSK006", "I'd cancel those physio sessions"),
    ("Plaque is silently eating away at your gums.", "LNG010", "eating away at your gums"),
    ("Don't become one more diabetes statistic.", "LNG010", ""),
    ("Don't become another stroke statistic.", "LNG010", "Don't become another stroke statistic"),
    ("Thinning hair can make you look ten years older. Order now for £12.", "LNG012",
     "make you look ten years older"),
    # A seller's single cause, said as where the disease begins or what it "really" is.
    ("Psoriasis starts in the bowel. Order now for £40.", "FCT016", "Psoriasis starts in the bowel"),
    ("Gout is caused solely by red wine. Order now for £40.", "FCT016", "Gout is caused solely by"),
    # Everyone who finished the course, and a result for each of them (0.16.0).
    ("Each climber who finishes our ten-day plan stays cramp-free.", "CLM003",
     "Each climber who finishes our ten-day plan stays cramp-free"),
    ("Every toddler we have fitted has ended up with a normal head shape.", "CLM003",
     "Every toddler we have fitted has ended up with a normal head shape"),
    ("Not one of our 900 hikers has ever had altitude sickness.", "CLM003",
     "Not one of our 900 hikers has ever had altitude sickness"),
    ("You get smooth, even skin, guaranteed.", "CLM003", "get smooth, even skin, guaranteed"),
    ("Most walkers with MS leave the camp walking without a stick.", "CLM003",
     "Most walkers with MS leave the camp walking without a stick"),
    ("The tincture keeps the hot flushes away for good.", "CLM002", "keeps the hot flushes away for good"),
    ("The spray prevents motion sickness completely.", "CLM002", "prevents motion sickness completely"),
    ("Our wash kills every louse and nit in one treatment.", "CLM002", "kills every louse and nit in one treatment"),
    ("The drops clear candida from the gut permanently.", "CLM002", "clear candida from the gut permanently"),
    # Hype, fear and shame in other words (0.16.0).
    ("It is the purest sleep aid nature has ever produced.", "HYP001", "the purest sleep aid nature has ever produced"),
    ("For eczema, our balm is the most soothing ointment ever formulated.", "HYP001",
     "the most soothing ointment ever formulated"),
    ("This is the most complete answer to gout that medicine has to offer.", "HYP001",
     "the most complete answer to gout that medicine has to offer"),
    ("Don't wait until arthritis robs you of your garden.", "LNG010", "Don't wait until arthritis robs"),
    ("Don't let eczema keep you shut away indoors all summer.", "LNG010", "Don't let eczema keep you shut away"),
    ("Don't be the only dad at the pool with yellow nails. Order now for £19.", "LNG012",
     "Don't be the only dad at the pool with yellow nails"),
    ("Send those nitty kids home before they spread it.", "LNG012", "nitty kids"),
    # Popularity and the bench offered as proof (0.16.0).
    ("Thousands of followers on TikTok can't be wrong. Order now for £19.", "EVD003",
     "Thousands of followers on TikTok can't be wrong"),
    ("Our wart paint has got hundreds of reviews from happy mums. Order now for £19.", "EVD003",
     "got hundreds of reviews from"),
    ("In a lab study, our mushroom blend shrank tumour cells. Order now for £19.", "EVD004",
     "In a lab study, our mushroom blend shrank"),
    # Care left out and warning signs waved away, in other words (0.16.0).
    ("Our therapists advise clients to come off their statins before the detox.", "RSK005",
     "Our therapists advise clients to come off their statins"),
    ("Patients did not need to inform their own consultant before the infusions.", "RSK006",
     "did not need to inform their own consultant"),
    ("Postpone the scan and try the tea first.", "RSK006", "Postpone the scan and try the tea first"),
    ("If your lips go numb, that's only the serum settling, so keep applying it.", "RSK004",
     "that's only the serum settling, so keep applying"),
    ("Our spray is safe to use while you're pregnant. Order now for £12.", "RSK008",
     "safe to use while you're pregnant"),
    # Counts, followers and photos offered as the proof itself (0.16.0).
    ("We have fitted 9,000 insoles, so this is not guesswork.", "EVD003", "so this is not guesswork"),
    ("Our case files speak louder than any trial.", "EVD003", "speak louder than any trial"),
    ("Runners have worn copper bands for decades, so we know they help.", "EVD003", "so we know they help"),
    ("My blog has 500 comments from readers it has helped.", "EVD003", "comments from readers it has helped"),
    # Set 19's meanings in my own words (0.16.0).
    ("It is the biggest step in hip surgery in a hundred years.", "HYP001",
     "the biggest step in hip surgery in a hundred years"),
    ("For arthritis, our gel is the only rub that really works.", "HYP001", "the only rub that really works"),
    ("Nobody will take you seriously with yellow teeth.", "LNG012", "Nobody will take you seriously"),
    ("Kids with wonky ears get bullied at school.", "LNG012", "get bullied at school"),
    ("Untreated gum disease leaves many people prisoners in their own homes.", "LNG010",
     "prisoners in their own homes"),
    ("Spread the cost over 18 months with our payment plan.", "COM002", "Spread the cost over 18 months"),
    ("Your partner travels free on our clinic package.", "COM002", "Your partner travels free"),
    ("The Hearing Hour is a completely independent podcast. Order now for £9.", "COM008",
     "is a completely independent podcast"),
    # Set 21's meanings in my own words (0.16.0).
    ("Every runner I've treated was back to training within a fortnight.", "CLM003",
     "Every runner I've treated was back to training"),
    ("Each mum on our six-week course ended up leak-free.", "CLM003", "Each mum on our six-week course ended up leak-free"),
    ("Our clients see normal blood pressure readings within a month.", "CLM003", "Our clients see normal blood pressure"),
    ("The balm has never once let my family down.", "CLM003", "has never once let my family down"),
    ("You'll never sprain that ankle again.", "CLM002", "You'll never sprain that ankle again"),
    ("Pilates doesn't just manage back pain, it cures it.", "CLM002", "doesn't just manage back pain, it cures"),
    ("A remedy doesn't last three centuries unless it works. Order now for £9.", "EVD003",
     "doesn't last three centuries unless it works"),
    ("Hundreds of you have written to say it worked.", "EVD003", "Hundreds of you have written to say it worked"),
    ("My consultant couldn't believe my new scan. Order now for £9.", "EVD003", "My consultant couldn't believe"),
    ("It is the finest hearing aid I have ever come across.", "HYP001",
     "the finest hearing aid I have ever come across"),
    ("Flu is coming for your little ones this winter.", "LNG010", "Flu is coming for your little ones"),
    ("No GP sign-off is needed before you start.", "RSK006", "No GP sign-off is needed"),
    ("Aftercare is optional.", "RSK006", "Aftercare is optional"),
    ("Clients often wean off their antidepressants on the plan.", "RSK005",
     "Clients often wean off their antidepressants"),
    ("The zinc can't harm your gut, because it is only a mineral.", "RSK003",
     "can't harm your gut, because it is only a mineral"),
    # An authority said to back what a page sells (0.16.0).
    ("NICE now recommends reflexology for migraine. Book now for £40.", "FCT015",
     "NICE now recommends reflexology"),
    ("Our laser is the standard NHS treatment for dry eyes. Book now for £40.", "FCT015",
     "is the standard NHS treatment"),
    # Set 22's meanings in my own words, read after its measurement (0.16.0).
    ("Jo's recovery is typical of our clients.", "CLM003", "recovery is typical"),
    ("Over 80% of men who complete the Strong Back Plan are ache-free by week six.", "CLM003",
     "Over 80% of men who complete the Strong Back Plan are ache-free"),
    ("Our members who follow its tips simply stop getting migraines.", "CLM003",
     "Our members who follow its tips simply stop getting migraines"),
    ("The drops work for every colicky baby.", "CLM003", "work for every colicky baby"),
    ("The band retrains the nerves so the ringing stops for good.", "CLM002", "ringing stops for good"),
    ("The gel regrows lost enamel permanently.", "CLM002", "regrows lost enamel permanently"),
    ("Book through this page and save £300 on your first course.", "COM002",
     "Book through this page and save £300 on your first course"),
    ("There is a £40 credit for every friend you refer.", "COM002", "credit for every friend you refer"),
    ("Early-bird prices end on Sunday.", "COM002", "Early-bird prices"),
    ("It is the best sleep supplement we have ever reviewed.", "HYP001",
     "the best sleep supplement we have ever reviewed"),
    ("Your scalp is screaming for help. Order now for £19.", "LNG010", "is screaming for help"),
    ("Your feet smell disgusting, and everyone notices. Order now for £19.", "LNG012", "Your feet smell disgusting"),
    ("Most of our clients stop them once they start the course.", "RSK005",
     "our clients stop them once"),
    ("You can stop seeing the physio once the brace arrives.", "RSK006", "stop seeing the physio"),
    ("You don't need to mention the drops to your optician.", "RSK006",
     "don't need to mention the drops to your optician"),
    ("If your calf aches after the flight, ignore it.", "RSK004", "If your calf aches after the flight, ignore it"),
    # Coined mechanisms on any page when built on a hyphenated prefix; coined deficits on a page that sells.
    ("The clinic says its laser sets off an angio-regenerative cascade.", "TRM006", "angio-regenerative cascade"),
    ("Low zinc causes a cell mineral deficit. Order now for £19.", "TRM006", "cell mineral deficit"),
    # Set 23's meanings in my own words, read after its measurement (0.16.0).
    ("Say goodbye and leave eczema behind for good.", "CLM002", "leave eczema behind for good"),
    ("The insoles give people with arthritis their grip back.", "CLM002",
     "give people with arthritis their grip back"),
    ("Within weeks most clients have put their crutches away.", "CLM002", "put their crutches away"),
    ("Your heel pain is completely gone for good after the course.", "CLM002",
     "Your heel pain is completely gone for good"),
    ("Three years on, my psoriasis is still switched off.", "CLM002", "my psoriasis is still switched off"),
    ("It works for eight out of ten men who try it.", "CLM003", "works for eight out of ten men who try"),
    ("Every single patient tells us they sleep better from week one.", "CLM003",
     "Every single patient tells us they sleep better"),
    ("Every couple who came to us last year went on to conceive.", "CLM003",
     "Every couple who came to us last year went on to conceive"),
    # Offers and pressure in a forum or a local paper (0.16.0).
    ("Message me for my nit comb and lotion set, £9 a box.", "COM001", "Message me for my nit comb and lotion set, £9 a box"),
    ("The clinic is giving readers £200 off a first session.", "COM002", "£200 off a first session"),
    ("I have a handful left from this batch.", "COM007", "have a handful left from this batch"),
    ("Book one of the last 6 places on the spring course.", "COM007", "one of the last 6 places"),
])

def test_a_meaning_in_other_words(sentence, code, excerpt):
    assert found(sentence, code) == ([excerpt] if excerpt else [])


@pytest.mark.parametrize("sentence, code", [
    ("Relapses stopped altogether in 4 of 30 patients, the trial found.", "CLM002"),
    ("For a vaccine to be licensed, it must be safe and effective in large trials.", "EVD011"),
    ("Ask your GP before you say no to the booster: the trial data are reassuring.", "RSK006"),
    ("What the studies found, and what they don't tell you yet.", "LNG011"),
    ("Laparoscopic surgery carries fewer risks than open surgery.", "RSK002"),
    ("If the first test is clear, you don't need a second biopsy, the surgeon said.", "RSK006"),
    ("Some people can stop their blood tests with their consultant's agreement.", "RSK006"),
    ("Once the chance to store the cells has passed, it is gone for good.", "CLM002"),
    ("A defibrillator shocks the heart to restore normal rhythm.", "CLM002"),
    ("The leaflet went out in May. My neighbour is a pharmacist and he agrees.", "EVD003"),
    ("The hospital ranks among the world's leading cancer centres.", "HYP001"),
    ("Cheaper scanning machines could prove the game changer for rural clinics.", "HYP001"),
    ("He was treated at one of the most advanced heart units in the country.", "HYP001"),
    ("\"In our study, we looked at costs,\" said the lead researcher.", "EVD003"),
    ("The app has 3,000 five-star reviews, but reviews cannot show whether it works.", "EVD003"),
    ("Half the families were randomly given a free supply of the spread.", "COM002"),
    ("Any adult can now get a free flu jab at community pharmacies.", "COM002"),
    ("The test causes a moment's discomfort. It has no known lasting harms.", "RSK002"),
    ("People who stop their blood thinners early have more strokes.", "RSK005"),
    ("She has gone to Alcoholics Anonymous for ten years.", "LNG001"),
    ("Restless legs syndrome often improves with iron. Order a box now for £30.", "TRM006"),
    ("Willow bark was used for pain for centuries before aspirin was made from it. Order now for £9.", "EVD003"),
    ("The pilot study was limited to 30 volunteers.", "COM007"),
    ("The rash may not come back ever again, but nobody can promise that.", "CLM002"),
    # Natural history and reports are not promises; a count of years is not tradition (0.15.0).
    ("Almost all children with a sprained wrist recover within six weeks.", "CLM003"),
    ("Not every patient improves, and some get worse.", "CLM003"),
    ("Everyone in the trial was followed up for a year.", "CLM003"),
    ("It was the largest trial ever conducted in psoriasis.", "HYP001"),
    ("He said the knee brace was the best money he had ever spent.", "HYP001"),
    ("The flu jab cannot give you flu, because it contains no live virus.", "RSK006"),
    ("My husband has used the cream every night for three years. Order now for £9.", "EVD003"),
    ("Doctors have used the drug safely for more than 50 years.", "EVD003"),
    ("Lung cancer victims of the 1950s rarely survived a year.", "LNG004"),
    ("Weigh yourself weekly and note your body mass index. Order now for £12.", "TRM006"),
    ("Twenty years ago a diagnosis of HIV was no longer a death sentence.", "LNG010"),
    # A public body's own free sessions; a columnist warning about promises; a trial's harms count.
    ("Issued by Kestrel Valley NHS Trust. The first aid classes are free. Book online today.", "COM001"),
    ("Avoid any clinic that promises a guaranteed cure within a month.", "CLM003"),
    ("No harms linked to the exercise classes were reported.", "RSK002"),
    ("If I hurry her, she gets upset.", "COM007"),
    ("Ninety per cent of our clients say they sleep better.", "CLM003"),
    ("Each new client meets one of our nurses first, and every client leaves with a written plan.", "CLM003"),
    ("Chemists call it among the most complex drugs ever made.", "HYP001"),
    ("It would be wrong to claim this marks the end of insulin.", "HYP001"),
    ("Stress eats away at the myelin, the clinic claims.", "LNG010"),
    ("Decongestant sprays used for weeks can cause rebound congestion. Order now for £12.", "TRM006"),
    ("Among children, asthma is by a wide margin the commonest long-term illness. Order now for £12.", "FCT016"),
    # An English word in capitals is shouting, not an abbreviation, where the line shouts or it labels.
    ("A transplant can control the disease for years, and a few of those patients are cured.", "CLM001"),
    ("My eczema cleared up on the cream, so I stopped it. Then it came back worse.", "CLM002"),
    ("VIDEO: my first month on the new diet", "TRM002"),
    ("WHY DOES THE BRACE HELP?", "TRM002"),
    ("The tablets help with seasonal affective disorder. Order now for £12.", "TRM006"),
    # A rate out of every hundred is not everyone; a study's follow-up is no result (0.16.0).
    ("Nine in every ten people who finish the tablets are cured.", "CLM003"),
    ("Scans showed her lymphoma was gone after the second cycle.", "CLM002"),
    ("Once the frozen eggs are used, your chance is gone for good.", "CLM002"),
    ("Diabetes is among the fastest-growing health problems in the world.", "HYP001"),
    ("We accept self-referrals and do not ask for a GP letter, but we write to your GP after the visit.", "RSK006"),
    ("If the bruise fades within a week, there is no need to call us.", "RSK004"),
    ("The cheaper scheme cut about $400 off the cost of the usual programme.", "COM002"),
    ("The trial compared the drug with a placebo, so we know it works.", "EVD003"),
    ("For centuries explorers looked for a fountain of youth.", "HYP001"),
    ("Since the stroke he has felt like a prisoner of his own body.", "LNG010"),
    ("A patient once told me, 'Thank you for curing my cancer, but the pain never left.'", "CLM001"),
    ("Crash diets leave people in a calorie deficit. Order now for £19.", "TRM006"),
    ("A rare neuro-genetic syndrome was found in the twins.", "TRM006"),
    ("Lithium toxicity can follow dehydration. Order now for £19.", "TRM006"),
    ("Results like Jo's are not typical: most people in the trial improved less.", "CLM003"),
    ("Drying the ear well helps to stop it returning.", "CLM002"),
    ("Among licensed drugs in the UK, it ranks with the most effective.", "HYP001"),
    ("If a fever lasts more than three days, don't ignore it: call your GP.", "RSK004"),
    ("The WHO recommends vitamin A for children with measles. Order now for £9.", "FCT015"),
    ("Screening finds aneurysms in men with no symptoms at all.", "CLM002"),
    ("She has had no relapses since starting the drug, her neurologist says.", "CLM002"),
    ("The idea that we all carry toxic sludge in our bowels is a myth.", "LNG010"),
    ("Don't wait until the pain is unbearable to see your GP about a hernia.", "LNG010"),
    ("Every participant who completed the study was offered a follow-up scan.", "CLM003"),
    ("None of our patients has had a serious complication, but bruising is common.", "CLM003"),
    ("The surgeon can remove all the damaged tissue in a single visit.", "CLM002"),
])
def test_careful_sentences_that_share_the_words(sentence, code):
    assert found(sentence, code) == []


def test_a_statement_opening_with_not_is_no_answer_to_the_question_before_it():
    # "Not one ..." states something of its own; "Not yet." would answer the question.
    text = "Could you honestly put a price on your family's future? Not one buyer has ever regretted it."
    assert found(text, "LNG012") == ["Could you honestly put a price on your family's future"]


def test_a_short_no_still_answers_the_question():
    assert found("Does the balm cure eczema? Not yet: the trial is still running.", "CLM001") == []


def test_an_accuracy_figure_answered_two_sentences_on():
    # The flags in healthy people come two sentences after the figure, across one-sentence paragraphs.
    text = ("The blood panel picked up the disease in 88 percent of patients who had it.\n\n"
            "It also spotted every case in people with early symptoms.\n\n"
            "But it flagged the disease in 30 percent of people with healthy memory.")
    assert found(text, "EVD009") == []


def test_whats_wrong_is_the_illness_not_an_error():
    text = ("Patients wait months to learn what's wrong with them.\n\n"
            "The new monitor is 97% accurate.")
    assert found(text, "EVD009") == ["97% accurate"]


def test_such_dramatic_gains_point_back_to_the_figures_before():
    text = ("Five years on, 85 percent of the patients on the drug were alive.\n\n"
            "Few medicines deliver such dramatic gains.")
    assert found(text, "EVD005") == []


def test_misuse_of_the_drug_is_a_harm_discussed():
    text = ("The new implant releases the drug for six months and helps people stay off heroin.\n\n"
            "The pill form helps many patients recover. Critics warn the drug can be abused, and some "
            "people get high on it.")
    assert found(text, "RSK001") == []
