"""FCT037: a medicine said to work through a hormone it does not act on ("sildenafil works by raising
testosterone", "the Mirena coil floods the womb with oestrogen", "finasteride stops your body making
testosterone").

Like the condition attributes, what each medicine acts on is a table (knowledge/general/mechanisms.toml:
these act on oestrogen and progestogen, these on no hormone at all), and the rule holds the ways a
sentence says a medicine works through a hormone. The subject is the medicine the clause names, or
the one in force.
"""

from __future__ import annotations

from mslint.analysis.topic import named_entities
from mslint.model import RuleDocs
from mslint.rules.attributes.base import AttributeMisstated

_HORMONES = {
    "testosterone": "(testosterone|androgens|androgen|male hormones|male hormone)",
    "oestrogen": "(oestrogen|estrogen|oestrogens|estrogens|oestradiol|estradiol|female hormones)",
    "progestogen": "(progesterone|progestogen|progestogens|progestin|progestins|progestagen)",
    "dht": "(dht|dihydrotestosterone)",
    "thyroid-hormone": "(thyroid hormone|thyroid hormones|thyroxine|t4|t3)",
    "insulin": "(insulin)",
    "cortisol": "(cortisol|stress hormone|stress hormones)",
    "melatonin": "(melatonin)",
}
# Words that stand for a medicine named before: "It works by pumping up your testosterone".
_REFERS_BACK = frozenset({"it", "they", "this", "which", "that", "tablet", "drug", "pill", "medicine", "coil",
                          "injection", "cream"})
_MORE = "(raising|boosting|increasing|pumping up|topping up|replacing|releasing|supplying|adding|restoring)"
_LESS = "(lowering|blocking|cutting|reducing|suppressing|switching off|shutting down|stopping (your|the|a man's|a woman's) body [from] making)"
_BARE = "(raises|boosts|increases|pumps up|tops up|releases|lowers|blocks|cuts|suppresses)"


def _said_to_work_through(hormone: str) -> tuple[str, ...]:
    return (
        f"(works|work|worked|acts|act|helps|help) by ({_MORE}|{_LESS}) [your|the|the body's|a man's|a woman's|more|extra|natural] [own] [natural] {hormone}",
        f"(works|work|worked|acts|act) by (flooding|filling|bathing|topping up) (your|the|a) ...3 with {hormone}",
        f"{_BARE} [your|the|the body's|natural] [own] {hormone} [levels|production|output]",
    )


class HormoneMechanismMisstated(AttributeMisstated):
    """acts-on-hormone: "Viagra works by pumping up your testosterone"."""

    relation = "acts-on-hormone"
    code, name = "FCT037", "hormone-mechanism-misstated"
    summary = "A medicine is said to work through a hormone it does not act on"
    setting = "This article is about a medicine."
    claims = {hormone: _said_to_work_through(words) for hormone, words in _HORMONES.items()}
    docs = RuleDocs(
        what="Flags a medicine said to work by raising, releasing or blocking a hormone it does not act on: "
        "\"sildenafil works by raising testosterone\" (it relaxes the blood vessels of the penis), \"the Mirena "
        "coil works by flooding the womb with oestrogen\" (it releases a progestogen), \"finasteride works by "
        "stopping your body making testosterone\" (it blocks testosterone's conversion to DHT). Which hormones "
        "each medicine acts on, or that it acts on none, is a table in the knowledge base, with its sources.",
        why="How a medicine works tells a reader what to expect of it and whom it suits: a man told that an "
        "erection tablet boosts testosterone may expect it to fix low desire or fear it like a steroid, and a "
        "woman told that a coil is full of oestrogen may refuse one she could safely use.",
        bad=("Sildenafil works by raising testosterone levels.",
             "The Mirena coil works by flooding your womb with oestrogen."),
        good=("Sildenafil works by relaxing the blood vessels of the penis, so more blood can flow in.",
              "The Mirena coil releases a progestogen, levonorgestrel, into the womb."),
        better="Say what the medicine acts on, with a source: \"Finasteride blocks the enzyme that turns "
        "testosterone into DHT.\"",
    )

    def compares_within(self, view, match) -> bool:
        """"Blocking testosterone from turning into DHT": the hormone named as what another is made from."""
        after = {token.norm for token in view.tokens[match.last + 1:match.last + 6]}
        return bool(after & {"dht", "dihydrotestosterone", "into", "converted", "conversion", "turning", "changing"})

    def _about(self, view, match, claimed: str) -> list[str]:
        """The medicines the clause names before the claim; else those in force before the sentence."""
        clause = view.clause_of(match.first)
        before = [medicine.entity for medicine in named_entities(view, "intervention")
                  if (at := view.token_index(medicine.start)) < match.first
                  and (clause is None or view.clause_of(at) == clause)]
        if before:
            return before[-1:]
        if not any(token.norm in _REFERS_BACK for token in view.tokens[:match.first + 1]):
            return []
        return [medicine.entity for medicine in view.topic.interventions][:1]

    def contradicts(self, claimed: str, recorded: dict) -> bool:
        return claimed not in recorded

    def message(self, claimed: str, fact) -> str:
        said = {"dht": "DHT", "thyroid-hormone": "thyroid hormone"}.get(claimed, claimed)
        return f"Mechanism misstated: this medicine does not work through {said}"
