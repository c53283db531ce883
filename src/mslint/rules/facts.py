"""Factual rules: the claims an article makes, checked against the knowledge base's facts.

One rule per kind of relation (mslint.knowledge.base.RELATIONS); the facts are rows in
knowledge/*/facts.toml, each with its sources and as-of date, so adding a fact is adding a row
and `mslint --explain FCT001` lists every fact the rule checks. A fact applies to articles about
its domain (a knowledge pack's `about` entities), so no MS fact is checked in an article about
knee injections or sinus surgery. A fact of confidence "high" is an error when contradicted,
"medium" a warning.

A claim is judged by the stance of its clause (mslint.analysis.stance): a denied, asked,
disputed or historical statement is not the article's claim. Who it is about is resolved by
mslint.analysis.claims: the entity named in its clause, the one a relative clause hangs on, or
the topic in force ("AHSCT has risks. Complications include PML." puts PML on AHSCT).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

from mslint.analysis.article import analyse
from mslint.analysis.claims import conditions_of, subject_of
from mslint.analysis.shares import shares_in
from mslint.analysis.stance import ANIMAL, CONDITIONAL, DISPUTED, HEDGED, HISTORICAL, NEGATED, QUESTION
from mslint.knowledge import builtin_knowledge
from mslint.knowledge.base import Fact
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.concepts.phrases import expand

NOT_ASSERTED = frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL, CONDITIONAL, ANIMAL})
SEVERITY = {"high": Severity.ERROR, "medium": Severity.WARNING}
_COMMON_REFERENCES = ("mslint knowledge base: knowledge/*/facts.toml (each fact with its sources and as-of date)",)


def fact_reference(fact: Fact) -> str:
    return f"{fact.id}: {fact.says} Sources: {'; '.join(fact.sources)} (as of {fact.as_of})"


class FactRule(Rule):
    """Shared by the factual rules: the facts of one relation, domain gating, hits with the fact."""

    relation: str
    code: str
    name: str
    summary: str
    docs: RuleDocs
    category = "factual"
    silenced = NOT_ASSERTED
    # The examples of the built-in facts are about MS, the first domain.
    setting = "This article is about multiple sclerosis (MS)."
    # Rules whose finding on the same words is the more specific one (RuleMeta.yields_to).
    yields_to: frozenset[str] = frozenset()

    def __init__(self, knowledge=None):
        self._knowledge = knowledge

    @cached_property
    def knowledge(self):
        return self._knowledge or builtin_knowledge()

    @cached_property
    def facts(self) -> list[Fact]:
        return self.knowledge.facts_of(self.relation)

    @cached_property
    def meta(self) -> RuleMeta:
        references = tuple(fact_reference(fact) for fact in self.facts) + _COMMON_REFERENCES
        as_of = max((fact.as_of for fact in self.facts), default=None)
        docs = replace(self.docs, setting=self.setting)
        return RuleMeta(code=self.code, name=self.name, category=self.category, severity=Severity.WARNING,
                        scope="sentence", summary=self.summary, docs=docs, references=references,
                        silenced_by=self.silenced, softened_by=frozenset({"reported"}), as_of=as_of,
                        yields_to=self.yields_to)

    def live_facts(self, document) -> list[Fact]:
        domains = analyse(document).domains
        return [fact for fact in self.facts if fact.domain == "general" or fact.domain in domains]

    def applies_to(self, document) -> bool:
        return bool(self.live_facts(document))

    def hit(self, view, start: int, end: int, fact: Fact, message: str, stance=None) -> Hit:
        message = message[:1].upper() + message[1:]
        return Hit(start, end, f"{message}. {fact.says} [{fact.id}]", severity=SEVERITY[fact.confidence],
                   stance=stance)

    def is_about(self, view, first: int, last: int, entity: str) -> bool:
        subject = subject_of(view, first, last)
        return subject is not None and self.knowledge.is_a(subject.entity, entity)

    def label(self, entity: str) -> str:
        return self.knowledge.label(entity)


class _Triggered(FactRule):
    """A fact rule whose claims always name an entity of its facts (subjects or objects)."""

    def trigger_entities(self) -> Iterable[str]:
        raise NotImplementedError

    def triggers(self):
        return frozenset(), frozenset("@" + entity for entity in self.trigger_entities())


class WordedFactRule(FactRule):
    """A fact rule whose facts carry the wordings that contradict them (`contradicted-by`), indexed
    once for every sentence to be offered only those its words can trigger."""

    @cached_property
    def patterns(self) -> FactPatterns:
        return FactPatterns(((fact, text) for fact in self.facts for text in fact.contradicted_by),
                            self.knowledge.phrases)

    def triggers(self):
        return self.patterns.triggers()


class HarmMisattributed(_Triggered):
    """not-a-risk-of: a harm put on a treatment that does not carry it (PML on a transplant)."""

    relation = "not-a-risk-of"
    code, name = "FCT001", "harm-misattributed"
    summary = "A harm is presented as a risk of a treatment that does not carry it (PML as a transplant risk)"
    docs = RuleDocs(
        what="Flags a named harm presented as a risk of a treatment the knowledge base says does not carry it, "
        "such as PML as a risk of stem-cell transplantation, or graft-versus-host disease after an autologous "
        "transplant. The treatment may be named in the sentence or be the one the paragraph is about.",
        why="Misplaced harms mislead twice: readers fear a harm they will not face and miss the ones they will. "
        "PML is the signature risk of natalizumab; the real risks of a transplant are infection, infertility, "
        "secondary autoimmunity and treatment-related death.",
        bad=("Stem cell transplants carry a risk of PML.",
             "AHSCT is not without risks. Possible complications include PML and infections.",
             "Unlike natalizumab, AHSCT, which carries a known risk of PML, is a one-off treatment."),
        good=("Natalizumab carries a risk of PML, a rare brain infection.",
              "Unlike natalizumab, which carries a known risk of PML, AHSCT is a one-off treatment.",
              "PML is not a risk of stem-cell transplantation.",
              "AHSCT is intensive. Its risks include infections and infertility."),
        better="Attribute each harm to the treatment that carries it: \"PML is a risk of natalizumab; AHSCT "
        "carries risks of infection, infertility and secondary autoimmunity.\"",
    )
    silenced = frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL, ANIMAL})

    def trigger_entities(self):
        return {fact.object for fact in self.facts}

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        for fact in self.live_facts(document):
            for mention in view.mentions_of("@" + fact.object):
                if not _in_risk_frame(view):
                    continue
                subject = subject_of(view, mention.first, mention.last)
                if subject is None or not self.knowledge.is_a(subject.entity, fact.subject):
                    continue
                yield self.hit(view, mention.start, mention.end, fact,
                               f"{self.label(fact.object)} presented as a risk of {self.label(subject.entity)}")
                break  # "progressive multifocal leukoencephalopathy (PML)" is one statement


def _in_risk_frame(view) -> bool:
    """The harm is said to be a risk: a risk word or a causing verb in its sentence, or in the
    sentence that leads into its list ("Possible complications include:" then "- PML")."""
    if view.mentions_of("risk-frame"):
        return True
    if view.block_kind != "list-item":
        return False
    for before in reversed(view.analysis.sentences[:view.index]):
        if before.block_kind != "list-item":
            return bool(before.mentions_of("risk-frame"))
    return False


class HarmDenied(_Triggered):
    """risk-of: a harm a treatment does carry, denied ("zero mortality", "no risk of PML")."""

    relation = "risk-of"
    code, name = "FCT002", "harm-denied"
    summary = "A harm a treatment is known to carry is denied (\"zero mortality\", \"no risk of PML if JCV-negative\")"
    docs = RuleDocs(
        what="Flags a denial of a harm that the knowledge base records for the treatment: \"no risk of death\", "
        "\"zero mortality\", \"no long-term side effects\" after a transplant, \"no risk of PML\" for a "
        "JCV-negative patient on natalizumab. A trial that reports no such events is a result, not a denial.",
        why="A denied harm cannot be weighed. Stem-cell transplantation has a treatment-related mortality of "
        "about 0.2% to 2%; a negative JC virus test lowers the PML risk but does not remove it.",
        bad=("AHSCT carries no risk of death.",
             "If you are JCV-negative, there is zero risk of PML.",
             "Stem cell transplantation has no long-term side effects."),
        good=("AHSCT carries a small risk of death, about 1 in 500 in experienced centres.",
              "No deaths occurred in the trial.",
              "PML is not a risk that every MS medicine shares.",
              "A negative JCV test lowers the risk of PML but does not remove it."),
        better="Give the size of the risk: \"Treatment-related mortality is about 0.2% in experienced centres.\"",
    )
    silenced = frozenset({QUESTION, DISPUTED, HISTORICAL, CONDITIONAL})

    @cached_property
    def outcome(self) -> list[ConceptPattern]:
        # "no deaths occurred in the trial": a result of one study, not a claim about the treatment.
        return [ConceptPattern("{ANY-HARM} (occurred|were reported|was reported|were seen|were observed|"
                               "were recorded|have been reported|has been reported|in the trial|in the study)"),
                ConceptPattern("(he|she|i|they|we|patient~) (had|has|experienced|reported|suffered) (no|zero)")]

    def trigger_entities(self):
        return {fact.object for fact in self.facts}

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None or any(next(p.finditer(view), None) for p in self.outcome if p.may_match(view)):
            return
        denied: set[int] = set()  # one finding per denial, however many facts it contradicts
        for fact in self.live_facts(document):
            for mention in view.mentions_of("@" + fact.object):
                if mention.first in denied:
                    continue
                stance = view.stance(mention.first, mention.last)
                if NEGATED not in stance or _denies_only_universality(view):
                    continue
                subject = subject_of(view, mention.first, mention.last, "intervention")
                about = subject.entity if subject else None
                if _named_as_the_harms_source(view, mention, fact.subject, self.knowledge):
                    # "Nor is PML, the brain infection linked to natalizumab, a risk of the procedure": the
                    # aside ties the harm to the drug, so the denial is about something else (v0.30.47, set 147).
                    continue
                if about is None or not self.knowledge.is_a(about, fact.subject):
                    if not any(self.knowledge.is_a(m.entity, fact.subject)
                               for m in view.mentions if m.entities):
                        continue
                    about = fact.subject
                denied.add(mention.first)
                denial = _denial_span(view, mention)
                yield self.hit(view, denial[0], denial[1], fact,
                               f"{self.label(fact.object)} denied for {self.label(about)}",
                               stance=_without(stance, NEGATED))


# Words that tie a harm to its cause in an aside: "PML, the infection linked to natalizumab".
_SOURCE_LINKS = frozenset({"linked", "associated", "tied", "connected", "caused", "seen", "known"})


def _named_as_the_harms_source(view, mention, entity: str, knowledge) -> bool:
    """The fact's treatment is named only as what the harm is linked to, in an aside right after the harm
    ("PML, the rare brain infection linked to the drug natalizumab, ..."), not as what the denial is about."""
    tokens = view.tokens
    for other in view.mentions:
        if not other.entities or not any(knowledge.is_a(e, entity) for e in other.entities):
            continue
        if other.first <= mention.last or other.first - mention.last > 14:
            return False
        between = {token.norm for token in tokens[mention.last + 1:other.first]}
        return bool(between & _SOURCE_LINKS) and bool(between & {",", "("})
    return False


_UNIVERSAL = frozenset({"every", "all", "each", "always", "everyone", "everybody"})


def _denies_only_universality(view) -> bool:
    """ "PML is not a problem shared by every MS treatment", "not all drugs carry it": the
    negation denies that the harm is universal, not that this treatment carries it."""
    tokens = view.tokens
    return any((token.norm == "not" or token.norm.endswith("n't"))
               and any(t.norm in _UNIVERSAL for t in tokens[i + 1:i + 7])
               for i, token in enumerate(tokens))


def _denial_span(view, mention) -> tuple[int, int]:
    """From the denying word before the harm ("zero", "no risk of") to the harm."""
    start = mention.start
    for cue in view.mentions_of("negation"):
        if cue.last < mention.first and view.words_between(cue.last, mention.first) <= 4:
            start = min(start, cue.start)
    return start, mention.end


def _without(stance, context):
    from mslint.analysis.stance import Stance

    return Stance(stance.contexts - {context}, stance.cues)


class ApprovalMisstated(FactRule):
    """not-approved: a treatment said to be approved for a condition it is not approved for."""

    relation = "not-approved"
    code, name = "FCT003", "approval-misstated"
    summary = "A treatment is said to be approved for a condition no regulator has approved it for"
    docs = RuleDocs(
        what="Flags statements that a treatment is approved, licensed or cleared for a condition when the "
        "knowledge base records that no regulator (or none of those it names) has approved it: stem-cell "
        "therapy for MS, stem-cell or PRP injections for knee osteoarthritis; and statements that something "
        "no regulator has approved for any use is approved at all: clinic stem-cell injections, exosome and "
        "ozone therapy, and a dietary supplement called FDA-approved (the FDA does not approve supplements).",
        why="\"FDA-approved\" is the strongest reassurance a reader can be given. Unapproved stem-cell products "
        "are not approved for neurological or orthopaedic conditions, and clinics that say otherwise mislead.",
        bad=("Stem cell therapy for MS is now FDA-approved.",
             "Our stem cell treatment is approved by the FDA for multiple sclerosis."),
        good=("No stem cell therapy is approved for MS.",
              "Is stem cell therapy FDA-approved for MS? No.",
              "The company hopes to seek FDA approval for MS in 2027.",
              "Trials are comparing stem cell transplants for MS with the best licensed medicines.",
              "The centrifuges that prepare PRP for knee arthritis are cleared by the FDA for processing blood."),
        better="Say what is approved and for what: \"No stem-cell product is FDA-approved for MS; AHSCT is "
        "offered in some hospitals as an established procedure for highly active relapsing MS.\"",
    )
    silenced = frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL, CONDITIONAL, HEDGED, ANIMAL})

    def triggers(self):
        # The treatment may be the paragraph's topic ("Our injections are FDA-approved"): the
        # sentence need only hold the approval.
        return frozenset(), frozenset({"approved"})

    @cached_property
    def facts(self) -> list[Fact]:
        return self.knowledge.facts_of(self.relation) + self.knowledge.facts_of("never-approved")

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        approvals = view.mentions_of("approved")
        reported: set[int] = set()  # one finding per approval claim, however many facts it breaks
        for fact in self.live_facts(document):
            if fact.relation == "never-approved":
                yield from self._never_approved(view, approvals, fact, reported)
                continue
            for cue in approvals:
                nested = any(o is not cue and o.first <= cue.first and cue.last <= o.last for o in approvals)
                if cue.first in reported or nested or _approves_research(view, cue):
                    continue
                if _approval_of_another(view, cue, fact.subject, self.knowledge) or _approved_for_a_purpose(view, cue):
                    continue
                subject = subject_of(view, cue.first, cue.last)
                if subject is None or not self.knowledge.is_a(subject.entity, fact.subject):
                    continue
                conditions = conditions_of(view, cue.first, cue.last)
                named = next((c for c in conditions if self.knowledge.is_a(c, fact.object)), None)
                if named is None:
                    continue
                regulators = [m.entity for m in view.mentions_of("regulator") if m.entities]
                if regulators and fact.regulators and not any(r in fact.regulators for r in regulators):
                    continue
                reported.add(cue.first)
                yield self.hit(view, cue.start, cue.end, fact,
                               f"{self.label(subject.entity)} said to be approved for {self.label(named)}")


    def _never_approved(self, view, approvals, fact, reported: set[int]):
        """Anything approved of a subject no regulator has approved for any use: "our stem cell
        injections are FDA-approved". The subject itself, not a more specific kind (a licensed
        cord-blood product is a stem-cell therapy that is approved)."""
        regulators = {m.entity for m in view.mentions_of("regulator") if m.entities}
        if fact.regulators and not regulators & set(fact.regulators):
            return
        if view.mentions_of("licensed-cell-product"):
            return  # "Holoclar ..., the first stem cell medicine approved in Europe": the named product's approval
        for cue in approvals:
            nested = any(o is not cue and o.first <= cue.first and cue.last <= o.last for o in approvals)
            if cue.first in reported or nested or not _said_to_be_approved(view, cue) \
                    or _approves_research(view, cue) or _approval_of_another(view, cue, fact.subject, self.knowledge):
                continue
            subject = subject_of(view, cue.first, cue.last)
            if subject is None or not _of_subject(self.knowledge, view, subject.entity, fact):
                continue
            reported.add(cue.first)
            yield self.hit(view, cue.start, cue.end, fact, f"{self.label(subject.entity)} said to be approved")


def _of_subject(knowledge, view, entity: str, fact: Fact) -> bool:
    """The entity is the fact's subject, or, for a fact about every kind of it, one of its kinds,
    unless the sentence speaks of a prescription form (prescription omega-3 and vitamin D are
    licensed medicines)."""
    if entity == fact.subject:
        return True
    return fact.every_kind and knowledge.is_a(entity, fact.subject) and not any(
        token.norm in _MEDICINE_FORMS for token in view.tokens)


# Words that make a supplement's name a licensed medicine's.
_MEDICINE_FORMS = frozenset({"prescription", "prescribed", "licensed", "icosapent", "lovaza", "vascepa"})


def approval_misstatements(document) -> list[tuple[int, int]]:
    """Spans where the document calls something approved that the knowledge base says no
    regulator has approved for it (FCT003's findings, for the availability criterion)."""
    memo = document.memo
    found = memo.get("approval-misstatements")
    if found is None:
        rule = ApprovalMisstated()
        analysis = analyse(document)
        found = []
        if rule.applies_to(document):
            for view in analysis.sentences:
                if view.mentions_of("approved"):
                    found.extend((hit.start, hit.end) for hit in rule.check(document, view, {})
                                 if not view.stance_of_span(hit.start, hit.end).contexts & rule.silenced)
        memo["approval-misstatements"] = found
    return found


# A thing said to be approved: the participle, not the business of licensing ("Capricor has
# licensed the process from the university", "a drug that requires licensing").
_APPROVED_STATE = frozenset({"approved", "licensed", "licenced", "cleared", "authorised", "authorized"})
_OBJECT_STARTS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "that", "from"})
_AHEAD = frozenset({"to", "will", "would", "could", "might", "may", "hope", "hopes", "seek", "seeks", "until"})


