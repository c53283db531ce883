"""Evidence rules (EVD): claims that lean on evidence the reader cannot check or that cannot carry them.

EVD001 unnamed research ("studies show") used for a treatment claim in an article that names no
source; EVD003 testimonials offered as evidence or as typical results; EVD004 animal or
laboratory results carried over to people; EVD005 benefits described without numbers; EVD006
relative risk figures without absolute numbers. EVD002 (certainty overstatement: "proven",
"proves") is a declarative rule in rules/evidence/certainty.toml.

Every rule reads the shared analysis (mslint.analysis.article): tokens, lexicon mentions
(knowledge/general/evidence.toml holds the vocabulary: research sources and verbs, citations,
size words, risk measures, populations) and the stance of each hit, which the engine applies
through `silenced_by`. "Nearby" differs by rule, on purpose:

* EVD001 asks whether the article lets the reader find its research at all: a journal, "published
  in", "et al.", a link, a named study. News that names the study it reports may say "previous
  studies have shown" in passing; a page that names nothing and sells a treatment on "studies
  show" leans on research nobody can check. An appeal that calls research proof ("research
  proves", "doctors agree") needs its citation in its own paragraph.
* EVD005 looks for numbers in the sentence and its neighbours in the paragraph; in the headline
  and the top of a story reporting a study (its first three paragraphs), and in a quoted verdict, anywhere in
  the article (a lede announces, the body quantifies).
* EVD006 looks for absolute figures in the sentence and its neighbours in the paragraph (and the
  sentence it points back to: "That is a 50% cut"; a one-sentence paragraph reaches the next):
  "from 30% to 15%", "3 of 55", "per 1,000", "compared with 19", a baseline risk; or in any
  sentence on the same outcome of the same treatment (any outcome, when the figure names none).
  Not any figure in the article: an article often gives one study's absolute numbers and
  another's bare relative figure.
"""

from __future__ import annotations

import regex

from mslint.analysis.article import analyse
from mslint.analysis.stance import (ANIMAL, CONDITIONAL, DISPUTED, HEDGED, HISTORICAL, NEGATED, QUESTION, REPORTED,
                                    following_sentences)
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.concepts.phrases import PhrasePatternSet
from mslint import patterns
from mslint.engine import prefilter
from mslint.rules.kinds.article_conditions import holds

__all__ = [
    "evidence_rules",
    "UnnamedResearch",
    "TestimonialAsEvidence",
    "AnimalToHumanLeap",
    "UnquantifiedBenefit",
    "RelativeRiskOnly",
]

_F = regex.IGNORECASE | regex.VERBOSE
_HEADINGS = frozenset({"title", "heading"})


def _view(document, unit):
    return analyse(document).sentence_at(unit.start)


def _is_year(token) -> bool:
    norm = token.norm
    return len(norm) == 4 and norm.isdigit() and norm[:2] in ("18", "19", "20")


def _first_person(view) -> bool:
    return any(t.norm in ("i", "my", "me", "i'm", "i've", "i'd") for t in view.tokens)


def _body_sentences(analysis):
    return [view for view in analysis.sentences if view.block_kind not in _HEADINGS and not view.is_furniture]


def _in_lede(view, paragraphs: int = 1) -> bool:
    """The headline, a heading or summary, or the first paragraph of the body (a dateline of its
    own is not the lede: the paragraph after it is); `paragraphs`: the first so many."""
    if view.block_kind in _HEADINGS or view.block_kind == "summary":
        return True
    blocks: list[int] = []
    for other in view.analysis.sentences[:view.index + 1]:
        if other.block_kind in _HEADINGS or other.is_furniture:
            continue
        if not blocks or blocks[-1] != other.block:
            blocks.append(other.block)
    short_first = len(blocks) > 1 and len(view.analysis.in_block(blocks[0])) == 1 and len(
        view.analysis.in_block(blocks[0])[0].tokens) <= 12
    return len(blocks) <= paragraphs + (1 if short_first else 0)


_TOP_PARAGRAPHS = 3
_STUDY_WORDS = frozenset({"study", "studies", "trial", "trials", "research", "researchers", "scientists", "findings",
                          "analysis"})


def _paragraph_neighbours(view, reach_next: bool = False):
    """The sentence, the ones either side of it in its paragraph, and the last sentence of the
    paragraph before when the sentence points back to it ("That is a 50% cut"); `reach_next`: and
    for a paragraph of one sentence, the first of the next."""
    out = [view]
    previous = view.previous_in_paragraph()
    if previous is not None:
        out.insert(0, previous)
    elif view.tokens and view.tokens[0].norm in _ANAPHORS and view.index > 0:
        before = view.analysis.sentences[view.index - 1]
        if before.block_kind not in _HEADINGS:
            out.insert(0, before)
    following = view.next_in_paragraph()
    if following is not None:
        out.append(following)
    elif previous is None and reach_next:
        # A paragraph of one sentence, as news writes them: the story goes on in the next one
        # ("But the bigger operation had twice the complications." / "Of its 40 patients, 45% ...").
        views = view.analysis.sentences
        if view.index + 1 < len(views) and views[view.index + 1].block_kind not in _HEADINGS \
                and not views[view.index + 1].is_furniture:
            out.append(views[view.index + 1])
    return out


_ANAPHORS = frozenset({"this", "that", "it", "these", "those", "which", "overall", "put", "in"})
_POINTERS = frozenset({"this", "that", "these", "those", "it"})


# --------------------------------------------------------------------------------------------
# EVD001 unnamed research

def _finding_denied(tokens, last: int) -> bool:
    """The finding reported after "studies show" is a denial, within its clause and a few words."""
    for token in tokens[last + 1:last + 9]:
        if token.norm in _CLAUSE_BREAKS:
            return False
        if token.norm in _DENIALS:
            return True
    return False


_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", "."})
_DENIALS = frozenset({"not", "no", "never", "cannot", "nothing", "neither", "nor", "don't", "doesn't", "didn't",
                      "won't", "can't", "isn't", "aren't"})

_PLAIN_APPEALS = tuple(ConceptPattern(text) for text in (
    "<{RESEARCH-SOURCE} [(around|across|from around|all over) the (world|globe)|worldwide|in many countries] "
    "[have|has|had] [also|now|long|already|repeatedly|consistently|clearly|conclusively|"
    "finally|all|since|indeed|generally|both] [also|now|long|already|repeatedly|consistently|clearly] {RESEARCH-VERB}>",
    "<study after study [has|have] [also|now|repeatedly|consistently] {RESEARCH-VERB}>",
))
# Research named only by where it was done or by the standing of who did it: "scientists at
# leading universities have confirmed", "leading paediatricians now recommend".
_PRESTIGE_APPEALS = tuple(ConceptPattern(text) for text in (
    "<{RESEARCH-SOURCE} (at|from) [a|the|several|many|some|two|three|top|#] {PRESTIGE} {INSTITUTION-WORD} "
    "[have|has|had] [also|now|already|all|repeatedly|independently] {RESEARCH-VERB}>",
    "<{PRESTIGE} {EXPERT-WORD} [have|has] [now|all|increasingly|widely|already] (recommend|recommends|recommended|"
    "endorse|endorses|endorsed|{RESEARCH-VERB})>",
    # A study known only by where it comes from, or by its fame: "A Yale study proved ...", "a
    # famous British trial showed ...", "a landmark government study proved ...". (Not a size or a
    # date: "a big Danish trial found" describes a study the reader could go on to look for.)
    "^ <(a|one) [landmark|major|famous|huge|groundbreaking|ground-breaking|pioneering] {STUDY-ORIGIN} [_] "
    "(study|trial|experiment|review) ({RESEARCH-VERB}|found|finds)>",
    # (v0.30.49, set 149) Studies known only by their country, offered as settled: "the Japanese studies proved it a
    # decade ago".
    "^ <(the|those) {STUDY-ORIGIN} (studies|trials|papers|research) (proved|proven|prove|proves|showed|confirmed) "
    "(it|this|that|them)>",
))
_APPEALS = _PLAIN_APPEALS + _PRESTIGE_APPEALS
# A growing crowd in place of evidence ("more and more neurologists are quietly recommending
# it"): like a count of studies, it asserts proof whatever follows.
_CROWD = ConceptPattern("<more and more {EXPERT-WORD} (are|have) [quietly|now|already|started|begun] [to] "
                        "(recommend~|recommending|prescrib~|prescribing|turn~ to|turning to|endorse~|endorsing)>")
# A consensus claimed for sources named only by their standing ("leading dermatologists agree")
# settles a question whatever follows, like "proves". A plain "experts agree that seafood is
# nutritious" is a journalist's summary of settled background, and is left alone.
_CONSENSUS = frozenset({"agree", "agrees"})
# "Backed by more than 40 published studies": a count of research in place of any of it, which
# asserts proof however the sentence goes on. (Without a count, "supported by studies of
# vaccinated people" introduces the research itself.)
_BACKED = ConceptPattern("<(backed|supported|proven|validated) by (over|more than|dozens of|hundreds of|#) [#] "
                         "[published|clinical|scientific|peer-reviewed|independent|medical] [clinical|scientific] "
                         "(studies|trials|papers|research|clinical studies|clinical trials)>")
_PROOF = frozenset({"prove", "proves", "proved", "proven"})
_SPEECH = frozenset({"say", "says", "said", "saying", "told", "tells", "according", "added", "adds", "explained",
                     "explains", "noted", "notes", "wrote", "writes"})
_WEAK_SUBJECTS = frozenset({"data", "researchers", "clinical data"})
_SURVEY_WORDS = frozenset({"survey", "surveys", "audit", "audits", "questionnaire", "questionnaires", "poll", "polled"})


# Research from everywhere and nowhere ("studies around the world have confirmed"): like a count of
# studies, a crowd asserts proof whatever follows.
_EVERYWHERE = frozenset({"world", "globe", "worldwide", "countries"})


_GENERIC_ACRONYMS = frozenset(
    "HSCT AHSCT MSC MSCS RRMS SPMS PPMS CIS MRI FDA EMA NHS NICE EDSS DMT DMTS IVIG EBV CSF PML "
    "CAR-T CAR UK USA US EU WHO NIH CDC PHASE".split()
)
_REPORT_NOUNS = frozenset({"study", "trial", "review", "analysis", "paper", "report", "survey", "meta", "studies",
                           "trials"})
_SUPERSCRIPTS = frozenset("¹²³⁴⁵⁶⁷⁸⁹")


def has_reference(view) -> bool:
    """A reference written out: a citation word (journal, "et al.", DOI), an author-year "(Burt
    2019)" or "Burt (2019)", a numbered reference "[3]", a dated study ("a 2019 trial") or a
    named trial ("the MIST trial")."""
    if "citation" in view.classes:
        return True
    tokens = view.tokens
    count = len(tokens)
    for i, token in enumerate(tokens):
        norm = token.norm
        if norm == "(" and i + 1 < count and tokens[i + 1].text[:1].isupper():
            for j in range(i + 1, min(count, i + 12)):
                if tokens[j].norm == ")":
                    break
                if _is_year(tokens[j]):
                    return True
        elif norm == "[" and i + 2 < count and tokens[i + 1].is_number and tokens[i + 2].norm in ("]", ",", "-", "–"):
            return True
        elif norm in _SUPERSCRIPTS or (token.text[-1:] in _SUPERSCRIPTS):
            return True
        elif _is_year(token) and i > 0 and tokens[i - 1].norm in ("a", "an", "the", "their", "his", "her", "its"):
            if any(t.norm in _REPORT_NOUNS for t in tokens[i + 1:i + 3]):
                return True
        elif (len(token.text) >= 3 and token.text.isupper() and token.text.upper() not in _GENERIC_ACRONYMS
              and i + 1 < count and tokens[i + 1].norm in ("trial", "study")):
            return True
    return False


_SOURCE_LINK = regex.compile(
    r"doi\.org|pubmed|ncbi\.nlm|nih\.gov|clinicaltrials\.gov|cochrane|nejm\.org|thelancet|jamanetwork|bmj\.com|"
    r"nature\.com|science\.org|sciencedirect|springer|wiley\.com|plos|frontiersin|medrxiv|biorxiv|academic\.oup|"
    r"journals?\.|/journal|/article|/abstract|\.gov/|\.edu/|who\.int|cdc\.gov|fda\.gov|ema\.europa|nice\.org",
    regex.IGNORECASE,
)


def source_links(document) -> list:
    """Links to where research can be found (a journal, a registry, a public body), not to a
    booking form or a menu."""
    return [link for link in document.links if _SOURCE_LINK.search(link.url or "")]


def article_cites(analysis) -> bool:
    """The article lets a reader find research: a journal, a reference, a link, a study it reports."""
    found = analysis.document.memo.get("evd-cites")
    if found is None:
        found = bool(source_links(analysis.document)) or any(
            "reported-study" in view.classes or has_reference(view)
            for view in analysis.sentences if not view.is_furniture)
        analysis.document.memo["evd-cites"] = found
    return found


def _cited_nearby(view) -> bool:
    """A citation in the paragraph (or list item) of the appeal."""
    analysis = view.analysis
    block = view.block
    if any(has_reference(other) for other in analysis.in_block(block)):
        return True
    document = analysis.document
    block_span = document.blocks[block]
    # a link in the appeal's own paragraph is its source, whatever the address
    return any(block_span.start <= link.text_start <= block_span.end for link in document.links)


# Quantifiers that make an appeal vague ("many studies", "a growing body of research") and
# determiners that point back to research already described ("these studies", "the trial"):
# grammar words, kept here rather than in the lexicon (they occur in every sentence).
_VAGUE_QUANTIFIERS = frozenset("""many several numerous countless multiple various some other previous prior past
earlier recent new newer newest latest independent published peer-reviewed more dozens hundreds growing body wealth
number most after""".split())
_POINTING_BACK = frozenset("the these those this that their its his her both such two three four five our same".split())
_DESIGNS = frozenset({"randomised", "randomized", "controlled", "placebo-controlled", "blinded", "double-blind"})


def _specific(view, first: int) -> bool:
    """ "The research", "these studies", "a survey of the same doctors": research already described."""
    tokens = view.tokens
    index = first - 1
    steps = 0
    designed = False
    while index >= 0 and steps < 3:
        norm = tokens[index].norm
        if norm in _VAGUE_QUANTIFIERS:
            return False
        if norm in _POINTING_BACK or (designed and tokens[index].is_number):
            return True  # "these studies", or counted by design: "12 randomised trials"
        designed = designed or norm in _DESIGNS
        if not tokens[index].is_word:
            return False
        if norm in ("of", "from", "by", "and", "that", "what", "how"):
            return norm in ("of",) and index > 0 and tokens[index - 1].norm in ("look", "review", "analysis", "survey")
        index -= 1
        steps += 1
    return False


def _claims_benefit(view, last: int) -> bool:
    """What the research is said to show is a benefit or an effect of a treatment."""
    for cls in ("claim-word", "any-intervention"):  # "apps like ours", "the device", "the cream"
        if any(m.first > last for m in view.mentions_of(cls)):
            return True
    # A figure is an effect too: "trials show collagen up by 250%"; and so is a
    # cause named for a disease: "studies show yeast is the hidden cause of bloating".
    tokens = view.tokens
    if any(t.norm in _CAUSE_WORDS for t in tokens[last + 1:]):
        return True
    return any(tokens[i].is_number and tokens[i + 1].norm in ("%", "percent")
               for i in range(last + 1, len(tokens) - 1))


_CAUSE_WORDS = frozenset({"cause", "causes", "caused", "culprit", "culprits", "trigger", "triggers", "triggered",
                          "blame", "root"})


