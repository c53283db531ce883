"""Attribute rules: one property of many conditions, read in any sentence about any of them.

A per-phrasing fact names its condition in its patterns; an attribute fact is a table instead
(knowledge/general/attributes.toml: these conditions are more common in women; these are
bacterial infections), and the rule holds the few ways a sentence states the property ("is far
more common in men", "men get it more often than women", "is a virus", "is caused by a fungus").
The condition is the one the claim's clause names, or the topic in force ("It's a virus, so
antibiotics won't touch it" in a thread about a kidney infection). A new condition is a new row;
a new article's wording of the same property needs nothing.
"""

from __future__ import annotations

from functools import cached_property

from mslint.analysis.article import analyse
from mslint.analysis.topic import named_entities
from mslint.model import RuleDocs
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.facts import FactRule


class AttributeMisstated(FactRule):
    """A claim that gives a condition a value of the attribute its recorded value rules out."""

    # value claimed -> the concept patterns that claim it
    claims: dict[str, tuple[str, ...]]
    setting = "This article is about a condition."

    @cached_property
    def _patterns(self) -> tuple[PatternSet, dict[int, str]]:
        patterns = [(value, ConceptPattern(text)) for value, texts in self.claims.items() for text in texts]
        return PatternSet(pattern for _, pattern in patterns), {id(pattern): value for value, pattern in patterns}

    def triggers(self):
        return self._patterns[0].triggers()

    def recorded(self, condition: str) -> dict[str, object]:
        """The values the knowledge base gives the condition (through its is-a links), each with its
        fact; worked out once per condition (a claim asks for it while choosing its subject and again
        while judging it)."""
        found = self._recorded.get(condition)
        if found is None:
            found = self._recorded[condition] = {fact.value: fact for fact in self.facts
                                                 if any(self.knowledge.is_a(condition, member)
                                                        for member in fact.members)}
        return found

    @cached_property
    def _recorded(self) -> dict[str, dict[str, object]]:
        return {}

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed not in recorded

    def compares_within(self, view, match) -> bool:
        """The claim compares groups within the value, not across it (by default, never)."""
        return False

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return
        index, value_of = self._patterns
        for pattern in index.candidates(view):
            claimed = value_of[id(pattern)]
            for match in pattern.finditer(view):
                if self.compares_within(view, match):
                    continue
                recorded = [values for values in map(self.recorded, self._about(view, match, claimed)) if values]
                # Every condition the claim is about, of those whose value is recorded, has another one
                # ("unlike gout, RA mostly affects women" names one of each: left alone).
                if recorded and all(self.contradicts(claimed, values) for values in recorded):
                    fact = next(iter(recorded[0].values()))
                    start, end = view.tokens[match.mark_first].start, view.tokens[match.mark_last].end
                    yield self.hit(view, start, end, fact, self.message(claimed, fact),
                                   stance=view.stance(match.first, match.last, match.own))
                    return

    def _about(self, view, match, claimed: str) -> list[str]:
        """The conditions the claim is about: those its clause names up to the claim's end. When it
        names none and refers back ("it", "which", "the condition"): the one named earlier in the
        sentence, else the topic in force before the sentence, else the sentence before or the
        title. Not a condition in the claim's own words that has the claimed value ("is a fungal
        infection" names fungal infection, which is what is claimed, not what it is said of)."""
        clause = view.clause_of(match.first)
        named, before = [], []
        for condition in named_entities(view, "condition"):
            at = view.token_index(condition.start)
            if at > match.last or (match.first <= at and claimed in self.recorded(condition.entity)):
                continue  # the claim's subject comes before it or in it, not after ("..., such as eczema")
            if clause is None or view.clause_of(at) == clause:
                named.append(condition.entity)
            elif at < match.first:
                before.append(condition.entity)
        if named:
            return named
        subject = view.tokens[match.first - 1] if match.first > 0 else None
        if subject is not None and subject.text in _defined_conditions(view.analysis):
            return [_defined_conditions(view.analysis)[subject.text]]  # "LS is a fungal infection"
        if not any(token.norm in _REFERS_BACK for token in view.tokens[:match.first + 1]):
            return []  # "TBE is a viral infection": a subject the lexicon does not know is still a subject
        if before:
            # "a strep throat, which is a bacterial infection"; "Cholera is not a virus: it is caused
            # by a bacterium": what "which" or "it" stands for, named earlier in the sentence
            return before[-1:]
        # The topic in force before the sentence: its own conditions, named after the claim, are not
        # what the claim is about.
        sentences = view.analysis.sentences
        topic = sentences[view.index - 1].topic if view.index > 0 else view.topic
        return [condition.entity for condition in topic.conditions] or _recent_conditions(view)

    def message(self, claimed: str, fact) -> str:
        raise NotImplementedError