def _said_to_be_approved(view, cue) -> bool:
    """An approval stated as a present fact: "are FDA-approved", "our approved stem cell
    procedure"; not a verb with its object ("the FDA approved the procedure") nor an approval
    ahead ("we hope to have approved cell therapies in five years")."""
    tokens = view.tokens
    if tokens[cue.last].norm not in _APPROVED_STATE:
        return False
    if cue.last + 1 < len(tokens) and tokens[cue.last + 1].norm in _OBJECT_STARTS:
        return False
    if cue.first > 0 and tokens[cue.first - 1].norm in ("has", "have", "had"):
        return False  # "Capricor has licensed additional patents": a verb with its object
    # Who licenses a kind of thing, not what has a licence: "in the UK, medicines and cell therapies are
    # licensed by the MHRA" (a bare plural, no "our" or "the" before it, and the regulator after "by").
    # (Not an approval told as an event: "dental pulp cells were approved by the EMA in 2023".)
    if cue.last + 1 < len(tokens) and tokens[cue.last + 1].norm == "by" and cue.first > 0 \
            and tokens[cue.first - 1].norm in ("are", ",", "be") \
            and not any(token.norm in _DETERMINERS for token in tokens[max(0, cue.first - 6):cue.first]):
        return False
    before = tokens[max(0, cue.first - 3):cue.first]
    # "the first approved cell medicine in its country", "the only licensed cell product": one
    # product's licence, named as such, not a clinic's claim.
    return not any(token.norm in _AHEAD or token.norm in ("first", "only") for token in before)