class UnnamedResearch(Rule):
    meta = RuleMeta(
        code="EVD001",
        name="unnamed-research",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A treatment claim resting on unnamed research (\"studies show\") that the article never names",
        docs=RuleDocs(
            what="Flags \"studies show\", \"clinical trials have shown\", \"scientists have proven\", \"doctors "
            "agree\" and the like when they carry a claim about a treatment or its effects and the article gives "
            "the reader no way to find any research: no journal, \"published in\", \"et al.\", author-year "
            "reference, DOI, link, or study it reports. An appeal that calls research proof (\"research proves\", "
            "\"doctors agree\") is flagged unless its own paragraph cites. Research already described (\"the "
            "studies\", \"these trials\", \"the research showed\") is not an appeal. Silent when negated, asked, "
            "hedged, conditional, reported (a named speaker is a source) or disputed.",
            why="An appeal to research the reader cannot check borrows the authority of science without its "
            "accountability. JAMA's attribution benchmark and DISCERN ask that sources be named so readers "
            "can judge them; HealthNewsReview asks whether the story grasps the quality of the evidence.",
            bad=(
                "Studies show that stem cells repair the damaged myelin.",
                "Clinical trials have shown our protocol halts MS.",
                "Scientists have proven that the treatment works.",
                "Research proves that diet reverses MS.",
                "A Yale study proved that the diet reverses MS.",
            ),
            good=(
                "A 2019 trial in JAMA (Burt et al.) showed fewer relapses after transplantation.",
                "Studies show fewer relapses after transplantation (Muraro 2017).",
                "No studies show that stem cell injections repair myelin.",
                "Do studies show that diet matters?",
                "The trial, published in The Lancet, enrolled 400 women.\n\nPrevious studies have shown that "
                "exercise helps with hot flashes.",
                "The researchers followed 900 people for ten years. The studies showed that walking lowered blood "
                "pressure.",
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
        silenced_by=frozenset({NEGATED, QUESTION, HEDGED, CONDITIONAL, HISTORICAL, DISPUTED}),
    )

    def triggers(self):
        return frozenset({"study"}), frozenset({"research-source", "prestige", "expert-word", "study-origin"})

    @staticmethod
    def _spoken(view, first: int, last: int) -> bool:
        """The appeal is a named speaker's ("...," he says; "Clinics claim that studies show"): a
        quotation, or a reporting verb before it or a verb of speech anywhere in the sentence
        (not "in what experts are calling a breakthrough" after it)."""
        stance = view.stance(first, last)
        if REPORTED not in stance:
            return False
        if ("reported", "quoted") in stance.cues:
            return True
        for mention in view.mentions_of("attribution"):
            norm = view.tokens[mention.first].norm
            if mention.last < first or norm in _SPEECH:
                return True
        return False

    def check(self, document, unit, options):
        view = _view(document, unit)
        if view is None or view.is_furniture:
            return
        for pattern in (*_APPEALS, _BACKED, _CROWD):
            if not pattern.may_match(view):
                continue
            for match in pattern.finditer(view):
                tokens = view.tokens
                source = " ".join(t.norm for t in tokens[match.first:match.last])
                verb = tokens[match.last].norm
                strong = (verb in _PROOF or pattern in (_BACKED, _CROWD)
                          or (verb in _CONSENSUS and pattern in _PRESTIGE_APPEALS)
                          or any(t.norm in _EVERYWHERE for t in tokens[match.first:match.last])
                          or holds(document, "sells"))
                if pattern not in (_BACKED, _CROWD) and _specific(view, match.first):
                    continue  # research already described ("these studies"); a count of studies never is
                if self._spoken(view, match.first, match.last):
                    continue
                if _finding_denied(tokens, match.last):
                    continue  # "studies have found the bands do not work": a myth debunked, no claim made
                if any(source.startswith(weak) for weak in _WEAK_SUBJECTS) and not strong:
                    continue
                if _cited_nearby(view):
                    return
                if _advice_rests_on_it(view, match.first):
                    continue  # "advice from the JCVI ..., after several studies showed ..." (v0.30.40, set 135)
                if not holds(document, "sells") and _put_in_numbers_next(view):
                    return  # "Large trials have shown ... To put numbers on it: if 10,000 people ..." (v0.30.37)
                if not strong and (article_cites(view.analysis) or not _claims_benefit(view, match.last)):
                    continue  # "doctors agree" and "studies show" carry a claim only about a treatment
                start, end = tokens[match.mark_first].start, tokens[match.mark_last].end
                words = " ".join(document.text[start:end].split())
                yield Hit(start, end, f"\"{words}\" with no study named, linked or cited: which research?")
                return


_AUTHORITY_CLASSES = frozenset({"regulator", "agency"})


def _advice_rests_on_it(view, first: int) -> bool:
    """A regulator's or an expert committee's advice, named before the research it rests on ("This followed advice
    from the JCVI, ... after several studies showed one dose protects as well as two"): the article reports why the
    body decided, and the body is the source a reader can look up."""
    return any(mention.last < first and mention.classes & _AUTHORITY_CLASSES for mention in view.mentions)


# --------------------------------------------------------------------------------------------
# EVD003 testimonials as evidence

_AIDS = r"(?:cane|walking\s+stick|stick|wheelchair|walker|crutches|rollator|mobility\s+scooter|scooter|walking\s+frame)"
_FAMILY = (
    r"(?:friend|best\s+friend|sister|brother|mother|mum|mom|father|dad|cousin|neighbou?r|aunt|uncle|wife|"
    r"husband|partner|colleague|daughter|son|grandmother|grandfather|niece|nephew|boss|coworker|co-worker)"
)
# Someone close vouching second-hand ("my aunt works as a midwife and agrees").
_FAMILY_WORD = ("(friend|sister|brother|mother|mum|mom|father|dad|cousin|neighbour|neighbor|aunt|uncle|wife|husband|"
                "partner|colleague|daughter|son|niece|nephew|sister-in-law|brother-in-law|best friend)")
# Mobility aids a recovery story throws away; not the wider {MOBILITY-AID} class, whose pills,
# glasses and braces people are "without" for many reasons.
_AID = "(cane~|walking stick~|stick|wheelchair~|walker~|crutches|rollator~|mobility scooter~|scooter~|walking frame~)"
_TESTIMONIALS = PatternSet(ConceptPattern(text) for text in (
    # First-person recovery stories.
    f"i [have|had|finally] (threw|thrown|tossed|ditched|got rid of|gave|put|sold|donated|said goodbye to|no longer need|"
    f"no longer use) [away|out|aside] (my|the) {_AID}",
    "(i'm|i am) [now] (walking|running|dancing|hiking|skiing|working) again",
    "i (can|could|was able to|am able to) [now|finally] (walk|run|dance|hike|ski|work|drive|climb stairs) [_] again",
    "(i|we) (got|have|had) (my|our) (life|lives|old life) back",
    "gave (me|us|him|her|them) (my|our|his|her|their) (life|lives) back",
    "gave (me|us) back (my|our) (life|lives|old life|independence|freedom)",
    "(it|this|the treatment|the therapy|the procedure|the transplant|the injection~|stem cell~|the cells) [really] "
    "(worked|works) [wonders] for (me|us|my _)",
    # Before and after: "without my walker", "came in with a walker and left dancing".
    f"(without|no longer need|no longer needing|no longer use|no longer using|free of) my {_AID}",
    f"came in (with a {_AID}|on crutches|in a wheelchair) and (left|walked out)",
    "i feel [_] (years younger|like a new (person|woman|man)|normal again|like myself again|cured|reborn)",
    "(i'm|i am|is|are|was|were) [the] living proof",
    # The story offered as the reader's: "it will transform yours too".
    "(will|can|could|'ll) (transform|change|work for|do the same for|help) (yours|you|your _) too",
    # A doctor's astonishment as proof: "my dentist couldn't believe my gums".
    "my (doctor|neurologist|gp|consultant|dentist|surgeon|specialist|oncologist|physio) (couldn't|could not|can't|cannot|didn't|did not) believe",
    # The practitioner's own eyes: "I see the difference every single day", "we have seen remarkable
    # results week after week", "most of the children we treat sleep through within a month".
    # (What is seen must be a result: "we see people every day" is a nurse's caseload, v0.30.29, set 114.)
    "(i|we) [have] (see|seen|saw) [_] [_] (difference|differences|result|results|change|changes|improvement|"
    "improvements|transformation|transformations|it work|it working|success|successes|recoveries|miracles) ...4 "
    "(every day|every single day|time after time|time and again|again and again|week after week|day after day)",
    "(i|we) [have] (see|seen|saw|watch~|watched) ...4 (lift|go|ease|fade|disappear|vanish|improve|clear|heal|melt away) "
    "...6 (every day|every single day|time after time|time and again|again and again|week after week|day after day)",
    "(i|we) (see|saw|have seen|'ve seen|watch~|have watched) (it|this|the difference|the results|the change|them) with (my|our) own eyes",
    # (One patient's result said to be what everyone gets, "Tom's recovery is typical of our clients",
    # is CLM003's promise of results since 0.16.0.)
    # "We notice it in our patients every week": the practitioner's impression as proof.
    "(i|we) (see|saw|have seen|'ve seen|notice|have noticed) (it|this|that|the difference|the change) (in|with) (my|our) "
    "(clients|patients|customers|members|children|kids) (all the time|every day|every week|again and again|time and again)",
    # Fame as evidence: "footballers and celebrities swear by the cream".
    "(celebrities|influencers|celebs|stars|athletes|models|footballers|royals|hollywood|presenters|actors|actresses|"
    "singers|olympians|famous faces) [and _] (swear by|love|rave about|use) "
    "(it|them|this|the _|our _)",
    # Age as proof of safety (v0.30.12): "used since the 1800s, which tells you it's safe and effective".
    "(since|for) ...4 (which|that) (tells|shows|proves) (you|us|me) (it's|it is|they're|they are) [_] (safe|effective|safe and effective)",
    # Fame that has had it: "several well-known presenters have had the treatment".
    "(several|many|a number of|some|plenty of|dozens of) (well-known|famous|big-name|household-name|celebrity|tv|tv's|"
    "high-profile) [_] (presenters|actors|actresses|stars|singers|celebrities|footballers|influencers|models|names|faces|people) "
    "(have had|have tried|have used|have done|had|tried)",
    # The practitioner's tally: "I have seen it work for hundreds of patients", "we've watched it help thousands".
    "(i have|we have|i've|we've|i had|we had) (seen|watched) (it|this|them|the _|these _|our _) (work|help|succeed|heal|transform) [for|in|with] "
    "[literally|well over|over|more than] (hundreds|thousands|dozens|countless|so many|# ...2) [of] [_]",
    "(most|many|all|nearly all|almost all|the majority) of the (babies|patients|children|clients|people|women|men|dogs) (we|i) (see|treat|have treated|have seen) (are|were|get|got|improve~|recover~|feel|felt|settle~|sleep)",
    # Everyone around the writer takes it: "everyone at my gym uses it and no one has had a problem".
    "(everyone|everybody|all the women|all the girls|all the lads|half the people) (at|in) my [_] (gym|group|class|office|street|family|school|salon|team) (uses|use|takes|take|swears by|swear by|has tried|have tried|is on)",
    "living proof that",
    # A problem said to be gone from one's own body, or kept away since: "My crow's feet have
    # completely disappeared", "I haven't had one cold since", "it has stopped my relapses".
    "my [_] ({CONDITION}|{DISEASE-SIGN}|wrinkles|lines|crow's feet|spots|cellulite|bald patch~|ringing) (has|have) "
    "[now] [completely|totally|entirely|all but|just] (disappeared|vanished|cleared up|melted away)",
    # (Not relapses: on a proven drug, "I haven't had a relapse since" is the drug doing its job.)
    "i (haven't|have not|hadn't|had not) (had|caught|suffered) (a|one|a single|another) [_] (cold|migraine|flu|"
    "infection|headache|sniffle) since",
    "since i (started|began|took|had|tried|switched to) ...6 i (haven't|have not) (had|caught|suffered) (a|one|a single) "
    "[_] (cold|migraine|flu|infection|headache|sniffle)",
    "(it|this|they|the _) (has|have) stopped my (relapses|migraines|pain|seizures|attacks|flares|flare-ups|symptoms) "
    "[completely|for good|altogether|dead]",
    "(it's|it is|it feels) like (i've|i have) (got|been given) a (brand new|brand-new|new) (knee|hip|back|body|spine|"
    "shoulder|life)",
    "i (look|feel) # again",
    "i (look|feel) (# years|ten years|twenty years|years|a decade) younger",
    "(it|this|the treatment|the surgery|the operation|the transplant|the scan|the test|the drug|the injection~|"
    "{INTERVENTION}) saved my life",
    "(the|this|that|your|their) (clinic|centre|center|team|programme|program|product|device|app|kit|check) saved my life",
    "the proof is in my (scans|results|bloodwork|blood work|tests|mri|x-rays|inbox|messages|emails|dms|comments|reviews|mailbag|postbag)",
    "(cancelled|canceled|called off) (it|my surgery|the surgery|my operation|the operation|my knee replacement|"
    "my hip replacement) after",
    # Patients' verdicts offered as evidence.
    "(patients|clients|people|users|customers) [who _] [(at|of|in|from) (the|our|this|that) (clinic|centre|center|"
    "hospital|practice|program|programme|trial)] (call|calls|describe|consider|hail|rate) (it|them|the _|our _|this _) "
    "[as] (life-changing|life-saving|a miracle|miraculous|a game-changer|amazing|incredible|transformative|a lifesaver)",
    "(patients|clients|customers|users) (rave|swear by|love)",
    # Friends' and family's word for it: "my friends at the book club swear by it", "most parents at
    # the nursery swear by them" (not "some people swear by it, others hate it")
    "(my|our|all|half|most|everyone|everybody) ...3 (friends|mums|moms|mothers|parents|family|neighbours|neighbors|"
    "colleagues|readers|followers) ...4 (swear~|sworn) by (it|them|this|these|the _|_)",
    "(countless|thousands of|hundreds of|so many|all our|most of our) (patients|clients|customers) [have] "
    "(regained|recovered|are now|can now|now)",
    "real (patients|people) , real (results|stories)",
    "(read|hear|watch|see) [what] (our|their|real) (patients|clients) ['] (stories|testimonials|reviews|say)",
))
# What the seller's own customers report, offered as evidence: "94% of wearers reported less pain",
# "most of our readers tell us their fatigue has vanished", "thousands of happy clients can't be
# wrong". Uncontrolled, self-selected and unverifiable: a survey of buyers, not a trial.
_BUYERS = "(customers|clients|users|wearers|buyers|readers|parents|members|subscribers|guests|graduates|attendees|alumni|followers)"
# What a survey of buyers says they felt: "... said they felt stronger", "... reported less pain".
_FELT_BETTER = ("[they] [felt|were|had|noticed|saw] ...3 (better|improved|clearer|calmer|stronger|easier|more easily|"
                "more energy|more energetic|more rested|more alert|less pain|less tired|less stiff|fewer|younger|brighter|"
                "lighter|less bloated|slimmer|"
                "happier|healthier|sharper|would never go back|wouldn't go back|would not go back|wouldn't be without|"
                "reassured|more confident|more in control|in control|would recommend|"
                # the product credited: "88% said the wrap had helped"
                "helped|eased|relieved)")
_CUSTOMER_REPORTS = PatternSet(ConceptPattern(text) for text in (
    # The seller's own data, survey or readings as the proof: "data from 5,000 users shows", "a survey of the
    # clinic's Facebook followers found 94% would choose it", "my own breath readings prove my brain is healing",
    # "97% of respondents would recommend it to a friend".
    "data from ## [_] (users|customers|members|wearers|clients|buyers|subscribers|patients) (shows|show|proves|prove|confirms)",
    "<(survey|poll) of ...4 (followers|customers|clients|members|readers|users|subscribers|fans)> (found|shows|showed|says)",
    "(my|our) own ...3 (readings|results|tests|measurements|scans|photos|data|numbers|levels) (prove|proves|show|shows|confirm~)",
    "(would|will) recommend (it|us|them|_) to (a friend|friends|family|others|their friends)",
    f"# (%|percent|per cent) of [our] [happy|satisfied] {_BUYERS} (report~|said|say|saw|see|notice~|felt|feel|"
    "experience~|rated|told us|tell us|agree~)",
    "# (%|percent|per cent) of (our|its|their|the clinic's) (patients|participants|people|clients) (report~|said|saw|see|"
    "notice~|felt|experience~|rated|told us|are back|were back)",
    # Buyers with the condition, or patients counted with no group beside them: "90% of users
    # with arthritis said they felt ...", "80% of older patients reported relief", "97% of
    # mothers were happy at the six-week visit".
    f"# (%|percent|per cent) of [our] {_BUYERS} with [_] [_] (report~|said|say|saw|notice~|felt|feel|told us|rated)",
    "# (%|percent|per cent) of [_] (patients|people|women|men|clients) (report~|reported) (improvement|improvements|"
    "benefit|a benefit|relief|feeling better)",
    "# (%|percent|per cent) of [our|the] [_] (patients|women|men|clients|customers|users|parents|buyers|wearers) "
    "(were|are) [very|highly|completely] (satisfied|happy|delighted|pleased)",
    # Buyers by the thousand, or the regulars, vouching: "hundreds of our buyers agree", "our
    # regulars tell us their colds stopped", "many report feeling calmer".
    "(thousands|hundreds|millions) of [_] (customers|clients|users|buyers|wearers|members) (say|said|report~|tell us|told us|agree~)",
    # Who replied to the seller, and the seller's own follow-up (v0.30.10): "89% of the 2,000 parents who
    # replied said their child's snoring improved", "the clinic's own follow-up of 380 children, and 87% of
    # them improved", "of the first 50 customers who bought the drops, 47 said", "a survey of 200 of our
    # customers", "the company surveyed 140 women who used it".
    "# (%|percent|per cent) of the [##] [_] (parents|people|customers|users|women|men|patients|readers|buyers|mums) who "
    "(replied|responded|answered|wrote back|filled in) ...3 (said|say|reported|report|told)",
    "(its|their|our|his|her) own (follow-up|audit|data|figures|survey|records|review) of [##] ...6 # (%|percent|per cent) "
    "[of them] ...2 (improved|got better|were better|responded|recovered)",
    "of the first # (customers|buyers|users|clients|patients|people) ...8 # (said|say|reported|told us|found)",
    "(survey|poll) of # [_] (customers|users|clients|buyers|members)",
    "(surveyed|polled) # [_] (women|men|people|customers|users|patients|parents) ...6 who (used|tried|bought|took|had)",
    # Buyers ranking it above the rest: "customers tell us it works better than anything else they've tried".
    f"[our|my] {_BUYERS} (tell|told|tells) (us|me) [that] (it|they|the _) (works|worked|work) (better than|far better than|"
    "faster than) (anything|everything|any other|all the)",
    "# (%|percent|per cent) of [our|the] [_] (patients|women|men|clients|customers|users|parents|buyers|wearers) "
    "(are|were) ...2 (satisfied|happy|delighted|pleased)",
    "# (%|percent|per cent) of [our] [_] (patients|clients|customers|users|buyers|members|women|men) would recommend",
    # The seller's own trial or survey: "in our own 10-day customer survey, users reported deeper sleep".
    "(in|from) our [own] [_] [_] [_] (trial|survey|study|pilot|poll) ...6 (report~|reported|said|felt|found|saw)",
    # One family's result made a rule: "it worked for my dad, so I think it works".
    "(it|this|they) (worked|works) for (her|him|me|us|them|my _) ...8 so [i reckon|i think|i'm sure|i bet] (it|they) (works|work|will work|would work)",
    "(most|nearly all|almost all) (families|patients|clients|customers|parents) (tell us|say|said|report) (the same|similar)",
    "(the same|similar) (for|with) (nearly|almost|just about) (everyone|everybody|anyone) (who|that) (comes|come|tries|try|visits)",
    "[our] (regulars|regular clients|regular customers) (tell us|told us|report~|say|said) (they|their)",
    f"(many|most) [of them|clients|users|guests|members] (report~|notice~|say|said|tell us) {_FELT_BETTER}",
    # The product named between: "94% of SC-7 users reported meaningful improvement".
    "# (%|percent|per cent) of _ (users|customers|wearers|buyers|clients) (report~|said|say|saw|see|notice~|felt|feel|"
    "experience~|rated|told us|tell us|agree~)",
    f"(most|many|the majority|nearly all|almost all|# out of #|# in #) [of] our [happy|satisfied] [_] ({_BUYERS}|patients) "
    "(report~|tell us|told us|say|said|notice~|feel|felt|are back|were back|see|saw)",
    # The clinic's own records: "Our own patients report an average 80% improvement", "In our own
    # follow-up, 94% of patients ...".
    "our [own] (patients|clients|customers) (report~|reported|saw|see|rate~|rated) [an|a] [average|mean|typical] # %",
    "(in|from|according to) our [own] (follow-up|follow up|records|data|audit|survey|outcomes) , # (%|percent) of",
    # Buyers grading their own results: "91% of women rated their results as excellent".
    "# (%|percent|per cent) of [the|our] [_] (men|women|people|patients|clients|customers|users|parents|buyers) rated "
    "(their|the) (results|treatment|experience|outcome~) [as] (excellent|good|very good|outstanding|life-changing)",
    # Buyers are the seller's even without "our": "Most customers notice steadier walking within six weeks".
    "(most|many|the majority of|nearly all|almost all) [happy|satisfied] (customers|clients|users|wearers|buyers) "
    "(report~|tell us|told us|notice~|feel|felt|see|saw|find|found)",
    f"(thousands|millions|hundreds|tens of thousands) of [happy|satisfied] ({_BUYERS}|people|patients|women|men|mums|families) [on _|online|on social media] "
    "(can't be wrong|cannot be wrong|can not be wrong|swear by|trust)",
    # A survey of the seller's own clients reporting they feel better: "87% of clients said they
    # felt stronger", "90% of users reported less pain", "95% said they slept better".
    "# (%|percent|per cent) [of] [our|the] [people|respondents|clients|customers|users|wearers|patients|women|men|mums|"
    f"parents|guests|visitors] (said|say|reported|report|felt|feel|told us) {_FELT_BETTER}",
    "(all|most) of my ...2 (friends|mums|mum friends|clients) swear by",
    # The seller's own testing: "in our own testing over a week it missed nothing".
    "(in|from|according to) our (own|in-house) (testing|tests|trial~|experience|research|checks)",
    # A survey figure for people with a condition: "95% of people with eczema said they felt better".
    "# (%|percent|per cent) of (people|patients|users|women|men|parents) with [_] [_] (said|say|reported|report|felt|feel|"
    f"told us) {_FELT_BETTER}",
    # Those who answered the seller's questionnaire: "92% of the 3,000 who replied said they felt better".
    f"# (%|percent|per cent) of the # (who|that) (answered|replied|responded|took part) (said|say|reported|told us) {_FELT_BETTER}",
    f"(# in #|# out of #) (said|say|reported|told us) {_FELT_BETTER}",
    f"(# in #|# out of #) (people|patients|clients|users|women|men|parents) [with _] (said|say|reported|report|told us) "
    f"{_FELT_BETTER}",
    # The buyers picked out by what they did: "8 in 10 parents who used the pillow said they would
    # not be without it", "88% of wearers who finished the course reported clearer skin".
    f"(# in #|# out of #|# (%|percent|per cent) of) [our] ({_BUYERS}|people|women|men) who ...6 (said|say|reported|report|"
    f"told us) {_FELT_BETTER}",
    "# (%|percent|per cent) of (the clinic's|our clinic's|the practice's) [_] [_] (patients|clients)",
    # The seller's own success figure, with no source: "our own success rate is 81%".
    "our [own] [_] (success|cure|satisfaction|pregnancy|live birth|recovery|response) rate~ (is|are|was|of|stands at|runs at) "
    "[over|above|about|around|nearly] #",
    # Popularity offered as proof: "over two million parents trust it", "40,000 bottles sold", "so you
    # know it works", "that's all the proof you need".
    f"(# (million|thousand)|millions of|thousands of|over # [million|thousand]|more than # [million|thousand]) [happy|satisfied] "
    f"({_BUYERS}|families|people|patients|mums|dads|women|men) (trust|use|love|choose|rely on|swear by|can't be wrong)",
    "(over|more than) # [million|thousand] (bottles|units|kits|packs|jars|boxes|devices|tubs|pairs|treatments) sold",
    # Reviews and downloads as proof: "4,000 five-star reviews make it clear it works", "a 4.9-star
    # rating, which shows how well it works", "a million downloads, proof that women want it".
    "(# |thousands of|hundreds of|over #|more than #) [five-star|5-star|glowing|positive|rave] (reviews|ratings|testimonials) "
    "...10 (clear|show~|shown|proof|prove~|proven|tells you|speak~ for|evidence)",
    "# [-] star rating ...8 (show~|prove~|proof|tells you|speak~ for|evidence)",
    "(downloaded|bought|used|tried|chosen) ...4 , (proof|evidence|which shows|which proves) that",
    # The seller's survey or poll of its buyers, however worded: "a survey of 40 early customers",
    # "our 2025 client feedback survey found", "68 people on our community page voted it
    # life-changing", "an average of 4.9 stars across more than 600 reviews".
    f"(survey~|poll~|questionnaire~) (of|among) [more than|over|nearly|just|some] [#] [early|existing|current|new|satisfied|our|its|their] {_BUYERS}",
    "(client|customer|user|member|patient|buyer) (feedback|satisfaction|experience) (survey|poll|questionnaire)",
    f"# ({_BUYERS}|people) ...6 (voted|rated) (it|us|the _|our _)",
    "(average|rating|score) of # stars",
    "# stars (across|from|on|in) ...3 (reviews|ratings)",
    # The clinic's own tally of patients who cut their medicine: "85% of our clients cut their
    # painkillers", and results said to speak for themselves.
    "# (%|percent|per cent) of (our|my|the clinic's) (patients|clients|customers|members) (reduced|cut|halved|lowered|stopped|came off|dropped|were able to|no longer)",
    "(results|photos|pictures|gallery|before-and-after|before and after|rate|record|figures|reviews|numbers|history|"
    "tradition) ...2 speak~ for (itself|themselves)",
    "(so|which is how|that's how) you know (it|they|this) [really] work~",
    "(that|this) (is|'s) [the] (best|only|all the) proof [there is|you need|we need]",
    "(that|which|this) (tells|told) you (everything|all) you need to know",
    # The seller's letters or record as the last word, the practitioner's safe record, the seller's own
    # study (v0.30.18): "those letters tell you everything", "I've done 2,000 faces and never had a
    # problem", "its own study of 300 patients where 88% improved", "his own records of more than 300
    # patients show that vision improved in 96 per cent".
    "(those|these|the|our|my|their|his|her) (letters|reviews|stories|results|photos|messages|testimonials|emails|comments|cards) "
    "(tells|tell|told) you everything",
    "(i've|i have|we've|we have|she's|she has|he's|he has) (done|treated|injected|performed|seen|fitted|carried out) "
    "[over|more than|nearly|almost] ## ...4 (and|with) (never|not once|not a single) (had|seen|caused) (a|one|any|a single) "
    "(problem|complication|issue|reaction|side effect|infection|bad result|complaint)",
    # (Its own survey, audit or follow-up is read by the patterns above, which report the figures too.)
    "<(its|their|our|my|his|her|_) own (study|studies|records|data|figures|results|trial) [_] [_] [_] "
    "[_] [_] [#] [_]> ...8 (show~|showed|prove~|proved|found|where|in which|reported) ...10 # (%|percent|per cent)",
    # Lives transformed by the thousand, and clients reporting back: "over 3,000 men have turned their
    # health around", "our guests report back that they feel years younger".
    "(over|more than|#|thousands of|hundreds of) [#] (women|men|people|patients|clients|customers|members|families) "
    "(have|has) (transformed|changed|turned around|reclaimed|taken back|got back) (their|his|her) (lives|life|health)",
    f"{_BUYERS} (report|reported|write|wrote|tell|told) [us] back",
    # Age and tradition as proof: "used for 2,000 years, which is proof enough",
    # "centuries of use prove it works", "a remedy handed down for generations speaks for itself".
    "(used|use|practised|practiced|around|relied on|trusted|tradition|lasted) ...5 (# years|centuries|millennia|"
    "thousands of years|hundreds of years|generations) ...10 (prove~|proof|speaks for itself|speak for themselves|"
    "shows it works|tells you it works)",
    "(centuries|millennia|generations) of (use|tradition|practice) ...4 (prove~|proof|show~|shows it works)",

    # (v0.30.33, set 123) Age as the body's own knowledge: "goats have been milked for 10,000 years, so our bodies
    # know exactly what to do with it".
    "(for|over) (# years|thousands of years|hundreds of years|centuries|millennia|generations) , so (our|your|the) "
    "(bodies|body|ancestors|genes) (know~|knew|are used to|recogni~|understand~)",
    # (v0.30.33, set 122) One study called all the proof needed: "that study is all the proof most of our clients need".
    "(is|was|are) all the (proof|evidence) ...4 (need|needs|needed)",
    # Reviews counted, clients telling it often, the practitioner's record, the seller's own pilot:
    # "over 3,000 five-star ratings", "clients regularly tell us", "I have never treated a patient who
    # failed to improve", "our yearly client audit found 97% were satisfied", "8 in 10 men at our
    # practice report".
    "(with|boasting|earned|earning) [over|more than] # (five-star|5-star|5 star|five star) (reviews|ratings)",
    f"({_BUYERS}|patients) (regularly|often|always|frequently|constantly|routinely) (tell us|report|say|write to us|tell me)",
    "(never|not once) (had|seen|treated) a (client|patient|customer|member) who (didn't|did not|hasn't|has not|failed to) "
    "(improve|get better|benefit|respond|recover)",
    "(our|the clinic's|my) [#] [own|patient|client|internal|customer] (audit|survey|follow-up) (recorded|records|shows|showed|"
    "found|finds|reports|reported) # (%|percent|per cent)",
    "(# in #|# out of #|# (%|percent|per cent) of) (women|men|people|patients|clients|parents) (at|in|from) (our|my|the) "
    "(clinic|practice|centre|center|surgery|salon|studio) (say|said|report~|tell us|told us|find|found)",
    f"# (%|percent|per cent) of [our] {_BUYERS} (are|were) [now|completely|totally|entirely] (pain-free|symptom-free|"
    "free of|cured|better|well|healthy|off)",
    # Demand, reviews and word of mouth in place of a trial: "demand like that tells you it works",
    # "1,500 buyers gave us five-star ratings", "everyone I refer there says the same", "my
    # aunt is a nurse and she agrees", "91% rated their care as outstanding".
    "(demand|popularity|sales|waiting list~|queue~|bookings) ...3 (tells you|shows|show|proves|prove|is proof) [that] (it|they|the _|this) (works|work)",
    "(# |thousands of|hundreds of|over #|more than #) [happy|satisfied] (patients|clients|customers|people|parents|users) "
    "(have left|left|gave|have given|give) [us] (five-star|5-star|glowing|rave) (reviews|ratings)",
    "(everyone|everybody|all) (i|we) [have|'ve] (sent|referred|told|recommended it to|sent there|sent here) ...3 (says|said|say) "
    "(the same|so)",
    f"my {_FAMILY_WORD} [_] (is|was) a (nurse|doctor|gp|pharmacist|midwife|physio|physiotherapist|chemist|paramedic) "
    "and (she|he) (says|said|agrees|agreed|swears by)",
    "# (%|percent|per cent) (rate|rated|rank|ranked|score|scored) (their|the) (results|treatment|experience|care|visit|stay) "
    "[as] (excellent|good|very good|outstanding|great|five stars|life-changing)",
    # The seller's own figures: "in our practice audit, clients reported 70% less stiffness", "a trial
    # run by the manufacturer".
    "(in|from|according to) our [own|latest|internal|in-house] [_] [_] (follow-up|records|data|audit|survey|outcomes|figures|"
    "series|case series|pilot|testing) ...8 #",
    "(trial|study|survey|test~|audit) (run|funded|conducted|carried out|paid for|sponsored|done) by the (manufacturer|company|"
    "maker|makers|brand|clinic|seller|firm)",
    # Reviews counted, however the count is introduced: "the balm has more than 3,200 five-star reviews",
    # "rated 4.8 out of 5 by 2,000 buyers".
    "(# |thousands of|hundreds of|over #|more than #) (five-star|5-star|5 star|five star) (reviews|ratings)",
    # Reviews or happy patients counted as the argument: "it has thousands of reviews on Amazon", "we
    # have hundreds of happy patients".
    "(has|have|got|with) (thousands|hundreds|tens of thousands) of [_] (reviews|ratings|testimonials) (on|from)",
    "(we|i) (have|'ve) [got] (thousands|hundreds) of (happy|satisfied|delighted) (patients|clients|customers|mums|families)",
    "rated # (out of|/) # (by|from) [over|more than] # ...2 (customers|buyers|users|reviews|ratings|parents|clients)",
    # The seller asking its own buyers: "when we contacted 90 former clients, most said...", "in a
    # survey of 500 buyers, 7 in 10 said", "users reported 60% fewer", "64% of our clients have noticed".
    f"(we|our team) (followed up|surveyed|asked|polled|contacted) [over|more than] # [past|former|recent|of our] [_] ({_BUYERS}|patients)",
    f"(poll|survey|questionnaire) of [over|more than] # [past|former|recent|of our] ({_BUYERS}|patients)",
    f"{_BUYERS} reported # (%|percent|per cent) (less|fewer|more|better|lower|higher)",
    "# (%|percent|per cent) of (our|my) (patients|clients|customers|members|guests|users) (have seen|saw|see|noticed|notice|"
    "have noticed|have had|had)",
    # Popularity as the argument itself: "half a million tins sold, so it clearly works", "nobody
    # would keep reordering if the tea didn't work", "trusted by over 80,000 families", "a custom that
    # has survived this long speaks for itself".
    "(# |thousands|millions|hundreds|so many|that many|sold|members|followers|users|customers|buyers|reviews|posting) ...12 "
    "(so|which proves|which shows|that proves|that shows|proof that) (it|they|this) [obviously|clearly|must|definitely|really] "
    "work~",
    "(wouldn't|would not|don't|do not|won't|will not|nobody would|no one would) ...8 (if (it|they|the _) (didn't|did not|doesn't|does not|wasn't|weren't) "
    "(work|working|help|helping)|(something|anything|a product|a treatment) that (doesn't|does not|didn't|did not) work)",
    f"(loved|trusted|adored|chosen|relied on) by [over|more than|nearly|almost] # ...2 [happy|satisfied] ({_BUYERS}|people|women|"
    "men|mums|families|patients)",
    "(lasted|survived|been around|endured|stood) ...4 speak~ for (itself|themselves)",
    # The seller's own feedback as proof, or said to outweigh a study: "our client feedback forms show
    # 96% satisfaction", "our shelf of cards from patients says more than any trial could".
    "(our|my) [own] [client|customer|patient|guest] (feedback|feedback forms|satisfaction survey~|questionnaires|reviews|ratings) "
    "(show~|shows|showed|found|reveal~|record~) # (%|percent|per cent)",
    "(say~|says|said|tell~|tells|prove~|proves|show~|shows) more than any (study|trial|research|scientist|paper|journal) [could|can|ever could]",
    # Popularity as the proof: "trusted by thousands of walkers" ("used by millions" is a fact news
    # gives about common drugs, and left alone).
    "(trusted|loved|chosen) by (thousands|millions|hundreds|tens of thousands) of [happy|satisfied] _",
    # Messages counted: "350 of you have written in this month".
    "# of you (have|'ve) (emailed|written|written in|messaged|commented|been in touch)",
    # Units sold and people put through the clinic, counted as the credential: "more than 40,000
    # bottles have been sold", "over 800 children have been treated at the centre since 2017",
    # "tested on more than 3,000 customers".
    "(more than|over|nearly|almost|well over) # [thousand|million] [_] (bottles|units|kits|packs|jars|boxes|devices|tubs|"
    "pairs|treatments|courses|sprays|tins|pots) (have|has) [now|already] been (sold|bought|ordered|shipped)",
    "(more than|over|nearly|almost|well over) # [thousand|million] (patients|people|children|adults|families|women|men|"
    "clients|babies) (have|had) [now|already] been (treated|helped|injected|fitted) (at|by|in) (the|our|this) (centre|center|"
    "clinic|practice|institute|team)",
    "tested on [more than|over|nearly|almost|well over] # [thousand|million] (customers|users|clients|buyers|wearers|members)",
    # Reviews and testimonials counted, of any kind: "more than 600 glowing client testimonials",
    # "over 4,000 Amazon reviews".
    "(has|have|had|with|from|boasting|earned|earning|got|gets|collected|received) <[over|more than|nearly|almost|well over] # "
    "[thousand] [glowing|positive|rave|five-star|5-star|verified|happy] [client|customer|patient|amazon|google|trustpilot|"
    "online|user] (testimonials|reviews)>",
    # The clinic's own survey or its own trial: "our 2025 patient satisfaction survey", "a survey of
    # her own patients found", "in the company's own trial".
    "(our|the clinic's|the practice's|its|their) [own] [#] [annual|yearly|latest] (patient|client|customer) satisfaction "
    "(survey|surveys|scores|ratings|questionnaire)",
    "(survey|poll|audit|questionnaire) of (her|his|their|our|my|its) own (patients|clients|customers|users|members)",
    "(in|from) the (company's|firm's|clinic's|maker's|manufacturer's|brand's|seller's) own (trial|study|survey|testing|tests|"
    "pilot|audit)",
    # (Who funded a trial is a disclosure news should make: "the trial, funded by the manufacturer".)
    "(survey|poll|pilot|test~|testing|audit) ...10 , (run|conducted|carried out|done) by the (company|maker|makers|brand|"
    "clinic|seller|firm)",
))
# Numbers treated, followers, photos or tradition as the proof itself, in any words: "their results
# speak louder than any journal", "we have fitted 9,000 insoles, so this is not guesswork", "which is all
# the proof anyone needs", "so we know it works", "before-and-after scans show the difference", "200
# comments from readers it helped". The words say what is offered in place of a trial, so no
# health word or figure is asked of the sentence; one that names a study or a trial is left alone
# ("the trial compared it with placebo, so we know it works").
_TRIAL_WORDS = frozenset({"trial", "trials", "study", "studies", "randomised", "randomized"})
_PROOF_CLAIMS = PatternSet(ConceptPattern(text) for text in (
    # (v0.30.40, sets 134-135) Research said to lag behind mothers, sales called proof, a pilot on staff and friends,
    # testers' stars: "the research just hasn't caught up with what mums already know", "That's not a fad, that's
    # proof", "In a pilot with 48 Glycara staff and friends", "Our 31 beta testers gave the game 4.9 stars".
    "(research|science|studies|doctors|medicine) [just|simply] (hasn't|haven't|has not|have not) caught up with",
    "(that's|that is) (not a fad|no fad) , (that's|that is) proof",
    "(pilot|trial|study|test|tested) (with|of|among|on) # [_] [_] (staff|employees|colleagues|friends|family members|staff and friends)",
    "(our|the) # (beta testers|testers|trialists) (gave|rated) ...3 # stars",
    # (v0.30.39, sets 132-133) Space science and a professor's habit borrowed as credentials, proof heard in one's own
    # ears, stories that never stop, results seen with one's own eyes: "the mesh technology was originally developed
    # with NASA", "research first used to help astronauts sleep", "A well-known Harvard longevity professor has said on
    # podcasts that he boosts his own NAD+", "for me the proof is in my own ears", "and the stories never stop", "we
    # see what happens with our own eyes".
    "(developed|designed|created|first used|originally used|pioneered) (with|for|to help) (nasa|astronauts|the military|the army|navy seals|olympians|olympic athletes)",
    # (v0.30.60, set 168) Borrowed from a famous funder's research: "inspired by research NASA funded".
    "(inspired by|based on|born from|born out of|drawing on) [_] (research|work|studies|technology|science) [that] (nasa|the military|the army|olympic teams|astronaut~) (funded|did|developed|carried out|paid for|commissioned|used)",
    "(our|my|the) [#] [_] ({CLIENTELE}|graduates|students|alumni|members) (are|is) (the|our|all the|living) proof",
    "(developed|derived|adapted|spun off|spun out|taken) from ...2 (nasa|military|army|space) (research|technology|studies|science)",
    "(professor|doctor|scientist|expert|researcher) ...8 (has said|says|said) (on|in) (podcasts|a podcast|tiktok|youtube|instagram|social media|tv|television) that (he|she) (takes|uses|boosts|does|swears by|drinks)",
    "the proof is in (my|your|our|his|her) [own] (ears|eyes|body|results|skin|hair|joints|sleep)",
    "the (stories|messages|testimonials|results|thank-you messages|success stories) (never stop|keep coming|keep pouring in|keep rolling in)",
    "(we|i) (see|saw|have seen|can see) (what happens|the results|it work|the difference|it working) with (our|my) own eyes",
    # (v0.30.38, sets 130-131) The buyers or their surveys left to speak: "our 212 guest surveys speak for themselves",
    # "happy to let the customers speak for themselves"; the feedback of families counted by the thousand.
    f"(surveys|survey|feedback|testimonials|letters|messages|comments|{_BUYERS}) [forms|cards|surveys|scores] speak for themselves",
    # (v0.30.59, sets 166-167) The seller's people as the research, their cards as the source, the writer's eyes over the
    # doctors': "the research is in our members", "according to the company's own feedback cards", "I trust what I saw",
    # "eight in ten of my patients tell me", "our clients describe a lifting of the fog within hours" (an improvement: "our
    # patients report a sore arm within a day" is a side effect, said plainly).
    "the (research|evidence|proof|science|data) (is|lies) (in|with) (our|my|the) [_] {CLIENTELE}",
    "according to (the|our|its|their|the company's|the clinic's|the brand's) [own] [_] (feedback|survey|customer|guest|client|member|patient) (cards|forms|surveys|feedback|questionnaires|reviews)",
    "(i|we) [just|simply|still] (trust|believe|go by|rely on) what (i|we) (saw|see|have seen|'ve seen|saw happen) [with (my|our) own eyes]",
    "(# in #|# out of #|most|nearly all|almost all|all) [of] (my|our) [_] {CLIENTELE} (tell|told|say|said|report|reported) (me|us)",
    "(our|my) [_] {CLIENTELE} (describe~|report~|notice~) (a|an) [_] (clearing|lifting|improvement|difference|boost|change|transformation|easing|surge|return) ...4 (within|in) (hours|minutes|days|a day|a few days|an hour|the first (day|week|session))",
    f"(had|have|got|received|collected) [_] (feedback|reviews|messages|letters) from [over|more than|nearly|almost] ## [_] ({_BUYERS}|families|patients)",
    # Famous fans offered as the credential: "Several well-known presenters and actresses are said to be fans".
    "(celebrities|presenters|actresses|actors|stars|influencers|footballers|athletes|celebrity clients) ...4 (are|were) [said to be|reportedly|all|big|huge] fans",
    "speak~ louder than (any|a|the) [_] (journal|study|trial|paper|research|statistic~|scientist~)",
    "(so|which means) (this|it|that) (is not|isn't|is no longer) [just|a] [_] (theory|guesswork|hype|speculation|wishful thinking)",
    "(which|that|this) (is|'s) all the proof (anyone|anybody|you|we|i) (need~|could want|could ask for)",
    "(is|are|was|were) all the proof (anyone|anybody|you|we|i) (need~|needs|could want)",
    "so (we|you|i) (know|can be sure|can be certain) ...5 (works|work|working|protect~|help~|is happening|are happening)",
    "before-and-after [3d] [_] [_] (photos|pictures|scans|images|shots) ...8 (show~|prove~|proof|speak~ for)",
    "(comments|messages|emails|letters|reviews|thank-you notes) from (people|readers|women|men|parents|mums|patients|families) (it|this|they|the _) (has|have) (helped|cured|saved)",
    # Age as the proof: "no remedy lasts three centuries unless it helps".
    "(doesn't|does not|wouldn't|would not|don't|do not) (survive|last|endure|stay around) ...3 unless (it|they) (works|work|worked|helps|help)",
    "(doesn't|does not|wouldn't|would not|don't|do not) (keep|go on|carry on) (using|taking|drinking|eating|applying) ...6 unless (it|they) (works|work|worked|helps|help)",
    # Viewers and the clinician's astonishment: "thousands of you have told me it worked", "my nurse
    # couldn't believe it".
    "(thousands|hundreds|millions|so many) of you ...6 (told me|tell me|said|say|written|wrote|messaged) ...3 (it|this|they) (worked|works|helped|helps)",
    # A crowd or a long history as the proof itself: "over 3,000 members can't all be wrong", "that
    # long history tells you it is both safe and effective".
    "(can't|cannot|can not) all be wrong",
    "(long|ancient|centuries-old|age-old|proud) (history|tradition|heritage|track record|pedigree) ...3 (tells|shows|proves|"
    "means|is proof) ...3 (it|they|the _|this) ...3 (safe|effective|works|work|helps|help)",
    "(my|her|his|their) (doctor|nurse|gp|consultant|neurologist|specialist|dentist|optician|physio) (couldn't|could not|can't|cannot|didn't|did not) believe",
    # The story or the count named as the proof: "that's the proof it's working", "we've helped
    # 400 families; that's our evidence".
    "(that's|that is|this is|which is|there's|there is|here's|here is) [all] (the|my|our|your) (proof|evidence) (it's|it is|that it's|that it is|they're|they are|the _ (is|are)) (working|works|doing (its|their) job)",
    "(that's|that is|this is|there's|there is|here's|here is) (our|my) (evidence|proof) [right there]",
    # Messages counted as proof, a scan said to settle it, the doctor astonished: "9,000 people have
    # emailed us to say it helped", "which says it all", "my optician in Bath couldn't believe it".
    "# (people|readers|followers|viewers|women|men|parents|mums|of you) (have|'ve) (messaged|written to|emailed|contacted|told|dm'd) (me|us) ...4 (it works|it worked|it helps|it helped|it's working|same)",
    "(fewer|more|better|lower|higher|improved|gone|clear|cleared|normal|smaller|shrunk|shrank) ...8 (which|that|this) (says|said|tells you|told me|tells me) it all",
    # (v0.30.36, set 129) Any result, record or ranking closed as the proof in itself: "never had a single
    # infection, which tells you everything", "every baby born ... has been perfectly healthy, which says it
    # all", "the number one bestselling reflux product in the UK, which speaks for itself".
    "(never had|never got|never caught|never needed|never been|healthy|healed|bestselling|best-selling|number one|sold|customers|every|all|thousands|hundreds|gone|better|"
    "clear|cleared|perfect|perfectly|fine|well) ...12 , (which|and that|and this) (says it all|speaks for itself|"
    "speaks volumes|tells you everything|tells you all you need to know|is proof enough|is all the proof)",
    "(my|her|his|their) (doctor|nurse|gp|consultant|neurologist|specialist|dentist|optician|physio) (in|at|from) _ [_] (couldn't|could not|can't|cannot|didn't|did not) believe",
    # The seller's own audit or questionnaire: "an internal survey of 150 clients found most happy".
    "(our|an|a|the clinic's|in-house|internal) [#] [in-house|internal|own] (audit|survey|questionnaire|poll) of # (patients|clients|customers|guests|families|users|members|people)",
    # The clinic's own patients shown as how well it works: "the women I see show me how well it works".
    "(show|shows|showed|prove|proves) (me|us) ...4 how well (it|this|the _|our _) (works|work|helps)",
    # Fame as the proof: "if the pros use it at the Olympics it must work".
    "(if|since) (the pros|professionals|pro athletes|athletes|celebrities|footballers|olympians|the stars) (wear|use|swear by|take) "
    "(it|them|this) ...4 (obviously|must|clearly|surely) (works|work|help~)",
    # The seller's survey of its own buyers (how satisfied a nation is with its GP is not a
    # treatment's evidence): "the clinic polled 300 of its patients", "she asked 80 readers of her blog".
    "(surveyed|polled|asked|questioned) [more than|over|nearly|almost] # [of] (its|our|their|her|his|my) [own] [_] "
    "(patients|clients|customers|users|readers|followers|members|buyers|subscribers)",
    "(surveyed|polled|asked|questioned) [more than|over|nearly|almost] # (patients|clients|customers|users|readers|"
    "followers|members|buyers|subscribers) (of|on|from) (its|our|their|her|his|my) _",
    # Popularity and praise counted: "more than 20,000 cyclists have bought the insoles", "we have
    # had thousands of grateful testimonials", "the ratings are all five-star", "the video
    # has had a million views".
    "(more than|over|nearly|almost|well over) # [thousand|million] [_] (people|customers|clients|users|runners|"
    "women|men|mums|parents|families|patients|buyers|cyclists|walkers|athletes|golfers|players|swimmers) "
    "...8 (have|has) [already|now] (bought|ordered|chosen|purchased|tried|switched to|used|trusted us|trusted|shared their stories|"
    "sent us their stories|written to thank us)",
    # The stories, the pictures or the results offered as proof of themselves: "their video stories
    # speak for themselves", "check the before-and-after pics: they speak for themselves".
    "(stories|videos|photos|pictures|pics|results|reviews|testimonials|they|these|those) [_] speak~ for (themselves|itself)",
    # Reviews counted, in any number: "hundreds of five-star Google reviews".
    "(# [thousand]|hundreds of|thousands of|dozens of|countless) [_] (five-star|5-star|glowing|rave|positive) [_] (reviews|ratings|testimonials)",
    # Sold in numbers: "the company has sold more than 40,000 patches since its launch".
    "(has|have|had) sold (more than|over|nearly|almost|well over) # [thousand|million] _",
    # Reviews as the study: "early users have reported clearer thinking in online reviews".
    "(reported|report~|reporting|describe~|described|say~|said) ...8 in (online|customer|their|amazon|google|five-star|"
    "5-star|our) (reviews|comments|posts|forums|feedback)",

    "(received|had|read|got|collected) (thousands|hundreds|countless|dozens) of [_] [_] (testimonials|thank-you letters|"
    "thank-you notes|letters of thanks|glowing reviews)",
    "(reviews|ratings) (are|were) (all|every one) (five stars|5 stars|five-star|5-star)",
    "(video~|post~|reel~|clip~) ...6 (# (million|thousand)|# [,] #|millions of|thousands of) (views|likes|shares)",
    # Tradition as the best evidence: "our heritage is the best proof there is".
    "(tradition|history|heritage|track record) (is|are|'s) (the|all the) (best|only|strongest) (evidence|proof)",
    # A crowd counted as the proof, in the present: "over 1,000 happy families already use it",
    # "thousands of satisfied travellers have trusted us", "400 patients from 31 countries have now
    # completed the protocol", "our Facebook group has more than 6,000 mums in it", "thousands of
    # TikTok videos", "our 2,000 five-star reviews say it all".
    "(# [thousand|million]|thousands of|hundreds of|millions of|tens of thousands of) [_] (happy|satisfied|delighted|grateful|loyal) "
    "(people|customers|clients|users|families|patients|travellers|travelers|mums|parents|owners|buyers|members|women|men) "
    "...3 (use~|trust~|love~|rely on|relied on|swear by|have trusted|have chosen|have used|have bought|have tried)",
    "[over|more than|nearly|almost|well over] # [_] (patients|clients|customers|people|families|users) (from|in|across) # "
    "(countries|nations|states|cities) ...3 (have|has) [now|already] (completed|finished|had|undergone|tried|used|chosen)",
    "(our|my|the) (facebook|instagram|online|whatsapp|support|private|members') (group|community|page|forum|club) "
    "(has|have|now has) [more than|over|nearly|almost|well over] # [thousand|million] [_] (members|mums|parents|people|"
    "followers|women|men|families)",
    "(thousands|hundreds|millions|tens of thousands) of (tiktok|instagram|youtube|facebook|online|social media) "
    "(videos|posts|reviews|stories|testimonials|clips)",
    "(reviews|ratings|testimonials|stories|photos|pictures) [_] (say|says|said) it all",
    # Reviews, ratings and crowds counted in other words: "more than 12,000 customers have left us a
    # review", "over 4,000 happy customer ratings", "98% of clients have rated us five stars",
    # "5,000 happy ears can't be wrong", "hundreds of families have already chosen it", "over 3,000
    # people have now completed the course", "treated more than 300 patients from Europe".
    "(have|has) left (us|a) [_] [_] (review~|rating~)",
    "(#|hundreds of|thousands of) [_] (happy|satisfied|glowing) [_] (ratings|reviews)",
    "# (%|percent|per cent) of [our] (clients|customers|users|patients|buyers) (have|has) rated us",
    "# [_] [_] (can't|cannot|can not) [all] be wrong",
    "(hundreds|thousands|dozens) of (families|people|patients|parents|customers|women|men|clients) (have|has) [already|now] (chosen|used|tried|trusted|bought|completed)",
    "(over|more than|nearly|almost) # [_] (people|patients|clients|customers|women|men|families|users) (have|has) [now|already] (completed|finished|done|gone through) (the|our|my|its|their) [_] (programme|program|course|protocol|plan|reset|challenge|treatment)",
    "(treated|helped|seen) (more than|over|nearly|almost) # (patients|people|clients|families) from",
    # The seller's own audit or trial run: "a review of 11 clients treated in our own clinic", "it
    # tested the programme on 40 of its clients", "I asked 2,000 of you in a poll".
    "(review|audit|survey|analysis) of # (clients|patients|customers|users) (treated|seen) (in|at) (our|its|their|my) own",
    # (Not "we tested it on three staff volunteers": a consumer test's own, v0.30.29, set 114.)
    "(tested|trialled|trialed|piloted) (it|the _|its _|our _|the _ _) on # (of (its|our|their|my) (clients|customers|"
    "patients|members|users|staff)|friends)",
    "(asked|polled|surveyed) # of you",
    # Crowds trusting, joined, rating, protected: "over 15,000 men across the UK already trust it",
    # "join more than 18,000 happy customers", "rated 4.9 stars by over 6,000 parents", "6,000 travellers
    # have already protected themselves", "the retreat has helped more than 300 people since it opened".
    "(over|more than|nearly|almost) # [_] (men|women|people|parents|families|customers|users|runners|travellers|patients) (across|in|throughout|around) ...3 [already|now] (trust~|use~|rely on|swear by|love~)",
    "join (more than|over|nearly|almost) # [_] (happy|satisfied|delighted) (customers|clients|members|users|families|parents)",
    "rated # [_] stars by (over|more than|nearly|almost) #",
    "(have|has) [already|now] (protected|treated|helped|cured) themselves",
    "(has|have) helped (more than|over|nearly|almost) # (people|patients|families|clients|women|men|children) since",
    "as close to a (clinical|proper|real|randomised|controlled) ...2 trial as",
    "(that's|that is|this is) [all] the proof (for me|i need|i needed|enough)",
    # A crowd as the proof, however it is counted: "more than 500 followers vouch for it", "a million
    # likes can't all be wrong", "1,500 reviews give it 4.8 stars", "a patient satisfaction rate of 97%".
    "[over|more than|nearly|almost|well over] # [thousand|million] [_] [_] (members|followers|customers|clients|users|"
    "subscribers|mums|parents|people|buyers|readers|viewers|fans) ...6 (swear by|rave about|vouch for|recommend|trust)",
    "(#|millions of|thousands of|hundreds of) ...3 (views|likes|followers|shares|downloads|reviews|customers|users) "
    "(can't|cannot|can not) [all] be wrong",
    "[over|more than|nearly|almost] # [_] (reviews|ratings) (rate|give|gave|rated|award) (us|it|them|the _) [an average of] # [stars|out of #]",
    "(customer|client|patient|member) satisfaction (score|rating|rate) ...4 (# out of #|# (%|percent|per cent)|# /)",
    # The famous using it, offered as the proof: "footballers swear by it, and that says it all".
    "(pro athletes|professional athletes|athletes|celebrities|olympians|footballers|the pros|professionals|elite runners|"
    "stars) ...8 (which|that|and that) (tells you everything|tells you all you need to know|says it all|speaks volumes|"
    "is all the proof)",
    # A count of uses offered as accuracy: "we have run 8,000 kits, which proves how accurate the test is".
    "(#|thousands|hundreds) ...8 (which|that) (shows|proves|tells you) how (reliable|accurate|effective|safe|well it works)",
    # Sales as the proof of trust: "we sold 300 packs in two days, which shows how much people trust it".
    "(#|thousands|hundreds) ...8 (which|that) (shows|proves|tells you) how much (people|customers|buyers|parents|mums|"
    "families|our customers|you all|readers) (trust|love|rely on|believe in|need) (it|them|us|the _)",
    # No control group needed: "we never needed a comparison group; the results were plain".
    "(didn't|did not|don't|do not|never) need~ (a|any) (control group|placebo|placebo group|comparison group|trial|controlled trial)",
    # A feed full of the same story: "my comments are full of parents telling me it worked".
    "(my|our) (instagram|inbox|facebook|feed|comments|dms|tiktok|page|timeline) (is|are) full of ...4 (saying|telling|"
    "sharing|reporting|who)",
    "(my|our) (instagram|inbox|facebook|feed|comments|dms|tiktok|page|timeline) (is|are) full of (the same|similar) "
    "(story|stories|message~|result~|experience~)",
    # A crowd in the writer's own group saying so: "over 500 women in my private Facebook group say the same".
    "[over|more than|nearly|almost] # (women|men|people|members|parents|mums|dads|followers|patients|clients) (in|on) "
    "(my|our) ...3 (group|community|page|forum|channel|programme|program) (say|said|report|reported|agree|agreed|swear by) "
    "[exactly] (the same|so|it works)",
    # (v0.30.20, sets 92-93) A crowd, a poll of followers, the seller's own people or test team as the proof:
    # "thousands of guys in our Telegram group swear by it", "when I asked my Instagram followers, 91% ...",
    # "over 300 families I've worked with have seen the difference", "users reported a 95% reduction",
    # "every rider in our 12-person test team".
    "(thousands|hundreds|tens of thousands|millions) of (guys|women|men|people|members|parents|mums|dads|followers|users|"
    "customers) (in|on|from) (my|our) ...3 (group|community|page|forum|channel|chat|list) (swear by|say|rave about|love|vouch for)",
    "(asked|polled|surveyed) (my|our) ...2 (followers|subscribers|readers|customers|clients|members|community|audience|"
    "group) ...12 # (%|percent|per cent)",
    "[over|more than|nearly|almost] # (families|clients|patients|people|children|women|men|mums|customers) (i've|we've|i have|"
    "we have|i|we) (worked with|treated|helped|seen|coached) (have|has) (seen|noticed|felt|had) (the|a) (difference|change|results)",
    "(users|customers|clients|buyers|members) reported a # (%|percent|per cent) (reduction|improvement|drop|fall|increase) in",
    "(in|on|from) (our|my) # (person|man|woman|rider|member|strong|runner|player) (test|testing|trial|tester) (team|panel|group)",
    # (v0.30.20, sets 94-95) A feed full of people back at it, the seller's people telling it they felt
    # better, a handful tested and all delighted: "our Instagram is full of people back on the golf
    # course", "131 told us at their last session that they felt better", "tested on 14 volunteers, and
    # every one was delighted". (Sentences that name testimonials are another rule's: a sentence about
    # testimonials is left alone here.)
    "(my|our) [private] (instagram|inbox|facebook|feed|comments|dms|tiktok|page|timeline|group|facebook group|forum) ...4 "
    "(is|are) full of (people|patients|clients|mums|women|men|photos|messages) [back|who|saying|with|of]",
    "# (told|tell|have told|wrote to) us ...8 (felt|feel|were feeling|are feeling) (better|great|much better|transformed)",
    "tested on # (volunteers|people|women|men|users|customers|clients) ...6 (every one|all of them|everyone|each one) "
    "(was|were) (delighted|happy|thrilled|impressed|satisfied|pleased)",
))
# Age offered in place of evidence on a page that sells: "used by healers for centuries", "trusted
# for thousands of years". (A careful article may say how old a remedy is; a shop says it to sell.)
_AGE = ("((used|trusted|relied on|practised|practiced|prescribed|recommended|valued|prized|handed down|drunk|taken|eaten|applied|treated) "
        "...6 (for|over|across|through|since) [over|more than|nearly|almost] (centuries|millennia|generations|"
        "thousands of years|hundreds of years|a century|over a century|medieval times|ancient times|biblical times|roman times|victorian times|"
        "the middle ages|the dark ages|(two|three|four|five|several) (hundred|thousand) years|"
        "# years|(#|a|one) (thousand|hundred) years|that long|so long)|(go|goes|going|went|date~|dating|stretch~) back (to|over) "
        "...3|(lasted|survived|endured|been around) (that|so) long)")
_AS_PROOF = ("(must (be doing something right|work|be effective|be safe|help)|(has|have) stood the test of time|"
             "(does not|doesn't|do not|don't) need (a|any) (laboratory|lab|trial|study|scientist~) ...4 (prove|show|tell)|"
             "can't (all )?be wrong|cannot (all )?be wrong|(which is|that's|that is) why (we|you|i|people) (trust|can trust|rely on|swear by) (it|them)|"
             "(you|we) can be [pretty|fairly|quite|absolutely|very] (sure|certain|confident) (it|that it) (works|helps)|"
             "(you|we) can trust [that] (it|they) (works|work|helps|help|is safe|are safe)|"
             "(has|have) earned (our|its|their|your) trust|(has|have) proved itself|(has|have) proven itself|"
             "(which|that) tells you (everything|all you need to know)|(there's|there is) a reason (it has|it's|it) (lasted|survived|stood)|"
             "(which|that) (tells|shows) you [that] (it|they) (works|work|helps|help|is effective|are effective)|"
             # (v0.30.20, sets 92-93) "so we know they draw out inflammation", "so this is hardly a new fad"
             "so (we|you) (know|can be sure|can be confident) [that] (it|they) _|"
             "(this|it|that) (is|'s) (hardly|not|no) (a|some) (new|passing|modern) (fad|trend|craze|gimmick)|"
             # (v0.30.23) "a practice that has lasted that long speaks for itself", "that kind of wisdom doesn't lie"
             "speak~ for (itself|themselves)|(doesn't|does not|don't|do not|can't|cannot) lie|"
             # (v0.30.53) "customs like these don't last by chance"
             "(doesn't|does not|don't|do not|didn't|did not) (survive|last|endure) (by|through) (accident|chance|luck))")
_TRADITION = PatternSet(ConceptPattern(text) for text in (
    "(centuries|millennia|generations|thousands of years|hundreds of years) of (use|tradition|practice|healing|wisdom) "
    "...12 " + _AS_PROOF,
    # The healers who used it, named as the credential: "herbalists have relied on these roots since
    # medieval times".
    # (v0.30.47, set 147) A country's doctors since a year: "Swiss clinics have trusted it since 1962".
    "(german|swiss|russian|soviet|chinese|japanese|indian|french|austrian|korean) (doctors|clinics|physicians|hospitals|healers) (have|has) (used|trusted|relied on|prescribed) ...3 since [the] (#|1950s|1960s|1970s|1980s)",
    "(healers|herbalists|trichologists|monks|shamans|grandmothers|grannies|midwives|tribes|villagers|"
    "traditional (healers|doctors|practitioners)) ...4 " + _AGE,
    # (v0.30.53) ... whatever they did for so long: "monks have brewed this tea every morning for 800 years".
    "(healers|herbalists|monks|shamans|grandmothers|grannies|midwives|tribes|villagers|traditional (healers|doctors|practitioners)) "
    "...4 (have|has) [been] _ ...6 (for|over|since) [over|more than|nearly|almost] (centuries|millennia|generations|thousands of years|"
    "hundreds of years|# years|(#|a|one|two|three|four|five|several) (thousand|hundred) years)",
    # (v0.30.20, sets 92-93) The ancients as the credential, then the proof: "bees were used for healing
    # by Hippocrates, so this is hardly a new fad"; the Romans at it: "since the Roman cavalry rubbed
    # olive oil into their thighs"; the age prized on a page that sells: "prized for centuries".
    "(used|prescribed|recommended|prized|praised|trusted) ...6 by (hippocrates|galen|avicenna|the ancient greeks|the greeks|"
    "the romans|the ancient egyptians|the egyptians|cleopatra|the pharaohs|the druids) ...8 " + _AS_PROOF,
    "since the (roman|romans'|ancient|greek|egyptian|viking|victorian|medieval) (cavalry|legions|legionaries|soldiers|army|"
    "emperors|gladiators|athletes|physicians|doctors|healers|monks) (rubbed|used|applied|took|drank|ate|wore|swore by)",
    "(prized|revered|treasured|cherished) ...3 (for|over|through) [over|more than|nearly|almost] (centuries|millennia|"
    "generations|thousands of years|hundreds of years)",
    # The healers, then the age: "used as blood tonics by traditional healers for thousands of years".
    "(by|among) [traditional|folk|village|ancient] (healers|herbalists|monks|shamans|midwives|tribes|villagers|doctors|practitioners) "
    "(for|over|since) [over|more than|nearly|almost] (centuries|millennia|generations|thousands of years|hundreds of years|"
    "(two|three|four|five|several) (hundred|thousand) years)",
    # On a page that sells, age alone is offered as the credential: "rubbed on sores since Roman
    # times", "our method dates back to the Edwardian masseurs".
    "(used|applied|trusted|prized|valued|taken|drunk|eaten) ...6 since [the] (cleopatra|ancient|roman|biblical|victorian|"
    "medieval|egyptian|pharaohs|pharaoh|hippocrates|romans|egyptians|greeks) (time|times|days|era)",
    "(technique~|method~|approach|remedy|remedies|recipe~|formula~|tradition~|practice~|principle~|idea) (trace~|traced|date~|go~|goes|went) back to "
    "(the|ancient|victorian|medieval|edwardian|roman|greek|egyptian) ...3",
    # Since the ancients, or for ages in a tradition: "women have used castor oil since the ancient
    # Egyptians", "revered since the Druids", "used for 5,000 years in Chinese medicine", "grannies
    # have strapped coins on for generations".
    "(used|applied|rubbed|massaged|put|trusted|prized|valued|taken|drunk|eaten|revered|treasured|relied on) ...6 since [the] [ancient] "
    "(egyptians|romans|greeks|druids|pharaohs|celts|vikings|aztecs|incas|mayans|ancients|victorians|cleopatra|hippocrates)",
    # (v0.30.32, set 120) "Based on an ancient formula, so it's been tried and tested for thousands of years".
    "tried and tested (for|over) [thousands of|hundreds of|many] (years|centuries|generations|millennia)",
    # (v0.30.31, set 118) Professionals' long use as the credential: "Olympic rowing squads and mountain rescue
    # teams have trusted supplemental oxygen for decades".
    "(squads|teams|athletes|soldiers|astronauts|pilots|the military|the army|nasa|professionals|pros|olympians) "
    "...4 (have|has) (trusted|used|relied on|sworn by) ...4 for (decades|years|generations|centuries)",
    # (v0.30.30, set 116) Whatever is done, done since the ancients: "people have been cleansing the bowel
    # since the ancient Egyptians".
    "(have|has) been _ ...6 since [the] [ancient] (egyptians|romans|greeks|druids|pharaohs|celts|vikings|aztecs|incas|"
    "mayans|ancients|cleopatra|hippocrates)",
    _AGE + " (in|by) (chinese|ayurvedic|traditional|folk|tibetan|indigenous|native|eastern|oriental|herbal|persian|unani|"
    "greek|roman|egyptian|arabic|african|siddha|kampo|medieval) (medicine|healing|tradition)",
    # The tradition before the years: "pomegranate has been used in Persian medicine for 3,000 years".
    "(used|prescribed|valued|prized|relied on|trusted) in (chinese|ayurvedic|tibetan|"
    "eastern|oriental|persian|unani|greek|roman|egyptian|arabic|african|siddha|kampo|medieval) (medicine|healing|"
    "tradition) (for|over|since) [more than|over|nearly|almost|well over] (centuries|millennia|generations|# years|"
    "(#|a|one|two|three|several) (thousand|hundred) years|a century)",
    # A region's folk medicine since an age: "butterbur has been used in European folk medicine since the Middle Ages".
    # (A region's folk medicine, not "traditional medicine", which describes a history.)
    "(used|prescribed|valued|prized|relied on|trusted) in _ (folk|peasant|country) "
    "(medicine|healing|remedies|tradition) (for|over|since) [more than|over|nearly|almost|well over|the] (centuries|millennia|"
    "generations|# years|(#|a|one|two|three|several) (thousand|hundred) years|a century|middle ages|dark ages|"
    "medieval times|ancient times|roman times|victorian times)",
    # People doing it for ages, or the seller's buyers for years with no one ill: "people have drunk milk
    # straight from the cow for thousands of years", "our customers have drunk it for 40 years and not
    # one has ever been ill".
    "(people|humans|we|families|farmers|our ancestors|ancestors) (have|has) (drunk|eaten|used|taken|made) ...6 for "
    "[more than|over|nearly|almost|well over] (thousands of years|hundreds of years|centuries|millennia|generations)",
    "(our|my) (customers|clients|family|families|members|buyers|regulars) (have|has) (drunk|eaten|used|taken) ...4 for "
    "[over|more than|nearly|almost] # years ...6 (not one|none of them|no one|nobody|never) ...4 (ill|sick|unwell|harmed|"
    "a problem|problems)",
    # An age's healers as the credential: "midwives in medieval Europe used these same herbs".
    "(midwives|healers|herbalists|monks|nuns|physicians|doctors|women|apothecaries) in (medieval|ancient|victorian|tudor|"
    "roman|greek|egyptian|old) ...2 (used|relied on|prescribed|swore by|trusted) (these|this|the same|it|them)",
    # Used before modern medicine, as the credential: "glandular extracts were used for thyroid
    # problems for over a century before the drug companies came along".
    "(were|was) used ...4 for [over|more than|nearly|almost|well over] (a century|centuries|generations|decades|"
    "(#|a|one|two|three) (hundred|thousand) years) before (the|big) (drug companies|pharma|pharmaceutical companies|"
    "drugs|modern medicine|medicine)",
    # The tradition as the one who used it: "Chinese medicine has treated facial palsy with acupuncture
    # for 2,000 years".
    "(chinese|ayurvedic|traditional|folk|tibetan|indigenous|native|eastern|oriental|herbal) (medicine|healing|healers|doctors|practitioners) ...3 " + _AGE,
    # (A named tradition: "used in traditional medicine for centuries, mostly for upset stomachs"
    # describes a history; "used in Ayurvedic medicine for thousands of years" offers it.)
    "(in|by) [traditional] (chinese|ayurvedic|tibetan|indigenous|native|eastern|oriental|osteopathic|chiropractic) "
    "(medicine|healing|tradition|healers|practitioners) (for|over|since) [more than|over|nearly|almost] (centuries|millennia|"
    "generations|thousands of years|hundreds of years|# years|(#|a|one) (thousand|hundred) years|a century)",
    "(based on|rooted in|grounded in|built on|drawn from|draws on) [over|more than|nearly|almost] (# years|centuries|millennia|"
    "generations|a century|(#|a|one) (thousand|hundred) years) of [_] (tradition|practice|wisdom|healing|use)",
    # Used, and safely, for centuries, on a page that sells: "homeopathy has been used safely for over two
    # hundred years".
    "(has|have) been (used|trusted|relied on|taken|prescribed|given) [safely|successfully|effectively|widely] [_] (for|over) "
    "[more than|over|nearly|almost|well over] (centuries|millennia|generations|(#|a|one|two|three|several) (thousand|hundred) years)",
    "(have|has) used ...4 for [more than|over|nearly|almost|well over] (a century|centuries|millennia|generations|"
    "(#|a|one) (thousand|hundred) years)",
    # (v0.30.19, sets 90-91) The result pointed at as proof: "it speaks for itself", "the proof is right
    # there"; scores as proof: "the satisfaction scores are outstanding".
    "^ (it|that|this) (speaks|speak) for itself",
    "the proof is [right] (there|here|in front of you)",
    "(satisfaction|patient satisfaction|client satisfaction) (scores|ratings|rates|levels) (are|were) (outstanding|excellent|exceptional|through the roof|sky-high|incredible)",
    # (v0.30.19) Used to do something, for ages; a long history of use; used since a decade or an
    # ancient land; a grandmother's recipe; the ancestors' diet as the safety record: "neem has been
    # used to protect skin for centuries", "a herb with a long history of use", "the Japanese have used
    # CoQ10 for failing hearts since the 1970s", "used for cramps since ancient China", "based on my
    # grandmother's remedy", "our ancestors ate 10 grams a day, so it can't harm you".
    "(has|have) been used to (protect|treat|heal|soothe|calm|cure|ease|relieve|clear|fight|strengthen|restore|purify|cleanse|nourish) ...4 (for|over) [more than|over|nearly|almost|well over] "
    "(centuries|millennia|generations|(#|a|one|two|three|several) (thousand|hundred) years)",
    "(a|its|their|with a) long (history|tradition|record) of [traditional|safe|medicinal|folk] (use|being used|usage)",
    "(have|has) (used|been using|relied on|prescribed|taken) ...6 since the (1950s|1960s|1970s|1980s|fifties|sixties|seventies|eighties)",
    "since ancient (china|egypt|greece|rome|india|persia|times|japan)",
    "(based on|from|it's|is|was) (my|our|a|his|her) (grandmother's|grandmother’s|nan's|gran's|granny's|grandma's|great-grandmother's|family's|mother's) (remedy|recipe|secret|formula|cure)",
    "(our|your|my) ancestors (ate|drank|used|had|took|got) ...10 so (it|they|this) (can't|cannot|can not|won't|is|are|must)",
    "(grandmothers|grannies|grandmas|mothers|midwives|healers|herbalists|generations|monks|shamans) [in _] (have|had) ...8 for (generations|centuries|millennia|hundreds of years|thousands of years)",
    # The ancients as the credential: "the Greeks rubbed it into aching joints", "women in ancient
    # Persia drank it after childbirth", "used by Tibetan healers for over a thousand years", "my
    # grandmother put it on every cut".
    "(the romans|the greeks|the egyptians|the ancients|romans|greeks|egyptians|pharaohs|cleopatra|ancient _|"
    "[in] ancient (egypt|greece|rome|china|india|persia)|my (nan|gran|granny|grandmother|grandma|great-grandmother)) "
    "...5 (used|rubbed|massaged|drank|fed|applied|put|swore by|relied on|prescribed|were using|were massaging|"
    "were drinking|chewed|burned|bathed|wore|wear|were wearing|timed)",
    "(used|prescribed|recommended|relied on|trusted|prized) by ...4 (for|over) [over|more than|nearly|almost|well over] "
    "(centuries|millennia|generations|thousands of years|hundreds of years|# years|(#|a|one) (thousand|hundred) years)",
    # The famous or the professionals as users, with the years as the credential: "top athletes in
    # Europe have used prolotherapy for years".
    "(celebrities|athletes|olympians|footballers|sportsmen|sportswomen|the pros|professionals|stars|models|royals) ...6 "
    "(have used|have relied on|have trusted|have sworn by|use~|swear by) ...3 for (years|decades|generations)",
    "(refined|perfected|developed|honed) over [more than|nearly|almost] (# years|centuries|generations|"
    "# (thousand|hundred) years) by",
    # A tradition's healers or an age's wisdom as the credential: "Tibetan healers have relied on the
    # root for a thousand years", "backed by centuries of folk wisdom".
    "(ayurvedic|chinese|herbal|folk|tribal|indigenous|traditional|native|aboriginal|māori|maori|tibetan|amazonian) "
    "(healers|doctors|practitioners|medicine|physicians|herbalists|elders) ...8 " + _AGE,
    "(backed|supported|proven|validated|tested|informed) by [over|more than|nearly|almost] (centuries|millennia|generations|"
    "# years|# (thousand|hundred) years) of ...2 (use|tradition|practice|healing|wisdom|experience|knowledge)",
))
# (v0.30.23) The age of use itself, in any words, on a page that sells: "Greek shepherds have been
# chewing it for 2,500 years", "for thousands of years, healers have used the honeybee", "mapped the
# organs on the tongue for 3,000 years", "linked the jaw to the nerves two thousand years ago".
_CLINICIANS = frozenset({"doctors", "gps", "nurses", "surgeons", "dentists", "dermatologists", "physiotherapists",
                         "pharmacists", "hospitals", "ophthalmologists", "optometrists", "paediatricians", "pediatricians",
                         "midwives", "obstetricians", "vets"})
# What the age of use led to or was mostly for is history told, not a credential: "used for pain for
# centuries before aspirin was made from it", "used for centuries, mostly for upset stomachs".
_WHAT_IT_WAS_FOR = frozenset({"mostly", "mainly", "largely", "chiefly", "usually", "often", "typically"})
_DRUG_MADE_FROM = frozenset({"isolated", "derived", "synthesised", "synthesized", "extracted", "purified"})


def _history_of_use(tokens, last: int) -> bool:
    after = [t.norm for t in tokens[last + 1:]]
    if set(after[:3]) & _WHAT_IT_WAS_FOR:
        return True
    return bool(set(after) & _DRUG_MADE_FROM) or any(a == "made" and b == "from" for a, b in zip(after, after[1:]))


_AGE_OF_USE = PhrasePatternSet((
    "{AGE-OLD-USE} ...10 {LONG-AGE} ...14 " + _AS_PROOF,
    "{AGE-OLD-USE} ...10 {LONG-AGE}",
    "{LONG-AGE} [,] ...5 {AGE-OLD-USE}",
    # (v0.30.25) The users are of another age, whenever it was: "Greek physicians were using oregano
    # for infections", "candles like these were used by the ancient Egyptians".
    "{ANCIENT-USERS} ...8 {AGE-OLD-USE}",
    "{AGE-OLD-USE} ...6 by {ANCIENT-USERS}",
    # (v0.30.56, sets 160-161) A practice said to reach back an age, or passed on by healers of a place for one: "cupping
    # goes back two thousand years in Chinese medicine", "taught by Tibetan monks for centuries".
    "(goes|go|went|dates|date|dated|reaches|stretches) back [over|more than|nearly|almost|some|at least] (thousands of years|hundreds of years|centuries|millennia|## years|(two|three|four|five|several) (thousand|hundred) years)",
    "(taught|practised|practiced|passed down|handed down|relied on|prescribed|recommended) by ...3 (healers|monks|yogis|shamans|herbalists|elders|sages|physicians|doctors|practitioners) ...4 {LONG-AGE}",
    "(healers|monks|yogis|shamans|herbalists|elders|sages) ...3 {LONG-AGE}",
))
# "The cream has 4,000 reviews, but it has never been tested in a trial": the count is set against
# the missing evidence, which is the article's caution, not its argument.
_CONTRASTS = frozenset({"but", "yet", "however", "although", "though", "while"})
_DENIALS = frozenset({"no", "not", "never", "none", "nothing", "little", "without", "n't"})
_EVIDENCE_WORDS = frozenset({"trial", "trials", "study", "studies", "tested", "evidence", "research", "proof"})


def set_against_evidence(tokens, last: int) -> bool:
    after = [t.norm for t in tokens[last + 1:]]
    for at, norm in enumerate(after):
        if norm in _CONTRASTS:
            rest = set(after[at + 1:])
            return bool(rest & _DENIALS and rest & _EVIDENCE_WORDS)
    return False


_COMPARING = frozenset({"against", "versus", "vs", "compared", "than"})


def figures_compared(tokens) -> bool:
    """A share set beside another group's share ("93% ..., against 60% of those given physiotherapy"):
    the figures have a comparison group, so they are a trial's, not customers' word."""
    for at, token in enumerate(tokens):
        if token.norm in _COMPARING:
            ahead = tokens[at + 1:at + 5]
            if any(t.is_number for t in ahead) and any(t.norm in ("%", "percent") for t in ahead):
                return True
    return False


# "My uncle is a GP and he agrees": a word pointing back to the claim just made.
_ANAPHORIC = frozenset({"same", "so", "everything", "agrees", "agreed"})


def _health_just_before(sentence, steps: int = 3) -> bool:
    """One of the few sentences before, in the paragraph, is about health."""
    while sentence is not None and steps:
        if sentence.classes & _HEALTH_OUTCOME_CLASSES or sentence.words & _HEALTH_OUTCOME_WORDS:
            return True
        sentence, steps = sentence.previous_in_paragraph(), steps - 1
    return False


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
# A count in words ("two million parents") is a figure too.
_COUNT_WORDS = _NUMBER_WORDS | {"million", "millions", "thousand", "thousands", "hundred", "hundreds"}
_HEALTH_OUTCOME_CLASSES = frozenset({"condition", "disease-sign", "benefit-word", "any-intervention", "any-harm"})
_HEALTH_OUTCOME_WORDS = frozenset({"better", "improved", "improvement", "improvements", "relief", "less", "fewer",
                                   "results", "result", "calmer", "stronger", "clearer", "easier", "younger",
                                   "brighter", "vanished", "gone", "disappeared", "energy", "slept", "sleep", "walk",
                                   "walking", "back", "recovered", "recovery", "wrong", "easily", "breathing", "breathe",
                                   "works", "work", "proof"})
# "I wish I could walk again", "if I could walk again": a hope, not a recovery.
_WISHES = frozenset({"wish", "wished", "hope", "hoped", "hoping", "if", "when", "until", "pray", "prayed", "dream",
                     "dreamed", "dreamt", "that"})

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
# One story offered as what the reader will get: "and you will be too", "so can you".
TYPICAL = patterns.compile(
    r"""\b(?:and|so|now)\s+(?:you|yours)\s+(?:will|can|could|['’]ll)(?:\s+\w+){0,3}?\s+(?:too|as\s+well)\b
    | \byou\s+will\s+too(?=\s*[.!"”])
    | \b(?:you|you['’]ll)\s+(?:will\s+|can\s+|could\s+)?(?:be|feel|walk|do)\s+(?:\w+\s+){0,3}?too\b
    | \bso\s+can\s+you\b|\byou\s+could\s+be\s+next\b|\b(?:this|that)\s+could\s+be\s+you\b
    | \b(?:it|they|this|the\s+\w+)\s+(?:can|will|could)\s+do\s+the\s+same\s+for\s+you\b
    | \bresults\s+like\s+(?:mine|hers|his|theirs|these)\b
    | \byou\s+can\s+expect\s+(?:the\s+same|results\s+like)\b
    | \bwhat\s+(?:it|they|this)\s+did\s+for\s+(?:me|her|him|them)\s+(?:it|they|this)\s+(?:can|will)\s+do\s+for\s+you\b""",
    _F,
)

# A story said to be what others get, with or without a first person: the typicality claim the
# FTC's Endorsement Guides require to be substantiated ("Results like Ron's are typical").
_TYPICALITY = PatternSet(ConceptPattern(text) for text in (
    # (v0.30.46, set 145) A study's result said to be what the seller's buyers see: "and that's just what our
    # customers find".
    "(that's|that is|which is|this is) (exactly|just|precisely) what (our|my) {CUSTOMERS} (see|find|report|experience|tell us|get|say)",
    "(results|outcomes|recoveries|stories|experiences|improvement~) like (_|hers|his|theirs|these|this|that|mine|ours) "
    "(are|is) [now|very|quite|fairly|pretty|entirely|perfectly] (typical|common|normal|usual)",
    "(result~|recovery|outcome~|improvement~|progress) (is not|was not|isn't|wasn't|are not|aren't|is far from|"
    "was far from) (unusual|uncommon|rare|unique|exceptional|an exception|a one-off)",
    "(it|this|that|they|these results) (can|could|will) be yours (too|as well)",
    # (v0.30.33, set 121) One person's result made the next one's: "if it worked for him, it can work for Mum".
    "if it (worked|works|did it) for (me|him|her|them|my|his|their|your|a|one|our) ...2 [,] it (can|will|could|should|'ll) "
    "(work|do the same) [for]",
    "if it (helped|helps) (me|him|her|them|my|his|their|our) ...2 [,] it (can|will|could|should|'ll) help (you|your|anyone|_)",
    "exactly what (most|many|all) [of] [our] (customers|patients|clients|users|people) (report|experience|see|get|say)",
    "if it worked for _ ...8 (it'll|it will|it can) work for you",
    "(most|all|nearly all|almost all) [of] [our] (patients|clients|customers) (see|get|experience|achieve|report) [the] "
    "(same|similar) results",
    # Everyone who tries it: "Every MS sufferer who tries it will notice the same difference",
    # "Everyone in my Facebook group who switched got better", "it worked for me so it will work for you".
    "(every|everyone|everybody|anyone|anybody|all) ...4 who (tries|try|tried|uses|use|used|takes|take|took|switches|"
    "switched|starts|started) ...3 (will|would) (notice|see|feel|get|have|experience) [the] (same|similar) (difference|"
    "results|benefits|change|improvement)",
    "(everyone|everybody|all of us|every one of us) ...6 who (tried|took|used|switched|started) ...3 (got better|"
    "improved|recovered|felt better)",
    "worked for (me|her|him|us|them) ...4 (it'll|it will|it can|will) work for you",
    # The reader promised the same: "you will get the same results", "yours could be too", "you
    # could be our next success", "results like Sam's are what we see every day".
    "(you|you'll|you will) (see|get|feel|notice|experience) the (same|similar) (results|difference|benefits)",
    "yours (will|could|can) be [next] too",
    "(you|you could) [could] be our next (success story|success|miracle|transformation)",
    "(results|recoveries|stories|outcomes) like (_|this|these|hers|his) are what we see every (day|week|month)",
))
# A sentence that calls such stories what they are is about testimonials, not offering one.
TESTIMONIAL_CAVEAT = patterns.compile(
    r"\b(?:not|no|never|cannot|can't|isn't|aren't)\s+(?:\w+\s+)?(?:evidence|proof|substitute|replace|science)\b"
    r"|\banecdot\w*\b|\btestimonials?\s+(?:are|is)\b"
    r"|\bno\s+(?:trial|study|studies|trials|research)\s+(?:has|have)\b"
    r"|\b(?:cannot|can't|can not|do\s+not|don't|does\s+not|doesn't)\s+(?:\w+\s+)?(?:show|prove|tell\s+you)\s+(?:whether|if|that)\b",
    regex.IGNORECASE,
)


# Age, use elsewhere or a healthy crowd offered as the proof, whatever the sentence names (v0.30.34, sets
# 124-125): "more than a century of use speaks for itself", "the Romans cleaned their teeth with charcoal,
# which tells you it works", "used in burns units for decades, so they're proven", "you never hear of a
# beekeeper with MS".
_TRADITION_AS_PROOF = PatternSet(ConceptPattern(text) for text in (
    # The age, then the words that make it the proof: "village healers have rubbed this oil on sore joints for 2,000
    # years, and we don't need a scientist to tell us it works" (an argument, on any page).
    _AGE + " ...12 " + _AS_PROOF,
    # (v0.30.53) Whatever was done, for so long: "healers have rubbed this oil on joints for 2,000 years, and ...".
    "(have|has) [been] <_ ...6 (for|over|since) [over|more than|nearly|almost] (centuries|millennia|generations|thousands of years|"
    "hundreds of years|# years|(#|a|one|two|three|four|five|several) (thousand|hundred) years) ...12 " + _AS_PROOF + ">",
    # (v0.30.53, sets 154-155) Old knowledge that science is said to be catching up with: "ancient wisdom we are only
    # now rediscovering".
    "(ancient|age-old|centuries-old) (wisdom|knowledge|secret~) ...4 "
    "(rediscover~|only (just|now) (discovering|rediscovering|catching up|confirming|proving|learning))",
    # (v0.30.40, set 135) "used ... for more than 40 years, which the centre says shows how reliable it is"
    "(used|practised|practiced|around|trusted) ...8 for [more than|over] # years , which ...6 (shows|proves|tells you) (how|that) [it is] (reliable|effective|safe|well)",
    # (v0.30.39, set 132) "used in Chinese and Ayurvedic medicine for 3,000 years, so we know it is both safe and effective"
    "(used|given|taken|relied on|trusted) ...6 for (# years|centuries|millennia|generations|thousands of years) , so (we|you) know (it|they) (is|are|works|work)",
    "(a century|centuries|decades|# years|more than a century|over a century) of (use|practice) (speaks|speak) for (itself|themselves)",
    "(years ago|centuries ago|the romans|the egyptians|the ancient greeks|our ancestors|our grandparents) ...14 (which|that) "
    "(tells you|shows|proves) (it|they|that it) (works|work)",
    "(used|given) ...6 for (decades|years|centuries|generations) , so (it's|they're|it is|they are) (proven|safe|tested)",
    "(you|we) never (hear|see|meet) [of] (a|an|any) _ [_] with {CONDITION}",
    # (v0.30.35, set 126) "have lived on raw plants for thousands of years without MS", "used in German clinics since
    # the 1930s, so this is a well-proven technique"
    "for (thousands of years|hundreds of years|centuries|generations|millennia) without {CONDITION}",
    "(used|given) ...6 since ...3 , so (this|it|they) (is|'s|are) [a] (well-proven|proven|tried-and-tested|well-established) [_]",
))
_PEOPLE_REPORTS = PatternSet(ConceptPattern(text) for text in (
    f"(many|most) (patients|people) (report~|notice~|say|said|tell us) {_FELT_BETTER}",
))
_REPORTED_DATA = frozenset({"figures", "rates", "rate", "numbers", "data", "statistics", "percentages"})


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
            "regained...\"), anecdotes about people the writer knows that end in an outcome (\"my friend "
            "tried it and now she runs\"), and one story offered as the reader's result (\"I was walking within a "
            "week, and you will be too\", \"so can you\"), or said to be typical (\"Results like Ron's are typical\", \"her "
            "recovery is not unusual\", \"it can be yours too\"), and what the seller's customers report (\"94% of wearers "
            "reported less pain\", \"most of our clients tell us\", \"thousands of happy customers can't be wrong\"). Quoted testimonials are flagged too: quoting is how they are "
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
                "I was walking within a week of my knee injection, and you will be too.",
                "Results like Ron's are typical of what our patients experience.",
                "In our survey, 92% of customers reported better sleep within a week.",
                "More than 2,000 happy families already use the drops.",
            ),
            good=(
                "Testimonials are not evidence that a treatment works.",
                "Be wary of clinics whose websites say patients call their therapy life-changing.",
                "I still use my cane on bad days.",
                "Results like Ron's are not typical: most people in the trial improved less.",
                "In the trial, 41% of participants on the drug reported less pain, against 28% on placebo.",
                "Herbalists have used the plant for centuries, but no trial has tested it.",
                "Over 300 patients from 18 countries took part in the randomised trial.",
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
            "FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR 255.2: an "
            "endorsement that conveys its results are typical must be substantiated",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL, DISPUTED}),
        # One person's result said to be what everyone gets ("Tom's recovery is typical of our clients")
        # is a promise of results, CLM003's: one finding on those words, the promise. A provider's own
        # survey or audit ("in our customer survey, 97% said") is EVD017's, which reads all its figures.
        yields_to=frozenset({"CLM003", "EVD017"}),
    )

    def requirements(self, options):
        return ()  # every unit: stories are told in too many words for a literal prefilter

    def check(self, document, unit, options):
        view = _view(document, unit)
        if view is None or view.is_furniture:
            return
        sentence = document.text[unit.start : unit.end]
        if TESTIMONIAL_CAVEAT.search(sentence) or view.mentions_of("about-testimonials"):
            return  # a sentence about testimonials, not one offering a testimonial
        text = document.text
        previous = view.previous_in_paragraph()
        prev_start = previous.start if previous is not None else unit.start
        matches = [m for m in NOW_I.finditer(text, unit.start, unit.end) if BEFORE_CUE.search(text, prev_start, m.start())]
        matches += [m for m in ANECDOTE.finditer(text, unit.start, unit.end) if OUTCOME.search(text, m.end(), unit.end)]
        # "I was walking within a week, and you will be too": one story offered as the reader's result.
        if _first_person(view) or (previous is not None and _first_person(previous)):
            matches += list(TYPICAL.finditer(text, unit.start, unit.end))
        spans = [match.span() for match in matches]
        tokens = view.tokens
        # Each set offers only the patterns whose anchor words or classes the sentence holds.
        for pattern in _TESTIMONIALS.candidates(view):
            spans += [(tokens[m.mark_first].start, tokens[m.mark_last].end) for m in pattern.finditer(view)
                      if m.first == 0 or tokens[m.first - 1].norm not in _WISHES]
        spans += [(tokens[m.mark_first].start, tokens[m.mark_last].end)
                  for pattern in _TYPICALITY.candidates(view) for m in pattern.finditer(view)]
        # Against a placebo or a control group the figures are a trial's, not the seller's survey; and
        # an NHS trust's or a council's own audit or survey of its patients (on a page that sells
        # nothing) reports its service, not customers vouching for a product.
        controlled = "controlled-design" in view.classes or figures_compared(view.tokens) or (
            bool(view.words & _SURVEY_WORDS) and holds(document, "public-provider"))
        # Without a survey's figure, what buyers say must be about health: "many of our patients asked
        # us to print larger leaflets" is not evidence offered for a treatment.
        about_health = bool(view.classes & _HEALTH_OUTCOME_CLASSES or view.words & _HEALTH_OUTCOME_WORDS)
        reports = [] if controlled else [
            (tokens[m.mark_first].start, tokens[m.mark_last].end)
            for pattern in _CUSTOMER_REPORTS.candidates(view) for m in pattern.finditer(view)
            # Figures reported are a series' data, not customers' word: "experienced centres often
            # report lower figures".
            if not {t.norm for t in tokens[m.last + 1:m.last + 4]} & _REPORTED_DATA
            and not set_against_evidence(tokens, m.last)
            # (a count anywhere in the sentence: "4,000 treated so far, and that says it all")
            and (about_health or any(t.is_number or t.norm in _COUNT_WORDS for t in tokens)
            or (_ANAPHORIC & {t.norm for t in tokens[m.first:m.last + 1]} and _health_just_before(previous)))]
        # "Many people tell us they feel less tired" is the provider's word offered as proof where the page
        # promotes something; in a clinician's talk on a page that sells nothing it is experience, told
        # (v0.30.34, set 124's careful talk).
        if not controlled and holds(document, "promotes"):
            reports += [(tokens[m.mark_first].start, tokens[m.mark_last].end)
                        for pattern in _PEOPLE_REPORTS.candidates(view) for m in pattern.finditer(view)]
        if not controlled:
            reports += [(tokens[m.mark_first].start, tokens[m.mark_last].end)
                        for pattern in _TRADITION_AS_PROOF.candidates(view) for m in pattern.finditer(view)]
        if not controlled and holds(document, "sells"):
            reports += [(tokens[m.mark_first].start, tokens[m.mark_last].end)
                        for pattern in _TRADITION.candidates(view) for m in pattern.finditer(view)]
            # (the age alone, not "used for centuries, but no trial has tested it", nor the standard
            # care "eye doctors have recommended warm compresses for generations")
            reports += [(tokens[m.mark_first].start, tokens[m.mark_last].end)
                        for pattern in _AGE_OF_USE.candidates(view) for m in pattern.finditer(view)
                        if not set_against_evidence(tokens, m.last) and not _history_of_use(tokens, m.last)
                        and not {t.norm for t in tokens[max(0, m.first - 3):m.first]} & _CLINICIANS]
        if not controlled:
            reports += [(tokens[m.mark_first].start, tokens[m.mark_last].end)
                        for pattern in _PROOF_CLAIMS.candidates(view) for m in pattern.finditer(view)
                        if not any(t.norm in _TRIAL_WORDS for t in tokens[:m.first] + tokens[m.last + 1:])]
        for start, end in sorted(spans + reports):
            surveyed = (start, end) in reports
            # One finding for the sentence, over every wording of the evidence it offers ("the recipe
            # goes back to the monks ..., so it will work for you" is one argument).
            end = max(e for s_, e in spans + reports)
            words = " ".join(text[start:end].split())
            if surveyed:
                yield Hit(start, end, f"Customer reports, popularity or tradition offered as evidence: \"{words}\"; "
                          "with no comparison group, they cannot show that a treatment works")
            else:
                yield Hit(start, end, f"Testimonial offered as evidence: \"{words}\"; one person's story cannot show "
                          "that a treatment works", severity=Severity.INFO if _told_in_a_story(document, view, start, end) else None)
            return


