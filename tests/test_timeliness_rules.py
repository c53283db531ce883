"""Timeliness rules (TIM001-TIM004) and the date helpers they stand on (mslint.dates)."""

import datetime as dt

import pytest

from mslint.analysis.dates import document_dates, find_dates, parse_date_value, parse_today, reference_date
from mslint.engine.runner import ActiveRule, check_document
from mslint.reading import read_document
from mslint.rules.stale_latest import StaleLatest
from mslint.rules.timeliness import (
    MissingPublicationDate,
    StaleFutureDate,
    UndatedRelativeTime,
    timeliness_rules,
)

DATED = "---\ndate: 2025-06-01\n---\n\n"


def lint(rule, source, path="x.md", **options):
    document = read_document(path, source)
    merged = {**rule.default_options, **options}
    return check_document(document, [ActiveRule(rule, rule.meta.severity, merged)], report_unused=False).findings


def excerpts(rule, source, path="x.md", **options):
    return [f.excerpt for f in lint(rule, source, path, **options) if f.code == rule.meta.code]


# -- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("3 March 2025", "2025-03-03", "2025-03-03"),
        ("March 3, 2025", "2025-03-03", "2025-03-03"),
        ("2025-03-03", "2025-03-03", "2025-03-03"),
        ("March 2025", "2025-03-01", "2025-03-31"),
        ("early 2024", "2024-01-01", "2024-07-01"),
        ("late 2024", "2024-07-01", "2024-12-31"),
        ("the fourth quarter of 2025", "2025-10-01", "2025-12-31"),
        ("Q1 2024", "2024-01-01", "2024-03-31"),
        ("autumn 2024", "2024-09-01", "2024-12-31"),
        ("winter 2024", "2024-01-01", "2025-03-31"),
        ("the first half of 2024", "2024-01-01", "2024-06-30"),
        ("2023-24", "2023-01-01", "2024-12-31"),
        ("2019", "2019-01-01", "2019-12-31"),
    ],
)
def test_find_dates_bounds(text, first, last):
    (mention,) = find_dates(text)
    assert (mention.first.isoformat(), mention.last.isoformat()) == (first, last)
    assert text[mention.start : mention.end] == text


@pytest.mark.parametrize("text", ["a trial in 2000 patients", "$2024", "2,024 people", "it may 12", "the 1990s",
                                  "10.2024", "2024%"])
def test_find_dates_ignores_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


def test_month_names_must_be_capitalised():
    assert [m.kind for m in find_dates("results may 2024")] == ["year"]
    assert [m.kind for m in find_dates("results in May 2024")] == ["month"]


def test_parse_date_value_and_today():
    assert parse_date_value("2025-03-03T10:00:00Z") == (dt.date(2025, 3, 3), dt.date(2025, 3, 3))
    assert parse_date_value(dt.date(2024, 1, 2)) == (dt.date(2024, 1, 2),) * 2
    assert parse_date_value("soon") is None
    assert parse_today("2030-01-02") == dt.date(2030, 1, 2)
    assert parse_today("") == dt.date.today()
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_today("next week")


@pytest.mark.parametrize(
    "source, path, expected",
    [
        ("---\ndate: 2025-02-11\n---\n\nText.\n", "a.md", "2025-02-11"),
        ("---\ndate: 2023-01-01\nlastmod: 2025-05-05\n---\n\nText.\n", "a.md", "2025-05-05"),
        ("Title\n\nBy Jo Smith\n18 September 2025\n\nText.\n", "a.txt", "2025-09-18"),
        ("Title\n\nBOSTON, January 9, 2026 -- Acme today announced a trial.\n", "a.txt", "2026-01-09"),
        ("# T\n\nUpdated by the patient team, 14 April 2025.\n\nText.\n", "a.md", "2025-04-14"),
        ("<p>By Dana Whitlock | Published 12 June 2025</p><p>Text.</p>", "a.html", "2025-06-12"),
        ('<head><meta name="date" content="2024-10-01"></head><p>Text.</p>', "a.html", "2024-10-01"),
        ("# T\n\nText.\n\nPage last reviewed: 2 May 2024\n", "a.md", "2024-05-02"),
        # an e-mail's header with its weekday, a forum post's by-line, a dateline naming two places
        ("From: a@b.example\nSubject: News\nDate: Friday 7 March 2025\n\nDear reader, text.\n", "a.txt", "2025-03-07"),
        ("Thread: new drug\n\nPost #1 by rowan_k, 3 May 2018, 09:12\nHas anyone tried it?\n", "a.txt", "2018-05-03"),
        ("# T\n\nLeeds, UK, and Austin, TX, 4 February 2026 - Acme today announced a trial.\n", "a.md", "2026-02-04"),
        # a press release's release line; a column's standfirst naming its paper (0.30.11)
        ("NEWS RELEASE\n\nFor immediate release: Wednesday 11 February 2026\n\nTwo cases were confirmed last week.\n",
         "a.txt", "2026-02-11"),
        ("# Ask the GP\n\n*Dr Ada Lowe answers your questions. The Bridgetown Gazette, Saturday 17 January 2026.*\n\n"
         "Text.\n", "a.md", "2026-01-17"),
        # a footer the reader leaves out still dates the page; a copyright year does not
        ("<main><p>Text about the clinic.</p></main><footer><p>&copy; 2026 Acme. Page updated 9 January 2026."
         "</p></footer>", "a.html", "2026-01-09"),
    ],
)
def test_document_dates(source, path, expected):
    document = read_document(path, source)
    reference, _ = reference_date(document, dt.date(2099, 1, 1))
    assert reference.isoformat() == expected


