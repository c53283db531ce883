"""FCT035: how a condition is passed down in families, if at all."""

from __future__ import annotations

from functools import cached_property

from mslint.analysis.shares import shares_in
from mslint.analysis.topic import named_entities
from mslint.model import RuleDocs
from mslint.rules.attributes.base import ALWAYS, AttributeMisstated


# -- How a condition is passed down -----------------------------------------------------------------

_MOTHER = "(mother|mothers|mum|mums|mom|moms|mother 's side|mum 's side|mom 's side|mother's side|mum's side|" \
          "mom's side|maternal side|maternal line|female line|mother 's line|mother's line)"
_FATHER = "(father|fathers|dad|dads|father 's side|dad 's side|father's side|dad's side|paternal side|paternal line|" \
          "male line)"
_PASSED = "(passed|handed|inherited|comes|come|coming|passes|pass|get|gets|got|inherit|inherits|carried|runs|run)"
_CHILDREN = "(children|kids|child|baby|babies|son|sons|daughter|daughters|offspring|grandchildren)"
_INHERITED = "(inherited|hereditary|genetic|passed down|passed on|handed down)"
_KIND = "[condition|disease|disorder|problem|trait|illness]"


def _only_from(parent: str) -> tuple[str, ...]:
    return (
        f"{_PASSED} [down|on] [to (you|a child|children|your children)] only (from|through|via|down) "
        f"[the|your|his|her|their|a] {parent}",
        f"only (from|through|via|down) [the|your|his|her|their|a] {parent}",
        f"only {parent} (can|ever|will) (pass|passes|hand) (it|this|the gene|the condition) (on|down)",
        # A line of descent is one side only: "baldness comes down the female line".
        f"{_PASSED} down the {parent}",
    )


