"""TIM006 dated-status-claim: "there is still no licensed medicine for it", "NICE still recommends
aspirin", "warfarin is still the only tablet", in a page dated years ago.

"Still" is how a writer says how things stand (and "nothing new the NHS can offer", "that remains
the standard"): which medicines are licensed, what guidance says, what doctors do, which trials
have not reported. Those are the statements that go out of date first, and a page that keeps them
for years tells its reader a present that has passed (a vaccine now exists, a guideline changed,
the trial reported). TIM005 knows some such changes by their dates; this rule knows none of them
and needs none: it reads the shape of a status claim and the page's age, and asks the writer to
check it.

Only a page with a date of its own is judged (an undated page may have been written yesterday:
TIM003 asks for the date), and only when that date is `STATUS_AGE_YEARS` or more before today. A
status told in the past ("in 2015 there was still no vaccine") is history, not a claim about now.
"""

from __future__ import annotations

from mslint.analysis.article import analyse
from mslint.analysis.dates import document_dates, parse_today, status_claims_stale
from mslint.analysis.stance import CONDITIONAL, DISPUTED, HISTORICAL, QUESTION
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.concepts.phrases import PhrasePatternSet
from mslint.rules.timeliness import DISCERN_4, JAMA

# What care offers, lacks or allows: the things a status claim is about.
_OPTION = ("(medicine|medicines|drug|drugs|treatment|treatments|therapy|therapies|vaccine|vaccines|jab|jabs|guidance|"
           "guideline|guidelines|advice|recommendation|recommendations|licence|license|approval|test|tests|screening|"
           "antidote|antidotes|limit|limits|rules|restrictions|ban|law|programme|program|pill|pills|tablet|tablets)")
# Who sets or follows practice.
_PRACTICE = ("({AGENCY}|{REGULATOR}|guidance|guidelines|guideline|official advice|doctor|doctors|GP|GPs|neurologist|"
             "neurologists|neuro|psychiatrist|psychiatrists|dermatologist|dermatologists|paediatrician|paediatricians|"
             "dentist|dentists|midwife|midwives|surgeon|surgeons|consultant|consultants|specialist|specialists|"
             "hospital|hospitals|pharmacist|pharmacists|the NHS|the army|schools)")

_STATUS_CLAIMS = PhrasePatternSet((
    # Nothing exists yet: "there is still no licensed medicine for it", "there are still no limits on heading".
    f"(there is|there are|there's|we have|you have|they have|it has|is|are) still (no|not a|not one|not any|"
    f"not a single|only one) ...3 {_OPTION}",
    # Not yet licensed, approved or listed: "it still isn't licensed", "loss of smell still isn't on the list".
    "still (isn't|is not|aren't|are not|hasn't been|has not been|haven't been|have not been|not) [yet] [been] "
    "(licensed|approved|available|recognised|recognized|recommended|allowed|legal|funded|offered|prescribable|on|in)",
    # The one in use: "warfarin is still the only tablet", "it's still the first thing GPs reach for".
    "(is|are|'s|remains|remain) still the ...2 (only|standard|first|first-line|usual|best|main|preferred|latest|"
    "one|go-to|quickest|recommended|gold standard|mainstay)",
    # What practice does now: "NICE still recommends a daily aspirin", "A&E doctors still hand out soft
    # collars", "psychiatrists still don't recognise it", "guidance, which dates from 2004, still lets GPs ...".
    f"{_PRACTICE} ...6 still (recommend~|advise~|tell~|offer~|use~|uses|diagnose~|hand~|prescribe~|class~|list~|"
    f"teach~|follow~|let|lets|allow~|ban~|require~|refuse~|insist~|say~|says|state~|won't|will not|work~ from|"
    f"rely on|relies on|go by|goes by|stick~ to|"
    f"(don't|do not|doesn't|does not) (recognise~|recognize~|offer~|prescribe~|accept~|allow~|fund~|list~))",
    # Nothing newer to offer, a standard said to hold: "there's nothing new the NHS can offer you", "that
    # remains the European standard" (v0.30.28, set 113).
    f"(there's|there is) nothing (new|else|more|better) ...3 {_PRACTICE} (can|could|will) (offer|do|give|prescribe)",
    "(that|which|this|it) (remains|remain) the [_] standard",
    # A service still offered: "the clinic still offers homeopathy on the NHS".
    "(clinic|clinics|service|services|pharmacy|pharmacies|shops) still (offer~|provide~|sell~|"
    "stock~|supply|supplies|run~)",
    # Where it stands in the law or in research: "still in Schedule 1", "still classed as having no medical
    # value", "still experimental", "still stuck in early trials", "the big trial is still under way".
    "still (in|on) schedule _",
    "(is|are) still (classed|classified|listed|banned|unlicensed|experimental|illegal)",
    "still [stuck] (in|at) [early|the early|an early|the final|final] (trial|trials|testing|development|phase _)",
    # A trial in progress, with its results still ahead ("is still under way and won't report for years"):
    # a trial merely said to be running is how careful pages give the limits of what is known.
    "(trial|trials|study|studies) ...4 (is|are) still (under way|underway|running|going|ongoing|recruiting|looking) "
    "...8 (won't|will not|results|due|expected|report|reports|reporting)",
    # Still on sale where it should not be: "you can still pick it up over the counter", "you can still order it
    # online".
    "can still (buy|get|order|pick|find|purchase) ...6 (over the counter|without a prescription|online|"
    "from any pharmacy|from pharmacies)",
))


