"""What the criterion rules read, worked out once per document: numbers and what they count,
money, harm mentions with their subject, study designs, funding phrases and the other cues of the
ten HealthNewsReview criteria (issue 16: document rules share features instead of each walking
the whole document).

Everything here is a Cue: a kind, the sentence it is in, the text span it covers and a note.
Most kinds are lexicon classes of knowledge/general/criteria.toml that the analysis has already
found (a set lookup per sentence); numbers are read once from the tokens, with their units; the
frames that need word order ("12 of 40 patients", "fell from 20% to 12%", "the drug can cause
nausea") are concept patterns tried only in sentences that hold every word they need
(mslint.rules.criteria.anchored). Each harm mention gets a note saying whose harm it names: the
intervention's, the disease's, the comparator's, one it spares, denies, asks about or plans to
measure. `features(document)` memoises the result on the document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from mslint.analysis.article import Analysis, SentenceView, analyse
from mslint.analysis.stance import NEGATED, QUESTION


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    sentence: int  # index into Analysis.sentences
    start: int  # offsets into Document.text
    end: int
    note: str = ""  # what else the kind needs: a harm's subject, a number's unit


# Lexicon classes (criteria.toml) that are cues as they stand: cue kind = class name.
PHRASE_CLASSES = frozenset({
    # costs
    "cost-word", "coverage-word", "cost-comparison", "price-per", "not-priced", "money-not-price", "disease-burden",
    # benefits and harms
    "relative-measure", "result-word", "comparison-word", "prevalence", "side-effect-word", "reassurance",
    # evidence
    "research-word", "study-design", "controlled-design", "preclinical", "limitation",
    # funding and conflicts of interest
    "funding-phrase", "coi-phrase", "tie-phrase", "independent-source", "not-disclosure", "company-marker",
    "investor-notice", "pointer-elsewhere", "institution-profile",
    # alternatives, availability, novelty
    "standard-option", "compare-verb", "approval-status", "market-status", "research-stage", "regulator",
    "novelty-claim", "prior-work",
    # language
    "sensational", "mongering", "severity", "normal-state",
})

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000,
                 "million": 10 ** 6, "millions": 10 ** 6, "half": 0.5, "dozen": 12, "dozens": 12}
_PERCENT = frozenset({"%", "percent", "percentage"})
_SCALE = frozenset({"million", "billion", "trillion", "thousand", "m", "bn", "k"})
_YEAR_RANGE = range(1800, 2100)


@dataclass(frozen=True, slots=True)
class Number:
    first: int  # token indexes in the sentence (the number and its unit)
    last: int
    value: float
    unit: str  # "%", "money", "year", or "" (a count or a measure)


def _value(norm: str) -> float | None:
    if norm[:1].isdigit():
        try:
            return float(norm.replace(",", ""))
        except ValueError:
            return None
    return _NUMBER_WORDS.get(norm)


def read_numbers(view: SentenceView) -> list[Number]:
    """The numbers of a sentence with their units: percentages, sums of money, years, counts."""
    tokens = view.tokens
    count = len(tokens)
    currency_at = {m.last for m in view.mentions_of("currency")}
    money_unit_at = {m.first for m in view.mentions_of("money-unit")}
    out: list[Number] = []
    for i, token in enumerate(tokens):
        norm = token[3]
        if not norm[:1].isdigit() and norm not in _NUMBER_WORDS:
            continue
        value = _value(norm)
        if value is None or (not norm[:1].isdigit() and norm in ("one", "half")):
            continue  # "one of the", "half of them" are words more often than figures
        last = i
        following = tokens[i + 1][3] if i + 1 < count else ""
        if following in _SCALE:
            last = i + 1
            following = tokens[i + 2][3] if i + 2 < count else ""
        if i - 1 in currency_at or last + 1 in money_unit_at:
            out.append(Number(i - 1 if i - 1 in currency_at else i, last + (last + 1 in money_unit_at), value, "money"))
        elif following in _PERCENT or (following == "per" and last + 2 < count and tokens[last + 2][3] == "cent"):
            out.append(Number(i, last + 1, value, "%"))
        elif norm.isdigit() and len(norm) == 4 and int(norm) in _YEAR_RANGE:
            out.append(Number(i, i, value, "year"))
        else:
            out.append(Number(i, last, value, ""))
    return out


# -- number frames: what a figure counts --------------------------------------------------------

def _patterns(*texts: str):
    from mslint.rules.criteria.anchored import patterns

    return patterns(*texts)


class _Frames:
    """Concept patterns for the frames of figures, parsed once."""

    @cached_property
    def absolute(self):
        # A figure with its denominator or its comparison: what a reader can weigh.
        return _patterns(
            "# [%|percent] (of|out of|in) [the|all|these|every|each] # [{GROUP-NOUN}]",
            "(#) in (#) {GROUP-NOUN}?",
            "# (%|percent) of [the|all|these|those|their] ...3 {GROUP-NOUN}",
            "# (%|percent) ...10 {COMPARISON-WORD} ...4 # (%|percent)",
            "from # [%|percent] ...3 to # [%|percent]",
            "# [per|a|an|each] {MEASURE-UNIT} ...8 {COMPARISON-WORD} ...4 # [per|a|an|each] {MEASURE-UNIT}?",
            # "Of the 19 patients, 16 improved", "12 patients had stable disease"
            "of (the|these|those) # {GROUP-NOUN} , #",
            "# ...2 {GROUP-NOUN} ...2 (had|experienced|achieved|showed|reported|responded|improved|survived|died|"
            "developed|recovered|lost|gained|became|remained|needed|required)",
            # A count in one arm of a trial: "nine men in the walking group fell, against 21 ..."
            "# ...2 {GROUP-NOUN} (in|on|from|of) the ...3 (group|arm|groups|arms)",
            "# (%|percent) [of {GROUP-NOUN}] (in|among|for|with) the ...4 {GROUP-NOUN} ...12 # (%|percent)",
            "(compared with|compared to|versus|vs) ...3 # ...2 {GROUP-NOUN}",
            # A change in a measure, in its own units: "nine months longer on average", "lost 7% of their weight".
            "(average|mean|median) [of] # {MEASURE-UNIT} (more|less|longer|shorter|fewer|lower|higher|greater)",
            "# {MEASURE-UNIT} (more|less|longer|shorter|fewer|lower|higher|greater)",
            "# (%|percent) of (their|his|her|the) ...2 {MEASURE-NOUN}",
            "{MEASURE-NOUN} ...4 by # {MEASURE-UNIT}",
            # The number needed to treat: "for every 1,000 patients treated".
            "(for every|per) # {GROUP-NOUN}",
        )

    @cached_property
    def whole(self):
        # Absolute results that are a whole answer on their own: the absolute measures by name, and
        # a test's accuracy (for a test, how often it is right is the benefit).
        return _patterns(
            "(number needed to treat|absolute risk|absolute difference|absolute reduction|absolute benefit)",
            "# (%|percent) [of the time] (accuracy|accurate|sensitivity|specificity|sensitive|specific)",
            "(accuracy|sensitivity|specificity|predictive value) ...3 # (%|percent)",
            "correctly (identified|detected|diagnosed|classified|predicted|excluded|ruled out) ...8 # ...3 "
            "(%|percent|{GROUP-NOUN})",
            # An outcome counted against everyone treated: "15 of 28 teens went into remission".
            "# (of|out of) [the|all] # {GROUP-NOUN} ...6 (went into remission|were in remission|responded|"
            "recovered|improved|were cured|were free of|survived|no longer needed|stopped needing)",
        )

    @cached_property
    def relative(self):
        # A change stated only against an unnamed baseline.
        return _patterns(
            "# (%|percent) [more|less]? {RELATIVE-WORD}",
            "{RELATIVE-WORD} ...6 by # (%|percent)",
            "(twice|half|# times) as (likely|many|much|high|low|often|common)",
            "# fold",
        )


FRAMES = _Frames()


# -- harms: which mention is a harm of the intervention ---------------------------------------

# What a harm mention is about, in the note of a "harm" cue.
OF_INTERVENTION = "intervention"  # a harm the intervention may cause
OF_COMPARATOR = "comparator"  # a harm of the standard treatment or the old way
SPARED = "spared"  # what the intervention prevents or avoids: a benefit, not a harm
OF_CONDITION = "condition"  # the disease's own harms and risks, or a harm word in no harm frame
DENIED = "denied"  # "no side effects", "without complications"
ASKED = "asked"  # a question with no answer
PLANNED = "planned"  # a harm a study will look for: "the trial will measure adverse events"
# Words after a harm that make it a benefit: "a mortality reduction of 22%".
_REDUCED_AFTER = frozenset({"reduction", "reductions", "reduced", "decrease", "decreased", "decline", "declined",
                            "fell", "dropped", "drop", "lower", "fewer"})


class _HarmFrames:
    """Frames that attach a harm to an intervention; the harm is the marked part < >."""

    @cached_property
    def attached(self):
        return _patterns(
            # "the drug can cause nausea", "surgery carries a risk of infection"
            "{ANY-INTERVENTION} ...6 {HARM-CAUSE} ...4 <{HARM}>",
            # "bleeding associated with the drug", "infections after surgery"
            "<{HARM}> ...1 (from|of|after|with|during|following|associated with|linked to|related to|due to|"
            "caused by|attributed to) ...3 {ANY-INTERVENTION}",
            # "infection occurred in 3 patients", "two deaths were reported"
            "<{HARM}> ...3 (occurred|was reported|were reported|was seen|were seen|was observed|were observed|"
            "was noted|were noted) ...3 (in|among) ...2 #",
            # "3 of the 40 patients developed an infection"
            "# ...4 {GROUP-NOUN} ...3 {HARM-REPORT} ...3 <{HARM}>",
            # Harms compared between a trial's arms: "complications were similar in both groups".
            "<(complication~|side effect~|side-effect~|adverse event~|adverse effect~|harm~)> (were|was) ...3 (in|between|"
            "among|across) (both|the two|each|all|either) [_] [study|trial|treatment] (groups|arms|group|arm)",
            # "risks include ...", "the risks of the procedure"
            "<(risk~|complication~|harm~|danger~|downside~)> (include~|included|such as|:)",
            "<(risk~|harm~|danger~|complication~)> (of|with|from|associated with) ...2 {ANY-INTERVENTION}",
            # "more strokes among men taking the hormone pill"
            "<{HARM}> ...3 (in|among) [the|those] [_] (people|women|men|patients|children|adults|participants|users|"
            "those|volunteers) (taking|using|given|on|receiving|who took|who take|who used|who received|treated with) "
            "...3 {ANY-INTERVENTION}",
            # A harm with how often it happens: "an infection occurs in about 1 in 200 operations".
            "<{HARM}> (happens|happen|happened|occurs|occur|occurred) (in|after) [about|around|roughly|nearly|up to|"
            "fewer than|less than|more than] # (in|of|out of) #",
            # A harm counted without a group noun: "about 1 in 500 get a serious infection"; one
            # reported by some of those treated: "headaches are reported by some people".
            "# (in|of|out of) # [people|patients|users] (develop~|get~|have|had|experience~|suffer~) [a|an] [_] <{HARM}>",
            "<{HARM}> (is|are|was|were) reported (by|in) [some|a few|many|most|a minority of] (people|patients|users|women|men)",
            # Mild harms reported by those treated: "the patch groups reported some redness and itching".
            "(reported|experienced|noticed|developed|complained of) (some|mild|minor|slight|occasional|temporary|brief) "
            "[_] <{HARM}>",
            # "each biopsy carries a small risk", "the operation has its own dangers"
            "{ANY-INTERVENTION} (carries|carry|carried|has|have|had|poses|pose|posed) (some|a|a small|a real|real|"
            "its own|their own|serious|small) <(risk~|danger~|downside~)>",
            # "The scan itself is safe, but rare complications can happen"
            "{ANY-INTERVENTION} ...8 [serious|rare|major|minor] <(complication~|side effect~)> (do|can|may|sometimes|"
            "occasionally|still) (occur|happen)",
            # "Another risk is that the scan leads to biopsies nobody needed"
            "(another|one|a further|the other|a second|the main|the biggest) <(risk|danger|downside|drawback)> "
            "(is|was) that",
            # "the pills may do more harm than good"
            "(do|does|did|doing|done|cause~|caused) more <harm> than good",
        )

    @cached_property
    def risk_subject(self):
        # "The risks are serious: infections, infertility ...", "Its main risks include ...": a
        # sentence whose subject is the risks lists the harms of the intervention in force.
        return _patterns(
            "^ [the|its|their] [main|chief|biggest|known|possible|potential|serious|major|reported|common|other] "
            "(risk~|complication~|danger~|downside~|harm~|problem~) (include~|included|are|were|:)",
            # "The common risks of the operation include infection ...": the list after its owner
            "^ [the|its|their] [main|chief|biggest|known|possible|potential|serious|major|reported|common|other] "
            "(risk~|complication~|danger~|downside~) (of|from|with|after|related to|associated with) ...2 "
            "{ANY-INTERVENTION} (include~|included|:)",
            # "It is not risk-free.": the article is about to say what can go wrong
            "^ [finally|but|however|still|and|of course] [,] "
            "(it|this|they|the _|{ANY-INTERVENTION}|{TREATMENT-WORD}|surgery) (is|are|isn't|aren't) "
            "[not] (risk-free|risk free|without risk~|without side effects|free of side effects|harmless)",
        )


HARM_FRAMES = _HarmFrames()


def _harm_subject(view: SentenceView, mention, side_effect: bool, framed: frozenset[int],
                  diseases: frozenset[str]) -> str:
    """Decide whose harm a mention names. `side_effect`: a word that can only mean a harm of an
    intervention ("side effects", "adverse events"), or a harm listed beside one; any other harm
    word ("risk", "bleeding", "tumour") counts only inside a frame that attaches it to an
    intervention (`framed`: the first tokens of such harms in this sentence), since most are the
    disease's own. `diseases`: the conditions the sentence is about, never a harm of treating them."""
    if not (side_effect or mention.first in framed):
        return OF_CONDITION  # no frame makes it the intervention's: whatever else it is, not a harm of it
    stance = view.stance(mention.first, mention.last)
    if QUESTION in stance:
        return ASKED
    clause = view.clause_of(mention.first)
    # "fewer side effects", "reduce the risk of stroke", "without complications": spared harms.
    for cue in view.mentions_of("benefit-over-harm"):
        if mention.first - 5 <= cue.last < mention.first and view.clause_of(cue.last) == clause:
            return DENIED if "negation" in cue.classes else SPARED
    if NEGATED in stance:
        return DENIED
    tokens = view.tokens
    if any(tokens[k][3] in _REDUCED_AFTER for k in range(mention.last + 1, min(mention.last + 4, len(tokens)))):
        return SPARED
    if any(cue.last < mention.first and view.clause_of(cue.last) == clause for cue in view.mentions_of("harm-plan")):
        return PLANNED
    # "adverse effects of menopause": the condition's own.
    after = mention.last + 1
    if after + 1 < len(tokens) and tokens[after][3] == "of" and any(
            c.first in (after + 1, after + 2) and "harm" not in c.classes for c in view.mentions_of("condition")):
        return OF_CONDITION
    # "the side effects of current treatments": the old way's harms.
    if any(view.clause_of(cue.first) == clause for cue in view.mentions_of("comparator-modifier")):
        return OF_COMPARATOR
    if set(mention.entities) & diseases:
        return OF_CONDITION
    return OF_INTERVENTION


