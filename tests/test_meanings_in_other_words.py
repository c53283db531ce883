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
    ("Treatment places for heroin addicts are few.", "LNG001", "addicts"),
    ("Most women over 40 have cellular fatigue syndrome. Order a box now for £30.", "TRM006",
     "cellular fatigue syndrome"),
    # Buyers' reports and age as proof, in other words (0.14.0).
    ("The balm has more than 8,000 five-star reviews. Order now for £12.", "EVD003", "more than 8,000 five-star reviews"),
    ("When we surveyed 300 past clients, 9 in 10 said their pain had eased. Book now for £60.", "EVD003",
     "we surveyed 300 past clients, 9 in 10 said their pain had eased"),
    ("Wearers reported 60% fewer headaches. Order now for £30.", "EVD003", "Wearers reported 60% fewer"),
    ("A root eaten for centuries must be doing something right. Order now for £9.", "EVD003",
     "eaten for centuries must be doing something right"),
    ("It is the most complete skin supplement on the market.", "HYP001",
     "the most complete skin supplement on the market"),
    # An animal result offered on a page that sells, in other verbs.
    ("In one study, rats given the tonic developed less joint swelling than rats given water. "
     "Order now for £19.", "EVD004", "rats given the tonic developed less"),
    ("Every one of our clients has reached a healthy weight.", "CLM003", "Every one of our clients has reached a healthy weight"),
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
    ("Every client leaves with calmer skin.", "CLM003", "Every client leaves with calmer skin"),
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
    ("Mild enough for babies and toddlers. Order now for £14.", "RSK008", "Mild enough for babies and toddlers"),
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
    ("Book online today. Our clinic is open six days a week.", "COM001", "Book online today"),
    ("Hurry and book your place.", "COM007", "Hurry"),
    # Set 18's meanings, in sentences of my own (0.15.0).
    ("Eight in ten of our clients are pain-free after one visit.", "CLM003",
     "Eight in ten of our clients are pain-free"),
    ("Every one of our 900 patients has gone home walking further.", "CLM003",
     "Every one of our 900 patients has gone home walking further"),
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
     "most members walk unaided and no longer use a"),
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
    ("Don't wait until arthritis robs you of your garden.", "LNG010", "Don't wait until arthritis robs you"),
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
    ("If your lips go numb, that's only the serum settling, so keep applying it.", "RSK010",
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
     "Every runner I've treated was back to training within a fortnight"),
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
     "Most of our clients stop them once"),
    ("You can stop seeing the physio once the brace arrives.", "RSK006", "stop seeing the physio"),
    ("You don't need to mention the drops to your optician.", "RSK006",
     "don't need to mention the drops to your optician"),
    ("If your calf aches after the flight, ignore it.", "RSK010", "If your calf aches after the flight, ignore it"),
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
    # Meanings read from the development set 23 (0.17.0), each in words of this test's own.
    ("You won't need your psychiatrist's blessing to start the drops.", "RSK006",
     "won't need your psychiatrist's blessing"),
    ("Skip the optician: reading glasses only weaken your eyes.", "RSK006", "Skip the optician"),
    ("You don't need therapy or group sessions with our drops.", "RSK006",
     "You don't need therapy or group sessions with our"),
    ("Just decline the scan and the midwife's check.", "RSK006", "Just decline the scan"),
    ("An untreated underactive thyroid is harmless anyway.", "RSK006",
     "untreated underactive thyroid is harmless anyway"),
    ("If you take sertraline, stop it before you start the drops.", "RSK005",
     "If you take sertraline, stop it before you start the drops"),
    ("You can stop the lithium cold turkey once you feel calmer.", "RSK005", "You can stop the lithium cold turkey"),
    ("Parents can stop the eye patch and the drops straight away.", "RSK005",
     "can stop the eye patch and the drops straight away"),
    ("It's a natural plant extract, so there are none.", "RSK003", "natural plant extract, so there are none"),
    ("Rosehip oil is 100% natural, so it won't cause any redness or rashes.", "RSK003",
     "natural, so it won't cause any redness or rashes"),
    ("I'd be glad for my pregnant niece to try them. Order now for £29.", "RSK008",
     "glad for my pregnant niece to try them"),
    ("It is fine to use the drops while you are pregnant. Order now for £29.", "RSK008",
     "fine to use the drops while you are pregnant"),
    ("Keep training and run through the pain.", "RSK010", "and run through the pain"),
    ("Results are only numbers, so don't fret over them.", "RSK010", "Results are only numbers"),
    ("Everybody on my plan is back in range within six weeks.", "CLM003", "Everybody on my plan is back in range"),
    ("97% of our buyers never touch a cigarette again.", "CLM003", "97% of our buyers never touch a cigarette again"),
    ("Over 90% of our arthritis patients are off their tablets within a year.", "CLM003",
     "90% of our arthritis patients are off their tablets"),
    ("Every walker in our club who has tried them has had the same result.", "CLM003",
     "Every walker in our club who has tried them has had the same result"),
    ("The tics stopped completely and stayed gone.", "CLM002", "tics stopped completely and stayed gone"),
    ("Flakes gone within a week and never back.", "CLM002", "Flakes gone within a week and never back"),
    ("That's the proof it's working.", "EVD003", "That's the proof it's working"),
    ("We have treated over 500 patients with it. That's our evidence.", "EVD003", "That's our evidence"),
    ("Healers have relied on these roots since medieval times. Order now for £29.", "EVD003",
     "Healers have relied on these roots since medieval times"),
    ("Once inside, the cells hunt down the injury and turn into fresh neurons.", "EVD008",
     "the cells hunt down the injury and turn into fresh neurons"),
    ("Each pulse recharges the mitochondria in your skin cells.", "EVD008", "recharges the mitochondria"),
    ("In 30 days the Calm Reset rewires those pathways completely.", "EVD008", "rewires those pathways"),
    ("It costs £14.99 a month on subscription.", "COM003", "£14.99 a month on subscription"),
    ("Spread the cost with EasyPay.", "COM003", "Spread the cost with EasyPay"),
    ("I only have four appointments left this month.", "COM007", "I only have four appointments left"),
    ("Shop the collection here: https://calm.example/shop", "COM001", "Shop the collection here"),
    ("Independent and unsponsored. Order now for £29.", "COM008", "Independent and unsponsored"),
    ("He was a degenerate gambler for years.", "LNG001", "degenerate gambler"),
    ("It's the lazy, overweight walkers who get hurt.", "LNG012", "lazy, overweight walkers"),
    ("They will rush you into theatre and slice you open.", "LNG010", "slice you open"),
    ("Each attack robs a bit of your memory.", "LNG010", "robs a bit of your memory"),
    # A doubtful single cause, in any article (FCT017).
    ("Tennis elbow is caused by low levels of magnesium.", "FCT017", "Tennis elbow is caused by low levels of"),
    ("Eczema in toddlers is nearly always due to food intolerances.", "FCT017",
     "Eczema in toddlers is nearly always due to food intolerances"),
    ("Fibromyalgia is just a psychosomatic illness.", "FCT017", "Fibromyalgia is just a psychosomatic illness"),
    # Meanings read from the development set 24 (0.17.0), in words of this test's own.
    ("The pillow permanently ends desk neck.", "CLM002", "permanently ends desk"),
    ("The tonic calmed my flutters permanently.", "CLM002", "calmed my flutters permanently"),
    ("The permanent answer to jaw pain.", "CLM002", "The permanent answer to jaw"),
    ("Readers told us their hiccups stopped for good.", "CLM002", "their hiccups stopped for good"),
    ("With these cells she will walk again.", "CLM002", "she will walk again"),
    ("Most of our visitors leave the centre without the crutches they arrived on.", "CLM003",
     "Most of our visitors leave the centre without the crutches"),
    ("Hundreds of buyers are now itch-free.", "CLM003", "Hundreds of buyers are now itch-free"),
    ("Everyone in our online group who uses the spray has stopped relapsing.", "CLM003",
     "Everyone in our online group who uses the spray has stopped relapsing"),
    ("Every child they have treated got stronger.", "CLM003", "Every child they have treated got stronger"),
    ("Every patient I've seen on this plan was back at school in days.", "CLM003",
     "Every patient I've seen on this plan was back at school"),
    ("Over 4,000 readers have emailed us to say it worked.", "EVD003", "4,000 readers have emailed us to say it worked"),
    ("Her next scan had fewer spots, which says it all.", "EVD003", "fewer spots, which says it all"),
    ("My consultant at Barts couldn't believe it.", "EVD003", "My consultant at Barts couldn't believe"),
    ("An in-house survey of 120 clients found most were happy.", "EVD003", "An in-house survey of 120 clients"),
    ("Nettle has been used by healers for 1,000 years, which is why people swear by it. Order now for £29.",
     "EVD003", "used by healers for 1,000 years, which is why people swear by it"),
    ("On a petri dish it kills the germ, so it does just the same in your body.", "EVD011",
     "so it does just the same in your body"),
    ("Spiders use it to mend their webs, so of course it can mend your skin.", "EVD011", "so of course it can"),
    ("Two jars for £30, saving £8.", "COM002", "£30, saving £8"),
    ("Quote the code SPRING20 at the desk.", "COM002", "Quote the code SPRING20"),
    ("My six-week Balance plan is £150.", "COM003", "My six-week Balance plan is £150"),
    ("If you are on lisinopril, stop it for a week.", "RSK005", "If you are on lisinopril, stop it for a week"),
    ("Maya stops her methotrexate a month before she flies.", "RSK005", "stops her methotrexate a month before she flies"),
    ("Once the drops arrive you won't need the inhalers your GP gave you.", "RSK005", "won't need the inhalers"),
    ("There's no need to tell anyone.", "RSK006", "no need to tell anyone"),
    ("You do not need a check from your dentist before booking.", "RSK006", "You do not need a check from your dentist"),
    ("Don't bother telling your rheumy.", "RSK006", "Don't bother telling your rheumy"),
    ("Harvesting the fat is as easy as having a filling.", "RSK002", "is as easy as having a filling"),
    ("It's perfectly fine to take it alongside your tablets. Order now for £29.", "RSK008",
     "perfectly fine to take it alongside your tablets"),
    ("Your liver is slowly drowning in waste.", "LNG010", "Your liver is slowly drowning in"),
    ("He became a prisoner of pain.", "LNG010", "prisoner of pain"),
    ("Doctors shrug because they have no pill to sell you.", "LNG011", "no pill to sell"),
    ("Friends will secretly think you're unwashed.", "LNG012", "Friends will secretly think you're"),
    ("Stop being the grumpy mess your kids tiptoe around.", "LNG012", "Stop being the grumpy mess your kids tiptoe around"),
    ("Useless husbands never notice.", "LNG012", "Useless husbands"),
    # Results said in other words (0.18.0): a disease "has gone", healed rather than in remission,
    # progression halted and turned back, symptoms fading away, the glasses no longer needed, a
    # permanent result built, a level flushed back to normal, and the seller's people doing well as
    # a rule.
    ("Two years on, the psoriasis has gone.", "CLM002", "the psoriasis has gone"),
    ("Forget remission. I'm healed.", "CLM002", "I'm healed"),
    ("The course halts progression and often turns it back.", "CLM002",
     "halts progression and often turns it back"),
    ("Within a month the hay fever symptoms simply fade away.", "CLM002", "hay fever symptoms simply fade away"),
    ("Eventually your child won't need the insoles at all.", "CLM002", "won't need the insoles at all"),
    ("The splint creates a permanent correction in eight weeks.", "CLM002", "creates a permanent correction"),
    ("The tea brought my cholesterol back to normal within days.", "CLM002",
     "brought my cholesterol back to normal"),
    ("Our clients typically walk unaided within a month.", "CLM003", "Our clients typically walk unaided"),
    ("Our patients routinely outlive the figures their oncologists gave them.", "CLM003",
     "Our patients routinely outlive"),
    ("Every single one of our panel heard birdsong for the first time.", "CLM003",
     "Every single one of our panel heard birdsong for the first time"),
    # A condition the knowledge base does not know, which the article defines (0.18.0).
    ("Pompholyx is a type of eczema on the hands. After the cream my pompholyx simply vanished.", "CLM002",
     "my pompholyx simply vanished"),
    # More of the same meanings (0.18.0): passing permanence, organs restored, walking again for good,
    # put back for good, the worst case healed, a condition that cannot take hold, tissue regrown,
    # the seller's people all well, and evidence from fame, tradition and the practitioner's eyes.
    ("Six weeks on the tea, with the bloating gone for good.", "CLM002", "with the bloating gone for good"),
    ("After the course your thyroid will be completely restored.", "CLM002",
     "your thyroid will be completely restored"),
    ("The stockings let you walk all day again, permanently.", "CLM002", "walk all day again, permanently"),
    ("The adjustment eases the vertebra back into line for good.", "CLM002",
     "eases the vertebra back into line for good"),
    ("The gel heals even the deepest sore for good.", "CLM002", "heals even the deepest sore for good"),
    ("With the spray, hay fever simply cannot take hold.", "CLM002", "hay fever simply cannot take hold"),
    ("The drops stop glaucoma in its tracks.", "CLM002", "stop glaucoma in its tracks"),
    ("The cleanse unblocks the channels so your body is able to repair the damage.", "CLM002",
     "so your body is able to repair the damage"),
    ("Honestly, the capsules regrew my meniscus.", "CLM002", "regrew my meniscus"),
    ("Our members with gout all report pain-free weekends.", "CLM003", "Our members with gout all report pain-free"),
    ("Most patients go home without reflux after one visit.", "CLM003", "Most patients go home without reflux"),
    ("9 in 10 of the men treated at the pop-up said their rash had gone.", "CLM003",
     "9 in 10 of the men treated at the pop-up said their rash had gone"),
    ("If the pros use it at the Olympics it must work for bad backs.", "EVD003",
     "If the pros use it at the Olympics it must work"),
    ("For joint pain, our heritage is the best proof there is.", "EVD003", "heritage is the best proof"),
    ("The mums in my group show me every month how well the drops work for colic.", "EVD003",
     "show me every month how well the drops work"),
    # Care made needless and harms denied in other words (0.18.0).
    ("The regulars feel sure enough of it to give up their blood thinners.", "RSK005",
     "sure enough of it to give up their blood thinners"),
    ("Switch over to our tincture, which does the same work more kindly.", "RSK005",
     "Switch over to our tincture, which does the same work"),
    ("There's no need to return to the surgery for another check.", "RSK006", "no need to return to the surgery"),
    ("They needn't see a specialist about it.", "RSK006", "needn't see a specialist"),
    ("Never trouble a doctor with chest pain.", "RSK006", "Never trouble a doctor"),
    ("Come to us instead of your diabetes team.", "RSK006", "Come to us instead of your diabetes team"),
    ("You needn't have a formal diagnosis to sign up.", "RSK006", "needn't have a formal diagnosis"),
    ("Forget the operation.", "RSK006", "Forget the operation"),
    ("Nothing in the powder could react with your tablets.", "RSK002", "Nothing in the powder could react"),
    ("There is zero infection risk.", "RSK002", "zero infection risk"),
    ("The harvest is as relaxing as a facial.", "RSK002", "is as relaxing as a facial"),
    # What a condition always or never does (0.19.0).
    ("Gallstones always need an operation, whatever their size.", "FCT018", "Gallstones always need"),
    ("Childhood asthma almost never clears up on its own.", "FCT018", "Childhood asthma almost never clears up"),
    ("Psoriasis is only ever inherited from your father.", "FCT018", "Psoriasis is only ever inherited"),
    ("Shingles nearly always leads to nerve pain that lasts for years.", "FCT018", "Shingles nearly always leads to"),
    # Kept for good in a purpose clause, melted away, switched off; the seller's own rates (0.19.0).
    ("Wear the strap nightly so the heel pain ends for good.", "CLM002", "heel pain ends for good"),
    ("The splint realigns the knuckle so the joint never locks up again.", "CLM002",
     "joint never locks up again"),
    ("The cream melts the hard bunion lump away for good.", "CLM002", "melts the hard bunion lump away for good"),
    ("Our drip can turn psoriasis off within a month.", "CLM002", "turn psoriasis off"),
    ("Seven out of ten of our mums with incontinence are dry within a week.", "CLM003",
     "Seven out of ten of our mums with incontinence are dry"),
    ("Every patient in our spring trial said their knees felt brand new.", "CLM003",
     "Every patient in our spring trial said their knees felt brand new"),
    ("None of our members who followed the plan has gone on to develop diabetes.", "CLM003",
     "None of our members who followed the plan has gone on to develop diabetes"),
    ("Each woman who has kept to the plan has got her energy back.", "CLM003",
     "Each woman who has kept to the plan has got her energy back"),
    ("Everyone in our group who swapped to the balm has never had another cold sore.", "CLM003",
     "Everyone in our group who swapped to the balm has never had another cold"),
    # Everyone the seller sold to, and what they went back to, came home without or can do again (0.19.0).
    ("Every runner who tested the balm was pain-free by the weekend.", "CLM003",
     "Every runner who tested the balm was pain-free"),
    ("Every client who has worn the insoles for a month can walk to the shops again without a limp.", "CLM003",
     "Every client who has worn the insoles for a month can walk to the shops again"),
    ("Every couple who has used our kit has had a healthy pregnancy.", "CLM003",
     "Every couple who has used our kit has had a healthy"),
    ("Each client I have fitted went back to the allotment within weeks.", "CLM003", "Each client I have fitted went back to"),
    ("Everybody we've sold it to came home without a sniffle.", "CLM003",
     "Everybody we've sold it to came home without"),
    # Nothing shown to the doctor, the licensing authority left untold (0.19.0).
    ("Honestly, there's no need to take the lump to your doctor.", "RSK006", "no need to take the lump to your doctor"),
    ("Carry on driving; there is no need to notify the DVLA.", "RSK006", "no need to notify the DVLA"),
    # A seller's survey of its own buyers, popularity counted, fame, the ancients and animals offered
    # to people, a region's best, harms denied in a list or in pregnancy (read after set 31's measurement).
    ("The practice said it had polled 250 of its patients.", "EVD003", "polled 250 of its patients"),
    ("When she asked 90 readers of her blog, most said the tea had helped.", "EVD003", "asked 90 readers of her blog, most said the tea had helped"),
    ("In our poll of 500 followers, 82% said the patches had eased their cramps.", "EVD003",
     "In our poll of 500 followers, 82% said the patches had eased"),
    ("Well over 15,000 golfers have bought the wristband.", "EVD003", "Well over 15,000 golfers have bought"),
    ("Honestly, the ratings are all five stars.", "EVD003", "ratings are all five stars"),
    ("Her clip about the tea has had 2 million views.", "EVD003", "clip about the tea has had 2 million views"),
    ("Several famous actresses swear by the serum.", "EVD003", "actresses swear by the serum"),
    ("Order now for £20. The Greeks massaged this oil into tired legs.", "EVD003", "The Greeks massaged"),
    ("Order now for £20. It has been prescribed by village healers for over a thousand years.", "EVD003",
     "prescribed by village healers for over a thousand years"),
    ("Order now for £20. Our method was perfected over 200 years by Alpine herbalists.", "EVD003",
     "perfected over 200 years by"),
    ("Order now for £20. In a study on rabbits, the drops sped up healing of the cornea.", "EVD004",
     "on rabbits, the drops sped up"),
    ("Order now for £20. In rats with arthritis, the powder halved the swelling.", "EVD004",
     "In rats with arthritis, the powder halved"),
    ("Order now for £20. The magnets relaxed the neck muscles of ponies within minutes.", "EVD004",
     "relaxed the neck muscles of ponies"),
    ("Ours is the most advanced varicose vein treatment in Britain.", "HYP001",
     "the most advanced varicose vein treatment in Britain"),
    ("Scotland's most comprehensive allergy testing service opens today.", "HYP001", "Scotland's most comprehensive"),
    ("The only asthma inhaler spacer you'll ever need.", "HYP001", "The only asthma inhaler spacer you'll ever need"),
    ("For gum disease, flossing is the most important habit any child can learn.", "HYP001",
     "the most important habit any child can learn"),
    ("The filler cannot cause lumps, bruising or any infection.", "RSK002", "cannot cause lumps, bruising or any infection"),
    ("Order now for £20. It's perfectly safe to use the cream while you're breastfeeding.", "RSK008",
     "safe to use the cream while you're breastfeeding"),
    ("Order now for £20. Mums-to-be can safely start the tea in any trimester.", "RSK008",
     "safely start the tea in any trimester"),
    # Cures said as drawn out, at the root, as good as gone, never allowed to start; everyone cured,
    # tested clear, back at their sport, looking younger (read after set 31's measurement).
    ("The cells regrow the cartilage, so the osteoarthritis is effectively gone.", "CLM002",
     "so the osteoarthritis is effectively gone"),
    ("The clay compress pulls the infection out completely overnight.", "CLM002", "pulls the infection out completely"),
    ("The tea flushes the virus out of your liver for good.", "CLM002", "flushes the virus out of your liver for good"),
    ("The tonic cures hay fever at its root.", "CLM002", "cures hay fever at its root"),
    ("Customers say their fatigue lifts completely within a month.", "CLM002", "their fatigue lifts completely"),
    ("The diet calms the gut so that lupus never has a chance to take hold.", "CLM002",
     "so that lupus never has a chance to take hold"),
    ("It has cured everyone I know who had shingles.", "CLM001", "cured everyone"),
    ("Four in five of our members never require knee surgery once the course ends.", "CLM003",
     "Four in five of our members never require knee surgery"),
    ("Nearly all of our clients come back negative after the six-week plan.", "CLM003",
     "Nearly all of our clients come back negative"),
    ("DermaMilk clears eczema and colic in every baby within days.", "CLM003",
     "clears eczema and colic in every baby within"),
    ("Every client walks out looking fifteen years younger.", "CLM003",
     "Every client walks out looking fifteen years younger"),
    ("The band heals shin splints in half the time, guaranteed.", "CLM003", "in half the time, guaranteed"),
    ("Every cyclist who has used the wrap has been back racing within a fortnight.", "CLM003",
     "Every cyclist who has used the wrap has been back racing within a fortnight"),
    # "However much ..." concedes a degree; it is no turn that disputes the shaming (0.20.0).
    ("Thin patches make you look older, however much friends tell you nobody notices.", "LNG012",
     "make you look older"),
    # Motives smeared, age given away, a seller's link, the first tin free, independence as a denial (0.20.0).
    ("Dentists just love to drill healthy teeth.", "LNG011", "Dentists just love to drill"),
    ("Surgeons can't wait to cut.", "LNG011", "Surgeons can't wait to cut"),
    ("Don't let thinning, dull hair give your age away.", "LNG012", "Don't let thinning, dull hair give your age away"),
    ("The balm sorted my boils out. Link in my signature.", "COM001", "Link in my signature"),
    ("Subscribers will receive their first jar free.", "COM002", "receive their first jar free"),
    ("Order today for £25 with free delivery. I'm not paid by any maker.", "COM008",
     "I'm not paid by any maker"),
    # Mechanisms of the pseudoscience stock, in other words (0.20.0).
    ("The paste literally pulls the bacteria out of the wound.", "EVD008", "pulls the bacteria out"),
    ("The berry extract mops up free radicals in your knees.", "EVD008", "mops up free radicals"),
    ("Our massage drains the congested lymph from your legs.", "EVD008", "drains the congested lymph"),
    ("The magnets restore your body's natural healing frequency.", "EVD008",
     "restore your body's natural healing frequency"),
    ("The headset resets the faulty signals in your brain.", "EVD008", "resets the faulty signals"),
    ("The serum wakes up dormant follicles.", "EVD008", "wakes up dormant follicles"),
    ("Toxins pool in your joints when you eat sugar.", "EVD008", "Toxins pool in your joints"),
    # A course dropped for not working yet, prescription drugs without the prescriber, safety for the
    # anaphylactic, no top-up ever (0.20.0).
    ("Just stop your steroids if the rash isn't improving after three days.", "RSK005",
     "Just stop your steroids if the rash isn't improving"),
    ("You can order steroids online without a prescription.", "RSK006", "order steroids online without a prescription"),
    ("The milk is safe even for toddlers with a history of anaphylaxis.", "RSK002",
     "safe even for toddlers with a history of anaphylaxis"),
    ("With our threads you'll never need a touch-up.", "CLM002", "you'll never need a touch-up"),
    # Who gets a condition, as an absolute (0.20.0).
    ("Only smokers get gum disease.", "FCT018", "Only smokers get gum disease"),
    ("Shin splints only happen to marathon runners.", "FCT018", "Shin splints only happen to marathon runners"),
    ("Toddlers never grow out of an egg allergy.", "FCT018", "never grow out of an egg allergy"),
    # Narrowed to one group, a start, one way of spreading, a sign read as proof (this round).
    ("Gout only affects older men who drink.", "FCT018", "Gout only affects older"),
    ("Asthma only really strikes children in cities.", "FCT018", "Asthma only really strikes children"),
    ("Psoriasis only affects women over 50.", "FCT018", "Psoriasis only affects women over"),
    ("Eczema only starts in babies.", "FCT018", "Eczema only starts in"),
    ("Measles can only be passed on by coughing.", "FCT018", "Measles can only be passed on by"),
    ("You can only catch flu once.", "FCT018", "You can only catch flu once"),
    ("Thirst is always a sign of diabetes.", "FCT018", "is always a sign of"),
    ("Eczema never heals without steroid cream.", "FCT018", "Eczema never heals"),
    # Everyone the seller has had, counted in any way, and what they got (0.21.0's phrases).
    ("Not a single one of the 400 subscribers on my plan has had a gout attack since.", "CLM003",
     "Not a single one of the 400 subscribers on my plan has had a gout"),
    ("Each client I've coached has got her energy back within a month.", "CLM003",
     "Each client I've coached has got her energy back within a month"),
    ("Every single tester on our panel saw their dark patches fade.", "CLM003",
     "Every single tester on our panel saw their dark patches fade"),
    ("All of our 90 members have stopped scratching at night.", "CLM003",
     "All of our 90 members have stopped scratching"),
    ("Every buyer of the insoles keeps their own knees for life.", "CLM003",
     "Every buyer of the insoles keeps their own knees for life"),
    ("Most clients leave without back pain and never need painkillers again.", "CLM003",
     "Most clients leave without back pain and never need painkillers again"),
    # Harms denied in a longer list, kept within a limit, safety beside every medicine or for as long as
    # the reader likes, checks and the nurse made needless, the dose cut alone (this round).
    ("There is no risk of bruising, soreness or any other complication.", "RSK002",
     "There is no risk of bruising, soreness or any other complication"),
    ("Reactions are limited to slight itching for an hour.", "RSK004", "Reactions are limited to slight itching"),
    ("Order today for £30. The spray is safe alongside every asthma medicine.", "RSK008",
     "safe alongside every asthma medicine"),
    ("Order today for £30. Wear the band as long as you like.", "RSK008", "Wear the band as long as you like"),
    ("No skin prick test is required before the drops.", "RSK006", "No skin prick test is required"),
    ("There is no need to discuss it with your diabetes nurse.", "RSK006", "no need to discuss it with your diabetes nurse"),
    ("Bring the steroid dose down yourself over a fortnight.", "RSK005", "Bring the steroid dose down yourself"),
    ("Most of my clients stop their antidepressants within a month.", "RSK005",
     "Most of my clients stop their antidepressants"),
    # Anything of the body put right for good (this round).
    ("The drops restore your natural tear film permanently.", "CLM002", "restore your natural tear film permanently"),
    ("Our serum rebuilds thin, tired skin for good.", "CLM002", "rebuilds thin, tired skin for good"),
    # Everyone who took it or whom the seller treated, without "our" (this round).
    ("Nearly everybody who completes the plan feels better within a fortnight.", "CLM003",
     "Nearly everybody who completes the plan feels better"),
    ("Almost every runner we see is steadier on her feet after six sessions.", "CLM003",
     "Almost every runner we see is steadier"),
    ("Each teenager I have coached has gone back to school.", "CLM003", "Each teenager I have coached has gone back to school"),
    ("My clients nearly always go on to run again.", "CLM003", "My clients nearly always go on to run again"),
    # Little left, a closing date, a price held, the nth one free, a renewing subscription (0.21.0).
    ("We have only three massage slots left in May.", "COM007", "We have only three massage slots left"),
    ("We run two groups a week and October is nearly full.", "COM007", "October is nearly full"),
    ("Our winter offer of a free hearing review ends 28 February.", "COM007",
     "offer of a free hearing review ends 28 February"),
    ("A £200 deposit will secure your treatment date.", "COM007", "deposit will secure your treatment date"),
    ("Sign up now and lock in today's rate for two years.", "COM007", "lock in today's rate"),
    ("Buy two tubs and the third one is free.", "COM002", "the third one is free"),
    ("Get a year of classes for the price of nine months.", "COM002", "for the price of nine"),
    ("Your membership is £29 a month and renews automatically.", "COM002", "renews automatically"),
    # A deposit of a sum, money off for the first few or by a date, a gift with each booking, the
    # flights paid, the bill spread (this round).
    ("A deposit of £900 holds your slot on the June course.", "COM007", "deposit of £900 holds your slot"),
    ("The first 20 couples to sign up will get a free scan.", "COM007", "The first 20 couples to sign up will get"),
    ("Take £200 off for anyone who registers by 1 May.", "COM007", "£200 off for anyone who registers by"),
    ("Book today: each new patient leaves with a free bottle of the balm.", "COM002", "each new patient leaves with a free bottle"),
    ("We will cover your airport transfers too.", "COM002", "We will cover your airport transfers"),
    ("Interest-free instalments are available.", "COM002", "Interest-free instalments are available"),
    # Age, fame, a crowd, the pictures, reviews and the practitioner's eyes as the proof; bench and
    # animal results in the present tense or as "tested on" (this round).
    ("Order now for £20. Herbalists have recommended it for generations.", "EVD003",
     "Herbalists have recommended it for generations"),
    ("Order now for £20. Athletes around the world have used the wrap for years.", "EVD003",
     "Athletes around the world have used the wrap for years"),
    ("Book now for £90. Over 900 families from 20 countries have trusted us.", "EVD003",
     "Over 900 families from 20 countries have trusted us"),
    ("Order now for £20. Look at the photos below: they speak for themselves.", "EVD003", "they speak for themselves"),
    ("Order now for £20. Buyers have reported calmer sleep in online reviews.", "EVD003",
     "reported calmer sleep in online reviews"),
    ("Book now for £90. We see the change with our own eyes.", "EVD003", "We see the change with our own eyes"),
    ("Order now for £20. A study in mice shows the cream heals burns faster.", "EVD004",
     "in mice shows the cream heals"),
    ("Order now for £20. The serum was tested on pig skin.", "EVD004", "tested on pig skin"),
    # A crowd, a score or a feed as the proof (0.21.0).
    ("More than 600 subscribers to my channel vouch for the tincture.", "EVD003",
     "More than 600 subscribers to my channel vouch for"),
    ("Half a million downloads can't all be wrong.", "EVD003", "Half a million downloads can't all be wrong"),
    ("Over 1,200 reviews give us an average of 4.8 stars.", "EVD003", "Over 1,200 reviews give us an average of 4.8 stars"),
    ("Our patient satisfaction rating is 98 per cent.", "EVD003", "Our patient satisfaction rating is 98 per cent"),
    ("Olympians drink it before every race, which says it all.", "EVD003",
     "Olympians drink it before every race, which says it all"),
    ("We never needed a comparison group: the results were plain to see.", "EVD003", "never needed a comparison group"),
    ("My comments are full of parents telling me it worked.", "EVD003", "My comments are full of parents telling"),
    # What a disease destroyed, said to be rebuilt; the attack called off; a germ washed out; a
    # symptom cured (0.21.0).
    ("The spray regenerates the dead hair follicles on your crown.", "CLM002",
     "regenerates the dead hair follicles"),
    ("Our infusions restore the lost myelin sheath within weeks.", "CLM002", "restore the lost myelin sheath"),
    ("With the diet, the immune system stops attacking your joints.", "CLM002",
     "immune system stops attacking your joints"),
    ("The poultice draws the infection out of the wound overnight.", "CLM002", "draws the infection out of the wound"),
    ("The tea cures nausea in minutes.", "CLM001", "tea cures nausea"),
    ("The balm healed my rash within a week, and it has never come back.", "CLM002",
     "healed my rash within a week, and it has never come back"),
    # Ranked against all time by a bare "ever" (0.21.0).
    ("This is the biggest advance for dry eyes ever.", "HYP001", "the biggest advance for dry eyes ever"),
    # The reader as the next casualty, a hidden killer of one thing, more than doctors admit (0.21.0).
    ("Don't be the next dad rushed to A&E because you skipped the check.", "LNG010",
     "Don't be the next dad rushed"),
    ("Gum disease is a silent heart killer.", "LNG010", "silent heart killer"),
    ("Your liver is drowning in sugar.", "LNG010", "Your liver is drowning in"),
    ("Never let a limp hold you back again.", "LNG010", "Never let a limp hold you back"),
    ("Gluten trouble is far more widespread than your GP will admit.", "LNG011", "than your GP will admit"),
    ("Newspapers want you scared so you keep reading.", "LNG011", "Newspapers want you scared"),
    # Sets 36-39's misses, in sentences of my own (0.23.0 and after): results for every client with
    # their time, care stopped or skipped, countdowns and shame, superlatives.
    ('Every one of my regulars who has stuck with it for two months is eating raw carrots again.', 'CLM003',
     'Every one of my regulars who has stuck with it for two months is eating raw carrots again'),
    ('Every child who has completed the full programme with us has walked normally ever since.', 'CLM003',
     'Every child who has completed the full programme with us has walked normally ever since'),
    ('Every one of our graduates is still in full-time work a year after the course.', 'CLM003',
     'Every one of our graduates is still in'),
    ('Nearly every customer with MS tells us their coughing stopped within the first month.', 'CLM003',
     'Nearly every customer with MS tells us their coughing stopped within the first month'),
    ('Every single client leaves our studio spot-free, whatever their skin type.', 'CLM003',
     'Every single client leaves our studio spot-free'),
    ("Every baby we've worked with sleeps through within four nights.", 'CLM003',
     "Every baby we've worked with sleeps through within four nights"),
    ('Each mum in my programme has seen red patches fade inside a month.', 'CLM003',
     'Each mum in my programme has seen red patches fade inside a month'),
    ('Every client who has run my plan has added at least 4 kg of muscle.', 'CLM003',
     'Every client who has run my plan has added at least 4 kg'),
    ('Every toddler who takes the drops for a month becomes a happy eater.', 'CLM003',
     'Every toddler who takes the drops for a month becomes a happy eater'),
    ("Every lad on my nephew's team who used the powder bulked up inside six weeks.", 'CLM003',
     "Every lad on my nephew's team who used the powder bulked up"),
    ('Every shopper says their stamina is back within days.', 'CLM003',
     'Every shopper says their stamina is back'),
    ('Women can stop minoxidil and spironolactone as soon as they book.', 'RSK005',
     'can stop minoxidil and spironolactone as soon as they book'),
    ('Antidepressants just mask the problem, so we encourage clients to come off them.', 'RSK005',
     'encourage clients to come off them'),
    ('If your GP offers you omeprazole, I would politely say no.', 'RSK005',
     'I would politely say no'),
    ('You can safely stop your colestyramine the day your first tub arrives.', 'RSK005',
     'You can safely stop your colestyramine'),
    ('We ask families to stop ADHD and anxiety medication before arrival.', 'RSK005',
     'We ask families to stop ADHD and anxiety medication'),
    ('There is no need to involve therapists or the GP.', 'RSK006',
     'no need to involve therapists or the GP'),
    ('Care homes using it can stop the monthly weigh-ins.', 'RSK006',
     'can stop the monthly weigh-ins'),
    ('You can skip the awkward conversation with your MS nurse or GP.', 'RSK006',
     'skip the awkward conversation with your MS nurse'),
    ("I wouldn't put yourself through a camera test or a hospital referral.", 'RSK006',
     "wouldn't put yourself through a camera test"),
    ('Half our members have skipped the flu jab since getting the vest.', 'RSK006',
     'have skipped the flu jab'),
    ('There is none of the rejection or infection you get with organ transplants.', 'RSK002',
     'There is none of the rejection or infection'),
    ("If one tablet doesn't knock you out, take three.", 'RSK012',
     "If one tablet doesn't knock you out, take three"),
    ('If your lips begin to swell after eating, take two extra capsules rather than calling anyone.', 'RSK010',
     'rather than calling anyone'),
    ('You can just drain it yourself with a sterile needle.', 'RSK010',
     'drain it yourself'),
    ('The slow gut leaves you with a belly full of rotting food.', 'LNG010',
     'full of rotting food'),
    ('Your eggs are running out with every cycle.', 'LNG010',
     'Your eggs are running out'),
    ("Don't wait until you are choking at the table in front of your family.", 'LNG010',
     "Don't wait until you are choking"),
    ('Grey roots make women look ten years older than they are.', 'LNG012',
     'make women look ten years older'),
    ("Don't let your dad become the neighbour everyone whispers about.", 'LNG012',
     'become the neighbour everyone whispers about'),
    ('Your red, trembling hands give you away in every meeting.', 'LNG012',
     'Your red, trembling hands give you away'),
    ('Hoarders rarely ask for help themselves.', 'LNG001',
     'Hoarders'),
    ('It is the single most important advance for people with lupus in the last fifty years.', 'HYP001',
     'the single most important advance for people with lupus in the last fifty years'),
    ('This bitters blend is the most powerful digestive reset there is.', 'HYP001',
     'the most powerful digestive reset there is.'),
    ('The device is clinically validated.', 'EVD002',
     'clinically validated.'),
    # Sets 40 and 41's misses, in sentences of my own (0.25.0).
    ('All 20 volunteers were itch-free by the end of the study.', 'CLM003',
     'All 20 volunteers were itch-free'),
    ("Every teenager I've coached has had clear skin by the end of the month.", 'CLM003',
     "Every teenager I've coached has had clear skin by the end of the month"),
    ('Every participant stopped snoring by the end of the pilot.', 'CLM003',
     'Every participant stopped snoring by the end of the pilot'),
    ('95% of clients walked out wart-free after their final session.', 'CLM003',
     '95% of clients walked out wart-free'),
    ("Every dad who's tried them says the same.", 'CLM003',
     "Every dad who's tried them says the same"),
    ("Every child we've treated has stopped wetting the bed within a month.", 'CLM003',
     "Every child we've treated has stopped wetting the bed within a month"),
    ('Patients can stop prednisolone the week before travelling.', 'RSK005',
     'can stop prednisolone the week before travelling'),
    ('Women can stop their arthritis treatment as soon as they book.', 'RSK005',
     'can stop their arthritis treatment as soon as they book'),
    ('Many users will be able to stop pregabalin after the course.', 'RSK005',
     'users will be able to stop pregabalin'),
    ('I came off my sertraline cold turkey and never looked back.', 'RSK005',
     'came off my sertraline cold turkey'),
    ('He has stopped his weekly NHS physiotherapy sessions.', 'RSK006',
     'stopped his weekly NHS physiotherapy sessions'),
    ('Give up those physio exercises for a month.', 'RSK006',
     'Give up those physio exercises'),
    ("I've skipped the iron tablets my midwife hands out.", 'RSK006',
     'skipped the iron tablets my midwife hands out'),
    ('I skipped the flu jab this year as well.', 'RSK006',
     'I skipped the flu jab'),
    ('Heavy periods are nothing to see a GP about.', 'RSK006',
     'are nothing to see a GP about'),
    ('You can cancel your eye clinic appointment once you start with us.', 'RSK006',
     'You can cancel your eye clinic appointment'),
    ('Clients do not need a scan or a referral before starting.', 'RSK006',
     'do not need a scan or a referral before'),
    ("The drops won't interact with anything you're taking.", 'RSK002',
     "won't interact with anything"),
    ('It sits happily with whatever else you take.', 'RSK002',
     'sits happily with whatever else'),
    ('It is no more risky than having a tooth out.', 'RSK004',
     'no more risky than having a tooth out'),
    ("Parkinson's leaves people trapped inside a stiff, slow body.", 'LNG010',
     'trapped inside a stiff, slow body'),
    ('Every fall could be the one that leaves you in a wheelchair.', 'LNG010',
     'could be the one that leaves you in a wheelchair'),
    ('Before you end up housebound, order the frame today.', 'LNG010',
     'Before you end up housebound'),
    ("Don't wait until you're too far gone to come back.", 'LNG010',
     "Don't wait until you're too far gone"),
    ('Hay fever is quietly eating away at your lungs.', 'LNG010',
     'eating away at your lungs'),
    ('Stop being the girl who hides her legs all summer.', 'LNG012',
     'Stop being the girl who hides'),
    ('Nobody wants to be the slow one at the back of the class.', 'LNG012',
     'Nobody wants to be the slow one'),
    ('It is light years beyond anything your GP can offer.', 'HYP001',
     'light years beyond'),
    ('It really is nothing short of magic.', 'HYP001',
     'nothing short of magic'),
    ('Our app uses a clinically validated algorithm.', 'EVD002',
     'clinically validated algorithm'),
    # Sets 42 and 43's misses, in sentences of my own (0.26.0).
    ("The programme rewires the body's clock, so the insomnia doesn't come back.", 'CLM002',
     "so the insomnia doesn't come back"),
    ('The drops dissolve the crystals within days, and they never re-form.', 'CLM002',
     'and they never re-form'),
    ('It calms the lining at its root, so the flare-ups stop coming back.', 'CLM002',
     'the flare-ups stop coming back'),
    ('Enjoy clear skin that stays clear.', 'CLM002',
     'skin that stays clear'),
    ('With the lamp, relapses simply stop arriving.', 'CLM002',
     'relapses simply stop arriving'),
    ('Put your asthma into permanent retreat.', 'CLM002',
     'into permanent retreat'),
    ('Almost everyone who writes to us says the tingling has faded within the first month.', 'CLM003',
     'Almost everyone who writes to us says the tingling has faded'),
    ('Customers tell us, almost without exception, that their flares simply stop.', 'CLM003',
     'Customers tell us, almost without exception, that their flares simply stop'),
    ('Pain was eliminated in every participant who wore the brace nightly.', 'CLM003',
     'eliminated in every participant'),
    ('Patients routinely come off their inhalers for good within three months.', 'CLM003',
     'Patients routinely come off their inhalers for good within three months'),
    ('Almost all of our guests leave sleeping a full eight hours.', 'CLM003',
     'Almost all of our guests leave sleeping'),
    ('Guests are asked to stop their sertraline on arrival.', 'RSK005',
     'are asked to stop their sertraline'),
    ('You can stop your blood pressure tablets the day after.', 'RSK005',
     'You can stop your blood pressure tablets the day after'),
    ('Plenty of our customers tell us they have dropped their steroid tablets.', 'RSK005',
     'customers tell us they have dropped their steroid tablets'),
    ('Users no longer need their prescribed sleeping tablets.', 'RSK005',
     'no longer need their prescribed sleeping tablets'),
    ("There's no need to get your blood pressure checked.", 'RSK006',
     'no need to get your blood pressure checked'),
    ('No medical assessment is needed before you start.', 'RSK006',
     'No medical assessment is needed'),
    ("You do not need your doctor's permission to start.", 'RSK006',
     "do not need your doctor's permission"),
    ("Skip the scan: it is an invasive test you don't need.", 'RSK006',
     'Skip the scan'),
    ('Antibiotics are a waste of time for this.', 'RSK006',
     'Antibiotics are a waste of time'),
    ('Many members cancel their NHS physiotherapy once they join.', 'RSK006',
     'cancel their NHS physiotherapy'),
    ('The capsules work without the side effects.', 'RSK002',
     'work without the side effects'),
    ('You can have the injection every month with no downside.', 'RSK002',
     'with no downside'),
    ('Give paracetamol before every match so he can play through it.', 'RSK010',
     'play through it'),
    ('Keep the water as hot as you can bear.', 'RSK010',
     'as hot as you can bear'),
    ('Take 500 mg every few hours until the cramp stops.', 'RSK010',
     'Take 500 mg every few hours until'),
    ('Patients are left as exhausted shells of their former selves.', 'LNG010',
     'shells of their former selves'),
    ('They are left to drown slowly in their own lungs.', 'LNG010',
     'drown slowly in their own lungs'),
    ('Sitting slumped in a chair while your body rots is no life.', 'LNG010',
     'your body rots'),
    ('Lice are eating your children alive.', 'LNG010',
     'eating your children alive'),
    ('Ignore it and you could be paralysed and gone within a year.', 'LNG010',
     'could be paralysed and gone within a year'),
    ('Steroids are poison for your skin.', 'LNG010',
     'Steroids are poison'),
    ("Don't let a stiff knee turn you into a spectator in your own life.", 'LNG010',
     "Don't let a stiff knee turn you into a spectator"),
    ("Don't let your eyes become the red, sore thing people stare at.", 'LNG012',
     "Don't let your eyes become"),
    ("Don't be the parent whose child sits out every match.", 'LNG012',
     "Don't be the parent whose"),
    ('Psoriatics from 20 countries visit the clinic.', 'LNG001',
     'Psoriatics'),
    ('This is the only knee brace a runner will ever need.', 'HYP001',
     'the only knee brace a runner will ever need'),
    ('The most powerful acne treatment ever sold in the UK.', 'HYP001',
     'The most powerful acne treatment ever sold'),
    ('The wash is clinically shown to kill 99% of germs.', 'EVD002',
     'clinically shown to'),
    ('It is a process proven in our own laboratory.', 'EVD002',
     'proven in our own laboratory'),
    # This round's wordings (0.29.0 and after), each written for this test.
    ("Every member of my walking club who wore the insoles ended up with straight, pain-free feet.", "CLM003",
     "Every member of my walking club who wore the insoles ended up with straight, pain-free"),
    ("Nearly every client walks out of the studio taller than they walked in.", "CLM003",
     "Nearly every client walks out of the studio taller"),
    ("Every dad in my running group who has tried the balm has seen the same thing.", "CLM003",
     "Every dad in my running group who has tried the balm has seen the same thing"),
    ("Each mum in my online group who took the tincture got through winter with no colds at all.", "CLM003",
     "Each mum in my online group who took the tincture got through winter with no colds at all"),
    ("Every pupil I have recommended it to has had a stammer-free term.", "CLM003",
     "Every pupil I have recommended it to has had a stammer-free"),
    ("Every volunteer was itch-free within three days.", "CLM003", "Every volunteer was itch-free"),
    ("Patients who come to us tell the same story: the ringing fades within a week.", "CLM003",
     "Patients who come to us tell the same story"),
    ("The throbbing simply stops returning after the third session.", "CLM002",
     "throbbing simply stops returning"),
    ("The patch keeps it from ever coming back.", "CLM002", "keeps it from ever coming back"),
    ("With the clip in, the snoring no longer returns.", "CLM002", "snoring no longer returns"),
    ("Each treated spot is closed for good.", "CLM002", "closed for good"),
    ("The rinse rebuilds eroded enamel in a month.", "CLM002", "rebuilds eroded enamel"),
    ("So the cramps will be a thing of the past.", "CLM002", "cramps will be a thing of the past"),
    ("The ointment closes the fissure, so it simply cannot come back.", "CLM002",
     "so it simply cannot come back"),
    ("There's no need for A&E, even for a deep cut.", "RSK006", "no need for A&E"),
    ("Put the cream on instead of going to A&E.", "RSK006", "instead of going to A&E"),
    ("There is no need to keep your fracture clinic appointments once you wear the boot.", "RSK006",
     "no need to keep your fracture clinic appointments"),
    ("It is the most significant advance in knee care for a generation.", "HYP001",
     "the most significant advance in knee care for a generation"),
    ("For knee arthritis, the brace is the single most important bit of kit any climber can own.", "HYP001",
     "the single most important bit of kit any climber can own"),
    ("He felt like a stooped old cripple.", "LNG005", "cripple"),
    # After sets 52 and 53 (0.29.3).
    ("The brace straightens bowed knees permanently in ten weeks.", "CLM002", "straightens bowed knees permanently"),
    ("Our serum permanently restores thick, glossy hair.", "CLM002", "permanently restores"),
    ("In a month your scalp will be flake-free for good.", "CLM002", "flake-free for good"),
    ("Every boy who finishes the course now runs without a limp.", "CLM003",
     "Every boy who finishes the course now runs"),
    ("Every client of mine who has used the spray can now eat prawns.", "CLM003",
     "Every client of mine who has used the spray can now eat"),
    ("All 20 walkers in our pilot were blister-free within a week.", "CLM003",
     "All 20 walkers in our pilot were blister-free"),
    # After sets 54 and 55 (0.29.5).
    ("For these patients there is no reason to stay on their blood pressure tablets.", "RSK005",
     "no reason to stay on their blood pressure tablets"),
    ("The coach advises members to pause their inhalers during the camp.", "RSK005",
     "The coach advises members to pause their inhalers"),
    ("There is no need to ring the cancer helpline about a fever.", "RSK006",
     "no need to ring the cancer helpline"),
    ("There is no need to wait weeks for a dermatologist.", "RSK006", "no need to wait weeks for a dermatologist"),
    ("Families no longer need the yearly eye tests.", "RSK006", "no longer need the yearly eye tests"),
    ("The band replaces the need for physiotherapy.", "RSK006", "replaces the need for physiotherapy"),
    ("The itching has stopped for good.", "CLM002", "itching has stopped for good"),
    ("The oil stopped her migraines dead.", "CLM002", "stopped her migraines dead"),
    ("The cream reverses chilblains overnight.", "CLM002", "reverses chilblains overnight"),
    ("The gel heals every blister within a day.", "CLM003", "heals every blister"),
    # Sets 56 and 57's misses, in my own words (v0.30.0): results kept for good whatever they are of.
    ("The spray can clear the mould from your sinuses for good.", "CLM002", "clear the mould from your sinuses for good"),
    ("Our clients regain their strength and stamina for good.", "CLM002", "regain their strength and stamina for good"),
    ("Most birthmarks are gone for good after three sessions.", "CLM002", "Most birthmarks are gone for good"),
    ("A single injection closes the hole for good.", "CLM002", "closes the hole for good"),
    ("The course fully rebuilds the damaged heart muscle.", "CLM002", "fully rebuilds the damaged heart muscle"),
    ("It regrew his worn cartilage in a month.", "CLM002", "regrew his worn cartilage"),
    ("The app breaks the nail-picking habit permanently.", "CLM002", "breaks the nail-picking habit permanently"),
    ("Wear the band and you will never be stung again.", "CLM002", "you will never be stung again"),
    ("These are the tablets that make knee surgery unnecessary.", "CLM002", "make knee surgery unnecessary"),
    ("Most of our clients cancel their hip operation.", "CLM002", "clients cancel their hip operation"),
    ("The tea dissolves gallstones in weeks.", "CLM002", "dissolves gallstones in weeks"),
    ("After a month she had put her sling away for good.", "CLM002", "put her sling away"),
    ("Every dad I've coached has come off his blood pressure tablets.", "CLM003",
     "Every dad I've coached has come off his blood pressure tablets"),
    # Popularity and tradition as the proof, counted (v0.30.0).
    ("Over 25,000 jars have been sold since the spring.", "EVD003", "Over 25,000 jars have been sold"),
    ("Nearly 900 patients have been treated at our clinic since it opened.", "EVD003",
     "Nearly 900 patients have been treated at our clinic"),
    ("The insoles were tested on more than 2,000 customers.", "EVD003", "tested on more than 2,000 customers"),
    ("Ten thousand readers can't all be wrong.", "EVD003", "Ten thousand readers can't all be wrong"),
    ("The shampoo has over 3,500 Trustpilot reviews.", "EVD003", "over 3,500 Trustpilot reviews"),
    ("The bark was chewed for generations, and that long history shows it is safe.", "EVD003",
     "long history shows it is safe"),
    ("A poll of his own patients found most felt calmer.", "EVD003", "poll of his own patients"),
    ("30 people wore the sleeve in the company's own trial.", "EVD003", "in the company's own trial"),
    # Risks waved away in other words (v0.30.0).
    ("You go home the same day without any restrictions.", "RSK004", "home the same day without any restrictions"),
    ("You can run as normal the day after the injection.", "RSK004", "You can run as normal the day after"),
    ("We decided against the tablets the consultant prescribed.", "RSK005",
     "decided against the tablets the consultant prescribed"),
    ("We stopped the yearly eye checks.", "RSK006", "We stopped the yearly eye checks"),
    ("After six weeks you can stop seeing your psychologist.", "RSK006", "stop seeing your psychologist"),
    ("Don't waste money on physio.", "RSK006", "Don't waste money on physio"),
    ("The balm is gentle enough for everyone. Order now for £9.", "RSK008", "gentle enough for everyone"),
    ("It won't sting even the most delicate skin. Order now for £9.", "RSK008", "won't sting even"),
    ("Use it even on cracked skin. Order now for £9.", "RSK008", "even on cracked skin"),
    ("That's only your muscles adapting, so push through.", "RSK010",
     "That's only your muscles adapting, so push through"),
    ("Dig the splinter out with a sterilised pin.", "RSK010", "Dig the splinter out with a sterilised pin"),
    ("Back pain on waking is always a bad mattress, never anything serious.", "RSK010",
     "is always a bad mattress, never anything serious"),
    # Offers in other words (v0.30.0).
    ("Buy two tubs and get one more free.", "COM002", "Buy two tubs and get one more free"),
    ("Bring a colleague and you both get 20% off.", "COM002", "Bring a colleague and you both get 20% off"),
    ("Founding investors receive a 10% bonus.", "COM002", "Founding investors receive a 10% bonus"),
    ("Pre-orders close on Sunday.", "COM007", "Pre-orders close on Sunday"),
    ("Spread it out and pay monthly from £25.", "COM003", "pay monthly from £25"),
    ("Secure a place for a £250 reservation fee.", "COM003", "£250 reservation fee"),
    ("These insoles are the single smartest purchase any runner with sore feet can make.", "HYP001", "the single smartest"),
    ("Stop living like an invalid.", "LNG001", "an invalid"),
    ("Don't let arthritis cripple your retirement.", "LNG005", "cripple"),
    ("No one wants to be afflicted with gout.", "LNG003", "afflicted with"),
    # Sets 76 and 77's misses, in my own words (v0.30.13): an MS fact in another wording, a medicine
    # called a pure form of another.
    ("Multiple sclerosis (MS) usually starts in your fifties.", "FCT009",
     "Multiple sclerosis (MS) usually starts in your fifties"),
    ("With multiple sclerosis, brain fog only really sets in once the MS has become progressive.", "FCT009",
     "brain fog only really sets in once the MS has become progressive"),
    ("Sativex is a pure CBD spray.", "FCT038", "Sativex is a pure CBD"),
    # Results promised to everyone in more words, and sweeping promises (v0.30.14), my own wording.
    ("Every customer with psoriasis tells us they fell less within a fortnight.", "CLM003",
     "Every customer with psoriasis tells us they fell less within a fortnight"),
    ("Every patient who has finished the six infusions has kept their feet.", "CLM003",
     "Every patient who has finished the six infusions has kept their feet"),
    ("Every caller who has tried the balm says the soreness has gone.", "CLM003",
     "Every caller who has tried the balm says the soreness has gone"),
    ("All 250 customers who ordered the spray last winter told us it worked first time.", "CLM003",
     "All 250 customers who ordered the spray last winter told us it worked first time"),
    ("Every client who has completed the plan has never relapsed.", "CLM003",
     "Every client who has completed the plan has never relapsed"),
    ("Everyone in our walking group who tried the insoles got results.", "CLM003",
     "Everyone in our walking group who tried the insoles got results"),
    ("Every client walks out of our studio upright.", "CLM003", "Every client walks out of our studio upright"),
    ("This little pen could change diabetes forever.", "HYP001", "change diabetes forever"),
    ("It is the first-ever therapy to reverse gout.", "HYP001", "the first-ever therapy to reverse"),
    ("Folic acid is the single most underrated supplement in fertility care.", "HYP001",
     "the single most underrated supplement in"),
    ("It is the most important advance in gout care for a century.", "HYP001",
     "the most important advance in gout care for a century"),
    ("This could be the end of eczema as we know it.", "HYP001", "the end of eczema as we know it"),
    ("A small deposit locks in today's prices.", "COM001", "locks in today's prices"),
    ("PM me for a sample.", "COM001", "PM me for a sample"),
    # Conditions the knowledge base learnt after sets 78 and 79, and wordings of contagion (v0.30.14).
    ("A short frenulum can be passed on to partners.", "FCT026", "passed on to partners"),
    ("Cervical ectropion is caused by a sexually transmitted infection.", "FCT026",
     "is caused by a sexually transmitted infection"),
    ("Cervical ectropion is a type of cancer.", "FCT027", "is a type of cancer"),
    ("Postprandial hypotension mostly affects children.", "FCT028", "mostly affects children"),
    ("After a stem cell injection, the cells turn into brand-new cartilage inside the knee.", "FCT005",
     "turn into brand-new cartilage"),
    # Sets 78 and 79's misses, in my own words (v0.30.14): a medicine put in the wrong class in an
    # apposition with its form, as "an anti-inflammatory", or an MS injection called a steroid.
    ("Put in chloramphenicol, a steroid eye drop, twice a day.", "FCT004", "chloramphenicol, a steroid eye drop, twice"),
    ("The clinic prescribes pregabalin, an anti-inflammatory, for sciatica.", "FCT004",
     "pregabalin, an anti-inflammatory, for"),
    ("Copaxone is a steroid, so it is stopped before pregnancy.", "FCT004", "Copaxone is a steroid"),
    # MS facts in other wordings (v0.30.14), my own sentences.
    ("About multiple sclerosis (MS): most women are diagnosed with MS in their sixties.", "FCT009",
     "most women are diagnosed with MS in their sixties"),
    ("About multiple sclerosis (MS): these days MS can be confirmed with a single blood test.", "FCT009",
     "MS can be confirmed with a single blood test"),
    ("In multiple sclerosis (MS), a sauna can bring on a full-blown relapse.", "FCT009",
     "a sauna can bring on a full-blown relapse"),
    ("In multiple sclerosis (MS), body temperature has to rise by three degrees before heat matters.", "FCT009",
     "body temperature has to rise by three degrees"),
    ("With multiple sclerosis (MS) there is a 50% chance of passing it on to your children.", "FCT009",
     "50% chance of passing it on to your children"),
    ("In multiple sclerosis (MS), relapses tend to be most frequent in the last trimester.", "FCT009",
     "relapses tend to be most frequent in the last trimester"),
    ("Multiple sclerosis (MS) stiffness is mostly caused by tight calf muscles.", "FCT009",
     "stiffness is mostly caused by tight calf muscles"),
    ("The MHRA has licensed low-dose naltrexone for multiple sclerosis (MS).", "FCT003", "licensed"),
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
    ("If the bruise fades within a week, there is no need to call us.", "RSK010"),
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
    ("If a fever lasts more than three days, don't ignore it: call your GP.", "RSK010"),
    ("The WHO recommends vitamin A for children with measles. Order now for £9.", "FCT015"),
    ("Screening finds aneurysms in men with no symptoms at all.", "CLM002"),
    ("She has had no relapses since starting the drug, her neurologist says.", "CLM002"),
    ("The idea that we all carry toxic sludge in our bowels is a myth.", "LNG010"),
    ("Don't wait until the pain is unbearable to see your GP about a hernia.", "LNG010"),
    ("Every participant who completed the study was offered a follow-up scan.", "CLM003"),
    ("None of our patients has had a serious complication, but bruising is common.", "CLM003"),
    ("The surgeon can remove all the damaged tissue in a single visit.", "CLM002"),
    # Careful sentences sharing the words of the 0.17.0 meanings.
    ("You can decline the test; it is your choice, and the midwife will explain what that means.", "RSK006"),
    ("She gave up cigarettes cold turkey last spring.", "RSK005"),
    ("The drug costs $10,000 a year, or $830 a month.", "COM003"),
    ("Do not run through the pain: a stress fracture needs rest.", "RSK010"),
    ("Many runners try to run through the pain, which can turn a stress reaction into a fracture.", "RSK010"),
    ("Untreated, an overactive thyroid can strain the heart and thin the bones.", "RSK006"),
    ("In mice, the cells travelled to the brain and became new neurons.", "EVD008"),
    ("Herbalists have used willow bark for centuries; aspirin was later made from a related compound.", "EVD003"),
    ("Rickets is caused by a lack of vitamin D.", "FCT017"),
    ("Teeth grinding is usually caused by stress or anxiety.", "FCT017"),
    ("Constipation is usually caused by a lack of fibre in your diet.", "FCT017"),
    ("Psoriasis is not caused by poor hygiene.", "FCT017"),
    ("Is tennis elbow caused by a lack of magnesium? No.", "FCT017"),
    ("Some people need several attempts to stop smoking for good.", "CLM002"),
    ("A vasectomy permanently stops sperm from reaching the semen.", "CLM002"),
    ("Now we hear again from the research team.", "CLM002"),
    ("Firms won't pay for large trials of an old generic, since nobody can patent it.", "LNG011"),
    ("My dermatologist never explained the term, which says it all.", "EVD003"),
    # A test described as what it is (the pattern needs an invasive step before "as simple as").
    ("A cholesterol check is as quick as having a blood test.", "RSK002"),
    ("You don't need physio with a mild sprain; it settles in a few weeks.", "RSK006"),
    # Read after set 25's measurement: a heading that names a topic, and a public campaign's free check.
    ("## Preventing it coming back", "CLM002"),
    ("Adults can drop in for a free, two-minute skin check at five local surgeries this month.", "COM002"),
    ("Self-referral is allowed: there's no need for a GP's referral letter for talking therapies.", "RSK006"),
    ("The most effective licensed drugs in the UK are given in hospital.", "HYP001"),
    # Relative figures answered a paragraph later, or only expected (audit 2045).
    ("Smokers with the variant were 12 times more likely to die from it.\n\n"
     "Even so, the absolute risks were small. A smoker with the variant had about a 3 percent risk.", "EVD006"),
    ("The researchers expected the screening to cut the death rate by a third.", "EVD006"),
    # Careful wordings near the 0.18.0 meanings: healed wounds, progression slowed, an aid needed less.
    ("The wound is healed and the stitches are out.", "CLM002"),
    ("The drug slowed progression in a third of the people who took it.", "CLM002"),
    ("Most children with flexible flat feet won't need insoles at all, because the arch forms as they grow.", "CLM003"),
    # A condition named in passing ("people with freckles") is not defined, so no claim about it.
    ("People with freckles burn easily. After the cream my freckles simply vanished.", "CLM002"),
    # A molecule stopped in its tracks, a drug used by millions, a clinic's caseload: facts, not claims.
    ("The antibody works by stopping the enzyme in its tracks.", "CLM002"),
    ("Metformin is used by millions of people with diabetes.", "EVD003"),
    ("We have treated more than 900 patients with this operation since 2015.", "EVD003"),
    # The illness reassured about, and a doctor asked to decide: not care dismissed or harm denied.
    ("A panic attack cannot hurt you, frightening as it feels.", "RSK002"),
    ("If the pain spreads to your arm, don't wait: see a doctor the same day.", "RSK006"),
    # A saying quoted under a myths heading, a claim its own speaker doubts, a course of illness
    # shared by many: corrected, disputed and described, not asserted (0.18.0, set 27's careful
    # articles, in words of this test's own).
    ("## Myths we hear\n\n\"If the cat seemed well, there's no risk.\" Cats can carry the virus before they look ill.",
     "RSK002"),
    ("\"A man at the gym told me creatine had cured his gout. My GP went through it with me: there's no good "
     "evidence it does anything.\"", "CLM001"),
    ("Her slow recovery was typical of many women with endometriosis.", "CLM003"),
    # Some of the people who have it, a question, a myth corrected, one person's story (0.19.0).
    ("Some people with gout never have a second attack.", "FCT018"),
    ("Does eczema always get worse in winter? Not for most children.", "FCT018"),
    ("It is a myth that hay fever always clears up in adulthood.", "FCT018"),
    ("My brother has psoriasis and never needed creams.", "FCT018"),
    ("Up to half of people with shingles never develop lasting pain.", "FCT018"),
    # A habit, a lamp and a subscription are not diseases (0.19.0).
    ("Smoking cessation works best when the habit stops for good.", "CLM002"),
    ("Tap the button so the light switches off.", "CLM002"),
    ("Subscribe so you never run out again.", "CLM002"),
    ("Every patient who used the device was given a leaflet.", "CLM003"),
    ("Steroids do not cure it, but they switch off the protein leak in most children.", "CLM002"),
    ("If a mole changes shape, show it to your GP the same week.", "RSK006"),
    ("People with narcolepsy must tell the DVLA before they drive again.", "RSK006"),
    # A goal, a harm disclosed for some, a trial's tally (audit 2047).
    ("The next trial will find the dose that gives the greatest benefit with the least risk.", "RSK004"),
    ("The patches can leave mild redness in some users, the makers say.", "RSK004"),
    ("Side effects were minimal in both arms of the trial, the researchers wrote.", "RSK004"),
    # Another story's headline, linked from a news page (audit 2047).
    ("The pill halved night waking in the study.\n\nMORE: Why This Sleep Breakthrough Is a Game Changer",
     "HYP001"),
    # The words of the set-31 meanings, said carefully: a vaccine fact, a market then, a ranking, a
    # national survey, a controlled trial.
    ("The flu jab cannot give you flu.", "RSK002"),
    ("The vaccine cannot cause the infection it protects against.", "RSK002"),
    ("Back then it was the only inhaled insulin on the market.", "HYP001"),
    ("The unit has one of the country's best survival rates for bowel cancer.", "HYP001"),
    ("In a national poll of 2,000 adults, 64% said they felt satisfied with the care at their GP surgery.", "EVD003"),
    ("In the trial, 70% of patients said the drug had helped, against 40% on placebo.", "EVD003"),
    ("If you like word puzzles, there is no harm in playing them, but they will not slow MS.", "RSK002"),
    ("Antibiotics usually clear the infection completely within a week.", "CLM002"),
    ("It is safe to use paracetamol while you are breastfeeding, the NHS says.", "RSK008"),
    ("Does drinking water flush the virus out for good? No.", "CLM002"),
    ("In many children the eczema is effectively gone by school age.", "CLM002"),
    ("She was back racing within three weeks of the operation.", "CLM003"),
    ("Some of our patients never need a second operation; about one in five do.", "CLM003"),
    ("Only women get ovarian cancer.", "FCT018"),
    ("Shingles only affects people who have had chickenpox.", "FCT018"),
    ("Endometriosis only affects women.", "FCT018"),
    ("Every week we see people who have gone back to work after a stroke.", "CLM003"),
    ("Your doctor may bring the steroid dose down slowly over a month.", "RSK005"),
    ("Scientists are looking for ways to repair hearing permanently.", "CLM002"),
    # A claim rejected or disproved after it is stated (set 37's careful articles, read after its measurement).
    ("Some deaf adults reject the idea that deafness is something to be cured.", "CLM001"),
    ("Worries that the MMR jab causes autism have been repeatedly debunked by large studies.", "FCT009"),
    ("Order now for £20. Berberine has been used in traditional medicine for centuries, mostly for upset stomachs.",
     "EVD003"),
    ("The vaccine was tested on 30,000 volunteers before it was approved.", "EVD004"),
    ("Digital addicts hunch over their phones all day.", "LNG001"),
    ("Adrenaline addicts queue for the bungee jump.", "LNG001"),
    ("Paying the deposit late does not lose you your place, the council says.", "COM007"),
    ("The first 20 patients in the trial were followed for a year.", "COM007"),
    ("A hip replacement does not fix arthritis in other joints for good.", "CLM002"),
    ("Side effects were limited to 12 of the 200 people, mostly with a mild rash.", "RSK004"),
    ("No referral is needed: you can book the NHS talking therapy yourself.", "RSK006"),
    ("Every patient who takes warfarin needs regular blood tests.", "CLM003"),
    ("Almost every patient in the trial felt better, and so did those on placebo.", "CLM003"),
    ("A rash is not always a sign of an allergy.", "FCT018"),
    ("Myth: thirst is always a sign of diabetes. Fact: it has many causes.", "FCT018"),
    ("Is gout only a disease of older men? No.", "FCT018"),
    ("Most toddlers grow out of an egg allergy by school age.", "FCT018"),
    ("Antibiotics kill the bacteria that cause the infection.", "EVD008"),
    ("The surgeon drains the pus from the abscess.", "EVD008"),
    ("Antioxidants are thought to mop up free radicals, but supplement trials have disappointed.", "EVD008"),
    ("Fluid builds up in the lungs when the heart pumps weakly.", "EVD008"),
    ("Stop the antibiotics if you get a rash and call your GP.", "RSK005"),
    # The same words about a trial, as advice, or as a share of a pilot (0.21.0).
    ("None of the 40 patients in the study had a relapse during the year.", "CLM003"),
    ("Every patient in the trial improved a little, and none was cured.", "CLM003"),
    ("I ask every client to keep taking their tablets until they see their GP.", "CLM003"),
    ("In the pilot, seven in ten gym members could walk for longer by week eight.", "CLM003"),
    # Places, dates and renewals in care, not in a sale (0.21.0).
    ("The hospital has only four intensive care beds left tonight, the trust said.", "COM007"),
    ("The consultation on the new guidelines closes on 30 June.", "COM002"),
    ("A repeat prescription renews automatically only after your GP has reviewed it.", "COM007"),
    # The same words where nothing is offered as proof (0.21.0).
    ("The trial needed a placebo group to tell the drug's effect from chance.", "EVD003"),
    ("Reviews of the evidence rate the trials as low quality.", "EVD003"),
    ("Farmers keep cows bred to produce more milk.", "EVD004"),
    # The same verbs for surgery, hygiene and research aims (0.21.0).
    ("Surgeons can replace damaged heart valves through a small cut.", "CLM002"),
    ("Saliva helps wash away bacteria and food from the teeth.", "CLM002"),
    ("The team is looking for ways to coax the cells to repair damaged heart tissue safely.", "CLM002"),
    ("No pill can regrow the lost myelin, and the trial did not test it.", "CLM002"),
    ("Was it the best season ever? The players think so, but the doctors have doubts.", "HYP001"),
    # Alarm and suspicion words said plainly (0.21.0).
    ("High blood pressure rarely causes symptoms, so have it checked every five years.", "LNG010"),
    ("The condition is commoner than most people assume, the survey found.", "LNG011"),
    # A gap the writer explains, a prevention that does not hurt (audit 2049).
    ("Nobody counts cases of scabies nationally. The most recent estimate, from 1998, is a guess.", "TIM004"),
    ("The most recent survey, from 2004, has never been repeated.", "TIM004"),
    ("A painless way to stop cavities forming is catching on with dentists.", "RSK004"),
    # The words of sets 36-39's meanings, said carefully (0.23.0 and after).
    ('Every patient we treat is seen within two weeks.', 'CLM003'),
    ('Every baby in England has a hip check within 72 hours of birth.', 'CLM003'),
    ('Most of our clients book again the following spring.', 'CLM003'),
    ('We advise patients to stop them a week before the operation.', 'RSK005'),
    ('In the trial, people over 55 were randomised to continue or stop their DMT.', 'RSK005'),
    ('The visions cannot harm you, though they can be frightening.', 'RSK002'),
    ('A pulled elbow, or radial head subluxation, is common in toddlers.', 'TRM005'),
    ('Ask your local council for a free needs assessment.', 'COM002'),
    ('The clinic offers a free and confidential test.', 'COM002'),
    ('To qualify for the operation, a child must have frequent infections.', 'HYP001'),
    ('The most important thing there is to remember is to call 999.', 'HYP001'),
    ('Herbalists have used the plant for centuries, but no trial has tested it.', 'EVD003'),
    # Set 40's careful articles, in my own words (0.24.0).
    ("Landlords must find and fix the underlying causes, such as leaks and poor ventilation.", "CLM002"),
    ("High cortisol switches off the hormones that control the monthly cycle.", "EVD008"),
    ("After two years on treatment, some people can stop the tablets under supervision.", "RSK005"),
    # The words of sets 40 and 41's meanings, said carefully (0.25.0).
    ('All 30 participants completed the study.', 'CLM003'),
    ('Every patient in the trial had a scan by the end of the study.', 'CLM003'),
    ('Do not stop taking prednisolone the week before travelling without advice.', 'RSK005'),
    ('She went back to her physiotherapy sessions after the relapse.', 'RSK006'),
    ('The flu vaccine is safe even if you have an egg allergy.', 'RSK008'),
    ('Anxiety is nothing to be ashamed of.', 'RSK006'),
    # Set 43's careful articles, in my own words (0.25.0).
    ("Body dysmorphia is about feeling ashamed, ugly or even disgusting, not about vanity.", "LNG012"),
    # The words of sets 42 and 43's meanings, said carefully (0.26.0).
    ('In the trial, the cancer did not come back in 90 of 100 women.', 'CLM002'),
    ('We advise patients to stop them the day before the operation.', 'RSK005'),
    ('No vaccine is completely free of side effects.', 'RSK002'),
    ('Patients who stopped treatment were followed for a year.', 'RSK005'),
    # Sets 44 and 45's careful articles, in my own words (0.26.0).
    ("A splint heals most cases as well as surgery, without the risks of an operation.", "RSK002"),
    ("It is usually a painless lump that grows slowly.", "RSK004"),
    # Set 47's careful article, in my own words (0.27.0).
    ("My neighbour showed me a post calling the operation a \"miracle cure\", so I asked my surgeon.", "HYP003"),
    # Sets 48 and 49's careful articles, in my own words (0.28.0).
    ("The phrase can sound alarming, or, if you have read glowing posts online, like a miracle cure. Neither is "
     "right.", "HYP003"),
    ("Serious infections are uncommon: most series report fewer than 3 in 100, and large units treating fit "
     "patients often report even lower figures.", "EVD003"),
    ("Stem cell therapy for spinal cord injury is still experimental. Last year the FDA authorised NeuroStep's "
     "skin-electrode stimulator for people with spinal cord injury.", "FCT003"),
    # This round's careful sentences (0.29.0 and after).
    ("The most important thing you can do is keep taking your inhaler.", "HYP001"),
    ("Every patient we see is offered a follow-up appointment within six weeks.", "CLM003"),
    ("I don't bother with a blood test at the first visit; the GP arranges it.", "RSK006"),
    ("Part of me wondered whether the diagnosis made me less of a woman.", "LNG012"),
    ("The old fat cells in the treated area are gone for good, but new fat can still build up elsewhere.", "CLM002"),
    # Sets 52 and 53's careful articles, in my own words.
    ("A new drug may slow the cancer. Some online coverage has called it a \"miracle cure that melts tumours\". "
     "The trial was smaller than that suggests.", "HYP003"),
    ("Breakthrough bleeds may still need a dose of factor VIII.", "HYP001"),
    ("Slow-healing ulcers are painful and can permanently damage the skin around them.", "CLM002"),
    ("For a young patient with a torn meniscus, surgery can be a permanent fix.", "CLM002"),
    ("A fusion takes out the worn cartilage and joins the two bones for good with a plate.", "CLM002"),
    # Sets 54 and 55's careful articles, in my own words.
    ("In the first trial, reported in 2006, all nine patients were off dialysis after a year; by five years "
     "only two were.", "CLM003"),
    ("Breakthrough T1D funds research into islet transplants.", "HYP001"),
    ("A painless, hard lump under the skin is more often a cyst.", "RSK004"),
    ("The only treatment that can cure the disease is a donor transplant, which carries serious risks.", "CLM001"),
    # Sets 56 and 57's careful articles, in my own words.
    ("Parents often hear that a new drug can cure it. That is true for very few children.", "CLM001"),
    ("There is no need to contact your surgery to ask for an invitation: letters go out automatically.", "RSK006"),
    # The same words in careful use (v0.30.0).
    ("Your chances are gone for good.", "CLM002"),
    ("Most people need several tries to break the smoking habit for good.", "CLM002"),
    ("The gel has more than 4,000 reviews online, but it has never been tested in a trial.", "EVD003"),
    ("She is not afflicted with anything.", "LNG003"),
    ("Don't squeeze spots with your fingernails.", "RSK010"),
    # Sets 58 and 59's careful articles, in my own words (v0.30.1).
    ("I keep hearing scary things online: that pregnancy will make your MS worse.", "FCT009"),
    ("A donor transplant can cure aplastic anemia in many younger people, though not without risk.", "CLM001"),
    ("About 6 fewer runners in each 100 had an injury. Put as a relative effect, the risk was 30% lower.",
     "EVD006"),
    # Set 60's careful article, in my own words (v0.30.3): a type of the condition described.
    ("A rarer kind of priapism, usually caused by an injury to the groin, is often painless and is not "
     "usually an emergency.", "RSK004"),
    # Sets 76 and 77's careful articles, in my own words (v0.30.13): a cure that comes with its
    # condition, advice with an empty "it", a licensed product's approval.
    ("Can it be cured? Many people are cured, particularly when the tumour is caught early.", "CLM001"),
    ("Symptoms can change from year to year, which is why it helps to keep a diary.", "EVD011"),
    # A story on a real news site, in my own words (v0.30.13): what proof would take, not proof claimed.
    ("The pilot was tiny, and we would need a bigger trial to prove that the pill works.", "EVD002"),
    ("Alofisel, made from donor fat cells, was the first stem cell medicine approved in Europe for "
     "Crohn's fistulas.", "FCT003"),
    # Results not promised to everyone, and firsts that are only firsts (v0.30.14).
    ("Not every patient who finishes the course keeps their feet, and some still need an amputation.", "CLM003"),
    ("Did all 300 customers who bought the kit say it worked first time? No: a third asked for refunds.", "CLM003"),
    ("Patients who fell less in the trial had also started physiotherapy.", "CLM003"),
    ("This was the first ever trial to test the drug in children with gout.", "HYP001"),
    ("A new vaccine is set to replace the current one from September, the NHS said.", "HYP001"),
    # A case described in a when-clause; a disclosure of a free consultation; an NSAID or a steroid
    # called an anti-inflammatory (v0.30.14).
    ("It usually follows a chest infection, when the wheeze simply never goes away.", "FCT018"),
    ("Our reporter was given a complimentary consultation at the clinic while researching this piece.", "COM001"),
    ("Naproxen is an anti-inflammatory, so take it with food.", "FCT004"),
    ("Prednisolone is an anti-inflammatory steroid.", "FCT004"),
    # What NHS prescriptions cost; a cure that holds for some patients, said of them (v0.30.14).
    ("A prescription prepayment certificate covers all your items for a year for the price of three charges.", "COM002"),
    ("For some children with sickle cell disease, a bone marrow transplant from a matched sibling can cure "
     "the condition.", "CLM001"),
    ("Most people are diagnosed with multiple sclerosis (MS) between 20 and 40.", "FCT009"),
    ("No blood test can diagnose multiple sclerosis (MS); blood tests rule out other conditions.", "FCT009"),
    ("In multiple sclerosis (MS), a hot bath can make symptoms worse for a while but does not trigger a relapse.", "FCT009"),
    ("In multiple sclerosis (MS), relapses are less common in the third trimester.", "FCT009"),
    ("If one parent has multiple sclerosis (MS), the chance of passing it to your child is about 2%.", "FCT009"),
    ("Congenital hypothyroidism usually happens by chance, though a small number of cases run in families.", "FCT035"),
    ("You may have nasal valve collapse, where the side of the nose folds inwards as you breathe in.", "TRM006"),
    ("In the lab, stem cells from fat can turn into new cartilage cells.", "FCT005"),
    # A claim someone else made, put as a question or answered with doubt; a denial after an aside;
    # an animal in daily life (v0.30.14).
    ("About multiple sclerosis (MS): my son's new app says it will 'reverse MS fatigue in a fortnight'. "
     "Is it worth the money?", "CLM002"),
    ("A colleague says the rash is totally harmless. Do I need to see anyone?", "RSK002"),
    ('HOST: "A clinic abroad says its drip can reverse type 1 diabetes in a month."\n\n'
     "DOCTOR: Please be very wary of claims like that.", "CLM002"),
    ("Autologous haematopoietic stem cell transplantation (AHSCT) uses your own cells. Graft-versus-host "
     "disease, which happens when donor cells attack the body, is not a risk of AHSCT.", "FCT001"),
    ("Psittacosis spreads from birds, so you don't have to own an animal to catch it.", "EVD004"),
    ("There is no good evidence that injected stem cells turn into new cartilage.", "FCT005"),
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


