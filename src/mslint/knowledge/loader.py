"""Reading knowledge packs: folders of TOML files with `[pack]`, `[class.NAME]`, `[[entity]]` and
`[[fact]]` tables, validated as they load so a typo is one line naming the file and the key.

    [pack]                         # once per folder (in any of its files): the domain
    domain = "ms"
    title = "Multiple sclerosis and stem-cell therapy"
    about = ["multiple-sclerosis"] # entities whose mention makes an article about this domain
    senses = { transplant = "hsct" }  # in this domain, "the transplant" means HSCT

    [class.cure]                   # a word class: {CURE} in rules
    includes = []                  # classes it contains
    words = ["cure~", "heal~"]     # "~" adds the regular inflections; "a|b" lists variants

    [[entity]]
    id = "natalizumab"
    class = "biologic"             # or a list
    names = ["natalizumab", "Tysabri"]
    abbreviations = []
    is-a = ["ms-dmt"]

    [stem]                         # a medicine's naming stem: the class its generic names belong to
    conazole = "antifungal"        # "miconazole", unlisted, is read as an antifungal

    [[fact]]
    id = "ms-pml-natalizumab"
    relation = "not-a-risk-of"     # see mslint.knowledge.base.RELATIONS
    subject = "hsct"
    object = "pml"
    says = "..."                   # the correct statement
    sources = ["..."]
    as-of = "2026-11"
    confidence = "medium"

Long lists of entities are easier to read, review and load as tables: a `*.entities` file holds
one entity per line, `id | class | names | abbreviations | is-a`, lists separated by ";":

    metformin | drug | metformin; Glucophage | | antidiabetic-drug
"""

from __future__ import annotations

import re
from pathlib import Path

from mslint import quick_toml
from mslint.knowledge.base import ATTRIBUTE_VALUES, CONFIDENCES, OBJECT_RELATIONS, PATTERN_RELATIONS, RELATIONS, Domain, Entity, Fact, KnowledgeBase
from mslint.knowledge.lexicon import expand_forms


class KnowledgeError(Exception):
    """A knowledge pack that cannot be loaded; the message names the file and the key."""


_TABLES = {"pack", "class", "phrase", "entity", "fact", "stem"}
_ENTITY_KEYS = {"id", "class", "names", "abbreviations", "is-a"}
_FACT_KEYS = {"id", "relation", "subject", "object", "says", "sources", "as-of", "confidence",
              "contradicted-by", "replacement", "regulators", "every-kind", "members", "of", "share", "value",
              "chronic-only", "since"}