def _told_in_a_story(document, view, start: int, end: int) -> bool:
    """A patient's own words, quoted in a report that promotes nothing and says how good the evidence is ("'I got my
    life back,' she said" in a news story on a trial with its numbers): one person's experience the reader can weigh
    against the figures beside it, information rather than evidence offered (v0.30.48, set 149's careful story)."""
    if holds(document, "promotes") or not (holds(document, "evidence-explained") or holds(document, "benefits-quantified")):
        return False
    first, last = view.token_index(start), view.token_index(end - 1)
    stance = view.stance(first, last)
    return stance.quoted and REPORTED in stance


# --------------------------------------------------------------------------------------------
# EVD004 animal or laboratory results carried over to people

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
    | \b(?:the\s+)?same\s+(?:results?|effects?|benefits?|recovery|repair|protection)\s+
         (?:can\s+be\s+expected\s+|will\s+be\s+seen\s+|occurs\s+|happens\s+|is\s+seen\s+)?
         (?:in|for)\s+(?:humans|people|patients)\b
    | \b(?:will|would|should)\s+(?:also\s+)?be\s+(?:safe|effective|well\s+tolerated|safe\s+and\s+effective)\s+
         (?:in|for)\s+{_HUMANS}\b
    | \b(?:will|would|should|can|is\s+going\s+to|are\s+going\s+to)\s+(?:also\s+|surely\s+|definitely\s+|soon\s+)?
         (?:protect|help|benefit|save|cure|heal|treat|restore|rescue)\s+{_HUMANS}\b
    | \b(?:translate|translates|carry\s+over|carries\s+over|apply|applies)\s+(?:directly\s+|easily\s+)?to\s+
         (?:humans|people|patients)\b
    | \b(?:proof|proves|shows)\s+(?:that\s+)?it\s+(?:will\s+)?works?\s+in\s+(?:humans|people|patients)\b
    | \b(?:the\s+)?same\s+(?:thing\s+)?(?:will|would|should|is\s+going\s+to)\s+happen\s+(?:in|for|to)\s+
         (?:humans|people|patients)\b
    | \bso\s+the\s+same\s+(?:thing\s+)?(?:happens|works|applies|is\s+true|holds)\s+(?:in|for|to)\s+
         (?:humans|people|patients|us)\b
    | \bit\s+(?:will\s+|'ll\s+|’ll\s+)?works?\s+in\s+(?:ours|us|humans|people)\b
    | \bthe\s+same\s+(?:process|thing)\s+is\s+happening\s+(?:in|to|inside)\s+(?:millions\s+of\s+people|people|humans|you|us|our\s+patients)\b
    | \bwhat(?:ever)?\s+works\s+(?:for|in)\s+(?:a|an|the)\s+(?:mouse|rat|hamster|dog|pig|rabbit|monkey|fish|zebrafish|
         animal)(?:'s|’s)?\b[^.;!?]{{0,40}}?\bworks?\s+(?:for|in)\s+(?:you|yours|us|people|humans)\b
    | \bimagine\s+what\s+(?:it|they|this|these)\s+(?:can|could|will|would)\s+do\s+(?:for|in|inside)\s+
         (?:you|your|people|patients|humans)\b
    # (v0.30.38, set 130) After a result in mice: "The human body responds in exactly the same way."
    | \b(?:the\s+human\s+body|our\s+bodies|humans|people)\s+(?:responds?|reacts?|works?|behaves?)\s+(?:in\s+)?
         (?:exactly\s+|just\s+|much\s+|precisely\s+)?the\s+same\s+way\b
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
# An animal result told on a page that sells the treatment to people: "In laboratory rats, this
# approach restored erections within weeks." The sale makes the leap the sentence leaves unsaid.
# Animals named as research subjects, by species or as a model: shared by the animal-result patterns below and by
# the bare animal result of EVD004 (which adds worms and piglets and leaves the bench out).
_SPECIES_NAMES = (r"mice|rats|rodents|animals|guinea\s+pigs|pigs|dogs|rabbits|monkeys|primates|sheep|goats|ferrets|hamsters|"
                  r"zebrafish|cows|cattle|bulls|horses|racehorses|ponies|chickens|chicks|cats|fruit\s+flies")
_ANIMAL_MODEL = r"(?:mouse|rat|animal|rodent)\s+(?:models?|study|studies|experiments?|trials?)"
_ANIMALS = (r"(?:laboratory\s+|lab\s+)?(?:" + _SPECIES_NAMES + r"|"
            r"(?:a\s+|one\s+|the\s+)?" + _ANIMAL_MODEL + r"|"
            # cells in a dish, named as studies: "in cell studies, glutathione protects nerve cells"
            r"(?<!stem\s)cell(?:[\s-]+culture)?\s+(?:studies|experiments)|"
            # the laboratory bench: "in a test tube", "in a petri dish"
            r"(?:an?\s+|the\s+)?(?:(?:alkaline|acidic|acid|glass|plastic|culture)\s+)?(?:test[\s-]+tubes?|petri\s+dish(?:es)?|dish|cell\s+cultures?)|"
            # a study at the bench, or on an animal's cells: "in a laboratory study", "mouse nerve cells"
            r"(?:a\s+|the\s+|one\s+)?(?:laboratory|lab|test[\s-]+tube)\s+(?:study|studies|experiments?|tests?|testing|work)|"
            # tissue from animals or the dead: "strips of rat bladder", "extracted cow teeth", "cadavers"
            r"(?:rat|mouse|pig|cow|rabbit|sheep)\s+(?:\w+\s+)?(?:bladders?|tendons?|teeth|tissue|nerves?|nerve\s+fibres|muscles?|"
            r"corneas?|myelin|cartilage|skin|brains?)|"
            r"cadavers|(?:extracted|pulled)\s+(?:cow\s+|pig\s+|human\s+)?teeth|"
            r"(?:mouse|rat|animal|pig)\s+(?:nerve\s+|brain\s+|skin\s+|heart\s+)?cells|"
            # the dish by another name, and an animal's organ: "in laboratory dishes", "on rabbit eyes"
            r"(?:a\s+|the\s+)?(?:laboratory|lab)\s+dish(?:es)?|(?:rabbit|mouse|rat|dog|pig)\s+(?:eyes?|skin|ears?|brains?|hearts?|joints?)|"
            # the bench itself: "in the lab, the extract stopped 98% of bacteria sticking" (v0.30.31, set 119)
            r"the\s+lab(?:oratory)?(?=\s*,))")
_RESULTS = (r"(?:restored|repaired|reversed|regrew|regenerated|healed|cured|rebuilt|eliminated|doubled|tripled|halved|"
            r"loosened|relaxed|eased|relieved|sped\s+up|speeded\s+up|accelerated|strengthened|thickened|"
            r"cleared|halted|stopped|reduced|cut|prevented|protected|improved|regained|recovered|grew|boosted|"
            r"dissolved|destroyed|killed|paralysed|paralyzed|shrank|shrunk|starved|multiply|multiplied|multiplies|"
            # an enzyme or a germ put out of action at the bench: "permanently switched off pepsin" (v0.30.44, set 143)
            r"switched\s+off|switches\s+off|turned\s+off|neutrali[sz]ed|deactivated|inactivated|wiped\s+out|"
            r"brought\s+\w+(?:\s+\w+)?\s+back|normalised|normalized|"
            r"increased|raised|lowered|blocked|lived\s+longer|survived|went\s+on\s+to|"
            r"(?:developed|had|showed)\s+(?:far\s+|much\s+|significantly\s+|markedly\s+)?(?:less|fewer|smaller|more|better|double|twice|triple|half)|"
            # (v0.30.46, set 144) the present tense of "raised": "raises dopamine in the brains of rats"
            r"raises|die|died|dies|"
            # remission or a result achieved, tissue grown back: "achieved 100% remission", "makes mouse
            # myelin grow back"
            r"achieved\s+(?:[\w%]+\s+){0,2}(?:remission|results?|recovery)|grow(?:s|n)?\s+back|grew\s+back|"
            # more of what a seller's bench or animal result is said to show: "calmed", "thinned",
            # "kills the bacteria", "start producing pigment", "confirm its action", "reopen" (not any
            # "produce": "cows bred to produce only A2 protein" is farming)
            r"calmed|soothed|thinned|reopen(?:ed)?|kills?|(?:start|starts|started|began|begin)\s+(?:to\s+produce|producing)|"
            r"confirm(?:ed)?\s+(?:its|their|the)\s+\w+|"
            # the same results said in the present tense: "a study in rats shows it calms nerve
            # signals", "filled the gap completely in sheep"
            r"calms|soothes|heals|repairs|restores|reverses|regrows|regenerates|clears|halts|reduces|prevents|doubles|triples|halves|"
            r"protects|improves|boosts|dissolves|shrinks|blocks|lowers|eases|relieves|strengthens|fill(?:s|ed)|"
            # broken down, switched off, neutralised, destroyed; or left calmer and stronger: "broke down
            # calcium crystals", "switched off human pepsin", "made contractions 70% calmer"
            r"(?:broke|breaks)\s+down|(?:switched|switches|switch)\s+off|neutrali[sz](?:ed|es)|destroys|"
            r"calmer|stronger|thicker|smoother|healthier|"
            # wounds closed, life lengthened, healing hurried: "in diabetic mice, the cells closed wounds
            # twice as fast", "cord cells extended life by a third", "speeds bone healing in horses"
            r"closed|closes|extended|extends|lengthened|lengthens|speeds(?:\s+up)?|"
            # sealed, or years added: "sealed scratches in minutes", "added 30% to lifespan"
            r"sealed|seals|added\s+[\w%.]+(?:\s+\w+)?\s+to|"
            # new tissue grown, cells kept alive: "help mice grow new myelin", "kept stressed nerve cells alive"
            r"grow(?:s|n)?\s+new|grew\s+new|(?:kept|keeps|keep)\s+(?:\w+\s+){0,4}alive)")
# What the prefilter looks for: the animal word (the prepositions around it are in every sentence).
_ANIMAL_WORDS = patterns.compile(rf"\b{_ANIMALS}\b", regex.IGNORECASE)
ANIMAL_RESULT = patterns.compile(
    # (a decimal point is no sentence's end: "water at pH 8.8 switched off pepsin")
    rf"\b(?:in|with|using|on)\s+{_ANIMALS}\b(?:[^.;!?]|\.(?=\d)){{0,100}}?\b{_RESULTS}\b"
    rf"|\b{_RESULTS}\b[^.;!?]{{0,60}}?\b(?:in|of|on|from)\s+{_ANIMALS}\b"
    # The animals as the subject: "guinea pigs deafened with noise regained their hearing".
    rf"|\b{_ANIMALS}\b[^.;!?]{{0,90}}?\b{_RESULTS}\b"
    # The animals as the object: "curcumin protected rats' livers from chemical damage".
    rf"|\b{_RESULTS}\s+(?:the\s+)?(?:mice|rats|rodents|animals|dogs|pigs|rabbits|monkeys|sheep|horses)(?:['’]|\b)",
    regex.IGNORECASE,
)
# The bench or the animal as the whole proof, when no result is told: "the serum was tested on pig skin".
BENCH_TESTED = patterns.compile(rf"\b(?:tested|trialled|trialed|proven)\s+(?:in|on)\s+{_ANIMALS}\b", regex.IGNORECASE)
_HUMAN_WORD = patterns.compile(rf"\b{_HUMANS}\b", regex.IGNORECASE)
# The issuer's own product: "our blend", "our own cell line", "the company's cells".
_OWN_PRODUCT = patterns.compile(
    r"\b(?:our(?:\s+own)?|the\s+company['’]s)\s+(?!(?:team|teams|study|studies|research|researchers|lab|"
    r"laboratory|group|scientists|findings|results|work|university|institute|trial|trials|colleagues|data|"
    r"paper|understanding|knowledge)\b)\w+",
    regex.IGNORECASE)
MAX_CLAUSE = 120
# An animal or bench study told as a study, whatever it is said to have found: the animals given
# or fed something, a study or test in them, an outcome they had ("elderly mice given the peptide
# lived 20% longer", "a study in sheep showed...", "rats fed the extract lost fat", "strips of pig
# muscle exposed to the vibration"). Read only where the page sells or promotes the product, as
# the result the regular expressions above spell out verb by verb.
# The bench itself, not the animals ("rat-infested rivers will kill" is no experiment).
_BENCH = ("(in vitro|in a dish|in dishes|in the lab|in a lab|in our lab|in our laboratory|in the laboratory|"
          "laboratory dish~|lab dish~|petri dish~|test tube~|cell culture~|cultured cells|laboratory tests|lab tests)")
_ANIMAL_STUDY = PatternSet(ConceptPattern(text) for text in (
    "(study|studies|research|experiment~|trial~|test~|tested|testing|data|results) ...4 (in|on|using|with) "
    "...3 {ANIMAL-MODEL}",
    # (not "work with animals", a job: a reason given for a vaccine)
    "work ...4 (in|on|using) ...3 {ANIMAL-MODEL}",
    "{ANIMAL-MODEL} ...8 (given|fed|treated|injected|exposed|bred|dosed|receiving|implanted|infused|sprayed|rubbed|soaked|bathed|coated|dipped)",
    "{ANIMAL-MODEL} ...4 (had|showed|lived|lost|gained|developed|recovered|regained|grew|vomited|produced|"
    "responded|walked|ran|healed|survived|needed|became|were|was|breathed|moved|saw|heard|remembered|learned|learnt|"
    "climbed|stood|swam|used) (less|fewer|more|longer|shorter|lower|higher|"
    "no|better|smaller|larger|faster|slower|#|stronger|thicker|calmer|healthier|normal|fully|again|easier|normally|unaided)",
    "{ANIMAL-MODEL} ...2 (show~|showed|shown|found|prove~|proved|proven|confirm~|confirmed|demonstrat~)",
    "(in|on|using) [a|the|one] {ANIMAL-MODEL} ...6 (#|%|per cent|percent|fewer|less|more|within|after)",
    # (v0.30.23, sets 100-101) What the bench did, after it or before it: "in our lab, the extract made
    # skin cells in a dish live 80% longer", "in laboratory dishes, our cells turned into hair cells",
    # "silver kills 650 germs in the laboratory".
    _BENCH + " ...14 (kill~|killed|doubled|tripled|halved|boosted|increased|stopped|blocked|destroyed|"
    "wiped out|turned into|repaired|regrew|reversed|made|removed|cleared|eliminated|neutralised|neutralized)",
    "(kill~|killed|doubled|tripled|halved|destroys|destroyed|wipes out|wiped out|blocks|blocked|stops|stopped) ...8 " + _BENCH,
    # (v0.30.36, set 129) What the product made the cells in a dish do: "our apple extract made skin cells in a
    # dish live 80% longer", "collagen peptides tightened the junctions between pig cells grown in a dish".
    # (Not "made in a lab": cells or tissue must be what the product acted on.)
    "(made|makes|tightened|tightens|sealed|seals|healed|heals|repaired|repairs|protected|protects|boosted|boosts|"
    "regrew|regrows|woke|wakes|switched on|switches on|rejuvenated|rejuvenates) ...4 (cells|tissue|tissues|fibres|"
    "fibers|follicles|neurons|junctions|membranes|samples) ...4 " + _BENCH,
    # Said to work in animals: "in horses and dogs the treatment works beautifully".
    "(in|on) (horses|dogs|cats|pigs|sheep|cows|mice|rats|animals|racehorses) [and (horses|dogs|cats|pigs|sheep|cows|mice|rats)] "
    "...4 (works|worked|work) (beautifully|brilliantly|wonders|perfectly|well|a treat)",
    # The bench named, then the product's result: "in a lab, our fabric stopped mast cells releasing histamine".
    "{ANIMAL-MODEL} [,] (our|the|this|its) ...4 (stopped|calmed|sealed|blocked|killed|healed|repaired|reversed|cleared|"
    "halted|reduced|cut|prevented|improved|boosted|dissolved|regrew|restored|protected)",
))
# How a cell therapy is made, told at the bench: "in the laboratory, T cells are given a new receptor"
# is a step of the treatment, not a result in a dish (v0.30.17).
_MADE_AT_THE_BENCH = PatternSet(ConceptPattern(text) for text in (
    "(in|at) (the|a|our) (lab|laboratory) [,] [the|your|their|these|those|our] [_] [_] cells (are|is|were|get|gets|will be) "
    "(given|grown|engineered|modified|multiplied|expanded|fitted|programmed|reprogrammed|edited|loaded|separated|"
    "processed|prepared|washed|counted|frozen|changed|trained|armed)",
))


def _leaps(text: str, unit) -> list[tuple[int, int]]:
    """Spans in the unit that carry a result over to people: "will work in humans", "which means patients..."."""
    spans = [m.span() for m in HUMAN_LEAP.finditer(text, unit.start, unit.end) if m.end() > m.start()]
    return spans + list(_leap_clauses(text, unit.start, unit.end))


def _leap_clauses(text: str, start: int, end: int):
    for match in LEAP_CONNECTIVE.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, match.end(), min(end, match.end() + MAX_CLAUSE))
        clause_end = stop.start() if stop else min(end, match.end() + MAX_CLAUSE)
        if _HUMAN_WORD.search(text, match.end(), clause_end):
            yield match.end(), clause_end


# Words that make an animal in the sentence the subject of research, not of daily life ("you don't
# have to touch an animal to catch Q fever" is how an infection spreads, not a result in animals).
_RESEARCH_WORDS = frozenset({"study", "studies", "studied", "experiment", "experiments", "trial", "trials", "tested",
                             "testing", "research", "researchers", "scientists", "lab", "laboratory", "model", "models",
                             "given", "treated", "injected", "fed", "results", "result", "found", "showed", "shown"})


def _animal_work(view) -> bool:
    """The sentence tells of animals or the bench as research: an animal-model word with a word of
    research, or a result in animals spelled out."""
    if not view.mentions_of("animal-model"):
        return False
    text = view.analysis.document.text
    return bool(view.words & _RESEARCH_WORDS or ANIMAL_RESULT.search(text, view.start, view.end)
                or _animal_study(view) is not None)


def _animal_study(view) -> tuple[int, int] | None:
    """The span of an animal or bench study told in the sentence, unless denied ("never tested on
    animals") or asked."""
    tokens = view.tokens
    if any(next(pattern.finditer(view), None) for pattern in _MADE_AT_THE_BENCH.candidates(view)):
        return None
    for pattern in _ANIMAL_STUDY.candidates(view):
        for match in pattern.finditer(view):
            if not view.stance(match.first, match.last, match.own).contexts & {NEGATED, QUESTION}:
                return tokens[match.mark_first].start, tokens[match.mark_last].end
    return None


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
            "asked or reported critically. A result in animals or in a dish told as it stands, with no word in the "
            "sentences around it on whether it holds in people (\"a study in rats showed the cells repairing the "
            "brain\" in an appeal for the treatment), is flagged too, on any page.",
            why="Most treatments that work in mice fail in people; the standard mouse model of MS (EAE) "
            "has misled drug development more than once. Sumner and colleagues found that inferring human "
            "benefit from animal or cell studies is one of the three commonest exaggerations in health "
            "news, and that it usually starts in the press release.",
            bad=(
                "A study in mice shows the drug will work in humans.",
                "In laboratory mice, the cells repaired damaged nerves, which means people with MS can regain function.",
                "It worked in rats, so imagine what it could do for your knees.",
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
        silenced_by=frozenset({NEGATED, HEDGED, CONDITIONAL, QUESTION, HISTORICAL, DISPUTED}),
    )

    def requirements(self, options):
        return prefilter.any_of(HUMAN_LEAP, LEAP_CONNECTIVE, _ANIMAL_WORDS)

    def check(self, document, unit, options):
        view = _view(document, unit)
        if view is None or view.is_furniture:
            return
        text = document.text
        previous = view.previous_in_paragraph()
        animals = _animal_work(view) or (previous is not None and _animal_work(previous))
        # On a page that sells, or told of the issuer's own product ("in rats, our own cell line
        # cleared the scarring"), an animal result is offered to the reader as the product's; an
        # explicit leap to people in the sentence is reported instead, as the leap.
        told = ANIMAL_RESULT.search(text, unit.start, unit.end) or BENCH_TESTED.search(text, unit.start, unit.end)
        told_span = told.span() if told is not None else _animal_study(view)
        if told_span is not None and _CONFIRMED_IN_PEOPLE.search(text, unit.start, unit.end):
            told_span = None  # "the results in our volunteers bear out what the mouse work showed"
        if told_span is not None and (holds(document, "promotes") or _OWN_PRODUCT.search(text, unit.start, unit.end)):
            following = view.next_in_paragraph()
            # The leap said, here or in the next sentence ("If it works for sheep, imagine..."), is
            # the finding; the result it leaps from is not a second one.
            if not (animals and _leaps(text, unit)) and not (following is not None and _leaps(text, following)):
                words = " ".join(text[told_span[0]:told_span[1]].split())
                yield Hit(*told_span, f"Animal result offered to people for the product promoted: \"{words}\"")
                return
        spans = _leaps(text, unit)
        following = view.next_in_paragraph()
        # (One of the next two sentences may make the leap, or call the result proof: "These results prove we can prevent
        # MS" is the claim to report, and it is reported as such.)
        after = following.next_in_paragraph() if following is not None else None
        leaps_next = any(v is not None and (_leaps(text, v) or _PROOF_WORD.search(text, v.start, v.end))
                         for v in (following, after))
        if told_span is not None and not spans and not leaps_next \
                and view.words & _TOLD_AS_RESEARCH and _told_as_a_result(text, told_span) and not _caveated_nearby(view):
            # A result in animals or in a dish told as it stands, with no word anywhere near on whether it
            # holds in people: "A study in rats showed the cells repairing the brain" in a family's appeal for
            # the treatment, "in a laboratory study, the extract made nerve cells grow" on a market flyer.
            words = " ".join(text[told_span[0]:told_span[1]].split())
            yield Hit(*told_span, f"Animal or laboratory result told with no word on whether it holds in people: \"{words}\"")
            return
        # An animal named before the leap in the same sentence is where it leaps from: "what works
        # this well in guinea pigs will work in people".
        if spans and not animals:
            animals = any(mention.start < min(spans)[0] for mention in view.mentions_of("animal-model"))
        if not animals:
            return
        if spans:
            start, end = min(spans)
            words = " ".join(text[start:end].split())
            yield Hit(start, end, f"Animal or laboratory result carried over to people: \"{words}\"")


# What a careful writer says beside an animal or bench result: that people are another matter, or that it is
# early. Any of these in the sentence or the two either side of it leaves the result as background. (Not
# "in people" alone: "a trial proved it sharpens memory in people" is a second claim, not a caveat.)
_CAVEAT = patterns.compile(
    r"\b(?:not\s+(?:yet|always|necessarily|been|known|clear)|whether|yet\s+to|remains?\s+to\s+be|early[-\s]stage|"
    r"early\s+days|preliminary|unknown|unclear|untested|unproven|often\s+fail|rarely|seldom"
    r"|(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+(?:always|necessarily|often|usually|carry|translate|hold)"
    r"|may\s+not|might\s+not|human\s+(?:trials?|studies)|trials?\s+in\s+(?:people|humans|patients)"
    # (v0.30.62, set 173's careful news story) A trial in people told beside it: "the trial gave the drug to 50 people
    # with MS". The bench result is then the history of the idea, not the evidence for it.
    r"|trial\s+(?:gave|of|in|with|enrolled|recruited|tested)\b[^.;]{0,50}?\b(?:people|patients|participants|volunteers|adults|children)\b)\b",
    regex.IGNORECASE)


# Animals by name (not "a mouse", which is as often a computer's), and studies at the bench; how a cell treatment is
# made ("cells multiplied in the laboratory", "grown in the lab") is a step of making it, not a result.
_SPECIES = patterns.compile(r"\b(?:" + _SPECIES_NAMES + r"|piglets|worms|" + _ANIMAL_MODEL + r")\b", regex.IGNORECASE)
_BENCH_STUDY = patterns.compile(r"\b(?:(?:laboratory|lab)\s+(?:study|studies|experiments?|tests?|work)|in\s+(?:a|the)\s+"
                                r"(?:dish|test\s+tube|petri\s+dish)|in\s+dishes|cell\s+cultures?)\b", regex.IGNORECASE)
_MAKING = patterns.compile(r"\b(?:grown|grow|multiplied|cultured|cultivated|trained|engineered|coaxed|coaxing|expanded|modified|"
                           r"edited|(?:can|could)\s+be\s+made)\b", regex.IGNORECASE)


# The result itself called proof: "These results prove that we can prevent MS" (not another study's "a trial proved ...").
_PROOF_WORD = patterns.compile(r"\b(?:(?:these|the|those|such|our)\s+(?:results|findings|experiments|data|studies)\s+"
                               r"(?:prove|proves|proved|show|shows|mean|means)|this\s+(?:proves|shows|means))\b", regex.IGNORECASE)
# Words that make animals in a sentence the subject of a study, told as one ("feeder rodents in a sealed container" are
# food for a pet snake).
_TOLD_AS_RESEARCH = _RESEARCH_WORDS | {"paper", "papers", "published", "journal"}


def _told_as_a_result(text: str, span: tuple[int, int]) -> bool:
    """The animal or bench study told is research with a result: animals named, or a study at the bench that did
    something other than make the treatment."""
    told = text[span[0]:span[1]]
    return bool(_SPECIES.search(told)) or (bool(_BENCH_STUDY.search(told)) and not _MAKING.search(told))


def _caveated_nearby(view) -> bool:
    """The sentence, or one of the two before or after it in its paragraph, says the result may not
    carry over to people, or that the work is early."""
    text = view.analysis.document.text
    near = [view]
    before, after = view, view
    for _ in range(2):
        before = before.previous_in_paragraph() if before is not None else None
        after = after.next_in_paragraph() if after is not None else None
        near += [v for v in (before, after) if v is not None]
    return any(_CAVEAT.search(text, v.start, v.end) for v in near)


# Results in people said to bear the animal work out: the animal data are background, not offered.
_CONFIRMED_IN_PEOPLE = patterns.compile(
    r"\b(?:people|patients|humans?|human\s+subjects|volunteers|participants)\b[^.;]{0,40}?\b"
    r"(?:confirms?|confirmed|replicates?|replicated|bears?\s+out|bore\s+out)\s+"
    r"(?:the|our|earlier|previous|those|these)\b", regex.IGNORECASE)


# --------------------------------------------------------------------------------------------
# EVD005 unquantified benefits

_UNQUANTIFIED = tuple(ConceptPattern(text) for text in (
    "{SIZE-WORD} [functional|clinical|symptom|health|overall|physical|cognitive|neurological|positive|measurable|"
    "lasting|long-term|early|rapid|quick|and|meaningful] {BENEFIT-WORD}",
    "(improve~|reduce~|recover~|benefit~|decrease~|lower~|slow~|better|cut~) [_] (significantly|dramatically|"
    "substantially|markedly|remarkably|considerably|tremendously|vastly|profoundly|noticeably|enormously|hugely)",
))
_FRACTIONS = frozenset({"half", "halved", "halves", "twice", "double", "doubled", "triple", "tripled", "third",
                        "thirds", "quarter", "quarters", "fold", "percent"})
# Not a health benefit: "dramatically reduced costs", "a significant increase in fees".
_NOT_BENEFIT = frozenset({"cost", "costs", "price", "prices", "fee", "fees", "bill", "bills", "spending", "premium",
                          "premiums", "wait", "waiting", "sales", "revenue", "profits", "shares", "stock"})


def has_figure(view, strong: bool = False) -> bool:
    """A number that sizes something: a percentage, a share ("half", "one in three"), a count out
    of a total, a measure with its unit. Years and bare sample sizes ("a study of 45 children")
    do not size a benefit."""
    memo = view.analysis.document.memo.setdefault("evd-strong-figure" if strong else "evd-figure", {})
    found = memo.get(view.index)
    if found is not None:
        return found
    found = False
    tokens = view.tokens
    count = len(tokens)
    units = {m.first for m in view.mentions_of("quantity-noun")}
    if _group_counted_first(tokens) or _whole_group(tokens):
        memo[view.index] = True
        return True
    for i, token in enumerate(tokens):
        norm = token.norm
        if norm in ("%", "percent") or norm in _FRACTIONS or (norm == "per" and i + 1 < count and tokens[i + 1].norm == "cent"):
            found = True
            break
        if (token.is_number and not _is_year(token)) or norm in _NUMBER_WORDS:
            if token.is_number and i > 0 and (tokens[i - 1].norm in ("from", "to", "than", "against", "versus", "vs", "by")
                                              or (i > 1 and tokens[i - 2].norm == "compared")):
                found = True
                break
            following = tokens[i + 1].norm if i + 1 < count else ""
            if following in ("of", "in", "out"):
                if any(t.is_number or t.norm in _NUMBER_WORDS for t in tokens[i + 2:i + 5]):
                    found = True
                    break
            elif (not strong and i + 1 in units and following not in ("year", "years")) or following in ("to", "-", "x"):
                found = True
                break
    memo[view.index] = found
    return found


def _group_counted_first(tokens) -> bool:
    """ "Of 30 people assessed, 29 had no crises", "Of the 40 patients, 12 improved": a count out
    of a group named first."""
    if len(tokens) < 4 or tokens[0].norm != "of":
        return False
    first = 2 if tokens[1].norm in ("the", "those", "these", "all") else 1
    if not (tokens[first].is_number or tokens[first].norm in _NUMBER_WORDS):
        return False
    return any(t.is_number and not _is_year(t) for t in tokens[first + 1:])


def _whole_group(tokens) -> bool:
    """ "All eight people went into remission", "none of the 12 relapsed": a count of everyone in
    a group, which is an absolute figure too."""
    for i in range(len(tokens) - 1):
        if tokens[i].norm == "all" or (tokens[i].norm == "of" and i > 0 and tokens[i - 1].norm == "none"):
            nxt = tokens[i + 1] if tokens[i + 1].norm != "the" or i + 2 >= len(tokens) else tokens[i + 2]
            if (nxt.is_number and not _is_year(nxt)) or nxt.norm in _NUMBER_WORDS:
                return True
    return False


def article_quantifies(analysis, sentences: int = 1) -> bool:
    """At least `sentences` sentences of the body give figures that size an effect: a share, a
    count out of a total, a change from one number to another (not a bare measure or a date)."""
    memo = analysis.document.memo
    found = memo.get("evd-quantified")
    if found is None:
        found = memo["evd-quantified"] = sum(1 for view in _body_sentences(analysis) if has_figure(view, strong=True))
    return found >= sentences


_COMPARATIVES = frozenset({"better", "lower", "lowers", "lowered", "lowering", "fewer", "decrease", "decreases",
                           "decreased", "slow", "slows", "slowed", "slowing", "reduce", "reduces", "reduced",
                           "reducing", "effect", "effects", "difference"})


def _a_benefit(view, match) -> bool:
    """ "Significantly lower risk", "dramatically better": a benefit. "Considerably lower
    capacities", "significantly lower levels of a protein", "the major benefit of X is" (the main
    one) and "a dramatic effect on fat in mice" are measurements or ranking, not a size of benefit."""
    tokens = view.tokens
    words = [t.norm for t in tokens[match.first:match.last + 1]]
    if words[0] == "major" and match.first > 0 and tokens[match.first - 1].norm in ("the", "its", "their", "a", "one"):
        return False  # "the major benefit": the main one
    if not any(w in _COMPARATIVES for w in words):
        return True
    after = match.last + 6
    if any(m.first > match.last and m.first <= after for m in view.mentions_of("not-risk-measure")):
        return False
    return any(match.first - 3 <= m.first <= after for m in view.mentions_of("risk-measure")) or any(
        match.first - 3 <= m.first <= after for m in view.mentions_of("condition")) or any(
        match.first - 3 <= m.first <= after for m in view.mentions_of("disease-sign"))


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
            "results\", \"improved markedly\", \"major gains\") when no number sizes them: none in the sentence or "
            "the sentences either side of it (a percentage, a share such as \"half\" or \"one in three\", a count "
            "out of a total, a measure with its unit; not a year or a sample size). In the headline and the "
            "top of the story (its first three paragraphs, over which news often spreads its lede, when the "
            "sentence reports a study), and in a quoted verdict, a number anywhere in the article will do: a lede "
            "announces and the body quantifies. Elsewhere, an article that gives figures in three or more "
            "sentences is taken to quantify "
            "its benefits, and a passing \"dramatic\" in it is not flagged: the rule is for articles that sell a "
            "benefit without ever sizing it. \"Statistically significant\" is a statement about chance, not about size, "
            "and is not flagged. Silent when negated, asked, hedged, conditional, historical, disputed, or said "
            "of animals.",
            why="\"Significant\" can mean statistically detectable, clinically meaningful or just large, and "
            "readers cannot tell which. HealthNewsReview's second criterion asks that benefits be "
            "quantified; DISCERN asks that the benefits of each treatment be described.",
            bad=(
                "The infusion is safe.\n\nPatients saw significant improvements after the infusion.",
                "The therapy produced dramatic results in people with progressive MS.",
                "Clinic news\n\nOur clinic opened in May. Our nurses are friendly. Walking improved markedly "
                "within weeks of the therapy.",
            ),
            good=(
                "Patients saw significant improvements: walking speed rose by 20% on average.",
                "There was no significant improvement in disability.",
                "Did patients see significant improvements?",
                "The difference between the groups was statistically significant.",
                "Drug shows dramatic benefit in heart patients\n\nIn the trial, 17% of people on the drug had a heart "
                "attack or stroke, against 22% on placebo.",
            ),
            better="Give the size of the effect and compared with what: \"After a year, 45% of people on the "
            "drug walked faster, against 30% on placebo.\"",
        ),
        references=(
            "HealthNewsReview.org criterion 2: does the story adequately quantify the benefits?",
            "DISCERN (Charnock 1999) question 10: does it describe the benefits of each treatment?",
            "Sumner 2014, BMJ, doi:10.1136/bmj.g7015: exaggerated claims in health news",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL, HEDGED, CONDITIONAL, DISPUTED, ANIMAL}),
    )

    def triggers(self):
        return frozenset(), frozenset({"size-word"})

    def check(self, document, unit, options):
        view = _view(document, unit)
        if view is None or view.is_furniture or "statistical" in view.classes:
            return
        tokens = view.tokens
        for pattern in _UNQUANTIFIED:
            if not pattern.may_match(view):
                continue
            for match in pattern.finditer(view):
                if any(t.norm in _NOT_BENEFIT for t in tokens[match.first:min(len(tokens), match.last + 5)]):
                    continue
                if not _a_benefit(view, match):
                    continue
                if any(has_figure(other) for other in _paragraph_neighbours(view)):
                    return
                # "such dramatic outcomes", "these significant gains": the benefit just described,
                # with its figures, in the sentence or paragraph before.
                if match.first > 0 and tokens[match.first - 1].norm in _REFERS_BACK and \
                        any(has_figure(other) for other in _before(view, 3)):
                    return
                stance = view.stance(match.first, match.last)
                quoted = ("reported", "quoted") in stance.cues
                # The top of a story announces in words what its body gives in figures (news
                # often spreads its lede over two or three short paragraphs); a clinic's own
                # "patients see significant improvements" is no report of a study.
                top = _in_lede(view) or (_in_lede(view, _TOP_PARAGRAPHS) and bool(view.words & _STUDY_WORDS))
                if article_quantifies(view.analysis, 1 if (top or quoted) else 3):
                    return
                start, end = tokens[match.first].start, tokens[match.last].end
                words = " ".join(document.text[start:end].split())
                yield Hit(start, end, f"Unquantified benefit: \"{words}\"; how large, and compared with what?",
                          stance=stance)
                return