def test_a_copyright_year_in_a_footer_does_not_date_the_page():
    document = read_document("a.html", "<main><p>Text.</p></main><footer><p>&copy; 2026 Acme Ltd.</p></footer>")
    assert reference_date(document, dt.date(2099, 1, 1))[0] == dt.date(2099, 1, 1)


def test_future_review_dates_and_cited_years_do_not_date_the_document():
    source = ("# T\n\nPublished 3 April 2025; next review due April 2027.\n\n"
              "Since a 2013 revision, published by Lublin and colleagues in Neurology in 2014, ...\n")
    dates = document_dates(read_document("a.md", source))
    assert [d.first.isoformat() for d in dates] == ["2025-04-03"]


@pytest.mark.parametrize("line", [
    "Written by the diabetes nursing team. Reviewed May 2025. Next review May 2027.",
    "By the clinic team | Updated May 2025 | Review due: May 2027",
    "Leaflet issued May 2025, valid until May 2027.",
])
def test_a_date_the_page_looks_ahead_to_never_dates_it_even_on_a_by_line(line):
    # A short by-line holds both dates; the later one is when the page will be looked at again.
    source = f"# T\n\n{line}\n\nThe clinic opens in spring 2026 and will see adults only.\n"
    dates = document_dates(read_document("a.md", source))
    assert [d.first.isoformat() for d in dates] == ["2025-05-01"]


# -- TIM001 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("In 2024, breakthroughs are expected.", "2024"),
        ("Results are expected in early 2024.", "early 2024"),
        ("The upcoming 2023 trial will recruit 40 people.", "2023"),
        ("Recruitment will begin in 2022.", "2022"),
        ("Our new clinic opens in autumn 2024, with 20 rooms.", "autumn 2024"),
        ("Prices are valid until 31 December 2024.", "31 December 2024"),
        ("Live session: 20 March 2025, 7 pm Eastern.", "20 March 2025"),
        ("The company expects to begin its study in the fourth quarter of 2024.", "the fourth quarter of 2024"),
        ("I go back for my booster infusions in March 2025, and I will post an update.", "March 2025"),
        ("The trial will run from March 2023 to June 2024.", "March 2023 to June 2024"),
        ("The clinic says a formal trial will start in January 2025.", "January 2025"),
        ("The study, which began in 2019, will report in 2024.", "2024"),
    ],
)
def test_stale_future_statements_fire(sentence, expected):
    assert excerpts(StaleFutureDate(), DATED + sentence + "\n") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024, researchers published the results.",
        "Results were expected in early 2024 but have not appeared.",
        "Forty cases were counted between the start of the epidemic in May 2023 and the end of that year.",
        "The 2019 MIST trial compared transplantation with drug treatment.",
        "Since 2019 the trial has recruited 300 people and will report in 2026.",
        "In 2015, the company promised results by 2018.",
        "As expected, the 2023 results were modest.",
        "The trial could report in 2024 if recruitment goes well.",
        "Results are expected in 2026.",
        "The MIST trial (Burt and colleagues, 2019) will be discussed below.",
        "The trial will run from March 2023 to June 2026.",
        "The guidelines published in 2022 will be updated soon.",
        "Patients treated in 2019 will be followed for ten years.",
        "We will compare results with those from 2020.",
        "In 2021 the clinic announced that it would open a second centre in 2022.",
        "Data from 2018 to 2020 will be analysed next year.",
        "A study in 2000 patients will report next year.",
    ],
)
def test_past_hedged_and_attributive_dates_do_not_fire(sentence):
    assert excerpts(StaleFutureDate(), DATED + sentence + "\n") == []


def test_judged_against_the_document_date_not_today():
    source = "---\ndate: 2023-01-20\n---\n\nResults are expected in early 2024.\n"
    assert excerpts(StaleFutureDate(), source) == []


def test_undated_documents_use_the_today_option():
    source = "Results are expected in 2030.\n"
    assert excerpts(StaleFutureDate(), source, "x.txt", today="2031-02-01") == ["2030"]
    assert excerpts(StaleFutureDate(), source, "x.txt", today="2029-06-01") == []


def test_a_bad_today_option_is_reported_not_ignored():
    findings = lint(StaleFutureDate(), "Results are expected in 2030.\n", "x.txt", today="tomorrow")
    assert [f.code for f in findings] == ["MSL003"]  # the engine reports the crashed rule
    assert "YYYY-MM-DD" in findings[0].message