class _Table:
    """Typed getters over one table that fail with the file, the table and the key."""

    def __init__(self, table: dict, where: str, allowed: set[str]):
        self.table = table
        self.where = where
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(unknown[0], f"unknown key (valid: {', '.join(sorted(allowed))})")

    def fail(self, key: str, problem: str) -> KnowledgeError:
        return KnowledgeError(f"{self.where}: key '{key}': {problem}")

    def string(self, key: str, default: str | None = None) -> str:
        value = self.table.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "expected a non-empty string")
        return value.strip()

    def optional_string(self, key: str) -> str | None:
        return self.string(key) if key in self.table else None

    def boolean(self, key: str) -> bool:
        value = self.table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, "expected true or false")
        return value

    def strings(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.table.get(key, None if required else [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "expected a string or a list of non-empty strings")
        if required and not value:
            raise self.fail(key, "expected at least one value")
        return tuple(v.strip() for v in value)


def load_folders(folders: list[Path]) -> KnowledgeBase:
    kb = KnowledgeBase()
    for folder in folders:
        # Classes first (any file may name them), then the entity tables, then facts.
        files = sorted(folder.rglob("*.toml")) + sorted(folder.rglob("*.entities"))
        for path in files:
            domain = _domain_of(path, folder)
            if path.suffix == ".entities":
                _load_table(kb, path, domain)
            else:
                _load_file(kb, path, domain)
    _check(kb)
    return kb


def _load_table(kb: KnowledgeBase, path: Path, domain: str) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError(f"{path}: {error}") from None
    location = str(path)
    kb.sources.append(location)
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line[0] == "#":
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != 5:
            raise KnowledgeError(f"{path}:{number}: expected 5 cells 'id | class | names | abbreviations | is-a', "
                                 f"got {len(cells)}")
        entity_id, classes, names, abbreviations, parents = cells
        if not entity_id or not classes:
            raise KnowledgeError(f"{path}:{number}: an entity needs an id and a class")
        _add_entity(kb, Entity(entity_id, tuple(map(str.lower, _cells(classes))), tuple(_cells(names)),
                               tuple(_cells(abbreviations)), tuple(_cells(parents)), domain), f"{location}:{number}")


def _cells(text: str) -> list[str]:
    """The ";"-separated items of a cell, stripped, empty ones left out (one regex call, not a
    Python loop: the tables have some 8,000 cells)."""
    return _ITEM.findall(text)


# An item of a cell: from its first to its last non-space character (what str.strip leaves).
_ITEM = re.compile(r"[^;\s](?:[^;]*[^;\s])?")


def _domain_of(path: Path, root: Path) -> str:
    """A pack's domain is its folder's name under the knowledge root (general for the rest)."""
    relative = path.relative_to(root).parts
    return relative[0] if len(relative) > 1 else "general"


def _load_file(kb: KnowledgeBase, path: Path, domain: str) -> None:
    where = str(path)
    try:
        data = quick_toml.loads(path.read_text(encoding="utf-8"))  # tomllib's result, or its error
    except (OSError, UnicodeDecodeError, quick_toml.TOMLDecodeError) as error:
        raise KnowledgeError(f"{where}: {error}") from None
    unknown = sorted(set(data) - _TABLES)
    if unknown:
        raise KnowledgeError(f"{where}: unknown table '{unknown[0]}' (valid: class, phrase, entity, fact, pack, stem)")
    kb.sources.append(where)
    if "pack" in data:
        _load_pack(kb, _Table(data["pack"], f"{where}: [pack]", {"domain", "title", "about", "minimum-mentions", "senses"}),
                   domain)
    for name, table in (data.get("class") or {}).items():
        _load_class(kb, name, _Table(table, f"{where}: [class.{name}]", {"includes", "words"}))
    for name, table in (data.get("phrase") or {}).items():
        _load_phrase(kb, name, _Table(table, f"{where}: [phrase.{name}]", {"patterns"}))
    for index, table in enumerate(data.get("entity") or []):
        _load_entity(kb, _Table(table, f"{where}: entity {table.get('id', index + 1)!s}", _ENTITY_KEYS), domain)
    for index, table in enumerate(data.get("fact") or []):
        _load_fact(kb, _Table(table, f"{where}: fact {table.get('id', index + 1)!s}", _FACT_KEYS), domain)
    _load_stems(kb, data.get("stem") or {}, where)


def _load_stems(kb: KnowledgeBase, table: dict, where: str) -> None:
    """`ending = "entity"`: an unlisted lower-case word with that ending names a member of the
    entity's class (the entity itself is checked once every file has loaded)."""
    for ending, entity in table.items():
        if not (isinstance(ending, str) and ending.isalpha() and ending.islower() and len(ending) >= 3):
            raise KnowledgeError(f"{where}: [stem]: {ending!r} is not a lower-case word ending of three letters or more")
        if not isinstance(entity, str):
            raise KnowledgeError(f"{where}: [stem] {ending}: expected an entity id")
        if ending in kb.stems and kb.stems[ending] != entity:
            raise KnowledgeError(f"{where}: [stem] {ending}: already names {kb.stems[ending]!r}")
        kb.stems[ending] = entity
        kb.lexicon.add_stem(ending, entity)


def _load_pack(kb: KnowledgeBase, table: _Table, folder_domain: str) -> None:
    name = table.string("domain")
    if name != folder_domain:
        raise table.fail("domain", f"must be the folder's name, {folder_domain!r}")
    minimum = table.table.get("minimum-mentions", 2)
    if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 1:
        raise table.fail("minimum-mentions", "expected a positive integer")
    senses = table.table.get("senses", {})
    if not isinstance(senses, dict) or not all(isinstance(v, str) for v in senses.values()):
        raise table.fail("senses", "expected a table of general entity = specific entity")
    kb.domains[name] = Domain(name, table.string("title"), table.strings("about", required=True), minimum, dict(senses))


def _load_class(kb: KnowledgeBase, name: str, table: _Table) -> None:
    cls = name.lower()
    kb.lexicon.declare_class(cls, [c.lower() for c in table.strings("includes")])
    kb.lexicon.add_all([form for item in table.strings("words") for form in expand_forms(item)], (cls,))


def _load_phrase(kb: KnowledgeBase, name: str, table: _Table) -> None:
    phrase = name.lower()
    if phrase in kb.phrases:
        raise table.fail("patterns", f"the phrase {name!r} is defined twice")
    kb.phrases[phrase] = table.strings("patterns", required=True)


def _load_entity(kb: KnowledgeBase, table: _Table, domain: str) -> None:
    entity = Entity(
        id=table.string("id"),
        classes=tuple(c.lower() for c in table.strings("class", required=True)),
        names=table.strings("names"),
        abbreviations=table.strings("abbreviations"),
        is_a=table.strings("is-a"),
        domain=domain,
    )
    _add_entity(kb, entity, table.where)


def _add_entity(kb: KnowledgeBase, entity: Entity, where: str) -> None:
    if entity.id in kb.entities:
        raise KnowledgeError(f"{where}: entity {entity.id!r} is defined twice")
    if not entity.names and not entity.abbreviations:
        raise KnowledgeError(f"{where}: entity {entity.id!r} needs at least one name or abbreviation")
    kb.entities[entity.id] = entity
    own = "@" + entity.id
    lexicon = kb.lexicon
    # lexicon.declare_class for the entity's own class, its classes and its parents, written out
    # (two thousand entities): each includes the entity's own class.
    includes = lexicon.includes
    if own not in includes:
        includes[own] = set()
    for cls in (*entity.classes, *("@" + parent for parent in entity.is_a)):
        members = includes.get(cls)
        if members is None:
            members = includes[cls] = set()
        members.add(own)
    lexicon.declare_class(own)  # nothing new: it only forgets what lookups remembered, as before
    classes = frozenset((own,))
    lexicon.add_all([form for name in entity.names for form in expand_forms(name)], classes, entity.id,
                    with_plural=True)
    lexicon.add_all(entity.abbreviations, classes, entity.id)


def _share_range(table: _Table) -> tuple[float, float]:
    """`share = [low, high]`: percentages, low not above high."""
    value = table.table.get("share")
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 100 for v in value)
            or value[0] > value[1]):
        raise table.fail("share", "expected [low, high], two percentages from 0 to 100 with low <= high")
    return float(value[0]), float(value[1])


