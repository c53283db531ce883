"""Evidence rules (EVD): claims that lean on evidence the reader cannot check or that cannot carry them.

EVD001 unnamed research ("studies show") with no citation in the same paragraph; EVD003
testimonials offered as evidence; EVD004 animal or laboratory results carried over to people;
EVD005 benefits described without numbers; EVD006 relative risk reductions without absolute
numbers. EVD002 (certainty overstatement: "proven", "proves") is a declarative rule in
rules/evidence/certainty.toml.

"Nearby" differs by rule, on purpose:

* a citation for EVD001 counts anywhere in the same paragraph (or list item): a link, a DOI or
  PMID, "et al.", an author-year reference, a footnote marker, a named journal, "published in", a
  dated study ("a 2019 trial") or a named trial ("the MIST trial"). Writers put the reference
  before or after the claim, rarely further away than the paragraph;
* numbers for EVD005 count in the same sentence or the next one in the paragraph ("Patients
  improved significantly. Walking speed rose by 20%.");
* absolute figures for EVD006 count in the same sentence or the next one ("from 30% to 15%",
  "3 of 55", "per 100 people", "compared with 36% on placebo"), and in the previous one when the
  sentence points back to it ("That is a 50% cut"). Not the whole paragraph: a paragraph often
  reports one study's absolute numbers and then another study's bare relative figure.

Headings and titles are their own paragraph, so a headline "Studies Prove Stem Cells Work" is
flagged whatever the body says.
"""

from __future__ import annotations

import regex

from mslint.analysis.context import HEDGED, HISTORICAL, NEGATED, QUESTION
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.hype import asserted
from mslint import patterns
from mslint.engine import prefilter

__all__ = [
    "evidence_rules",
    "UnnamedResearch",
    "TestimonialAsEvidence",
    "AnimalToHumanLeap",
    "UnquantifiedBenefit",
    "RelativeRiskOnly",
]

_F = regex.IGNORECASE | regex.VERBOSE
# Contexts in which a match is not the writer's assertion (critical reporting is handled by
# `asserted`; plain quotation and attribution are not silenced).
SILENT = frozenset({NEGATED, QUESTION, HISTORICAL})


def _neighbours(document, unit, before: int = 0, after: int = 0) -> tuple[int, int]:
    """Text span of the unit's sentence widened by `before`/`after` sentences of the same block."""
    sentences = document.sentences
    index = _index_of(sentences, unit.start)
    if index is None:
        return unit.start, unit.end
    lo_index, hi_index = index, index
    while lo_index > 0 and index - lo_index < before and sentences[lo_index - 1].block == unit.block:
        lo_index -= 1
    while hi_index + 1 < len(sentences) and hi_index - index < after and sentences[hi_index + 1].block == unit.block:
        hi_index += 1
    return sentences[lo_index].start, sentences[hi_index].end