def test_message_names_the_reference_date():
    (finding,) = lint(StaleFutureDate(), DATED + "Results are expected in early 2024.\n")
    assert "2025-06-01" in finding.message
    assert finding.severity.label == "warning"


# -- TIM002 --------------------------------------------------------------------------------------


def test_relative_time_in_an_undated_document():
    source = "This year, a team began offering transplants.\n\nRecently, results came out. Two years ago the first patient was treated.\n"
    assert excerpts(UndatedRelativeTime(), source, "x.txt") == ["This year", "Recently", "Two years ago"]


def test_a_personal_story_an_offer_or_a_heading_dates_no_information():
    # The reader need not place these in time to judge the article's health claims (0.16.0).
    source = ("Starting This Week\n\nTwo years ago I could not walk. My sister tried it last spring. "
              "Book this week and save 20%. Only 6 chairs left this month. If you have recently used a sunbed, "
              "tell us.\n")
    assert excerpts(UndatedRelativeTime(), source, "x.txt") == []


def test_me_the_condition_is_no_first_person():
    source = "People with ME were offered a new clinic this year.\n"
    assert excerpts(UndatedRelativeTime(), source, "x.txt") == ["this year"]


def test_relative_time_is_fine_in_a_dated_document_or_inside_quotes():
    assert excerpts(UndatedRelativeTime(), DATED + "This year, a team began offering transplants.\n") == []
    quoted = 'Phrases such as "only three places left this month" are sales techniques.\n'
    assert excerpts(UndatedRelativeTime(), quoted, "x.txt") == []


# -- TIM003 --------------------------------------------------------------------------------------

BODY = ("A hospital team has begun offering stem-cell transplants to more people with multiple sclerosis. "
        "The treatment uses chemotherapy to reset the immune system before rebuilding it from the patient's "
        "own stem cells. Doctors say it suits people with very active relapsing MS, and that its risks, "
        "which include serious infections, need careful discussion.\n")


def test_missing_date_fires_once_on_the_title():
    findings = lint(MissingPublicationDate(), "# Transplants for MS\n\n" + BODY)
    assert [(f.line, f.excerpt) for f in findings] == [(1, "Transplants for MS")]
    assert findings[0].severity.label == "info"


@pytest.mark.parametrize(
    "source",
    [
        DATED + "# Transplants for MS\n\n" + BODY,
        "# Transplants for MS\n\n*Last reviewed 2 May 2024*\n\n" + BODY,
        "# Transplants for MS\n\nShort note.\n",
    ],
)
def test_missing_date_silent_when_dated_or_too_short(source):
    assert lint(MissingPublicationDate(), source) == []


def test_registration_function():
    codes = [rule.meta.code for rule in timeliness_rules()]
    assert codes == ["TIM001", "TIM002", "TIM003", "TIM004", "TIM006"]
    assert StaleFutureDate.default_options == {"today": ""}


def test_every_date_expression_names_a_year():
    # find_dates skips text without a year-like number: that is only safe while this holds.
    from mslint.analysis import dates

    assert all(dates._YEAR in pattern for _, pattern in dates._PATTERNS)
    assert dates.find_dates("It opened in March and closed in May.") == []


# -- TIM004: "the latest figures, from 2012" ------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The latest figures from 2012 show that one adult in four is affected.", ["latest figures from 2012"]),
    ("The most recent review, published in 2008, found no benefit.", ["most recent review, published in 2008"]),
    ("Clinics now use the new 2017 criteria.", ["new 2017 criteria"]),
    ("The newest survey of 2016 counted 900 cases.", ["newest survey of 2016"]),
    ("The latest national guidance, published back in December 2019, says so.",
     ["latest national guidance, published back in December 2019"]),
    ("Our latest family survey, carried out in 2013, found the same.", ["latest family survey, carried out in 2013"]),
    ("Our 2014 outcome review, the most recent we have published, shows it.", ["2014 outcome review, the most recent"]),
    ("The newest evidence, a pilot study from 2011, backs it.", ["newest evidence, a pilot study from 2011"]),
    ("The latest US screening guidance (2009) still holds, the clinic says.", ["latest US screening guidance (2009)"]),
    ("The latest big trial, the 2004 ARC study, found a small effect.", ["latest big trial, the 2004 ARC"]),
    ("The latest feeding advice from the Royal College of Paediatrics, issued in 2010, says so.",
     ["latest feeding advice from the Royal College of Paediatrics, issued in 2010"]),
    ("The latest figures (2024) show a fall.", []),
    ("The latest numbers, up from 2012, show a rise.", []),
    # Recent enough for its document (2025): statistics lag a few years; "new" promises more.
    ("The latest figures, from 2021, show a small fall.", []),
    ("Clinics now use the new 2023 criteria.", []),
    # A trend, a range, a sentence set in its own past, a question, a negation.
    ("The latest data show a steady rise from 2012 onwards.", []),
    ("The latest figures from 2012 to 2022 show a rise.", []),
    ("When she was diagnosed in 2016, the latest figures were from 2012.", []),
    ("At the time, the most recent review was from 2008.", []),
    ("Is the latest review from 2008 still the best we have?", []),
    ("Figures from 2012 showed that one adult in four was affected.", []),
    # People of the time, not a source called current: "current smokers", "current workers".
    ("A survey of current smokers at the depot, published in 2004, found most wanted to stop.", []),
    ("The current advice, published in 2012, says otherwise.", ["current advice, published in 2012"]),
])
def test_stale_latest_in_a_dated_document(sentence, expected):
    assert excerpts(StaleLatest(), DATED + sentence + "\n") == expected