_NOT_INHERITED = (
    f"(is|are|'s) (not|never|n't) {_INHERITED}",
    f"(isn't|aren't|is not|are not|'s not) [a|an] (inherited|hereditary|genetic) {_KIND}",
    "(doesn't|does not|don't|do not|never) (run|runs) in (families|the family|your family)",
    f"(can't|cannot|can not|won't|will not|could not|couldn't) be (passed|handed) (on|down) [to (your|their|his|her) "
    f"{_CHILDREN}]",
    f"(can't|cannot|can not|won't|will not) (pass|hand) (it|this|them) (on|down) [to (your|their|his|her) {_CHILDREN}]",
    "(has|have) (nothing to do with|no link (to|with)) (your|their|his|her) (genes|family history|parents)",
    "(there is|there's) no (genetic|inherited|hereditary) (link|component|cause|element)",
    "(is not|isn't|'s not|is n't) something (you|people|children|babies) (inherit|are born with|get from (your|their) parents)",
)
_IS_INHERITED = (
    f"(is|are|'s) {ALWAYS} (inherited|hereditary)",
    # (Not "a genetic condition": Down syndrome is genetic and seldom inherited.)
    f"(is|are|'s) {ALWAYS} (a|an) (inherited|hereditary) {_KIND}",
    "(runs|run) in (families|the family)",
    f"(passed|handed) (down|on) (from|by) (parents|your parents|a parent|the parents|one generation to the next|"
    f"generation to generation|mother to child|parent to child)",
    "(inherit|inherited|inherits) (it|this|the condition) from (your|their|his|her|a|the) (parents|parent|mother|father|mum|dad)",
    # Without "down" or "on": "it is passed from parent to child", "passed from mother to baby".
    "(is|are|'s|gets|get) (passed|handed|transmitted) from (parent|parents|mother|father|mum|dad) to (child|children|baby|babies|son|sons|daughter|daughters)",
)
_RECESSIVE = (
    "both parents (must|have to|need to|will) (carry|pass on|have|be carriers)",
    "(need|needs|inherit|inherits|get|gets) (two|both) (faulty|altered|affected|changed|mutated) (copies|genes)",
    "(only|can only) (get|gets|inherit|inherits|have|has) (it|the condition) if both (parents|of (their|your|his|her) parents)",
    "(is|are|'s) [an|a] (autosomal recessive|recessive) [condition|disease|disorder|trait|pattern]",
)
_DOMINANT = (
    "(is|are|'s) [an|a] (autosomal dominant|dominant) [condition|disease|disorder|trait|pattern]",
    "(one|a single) (faulty|altered|affected|changed|mutated) (copy|gene) [from (one|either) parent] is (enough|all it takes)",
    "only one parent (needs to|has to|must) (carry|pass on|have) [it|the gene]",
    # "you only get it if one of your parents has it too"
    "(only|can only) (get|gets|inherit|inherits|have|has) (it|the condition) if (one|either) of (your|their|his|her) parents (has|have|had) it",
    f"(each|every) {_CHILDREN} (has|have|will have|stands) (a|an) (50%|50 per cent|50 percent|one in two|1 in 2|"
    f"50-50|fifty-fifty|even) chance of (inheriting|getting|having|developing) (it|the condition|{{CONDITION}})",
)
_X_LINKED = (
    "(is|are|'s) [an|a] (X-linked|x - linked|sex-linked|sex - linked) [condition|disease|disorder|trait|pattern]",
    "(is|are) (carried|passed down|passed on|inherited) on the X chromosome",
)
# Only a child with an affected parent can have it: not so when healthy carriers pass it on.
_AFFECTED_PARENT = (
    "(only|can only) (get|gets|inherit|inherits|have|has) (it|the condition|{CONDITION}) if (a|one|either|your|their) "
    "parent (has|have|had) (it|the condition|{CONDITION})",
    "if neither parent has (it|the condition|{CONDITION}) , [then] (your|the|their|a) (child|children|baby|babies|kids) "
    "(can't|cannot|can not|won't|will not) (get|inherit|have|develop) (it|the condition|{CONDITION})",
)
# Every child of two carriers said to be affected (one in four is, for a recessive condition): "if both
# parents carry the trait, every child will have sickle cell disease".
_EVERY_CHILD = (
    f"if both (parents|of (your|their|his|her) parents) (carry|have|are carriers|pass on) ...4 (every|each|all) [of] "
    f"[the|their|your|his|her] {_CHILDREN} (will|would|is going to|are going to) (have|get|be born with|inherit|develop) "
    "(it|the condition|the disease|{CONDITION})",
)
# The condition itself said to come from how one lives (its attacks may well be brought on so: "attacks
# of porphyria are triggered by alcohol" is true, and says nothing of the cause).
_LIFESTYLE = (
    "{CONDITION} (is|are) [usually|mostly|mainly|really|actually|simply|just|always] caused by ...3 (years of|a lifetime of|"
    "too much|too little|not enough|not drinking|poor diet|a poor diet|bad diet|a bad diet|eating|drinking|stress|smoking|"
    "alcohol|lifestyle|sugar|lack of exercise)",
    "{CONDITION} (develops|develop|starts|start) when years of",
)

# Words of a share that make a claim true of some: "in about half of people", "sometimes", "in 30% of cases".
_SOME = frozenset({"half", "third", "quarter", "some", "many", "sometimes", "often", "%", "percent", "occasionally",
                   "rarely", "few", "minority", "small", "smaller", "handful", "proportion", "fraction", "certain"})

# The patterns a recorded value rules out. An infection (any kind the infection table records) is
# not passed down either.
_SINGLE_GENE = {"autosomal-recessive", "autosomal-dominant", "x-linked", "mitochondrial"}
_CLASHES = {
    "mother-only": {"autosomal-recessive", "autosomal-dominant", "multifactorial", "not-inherited"},
    "father-only": {"autosomal-recessive", "autosomal-dominant", "x-linked", "mitochondrial", "multifactorial",
                    "not-inherited"},
    "not-inherited": _SINGLE_GENE,
    "inherited": {"not-inherited"},
    "recessive": {"autosomal-dominant", "x-linked", "mitochondrial"},
    "dominant": {"autosomal-recessive", "x-linked", "mitochondrial"},
    "x-linked": {"autosomal-recessive", "autosomal-dominant", "mitochondrial"},
    "lifestyle": _SINGLE_GENE,
    "affected-parent": {"autosomal-recessive", "x-linked"},
    "every-child": {"autosomal-recessive"},
}
_SAID = {"autosomal-recessive": "it is inherited in a recessive pattern: a child is affected only when both parents "
                                "pass on a faulty copy of the gene (when both carry one, each child has a 1 in 4 chance)",
         "autosomal-dominant": "it is inherited in a dominant pattern: one faulty copy from either parent is enough",
         "x-linked": "it is X-linked: mothers who carry the gene pass it on, and it mostly affects boys",
         "mitochondrial": "it is passed down through the mother's mitochondria",
         "multifactorial": "it runs in families through many genes, from both sides, together with other factors",
         "not-inherited": "in most people it is not inherited",
         "infection": "it is an infection, not something passed down in families"}


