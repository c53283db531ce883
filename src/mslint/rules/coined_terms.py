"""TRM006 coined-diagnosis: on a page that sells (on any page when the name is built on a hyphenated
Greek or Latin prefix: "myo-regenerative cascade"), a syndrome no medical classification names
("nerve sheath drain syndrome", "silent sugar syndrome"), a disorder, burden, cascade or imbalance
coined the same way ("cartilage starvation disorder"), or a name the seller's own people gave to
something ("what our team calls the renewal window").

A syndrome medicine names is an entity of the knowledge base (irritable bowel syndrome, carpal
tunnel syndrome, cytokine release syndrome): the lexicon finds it as one mention with an entity.
A coined one is found as the bare word "syndrome" after words that name nothing; that difference
is what a pattern cannot say, so this rule is code.
"""

from __future__ import annotations

from mslint import patterns
from mslint.analysis.article import analyse
from mslint.reading.document import HEADING_KINDS
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.concepts.matcher import ConceptPattern, PatternSet
from mslint.rules.kinds.article_conditions import holds
from mslint.analysis.stance import DISPUTED, HISTORICAL, NEGATED, QUESTION

# Words that give a name ("what our team calls ..."); the last words of coined names are the
# lexicon's coined-head class.
# Words that give something a name, close before it: "a process he calls Neural Fade Syndrome", "the
# brand calls the problem it fixes Nocturnal Oxygen Debt", "we call it the Neural Thermal Reset".
_GIVES_A_NAME = frozenset({"call", "calls", "called", "dub", "dubs", "dubbed", "term", "terms", "termed", "coined"})
_NAMING_WORDS = _GIVES_A_NAME | {"named"}
# The seller's own name for something: "what our team calls the nerve renewal window".
# Whoever the seller's people are: "what our engineers call", "what our trainers call", "what our scientific team calls".
_OWN_NAME = PatternSet(ConceptPattern(text) for text in (
    "what (our|its|their|the company's|the clinic's|my) [own] (scientists|doctors|researchers|team|founder|experts|"
    "specialists|clinicians|practitioners) (call|calls|have called|term|have named|named) [the|a|an] _ [_] [_]",
    "what (our|my) [own] [_] _ (call|calls|have called|term|terms|have named|named) [the|a|an] _ [_] [_]"))
# The writer's own name for it: "I call it autophagic myelin renewal", "we like to call this the reset window".
# (v0.30.53) Or "we call the change a vascular reboot": what is named, then its name.
_WRITERS_NAME = ConceptPattern(
    "(i|we) [like to|sometimes|often|simply|just] call ((it|this|that|them) [the|a|an]|the (process|result|state|condition|problem|"
    "effect|reaction|response|phenomenon|pattern|change) (the|a|an)) _ _ [_]")
# The same, said as "what I call": "your body drops into what I call metabolic shutdown".
_WHAT_I_CALL = ConceptPattern("what (i|we) [like to|sometimes|often|simply|just] call [the|a|an|our|my] _ _ [_]")
# (v0.30.38, sets 130-131) Someone's own name for it, told by the writer on any page: "what she calls a viral-lock
# shield", "what it calls Pregnancy Vagal Balance", "what Marek calls "venom meridians"", "a state I call hormonal
# bankruptcy". (Not medicine's name brought in: "what doctors call a silent heart attack".)
_THEIR_NAME = ConceptPattern("what [the|our|its|their|his|her] (he|she|it|they|_) (calls|called|dubs|dubbed|terms|termed)")
_STATE_CALLED = ConceptPattern("(a|the) (state|condition|process|problem|phenomenon|pattern|mechanism) (i|we|he|she|they|_) "
                               "(call|calls|term|terms|dub|dubs)")
# (v0.30.40, set 135) "We call this combination a viral-methylation block", "She describes the root problem as Oral
# Breathing Dysfunction".
_CALLED_THIS = ConceptPattern("(call|calls|called) this (combination|pattern|state|condition|problem|process|cluster|picture)")
_DESCRIBING_WORDS = frozenset({"describes", "described", "labels", "labelled", "labeled"})
_DESCRIBED_AS = ConceptPattern("(describes|described|labels|labelled|labeled) (it|this|the [_] (problem|condition|issue|cause|"
                               "result|state|process|effect)) as")
_MEDICAL_NAMERS = frozenset({"doctors", "doctor", "specialists", "scientists", "researchers", "medicine", "nhs",
                             "experts", "clinicians", "neurologists", "dermatologists", "gps", "nurses", "physicians",
                             "psychologists", "psychiatrists", "cardiologists", "surgeons", "dentists", "midwives",
                             "pharmacists", "medics", "who", "nice", "textbooks", "guidelines", "science",
                             "physiotherapists", "optometrists", "ophthalmologists", "audiologists", "paediatricians"})
_NAME_LENGTH = 3
# The last words of such a name that make it a state or a mechanism of the body, with the lexicon's
# coined heads: "Pregnancy Vagal Balance", "hormonal bankruptcy", "venom meridians", "viral-lock shield".
# (A product, a programme or a time is named too: "its ThermaKill protocol", "wellness scans",
# "three years of hunting"; those are no diagnosis.)
_THEIR_NAME_HEADS = frozenset({"balance", "bankruptcy", "shield", "meridian", "meridians", "fatigue", "load",
                               "depletion", "deficiency", "block", "barrier", "stress", "weakness", "poisoning",
                               "acidosis", "sludge"})