# A sentence that opens a list of harms is short and names risk or harm ("It is not risk-free.").
_OPENER_WORDS = frozenset({"risk", "risks", "complication", "complications", "danger", "dangers", "downside",
                           "downsides", "harm", "harms", "harmless", "effects"})
_OPENER_LENGTH = 40


def _opens_harm_list(view: SentenceView) -> bool:
    if len(view.tokens) > _OPENER_LENGTH and not view.mentions_of("harm-word"):
        return False
    if not view.words & _OPENER_WORDS:
        return False
    return bool(view.topic.interventions or view.mentions_of("any-intervention")) and any(
        True for pattern in HARM_FRAMES.risk_subject for _ in pattern.finditer(view))


# A section headed by the intervention's risks ("What are the risks?", "Possible complications", "Side
# effects and safety") lists them, whatever frame each item uses (v0.30.34, set 124's careful explainer).
# (Not "Risk factors" or "Who is at risk?": the condition's own risks.)
_RISK_HEADING = re.compile(r"\b(?:(?<!at )risks?(?! factors?)|complications?|side[ -]effects?|harms?|downsides?|"
                           r"safety|what can go wrong|adverse effects?)\b", re.IGNORECASE)


def _under_a_risk_heading(view: SentenceView) -> bool:
    analysis = view.analysis
    heading = analysis.section_heading(view.block)
    if heading is None or not (view.topic.interventions or analysis.sentences and
                               any(v.topic.interventions for v in analysis.sentences[:3])):
        return False
    block = analysis.document.blocks[heading]
    return bool(_RISK_HEADING.search(analysis.document.text, block.start, block.end))