def _index_of(sentences, start: int) -> int | None:
    """Index of the sentence starting at `start` (sentences are in text order)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(sentences) and sentences[lo].start == start else None


def _block_span(document, unit) -> tuple[int, int]:
    if unit.block is None:
        return unit.start, unit.end
    block = document.blocks[unit.block]
    return block.start, block.end


def _hits(pattern, document, unit, silent):
    """Asserted matches of `pattern` in a sentence unit, one hit per match."""
    text = document.text
    sentence = text[unit.start : unit.end]
    for match in pattern.finditer(text, unit.start, unit.end):
        if match.end() > match.start() and asserted(sentence, match.start() - unit.start, match.end() - unit.start, silent):
            yield match


# --------------------------------------------------------------------------------------------
# EVD001 unnamed research

UNNAMED_RESEARCH = patterns.compile(
    r"""
    (?<!\b(?:these|those|both|such|the\s+two|the\s+three|their|its|his|her|this|that)\s+)
    (?<!\bwhat\s+(?:the\s+)?(?:\w+\s+)?)             # "What the evidence shows" asks, it does not claim
    \b(?:(?:many|several|numerous|countless|multiple|various|recent|new|newer|latest|independent|
          published|peer[\s-]reviewed|our|some|other|more\s+and\s+more|dozens\s+of|hundreds\s+of|
          a\s+growing\s+number\s+of|a\s+(?:growing|large)\s+body\s+of|study\s+after)\s+)?
      (?:(?:clinical|scientific|medical|international|recent|independent|large|major)\s+)?
      (?:studies|study|research|trials|science|scientists|researchers|experts|doctors|
         evidence|data)
    \s+(?:(?:in|from)\s+(?:Europe|America|the\s+US|the\s+USA|the\s+UK|Asia|Japan|China|Germany|
          around\s+the\s+world|the\s+field|several\s+countries|many\s+countries)\s+)?
    (?:(?:have|has|had)\s+)?(?:(?:now|long|already|also|repeatedly|consistently|clearly|
          conclusively|finally|time\s+and\s+again|all)\s+)?
    (?:show|shows|shown|showed|prove|proves|proven|proved|confirm|confirms|confirmed|
       demonstrate|demonstrates|demonstrated|establish|establishes|established|agree|agrees)\b
    """,
    _F,
)
# "study after study shows" is plural in meaning; a bare "study shows" names one study, so it is
# accepted only with "study after study".
_SINGULAR_STUDY = patterns.compile(r"(?<!\bafter\s)\bstudy\s", regex.IGNORECASE)
# "The data show" and "researchers have shown" usually refer back to a study already named; only
# the appeals that stand alone (with "proven"/"agree") are kept for these subjects.
_WEAK_SUBJECT = patterns.compile(r"\b(?:data|researchers)\s", regex.IGNORECASE)
_STRONG_VERB = patterns.compile(r"\b(?:prove|proves|proven|proved|agree|agrees)\b", regex.IGNORECASE)

CITATION = patterns.compile(
    r"""
      https?://|\bwww\.|\bdoi\b|\b10\.\d{4,9}/|\bPMID\b|\bPMC\d|\bet\s+al\b|\bibid\b
    | \[\d{1,3}\]|\[\d{1,3}[,–-]|[¹²³⁴⁵⁶⁷⁸⁹]
    | (?-i:\([A-Z][\w'’-]+[^()]{0,60}?(?:19|20)\d\d[a-z]?\))      # (Burt 2019), (Smith and Jones, 2020)
    | (?-i:\b[A-Z][\w'’-]+\s+\((?:19|20)\d\d[a-z]?\))             # Burt (2019)
    | \bpublished\s+(?:\w+\s+)?in\b|\bin\s+the\s+journal\b|(?-i:\bjournal\s+[A-Z])
    | \b(?:reported|appeared|appearing)\s+in\s+(?:the\s+)?(?-i:[A-Z])
    | \b(?:JAMA|NEJM|BMJ|Lancet|Cochrane|PLOS|PNAS|medRxiv|bioRxiv|PubMed)\b
    | (?-i:\bNew\s+England\s+Journal\b|\bAnnals\s+of\b|\bJournal\s+of\b|\bProceedings\s+of\b)
    | \b(?:in|by)\s+(?-i:Neurology|Brain|Nature|Science|Cell|Multiple\s+Sclerosis\s+Journal|Mult\s+Scler)\b
    | \b(?:a|an|the|their|his|her)\s+(?:19|20)\d\d\s+(?:\w+\s+)?
        (?:study|trial|review|meta-analysis|analysis|paper|report|survey)
    | \b(?:19|20)\d\d\s+(?:\w+\s+)?(?:study|trial|review|meta-analysis|paper)\s+(?:by|of|from|at|in)\b
    | \bclinicaltrials\.gov\b|\bNCT\d{8}\b|\bISRCTN\d
    """,
    _F,
)
# "the MIST trial", "HALT-MS study": an acronym of at least three letters that is not a
# generic term.
NAMED_TRIAL = patterns.compile(r"\b([A-Z][A-Z0-9-]{2,})\s+(?:trial|study)\b")
GENERIC_ACRONYMS = frozenset(
    "HSCT AHSCT MSC MSCS RRMS SPMS PPMS CIS MRI FDA EMA NHS NICE EDSS DMT DMTS IVIG EBV CSF PML "
    "CAR-T CAR UK USA US EU WHO NIH PHASE".split()
)


def _cited(document, lo: int, hi: int) -> bool:
    text = document.text
    if CITATION.search(text, lo, hi):
        return True
    for match in NAMED_TRIAL.finditer(text, lo, hi):
        if match.group(1).upper() not in GENERIC_ACRONYMS:
            return True
    return any(lo <= link.text_start <= hi for link in document.links)


class UnnamedResearch(Rule):
    meta = RuleMeta(
        code="EVD001",
        name="unnamed-research",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="An appeal to unnamed research (\"studies show\") with no citation in the paragraph",
        docs=RuleDocs(
            what="Flags \"studies show\", \"research proves\", \"clinical trials have shown\", \"scientists "
            "have proven\", \"doctors agree\" and the like when nothing in the same paragraph lets the reader "
            "find the research: no link, DOI, PMID, \"et al.\", author-year reference, footnote marker, "
            "journal name, \"published in\", dated study (\"a 2019 trial\") or named trial (\"the MIST "
            "trial\"). Silent when negated, asked, hedged or reported critically (\"clinics claim studies "
            "show...\").",
            why="An appeal to research the reader cannot check borrows the authority of science without its "
            "accountability. JAMA's attribution benchmark and DISCERN ask that sources be named so readers "
            "can judge them; HealthNewsReview asks whether the story grasps the quality of the evidence.",
            bad=(
                "Studies show that stem cells repair the damaged myelin.",
                "Clinical trials have shown our protocol halts MS.",
                "Scientists have proven that the treatment works.",
                "Research proves that diet reverses MS.",
            ),
            good=(
                "A 2019 trial in JAMA (Burt et al.) showed fewer relapses after transplantation.",
                "Studies show fewer relapses after transplantation (Muraro 2017).",
                "No studies show that stem cell injections repair myelin.",
                "Do studies show that diet matters?",
            ),
            better="Name the study so readers can find it: \"In the MIST trial (Burt et al., JAMA 2019), "
            "3 of 55 people worsened after transplantation, against 34 of 55 on drug therapy.\"",
        ),
        references=(
            "JAMA benchmarks (Silberg 1997): attribution - references and sources for all content",
            "DISCERN (Charnock 1999) question 4: is it clear what sources of information were used?",
            "HealthNewsReview.org criterion 4: does the story seem to grasp the quality of the evidence?",
            "HONcode principle 4: attribution",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HEDGED, HISTORICAL}),
    )

    def requirements(self, options):
        return prefilter.any_of(UNNAMED_RESEARCH)

    def check(self, document, unit, options):
        silent = frozenset({NEGATED, QUESTION, HEDGED, HISTORICAL})
        for match in _hits(UNNAMED_RESEARCH, document, unit, silent):
            phrase = match.group()
            if _SINGULAR_STUDY.search(phrase):
                continue
            if _WEAK_SUBJECT.search(phrase) and not _STRONG_VERB.search(phrase):
                continue
            if _cited(document, *_block_span(document, unit)):
                return
            words = " ".join(phrase.split())
            yield Hit(match.start(), match.end(),
                      f"\"{words}\" with no study named, linked or cited in the paragraph: which research?")
            return


# --------------------------------------------------------------------------------------------
# EVD003 testimonials as evidence

_AIDS = r"(?:cane|walking\s+stick|stick|wheelchair|walker|crutches|rollator|mobility\s+scooter|scooter|walking\s+frame)"
_FAMILY = (
    r"(?:friend|best\s+friend|sister|brother|mother|mum|mom|father|dad|cousin|neighbou?r|aunt|uncle|wife|"
    r"husband|partner|colleague|daughter|son|grandmother|grandfather|niece|nephew|boss|coworker|co-worker)"
)
TESTIMONIAL = patterns.compile(
    rf"""
    # first-person recovery stories
      \bI\s+(?:have\s+|had\s+|finally\s+)?(?:threw|thrown|tossed|ditched|got\s+rid\s+of|gave|put|sold|donated|
            said\s+goodbye\s+to|no\s+longer\s+(?:need|use))(?:\s+(?:away|out|aside))?\s+(?:my|the)\s+{_AIDS}
    | \bI(?:'m|\s+am|’m)\s+(?:now\s+)?(?:walking|running|dancing|hiking|skiing|working)\s+again\b
    | (?<!\b(?:wish|wished|hope|hoped|hoping|if|when|until|pray|prayed|dream|dreamed|dreamt|that)\s+)
      \bI\s+(?:can|could|was\s+able\s+to|am\s+able\s+to)\s+(?:now\s+|finally\s+)?
            (?:walk|run|dance|hike|ski|work|drive|climb\s+stairs)\s+(?:\w+\s+)?again\b
    | \b(?:I|we)\s+(?:got|have|had)\s+(?:my|our)\s+(?:life|lives|old\s+life)\s+back\b
    | \bgave\s+(?:me|us|him|her|them)\s+(?:my|our|his|her|their)\s+(?:life|lives)\s+back\b
    | \b(?:it|this|the\s+treatment|the\s+therapy|the\s+procedure|the\s+transplant|the\s+injections?|
            stem\s+cells?|the\s+cells)\s+(?:really\s+)?(?:worked|works)\s+(?:wonders\s+)?for\s+(?:me|us|my\s+\w+)\b
    | \bgave\s+(?:me|us)\s+back\s+(?:my|our)\s+(?:life|lives|old\s+life|independence|freedom)\b
    # before-and-after stories: "without my walker", "came in with a walker and left dancing",
    # "Now I garden every weekend"
    | \b(?:without|no\s+longer\s+(?:need|needing|use|using)|free\s+of)\s+my\s+{_AIDS}
    | \bcame\s+in\s+(?:with\s+a\s+{_AIDS}|on\s+crutches|in\s+a\s+wheelchair)\s+and\s+(?:left|walked\s+out)\b
    | \bI\s+feel\s+(?:\w+\s+)?(?:years\s+younger|like\s+a\s+new\s+(?:person|woman|man)|normal\s+again|
            like\s+myself\s+again|cured|reborn)
    | \bI(?:'m|\s+am|’m)\s+(?:the\s+)?living\s+proof\b
    | \bliving\s+proof\s+that\b
    # patients' verdicts offered as evidence
    | \b(?:patients|clients|people|users|customers)\s+(?:(?:at|of|in|from|who\s+\w+)\s+(?:the|our|this|that)\s+
            (?:clinic|centre|center|hospital|practice|program|programme|trial)\s+)?(?:call|calls|describe|consider|hail|rate)\s+
            (?:it|them|the\s+\w+|our\s+\w+|this\s+\w+)\s+(?:as\s+)?(?:life[\s-]changing|life[\s-]saving|
            a\s+miracle|miraculous|a\s+game[\s-]changer|amazing|incredible|transformative|a\s+lifesaver)
    | \b(?:patients|clients|customers|users)\s+(?:rave|swear\s+by|love)\b
    | \b(?:countless|thousands\s+of|hundreds\s+of|so\s+many|all\s+our|most\s+of\s+our)\s+
            (?:patients|clients|customers)\s+(?:have\s+)?(?:regained|recovered|are\s+now|can\s+now|now)\b
    | \breal\s+(?:patients|people),\s+real\s+(?:results|stories)\b
    | \b(?:read|hear|watch|see)\s+(?:what\s+)?(?:our|their|real)\s+(?:patients|clients)(?:'|’)?\s*
            (?:stories|testimonials|reviews|say)\b
    """,
    _F,
)
# Stories that count only with a before-and-after: "Now I garden every weekend" after "Before
# Renew I was wheelchair-bound"; "My friend went to the clinic and now she runs".
NOW_I = patterns.compile(
    r"\b(?:now|today|these\s+days)\s*,?\s+I\s+(?:can\s+)?(?:garden|walk|run|jog|dance|hike|ski|swim|cycle|climb|"
    r"work|drive|travel|play|go\s+to\s+the\s+gym)\w*\b",
    regex.IGNORECASE,
)
BEFORE_CUE = patterns.compile(
    rf"\b(?:before|used\s+to|couldn(?:'|’)t|could\s+not|was\s+(?:wheelchair|bedridden|housebound)|{_AIDS}|"
    r"after\s+(?:the|my|two|three|four|\w+)\s+(?:treatment|therapy|infusions?|transplant|injections?|sessions?|weeks?|"
    r"months?))\b",
    regex.IGNORECASE,
)
ANECDOTE = patterns.compile(
    rf"\bmy\s+{_FAMILY}(?:'s|’s)?\s+(?:\w+\s+)?(?:tried|went|took|did|got|had|used|swears|was\s+cured|is\s+now|"
    r"can\s+now|now|recovered|improved|stopped\s+needing|no\s+longer)\b",
    regex.IGNORECASE,
)
OUTCOME = patterns.compile(
    r"\b(?:now|recovered|improved|cured|symptom[\s-]free|better|no\s+longer|stopped\s+needing|walks|walking|runs|"
    r"running|back\s+to\s+(?:work|normal)|remission|relapse[\s-]free|never\s+looked\s+back|worked|works|"
    r"off\s+(?:all\s+)?(?:her|his|their)\s+(?:meds|medications?|drugs))\b",
    regex.IGNORECASE,
)
# A sentence that calls such stories what they are is about testimonials, not offering one.
TESTIMONIAL_CAVEAT = patterns.compile(
    r"\b(?:not|no|never|cannot|can't|isn't|aren't)\s+(?:\w+\s+)?(?:evidence|proof|substitute|replace|science)\b"
    r"|\banecdot\w*\b|\btestimonials?\s+(?:are|is)\b",
    regex.IGNORECASE,
)


class TestimonialAsEvidence(Rule):
    meta = RuleMeta(
        code="EVD003",
        name="testimonial-as-evidence",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A personal story or patient endorsement offered as evidence that a treatment works",
        docs=RuleDocs(
            what="Flags first-person recovery stories (\"I threw away my cane\", \"I can walk again\", \"it "
            "gave me my life back\", \"without my walker\", and \"Now I hike every Sunday\" after a \"before\"), "
            "patient endorsements (\"patients call it life-changing\", \"thousands of patients have "
            "regained...\") and anecdotes about people the writer knows that end in an outcome (\"my friend "
            "tried it and now she runs\"). Quoted testimonials are flagged too: quoting is how they are "
            "offered. Silent when negated, asked, or reported critically (\"clinics post testimonials "
            "such as...\"), and when the sentence itself says stories are not evidence.",
            why="One person's improvement cannot show that a treatment works: MS relapses remit on their "
            "own, symptoms fluctuate, and people who did not improve do not write testimonials. Regulators "
            "hold that testimonials are no substitute for competent and reliable scientific evidence, and "
            "the ISSCR warns patients that testimonials are not evidence.",
            bad=(
                "After my treatment I threw away my cane.",
                "Patients call it life-changing.",
                "My friend went to Mexico for stem cells and now she hikes every weekend.",
                "“I got my life back,” says Anna, 42.",
            ),
            good=(
                "Testimonials are not evidence that a treatment works.",
                "Be wary of clinics whose websites say patients call their therapy life-changing.",
                "I still use my cane on bad days.",
            ),
            better="Report what a controlled study found, and label any personal story as one person's "
            "experience that cannot show whether the treatment caused the change.",
        ),
        references=(
            "ISSCR guidance on stem-cell treatments (closerlookatstemcells.org): patient testimonials are not evidence",
            "FTC (2018, first stem-cell action): testimonials do not substitute for competent and reliable "
            "scientific evidence",
            "HealthNewsReview.org criterion 4: does the story grasp the quality of the evidence (anecdotes)?",
            "DISCERN (Charnock 1999) question 6: is it balanced and unbiased?",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL}),
    )

    def requirements(self, options):
        return prefilter.any_of(TESTIMONIAL, NOW_I, ANECDOTE)

    def check(self, document, unit, options):
        sentence = document.text[unit.start : unit.end]
        if TESTIMONIAL_CAVEAT.search(sentence):
            return
        text = document.text
        matches = list(_hits(TESTIMONIAL, document, unit, SILENT))
        prev_start, _ = _neighbours(document, unit, before=1)
        matches += [m for m in _hits(NOW_I, document, unit, SILENT) if BEFORE_CUE.search(text, prev_start, m.start())]
        matches += [m for m in _hits(ANECDOTE, document, unit, SILENT) if OUTCOME.search(text, m.end(), unit.end)]
        for match in sorted(matches, key=lambda m: m.start()):
            words = " ".join(match.group().split())
            yield Hit(match.start(), match.end(),
                      f"Testimonial offered as evidence: \"{words}\"; one person's story cannot show that a treatment works")
            return


# --------------------------------------------------------------------------------------------
# EVD004 animal or laboratory results carried over to people

ANIMAL_OR_LAB = patterns.compile(
    r"""\b(?:mice|mouse|murine|rats?|rodents?|animals?|zebrafish|monkeys?|primates?|marmosets?|dogs?|
        pigs?|sheep|rabbits?|EAE|preclinical|pre-clinical|in\s+vitro|petri\s+dish(?:es)?|test[\s-]tubes?|
        cell\s+cultures?|cultured\s+cells|(?:in|from)\s+the\s+lab(?:oratory)?|lab(?:oratory)?\s+
        (?:studies|study|tests?|experiments?|dish(?:es)?|results|findings|animals|models?))\b""",
    _F,
)
_HUMANS = (
    r"(?:humans|human\s+beings|human\s+patients|people|patients|(?:MS\s+)?patients|people\s+with\s+(?:MS|"
    r"multiple\s+sclerosis)|you)"
)
HUMAN_LEAP = patterns.compile(
    rf"""
      \b(?:will|would|should|can|is\s+going\s+to|are\s+going\s+to|is\s+bound\s+to|are\s+bound\s+to)\s+
         (?:also\s+|surely\s+|definitely\s+|certainly\s+|soon\s+)?
         (?:work|help|benefit|do\s+the\s+same|have\s+the\s+same\s+effect|be\s+effective|succeed|repair|reverse|
            cure|heal|restore|treat|regenerate)\b[^.;!?]{{0,40}}?\b(?:in|for)\s+{_HUMANS}\b
    | \b(?:works?|worked)\s+(?:just\s+as\s+well\s+)?in\s+(?:humans|people|patients)\s+(?:too|as\s+well)\b
    | \b(?:the\s+)?same\s+(?:results?|effects?|benefits?|recovery|repair)\s+(?:can\s+be\s+expected\s+|will\s+be\s+seen\s+)?
         (?:in|for)\s+(?:humans|people|patients)\b
    | \b(?:will|would|should|can|is\s+going\s+to|are\s+going\s+to)\s+(?:also\s+|surely\s+|definitely\s+|soon\s+)?
         (?:protect|help|benefit|save|cure|heal|treat|restore|rescue)\s+{_HUMANS}\b
    | \b(?:translate|translates|carry\s+over|carries\s+over|apply|applies)\s+(?:directly\s+|easily\s+)?to\s+
         (?:humans|people|patients)\b
    | \b(?:proof|proves|shows)\s+(?:that\s+)?it\s+(?:will\s+)?works?\s+in\s+(?:humans|people|patients)\b
    """,
    _F,
)

# "..., meaning that patients could soon be walking again": the claim about people is the clause
# after the connective, and the finding sits on that clause.
LEAP_CONNECTIVE = patterns.compile(
    r"\b(?:(?:this|that|which|it)\s+means|meaning|showing|proving|confirming|demonstrating)\s+(?:that\s+)?",
    regex.IGNORECASE,
)
_CLAUSE_END = patterns.compile(r"[.;:!?]|,\s+(?:but|although|though|while|whereas|and)\b|\s[-–—]\s|[—–]", regex.IGNORECASE)
_HUMAN_WORD = patterns.compile(rf"\b{_HUMANS}\b", regex.IGNORECASE)
MAX_CLAUSE = 120


def _leap_clauses(text: str, start: int, end: int):
    for match in LEAP_CONNECTIVE.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, match.end(), min(end, match.end() + MAX_CLAUSE))
        clause_end = stop.start() if stop else min(end, match.end() + MAX_CLAUSE)
        if _HUMAN_WORD.search(text, match.end(), clause_end):
            yield match.end(), clause_end


class AnimalToHumanLeap(Rule):
    meta = RuleMeta(
        code="EVD004",
        name="animal-to-human-leap",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="Results in animals or in the laboratory carried over to people without a caveat",
        docs=RuleDocs(
            what="Flags a statement that a treatment will work in people (\"will work in humans\", \"this "
            "means patients...\", \"the same results in people\") in a sentence that mentions, or follows "
            "one that mentions, mice, rats, animal models, cell cultures, petri dishes or laboratory "
            "experiments. Silent when negated, hedged (\"may one day\", \"it is not yet known whether\"), "
            "asked or reported critically.",
            why="Most treatments that work in mice fail in people; the standard mouse model of MS (EAE) "
            "has misled drug development more than once. Sumner and colleagues found that inferring human "
            "benefit from animal or cell studies is one of the three commonest exaggerations in health "
            "news, and that it usually starts in the press release.",
            bad=(
                "A study in mice shows the drug will work in humans.",
                "In laboratory mice, the cells repaired damaged nerves, which means people with MS can regain function.",
            ),
            good=(
                "The drug repaired myelin in mice, but it is not yet known whether it will work in humans.",
                "Results in mice do not always carry over to people.",
                "In a trial of 120 people, the drug reduced relapses.",
            ),
            better="Say where the result comes from and what is still unknown: \"In mice, the cells "
            "repaired myelin; whether they do so in people has not been tested.\"",
        ),
        references=(
            "Sumner 2014, BMJ, doi:10.1136/bmj.g7015: human inference from animal or cell studies",
            "HealthNewsReview.org criterion 4: does the story grasp the quality of the evidence?",
            "DISCERN (Charnock 1999) question 8: does it refer to areas of uncertainty?",
        ),
        silenced_by=frozenset({NEGATED, HEDGED, QUESTION, HISTORICAL}),
    )

    def requirements(self, options):
        return prefilter.any_of(HUMAN_LEAP, LEAP_CONNECTIVE)

    def check(self, document, unit, options):
        lo, _ = _neighbours(document, unit, before=1)
        text = document.text
        if not ANIMAL_OR_LAB.search(text, lo, unit.end):
            return
        silent = frozenset({NEGATED, HEDGED, QUESTION, HISTORICAL})
        sentence = text[unit.start : unit.end]
        spans = [m.span() for m in _hits(HUMAN_LEAP, document, unit, silent)]
        spans += [
            (start, end) for start, end in _leap_clauses(text, unit.start, unit.end)
            if asserted(sentence, start - unit.start, end - unit.start, silent)
        ]
        if spans:
            start, end = min(spans)
            words = " ".join(text[start:end].split())
            yield Hit(start, end, f"Animal or laboratory result carried over to people: \"{words}\"")


# --------------------------------------------------------------------------------------------
# EVD005 unquantified benefits

_VAGUE = (
    r"(?:significant(?:ly)?|dramatic(?:ally)?|substantial(?:ly)?|marked(?:ly)?|remarkabl[ey]|considerabl[ey]|"
    r"tremendous(?:ly)?|huge|massive|major|impressive(?:ly)?|noticeabl[ey]|vast(?:ly)?|profound(?:ly)?|"
    r"striking(?:ly)?|enormous(?:ly)?)"
)
_BENEFIT = (
    r"(?:improv(?:e|es|ed|ing|ements?)|benefits?|beneficial|reduc(?:e|es|ed|ing|tions?)|gains?|recover(?:y|ies|ed)|"
    r"better|relief|decreas(?:e|es|ed)|results?|outcomes?|difference|"
    r"slow(?:s|ed|ing)?|lower(?:s|ed)?|fewer|less\s+(?:fatigue|pain|disability|spasticity))"
)
UNQUANTIFIED = patterns.compile(
    rf"""
      \b{_VAGUE}\s+(?:(?:functional|clinical|symptom|health|overall|physical|cognitive|neurological|
            positive|measurable|lasting|long[\s-]term|early|rapid|quick)\s+)?{_BENEFIT}\b
    | \b(?:improv(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|recover(?:s|ed)|benefit(?:s|ed|ted)?|decreas(?:e|es|ed)|
            lower(?:s|ed)|slow(?:s|ed))\s+(?:\w+\s+)?(?:significantly|dramatically|substantially|markedly|
            remarkably|considerably|tremendously|vastly|profoundly|noticeably|enormously|hugely)\b
    """,
    _F,
)
# Not a health benefit: "dramatically reduced costs", "a significant increase in fees".
_NOT_BENEFIT = patterns.compile(r"\b(?:costs?|prices?|fees?|bills?|waiting\s+(?:times?|lists?))\b", regex.IGNORECASE)
NUMBER = patterns.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|half|halved|third|thirds|quarter|twice|double|doubled|triple|tripled|percent|per\s+cent|"
    r"fold)\b|%",
    regex.IGNORECASE,
)
# "significant" as a statistical term beside a comparison the study quantifies elsewhere is still
# vague; but "not statistically significant" is a negation the context layer handles.


class UnquantifiedBenefit(Rule):
    meta = RuleMeta(
        code="EVD005",
        name="unquantified-benefit",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A benefit called significant, dramatic or major with no number to show how large it is",
        docs=RuleDocs(
            what="Flags benefits described only by a size word (\"significant improvements\", \"dramatic "
            "results\", \"improved markedly\", \"major gains\") when neither the sentence nor the next one in "
            "the paragraph gives a number: a percentage, a count, a rate, \"half\", \"one in three\". Silent "
            "when negated (\"no significant improvement\"), asked or reported critically.",
            why="\"Significant\" can mean statistically detectable, clinically meaningful or just large, and "
            "readers cannot tell which. HealthNewsReview's second criterion asks that benefits be "
            "quantified; DISCERN asks that the benefits of each treatment be described.",
            bad=(
                "Patients saw significant improvements after the infusion.",
                "The therapy produced dramatic results in people with progressive MS.",
                "Walking improved markedly within weeks.",
            ),
            good=(
                "Patients saw significant improvements: walking speed rose by 20% on average.",
                "There was no significant improvement in disability.",
                "Did patients see significant improvements?",
            ),
            better="Give the size of the effect and compared with what: \"After a year, 45% of people on the "
            "drug walked faster, against 30% on placebo.\"",
        ),
        references=(
            "HealthNewsReview.org criterion 2: does the story adequately quantify the benefits?",
            "DISCERN (Charnock 1999) question 10: does it describe the benefits of each treatment?",
            "Sumner 2014, BMJ, doi:10.1136/bmj.g7015: exaggerated claims in health news",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL}),
    )

    def requirements(self, options):
        return prefilter.any_of(UNQUANTIFIED)

    def check(self, document, unit, options):
        text = document.text
        lo, hi = _neighbours(document, unit, after=1)
        if NUMBER.search(text, lo, hi):
            return
        for match in _hits(UNQUANTIFIED, document, unit, SILENT):
            if _NOT_BENEFIT.search(text, match.start(), min(unit.end, match.end() + 30)):
                continue
            words = " ".join(match.group().split())
            yield Hit(match.start(), match.end(), f"Unquantified benefit: \"{words}\"; how large, and compared with what?")
            return


# --------------------------------------------------------------------------------------------
# EVD006 relative-only risk figures

_PCT = r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
RELATIVE = patterns.compile(
    rf"""
      \b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|decreas(?:e|es|ed|ing)|
          drop(?:s|ped)?|fell|falls?|shrinks?|shrank|trims?|trimmed)\b[^.;:!?%\d]{{0,60}}?\bby\s+
          (?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+|some\s+)?{_PCT}
    | \b{_PCT}\s+(?:fewer|less|lower|reduction|decrease|drop|cut|reduced|relative)\b
    | \b(?:halv(?:es|ed|ing)|doubl(?:es|ed|ing)|tripl(?:es|ed|ing))\s+(?:the\s+|their\s+|your\s+)?
          (?:risk|rate|chance|odds|number|likelihood|relapse\s+rate|relapses?)\b
    | \b(?:twice|three\s+times|four\s+times|\d+\s+times)\s+(?:as\s+likely|more\s+likely|less\s+likely)\b
    """,
    _F,
)
ABSOLUTE = patterns.compile(
    r"""
      \bfrom\s+(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)?\s+(?:\w+\s+)?to\s+(?:about\s+)?\d
    | \d\s*(?:%|percent|per\s+cent)?\s*(?:\)\s*)?(?:vs\.?|versus|against|compared\s+(?:with|to))\s+\d
    | \b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)
    | \b\d+\s+(?:in|out\s+of|of\s+every|per)\s+\d
    | \b\d+\s+of\s+(?:the\s+)?\d+\b
    | \bper\s+(?:100|1,000|1000|10,000|100,000)\b
    | \babsolute\b|\bnumber\s+needed\s+to\s+treat\b|\bNNT\b
    | \bone\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)
    """,
    _F,
)


# A sentence that starts by pointing back ("That is a 50% cut") draws on the previous one's numbers.
ANAPHOR = patterns.compile(
    r"\s*(?:this|that|it|these|those|which|overall|in\s+other\s+words|in\s+relative\s+terms|put\s+another\s+way)\b",
    regex.IGNORECASE,
)


class RelativeRiskOnly(Rule):
    meta = RuleMeta(
        code="EVD006",
        name="relative-risk-only",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A relative change (\"cuts relapses by 50%\") with no absolute numbers beside it",
        docs=RuleDocs(
            what="Flags relative figures - \"cuts relapses by 50%\", \"a 68% reduction\", \"halves the risk\", "
            "\"twice as likely\" - when neither the sentence nor the next one (nor the previous one, if the "
            "sentence points back: \"That is a 50% cut\") gives absolute numbers to go with them: the rates "
            "in each group (\"from 30% to 15%\", \"18% against 36% on placebo\"), counts (\"3 of 55\", "
            "\"1 in 20\"), a rate per 100 or 1,000 people, or an absolute difference. Silent when negated, "
            "asked or reported critically.",
            why="A 50% cut can mean 2 in 100 people instead of 4, or 40 instead of 80. Relative figures "
            "alone make benefits look larger than they are; HealthNewsReview asked for absolute numbers, "
            "and readers given only relative ones overestimate benefit.",
            bad=(
                "The treatment cuts relapses by 50%.",
                "Transplant patients had a 68% reduction in relapses.",
                "Vitamin D halves the risk of MS.",
            ),
            good=(
                "The treatment cut relapses by 50%, from 0.4 to 0.2 a year compared with placebo.",
                "Relapses fell by 50%: 12 of 100 people relapsed on the drug against 24 of 100 on placebo.",
                "The drug did not cut relapses by 50%.",
            ),
            better="Give both groups' numbers: \"Over two years, 18% of people on the drug relapsed, against "
            "36% on placebo (a relative reduction of 50%).\"",
        ),
        references=(
            "HealthNewsReview.org criterion 2: quantify the benefits in absolute, not only relative, terms",
            "DISCERN (Charnock 1999) question 10: does it describe the benefits of each treatment?",
            "Sumner 2014, BMJ, doi:10.1136/bmj.g7015: exaggerated claims in health news",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL}),
    )

    def requirements(self, options):
        return prefilter.any_of(RELATIVE)

    def check(self, document, unit, options):
        text = document.text
        before = 1 if ANAPHOR.match(text, unit.start) else 0
        lo, hi = _neighbours(document, unit, before=before, after=1)
        if ABSOLUTE.search(text, lo, hi):
            return
        for match in _hits(RELATIVE, document, unit, SILENT):
            words = " ".join(match.group().split())
            yield Hit(match.start(), match.end(),
                      f"Relative figure only: \"{words}\"; give the absolute numbers (from what, to what?)")
            return


def evidence_rules():
    """Instances of the Python evidence rules."""
    return [UnnamedResearch(), TestimonialAsEvidence(), AnimalToHumanLeap(), UnquantifiedBenefit(), RelativeRiskOnly()]