def test_an_accuracy_figure_answered_paragraphs_later():
    # News gives the figure, then quotes, then the caveat: the article has told what the test gets wrong.
    answered = ("The breath test was 80 percent accurate in the pilot.\n\n"
                "\"We are excited,\" the lead author said.\n\nThe team hopes to start a larger study.\n\n"
                "Funding came from a cancer charity.\n\n"
                "An outside expert noted that the test was also wrong about one in five times, "
                "and that some healthy people would wrongly be told they might have cancer.")
    assert found(answered, "EVD009") == []
    unanswered = answered.replace("was also wrong about one in five times", "may help").replace(
        "some healthy people would wrongly be told they might have cancer", "larger trials are needed")
    assert found(unanswered, "EVD009") == ["80 percent accurate"]


SHOP = "# Calm drops\n\nOur drops cost £18 a bottle; order online today.\n\n"


@pytest.mark.parametrize("sentence, code, excerpt", [
    # On a page that sells, a tradition or a bench result is offered as the product's evidence (0.21.0).
    ("Tibetan healers have relied on the root for a thousand years.", "EVD003",
     "Tibetan healers have relied on the root for a thousand years"),
    ("The blend is backed by centuries of folk wisdom.", "EVD003", "backed by centuries of folk wisdom"),
    ("In a lab dish, the extract kills the yeast in an hour.", "EVD004", "In a lab dish, the extract kills"),
    ("The drops are safe alongside antidepressants and alcohol.", "RSK008", "safe alongside antidepressants and alcohol"),
    ("The patch has no interactions with any heart medicine.", "RSK008",
     "has no interactions with any heart medicine"),
    ("In a test-tube study, the powder broke down the kidney crystals overnight.", "EVD004",
     "In a test-tube study, the powder broke down"),
    ("Laboratory work on strips of pig bladder found the extract switched off the spasms.", "EVD004",
     "Laboratory work on strips of pig bladder found the extract switched off"),
    ("Tested on rabbit skin, the balm soothed the redness overnight.", "EVD004",
     "on rabbit skin, the balm soothed"),
    # Safety without limit: anything, right through, any amount, no ceiling (0.21.0).
    ("The gummies are safe to combine with anything your doctor prescribes.", "RSK008",
     "safe to combine with anything"),
    ("The tea is safe right through your pregnancy.", "RSK008", "safe right through your pregnancy"),
    ("Have them in any amount you like.", "RSK008", "Have them in any amount"),
    ("There is no maximum dose for these drops.", "RSK008", "There is no maximum dose"),
    ("You can't take too many of them.", "RSK008", "You can't take too many"),
    # Crowds, sales, reviews and tradition as the product's evidence (0.23.0 and after).
    ('More than 2,000 happy families already use the drops.', 'EVD003',
     '2,000 happy families already use'),
    ('Over 300 patients from 18 countries have now completed the protocol.', 'EVD003',
     'Over 300 patients from 18 countries have now completed'),
    ('We have hundreds of five-star Google reviews.', 'EVD003',
     'hundreds of five-star Google reviews'),
    ('The brand has sold more than 60,000 bottles since its launch.', 'EVD003',
     'has sold more than 60,000 bottles'),
    ('The root has been used in Ayurvedic medicine for thousands of years.', 'EVD003',
     'used in Ayurvedic medicine for thousands of years'),
    ('Our method is based on 120 years of herbal tradition.', 'EVD003',
     'based on 120 years of herbal tradition'),
    ('Women have rubbed the oil on their bellies since the ancient Egyptians.', 'EVD003',
     'rubbed the oil on their bellies since the ancient Egyptians'),
    # Reviews, crowds, the seller's own audit and tradition's verdict (0.25.0).
    ('More than 9,000 customers have left us a review.', 'EVD003',
     'have left us a review'),
    ('Hundreds of families have already chosen the kit.', 'EVD003',
     'Hundreds of families have already chosen'),
    ('Over 2,000 people have now completed the programme.', 'EVD003',
     'Over 2,000 people have now completed the programme'),
    ('In a review of 14 clients treated in our own clinic, the bumps fell by 80%.', 'EVD003',
     'review of 14 clients treated in our own'),
    ('I asked 1,500 of you in a poll and 90% said it helped.', 'EVD003',
     'asked 1,500 of you in a poll and 90% said it helped'),
    ('Healers have prescribed it for centuries, which tells you everything about whether it works.', 'EVD003',
     'Healers have prescribed it for centuries, which tells you everything'),
    # Crowds trusting, joining and rating, scans as proof (0.26.0).
    ('Over 12,000 women across the UK already trust the gel.', 'EVD003',
     'Over 12,000 women across the UK already trust'),
    ('Join more than 9,000 happy customers.', 'EVD003',
     'Join more than 9,000 happy customers'),
    ('Rated 4.8 stars by over 3,000 parents online.', 'EVD003',
     'Rated 4.8 stars by over 3,000'),
    ('Over 4,000 walkers have already protected themselves with our kit.', 'EVD003',
     'have already protected themselves'),
    ('The centre has helped more than 500 people since it opened.', 'EVD003',
     'has helped more than 500 people since'),
    ('Our before-and-after thermal scans prove the swelling goes down.', 'EVD003',
     'before-and-after thermal scans prove'),
    # Risks waved away in wordings of blind sets 78 and 79, my own sentences (v0.30.14).
    ("Use the drops every evening, including when pregnant.", "RSK008", "including when pregnant"),
    ("Skip your mammogram if your breasts feel normal.", "RSK006", "Skip your mammogram"),
    ("It is a food, so you can't take too much.", "RSK002", "can't take too much"),
    ("Bin the cream your dermatologist gave you.", "RSK005", "Bin the cream your dermatologist gave you"),
    ("Stop your inhaler as soon as your order arrives.", "RSK005", "Stop your inhaler as soon as your order arrives"),
    ("It is safe to take instead of whatever your GP prescribes.", "RSK011", "instead of whatever your GP prescribes"),
    ("Ring us, not your GP.", "RSK006", "Ring us, not your GP"),
    ("Keep running through the chest pain.", "RSK010", "Keep running through the chest pain"),
    ("There's no need to wait around for scans.", "RSK006", "no need to wait around for scans"),
    ("The drops are safe for literally everyone.", "RSK002", "safe for literally everyone"),
    # The writer's own name for a mechanism, on a page that sells (v0.30.14).
    ("I call it cellular spark renewal.", "TRM006", "I call it cellular spark renewal"),
    # A seller's question to the reader after a testimonial does not make the claim a question (v0.30.14).
    ("Our customers say the balm cured their eczema. Why wait?", "CLM001", "cured their eczema"),
    # Evidence in other words (v0.30.14): the bench and the animals, tradition named, the crowd counted.
    ("In lab tests on pig corneas, the gel sealed cuts within an hour.", "EVD004",
     "In lab tests on pig corneas, the gel sealed"),
    ("In dogs and horses the balm works wonders.", "EVD004", "In dogs and horses the balm works wonders"),
    ("Saffron has been used in Persian medicine for 2,000 years.", "EVD003", "used in Persian medicine for 2,000 years"),
    ("Healers in medieval Wales used this same moss on wounds.", "EVD003", "Healers in medieval Wales used this"),
    ("We have sold to over 3,000 households and not one complaint.", "EVD016",
     "sold to over 3,000 households and not one complaint"),
    ("12,000 likes can't be wrong.", "EVD016", "12,000 likes can't be wrong"),
    ("Data from 4,000 wearers shows the band lifts mood.", "EVD003", "Data from 4,000 wearers shows"),
    ("Nine in ten buyers would recommend it to a friend.", "EVD003", "Nine in ten buyers would recommend it to a friend"),
    ("Yellow teeth make you look older and unhygienic.", "LNG012", "make you look older"),
    # Offers in other words (v0.30.14): the bill spread, a price for the first buyers, two for one,
    # prices locked in, a sample asked for privately, investors from a sum.
    ("The course is £1,200, which can be spread over twelve months.", "COM002", "£1,200, which can be spread over twelve months"),
    ("Just £49 for the first 50 orders.", "COM002", "£49 for the first 50 orders"),
    ("Two for one weekends on all teeth whitening.", "COM002", "Two for one weekends"),
    ("Flaky patches that make strangers stare.", "LNG013", "make strangers stare"),
    # Shame, captivity and taunts in other words (v0.30.14).
    ("Winter turns people like us into prisoners in our own homes.", "LNG014", "prisoners in our own homes"),
    ("Stretching days are for quitters.", "LNG015", "are for quitters"),
])
def test_on_a_page_that_sells(sentence, code, excerpt):
    findings = [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]
    assert findings == [excerpt]


