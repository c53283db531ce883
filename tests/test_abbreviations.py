"""Schwartz & Hearst (2003) abbreviation definitions: mslint.abbreviations."""

import time

import pytest

from mslint.analysis.abbreviations import Definition, find_definitions, is_valid_short_form, long_form_start


def pairs(text):
    return [(d.short, d.long) for d in find_definitions(text)]


POSITIVE = [
    # "long form (SHORT)"
    ("People with multiple sclerosis (MS) often feel tired.", ("MS", "multiple sclerosis")),
    ("Most people start with relapsing-remitting MS (RRMS).", ("RRMS", "relapsing-remitting MS")),
    ("Secondary progressive MS (SPMS) follows RRMS in many people.", ("SPMS", "Secondary progressive MS")),
    ("Primary progressive MS (PPMS) affects about one person in ten.", ("PPMS", "Primary progressive MS")),
    # hyphenated long forms: the short form's letters start words after a hyphen
    ("Progressive-relapsing MS (PRMS) was retired in 2013.", ("PRMS", "Progressive-relapsing MS")),
    ("Progressive-relapsing MS (PRS) is an odd abbreviation.", ("PRS", "Progressive-relapsing MS")),
    # lower-case long forms, the long form starting mid-sentence
    ("Some have a single episode called clinically isolated syndrome (CIS) first.",
     ("CIS", "clinically isolated syndrome")),
    ("Many take disease-modifying therapies (DMTs) for years.", ("DMTs", "disease-modifying therapies")),
    ("Doctors score disability on the Expanded Disability Status Scale (EDSS).",
     ("EDSS", "Expanded Disability Status Scale")),
    ("Researchers grew induced pluripotent stem cells (iPSCs) from skin.",
     ("iPSCs", "induced pluripotent stem cells")),
    ("It is called autologous haematopoietic stem cell transplantation (AHSCT).",
     ("AHSCT", "autologous haematopoietic stem cell transplantation")),
    # text after a separator inside the parenthesis is not part of the short form
    ("Relapsing-remitting MS (RRMS, Lublin 2014) is the commonest course.", ("RRMS", "Relapsing-remitting MS")),
    ("Progressive relapsing multiple sclerosis (PRMS; now active PPMS) is rare.",
     ("PRMS", "Progressive relapsing multiple sclerosis")),
    # the long form stops at the clause break before it
    ("Fatigue is common, and no evidence of disease activity (NEDA) is a trial goal.",
     ("NEDA", "no evidence of disease activity")),
    # quotes and emphasis around the long form are left out
    ('It is known as "autologous haematopoietic stem cell transplantation" (AHSCT).',
     ("AHSCT", "autologous haematopoietic stem cell transplantation")),
    # "SHORT (long form)"
    ("AHSCT (autologous haematopoietic stem cell transplantation) is intense.",
     ("AHSCT", "autologous haematopoietic stem cell transplantation")),
    ("Your report may mention CIS (chronic inflammatory syndrome) or lesions.",
     ("CIS", "chronic inflammatory syndrome")),
    ("Blood levels of NfL (neurofilament light) rise after relapses.", ("NfL", "neurofilament light")),
    ("EDSS (the Expanded Disability Status Scale) runs from 0 to 10.", ("EDSS", "Expanded Disability Status Scale")),
    # a line break inside the long form (wrapped plain text)
    ("a single episode called clinically isolated\nsyndrome (CIS). Not everyone", ("CIS", "clinically isolated\nsyndrome")),
    # a name with a comma in it (v0.30.14)
    ("Check the UK Foreign, Commonwealth and Development Office (FCDO) advice before you go.",
     ("FCDO", "Foreign, Commonwealth and Development Office")),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[p[1][0] + ":" + p[0][:30] for p in POSITIVE])
def test_definition_found(text, expected):
    assert pairs(text) == [expected]