_REFERS_BACK = frozenset({"such", "these", "those"})


def _before(view, count: int):
    """Up to `count` sentences before this one, in any paragraph."""
    sentences = view.analysis.sentences
    return sentences[max(0, view.index - count):view.index]


# --------------------------------------------------------------------------------------------
# EVD006 relative-only risk figures

_PCT = "# (%|percent|per cent)"
_RELATIVE = tuple(ConceptPattern(text) for text in (
    "(cut~|reduce~|lower~|slash~|decrease~|drop~|dropped|fell|fall~|shrink~|shrank|trim~|trimmed|raise~|increase~|"
    "rise~|rose|risen|boost~|jump~|climb~|halve~|improve~|improved) ...8 by [up to|about|around|nearly|almost|over|more than|roughly|"
    "some|approximately|at least] " + _PCT,
    _PCT + " (lower|higher|greater|fewer|less|more|reduced|increased|reduction|increase|decrease|drop|cut|relative|"
    "decline|rise|elevated|excess|improvement)",
    "(halve~|halving|double~|doubling|triple~|tripling|quadruple~) [the|their|your|a|his|her|its] {RISK-MEASURE}",
    "(twice|# times|# fold) (as|more|less) likely",
    # The share as a fraction: "cuts your chances by half", "slows progression by nearly a third".
    "(cut~|reduce~|lower~|slash~|decrease~|drop~|dropped|fell|fall~|shrink~|shrank|slow~|slowed) ...8 by [up to|about|"
    "around|nearly|almost|over|more than|roughly|some|approximately|at least] (half|a half|a third|one third|a quarter|"
    "one quarter|two thirds|three quarters|a fifth|one fifth)",
    "(# times|# fold) (higher|greater|lower|the risk|the rate|the odds|the chance|increased|increase|more risk)",
))
_ABSOLUTE = tuple(ConceptPattern(text) for text in (
    "from [about|around|nearly|roughly|approximately|some|just] # [%|percent|per cent] ...3 to [about|around|nearly|"
    "roughly|approximately|just|only] #",
    "to [about|around|nearly|roughly|approximately|just|only] # [%|percent|per cent] ...4 from [about|around|nearly|"
    "roughly|approximately] #",
    "# (in|out of|of every|per) #",
    "# of (the|these|those|all|its|their) # [_] [_] ({POPULATION-NOUN}|members|participants|volunteers|group)",  # "35 of the 68 members"
    "# [%|percent|per cent] (of|among|in) [the|those|these|all|their] [_] [_] [_] ({POPULATION-NOUN}|group|groups|arm)",
    "{COMPARISON} [about|around|nearly|just|only|roughly|approximately] [_] #",
    "per (100|1,000|1000|10,000|100,000|million|thousand)",
    # "roughly 8 fewer players in each 100"
    "(in|out of|for|of) (each|every) (10|100|1,000|1000|10,000|100,000)",
    # a rate in each group: "0.4 attacks a year on the dummy drug"
    "# {RISK-MEASURE} (a|per|each) (year|month|week|person|patient)",
    "(NNT|number needed to treat|percentage point|percentage points)",
    "absolute ...8 #",  # not "the modest absolute benefit" with no number given
    # "screening 1,250 women would save one life", "one death prevented for every 300 treated"
    "# {POPULATION-NOUN} ...8 (save~|prevent~|avert~|avoid~|spare~) (one|a single|1)",
    "(one|a single|1) [_] [_] (for|per|in) every #",
    # the count behind the percentage: "dropped by 35 percent, or about 1,300 babies a year"
    "(or|about|some|nearly|roughly|approximately) [about|around|nearly|roughly|some] # [more|fewer|extra] {POPULATION-NOUN}",
    # the counts of events themselves: "about 8,000 U.S. men were diagnosed", "an extra 17,000 cases"
    "# [_] [_] {POPULATION-NOUN} (were|was|had|would have been|will be) [_] (diagnosed|died|hospitalized|hospitalised|"
    "developed|relapsed)",
    "(an extra|an additional|another) # (cases|deaths|diagnoses|events|infections)",
    # "about 450 fewer cervical cancers", "1,200 more deaths than expected": events counted.
    "# (fewer|more|extra|additional) ...2 (cases|cancers|deaths|infections|diagnoses|admissions|events|strokes|"
    "heart attacks|fractures|births|hospitalisations|hospitalizations)",
    # two groups' rates side by side: "3.1% versus 6.4%", "12 percent compared with 20 percent"
    "# (%|percent|per cent) [of _] (versus|vs|vs.|compared with|compared to|against) [_] [_] # (%|percent|per cent)",
    # the events themselves counted, in a study whose size the article gives: "They found 1,210 cases
    # of type 2 diabetes", "312 deaths from the disease"
    "# (cases|deaths) (of|from|due to) [the] ({CONDITION}|disease)",
    # events counted in a stated population: "410 heart attacks among 150,000 men"
    "# [_] [_] (cases|deaths|diagnoses|events|infections|cancers|strokes|heart attacks|fractures) (among|in|out of) # [_] {POPULATION-NOUN}",
    # counts in each arm: "4 fractures occurred in the exercise group and 10 in the control group"
    "# ...4 in the ...3 (group|arm) ...2 and # in the ...3 (group|arm)",
    # the share of a group counted first: "Of the 40 patients who had the implant, 45 percent"
    "(of|among) [the|all|those] # [_] [_] [_] [_] ({POPULATION-NOUN}|group|groups|arm) ...6 , # (%|percent|per cent)",
    # the baseline risk itself: "a woman's risk of a hip fracture is about 4 percent", and where a
    # change takes it: "would bring the fracture rate down to 3 percent"
    "(risk|chance|odds|rate|likelihood) of ...6 (is|was|are|were) [about|around|roughly|nearly|just|only|under|"
    "below|less than|more than] # (%|percent|per cent)",
    "(lower~|reduce~|cut~|raise~|increase~|bring~|brought|drop~|fell|fall~|rose|rise~|risen) ...3 "
    "(rate|risk|chance|odds) ...4 to [about|around|roughly|nearly|just|only] # (%|percent|per cent)",
    # the baseline named, if not counted: "triples the risk of a stroke, from a tiny baseline"
    "(from|starting from|against|on top of) a (low|small|very low|tiny) (baseline|base|starting point|starting risk)",
    "(baseline|absolute|underlying|starting) risk (is|was|remains|stays) [very|still] (low|small|tiny)",
    # an absolute difference in time: "lived nearly four months longer on average"
    "# (days|weeks|months|years) longer",
    "[an] (extra|additional) # (days|weeks|months|years) [of life]",
))
_COMPARED_WITH_COUNT = next(p for p in _ABSOLUTE if p.text.startswith("{COMPARISON}"))
_DURATIONS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                        "minute", "minutes", "times", "decade", "decades"})