def _release(body: str) -> list[str]:
    text = "# New device for sore knees\n\nFOR IMMEDIATE RELEASE\n\n" + body + "\n\nENDS\n"
    return [f.code for f in lint_text(text, "release.txt", overrides=Overrides(select=("EVD004",)))]


def test_a_release_naming_its_brand_offers_its_bench_result_as_the_products():
    # A press release that names a product by its brand (a capital inside the word) offers its
    # laboratory result as the product's evidence; a release naming none is left to the leap it states.
    assert _release("KneeGlow is a light patch for aching knees. In laboratory tests on pig cartilage, the light "
                    "reduced swelling.") == ["EVD004"]
    assert _release("The team studies cartilage. In laboratory tests on pig cartilage, the light reduced "
                    "swelling. It has not yet been tested in people.") == []


def test_a_public_services_own_survey_is_no_customer_report():
    """An NHS trust's page reporting its own survey of patients' worries sells nothing: the figures
    describe its service, not buyers vouching for a product (set 59's careful release, in my words)."""
    page = ("# Riverside NHS Foundation Trust opens a clinic for driving advice\n\n"
            "The clinic was set up after a survey of 180 people attending the trust's epilepsy clinics. "
            "Nearly half said they had been unsure about the rules.\n")
    assert [f.code for f in lint_text(page, "a.md", overrides=Overrides(select=("EVD003",)))] == []
    # The same survey on a page no public body issues is still read as the seller's own figures.
    other = page.replace("Riverside NHS Foundation Trust opens", "A clinic opens").replace("the trust's ", "the ")
    assert [f.code for f in lint_text(other, "a.md", overrides=Overrides(select=("EVD003",)))] == ["EVD003"]


