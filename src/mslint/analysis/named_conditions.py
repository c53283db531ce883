"""Conditions an article names as conditions, though the knowledge base does not know them.

The lexicon knows a few hundred conditions; health writing covers thousands. An article about
one the lexicon lacks still says what it is ("Lichen planus is an inflammatory skin condition",
"catarrh is a build-up of mucus", "toe walking is when ...", "bruxism is usually caused by
stress"), whom it affects ("children with Sever's disease"), and what is done about it
("treatments for pompholyx", "a cure for snoring"). An editor reads the rest of the article
knowing that word names a condition, so "our balm clears pompholyx for good" is a cure claim like
any other. This module finds such names from the article's own definitions and gives every
mention of them the CONDITION class.

It is deliberately narrow: a name counts only when a definition introduces it and the article
uses it at least twice, or a "people with ..." phrase introduces it and the article uses it three
times, so a passing phrase ("people with a family history") does not turn into a disease. A
disease named after the doctors who described it ("Osgood-Schlatter disease") names itself: the
hyphen-joined names are a condition wherever the article uses them again ("cures Osgood-Schlatter").
"""

from __future__ import annotations

from mslint.knowledge.lexicon import Mention

# "X is a (lifelong) skin disorder", "Xs are a kind of raised scar".
_KINDS = frozenset({"condition", "conditions", "disease", "diseases", "disorder", "disorders", "infection",
                    "infections", "syndrome", "illness", "cancer", "cancers", "tumour", "tumours", "tumor",
                    "tumors", "inflammation", "allergy", "deficiency", "injury", "injuries", "scar", "scars",
                    "rash", "problem", "complication", "defect", "malformation", "growth", "growths", "swelling",
                    "swellings", "lump", "lumps", "patch", "patches", "sore", "sores", "blister", "blisters",
                    "cyst", "cysts", "ulcer", "ulcers", "lesion", "lesions",
                    # what a lay definition calls it: "catarrh is a build-up of mucus", "a blockage"
                    "build", "buildup", "blockage", "imbalance", "intolerance", "sensitivity", "overgrowth",
                    "narrowing", "sprain", "fracture", "reaction"})
# A lay definition by what happens: "precocious puberty is when puberty starts early", "X happens
# when ...". The name opens the sentence, as in "X is a condition".
_WHEN_VERBS = frozenset({"is", "happens", "occurs"})
_HOW_OFTEN = frozenset({"always", "usually", "often", "mostly", "sometimes", "really", "simply", "just", "actually",
                        "basically", "mainly", "typically", "generally", "commonly", "almost", "nearly", "never"})
_COPULAS = frozenset({"is", "are"})
_DETERMINERS = frozenset({"a", "an", "the"})
# "children with X", "diagnosed with X", "treatments for X".
_PEOPLE = frozenset({"people", "children", "kids", "women", "men", "adults", "patients", "babies", "infants",
                     "teenagers", "anyone", "those", "someone", "sufferers", "girls", "boys", "mums",
                     "mothers", "dogs", "customers", "clients", "users"})
_INTRODUCERS = (("cure", "for"), ("remedy", "for"), ("relief", "from"), ("relief", "for"), ("cured", "my"),
                ("cured", "her"), ("cured", "his"), ("diagnosed", "with"), ("suffer", "from"), ("suffers", "from"),
                ("suffering", "from"), ("suffered", "from"), ("symptoms", "of"), ("treatments", "for"), ("treatment", "for"),
                ("treating", ""), ("living", "with"), ("cases", "of"), ("sufferer", "of"))