# Words that stand for a condition named before ("it's a virus", "the condition affects men ...").
_REFERS_BACK = frozenset({"it", "this", "that", "they", "these", "those", "which", "condition", "infection",
                          "disease", "illness", "disorder", "problem", "rash", "bug"})


def _defined_conditions(analysis) -> dict[str, str]:
    """Abbreviations the article defines for a condition the lexicon knows: "lichen sclerosus (LS)"
    makes a later "LS" lichen sclerosus. Worked out once per document."""
    found = analysis.document.memo.get("condition-abbreviations")
    if found is None:
        found = analysis.document.memo["condition-abbreviations"] = {}
        for view in analysis.sentences:
            tokens = view.tokens
            for condition in named_entities(view, "condition"):
                after = view.token_index(condition.end - 1) + 1
                if after + 2 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")":
                    short = tokens[after + 1].text
                    if short.isupper() and 2 <= len(short) <= 6:
                        found.setdefault(short, condition.entity)
    return found


def _recent_conditions(view) -> list[str]:
    """The conditions named in the sentence before, in the same paragraph, or else in the title,
    counting those the topic leaves out because they are also harms ("My kidney infection came
    back. It's a virus ...")."""
    sentences = view.analysis.sentences
    if view.index > 0 and sentences[view.index - 1].block == view.block:
        named = named_entities(sentences[view.index - 1], "condition")
        if named:
            return [condition.entity for condition in named]
    titles = [sentence for sentence in sentences[:view.index]
              if view.analysis.document.blocks[sentence.block].kind == "title"]
    return [condition.entity for title in titles for condition in named_entities(title, "condition")]


# -- Which sex a condition is more common in ------------------------------------------------------

_MEN = "(men|males|boys|man|male)"
_WOMEN = "(women|females|girls|woman|female)"
_NUMBER = "twice|three times|four times|five times|ten times|2 times|3 times|4 times|5 times|6 times|8 times|" \
          "9 times|10 times|2x|3x|4x|5x"
_TIMES = f"[about|around|roughly|nearly|almost|some|up to] ({_NUMBER})"
_DEGREE = f"[far|much|a lot|slightly|somewhat|considerably|significantly|about|around|roughly|nearly|almost] [{_NUMBER}]"
_MOSTLY = "(mainly|mostly|usually|chiefly|largely|predominantly|typically|primarily|overwhelmingly|generally)"
_AFFECTS = "(affects|affect|affected|strikes|strike|hits|occurs in|occur in|is seen in|are seen in|is found in|" \
           "are found in|targets|develops in|develop in)"
_AGE = "[older|younger|young|middle-aged|elderly|adult|teenage]"
_GET = "(get|develop|have|be diagnosed with|suffer from|be affected by|be affected)"
_MORE_COMMON = "(common|frequent|prevalent)"


def _skewed_to(sex: str, other: str) -> tuple[str, ...]:
    return (
        f"more {_MORE_COMMON} (in|among) {_AGE} {sex}",
        f"commoner (in|among) {_AGE} {sex}",
        f"{_MOSTLY} {_AFFECTS} {_AGE} {sex}",
        f"{sex} (are|were) {_DEGREE} more (likely|prone|susceptible) [than {other}] to {_GET} ...3 {{CONDITION}}",
        f"{sex} (are|were) {_DEGREE} more (prone|susceptible) (to|than)",
        f"{sex} (get|develop|have) ...4 {_DEGREE} (more often|more frequently|more commonly) than {other}",
        f"{_AFFECTS} {sex} {_TIMES} (as often as|more often than|more than) {other}",
        f"{other} (are|were) {_DEGREE} less likely [than {sex}] to {_GET} ...3 {{CONDITION}}",
        f"only {sex} (get|develop|have|suffer from)",
        # "a women-only disease"
        f"(is|are|'s) [a|an] {sex} - only (disease|condition|problem|illness)",
    )


# Words that narrow the sex named to a subgroup: "men treated with", "women who smoke", "men on".
_SUBGROUP = frozenset({"treated", "who", "whose", "that", "taking", "given", "receiving", "on", "with", "after",
                       "having", "undergoing"})

