"""EVD017: a provider's own uncontrolled figures offered as the proof that its treatment works.

"The clinic's own records show that 36 of 40 patients kept their leg", "his own audit of 212
patients found 96% were satisfied", "our results speak for themselves: 68% conceived". A clinic
or a company counting its own successes, with no group left untreated beside them, no independent
check and no record of who dropped out, cannot show that the treatment caused them. Testimonials
and customers' word are EVD003's; this rule reads the provider's own audit, records, registry,
pilot or survey, in any words, through two phrases of the knowledge base ({OWN-RECORDS},
{GOOD-RESULT}, knowledge/general/evidence.toml).
"""

from __future__ import annotations

from mslint.analysis.article import analyse
from mslint.analysis.stance import DISPUTED, HISTORICAL, NEGATED, QUESTION
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.concepts.phrases import PhrasePatternSet
from mslint.rules.evidence import figures_compared, set_against_evidence
from mslint.rules.kinds.article_conditions import holds

# Anywhere: the provider's figures named as its own ("the clinic's own figures", "his own audit"),
# before the result or after it ("94% improved, according to the clinic's own records").
_OWN_FIGURES = PhrasePatternSet((
    "{OWN-RECORDS} ...14 {GOOD-RESULT}",
    # (v0.30.30, set 117) The provider's own records pointed to as the evidence, however many they count:
    # "he also points to the clinic's own follow-up of 600 families".
    "(points|pointed|point|pointing|refers|referred|cites|cited) to {OWN-RECORDS} of #",
    "{GOOD-RESULT} ...8 (in|from|according to|by) {OWN-RECORDS}",
))
# On a page that sells, its figures need no "own": "our results speak for themselves", "in our survey
# of 140 families, 96% said".
_SELLERS_FIGURES = PhrasePatternSet((
    "(our|my) [latest|recent|first|patient|customer|client|follow-up|#] [_] (results|audit|survey|records|figures|data|"
    "follow-up|trial|pilot|test|testing|scans|registry|outcomes|numbers) ...14 {GOOD-RESULT}",
    # the clinic's kind of scan named ("our infrared paraspinal scans prove ..."); not "my last two scans",
    # a customer's own story
    "our _ _ (scans|tests|readings|measurements|images) ...14 {GOOD-RESULT}",
    # (v0.30.56, sets 160-161) The seller's own readers or customers surveyed, or those who sent feedback, counted as a
    # share: "a survey of my 900 newsletter readers found 88% ...", "of the 3,000 buyers who wrote back, 95% say ...".
    "(i|we) (did|ran|carried out|conducted|sent out|held) (a|an|our|my) [_] (reader|readers'|customer|client|member|listener|follower|subscriber|user|patient) survey ...14 {GOOD-RESULT}",
    "of the [#|##] [_] (who've|who have|who had|who|that) [_] (sent|given|left|written) (us|me|in) [_] (feedback|reviews|comments|responses|messages) [,] # (%|percent|per cent)",
    # (v0.30.25) The seller's before-and-after pictures, wherever they are shown: "scroll through our
    # before-and-after photos on Instagram", "hundreds of before-and-after photos", "our before-and-after
    # X-rays of 30 patients".
    "before and after (photo|photos|picture|pictures|image|images|shot|shots|gallery|galleries|x-ray|x-rays|scan|scans|"
    "video|videos|mri|mris|mri pictures|mri scans|mri images)",
    # (v0.30.28, sets 112-113) The result, then the seller's survey: "nine in ten sleep longer, according to
    # our post-purchase survey".
    "{GOOD-RESULT} ...8 (according to|in|from) (our|my) [_] [_] (survey|surveys|poll|polls|audit|records|figures|data|"
    "results|follow-up)",
    # (v0.30.31, set 118) Advice said to rest on the seller's own database: "every recommendation is based on
    # our database of 90,000 gut reports".
    "(based on|built on|drawn from|comes from) (our|its|their|my) [own] (database|data|records|library|archive) of #",
    # (v0.30.31, set 119) The share that told the seller's survey so: "9 in 10 told our follow-up survey
    # they felt sharper".
    "(# in #|# out of #|# (%|percent|per cent)) [of] [_] (told|answered|said in|reported in|ticked) (our|my) [_] [_] "
    "(survey|questionnaire|poll|follow-up|feedback form)",
    # (v0.30.30, set 117) The seller's data said to show it, or a study of its own customers: "our clinic
    # data from 1,200 men shows the same thing every time", "in a clinical study of 40 of our customers,
    # hair counts rose".
    "(our|my) [_] (data|results|records|figures|numbers|audit) (from|on|of) # ...6 (shows|show|showed|proves|prove|"
    "proved|confirms|confirm|confirmed)",
    "(study|trial|test|survey|audit) of # of (our|my) [own] ({CUSTOMERS}|{CLIENTELE})",
    # (v0.30.33, sets 122-123) The seller's app data, its own figures telling the same story, a company's own
    # survey: "we've got app data from 3,400 people in our community", "our own figures from 64 women treated here
    # tell the same story", "Orchard's own 2019 customer survey".
    "(app|community|member|user|customer) data from [over|more than|nearly|almost] # (people|users|members|customers|clients)",
    "(our|my) own (figures|data|results|records|numbers) (from|on|of) # ...6 (tell|tells|told|show|shows|showed|say|says)",
    "own [#] (customer|client|user|member|buyer) (survey|poll|questionnaire)",
    # (v0.30.34, set 125) The seller's own database, and a change across its patients: "our own database of 3,400
    # hair results shows", "across our patients, oxygen saturation rose by an average of 6 points".
    "(our|my) own (database|data|records|archive) of [over|more than|nearly|almost] # ...8 (shows|show|showed|proves|prove|reveals|confirms|confirm)",
    "(across|among|in) (our|my) [own] (patients|clients|customers|users|members|guests) ...4 , ...6 (rose|fell|improved|dropped|increased|went up|went down) by (an average of|on average|#)",
    # (v0.30.41, sets 136-137) The group's average score moved, the seller's own guests counted: "their average
    # reflux score dropped from 8 out of 10 to 1", "across our own guests treated last year, grip strength rose by".
    "(their|our clients'|clients'|customers'|members') average ...3 (score|rating|reading|scores|ratings) (dropped|fell|went down|came down|rose|went up|improved) from # ...3 to #",
    # (v0.30.33, set 121) The seller's people surveyed by the seller, and the share that said so: "I surveyed
    # 1,200 graduates last spring and 88% told me they had fewer symptoms".
    "(i|we) (surveyed|polled|asked|questioned) [over|more than|nearly|almost] # [of] [our|my] [_] ({CUSTOMERS}|{CLIENTELE}|"
    "graduates|followers|subscribers|people|members|women|men|listeners) ...6 # (%|percent|per cent) ...3 (told|said|reported|say|tell)",
    # (v0.30.42, set 139) The seller's testers on average: "our 600 testers walked an average of 40% further".
    "(our|my) [over|more than] # (testers|trial users|triallists|customers|clients|users|members) ...3 an average of",
    # (v0.30.44, set 143) The seller's clients on average, and its own tests of them: "my clients have lost an average of
    # 6 kg", "in our study, saliva cortisol in 30 customers fell by 28%", "when we tested 41 clients with MS, 38 had
    # mycotoxins".
    "(our|my) ({CUSTOMERS}|{CLIENTELE}) (have|has) (lost|gained|dropped|shed|seen|reported|improved) [by] an average of",
    "in (our|my) [own] [small|latest|recent|pilot] (study|trial|test|pilot|survey) , ...8 (in|of|among) # ({CUSTOMERS}|{CLIENTELE}) (fell|rose|dropped|improved|increased|went down|went up)",
    "(when|after) (we|i) tested # ({CUSTOMERS}|{CLIENTELE}) ...6 , # (had|showed|were|tested)",
    # (v0.30.35, set 126) "in an in-app questionnaire completed by 1,800 users"
    "(in-app|app|online) (questionnaire|survey|poll) (completed|filled in|answered) by [over|more than] #",
))
# Figures shown with their limits are the article's caution ("these figures come from the clinic's own
# records and cannot tell us ..."), and a harm counted is not a result offered ("in the company's
# pilot, 2% died").
_CAVEATS = frozenset({"cannot", "can't", "caution", "uncontrolled", "limited", "limitations", "biased",
                      "died", "death", "deaths", "side", "adverse", "complications", "harmed"})