# Words before "syndrome" that say nothing of what it is: "a rare syndrome", "the same syndrome".
_GENERIC = frozenset({"the", "a", "an", "this", "that", "these", "those", "any", "rare", "genetic", "inherited",
                      "autoimmune", "clinical", "related", "same", "other", "whole", "entire", "full", "new", "known",
                      "real", "so-called", "complex", "of", "with", "has", "have", "had", "called", "is", "was", "my",
                      "your", "their", "his", "her", "its", "our", ",", "(", "and", "or", "as", "like", "from", "for",
                      "to", "by", "in", "on", "at", "what", "which", "we", "you", "they", "it", "be", "been", "are",
                      "were", "describe", "call", "calls", "known", "cause", "causes",
                      # a time, not a name: "in the kitchen during lockdown"
                      "during", "since", "after", "before", "until", "through", "throughout",
                      # a count or a size, not a name: "one long collapse in the afternoon" (v0.30.25)
                      "one", "two", "three", "single", "long", "short", "big", "small", "little", "huge", "total",
                      "complete", "sudden", "slow", "quick", "daily", "nightly"})
_PLURAL_OR_VERB = patterns.compile(r"[^isu'’]s$")  # not "stasis", "loss", "virus"
# Last words medicine does not end a name with, so a name ending in one is coined on any page:
# "vagal fear loop", "diaphragmatic lactate lock", "gut barrier breach", "vertebral drift". Not
# "overload", "congestion", "debt", "dormancy" or "priming": iron overload, nasal congestion, oxygen
# debt, tumour dormancy and immune priming are medicine's own. Not "terrain" either: a naturopath's
# "immune terrain" comes back as "weak terrain", which cost the blind sets more than it found.
_ODD_HEADS = frozenset({"loop", "lock", "drift", "fault", "breach", "reboot", "purge", "ignition",
                        "recalibration", "repatterning", "reawakening", "misfire", "rot"})
# How many words before "syndrome" a coined name may have: "chronic cell energy syndrome".
_NAME_WORDS = 3