# Words that end a name or cannot be part of one.
_STOP = frozenset("""a an the and or but of in on at to for from with by as is are was were be been being it its
this that these those their his her your our my who which what when where how if than then so not no
can could may might will would should do does did has have had about after before over under into
also just only very more most less some any all each every other such one two three many much few
i you he she we they them me us him there here up out off down again due like""".split())
# A name of something else in a condition's frame: "people with a family history", "children with
# high blood pressure" is fine, but not the generic heads themselves.
_GENERIC = frozenset({"symptoms", "symptom", "pain", "problems", "problem", "condition", "conditions", "disease",
                      "diseases", "illness", "history", "family", "risk", "questions", "concerns", "issues",
                      "disabilities", "disability", "care", "help", "support", "treatment", "children",
                      "people", "experience", "time", "access", "signs", "doctor", "doctors", "skin", "body",
                      "health", "life", "day", "days", "weeks", "years", "months", "parents", "friends", "age",
                      "virus", "viruses", "infection", "infections", "bacteria", "germs", "blood", "chemicals",
                      "chemical", "difficulties", "payment", "payments", "label", "labels", "form", "forms",
                      "type", "types", "stage", "stages", "needs", "results", "test", "tests", "cells",
                      # body parts: "people with a womb"
                      "womb", "wombs", "nose", "noses", "uterus", "ovaries", "cervix", "prostate", "penis",
                      "vagina", "breasts", "teeth", "eyes", "ears", "hair", "feet", "hands", "heart", "lungs",
                      "system", "systems", "wound", "wounds",
                      # people and amounts: "patients with siblings", "people with lower levels"
                      "patient", "patients", "sibling", "siblings", "lot", "lots", "level", "levels", "variant",
                      "variants", "addict", "addicts", "suffering", "stent", "stents", "spiritual", "women", "men"})
# Words that say how bad or how old a condition is, not what it is: "severe lupus" is lupus.
_QUALIFIERS = frozenset({"severe", "mild", "moderate", "advanced", "early", "late", "chronic", "acute", "stable",
                         "long", "term", "visible", "heavy", "low", "high", "risk", "brave", "little", "young",
                         "older", "recurrent", "persistent", "painful", "suspected", "possible", "active", "new",
                         "untreated", "diagnosed", "confirmed", "swollen", "simple", "juvenile", "infantile", "stage",
                         "aggressive", "inoperable", "normal", "index", "hospital"})
_MAX_WORDS = 3
# A definition is a short sentence: longer ones (a page scraped without full stops) are not read
# for one, which keeps the work linear in the article's length.
_LONGEST_SENTENCE = 150


def _name_at(norms: list[str], words: list[bool], start: int, end: int) -> tuple[str, ...] | None:
    """The name that starts at token `start` (a determiner skipped) and runs up to `end` or the
    first word that cannot be part of a name."""
    i = start
    if i < end and norms[i] in _DETERMINERS:
        i += 1
    while i < end and norms[i] in _QUALIFIERS:
        i += 1
    name: list[str] = []
    while i < end and words[i] and norms[i] not in _STOP and len(name) < _MAX_WORDS + 1:
        name.append(norms[i])
        i += 1
    if (not name or len(name) > _MAX_WORDS or name[-1] in _GENERIC or name[-1] in _QUALIFIERS
            or any(n[:1].isdigit() or len(n) < 2 for n in name)):
        return None
    return tuple(name)


def _defined_names(tokens, conditions: frozenset[int] = frozenset(), text: str = "") -> list[tuple[tuple[str, ...], bool]]:
    """(name, defined) for the names the sentence introduces as conditions, each with the
    abbreviation that follows it in brackets ("lichen sclerosus (LS)"), kept as written: a name
    with a capital in it is one."""
    if len(tokens) > _LONGEST_SENTENCE:
        return []
    found = _introduced(tokens, conditions, text)
    texts = [t[2] for t in tokens]
    for i in range(1, len(texts) - 2):
        if texts[i] == "(" and texts[i + 2] == ")" and _is_abbreviation(texts[i + 1]):
            for name, defined in found:
                if len(name) <= i and tuple(t[3] for t in tokens[i - len(name):i]) == name:
                    found.append(((texts[i + 1],), defined))
                    break
    return found


