"""RSK001: an article that presents a treatment favourably but never discusses its harms.

Document-level and deliberately generous about what counts as discussing harms (precision
first): any mention of risks, side effects, complications or a named harm that is not negated
or asked is enough. What does not count is a denial ("no side effects"), a question with no
answer ("Are there any risks?"), vague reassurance alone ("generally safe and well tolerated"),
investor boilerplate ("risks and uncertainties") or the risk of getting MS. A harm that the
harms criterion (RSK101) attributes to the intervention always counts.

A favourable claim is a sentence that names a treatment with a benefit, outcome or availability
word, asserted rather than asked, hedged, reported or denied; a denial of harm ("HX-201 is 100%
safe") is favourable on its own. Two favourable sentences are needed, so a single passing
mention of a treatment's benefit in an article about something else stays silent.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mslint.analysis.article import analyse
from mslint.analysis.features import features
from mslint.analysis.stance import CONDITIONAL, DISPUTED, HEDGED, NEGATED, QUESTION, REPORTED
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint import patterns
from mslint.engine import prefilter
from mslint.rules.criteria.harms import names_a_harm

# Side effects named in drug labels and transplant guidance; not MS symptoms (fatigue, numbness,
# vision or bladder problems), which an article about the disease mentions without discussing harms.
_NAMED_SIDE_EFFECTS = (
    r"flu-like\s+symptoms|(?:infusion|injection[\s-]site|allergic|skin)\s+reactions?|rash(?:es)?|anaphyla\w+|"
    r"liver\s+(?:damage|injury|problems?|toxicity|failure)|kidney\s+(?:damage|problems?|strain|failure)|"
    r"low\s+(?:white[\s-]|blood\s+|white\s+blood\s+)?(?:cell\s+)?counts?|lymphopenia|shingles|herpes|"
    r"new\s+autoimmune\s+(?:conditions?|diseases?|problems?)|early\s+menopause|mouth\s+ulcers|"
    r"safety\s+(?:concerns?|issues?|problems?|signals?|warnings?)|"
    # reactions where a shot went in, and a fever after it: "a sore arm, swelling at the injection site"
    r"injection[\s-]site|at\s+the\s+injection|feverish|sore\s+arms?|reddening"
)
TREATMENT = patterns.compile(
    r"\b(?:stem[\s-]cells?|(?:a|auto)?hsct|transplant(?:ation)?s?|therap(?:y|ies)|treatments?|procedures?|"
    r"infusions?|injections?|mscs?|protocols?|drugs?|medications?|medicines?|ocrelizumab|natalizumab|alemtuzumab|"
    r"fingolimod|interferons?|dmts?|surgery|clinics?|programs?|programmes?|(?:cord|our|their|your\s+own)\s+cells|"
    r"doses?|(?-i:[A-Z]{2,5}-\d{2,5}))\b",  # product codes such as HX-201
    regex.IGNORECASE,
)
# "It works", not "his work as a researcher" or "Dr. Mandl's work": the noun after an owner or an
# article says nothing about the treatment.
_WORKS = r"(?<!\b(?:his|her|their|its|my|our|your|the|this|that|whose|of|at|for|from)\s)(?<!['’]s\s)(?:works?|worked)"
FAVOURABLE = patterns.compile(
    r"\b(?:improv\w*|benefits?|beneficial|effective(?:ness)?|success\w*|restor\w*|relie[fv]\w*|recover\w*|"
    # (not the writer's own "let's slow down and weigh it up", v0.30.58, set 164's careful column)
    r"remission|halt\w*|stops?|stopped|reduc\w*|slow\w*(?!\s+down\s+(?:and|,|\.|to\s+(?:look|think|ask)))|" + _WORKS + r"|transform\w*|life[\s-]changing|"
    r"results?|outcomes?|available|offer(?:s|ed|ing)?|cur(?:e|es|ed)|revers\w*|regain\w*|heal(?:s|ed|ing)?|"
    r"walk(?:ing)?\s+again|breakthrough|promising|hope|best|top\s+pick|proven|eliminat\w*|repair\w*|"
    r"rebuild\w*|regrow\w*|regenerat\w*|corrects?|protect\w*|game[\s-]changer|(?:your|their|my)\s+life\s+back|"
    r"new\s+(?:path|life|hope)|suitable\s+for|feels?\s+better|"
    r"better\s+(?:balance|mobility|walking|energy|sleep|vision|quality\s+of\s+life))\b",
    regex.IGNORECASE,
)
# Harms with a name: what makes a risk discussion concrete rather than vague reassurance.
_NAMED_HARMS = (
    r"infections?|infertility|neutropenia|febrile|sepsis|mortality|deaths?|died|fatal|hair\s+loss|"
    r"los(?:e|es|ing|t)\s+(?:\w+\s+)?hair|nausea|vomiting|headaches?|fevers?|secondary\s+autoimmun\w*|thyroid|"
    r"bleeding|tumou?rs?|blindness|PML|leukoencephalopathy|meningitis|intensive\s+care|" + _NAMED_SIDE_EFFECTS
)
HARM = patterns.compile(
    r"\b(?:risks?|riskier|side[\s-]effects?|complications?|adverse\s+(?:events?|effects?|reactions?)|harms?|harmful|"
    r"dangers?|dangerous|toxic\w*|hospitali[sz]\w*|chemotherapy\s+(?:can|may|causes?)|" + _NAMED_HARMS +
    # the downsides of a treatment named in other words: "you may feel more sleepy by day at first", "it may be
    # unsafe if you have epilepsy" (v0.30.48, set 149's careful NHS page)
    r"|downsides?|drawbacks?|unsafe|drows(?:y|iness)|sleepier"
    # a treatment that can backfire: "used at the wrong hour, the lamp can make sleep worse", a
    # warning against doing too much
    r"|(?:can|could|may|might)\s+(?:make|making)\s+(?:\w+\s+){1,3}worse|(?:warn|caution)(?:s|ed|ing)?\s+against"
    # misuse ("it will be abused", "people do get high on it") and procedures gone wrong ("reports of
    # problematic robotic surgeries", "botched operations")
    r"|(?:be|been|being|is|are|was|were)\s+(?:\w+\s+)?(?:abused|misused)|get(?:s|ting)?\s+high\s+on|botched|"
    r"problematic\s+(?:\w+\s+)?(?:surger(?:y|ies)|operations?|procedures?))\b",
    regex.IGNORECASE,
)
# Reassurance words that make a harm mention vague rather than a discussion.
REASSURANCE = patterns.compile(
    r"\b(?:generally|very|extremely|remarkably|well[\s-]tolerated|minimal|negligible|low|rare(?:ly)?|few|little|safe|"
    r"mild|minor)\b",
    regex.IGNORECASE,
)
# "rare but serious risks": reassurance that admits gravity is a discussion after all.
GRAVITY = patterns.compile(r"\b(?:serious|severe|grave|life-threatening|fatal|deadly)\b", regex.IGNORECASE)
NAMED_HARM = patterns.compile(
    r"\b(?:" + _NAMED_HARMS + r"|\d+(?:\.\d+)?\s*(?:%|percent|in\s+\d+))\b",
    regex.IGNORECASE,
)
# A study's or a clinic's record that the harms did not occur: the article has asked about them,
# so it does not "never discuss" them (whether that record is enough is RSK101's question).
HARMS_REPORTED_ABSENT = patterns.compile(
    r"\bno\s+(?:(?:serious|major|severe|significant|long-term|lasting|neurological|unexpected)\s+){0,3}"
    r"(?:side[\s-]effects?|complications?|adverse\s+(?:events?|effects?|reactions?)|safety\s+(?:concerns?|problems?))\s+"
    # what they were related to may come between: "no serious side effects linked to the capsules were seen"
    r"(?:(?:related|linked|due|attributed)\s+to\s+(?:\S+\s+){1,4}?)?"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:directly|clearly)\s+)?"
    r"(?:seen|reported|observed|recorded|found|noted|identified|attributable|attributed|linked|related)\b"
    r"|\bthere\s+(?:have|has|had)\s+been\s+no\s+(?:serious\s+|major\s+)?(?:complications?|side[\s-]effects?|adverse\s+events?)",
    regex.IGNORECASE,
)
# "Risk" that is not a harm of the treatment: investor boilerplate, the risk of getting MS.
NOT_TREATMENT_RISK = patterns.compile(
    r"\b(?:forward-looking|risks?\s+and\s+uncertainties|(?:investment|financial|business|market)\s+risks?|"
    r"risk\s+factors?|(?:genetic|lifetime|inherited|familial)\s+risk|"
    r"risk\s+of\s+(?:developing|getting)\s+(?:MS|multiple\s+sclerosis|the\s+disease))\b",
    regex.IGNORECASE,
)
# Denials of harm ("no side effects", "100% safe", "risk-free") present the treatment as harmless: a
# favourable claim even when the sentence names no treatment ("HX-201 is 100% safe").
MINIMISATION = patterns.compile(
    r"\b(?:(?:no|zero|without\s+any|free\s+of|free\s+from)\s+(?:known\s+|serious\s+|major\s+|significant\s+|"
    r"harmful\s+|negative\s+|long-term\s+)?(?:side[\s-]effects?|risks?|complications?|adverse\s+(?:effects?|events?))|"
    r"100\s*(?:%|percent|per\s+cent)\s+safe|(?:completely|totally|perfectly|entirely|absolutely|fully|guaranteed)\s+safe|"
    r"risk[\s-]free|without\s+(?:any\s+)?risks?|zero[\s-]risk|"
    r"(?:no|zero)\s+(?:chance|possibility)\s+of\s+(?:harm|complications?|side\s+effects?))\b",
    regex.IGNORECASE,
)
# A mention inside "no side effects" or "risk-free" denies harms rather than discussing them; a
# question ("Are there side effects?", an FAQ heading) asks about them without discussing them.
DENIAL_CONTEXTS = frozenset({NEGATED, QUESTION})
# Favourable sentences that are questions, reported or hedged research do not promote.
NOT_PROMOTION = frozenset({NEGATED, QUESTION, REPORTED, HEDGED, DISPUTED, CONDITIONAL})
MIN_FAVOURABLE_SENTENCES = 2


class MissingRiskDiscussion(Rule):
    meta = RuleMeta(
        code="RSK001",
        name="missing-risk-discussion",
        category="risk-disclosure",
        severity=Severity.WARNING,
        scope="document",
        summary="A treatment is presented favourably but its risks and side effects are never discussed",
        docs=RuleDocs(
            what="Flags an article that presents a treatment or procedure favourably (benefits, outcomes, "
            "availability) but nowhere discusses its risks, side effects, complications or adverse events. "
            "One finding, at the title if it promotes the treatment, otherwise at the first favourable claim; "
            "a denial of harm (\"no side effects\", \"100% safe\") also counts as presenting it favourably. "
            "Vague reassurance alone (\"generally safe and well tolerated\") does not count as a discussion, nor "
            "does a question about risks with no answer that names them (an FAQ heading such as \"Are there any "
            "risks?\"), nor investor boilerplate (\"risks and uncertainties\") or the risk of getting MS.",
            why="Readers cannot weigh a benefit without its harms. Reviewers of health news rated the failure to "
            "explain harms among the most common flaws, and unproven stem-cell clinics typically describe "
            "outcomes at length and risks not at all.",
            bad=(
                "Stem cell therapy helps patients regain mobility. Our treatment has excellent results, "
                "and most patients see improvements within weeks.",
                "HSCT Offers Hope\n\nThe transplant stopped relapses in most patients. The procedure is "
                "generally safe and well tolerated.",
            ),
            good=(
                "Stem cell transplantation stopped relapses in most patients. Its risks include serious "
                "infections, infertility and, rarely, death.",
                "MS is a disease of the central nervous system. Symptoms vary from person to person.",
            ),
            better="Add what can go wrong and how often: \"Side effects include infections in the first months "
            "(about 1 in 3 people), infertility, and a treatment-related death rate below 1% in experienced "
            "centres.\"",
        ),
        references=(
            "HealthNewsReview.org criterion 3: does the story adequately explain and quantify the harms?",
            "DISCERN (Charnock 1999) question 11: does it describe the risks of each treatment?",
            "ISSCR guidance on stem-cell treatments: cells from your own body are not automatically safe",
            "Sharrack 2020, Bone Marrow Transplant, doi:10.1038/s41409-019-0684-0: AHSCT risks",
        ),
    )

    def check(self, document, unit, options):
        text = document.text
        if names_a_harm(features(document)) or any(_discusses_harm(document, s.start, text[s.start : s.end])
               for s in prefilter.sentences_that_may_match(document, HARM)):
            return
        if _some_users_get(document):
            return  # "A few customers notice heartburn in the first days": side effects, listed
        if HARMS_REPORTED_ABSENT.search(text):
            return  # "no serious side effects were recorded among the volunteers": the article did look
        favourable = favourable_claims(document)
        if len(favourable) < MIN_FAVOURABLE_SENTENCES or _lead_finds_against(document):
            return
        title_claim = next(
            ((s, c) for s, c in favourable if document.blocks[s.block].kind == "title"), None
        )
        sentence, (start, end) = title_claim or favourable[0]
        yield Hit(
            sentence.start + start,
            sentence.start + end,
            "Treatment presented favourably, but the article never discusses its risks, side effects "
            "or complications",
        )


def favourable_claims(document):
    """(sentence, (start, end) within it) of each favourable treatment claim. Worked out once per
    document: RSK001 and four document-level credibility checks ask."""
    claims = document.memo.get("favourable-claims")
    if claims is None:
        text = document.text
        sentences = document.sentences
        requirements = _claim_requirements()
        indices = (prefilter.unit_indices(document, "sentence", sentences, requirements) if requirements
                   else range(len(sentences)))
        # The knowledge base names treatments the word list does not ("chelation", a drug's brand).
        named = _names_a_treatment(document)
        indices = sorted(set(indices) | {i for i, s in enumerate(sentences) if s.start in named})
        claims = document.memo["favourable-claims"] = [
            (sentences[index], claim)
            for index in indices
            if (claim := _favourable_claim(document, sentences[index].start,
                                           text[sentences[index].start : sentences[index].end])) is not None
        ]
    return claims


@lru_cache(maxsize=None)
def _claim_requirements() -> tuple:
    """A claim needs a treatment and a benefit word, or a minimising phrase: the sentences that
    can hold one, as a prefilter requirement (empty: every sentence)."""
    treatment_and_benefit = prefilter.all_of(TREATMENT, FAVOURABLE)
    minimisation = prefilter.all_of(MINIMISATION)
    if not treatment_and_benefit or not minimisation:
        return ()
    return (("any", (("all", treatment_and_benefit), *minimisation)),)


# Reporting verbs that distance the writer from a claim ("clinics claim", "he says"). A patient
# who "reports" feeling better, a page that "explains" or "describes" a treatment, still promotes it.
_DISTANCING = frozenset({"claim", "claims", "claimed", "claiming", "say", "says", "said", "saying", "believe",
                         "believes", "believed", "according", "insist", "insists", "insisted", "allege", "alleges",
                         "alleged", "advertise", "advertises", "advertised", "advertising", "tout", "touts",
                         "touted", "boast", "boasts", "boasted", "market", "markets", "marketed", "promise",
                         "promises", "promised", "reportedly", "billed", "branded", "sold", "hyped"})


def contexts_of(document, offset: int, start: int, end: int) -> frozenset[str]:
    """The stance contexts (mslint.analysis.stance) of [start, end) of the sentence at `offset`,
    with REPORTED kept only for a quotation or a distancing verb (see _DISTANCING)."""
    view = analyse(document).sentence_at(offset)
    if view is None or not view.tokens:
        return frozenset()
    stance = view.stance_of_span(offset + start, max(offset + start + 1, offset + end))
    found = stance.contexts
    if REPORTED in found and ("reported", "quoted") not in stance.cues:
        tokens = view.tokens
        verbs = {tokens[m.first].norm for m in view.mentions_of("attribution")}
        if not verbs & _DISTANCING:
            found = found - {REPORTED}
    return found


# Kinds of intervention whose harms an article owes its readers here. Tests and screening have
# harms too, but they are not treatments (RSK101 judges them); foods, diets, exercise and
# behavioural programmes are everyday choices, not treatments presented.
_TREATMENT_KINDS = frozenset({"drug", "biologic", "procedure", "supplement", "surgery", "device", "vaccine",
                              "complementary", "cell-therapy", "gene-therapy", "radiotherapy", "transplant"})


def _names_a_treatment(document) -> dict[int, tuple[int, int]]:
    """Sentence start -> the span (within the sentence) of the first treatment the knowledge base
    names in it, a placebo aside. Worked out once per document."""
    named = document.memo.get("named-treatments")
    if named is not None:
        return named
    named = document.memo["named-treatments"] = {}
    for view in analyse(document).sentences:
        for mention in view.mentions_of("intervention"):
            if mention.classes & _TREATMENT_KINDS and mention.entities and mention.entities != ("placebo",):
                named[view.start] = (mention.start - view.start, mention.end - view.start)
                break
    return named


def _favourable_claim(document, offset: int, text: str) -> tuple[int, int] | None:
    found = TREATMENT.search(text)
    treatment = found.span() if found is not None else _names_a_treatment(document).get(offset)
    if treatment is not None:
        for benefit in FAVOURABLE.finditer(text):
            if _work_as_a_noun(text, benefit):
                continue
            if not contexts_of(document, offset, benefit.start(), benefit.end()) & NOT_PROMOTION:
                return min(treatment[0], benefit.start()), max(treatment[1], benefit.end())
    for denial in MINIMISATION.finditer(text):
        if not contexts_of(document, offset, denial.start(), denial.end()) & NOT_PROMOTION:
            return denial.span()
    return None


def _work_as_a_noun(text: str, benefit) -> bool:
    """ "A note on treatments and work": the job, last in its clause after "and", not the treatment
    working ("cheap and works within days" goes on)."""
    if benefit.group().lower() != "work" or not text[:benefit.start()].lower().endswith("and "):
        return False
    return not text[benefit.end():].strip() or text[benefit.end():].lstrip()[:1] in ",.;:!?"


@lru_cache(maxsize=1)
def _users_frame():
    from mslint.rules.concepts.matcher import ConceptPattern

    # Some of those who take it get a named harm: the verb straight after the people, so "people
    # with MS experience fatigue" (the disease's symptom) is not read as a side effect.
    return ConceptPattern("(some|a few|many|most|a small number of|one in #|# in #|# %|# percent of) "
                          "(people|users|patients|customers|takers|women|men|children|clients) (notice|notices|get|gets|"
                          "experience|experiences|have|has|report|reports|develop|develops|feel|feels|find|finds) "
                          "...6 {ANY-HARM}")


def _some_users_get(document) -> bool:
    pattern = _users_frame()
    for view in analyse(document).sentences:
        if not pattern.may_match(view):
            continue
        for match in pattern.finditer(view):
            if not view.stance(match.first, match.last).contexts & DENIAL_CONTEXTS:
                return True
    return False


# The title and the paragraph after it: where a news story says what it found.
_LEAD_BLOCKS = 2


def _lead_finds_against(document) -> bool:
    """The headline or first paragraph reports the treatment falling short ("Stents no better than
    pills for stable angina", "A new study raises questions about ..."): a story that weighs a
    treatment, not one that presents it, whatever favourable sentences it quotes."""
    analysis = analyse(document)
    lead = sorted({view.block for view in analysis.sentences})[:_LEAD_BLOCKS]
    for view in analysis.sentences:
        if view.block not in lead:
            continue
        for mention in view.mentions_of("finding-against"):
            if not view.stance(mention.first, mention.last).contexts & DENIAL_CONTEXTS:
                return True
    return False


def _discusses_harm(document, offset: int, text: str) -> bool:
    excluded = [m.span() for m in NOT_TREATMENT_RISK.finditer(text)]
    for match in HARM.finditer(text):
        if any(lo <= match.end() and match.start() <= hi for lo, hi in excluded):
            continue
        if _is_denial(text, match) and _answered_no(document, offset, match.start(), match.end()):
            return True  # "Is induction risk-free? No.": a denial denied says there are risks
        if contexts_of(document, offset, match.start(), match.end()) & DENIAL_CONTEXTS:
            continue
        vague = REASSURANCE.search(text) and not NAMED_HARM.search(text) and not GRAVITY.search(text)
        if _is_denial(text, match) or vague:
            continue
        return True
    return False


def _answered_no(document, offset: int, start: int, end: int) -> bool:
    """The question holding [start, end) of the sentence at `offset` is answered "No." next."""
    view = analyse(document).sentence_at(offset)
    if view is None or not view.tokens:
        return False
    return (NEGATED, "answered no") in view.stance_of_span(offset + start, max(offset + start + 1, offset + end)).cues


_DENIAL_BEFORE = patterns.compile(r"\b(?:no|zero|without(?:\s+any)?|free\s+(?:of|from))\s+(?:\w+\s+)?$", regex.IGNORECASE)


def _is_denial(text: str, match) -> bool:
    """ "no side effects", "risk-free", "without any risk": the match denies harm (RSK002's business)."""
    if text[match.end() : match.end() + 5].lower() in ("-free", " free"):
        return True
    return _DENIAL_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