class CoinedDiagnosis(Rule):
    meta = RuleMeta(
        code="TRM006",
        name="coined-diagnosis",
        category="terminology",
        severity=Severity.WARNING,
        scope="sentence",
        summary="A page that sells names a syndrome or mechanism medicine has no name for: \"nerve sheath drain "
        "syndrome\", \"what our team calls the renewal window\"",
        docs=RuleDocs(
            what="On a page that sells (a call to buy, book or order, or a referral link), flags a syndrome that no "
            "medical classification names (\"nerve sheath drain syndrome\", \"silent sugar syndrome\"), a "
            "coined disorder, burden, cascade or imbalance of the same kind (\"cartilage starvation disorder\", "
            "\"synovial toxin burden\"), and a name "
            "the seller's own people gave to something (\"what our team calls the renewal window\"), and a trade name "
            "built like a word of science before a word for a technology or an ingredient (\"NanoAmber Shield\", "
            "\"the company's patented UteroSync waveform\"). A "
            "syndrome the knowledge base knows (irritable bowel syndrome, carpal tunnel syndrome, restless legs "
            "syndrome), a measure or process medicine names (body mass index, viral load, the clotting cascade, an "
            "anxiety disorder) and a generic \"rare syndrome\" are left alone, as are negated, asked and disputed "
            "uses. On any other page only a name built on a Greek or Latin prefix joined by a hyphen (\"myo-"
            "regenerative cascade\", \"cryo-neural recalibration\") is flagged: a news story may name a real but "
            "unfamiliar syndrome.",
            why="A name makes a sales story sound like medicine: a reader told they have \"cell battery "
            "failure\" assumes a doctor would agree, and buys the product said to treat it. Advertising codes "
            "forbid unfamiliar scientific words used to impress, and a condition with no accepted definition has "
            "no test and no evidence base.",
            bad=(
                "Our drops reverse nerve sheath drain syndrome. Order now for £39.",
                "The capsules clear synovial toxin burden from the knee. Order now for £39.",
                "The infusion opens what our scientists call the neural renewal window. Book a consultation today "
                "for £900.",
            ),
            good=(
                "The wrist splint eases carpal tunnel syndrome at night. Order now for £19.",
                "The scales show your body mass index each morning. Order now for £19.",
                "Rarely, a serious reaction called cytokine release syndrome can occur. Book a consultation today "
                "for £900.",
                "Our drops are not a treatment for any syndrome. Order now for £39.",
            ),
            better="Name the condition as doctors do, or describe the symptom (\"tiredness\", \"numbness in the "
            "feet\"), not a syndrome coined for the product.",
        ),
        references=(
            "DISCERN (Charnock 1999) question 4: is it clear what sources of information were used? (unsourced "
            "jargon passed off as medicine)",
            "ASA/CAP Code (UK), rule 12.2: marketers must not use unfamiliar scientific words for common "
            "conditions",
            "WHO, International Classification of Diseases (ICD-11): the conditions medicine names and defines",
        ),
        silenced_by=frozenset({NEGATED, QUESTION, DISPUTED, HISTORICAL}),
    )

    def requirements(self, options):
        # A new last word in the lexicon's class needs no change here.
        from mslint.knowledge import builtin_knowledge

        heads = builtin_knowledge().lexicon.literals_of("coined-head")
        return (("any", tuple(sorted(heads | _NAMING_WORDS | _TECH_HEADS | _DESCRIBING_WORDS | _PREFIXED_HEADS))),)

    def check(self, document, unit, options):
        view = analyse(document).sentence_at(unit.start)
        if view is None or view.is_furniture:
            return
        sells = holds(document, "sells")
        tokens = view.tokens
        named: list[tuple[int, int]] = []  # names given here, reported once: not again as a coined syndrome
        # The name the seller's own people gave it ("what our engineers call ...") on any page: "our" engineers,
        # trainers or scientific team are a company's, whoever prints the words. The writer's own name for it
        # ("we call the process ...") only where the page sells.
        writers = [(m.first, m.last) for pattern in _OWN_NAME.candidates(view) for m in pattern.finditer(view)]
        if sells:
            writers += [(m.first, m.last) for m in _WRITERS_NAME.finditer(view) if _gives_a_new_name(view, m)]
            # "what I call Liver Sludge Syndrome": the finding is on the name itself, as a coined
            # syndrome's would be, so that the words before it ("it can't clear toxins, and that builds
            # up into what I call ...") govern it no differently.
            writers += [(_name_start(tokens, m), m.last) for m in _WHAT_I_CALL.finditer(view) if _gives_a_new_name(view, m)]
        for first, last in writers:
            named.append((first, last))
            yield Hit(tokens[first].start, tokens[last].end,
                      f"A name medicine does not use: \"{_words(document, tokens, first, last)}\"; say "
                      "what it is in words a doctor would recognise, or leave it out")
        if sells:
            for first, last in _branded_technology(document, view):
                named.append((first, last))
                yield Hit(tokens[first].start, tokens[last].end,
                          f"A trade name dressed as science: \"{_words(document, tokens, first, last)}\"; say "
                          "what it is and what it contains in words a doctor would recognise")
        for first, last in _their_names(document, view, sells):
            if any(first <= b and a <= last for a, b in named):
                continue
            named.append((first, last))
            yield Hit(tokens[first].start, tokens[last].end,
                      f"A name medicine does not use: \"{_words(document, tokens, first, last)}\"; say "
                      "what it is in words a doctor would recognise, or leave it out")
        for first, last in _named_in_capitals(document, view):
            if any(a <= first <= b or a <= last <= b for a, b in named):
                continue
            named.append((first, last))
            yield Hit(tokens[first].start, tokens[last].end,
                      f"A condition or mechanism medicine does not name: \"{_words(document, tokens, first, last)}\"; "
                      "say what it is in words a doctor would recognise, or leave it out")
        for first, last in _coined_syndromes(view):
            if any(first <= b and a <= last for a, b in named):
                continue  # a name already reported, or a longer reading of it ("problem Disc Dehydration Syndrome")
            if _eponym_or_product(document, tokens, first, last):
                continue
            if any(token.norm in _AUXILIARIES for token in tokens[first:last]):
                continue  # the last word is a verb: "steroids are poison that will rot your eyes"
            if tokens[first].norm in _NOT_NAME_WORDS:
                continue  # a conjunction and a verb: "prices go up on Friday, so lock in this month's rate" (v0.30.33)
            if _organ_disorder(view, first, last):
                continue
            # A loop is also a thing sold (a wire loop, an earplug): only a name of the body counts.
            if tokens[last].norm in _OBJECT_HEADS and not _odd_name(view, first, last) \
                    and not _title_cased(document, tokens, first, last):
                continue
            # Off a selling page only a name built on a Greek or Latin prefix and a hyphen ("myo-regenerative
            # cascade", "cryo-neural recalibration") is coined beyond doubt: a news story or a forum may name
            # a real but unfamiliar syndrome.
            if not sells and not _neo_classical(document, tokens, first, last) \
                    and not _odd_name(view, first, last):
                branded = _branded_start(document, view, first, last)
                if branded is None:
                    continue
                first = branded
            yield Hit(tokens[first].start, tokens[last].end,
                      f"A condition or mechanism medicine does not name: \"{_words(document, tokens, first, last)}\"; "
                      "say what it is in words a doctor would recognise, or leave it out")


_PRONOUNS_AND_ARTICLES = frozenset({"it", "this", "that", "them", "the", "a", "an", "our", "my"})
_NOT_NAME_WORDS = frozenset({"and", "but", "or", "so", "for", "because", "when", "that", "it", "my", "our", "your",
                             "their", "his", "her", "a", "an", "the", "what", "how", "is", "was", "too", "very",
                             # a superlative is praise, not a name: "I call it the single greatest food" (v0.30.41)
                             "greatest", "best", "finest", "biggest", "ultimate", "single", "most"})