def test_stale_latest_position_and_message_name_the_documents_date():
    [finding] = lint(StaleLatest(), DATED + "Our page cites the latest figures from 2012 on relapses.\n")
    assert (finding.line, finding.column, finding.severity.name) == (5, 20, "WARNING")
    assert finding.message == ("\"latest figures from 2012\" is called latest but dates from 2012, years before the "
                               "document's date (2025-06-01): check for newer information, or give the date without "
                               "claiming it is current")


def test_stale_latest_undated_is_judged_against_the_today_option():
    source = "The latest figures from 2019 show a fall.\n"
    assert excerpts(StaleLatest(), source, today="2022-01-01") == []
    assert excerpts(StaleLatest(), source, today="2025-01-01") == ["latest figures from 2019"]
    [finding] = lint(StaleLatest(), source, today="2025-01-01")
    assert "document's date" not in finding.message  # today's date would change the message every year


def test_a_publication_and_month_opening_a_long_byline_date_the_page():
    source = ("# Ask the expert\n\n*Home Health magazine, April 2026 · Parenting · This month our expert is a school "
              "nurse with more than twenty years of experience answering readers' questions.*\n\nThis year, more "
              "children were seen.\n")
    [date] = document_dates(read_document("x.md", source))
    assert (date.first, date.last) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))


# -- TIM005: a status that changed at a known date ------------------------------------------------


def _superseded(source: str) -> list[tuple[str, str]]:
    from mslint.api import lint_text
    from mslint.engine.planner import Overrides

    # An undated page is judged against today: every change in the table is years past.
    findings = lint_text(source, "a.md", overrides=Overrides(select=("TIM005",)))
    return [(f.excerpt, f.severity.name.lower()) for f in findings]


def _dated(day: str, body: str) -> str:
    return f"---\ndate: {day}\n---\n# Emergency contraception\n\n{body}\n"


def test_a_status_from_before_its_change_is_flagged_on_a_page_dated_after_it():
    body = "Girls are given Cervarix in Year 8 at school, and ellaOne is only available on prescription."
    assert [excerpt for excerpt, _ in _superseded(_dated("2016-06-14", body))] == [
        "Girls are given Cervarix", "ellaOne is only available on prescription"]
    # Dated before both changes: how things stood then.
    assert _superseded(_dated("2012-05-01", body)) == []
    # Between them: only the later change is news to the page.
    assert [excerpt for excerpt, _ in _superseded(_dated("2013-05-01", body))] == ["Girls are given Cervarix"]


@pytest.mark.parametrize("body", [
    "Until 2015 ellaOne was only available on prescription.",
    "Is ellaOne only available on prescription? No: a pharmacist can supply it.",
    "ellaOne is not only available on prescription: pharmacists sell it too.",
])
def test_the_old_status_told_as_history_asked_or_denied_is_not_flagged(body):
    assert _superseded(_dated("2020-01-01", body)) == []


def test_an_undated_page_is_judged_against_today_as_a_note():
    assert _superseded("# Emergency contraception\n\nellaOne is only available on prescription.\n") == [
        ("ellaOne is only available on prescription", "info")]


def test_a_superseded_fact_needs_a_date_of_change(tmp_path):
    from mslint.knowledge.loader import KnowledgeError
    from test_attribute_facts import _load

    patterns = 'subject = "emergency-contraception"\ncontradicted-by = ["ellaone is sold out"]\n'
    with pytest.raises(KnowledgeError, match="key 'since': expected a date written YYYY, YYYY-MM or YYYY-MM-DD"):
        _load(tmp_path, 'relation = "superseded"\nsince = "March 2015"\n' + patterns)
    (fact,) = _load(tmp_path, 'relation = "superseded"\nsince = "2015-03"\n' + patterns).facts_of("superseded")[-1:]
    assert fact.since == "2015-03"


