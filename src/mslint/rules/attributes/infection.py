"""FCT025 and FCT026: what kind of infection a condition is, if any, and whether it passes from person
to person."""

from __future__ import annotations

from functools import cached_property

from mslint.model import RuleDocs
from mslint.analysis.topic import named_entities
from mslint.rules.attributes.base import ALWAYS, AttributeMisstated


# -- What kind of infection a condition is ----------------------------------------------------

_KINDS = {"viral": ("viral", "(virus|viruses)"), "bacterial": ("bacterial", "(bacterium|bacteria)"),
          "fungal": ("fungal", "(fungus|fungi|yeast)"), "parasitic": ("parasitic", "(parasite|parasites|worm|worms|lice|louse)")}
_ILLNESS = "(infection|infections|disease|illness|bug|condition|overgrowth)"
_SORT = "[common|nasty|serious|contagious|highly contagious|simple|mild|minor|chronic|deep|type of|kind of|form of]"
# Where the infection is: "a fungal skin infection", "a viral chest infection".
_PART = "skin|scalp|nail|gut|stomach|chest|lung|ear|eye|throat|bowel|bladder|blood|bone|joint|mouth|tooth|gum|foot|sinus"


def _called_kind(adjective: str, noun: str) -> tuple[str, ...]:
    return (
        f"(is|are|'s) {ALWAYS} [a|an] {_SORT} {adjective} [{_PART}] {_ILLNESS}",
        f"(is|are|'s) {ALWAYS} [a|an] [tiny|small|little|microscopic] {noun}",
        # "it's a virus": the tokens drop the "'s"
        f"(it|that|this) {ALWAYS} (a|an) [tiny|small|little|microscopic] {noun}",
        f"(is|are) {ALWAYS} caused by [a|an] [type of|kind of] [tiny|small|little|microscopic] "
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
_BETWEEN = "(from person to person|person to person|person-to-person|from (child|kid|pupil|baby) to (child|kid|pupil|baby)|between (people|travellers|passengers|pupils|children|babies|toddlers|partners|family members|classmates|athletes|players|swimmers)|from one person to another|" \
           "to other people|to others|to (a|your|their|his|her) (partner|partners|family|friends|classmates)|to [sexual] partners)"
_CONTACT = "(kissing|a kiss|sex|sexual contact|touch|touching|skin contact|skin-to-skin contact|close contact|sharing _|" \
           "shared _|coughs|coughing|sneezes|sneezing|saliva|towels|cutlery|cups|toilet seats|a toilet seat|the toilet seat|bedding|droplets)"
_PASSES = "(spread~|spread|pass~|passed|transmitted|transmit~|caught|picked up)"
_FROM_SOMEONE = f"(someone|somebody|another person|other people|a partner|an infected person|others|her _|his _|my _|him|her|them|" \
                f"your _|their _|{_CONTACT})"
_CAUGHT = (
    f"(is|are|'s) {ALWAYS} {_HOW_MUCH} [a|an] {_HOW_MUCH} {_CATCHING}",
    # "It's also contagious": the tokens drop the "'s"
    f"(it|this|they) [is|are] {_HOW_MUCH} {_CATCHING}",
    f"{_PASSES} [on] [easily|readily|quickly] {_BETWEEN}",
    f"{_PASSES} [on] [easily|readily|quickly] (through|by|via|during) {_CONTACT}",
    f"(catch|catches|caught|catching|get|got|pick up|picked up) (it|them|this|that|[a|an] {{CONDITION}}) (from|off) "
    f"{_FROM_SOMEONE}",
    "(is|are|'s) [a|an] (sexually transmitted|sexually-transmitted) [infection|disease|condition]",
    # "Lupus is an infection you catch, usually from a partner".
    "(is|are|'s) [a|an] [_] (infection|infections|bug|virus) (you|people|children|kids|adults) [can] (catch|get|pick up)",
    "(is|are|'s) [a|an] (STI|STD)",
    # Said to come from a sexual infection: "cervical ectropion is caused by a sexually transmitted infection".
    f"(is|are|'s) {ALWAYS} caused by [a|an] (sexually transmitted|sexually-transmitted) (infection|infections|disease|diseases)",
    f"(is|are|'s) {ALWAYS} caused by [a|an] (STI|STD|STIs|STDs)",
)

# Caught from no one, of an infection that is: "it's not catching", "it can't spread from person to
# person", "you can't catch it from anyone". Only the plain denial: a route denied ("you can't catch
# it from a toilet seat") is often right of an infection that does pass between people.
_NOT_CAUGHT = (
    f"(is|are|'s) (not|n't) {_HOW_MUCH} {_CATCHING}",
    f"(isn't|aren't) {_HOW_MUCH} {_CATCHING}",
    f"(can't|cannot|can not|won't|doesn't|does not|don't|do not) (spread|pass|be passed|be spread|be caught|get passed) [on] {_BETWEEN}",
    "(can't|cannot|can not|won't) (catch|get) (it|them) from (anyone|anybody|someone|somebody|another person|other people)",
    "(can't|cannot|can not) pass (it|them|anything) on",
)
# Words after a denial that narrow it to a time or a route: "not contagious once the sores have
# crusted", "not contagious after two days of antibiotics", "not passed on through kissing".
_NARROWING = frozenset({"once", "after", "until", "when", "unless", "before", "through", "by", "via", "during",
                        "while", "if", "from", "in", "at"})

_PURPOSE = frozenset({"so", "until", "unless", "ensure", "sure"})
_NOT_WORDS = frozenset({"not", "n't", "isn't", "aren't", "can't", "cannot", "won't", "doesn't", "don't"})
_SELDOM = frozenset({"rarely", "seldom", "occasionally", "exceptionally", "uncommonly", "hardly", "rare"})


_POINTING_BACK = frozenset({"these", "those"})


def _of_the_reactions_named(view, match) -> bool:
    """ "Some get a mild fever or a rash a week after the jab; these are not infectious" (v0.30.50, set 151): the
    denial points back at the harms named last before it in the sentence (a reaction, not the infection)."""
    if match.first == 0 or view.tokens[match.first - 1].norm not in _POINTING_BACK:
        return False
    harms = [mention.last for mention in view.mentions_of("harm") if mention.last < match.first]
    conditions = [mention.last for mention in view.mentions_of("condition") if mention.last < match.first]
    return bool(harms) and max(harms) > max(conditions, default=-1)


def _names_what_it_is_not(view, match) -> bool:
    """ "The rash after the jab is not infectious measles": the adjective goes with the condition named
    right after it, and the sentence denies that its subject is that infection; it says nothing of
    whether the infection passes between people."""
    after = match.last + 1
    return any(view.token_index(condition.start) == after for condition in named_entities(view, "condition"))


class ContagionMisstated(AttributeMisstated):
    """passes-between-people: "It's also contagious through kissing" on a page about geographic
    tongue; "dengue spreads from person to person". A condition recorded as no infection at all
    (infection-kind none) is not caught either, so that table counts here too; a condition recorded
    as an infection of some kind, and not as one that does not pass between people, is left alone."""

    relation = "passes-between-people"
    code, name = "FCT026", "contagion-misstated"
    summary = "A condition is said to pass from person to person when it is not caught from other people, or the " \
              "other way round"
    claims = {"yes": _CAUGHT, "no": _NOT_CAUGHT}
    # A myth fact that names the condition ("psoriasis is not contagious: it is an immune condition of the
    # skin") says more about it: one finding on the same words, that one.
    yields_to = frozenset({"FCT009"})
    docs = RuleDocs(
        what="Flags a condition said to be contagious or passed between people when it is not an infection "
        "(\"lupus is contagious\", \"oral lichen planus spreads through kissing\") or is an infection that "
        "does not pass from person to person (\"dengue spreads between people\": mosquitoes carry it). The "
        "condition is the one the sentence names or the one the article is about; which conditions are not "
        "caught from others is a table in the knowledge base, with its sources. The other way round, an "
        "infection that does pass between people called not catching (\"impetigo isn't contagious\", "
        "\"giardia can't spread from person to person\") is flagged too; a denial narrowed to a time or a route "
        "(\"not contagious once the sores have crusted\", \"can't be passed on through kissing\") is left alone.",
        why="Being told a condition is catching brings stigma (children kept from school, partners avoided) "
        "and wrong precautions, while the real route (a mosquito, a tick, water) goes unguarded; being told an "
        "infection is not catching sends a child with impetigo or head lice back among others.",
        bad=("Lupus is contagious, so keep your distance during a flare.",
             "Dengue is easily passed from person to person on a plane.",
             "Impetigo isn't contagious, so there is no need to keep him off school."),
        good=("Lupus is not contagious: you cannot catch it from anyone.",
              "Dengue is spread by the bites of infected mosquitoes, not from person to person."),
        better="Say how it is and is not acquired, with a source: \"Psoriasis is not contagious.\"",
    )

    @cached_property
    def facts(self):
        return self.knowledge.facts_of(self.relation) + self.knowledge.facts_of("infection-kind")

    def compares_within(self, view, match) -> bool:
        """ "It very rarely passes from one person to another": how seldom, not whether (some infections
        recorded as not passing between people do, now and then). A denial narrowed to a time or a
        route ("not contagious once the sores have crusted"), or said as what a precaution is for
        ("so that she can't pass it on"), is not a denial of the infection passing at all."""
        tokens = view.tokens
        after = tokens[match.last + 1:match.last + 3]
        if any(token.norm in _NOT_WORDS for token in tokens[match.first:match.last + 1]):
            if any(token.norm in _NARROWING for token in after):
                return True  # a denial narrowed to a time or a route
            if _of_the_reactions_named(view, match):
                return True  # "a fever or a rash after the jab; these are not infectious"
            if _names_what_it_is_not(view, match):
                return True  # a rash said not to be the infection itself: what it is, not how measles spreads
            if any(token.norm in _PURPOSE for token in tokens[max(0, match.first - 3):match.first]):
                return True  # what a precaution is for: "keep her off school so that she can't pass it on"
        clause = view.clause_of(match.first)
        return any(token.norm in _SELDOM for token in view.tokens[max(0, match.first - 4):match.first + 2]
                   if clause is None or view.clause_of(view.token_index(token.start)) == clause)

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        if claimed == "no":
            return "yes" in recorded
        return "no" in recorded or "none" in recorded

    def message(self, claimed: str, fact) -> str:
        if claimed == "no":
            return "Contagion misstated: this infection does pass from person to person"
        return "Contagion misstated: this condition is not passed from person to person"