_DETERMINERS = frozenset({"our", "my", "your", "their", "its", "his", "her", "this", "these", "that", "those", "the",
                          "a", "an", "we", "i"})


_RESEARCH = frozenset({"trial", "trials", "study", "studies", "testing", "research", "protocol", "investigation",
                       "application", "ind", "investigational", "phase"})


def _approval_of_another(view, cue, subject: str, knowledge) -> bool:
    """ "compared with the licensed medicines", "other approved drugs": an approval word before a
    treatment noun describes that noun, not the topic."""
    for mention in view.mentions_of("intervention") + view.mentions_of("treatment-word"):
        if cue.last < mention.first <= cue.last + 2:
            return not any(knowledge.is_a(entity, subject) for entity in mention.entities)
    # "the FDA authorised Acme's stimulator": a named product the lexicon does not know,
    # right after the approval word, is what was approved.
    following = view.tokens[cue.last + 1:cue.last + 3]
    if any(token.text.endswith(("'s", "’s")) and token.text[:1].isupper() for token in following):
        return True  # a company's product
    return bool(following) and following[0].text[:1].isupper() and not view.mentions_of("intervention")


def _approved_for_a_purpose(view, cue) -> bool:
    """ "cleared by the FDA for processing blood": the approval says what it is for, and that is
    no condition (a use the approval covers, not the disease of the article's topic)."""
    clause = view.clause_of(cue.first)
    tokens = view.tokens
    for index in range(cue.last + 1, min(len(tokens), cue.last + 7)):
        if clause is not None and view.clause_of(index) != clause:
            return False
        if tokens[index].norm == "for":
            # "for the treatment of arthritis", "for use in people with MS": the condition comes
            # a few words on.
            reach = index + 4 + sum(1 for t in tokens[index + 1:index + 5] if t.norm in _USE_WORDS)
            return not any(index < m.first <= reach for m in view.mentions_of("condition"))
    return False


_USE_WORDS = frozenset({"treatment", "treating", "management", "managing", "use", "people", "patients", "adults",
                        "children", "relief"})


_ONE_PATIENT = frozenset({"single-patient", "patient", "compassionate", "compassionate-use", "expanded-access",
                          "access", "emergency", "one-off", "named-patient"})


def _approves_research(view, cue) -> bool:
    """ "The FDA has approved a trial of stem cells in MS", "following clearance of its IND
    application": research approved, not a treatment. Nor is an approval asked for ("has
    requested approval to expand the trial"), or one given by voters or a board to something
    else ("voters approved lifting the ban", "the FDA approved a second surgery for him")."""
    tokens = view.tokens
    following = [t.norm for t in tokens[cue.last + 1:cue.last + 6]]
    if any(word in _RESEARCH for word in following):
        return True
    before = [t.norm for t in tokens[max(0, cue.first - 3):cue.first]]
    if any(word in _ASKED_FOR for word in before):
        return True
    # One patient's permission, not a licence: "under a special single-patient approval", "compassionate-use
    # approval", "emergency approval for him" (v0.30.45, set 144's careful story).
    if any(word in _ONE_PATIENT for word in before):
        return True
    # Asked of a regulator by name: "plans to ask Japan's regulator for approval".
    if cue.first > 0 and tokens[cue.first - 1].norm == "for" and any(
            t.norm in _ASKED_FOR for t in tokens[max(0, cue.first - 7):cue.first - 1]):
        return True
    # A verb whose object is another act ("approved lifting", "approved -- a second surgery").
    following = [t.norm for t in tokens[cue.last + 1:cue.last + 8] if t.is_word][:5]
    return bool(following) and (following[0].endswith("ing") or following[:2] in (["a", "second"], ["the", "second"])
                                or any(word in _OTHER_ACTS for word in following[:3]))