def _is_abbreviation(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _introduced(tokens, conditions: frozenset[int], text: str = "") -> list[tuple[tuple[str, ...], bool]]:
    """(name, defined): defined when the sentence says what it is ("X is a skin condition", "X is
    a type of eczema": `conditions` are the token indexes of known conditions), not only whom it
    affects ("children with X")."""
    norms = [t[3] for t in tokens]
    words = [t[3][:1].isalpha() for t in tokens]
    found: list[tuple[tuple[str, ...], bool]] = []
    count = len(norms)
    # "X is a [adjectives] condition", "X (XA) are a kind of scar": X opens the sentence.
    for i, norm in enumerate(norms[:_MAX_WORDS + 5]):
        if norm in _WHEN_VERBS and i + 1 < count and norms[i + 1] == "when":
            name = _name_at(norms, words, 0, i)
            if name is not None and len(name) == i - (1 if norms[0] in _DETERMINERS else 0) \
                    and all(tokens[k][2].islower() for k in range(i - len(name) + 1, i)):
                found.append((name, True))
            break
        if norm not in _COPULAS:
            continue
        subject_end = i
        if subject_end >= 3 and norms[subject_end - 1] == ")" and norms[subject_end - 3] == "(":
            subject_end -= 3
        name = _name_at(norms, words, 0, subject_end)
        if name is None or len(name) != subject_end - (1 if norms[0] in _DETERMINERS else 0):
            break
        if any(not tokens[k][2].islower() for k in range(subject_end - len(name) + 1, subject_end)):
            break  # "Toni Weiser is a ...": a person's name
        subject = tokens[subject_end - 1][2]
        if len(name) == 1 and _is_abbreviation(subject):
            name = (subject,)  # "HS is a skin condition": the abbreviation, as written
        # "is a/an ...", or a plural's "are growths ...": then only describing words up to the kind.
        j = i + 1
        while j < count and norms[j] in _HOW_OFTEN:
            j += 1  # "catarrh is usually an infection", "X is mostly caused by"
        if j + 1 < count and norms[j] in ("caused", "triggered") and norms[j + 1] == "by":
            found.append((name, True))  # "fussy eating is caused by ...": what has a cause is a condition
            break
        if j < count and norms[j] in ("a", "an"):
            j += 1
        elif norm == "is":
            break
        for k in range(j, min(count, j + 5)):
            if norms[k] in _KINDS or k in conditions:
                found.append((name, True))
                break
            if not words[k] or (norms[k] in _STOP and norms[k] != "of"):
                break
        break
    # "Osgood-Schlatter disease", "Guillain-Barré syndrome": a disease named after the doctors who
    # described it, which the article then often names without the "disease".
    for i in range(2, count):
        if norms[i] in _EPONYM_HEADS:
            name = _eponym_before(tokens, norms, text, i)
            if name is not None:
                found.append((name, True))
    # "children with X", "diagnosed with X", "treatments for X".
    for i in range(count - 1):
        if norms[i] in _PEOPLE and norms[i + 1] == "with":
            name = _name_at(norms, words, i + 2, count)
        elif (norms[i], norms[i + 1]) in _INTRODUCERS:
            name = _name_at(norms, words, i + 2, count)
        elif (norms[i], "") in _INTRODUCERS:
            name = _name_at(norms, words, i + 1, count)
        else:
            continue
        if name is None:
            continue
        first = next(j for j in range(i + 1, count) if norms[j] == name[0])
        # A name in lower case or an abbreviation: "people with Sharon" is a friend, not a disease.
        if tokens[first][2].islower():
            found.append((name, False))
        elif len(name) == 1 and _is_abbreviation(tokens[first][2]):
            found.append(((tokens[first][2],), False))
    return found


_EPONYM_HEADS = frozenset({"disease", "syndrome"})


_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def _eponym_before(tokens, norms: list[str], text: str, head: int) -> tuple[str, ...] | None:
    """The capitalised names joined by hyphens just before a lower-case "disease" or "syndrome".
    A single name is too often an ordinary word ("Down syndrome", a title's "Heart Disease"), and
    capitals side by side are a title ("Mayo Alzheimer's Disease Research Center")."""
    if not tokens[head][2].islower():
        return None
    first = head - 1
    if first < 0 or not tokens[first][2][:1].isupper():
        return None
    while first > 0 and head - first < _MAX_WORDS and tokens[first - 1][2][:1].isupper() \
            and text[tokens[first - 1][1]:tokens[first][0]] in _HYPHENS:
        first -= 1
    if head - first < 2:
        return None
    return tuple(norms[first:head])


def _variants(name: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The name and its other number: "keloid" and "keloids"."""
    last = name[-1]
    if not last.islower():
        return {name}
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        return {name, name[:-1] + (last[:-1],)}
    return {name, name[:-1] + (last + "s",)}


def named_conditions(views_tokens: list[list], views_mentions: list[list[Mention]], text: str = "") -> set[tuple[str, ...]]:
    """Names (as token norms) that the article introduces as conditions and uses at least twice,
    where the lexicon does not know them as conditions already."""
    candidates: set[tuple[str, ...]] = set()
    defined: set[tuple[str, ...]] = set()
    for tokens, mentions in zip(views_tokens, views_mentions):
        conditions = frozenset(i for m in mentions if "condition" in m.classes for i in range(m.first, m.last + 1))
        for name, is_defined in _defined_names(tokens, conditions, text):
            candidates |= _variants(name)
            if is_defined:
                defined.add(min(_variants(name)))
    if not candidates:
        return set()
    uses: dict[tuple[str, ...], int] = {}
    known: set[tuple[str, ...]] = set()
    for tokens, mentions in zip(views_tokens, views_mentions):
        covering = _covering(mentions)
        for first, last, name in _occurrences(tokens, candidates):
            canonical = min(_variants(name))
            # Known already as a condition, or as something else (a treatment, a body part, a
            # phrase it is part of): nothing to add. Only a harm the article itself defines as
            # a condition ("Keloids are a type of raised scar") becomes one as well.
            if any(m.first <= first and last <= m.last
                   and not (canonical in defined and _may_become_condition(m, first, last))
                   for m in covering.get(first, ())):
                known.add(canonical)
            uses[canonical] = uses.get(canonical, 0) + 1
    # A defined name used twice is the article's; one only met in "people with ..." must recur more.
    return {name for name in candidates
            if uses.get(min(_variants(name)), 0) >= (2 if min(_variants(name)) in defined else 3)
            and min(_variants(name)) not in known}


def _covering(mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Token index -> the mentions that cover it (a lookup, so a long sentence stays linear)."""
    found: dict[int, list[Mention]] = {}
    for m in mentions:
        for i in range(m.first, m.last + 1):
            found.setdefault(i, []).append(m)
    return found


def _may_become_condition(mention: Mention, first: int, last: int) -> bool:
    return ((mention.first, mention.last) == (first, last) and "condition" not in mention.classes
            and "intervention" not in mention.classes and "test" not in mention.classes
            and "harm" in mention.classes)


def _occurrences(tokens, names: set[tuple[str, ...]]):
    """(first, last, name) of every use of a name; an abbreviation matches only as written."""
    norms = [t[3] for t in tokens]
    lengths = sorted({len(n) for n in names}, reverse=True)
    i = 0
    while i < len(norms):
        if (tokens[i][2],) in names:
            yield i, i, (tokens[i][2],)
            i += 1
            continue
        for n in lengths:
            # (a slice past the end is shorter than n, and may spell a shorter name: not this length's)
            if i + n <= len(norms) and tuple(norms[i:i + n]) in names:
                yield i, i + n - 1, tuple(norms[i:i + n])
                i += n - 1
                break
        i += 1


def condition_mentions(tokens, mentions: list[Mention], names: set[tuple[str, ...]],
                       classes: frozenset[str]) -> list[Mention]:
    """The sentence's mentions with a CONDITION mention added for each use of a named condition that
    no mention covers, and CONDITION added to a harm the article defines as one ("keloids")."""
    covering = _covering(mentions)
    replaced: dict[int, Mention] = {}
    added: list[Mention] = []
    for first, last, _ in _occurrences(tokens, names):
        over = {id(m): m for i in range(first, last + 1) for m in covering.get(i, ())}.values()
        same = [m for m in over if (m.first, m.last) == (first, last)]
        if same and _may_become_condition(same[0], first, last):
            m = same[0]
            replaced[id(m)] = Mention(m.first, m.last, m.start, m.end, m.classes | classes, m.entities)
        elif not over:
            added.append(Mention(first, last, tokens[first][0], tokens[last][1], classes))
    if not replaced and not added:
        return mentions
    return sorted([replaced.get(id(m), m) for m in mentions] + added, key=lambda m: (m.first, m.last))
