"""Meanings read from blind sets 134-135 after their measurement at v0.30.39 (v0.30.40): their careful pages (an
extra vaccine dose that does no harm, bladder problems rarely cured outright, relative figures given with the
study's own limits or for a vaccine offered to one birth cohort, research an expert committee relied on) and their
misses. Each sentence is written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,)))]


SHOP = "# The Meadow Health Store\n\nOrder today for \u00a329. Call 0113 496 0789.\n\n"
NEWS = "# Health news\n\nA reporter looks at a local business.\n\n"


@pytest.mark.parametrize("page, code, sentence, excerpts", [
    (SHOP, "COM007", "Only 12 of 200 launch kits left.",
     ["Only 12 of 200 launch kits left"]),
    (SHOP, "COM007", "Sign up in the next 24 hours for a free guide.",
     ["Sign up in the next 24 hours"]),
    (SHOP, "CLM003", "Every customer who has emailed us after trying it has said their back pain eased.",
     ["Every customer who has emailed us after trying it has said their back pain eased"]),
    (SHOP, "CLM003", "Every member who's been on it since spring has given up their knee brace.",
     ["Every member who's been on it since spring has given up"]),
    (SHOP, "CLM003", "Every parent in our club whose children take the drops has had a cold free winter.",
     ["Every parent in our club whose children take the drops has had a cold free winter"]),
    (SHOP, "CLM003", "Our members on the weekly plan simply never get ill.",
     ["Our members on the weekly plan simply never get ill"]),
    (SHOP, "CLM003", "Nine in ten buyers say their scans are clear by the third month.",
     ["Nine in ten buyers say their scans are clear by"]),
    (SHOP, "CLM003", "Nine out of ten cats we treat are off their painkillers within a month.",
     ["Nine out of ten cats we treat are off their painkillers within"]),
    (SHOP, "CLM003", "Almost every client of ours who uses it sees results within weeks.",
     ["Almost every client of ours who uses it sees results within weeks"]),
    (SHOP, "CLM003", "That is what happens for almost everybody.",
     ["That is what happens for almost everybody"]),
    (SHOP, "CLM006", "The spray stops children catching coughs altogether.",
     ["stops children catching coughs altogether"]),
    (SHOP, "CLM006", "The capsules switch off the immune attack.",
     ["switch off the immune attack"]),
    (SHOP, "CLM006", "The insoles realign the spine so people with arthritis can walk normally again.",
     ["so people with arthritis can walk normally again"]),
    (SHOP, "CLM006", "The tea destroys abnormal cells before they can become cancer.",
     ["destroys abnormal cells before they can become"]),
    (SHOP, "CLM006", "The oil packs dissolve fibroids naturally.",
     ["dissolve fibroids"]),
    (NEWS, "LNG010", "Don't resign yourself to a lifetime of pain.",
     ["Don't resign yourself to a lifetime of"]),
    (NEWS, "LNG010", "A tumour could be spreading silently inside you.",
     ["spreading silently inside you"]),
    (NEWS, "LNG010", "By the time you notice symptoms it could be too late.",
     ["By the time you notice symptoms it could be too late"]),
    (NEWS, "LNG010", "Every day on the drugs is another day of harm.",
     ["Every day on the drugs is another day of"]),
    (NEWS, "LNG010", "Don't wait until you can't walk to the shops.",
     ["Don't wait until you can't walk"]),
    (NEWS, "LNG010", "Your colon rots in its own waste, she said.",
     ["rots in its own waste"]),
    (NEWS, "LNG010", "Screens are robbing a generation of sleep.",
     ["robbing a generation of"]),
    (NEWS, "LNG011", "Surgeons would rather operate than tell you about exercise.",
     ["Surgeons would rather operate than tell you"]),
    (SHOP, "RSK010", "Give the drops a week before you bother your optician.",
     ["Give the drops a week before you bother your optician"]),
    (SHOP, "RSK010", "Wait a month before you start worrying about the blurring.",
     ["Wait a month before you start worrying"]),
    (SHOP, "RSK010", "Blood in your urine is to be expected on the cleanse.",
     ["Blood in your urine is to be expected"]),
    (SHOP, "RSK010", "Just keep exercising through the ankle pain.",
     ["Just keep exercising through the ankle pain"]),
    (SHOP, "RSK010", "Push through it!",
     ["Push through it!"]),
    (SHOP, "RSK012", "You can give two or three a day when they are ill.",
     ["can give two or three a day"]),
    (SHOP, "RSK012", "Use the highest setting overnight while you sleep.",
     ["Use the highest setting overnight while you sleep"]),
    (SHOP, "RSK012", "Keep taking your blood thinners alongside it, no problem.",
     ["Keep taking your blood thinners alongside it, no problem"]),
    (SHOP, "RSK012", "Don't worry about replacing the iron.",
     ["Don't worry about replacing the iron"]),
    (SHOP, "RSK012", "Take it as often as you like.",
     ["Take it as often as you like"]),
    (SHOP, "RSK005", "I recommend coming off your statins before the programme.",
     ["I recommend coming off your statins"]),
    (SHOP, "RSK005", "Lots of buyers put their CPAP machine away.",
     ["put their CPAP machine away"]),
    (SHOP, "RSK005", "Clients stepped down from their disease-modifying drug quickly.",
     ["stepped down from their disease-modifying drug"]),
    (SHOP, "RSK006", "You don't need to keep having blood tests.",
     ["don't need to keep having blood tests"]),
    (SHOP, "RSK006", "Patients find they do not need the surgery.",
     ["find they do not need the surgery"]),
    (SHOP, "RSK008", "The drops are gentle enough to continue when you are pregnant.",
     ["gentle enough to continue when you are pregnant"]),
    (SHOP, "RSK008", "People with a nut allergy can take them.",
     ["People with a nut allergy can take them"]),
    (SHOP, "RSK008", "The chews are safe from age two.",
     ["safe from age two"]),
    (SHOP, "RSK002", "There's really nothing in our tonic that can harm you.",
     ["nothing in our tonic that can harm"]),
    (SHOP, "EVD003", "The research simply hasn't caught up with what parents see.",
     ["research simply hasn't caught up with"]),
    (SHOP, "EVD008", "The mat floods your cells with oxygen.",
     ["floods your cells with oxygen"]),
    (SHOP, "EVD011", "Skin is made of collagen, which is why our powder can rebuild it.",
     ["which is why our powder can rebuild it"]),
    (NEWS, "TRM006", "She describes the main problem as Pelvic Energy Stagnation.",
     ["Pelvic Energy Stagnation"]),
    (NEWS, "TRM006", "We call this pattern a gut-brain lock.",
     ["gut-brain lock"]),
])
def test_the_meaning_is_found(page, code, sentence, excerpts):
    assert found(page + sentence + "\n", code) == excerpts


@pytest.mark.parametrize("code, sentence", [
    ("RSK002", "There's no harm in having another jab."),
    ("FCT019", "In MS, bowel problems are common but rarely cured."),
    ("EVD006", "Tablet users had roughly 20% higher odds of dementia; being observational, the study cannot prove cause."),
    ("EVD006", "Finishers were 30% less likely to develop diabetes, though finishers may differ from those who quit."),
    ("EVD006", "Rates fell by 80% in girls offered the vaccine at 12, compared with older cohorts."),
    ("RSK008", "DEET repellent can be used during pregnancy."),
    ("RSK010", "Players often keep training through it."),
])
def test_careful_wordings_are_left_alone(code, sentence):
    assert found(NEWS + sentence + "\n", code) == []


def test_research_an_expert_committee_relied_on_is_named_by_the_committee():
    """Even on a page that sells, research an expert body's advice rested on is named by the body."""
    page = SHOP + "This follows advice from the JCVI, after studies showed a single dose works.\n"
    assert found(page, "EVD001") == []
    assert found(SHOP + "Studies show a single dose of our spray works.\n", "EVD001") == ["Studies show"]