def _harm_cues(view: SentenceView, add, continues: bool = False) -> bool:
    """Add the harm cues of a sentence; whether it lists harms of the intervention. `continues`:
    the sentence before, in the paragraph, listed them, so this one goes on with the list when it
    reports harms happening ("Side effects were few: one man had a rash. Most of the group had
    mild headaches.")."""
    framed: set[int] = set()
    for pattern in HARM_FRAMES.attached:
        for match in pattern.finditer(view):
            framed.add(match.mark_first)
    framed_set = frozenset(framed)
    diseases = frozenset(named.entity for named in view.topic.conditions)
    seen: set[int] = set()
    # Under a heading that names the risks, a sentence that gives a figure lists them ("infection, in about 1
    # in 1,000"); "side effects are mild and rare" under the same heading does not (a page that sells says so).
    listed = _opens_harm_list(view) or (continues and bool(view.mentions_of("harm-report"))) \
        or (_under_a_risk_heading(view) and any(token.is_number for token in view.tokens))
    for mention in view.mentions_of("side-effect-word"):
        seen.update(range(mention.first, mention.last + 1))
        subject = _harm_subject(view, mention, True, framed_set, frozenset())
        listed = listed or subject == OF_INTERVENTION
        add("harm", view, mention.start, mention.end, subject)
        if "test-harm" in mention.classes:  # "false positives", "overdiagnosis": a particular harm
            add("named-harm", view, mention.start, mention.end, subject)
    # A bare "risk" or "harm" counts only where a frame makes it the intervention's ("Another risk
    # is that ...", "more harm than good").
    framed_words = [m for m in view.mentions_of("harm-word") if m.first in framed_set and "harm" not in m.classes]
    for mention in view.mentions_of("harm") + framed_words:
        if mention.first in seen or mention.last in seen:
            continue
        # A harm named in a sentence about side effects is one of them ("side effects were nausea").
        subject = _harm_subject(view, mention, listed, framed_set, diseases)
        add("harm", view, mention.start, mention.end, subject)
        if "harm-word" not in mention.classes:
            add("named-harm", view, mention.start, mention.end, subject)
    return listed