_PRAISE_CLASSES = frozenset({"cure", "red-flag", "soft-hype", "good-outcome", "improvement"})


def _name_start(tokens, match) -> int:
    """The first word of the name after "call" and its article: "what I call <the renewal window>"."""
    start = next((i + 1 for i in range(match.first, match.last + 1) if tokens[i].norm in ("call", "calls")), match.first)
    while start < match.last and tokens[start].norm in _PRONOUNS_AND_ARTICLES:
        start += 1
    return start


def _their_names(document, view, sells: bool) -> list[tuple[int, int]]:
    """(first, last) token of each name someone other than medicine gives a thing, after "what she calls"
    or "a state I call": up to three words, not one the knowledge base knows. Off a page that sells, the
    name must look coined (capitalised, hyphenated or set in quotation marks), since a report may bring
    in a person's plain description ("what she calls a bad week")."""
    tokens = view.tokens
    found = []
    # "A process we call dysbiotic neuro-leak": the words before the name already say it is a state or
    # a process of the body, so a name that looks coined needs no last word that says so (v0.30.43, set 140).
    said_to_be_a_state = {match.first for match in _STATE_CALLED.finditer(view)}
    for match in (*_THEIR_NAME.finditer(view), *_STATE_CALLED.finditer(view), *_CALLED_THIS.finditer(view),
                  *_DESCRIBED_AS.finditer(view)):
        if tokens[max(0, match.first - 1)].norm in _MEDICAL_NAMERS or tokens[match.last - 1].norm in _MEDICAL_NAMERS:
            continue
        start = match.last + 1
        quoted = False
        while start < len(tokens) and (tokens[start].norm in _PRONOUNS_AND_ARTICLES or not tokens[start].is_word):
            quoted = quoted or tokens[start].norm in ('"', "'", "“", "‘")
            start += 1
        last = start  # (a hyphenated word is two tokens: "viral-lock" is "viral" and a joined "lock")
        while last + 1 < len(tokens) and last + 1 - start < _NAME_LENGTH and tokens[last + 1].is_word \
                and tokens[last + 1].norm not in _GENERIC and tokens[last + 1].norm not in _NOT_NAME_WORDS:
            last += 1
        if start >= len(tokens) or last == start:
            continue  # one word: "what she calls fog" is her word for a symptom
        words = tokens[start:last + 1]
        if any(not t.norm.replace("-", "").isalpha() or t.norm in _NOT_NAME_WORDS for t in words):
            continue
        coined_look = quoted or any(t.joined for t in words[1:]) or all(
            document.text[t.start:t.start + 1].isupper() for t in words)
        if not (match.first in said_to_be_a_state and coined_look) and tokens[last].norm not in \
                _THEIR_NAME_HEADS | _STATE_HEADS and not any(m.first <= last <= m.last for m in view.mentions_of("coined-head")):
            continue  # not a state of the body: a product, a programme, a time
        if any(m.entities and m.first <= start and last <= m.last for m in view.mentions):
            continue  # medicine's own name, known to the knowledge base
        if any(m.classes & _PRAISE_CLASSES and m.first <= last and start <= m.last for m in view.mentions):
            continue
        if sells or coined_look:
            found.append((start, last))
    return found


def _gives_a_new_name(view, match) -> bool:
    """What the writer calls it is a name, and not one the knowledge base knows: not "a cure" or "a
    miracle" (no name, or praise for other rules), not "watchful waiting" (one of its entities covers
    the whole name); "autophagic myelin renewal" is new, though one word of it is known."""
    tokens = view.tokens
    start = next((i + 1 for i in range(match.first, match.last + 1) if tokens[i].norm in ("call", "calls")), match.first)
    while start <= match.last and tokens[start].norm in _PRONOUNS_AND_ARTICLES:
        start += 1
    if any(not tokens[i].norm.isalpha() or tokens[i].norm in _NOT_NAME_WORDS for i in range(start, match.last + 1)):
        return False  # "I call it a cure.": no name at all
    if any(m.classes & _PRAISE_CLASSES and m.first <= match.last and start <= m.last for m in view.mentions):
        return False  # "I call it a miracle": praise, HYP's and CLM's to judge
    return not any(m.entities and m.first <= start and match.last <= m.last for m in view.mentions)


def _coined_syndromes(view) -> list[tuple[int, int]]:
    """(first, last) token of each "<words> syndrome" (or disorder, burden, cascade...: the lexicon's
    coined-head words) whose last word is the bare word, not part of a condition or a measure the
    knowledge base names."""
    tokens = view.tokens
    heads = {m.first for m in view.mentions_of("coined-head")} | _prefixed_heads(view)
    if not heads:
        return []
    named = [(m.first, m.last) for m in view.mentions if m.entities or "named-measure" in m.classes]
    found = []
    for index in sorted(heads):
        if any(first <= index <= last for first, last in named):
            continue
        if index + 1 in heads:
            continue  # "cartilage starvation disorder": the name ends at the last head word
        first = index
        while first > 0 and index - first < _NAME_WORDS and _part_of_a_name(view, first - 1):
            first -= 1
        # A head in capitals takes the capitalised words before it whatever they name, as a seller
        # brands a deficit out of a real procedure: "a Stem Cell Mobilisation Deficit" (v0.30.33).
        if tokens[index].text[:1].isupper() and not _starts_sentence(tokens, index):
            while first > 0 and index - first < _NAME_WORDS and tokens[first - 1].is_word \
                    and tokens[first - 1].text[:1].isupper() and not _starts_sentence(tokens, first - 1) \
                    and _brandable(view, first - 1):
                first -= 1
        if first < index:
            found.append((first, index))
    return found