def _duration_follows(view, last: int) -> bool:
    tokens = view.tokens
    return last + 1 < len(tokens) and tokens[last + 1].norm in _DURATIONS


_EVENT_WORDS = frozenset({"die", "dying", "died", "develop", "develops", "developed", "developing", "suffer",
                          "diagnosed", "hospitalized", "hospitalised", "relapse",
                          "addicted", "experience", "need", "require", "undergo"})


def absolute_spans(view) -> list[tuple[int, int]]:
    """Token spans of the absolute figures of a sentence ("3 of 55", "from 30% to 15%")."""
    memo = view.analysis.document.memo.setdefault("evd-absolute", {})
    found = memo.get(view.index)
    if found is None:
        found = []
        relative = _relative_spans(view)
        for pattern in _ABSOLUTE:
            if pattern.may_match(view):
                for match in pattern.finditer(view):
                    numbers = [t for t in view.tokens[match.first:match.last + 1] if t.is_number]
                    if any(_is_year(t) for t in numbers):
                        continue  # "compared with 2010", "3 in 2019"
                    if any(first <= match.last and match.first <= last for first, last in relative):
                        continue  # "cut deaths by 28% among men": the 28% is the relative figure
                    if pattern is _COMPARED_WITH_COUNT and _duration_follows(view, match.last):
                        continue  # "for less than five years": how long, not how many
                    found.append((match.first, match.last))
        found.extend(_counts_with_shares(view))
        memo[view.index] = found
    return found