@pytest.mark.parametrize("sentence, excerpt", [
    ("The drops cleared my hay fever, my sore eyes and my blocked nose for good.",
     "cleared my hay fever, my sore eyes and my blocked nose for good"),
    ("The spray rewires an overactive gut for good.", "rewires an overactive gut for good"),
    ("One course chases the cold sores away for good.", "chases the cold sores away for good"),
    ("Since she switched, her cystitis has never come back.", "her cystitis has never come back"),
])
def test_a_result_for_good_on_a_page_that_sells(sentence, excerpt):
    """CLM005 reads "for good" after any change the product makes, however far apart, where the
    page sells (v0.30.1); on a page that sells nothing the same words are CLM002's to read."""
    assert found(sentence + " Order now for £25.", "CLM005") == [excerpt]
    assert found(sentence, "CLM005") == []


@pytest.mark.parametrize("sentence, promise", [
    # Each beside the same words as a promise, which CLM005 does flag, so the test can fail.
    ("With our patches you stop smoking for good.", "With our patches you stop the cravings for good."),
    ("A laser that removes hair can permanently scar darker skin.",
     "A laser that removes hair can permanently fade darker skin."),
    ("The balm eases the itch, but not for good.", "The balm eases the itch for good."),
])
def test_for_good_that_promises_nothing(sentence, promise):
    assert found(sentence + " Order now for £25.", "CLM005") == []
    assert found(promise + " Order now for £25.", "CLM005") != []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Safety promised in other words (v0.30.2).
    ("The tea is harmless even if you've got kidney disease.", "RSK008", "harmless even if you've got kidney disease"),
    ("The spray is fine with any other medicines.", "RSK008", "fine with any other medicines"),
    ("The patch is suitable for women who are breastfeeding.", "RSK008", "suitable for women who are breastfeeding"),
    ("There is no such thing as overdoing it with our band.", "RSK008", "no such thing as overdoing it"),
    ("The cream will not cause any skin reactions.", "RSK002", "will not cause any skin reactions"),
    # A named medicine stopped, care made needless (v0.30.2).
    ("You can simply stop the amitriptyline.", "RSK005", "can simply stop the amitriptyline"),
    ("Many members step down from their blood pressure tablets.", "RSK005", "step down from their blood pressure tablets"),
    ("You won't need those annual eye checks any more.", "RSK006", "won't need those annual eye checks any more"),
    ("There's no need to patch test the dye.", "RSK006", "no need to patch test"),
    # Shame on a page that sells (v0.30.2).
    ("Don't let acne scars make you the one nobody asks to dance.", "LNG013", "Don't let acne scars make you"),
    ("No bride wants a rash on her wedding day.", "LNG013", "No bride wants a rash on her wedding"),
])
def test_a_meaning_in_other_words_on_a_page_that_sells(sentence, code, excerpt):
    assert found(sentence + " Order now for £25.", code) == [excerpt]


def test_shame_needs_a_page_that_sells():
    assert found("Don't let acne scars make you the one nobody asks to dance.", "LNG013") == []



@pytest.mark.parametrize("sentence, excerpt", [
    # The seller's crowd counted as the credential (v0.30.5).
    ("Over 9,000 loyal buyers keep a jar in the cupboard.", "Over 9,000 loyal buyers"),
    ("Her video has 350K views.", "350K views"),
    ("Our forum of more than 2,500 parents has tried every brand.", "forum of more than 2,500 parents has tried"),
    ("Thousands of runners now use the insoles.", "Thousands of runners now use"),
    ("We have helped more than 4,000 women get their energy back.", "helped more than 4,000 women"),
])
def test_popularity_on_a_page_that_sells(sentence, excerpt):
    """EVD016 reads a count of the seller's crowd as the credential, but only where the page sells."""
    assert found(sentence + " Order now for £25.", "EVD016") == [excerpt]
    assert found(sentence, "EVD016") == []


@pytest.mark.parametrize("sentence, crowd", [
    # Each beside a crowd counted as the credential, which EVD016 does flag, so the test can fail.
    ("About 4,000 people in the UK are diagnosed with the condition each year.",
     "About 4,000 customers in the UK swear by the drops."),
    ("In a trial of 1,200 patients, the tablets lowered pressure.", "More than 1,200 patients trust the tablets."),
    ("Two customers said the smell was strong.", "Two thousand customers said the smell was lovely."),
    ("Members who joined in 2015 pay half price.", "Over 2,015 members pay half price."),
])
def test_counts_that_are_not_popularity(sentence, crowd):
    assert found(sentence + " Order now for £25.", "EVD016") == []
    assert found(crowd + " Order now for £25.", "EVD016") != []


@pytest.mark.parametrize("sentence, excerpt", [
    # An animal or bench study told on a page that sells, whatever it found (v0.30.5).
    ("Young rats fed the powder gained 12% more bone.", "rats fed"),
    ("A study in dogs showed the chews freshened breath.", "study in dogs"),
    ("Pig skin coated in the gel stayed moist for a day.", "Pig skin coated"),
])
def test_an_animal_study_on_a_page_that_sells(sentence, excerpt):
    assert excerpt in " ".join(found(sentence + " Order now for £25.", "EVD004"))
    # Off a selling page, told with a word on people it is a result reported (v0.30.53: told bare, it is flagged too).
    assert found(sentence + " Whether it does the same in people is not yet known.", "EVD004") == []


def test_an_animal_study_denied_is_no_evidence_offered():
    assert found("The gel is never tested on animals. Order now for £25.", "EVD004") == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Care given up on the page's word (v0.30.5).
    ("Parents should pause occupational therapy while the drops work.", "RSK011", "should pause occupational therapy"),
    ("We tell clients to stop wearing their splints at night.", "RSK011", "tell clients to stop wearing their splints"),
    ("Booked for a hip operation? Cancel it and try the cushion first.", "RSK011", "Cancel it and try"),
    ("Don't let the hospital rush you into surgery.", "RSK011", "Don't let the hospital rush you into"),
    ("There's no point wasting time on speech therapy.", "RSK011", "no point wasting time on speech therapy"),
    # The safety instruction turned round: "call your nurse" excuses a sentence, "don't call" does not.
    ("If you have a relapse, don't call your MS nurse: drink the tea.", "RSK011", "don't call your MS nurse"),
    ("Never ring your GP about the swelling.", "RSK011", "Never ring your GP"),
    # Captives, belittling comparisons and disgust (v0.30.5).
    ("Since the stroke he has been tied to a walking frame.", "LNG014", "tied to a walking frame"),
    ("She spent a decade as a prisoner of her own body.", "LNG014", "prisoner of her own body"),
    ("He limped around like an old man.", "LNG015", "like an old man"),
    ("Knee supports are for wusses.", "LNG015", "are for wusses"),
    ("The cyst left a hideous lump on her back.", "LNG016", "hideous lump"),
    ("Her toenails were absolutely revolting.", "LNG016", "toenails were absolutely revolting"),
    # Fear in other words (v0.30.5).
    ("Every winter, arthritis steals another month of your life.", "LNG010", "steals another month of your life"),
    ("Your own gut is slowly poisoning you.", "LNG010", "slowly poisoning you"),
])
def test_a_meaning_in_other_words_anywhere(sentence, code, excerpt):
    assert found(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code, meant", [
    # Each beside the meaning the rule does flag, so the test can fail.
    ("Do not stop your inhaler without talking to your GP.", "RSK011", "Parents should stop the inhaler."),
    ("If the rash spreads, stop the cream and call your GP.", "RSK011", "You should stop the tablets."),
    ("You can decline the heel-prick test.", "RSK011", "You should skip the heel-prick test."),
    ("Avoid ibuprofen while you take warfarin.", "RSK011", "Skip the warfarin while you take the drops."),
    ("Stop smoking before your operation.", "RSK011", "Cancel your operation."),
    ("Do not contact your GP for a fit note in the first week.", "RSK011", "Do not contact your GP."),
    # The disease itself ruled out is a fact; a harm every injection can bring ruled out is a denial.
    ("The flu jab carries no risk of catching flu.", "RSK002", "The injection carries no risk of infection."),
    ("Volunteers were allocated by chance to keep or stop their tablets.", "RSK011",
     "Readers should stop their tablets."),
    ("A trapped nerve can cause numbness.", "LNG014", "He was trapped in his bed for years."),
    ("You may be confined to bed for a day after surgery.", "LNG014", "She was condemned to her bed."),
    ("The twins slept like babies.", "LNG015", "The twins walked like old men."),
    ("I felt like a freak at school.", "LNG015", "She looked like a freak at school."),
    ("The cream is safe for babies.", "LNG015", "Sunscreen is for wimps."),
    ("Many teenagers with acne feel their skin looks ugly.", "LNG016", "Acne leaves an ugly rash."),
    ("Physio helps gross motor skills.", "LNG016", "Physio helps gross scars."),
])
def test_what_the_meaning_is_not(sentence, code, meant):
    assert found(sentence, code) == []
    assert found(meant, code) != []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Offers in their plainest shapes, whoever reports them (v0.30.5).
    ("The clinic gives pensioners a 20% discount on every session.", "COM002", "20% discount on"),
    ("Members can invest from £500 in the company.", "COM002", "invest from £500"),
    ("The tablets are then charged automatically every 28 days.", "COM002", "charged automatically"),
    ("Fees go up next month.", "COM007", "Fees go up next"),
    ("Slots in your town are nearly full.", "COM007", "Slots in your town are nearly full"),
])
def test_an_offer_in_other_words(sentence, code, excerpt):
    assert found(sentence, code) == [excerpt]