# Last words that end the names of products and programmes as often as of conditions ("the Skin Reset", "a
# magnetic field", "the saturation on your oximeter"), so they are heads of a coined name only when the name is
# built on a Greek or Latin prefix joined by a hyphen: "neuro-thermal reset", "bio-flux field", "neuro-oxygen
# saturation" (v0.30.55, sets 158-159).
_PREFIXED_HEADS = frozenset({"reset", "field", "saturation", "flush", "activation", "signature", "resonance"})


def _prefixed_heads(view) -> set[int]:
    """Tokens of _PREFIXED_HEADS that end a name built on a hyphenated prefix: lower case (a capitalised
    one names a product, "StrideWake Neuro-Reset Insoles") and not a branch of study ("the bio-identical
    field of medicine")."""
    tokens, text = view.tokens, view.analysis.document.text

    def prefixed(index: int) -> bool:
        return any(tokens[i].norm in _PREFIXES and text[tokens[i].end:tokens[i].end + 1] == "-"
                   for i in range(max(0, index - _NAME_WORDS), index))

    return {index for index, token in enumerate(tokens)
            if token.norm in _PREFIXED_HEADS and token.text.islower() and prefixed(index)
            and not (index + 1 < len(tokens) and tokens[index + 1].norm == "of")}


def _starts_sentence(tokens, index: int) -> bool:
    """The first word of the sentence, or the first after a colon or a quotation mark: capitalised anyway."""
    return index == 0 or tokens[index - 1].norm in {":", '"', "“", "‘", "(", "-", "—", "–"}


# Lexicon classes a word of a syndrome's name may carry ("myelin", "sperm", "stress"); a word of
# any other class ("reverse", "cure", "drops") ends the name.
_NAME_CLASSES = frozenset({"anatomy", "body-tissue", "body-organ", "condition", "condition-word", "disease-sign",
                           # "Stem Cell Depletion Syndrome" (v0.30.28, set 113)
                           "cell-therapy",
                           "any-harm", "harm", "illness", "food", "body-system", "accuracy-word", "result-word",
                           "coined-head"})


_BRANDABLE_CLASSES = _NAME_CLASSES | {"procedure", "treatment", "intervention", "any-intervention", "test"}


def _brandable(view, index: int) -> bool:
    """A word a seller may build a branded deficit from: a word of the body, a treatment or a
    procedure, or one the lexicon does not know (not "Foundation" or "Society", nor an abbreviation:
    "MS Immune Reboot" names the "Immune Reboot" for MS)."""
    text = view.tokens[index].text
    if len(text) > 1 and text.isupper():
        return False
    classes = _classes_at(view, index)
    return not classes or bool(classes & _BRANDABLE_CLASSES)


def _classes_at(view, index: int) -> set[str]:
    """The lexicon classes of every mention that takes in token `index`."""
    classes: set[str] = set()
    for mention in view.mentions:
        if mention.first <= index <= mention.last:
            classes |= mention.classes
    return classes


def _part_of_a_name(view, index: int) -> bool:
    token = view.tokens[index]
    if not token.is_word or token.norm in _GENERIC or token.norm.endswith("ly"):
        return False
    # The words of a compound name are singular ("toxin burden", not "toxins burden"): a word in -s
    # is a verb or a plural standing before the name ("the tea drains bile stagnation").
    if _PLURAL_OR_VERB.search(token.norm):
        return False
    classes = _classes_at(view, index)
    return not classes or bool(classes & _NAME_CLASSES)


# A part of the body and a plain word for its illness is medicine's own way of speaking: "a thymus
# disorder", "a liver disorder", "kidney disease" (v0.30.25, set 109's careful page).
_PLAIN_ILLNESS_HEADS = frozenset({"disorder", "disorders", "disease", "diseases", "condition", "conditions"})
_ORGAN_CLASSES = frozenset({"anatomy", "body-organ", "body-tissue", "body-system"})


def _organ_disorder(view, first: int, last: int) -> bool:
    words = [i for i in range(first, last) if view.tokens[i].is_word]
    if view.tokens[last].norm not in _PLAIN_ILLNESS_HEADS or len(words) != 1:
        return False
    return view.tokens[words[0]].norm in _ORGANS or any(
        m.first <= words[0] <= m.last and m.classes & _ORGAN_CLASSES for m in view.mentions)


_ORGANS = frozenset({"thymus", "thyroid", "adrenal", "pituitary", "spleen", "pancreas", "pancreatic", "liver", "kidney",
                     "bladder", "bowel", "lung", "blood", "bone", "skin", "eye", "ear", "nerve", "muscle", "joint",
                     "heart", "brain", "gut", "stomach", "prostate", "ovary", "ovarian", "womb", "breast", "gum",
                     "tooth", "teeth", "throat", "sinus", "spine", "spinal", "valve", "vein", "artery"})