NEGATIVE = [
    "The results were described earlier (see above).",
    "Burt published the MIST trial results (2019).",
    "MIST (2019) enrolled people with highly active MS.",
    "The trial enrolled 110 people (n = 110).",
    "MIST enrolled people with RRMS (n = 110).",
    "The difference was significant (p < 0.05).",
    "Progression was much lower after HSCT (HR 0.07).",
    "The trial (Burt et al., 2019) showed a benefit.",
    "MIST (Burt et al., 2019) showed a benefit.",
    "Most people start with relapsing MS (RRMS) and move on later.",  # no word starts with the first R
    "Disability runs from 0 (normal examination) to 10.",
    "Stem cells (cells that can renew themselves) are studied.",
    "Some clinics (not all) sell injections.",
    "HSCT (in people with active MS) is an option.",
    "The risk was low (about 2%).",
    "Treatment (HSCT) was offered.",  # HSCT cannot be read from "Treatment"
    "Our clinic (est. 2009) is in Cancun.",
    "The drug works (see Figure 2).",
    "An unclosed parenthesis (RRMS is never closed",
    "Two paragraphs: relapsing-remitting\n\n(RRMS) are apart.",
    "relapsing-remitting MS (MS)",  # the short form ends the long form
    # A source cited after an abbreviation is not its long form.
    "Risk rose slightly with combined HRT (Medicines and Healthcare products Regulatory Agency, 2019).",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_definition(text):
    assert pairs(text) == []


def test_offsets_point_at_both_forms():
    text = "Most people start with relapsing-remitting MS (RRMS). Later, SPMS (secondary progressive MS) may follow."
    first, second = find_definitions(text)
    assert text[first.short_start : first.short_end] == "RRMS"
    assert text[first.long_start : first.long_end] == "relapsing-remitting MS"
    assert first.short_span == (first.short_start, first.short_end)
    assert not first.short_first
    assert text[second.short_start : second.short_end] == "SPMS"
    assert text[second.long_start : second.long_end] == "secondary progressive MS"
    assert second.short_first
    assert (second.start, second.end) == (second.short_start, second.long_end)


def test_several_definitions_in_one_sentence():
    text = "Relapsing-remitting MS (RRMS), secondary progressive MS (SPMS) and primary progressive MS (PPMS) differ."
    assert pairs(text) == [
        ("RRMS", "Relapsing-remitting MS"),
        ("SPMS", "secondary progressive MS"),
        ("PPMS", "primary progressive MS"),
    ]


def test_long_form_word_limit():
    # min(|A| + 5, |A| * 2) = 4 words for a two-letter short form
    assert pairs("We saw many very strange unexpected side effects (MS).") == []
    assert pairs("Treatments for multiple sclerosis (MS) improved.") == [("MS", "multiple sclerosis")]


def test_short_form_validity():
    assert is_valid_short_form("RRMS")
    assert is_valid_short_form("iPSCs")
    assert is_valid_short_form("COVID-19")
    assert not is_valid_short_form("2019")
    assert not is_valid_short_form("A")
    assert not is_valid_short_form("-MS")
    assert not is_valid_short_form("see above")
    assert not is_valid_short_form("ABCDEFGHIJK")


def test_long_form_start_is_a_word_start():
    assert long_form_start("PRMS", "progressive-relapsing MS") == 0
    assert long_form_start("RMS", "relapsing-remitting MS") == len("relapsing-")
    assert long_form_start("HSCT", "autologous haematopoietic stem cell transplantation") == len("autologous ")
    assert long_form_start("XYZ", "multiple sclerosis") is None


def test_definition_is_a_value():
    definition = find_definitions("multiple sclerosis (MS)")[0]
    assert definition == Definition("MS", "multiple sclerosis", 20, 22, 0, 18)


def test_linear_time_on_large_input():
    paragraph = (
        "Autologous haematopoietic stem cell transplantation (AHSCT) was compared (n = 110) with "
        "DMTs (HR 0.07; p < 0.05) in people with relapsing-remitting MS (RRMS) (Burt et al., 2019). "
    )
    text = paragraph * 5000  # about 1 MB
    started = time.perf_counter()
    definitions = find_definitions(text)
    elapsed = time.perf_counter() - started
    assert len(definitions) == 10000
    assert elapsed < 5
    unbalanced = "(" * 200_000 + "x" * 1000
    started = time.perf_counter()
    assert find_definitions(unbalanced) == []
    assert time.perf_counter() - started < 5


# -- explanations besides Schwartz & Hearst's parentheses (mslint.analysis.abbreviation_glosses) --

import pytest as _pytest

from mslint.api import lint_text as _lint_text
from mslint.engine.planner import Overrides as _Overrides


def _undefined(text: str) -> list[str]:
    return [f.excerpt for f in _lint_text(text, "a.md", overrides=_Overrides(select=("TRM002",)))]


@_pytest.mark.parametrize("text,expected", [
    # Explained: a partial long form, a long form after the noun, a phrase after the long form,
    # a study's name.
    ("Most people start with relapsing-remitting (RRMS) disease. RRMS is treated with drugs.", []),
    ("Options include SGLT2 inhibitors (sodium-glucose co-transporter 2 inhibitors).", []),
    ("It uses autologous haematopoietic stem cell transplantation, usually shortened to AHSCT. AHSCT is intense.", []),
    ("The evidence comes from a randomised trial called MIST. MIST enrolled 110 people.", []),
    ("Two trials, OPERA I and OPERA II, compared the drugs.", []),
    ("The company's drug worked in its CORVA-2 study.", []),
    # Not explained: a name without the letters spelled out, a gloss, biochemistry.
    ("Some take a cannabinoid known as CBN at night.", ["CBN"]),
    ("The main risk is PML, a brain infection.", ["PML"]),
    ("The capsule blocks COX-2 in the joint.", ["COX-2"]),
    # Names given as names, here and when they come again: a trial's, a discount code's, a
    # hyphenated name among studies. A drug class in a trial's sentence is still an abbreviation.
    ("The rules followed a trial known as ORAL Surveillance. Sources: ORAL Surveillance, 2022.", []),
    ("Use code SPRING at checkout. SPRING ends on Friday.", []),
    ("Trials comparing it with the best drugs include BEAT-MS and RAM-MS.", []),
    ("The trial tested a GLP-1 drug in 400 adults.", ["GLP-1"]),
    # Widely known to readers: health-savings accounts, air filters, the prostate test.
    ("Payment by HSA or FSA card is accepted, and every room has a HEPA filter.", []),
    # A society named in apposition; not a gloss in lower case.
    ("Guidance from EBMT, the European Society for Blood and Marrow Transplantation, supports it.", []),
    ("Guidance from EBMT, a group of transplant doctors, supports it.", ["EBMT"]),
    # A study named once as a study is a name wherever it comes again; so is one set beside it.
    ("The SAPPHO trial enrolled 900 women. Doctors not involved in SAPPHO were cautious.", []),
    ("The company reported results from ORBIT-Lp, its phase 2 trial of the drug.", []),
    # A dateline's city in capitals; the letters after a practitioner's name.
    ("LEEDS - A clinic opened on Monday, the owner said.", []),
    ("The newsletter is written by Dr Ada Lowe ND, who runs a clinic.", []),
    # Known to readers: sunlight's bands, the sleep-apnoea machine, gene editing, UK regulators; a
    # forum's "POST" heading is a word in capitals.
    ("Choose a sunscreen that blocks UVA and UVB light, and sleep with your CPAP mask on.", []),
    ("The therapy edits a gene with CRISPR; the clinic is registered with the CQC.", []),
    ("POST from the group admin: please read the pinned rules.", []),
    # Drug makers known by their initials are names, not jargon.
    ("The trial was run by GSK and paid for jointly with MSD.", []),
    # The long form, then "or" and the letters; the letters said to stand for the long form, even
    # after they were first used (0.16.0). Not an "or" between two other names.
    ("Restless legs syndrome, or RLS, is common in pregnancy.", []),
    ("Our PFPT sessions help. PFPT stands for pelvic floor physical therapy.", []),
    ("Take it with food, or PPIs may upset the stomach.", ["PPIs"]),
    # Letters spread over a word of the long form, and a plural (v0.30.16); a single word that holds
    # the letters is not a long form.
    ("It is often called electroconvulsive therapy, or ECT, and ECT is given under anaesthetic.", []),
    ("Most of today's disease-modifying treatments, or DMTs, can be stopped before a pregnancy.", []),
    ("The gummies hold a cannabinoid, or CBN, and little else.", ["CBN"]),
    # A transcript's speakers named in capitals with a colon, line after line.
    ("Podcast\n\nJO: Welcome back.\n\nKIT: Thanks for having me.\n\nJO: Let's start.\n\nKIT: Sure.", []),
    ("Podcast\n\nBFT: the guidance changed in 2024.", ["BFT"]),
    # A speakers list with dashes before each person's name (0.30.11); a shop's clothing sizes; the
    # writer's own shorthand for what the sentence before explained.
    ("Podcast\n\nSpeakers:\n\nHOST - Maya Green, patient\n\nNURSE - Tom Reid, specialist nurse\n\nHOST: Welcome.", []),
    ("The vest comes in sizes XS to XXL.", []),
    ("Both tumours grow from nerve tissue. Here we use NGT as a short way of naming both. NGT can recur.", []),
    # "which stands for", a long form in quotes, small words the letters skip; a word shouted (v0.30.14).
    ("You may have INOCA, which stands for ischaemia with no obstructive coronary arteries.", []),
    ('VSEL stands for "very small embryonic-like" cells, the clinic says.', []),
    ("A LOT of you asked about the pill after my last post.", []),
    # a comma is still a clause break when the words before it are not one name
    ("Fatigue is common, especially in summer, and disease activity (NEDA) matters.", ["NEDA"]),
    # (v0.30.19) The letters alone in apposition; "often shortened to" after the long form; a lower-case
    # first letter; one long word that holds the letters; a name with commas in it; a gene named as
    # one; a website named without its scheme; a heading's letters that the text explains below.
    ("Optical coherence tomography, OCT, is a quick scan of the eye.", []),
    ("Many of us take disease-modifying therapies, DMTs. DMTs cut relapses.", []),
    ("Peripartum cardiomyopathy, often shortened to PPCM, is rare.", []),
    ("The ban guarded against variant Creutzfeldt-Jakob disease, or vCJD, for years.", []),
    ("The clinic grows human embryonic stem cells, known as hESC, in its own laboratory.", []),
    ("Doctors used an X-ray test called a hysterosalpingogram, or HSG, to check the tubes.", []),
    ("Talk to ACAS, the Advisory, Conciliation and Arbitration Service, before you resign.", []),
    ("The stain comes from a change in a gene called GNAQ in the skin.", []),
    ("Forms are on GOV.UK and at the council.", []),
    ("# The TSW recovery plan\n\nI read about topical steroid withdrawal, or TSW, last spring.", []),
    ("Optical coherence tomography, the scan, and ZQX, are both used.", ["ZQX"]),
])
def test_explanations_writers_use(text, expected):
    assert _undefined(text) == expected


def test_a_transcripts_speakers_with_each_turn_stamped_with_its_time():
    # A plain-text transcript's speaker list, then each turn after the time it was said (v0.30.16).
    transcript = ("Webinar\n\nSpeakers:\nCHAIR - Tom Fenwick, patient representative\nCO - Claire Okafor, MS "
                  "specialist nurse\n\n[00:10] CHAIR: Welcome.\n\n[01:15] CO: Thank you.\n")
    assert [f.excerpt for f in _lint_text(transcript, "a.txt", overrides=_Overrides(select=("TRM002",)))] == []


def test_a_meta_description_names_what_the_body_spells_out():
    page = ("<html><head><title>Stem cell transplants</title><meta name=\"description\" content=\"HSCT for MS in "
            "our clinic.\"></head><body><p>Haematopoietic stem cell transplantation (HSCT) uses your own cells."
            "</p></body></html>")
    assert [f.code for f in _lint_text(page, "a.html", overrides=_Overrides(select=("TRM002",)))] == []



def _trm002(sentence: str) -> list[str]:
    from mslint.api import lint_text
    from mslint.engine.planner import Overrides

    return [f.excerpt for f in lint_text("# Results\n\n" + sentence + "\n", "a.md", overrides=Overrides(select=("TRM002",)))]


@pytest.mark.parametrize("sentence, expected", [
    # Clinical measures in mixed case or with a digit are abbreviations a reader needs spelled out.
    ("The capsules lowered HbA1c within weeks.", ["HbA1c"]),
    ("The ring reports your SpO2 every hour.", ["SpO2"]),
    ("Her FEV1 rose after the inhaler.", ["FEV1"]),
    # Explained by the long form, a gloss in brackets or an apposition, or in brackets after its gloss.
    ("Glycated haemoglobin (HbA1c) fell by 5 mmol/mol.", []),
    ("Your HbA1c, a blood test of average sugar over three months, fell.", []),
    ("Each patient's average glucose reading (HbA1c) fell below 48.", []),
    ("The ring reports your SpO2, the oxygen level in your blood.", []),
    # Markers stay names.
    ("The drug targets CD20 on B cells.", []),
])
def test_clinical_measures_need_spelling_out_unless_explained(sentence, expected):
    assert _trm002(sentence) == expected


@pytest.mark.parametrize("text", [
    "Sleep ring launched\n\nAUSTIN, Texas - Somna Inc. today introduced a ring.\n",
    "Trust news\n\nLEEDS, England, 3 May 2026 - The trust opened a clinic.\n",
    "Results\n\nCorva Bio (NASDAQ: CRVB) said the trial (NCT0000000X) is fully enrolled.\n",
    "Offer\n\nOur bestselling gummies are BACK in stock and OVER half price.\n",
])
def test_datelines_tickers_registry_numbers_and_shouting_are_not_abbreviations(text):
    found = _lint_text(text, "a.md", overrides=_Overrides(select=("TRM002",)))
    assert [f.excerpt for f in found] == []


@pytest.mark.parametrize("sentence, expected", [
    # Capitals beside a capitalised word inside the sentence are part of a name, not a term.
    ("The licence went to Halvorsen AG last spring.", []),
    ("Sales figures from Brindle IMS Analytics were quoted.", []),
    ("She was treated at the Larkfield VA hospital.", []),
    # A gene's symbol before "gene" or "mutation" is a label.
    ("Women who carry BRCA2 mutations are offered earlier scans.", []),
    ("Children with two faulty copies of the CFTR gene have the condition.", []),
    # A drug's target stays jargon to explain, and a capitalised word that only opens the sentence
    # or a title-case heading does not make a name.
    ("A BTK inhibitor slowed the scans in the trial.", ["BTK"]),
    ("Then AHSCT was offered to her.", ["AHSCT"]),
    ("Why AHSCT Works For Some People", ["AHSCT"]),
])
def test_names_and_gene_symbols_are_not_abbreviations_to_expand(sentence, expected):
    assert _trm002(sentence) == expected