# Words before "approval" that make it asked for, not given.
_ASKED_FOR = frozenset({"ask", "asks", "asked", "asking", "requested", "request", "requests", "seek", "seeks",
                        "seeking", "sought", "apply", "applied",
                        "applying", "await", "awaits", "awaiting", "pending", "file", "filed", "submit", "submitted"})
# What a regulator or a board approves that is not a treatment for a condition.
_OTHER_ACTS = frozenset({"surgery", "operation", "procedure", "expansion", "protocol", "change", "changes", "ban",
                         "funding", "budget", "plan", "move"})


class Misclassified(_Triggered):
    """is-not-a: "natalizumab is a stem-cell therapy"."""

    relation = "is-not-a"
    code, name = "FCT004", "misclassified-treatment"
    # A class given in passing inside an if-clause is still taught to the reader: "if you use drops
    # such as chloramphenicol, a steroid eye drop, wait five minutes" calls an antibiotic a steroid.
    silenced = NOT_ASSERTED - {CONDITIONAL}
    summary = "A treatment is called something it is not (natalizumab or CAR-T called a stem-cell therapy)"
    docs = RuleDocs(
        what="Flags a treatment described as belonging to a class it does not belong to: natalizumab (Tysabri) "
        "or CAR-T cells called a stem-cell therapy.",
        why="Confusing a monoclonal antibody or engineered T cells with stem cells misleads readers about how "
        "a treatment works, what it risks and how far it is proven.",
        bad=("Tysabri is a stem cell therapy given by monthly infusion.",
             "Stem cell therapies such as natalizumab have changed MS care."),
        good=("Natalizumab is a monoclonal antibody, not a stem cell therapy.",
              "Tysabri and stem cell therapy work in different ways."),
        better="Name the class: \"Natalizumab (Tysabri) is a monoclonal antibody infused every four weeks.\"",
    )

    @cached_property
    def facts(self) -> list[Fact]:
        return self.knowledge.facts_of(self.relation) + self.knowledge.facts_of("distinct-classes")

    @cached_property
    def distinct_pairs(self) -> dict[str, list[Fact]]:
        """For each distinct-classes fact, every ordered pair of its members as an is-not-a record
        under the declaring fact's id (its text and sources are the finding's), by subject."""
        pairs: dict[str, list[Fact]] = {}
        declared: set[tuple[str, str]] = set()  # a pair two facts list is the first one's
        for fact in self.facts:
            if fact.relation == "distinct-classes":
                for one in fact.members:
                    others = [other for other in fact.members if other != one and (one, other) not in declared]
                    declared.update((one, other) for other in others)
                    pairs.setdefault(one, []).extend(
                        Fact(fact.id, self.relation, one, fact.says, fact.sources, fact.as_of, fact.confidence, other,
                             fact.domain) for other in others)
        return pairs

    def trigger_entities(self):
        return {fact.subject for fact in self.facts if fact.relation == self.relation} | set(self.distinct_pairs)

    @cached_property
    def patterns(self) -> FactPatterns:
        declared = [fact for fact in self.facts if fact.relation == self.relation]
        return FactPatterns((fact, text) for fact in declared for text in _called(fact) + _listed_as(fact))

    @cached_property
    def _compiled(self) -> dict[str, FactPatterns]:
        return {}

    def _patterns_of(self, member: str) -> FactPatterns:
        # Compiled for a class when a sentence first names one of its medicines: the other classes
        # stand as one alternation in each way of calling it, so a class costs eight patterns
        # however many classes it is told apart from (one pattern per pair made an article that
        # names chemotherapy compile some four hundred).
        patterns = self._compiled.get(member)
        if patterns is None:
            patterns = self._compiled[member] = _ClassPatterns(self.knowledge, member, self.distinct_pairs[member])
        return patterns

    def check(self, document, unit, options):
        # One finding per statement, whichever fact or class of the medicine matched ("Ocrevus is
        # just chemotherapy" is its own fact and a class named for another class).
        spans = []
        for hit in _pattern_facts(self, document, unit, self.patterns, self._message):
            spans.append((hit.start, hit.end))
            yield hit
        view = analyse(document).sentence_at(unit.start)
        if view is None or not self.distinct_pairs:
            return
        named = {entity for mention in view.mentions_of("intervention") for entity in mention.entities}
        for member in self.distinct_pairs:
            members = [entity for entity in named if self.knowledge.is_a(entity, member)]
            if members:
                # Closed world over what is recorded: a medicine in both classes (diazepam is a
                # benzodiazepine and a muscle relaxant) may be called either.
                also = {fact.object for fact in self.distinct_pairs[member]
                        if any(self.knowledge.is_a(entity, fact.object) for entity in members)}
                for hit in _pattern_facts(self, document, unit, self._patterns_of(member),
                                          self._class_message(document, view, members),
                                          keep=lambda fact, match: fact.object not in also
                                          and not _name_runs_on(view, match)):
                    if not any(start < hit.end and hit.start < end for start, end in spans):
                        spans.append((hit.start, hit.end))
                        yield hit

    def _class_message(self, document, view, members: list[str]):
        """The medicine as the sentence names it and the class it is in: "Infliximab is a TNF
        inhibitor, not an antibiotic"; "Ikervis (ciclosporin) is not a corticosteroid"."""
        mention = next(m for m in view.mentions_of("intervention") if not set(m.entities).isdisjoint(members))
        written, entity = document.text[mention.start:mention.end], next(e for e in mention.entities if e in members)
        classes = self._member_classes(entity)

        def message(fact: Fact) -> str:
            obj = _a(self.label(fact.object))
            if not classes or (classes == [entity] and entity not in self._classes):  # one medicine
                own = self.label(entity)
                named = written if own.lower() == written.lower() else f"{written} ({own})"
                return f"{named[:1].upper()}{named[1:]} is not {obj}"
            # The class the fact tells apart from the one named ("doxycycline is a tetracycline
            # antibiotic, not a penicillin", though it is an antimalarial too).
            own_class = fact.subject if fact.subject in classes else classes[0]
            return f"{written[:1].upper()}{written[1:]} is {_a(self.label(own_class))}, not {obj}"
        return message

    def _member_classes(self, entity: str) -> list[str]:
        """The distinct classes a medicine is recorded in, the most specific first (a TNF
        inhibitor before the DMARDs it is one of)."""
        own = [member for member in self.distinct_pairs if self.knowledge.is_a(entity, member)]
        return sorted(own, key=lambda m: -sum(self.knowledge.is_a(m, other) for other in own))

    def _message(self, fact: Fact) -> str:
        if fact.id in self._distinct_ids:  # a class is not another; a medicine listed as a member has no article
            return f"{self._named(fact.subject)} is not {self._named(fact.object)}"
        return f"{self.label(fact.subject)} is not {self.label(fact.object)}"

    def _named(self, entity: str) -> str:
        label = self.label(entity)
        return _a(label) if entity in self._classes else label

    @cached_property
    def _classes(self) -> frozenset[str]:
        """Entities that other entities are under (a class, not one medicine)."""
        return frozenset(parent for entity in self.knowledge.entities.values() for parent in entity.is_a)

    @cached_property
    def _distinct_ids(self) -> frozenset[str]:
        return frozenset(fact.id for fact in self.facts if fact.relation == "distinct-classes")