# Greek and Latin prefixes that sellers join to an ordinary word with a hyphen to coin a mechanism.
_PREFIXES = frozenset({"neuro", "cryo", "myo", "bio", "angio", "nephro", "lipo", "immuno", "cardio", "dermo", "osteo",
                       "hepato", "gastro", "pneumo", "electro", "photo", "vaso", "micro", "cyto", "chrono", "thermo",
                       "hydro", "oxy", "endo", "psycho", "somato", "vagal", "cortico"})


def _odd_name(view, first: int, last: int) -> bool:
    """A name of two words or more before a last word medicine does not end names with, opening on
    a part of the body or a learned adjective: "vagal fear loop", "gut barrier breach" (not
    "feedback loop" or "video loop")."""
    tokens = view.tokens
    if tokens[last].norm not in _ODD_HEADS or sum(1 for t in tokens[first:last] if t.is_word) < 2:
        return False
    opening = tokens[first].norm
    # A part of the body opening the name, or just before its last word ("lipid-driven myelin rot").
    bodily = any(m.first in (first, last - 1) and not _BODILY.isdisjoint(m.classes) for m in view.mentions)
    # The learned adjective may come second, after a hyphenated prefix: "vestibulo-cortical misfire".
    learned = any(token.norm.endswith(_LEARNED_ENDINGS) for token in tokens[first:last] if token.is_word)
    return bodily or opening.endswith(_LEARNED_ENDINGS) or (learned and opening in _HYPHEN_PREFIXES)


# First parts of a hyphenated learned compound ("vestibulo-cortical", "gastro-intestinal").
_HYPHEN_PREFIXES = frozenset({"vestibulo", "neuro", "cortico", "gastro", "cardio", "musculo", "spino", "cerebro",
                              "immuno", "psycho", "myo", "lacto", "lipo", "hepato", "osteo"})


_AUXILIARIES = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must", "to", "does",
                          "do", "did", "not", "n't", "that", "which", "who"})
_BODILY = frozenset({"anatomy", "body-tissue", "body-organ", "body-system", "condition", "condition-word",
                     "disease-sign", "illness"})
_OBJECT_HEADS = frozenset({"loop"})
_LEARNED_ENDINGS = ("al", "ic", "ar", "ary", "ous")


def _eponym_or_product(document, tokens, first: int, last: int) -> bool:
    """A surname before a lower-case last word ("Alport syndrome", "X-linked Alport syndrome"), or a
    product's name that goes on past it into a programme or a kit ("the Collagen Matrix Restore
    programme"): medicine's or the seller's brand, not a condition coined in words. (A coined name
    in capitals runs on too, "Vocal Lock Reflex", and has no such word after it.)"""
    text = document.text
    words = [text[t.start:t.end] for t in tokens[first:last] if t.is_word]
    head = text[tokens[last].start:tokens[last].end]
    if words and head.islower() and _SURNAME.fullmatch(words[-1]) \
            and not any(word[:1].isupper() and len(word) > 1 for word in words[:-1]):
        return True
    following = [t.norm for t in tokens[last + 1:last + 4] if t.is_word]
    return head[:1].isupper() and any(norm in _PRODUCT_WORDS for norm in following)


# A surname as written: "Alport", "Marfan" (not "IgG" or a single capital), or its possessive: a market
# trader's "Fenwick's stall" is his, not a condition (v0.30.46, set 145).
_SURNAME = patterns.compile(r"[A-Z][a-z]{3,}(?:['’]s)?")
_PRODUCT_WORDS = frozenset({"programme", "program", "plan", "kit", "pack", "bundle", "range", "serum", "cream",
                            "spray", "device", "app", "box", "system"})


def _title_cased(document, tokens, first: int, last: int) -> bool:
    """Every word of the name capitalised, as a seller brands a syndrome: "Detrusor Panic Loop"."""
    words = [document.text[t.start:t.end] for t in tokens[first:last + 1] if t.is_word]
    return len(words) >= 3 and all(word[:1].isupper() for word in words)


# Words that introduce a name someone gives a condition: "He calls the problem Disc Dehydration
# Syndrome", "the signs of Stem Cell Depletion Syndrome".
_NAME_CUES = frozenset({"call", "calls", "called", "calling", "describe", "describes", "described", "dub", "dubs",
                        "dubbed", "term", "terms", "termed", "label", "labels", "labelled", "labeled", "signs",
                        "symptoms", "living", "suffering"})
_NAME_CUE_REACH = 5


def _branded_start(document, view, first: int, last: int) -> int | None:
    """On any page, where a name of three capitalised words or more starts, when someone is said to
    give the condition that name ("He calls the problem Disc Dehydration Syndrome") or its signs are
    listed: medicine names its syndromes in lower case outside titles, and the knowledge base knows
    the real ones. None if the name is not such a one."""
    tokens = view.tokens
    text = document.text
    while first < last and not text[tokens[first].start:tokens[first].start + 1].isupper():
        first += 1  # "the problem Disc Dehydration Syndrome": the name is the capitalised part
    if not _title_cased(document, tokens, first, last):
        return None
    cued = any(token.norm in _NAME_CUES for token in tokens[max(0, first - _NAME_CUE_REACH):first])
    return first if cued or _branded_on_a_promoting_page(document, view, first, last) else None