class InheritanceMisstated(AttributeMisstated):
    """inheritance: "Cystinuria is passed down only from the mother", "haemochromatosis is caused by
    eating too much red meat", "cold urticaria runs in families" (acquired in most people)."""

    relation = "inheritance"
    code, name = "FCT035", "inheritance-misstated"
    summary = "A condition is said to be passed down in a way it is not, or not passed down when it is"
    claims = {"mother-only": _only_from(_MOTHER), "father-only": _only_from(_FATHER),
              "not-inherited": _NOT_INHERITED, "inherited": _IS_INHERITED, "recessive": _RECESSIVE,
              "dominant": _DOMINANT, "x-linked": _X_LINKED, "lifestyle": _LIFESTYLE,
              "affected-parent": _AFFECTED_PARENT, "every-child": _EVERY_CHILD}
    docs = RuleDocs(
        what="Flags a condition said to be inherited in a way it is not: a recessive or dominant condition said to "
        "come only from the mother (\"cystinuria is passed down only from the mother\"), a single-gene condition "
        "said not to be inherited or to be caused by diet or drink, an acquired condition said to run in families, "
        "or a recessive condition given a dominant pattern. The condition is the one the sentence names or the one "
        "the article is about; each condition's pattern of inheritance is a table in the knowledge base, with its "
        "sources.",
        why="Families decide about testing, partners' carrier tests and having children on what they are told "
        "about inheritance: a father told a condition only comes down the mother's line, or parents told a genetic "
        "condition comes from diet, may skip the testing and advice they need, and blame where none belongs.",
        bad=("Cystinuria is passed down only from the mother, so if she is clear the children are too.",
             "Haemochromatosis is caused by years of eating too much red meat."),
        good=("Cystinuria is inherited in a recessive pattern: both parents carry a faulty gene.",
              "Haemochromatosis is an inherited condition; eating less iron-rich food does not prevent it."),
        better="Say how it is inherited, with a source: \"Haemochromatosis is inherited: a child is affected when "
        "both parents pass on a faulty HFE gene.\"",
    )

    @cached_property
    def facts(self):
        # an infection is not inherited: the infection table's rows count as "not-inherited" here
        return self.knowledge.facts_of(self.relation) + [fact for fact in self.knowledge.facts_of("infection-kind")
                                                         if fact.value != "none"]

    def compares_within(self, view, match) -> bool:
        """A share of people or cases before the claim: "in about half of people, NF1 is not inherited"
        (a new mutation) is true of a dominant condition; and a count of cases anywhere in the sentence:
        "about 1 in 10 cases of motor neurone disease are inherited", "it is inherited in 10% of cases"."""
        tokens = view.tokens
        if tokens[match.first].norm == "if":
            return False  # "if both parents carry it, every child will have it": "every" is the claim itself
        if any(token.norm in _SOME for token in tokens[:match.first]):
            return True
        # A count of cases anywhere in the sentence, as the shares reader reads it ("a 50% chance of
        # inheriting it" is a parent's odds, not a share of cases).
        return any(share.figure for share in shares_in(tokens))

    def _about(self, view, match, claimed: str) -> list[str]:
        if claimed == "every-child":
            # The condition the every-child clause names, past the "if" clause that opens the claim.
            return [named.entity for named in named_entities(view, "condition")
                    if match.first <= view.token_index(named.start) <= match.last]
        return super()._about(view, match, claimed)

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        values = {_value(value) for value in recorded}
        if "infection" in values:
            values.add("not-inherited")
        return bool(_CLASHES[claimed] & values)

    def message(self, claimed: str, fact) -> str:
        return f"Inheritance misstated: {_SAID[_value(fact.value)]}"


def _value(value: str) -> str:
    """An infection table's value (bacterial, viral ...) read as the inheritance it implies."""
    return value if value in _SAID else "infection"