# -- the document's features ------------------------------------------------------------------

class Features:
    """Cues by kind, in document order, and the numbers of every sentence."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self._cues: dict[str, list[Cue]] = defaultdict(list)
        self.numbers: list[list[Number]] = []
        self._listing_block: int | None = None  # the paragraph whose last sentence listed harms
        for view in analysis.sentences:
            self._read(view)

    def _add(self, kind: str, view: SentenceView, start: int, end: int, note: str = "") -> None:
        self._cues[kind].append(Cue(kind, view.index, start, end, note))

    def _read(self, view: SentenceView) -> None:
        add = self._add
        classes = view.classes
        for cls in PHRASE_CLASSES & classes:
            for mention in view.mentions_of(cls):
                add(cls, view, mention.start, mention.end)
        if "harm" in classes or "side-effect-word" in classes or "harm-word" in classes:
            listing = _harm_cues(view, add, continues=self._listing_block == view.block)
            self._listing_block = view.block if listing else None
        else:
            # "It is not risk-free." names no harm but opens the list the next sentence gives.
            self._listing_block = view.block if _opens_harm_list(view) else None
        numbers = read_numbers(view)
        self.numbers.append(numbers)
        if not numbers:
            return
        tokens = view.tokens
        for number in numbers:
            span = (tokens[number.first][0], tokens[number.last][1])
            kind = {"%": "percent", "money": "money", "year": "year"}.get(number.unit, "count")
            add(kind, view, *span, number.unit)
        counts = [n for n in numbers if n.unit in ("", "%")]
        if not counts:
            return
        for kind, note, patterns in (("absolute", "", FRAMES.absolute), ("absolute", "whole", FRAMES.whole),
                                     ("relative", "", FRAMES.relative)):
            for pattern in patterns:
                for match in pattern.finditer(view):
                    add(kind, view, tokens[match.first][0], tokens[match.last][1], note)
        self._count_with_share(view, numbers)
        self._sample_sizes(view, numbers)
        self._pooled_designs(view, numbers)

    def _count_with_share(self, view: SentenceView, numbers: list[Number]) -> None:
        """ "19 patients (53 percent)": a count with its share in brackets is an absolute figure."""
        tokens = view.tokens
        for before, after in zip(numbers, numbers[1:]):
            if before.unit == "" and after.unit == "%" and tokens[after.first - 1][3] == "(" \
                    and after.first - before.last <= 4:
                self._add("absolute", view, tokens[before.first][0], tokens[after.last][1])

    def _pooled_designs(self, view: SentenceView, numbers: list[Number]) -> None:
        """ "an analysis of 28 trials", "a review of 12 studies": the kind of study, said by counting."""
        tokens = view.tokens
        for number in numbers:
            before = [t[3] for t in tokens[max(0, number.first - 3):number.first]]
            after = tokens[number.last + 1][3] if number.last + 1 < len(tokens) else ""
            if "of" in before and {"analysis", "review", "reanalysis"} & set(before) and after in ("trials", "studies"):
                self._add("study-design", view, tokens[number.first][0], tokens[number.last + 1][1])

    def _sample_sizes(self, view: SentenceView, numbers: list[Number]) -> None:
        """ "251 pregnant women", "more than 1,700 participants": how many were studied."""
        if "sample-noun" not in view.classes:
            return
        starts = {m.first: m for m in view.mentions_of("sample-noun")}
        tokens = view.tokens
        for number in numbers:
            if number.unit or number.value < 5 or not tokens[number.first][3][:1].isdigit():
                continue
            for k in range(number.last + 1, min(number.last + 4, len(tokens))):
                if k in starts:
                    self._add("sample-size", view, tokens[number.first][0], starts[k].end)
                    break
                if not tokens[k][3][:1].isalpha():
                    break

    # -- queries ----------------------------------------------------------------------------

    def of(self, kind: str, note: str | None = None) -> list[Cue]:
        found = self._cues.get(kind, [])
        return found if note is None else [cue for cue in found if cue.note == note]

    def sentences_with(self, kind: str) -> set[int]:
        return {cue.sentence for cue in self._cues.get(kind, ())}

    def view(self, cue: Cue) -> SentenceView:
        return self.analysis.sentences[cue.sentence]


def features(document, knowledge=None) -> Features:
    found = document.memo.get("criteria-features")
    if found is None:
        found = document.memo["criteria-features"] = Features(analyse(document, knowledge))
    return found