def _relative_spans(view) -> list[tuple[int, int]]:
    """Token spans of the relative figures of a sentence ("cut deaths by 28%", "twice as likely")."""
    memo = view.analysis.document.memo.setdefault("evd-relative", {})
    found = memo.get(view.index)
    if found is None:
        # A vaccine's effectiveness, vaccinated against unvaccinated people, is a relative measure by
        # definition (one minus the risk ratio), and public health reports it so.
        found = memo[view.index] = [] if _VACCINATED <= view.words else [
            (m.first, m.last) for pattern in _RELATIVE if pattern.may_match(view) for m in pattern.finditer(view)]
    return found


_VACCINATED = frozenset({"vaccinated", "unvaccinated"})
# "rates were 87% lower in young women offered the vaccine at 12 than in women born just before" (v0.30.40, set 135).
_OFFERED_A_VACCINE = frozenset({"offered", "vaccine"})


_SHARE_UNITS = frozenset({"%", "percent"})


def _counts_with_shares(view) -> list[tuple[int, int]]:
    """ "120 (0.3%) developed bowel cancer", "85 (or 0.2 percent)": a count of people with its
    share of the whole, which the concept language cannot spell (its brackets are syntax)."""
    tokens = view.tokens
    spans = []
    for i in range(len(tokens) - 3):
        if not (tokens[i].is_number and tokens[i + 1].norm == "(") or _is_year(tokens[i]):
            continue
        j = i + 3 if tokens[i + 2].norm == "or" else i + 2
        if j + 1 < len(tokens) and tokens[j].is_number and tokens[j + 1].norm in _SHARE_UNITS:
            spans.append((i, j + 1))
    return spans


