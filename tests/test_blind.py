"""The blind sets: articles and labels written by a helper who never saw the rules, frozen
before tuning (FREEZE.sha256) and measured once:

    python tests/corpus_scoring.py tests/blind/articles     # set 1, measured at 981d1af
    python tests/corpus_scoring.py tests/blind2/articles    # set 2, measured at b50004f
    python tests/corpus_scoring.py tests/blind3/articles    # set 3, measured at e560346
    python tests/corpus_scoring.py tests/blind4/articles    # set 4, measured at 70c879b
    python tests/corpus_scoring.py tests/blind5/articles    # set 5, measured at 500f2d3

They are not targets to tune against (their figures would stop meaning anything); they are
floors. A change that scores below them has made mslint worse on text it was not written for,
and a change to a set itself is refused. Set 1 has been read since its measurement (its misses
showed which ways of saying things the rules did not know), so its floor is its score since;
set 2 was read after its measurement too (its floor is that measurement). Sets 3, 4 and 5 were read
after theirs, and their floors are their scores since, which are at least the measurements.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from corpus_scoring import clean_article_findings, lint_folder, score

HERE = Path(__file__).parent


@dataclass(frozen=True)
class BlindSet:
    folder: str
    labels: int
    precision_floor: float
    recall_floor: float
    careful_findings_ceiling: int


SETS = [
    # Measured blind at 981d1af: precision 0.67 (114/171), recall 0.54 (107/200), 7 findings on the
    # 7 careful articles. Floor raised to the score since: 133/189 (three real problems the labels
    # file under other lines or none: a referral programme, customer reports, a "they don't want
    # you to know" trope), 126/200, 2. Precision floor 0.73 since 0.8.0: CLM002 now reports a mouse
    # study's claim to repair the damage MS does, which the labels file as evidence
    # (an animal result told as human), not as a cure claim; the finding is right, its category differs.
    # v0.30.5: CLM006 reads tissue promised back on a page that sells ("regenerate knee cartilage",
    # "rebuild the disc") as a cure claim, as the newer sets label it; this set labels the same
    # sentences as evidence or factual, so each counts as a false alarm beside its missed label.
    BlindSet("blind", 200, 0.715, 0.685, 1),
    # Measured blind once, at b50004f: precision 0.75 (105/140), recall 0.47 (102/215), 2 findings on
    # the 7 careful articles. After v0.8.0 the general myths pack reads "vitamin C that knocks out
    # colds" as the fact it contradicts; the set files it as a cure claim: 0.80.
    # v0.30.5: CLM006 reads tissue promised back on a page that sells ("regenerate knee cartilage",
    # "rebuild the disc") as a cure claim, as the newer sets label it; this set labels the same
    # sentences as evidence or factual, so each counts as a false alarm beside its missed label.
    BlindSet("blind2", 215, 0.785, 0.69, 1),
    # Measured blind once, at e560346: precision 0.80 (110/138), recall 0.55 (106/192), 2 findings on
    # the 7 careful articles.
    # After v0.9.0 COM002 reads a multi-buy offer and TRM005 a "toxic load" named as a diagnosis:
    # both real problems on lines the set labels under another quote: 0.81.
    BlindSet("blind3", 192, 0.81, 0.72, 1),
    # Measured blind once, at 70c879b: precision 0.65 (94/144), recall 0.39 (86/220), 4 findings on
    # the 7 careful articles. Floor since: the careful framing its careful articles showed
    # (warning-sign lists, "Until 2013", a test that is "quick and painless") is read, 0.69, 0.39, 0.
    # After v0.8.0 EVD002 reads a clinic's "Proven results" heading as proof overstated; the set leaves
    # the heading unlabelled: 0.755.
    # After v0.9.0 two more real problems on lines it labels under other quotes: a "results speak for
    # themselves" heading over before-and-after photos, and a forum post's "binned my DMT": 0.75.
    BlindSet("blind4", 220, 0.75, 0.57, 0),
    # Measured blind once, at 500f2d3: precision 0.49 (74/152), recall 0.31 (72/236), 6 findings on the
    # 7 careful articles (line by line, with its terminology labels read as language where they are
    # people-first terms, as its README says: 0.59, 0.37). Floor since: a claim quoted in a heading and
    # denied at once, a retired term talked about as a term, a trial's count of people off insulin and a
    # relative figure given "in real numbers" next are read, 0.51, 0.315, 1.
    BlindSet("blind5", 236, 0.605, 0.435, 0),
    # Measured blind once, at 4f80b7b: precision 0.68 (107/158), recall 0.43 (104/241), 5 findings on the
    # 7 careful articles. Its writer was asked to label every sales phrase on its own (a banner with a
    # code, free shipping and a deadline is three labels) and to file people-first terms under
    # language. Floor since: the careful framing its careful articles showed ("social media is full of
    # claims that ...", a figure the article itself calls relative, "no harm has been shown", trials
    # counted by design) and the offers its pages make ("£50 off your first scan", "half price", "Book
    # by Friday to claim") are read, and CCSVI joined the MS pack: 0.74, 0.51, 0. Lowered to 0.86 when
    # COM002 learnt freebies: it now also flags an affiliate review's "Start your ... free trial" link
    # text, which the set labels only by its referral parameter.
    # v0.30.5: CLM006 reads tissue promised back on a page that sells ("regenerate knee cartilage",
    # "rebuild the disc") as a cure claim, as the newer sets label it; this set labels the same
    # sentences as evidence or factual, so each counts as a false alarm beside its missed label.
    # v0.30.40: 0.845 for a thermography page's "you can repeat it as often as you like", a real unsafe-use claim
    # labelled at the "no risks" before it.
    BlindSet("blind6", 241, 0.845, 0.69, 0),
    # Measured blind once, at 0963591: precision 0.67 (94/140), recall 0.41, 5 findings on the 7
    # careful articles; line by line 0.76 / 0.46. Floor since: fear appeals, cures with a deadline
    # or "for good", buyers' surveys, "you'll see the same results", scarcity in more words, a
    # maker's word answered by a smaller verdict, headlines reported to be weighed: 0.73, 0.51, 2.
    # Then freebies that come with a purchase and care made optional in plain words: 0.78, 0.585, 2.
    # After v0.8.0 EVD011 (a mechanism offered as proof) finds a forum post crediting the drug's
    # success to its supposed mechanism, a real problem the set labels on that line under another quote: 0.78.
    # At v0.13.0 HYP001 reads superlatives and finds a company's "the most advanced lens ever made",
    # passed on unchallenged, which the set does not label: 0.78.
    # At v0.30.33 COM001 reads a shop link on a line of its own ("Shop the necklace here", an affiliate link
    # with a partner code in a parenting blog), a real call to buy the set does not label: 0.775.
    BlindSet("blind7", 225, 0.775, 0.665, 1),
    # Measured blind once, at 5970999: precision 0.70 (101/145), recall 0.43 (97/225), 5 findings on
    # the 7 careful articles; line by line 0.71 / 0.44. Floor since: patients' remarks that are not
    # about a treatment, a red-flag word for what would deserve it, counts in each arm, abbreviations
    # readers know: 0.745, 0.43, 2. At 0.8.0, since (cure and harm meanings in other words, the
    # headline's quoted hype, approval claims, counts that size a praised result): 0.81, 0.60, 0.
    # After v0.8.0 RSK001 knows treatments by the knowledge base as well as by its word list, and finds
    # a children's melatonin page that never names a harm; the set has no document-level label: 0.805.
    # At v0.13.0 EVD003 reads "parents often tell us" as the testimonial it is, on a chiropractic
    # blog's line the set leaves unlabelled: 0.81.
    BlindSet("blind8", 225, 0.81, 0.68, 0),
    # Written blind while this round's tuning went on (the writer saw no rules, I saw no article),
    # frozen, and measured once at 769cac8: precision 0.70 (83/119), recall 0.34 (77/229), 5
    # findings on the 7 careful articles; line by line 0.72 / 0.35. Floor since (read, and fixed
    # what generalises): 0.79, 0.53, 3; then more of the same meanings and STR003's stricter
    # pattern: 0.815, 0.595, 1. After v0.8.0 the new RSK007 (a perfect safety record claimed) finds
    # a claim that nobody has ever died of the treatment on two pages, both real problems the set files as factual
    # errors, not under risk: 0.805, 0.595, 1. Then RSK001 on an egg-freezing page whose only words on
    # harms deny them, and on an email whose one list of side effects names no treatment: 0.80.
    # At v0.11.0 COM001 reads a seller's "DM me for the link" and a course booked against a deadline,
    # two real calls to buy on lines the set labels only for their discount codes: 0.815.
    BlindSet("blind9", 229, 0.815, 0.675, 0),
    # Written blind before this round's tuning began (the writer saw no rules; I saw only the topic
    # list in its report), committed unread (81c8c61) and measured once at 01a6b3f: precision 0.76
    # (90/119), recall 0.37 (83/227), 3 findings on the 7 careful articles; line by line 0.78 /
    # 0.38. Floor since (read, and fixed what generalises): 0.755, 0.475, 2; after v0.9.0: 0.785, 0.55, 2.
    BlindSet("blind10", 227, 0.785, 0.55, 2),
    # Written blind at the start of the v0.10.0 round (the writer saw no rules; I saw only the topic
    # list in its report, after the toxins and stem-cell facts were written), committed unread
    # (d2a04f3) and measured once at d0dca5f: precision 0.74 (101/137), recall 0.41 (95/229), 5
    # findings on the 7 careful articles (three cure findings on a hepatitis C leaflet); line by line
    # 0.76 / 0.43. Floor since (read, and fixed what generalises): 0.815, 0.635, 0.
    BlindSet("blind11", 229, 0.815, 0.635, 0),
    # Written blind at the start of the v0.11.0 round (the writer saw no rules; I saw only the topic
    # list in its report, after a first batch of rules from the earlier sets' misses), committed
    # unread (0c002d8) and measured once at ca4d8ab: precision 0.73 (119/162), recall 0.45 (112/248),
    # 3 findings on the 7 careful articles; line by line 0.75 / 0.46. Floor since (read, and fixed
    # what generalises: offers in more words, cure claims for life, buyers' own trials, a cure
    # reported for childhood leukaemia): 0.765, 0.545, 2. At v0.12.0 (care dropped on the page's
    # instruction, shame as an argument, small in-house trials, damage repaired): 0.785, 0.64, 2.
    # At v0.13.0 precision 0.78: a fungal-nail laser page's "safe for people with diabetes" (RSK008)
    # shares a line with the labels for its other risk claims, and counts as one more finding.
    # At v0.15.0 precision 0.7797 (177/227): an iron-drip page's claim that most of its clients
    # leave feeling renewed, a typical result claimed for the seller's clients (CLM003), is not labelled.
    BlindSet("blind12", 248, 0.775, 0.645, 2),
    # Written blind at the start of the v0.12.0 round (the writer saw no rules; I saw only the topic
    # list in its report), committed unread (15a6a8f) and measured once at 58c9715: precision 0.77
    # (99/128), recall 0.36 (89/244), 1 finding on the 7 careful articles (a trial's inclusion
    # criteria, patients without complications of their disease, read as a denial of harm); line by
    # line 0.81 / 0.39. Floor since (that fixed): 0.775, 0.36, 0. Read and tuned on in the v0.13.0
    # round: 0.855, 0.635, 0.
    BlindSet("blind13", 244, 0.855, 0.635, 0),
    # Written blind at the start of the v0.13.0 round (the writer saw no rules; I saw only the topic
    # list in its report), committed unread (eba33ad) and measured once at b62e785, half-way through
    # the round's tuning: precision 0.73 (117/160), recall 0.43 (117/249), 3 findings on the 7
    # careful articles (a trial's randomised free supply, a speaker's scare-quoted "miracle pill", a
    # relative risk quoted from the CDC); line by line 0.76 / 0.44. Floor since (read, and fixed what
    # generalises): 0.80, 0.645, 1.
    BlindSet("blind14", 249, 0.80, 0.645, 1),
    # Written blind after set 14 was measured and read, by a new helper that saw no rules; committed
    # unread (4e75a21) and measured once on v0.13.0's rules: precision 0.71 (107/150), recall 0.41
    # (107/238), 3 findings on the careful articles (a GP column's relative risk for warfarin, a free
    # NHS test, "no known lasting harms" after the harms were named); line by line 0.75 / 0.44. Floor
    # since (read, and fixed what generalises): 0.755, 0.495, 1.
    BlindSet("blind15", 238, 0.755, 0.495, 1),
    # Written blind at the start of the v0.14.0 round (the writer saw no rules; I saw only the topic
    # list in its report), committed unread (5ff13f1) and measured once at 02cd389, after the round's
    # first rules (approval, guidance and cause claims on pages that sell, common myths): precision
    # 0.74 (101/137), recall 0.35 (89/256), no finding on the 7 careful articles; line by line 0.77 /
    # 0.37. Floor since (read, and fixed what generalises): 0.775, 0.455, 0.
    # At v0.15.0 (results claimed for all of a seller's clients, referrals made needless, coined
    # disorders and burdens): 0.80 / 0.52, still nothing on the careful articles.
    BlindSet("blind16", 256, 0.795, 0.515, 0),
    # Written blind after set 16 was measured and read, by a new helper that saw no rules; committed
    # unread (d14d6dd) and measured once on v0.14.0's rules as released (1b4e789), and not tuned on:
    # precision 0.73 (103/142), recall 0.38 (97/252), 1 finding on the 7 careful articles (an NHS-style
    # explainer's "substantial benefits", EVD005, whose figures stand two sentences on); line by line
    # 0.76 / 0.40. Read in the v0.15.0 round and its misses turned into meanings (permanence in more
    # verbs, popularity argued as proof, downsides and the doctor waved away, coined conditions):
    # 0.79 / 0.60 since, the libmeldy explainer's "substantial benefits" still the one careful finding.
    BlindSet("blind17", 252, 0.79, 0.595, 1),
    # Written blind at the start of the v0.15.0 round by a helper that saw no rules, with set 19
    # written beside it on other topics; committed unread (6bb672a) and measured once there, on the
    # rules of 7f524a4: precision 0.76 (119/157), recall 0.38, 4 findings on the 7 careful articles
    # (a public ambulance service's booking line for its free CPR sessions, a course leaflet's report
    # that no harms were seen, a Q&A's "hurry" in a wife's account and its warning against anyone who
    # promises a cure); line by line 0.80 / 0.41. Read and fixed what generalises: 0.84 / 0.55 and
    # nothing on the careful articles since.
    BlindSet("blind18", 246, 0.835, 0.545, 0),
    # Written blind beside set 18 on other topics by a second helper that saw no rules; committed
    # unread (4daedd1) and measured once on v0.15.0's rules as released (ee4f583), and not tuned on:
    # precision 0.68 (111/163), recall 0.38, 2 findings on the 7 careful articles (a transplant
    # explainer's "are effectively cured", a phone-in caller's "my pain went away"); line by line
    # 0.70 / 0.39. 16 of the 52 findings the labels do not hold are TRM002's undefined abbreviations
    # (info). The floor is that measurement.
    BlindSet("blind19", 251, 0.68, 0.375, 2),
    # Written blind late in the v0.15.0 round, after set 19 was measured, by a third helper that saw
    # no rules; committed unread (a086fb2) and measured once there, on the round's final rules
    # (82bfdeb), and not tuned on: precision 0.78 (115/147), recall 0.42 (100/240), nothing on the 7
    # careful articles; line by line 0.80 / 0.43. The floor is that measurement.
    BlindSet("blind20", 240, 0.78, 0.415, 0),
    # Written blind at the start of the v0.16.0 round by a helper that saw no rules, beside set 22 on
    # other topics; committed unread (with set 22) and measured once at 80a7c8b, midway through the
    # round, and not tuned on: precision 0.82 (130/159), recall 0.45 (114/251), nothing on the 7
    # careful articles; line by line 0.82 / 0.46. The floor is that measurement. One careful finding
    # since v0.30.28: TIM006 on a 2020 explainer's "British Thoracic Society guidance still recommends
    # treating large pneumothoraces", a status claim the page makes as current six years on (the
    # society's 2023 guideline did change it); the writer judged it at the page's date.
    BlindSet("blind21", 251, 0.815, 0.45, 1),
    # Written blind beside set 21 on other topics by a second helper that saw no rules; committed
    # unread and measured once at 8f63aa2, late in the v0.16.0 round, and not tuned on: precision
    # 0.73 (122/166), recall 0.44 (110/249), 3 findings on the 7 careful articles (all in one pharmacy
    # leaflet); line by line 0.74 / 0.45. Before measuring it I had seen three of its label quotes in
    # the output of a search across the sets' label files, and changed no rule after that until it
    # was measured. The floor is that measurement.
    BlindSet("blind22", 249, 0.73, 0.44, 3),
    # Written blind by a third helper that saw no rules, after sets 21 and 22 were measured and read;
    # committed unread (2bc0da8) and measured once there, on v0.16.0's rules as released, and not
    # tuned on: precision 0.74 (114/155), recall 0.42 (103/247), 1 finding on the 7 careful articles
    # (an NHS release's free test, COM002); line by line 0.79 / 0.45. The floor is that measurement.
    BlindSet("blind23", 247, 0.735, 0.415, 1),
    # Written blind at the start of the v0.17.0 round by a helper that saw no rules, beside set 25 on
    # other topics (the two writers, independently, chose the same four MS and cell-therapy subjects);
    # committed unread (edd68f1) and measured once there, midway through the round, and not tuned on:
    # precision 0.68 (115/168), recall 0.42 (103/246), 2 findings on the 7 careful articles; line by
    # line 0.73 / 0.45. The floor is that measurement.
    BlindSet("blind24", 246, 0.68, 0.415, 2),
    # Written blind beside set 24 by a second helper that saw no rules; committed unread (edd68f1) and
    # measured once on v0.17.0's rules as released (eb59356), never tuned on before: precision 0.87
    # (129/148), recall 0.47 (114/245), 2 findings on the 7 careful articles (a release's free mouth
    # check read as an offer, and a heading about keeping headaches from coming back read as a cure
    # claim); line by line the same. The floor is that measurement.
    BlindSet("blind25", 245, 0.87, 0.465, 2),
    # Written blind at the start of the v0.18.0 round by a helper that saw no rules, beside set 27 (the
    # topic areas and the MS and cell-therapy subjects split between the two writers); committed
    # unread (3f621ed) and measured once at 67d388b, midway through the round, and not tuned on before:
    # precision 0.81 (139/171), recall 0.48 (120/252), 0 findings on the 7 careful articles; line by
    # line 0.84 / 0.50. The floor is that measurement.
    BlindSet("blind26", 252, 0.81, 0.475, 0),
    # Written blind beside set 26 by a second helper that saw no rules; committed unread (3f621ed) and
    # measured once on v0.18.0's rules as released (cf84f6c), never tuned on before: precision 0.78
    # (138/178), recall 0.50 (125/250), 3 findings on the 7 careful articles (a saying quoted under a
    # myths heading, a cure claim its own speaker doubts, "typical of many people with" a condition);
    # line by line 0.79 / 0.51. The floor is that measurement.
    BlindSet("blind27", 250, 0.78, 0.495, 3),
    # Written blind at the start of the v0.19.0 round by a helper that saw no rules, beside set 29 (the
    # topic areas and the MS and cell-therapy subjects split between the two writers); committed
    # unread (0af2c11) and measured once at cfbbc4c, midway through the round, and not tuned on before:
    # precision 0.79 (114/145), recall 0.43 (106/244), 3 findings on the 7 careful articles (a
    # symptom's cause "in MS", "simple and safe to try", an organ that "has to work harder"); line by
    # line 0.81 / 0.45. The floor is that measurement.
    BlindSet("blind28", 244, 0.785, 0.43, 3),
    # Written blind beside set 28 by a second helper that saw no rules; committed unread (4b06867) and
    # measured once on v0.19.0's rules as released (e4a51b4), never tuned on before: precision 0.81
    # (121/150), recall 0.46 (113/246), 1 finding on the 7 careful articles (steroids that "switch off
    # the leak", read as a cure claim); line by line the same. The floor is that measurement.
    BlindSet("blind29", 246, 0.80, 0.455, 1),
    # Written blind at the start of the v0.20.0 round by a helper that saw no rules, beside set 30 (the
    # topic areas and the MS and cell-therapy subjects split between the two writers); committed
    # unread (ec4a119) and measured once there, midway through the round, not tuned on before:
    # precision 0.81 (113/140), recall 0.40 (98/248), 1 finding on the 7 careful articles (an MS
    # leaflet's "there is no harm in using them"); line by line 0.84 / 0.41. The floor is that
    # measurement.
    BlindSet("blind31", 248, 0.805, 0.395, 1),
    # Written blind beside set 31 by a second helper that saw no rules; committed unread (1000d52) and
    # measured once on v0.20.0's rules as released (2161042), never tuned on before: precision 0.78
    # (126/162), recall 0.47 (117/250), no finding on the 7 careful articles; line by line 0.81 / 0.49.
    # The floor is that measurement.
    BlindSet("blind30", 250, 0.775, 0.465, 0),
    # Sets 32 and 33: written blind at the end of the v0.20.0 round by two helpers that saw no rules
    # (topic areas and the MS and cell-therapy subjects split between them), committed unread (e423258)
    # and measured once at ce189bc, never tuned on before. Set 32: precision 0.80 (136/169), recall
    # 0.52 (126/244), 2 findings on the 7 careful articles (a GP Q&A's "Book an
    # appointment" and a council release's "free, confidential lung health check"). Set 33: precision
    # 0.77 (126/164), recall 0.43 (109/255), 2 findings on careful articles (a vaccine release's "fell by more
    # than 80%" and a sleep Q&A's "book an appointment"). The floors are those measurements.
    BlindSet("blind32", 244, 0.80, 0.515, 2),
    BlindSet("blind33", 255, 0.765, 0.425, 2),
    # Sets 34 and 35: written blind at the start of the v0.21.0 round by two helpers that saw no rules
    # (the topic areas of sets 32 and 33 swapped between them), committed unread (badb54d, 51b1bdc)
    # and measured once at afb3d26, after the round's rule changes, never read before. Set 34:
    # precision 0.80 (121/151), recall 0.455 (112/246), 1 finding on the careful articles (a gene
    # therapy explainer's trial count read as a small uncontrolled study). Set 35:
    # precision 0.85 (120/141), recall 0.415 (104/250), 2 (an MS leaflet's "cure MS" and a trial
    # explainer's "the ventilator has to work"). The floors are those measurements, except set 35's
    # precision floor, lowered to 0.845 in v0.30.13 for one finding its labels file under another
    # category: a pain clinic's device that will "permanently rewire" the spinal cord, labelled as an
    # asserted mechanism (evidence) and read as a result promised for good on a page that sells
    # (CLM005), which set 74's labels call the same words ("permanently rewires your stress response").
    BlindSet("blind34", 246, 0.80, 0.455, 1),
    BlindSet("blind35", 250, 0.845, 0.415, 2),
    # Sets 36 and 37: written blind at the start of the v0.22.0 round by two helpers that saw no rules
    # (the topic areas of sets 34 and 35 swapped again), committed unread (55a1e85, 743fb3b) and
    # measured once at e3b4255, after the round's rule changes, never read before. Set 36:
    # precision 0.835 (132/158), recall 0.47 (118/251), no finding on the careful articles. Set 37:
    # precision 0.75 (126/168), recall 0.455 (111/243), 3 (a cord-cell explainer's "be cured" and its
    # myth "vaccines cause autism", and a leaflet's "cannot harm you"). The floors are those
    # measurements.
    BlindSet("blind36", 251, 0.835, 0.47, 0),
    BlindSet("blind37", 243, 0.75, 0.455, 3),
    # Sets 38 and 39: written blind at the start of the v0.23.0 round by two helpers that saw no rules
    # (new MS angles and cell-therapy uses, the areas of sets 36 and 37), committed unread and
    # measured once at 2322ead, after the round's rule changes, never read before. Set 38: precision
    # 0.71 (103/145), recall 0.37 (93/252), 7 findings on the careful articles (a dentist's answer
    # quoting an advert's "miracle cure" and judging it, a leaflet's trial of stopping DMTs, its myths
    # section quoting a clinic, a council's free needs assessment, a leaflet's "dreams cannot harm
    # your body", a council's free and confidential test). Set 39: precision 0.84 (136/161), recall
    # 0.49 (124/252), 1 (a leaflet's "radial head subluxation", the real name of a pulled elbow). The
    # floors are those measurements; the careful ceilings are the 0 of the fixes made after, each
    # a general rule (arm's-length "claims to be", a choice to continue or stop, a quoted saying under
    # a myths heading with its speaker inside the quotes, public services' free checks, fears of
    # the body laid to rest, a joint's subluxation).
    BlindSet("blind38", 252, 0.71, 0.365, 0),
    BlindSet("blind39", 252, 0.84, 0.49, 0),
    # Sets 40 and 41: written blind during the v0.24.0 round (after v0.23.0's release) by two helpers
    # that saw no rules, and measured once at 55c2b1c, after the round's rule changes, never read
    # before. Set 40: precision 0.805 (116/144), recall 0.425 (107/250), 3 findings on the careful
    # articles (a council release's landlords who must "fix the underlying causes" of damp, a GP's
    # "high prolactin switches off the hormones", and "some people can stop the tablets under
    # supervision"). Set 41: precision 0.85 (131/154), recall 0.475 (121/253), 1 (a leaflet's
    # observational "2.3 times as likely" without its base, which stays: HealthNewsReview asks for
    # the absolute figures). The floors are those measurements; set 40's careful ceiling is the 0 of
    # the fixes made after (a non-health actor's repair, a disease process explained, stopping under
    # supervision).
    BlindSet("blind40", 250, 0.805, 0.425, 0),
    BlindSet("blind41", 253, 0.85, 0.475, 1),
    # Sets 42 and 43: written blind during the v0.25.0 round by two helpers that saw no rules, and
    # measured once at 6408180, after the round's rule changes, never read before. Set 42: precision
    # 0.835 (135/161), recall 0.48 (122/253), no finding on the careful articles. Set 43: precision
    # 0.80 (112/140), recall 0.40 (97/240), 3 (a GP's "feeling ashamed, ugly or even disgusting"
    # read as a shaming argument, fixed after: feelings described are not one; "many people improve
    # substantially" and a trial's "74% lower" without its base, which stay: HealthNewsReview asks for
    # the figures). The floors are those measurements.
    BlindSet("blind42", 253, 0.835, 0.48, 0),
    BlindSet("blind43", 240, 0.80, 0.40, 2),
    # Sets 44 and 45: written blind during the v0.26.0 round by two helpers that saw no rules, and
    # measured once at 47a43c8, after the round's rule changes, never read before. Set 44: precision
    # 0.845 (128/151), recall 0.44 (111/251), 3 findings on the careful articles (a reader's letter
    # quoting a website's "cures vertigo for good", "striking results" conceded at once, and a trial's
    # "cutting relapses by around half"). Set 45: precision 0.845 (133/157), recall 0.485 (118/241), 3
    # (a symptom's "painless noise" and a splint "without the risks of an operation", fixed after;
    # "many people tell us they feel better" answered in the next sentence, which stays). The floors
    # are those measurements.
    BlindSet("blind44", 251, 0.845, 0.44, 3),
    BlindSet("blind45", 241, 0.845, 0.485, 1),
    # Sets 46 and 47: written blind during the v0.27.0 round by two helpers that saw no rules, and
    # measured once at d9edab0, after the round's rule changes, never read before. Set 46: precision
    # 0.815 (136/166), recall 0.495 (122/246), no finding on the careful articles. Set 47: precision
    # 0.775 (109/140), recall 0.42 (103/244), 1 (a reader's friend's article calling an operation a
    # "miracle cure", fixed after: someone else's name for it, reported). The floors are those
    # measurements.
    BlindSet("blind46", 246, 0.815, 0.495, 0),
    BlindSet("blind47", 244, 0.775, 0.42, 0),
    # Sets 48 and 49: written blind during the v0.28.0 round by two helpers that saw no rules, and
    # measured once at f5675c6, after the round's rule changes, never read before. Set 48: precision
    # 0.805 (139/172), recall 0.505 (126/249), 2 findings on the careful articles (a miracle cure as
    # the phrase "can sound" to a reader, corrected at once; centres that "often report lower
    # figures"), fixed after. Set 49: precision 0.825 (132/160), recall 0.46 (116/252), 1 (a device's
    # authorisation read as a cell therapy's), fixed after. The floors are those measurements.
    BlindSet("blind48", 249, 0.805, 0.505, 0),
    BlindSet("blind49", 252, 0.825, 0.46, 0),
    # Sets 50 and 51: written blind during the v0.29.0 round by two helpers that saw no rules, and
    # measured once at c359d31, after the round's rule changes, never read before. Set 50: precision
    # 0.82 (126/153), recall 0.435 (109/248), 1 finding on the careful articles (a reader's own doubt,
    # "part of me wonders whether it makes me less of a man", read as a shame appeal), fixed after.
    # Set 51: precision 0.765 (111/145), recall 0.405 (100/246), none. The floors are those
    # measurements.
    BlindSet("blind50", 248, 0.82, 0.435, 0),
    BlindSet("blind51", 246, 0.765, 0.405, 0),
    # Sets 52 and 53: written blind during the same round, while sets 50 and 51's misses were turned
    # into meanings and a second set of table rows was drafted, by two helpers that saw no rules;
    # measured once at 4fecc28, never read before. Set 52: precision 0.755 (109/144), recall 0.40
    # (100/250), 2 findings on the careful articles (online coverage's "magic bullet that wipes out
    # the tumours", quoted to be corrected), fixed after. Set 53: precision 0.80 (131/163), recall
    # 0.485 (119/245), 1 (the clinical term "breakthrough bleeds"), fixed after. The floors are
    # those measurements.
    BlindSet("blind52", 250, 0.755, 0.40, 0),
    BlindSet("blind53", 245, 0.80, 0.485, 0),
    # Sets 54 and 55: written blind during the same round, while FCT029 and the split entities were
    # being added, by two helpers that saw no rules; measured once at 0a96d07, never read before.
    # Set 54: precision 0.745 (128/171), recall 0.465 (116/249), 3 findings on the careful
    # articles (a dated study's "all seven patients were insulin-free", the charity "Breakthrough
    # T1D", a "painless, firm lump" described), fixed after. Set 55: precision 0.835 (119/142),
    # recall 0.45 (111/245), 2 ("the only treatment that can cure MDS", fixed after; a GP's "the
    # treatment with the best evidence is CBT-I" with no word on its harms, which stays: RSK001 asks
    # for the harms of any treatment recommended). The floors are those measurements.
    BlindSet("blind54", 249, 0.745, 0.465, 0),
    BlindSet("blind55", 245, 0.835, 0.45, 1),
    # Sets 56 and 57: written blind during the same round, while sets 54 and 55's misses were turned
    # into meanings, by two helpers that saw no rules; measured once at 0862fc2, never read before.
    # Set 56: precision 0.865 (141/163), recall 0.51 (128/249), 3 findings on the careful articles
    # (an NHS unit's own audit of a harm read as customer reports; a GP's "please book an
    # appointment"; "no need to contact your GP practice to ask for an invitation", fixed after).
    # Set 57: precision 0.795 (129/162), recall 0.435 (111/253), 1 (families who "often hear that" a
    # transplant can cure, answered at once; fixed after). The floors are those measurements.
    BlindSet("blind56", 249, 0.865, 0.51, 1),
    BlindSet("blind57", 253, 0.795, 0.435, 0),
    # Sets 58 and 59: written blind during the v0.30.0 round, while sets 56 and 57's misses were
    # turned into meanings, by two helpers that saw no rules; measured once at a21565e, never read
    # before. Set 58: precision 0.835 (134/160), recall 0.455 (115/251), 1 finding on the careful
    # articles (a reader's fear "that pregnancy will make my MS worse", read as the article's claim).
    # Set 59: precision 0.78 (135/172), recall 0.47 (118/250), 3 (a transplant that "can cure
    # aplastic anaemia, but not for everyone", a relative effect given beside its "in each 100"
    # figures, an NHS trust's survey of its own patients' worries read as customer reports). All four
    # were fixed after (v0.30.1), and set 56's NHS audit with them. The floors are those measurements.
    BlindSet("blind58", 251, 0.835, 0.455, 0),
    BlindSet("blind59", 250, 0.78, 0.47, 0),
    # Sets 60 and 61: written blind during the v0.30.2 round, while sets 58 and 59's misses were
    # turned into meanings read broadly on pages that sell (LNG013, more of RSK005-RSK008), by two
    # helpers that saw no rules; measured once at f90e190, never read before. Set 60: precision
    # 0.745 (118/158), recall 0.445 (110/246), 1 finding on the careful articles (a rarer type of
    # priapism "is often painless", read as a treatment's harms played down; fixed after). Set 61:
    # precision 0.90 (120/133), recall 0.44 (111/251), none. The floors are those measurements. (v0.30.47: 0.895 for a
    # breathing trainer email's users who have "thrown their inhaler away", a real stopped treatment its labels left out.)
    BlindSet("blind60", 246, 0.745, 0.445, 0),
    BlindSet("blind61", 251, 0.895, 0.44, 0),
    # Sets 62 and 63: written blind during the v0.30.5 round, while sets 46-61's misses were turned
    # into meanings read broadly (EVD016, RSK011, LNG014-LNG016, CLM006, COM009 and the
    # `promotes` pages), by two helpers that saw no rules; measured once at 9005591, never read
    # before. Set 62: precision 0.80 (150/187), recall 0.555 (139/249), 5 findings on the careful
    # articles (self-harm defined as "injuring or poisoning yourself" read as alarm, "most young
    # people who self-harm do not go to hospital" read as advice, fixed after; RSK001 twice and
    # RSK004 on "painless" cord-blood collection, left). Set 63: precision 0.685 (116/169), recall
    # 0.41 (103/249), 1 (ablation that "permanently removes the pathway in more than 9 in 10
    # people", a rate CLM002 now reads; fixed after). The floors are those measurements.
    BlindSet("blind62", 249, 0.80, 0.555, 3),
    BlindSet("blind63", 249, 0.685, 0.41, 0),
    # Sets 64 and 65: written blind during the v0.30.7 round, while factual slips were read in more
    # words (FCT004 by naming stems, FCT034, MS shares and counts, vaccines), by two helpers that
    # saw no rules; measured once at fdfa73b, never read before. Set 64: precision 0.82 (141/172),
    # recall 0.48 (121/251), 2 findings on the careful articles (a myth listed under a plain-text
    # line naming myths, and a friend's claim quoted before "Is she right?"; both fixed after).
    # Set 65: precision 0.835 (132/158), recall 0.48 (122/252), none. The floors are those
    # measurements.
    BlindSet("blind64", 251, 0.815, 0.48, 0),
    BlindSet("blind65", 252, 0.835, 0.48, 0),
    # Sets 66 and 67: written blind during the v0.30.8 round, while sets 64-65's misses were read in
    # more words, by two helpers that saw no rules; measured once at 2c3d46c, never read before.
    # Set 66: precision 0.78 (150/192), recall 0.495 (126/253), no findings on the careful
    # articles. Set 67: precision 0.755 (150/198), recall 0.535 (133/248), 5 on the careful
    # articles (a sleep-wake disorder read as coined, booking for a symptom and "do not delay
    # starting" read as selling, "not every time" read as a denial: fixed after; RSK001 on an
    # exercise explainer, left). The floors are those measurements.
    BlindSet("blind66", 253, 0.78, 0.495, 0),
    BlindSet("blind67", 248, 0.755, 0.535, 1),
    # Sets 68 and 69: written blind during the v0.30.9 round, while sets 66-67's misses were read in
    # more words and the knowledge base grew by 283 conditions, by two helpers that saw no rules;
    # measured once at d433434, never read before. Set 68: precision 0.82 (138/168), recall 0.485
    # (123/252), 3 findings on the careful articles (an MS fact read of CIDP, a hype word quoted and
    # then rejected, germs breathed in "without any harm": fixed after). Set 69: precision 0.815
    # (148/181), recall 0.535 (133/248), 2 (advice ranked "the most important thing any family can
    # do", a vaccine's common passing side effects: fixed after). The floors are those measurements.
    BlindSet("blind68", 252, 0.82, 0.485, 0),
    BlindSet("blind69", 248, 0.815, 0.535, 0),
    # Sets 70 and 71: written blind during the v0.30.10 round, while sets 68-69's misses were read in
    # more words and a table of the hormones medicines act on was added (FCT037), by two helpers that
    # saw no rules; measured once at 4b598d2, never read before. Set 70: precision 0.725 (129/177),
    # recall 0.48 (122/253), 2 findings on the careful articles (a vaccine's effectiveness read as a
    # relative figure, "very rarely passes between people" read as contagious: fixed after). Set 71:
    # precision 0.80 (147/183), recall 0.55 (138/249), 4 (an illness's own mild signs and a painless
    # bump read as harms played down, "little or no pain" of a symptom, a podcast host's hearsay
    # answered by the next speaker: fixed after). The floors are those measurements.
    BlindSet("blind70", 253, 0.725, 0.48, 0),
    BlindSet("blind71", 249, 0.80, 0.55, 0),
    # Sets 72 and 73: written blind during the v0.30.11 round, while sets 70-71's misses were read in
    # more words and FCT038 (a name given to the wrong thing) was added, by two helpers that saw no
    # rules; measured once at 4cf99de, never read before. Set 72: precision 0.80 (132/165), recall
    # 0.485 (123/253), 1 finding on the careful articles ("many people are cured by surgery, but it
    # can come back" read as an unqualified cure: fixed in v0.30.12). Set 73: precision 0.86
    # (139/161), recall 0.51 (127/248), 3 (a GP's "book an appointment to confirm the diagnosis":
    # fixed in v0.30.12; a talking therapy's "no real downside" read as a risk denied, and the
    # column's "an effective treatment" with no harms named: left). The floors are those measurements.
    BlindSet("blind72", 253, 0.80, 0.485, 0),
    BlindSet("blind73", 248, 0.86, 0.51, 2),
    # Sets 74 and 75: written blind during the v0.30.12 round, while sets 72-73's misses were read in
    # more words and 165 more conditions were added to the tables, by two helpers that saw no rules;
    # measured once at bcd6580, never read before. Set 74: precision 0.82 (143/174), recall 0.525
    # (131/249), no finding on the careful articles. Set 75: precision 0.855 (153/178), recall 0.58
    # (146/251), 1 (a health service's "free structured medication review with a pharmacist at their
    # GP practice" read as an offer: fixed after). The floors are those measurements.
    BlindSet("blind74", 249, 0.82, 0.525, 0),
    BlindSet("blind75", 251, 0.855, 0.58, 0),
    # Sets 76 and 77: written blind during the v0.30.13 round, while sets 74-75's misses were read in
    # more words, FCT039 (a condition's course) was added and 150 more conditions went into the
    # tables, by two helpers that saw no rules; measured once at bdfd108, never read before. Set 76:
    # precision 0.765 (131/171), recall 0.48 (119/248), 3 findings on the careful articles (a GP
    # column's "many people are cured, especially when ..." read as an unqualified cure, and an
    # explainer's "current workers at the plant, published in 2002" read as a source called current:
    # both fixed after; the column's "almost always caused by infections" read as an unsourced
    # absolute: left). Set 77: precision 0.80 (134/167), recall 0.505 (128/252), 3 (an explainer's
    # "the first stem cell medicine approved in Europe" of a licensed product, an NHS page's "which is
    # why it helps to plan early": both fixed after; a reader's letter quoting a website's "rectal
    # pain is always a sign of bowel cancer": left). The floors are those measurements; the
    # ceilings count what is left.
    BlindSet("blind76", 248, 0.765, 0.475, 1),
    BlindSet("blind77", 252, 0.80, 0.505, 1),
    # Sets 78 and 79: written blind during the v0.30.14 round by two helpers that saw no rules, while
    # sets 76-77's misses were read in more words; measured once at 83a52b5 (both, before either was
    # read). Set 78: precision 0.77 (110/142), recall 0.465 (105/224), 2 findings on the careful
    # articles (an NHS page dated by its "next review October 2026", which made "autumn 2025" look
    # past; a leaflet's "when the cough simply never goes away" read as an absolute: both fixed after).
    # Set 79: precision 0.77 (131/170), recall 0.51 (124/241), 2 (an NHS page's prescription
    # prepayment "for the price of two" read as an offer; a feature's "for some people with
    # leukaemia, a donor transplant can cure the disease" read as an unqualified cure: both fixed
    # after). The floors are those measurements; nothing is left on the careful articles.
    BlindSet("blind78", 224, 0.77, 0.465, 0),
    BlindSet("blind79", 241, 0.77, 0.51, 0),
    # Sets 80 and 81: written blind at the end of the v0.30.14 round, while sets 78-79's misses were
    # read, by two helpers that saw no rules; measured once at 1df3af5, the rules that work produced, before
    # either was read. Set 80: precision 0.80 (156/195), recall 0.545 (139/255), 4 findings on the
    # careful articles (an NHS page's "graft-versus-host disease, which happens when donor cells attack
    # the body, is not a risk of AHSCT" read past its aside, and two readers' letters quoting an advert
    # and a friend: fixed after; a Q&A's cognitive rehabilitation said to come with no risks discussed,
    # RSK001: left). Set 81: precision 0.80 (132/164), recall 0.48 (123/255), 3 (a farm leaflet's "you
    # don't have to touch an animal to catch Q fever" read as an animal result, and a webinar host's
    # quoted clinic claim that the expert answered: fixed after; a leaflet's "one and a half times the
    # odds" read as a relative figure, EVD006: left). The floors are those measurements; the ceilings
    # count what is left.
    BlindSet("blind80", 255, 0.80, 0.545, 1),
    BlindSet("blind81", 255, 0.80, 0.48, 1),
    # Sets 82 and 83: written blind at the start of the v0.30.15 round by two helpers that saw no
    # rules; measured once at 3c9dcf5, after the round's first work (dated changes for TIM005, drug
    # classes, attribute rows, sets 80-81's misses), before either was read. Set 82: precision 0.80
    # (141/177), recall 0.51 (127/247), 3 findings on the careful articles (a leaflet's "common signs
    # are a mild headache" read as harms played down, a midwife's "collection ... doesn't hurt you"
    # read as a risk denied, a GP's "about 87 avoid surgery altogether" read as a cure claim). Set 83:
    # precision 0.79 (130/164), recall 0.53 (125/237), 4 (a leaflet's free test from the GP read as an
    # offer, an explainer's "advertised as a way to 'rebuild myelin'" and "none of these trials showed
    # that MSCs ... reverse disability", a nurse's "a planned gap so your immune system can recover").
    # All seven fixed after. The floors are those measurements.
    BlindSet("blind82", 247, 0.795, 0.51, 0),
    BlindSet("blind83", 237, 0.79, 0.525, 0),
    # Sets 84 and 85: written blind at the start of the v0.30.16 round by two helpers that saw no
    # rules; measured once at 70992b6, after the round's first change (sensational language judged by
    # the article's length, which moves no finding), before either was read. Set 84: precision 0.80
    # (149/187), recall 0.55 (135/245), 1 finding on the careful articles (a council's free meters
    # "while stocks last" read as sales pressure). Set 85: precision 0.85 (119/140), recall 0.49
    # (114/233), 2 (a GP's "you must stop driving and check the DVLA guidance" read as care given up, a
    # Q&A's donor transplant that "can cure sickle cell disease" read as a cure claim). All three fixed
    # after. The floors are those measurements.
    BlindSet("blind84", 245, 0.795, 0.55, 0),
    BlindSet("blind85", 233, 0.85, 0.485, 0),
    # Sets 86 and 87: written blind at the start of the v0.30.18 round by two helpers that saw no
    # rules; measured once at 448aee1, after the round's first changes (an unless pattern said, not
    # told not to be done; "no risk of infection" a denial again; the test suite on every CPU), before
    # either was read. Set 86: precision 0.77 (137/179), recall 0.55 (130/238), 6 findings on the
    # careful articles (a cord-blood guide's transplant that "can cure the condition" for some children
    # and its survey of package prices, a Q&A's "for that lump, removal is a cure", a newsletter's sex
    # ratio of MS read as a relative risk and its history of HRT advice read as care given up, an NHS
    # page's "sudden, painless loss of sight" read as harms played down). Set 87: precision 0.84
    # (123/147), recall 0.50 (119/238), 1 (a leaflet's "closing the hole stops the extra blood flow for
    # good in most people"). All seven fixed after. The floors are those measurements.
    BlindSet("blind86", 238, 0.765, 0.545, 0),
    BlindSet("blind87", 238, 0.835, 0.50, 0),
    # Sets 88 and 89: written blind at the start of the v0.30.19 round by two helpers that saw no
    # rules; measured once at 652ed0d (the round's engine changes, the rules of v0.30.18, findings
    # identical to them), before either was read. Set 88: precision 0.80 (132/166), recall 0.50
    # (124/246), 2 findings on the careful articles (an NHS page's propranolol "can improve" a
    # birthmark read as a benefit with no harms, and an explainer's hope to "throw away their
    # insulin pens" read as advice to stop a medicine). Set 89: precision 0.78 (131/167), recall
    # 0.51 (118/231), 1 (a travel leaflet's "won't need any test" read as a test waved away). All
    # three fixed after. The floors are those measurements.
    BlindSet("blind88", 246, 0.795, 0.50, 0),
    BlindSet("blind89", 231, 0.78, 0.51, 0),
    # Sets 90 and 91: written blind during the v0.30.19 round, after sets 88-89 had been read, by two
    # more helpers that saw no rules; measured once at f838dcd (the round's rules after sets 88-89 and
    # FCT043), before either was read. Set 90: precision 0.71 (119/167), recall 0.47 (112/239), 1
    # finding on the careful articles (a magazine's "drills all matter more than any operation" read as
    # a treatment ranked above surgery). Set 91: precision 0.81 (136/168), recall 0.50 (126/254), 1 (a
    # support-group chair quoting a member's "no side effects to speak of" for the doctor to answer).
    # Both fixed after. The floors are those measurements.
    BlindSet("blind90", 239, 0.71, 0.465, 0),
    BlindSet("blind91", 254, 0.805, 0.495, 0),
    # Sets 92 and 93: written blind at the start of the v0.30.20 round by two helpers that saw no
    # rules; measured once at 3e87c6f (v0.30.19's findings and the round's first scorecard
    # wordings), before either was read. Set 92: precision 0.82 (118/144), recall 0.48 (109/226), 2
    # findings on the careful articles (a doctor who would "avoid the word miracle", and "your own
    # cells means there's no risk of rejection" said beside the chemotherapy still needed). Set 93:
    # precision 0.85 (145/170), recall 0.53 (132/248), 4 (a trial's "offered induction" on a page
    # whose heading asks "Is induction risk-free?" and answers "No.", births "without complications",
    # advice to buy a "clinically validated" monitor, and a maker that "plans to ask" a regulator for
    # approval). All six fixed after. The floors are those measurements.
    BlindSet("blind92", 226, 0.815, 0.48, 0),
    BlindSet("blind93", 248, 0.85, 0.53, 0),
    # Sets 94 and 95: written blind during the v0.30.20 round, after sets 92-93 had been read, by two
    # more helpers that saw no rules; measured once at ee72d53 (the round's rules after sets 92-93
    # and the seed-2052 audit's fixes), before either was read. Set 94: precision 0.85 (150/177),
    # recall 0.58 (136/236), 2 findings on the careful articles (a podcast's "no risk to family,
    # friends or colleagues", and pseudocysts "that can form after an attack of pancreatitis, almost
    # never become cancerous" read as an absolute about pancreatitis). Set 95: precision 0.82
    # (148/180), recall 0.60 (138/229), 4 (a quoted "I've read that HRT will cure my MS symptoms. Is
    # that true?", post-thrombotic syndrome unknown to the lexicon, "many people recover completely
    # after a DVT", and iron that "often brings the count back to normal"). All six fixed after. The
    # floors are those measurements.
    BlindSet("blind94", 236, 0.845, 0.575, 0),
    BlindSet("blind95", 229, 0.82, 0.60, 0),
    # Sets 96 and 97: written blind during the v0.30.21 round by two helpers that saw no rules,
    # measured once at 49b059f (v0.30.20's rules and the round's first fixes from the seed-2053 and
    # seed-2054 audits), before either was read. Set 96: precision 0.75 (123/163), recall 0.50
    # (115/230), 4 findings on the careful articles (headlines quoted as headlines, "a one-off jab that
    # switches lupus off"; a trial's "all eight people with lupus reached remission" in an explainer
    # that calls the numbers tiny; a mite's bite and its scab called painless). Set 97: precision
    # 0.80 (137/171), recall 0.55 (127/232), 4 (a food-safety body's "negligible risk", "a headline
    # tells us a cure has arrived", a tick's painless scab, "a note on treatments and work"). All
    # eight fixed after. The floors are those measurements.
    BlindSet("blind96", 230, 0.75, 0.50, 0),
    BlindSet("blind97", 232, 0.80, 0.545, 0),
    # Sets 98 and 99: written blind during the v0.30.21 round, while sets 96-97 were being read and
    # fixed, by two more helpers that saw no rules; measured once at 5824055 (the round's rules after
    # sets 96-97's careful-page fixes and a first pass at their misses), before either was read. Set
    # 98: precision 0.78 (150/193), recall 0.58 (137/235), 2 findings on the careful articles ("in most
    # cases it is nothing to worry about" of a blood result, a toddler's "large, painless bleed"). Set
    # 99: precision 0.82 (149/181), recall 0.57 (132/233), 1 ("I read on a forum that pacing cures MS
    # fatigue. Is that true?"). All three fixed after. The floors are those measurements.
    BlindSet("blind98", 235, 0.775, 0.58, 0),
    BlindSet("blind99", 233, 0.82, 0.565, 0),
    # Sets 100 and 101: written blind during the v0.30.23 round by two helpers that saw no rules (every
    # subject prescribed, so that concurrent writers could not converge on the same rare condition),
    # measured once at be90b38 (the round's first change, the age of a remedy's use), before either
    # was read. Set 100: precision 0.82 (147/179), recall 0.57 (of 244), 3 findings on the careful
    # articles (a travel clinic's dated, itemised price; a reader's letter quoting a salon's
    # "removal in three sessions, guaranteed"; "used safely in millions of children" answering a myth
    # about fluoride). Set 101: precision 0.85 (156/184), recall 0.57 (of 243), none. The first two were
    # fixed after; the third stands (a safety record told as the fact that answers a myth), hence the
    # ceiling of 1. The floors are those measurements.
    BlindSet("blind100", 244, 0.82, 0.565, 1),
    BlindSet("blind101", 243, 0.845, 0.565, 0),
    # Sets 102 and 103: written blind during the v0.30.23 round, while sets 100-101 were being read and
    # fixed, by two more helpers that saw no rules; measured once at 4cec4ef (the round's rules after
    # sets 100-101's careful-page fixes and a first pass at their misses), before either was read. Set
    # 102: precision 0.81 (153/190), recall 0.59 (of 242), 6 findings on the careful articles (a GP
    # column's "book an appointment if:" read as a sale, which made the page one that sells; "some never
    # need treatment again"; tonsillectomy ending tonsil stones "for good"; "most people never need to
    # see a doctor", then when to; the reader's own words for her symptom; hearing aids said to work
    # best early, in an article that names no harm of them). Set 103: precision 0.83 (170/205), recall
    # 0.61 (of 251), 3 (who licenses a kind of treatment read as an approval claimed, twice; leave to
    # start walking without a specialist). All fixed after but the hearing aids (RSK001's verdict on the
    # article), hence set 102's ceiling of 1.
    BlindSet("blind102", 242, 0.805, 0.585, 1),
    BlindSet("blind103", 251, 0.825, 0.605, 0),
    # Sets 104 and 105: written blind at the end of the v0.30.23 round, after sets 100-103 had been read
    # and fixed, by two more helpers that saw no rules; measured once at 19bf123 (v0.30.23's rules and two
    # small changes since: exosome treatments by more names, authorities said to recommend what a page
    # sells), before either was read. Set 104: precision 0.83 (161/193), recall 0.62 (of 240), 3 findings on
    # the careful articles (cord blood "collected without any harm to mother or baby"; a GP leaflet's "book
    # an appointment if a mole ..." and "if you are worried, book an appointment anyway"). Set 105: precision
    # 0.79 (162/204), recall 0.61 (of 240), 5 (a test's instructions to stop antihistamines or iron
    # beforehand, twice; side effects that "go away completely" in most people; a trial's adverse-event
    # rates in two arms read as how many with MS are tired; a reader's "a friend says statins are poison
    # ... What do you think?"). All fixed after. The floors are those measurements.
    BlindSet("blind104", 240, 0.83, 0.615, 0),
    BlindSet("blind105", 240, 0.79, 0.605, 0),
    # Sets 106 to 109: written blind in the v0.30.25 round by four helpers that saw no rules, two at a time,
    # every subject prescribed. Sets 106 and 107 measured once at e3cdafd (v0.30.24's rules and the round's
    # first change), 108 and 109 once at fe11f34 (after 106-107 had been read and fixed), each before it was
    # read. Set 106: precision 0.76 (151/198), recall 0.57 (135/236), 5 findings on the careful articles (a
    # price beside others' prices and a plain "Book online"; "work with animals"; "ultraviolet A (UVA)";
    # "one long collapse"). Set 107: 0.78 (167/214), 0.62 (148/238), 6 (three relative figures from reviews
    # of trials; "no known harms apart from ..."; "there is no harm, but"; an advert quoted in a reader's
    # question). Set 108: 0.81 (169/208), 0.65 (152/234), 3 (an NHS leaflet that gives the prescription
    # charge read as a page that sells, twice; "ana-fill-axis"). Set 109: 0.80 (152/190), 0.57 (131/230), 5
    # (a physio's "to restore movement" and a graft; a myth in italics denied at once; a reader's old
    # certificate date; "a thymus disorder"). All fixed after but set 107's three relative figures (EVD006:
    # the articles give no absolute numbers), hence its ceiling of 3.
    BlindSet("blind106", 236, 0.76, 0.57, 0),
    BlindSet("blind107", 238, 0.78, 0.62, 3),
    BlindSet("blind108", 234, 0.81, 0.645, 0),
    BlindSet("blind109", 230, 0.80, 0.565, 0),
    # Sets 110 and 111: written blind at the end of the v0.30.25 round, after sets 106-109 had been read and
    # fixed; measured once at 6b83ac3 (the v0.30.25 release) before either was read. Set 110: precision 0.79
    # (168/214), recall 0.65 (155/239), 6 findings on the careful articles (a free test patch; heat's effect
    # on damaged nerves; non-live vaccines safe with every DMT; trials that found no harm but two; a trial's
    # arms compared; a caller's MMR claim taken apart in the next turn). Set 111: 0.83 (149/180), 0.57
    # (138/240), 1 ("often smelly lumps"). All fixed after.
    BlindSet("blind110", 239, 0.785, 0.645, 0),
    BlindSet("blind111", 240, 0.825, 0.575, 0),
    # Sets 112 and 113: written blind at the start of the v0.30.28 round, after sets 110-111 had been read
    # and fixed; measured once at b639f64 (the v0.30.27 release) before either was read. Set 112: precision
    # 0.79 (172/217), recall 0.60 (149/247), 4 findings on the careful articles (a practice's "book an
    # appointment if drops haven't helped"; a patient's "not because it fixed my diabetes"; adverts promising
    # to cure rosacea, quoted and then doubted; a review's "three times as likely to have anaphylaxis" on
    # oral immunotherapy). Set 113: 0.76 (140/185), 0.54 (132/243), 1 (autoinflation "has no real downside").
    # Three careful findings fixed after; the ceiling of 1 on each keeps the two left: the relative figure
    # for a harm from a review of trials (EVD006 is right by the benefits-and-harms criterion; the writer
    # judged the trade-off explained) and a balloon said to have "no real downside" (RSK002 reads a
    # blanket denial; the writer judged it true of a balloon).
    BlindSet("blind112", 247, 0.79, 0.60, 1),
    BlindSet("blind113", 243, 0.755, 0.54, 1),
    # Sets 114 and 115: written blind late in the v0.30.28 session, after sets 112-113 had been read and fixed;
    # measured once at 6d7c887 (the v0.30.28 release) before either was read. Set 114: precision 0.79
    # (185/234), recall 0.66 (160/243), 7 findings on the careful articles (a precaution "for every patient who
    # could become pregnant"; a consumer test's quoted marketing and its own "tested it on three staff"; a
    # reader's neighbour's "miracle cure", doubted at once; "most people are cured" of DLBCL by R-CHOP; a
    # nurse's "we see people every day"; a clinic's price beside "you can compare"). Set 115: 0.82 (164/199),
    # 0.62 (146/234), 1 ("economy class syndrome" explained in a DVT leaflet). All fixed after.
    BlindSet("blind114", 243, 0.79, 0.655, 0),
    BlindSet("blind115", 234, 0.82, 0.62, 0),
    # Sets 116 and 117: written blind at the start of the v0.30.30 round, every subject prescribed; measured
    # once at d224d68 (the v0.30.29 release) before either was read. Set 116: precision 0.85 (188/221),
    # recall 0.67 (165/247), 2 findings on the careful articles (a screening trial's relative fall in deaths,
    # called relative in the next sentence; "we call it limbal stem cell deficiency", a real condition the
    # knowledge base lacked). Set 117: 0.80 (157/196), 0.61 (146/240), 1 (a trial "run in 150 practices and
    # published in 2021" read as a plan). All fixed after.
    BlindSet("blind116", 247, 0.87, 0.785, 0),
    BlindSet("blind117", 240, 0.825, 0.745, 0),
    # Sets 118 and 119: written blind late in the v0.30.30 session, after sets 116-117 had been read and fixed;
    # measured once at e01ffce (the v0.30.30 release) before either was read. Set 118: precision 0.85
    # (160/189), recall 0.65 (148/229), 2 findings on the careful articles (an advert's "guaranteed for life"
    # quoted after "you will see the adverts:"; a talk's "I've heard that ... you're in the clear for life",
    # put to the speaker to answer). Set 119: 0.83 (169/204), 0.59 (146/248), 1 ("for most children whose
    # transplant works, sickle cell disease does not come back"). All fixed after.
    # (v0.30.41: 0.87 for the FSA's 2020 CBD advice of 70 mg a day told as current in a dated column, now a dated
    # change (TIM005) on a line the set labels as a factual error.)
    BlindSet("blind118", 229, 0.87, 0.75, 0),
    BlindSet("blind119", 248, 0.855, 0.71, 0),
    # Sets 120 and 121: written blind after v0.30.31 was released; measured once at ce40c76 (that release)
    # before either was read. Set 120: precision 0.78 (178/228), recall 0.63 (150/237), 4 findings on the
    # careful articles (a charity blog read as a shop for a prescription charge and "adults who contact us";
    # "do not delay or skip an infusion"; "no risk tool is precise"; stopping smoking "does more than any
    # tablet"). Set 121: 0.77 (164/214), 0.61 (146/240), 4 (treatment before "a confirmed diagnosis"; a
    # leaflet's "cures MS" handed to a member who asks "Is there anything in that?", twice; "usually nothing
    # to worry about"). All fixed after; set 121's misses were read in the next round (v0.30.33).
    # At v0.30.35 EVD016 reads "thousands of bottles have been sold" in a retirement magazine's advertorial for
    # cataract drops, a real claim of popularity as proof the set does not label: 0.805.
    BlindSet("blind120", 237, 0.805, 0.695, 0),
    BlindSet("blind121", 240, 0.83, 0.835, 0),
    # Sets 122 and 123: written blind after v0.30.32 was released; measured once at 3700167 (that release)
    # before either was read. Set 122: precision 0.77 (153/198), recall 0.57 (136/240), 3 findings on the
    # careful articles (a cord blood collection that "doesn't hurt you or the baby"; "the end of 2026" in a
    # heading; "please book an appointment, test or no test, if you notice"). Set 123: 0.76 (160/210), 0.63
    # (148/236), none. All fixed after.
    BlindSet("blind122", 240, 0.835, 0.83, 0),
    BlindSet("blind123", 236, 0.81, 0.835, 0),
    # Sets 124 and 125: written blind after v0.30.33 was released; measured once at 4f51e4e (that release)
    # before either was read. Set 124: precision 0.78 (143/183), recall 0.58 (138/236), 6 findings on the
    # careful articles (a "painless" laser under a heading that lists the risks in numbers; "follows a cold or
    # flu and is almost always caused by a virus"; a review's "antibiotics shortened a cough ... by about half
    # a day"; a clinician's "many people tell us"; a free check at community pharmacies; a pupil who "does not
    # return to play"). Set 125: 0.87 (190/219), 0.71 (165/233), 3 ("no lasting harm, but some ..."; a relative
    # figure put in numbers in the next sentence; "book an appointment promptly if"). All fixed after.
    BlindSet("blind124", 236, 0.845, 0.75, 0),
    BlindSet("blind125", 233, 0.89, 0.82, 0),
    # Sets 126 and 127: written blind after v0.30.34 was released; measured once at 1f062a0 (that release)
    # before either was read. Set 126: precision 0.86 (194/225), recall 0.66 (167/253), 1 finding on the
    # careful articles ("a transplant can cure sickle cell disease in most children who have one"). Set 127:
    # 0.78 (170/219), 0.66 (154/232), 1 ("children do not do it on purpose"). Both fixed after. (v0.30.39: 0.875
    # for a raw-food podcast's "It's a healing crisis, so push through it", a real warning sign dismissed, labelled at
    # the words after it. v0.30.46: 0.87 for a crowdfunding page's story of a woman who stopped her infusions after
    # starting the product, a real stopped treatment, labelled at the sentence after it.)
    BlindSet("blind126", 253, 0.87, 0.77, 0),
    BlindSet("blind127", 232, 0.80, 0.765, 0),
    # Sets 128 and 129: written blind after v0.30.35 was released; measured once at 55141ab (that release)
    # before either was read. Set 128: precision 0.72 (127/177), recall 0.49 (107/219), 3 findings on the
    # careful articles (a GP column's "three times the stated dose", its "book an appointment", a relative
    # figure in a carers' meeting). Set 129: 0.77 (151/196), 0.58 (134/233), none. All three fixed after
    # (v0.30.36); the floors are the tuned figures, 0.79 / 0.72 and 0.81 / 0.80.
    BlindSet("blind128", 219, 0.785, 0.715, 0),
    BlindSet("blind129", 233, 0.81, 0.80, 0),
    # Sets 130 and 131: written blind after v0.30.36 was released; measured once at c43ad77 (that release)
    # before either was read. Set 130: precision 0.80
    # (163/205), recall 0.58 (143/246), 3 findings on the careful articles (a cord blood feature's "offered the
    # chance to pay", a fever leaflet's "with no lasting harm", a patient group's "trials have shown"). Set 131:
    # 0.83 (190/230), 0.70 (169/242), 7 (an MS exercise guide's GP "referral scheme" and gym membership, a
    # talking-therapies leaflet's "you do not need to see your GP" to refer yourself, a talk's "book an
    # appointment").
    # Their careful-page findings were read after the measurement and eight of the ten fixed at the cause
    # (v0.30.37); left, RSK001 on an NHS service leaflet and on a money feature. Their misses were read for
    # v0.30.38 (meanings and 24 facts); the floors are the tuned figures, 0.86 / 0.85 and 0.88 / 0.905.
    # (v0.30.39: 0.855 for "let down by a system that just hands out pills" and "fobbed off with pills", real
    # distrust wording in two flawed articles, labelled only for their "sufferers".)
    BlindSet("blind130", 246, 0.855, 0.85, 1),
    BlindSet("blind131", 242, 0.88, 0.905, 1),
    # Sets 132 and 133: written blind after v0.30.38 was released; measured once at 523b82f (that release)
    # before either was read. Set 132: precision 0.80 (160/200), recall 0.58 (146/251), 3 findings on the careful
    # articles (a feature's "often called a silent killer" and pharmacies' "free blood pressure check", a GP's "I'd
    # never tell you a vaccine has no risks"). Set 133: 0.82 (177/215), 0.63 (157/248), 2 (a per-unit "40 per cent
    # lower odds", an NHS pharmacy's "The consultation is free"). All five fixed after, and the misses read
    # (v0.30.39); the floors are the tuned figures, 0.86 / 0.84 and 0.87 / 0.88.
    BlindSet("blind132", 251, 0.86, 0.835, 0),
    BlindSet("blind133", 248, 0.87, 0.88, 0),
    # Sets 134 and 135: written blind after v0.30.39 was released; measured once at c0705c0 (that release)
    # before either was read. Set 134: precision 0.79 (165/209), recall 0.61 (152/251), 3 findings on the careful
    # articles (an MMR release's "no harm in having an extra dose", an MS nurse's "rarely cured outright" read as a
    # share, an observational "18% higher odds" given with its limits). Set 135: 0.83 (178/214), 0.66 (156/237), 3
    # (a per-cent figure with its own caveat, a vaccine offered to one birth cohort, research the JCVI relied on).
    # All six fixed after, and the misses read (v0.30.40); the floors are the tuned figures, 0.84 / 0.84 and
    # 0.865 / 0.86.
    BlindSet("blind134", 251, 0.84, 0.84, 0),
    BlindSet("blind135", 237, 0.865, 0.86, 0),
    # Sets 136 and 137: written blind after v0.30.40 was released; measured once at 6d04f05 (that release)
    # before either was read. Set 136: precision 0.79 (160/202), recall 0.59 (146/247), 2 findings on the careful
    # articles (a pharmacy's "you don't need a referral" for its own advice at the counter, a school immunisation
    # team's "ring us to book" for its catch-up clinics). Set 137: 0.76 (179/236), 0.65 (161/249), none. Both
    # fixed after, and the false alarms and misses read (v0.30.41); the floors are the tuned figures, 0.845 / 0.785
    # and 0.82 / 0.83. (v0.30.46: 0.84 for two shops' finance boxes, now read as the page's own offer: "0% finance
    # available" and a rental price, real commercial text the labels left out.)
    BlindSet("blind136", 247, 0.84, 0.785, 0),
    BlindSet("blind137", 249, 0.82, 0.83, 0),
    # Sets 138 and 139: written blind after v0.30.41 was released; measured once at 98581ea (that release)
    # before either was read. Set 138: precision 0.81 (166/205), recall 0.61 (146/240), 3 findings on the careful
    # articles (an NHS breast screening page's "You do not need a referral", a reader's letter reporting a gadget
    # that "promises to cure it", a talk's "Lots of people think nicotine is what gives you cancer. It isn't.").
    # Set 139: 0.81 (164/202), 0.64 (147/228), none. All fixed after, and the false alarms and misses read
    # (v0.30.42); the floors are the tuned figures, 0.865 / 0.84 and 0.86 / 0.87.
    BlindSet("blind138", 240, 0.865, 0.84, 0),
    BlindSet("blind139", 228, 0.86, 0.87, 0),
    # Sets 140 and 141: written blind after v0.30.41 was released, during the v0.30.42 round, by helpers that saw no
    # rule; measured once at 492f0eb (the v0.30.42 release) before either was read. Set 140: precision 0.79
    # (157/199), recall 0.59 (145/244), nothing on the careful articles. Set 141: 0.81 (157/193), 0.59 (145/246), 2 on
    # the careful articles (an NHS lithium page's "twice as likely", a diabetes remission feature's "come off some
    # tablets"). Read after (v0.30.43): the second fixed at its cause (a verb joined to a report is reported); the
    # first kept, since a harm given only as a relative figure is what HealthNewsReview's harms criterion asks to
    # quantify, careful page or not. The floors are the tuned figures, 0.84 / 0.82 and 0.865 / 0.81.
    BlindSet("blind140", 244, 0.84, 0.82, 0),
    BlindSet("blind141", 246, 0.865, 0.81, 1),
    # Sets 142 and 143: written blind after v0.30.42 was released, during the v0.30.43 round, by helpers that saw no
    # rule; measured once at f7fd7cc (the v0.30.43 release) before either was read. Set 142: precision 0.77
    # (154/199), recall 0.57 (140/245), 1 on the careful articles (a student health page's HPV catch-up you can "get
    # it free"). Set 143: 0.755 (148/196), 0.556 (139/250), 2 (an anticoagulant feature's "five times more likely",
    # an islet transplant story's report that newspapers "called it a cure"). All three fixed at the cause after,
    # and the false alarms and misses read (v0.30.44); the floors are the tuned figures, 0.85 / 0.84 and 0.825 / 0.795.
    BlindSet("blind142", 245, 0.85, 0.84, 0),
    BlindSet("blind143", 250, 0.825, 0.795, 0),
    # Sets 144 and 145: written blind after v0.30.43 was released, during the v0.30.44 round, by helpers that saw no
    # rule; measured once at 122c8d4 (the v0.30.44 release) before either was read. Not read yet: the floors are the
    # measured figures, so a later change can only raise them. Set 144: precision 0.78 (151/194), recall 0.567
    # (139/245), 3 on the careful articles. Set 145: 0.725 (164/226), 0.562 (145/258), 6 on the careful articles.
    # Only the careful-page findings read after (v0.30.45): eight fixed at the cause, one kept (a stop-smoking figure
    # given only as "triples your chances", a relative benefit HealthNewsReview asks to quantify). The false alarms
    # and misses read after (v0.30.46): meanings and facts; the floors are the tuned figures, 0.845 / 0.83 and
    # 0.795 / 0.81 (v0.30.47: 0.79 for a cannabis listing's review "Threw my tablets in the bin", a real stopped
    # treatment its labels left out).
    BlindSet("blind144", 245, 0.84, 0.825, 0),
    BlindSet("blind145", 258, 0.79, 0.805, 1),
    # Sets 146 and 147: written blind after v0.30.45 was released, during the v0.30.46 round, by helpers that saw no
    # rule; measured once at 8ad3ff0 (the v0.30.46 release) before either was read. Set 146: precision 0.78
    # (158/203), recall 0.57 (139/245), 2 on the careful articles. Set 147: 0.82 (169/207), 0.62 (154/250), 3. All
    # five careful-page findings fixed at the cause, and the other false alarms and misses read into meanings and
    # facts after (v0.30.47); the floors are the tuned figures, 0.84 / 0.85 and 0.865 / 0.85.
    BlindSet("blind146", 245, 0.84, 0.85, 0),
    BlindSet("blind147", 250, 0.865, 0.85, 0),
    # Sets 148 and 149: written blind after v0.30.46 was released, during the v0.30.47 round, by helpers that saw no
    # rule; measured once at eaa31d8 (the v0.30.47 release) before either was read. Set 148: precision 0.81
    # (195/241), recall 0.71 (170/241), 2 on the careful articles. Set 149: 0.75 (167/224), 0.57 (146/254), 6. Only the
    # careful-page findings read after (v0.30.48), all eight fixed at the cause; the other false alarms and misses
    # read into meanings and facts for v0.30.49. The floors are the tuned figures, 0.845 / 0.895 and 0.81 / 0.83.
    BlindSet("blind148", 241, 0.845, 0.895, 0),
    BlindSet("blind149", 254, 0.81, 0.83, 0),
    # Sets 150 and 151: written blind after v0.30.48 was released, during the v0.30.49 round, by helpers that saw no
    # rule; measured once at e4a7c38 (the v0.30.49 release) before either was read. Set 150: precision 0.81
    # (173/213), recall 0.65 (158/243), 1 on the careful articles. Set 151: 0.82 (155/190), 0.57 (142/251), 3. All
    # four careful-page findings fixed at the cause, and the other false alarms and misses read into meanings and
    # facts after (v0.30.50); the floors are the tuned figures, 0.85 / 0.81 and 0.865 / 0.78.
    BlindSet("blind150", 243, 0.85, 0.81, 0),
    BlindSet("blind151", 251, 0.865, 0.78, 0),
    # Sets 152 and 153: written blind after v0.30.48 was released, during the v0.30.49 round, by helpers that saw no
    # rule; held back unread and measured once at 3a12272 (the v0.30.50 release). Set 152: precision 0.83 (183/220),
    # recall 0.68 (167/246), 1 on the careful articles. Set 153: 0.82 (168/205), 0.61 (153/252), 2. Only the
    # careful-page findings read after (v0.30.51), all three fixed at the cause; the other false alarms and misses read
    # into meanings and facts for v0.30.52. The floors are the tuned figures, 0.86 / 0.82 and 0.85 / 0.76.
    # (v0.30.53: precision floor 0.855, not 0.86. RSK005 now also reads "you can simply stop them" of HRT patches, a real
    # slip on a line the set labels only at its next sentence, so the one new finding counts as a false alarm.)
    BlindSet("blind152", 246, 0.855, 0.82, 0),
    BlindSet("blind153", 252, 0.85, 0.76, 0),
    # Sets 154 and 155: written blind after v0.30.50 was released, during the v0.30.51-52 rounds, by helpers that saw
    # no rule; held back unread and measured once at c17fac6 (the v0.30.52 release). Set 154: precision 0.78 (161/206),
    # recall 0.59 (141/240), 6 on the careful articles. Set 155: 0.75 (132/176), 0.50 (119/236), 7. Read for v0.30.53
    # (careful pages, misses as frames, facts): 0.85 (213/251) / 0.80 (193/240) and 0.84 (186/222) / 0.73 (172/236),
    # nothing on the careful pages. The floors are the tuned figures.
    BlindSet("blind154", 240, 0.845, 0.80, 0),
    # (v0.30.61) 0.83: the writer's own account of weaning off an antidepressant is now read as a medicine stopped (RSK005);
    # the labeller filed the advice to the reader in the next sentence, not the account.
    BlindSet("blind155", 236, 0.83, 0.725, 0),
    # Sets 156 and 157: written blind during the v0.30.53 round by helpers that saw no rule; held back unread and measured
    # once at c2ef657 (the v0.30.53 release). Set 156: precision 0.79 (191/242), recall 0.67 (164/246), 7 on the careful
    # articles. Set 157: 0.78 (155/199), 0.61 (146/241), 4. Read for v0.30.54 (careful pages, misses as frames, facts):
    # 0.83 (224/269) / 0.80 (197/246) and 0.83 (196/237) / 0.78 (187/241), nothing on the careful pages. The floors are
    # the tuned figures.
    BlindSet("blind156", 246, 0.83, 0.80, 0),
    BlindSet("blind157", 241, 0.825, 0.775, 0),
    # Sets 158 and 159: written blind during the v0.30.54 round by helpers that saw no rule; held back unread and measured
    # once at 4420397 (the v0.30.54 release). Set 158: precision 0.84 (167/199), recall 0.70 (154/219), 1 on the careful
    # articles. Set 159: 0.70 (162/230), 0.57 (142/247), 0. Read for v0.30.55 (the careful page, misses as frames, facts):
    # 0.89 (203/227) / 0.87 (190/219) and 0.76 (212/278) / 0.79 (195/247), nothing on the careful pages. The floors are
    # the tuned figures.
    BlindSet("blind158", 219, 0.89, 0.865, 0),
    BlindSet("blind159", 247, 0.76, 0.785, 0),
    # Sets 160 and 161: written blind during the v0.30.55 round by helpers that saw no rule; held back unread and measured
    # once at 202382c (the v0.30.55 release). Set 160: precision 0.84 (177/211), recall 0.71 (154/217), 0 on the careful
    # articles. Set 161: 0.81 (183/225), 0.72 (154/215), 1. Read for v0.30.56 (the careful page, two reading fixes, misses
    # as frames, facts): 0.86 (215/249) / 0.88 (192/217) and 0.84 (218/258) / 0.88 (189/215), nothing on the careful
    # pages. The floors are the tuned figures.
    BlindSet("blind160", 217, 0.86, 0.88, 0),
    BlindSet("blind161", 215, 0.84, 0.875, 0),
    # Sets 162 and 163: written blind during the v0.30.56 round by helpers that saw no rule; held back unread and measured
    # once at 6d9470b (the v0.30.56 release). Set 162: precision 0.77 (172/223), recall 0.64 (155/242), 2 on the careful
    # articles. Set 163: 0.72 (154/215), 0.57 (136/238), 1. Read for v0.30.57 (the careful pages, reading fixes, frames
    # for who stops which medicine or care, facts): 0.79 (191/241) / 0.72 (174/242) and 0.74 (176/237) / 0.66
    # (158/238), one finding left on set 162's careful phone-in (a surveillance figure read as a relative risk). The
    # floors are the tuned figures.
    BlindSet("blind162", 242, 0.79, 0.715, 1),
    BlindSet("blind163", 238, 0.74, 0.66, 0),
    # Sets 164 and 165: written blind during the v0.30.57 round by helpers that saw no rule; held back unread and measured
    # once at 5008274 (the v0.30.57 release). Set 164: precision 0.80 (166/208), recall 0.70 (150/213), 4 on the careful
    # articles. Set 165: 0.77 (178/232), 0.66 (158/239), 0. Read for v0.30.58 (the careful pages, "it" for an illness,
    # the frames widened, facts): 0.82 (191/232) / 0.82 (175/213) and 0.79 (202/256) / 0.76 (181/239), two findings
    # left on set 164's careful school-nursing page (a lice comb read as a test, wet combing "suitable for everyone").
    # The floors are the tuned figures.
    # (v0.30.61) 0.81: the blogger's "I ditched metformin" (twice, in the title and the opening) and "I simply stopped the
    # metformin" are now read as a medicine stopped (RSK005); the labeller filed the advice to swap it, not the account.
    BlindSet("blind164", 213, 0.81, 0.82, 2),
    BlindSet("blind165", 239, 0.785, 0.755, 0),
    # Sets 166 and 167: written blind during the v0.30.58 round by helpers that saw no rule; held back unread and measured
    # once at b74ed77 (the v0.30.58 release). Set 166: precision 0.72 (163/225), recall 0.63 (136/217), 6 on the careful
    # articles. Set 167: 0.70 (154/219), 0.60 (138/229), 2. Read for v0.30.59 (the careful pages, then the misses: frames
    # with more agents, care given up in any form of the verb, results for all "of them", facts): 0.77 (193/251) / 0.76
    # (166/217) and 0.75 (195/259) / 0.78 (179/229), one finding left on set 166's careful feature (a clinic's quoted
    # promise that stem cells regrow cartilage). The floors are the tuned figures.
    BlindSet("blind166", 217, 0.765, 0.76, 1),
    BlindSet("blind167", 229, 0.75, 0.78, 0),
    # Sets 168 and 169: written blind during the v0.30.59 round by helpers that saw no rule; held back unread and measured
    # once at 068952e (the v0.30.59 release). Set 168: precision 0.86 (161/187), recall 0.69 (148/213), 0 on the careful
    # articles. Set 169: 0.75 (174/232), 0.60 (151/250), 1. Read for v0.30.60 (the careful page, the misses, facts):
    # 0.88 (183/209) / 0.80 (170/213) and 0.78 (204/261) / 0.72 (181/250), nothing on the careful pages. The floors
    # are the tuned figures.
    BlindSet("blind168", 213, 0.875, 0.795, 0),
    BlindSet("blind169", 250, 0.78, 0.72, 0),
    # Sets 170 and 171: written blind during the v0.30.60 round by helpers that saw no rule; held back unread and measured
    # once at c6c3a89 (the v0.30.60 release). Set 170: precision 0.72 (155/214), recall 0.58 (131/227), 5 on the careful
    # articles. Set 171: 0.64 (172/267), 0.62 (149/239), 0. Read for v0.30.61 (set 170's careful pages; the misses of both
    # as meanings: the writer's own account of stopping a medicine, the seller's whole crowd with the result, doctors
    # said to be bought or behind; a helper's facts): 0.76 (179/237) / 0.68 (154/227), four findings left on set 170's
    # careful pages, and 0.69 (216/312) / 0.81 (193/239), none. The floors are the tuned figures.
    # (v0.30.62) Ceiling 3: the relative RSV figure restated with its baseline in the next sentence is answered (EVD006).
    BlindSet("blind170", 227, 0.755, 0.675, 3),
    BlindSet("blind171", 239, 0.69, 0.805, 0),
    # Sets 172 and 173: written blind during the v0.30.61 round by helpers that saw no rule; held back unread and measured
    # once at 1ba41e08 (the v0.30.61 release). Set 172: precision 0.79 (171/216), recall 0.65 (157/243), 3 on the careful
    # articles. Set 173: 0.85 (166/196), 0.63 (150/239), 2. Read for v0.30.62 (the careful pages; the risk misses as
    # meanings: safety promised whoever the reader is, checks needed by nobody, doses raised by number or dial,
    # interactions and implants denied; a helper's facts): 0.84 (207/247) / 0.79 (193/243) and 0.88 (196/223) / 0.75
    # (179/239), nothing on the careful pages of either. The floors are the tuned figures.
    BlindSet("blind172", 243, 0.835, 0.79, 0),
    BlindSet("blind173", 239, 0.875, 0.745, 0),
    # Sets 174 and 175: written blind during the v0.30.62 round by helpers that saw no rule; held back unread and measured
    # once at 75752264 (the v0.30.62 release). Set 174: precision 0.81 (153/190), recall 0.55 (136/246), 2 on the careful
    # articles. Set 175: 0.83 (172/206), 0.61 (153/250), 4. Not read yet: the floors are the measured figures.
    BlindSet("blind174", 246, 0.805, 0.55, 2),
    BlindSet("blind175", 250, 0.83, 0.61, 4),
]


# At v0.8.0 sets 1, 2, 6 and 7 fall by 0.005-0.01 precision for real problems each set labels on the
# same line under another category or quote: a testimonial's "my neurologist couldn't believe my
# MRI" beside the labelled recovery story (EVD003), and "suitable for anyone with dementia", which
# set 6 files as a factual error and RSK002 reports as harms waved away.
# Also at v0.6.0, CLM004 became HYP003 (a miracle is hype) and FCT007 became TRM004 (a retired term
# is terminology), the categories the newer sets file them under: sets 3-7 rise, and sets 1 and 2,
# whose writers filed "miracle" with the cure claims, fall by 0.005 precision and 0.01 recall.
# At v0.6.0 sets 5 and 6 rise (fear appeals, conspiracy framing, proven care made optional, a page's
# own date in its footer), and sets 1, 2 and 4 fall by 0.01-0.02 precision for findings the labels
# file elsewhere or not at all, each read: an approval claim on a sales page ("our FDA-approved stem
# cell procedure") that the sets label as a factual error, a second real denial on a labelled line
# ("Safe for everyone"), "every month you wait" and "before it's too late" on clinic pages, and "they
# don't want you to know" (labelled hype in set 2, now conspiracy framing).
# Floors raised at v0.4.0 to the scores since (real-news fixes, more wordings, a third knowledge
# pack): each set's figure at its measurement stays in the comment above it. Lowered slightly at
# v0.5.0 for sets 1-4 (0.005-0.01 precision): money-off offers and booking deadlines are now read, and
# those sets label a sales line once, so a second real offer on a labelled line ("use my referral
# code ... and get $500 off your package") counts against precision.

@pytest.fixture(params=SETS, ids=[s.folder for s in SETS])
def blind(request) -> BlindSet:
    return request.param


def test_a_measured_set_says_so(blind):
    """Each set's MEASURED file, written after its one measurement, is what lets its misses be read."""
    assert (HERE / blind.folder / "MEASURED").read_text().strip()


