"""Evidence and hype in wordings the rules first met on the measured blind sets, each written anew."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides

PAGE = "# The clinic's treatment\n\nOur clinic offers joint injections.\n\n"


def found(sentence: str, selector: str) -> list[tuple[str, str]]:
    return [(f.code, f.excerpt) for f in lint_text(PAGE + sentence + "\n", "a.md", overrides=Overrides(select=(selector,)))]


@pytest.mark.parametrize("sentence, selector, expected", [
    ("Studies across the globe have confirmed her results.", "EVD001", ("EVD001", "Studies across the globe have confirmed")),
    ("Ask anyone who has had it: that's proof that it works.", "EVD002", ("EVD002", "that's proof that it works")),
    ("The shots stop knee pain in 100% of patients.", "EVD007", ("EVD007", "stop knee pain in 100% of patients")),
    ("The clinic says 90 per cent of its clients see their pain ease.", "EVD003", ("EVD003", "90 per cent of its clients see")),
    ("Its founder calls the shots the start of the end of arthritis.", "HYP001", ("HYP001", "the start of the end of")),
])
def test_new_wordings_are_caught(sentence, selector, expected):
    assert found(sentence, selector) == [expected]


@pytest.mark.parametrize("sentence, selector", [
    ("There is no proof that it works.", "EVD002"),
    ("Is that proof that it works? Not on its own.", "EVD002"),
    ("In the pilot study, the shots helped in 100% of the 8 patients.", "EVD007"),
])
def test_denied_asked_or_a_studys_own_result_is_not(sentence, selector):
    assert found(sentence, selector) == []


@pytest.mark.parametrize("sentence, selector, expected", [
    ("Book now: you'll see the same results.", "EVD003", ("EVD003", "you'll see the same results")),
    ("Afterwards, 88% of wearers said they felt calmer.", "EVD003", ("EVD003", "88% of wearers said they felt calmer")),
    ("The patches beat hay fever in just ten days.", "CLM002", ("CLM002", "beat hay fever in just ten days")),
    ("With the drops, your symptoms will disappear for good.", "CLM002", ("CLM002", "symptoms will disappear for good")),
    ("Only 9 consultation slots remain this week.", "COM007", ("COM007", "Only 9 consultation slots remain")),
    ("It is a silent threat that is quietly blinding our children.", "LNG010", ("LNG010", "quietly blinding")),
    ("GPs hand out antibiotics like sweets.", "LNG011", ("LNG011", "hand out antibiotics like sweets")),
])
def test_more_wordings_are_caught(sentence, selector, expected):
    assert found(sentence, selector) == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Asked after a month, 93% said they felt more rested.", [("EVD003", "93% said they felt more rested")]),
    ("Eight in 10 buyers who finished the pack told us they were less stiff.",
     [("EVD003", "Eight in 10 buyers who finished the pack told us they were less stiff")]),
    # A poll of what people do, and a trial's own arms, are not customers vouching for a product.
    ("In a national poll, 55% of adults said they had bought a vitamin in the past year.", []),
    ("In the trial, 42% on the spray said they felt less tired, against 36% on placebo.", []),
])
def test_buyers_who_felt_better_in_other_words(sentence, expected):
    assert found(sentence, "EVD003") == expected


def test_a_survey_of_people_who_felt_better_is_customer_evidence():
    assert found("Afterwards, 91% of respondents said they felt better.", "EVD003") == [
        ("EVD003", "91% of respondents said they felt better")]


@pytest.mark.parametrize("text", [
    # the events counted, in a study whose size the article gives
    "# Nuts and diabetes\n\nThe researchers followed 90,000 adults for eight years and found 4,120 cases of "
    "type 2 diabetes.\n\nThose who ate nuts most days had a 20 percent lower risk of type 2 diabetes.\n",
    # two groups' rates side by side, for the same outcome
    "# Nasal gel\n\nThe gel cut wound infections by half.\n\nThe trial found wound infections in 4.1% versus "
    "8.2% of patients.\n",
])
def test_a_relative_figure_with_its_counts_elsewhere_is_not_relative_only(text):
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("EVD006",)))] == []


def test_a_relative_figure_with_no_counts_is_still_flagged():
    text = "# Nuts and diabetes\n\nThose who ate nuts most days had a 20 percent lower risk of type 2 diabetes.\n"
    assert [f.code for f in lint_text(text, "a.md", overrides=Overrides(select=("EVD006",)))] == ["EVD006"]


@pytest.mark.parametrize("text, sells", [
    ("# Knee clinic\n\nInjections cost $900 a session. Book your consultation today.\n", True),
    ("# Drops\n\nOrder now and get a free second bottle.\n", True),
    ("# Relapses\n\nCall the MS nurse line if a new symptom lasts more than a day.\n", False),
    ("# A new device\n\nThe device costs about $3,000, and insurers have not yet said whether they will pay.\n", False),
])
def test_what_counts_as_a_page_that_sells(text, sells):
    from mslint.reading import read_document
    from mslint.rules.kinds.article_conditions import holds

    assert holds(read_document("a.md", text), "sells") is sells


def test_on_a_page_that_sells_studies_show_is_said_of_the_product():
    text = ("# Calm drops\n\nStudies show that the plant extract calms the inner ear.\n\n"
            "Order now and get a free second bottle.\n")
    assert [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=("EVD001",)))] == [
        ("EVD001", "Studies show")]


def test_a_symptom_cured_in_the_patients_own_words_is_a_cure_claim():
    text = "# A forum\n\nThe new pills cured my brain fog in a week.\n\nThey did not cure my fatigue.\n"
    assert [(f.code, f.excerpt) for f in lint_text(text, "a.md", overrides=Overrides(select=("CLM001",)))] == [
        ("CLM001", "cured my brain fog")]


def evd(text: str, code: str = "EVD006") -> list[str]:
    return [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))]


@pytest.mark.parametrize("text, numbers", [
    # the rates follow in two sentences, the second pointing back to the first
    ("# Eye drops\n\nAdding the drops to laser treatment halved the risk of the tumours growing back.\n\n"
     "With the drops, the tumours grew back in 12 percent. This compared with 24 percent among those "
     "given laser alone.\n", "This compared with 24 percent among those given laser alone."),
    # a figure whose clause names no outcome, with the counts in the next sentence of the paragraph
    ("# Night-time arrivals\n\nPeople who arrived at night were 35 percent more likely to be offered the "
     "clot treatment, which limits damage after a stroke. Overall, 260 night-time stroke patients had it "
     "against 200 daytime stroke patients.\n",
     "Overall, 260 night-time stroke patients had it against 200 daytime stroke patients."),
    # one-sentence paragraphs: the story goes on in the next one
    ("# Two knee operations\n\nThe full replacement gave better movement.\n\nYet it nearly doubled the "
     "complication rate.\n\nOf the 40 patients given it, 45 percent had problems such as swelling and "
     "infection.\n", "Of the 40 patients given it, 45 percent had problems such as swelling and infection."),
    # the baseline risk and where the change takes it
    ("# Screening\n\nThe screening programme cut deaths from bowel cancer by 25 percent. For an average adult, "
     "the risk of dying of bowel cancer is about 2 percent.\n",
     "For an average adult, the risk of dying of bowel cancer is about 2 percent."),
    ("# Screening\n\nThe screening programme cut deaths from bowel cancer by 25 percent. Screening would lower "
     "the death rate from bowel cancer to 1.5 percent.\n",
     "Screening would lower the death rate from bowel cancer to 1.5 percent."),
])
def test_the_absolute_figures_a_news_story_gives_nearby_are_found(text, numbers):
    assert evd(text) == []
    assert evd(text.replace(numbers, "")) != []  # without them, the figure is relative only


def test_two_relative_changes_are_not_two_groups_rates():
    text = ("# A pill for MS\n\nThe relapse rate was 25 percent lower on the pill than on placebo.\n\n"
            "Disability worsening was reduced by 30 percent and brain shrinkage by 20 percent.\n")
    assert evd(text) == ["25 percent lower"]


def test_how_long_is_not_how_many():
    text = ("# Vitamins\n\nTaking the vitamin cut heart attack risk by 30 percent. People who took it for less "
            "than five years had no fewer heart attacks.\n")
    assert evd(text) == ["cut heart attack risk by 30 percent"]


def test_the_top_of_a_news_story_is_quantified_further_down():
    text = ("# A knee brace and walking\n\nA soft brace worn for a month may help older adults with knee "
            "arthritis walk further, according to a trial reported this week.\n\n"
            "Wearing the brace significantly improved walking distance, the small trial found.\n\n"
            "The trial was run at two clinics.\n\nEleven of the fourteen volunteers walked 25 percent "
            "further with the brace than without it.\n")
    assert evd(text, "EVD005") == []


def test_a_figure_the_article_itself_calls_relative_later_is_answered():
    text = ("# Late dinners and the heart\n\nA poster at a meeting linked late dinners to a 64% higher risk of "
            "dying of heart disease. We looked at what lies behind it.\n\n## The numbers\n\nThe study was small. "
            "{}\n")
    answered = "That 64% is a relative increase, and the deaths behind it were few."
    assert evd(text.format(answered)) == []
    assert evd(text.format("Its authors want a larger study.")) == ["64% higher"]


@pytest.mark.parametrize("sentence", [
    "Patients with the rare disease are still waiting for a breakthrough.",
    "The couple call their son, born after four rounds of IVF, their miracle baby.",
])
def test_a_wished_for_breakthrough_and_a_miracle_baby_are_not_hype(sentence):
    assert found(sentence, "HYP001") == []


@pytest.mark.parametrize("sentence, expected", [
    # a maker's scientist overstating, in quotes: still the article's claim
    ("\"These results prove our gel works,\" said the company's research director.", ["prove"]),
    # the phrase talked about, in scare quotes
    ("A label such as \"clinically proven\" on a shampoo means little.", []),
    # a condition still to be met, and a verdict reversed
    ("Wait to buy the monitor until it has been proven in a proper trial.", []),
    ("The early critics of the vaccine were proven to be mistaken.", []),
    # a claim reported in order to dispute it
    ("The company says the results prove its gel works, but the trial had no control group.", []),
])
def test_proof_claimed_quoted_talked_about_or_awaited(sentence, expected):
    assert [excerpt for _, excerpt in found(sentence, "EVD002")] == expected


@pytest.mark.parametrize("text, selector, expected", [
    ("# The band\n\nThe band eases anxiety. My friends at the book club swear by it.\n", "EVD003",
     ["My friends at the book club swear by it"]),
    ("# The band\n\nSome people swear by such bands, and others find them useless.\n", "EVD003", []),
    ("# The cream\n\nThe cream healed skin in pigs. Now imagine what it could do for your face.\n",
     "EVD004", ["imagine what it could do for your"]),
    ("# The spray\n\nThe spray cleared the airways of mice, so the same thing would happen in patients, "
     "its inventor argues.\n", "EVD004", ["the same thing would happen in patients"]),
])
def test_friends_word_and_animal_results_as_evidence(text, selector, expected):
    assert evd(text, selector) == expected


@pytest.mark.parametrize("text", [
    # the comparison arm's rate, pointed back to, is still the treatment's result
    "# A drug for breast cancer\n\nAdding trastuzumab to chemotherapy halved the risk of the cancer growing "
    "within a year.\n\nWith trastuzumab, the cancer grew within a year in 20 percent. This compared with 40 "
    "percent among those on chemotherapy alone.\n",
    # a figure that names neither its treatment nor its outcome in its own clause
    "# Preventing gout flares\n\nIn the earlier trials the drop in gout flares was about 10 percent, but the "
    "larger dose was linked to a 40 percent reduction in risk.\n\nThe trial enrolled 600 adults. Only 20 people "
    "on the larger dose had a gout flare, compared with 45 on the dummy tablet.\n",
])
def test_a_figures_numbers_later_in_the_story(text):
    assert evd(text) == []


@pytest.mark.parametrize("text, selector, expected", [
    # what patients told a clinic about its leaflets, not about a treatment
    ("# Our leaflets\n\nMany of our patients say our leaflets use print that is too small.\n", "EVD003", []),
    ("# The gel\n\nMany of our patients tell us their knee pain has eased.\n", "EVD003",
     ["Many of our patients tell us"]),
    # what would deserve the word, not a claim that anything does
    ("# Flu shots\n\n\"The real breakthrough would be a shot that lasts for years,\" he said.\n", "HYP001", []),
    # the counts in each arm, given just before the relative figure
    ("# Balance classes\n\nOver two years, 4 fractures occurred in the exercise group and 10 in the control "
     "group. The classes appeared to cut the risk of fracture by more than half.\n", "EVD006", []),
])
def test_words_about_words_hypotheticals_and_counts_per_arm(text, selector, expected):
    assert evd(text, selector) == expected


@pytest.mark.parametrize("text, expected", [
    ("Of those asked, 88% of women rated their results as outstanding.",
     ["88% of women rated their results as outstanding"]),
    ("Most of our arthritis patients tell us the stiffness eases.", ["Most of our arthritis patients tell us"]),
    ("My grandmother is living proof.", ["is living proof"]),
    # A survey by independent researchers is a study, not the seller's customers.
    ("In a national survey of 2,000 adults, 30% said they had tried it.", []),
])
def test_the_sellers_own_surveys_and_living_proof(text, expected):
    assert evd("# The clinic\n\n" + text + "\n", "EVD003") == expected


@pytest.mark.parametrize("text, expected", [
    # The figures were in the paragraph before, counted the way careful writers count.
    ("# The trial\n\nOf 24 children treated, 21 had no attacks for a year.\n\n"
     "Those are impressive results, but the trial had no comparison group.\n", []),
    ("# The trial\n\nAll six patients stayed in remission after the infusion.\n\n"
     "These are remarkable results, though the group was tiny.\n", []),
    # With no count anywhere, the praise stands alone.
    ("# The trial\n\nThe children were treated at three hospitals.\n\n"
     "Those are impressive results, and families are delighted.\n", ["impressive results"]),
])
def test_praise_that_points_back_to_counts(text, expected):
    assert evd(text, "EVD005") == expected


SHOP = ("# The knee clinic\n\nOne course of injections costs £2,400; save £300 when you pay in full.\n\n")


@pytest.mark.parametrize("text, expected", [
    # On a page that sells the treatment, an animal result is offered to the buyer.
    (SHOP + "In lab rabbits, the same injections regrew worn cartilage in a month.\n",
     ["In lab rabbits, the same injections regrew"]),
    # A news story, or a page that sells nothing, may report the animal result as a result, if it says that people are
    # another matter (v0.30.53: told bare, with no word on people anywhere near, it is flagged on any page).
    ("# Cartilage research\n\nIn lab rabbits, the injections regrew worn cartilage in a month. Whether they do the same "
     "in people is not yet known.\n", []),
    ("# Cartilage research\n\nIn lab rabbits, the injections regrew worn cartilage in a month.\n",
     ["In lab rabbits, the injections regrew"]),
    (SHOP + "The injections have not been tested in rabbits or any other animal.\n", []),
])
def test_an_animal_result_offered_on_a_sales_page(text, expected):
    assert evd(text, "EVD004") == expected


@pytest.mark.parametrize("text, expected", [
    ("Our own success rate is 81%.", ["Our own success rate is 81"]),
    ("More than three million mums trust our balm.", ["More than three million mums trust"]),
    ("Over 90,000 tubs sold this year.", ["Over 90,000 tubs sold"]),
    ("Five-star reviews from 8,000 buyers, so you know it works.", ["so you know it works"]),
    # A national survey's figure is research, not the seller's buyers.
    ("A national survey found three million adults use a fitness tracker.", []),
])
def test_popularity_and_a_sellers_own_success_rate(text, expected):
    assert evd("# The shop\n\n" + text + "\n", "EVD003") == expected


@pytest.mark.parametrize("text, expected", [
    ("The home kit is 97% accurate.", ["97% accurate"]),
    ("It predicts a dementia diagnosis within three years with 86% accuracy.", ["86% accuracy"]),
    # An estimate's accuracy within a margin, and a figure for each outcome, are not one hidden figure.
    ("The scan dates a pregnancy to within ten days of the true date with 52% accuracy.", []),
    ("The kit was 93% accurate for boys and 86% accurate for girls.", []),
])
def test_accuracy_as_one_figure_and_what_is_not(text, expected):
    assert evd("# The test\n\n" + text + "\n", "EVD009") == expected


@pytest.mark.parametrize("text, expected", [
    ("It changed my sleep, and it will change yours too.", ["will change yours too"]),
    ("My dentist couldn't believe my gums.", ["My dentist couldn't believe"]),
    ("We have seen the pain lift in patient after patient, week after week.", ["We have seen the pain lift in patient after patient, week after week"]),
    ("Most of the children we treat sleep through within a month.", ["Most of the children we treat sleep"]),
    ("Everyone in my running group swears by the patches.", ["Everyone in my running group swears by"]),
    ("In our own testing the band caught every fall.", ["In our own testing"]),
    ("Eight in ten parents said they felt calmer.", ["Eight in ten parents said they felt calmer"]),
    ("I've watched these drops help thousands of dry eyes.", ["I've watched these drops help thousands of dry eyes"]),
    # A practice's audited figures with a comparison are research, not anecdote.
    ("In a randomised trial against placebo, 40% of patients said they felt better.", []),
])
def test_the_practitioners_eyes_and_the_circle_of_users(text, expected):
    assert evd("# The clinic\n\n" + text + "\n", "EVD003") == expected


@pytest.mark.parametrize("sentence, excerpt", [
    ("The magnets draw blood to the joint, which is why they work so well for arthritis.",
     "which is why they work so well"),
    ("Candida drives the fatigue, so clearing the yeast cures the fatigue.", "clearing the yeast cures the fatigue"),
])
def test_a_mechanism_offered_as_proof_that_it_works(sentence, excerpt):
    findings = lint_text("# A page\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=("EVD011",)))
    assert [(f.code, f.excerpt) for f in findings] == [("EVD011", excerpt)]


@pytest.mark.parametrize("sentence", [
    "That is how the drug works: it blocks an enzyme in the liver.",
    "That is why doctors hope it works, though no trial has tested it.",
    "Researchers think this may be why it works in mice.",
])
def test_a_mechanism_described_or_hoped_for_is_not_proof_offered(sentence):
    findings = lint_text("# A page\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=("EVD011",)))
    assert findings == []


@pytest.mark.parametrize("sentence, expected", [
    ("With over 9,000 glowing reviews, the proof is clear.", [("EVD003", "over 9,000 glowing reviews, the proof is clear")]),
    ("A 4.8-star rating from parents shows how well it works.", [("EVD003", "4.8-star rating from parents shows")]),
    ("81% of our clients halved their painkillers in a month.", [("EVD003", "81% of our clients halved")]),
    ("Our clients' results speak for themselves.", [("EVD003", "results speak for themselves")]),
    ("The app has 12,000 five-star reviews, but reviews cannot show whether it works.", []),
    ("In the trial, 30% of patients reduced their dose.", []),
])
def test_reviews_ratings_and_the_clinics_own_tally_as_proof(sentence, expected):
    assert found(sentence, "EVD003") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A Stanford study proved that the patch ends migraines.", ["A Stanford study proved"]),
    ("A huge government trial proved the tea stops colds.", ["A huge government trial proved"]),
    ("A big Danish trial found that the tea stops colds.", []),
    # Named and dated, or merely a finding in an article that cites its sources: no appeal.
    ("A large UK trial found that statins cut heart attacks in older people (Smith 2021, Lancet).", []),
])
def test_a_study_known_only_by_where_it_comes_from(sentence, expected):
    assert excerpts("# Our remedy\n\n" + sentence + "\n", "EVD001") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The tonic will retrain your immune system in a month.", ["retrain your immune system"]),
    ("The pulses rewire the damaged pathways in the spine.", ["rewire the damaged pathways"]),
    ("Your hormones rebalance within three weeks of starting the plan.", ["Your hormones rebalance"]),
    # Explained pharmacology, a hope, or research in animals: no asserted mechanism.
    ("The drug wakes up the immune system so that it attacks the tumour.", []),
    ("The vaccine aims to retrain the immune system to leave myelin alone.", []),
])
def test_the_bodys_systems_retuned_in_other_words(sentence, expected):
    assert excerpts("# Our product\n\n" + sentence + "\n", "EVD008") == expected


@pytest.mark.parametrize("text, expected", [
    # The errors told in the next paragraph, as news writes one sentence to a paragraph.
    ("The scan correctly identified 78% of the patients.\n\nIt also got one in five of them wrong.\n", []),
    ("The scan correctly identified 78% of the patients.\n\nThe team plans a larger study.\n",
     ["correctly identified 78%"]),
    # Not across a heading.
    ("The scan correctly identified 78% of the patients.\n\n## Errors\n\nSome results were wrong.\n",
     ["correctly identified 78%"]),
])
def test_a_single_accuracy_figure_answered_next_door(text, expected):
    assert excerpts("# A breath test for bowel cancer\n\n" + text, "EVD009") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In mice with weak hearts, our own cell line rebuilt the muscle.",
     ["In mice with weak hearts, our own cell line rebuilt"]),
    ("In mice, the drug repaired myelin; our team now plans a trial in people.", []),
])
def test_an_animal_result_told_of_the_issuers_own_product(sentence, expected):
    assert excerpts("# Our cells\n\n" + sentence + "\n", "EVD004") == expected


def excerpts(text: str, code: str) -> list[str]:
    """The excerpts of one rule's findings in a Markdown text."""
    return [f.excerpt for f in lint_text(text, "a.md", overrides=Overrides(select=(code,)))]