# Relations whose facts may name no subject: a share of everyone ("migraine affects about 1 in 7
# people"), and what holds of every condition or name the lexicon holds (distinct-conditions,
# distinct-names).
_SUBJECTLESS = frozenset({"share", "distinct-conditions", "distinct-names"})


_SINCE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def _since(table: _Table) -> str:
    """A superseded fact's date of change, YYYY, YYYY-MM or YYYY-MM-DD (required)."""
    value = table.string("since")
    if not _SINCE.fullmatch(value):
        raise table.fail("since", f"expected a date written YYYY, YYYY-MM or YYYY-MM-DD (got {value!r})")
    return value


def _load_fact(kb: KnowledgeBase, table: _Table, domain: str) -> None:
    relation = table.string("relation")
    if relation not in RELATIONS:
        raise table.fail("relation", f"unknown relation {relation!r} (valid: {', '.join(RELATIONS)})")
    confidence = table.string("confidence", "high")
    if confidence not in CONFIDENCES:
        raise table.fail("confidence", f"expected one of {', '.join(CONFIDENCES)}")
    members = table.strings("members")
    if relation == "distinct-classes" and len(members) < 2:
        raise table.fail("members", "a 'distinct-classes' fact needs two or more classes")
    value = table.optional_string("value")
    if relation in ATTRIBUTE_VALUES:
        if not members:
            raise table.fail("members", f"a {relation!r} fact needs the conditions that have its value")
        if value not in ATTRIBUTE_VALUES[relation]:
            raise table.fail("value", f"expected one of {', '.join(ATTRIBUTE_VALUES[relation])}")
    fact = Fact(
        id=table.string("id"),
        relation=relation,
        # The first class stands as the subject of a distinct-classes fact (it names no single one).
        # A share of everyone ("migraine affects about 1 in 7 people") names no subject: "" stands for
        # the whole population.
        subject=members[0] if relation == "distinct-classes" or relation in ATTRIBUTE_VALUES else (
            "" if relation in _SUBJECTLESS and "subject" not in table.table else table.string("subject")),
        object=table.optional_string("object"),
        says=table.string("says"),
        sources=table.strings("sources", required=True),
        as_of=table.string("as-of"),
        confidence=confidence,
        domain=domain,
        contradicted_by=table.strings("contradicted-by"),
        replacement=table.optional_string("replacement"),
        regulators=table.strings("regulators"),
        every_kind=table.boolean("every-kind"),
        chronic_only=table.boolean("chronic-only"),
        since=_since(table) if relation == "superseded" else None,
        members=members,
        of=table.strings("of"),
        share=_share_range(table) if relation == "share" else None,
        value=value,
    )
    if relation == "share" and not fact.of:
        raise table.fail("of", "a 'share' fact needs the patterns that name what is counted")
    if relation in PATTERN_RELATIONS and not fact.contradicted_by:
        raise table.fail("contradicted-by", f"a {relation!r} fact needs the patterns that contradict it")
    if relation in OBJECT_RELATIONS and fact.object is None:
        raise table.fail("object", f"a {relation!r} fact needs an object")
    if any(existing.id == fact.id for existing in kb.facts):
        raise table.fail("id", f"{fact.id!r} is defined twice")
    kb.facts.append(fact)