def _branded_on_a_promoting_page(document, view, first: int, last: int) -> bool:
    """A page that promotes a product brands the complaint it treats in running text: "most men are simply
    living with Prostatic Congestion Syndrome, ... and GlandEase clears it" (v0.30.33). Not a headline's
    capitals ("Tasimelteon to Treat Jet Lag Disorder"), a line in capitals, a known condition named with
    its kind ("Jet Lag Disorder") or a score defined by its letters ("the Migraine Headache Index (MHI)")."""
    if not holds(document, "promotes") or view.block_kind in HEADING_KINDS:
        return False
    tokens = view.tokens
    name = document.text[tokens[first].start:tokens[last].end]
    if name.isupper():
        return False
    if last + 1 < len(tokens) and tokens[last + 1].norm == "(":
        return False
    return not any(m.first <= last and first <= m.last and "condition" in m.classes for m in view.mentions)


_NAMED_REACH = 6
# The last words of a state or a mechanism given a name in capitals (besides the lexicon's coined
# heads: syndrome, disorder, cascade...): "Dental Oxygen Deficiency", "Digital Melatonin Lockout".
# Not "Effect" or "Phenomenon": medicine's eponyms ("the Hawthorne Effect") end so.
_STATE_HEADS = frozenset({"deficiency", "debt", "drift", "overdrive", "reset", "lockout", "fade", "stagnation",
                          "dormancy", "shutdown", "overload", "burnout", "imbalance", "toxicity", "congestion",
                          "collapse", "window", "blockage", "starvation", "depletion", "exhaustion", "dysfunction",
                          "syndrome", "disorder", "cascade", "loop", "lock", "misfire", "freeze", "crash", "fatigue"})


# What a seller's invented technology is said to be (v0.30.36, sets 128-129): "NanoAmber Shield", "the
# company's patented UteroSync waveform", "our own Chondro-Boost Factor", "CardioCore nitrate complex".
_TECH_HEADS = frozenset({"complex", "shield", "polymer", "score", "factor", "waveform", "angle", "engine", "index",
                         "matrix", "technology", "coating", "algorithm", "compound", "layer", "membrane", "frequency",
                         "field", "current"})
# (Tokens drop a possessive "'s": "the company's" reads as "company".)
_OWNED = frozenset({"our", "its", "their", "company", "brand", "patented", "proprietary", "secret", "exclusive",
                    "trademarked", "signature", "own"})
_CAMEL = patterns.compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*")  # "NanoAmber", "GastroAlign"
_JOINED = patterns.compile(r"[A-Z][a-z]+-[A-Z0-9][A-Za-z0-9-]*")  # "Chondro-Boost", "Phonix-7"


def _branded_technology(document, view) -> list[tuple[int, int]]:
    """(first, last) of a trade name built like a word of science, in capitals inside it or joined by a
    hyphen, before a word for a technology or an ingredient ("NanoAmber Shield", "UteroSync waveform"),
    with at most one plain word between ("CardioCore nitrate complex"). Read on a page that sells only:
    there the name is the product's, given to sound like medicine; a news story may name a real device."""
    tokens, text = view.tokens, document.text
    found = []
    for head, token in enumerate(tokens):
        if token.norm not in _TECH_HEADS or head == 0:
            continue
        end = head - 1
        if tokens[end].is_word and text[tokens[end].start].islower() and end > 0:
            end -= 1  # one plain word between the name and the head: "nitrate complex"
        start = end
        while start > 0 and head - start < 5 and (text[tokens[start - 1].end:tokens[start].start] == "-" or (
                tokens[start - 1].is_word and text[tokens[start - 1].start].isupper())):
            start -= 1
        while start < end and tokens[start].norm in _PRONOUNS_AND_ARTICLES | {"our", "my", "its", "their", "your"}:
            start += 1  # "Our Neuro-Reset Score": the name, not the sentence's first word
        # The name starts at its word of science and has at most one word more before the head
        # ("NeuroBinocular Reset engine"); a product's own longer name ("VitaSeed Male Fertility
        # Complex") is the product, named.
        coined = next((i for i in range(start, end + 1) if _CAMEL.fullmatch(_joined_word(text, tokens, i, end))
                       or _JOINED.fullmatch(_joined_word(text, tokens, i, end))), None)
        if coined is None or _words_between(text, tokens, coined, head) > 2:
            continue
        # Owned or patented, as a part of what is sold ("our patented ViraLock polymer", "NanoAmber Shield, a
        # patented coating"), not the product's own name in a list ("we used VitA Shield and cod liver oil").
        near = {t.norm for t in tokens[max(0, coined - 4):coined]} | {t.norm for t in tokens[head + 1:head + 5]}
        if not near & _OWNED:
            continue
        if not any(m.entities and m.first <= end and coined <= m.last for m in view.mentions):
            found.append((coined, head))
    return found


