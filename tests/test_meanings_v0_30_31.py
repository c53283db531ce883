"""The meanings v0.30.31 reads, from what sets 118-119 and the real-news audit of seed 2060 showed: a
disease with nothing left to feed on, customers telling of signs stopped, none of the clients catching an
illness, results kept that way, ages turned back, signs told as the body clearing or a busy mind, medicines
said goodbye to, checks and exercises dropped, fear and guilt, offers and rationed stock, the seller's own
survey and database, long use by professionals, and the careful wordings beside them. Each sentence is
written for this test; none comes from an evaluation set."""

import pytest

from mslint.api import lint_text
from mslint.engine.planner import Overrides


def found(page: str, code: str, line: int) -> list[str]:
    return [f.excerpt for f in lint_text(page, "a.md", overrides=Overrides(select=(code,))) if f.line == line]


def on_a_page_that_sells(sentence: str, code: str) -> list[str]:
    return found("# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\n" + sentence + "\n", code, 5)


def on_a_leaflet(text: str, code: str) -> list[str]:
    return found("# About your care\n\nThis leaflet explains what to expect.\n\n" + text + "\n", code, 5)


@pytest.mark.parametrize("sentence, code, excerpt", [
    ('After three sessions the pain has nothing left to feed on.', 'CLM002',
     'pain has nothing left to feed on'),
    ('Clients with eczema tell us their flare-ups stop within a week.', 'CLM002',
     'Clients with eczema tell us their flare-ups stop'),
    ('Arthritis is reversed within six months.', 'CLM002',
     'Arthritis is reversed within six months'),
    ('The lozenge heals cavities.', 'CLM002',
     'heals cavities'),
    ('Not one of our 300 clients has caught flu this year.', 'CLM002',
     'Not one of our 300 clients has caught flu'),
    ("Your child simply won't catch a cold this winter.", 'CLM002',
     "won't catch a cold this winter"),
    ('Every client who has finished the course has had a better scan.', 'CLM003',
     'Every client who has finished the course has had a better scan'),
    ('Nearly all our patients walk further by their six-week review.', 'CLM003',
     'Nearly all our patients walk further by their six-week review'),
    ('Every one of my clients who has tried the wrap now sleeps right through.', 'CLM003',
     'Every one of my clients who has tried the wrap now sleeps right through'),
    ('The tea brings your pressure back down to normal and keeps it there.', 'CLM005',
     'back down to normal and keeps it there'),
    ('The damaged lung is restored for good.', 'CLM005',
     'is restored for good'),
    ('The cream firms your skin back to how it looked at 30, and keeps it that way.', 'CLM005',
     'back to how it looked at 30, and keeps it that way'),
    ('The drops turn back your eye age by five years, permanently.', 'CLM005',
     'turn back your eye age by five years, permanently'),
    ('The wrap melts belly fat permanently.', 'CLM005',
     'melts belly fat permanently'),
    ('It is the cleverest little gadget I have come across in twenty years of testing.', 'HYP001',
     'the cleverest little gadget I have come across in twenty years'),
    ('It is the most profound healing work happening anywhere in the world.', 'HYP001',
     'the most profound healing work happening anywhere in the world'),
    ("These are the single best thing I've bought in a decade.", 'HYP001',
     "the single best thing I've bought in a decade"),
    ('If you feel worse, that is the inflammation clearing out, so keep going.', 'RSK010',
     'that is the inflammation clearing out, so keep going'),
    ('Wheezing at night is just a sign of a busy mind.', 'RSK010',
     'Wheezing at night is just a sign of a busy mind'),
    ('A headache just means the toxins are leaving.', 'RSK010',
     'headache just means the toxins are leaving'),
    ('You can say goodbye to your inhalers altogether.', 'RSK005',
     'can say goodbye to your inhalers altogether'),
    ('Say no when your doctor offers steroids.', 'RSK005',
     'Say no when your doctor offers'),
    ('Throw your hearing aids away on the first day.', 'RSK005',
     'Throw your hearing aids away'),
    ("There's no point getting it checked.", 'RSK011',
     'no point getting it checked'),
    ('There is no need to keep up your physio exercises.', 'RSK011',
     'no need to keep up your physio exercises'),
    ('You can drink it right through pregnancy.', 'RSK008',
     'can drink it right through pregnancy'),
    ('There is no fire risk, so smoke as you like.', 'RSK002',
     'no fire risk'),
    ("Don't wait to become another heart attack statistic.", 'LNG010',
     "Don't wait to become another heart attack statistic"),
    ("Don't sit at home waiting for your knees to give out.", 'LNG010',
     "Don't sit at home waiting for your knees to give out"),
    ('Stop being a burden on your family.', 'LNG010',
     'Stop being a burden on your family'),
    ('Your little one feels every bit of it.', 'LNG012',
     'Your little one feels every bit of it'),
    ("Buy a tub and we'll send you a free second tub.", 'COM009',
     'send you a free second tub'),
    ('Only 14 kits left at this price.', 'COM007',
     'Only 14 kits left at this price'),
    ('The price of a course goes up to £900 on 1 June.', 'COM007',
     'price of a course goes up to £900 on 1'),
    ('The club gets £50 for every member who books.', 'COM002',
     'gets £50 for every member who books'),
    ('8 in 10 told our follow-up survey they slept better.', 'EVD017',
     '8 in 10 told our follow-up survey they slept better'),
    ('Every plan is based on our database of 40,000 customers.', 'EVD017',
     'based on our database of 40,000'),
    ('In the lab, the gel stopped 90% of germs growing.', 'EVD004',
     'In the lab, the gel stopped'),
    ('Rescue teams have trusted the salve for decades.', 'EVD003',
     'teams have trusted the salve for decades'),
    ('Tradition proves it: the root calms the nerves.', 'EVD002',
     'Tradition proves it:'),
])
def test_meanings_on_a_page_that_sells(sentence, code, excerpt):
    assert on_a_page_that_sells(sentence, code) == [excerpt]


@pytest.mark.parametrize("text, code", [
    ('The single most important thing anyone with asthma can do is take the preventer inhaler every day.', 'HYP001'),
    ('For most people whose surgery works, the cancer does not come back.', 'CLM002'),
    ('The advice applies only to women without complications.', 'RSK002'),
    ('These clinics are not regulated, and they can delay effective treatment.', 'RSK011'),
    ('Our dentists fill cavities on the same day.', 'CLM002'),
    ('Feeling sick afterwards is the anaesthetic leaving your system.', 'RSK010'),
    ('Scroll for long enough and you will see the adverts: "Perfect teeth in a day, guaranteed for life!"', 'CLM003'),
    ('There are essentially no side effects, the company says.', 'RSK002'),
])
def test_careful_wordings_are_left_alone(text, code):
    assert on_a_page_that_sells(text, code) == []
    assert on_a_leaflet(text, code) == []


def test_a_negative_condition_after_an_opening_and_stays_in_its_clause():
    # "And if you can't sleep, take a double dose": the "can't" belongs to the if-clause.
    text = "If the rash itches, rub the balm in. And if you can't sleep, take a double dose of the drops."
    assert [f.code for f in lint_text("# Our remedy\n\nWe sell a herbal remedy. Order now for £20.\n\n" + text + "\n", "a.md",
                                      overrides=Overrides(select=("RSK012",)))] == ["RSK012"]


def test_a_clause_after_a_comma_and_is_out_of_reach_of_the_one_before():
    text = "New cartilage grows where the worn surface used to be, and the knee is restored for good."
    assert on_a_page_that_sells(text, "CLM005") == ["is restored for good"]