def _name_runs_on(view, match) -> bool:
    """The class named last is the start of a longer name: "naloxone is an opioid antagonist"
    calls it an opioid antagonist, not an opioid."""
    return any(m.first <= match.last < m.last for m in view.mentions_of("intervention"))


def _a(name: str) -> str:
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


# How a statement calls one thing another: "Pregabalin is basically an opioid", "gabapentin and
# pregabalin, which are opioids". No gap before the class: "gabapentin is safer than opioids"
# compares, it does not classify.
_HEDGE = "[also|basically|really|actually|just|essentially|simply|technically|both|all]"
_KIND = ("[new|novel|modern|newer|special] [type of|form of|kind of|sort of|class of|version of] "
         "[very|fairly|quite|extremely] [strong|mild|weak|powerful|synthetic|natural|gentle|slow-release|long-acting|"
         "short-acting|anti-inflammatory|pharmacy-strength|prescription-strength|low-dose|high-dose|milder|stronger|"
         "gentler|high-strength|prescription-only|prescription|over-the-counter|old-fashioned|disguised|cheap]")
# An apposition is a classification when the sentence goes on with its verb ("aciclovir, an
# antibiotic, is used for ..."); in a list the next item follows ("aspirin, a statin, ...").
_GOES_ON = "(is|are|was|were|can|could|will|may|might|helps|help|works|work|treats|treat|has|have|does|should|must|which)"


# The form a medicine comes in, between its name and the verb: "ivermectin cream is ...".
_FORM = "[cream|creams|gel|ointment|tablet|tablets|capsules|injection|injections|spray|drops|patch|patches]"


# The form after the class in an apposition: "chloramphenicol, a steroid eye drop, for a week".
_CLASS_FORM = ("[eye|ear|nose|nasal|skin] [drop|drops|cream|creams|gel|ointment|tablet|tablets|capsule|capsules|"
               "injection|injections|spray|sprays|patch|patches|medicine|medicines|drug|drugs|inhaler|inhalers]")


def _called(fact: Fact) -> tuple[str, ...]:
    return _calling("{@" + fact.subject + "}", "{@" + fact.object + "}")


def _calling(named: str, obj: str) -> tuple[str, ...]:
    # The medicine alone, or first or second of a pair ("tamoxifen and clomifene are steroids").
    subject = f"({named}|{named} (and|or) {{INTERVENTION}}|{{INTERVENTION}} (and|or) {named}) {_FORM}"
    called = f"(is|are|was|were) {_HEDGE} {_HEDGE} [a|an|the] {_KIND} {obj}"
    return (f"{subject} {called}",
            f"{subject} , which {called}",
            f"{subject} , (a|an|another) {_KIND} {obj} {_CLASS_FORM} , ({_GOES_ON}|for|to|twice|once|daily|every|wait|use|apply|take)",
            # an apposition that ends the sentence ("they gave me duloxetine, an opioid painkiller.")
            f"{subject} , (a|an|another) {_KIND} {obj} {_CLASS_FORM} (.|!|;|that|which|used|given|prescribed|with)",
            # a description between the name and its verb ("Ikervis, the drop your GP may offer, is
            # just a steroid"), or the class the name is an example of ("bladder tablets, such as
            # oxybutynin, are antibiotics")
            f"{subject} , ...8 , {called}",
            f"(such as|like|including) {subject} , {called}",
            # the name as an apposition ("the tablet they give, gabapentin, is an opioid")
            f"_ , {subject} , {called}",
            # the class as a definite description ("itraconazole, the steroid that hospitals use")
            f"{subject} , the {_KIND} {obj} (that|which|doctors|hospitals|your|most|many|GPs)")


def _listed_as(fact: Fact) -> tuple[str, ...]:
    """A declared fact's looser shapes, kept for the pairs a writer named one by one (in a list of
    medicines, "a baby aspirin, a statin" and "statins such as ... aspirin" are common and true):
    an apposition ("Tysabri, a stem-cell drug, ..."), the class with the treatment as its example
    ("stem cell therapies such as natalizumab"), or a few words between ("Tysabri is a stem cell
    therapy")."""
    subject, obj = "{@" + fact.subject + "}", "{@" + fact.object + "}"
    return (f"{subject} , (a|an|the) [new|novel|type of|form of|kind of] ...1 {obj}",
            f"{subject} (is|are|was|were) [also] [a|an|the] [new|novel|type of|form of|kind of|sort of] ...2 {obj}",
            f"{obj} ...2 (such as|like|including|e.g.|for example) ...4 {subject}")


class MechanismOverstated(WordedFactRule):
    """does-not: an effect a treatment does not have, said of it ("AHSCT repairs myelin")."""

    relation = "does-not"
    code, name = "FCT005", "mechanism-overstated"
    summary = "A treatment is credited with an effect it does not have (blood stem cells rebuilding myelin)"
    docs = RuleDocs(
        what="Flags effects a treatment is said to have that the knowledge base records it does not have: "
        "a transplant regrowing myelin or nerves, mesenchymal stem cells turning into neurons, infused stem "
        "cells crossing into the brain. The treatment may be named in the clause or be the paragraph's topic.",
        why="How a treatment works decides what it can do. AHSCT resets the immune system; it does not "
        "rebuild damaged nerves, and most cells infused into a vein are trapped in the lungs.",
        bad=("AHSCT repairs the damaged myelin in the brain.",
             "Once infused, mesenchymal stem cells turn into new nerve cells.",
             "The stem cells travel to the brain and repair the damage."),
        good=("AHSCT does not repair myelin; it resets the immune system.",
              "Researchers are testing drugs that might help the body repair myelin."),
        better="Describe the mechanism the evidence supports: \"AHSCT replaces the immune system; it stops "
        "inflammation but does not rebuild damaged nerves.\"",
    )
    silenced = frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL, CONDITIONAL, HEDGED, ANIMAL})

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        # "MSCs turn into oligodendrocytes that rebuild myelin" is one statement: the first match in
        # the sentence, whichever fact it breaks, is the finding.
        live = {fact.id for fact in self.live_facts(document)}
        found = [(match.first, order, fact, match)
                 for order, (fact, match) in enumerate(self.patterns.matches(view, live))
                 if self.is_about(view, match.first, match.last, fact.subject)]
        if found:
            _, _, fact, match = min(found, key=lambda item: (item[0], item[1]))
            # The statement runs to the last part of it that breaks the same fact: "head to the
            # heart and become new heart muscle" is one claim, reported whole.
            last = max(m.mark_last for _, _, f, m in found if f is fact)
            start, end = view.tokens[match.mark_first].start, view.tokens[last].end
            yield self.hit(view, start, end, fact, f"{self.label(fact.subject)} credited with an effect it "
                           "does not have", stance=view.stance(match.first, match.last, match.own))


class RequirementDenied(_Triggered):
    """requires: a treatment said to be done without what it needs ("chemotherapy-free AHSCT")."""

    relation = "requires"
    code, name = "FCT006", "requirement-denied"
    summary = "A treatment is said to be done without something it always involves (a chemotherapy-free transplant)"
    docs = RuleDocs(
        what="Flags statements that a treatment is done without something it always involves, such as a "
        "stem-cell transplant \"without chemotherapy\" or \"chemo-free\".",
        why="AHSCT depends on chemotherapy to remove the faulty immune system; it causes most of the "
        "procedure's harms. Hiding it hides the harms.",
        bad=("Our stem cell transplant is done without chemotherapy.", "A chemo-free HSCT protocol."),
        good=("AHSCT uses chemotherapy to remove the old immune system.",
              "Some people cannot have AHSCT because they cannot tolerate chemotherapy."),
        better="Say what the procedure involves: \"AHSCT uses high-dose chemotherapy, which causes hair loss, "
        "infertility and a risk of infection.\"",
    )

    def trigger_entities(self):
        return {fact.object for fact in self.facts}

    @cached_property
    def patterns(self) -> FactPatterns:
        return FactPatterns((fact, text) for fact in self.facts for text in (
            f"(without|free of|free from|no need for|does not need|doesn't need|does not require|"
            f"doesn't require|does not involve|doesn't involve|avoids|avoid~|no) [any|the|harsh|toxic|high-dose] {{@{fact.object}}}",
            f"{{@{fact.object}}} free",
        ))

    def check(self, document, unit, options):
        yield from _pattern_facts(self, document, unit, self.patterns,
                                  lambda fact: f"{self.label(fact.subject)} described without {self.label(fact.object)}",
                                  about=lambda fact: fact.subject)