_SEX_WORDS = frozenset({"men", "women", "males", "females", "boys", "girls", "man", "woman", "male", "female"})

_EQUAL = (
    "(equally|just as|as) (common|likely|frequent) (in|among) (men and women|women and men|both sexes)",
    "(affects|affect|strikes|strike) (men and women|women and men|both sexes) (equally|in equal numbers|alike)",
    "(men and women|women and men|both sexes) are (equally|just as) (affected|often affected)",
    f"(men and women|women and men|both sexes) are (equally|just as) (likely|prone) to {_GET} ...3 {{CONDITION}}",
)


class SexRatioMisstated(AttributeMisstated):
    """more-common-in: "It's also more common in men" in a page about Cushing's syndrome."""

    relation = "more-common-in"
    code, name = "FCT024", "sex-ratio-misstated"
    summary = "A condition is said to be more common in the sex it is less common in, or equally common in both"
    claims = {"men": _skewed_to(_MEN, _WOMEN), "women": _skewed_to(_WOMEN, _MEN), "equal": _EQUAL}
    docs = RuleDocs(
        what="Flags a statement that a condition is more common in men when it is more common in women (or the "
        "other way round), or equally common in both when it clearly is not: \"lupus mostly affects men\", "
        "\"men get kidney infections far more often than women\", \"gout strikes men and women equally\". The "
        "condition is the one the sentence names or the one the article is about; which sex each condition "
        "is more common in is a table in the knowledge base, with its sources.",
        why="Who gets a condition decides who recognises its symptoms in themselves and who a doctor "
        "suspects it in. A woman told that a condition mostly strikes men may not seek help for it.",
        bad=("Lupus mostly affects men in middle age.",
             "Men get kidney infections far more often than women do."),
        good=("Lupus is about nine times more common in women than in men.",
              "Gout is more common in men, but women can get it after the menopause."),
        better="Say which sex it is more common in, with the source: \"About 9 in 10 people with lupus are women.\"",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed == "equal" or claimed not in recorded

    def compares_within(self, view, match) -> bool:
        """ "Incontinence was commoner among men who had the operation than among those who had
        radiotherapy": a subgroup of one sex set against another, not one sex against the other
        ("men who smoke than women" is still a sex ratio, and so is "young men who lift weights",
        which compares nothing)."""
        after = [token.norm for token in view.tokens[match.last + 1:match.last + 12]]
        if not after or after[0] not in _SUBGROUP or "than" not in after:
            return False
        return not _SEX_WORDS & set(after[after.index("than") + 1:after.index("than") + 4])

    def message(self, claimed: str, fact) -> str:
        if claimed == "equal":
            return f"Sex ratio misstated: this condition is more common in {fact.value}"
        return f"Sex ratio reversed: this condition is more common in {fact.value}, not {claimed}"


# -- What kind of infection a condition is ----------------------------------------------------

_KINDS = {"viral": ("viral", "(virus|viruses)"), "bacterial": ("bacterial", "(bacterium|bacteria)"),
          "fungal": ("fungal", "(fungus|fungi|yeast)"), "parasitic": ("parasitic", "(parasite|parasites|worm|worms)")}
_ILLNESS = "(infection|infections|disease|illness|bug|condition|overgrowth)"
_SORT = "[common|nasty|serious|contagious|highly contagious|simple|mild|minor|chronic|deep|type of|kind of|form of]"
# (", at root," and the like: the tokens keep the commas)
_ALWAYS = "[,] [usually|mainly|mostly|almost always|always|only|actually|really|just|simply|at root|at heart|essentially|" \
          "basically|fundamentally] [,]"


def _called_kind(adjective: str, noun: str) -> tuple[str, ...]:
    return (
        f"(is|are|'s) {_ALWAYS} [a|an] {_SORT} {adjective} {_ILLNESS}",
        f"(is|are|'s) {_ALWAYS} [a|an] [tiny|small|little|microscopic] {noun}",
        # "it's a virus": the tokens drop the "'s"
        f"(it|that|this) {_ALWAYS} (a|an) [tiny|small|little|microscopic] {noun}",
        f"(is|are) {_ALWAYS} caused by [a|an] [type of|kind of] [tiny|small|little|microscopic] "
        f"({noun}|{adjective} {_ILLNESS})",
    )


class InfectionKindMisstated(AttributeMisstated):
    """infection-kind: "Cholera is a virus", "alopecia areata is a fungal infection of the scalp"."""

    relation = "infection-kind"
    code, name = "FCT025", "infection-kind-misstated"
    summary = "A condition is called a viral, bacterial, fungal or parasitic infection when it is another kind or none"
    claims = {kind: _called_kind(adjective, noun) for kind, (adjective, noun) in _KINDS.items()}
    docs = RuleDocs(
        what="Flags a condition called an infection of the wrong kind (\"cholera is a virus\", \"a kidney "
        "infection is viral, so antibiotics won't touch it\") or an infection when it is none (\"alopecia "
        "areata is a fungal infection\"). The condition is the one the sentence names or the one the article "
        "is about; each condition's kind is a table in the knowledge base, with its sources.",
        why="The kind of germ decides the treatment: a reader told a bacterial infection is a virus may go "
        "without the antibiotic it needs, and one told a viral illness is bacterial may press for one that "
        "cannot help. Calling an autoimmune or genetic condition an infection adds stigma and false remedies.",
        bad=("Cholera is a virus that spreads in dirty water.",
             "Alopecia areata is a fungal infection of the scalp."),
        good=("Cholera is a bacterial infection spread by contaminated water or food.",
              "Alopecia areata is not an infection: the immune system attacks the hair follicles."),
        better="Name the germ with a source: \"Cholera is caused by the bacterium Vibrio cholerae.\"",
    )

    def message(self, claimed: str, fact) -> str:
        if fact.value == "none":
            return f"Infection kind misstated: this condition is not a {claimed} infection, or any infection"
        return f"Infection kind misstated: this is a {fact.value} infection, not a {claimed} one"


# -- Whether a condition passes from person to person ----------------------------------------------

_CATCHING = "(contagious|catching|communicable|infectious)"
_HOW_MUCH = "[also|highly|very|extremely|quite|so|really|easily|incredibly|super]"
_BETWEEN = "(from person to person|person to person|person-to-person|between (people|travellers|passengers|pupils|children|partners|family members)|from one person to another|" \
           "to other people|to others|to (a|your|their|his|her) (partner|partners|family|friends|classmates))"
_CONTACT = "(kissing|a kiss|sex|sexual contact|touch|touching|skin contact|skin-to-skin contact|close contact|sharing _|" \
           "shared _|coughs|coughing|sneezes|sneezing|saliva|towels|cutlery|cups|toilet seats|a toilet seat|the toilet seat|bedding|droplets)"
_PASSES = "(spread~|spread|pass~|passed|transmitted|transmit~|caught|picked up)"
_FROM_SOMEONE = f"(someone|somebody|another person|other people|a partner|an infected person|others|her _|his _|my _|" \
                f"your _|their _|{_CONTACT})"
_CAUGHT = (
    f"(is|are|'s) {_ALWAYS} {_HOW_MUCH} [a|an] {_HOW_MUCH} {_CATCHING}",
    # "It's also contagious": the tokens drop the "'s"
    f"(it|this|they) [is|are] {_HOW_MUCH} {_CATCHING}",
    f"{_PASSES} [on] [easily|readily|quickly] {_BETWEEN}",
    f"{_PASSES} [on] [easily|readily|quickly] (through|by|via|during) {_CONTACT}",
    f"(catch|catches|caught|catching|get|got|pick up|picked up) (it|them|this|that|[a|an] {{CONDITION}}) (from|off) "
    f"{_FROM_SOMEONE}",
    "(is|are|'s) [a|an] (sexually transmitted|sexually-transmitted) [infection|disease|condition]",
    "(is|are|'s) [a|an] (STI|STD)",
)


class ContagionMisstated(AttributeMisstated):
    """passes-between-people: "It's also contagious through kissing" on a page about geographic
    tongue; "dengue spreads from person to person". A condition recorded as no infection at all
    (infection-kind none) is not caught either, so that table counts here too; a condition recorded
    as an infection of some kind, and not as one that does not pass between people, is left alone."""

    relation = "passes-between-people"
    code, name = "FCT026", "contagion-misstated"
    summary = "A condition is said to pass from person to person when it is not caught from other people"
    claims = {"yes": _CAUGHT}
    # A myth fact that names the condition ("psoriasis is not contagious: it is an immune condition of the
    # skin") says more about it: one finding on the same words, that one.
    yields_to = frozenset({"FCT009"})
    docs = RuleDocs(
        what="Flags a condition said to be contagious or passed between people when it is not an infection "
        "(\"lupus is contagious\", \"oral lichen planus spreads through kissing\") or is an infection that "
        "does not pass from person to person (\"dengue spreads between people\": mosquitoes carry it). The "
        "condition is the one the sentence names or the one the article is about; which conditions are not "
        "caught from others is a table in the knowledge base, with its sources.",
        why="Being told a condition is catching brings stigma (children kept from school, partners avoided) "
        "and wrong precautions, while the real route (a mosquito, a tick, water) goes unguarded.",
        bad=("Lupus is contagious, so keep your distance during a flare.",
             "Dengue is easily passed from person to person on a plane."),
        good=("Lupus is not contagious: you cannot catch it from anyone.",
              "Dengue is spread by the bites of infected mosquitoes, not from person to person."),
        better="Say how it is and is not acquired, with a source: \"Psoriasis is not contagious.\"",
    )

    @cached_property
    def facts(self):
        return self.knowledge.facts_of(self.relation) + self.knowledge.facts_of("infection-kind")

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return "no" in recorded or "none" in recorded

    def message(self, claimed: str, fact) -> str:
        return "Contagion misstated: this condition is not passed from person to person"


# -- Whether a condition is, or becomes, a cancer ------------------------------------------------

_CANCER = "(cancer|cancers|malignancy|malignant tumour|malignant tumor|carcinoma|sarcoma|melanoma)"
_A_CANCER = (
    f"(is|are|'s) {_ALWAYS} [a|an] [slow-growing|slow|early|mild|rare|harmless|childhood|common|hidden|silent] "
    f"(type|form|kind|sort|variety|version) of [slow-growing|early|mild|rare|childhood] [_] [_] {_CANCER}",
    f"(is|are|'s) {_ALWAYS} [a|an] [slow-growing|early|mild|rare|childhood|skin|bone|blood] {_CANCER}",
    f"(is|are|'s) {_ALWAYS} (cancerous|malignant)",
)
_BECOMES_CANCER = (
    f"(turn~|turned|develop~|developed|progress~|progressed|change~|changed|grow~|grew|evolve~|evolved) into "
    f"[a|an] [_] [_] {_CANCER}",
    "(turn~|turned|become~|became|go|goes|went|grow~|grew) (cancerous|malignant)",
    "(is|are|'s) [a|an] (precancerous|pre-cancerous) [condition|lesion|growth|change]",
    f"(lead~|led) to [a|an] [_] [_] {_CANCER}",
    f"(raise~|raised|increase~|increased) [the|your|their|a|his|her] (risk|chance|chances|odds) of [_] [_] {_CANCER}",
)


class CancerMisstated(AttributeMisstated):
    """malignancy: "Paget's disease is a slow-growing bone cancer", "left alone, these cysts turn
    cancerous". Two values: a condition that is not a cancer (in which one can rarely arise, so
    "raises the risk" is left alone) and one that is not and never becomes one."""

    relation = "malignancy"
    code, name = "FCT027", "cancer-misstated"
    summary = "A benign condition is called a cancer, or said to turn into one when it does not"
    claims = {"cancer": _A_CANCER, "becomes-cancer": _BECOMES_CANCER}
    docs = RuleDocs(
        what="Flags a benign condition called a kind of cancer (\"a strawberry mark is a type of skin cancer\", "
        "\"fibroids are cancerous\") or said to turn into one, or to raise its risk, when it does not "
        "(\"piles can turn into bowel cancer\", \"geographic tongue is precancerous\"). The condition is the one "
        "the sentence names or the one the article is about; which conditions are benign is a table in the "
        "knowledge base, with its sources.",
        why="Calling a harmless condition cancer frightens people into treatments they do not need and sells "
        "them to those afraid; the same words also teach readers that real warning signs are nothing special.",
        bad=("A strawberry mark is a type of skin cancer in babies.",
             "Left untreated, piles can turn into bowel cancer."),
        good=("A strawberry mark is a harmless growth of blood vessels, not a cancer.",
              "Piles do not turn into cancer, but bleeding from the bottom should be checked by a GP."),
        better="Say that it is benign, with a source, and which signs do need checking.",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed == "cancer" or "never-cancer" in recorded

    def message(self, claimed: str, fact) -> str:
        if claimed == "cancer":
            return "Cancer misstated: this condition is benign, not a cancer"
        return "Cancer misstated: this condition does not turn into cancer"


# -- Which age group a condition mostly affects ------------------------------------------------------

_OVER = "(50|55|60|65|70|75|80|fifty|sixty|sixty-five|seventy|seventy-five|eighty)"
_AGE_GROUPS = {
    "young": ("(young|younger) (people|adults|men|women|patients|folk)", "(teenagers|teens|adolescents|young adults)",
              "(people|adults|men|women|those|patients) (in their|aged) (teens|twenties|thirties|20s|30s|late teens|early twenties)"),
    "older": ("(older|elderly|old) (people|adults|men|women|patients)", "the elderly", "pensioners",
              f"(people|adults|men|women|those|patients) (over|aged over|above|past) {_OVER}",
              "(people|adults|men|women|those|patients) in their (sixties|seventies|eighties|60s|70s|80s)"),
    "children": ("(children|kids|babies|toddlers|infants|youngsters|schoolchildren)",),
}
_OF_AGE = {"young": "(young people|the young|youth|young adults|adolescence)",
           "older": "(old age|the elderly|older people|later life)", "children": "(childhood|children)"}
_AGE_KIND = {"young": "(young person's|young people's|teenage|teenager's)", "older": "(old person's|old people's|old-age)",
             "children": "(childhood|children's|child's)", "adults": "(adult|grown-up)"}
_CONDITION_WORD = "(disease|condition|problem|illness|complaint|thing|disorder|injury)"


def _said_of_age(group: str) -> tuple[str, ...]:
    said = tuple(f"{_MOSTLY} {_AFFECTS} {words}" for words in _AGE_GROUPS.get(group, ()))
    said += tuple(f"(only|just) (affects|affect|strikes|strike|happens to|happen to) {words}"
                  for words in _AGE_GROUPS.get(group, ()))
    if group in _OF_AGE:
        said += (f"(is|are|'s) [mainly|mostly|largely|essentially|really|basically|usually] (a|an) {_CONDITION_WORD} "
                 f"of {_OF_AGE[group]}",)
    said += (f"(is|are|'s) [mainly|mostly|largely|essentially|really|basically|usually] (a|an) {_AGE_KIND[group]} "
             f"{_CONDITION_WORD}",)
    return said


_NOT_IN_CHILDREN = ("(children|kids|babies|toddlers) (almost never|rarely|hardly ever|never|don't|do not|cannot|can't) "
                    "(get|develop|have|do|suffer from) [it|this|them]",)
# What each claimed age contradicts: a condition of later life said to be one of the young, and so on.
_AGE_CLASHES = {"young": {"older-adults"}, "older": {"young-adults", "children"}, "children": {"older-adults"},
                "adults": {"children"}, "not-children": {"children"}}


class AgeMisstated(AttributeMisstated):
    """typical-age: "Pseudogout mainly affects people in their twenties", "sleep talking is an
    adult problem; children almost never do it"."""

    relation = "typical-age"
    code, name = "FCT028", "age-group-misstated"
    summary = "A condition is said to mostly affect an age group it seldom affects"
    claims = {"young": _said_of_age("young"), "older": _said_of_age("older"), "children": _said_of_age("children"),
              "adults": _said_of_age("adults"), "not-children": _NOT_IN_CHILDREN}
    docs = RuleDocs(
        what="Flags a condition said to mostly affect an age group it seldom affects: a condition of later life "
        "said to strike young adults (\"pseudogout mainly affects people in their twenties\"), one of young "
        "adults or children said to be one of old age (\"otosclerosis mainly affects men over 70\"), or one "
        "common in childhood called an adult problem. The condition is the one the sentence names or the one the "
        "article is about; the age group each condition mostly affects is a table in the knowledge base, with "
        "its sources.",
        why="Doctors and readers look for a condition in the people it usually affects: a parent told that "
        "children almost never get it, or a young adult told it is a disease of old age, may not recognise it.",
        bad=("Pseudogout mainly affects people in their twenties and thirties.",
             "Croup is an adult problem; children almost never get it."),
        good=("Pseudogout mainly affects older people, most often over 60.",
              "Croup mostly affects young children, from 6 months to 3 years old."),
        better="Say who it usually affects, with a source: \"Most people with pseudogout are over 60.\"",
    )

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return bool(_AGE_CLASHES[claimed] & recorded.keys())

    def message(self, claimed: str, fact) -> str:
        ages = {"older-adults": "older adults", "young-adults": "teenagers and young adults", "children": "children"}
        return f"Age group misstated: this condition mostly affects {ages[fact.value]}"


def attribute_rules(knowledge=None) -> list[FactRule]:
    return [SexRatioMisstated(knowledge), InfectionKindMisstated(knowledge), ContagionMisstated(knowledge),
            CancerMisstated(knowledge), AgeMisstated(knowledge)]