class DatedStatusClaim(Rule):
    default_options = {"today": ""}
    meta = RuleMeta(
        code="TIM006",
        name="dated-status-claim",
        category="timeliness",
        severity=Severity.WARNING,
        scope="sentence",
        summary="\"There is still no vaccine\", \"NICE still recommends ...\": how care stands, said as current on a "
                "page dated years ago",
        docs=RuleDocs(
            what="Flags a claim about how things stand now, marked by \"still\" (what exists or is licensed, what "
            "guidance recommends, what doctors use, what is the only or standard option, which trials have not "
            "reported, what is still on sale), or by \"nothing new ... can offer\" or \"remains the standard\", "
            "on a page whose own date (front matter or meta date, dateline, \"Published\" or \"Updated\" line) is "
            "three years or more before today (the `today` option, YYYY-MM-DD, "
            "fixes it for reproducible runs): \"There is still no licensed medicine for peanut allergy\", \"NICE still "
            "recommends a daily aspirin\", \"Warfarin is still the only tablet your doctor can offer\", \"The big trial "
            "is still under way\". A page with no date of its own, a status told in the past (\"in 2015 there was "
            "still no vaccine\"), and questioned, conditional or disputed statements are not flagged.",
            why="Licences, guidance and practice change every few years, and a page keeps saying what it said: a "
            "2019 page that says no medicine exists, or that guidance still advises something since withdrawn, "
            "misleads every reader who finds it later. \"Still\" marks exactly the statements a reviewer must "
            "re-check. The JAMA benchmarks and DISCERN ask that readers can tell how current information is; "
            "the fix is to check the claim and date it.",
            bad=(
                "Published 9 June 2019. There is still no licensed medicine for peanut allergy anywhere.",
                "Published 14 May 2019. NICE still recommends a daily aspirin for this.",
                "Published 14 May 2019. Warfarin is still the only tablet your doctor can offer.",
                "Published 2 March 2020. The big trial is still under way and won't report for years.",
            ),
            good=(
                "Published 9 June 2019. In 2015 there was still no licensed medicine for it.",
                "There is still no licensed medicine for it.",
                "Published 9 June 2019. Does NICE still recommend aspirin for this?",
            ),
            better="Check the claim against current guidance and give its date: \"As of June 2019 no medicine was "
            "licensed for peanut allergy (check the NHS page for updates)\", or update the page and its date.",
        ),
        references=(JAMA, DISCERN_4,
                    "HealthNewsReview criterion 9 (true novelty) and 8 (availability): what is available and what is "
                    "new are judged against the present, not the page's past"),
        silenced_by=frozenset({QUESTION, CONDITIONAL, DISPUTED, HISTORICAL}),
    )

    def triggers(self):
        return frozenset({"still", "nothing", "remains", "remain"}), frozenset()

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None or view.is_furniture:
            return
        found = [match for pattern in _STATUS_CLAIMS.candidates(view) for match in pattern.finditer(view)]
        if not found or not document_dates(document):
            return
        stale = status_claims_stale(document, parse_today(str(options.get("today", ""))))
        if stale is None:
            return
        tokens = view.tokens
        first = min(match.first for match in found)
        last = max(match.last for match in found)
        start, end = tokens[first].start, tokens[last].end
        shown = " ".join(document.text[start:end].split())
        yield Hit(start, end, f"\"{shown}\": how things stand, said as current on a page dated {stale.isoformat()}: "
                  "check it is still true, then update the page or say when it was true",
                  stance=view.stance(first, last, frozenset().union(*(match.own for match in found))))