def test_free_with_purchase_needs_a_page_that_promotes():
    """COM009 reads "free" as a sweetener only where a product is promoted; "free on the NHS" and
    "gluten-free" are not offers, and a public service's free check is not one either."""
    assert found("Buy two and we'll send you a free tote bag. Order now for £25.", "COM009") == ["send you a free"]
    assert found("Buy two and we'll send you a free tote bag.", "COM009") == []
    assert found("You can get the jab free on the NHS. Order now for £25.", "COM009") == []
    assert found("The crackers are gluten-free and come with nothing else. Order now for £25.", "COM009") == []


@pytest.mark.parametrize("sentence, code, meant", [
    # Wordings of real news the v0.30.5 rules misread at first, each beside the meaning they catch.
    ("Obesity is tied to type 2 diabetes.", "LNG014", "He is chained to a dialysis machine."),
    ("Snacks like carrots and apples help.", "LNG015", "He lay there like a vegetable."),
    ("I ring the practice and cancel my dental check.", "RSK011", "Cancel your dental check."),
    ("The new law will slow research and delay the scans.", "RSK011", "You should delay the scans."),
    ("Brokers expect a 40 percent discount.", "COM002", "Readers get a 40 percent discount on the kit."),
])
def test_news_wordings_that_are_not_the_meaning(sentence, code, meant):
    assert found(sentence, code) == []
    assert found(meant, code) != []


@pytest.mark.parametrize("sentence, excerpt", [
    # A seller's coined name, on a page that sells or a release naming its product (v0.30.6).
    ("Our insole frees a Heel Tension Lock in days.", "Heel Tension Lock"),
    ("The band corrects Vestibular Signal Drift.", "Vestibular Signal Drift"),
])
def test_a_coined_name_where_a_product_is_promoted(sentence, excerpt):
    assert excerpt in " ".join(found(sentence + " Order now for £25.", "TRM006"))


def test_recognised_syndromes_are_not_coined():
    for sentence in ("Toxic shock syndrome is rare.", "Chronic exertional compartment syndrome causes leg pain.",
                     "Antiphospholipid syndrome makes blood clot too easily."):
        assert found(sentence + " Order now for £25.", "TRM006") == []
    assert found("Our patch eases Compartment Stress Syndrome. Order now for £25.", "TRM006") != []


@pytest.mark.parametrize("sentence, excerpt", [
    # A test called perfect, in any words (FCT034, v0.30.7).
    ("A normal chest X-ray rules out lung cancer.", "normal chest X-ray rules out"),
    ("One MRI rules out every tumour in the body.", "One MRI rules out every tumour in the"),
    ("Our ovulation strips are 100% accurate.", "are 100% accurate"),
    ("The saliva test never gives a false result.", "test never gives a false result"),
    ("A routine blood count picks up every leukaemia.", "blood count picks up every leukaemia"),
    ("The gene panel tells you for certain whether you will get Alzheimer's.",
     "gene panel tells you for certain"),
    ("A single positive stick is enough to confirm you are pregnant with twins.",
     "single positive stick is enough to confirm"),
    ("A clear ultrasound means gallstones have been ruled out.", "clear ultrasound means gallstones have been ruled out"),
    ("A finger-prick test is all it takes to diagnose coeliac disease.", "test is all it takes to diagnose"),
])
def test_a_test_called_perfect(sentence, excerpt):
    assert found(sentence, "FCT034") == [excerpt]


@pytest.mark.parametrize("sentence", [
    "No test is 100% accurate, so a clear result is not a guarantee.",
    "Is the scan 100% accurate? No: it misses about one cancer in ten.",
    "The test had 100% sensitivity in the trial of 400 women, but it raised false alarms in 6%.",
    "A normal ECG cannot rule out every heart problem.",
    "A negative D-dimer test may help rule out a clot when the risk is low.",
    "The company claims its kit is 100% accurate, but independent checks found it missed cases.",
])
def test_a_test_described_with_its_limits(sentence):
    assert found(sentence, "FCT034") == []


def test_a_list_after_a_plain_line_naming_myths_is_a_list_of_myths():
    # A plain-text leaflet: no markup makes the line a heading, but it names what follows (v0.30.7).
    text = "Shingles: a leaflet\n\nMyths the nurses hear often\n- Shingles only affects old people.\n"
    assert lint_text(text, "a.txt", overrides=Overrides(select=("FCT018",))) == []
    text = text.replace("Myths the nurses hear often", "Things the nurses hear often")
    assert [f.code for f in lint_text(text, "a.txt", overrides=Overrides(select=("FCT018",)))] == ["FCT018"]


def test_a_claim_reported_and_then_asked_about_is_a_question():
    asked = "# Ask the pharmacist\n\nMy neighbour says the gel cures eczema for good. Is he right?\n"
    assert lint_text(asked, "a.md", overrides=Overrides(select=("CLM002",))) == []
    told = "# Ask the pharmacist\n\nMy neighbour says the gel cures eczema for good. He swears by it.\n"
    assert [f.code for f in lint_text(told, "a.md", overrides=Overrides(select=("CLM002",)))] == ["CLM002"]


SELLS = " Order now for £25."


@pytest.mark.parametrize("sentence, code", [
    # Cure claims in the words sellers use (v0.30.7), on a page that sells.
    ("After three weeks the blisters are gone, permanently.", "CLM005"),
    ("One visit is all it takes to end your fear of flying permanently.", "CLM002"),
    ("Heel pain gone for good in 10 days with ArchEase.", "CLM005"),
    ("The drink unclogs the neck arteries back up for good.", "CLM005"),
    ("Clients are free of their inhalers for life after the course.", "CLM005"),
    ("You will never feel that dread of the dentist's chair again.", "CLM005"),
    ("Relief for life, basically.", "CLM005"),
    ("Expect to be itch-free within days of the first wash.", "CLM006"),
    ("The powder clears the parasites in 12 hours.", "CLM006"),
    ("Customers see their cholesterol readings back to normal by week six.", "CLM006"),
    ("Their wheezing has simply gone.", "CLM002"),
    # Care given up, said as permission or as the product in its place.
    ("You can cut back on the inhalers your nurse gave you.", "RSK011"),
    ("Members who feel better can safely put their treatment on hold.", "RSK011"),
    ("Many buyers take the tonic in place of their prescribed tablets.", "RSK011"),
    ("There's no need to keep seeing the specialist about the rash.", "RSK011"),
    # Harms waved away.
    ("The drops are harmless at any dose.", "RSK002"),
    ("People with heart disease can have the injection without any extra checks.", "RSK002"),
    ("It is a nuisance rather than anything dangerous.", "RSK002"),
    # The seller's own survey, poll or star rating as evidence.
    ("In a survey of 60 early users, 55 said their sleep improved.", "EVD003"),
    ("Our customer satisfaction survey found that most users slept better.", "EVD003"),
    ("90 people in our online group voted it the best buy.", "EVD003"),
    ("We hold an average of 4.8 stars across 900 reviews.", "EVD003"),
    # Fear and contempt.
    ("Untreated, your kidneys are living on borrowed time.", "LNG010"),
    ("Don't wait until your lungs give out.", "LNG010"),
    ("Every cigarette is your arteries crumbling a little more.", "LNG010"),
    ("Only lazy people need a lie-in.", "LNG016"),
    ("Selfish parents who send coughing kids to school spread it.", "LNG016"),
])
def test_round_seven_meanings_on_a_page_that_sells(sentence, code):
    assert found(sentence + SELLS, code) != []


@pytest.mark.parametrize("sentence, code", [
    ("It takes years of trials to end a disease permanently.", "CLM002"),
    ("You can stop the tablets only on your doctor's advice.", "RSK011"),
    ("Patients can continue or stop their treatment in the trial.", "RSK011"),
    ("A survey of 2,000 adults found that one in five had back pain.", "EVD003"),
    ("A diagnosis of MS is not a life sentence.", "LNG010"),
    ("Lazy eye is treated with a patch over the other eye.", "LNG016"),
    ("The drops are safe at the dose on the label, not at any dose you like.", "RSK002"),
])
def test_round_seven_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


@pytest.mark.parametrize("sentence, excerpt", [
    # A coined name ending in a word medicine does not end names with, on any page (v0.30.7).
    ("Her headaches come from a cervical tension loop.", "cervical tension loop"),
    ("The cramps are a muscular calcium lock, says the coach.", "muscular calcium lock"),
    ("Bloating starts with a gut lining breach.", "gut lining breach"),
])
def test_a_coined_name_with_an_odd_last_word_on_any_page(sentence, excerpt):
    assert found(sentence, "TRM006") == [excerpt]


@pytest.mark.parametrize("sentence", [
    "Hormones are controlled by a feedback loop.",
    "The clinic played a video loop in the waiting room.",
    "Iron overload is treated by removing blood.",
    "Doors should lock when the alarm sounds.",
])
def test_ordinary_words_with_those_last_words_are_left_alone(sentence):
    assert found(sentence, "TRM006") == []


def test_a_loop_sold_as_a_thing_is_not_a_coined_syndrome():
    assert found("The silicone ear loop keeps the plug in place." + SELLS, "TRM006") == []
    assert found("The spray resets the Bladder Panic Loop." + SELLS, "TRM006") == ["Bladder Panic Loop"]


@pytest.mark.parametrize("sentence, code", [
    # Careful wordings the v0.30.8 rules misread on sets 66 and 67 (fixed after, in words of my own).
    ("Marfan syndrome is inherited.", "TRM006"),
    ("Try the Joint Matrix Renew programme today.", "TRM006"),
    ("Doctors call this delayed sleep-wake phase disorder.", "TRM006"),
    ("Book an appointment if your child keeps waking in pain.", "COM001"),
    ("Do not delay starting antibiotics to wait for the test.", "COM007"),
    ("The same food does not cause a flare every time.", "RSK002"),
])
def test_careful_wordings_from_sets_66_and_67(sentence, code):
    # On a page with a price, and without a call to buy of its own.
    assert found(sentence + " The kit costs £25.", code) == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # A story said to be what everyone gets (v0.30.9), on a page that sells.
    ("Priya's result is what most of our clients see.", "CLM003", "result is what most of our clients see"),
    ("Tom's recovery is the one we hear about every week.", "CLM003", "recovery is the one we hear about every week"),
    ("Every runner I've sent to the clinic has had the same result.", "CLM003",
     "Every runner I've sent to the clinic has had the same result"),
    ("Every golfer I've sold it to has stopped limping within a month.", "CLM003",
     "Every golfer I've sold it to has stopped limping within a month"),
    ("Clients with eczema regularly tell us their itch has faded by week three.", "CLM003",
     "Clients with eczema regularly tell us their itch has faded by week three"),
    ("Our buyers tell us they haven't had one migraine since they started.", "CLM003",
     "Our buyers tell us they haven't had one migraine since they started"),
    ("Nearly all say the ache never comes back.", "CLM003", "Nearly all say the ache never comes back"),
    ("I get dozens of emails from parents who say the same thing.", "CLM003",
     "dozens of emails from parents who say the same thing"),
    # Gone and staying gone; damaged tissue said to heal.
    ("The cream shrinks the cysts, and they stay gone.", "CLM005", "and they stay gone"),
    ("The patches fade and new ones just stop appearing.", "CLM005", "new ones just stop appearing"),
    ("With the mask the scarred lung tissue is rebuilt.", "CLM006", "scarred lung tissue is rebuilt"),
    ("After the sessions the injured tendons heal.", "CLM006", "injured tendons heal"),
    # Sales, likes and testers counted; a tradition as the proof.
    ("We shifted over 12,000 tubs last year.", "EVD016", "shifted over 12,000 tubs"),
    ("Her post about the balm has had 3,200 likes.", "EVD016", "has had 3,200 likes"),
    ("The pillow was road-tested by 800 shift workers.", "EVD016", "road-tested by 800 shift workers"),
    ("Midwives have used the oil since the Middle Ages, which tells you it works.", "EVD003",
     "Midwives have used the oil since the Middle Ages, which tells you it works"),
    ("We sold 500 jars in a week, which shows how much people trust it.", "EVD003",
     "500 jars in a week, which shows how much people trust it"),
    ("Buyers tell us it works better than anything else on the market.", "EVD003",
     "Buyers tell us it works better than anything"),
    # Care and checks made needless; the product instead of the prescription.
    ("You don't need a hearing test first.", "RSK011", "don't need a hearing test first"),
    ("There's no need for a blood test before you start the capsules.", "RSK011",
     "no need for a blood test before"),
    ("Patients on statins from their GP can switch to our capsules instead.", "RSK011",
     "on statins from their GP can switch to our capsules instead"),
    ("We suggest skipping routine dental check-ups during the course.", "RSK011",
     "suggest skipping routine dental check-ups"),
    ("Most clients find they never need surgery.", "RSK011", "Most clients find they never need surgery"),
    ("Most members slowly stop their metformin in the first month.", "RSK005",
     "Most members slowly stop their metformin"),
    # Dosing that can harm, and harms waved away.
    ("Simply double your dose on bad days.", "RSK012", "Simply double your dose on"),
    ("On a bad night you can safely take three.", "RSK012", "you can safely take three"),
    ("Toddlers from 18 months can take the full adult dose.", "RSK012",
     "Toddlers from 18 months can take the full adult dose"),
    ("Take as many as you like.", "RSK012", "Take as many as you like"),
    ("The tablets are safe alongside any prescription medicine.", "RSK002", "are safe alongside any prescription medicine"),
    ("It is safe to use anywhere on the body, even the eyelids.", "RSK002", "safe to use anywhere"),
    ("Don't stop if it stings.", "RSK010", "Don't stop if it stings"),
    ("Keep rolling even if the skin bleeds.", "RSK010", "Keep rolling even if the skin bleeds"),
    # Fear and a hidden truth.
    ("An untreated ear infection can leave your child deaf for life.", "LNG010",
     "can leave your child deaf for life"),
    ("Losing your teeth could cost you your job.", "LNG010", "could cost you your job"),
    ("Psoriasis is a thief that steals your confidence.", "LNG010", "is a thief that steals"),
    ("Your liver is pumping toxins into your bloodstream.", "LNG010", "pumping toxins into your bloodstream"),
    ("Your GP won't tell you about it because there's no profit in it.", "LNG011",
     "Your GP won't tell you about it because there's no profit"),
    ("It's a trick you won't hear about from your dentist.", "LNG011", "you won't hear about from your dentist"),
    # Offers in other words.
    ("Stocks of the cooling vest are running low.", "COM007", "Stocks of the cooling vest are running low"),
    ("Only 15 kits are left in this batch.", "COM007", "Only 15 kits are left in this batch"),
    ("This price is for the first 50 buyers only.", "COM007", "for the first 50 buyers only"),
    ("Collect double points on every order.", "COM002", "double points"),
    ("A fresh pot every month for £14.", "COM003", "every month for £14"),
    ("Interest-free finance is available.", "COM003", "Interest-free finance"),
    ("PM me for a bottle.", "COM001", "PM me for a bottle"),
    ("I sell the tincture too, so just DM me.", "COM001", "sell the tincture too, so just DM me"),
])
def test_round_eight_meanings_on_a_page_that_sells(sentence, code, excerpt):
    # (The page's own "Order now for £25" is a finding of the offer rules too.)
    assert [found_excerpt for found_excerpt in found(sentence + SELLS, code)
            if found_excerpt not in ("Order now", "Order now for £25")] == [excerpt]


@pytest.mark.parametrize("sentence, code", [
    # Careful wordings that share those words.
    ("In the trial, 80% of patients were satisfied, against 55% of those given physiotherapy.", "EVD003"),
    ("Half the group took dummy pills instead of the usual tablets.", "RSK011"),
    ("Never take two cold remedies together: many contain paracetamol.", "RSK012"),
    ("Your doctor may double the dose if the first month does not help.", "RSK012"),
    ("Do not take more than eight tablets in 24 hours.", "RSK012"),
    ("Stop using it if the skin cracks or bleeds.", "RSK010"),
    ("Is it safe alongside warfarin? Ask your pharmacist first.", "RSK002"),
    ("Some studies were stopped because stocks of the drug ran out.", "COM007"),
    ("If you have a fever, double your usual dose of hydrocortisone until you are better.", "RSK012"),
    ("You don't need a blood test first unless your doctor suggests one.", "RSK011"),
])
def test_round_eight_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


def test_a_private_message_offered_without_a_sale_is_no_call_to_buy():
    assert found("PM me if you want the name of my neurologist.", "COM001") == []
    assert found("I can post you a bottle, PM me.", "COM001") == ["post you a bottle, PM me"]


@pytest.mark.parametrize("text, code", [
    # Careful wordings the v0.30.9 rules misread on sets 68 and 69 (fixed after, in words of my own).
    ("# Nerve conditions\n\nGuillain-Barre syndrome is sometimes mistaken for MS, and MS for it.\n\n"
     "CIDP develops over months, and it is more common in men.\n", "FCT009"),
    ("# A new kidney drug\n\nSome reviewers have hailed it as a game-changer. Neither description fits.\n", "HYP001"),
    ("# Lung bacteria\n\nThe germs live in tap water, and most of us breathe them in without any harm.\n", "RSK002"),
    ("# Diphtheria\n\nThe most important step any parent can take is to check the vaccine record.\n", "HYP001"),
    ("# After the jab\n\nA sore arm or a mild headache the next day is common and usually passes within two days.\n",
     "RSK004"),
])
def test_careful_wordings_from_sets_68_and_69(text, code):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == []


@pytest.mark.parametrize("sentence, excerpt", [
    # An authority said to recommend a supplement or hyperbaric oxygen on a page that sells (v0.30.10).
    ("NICE recommends chondroitin for stiff knees.", "NICE recommends chondroitin"),
    ("The NHS now recommends hyperbaric oxygen after a stroke.", "NHS now recommends hyperbaric oxygen"),
])
def test_an_authority_said_to_recommend_a_supplement(sentence, excerpt):
    assert found(sentence + SELLS, "FCT015") == [excerpt]


def test_the_supplements_authorities_do_recommend_are_left_alone():
    assert found("The NHS recommends a daily vitamin D supplement in autumn and winter." + SELLS, "FCT015") == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Round nine (v0.30.10), from the misses of sets 68 and 69, in words of my own, on a page that sells.
    ("Every runner who's done my plan has avoided an operation.", "CLM003",
     "Every runner who's done my plan has avoided an operation"),
    ("Every mum in the group who tried it has seen the same improvement.", "CLM003",
     "Every mum in the group who tried it has seen the same improvement"),
    ("Every client who finishes the course gets their full grip back.", "CLM003",
     "Every client who finishes the course gets their full grip back"),
    ("Every toddler I've treated has had dry nights by the end of the month.", "CLM003",
     "Every toddler I've treated has had dry nights by the end of the month"),
    ("Everyone we know who tried it has been cured.", "CLM003", "Everyone we know who tried it has been cured"),
    ("The programme guarantees a full night's sleep by night three.", "CLM003",
     "guarantees a full night's sleep by night three"),
    ("Our clients never need glasses after the course.", "CLM003", "Our clients never need glasses after the course"),
    ("Once the swelling is gone it stays gone.", "CLM005", "stays gone"),
    ("After one course you'll never need an inhaler again.", "CLM005", "you'll never need an inhaler again"),
    ("Cold sores become a thing of the past.", "CLM005", "become a thing of the past"),
    ("The gel melts the cyst away completely.", "CLM006", "melts the cyst away completely"),
    ("The drops end the need for cataract surgery altogether.", "CLM006",
     "end the need for cataract surgery altogether"),
    ("Within weeks he was no longer diabetic.", "CLM002", "was no longer diabetic"),
    ("The herbs reverse the inflammation at its root.", "CLM002", "reverse the inflammation at its root"),
    ("Acupressure has been trusted for over three thousand years.", "EVD003",
     "has been trusted for over three thousand years"),
    ("92% of the 500 readers who replied said they slept better.", "EVD003",
     "92% of the 500 readers who replied said"),
    ("We surveyed 80 women who used the pessary.", "EVD003", "surveyed 80 women who used"),
    ("We have sold over a million jars.", "EVD016", "sold over a million jars"),
    ("There are thousands of testimonials on our page.", "EVD016", "thousands of testimonials"),
    ("Don't let a surgeon butcher your knee.", "LNG010", "butcher your knee"),
    ("You could be doomed to a life of pain.", "LNG010", "doomed to a life of"),
    ("The pills the drug companies push only mask it.", "LNG011", "the drug companies push"),
    ("The ache is a sign the formula is working.", "RSK010", "is a sign the formula is working"),
    ("Our buyers have cancelled their knee operations.", "RSK011",
     "Our buyers have cancelled their knee operations"),
    ("There's no need to run the plan past your neurologist.", "RSK011", "no need to run the plan past your neurologist"),
    ("She came off her citalopram cold turkey.", "RSK005", "came off her citalopram cold turkey"),
    ("Stop your statin, even if your doctor prescribed it.", "RSK005",
     "Stop your statin, even if your doctor prescribed"),
    ("Give your child half an adult paracetamol tablet.", "RSK012", "Give your child half an adult paracetamol tablet"),
    ("Allergic reactions simply cannot happen with our drops.", "RSK002", "Allergic reactions simply cannot happen"),
])
def test_round_nine_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert [found_excerpt for found_excerpt in found(sentence + SELLS, code)
            if found_excerpt not in ("Order now", "Order now for £25")] == [excerpt]


@pytest.mark.parametrize("sentence, code", [
    ("All three groups had the same improvement, so the drug added nothing.", "CLM003"),
    ("Stay away from sugary drinks.", "CLM005"),
    ("Patients who have cancelled their appointment will be offered another.", "RSK011"),
    ("I quit smoking cold turkey in 2010.", "RSK005"),
    ("Surgeons remove the adenoids under a general anaesthetic.", "LNG010"),
])
def test_round_nine_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