@pytest.mark.parametrize("day, body, expected", [
    # A vaccine that did not exist, then did: "there is none" is news before the change, stale after.
    ("2026-03-02", "There is still no vaccine for RSV, so keep babies away from coughs.",
     ["There is still no vaccine for RSV"]),
    ("2021-03-02", "There is still no vaccine for RSV, so keep babies away from coughs.", []),
    ("2026-03-02", "Sadly there's no vaccine against dengue yet.", ["there's no vaccine against dengue"]),
    ("2026-03-02", "Ebola has no vaccine.", ["Ebola has no vaccine"]),
    # The NHS's chickenpox jab arrived in January 2026: true in 2025, stale in February 2026.
    ("2025-11-20", "The chickenpox vaccine isn't available on the NHS.", []),
    ("2026-02-10", "The chickenpox vaccine isn't available on the NHS.",
     ["chickenpox vaccine isn't available on the NHS"]),
    ("2026-03-02", "There is no drug that can slow Alzheimer's disease.",
     ["There is no drug that can slow Alzheimer's disease"]),
    ("2026-03-02", "Women aged 25 to 49 are invited every three years.",
     ["Women aged 25 to 49 are invited every three years"]),
    ("2026-03-02", "The only cure for sickle cell disease is a bone marrow transplant.",
     ["The only cure for sickle cell disease is a bone marrow transplant"]),
    # Licences granted and withdrawn, judged by the page's own date.
    ("2019-05-02", "Burosumab is experimental.", ["Burosumab is experimental"]),
    ("2017-05-02", "Burosumab is experimental.", []),
    ("2013-05-02", "Kava is perfectly legal to sell in the UK.", ["Kava is perfectly legal to sell in the UK"]),
    ("2013-05-02", "Modafinil is licensed in the UK for shift-work sleepiness.",
     ["Modafinil is licensed in the UK for shift-work sleepiness"]),
    # Told as history, asked, or about what a drug does not do: not a stale status.
    ("2026-03-02", "Until 2023 there was no vaccine for RSV.", []),
    ("2026-03-02", "Is there a vaccine for chikungunya? Yes, since 2023.", []),
    ("2026-03-02", "No drug can cure Alzheimer's disease.", []),
])
def test_vaccines_and_treatments_that_arrived_at_a_known_date(day, body, expected):
    assert [excerpt for excerpt, _ in _superseded(_dated(day, body))] == expected


def test_a_fact_pattern_naming_an_unknown_class_or_entity_is_a_load_error(tmp_path):
    from mslint.knowledge.loader import KnowledgeError
    from test_attribute_facts import _load

    head = 'relation = "superseded"\nsince = "2015-03"\nsubject = "emergency-contraception"\n'
    with pytest.raises(KnowledgeError, match=r"unknown class or phrase \{NONE-AGAINT\}"):
        _load(tmp_path, head + 'contradicted-by = ["{NONE-AGAINT} {@rsv}"]\n')
    with pytest.raises(KnowledgeError, match=r"unknown entity \{@rsv-virus\}"):
        _load(tmp_path, head + 'contradicted-by = ["{NONE-AGAINST} {@rsv-virus}"]\n')
    # A phrase the knowledge base defines and an entity it holds: the fact loads.
    assert _load(tmp_path, head + 'contradicted-by = ["{NONE-AGAINST} {@rsv}"]\n').facts_of("superseded")


