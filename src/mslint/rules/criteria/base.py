"""What every criterion rule shares: its metadata, the article's interventions, the parts of a
press release that are not the article (boiler-plate), and how an Assessment is built.

Each criterion rule reads the shared features (mslint.analysis.features), never the raw text,
so the whole scorecard walks each document once.
"""

from __future__ import annotations

from mslint.analysis.features import Cue, Features, features
from mslint.analysis.stance import DISPUTED, HISTORICAL, NEGATED, QUESTION
from mslint.model import RuleDocs, RuleMeta, Severity
from mslint.rule import Assessment, CriterionRule

SATISFACTORY = "satisfactory"
NOT_SATISFACTORY = "not-satisfactory"
NOT_APPLICABLE = "not-applicable"

# References every criterion rule cites; each adds its own criterion's text.
HNR_PRESS_RELEASES = ("HealthNewsReview.org, criteria for news releases (2006-2018), "
                      "https://www.healthnewsreview.org/about-us/review-criteria/")
DISCERN = "DISCERN (Charnock et al., J Epidemiol Community Health 1999;53:105)"
JAMA_DISCLOSURE = ("JAMA benchmarks (Silberg, Lundberg & Musacchio, JAMA 1997;277:1244): disclosure of "
                   "ownership, sponsorship, advertising and conflicts of interest")

# At most this many evidence spans per verdict: enough to show where, short enough to read.
MAX_EVIDENCE = 5


def criterion_meta(code: str, name: str, category: str, summary: str, docs: RuleDocs,
                   references: tuple[str, ...]) -> RuleMeta:
    """Criterion rules are document rules at info severity, and opt-in as findings ("preview":
    they run when selected by code or name): the scorecard always has their verdicts, but ten
    judgements on every article would bury the findings a writer must fix. Selecting one
    (`extend-select = ["RSK101"]`) and raising its severity makes CI enforce that criterion."""
    return RuleMeta(code=code, name=name, category=category, severity=Severity.INFO, scope="document",
                    summary=summary, docs=docs, references=references, status="preview")


class Criterion(CriterionRule):
    """A criterion rule over the shared features: subclasses implement `judge(features)`."""

    def assess(self, document) -> Assessment:
        return self.judge(features(document))

    def judge(self, found: Features) -> Assessment:
        raise NotImplementedError


def reported_spans(document, codes) -> list[tuple[int, int]]:
    """The spans the named sentence rules report in the document, as a reader would see them: a
    hit its context silences (denied, asked, disputed) is left out. A criterion reads the meaning
    those rules already recognise (a fear appeal, a cure claim) instead of a word list of its own."""
    from mslint.engine.registry import base_registry
    from mslint.engine.runner import judged_severity, units_for

    found = document.memo.get(("reported", codes))
    if found is not None:
        return found
    found = []
    rules = base_registry().rules
    for code in codes:
        rule = rules.get(code)
        if rule is None or not rule.applies_to(document):
            continue
        for unit in units_for(document, rule.meta.scope):
            for hit in rule.check(document, unit, {}):
                if judged_severity(document, hit, rule.meta, rule.meta.severity) is not None:
                    found.append((hit.start, hit.end))
    document.memo[("reported", codes)] = found
    return found


def spans(cues, limit: int = MAX_EVIDENCE) -> tuple[tuple[int, int], ...]:
    """Evidence spans of cues in document order; overlapping spans ("58 of 120" inside "58 of 120
    people") are one span, so each passage is shown once."""
    return merged_spans(((cue.start, cue.end) for cue in cues), limit)


def merged_spans(pairs, limit: int = MAX_EVIDENCE) -> tuple[tuple[int, int], ...]:
    """(start, end) pairs in document order, overlapping ones joined, at most `limit` of them."""
    merged: list[list[int]] = []
    for start, end in sorted(pairs, key=lambda pair: (pair[0], -pair[1])):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif len(merged) < limit:
            merged.append([start, end])
        else:
            break
    return tuple((start, end) for start, end in merged)


def sentence_span(found: Features, index: int) -> tuple[int, int]:
    view = found.analysis.sentences[index]
    return view.start, view.end


# -- the article and its parts ----------------------------------------------------------------

def boilerplate(found: Features) -> frozenset[int]:
    """Sentences that belong to the publisher, not the article: the "About <organisation>"
    sections, media contacts and forward-looking statements at the end of a press release, and
    any sentence that profiles the institution ("Penn Medicine consists of ..."). Their funding,
    money, safety and availability words describe the institution, not the study."""
    memo = found.__dict__.get("_boilerplate")
    if memo is not None:
        return memo
    views = found.analysis.sentences
    start = len(views)
    for view in views[len(views) // 3:]:
        if view.index > 0 and views[view.index - 1].block == view.block:
            continue  # a section heading opens its block
        if _section_heading(view):
            start = view.index
            break
    profiles = {cue.sentence for cue in found.of("institution-profile")}
    memo = frozenset(range(start, len(views))) | frozenset(profiles)
    found.__dict__["_boilerplate"] = memo
    return memo


def _section_heading(view) -> bool:
    """ "About the American Thoracic Society", "Media contact", "Forward-looking statements": a
    heading, not a sentence ("About 1,600 women took part." is a sentence)."""
    tokens = view.tokens
    words = [t for t in tokens if t[3][:1].isalnum()]
    if not words or len(words) > 12:
        return False
    norms = [t[3] for t in words]
    if norms[0] == "about":
        second = words[1][2] if len(words) > 1 else ""
        return second[:1].isupper() and not second[:1].isdigit() and tokens[-1][3] not in (".", "!", "?")
    return norms[:2] in (["media", "contact"], ["media", "contacts"], ["contact", "for"], ["forward", "looking"])


def in_article(found: Features, cues) -> list[Cue]:
    """Cues outside the boiler-plate."""
    skip = boilerplate(found)
    return [cue for cue in cues if cue.sentence not in skip]


def intervention_sentences(found: Features) -> list[int]:
    """Sentences that name an intervention (an entity, or a word such as "the drug", "the test")
    outside the boiler-plate. A placebo alone is not the intervention an article is about."""
    memo = found.__dict__.get("_interventions")
    if memo is not None:
        return memo
    skip = boilerplate(found)
    out = []
    for view in found.analysis.sentences:
        if view.index in skip or "any-intervention" not in view.classes:
            continue
        if any(m.entities != ("placebo",) for m in view.mentions_of("any-intervention")):
            out.append(view.index)
    found.__dict__["_interventions"] = out
    return out


def discusses_intervention(found: Features) -> bool:
    return bool(intervention_sentences(found))


def research(found: Features) -> list[Cue]:
    """Where the article reports research ("a study", "the researchers", "a trial of 40 adults"),
    outside the boiler-plate."""
    return in_article(found, found.of("research-word"))


def about_research(found: Features) -> bool:
    """The article reports research or discusses an intervention: what the evidence, funding and
    novelty criteria apply to. An essay on gardens and mood that cites nothing has none."""
    return bool(research(found)) or discusses_intervention(found)


def asserted(found: Features, cue: Cue, silent=frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL})) -> bool:
    """The cue is stated, not denied, asked, disputed or history."""
    view = found.view(cue)
    return not (view.stance_of_span(cue.start, cue.end).contexts & silent)


def is_headline(found: Features, index: int) -> bool:
    """The title (or, in plain text, the first line) of the article."""
    view = found.analysis.sentences[index]
    return view.block_kind == "title" or view.block == 0