@pytest.mark.parametrize("text, code", [
    # Careful wordings the v0.30.10 rules misread on sets 70 and 71 (fixed after, in words of my own).
    ("# Flu jabs\n\nVaccinated adults are roughly 30 to 50% less likely to need hospital care for flu than "
     "unvaccinated adults.\n", "EVD006"),
    ("# Parrot fever\n\nPeople catch psittacosis from birds; it only rarely passes between people.\n", "FCT026"),
    ("# Cat scratch disease\n\nSome children have a mild temperature, tiredness or a poor appetite.\n", "RSK004"),
    ("# Sandfly bites\n\nA painless red bump appears weeks later and turns into a sore.\n", "RSK004"),
    ("# Stress fractures\n\nMany young players with the defect have little or no pain.\n", "RSK004"),
    ("# Podcast\n\nHOST: Next one. I've heard that CBD cures MS spasms.\n\nNURSE: It doesn't, and the trials "
     "say so.\n", "CLM001"),
])
def test_careful_wordings_from_sets_70_and_71(text, code):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Meanings from the misses of sets 70 and 71 (v0.30.11), each in words of my own.
    ("On my plan, my patients are totally pain-free within a fortnight.", "CLM003",
     "my patients are totally pain-free within a fortnight"),
    ("Every runner and cyclist in our trial group watched their bruising fade away.", "CLM003",
     "Every runner and cyclist in our trial group watched their bruising fade away"),
    ("All four of our clients with gout have been flare-free since the first jar.", "CLM003",
     "All four of our clients with gout have been flare-free"),
    ("Every customer with arthritis who wears the band daily sleeps better within a week.", "CLM003",
     "Every customer with arthritis who wears the band daily sleeps better within a week"),
    ("Most of our clients with tinnitus are hearing silence within a month and never look back.", "CLM003",
     "Most of our clients with tinnitus are hearing silence within a month and never look back"),
    ("The laser rescues every loose tooth we treat.", "CLM003", "rescues every loose tooth we treat"),
    ("Gum tissue grows back completely in all our patients.", "CLM003", "grows back completely in all our patients"),
    ("The result lasts for life.", "CLM002", "The result lasts for life"),
    ("People who arrive with walking sticks often say they no longer need them.", "CLM002",
     "walking sticks often say they no longer need them"),
    ("Ditch the inhalers and the GP altogether.", "RSK011", "Ditch the inhalers and the GP altogether"),
    ("You won't need to carry your rescue inhaler any more.", "RSK011", "won't need to carry your rescue inhaler"),
    ("There is no need to keep up your eye checks once you start the drops.", "RSK011",
     "no need to keep up your eye checks"),
    ("Don't let anyone bully you into taking steroids.", "RSK011", "Don't let anyone bully you into"),
    ("Apply the cream every day for as long as you like.", "RSK012", "Apply the cream every day for as long as you like"),
    ("Turn the stimulator up to the highest intensity straight away.", "RSK012",
     "Turn the stimulator up to the highest intensity"),
    ("Pull the strap as tight as it will go.", "RSK012", "Pull the strap as tight as it will go"),
    ("Lift the full set of weights every morning, even if you have osteoporosis.", "RSK012",
     "Lift the full set of weights every morning, even if you have osteoporosis"),
    ("Watch the video testimonials from over 600 customers.", "EVD016", "testimonials from over 600 customers"),
    ("I have treated thousands of clients.", "EVD016", "treated thousands of clients"),
    ("More than 3,000 mums have completed the course.", "EVD016", "More than 3,000 mums have completed the"),
    ("She quotes a poll of 200 of her Instagram followers.", "EVD016", "poll of 200 of her Instagram followers"),
    ("In a satisfaction survey 90% said they would come back.", "EVD016", "satisfaction survey 90%"),
    ("A number of famous actors have tried the patches.", "EVD003", "A number of famous actors have tried"),
    ("Before the app he was a prisoner of the bathroom.", "LNG014", "prisoner of the bathroom"),
    ("Why accept a life sentence of tablets?", "LNG014", None),
    ("Ignore it and you may end up a bedridden invalid.", "LNG015", "end up a bedridden invalid"),
    ("The drug firms have treated patients like guinea pigs.", "LNG015", "treated patients like guinea pigs"),
    ("Sugar is quietly starving your child of energy.", "LNG010", "quietly starving your"),
    ("Your joints slowly fall apart while you wait.", "LNG010", "slowly fall apart"),
    ("Refer a friend and you both get £20 off.", "COM002", "Refer a friend and you both get £20 off"),
    ("Book both and save a further £40.", "COM002", "save a further £40"),
    ("It's 3 for 2 on all balms this week.", "COM002", "3 for 2 on all"),
    ("Join now for a 5% bonus.", "COM002", "5% bonus"),
    ("The fee goes up in April.", "COM007", "fee goes up in April"),
    ("A free check is offered to the first 50 callers.", "COM007", "to the first 50 callers"),
    ("We take deposits of £300 to hold a date.", "COM007", "deposits of £300 to hold"),
    ("You'll get a free gift when you subscribe.", "COM009", "get a free gift when you subscribe"),
])
def test_round_ten_meanings_on_a_page_that_sells(sentence, code, excerpt):
    excerpts = [found_excerpt for found_excerpt in found(sentence + SELLS, code)
                if found_excerpt not in ("Order now", "Order now for £25")]
    assert excerpts == ([] if excerpt is None else [excerpt])


@pytest.mark.parametrize("sentence, code", [
    ("Skip the queue at the pharmacy altogether by ordering online.", "RSK011"),
    ("Always carry your adrenaline pen, even on short trips.", "RSK011"),
    ("Even if you have a heart condition, gentle exercise is usually safe with your team's advice.", "RSK012"),
    ("Some of our patients feel better within a week, and some take longer.", "CLM003"),
    ("A diagnosis of diabetes is not a life sentence of injections.", "LNG014"),
    ("Do not throw away your walking stick: you may still need it on bad days.", "CLM002"),
    ("Take 2 for 3 days, then 1 a day.", "COM002"),
    ("If a friend has the same symptoms, recommend they see a GP.", "COM002"),
])
def test_round_ten_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


@pytest.mark.parametrize("text, code", [
    # Careful wordings the v0.30.11 rules misread on sets 72 and 73 (fixed after, in words of my own).
    ("# Bowel cancer\n\nMost people are cured by an operation, but the cancer can return.\n", "CLM001"),
    ("# Ask the doctor\n\nPlease book an appointment to confirm the diagnosis before trying anything.\n", "COM001"),
    # ... and on set 75: a health service's free review is no offer.
    ("# Medicines\n\nOver-65s are invited for a free review of their medicines with a pharmacist at their GP "
     "practice.\n", "COM002"),
])
def test_careful_wordings_from_sets_72_and_73(text, code):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == []


def test_many_cured_by_a_clinics_own_cells_is_still_a_cure_claim():
    text = "# Stem cells\n\nMany people with MS are cured by our stem cells.\n"
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM001",)))] == ["CLM001"]


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Meanings from the misses of sets 72 and 73 (v0.30.12), each in words of my own.
    ("There is no need to sit through weeks of physiotherapy afterwards.", "RSK006",
     "no need to sit through weeks of physiotherapy"),
    ("No need for the splint that surgeons insist on.", "RSK006", "No need for the splint that surgeons insist on"),
    ("Most of our mums choose to skip the 20-week scan.", "RSK006", "choose to skip the 20-week scan"),
    ("It is mild enough to take alongside any painkiller, without checking with anyone.", "RSK006",
     "take alongside any painkiller, without checking with anyone"),
    ("Everyone who joins our programme sleeps through the night within a week.", "CLM003",
     "Everyone who joins our programme sleeps through the night within a week"),
    ("Every child we've treated was walking by their second birthday.", "CLM003",
     "Every child we've treated was walking by their second birthday"),
    ("Not one of our clients has had another seizure.", "CLM003", "Not one of our clients has had another seizure"),
    ("The band keeps your blood sugar steady for good.", "CLM005", "keeps your blood sugar steady for good"),
    ("It is a landmark discovery for arthritis.", "HYP001", "landmark discovery"),
    ("This spray could make knee surgery obsolete.", "HYP001", "make knee surgery obsolete"),
    ("Turn your dream holiday into a nightmare? Not with our spray.", "LNG010", None),
    ("Each week a little more of you slips away.", "LNG010", "a little more of you slips away"),
    ("Hide those ugly, cracked lips no more.", "LNG016", "ugly, cracked lips"),
    ("The balm has been tested on over 10,000 runners.", "EVD016", "tested on over 10,000 runners"),
    ("Our customer feedback proves it works.", "EVD016", "customer feedback proves it works"),
    ("More than 900 of you wrote to us about it.", "EVD016", "More than 900 of you wrote to us"),
    ("Midwives have done it this way since 1900, which tells you it is safe.", "EVD003",
     "since 1900, which tells you it is safe"),
    ("The scan gives you a definite answer.", "FCT034", "scan gives you a definite answer"),
    ("A negative result means your child is healthy.", "FCT034", "negative result means your child is healthy"),
])
def test_round_eleven_meanings_on_a_page_that_sells(sentence, code, excerpt):
    excerpts = [found_excerpt for found_excerpt in found(sentence + SELLS, code)
                if found_excerpt not in ("Order now", "Order now for £25")]
    assert excerpts == ([] if excerpt is None else [excerpt])


@pytest.mark.parametrize("sentence, code", [
    ("Everyone who had the vaccine was protected within two weeks, the trial found.", "CLM003"),
    ("Everyone who catches chickenpox recovers within two weeks.", "CLM003"),
    ("HIV is no longer a death sentence.", "LNG010"),
    ("The trial results are conclusive.", "FCT034"),
    ("A negative result does not mean your child is healthy.", "FCT034"),
    ("Check with your pharmacist before taking it with other medicines.", "RSK006"),
])
def test_round_eleven_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


def test_a_name_the_writer_gives_that_medicine_uses_is_not_coined():
    text = SHOP + "We call this watchful waiting.\n"
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("TRM006",)))] == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Meanings from the misses of sets 80 and 81 (v0.30.15), each in words of my own.
    ("Every buyer wakes up alert from the second morning.", "CLM003", "Every buyer wakes up alert"),
    ("Everyone who drinks a glass at bedtime tells me their sleep is fixed.", "CLM003",
     "Everyone who drinks a glass at bedtime tells me their sleep is fixed"),
    ("Eight out of ten of our patients stop shaking within a month.", "CLM003",
     "Eight out of ten of our patients stop shaking"),
    ("Every toddler I've worked with has grown out of the limp.", "CLM003",
     "Every toddler I've worked with has grown out of"),
    ("The gel gives back the sharp sight that glaucoma took away.", "CLM006",
     "gives back the sharp sight that glaucoma took away"),
    ("A month of classes and your balance goes back to how it was before.", "CLM006", "back to how it was before"),
    ("The reset calms the immune system, so flares simply stop.", "CLM006", "so flares simply stop"),
    ("Our members' scans come back cleaner after a year on the plan.", "CLM006", "scans come back cleaner"),
    ("Our clients throw away their inhalers within weeks.", "CLM006", "Our clients throw away their inhalers"),
    ("Banish the fog, the aches and the tiredness in 21 days.", "CLM002",
     "Banish the fog, the aches and the tiredness in 21 days"),
    ("In the lab, the serum makes rat cartilage grow back within days.", "EVD004",
     "In the lab, the serum makes rat cartilage grow back"),
    ("Goats with worn joints that wore the wrap had double the cartilage.", "EVD004",
     "Goats with worn joints that wore the wrap had double"),
    ("It was tried on pig knee tissue in our laboratory, where the pulses reduced swelling.", "EVD004",
     "on pig knee tissue in our laboratory, where the pulses reduced"),
    ("In laboratory mice with arthritis, our partner team achieved 90% remission.", "EVD004",
     "In laboratory mice with arthritis, our partner team achieved 90% remission"),
    ("A 2021 trial in Canada proved the cream stops eczema flares.", "EVD002", "proved"),
    ("This shows the patch will stop your headaches.", "EVD002", "shows"),
    ("It is the most life-changing tea I've ever drunk.", "HYP001", "the most life-changing tea I've ever drunk"),
    ("It is the biggest asthma discovery of the last forty years.", "HYP001",
     "the biggest asthma discovery of the last forty years"),
    ("The most exciting development in eczema for decades.", "HYP001",
     "The most exciting development in eczema for decades"),
    ("This is the most powerful arthritis remedy nobody's prescribing.", "HYP001",
     "the most powerful arthritis remedy nobody's prescribing"),
    ("Processed food turns your gut into a toxic swamp.", "LNG010", "gut into a toxic swamp"),
    ("The infection is eating your joints away.", "LNG010", "eating your joints away"),
    ("Most of the people at that clinic are just attention seekers.", "LNG016", "just attention seekers"),
    ("Don't let asthma make you weak and pathetic.", "LNG016", "make you weak and pathetic"),
    ("Stop letting asthma make you weak and pathetic.", "LNG016", "make you weak and pathetic"),
    ("If your GP offers a steroid inhaler, turn it down.", "RSK011", "If your GP offers a steroid inhaler, turn it down"),
    ("You can let the water tablets and the statin go.", "RSK011", "can let the water tablets and the statin go"),
    ("You can stop them once you switch to our capsules.", "RSK011", "You can stop them once you switch"),
    ("You don't need to check with your physio before joining.", "RSK011",
     "don't need to check with your physio before"),
    ("Don't bother getting your bloods checked every year.", "RSK011", "Don't bother getting your bloods checked"),
    ("Skip the yearly eye test.", "RSK011", "Skip the yearly eye test"),
    ("I don't think you need yearly scans any more.", "RSK011", "I don't think you need yearly scans"),
    ("There is no need to do a patch test before using it.", "RSK011", "no need to do a patch test before"),
    ("You won't need the knee operation your surgeon has suggested.", "RSK011",
     "won't need the knee operation your surgeon has suggested"),
    ("Pregnant women can follow exactly the same plan.", "RSK008", "Pregnant women can follow exactly the same plan"),
])
def test_round_twelve_meanings_on_a_page_that_sells(sentence, code, excerpt):
    excerpts = [found_excerpt for found_excerpt in found(sentence + SELLS, code)
                if found_excerpt not in ("Order now", "Order now for £25")]
    assert excerpts == ([] if excerpt is None else [excerpt])


@pytest.mark.parametrize("sentence, code", [
    ("Everyone who took the vaccine in the trial was protected for a year, the authors report.", "CLM003"),
    ("The 2019 trial proved difficult to recruit for.", "EVD002"),
    ("This shows the drug will be available next year.", "EVD002"),
    ("Your gut is not full of a toxic sludge.", "LNG010"),
    ("Doctors once dismissed these patients as attention seekers, which was wrong.", "LNG016"),
    ("Your nurse will tell you when you can stop the drops.", "RSK011"),
    ("You do not need a scan first unless your doctor suggests one.", "RSK011"),
    ("It was the most useful leaflet we've ever had from the clinic.", "HYP001"),
    ("It was one person in a safety study, so it shows the idea can work, not that it works reliably.", "EVD002"),
    ("Many of our clients arrive worried because their scans came back clear.", "CLM006"),
    ("Primary liver cancer starts in the liver itself.", "FCT016"),
    ("Allergic rhinitis is often caused by house dust mites.", "FCT025"),
])
def test_round_twelve_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


def test_referral_links_by_programme_key_or_path():
    text = "# Tips\n\nMine came from https://shop.example/ref/annaruns and this one from https://mood.example/p?via=kit.\n"
    findings = lint_text(text, "a.md", overrides=Overrides(select=("COM005",)))
    assert [(f.column, f.message) for f in findings] == [
        (16, "Referral or affiliate link (/ref/annaruns)"), (68, "Referral or affiliate link (via=kit)")]
    plain = "# Tips\n\nSee https://www.nhs.uk/conditions/ref/ and https://journal.example/article/refer today.\n"
    assert lint_text(plain, "a.md", overrides=Overrides(select=("COM005",))) == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Meanings from the misses of sets 82 and 83 (v0.30.15), each in words of my own.
    ("The headset restores clear speech within weeks.", "CLM006", "restores clear speech"),
    ("With FootCare you'll never lose a nail again.", "CLM006", "With FootCare you'll never lose a nail again"),
    ("The salve heals any scratch in two days without a scar.", "CLM006", "heals any scratch in two days"),
    ("The pads help your body grow back the cartilage that arthritis has eaten away.", "CLM006",
     "grow back the cartilage that arthritis has eaten away"),
    ("Children who drink it every day never get asthma.", "CLM006", "who drink it every day never get asthma"),
    ("Your hairline is back for good after one course.", "CLM006", "is back for good"),
    ("The brace reverses foot drop in MS.", "CLM002", "reverses foot drop in MS"),
    ("This plan pulled my arthritis into reverse.", "CLM002", "pulled my arthritis into reverse"),
    ("Everyone in my walking club who switched has perfect feet now.", "CLM003",
     "Everyone in my walking club who switched has perfect feet now"),
    ("Seven out of ten members with arthritis who complete the course tell us they walk better than ever.", "CLM003",
     "Seven out of ten members with arthritis who complete the course tell us they walk better than ever"),
    ("All of our customers say the same.", "CLM003", "All of our customers say the same"),
    ("The spray gives 100% protection against bites.", "CLM003", "100% protection"),
    ("It is the most important thing anyone with eczema will read this year.", "HYP001",
     "the most important thing anyone with eczema will read this year"),
    ("It is nothing less than the end of baldness.", "HYP001", "nothing less than the end of baldness."),
    ("This pilot proves SleepWave works.", "EVD002", "proves"),
    ("Studies of farm children prove raw milk prevents hay fever.", "EVD002", "prove"),
    ("Farmers have drunk it for thousands of years.", "EVD003", "Farmers have drunk it for thousands of years"),
    ("Sage has been used in Balkan folk medicine since the Middle Ages.", "EVD003",
     "used in Balkan folk medicine since the Middle Ages"),
    ("Over 300 mums in my private group say the same.", "EVD003", "Over 300 mums in my private group say the same"),
    ("My inbox is full of the same story, and I have posted about it every week since spring.", "EVD003",
     "My inbox is full of the same story"),
    ("Nobody wants to see your cracked heels on the beach.", "LNG013", "Nobody wants to see your cracked heels on"),
    ("Only nutters end up on that ward.", "LNG016", "Only nutters end up"),
    ("Stop wondering whether your partner will lose patience and look elsewhere.", "LNG012",
     "your partner will lose patience and look elsewhere"),
    ("Heat a needle with a lighter until it is glowing and push it through the nail.", "RSK010",
     "Heat a needle with a lighter until it is glowing and push it through the nail"),
    ("Seal the cut with superglue to keep germs out.", "RSK010", "Seal the cut with superglue"),
    ("Don't waste hours in A&E.", "RSK011", "Don't waste hours in A&E"),
    ("There's nothing the hospital can give you that our balm can't.", "RSK011",
     "There's nothing the hospital can give you that our balm can't"),
    ("You can safely stop self-catheterisation from the first week.", "RSK011",
     "You can safely stop self-catheterisation"),
    ("A little blood in the urine is just the bladder waking up, so keep going.", "RSK004",
     "is just the bladder waking up, so keep going"),
    ("It is perfect for newborns and grandparents alike.", "RSK008", "perfect for newborns and grandparents alike"),
])
def test_round_thirteen_meanings_on_a_page_that_sells(sentence, code, excerpt):
    excerpts = [found_excerpt for found_excerpt in found(sentence + SELLS, code)
                if found_excerpt not in ("Order now", "Order now for £25")]
    assert excerpts == ([] if excerpt is None else [excerpt])


@pytest.mark.parametrize("sentence, code", [
    ("Berberine has been used in traditional medicine for centuries, mostly for upset stomachs.", "EVD003"),
    ("I felt like a zombie for days after the long flight.", "LNG015"),
    ("Steroids are poison that will rot your eyes, a reader wrote.", "TRM006"),
    ("Researchers hope it could spell the end of flu vaccine supply problems.", "HYP001"),
    ("Fatty liver disease is reversible with weight loss.", "CLM002"),
    ("Concussion signs include a mild headache, feeling sick and poor sleep.", "RSK004"),
    ("Collection happens after the cord has been cut, so it doesn't hurt you or your baby.", "RSK002"),
    ("If 100 people choose a splint, about 80 avoid surgery altogether.", "CLM002"),
    ("Some switches need a planned gap so your immune system can recover.", "EVD011"),
    ("If you were never tested, you can ask your GP for a free test.", "COM002"),
    ("Most men who carry HPV never get cancer.", "CLM006"),
])
def test_round_thirteen_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


# -- Round fourteen (v0.30.16): sets 84-85's misses, in my own words ----------------------------

@pytest.mark.parametrize("sentence, code, excerpt", [
    ("Only 60 founder memberships are left at this price.", "COM007", "Only 60 founder memberships are left at this price"),
    ("Only 40 starter kits at this price.", "COM007", "Only 40 starter kits at this price"),
    ("Only 12 bundles are still available.", "COM007", "Only 12 bundles are still available"),
    ("Quote BALANCE25 when you book your assessment.", "COM002", "Quote BALANCE25 when you book"),
    ("There is zero chance of infection or rejection with these injections.", "RSK002",
     "zero chance of infection or rejection"),
    ("There is no chance of a reaction, so you can start today.", "RSK002", "no chance of a reaction"),
    ("Our starter pack guarantees you'll never need a nebuliser.", "CLM006", "guarantees you'll never need a nebuliser"),
    ("Every family we have fitted is now completely wheeze-free.", "CLM003",
     "Every family we have fitted is now completely wheeze-free"),
    ("Nearly every client I take on tells me the cramps have gone.", "CLM003",
     "Nearly every client I take on tells me the cramps have gone"),
    ("Clients who follow all four stages never flare up again.", "CLM003",
     "Clients who follow all four stages never flare up again"),
    ("The burning in your feet fades for good after the course.", "CLM005", "fades for good"),
    ("The drops wake sleepy tear glands back up for good.", "CLM005", "wake sleepy tear glands back up for good"),
    ("Each stumble is your body telling you it is losing the fight.", "LNG010",
     "your body telling you it is losing the fight"),
    ("The yeast is eating a little more of your gut lining each week.", "LNG010", "eating a little more of your gut"),
    ("Act before the pain takes over your life and leaves you housebound.", "LNG010",
     "takes over your life and leaves you housebound"),
    ("Nobody wants to kiss someone whose breath smells.", "LNG013", "Nobody wants to kiss someone whose breath smells"),
    ("Don't let your little one down this winter.", "LNG013", "Don't let your little one down"),
    ("Most buyers find it simpler not to mention the drops to their GP.", "RSK011",
     "simpler not to mention the drops to their GP"),
])
def test_round_fourteen_meanings_on_a_page_that_sells(sentence, code, excerpt):
    excerpts = [found_excerpt for found_excerpt in found(sentence + SELLS, code)
                if found_excerpt not in ("Order now", "Order now for £25")]
    assert excerpts == [excerpt]


@pytest.mark.parametrize("sentence, code", [
    ("Only 12 people in the trial had a rash.", "COM007"),
    ("There is no chance of the cream reaching your bloodstream in any amount that matters, the study found.", "RSK002"),
    ("Quote marks show the patient's own words.", "COM002"),
    ("In the trial, every patient who had a rash stopped the drug.", "CLM003"),
    ("No test guarantees a clear result every time.", "CLM006"),
    ("The trial team said the immune system is losing the fight against the virus in these mice.", "LNG010"),
    ("Don't let the rain put you off your walk.", "LNG013"),
    ("Some people find it easier to mention the drops to their GP in a letter.", "RSK011"),
    ("Every patient who books this month receives a free eye test.", "CLM003"),
    ("Breathe out as the glow fades, and within minutes your breathing slows.", "CLM006"),
])
def test_round_fourteen_wordings_that_are_not_the_meaning(sentence, code):
    assert found(sentence + SELLS, code) == []