@pytest.mark.parametrize("day, sentence, flagged", [
    # The changes read from sets 86 and 87 (v0.30.18; sentences written here): flagged after the
    # change, told as they stood before it.
    ("2019-11-14", "There is still nothing licensed for primary progressive MS.", True),
    ("2016-05-02", "There is still nothing licensed for primary progressive MS.", False),
    ("2019-11-14", "Neurologists use the 2010 McDonald criteria, which are the latest.", True),
    ("2015-01-20", "Neurologists use the 2010 McDonald criteria, which are the latest.", False),
    ("2020-03-01", "Cladribine tablets are not available on the NHS.", True),
    ("2014-05-14", "DMAA is completely legal to buy in the UK.", True),
    ("2011-05-14", "DMAA is completely legal to buy in the UK.", False),
    # (v0.30.36, sets 128-129) Covid in the UK in 2022, vitamin D for everyone, NOGG's updates.
    ("2022-09-05", "The Delta variant is now driving most cases in Britain.", True),
    ("2021-08-05", "The Delta variant is now driving most cases in Britain.", False),
    ("2022-09-05", "People legally must self-isolate for five days after a positive test.", True),
    ("2021-09-05", "People legally must self-isolate for five days after a positive test.", False),
    ("2022-09-05", "Households can still get free lateral flow kits from the government.", True),
    ("2021-06-01", "Households can still get free lateral flow kits from the government.", False),
    ("2021-03-01", "Only adults older than 65 should take extra vitamin D.", True),
    ("2015-03-01", "Only adults older than 65 should take extra vitamin D.", False),
    ("2021-03-01", "NOGG last updated its guidance in 2008.", True),
    ("2022-09-05", "Until December 2021 the Delta variant was driving most cases.", False),
    # (v0.30.38, set 130) ADHD's age of onset in DSM-5, the first device the FDA cleared for it.
    ("2021-06-10", "For an ADHD diagnosis, signs must have appeared before the age of 7.", True),
    ("2012-06-10", "For an ADHD diagnosis, signs must have appeared before the age of 7.", False),
    ("2021-06-10", "For an ADHD diagnosis, several symptoms must be present before the age of 12.", False),
    ("2021-06-10", "Not one headset has ever been cleared by the FDA to treat ADHD.", True),
    ("2018-06-10", "Not one headset has ever been cleared by the FDA to treat ADHD.", False),
    ("2021-06-10", "In 2019 the FDA cleared a nerve stimulation device for ADHD.", False),
    # (v0.30.39, sets 132-133) Vaginal laser after the FDA's 2018 warning and NICE's 2021 guidance; NICE's 2003 MS
    # guideline after its 2014 replacement.
    ("2021-11-20", "No health authority has voiced any concerns about vaginal lasers.", True),
    ("2017-11-20", "No health authority has voiced any concerns about vaginal lasers.", False),
    ("2021-11-20", "NICE has not yet published guidance on transvaginal laser.", True),
    ("2020-11-20", "NICE has not yet published guidance on transvaginal laser.", False),
    ("2021-09-06", "The NICE guideline for MS was published in 2003.", True),
    ("2012-09-06", "The NICE guideline for MS was published in 2003.", False),
    # (v0.30.40, sets 134-135) Sumatriptan in pharmacies since 2006, CGRP injections from NICE since 2020, food
    # colour warnings since 2010.
    ("2021-09-15", "Sumatriptan is only sold on prescription here.", True),
    ("2005-09-15", "Sumatriptan is only sold on prescription here.", False),
    ("2021-09-15", "NICE is still considering the CGRP antibody jabs.", True),
    ("2019-06-15", "NICE is still considering the CGRP antibody jabs.", False),
    ("2019-06-12", "Even now there are no warning labels on sweets with these colours.", True),
    ("2009-06-12", "Even now there are no warning labels on sweets with these colours.", False),
    # (v0.30.41, sets 136-137) The FSA's CBD advice, 10 mg a day since October 2023.
    ("2024-05-20", "Healthy adults can take up to 70 mg of CBD per day.", True),
    ("2021-05-20", "Healthy adults can take up to 70 mg of CBD per day.", False),
    ("2025-02-03", "You may safely have as much as 70 mg of CBD each day.", True),
    ("2024-05-20", "The Food Standards Agency sets a daily limit of 70 mg.", True),
    ("2022-03-09", "The Food Standards Agency sets a daily limit of 70 mg.", False),
    ("2024-05-20", "The FSA now says to keep CBD to 10 mg daily or less.", False),
    ("2024-05-20", "Is 200 mg of CBD daily within FSA advice? No.", False),
    # (v0.30.42, set 139) NICE's hypertension guideline NG136, August 2019.
    ("2021-03-01", "Your GP still works from NICE's 2011 guideline, the current rulebook for blood pressure.", True),
    ("2015-03-01", "Your GP still works from NICE's 2011 guideline, the current rulebook for blood pressure.", False),
    ("2021-03-01", "NICE advises tablets for mild high blood pressure only when the ten-year risk of a stroke or heart attack is 20% or more.", True),
    ("2016-03-01", "NICE advises tablets for mild high blood pressure only when the ten-year risk of a stroke or heart attack is 20% or more.", False),
    ("2021-03-01", "NICE replaced its 2011 guideline in 2019 and lowered the threshold to a 10% risk.", False),
    # (v0.30.43, set 141) NICE's statin threshold (CG181, July 2014), calcium scoring dropped as a first test for
    # chest pain (CG95, November 2016), the old hypertension threshold in other words, sildenafil on prescription.
    ("2019-05-01", "Your GP will only prescribe a statin when your ten-year risk is above 20%.", True),
    ("2012-05-01", "Your GP will only prescribe a statin when your ten-year risk is above 20%.", False),
    ("2019-05-01", "Doctors offer statins to anyone whose 10-year risk of heart disease is 10% or more.", False),
    ("2019-05-01", "Statins used to be offered only at a 20% ten-year risk, until NICE lowered the bar in 2014.", False),
    ("2019-05-01", "Under NICE advice, a calcium scan is the first test for new chest pain.", True),
    ("2015-05-01", "Under NICE advice, a calcium scan is the first test for new chest pain.", False),
    ("2019-05-01", "Calcium scoring is the standard first test for suspected angina.", True),
    ("2019-05-01", "NICE now recommends CT coronary angiography as the first test for chest pain.", False),
    ("2021-05-01", "The threshold for treating stage 1 hypertension is a 20% ten-year risk.", True),
    ("2017-05-01", "The threshold for treating stage 1 hypertension is a 20% ten-year risk.", False),
    ("2021-05-01", "In stage 1 hypertension, tablets are offered if the ten-year risk is 10% or more.", False),
    ("2020-05-01", "Viagra is always a prescription-only medicine.", True),
    ("2016-05-01", "Viagra is always a prescription-only medicine.", False),
    ("2020-05-01", "Since 2018 sildenafil has been sold in pharmacies without a prescription.", False),
    # (v0.30.44, sets 142-143) The Lancet Commission's dementia risk factors (nine and a third until July 2020), HbA1c
    # for diagnosis (WHO, 2011), the NHS Diabetes Prevention Programme (2016), remission in the DiRECT trial (December 2017).
    ("2021-05-01", "Nine risk factors account for about a third of all dementia cases.", True),
    ("2018-05-01", "Nine risk factors account for about a third of all dementia cases.", False),
    ("2021-05-01", "A third of all dementia cases are preventable through nine risk factors.", True),
    ("2021-05-01", "The 2020 update counted twelve risk factors behind about 40% of cases.", False),
    ("2021-05-01", "The 2017 report counted nine factors; the 2020 update raised that to twelve.", False),
    ("2015-05-01", "GPs in the UK cannot use the HbA1c test to diagnose diabetes.", True),
    ("2009-05-01", "GPs in the UK cannot use the HbA1c test to diagnose diabetes.", False),
    ("2015-05-01", "The HbA1c test cannot be used to diagnose diabetes in the UK.", True),
    ("2015-05-01", "An HbA1c of 48 or more can be used to diagnose diabetes.", False),
    ("2018-09-01", "The NHS offers nothing for people with borderline blood sugar.", True),
    ("2014-09-01", "The NHS offers nothing for people with borderline blood sugar.", False),
    ("2018-09-01", "There is no NHS programme for people with prediabetes.", True),
    ("2018-09-01", "The NHS Diabetes Prevention Programme helps people with prediabetes.", False),
    ("2018-09-01", "No diet trial has ever sent type 2 diabetes into remission.", True),
    ("2016-09-01", "No diet trial has ever sent type 2 diabetes into remission.", False),
    ("2018-09-01", "Type 2 diabetes cannot be put into remission through weight loss.", True),
    ("2018-09-01", "The DiRECT trial put almost half its participants into remission.", False),
    # (v0.30.47, set 146) Generic sildenafil on the NHS for any man with erectile dysfunction since August 2014.
    ("2019-05-01", "Sildenafil is only available on the NHS for men with diabetes or prostate cancer.", True),
    ("2012-05-01", "Sildenafil is only available on the NHS for men with diabetes or prostate cancer.", False),
    ("2019-05-01", "The NHS only prescribes sildenafil to men with certain medical conditions.", True),
    ("2019-05-01", "You can only get sildenafil on the NHS if you have diabetes or MS.", True),
    ("2019-05-01", "Every man with erectile dysfunction may now get generic sildenafil from an NHS prescriber.", False),
    ("2019-05-01", "Tadalafil is only available on the NHS for men with certain conditions.", False),
    ("2019-05-01", "Until 2014, sildenafil was only available on the NHS for men with diabetes.", False),
    ("2019-05-01", "Branded Viagra is only prescribed on the NHS for men with certain conditions.", False),
    # (v0.30.48, set 149) The UK's routine childhood vaccines free of thiomersal since September 2004.
    ("2012-05-01", "Thiomersal is still used in the routine childhood vaccines given in the UK.", True),
    ("2003-05-01", "Thiomersal is still used in the routine childhood vaccines given in the UK.", False),
    ("2012-05-01", "The NHS baby jabs still contain mercury.", True),
    ("2012-05-01", "None of the routine childhood vaccines in the UK contain thiomersal.", False),
    ("2012-05-01", "Some flu vaccines for adults contain thiomersal.", False),
    ("2012-05-01", "Until 2004, thiomersal was in some of the routine baby jabs.", False),
    # (v0.30.48, set 148) Smartwatch features for sleep apnoea authorised by the FDA since February 2024.
    ("2025-03-01", "Not a single smartwatch has been approved by the FDA for sleep apnoea.", True),
    ("2022-03-01", "Not a single smartwatch has been approved by the FDA for sleep apnoea.", False),
    ("2025-03-01", "The FDA has never approved a wearable for sleep apnea.", True),
    ("2025-03-01", "A smartwatch alert for sleep apnoea is not a diagnosis; you still need a sleep study.", False),
    # (v0.30.59, sets 166-167) Whooping cough vaccination in pregnancy (UK, October 2012); the EU limit on
    # monacolins from red yeast rice (under 3 mg a day, June 2022); weight-loss injections on the NHS (March 2023).
    ("2019-05-01", "Pregnant women cannot have the whooping cough jab while pregnant.", True),
    ("2011-05-01", "Pregnant women cannot have the whooping cough jab while pregnant.", False),
    ("2019-05-01", "The pertussis vaccine is not recommended for pregnant women.", True),
    ("2019-05-01", "The whooping cough vaccine is offered in pregnancy to protect newborn babies.", False),
    ("2019-05-01", "Until 2012, the whooping cough vaccine was not offered in pregnancy.", False),
    ("2024-05-01", "EU law permits up to 10 mg of monacolin K in a daily dose.", True),
    ("2020-05-01", "EU law permits up to 10 mg of monacolin K in a daily dose.", False),
    ("2024-05-01", "EU rules limit monacolins from red yeast rice to under 3 mg a day.", False),
    ("2024-05-01", "Weight loss jabs aren't offered through the NHS at all.", True),
    ("2024-05-01", "Your GP won't prescribe weight-loss injections.", True),
    ("2021-05-01", "Your GP won't prescribe weight-loss injections.", False),
    ("2024-05-01", "Weight-loss jabs are not offered through the NHS to everyone who asks.", False),
])
def test_changes_read_from_the_blind_sets(day, sentence, flagged):
    assert bool(_superseded(_dated(day, sentence))) is flagged