class RetiredTermAsCurrent(_Triggered):
    """retired-term: a term retired from use, written as current (PRMS). "You may see PRMS in old
    letters" hedges, and is not flagged."""

    relation = "retired-term"
    # A retired term is a question of terminology, the words an article uses (FCT007 until 0.6.0),
    # though the knowledge base records when and why each was retired.
    code, name = "TRM004", "retired-term-as-current"
    category = "terminology"
    summary = "A term retired from current use is presented as current (progressive-relapsing MS)"
    docs = RuleDocs(
        what="Flags terms the knowledge base records as retired (such as progressive-relapsing MS, removed from "
        "the disease courses in 2013) when they are used as current. A mention that says the term is old, "
        "former or retired is not flagged.",
        why="Retired categories confuse readers about their diagnosis and show that a text has not been "
        "updated since the classification changed.",
        bad=("Progressive-relapsing MS (PRMS) affects about 5% of people.",
             "The four types are RRMS, SPMS, PPMS and progressive-relapsing MS."),
        good=("Progressive-relapsing MS was retired as a category in 2013.",
              "What used to be called progressive-relapsing MS is now primary progressive MS with activity."),
        better="Use the current term: \"primary progressive MS with activity\" instead of PRMS.",
    )
    silenced = frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL, HEDGED})

    def trigger_entities(self):
        return {fact.subject for fact in self.facts}

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        for fact in self.live_facts(document):
            for mention in view.mentions_of("@" + fact.subject):
                if mention.entity != fact.subject or _mentioned_as_a_term(view, mention):
                    continue
                message = f"{view.text_of(mention)} is a retired term"
                if fact.replacement:
                    message += f"; use {fact.replacement}"
                yield self.hit(view, mention.start, mention.end, fact, message)


_TERM_WORDS = frozenset({"phrase", "term", "label", "name", "expression", "category", "description", "wording"})
_RETIRED_WORDS = frozenset({"retired", "dropped", "abandoned", "outdated", "replaced", "obsolete", "discarded",
                            "superseded", "folded"})


def _mentioned_as_a_term(view, mention) -> bool:
    """The words are talked about, not used: '"chronic progressive MS", a phrase you may still
    find in older books. It was retired in the 1990s.'"""
    tokens = view.tokens
    after = [t.norm for t in tokens[mention.last + 1:mention.last + 8] if t.is_word][:4]
    before = [t.norm for t in tokens[max(0, mention.first - 4):mention.first] if t.is_word]
    if _TERM_WORDS & set(after) or _TERM_WORDS & set(before[-2:]) or before[-2:] in (["known", "as"],) \
            or (before and before[-1] == "called"):
        return True
    following = view.next_in_paragraph()
    if following is None or not following.tokens:
        return False
    points_back = following.tokens[0].norm in ("it", "this", "that", "the")
    return points_back and bool(_RETIRED_WORDS & following.words)


class EffectivenessOverstated(WordedFactRule):
    """not-proven: a treatment called proven or effective for a condition it is not proven for."""

    relation = "not-proven"
    code, name = "FCT008", "effectiveness-overstated"
    summary = "A treatment is called proven or effective for a condition where the evidence does not show it"
    docs = RuleDocs(
        what="Flags statements that a treatment is proven, effective or works for a condition when the "
        "knowledge base records that it has not been shown to (mesenchymal stem cells for MS, PRP or stem "
        "cells for knee osteoarthritis).",
        why="Early or negative trials are not proof. The MESEMS randomised trial of mesenchymal stem cells in "
        "MS missed its primary endpoint; calling the treatment effective misleads readers deciding where to "
        "spend their money and hope.",
        bad=("Mesenchymal stem cells are a proven treatment for MS.",
             "MSC therapy is highly effective for multiple sclerosis."),
        good=("Mesenchymal stem cells have not been shown to work in MS.",
              "Is MSC therapy effective for MS? Trials so far say no."),
        better="Say what trials found: \"In the MESEMS trial, mesenchymal stem cells did not reduce new lesions.\"",
    )
    silenced = frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL, CONDITIONAL, HEDGED, ANIMAL})

    def triggers(self):
        words, classes = self.patterns.triggers()
        return words, classes | {"proven"}

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        # Benefits the fact's own patterns describe ("MSCs halt MS"), about its subject.
        yield from _pattern_facts(self, document, unit, self.patterns,
                                  lambda fact: f"{self.label(fact.subject)} credited with a benefit not shown for "
                                               f"{self.label(fact.object)}", about=lambda fact: fact.subject)
        proven = view.mentions_of("proven")
        for fact in self.live_facts(document):
            for cue in proven:
                subject = subject_of(view, cue.first, cue.last)
                if subject is None or not self.knowledge.is_a(subject.entity, fact.subject):
                    continue
                if not any(self.knowledge.is_a(c, fact.object) for c in conditions_of(view, cue.first, cue.last)):
                    continue
                yield self.hit(view, cue.start, cue.end, fact,
                               f"{self.label(subject.entity)} called {view.text_of(cue)} for {self.label(fact.object)}")
                break


class ContradictsFact(WordedFactRule):
    """states: a statement its fact's own patterns describe as contradicting it."""

    relation = "states"
    silenced = NOT_ASSERTED | {HEDGED}
    code, name = "FCT009", "contradicts-fact"
    summary = "A statement contradicts an established fact of the knowledge base (epidemiology, causes, trials)"
    docs = RuleDocs(
        what="Flags statements that contradict facts recorded with their sources, each checked by the "
        "wordings that contradict it: MS called hereditary or contagious, said to be more common in men, "
        "the worldwide count far off, most people said to have primary progressive MS, and others.",
        why="Wrong basic facts mislead readers about their own risk and course, and undermine trust in "
        "everything else the article says.",
        bad=("MS is a hereditary disease passed down in families.",
             "Multiple sclerosis is more common in men than in women.",
             "Most people with MS have primary progressive MS."),
        good=("MS is not inherited in a simple way, though genes play a part.",
              "Women are two to three times as likely as men to develop MS.",
              "Is MS contagious? No."),
        better="State the fact with its source, as the message gives it.",
    )

    def check(self, document, unit, options):
        # A fact about a treatment holds only where the statement is about that treatment (named,
        # or the topic in force); a fact about the domain's condition holds in the whole article,
        # except where the sentence is about another condition ("CIDP ... is more common in men" in
        # a leaflet that compares CIDP with MS).
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        yield from _pattern_facts(self, document, unit, self.patterns,
                                  lambda fact: "Contradicts an established fact", about=self.treatment_subject,
                                  keep=lambda fact, match: not self._about_another_condition(view, fact)
                                  and not (fact.chronic_only and self._names_infection(view, match)))

    def _names_infection(self, view, match) -> bool:
        """The statement is about an infection or a poisoning, named where its subject or its object
        stands (first or last): germs and toxins do cause those. ("Most chronic illness, from Lyme
        disease to fibromyalgia, comes down to ..." names one in passing and is still read.)"""
        for mention in view.mentions_of("condition"):
            if (mention.first == match.first or mention.last == match.last) \
                    and any(self._is_infection(entity) for entity in mention.entities):
                return True
        return False

    def _is_infection(self, entity: str) -> bool:
        if self.knowledge.is_a(entity, "infectious-disease"):
            return True
        record = self.knowledge.entity(entity)
        if record is not None and any("poisoning" in name.lower() for name in record.names):
            return True  # "ciguatera" is ciguatera fish poisoning
        return any(fact.value != "none" and any(self.knowledge.is_a(entity, member) for member in fact.members)
                   for fact in self._infection_kinds)

    @cached_property
    def _infection_kinds(self):
        return self.knowledge.facts_of("infection-kind")

    def _about_another_condition(self, view, fact: Fact) -> bool:
        """A domain pack's fact about its condition, in a sentence that names conditions, or whose topic
        holds them, none of them the fact's own. (A general myth's patterns name what they are about.)"""
        entity = self.knowledge.entity(fact.subject)
        if fact.domain == "general" or entity is None or "condition" not in entity.classes:
            return False
        if any(fact.subject in mention.entities for mention in view.mentions):
            return False
        named = {condition for mention in view.mentions_of("condition") for condition in mention.entities}
        named.update(condition.entity for condition in view.topic.conditions)
        domain = self.knowledge.domains.get(fact.domain)
        own = {fact.subject, *(domain.about if domain is not None else ())}
        return bool(named) and not any(self.knowledge.is_a(condition, subject) or self.knowledge.is_a(subject, condition)
                                       for condition in named for subject in own)

    def treatment_subject(self, fact: Fact) -> str | None:
        entity = self.knowledge.entity(fact.subject)
        return fact.subject if entity and "intervention" in self._classes(entity) else None

    def _classes(self, entity) -> frozenset[str]:
        return self.knowledge.lexicon.ancestors("@" + entity.id)