def has_absolute(view, besides: tuple[int, int] | None = None) -> bool:
    """The sentence gives absolute figures (other than the relative figure `besides`, whose own
    "60% in a small group" is no absolute rate)."""
    for first, last in absolute_spans(view):
        if besides is None or last < besides[0] or first > besides[1]:
            return True
    return False


_GENERIC_RISK = frozenset({"risk", "risks", "rate", "rates", "likely", "chance", "chances", "odds", "likelihood",
                           "case", "cases", "event", "events", "incidence", "occurrence", "occurrences",
                           "disease", "diseases", "condition", "conditions", "illness", "illnesses"})
_DEATH = frozenset({"death", "deaths", "mortality", "dying", "die", "died", "dies"})
_SURVIVAL = frozenset({"survival", "survive", "survived", "survives", "surviving", "live", "lived"})


def _linked(view, other) -> bool:
    """One of two neighbouring sentences points to the other: "That is a 50% cut", "That means
    screening 1,250 women would save one life"."""
    later = other if other.index > view.index else view
    words = [t.norm for t in later.tokens[:2]]
    # "To put that in numbers: if 1,000 people ..." (v0.30.34, set 125's careful page)
    return bool(words) and (words[0] in _ANAPHORS or words in _PUT_IN_NUMBERS)