@pytest.mark.parametrize("day, body, excerpt", [
    # (v0.30.19) No licensed drug for primary progressive MS, said after ocrelizumab's 2017 licence in
    # other words; a withdrawn MS drug offered as a next step after its 2018 withdrawal.
    ("2019-02-01", "There is not a single licensed drug for primary progressive MS.",
     "is not a single licensed drug for primary progressive MS"),
    ("2019-02-01", "Your neurologist will put you on Zinbryta next.", "put you on Zinbryta"),
    ("2019-02-01", "Zinbryta is still a good option for relapsing MS.", "Zinbryta is still a good option"),
    ("2017-06-01", "Your neurologist will put you on Zinbryta next.", None),
    ("2019-02-01", "Zinbryta was withdrawn in 2018.", None),
])
def test_ms_changes_of_2017_and_2018(day, body, excerpt):
    found = [e for e, _ in _superseded(_dated(day, body))]
    assert found == ([excerpt] if excerpt else [])


# -- TIM007: right on the page's date, changed since ------------------------------------------------------------------


def _changed_since(source: str, today: str = "2026-12-01") -> list[tuple[str, str]]:
    from mslint.api import lint_text
    from mslint.config import Config
    from mslint.engine.planner import Overrides

    config = Config(options=(("TIM007", (("today", today),)),))
    findings = lint_text(source, "a.md", config=config, overrides=Overrides(select=("TIM005", "TIM007")))
    return [(f.code, f.excerpt, f.severity.name.lower()) for f in findings]