def found_on_a_page_that_sells(sentence: str, code: str) -> list[str]:
    text = "# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\n" + sentence + "\n"
    return [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))]


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Results for everyone, in the words of sets 86 and 87's pages (v0.30.18; each sentence written here).
    ("Everyone I've met at the support meet-ups has recovered.", "CLM003",
     "Everyone I've met at the support meet-ups has recovered"),
    ("Every client who sticks to the fasting weeks stops relapsing.", "CLM003",
     "Every client who sticks to the fasting weeks stops relapsing"),
    ("Every one of our testers with MS got through August without a single bad day.", "CLM003",
     "Every one of our testers with MS got through August without a single bad day"),
    ("Nine out of ten of our gentlemen never need a tablet again.", "CLM003",
     "Nine out of ten of our gentlemen never need a tablet again"),
    ("Our customers say the same thing again and again: the stiffness lifts.", "CLM003",
     "customers say the same thing again and again: the stiffness lifts"),
    ("Hundreds of buyers have said goodbye to their knee aches.", "CLM002", "said goodbye to their knee aches"),
    ("The collar permanently releases the trapped nerves.", "CLM002", "permanently releases the trapped nerves"),
    # Harms denied or waved through in other words.
    ("The injection carries no more risk than a routine blood test.", "RSK002",
     "carries no more risk than a routine blood test"),
    ("There's no way light can hurt you.", "RSK002", "no way light can hurt you"),
    ("Bruising is unheard of with our method.", "RSK002", "Bruising is unheard of with our"),
    ("They're your own cells, so there's nothing to react against and no risk at all.", "RSK002", "no risk at all"),
    ("The only thing you might notice is a pleasant warm glow.", "RSK004",
     "The only thing you might notice is a pleasant warm"),
    ("Double vision after the injections is totally normal.", "RSK010", "Double vision after the injections is totally normal"),
    ("Don't bother A&E.", "RSK011", "Don't bother A&E"),
    ("Many members skip their winter reviews with the MS team altogether.", "RSK011",
     "skip their winter reviews with the MS team altogether"),
    ("It can be taken alongside your tablets or instead of them.", "RSK011", "alongside your tablets or instead of them"),
    ("Don't let them cut it.", "RSK011", "Don't let them cut it"),
    # Fear, shame, disgust, conspiracy and hype in other words.
    ("Every week on those pills, your joints are crumbling a little more.", "LNG010",
     "your joints are crumbling a little more"),
    ("Your immune system is chewing through your nerves.", "LNG010", "chewing through your nerves"),
    ("Steroids are a life sentence.", "LNG010", "Steroids are a life sentence"),
    ("Nobody wants to see them.", "LNG013", "Nobody wants to see them"),
    ("They had stinking, rotten toenails.", "LNG016", "stinking, rotten toenails"),
    ("The regulators are so keen to keep it quiet.", "LNG011", "regulators are so keen to keep it quiet"),
    ("I'm not exaggerating when I say this is a breakthrough.", "HYP001", "breakthrough"),
    ("It is the first real treatment for tennis elbow.", "HYP001", "the first real treatment for"),
    ("It's a revolution.", "HYP001", "It's a revolution."),
    ("Only 200 units in the first production batch.", "COM007", "Only 200 units in the first production batch"),
    ("Bring two friends and yours is free.", "COM002", "Bring two friends and yours is free"),
    ("The clinic's own study of 200 patients found 90% improved.", "EVD003",
     "clinic's own study of 200 patients"),
    # Names coined for a mechanism with a head word medicine does not use that way.
    ("Your heels have dermal biofilm dysregulation.", "TRM006", "dermal biofilm dysregulation"),
    # A crash called the treatment working, a boil squeezed until it bursts, a doubled serving, safety
    # promised to those a stimulant endangers, rejection and infection ruled out together.
    ("Rest through the slump after the infusion, that's the drip working.", "RSK010", "that's the drip working"),
    ("Squeeze it hard to burst it.", "RSK010", "Squeeze it hard to burst it"),
    ("On busy days I double-scoop it.", "RSK012", "I double-scoop it"),
    ("It's fine for teenagers and for people with heart problems.", "RSK008",
     "fine for teenagers and for people with heart problems"),
    ("Donor cells can't be rejected or cause infections.", "RSK002", "can't be rejected or cause infections"),
])
def test_this_rounds_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code, meant", [
    # What careful articles said in sets 86 and 87, each beside the meaning the rule does flag.
    ("For some of these children a donor transplant can cure the condition.", "CLM001", "A transplant can cure the condition."),
    ("For that lump, removal is a cure.", "CLM001", "Our cream is a cure."),
    ("Closing the hole stops the extra blood flow for good in most people.", "CLM002",
     "The drops stop migraine for good in most children."),
    ("Women are two to three times more likely than men to have MS.", "EVD006",
     "Smokers are twice as likely to develop MS."),
    ("In the early 2000s, many women were told to stop HRT.", "RSK011", "We tell women to stop HRT."),
    ("People notice a sudden, painless loss of sight in one eye.", "RSK004", "A quick and painless procedure."),
    ("Packages we looked at ranged from about £1,500 to £3,000.", "COM003", "Our packages range from £1,500 to £3,000."),
    ("It felt like nobody was listening.", "LNG015", "Stop training like a weedy nobody."),
    ("Emotional dysregulation is common in ADHD. Order now for £20.", "TRM006",
     "Many women have hormonal dysregulation. Order now for £20."),
])
def test_this_rounds_careful_wordings_are_not_the_meaning(sentence, code, meant):
    assert found(sentence, code) == []
    assert found(meant, code) != []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Results kept for good, recovery claimed for many, everyone's reading kept normal (v0.30.19, the
    # meanings sets 88 and 89 missed; each sentence written here).
    ("They simply never have a restless night again.", "CLM005", "They simply never have a restless night again"),
    ("I have my old stamina back, for good.", "CLM005", "have my old stamina back, for good"),
    ("The patch keeps your skin clear for good.", "CLM005", "keeps your skin clear for good"),
    ("Eight in ten testers were regular within a fortnight and stayed that way.", "CLM005",
     "regular within a fortnight and stayed that way"),
    ("The clinic has helped hundreds of stroke patients walk again.", "CLM002",
     "helped hundreds of stroke patients walk again"),
    ("Hundreds standing again after one course", "CLM002", "Hundreds standing again"),
    ("Parents tell us their son no longer meets the criteria for ADHD.", "CLM002",
     "son no longer meets the criteria for ADHD"),
    ("Your thyroid can settle back to normal size and stay there.", "CLM002", "back to normal size and stay there"),
    ("Nearly every client who finishes the plan drops a dress size.", "CLM003",
     "Nearly every client who finishes the plan drops a dress size"),
    ("Every member on our plan keeps a healthy blood pressure.", "CLM003", "Every member on our plan keeps a healthy blood"),
    # Medicines cut by the reader, harms played down, doses raised, signs recast as the product working.
    ("Lots of our members halve their metformin in the first month.", "RSK005", "halve their metformin"),
    ("Plenty of readers wind down their blood pressure tablets once the tea kicks in.", "RSK005",
     "wind down their blood pressure tablets"),
    ("Most of my clients come off them within a year.", "RSK005", "Most of my clients come off them"),
    ("Going cold turkey is the quickest way out.", "RSK005", "cold turkey is the quickest way"),
    ("Side effects are seldom a problem.", "RSK004", "Side effects are seldom a problem"),
    ("Honestly, you've got nothing to lose.", "RSK004", "you've got nothing to lose"),
    ("Falling off is virtually impossible.", "RSK004", "Falling off is virtually impossible"),
    ("The needle is no more painful than a flu jab.", "RSK004", "no more painful than a flu jab"),
    ("The only thing most people notice is a little dry mouth.", "RSK004", "The only thing most people notice is a little"),
    ("If the pain is bad, you can triple up.", "RSK012", "you can triple up"),
    ("Stack it with your morning espresso for a bigger kick.", "RSK012", "Stack it with your morning espresso"),
    ("Now you can drink as much as everyone else at the wedding.", "RSK012", "you can drink as much as everyone"),
    ("Palpitations in week one just mean it's working.", "RSK010", "just mean it's working"),
    ("If you get a rash or a tight chest, that's just the detox.", "RSK010",
     "If you get a rash or a tight chest, that's just the detox"),
    ("Aching gums are just your jaw realigning, push through.", "RSK010", "are just your jaw realigning, push through"),
    ("Your skin is purging the old creams; trust it.", "RSK010", "Your skin is purging the"),
    ("Chest pains at night are never anything serious at your age.", "RSK010", "are never anything serious at your age"),
    # Scarcity, deadlines, savings and gifts in other words.
    ("Only 30 places are open on the spring course.", "COM007", "Only 30 places are open"),
    ("We've only got about 150 jars left from this harvest.", "COM007", "only got about 150 jars left"),
    ("The price holds until Sunday, when it goes up to £199.", "COM007", "it goes up to £199"),
    ("The first 100 orders get a free travel tin.", "COM007", "The first 100 orders get"),
    ("Your aftercare kit, a saving of £90, comes with every booking.", "COM002", "a saving of £90"),
    ("Members get 15% off every refill.", "COM002", "Members get 15% off"),
    ("Refer a friend and we will send you £50 when they book.", "COM002", "Refer a friend and we will send you £50"),
    ("Book this week and your follow-up scan is free.", "COM009", "your follow-up scan is free"),
    ("You also get three months of the app free.", "COM009", "three months of the app free"),
    ("Three tubs and a free shaker for £49.", "COM009", "and a free shaker for £49"),
    ("Book a course and we'll store your sample free of charge.", "COM009", "free of charge"),
    # Fear, hidden motives, guilt, shame and contempt in other words.
    ("Dialysis is a slow living death.", "LNG010", "is a slow living death"),
    ("On those pills you'll become a zombie.", "LNG010", "become a zombie"),
    ("There's rotting toxic sludge stuck in your bowel.", "LNG010", "toxic sludge stuck in your"),
    ("Every late night is silently damaging your heart.", "LNG010", "silently damaging your heart"),
    ("Cardiologists are paid to keep you on statins.", "LNG011", "are paid to keep you on"),
    ("Dentists say that because they need you coming back.", "LNG011", "they need you coming back"),
    ("Nobody can patent it, so you'll never hear about it.", "LNG011", "Nobody can patent it, so you'll never hear"),
    ("They'll never mention it because it costs pennies.", "LNG011", "never mention it because it costs pennies"),
    ("Some doctors would rather you stayed in pain than admit it helps.", "LNG011",
     "would rather you stayed in pain than admit"),
    ("Ignore the scaremongering cardiologists.", "LNG011", "Ignore the scaremongering cardiologists"),
    ("Don't be the one who gives Grandad the flu.", "LNG012", "Don't be the one who gives"),
    ("Your kids deserve the old you back.", "LNG012", "Your kids deserve the old you"),
    ("Don't let thinning hair tell the world you've let yourself go.", "LNG013", "tell the world you've let yourself go"),
    ("Nobody takes seriously a balding guy.", "LNG013", "Nobody takes seriously a balding guy"),
    ("Stop being the sweaty one at every meeting.", "LNG013", "Stop being the sweaty one at"),
    ("Braces fix that slack-jawed look.", "LNG016", "slack-jawed look"),
    ("Steroids will turn you into a bloated, puffy stranger.", "LNG016", "turn you into a bloated, puffy stranger"),
    # Superlatives, the red-flag "pioneering", proof by an unnamed study or a profession's nod.
    ("It is the single most effective tea for your liver.", "HYP001", "the single most effective tea for your liver"),
    ("It is the fastest-acting cold sore cream money can buy.", "HYP001",
     "the fastest-acting cold sore cream money can buy"),
    ("This is the end of one-size-fits-all diet plans.", "HYP001", "the end of one-size-fits-all diet plans"),
    ("They travelled to Mexico for a pioneering cell treatment.", "HYP001", "pioneering"),
    ("It is the biggest weight-loss secret of the decade.", "HYP001", "the biggest weight-loss secret of the decade"),
    ("The gel is backed by a clinical study.", "EVD002", "backed by a clinical study"),
    ("Our formula is backed by science.", "EVD002", "backed by science."),
    ("Dermatologist-recommended cream.", "EVD002", "Dermatologist-recommended"),
    # Age and a family recipe as proof; animal and dish results offered for the product.
    ("Turmeric has been used to soothe joints for centuries.", "EVD003", "has been used to soothe joints for centuries"),
    ("A root with a long history of use in the Andes.", "EVD003", "with a long history of use"),
    ("Monks have used this tea since the 1960s.", "EVD003", "have used this tea since the 1960s"),
    ("It has been used for coughs since ancient Greece.", "EVD003", "since ancient Greece"),
    ("The balm is based on my grandmother's recipe.", "EVD003", "based on my grandmother's recipe"),
    ("Our ancestors drank this every day, so it can't do you any harm.", "EVD003",
     "Our ancestors drank this every day, so it can't"),
    ("In a rat study, the tonic reversed liver scarring.", "EVD004", "In a rat study, the tonic reversed"),
    ("In one test, the herb protected mice's kidneys from damage.", "EVD004", "protected mice'"),
    ("In lab dishes, the extract kept damaged skin cells alive for days.", "EVD004",
     "In lab dishes, the extract kept damaged skin cells alive"),
    ("The serum helped rats grow new hair follicles.", "EVD004", "rats grow new"),
    # A name the writer gives: "what I call ...".
    ("Your body slips into what we call thyroid hibernation.", "TRM006", "thyroid hibernation"),
])
def test_the_v0_30_19_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code, meant", [
    # What careful articles said in sets 88 and 89 (and earlier sets and real news that the round's
    # first patterns flagged), each beside the meaning the rule does flag.
    ("Many people with well-controlled asthma won't need any test before flying.", "RSK006",
     "Once you start our plan you won't need those yearly heart scans any more."),
    ("Studies following people for years found that many no longer meet the criteria for the diagnosis.", "CLM002",
     "Their daughter no longer meets the criteria for autism."),
    ("In the pilot, 7 of the 20 children no longer met the criteria for ADHD a year later.", "CLM002",
     "Their daughter no longer meets the criteria for autism."),
    ("Critics called the campaign scaremongering, and the doctors agreed.", "LNG011", "Ignore the scaremongering doctors."),
    ("An old generic salt can't be patented, so firms rarely fund large trials of it.", "LNG011",
     "Nobody can patent it, so you'll never hear about it."),
    ("Her GP recommended a scan, and she booked one.", "EVD002", "Our doctor-recommended formula."),
    ("After 30 days of going gluten-free, most feel better. Order now for £20.", "COM009",
     "You also get three months of the app free. Order now for £20."),
    ("Our team can provide a home visit free of charge.", "COM009", "Book a course and we'll store your sample free of charge. Order now for £20."),
    ("It is one of the fastest-growing eye problems in the world.", "HYP001", "It is the fastest-acting eye drop you can buy."),
])
def test_the_v0_30_19_careful_wordings_are_not_the_meaning(sentence, code, meant):
    assert found(sentence, code) == []
    assert found(meant, code) != []


@pytest.mark.parametrize("text, code", [
    # Whole-sentence framings the round taught: a saying answered "no" in the same sentence, a
    # "whether" clause that runs through an aside but not past a comma into the main clause.
    ('Two beliefs need correcting. "Everyone will be able to throw away their insulin pens": no, '
     'the first approvals are expected only for a small group.', "RSK005"),
])
def test_the_v0_30_19_framings_silence_the_claim(text, code):
    assert found(text, code) == []


def test_a_saying_insisted_on_is_not_answered():
    # '"...": no exaggeration' insists; it does not answer the saying.
    assert found('"I threw away my insulin pens": no exaggeration, it changed my life.', "RSK005") != []


@pytest.mark.parametrize("sentence, phrase, conditional", [
    # "Whether" asks all the way to its verb through an aside between commas...
    ("Researchers are testing whether creams containing sirolimus, a medicine that slows vessel growth, can "
     "improve laser results.", "can improve", True),
    # ...but a comma that is not an aside ends its clause: the main clause after it is asserted.
    ("A blood test that can tell whether you are heading for dementia has been approved, in what experts "
     "call the biggest breakthrough in dementia care for a generation.", "the biggest breakthrough", False),
])
def test_a_whether_clause_reaches_through_asides_only(sentence, phrase, conditional):
    from mslint.analysis.article import analyse
    from mslint.reading import read_document

    start = sentence.index(phrase)
    view = analyse(read_document("a.txt", sentence)).sentence_at(start)
    assert ("conditional" in view.stance_of_span(start, start + len(phrase)).contexts) is conditional


def test_a_condition_called_a_deficiency_at_heart():
    # (v0.30.19) FCT017: the condition itself said to be a deficiency; not the deficiency diseases.
    assert found("MS is at heart a vitamin D deficiency of the nerves.", "FCT017") == [
        "MS is at heart a vitamin D deficiency"]
    assert found("Scurvy is really just a vitamin C deficiency.", "FCT017") == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.19, second pass over sets 88-89) Safety promised to the groups trials leave out, open-ended
    # use, an interacting medicine waved through, interactions and driving declared safe, the monitoring
    # and the specialist made needless, fatigue trained through.
    ("The cream is suitable for all ages, including newborns.", "RSK008", "suitable for all ages, including newborns"),
    ("The course is suitable for babies and children too.", "RSK008", "suitable for babies and children too"),
    ("The drops can be taken every night indefinitely.", "RSK008", "can be taken every night indefinitely"),
    ("Your sleeping pills are fine alongside it.", "RSK008", "are fine alongside it"),
    ("It has no interactions with other medicines.", "RSK002", "has no interactions with other medicines"),
    ("It's perfectly safe to drive straight away.", "RSK002", "It's perfectly safe to drive straight away"),
    ("It's fine to take it before driving.", "RSK002", "It's fine to take it before driving"),
    ("There's no need to run it past your cardiologist.", "RSK006", "no need to run it past your cardiologist"),
    ("There's no need to check your blood sugar any more.", "RSK006", "no need to check your blood sugar"),
    ("No swab needed: just start the tablets.", "RSK006", "No swab needed: just"),
    ("Keep exercising and push through the crashes.", "RSK010", "Keep exercising and push through the crashes"),
])
def test_the_v0_30_19_second_pass_meanings(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code", [
    ("Once the drops wear off, it is safe to drive.", "RSK002"),
    ("It has no known interactions, but ask your pharmacist.", "RSK002"),
    ("Keep taking your tablets even if you feel better.", "RSK005"),
])
def test_the_v0_30_19_second_pass_careful_wordings(sentence, code):
    assert found_on_a_page_that_sells(sentence, code) == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.19, the misses of sets 90 and 91; each sentence written here.)
    ("The gel dissolves warts away for good.", "CLM005", "dissolves warts away for good"),
    ("Most members no longer need a walking frame at all.", "CLM005", "no longer need a walking frame at all"),
    ("Clients arrive with a walker and walk out without it.", "CLM002", "with a walker and walk out without it"),
    ("Nothing in our capsules can cause side effects.", "RSK002", "Nothing in our capsules can cause side effects"),
    ("That is just the old toxins leaving your body.", "RSK010", "That is just the old toxins leaving your body"),
    ("The ache means it's working.", "RSK010", "The ache means it's working"),
    ("Suck out the poison straight away.", "RSK010", "Suck out the poison"),
    ("No doctor visit is needed.", "RSK006", "No doctor visit is needed"),
    ("I've cancelled my follow-up at the pain clinic.", "RSK011", "I've cancelled my follow-up"),
    ("Just repeat it every night until the lump has gone.", "RSK012", "Just repeat it every night until"),
    ("It's perfectly fine if you have epilepsy.", "RSK008", "fine if you have epilepsy"),
    ("We can only take 8 patients per month.", "COM007", "can only take 8 patients per month"),
    ("The spring course is already nearly booked.", "COM007", "already nearly booked"),
    ("There are only 5 spots left.", "COM007", "There are only 5 spots left"),
    ("Your fifth class is on us.", "COM009", "class is on us"),
    ("Left alone, you'll end up in a wheelchair.", "LNG010", "end up in a wheelchair"),
    ("Surgeons just want to drill and bill.", "LNG011", "drill and bill"),
    ("Many of our clients were written off by their doctors.", "LNG011", "written off by their doctors"),
    ("Don't be the wheezy one at the party.", "LNG013", "Don't be the wheezy one at the party"),
    ("Dermatologically tested.", "EVD002", "Dermatologically tested"),
    ("The proof is right there.", "EVD003", "The proof is right there"),
    ("In cell studies, the extract protects skin cells from damage.", "EVD004", "In cell studies, the extract protects"),
    ("It's nature's answer to ibuprofen.", "HYP001", "nature's answer to ibuprofen"),
    ("It's the safest option on the market.", "HYP001", "the safest option on the market"),
])
def test_the_v0_30_19_meanings_from_sets_90_and_91(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code", [
    # What careful pages said in sets 90-91 and earlier sets, and what the round's first patterns
    # wrongly took: a priority, a question put to a speaker, a harm lasting for good, a stem cell study.
    ("Goggles and drills matter more than any operation.", "EVD014"),
    ('The chair read out: Someone wrote: "I heard it has no side effects."', "RSK002"),
    ("Heat burns away a little more myelin for good.", "CLM005"),
    ("A stem cell study in 2017 showed that patients' sight improved.", "EVD004"),
])
def test_the_v0_30_19_careful_wordings_from_sets_90_and_91(sentence, code):
    assert found_on_a_page_that_sells(sentence, code) == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.20, the misses of sets 92 and 93; each sentence written here.) Superlatives that reach
    # a country, any kit of its kind, or anyone who can take it; two virtues ranked at once; the
    # only proven one; the future, here already; the ultimate shield.
    ("Our balm is the best thing in any camping kit.", "HYP001", "the best thing in any camping kit"),
    ("It is the most important vitamin anyone over 50 can take.", "HYP001",
     "the most important vitamin anyone over 50 can take"),
    ("It is the most advanced sleep test available in the UK.", "HYP001",
     "the most advanced sleep test available in the UK"),
    ("It is the only proven drug-free answer for tinnitus in the world.", "HYP001",
     "the only proven drug-free answer for tinnitus in the world"),
    ("This is the future of dentistry, here today.", "HYP001", "the future of dentistry, here today"),
    ("It's the most natural and effective hay fever remedy available anywhere.", "HYP001",
     "the most natural and effective hay fever remedy available anywhere"),
    ("The ultimate skin shield for the ski season.", "HYP001", "The ultimate skin shield for"),
    # Results for all the practitioner's people; a gift for spending enough; a subscription; an
    # affiliate link behind /go/.
    ("Every student who completes the course can swallow pills by week two.", "CLM003",
     "Every student who completes the course can swallow pills by week two"),
    ("Our clients' nails grow back clear, every single time.", "CLM003", "Our clients' nails grow back clear, every single time"),
    ("Eight out of ten of our clients are completely pain-free by week four.", "CLM003",
     "Eight out of ten of our clients are completely pain-free by week four"),
    ("Spend over £40 and we'll add a free tote bag.", "COM009", "Spend over £40 and we'll add a free"),
    ("Grab the tea [here](https://shop.example/go/calmtea).", "COM005", "https://shop.example/go/calmtea"),
    # Age as the insult, caution mocked, embarrassment before others, the body eaten, a patient
    # written off.
    ("Don't turn into a doddery old man.", "LNG015", "Don't turn into a doddery old man"),
    ("Real runners don't moan about sore knees.", "LNG016", "Real runners don't moan"),
    ("Anyone who sees a doctor for a splinter is a total wimp.", "LNG016",
     "Anyone who sees a doctor for a splinter is a total wimp"),
    ("No more snoring like a tractor in front of your partner.", "LNG013",
     "No more snoring like a tractor in front of your partner"),
    ("The yeast is eating your gut.", "LNG010", "eating your gut"),
    ("Her doctors have basically written her off.", "LNG011", "Her doctors have basically written her off"),
    # Dangerous advice: the emergency medicine put away, a medicine paused for the seller's plan, care
    # dropped, a symptom explained away, a dose raised by the reader.
    ("Leave your epipen in the drawer.", "RSK005", "Leave your epipen in the drawer"),
    ("I'd stop it until you finish the cleanse.", "RSK005", "I'd stop it until you finish"),
    ("There's no need to continue with the physio.", "RSK011", "no need to continue with the physio"),
    ("If the rash spreads, that's the cream working.", "RSK010", "that's the cream working"),
    ("Keep running through the pain.", "RSK010", "Keep running through the pain"),
    ("Just take an extra tablet on bad days.", "RSK012", "Just take an extra tablet"),
    ("Drink at least four litres of water a day.", "RSK012", "Drink at least four litres of water a day"),
])
def test_the_v0_30_20_meanings_from_sets_92_and_93(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code, excerpt", [
    # A paid subscription urged, or its repeat bill set out (the page that sells would add its own
    # call to action and price to these codes' findings, so a plain page).
    ("Join the Gut Club subscription.", "COM001", "Join the Gut Club subscription"),
    ("Refill pods are sold as a monthly subscription at £9.99.", "COM003", "sold as a monthly subscription at £9.99"),
    ("Parcels are sent automatically every month at £30.", "COM003", "sent automatically every month at £30"),
])
def test_the_v0_30_20_subscriptions(sentence, code, excerpt):
    assert found(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    # What the careful pages of sets 92 and 93 said: a word named as a word; a denial of risk denied
    # under a heading question; the harsh part of a treatment named beside what own cells spare;
    # births that go without complications; advice to buy a validated monitor; a regulator to be
    # asked for approval; advice on what to pack.
    ("Doctors at the clinic would avoid the word miracle for it.", "HYP001"),
    ("Using your own cells means there is no risk of rejection, but the chemotherapy is still needed "
     "and it is strong.", "RSK003"),
    ("Many women with a big baby give birth without complications.", "RSK002"),
    ("Buy a blood pressure monitor that has been clinically validated.", "EVD002"),
    ("The most important thing to pack for any trip is a basic first-aid kit.", "HYP001"),
    # Advice to look after oneself, not to take more: "you have plenty of time", "lots of causes".
    ("Most people have plenty of time to get to hospital after the first signs.", "RSK012"),
    ("Headaches have lots of causes.", "RSK012"),
    ("Parents who are anxious about allergies should talk to their GP.", "LNG016"),
    ("Her grandfather was an old man of ninety when he died.", "LNG015"),
    # A clinic's report of appointments others cancelled is not advice to cancel.
    ("Patients who have cancelled their appointment will be offered another.", "RSK011"),
])
def test_the_v0_30_20_careful_wordings_from_sets_92_and_93(text, code):
    assert found(text, code) == []


def test_a_heading_question_answered_no_affirms_the_risk():
    page = ("# Stem cells for knees\n\nOur stem cell treatment improves knee pain. The treatment gives results "
            "in weeks.\n\n## Is the treatment risk-free?\n\n{}\n")
    select = Overrides(select=("RSK001",))
    assert [f.code for f in lint_text(page.format("No. It can mean a longer stay in hospital."), "a.md",
                                      overrides=select)] == []
    assert [f.code for f in lint_text(page.format("Yes. It is simple."), "a.md", overrides=select)] == ["RSK001"]