_PUT_IN_NUMBERS = (["to", "put"], ["to", "translate"], ["to", "turn"], ["to", "express"], ["to", "convert"])


def _put_in_numbers_next(view) -> bool:
    """The next sentence of the paragraph gives what the research found in figures, and says so: "To put
    numbers on it: if 10,000 people lower their LDL ..." (set 130's careful meeting notes). The research is
    then described, not merely appealed to."""
    following = view.next_in_paragraph()
    return (following is not None and [t.norm for t in following.tokens[:2]] in _PUT_IN_NUMBERS
            and any(t.is_number and not _is_year(t) for t in following.tokens))


def _outcomes(view, match) -> set[str]:
    """What the relative figure is about ("breast cancer", "death"), to find its absolute figures
    elsewhere in the article."""
    clause = view.clause_of(match.first)
    keys: set[str] = set()
    for cls in ("condition", "any-harm", "risk-measure"):
        for mention in view.mentions_of(cls):
            if clause is not None and view.clause_of(mention.first) not in (clause, None):
                continue
            if mention.entities:
                keys.update(_entity_keys(mention))
                continue
            norms = " ".join(t.norm for t in view.tokens[mention.first:mention.last + 1])
            if norms in _GENERIC_RISK:
                continue
            keys.add(_key(norms))
    return keys


def _entity_keys(mention) -> set[str]:
    """Keys for a named outcome; "death risk" and "mortality" are the outcome "died" counts."""
    keys = {"@" + entity for entity in mention.entities}
    if "treatment-related-death" in mention.entities:
        keys.add("death")
    return keys


def _key(norms: str) -> str:
    """One key for the forms of an outcome: "relapses", "relapsed" -> "relapse"; deaths -> "death"."""
    if norms in _DEATH:
        return "death"
    if norms.endswith("ies"):
        return norms[:-3] + "y"
    if norms.endswith("ed"):
        return norms[:-1] if norms[:-1].endswith("e") else norms[:-2]
    if norms.endswith("ing") and len(norms) > 5:
        return norms[:-3]
    return norms[:-1] if norms.endswith("s") and not norms.endswith("ss") else norms


def _absolute_named_after(view) -> bool:
    """The next sentences, across a paragraph break, give the figure in absolute terms ("In absolute
    terms the chance stayed small: about 3 in 100 over ten years")."""
    views = view.analysis.sentences
    for other in views[view.index + 1:view.index + 4]:
        if other.block_kind in _HEADINGS:
            return False
        if any(t.norm == "absolute" for t in other.tokens):
            # the numbers in that sentence or the one after it ("The absolute risk stayed small.
            # Among smokers with the variant, about 3 percent died of it.")
            return any(has_absolute(v) or any(t.norm in ("%", "percent") for t in v.tokens)
                       for v in views[other.index:other.index + 2])
    return False


_EXPECTED = frozenset({"expected", "hoped", "anticipated", "aimed", "powered", "designed"})


def _expected_beforehand(view, match) -> bool:
    """The figure is what the researchers expected or designed the study to find, not a result:
    "they expected screening to cut deaths by a third"."""
    return any(t.norm in _EXPECTED for t in view.tokens[max(0, match.first - 8):match.first])


def _absolute_elsewhere(view, keys: set[str]) -> bool:
    """The article gives absolute figures for the same outcome of the same treatment (the topic
    in force) in another sentence."""
    subject = view.topic.intervention.entity if view.topic.intervention else None
    if not keys and subject is None:
        return False
    headline = view.block_kind in ("title", "summary")
    for other in _body_sentences(view.analysis):
        if other.index == view.index or not has_absolute(other):
            continue
        antecedent = _antecedent(other)
        # "This compared with 15 percent on the old drug": still the earlier sentence's treatment.
        other_subject = _subject(antecedent) if antecedent is not None else _subject(other)
        # "Among women, that meant 30 fewer bowel cancer deaths": a sentence just after,
        # in a paragraph of its own, that names no treatment is still about the same one.
        follows_on = other_subject is None and abs(other.index - view.index) <= 2
        # A figure that names no treatment ("the larger dose cut gout flares by 40%") takes the
        # article's numbers for its outcome, whoever's they are.
        if not (follows_on or (subject is None and keys) or _same_subject(view, subject, other_subject, headline)):
            continue
        # A figure that names no outcome of its own ("cut the risk from the germ by half")
        # takes the numbers the article gives for its treatment; else the outcome must match.
        outcomes = _outcomes_all(other) | (_outcomes_all(antecedent) if antecedent is not None else set())
        # (not "90% of them were men", nor "four in ten people with MS"): events, not who
        if _same_outcome(keys, outcomes) or (not keys and _counts_events(other)):
            return True
    return False


def _counts_events(view) -> bool:
    """The sentence's figures are about events that happen to people (infections, deaths), not
    about who they are or what disease they have."""
    if view.mentions_of("any-harm") or "death" in _outcomes_all(view):
        return True
    return bool(view.mentions_of("condition")) and any(t.norm in _EVENT_WORDS for t in view.tokens)


# Harms named in general: "double the complication rate" is about the problems listed next.
_ANY_HARM_KEYS = frozenset({"complication", "side effect", "adverse event", "adverse effect", "problem"})


def _same_outcome(keys: set[str], outcomes: set[str]) -> bool:
    return bool(keys & outcomes) or (bool(keys) and keys <= _ANY_HARM_KEYS and bool(outcomes))


def _figure_answered_elsewhere(view, match) -> bool:
    """The article comes back to the same figure to call it relative, doubt it or give its counts:
    "That 64% is a relative increase, and the deaths behind it were few"."""
    numbers = {t.norm for t in view.tokens[match.first:match.last + 1] if t.is_number}
    if not numbers:
        return False
    for other in _body_sentences(view.analysis):
        if other.index != view.index and numbers <= other.words and (
                other.mentions_of("relative-named") or other.mentions_of("chance-finding") or has_absolute(other)):
            return True
    return False


def _subject(view) -> str | None:
    return view.topic.intervention.entity if view.topic.intervention else None


def _antecedent(view):
    """The sentence a sentence opening with "This compared with 15 percent" points back to: its
    outcome and treatment are the ones the earlier sentence named."""
    if view.index == 0 or not view.tokens or view.tokens[0].norm not in _POINTERS:
        return None
    return view.analysis.sentences[view.index - 1]


def _same_subject(view, one: str | None, other: str | None, headline: bool) -> bool:
    """Two sentences are about the same treatment: the same entity, or, for a headline, one the
    headline names by its class (its "heart drug" is the body's Entresto). In the body a class
    name is another drug or the class as a whole, whose numbers are another study's."""
    if one == other:
        return True
    if not headline or one is None or other is None:
        return False
    return view.analysis.knowledge.is_a(other, one)


def _outcomes_all(view) -> set[str]:
    memo = view.analysis.document.memo.setdefault("evd-outcomes", {})
    found = memo.get(view.index)
    if found is None:
        found = set()
        for cls in ("condition", "any-harm", "risk-measure"):
            for mention in view.mentions_of(cls):
                if mention.entities:
                    found.update("@" + entity for entity in mention.entities)
                else:
                    norms = " ".join(t.norm for t in view.tokens[mention.first:mention.last + 1])
                    if norms not in _GENERIC_RISK:
                        found.add(_key(norms))
        if any(t.norm in _SURVIVAL for t in view.tokens):
            found.add("death")  # survival is the other side of the chance of dying
        memo[view.index] = found
    return found


_RAISES = frozenset({"makes", "make", "made", "raises", "raise", "raised", "increases", "increase", "increased",
                     "multiplies", "multiply", "multiplied"})


def _disease_as_risk_factor(view, match) -> bool:
    """The clause opens with a disease that makes another more likely ("AF makes a stroke roughly five times more
    likely", v0.30.44, set 143's careful feature): the disease described, not a treatment's effect, and no
    treatment in the clause. (What a treatment, a food or a habit does to the odds is still a figure to quantify.)"""
    tokens = view.tokens
    clause = view.clause_of(match.first)
    openers = [m for m in view.mentions if m.last < match.first and view.clause_of(m.first) in (clause, None)]
    if not openers:
        return False
    first = min(openers, key=lambda m: m.first)
    at_start = first.first == 0 or tokens[first.first - 1].norm in (",", ";", "and", "but", ":")
    return (at_start and "condition" in first.classes and first.last + 1 < match.first
            and tokens[first.last + 1].norm in _RAISES
            and not any(view.clause_of(m.first) in (clause, None) for m in view.mentions_of("intervention")))


_GROUPS_OF_PEOPLE = frozenset({"men", "women", "males", "females", "boys", "girls", "children", "adults"})


def _between_groups(after) -> bool:
    """The words after a ratio compare groups of people: "... than men", "... than women"."""
    return any(t.norm == "than" and nxt.norm in _GROUPS_OF_PEOPLE for t, nxt in zip(after, after[1:]))


def _with_and_without_a_condition(view, match) -> bool:
    """People with a condition set against people without it ("people with AF have several times the stroke risk of
    people free of it", v0.30.53, set 156's careful feature): the disease described, when no
    treatment is in the sentence ("people taking the drug ... than people without it" is its effect)."""
    if view.mentions_of("intervention") or not any(m.last < match.first for m in view.mentions_of("condition")):
        return False
    words = [t.norm for t in view.tokens[match.last + 1:match.last + 14]]
    for i, word in enumerate(words[:-2]):
        if word == "than" and words[i + 1] in _PEOPLE_WORDS and (
                words[i + 2] == "without" or words[i + 2:i + 5] in (["who", "don't", "have"], ["with", "no"])):
            return True
    return False


_PEOPLE_WORDS = frozenset({"people", "those", "patients", "others", "someone", "anyone", "adults", "children", "women", "men"})


# Words of a safety measure: "a pregnancy prevention programme", "must not be used", "avoid".
_PRECAUTION_WORDS = frozenset({"must", "avoid", "avoided", "prevention", "contraception", "precaution", "precautions",
                               "warning", "warnings", "restricted", "restrictions", "banned"})


def _reason_for_a_precaution(view, match) -> bool:
    """ "The drug needs a pregnancy prevention programme, because babies exposed in the womb have a three times
    higher risk of ...": a harm's relative figure given as the reason for a safety measure is the regulator's
    warning, not a benefit sold (v0.30.51, set 153's careful talk)."""
    clause = view.clause_of(match.first)
    if clause is None or view.clauses[clause].opener not in ("because", "since"):
        return False
    return bool(view.words & _PRECAUTION_WORDS)


def _about_risk(view, match) -> bool:
    """The figure is a relative change in the chance of an event (death, relapse, a heart attack),
    not in a quantity (a cholesterol level, prescriptions, tumours in mice)."""
    tokens = view.tokens
    clause = view.clause_of(match.first)
    lo, hi = max(0, match.first - 4), min(len(tokens) - 1, match.last + 4)

    def near(cls, a, b):
        return [m for m in view.mentions_of(cls) if m.last >= a and m.first <= b
                and (clause is None or view.clause_of(m.first) in (clause, None))]

    words = {t.norm for t in tokens[match.first:match.last + 1]}
    # The figure may stop short of its "likely" and still compare groups of people: "women were 50% more likely
    # than men to be misdiagnosed" (v0.30.48, set 148's careful charity page).
    if match.last + 1 < len(tokens) and tokens[match.last + 1].norm == "likely" \
            and _between_groups(tokens[match.last + 2:match.last + 11]):
        return False
    if "likely" in words:
        after = tokens[match.last + 1:match.last + 10]
        # Who gets a disease, told as a ratio between groups of people ("women are two to three
        # times more likely than men to have MS"), describes the disease, not a risk to be cut.
        if _between_groups(after):
            return False
        if _disease_as_risk_factor(view, match) or _with_and_without_a_condition(view, match):
            return False
        if not (any(t.norm in _EVENT_WORDS for t in after) or near("condition", match.last + 1, match.last + 10)
                or near("any-harm", match.last + 1, match.last + 10) or near("risk-measure", match.last + 2, match.last + 10)):
            return False
        return True
    risky = [m for m in near("risk-measure", lo, hi) if "not-risk-measure" not in m.classes]
    quantity = near("not-risk-measure", lo, hi)
    if quantity and not risky:
        return False
    if risky:
        return True
    # Else the risk must be named in the figure's own stretch of the sentence (between commas):
    # in "Every 10 percent drop, research shows, reduces complications by a third" the 10% is
    # not a risk.
    lo = match.first
    while lo > 0 and tokens[lo - 1].norm not in _PIECE_ENDS:
        lo -= 1
    hi = match.last
    while hi + 1 < len(tokens) and tokens[hi + 1].norm not in _PIECE_ENDS:
        hi += 1
    return any("not-risk-measure" not in m.classes for m in near("risk-measure", lo, hi))


_PIECE_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–", "-"})
_PER_UNIT = frozenset({"each", "every", "per"})
_INCREMENT = frozenset({"increase", "increment", "rise", "additional", "extra", "unit", "point", "drink", "serving",
                        "hour", "year", "kilogram", "pound",
                        # "each 50 nanomoles per litre higher was linked to roughly 40 per cent lower odds" (v0.30.38,
                        # set 133's careful Q&A)
                        "higher", "greater", "more"})


def _per_unit(view, match) -> bool:
    """ "each picomolar increase in B12 was linked to a 2% reduction": a dose-response slope, not
    a comparison of two groups whose absolute rates could be given."""
    before = [t.norm for t in view.tokens[max(0, match.first - 12):match.first]]
    return any(word in _PER_UNIT for word in before) and any(word in _INCREMENT for word in before)


_FINDING_REFERENCES = frozenset({"this", "that", "these", "those", "finding", "findings", "result", "results",
                                 "association", "link", "effect", "study", "studies"})


def _doubted_next(view) -> bool:
    """The sentence after doubts the figure: "Whether that result is real is not yet clear"."""
    return any(following.mentions_of("doubt-on-finding") and following.words & _FINDING_REFERENCES
               for following in following_sentences(view))


def _called_relative_next(view) -> bool:
    """The next sentence of the paragraph says the figure is relative: "That is a relative figure: for
    any one person the chance was already small" (v0.30.30, set 116's careful explainer)."""
    following = view.next_in_paragraph()
    return following is not None and bool(following.mentions_of("relative-named"))


def _restated_absolutely_next(view) -> bool:
    """The next sentence of the paragraph puts the figure in other terms, with a count or the baseline: "Put another
    way, where 1,000 people would have fallen 800 times, the classes bring that to about 600", "that means most of
    those given the jab would have stayed well anyway" (v0.30.62, sets 170 and 173's careful pages)."""
    following = view.next_in_paragraph()
    if following is None or not following.mentions_of("absolute-restated"):
        return False
    return any(t.is_number for t in following.tokens) or "anyway" in following.words


def _both_arms(view) -> bool:
    """A sentence that gives two groups' rates side by side: two percentages, or two counts."""
    relative = _relative_spans(view)  # "by 36 percent and by 33 percent" are two changes, not two arms
    percents = sum(1 for i, t in enumerate(view.tokens[:-1])
                   if t.is_number and view.tokens[i + 1].norm in ("%", "percent", "per")
                   and not any(first <= i <= last for first, last in relative))
    return percents >= 2 or len(absolute_spans(view)) >= 2


class RelativeRiskOnly(Rule):
    meta = RuleMeta(
        code="EVD006",
        name="relative-risk-only",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A relative change in risk (\"cuts relapses by 50%\") with no absolute numbers beside it",
        docs=RuleDocs(
            what="Flags relative risk figures - \"cuts relapses by 50%\", \"a 68% reduction in deaths\", \"halves "
            "the risk\", \"twice as likely to die\" - when neither the sentence nor the one before or after it in its "
            "paragraph (or the one it points back to: \"That is a 50% cut\"; a paragraph of one sentence, as news "
            "writes them, reaches the next), nor any other sentence about the same outcome (\"breast cancer\", "
            "\"death\") or, for a figure that names no outcome, about the same treatment, gives absolute numbers: "
            "the rates in each group (\"from 30% to 15%\", \"18% of people on the drug\", \"Of the 29 patients, "
            "62% ...\"), the baseline risk (\"the risk of dying of it is about 2%\"), counts (\"3 of 55\", \"1 in "
            "20\", \"compared with 19\"; in a neighbouring sentence, for the same outcome), a rate per 100 or 1,000 "
            "people, or "
            "an absolute difference. Only risks count: the chance of an event such as death, relapse, a heart "
            "attack or a diagnosis. A change in a quantity (\"cholesterol fell by 14%\", \"20% fewer "
            "prescriptions\") or in something that is not a health event (\"11 times more likely to get 200 mg of "
            "DHA\") is not a relative risk. Silent when negated, asked, historical, conditional, disputed or said of "
            "animals.",
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
                "The drug lowered LDL cholesterol by 14%.",
                "Women who took the capsules were 11 times more likely to get 200 mg of DHA a day.",
                "Deaths fell by 44% among screened men. In all, 44 of the screened men died of the cancer, compared "
                "with 78 of the unscreened men.",
            ),
            better="Give both groups' numbers: \"Over two years, 18% of people on the drug relapsed, against "
            "36% on placebo (a relative reduction of 50%).\"",
        ),
        references=(
            "HealthNewsReview.org criterion 2: quantify the benefits in absolute, not only relative, terms",
            "DISCERN (Charnock 1999) question 10: does it describe the benefits of each treatment?",
            "Sumner 2014, BMJ, doi:10.1136/bmj.g7015: exaggerated claims in health news",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL, CONDITIONAL, DISPUTED, ANIMAL}),
    )

    def triggers(self):
        return frozenset({"%", "percent", "cent", "halve", "halves", "halved", "halving", "double", "doubles",
                          "doubled", "doubling", "triple", "triples", "tripled", "tripling", "quadruple",
                          "quadrupled", "twice", "times", "fold", "half", "third", "thirds", "quarter", "quarters",
                          "fifth"}), frozenset()

    def check(self, document, unit, options):
        view = _view(document, unit)
        if view is None or view.is_furniture:
            return
        tokens = view.tokens
        if _VACCINATED <= view.words or _OFFERED_A_VACCINE <= view.words:
            return  # a vaccine's effectiveness (see _relative_spans)
        for pattern in _RELATIVE:
            if not pattern.may_match(view):
                continue
            for match in pattern.finditer(view):
                if not _about_risk(view, match) or _per_unit(view, match) or _reason_for_a_precaution(view, match):
                    continue
                if view.mentions_of("chance-finding") or view.mentions_of("relative-named") or _doubted_next(view) \
                        or view.mentions_of("doubt-on-finding") \
                        or _called_relative_next(view) or _restated_absolutely_next(view):
                    return  # a figure the article says may be chance, calls relative, or doubts at once
                neighbours = _paragraph_neighbours(view, reach_next=True)
                if any(_both_arms(other) for other in neighbours if abs(other.index - view.index) == 1):
                    return  # "... 1.2 percent on the drug, compared with 2.18 percent": the arms are given
                keys = _outcomes(view, match)
                # A figure whose own clause names no outcome ("30% more likely to be offered the drug"):
                # the outcomes of its whole sentence say what a neighbour's numbers must be about.
                near_keys = keys or _outcomes_all(view)
                if has_absolute(view, (match.first, match.last)) or any(
                        has_absolute(other) and (_same_outcome(near_keys, _outcomes_all(other)) or _linked(view, other))
                        for other in neighbours if other is not view):
                    return
                if _absolute_elsewhere(view, near_keys) or _figure_answered_elsewhere(view, match) \
                        or _absolute_named_after(view) or _expected_beforehand(view, match):
                    return
                start, end = tokens[match.first].start, tokens[match.last].end
                words = " ".join(document.text[start:end].split())
                yield Hit(start, end, f"Relative figure only: \"{words}\"; give the absolute numbers (from what, to what?)",
                          stance=view.stance(match.first, match.last))
                return


def evidence_rules():
    """Instances of the Python evidence rules."""
    return [UnnamedResearch(), TestimonialAsEvidence(), AnimalToHumanLeap(), UnquantifiedBenefit(), RelativeRiskOnly()]