def _check_members(kb: KnowledgeBase, fact: Fact) -> None:
    """The members of a distinct-classes or attribute fact exist. Classes may share medicines
    (diazepam is a benzodiazepine and a muscle relaxant): the rule never flags a medicine for a
    class it is recorded in, so the fact is a closed world over what the lexicon records."""
    for member in fact.members:
        if member not in kb.entities:
            raise KnowledgeError(f"fact {fact.id}: key 'members': unknown entity {member!r}")


# A {CLASS}, {PHRASE} or {@entity} named in a fact's patterns (a name starts with a letter).
_REFERENCE = re.compile(r"\{\s*(@?[A-Za-z][A-Za-z0-9_-]*)\s*\}")


def _check_references(kb: KnowledgeBase, fact) -> None:
    """Every class, phrase and entity a fact's patterns name exists: a misspelt {NAME} would
    otherwise match nothing, and the fact would pass every page in silence."""
    for key, patterns in (("contradicted-by", fact.contradicted_by), ("of", fact.of)):
        for text in patterns:
            for name in _REFERENCE.findall(text):
                if name.startswith("@"):
                    known = name[1:] in kb.entities
                else:
                    known = name.lower() in kb.phrases or kb.lexicon.knows_class(name.lower())
                if not known:
                    what = "entity" if name.startswith("@") else "class or phrase"
                    raise KnowledgeError(f"fact {fact.id}: key {key!r}: unknown {what} {{{name}}} in pattern {text!r}")


def _check(kb: KnowledgeBase) -> None:
    """References resolve: is-a parents, fact subjects and objects, entity classes, pack topics."""
    for entity in kb.entities.values():
        for parent in entity.is_a:
            if parent not in kb.entities:
                raise KnowledgeError(f"entity {entity.id}: key 'is-a': unknown entity {parent!r}")
    for fact in kb.facts:
        if fact.subject not in kb.entities and not fact.members and not (fact.relation in _SUBJECTLESS and not fact.subject):
            # (a distinct-classes fact's members are checked below; a share of everyone has no subject)
            raise KnowledgeError(f"fact {fact.id}: key 'subject': unknown entity {fact.subject!r}")
        if fact.object is not None and fact.object not in kb.entities:
            raise KnowledgeError(f"fact {fact.id}: key 'object': unknown entity {fact.object!r}")
        for regulator in fact.regulators:
            if regulator not in kb.entities:
                raise KnowledgeError(f"fact {fact.id}: key 'regulators': unknown entity {regulator!r}")
        _check_members(kb, fact)
        _check_references(kb, fact)
    for ending, entity in kb.stems.items():
        if entity not in kb.entities:
            raise KnowledgeError(f"[stem] {ending}: unknown entity {entity!r}")
    for phrase in kb.phrases:
        if kb.lexicon.knows_class(phrase):
            raise KnowledgeError(f"phrase {phrase}: the name is also a class's (a pattern's {{{phrase.upper()}}} must mean one thing)")
    for domain in kb.domains.values():
        for entity_id in domain.about:
            if entity_id not in kb.entities:
                raise KnowledgeError(f"pack {domain.name}: key 'about': unknown entity {entity_id!r}")
        for general, specific in domain.senses.items():
            for entity_id in (general, specific):
                if entity_id not in kb.entities:
                    raise KnowledgeError(f"pack {domain.name}: key 'senses': unknown entity {entity_id!r}")