def test_a_regulator_to_be_asked_for_approval_is_no_approval():
    page = ("# Stem cells for Parkinson's disease\n\nTrials of stem cell therapy for Parkinson's disease are under "
            "way.\n\nThe maker plans to ask Japan's regulator for approval of the stem cells for Parkinson's "
            "disease.\n")
    assert lint_text(page, "a.md", overrides=Overrides(select=("FCT003",))) == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.20, the factual misses of sets 92-93 that a table already knew; each sentence written here.)
    # The kind of infection with the place it is in, a germ named for its disease, a disease "of men",
    # and every child of two carriers said to be affected.
    ("Ichthyosis is a fungal scalp infection.", "FCT025", "is a fungal scalp infection"),
    ("Pasteurella is a virus that cats carry.", "FCT025", "is a virus"),
    ("Lupus is mainly a disease of young men.", "FCT024", "is mainly a disease of young men"),
    ("If both parents carry the gene, every child will have cystic fibrosis.", "FCT035",
     "If both parents carry the gene, every child will have cystic fibrosis"),
])
def test_the_v0_30_20_facts_from_sets_92_and_93(sentence, code, excerpt):
    assert found(sentence, code) == [excerpt]


def test_a_one_in_four_chance_for_each_child_of_two_carriers_is_right():
    assert found("If both parents carry the gene, each child has a 1 in 4 chance of having cystic fibrosis.",
                 "FCT035") == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.20, sets 92-93) Age and crowds as the proof, in new words; each sentence written here.
    ("Sea salt has been treasured for centuries by the fishing villages of Brittany.", "EVD003",
     "treasured for centuries"),
    ("Honey was prescribed by Hippocrates, so this is hardly a passing fad.", "EVD003",
     "prescribed by Hippocrates, so this is hardly a passing fad"),
    ("Thousands of mums in our Facebook group swear by it.", "EVD003", "Thousands of mums in our Facebook group swear by"),
    ("Customers reported a 60% reduction in night waking.", "EVD003", "Customers reported a 60% reduction in"),
])
def test_the_v0_30_20_proofs_from_sets_92_and_93(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    # (v0.30.20, the seed-2052 audit of real news) A person's own words about their own body; a
    # defunct firm's promise told in a past relative clause, at arm's length.
    ('"I am a prisoner in my own skin," she wrote.', "LNG014"),
    ("She had a bad experience with a firm, long since closed, which guaranteed 99 percent accuracy for its "
     "blood test.", "EVD009"),
])
def test_the_v0_30_20_real_news_wordings_are_not_the_meaning(text, code):
    assert found(text, code) == []


def test_a_writer_still_may_not_call_someone_else_a_prisoner_in_his_own_body():
    assert found("He has become a prisoner in his own body.", "LNG014") == ["a prisoner in his own body"]


@pytest.mark.parametrize("text, code", [
    # (v0.30.20) What the careful pages of sets 94 and 95 said: no risk to those around a person; the
    # condition a cyst forms after, not the cyst; hearsay asked about; a natural recovery after an
    # illness; a result said to come often.
    ("There is no risk to friends or colleagues at work.", "RSK002"),
    ("Cysts that form after an attack of pancreatitis, almost never become cancerous.", "FCT018"),
    ("I've read that HRT will cure my MS. Is that true?", "CLM001"),
    ("Many people recover completely after a DVT.", "CLM006"),
    ("If low iron is the cause, iron tablets often bring the count back to normal.", "CLM002"),
])
def test_the_v0_30_20_careful_wordings_from_sets_94_and_95(text, code):
    assert found(text, code) == [] and found_on_a_page_that_sells(text, code) == []


def test_post_thrombotic_syndrome_is_a_condition_the_lexicon_knows():
    assert found("Post-thrombotic syndrome can follow a clot in the leg.", "TRM006") == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.20, the misses of sets 94 and 95; each sentence written here.)
    ("Stop your amlodipine for a week and see what happens.", "RSK005", "Stop your amlodipine for a"),
    ("Taper your steroids down to nothing over a few days.", "RSK005", "Taper your steroids down to nothing"),
    ("She has cancelled her hospital eye referral.", "RSK011", "She has cancelled her hospital eye referral"),
    ("Book a session with us rather than going to A&E.", "RSK011", "rather than going to A&E"),
    ("Statins only damage the muscles.", "RSK011", "Statins only damage the muscles"),
    ("That's just a healing reaction.", "RSK010", "That's just a healing reaction"),
    ("Keep cycling through the pain.", "RSK010", "Keep cycling through the pain"),
    ("Wait ten minutes before using your pen.", "RSK010", "Wait ten minutes before using your pen"),
    ("The patch is safe to wear with a pacemaker.", "RSK008", "safe to wear with a pacemaker"),
    ("Bleeding is simply impossible with our laser.", "RSK002", "Bleeding is simply impossible with"),
    ("Your joints are being slowly strangled.", "LNG010", "Your joints are being slowly strangled"),
    ("Ignore it and you could end up bedridden for life.", "LNG010", "end up bedridden for life"),
    ("Surgeons earn thousands from every knee, so they have every reason to operate.", "LNG011",
     "Surgeons earn thousands from every knee, so they have every reason to"),
    ("Those ugly, weeping sores don't have to ruin your holiday.", "LNG016", "ugly, weeping sores"),
    ("Eight in ten of our members have had no flare since joining.", "CLM003",
     "Eight in ten of our members have had no flare since"),
    ("For most people the illness simply burns out.", "CLM002", "illness simply burns out"),
    ("It is the most important hair discovery for the over-50s.", "HYP001",
     "the most important hair discovery for the over-50s"),
    ("It is Yorkshire's most advanced back clinic.", "HYP001", "Yorkshire's most advanced"),
    ("Our Facebook page is full of people back at work.", "EVD003", "Our Facebook page is full of people back"),
    ("In a study on horses, the same gel healed tendons faster.", "EVD004", "on horses, the same gel healed"),
])
def test_the_v0_30_20_meanings_from_sets_94_and_95(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.21, the misses of sets 96 to 99; each sentence written here.)
    # Results for all the seller's people, the plan as the guarantor, the operation made needless.
    ("Every member of mine with lupus who takes it is pain-free within a week.", "CLM003",
     "Every member of mine with lupus who takes it is pain-free within a week"),
    ("Eight in ten of our patients are back at the gym within a month.", "CLM003",
     "Eight in ten of our patients are back at the gym within a month"),
    ("Every customer who finishes the plan has cut their painkillers.", "CLM003",
     "Every customer who finishes the plan has cut their painkillers"),
    ("Not one of our 200 clients has had another attack since.", "CLM003",
     "Not one of our 200 clients has had another attack since"),
    ("Almost everyone with gout who comes to us goes home with their mobility back.", "CLM003",
     "Almost everyone with gout who comes to us goes home with their mobility back"),
    ("Every patient who completes the course comes off their crutches.", "CLM003",
     "Every patient who completes the course comes off their crutches"),
    ("Following our diet guarantees your skin will stay clear.", "CLM003",
     "diet guarantees your skin will stay clear"),
    ("The gel shrinks the bunion in weeks, so surgery is never needed.", "CLM002", "so surgery is never needed"),
    # Care declined, medicines stopped or put on hold, safety for those most at risk, warning signs
    # explained away, driving after sedation, an interaction denied.
    ("There's no need to get a mole like this looked at by a doctor.", "RSK011",
     "no need to get a mole like this looked at"),
    ("Don't see a cardiologist.", "RSK011", "Don't see a cardiologist"),
    ("So there's no need to ring the maternity unit.", "RSK011", "no need to ring the maternity unit"),
    ("You can safely stop warfarin too once the tea starts working.", "RSK005",
     "You can safely stop warfarin too once the tea starts working"),
    ("I've put my next natalizumab infusion on hold.", "RSK005", "put my next natalizumab infusion on hold"),
    ("The band is safe for runners with pacemakers.", "RSK008", "safe for runners with pacemakers"),
    ("Dark urine is just the herbs working, so never mind it.", "RSK010", "is just the herbs working, so never mind it"),
    ("Keep walking through the cramping.", "RSK010", "Keep walking through the cramping"),
    ("You can drive yourself home an hour after your sedation.", "RSK002",
     "can drive yourself home an hour after your sedation"),
    ("A pint of beer won't interfere with your antibiotics.", "RSK002", "won't interfere with your antibiotics"),
    # Famous users as the credential; motives given to doctors; fear; coined names; absolutes.
    ("It is the same treatment used by Premier League players.", "EVD016", "used by Premier League players"),
    ("Dermatologists are trained by drug companies to ignore diet.", "LNG011",
     "Dermatologists are trained by drug companies to"),
    ("The NHS just wants to put you on tablets.", "LNG011", "The NHS just wants to put you on tablets"),
    ("Every meal you eat could be quietly poisoning your joints.", "LNG010",
     "Every meal you eat could be quietly poisoning your joints"),
    ("Our drops clear sinus toxin blockage.", "TRM006", "sinus toxin blockage"),
    ("The price rises to £900 on 1 March.", "COM007", "price rises to £900 on 1"),
])
def test_the_v0_30_21_meanings_from_sets_96_to_99(sentence, code, excerpt):
    assert found_on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("sentence, code, excerpt", [
    # (v0.30.21) Absolutes of a condition through a pronoun, one cause and no other; an approval held.
    ("Rosacea is common. It only affects people over 60.", "FCT018", "It only affects people over"),
    ("Psoriasis is common. It never spreads to the joints.", "FCT018", "It never spreads"),
    ("Gout is painful. It is caused solely by beer.", "FCT018", "It is caused solely by"),
    # Payment spread (on a plain page: a selling page's own price would join the finding).
    ("We also offer finance over twelve months.", "COM003", "offer finance over twelve months"),
])
def test_the_v0_30_21_absolutes_of_a_condition(sentence, code, excerpt):
    assert found(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    # (v0.30.21) What the careful pages of sets 96 to 99 said: a bite or a bleed described as painless;
    # a safety body's verdict; reassurance for most cases; care a condition always needs; a clinic to
    # phone before going; the job in "treatments and work"; a price for two courses.
    ("The tick bite is painless and usually goes unnoticed.", "RSK004"),
    ("A large, painless bleed from the bowel needs urgent care.", "RSK004"),
    ("The Food Standards Agency concluded that farmed trout has a negligible risk of carrying the worm.", "RSK004"),
    ("In most cases a slightly low count is nothing to worry about.", "RSK002"),
    ("Prolonged jaundice is often harmless, but it always needs a check and a blood test.", "FCT018"),
    ("Don't go to a clinic without phoning first.", "RSK011"),
    ("Cooking in the kitchen during lockdown became a habit.", "TRM006"),
])
def test_the_v0_30_21_careful_wordings_from_sets_96_to_99(text, code):
    assert found(text, code) == [] and found_on_a_page_that_sells(text, code) == []


@pytest.mark.parametrize("text, code", [
    # (v0.30.21, the seed-2055 real-news audit's wrong findings, in sentences written here) What a
    # study only suggested; a researcher's belief in the strength of their own evidence; proof that
    # came only later ("until ... proved").
    ("A trial last year suggested the operation is better than diet for reversing type 2 diabetes.", "CLM002"),
    ("The team believe they have finally produced the definitive evidence.", "EVD002"),
    ("Doctors waited until studies in older men proved its value.", "EVD002"),
])
def test_the_v0_30_21_real_news_wordings(text, code):
    assert found(text, code) == []


def test_a_patients_own_account_of_her_illness_is_information_in_news_and_a_claim_where_it_sells():
    story = ("# A drug for advanced breast cancer\n\nMs Hale says the new pills halted her disease for "
             "good. In the trial, the drug added three weeks before the cancer grew.\n")
    [finding] = lint_text(story, "a.md", overrides=Overrides(select=("CLM002",)))
    assert (finding.excerpt, finding.severity.label) == ("halted her disease for good", "info")
    advert = ("# Our capsules\n\nWe sell a herbal remedy. Order now for £20.\n\nMs Hale says the capsules halted "
              "her disease for good.\n")
    [sold] = lint_text(advert, "a.md", overrides=Overrides(select=("CLM002",)))
    assert sold.severity.label == "warning"


# v0.30.23: the age of a remedy's use, in any words, offered on a page that sells (EVD003 with the
# knowledge base's {LONG-AGE} and {AGE-OLD-USE} phrases), and what stays history.
@pytest.mark.parametrize("sentence, excerpt", [
    ("Alpine farmers have been brewing this tea for 800 years.", "brewing this tea for 800 years"),
    ("For two thousand years, monks have soaked their feet in these salts.",
     "For two thousand years, monks have soaked"),
    ("Island fishermen have rubbed the oil into sore joints since Roman times.",
     "rubbed the oil into sore joints since Roman times"),
    ("Persian healers mapped the nerves of the hand more than a thousand years ago.",
     "Persian healers mapped the nerves of the hand more than a thousand years ago"),
    ("Shepherds have trusted the moss for generations, and that kind of wisdom doesn't lie.",
     "trusted the moss for generations, and that kind of wisdom doesn't lie"),
])
def test_the_age_of_use_on_a_page_that_sells(sentence, excerpt):
    findings = [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=("EVD003",)))]
    assert findings == [excerpt]


@pytest.mark.parametrize("sentence", [
    "Alpine farmers have been brewing this tea for 800 years, but no trial has tested it.",
    "Eye doctors have recommended warm compresses for generations.",
    "The bark was chewed for centuries before salicin was isolated from it.",
    "The moss has been eaten for centuries, mostly as a famine food.",
    "Our shop has been in the same street for over a century.",
    "We have stocked the balm for twenty years.",
])
def test_the_age_of_use_that_is_history_or_not_an_age(sentence):
    assert [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=("EVD003",)))] == []


def test_the_age_of_use_is_not_a_credential_outside_a_page_that_sells():
    assert found("Alpine farmers have been brewing this tea for 800 years.", "EVD003") == []


def test_a_python_rules_phrase_patterns_name_only_classes_the_lexicon_knows():
    from mslint.rules.concepts.phrases import PhrasePatternSet
    from mslint.rules.concepts.syntax import PatternSyntaxError

    bad = PhrasePatternSet(("{LONG-AGE} {NO-SUCH-CLASS}",))
    PhrasePatternSet.instances.remove(bad)  # not a shipped pattern
    with pytest.raises(PatternSyntaxError, match="NO-SUCH-CLASS"):
        bad.built()


# v0.30.23: a provider's own uncontrolled figures offered as the proof (EVD017).
@pytest.mark.parametrize("sentence, excerpt", [
    ("The practice's own records show that 27 of 30 patients said they could walk further.",
     "The practice's own records show that 27 of 30 patients said they could walk further"),
    ("Her own audit of 180 patients found that 91% were happy with the result.",
     "Her own audit of 180 patients found that 91% were happy"),
    ("Nine in ten patients improved, according to the centre's own figures.",
     "improved, according to the centre's own figures"),
])
def test_a_providers_own_figures_anywhere(sentence, excerpt):
    assert found(sentence, "EVD017") == [excerpt]


@pytest.mark.parametrize("sentence", [
    "These numbers come from the practice's own records and are not a research study.",
    "In the trial, 41% on the drug improved, against 28% on placebo.",
    "The centre's own audit found 90% were satisfied, but no trial has tested the injections.",
    "In the practice's own records, 3% of patients had complications.",
    "Our results speak for themselves.",  # a page that sells nothing: a team's pride, not a sale
])
def test_own_figures_with_their_limits_or_a_comparison_or_nothing_sold(sentence):
    assert found(sentence, "EVD017") == []


def test_a_sellers_figures_need_no_own_on_a_page_that_sells():
    findings = [f.excerpt for f in lint_text(SHOP + "Our results speak for themselves: 88% of buyers slept better.\n",
                                             "a.md", overrides=Overrides(select=("EVD017",)))]
    assert findings == ["Our results speak for themselves: 88% of buyers slept better"]


# v0.30.23, sets 100 and 101 read after their measurement: results for all, fear, coined names, deadlines.
@pytest.mark.parametrize("sentence, code, excerpt", [
    ("Every client who has retested with us has come back with younger blood.", "CLM003",
     "Every client who has retested with us has come back with younger"),
    ("Nearly all of our asthma travellers are off their inhalers within a month.", "CLM003",
     "Nearly all of our asthma travellers are off their inhalers"),
    ("All of our clients who tried the drops breezed through the pollen season.", "CLM003",
     "All of our clients who tried the drops breezed through"),
    ("Everyone in my household uses the spray and none of us has had a cold since.", "CLM003",
     "Everyone in my household uses the spray and none of us has had a cold since"),
    ("Don't let arthritis steal your weekends.", "LNG010", "Don't let arthritis steal"),
    ("Don't sit back and watch your joints crumble.", "LNG010", "Don't sit back and watch your joints crumble"),
    ("Don't spend your golden years trapped indoors.", "LNG010", "Don't spend your golden years trapped"),
    ("Your gut is a septic tank.", "LNG010", "Your gut is a septic tank"),
    ("The patches clear your lymphatic mineral debt.", "TRM006", "lymphatic mineral debt"),
    ("The colon holds pounds of mucoid plaque.", "TRM005", "mucoid plaque"),
    ("The bundle price runs until 12 March.", "COM007", "bundle price runs until 12 March"),
    ("This discount code expires in ten minutes.", "COM007", "discount code expires in ten minutes"),
    ("Five sessions cost £90 if booked before 1 June.", "COM007", "if booked before 1 June"),
])
def test_the_v0_30_23_meanings_from_sets_100_and_101(sentence, code, excerpt):
    findings = [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]
    assert findings == [excerpt]


@pytest.mark.parametrize("text, code", [
    # A price with its date and what it covers is information (set 100's careful travel clinic).
    ("# Travel jabs\n\nThe vaccine is not free on the NHS. At the time of writing, our price is £70, including "
     "the certificate.\n", "COM003"),
    # A reader quotes an advert and asks what actually works (set 100's careful Q&A).
    ("# Ask the doctor\n\nA clinic near me advertises \"clear skin in two sessions, guaranteed\". What actually "
     "works, and is it safe?\n", "CLM003"),
    ("# Sleep\n\nDon't let MS define you.\n", "TRM006"),
    ("# Colons\n\nThe idea that adults carry pounds of toxic waste in their colons has no basis.\n", "LNG010"),
])
def test_the_v0_30_23_careful_wordings(text, code):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == []


def test_instead_of_sets_aside_only_its_own_phrase():
    text = SHOP + "Launch pricing: £9 a month instead of £19, ends Friday 4 July.\n"
    assert [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=("COM007",)))] == [
        "pricing: £9 a month instead of £19, ends Friday 4 July"]


@pytest.mark.parametrize("text, excerpt", [
    ("# The root that outsmarts arthritis\n\nA shop sells it.\n", "outsmarts arthritis"),
    ("# Is this the cure people with gout have been waiting for?\n\nA shop sells it.\n",
     "Is this the cure people with gout have been waiting for"),
    ("# Knee pain: the end of knee replacements\n\nA clinic sells it.\n", "the end of knee replacements"),
    ("# The one vitamin every tired woman needs\n\nA shop sells it.\n", "The one vitamin every tired woman needs"),
])
def test_a_sensational_headline(text, excerpt):
    assert [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=("HYP004",)))] == [excerpt]


@pytest.mark.parametrize("text", [
    "# Is this the cure people with gout have been waiting for?\n\nProbably not: the trial was small.\n",
    "# Athletes make history in Rio\n\nThe relay team won gold.\n",
    "# Gout diet\n\nThe shop says the root outsmarts arthritis.\n",
])
def test_not_a_sensational_headline(text):
    assert lint_text(text, "a.md", overrides=Overrides(select=("HYP004",))) == []


@pytest.mark.parametrize("text, code", [
    # Sets 102-103's careful pages, read after their measurement (v0.30.23).
    ("# Acne\n\nFor many people the capsules clear acne for a long time, and some never need treatment again.\n", "CLM002"),
    ("# Gallstones\n\nRemoving the gallbladder stops gallstone attacks for good. But it is an operation with risks.\n",
     "CLM002"),
    ("# Tonsil stones\n\nMost people never need to see a doctor about them. But please book an appointment if one side "
     "is swollen.\n", "RSK006"),
    ("# After the birth\n\nYou don't need to see a specialist to start walking.\n", "RSK006"),
    ("# Ask the GP\n\nPlease book an appointment if:\n\n- it bleeds\n", "COM001"),
    ("# Trials\n\nIn the UK, medicines and cell therapies are licensed by the MHRA.\n", "FCT003"),
])
def test_the_v0_30_23_careful_wordings_from_sets_102_and_103(text, code):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == []


def test_an_approval_told_as_an_event_is_still_checked():
    text = "# Cells\n\nStem cell therapy for cirrhosis was approved by the European Medicines Agency in 2023.\n"
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("FCT003",)))] == ["FCT003"]


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Nearly all of the seller's people, as a share, with a result (CLM003, v0.30.23).
    ("93% of our knee patients go back to running.", "CLM003", "93% of our knee patients go back to running"),
    ("Nine out of ten of our clients regrow their brows.", "CLM003", "Nine out of ten of our clients regrow"),
    # Loss counted, a friend who lets everyone down, the weak who rest (LNG010, LNG012).
    ("Every week you wait is cartilage you will never get back.", "LNG010",
     "Every week you wait is cartilage you will never get back"),
    ("Don't let your eyesight slip away.", "LNG010", "Don't let your eyesight slip away"),
    ("Only lazy runners skip the stretches.", "LNG012", "Only lazy runners"),
])
def test_the_v0_30_23_meanings_from_sets_102_and_103(sentence, code, excerpt):
    findings = [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]
    assert findings == [excerpt]


@pytest.mark.parametrize("text, code", [
    ("# Knees\n\nIn the trial, 93% of patients went back to running.\n", "CLM003"),
    ("# Our clinic\n\n90% of our clients are women over forty.\n", "CLM003"),
    ("# Cells\n\nEvery day, the tumour cells in the dish kept growing.\n", "LNG010"),
])
def test_the_v0_30_23_wordings_that_are_not_the_meaning(text, code):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == []


@pytest.mark.parametrize("sentence, code, excerpt", [
    # Care given up in more words, young children named as users (v0.30.23, sets 100-103).
    ("Most of our clients cut down their steroids after the first month.", "RSK011", "cut down their steroids"),
    ("You can ditch your inhaler once the salt works.", "RSK011", "You can ditch your inhaler"),
    ("I gave up taking my tablets last spring and you can too.", "RSK011",
     "gave up taking my tablets last spring and you can too"),
    ("There's no need to tell the school or your asthma nurse.", "RSK011", "no need to tell the school or your asthma nurse"),
    ("The drops are safe for children from age two.", "RSK008", "safe for children from age two"),
])
def test_the_v0_30_23_care_given_up_and_young_users(sentence, code, excerpt):
    findings = [f.excerpt for f in lint_text(SHOP + sentence + "\n", "a.md", overrides=Overrides(select=(code,)))]
    assert findings == [excerpt]


def test_a_walking_stick_put_away_is_a_cure_claimed_not_care_given_up():
    text = SHOP + "Many buyers have put their walking sticks away for good.\n"
    assert lint_text(text, "a.md", overrides=Overrides(select=("RSK011",))) == []


def test_an_exosome_treatment_by_any_name_is_never_approved():
    text = "# Our clinic\n\nOur exosome facials cost £300. The FDA approved exosome treatments in 2023.\n"
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("FCT003",)))] == ["FCT003"]


def test_an_authority_said_to_recommend_what_the_page_sells_for_a_condition():
    text = SHOP + "NICE now recommends copper insoles for arthritis pain.\n"
    assert [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=("FCT015",)))] == [
        "NICE now recommends copper insoles"]
    sourced = SHOP + "NICE recommends exercise for arthritis pain (NICE guideline NG226).\n"
    assert lint_text(sourced, "a.md", overrides=Overrides(select=("FCT015",))) == []


@pytest.mark.parametrize("text, code", [
    # Sets 104-105's careful pages, read after their measurement (v0.30.24).
    ("# Moles\n\nPlease book an appointment if a mole bleeds.\n", "COM001"),
    ("# Moles\n\nIf you are worried about a mole, book an appointment anyway.\n", "COM001"),
    ("# Cord blood\n\nThe blood can be collected without any harm to mother or baby.\n", "RSK002"),
    ("# Skin tests\n\nYou will need to stop antihistamine medicines for several days beforehand.\n", "RSK005"),
    ("# Ferritin\n\nYou should stop any iron supplements for at least a day beforehand.\n", "RSK011"),
    ("# CAR-T\n\nIn most people the symptoms go away completely within days.\n", "CLM002"),
    ("# Exercise in MS\n\nFalls were slightly more common with exercise (about 2 in 100 compared with about 1 in "
     "100).\n", "FCT019"),
    ("# Ask the pharmacist\n\nA friend says statins are poison. I'm tempted to just stop. What do you think?\n",
     "LNG010"),
])
def test_the_v0_30_24_careful_wordings_from_sets_104_and_105(text, code):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))] == []