_COMPARED = frozenset({"compared", "versus", "vs", "against", "placebo"})


class ShareMisstated(FactRule):
    """share: how many of the people with a condition have something, said far outside the range
    the sources give ("only around 1 in 10 people with MS ever experience real fatigue")."""

    relation = "share"
    code, name = "FCT019", "share-misstated"
    summary = "How many people with a condition have a symptom is put far outside the known range"
    docs = RuleDocs(
        what="Flags a share of the people with a condition said to have a symptom or a problem that lies far "
        "outside the range the knowledge base records with its sources: MS fatigue, bladder, bowel, thinking, "
        "sexual or heat problems said to be rare or to affect 1 in 10 or 1 in 20, when most people with MS "
        "have them at some point. The share is read in its own words (\"fewer than 1 in 10\", \"only around 5%\", "
        "\"rare\", \"almost everyone\") as the range it allows, and the condition is the one named in the "
        "sentence or the one the article is about. A share close to the recorded range is left alone.",
        why="A symptom said to be rare is one a reader does not mention to a nurse and does not expect; a "
        "seller who makes it rare makes the reader's own symptom look like something only the product "
        "explains. The opposite, a rare problem said to hit almost everyone, frightens.",
        bad=("Only around 1 in 10 people with MS ever experience real fatigue.",
             "Bladder problems are rare in MS."),
        good=("About 8 in 10 people with MS have fatigue.",
              "Fatigue is one of the commonest MS symptoms, and about half of people with MS call it their worst."),
        better="Give the share with its source: \"About 8 in 10 people with MS have fatigue (MS Society).\"",
    )

    @cached_property
    def patterns(self) -> FactPatterns:
        return FactPatterns(((fact, text) for fact in self.facts for text in fact.of), self.knowledge.phrases)

    def triggers(self):
        return self.patterns.triggers()

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        live = {fact.id for fact in self.live_facts(document)}
        shares = None
        for fact, match in self.patterns.matches(view, live):
            if not self._among_people_with(view, fact.subject):
                continue
            shares = shares_in(view.tokens) if shares is None else shares
            # Two groups' rates set side by side are a trial's events, not how many with the
            # condition have it: "a fall or tiredness was slightly more common with exercise (about
            # 2 in 100 compared with about 1 in 100)".
            if len(shares) >= 2 and _COMPARED.intersection(t.norm for t in view.tokens):
                continue
            low, high = fact.share
            # The shares that say who has it: tied to it by a verb of having, and not counting a
            # group it names ("1 in 10 people who have fatigue get treatment" counts the treated).
            said = [share for share in shares if not _counts_a_subgroup(view, share, match)
                    and _says_who_has_it(view, share, match)]
            # A figure says more than a word beside it ("rare, affecting only about 1 in 200"); a share
            # of everyone is judged on figures alone ("many users sleep better" in a migraine story
            # counts no one with migraine).
            said = [share for share in said if share.figure] or ([] if not fact.subject else said)
            # Far outside: a fifth below the range's floor or above its ceiling, after the words' own
            # slack ("about 1 in 10" is 7-13%). A share in range beside it ("80% have fatigue, and 1
            # in 3 call it their worst symptom") means the other counts something else.
            outside = [share for share in said if share.high < low * 0.8 or share.low > min(100.0, high * 1.2)]
            if outside and len(outside) == len(said):
                share = outside[0]
                first, last = min(share.first, match.first), max(share.last, match.last)
                # A past belief told between the symptom and its share ("pain was once thought to
                # be unusual in MS"): the sentence reports what used to be believed.
                if any(first <= m.first and m.last <= last for m in view.mentions_of("history")):
                    return
                tokens = view.tokens
                yield self.hit(view, tokens[first].start, tokens[last].end, fact,
                               f"Share misstated: the sources give {_percent(low)}-{_percent(high)}",
                               stance=view.stance(first, last))
                return

    def _among_people_with(self, view, condition: str) -> bool:
        """The people counted have the condition: it is named in the sentence or is the topic in force
        (a share of everyone, with no condition, holds wherever what it counts is named)."""
        if not condition:
            return True
        named = {entity for mention in view.mentions_of("condition") for entity in mention.entities}
        named.update(named_condition.entity for named_condition in view.topic.conditions)
        return any(self.knowledge.is_a(entity, condition) for entity in named)


def _counts_a_subgroup(view, share, match) -> bool:
    """What is counted names who is counted, not what they have: in a relative clause after the
    share ("1 in 10 people who have fatigue get ..."), or as the group ("30% of people with
    psoriasis develop arthritis")."""
    tokens = view.tokens
    between = tokens[share.last + 1:match.first]
    if any(token.norm in ("who", "whose") for token in between):
        return True
    if match.last + 1 < len(tokens) and tokens[match.last + 1].norm in _MEASURES:
        return True  # "45 in 100 had their migraine days halved": an outcome of the condition
    if match.last + 1 < len(tokens) and tokens[match.last + 1].norm in _EVENTS:
        return True  # "most asthma deaths could be avoided": a share of events, not of people
    if match.last + 1 < len(tokens) and tokens[match.last + 1].norm in _CHARITY_WORDS:
        return True  # "according to Asthma UK", "Diabetes UK says": a charity's name, not the condition
    # A share of relatives, or one person's chance: "20% of siblings of children with autism develop
    # it", "a sibling has a 1 in 5 chance of developing it".
    after_share = [token.norm for token in tokens[share.last + 1:share.last + 3]]
    if after_share[:1] == ["of"] and after_share[1:] and after_share[1] in _RELATIVES:
        return True
    if any(token.norm in _CHANCE for token in tokens[min(share.last, match.first):max(share.first, match.last) + 1]) \
            or (share.last + 1 < len(tokens) and tokens[share.last + 1].norm in _CHANCE):
        return True
    before = [token.norm for token in tokens[max(0, match.first - 4):match.first]]
    if before[-2:] == ["who", "have"]:
        return True
    # "people with severe chronic migraine": the condition names the group, unless a verb of
    # having comes between ("people with the condition are sensitive to heat").
    groups = [i for i, norm in enumerate(before) if norm in ("with", "among")]
    return bool(groups) and not any(norm in _HAVING for norm in before[groups[-1] + 1:])