_NOT_RESEARCH = frozenset({"research", "trial", "study", "controlled", "proper"})
_CONTROLLED = frozenset({"placebo", "randomised", "randomized", "control", "controls", "sham"})


def _caveated(norms: list[str]) -> bool:
    """The sentence gives the figures' limits: "not a research study", "cannot tell", "uncontrolled"."""
    if set(norms) & _CAVEATS:
        return True
    return any(a == "not" and b in ("a", "an") and c in _NOT_RESEARCH for a, b, c in zip(norms, norms[1:], norms[2:]))


class OwnFiguresAsEvidence(Rule):
    meta = RuleMeta(
        code="EVD017",
        name="own-figures-as-evidence",
        category="evidence",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A provider's own uncontrolled figures (its audit, records, registry, pilot or survey) offered as "
                "proof that its treatment works",
        docs=RuleDocs(
            what="Flags a clinic's, a company's or a practitioner's own figures offered as the evidence: \"the "
            "clinic's own records show 36 of 40 patients kept their leg\", \"his own audit of 212 patients found 96% "
            "were satisfied\", \"94% improved, according to the clinic's own figures\", and, on a page that sells, "
            "its figures with no \"own\" (\"our results speak for themselves\", \"in our survey of 140 families, 96% "
            "said\"). Silent when the figures sit beside a control or placebo group, when the sentence gives their "
            "limits (\"not a research study\", \"cannot tell us\"), when they count harms, and when the sentence "
            "sets them against missing evidence (\"..., but no trial has tested it\").",
            why="A provider's own count of its successes has no comparison group, no independent assessment and no "
            "record of the people who dropped out or did not answer; the conditions such clinics treat often "
            "improve on their own or fluctuate, and satisfied patients are not proof of effect. Evidence that a "
            "treatment works comes from controlled studies, reported in full.",
            bad=(
                "The clinic's own records show that 36 of 40 patients treated last year kept their leg.",
                "His own audit of 212 patients found 96% were satisfied.",
                "94% of patients improved, according to the clinic's own figures.",
            ),
            good=(
                "These figures come from the clinic's own records and are not a research study.",
                "In the trial, 41% on the drug improved, against 28% on placebo.",
                "The clinic's own audit found 90% were satisfied, but no trial has tested the injections.",
            ),
            better="Report what a controlled study found, with the number who took part and how many in each group "
            "improved; if a provider's own figures are given, say that they are uncontrolled and unchecked.",
        ),
        references=(
            "HealthNewsReview.org criterion 4: does the story grasp the quality of the evidence?",
            "ISSCR Guidelines for Stem Cell Research and Clinical Translation (2021), recommendation 3.1.1: "
            "substantially manipulated or non-homologous cell products must be proven safe and effective in "
            "preclinical and clinical studies before being marketed to patients (isscr.org, Unproven Cell Products)",
            "FTC Health Products Compliance Guidance (2022): competent and reliable scientific evidence, generally "
            "randomised controlled trials, for health benefit claims",
            "DISCERN (Charnock 1999) question 4: is it clear what sources of information were used?",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, HISTORICAL, DISPUTED}),
    )

    def requirements(self, options):
        return ()  # every unit: "own", "our" and the record nouns are too common for a prefilter to help

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None or view.is_furniture:
            return
        tokens = view.tokens
        norms = [t.norm for t in tokens]
        if set(norms) & _CONTROLLED or figures_compared(tokens) or _caveated(norms):
            return
        sets = (_OWN_FIGURES, _SELLERS_FIGURES) if holds(document, "sells") else (_OWN_FIGURES,)
        spans = [(tokens[m.mark_first].start, tokens[m.mark_last].end)
                 for patterns in sets for pattern in patterns.candidates(view) for m in pattern.finditer(view)
                 if not set_against_evidence(tokens, m.last)]
        if spans:
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            words = " ".join(document.text[start:end].split())
            yield Hit(start, end, f"A provider's own figures offered as evidence: \"{words}\"; with no comparison "
                      "group and no independent check, they cannot show that the treatment works")