def _joined_word(text, tokens, i, end) -> str:
    """The word that starts at token i, with the tokens a hyphen joins to it ("Chondro-Boost")."""
    last = i
    while last < end and text[tokens[last].end:tokens[last + 1].start] == "-":
        last += 1
    return text[tokens[i].start:tokens[last].end]


def _words_between(text, tokens, first, head) -> int:
    """Words from the name's first to the head, a hyphenated word counted once."""
    return len(text[tokens[first].start:tokens[head].start].split())


def _named_in_capitals(document, view) -> list[tuple[int, int]]:
    """(first, last) of each name of three capitalised words or more that someone is said to give a
    state of the body, ending in a word for a state ("he calls Neural Fade Syndrome", "I call the
    combined effect Digital Melatonin Lockout"), that the knowledge base does not know. On any page:
    medicine writes its conditions in lower case outside titles, and a name said to be someone's own
    is theirs, not medicine's."""
    tokens = view.tokens
    text = document.text
    heads = {m.first for m in view.mentions_of("coined-head")}
    found = []
    for cue, token in enumerate(tokens):
        if token.norm not in _GIVES_A_NAME:
            continue
        start = next((j for j in range(cue + 1, min(len(tokens), cue + 1 + _NAMED_REACH))
                      if tokens[j].is_word and text[tokens[j].start].isupper()), None)
        if start is None:
            lowered = _named_in_lower_case(view, cue, heads)
            if lowered is not None:
                found.append(lowered)
            continue
        last = start
        while last + 1 < len(tokens) and tokens[last + 1].is_word and text[tokens[last + 1].start].isupper():
            last += 1
        if last - start < 2 or not (tokens[last].norm in _STATE_HEADS or last in heads):
            continue
        if any(m.entities and m.first <= start and last <= m.last for m in view.mentions):
            continue  # a condition the knowledge base knows, however it is capitalised
        if _eponym_or_product(document, tokens, start, last):
            continue
        if any(any(c.isupper() for c in text[t.start + 1:t.end]) for t in tokens[start:last + 1]):
            continue  # a brand in capitals inside a word ("the AutoCell Lupus Reset"): the product's name
        found.append((start, last))
    return found


_BEFORE_A_NAME = frozenset({"this", "it", "that", "them", "the", "a", "an"})
_MEDICINES_VOICES = frozenset({"doctors", "doctor", "medics", "clinicians", "specialists", "nurses", "experts",
                               "researchers", "scientists", "medicine", "nhs", "neurologists", "physicians", "gps",
                               "condition", "disease", "disorder", "syndrome", "complication", "people"})


def _named_in_lower_case(view, cue: int, heads: set[int]) -> tuple[int, int] | None:
    """A name in lower case given right after the naming word: "our founder calls this hypoxic
    demyelination syndrome", "what the company calls enamel starvation syndrome" (v0.30.32, set 119).
    Two words or more and a word for a state, none of it a term the knowledge base knows."""
    tokens = view.tokens
    before = [t.norm for t in tokens[max(0, cue - 4):cue]]
    # Someone's own name for it ("our founder calls this", "what the company calls"), not the way a
    # careful page brings in medicine's term ("a rare condition called sinusoidal obstruction
    # syndrome", "doctors call this post-sepsis syndrome").
    if tokens[cue].norm not in ("call", "calls") and "what" not in before:
        return None
    if not _MEDICINES_VOICES.isdisjoint(before):
        return None
    start = cue + 1
    while start < len(tokens) and tokens[start].norm in _BEFORE_A_NAME:
        start += 1
    last = start
    while last < len(tokens) and last - start < _NAME_WORDS and tokens[last].is_word and tokens[last].norm.isalpha() \
            and not (tokens[last].norm in _STATE_HEADS or last in heads):
        if tokens[last].norm in _BEFORE_A_NAME:
            start = last + 1  # "calls the first fortnight the brainstem recalibration": the name starts after it
        last += 1
    # A head word before the last ("enamel starvation syndrome"): the name runs on to the last one.
    while last + 1 < len(tokens) and (tokens[last + 1].norm in _STATE_HEADS or last + 1 in heads):
        last += 1
    if last >= len(tokens) or last - start < 2 or not (tokens[last].norm in _STATE_HEADS or last in heads):
        return None
    # A condition the knowledge base knows, or a kind of one ("steroid-sensitive nephrotic syndrome"); a
    # symptom's one word at the end ("... fatigue") does not make the name medicine's.
    if any(m.entities and m.last == last and m.first < last for m in view.mentions):
        return None
    return start, last


def _neo_classical(document, tokens, first: int, last: int) -> bool:
    """A word of the name is a prefix joined by a hyphen to the next: "myo-regenerative", "cryo-neural"."""
    text = document.text
    return any(tokens[i].norm in _PREFIXES and text[tokens[i].end:tokens[i].end + 1] == "-" for i in range(first, last))


def _words(document, tokens, first: int, last: int) -> str:
    return " ".join(document.text[tokens[first].start:tokens[last].end].split())