# What is counted when the share is of events: deaths, cases, admissions.
_EVENTS = frozenset({"death", "deaths", "case", "cases", "admission", "admissions", "hospitalisations",
                     "hospitalizations", "diagnoses", "prescriptions", "costs", "spending", "referrals"})
# Relatives counted as the group: their share says how it runs in families, not who has it.
_RELATIVES = frozenset({"siblings", "brothers", "sisters", "relatives", "twins", "children", "parents", "carriers",
                        "offspring", "sons", "daughters", "family"})
_CHANCE = frozenset({"chance", "chances", "risk", "odds", "likelihood", "probability"})
_CHARITY_WORDS = frozenset({"uk", "society", "foundation", "association", "trust", "research", "charity", "alliance",
                            "action", "care", "network"})
# What a trial measures of a condition: a share that changes it is an outcome, not who has it.
_MEASURES = frozenset({"days", "attacks", "frequency", "severity", "episodes", "score", "scores", "symptoms",
                       "flares", "relapses", "lesions", "pain"})
# Verbs that tie a share to having what is counted: "affects 1 in 10", "1 in 20 develop it",
# "5% of people are heat sensitive", "bladder problems are rare". (Not "most volunteers on the
# drug scored better on a migraine scale": a trial's result, not who has it.)
_HAVING = frozenset({"affect", "affects", "affected", "affecting", "have", "has", "had", "having", "get", "gets",
                     "got", "develop", "develops", "developed", "developing", "experience", "experiences",
                     "experienced", "suffer", "suffers", "notice", "noticed", "report", "reports", "reported",
                     "diagnosed", "occur", "occurs", "occurring", "is", "are", "was", "were", "live", "living",
                     "carry", "carries", "feel", "see", "ever", "bothers", "troubles", "touching", "touches",
                     "notices", "trouble", "bother", "touch"})


def _says_who_has_it(view, share, match) -> bool:
    """A verb of having stands between the share and what is counted (or just after both, or ends
    what is counted: "heat only bothers about 1 in 20 people with MS")."""
    tokens = view.tokens
    first, last = min(share.last, match.last), max(share.first, match.first)
    span = tokens[first + 1:last] if last > first else []
    after = tokens[max(share.last, match.last) + 1:max(share.last, match.last) + 3]
    return any(token.norm in _HAVING for token in [*span, *after, tokens[match.last]])


def _percent(value: float) -> str:
    return f"{value:g}%"


class FactPatterns:
    """The patterns of many facts, indexed by their anchors (mslint.rules.concepts.PatternSet), so
    a sentence is offered only the patterns its words can trigger, each with its fact."""

    def __init__(self, pairs: Iterable[tuple[Fact, str]], phrases: dict[str, tuple[str, ...]] | None = None):
        # A fact's wording may use the knowledge base's phrases ({NONE-AGAINST}), as a rule's may.
        pairs = [(fact, ConceptPattern(expand(text, phrases or {}))) for fact, text in pairs]
        self.index = PatternSet(pattern for _, pattern in pairs)
        self.fact_of = {id(pattern): fact for fact, pattern in pairs}

    def matches(self, view, live: set[str]):
        """(fact, match) for the live facts' patterns, in pattern order."""
        for pattern in self.index.candidates(view):
            fact = self.fact_of[id(pattern)]
            if fact.id in live:
                for match in pattern.finditer(view):
                    yield fact, match

    def triggers(self):
        return self.index.triggers()


class _ClassPatterns(FactPatterns):
    """The ways of calling a medicine of one class by another class, all the other classes in one
    alternation; a match's fact is the pair whose class the called-by name belongs to (the last
    medicine named in the match: the class comes after the medicine in every way of calling it)."""

    def __init__(self, knowledge, member: str, facts: list[Fact]):
        self._knowledge = knowledge
        self._by_object = {fact.object: fact for fact in facts}
        others = "(" + "|".join("{@" + fact.object + "}" for fact in facts) + ")"
        super().__init__((facts[0], text) for text in _calling("{@" + member + "}", others))

    def matches(self, view, live: set[str]):
        for _, match in super().matches(view, live):
            fact = self._object_fact(view, match)
            if fact is not None:
                yield fact, match

    def _object_fact(self, view, match) -> Fact | None:
        mentions = view.mentions_of("intervention")
        for mention in reversed(mentions):
            if match.first <= mention.first and mention.last <= match.last and not _inside_longer(mention, mentions):
                for obj, fact in self._by_object.items():
                    if any(self._knowledge.is_a(entity, obj) for entity in mention.entities):
                        return fact
        return None


def _inside_longer(mention, mentions) -> bool:
    """The name is part of a longer one: "steroid" in "anabolic steroid" names no class of its own."""
    return any(other.first <= mention.first and mention.last <= other.last
               and other.last - other.first > mention.last - mention.first for other in mentions)


def _pattern_facts(rule: FactRule, document, unit, patterns: FactPatterns, message_of, about=None, keep=None):
    """One finding per statement: matches of the live facts (those `keep(fact, match)` keeps),
    about their subject where asked."""
    view = analyse(document).sentence_at(unit.start)
    if view is None:
        return
    live = {fact.id for fact in rule.live_facts(document)}
    reported: set[int] = set()  # tokens already in a finding: one statement, one finding
    # The earliest and longest statement first: "if your PSA is raised, it means ..." before
    # the "PSA is raised, it means ..." inside it, whose stance lacks its own "if".
    for fact, match in sorted(patterns.matches(view, live), key=lambda pair: (pair[1].first, -pair[1].last)):
        if keep is not None and not keep(fact, match):
            continue
        subject = about(fact) if about is not None else None
        if subject is not None and not _names(rule, view, match, subject) \
                and not rule.is_about(view, match.first, match.last, subject):
            continue
        if not reported.isdisjoint(range(match.first, match.last + 1)):
            continue
        reported.update(range(match.first, match.last + 1))
        first, stance = _after_a_colon(rule, view, match)
        start, end = view.tokens[first].start, view.tokens[match.mark_last].end
        yield rule.hit(view, start, end, fact, message_of(fact), stance=stance)


def _after_a_colon(rule: FactRule, view, match):
    """Where the statement starts and its stance. A match that runs across a colon reads two
    statements; when only the first is silenced, the one after the colon is the writer's own: "It is
    also a myth that MS is a young person's disease: MS usually starts after the age of 50" asserts
    the second (v0.30.30, set 116)."""
    stance = view.stance(match.first, match.last, match.own)
    if not stance.silenced_by(rule.silenced):
        return match.mark_first, stance
    colon = next((i for i in range(match.last - 1, match.first, -1) if view.tokens[i].norm == ":"), None)
    if colon is None:
        return match.mark_first, stance
    after = view.stance(colon + 1, match.last)
    return (colon + 1, after) if not after.silenced_by(rule.silenced) else (match.mark_first, stance)


def _names(rule: FactRule, view, match, subject: str) -> bool:
    """The statement names the fact's subject itself ("pasteurisation destroys the vitamins in
    milk" is about pasteurisation, whatever else the sentence names after it)."""
    return any(match.first <= m.first and m.last <= match.last and any(rule.knowledge.is_a(e, subject) for e in m.entities)
               for m in view.mentions_of("intervention"))


def fact_rules(knowledge=None) -> list[FactRule]:
    return [cls(knowledge) for cls in (HarmMisattributed, HarmDenied, ApprovalMisstated, Misclassified,
                                       MechanismOverstated, RequirementDenied, RetiredTermAsCurrent,
                                       EffectivenessOverstated, ContradictsFact, ShareMisstated)]