def test_an_unmeasured_set_refuses_to_show_its_misses(tmp_path, capsys):
    from corpus_scoring import main
    articles = tmp_path / "articles"
    articles.mkdir()
    (tmp_path / "FREEZE.sha256").write_text("")
    assert main(["-v", str(articles)]) == 2
    assert "not yet measured" in capsys.readouterr().err
    (tmp_path / "MEASURED").write_text("measured once at abc1234\n")
    assert main(["-v", str(articles)]) == 0


def test_a_quote_that_stands_twice_on_its_line_matches_either_place():
    """A Markdown link whose text and target are the same URL: a finding on the target matches."""
    from types import SimpleNamespace

    from corpus_scoring import _overlaps
    line = "Get it [https://a.example/x](https://a.example/x) today."
    target = line.index("(https") + 1
    on_target = SimpleNamespace(line=1, column=target + 1, end_line=1, end_column=target + 1 + len("https://a.example/x"))
    elsewhere = SimpleNamespace(line=1, column=1, end_line=1, end_column=4)
    assert _overlaps({"quote": "https://a.example/x"}, on_target, line)
    assert not _overlaps({"quote": "https://a.example/x"}, elsewhere, line)


def test_the_blind_set_is_unchanged_since_it_was_frozen(blind):
    root = HERE / blind.folder
    lines = (root / "FREEZE.sha256").read_text().splitlines()
    assert lines
    for line in lines:
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha256((root / name).read_bytes()).hexdigest() == digest, name


def test_precision_recall_and_careful_articles_stay_within_the_bounds(blind):
    """Precision and recall at or above the floors, and no more warnings on the careful articles than
    the ceiling: one test, so that each article is linted once."""
    folder = HERE / blind.folder / "articles"
    linted = lint_folder(folder)
    results = score(folder=folder, linted=linted).values()
    found = sum(s.true_positives + s.false_positives for s in results)
    labels = sum(s.labels for s in results)
    assert labels == blind.labels
    assert sum(s.true_positives for s in results) / found >= blind.precision_floor, "precision below the floor"
    assert sum(s.recalled for s in results) / labels >= blind.recall_floor, "recall below the floor"
    careful = clean_article_findings(folder=folder, linted=linted)
    assert len(careful) <= blind.careful_findings_ceiling, careful


def test_a_measurement_names_the_mslint_it_scored_with(tmp_path, capsys):
    """An environment may hold mslint installed from another tree: the output says which one scored the set."""
    import mslint
    from corpus_scoring import main
    articles = tmp_path / "articles"
    articles.mkdir()
    assert main([str(articles)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"scored with mslint {mslint.__version__} from {Path(mslint.__file__).resolve().parent}"