def test_a_status_right_on_the_pages_date_that_changed_since_is_a_note_to_review_the_page():
    body = "Girls are given Cervarix in Year 8 at school, and ellaOne is only available on prescription."
    # Dated before both changes (Gardasil replaced Cervarix in 2012; ellaOne went on pharmacy sale in 2015).
    assert _changed_since(_dated("2011-05-01", body)) == [
        ("TIM007", "Girls are given Cervarix", "info"), ("TIM007", "ellaOne is only available on prescription", "info")]
    # Between them: the later change is TIM005's (wrong when written), the earlier one TIM007's.
    assert _changed_since(_dated("2013-05-01", body)) == [
        ("TIM005", "Girls are given Cervarix", "warning"), ("TIM007", "ellaOne is only available on prescription", "info")]


def test_a_change_still_to_come_on_the_given_day_is_not_a_note():
    assert _changed_since(_dated("2011-05-01", "ellaOne is only available on prescription."), today="2014-01-01") == []


@pytest.mark.parametrize("source", [
    _dated("2011-05-01", "Until this spring, ellaOne was only available on prescription."),
    _dated("2011-05-01", "Is ellaOne only available on prescription?"),
    "# Emergency contraception\n\nellaOne is only available on prescription.\n",  # undated: TIM005's
])
def test_history_questions_and_undated_pages_are_left_to_the_other_rules(source):
    assert [code for code, _, _ in _changed_since(source)] in ([], ["TIM005"])


@pytest.mark.parametrize("day, code", [("2019-02-01", "TIM007"), ("2021-02-01", "TIM005")])
def test_the_old_hypertension_guideline_named_as_the_one_in_use(day, code):
    body = ("Most surgeries still work from CG127, which is the current one for blood pressure. Medicine for stage 1 "
            "high blood pressure is offered when your 10-year risk of a heart attack or stroke reaches 20%.")
    assert [c for c, _, _ in _changed_since(_dated(day, body))] == [code, code]


def test_the_2017_dementia_figures_on_a_page_from_before_the_2020_update():
    # (v0.30.44, set 142) Right when a 2018 page said it, out of date since: a note to review the page.
    body = "A third of all dementia cases are preventable through nine risk factors."
    assert [c for c, _, _ in _changed_since(_dated("2018-05-01", body))] == ["TIM007"]
    assert [c for c, _, _ in _changed_since(_dated("2021-05-01", body))] == ["TIM005"]


def test_wegovy_said_to_be_unavailable_on_the_nhs_after_nice_recommended_it():
    # (v0.30.54, sets 156-157) NICE TA875 recommended semaglutide for weight management in March 2023.
    def page(day, body):
        return f"---\ndate: {day}\n---\n# Weight loss medicines\n\n{body}\n"
    assert [e for e, _ in _superseded(page("2024-05-01", "Semaglutide isn't offered on the NHS."))] == [
        "Semaglutide isn't offered on the NHS"]
    assert _superseded(page("2022-05-01", "Semaglutide isn't offered on the NHS.")) == []
    assert _superseded(page("2024-05-01", "Wegovy is available on the NHS through specialist weight services.")) == []
