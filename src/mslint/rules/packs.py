"""Loading declarative rule packs: TOML files whose `[[rule]]` tables instantiate a kind.

Each table is validated against the common schema and its kind's schema before anything runs,
so a typo in a pack is one clear error naming the file, the rule and the key.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from pathlib import Path


from mslint.model import CATEGORIES, SCOPES, STATUSES, SEVERITY_NAMES, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint import patterns, quick_toml
from mslint.rules.pack_files import PackError, pack_files, read_pack


CODE_PATTERN = patterns.compile(r"[A-Z]{3}\d{3}")
NAME_PATTERN = patterns.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

# key -> (expected type description, validator). Shared by every kind.
COMMON_REQUIRED = ("code", "name", "kind", "category", "severity", "scope", "summary", "message", "references", "docs")
COMMON_OPTIONAL = ("status", "silenced-by", "softened-by", "yields-to", "as-of", "ignore-case")
DOCS_REQUIRED = ("what", "why", "bad", "good")
DOCS_OPTIONAL = ("better",)


# Set while a repository's pack (from rule-paths) loads: its patterns, written by whoever opened the
# pull request, run on `regex` with a time limit on every call (mslint.patterns).
_UNTRUSTED: ContextVar[bool] = ContextVar("untrusted_pack", default=False)


# Set while mslint's own packs load: their patterns are checked by the test suite (every one is
# compiled there), so a run need not parse each of them before it knows which it will use.
_SHIPPED: ContextVar[bool] = ContextVar("shipped_pack", default=False)


def compile_pattern(text: str, ignore_case: bool = True):
    flags = re.IGNORECASE if ignore_case else 0
    if _SHIPPED.get():
        return patterns.compile(text, flags)
    return patterns.compile_checked(text, flags, bounded=_UNTRUSTED.get())


class RuleSpec:
    """A validated view of one `[[rule]]` table: typed getters that raise PackError with context.
    `untrusted`: the pack comes from the repository (rule-paths), so its patterns are also
    checked for catastrophic backtracking (mslint.pattern_safety)."""

    def __init__(self, table: dict, where: str, untrusted: bool = False):
        self.table = table
        self.where = where
        self.untrusted = untrusted

    def fail(self, key: str, problem: str) -> PackError:
        return PackError(f"{self.where}: key '{key}': {problem}")

    def string(self, key: str, default: str | None = None) -> str:
        value = self.table.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "expected a non-empty string")
        return value

    def strings(self, key: str, default: list | None = None) -> list[str]:
        value = self.table.get(key, default)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(key, "expected a list of strings")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "expected true or false")
        return value

    def pattern(self, key: str, texts: list[str]):
        """Compile a list of alternatives into one pattern (one scan per unit, not one per phrase)."""
        if not texts:
            raise self.fail(key, "expected at least one pattern")
        ignore_case = self.boolean("ignore-case", True)
        if self.untrusted:
            self._refuse_backtracking(key, texts, re.IGNORECASE if ignore_case else 0)
        combined = "|".join(f"(?:{text})" for text in texts)
        try:
            return compile_pattern(combined, ignore_case)
        except patterns.error:
            pass
        for index, text in enumerate(texts):  # only on failure: name the culprit
            try:
                compile_pattern(text, ignore_case)
            except patterns.error as error:
                raise self.fail(f"{key}[{index}]", f"invalid regular expression: {error}") from None
        raise self.fail(key, "the patterns do not combine into one regular expression")

    def _refuse_backtracking(self, key: str, texts: list[str], flags: int) -> None:
        from mslint.pattern_safety import problem

        for index, text in enumerate(texts):
            found = problem(text, flags) if isinstance(text, str) else None
            if found:
                raise self.fail(f"{key}[{index}]", f"pattern may backtrack catastrophically: {found}")

    def check_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.table:
            if key not in allowed:
                raise PackError(f"{self.where}: unknown key '{key}' (valid keys: {', '.join(sorted(allowed))})")


def _choice(spec: RuleSpec, key: str, choices, default=None) -> str:
    value = spec.table.get(key, default)
    if value not in choices:
        raise spec.fail(key, f"expected one of: {', '.join(choices)} (got {value!r})")
    return value


def build_meta(spec: RuleSpec, origin: str) -> RuleMeta:
    from mslint.analysis.stance import RULE_CONTEXTS

    code = spec.string("code")
    if not CODE_PATTERN.fullmatch(code):
        raise spec.fail("code", f"expected a category prefix and three digits such as CLM001 (got {code!r})")
    name = spec.string("name")
    if not NAME_PATTERN.fullmatch(name):
        raise spec.fail("name", f"expected a kebab-case name such as unqualified-cure-claim (got {name!r})")
    category = _choice(spec, "category", tuple(CATEGORIES))
    if not code.startswith(CATEGORIES[category]):
        raise spec.fail("code", f"code {code} does not match category {category} (prefix {CATEGORIES[category]})")
    docs_table = spec.table.get("docs")
    if not isinstance(docs_table, dict):
        raise spec.fail("docs", "expected a table with what, why, bad, good and optionally better")
    docs_spec = RuleSpec(docs_table, spec.where + ": [docs]")
    docs_spec.check_keys(DOCS_REQUIRED + DOCS_OPTIONAL)
    for key in DOCS_REQUIRED:
        if key not in docs_table:
            raise docs_spec.fail(key, "missing")
    docs = RuleDocs(
        what=docs_spec.string("what"),
        why=docs_spec.string("why"),
        bad=tuple(docs_spec.strings("bad")),
        good=tuple(docs_spec.strings("good")),
        better=docs_table.get("better", "") and docs_spec.string("better"),
    )
    silenced_by = spec.strings("silenced-by", [])
    softened_by = spec.strings("softened-by", [])
    for key, contexts in (("silenced-by", silenced_by), ("softened-by", softened_by)):
        for context in contexts:
            if context not in RULE_CONTEXTS:
                raise spec.fail(key, f"unknown context {context!r} (choose from: {', '.join(sorted(RULE_CONTEXTS))})")
    yields_to = spec.strings("yields-to", [])
    for other in yields_to:
        if not CODE_PATTERN.fullmatch(other):
            raise spec.fail("yields-to", f"expected rule codes such as FCT003 (got {other!r})")
    references = spec.strings("references")
    if not references:
        raise spec.fail("references", "every rule cites at least one criterion or source")
    as_of = spec.table.get("as-of")
    return RuleMeta(
        code=code,
        name=name,
        category=category,
        severity=Severity.parse(_choice(spec, "severity", SEVERITY_NAMES)),
        scope=_choice(spec, "scope", SCOPES),
        summary=spec.string("summary"),
        docs=docs,
        references=tuple(references),
        status=_choice(spec, "status", STATUSES, "stable"),
        silenced_by=frozenset(silenced_by),
        softened_by=frozenset(softened_by),
        yields_to=frozenset(yields_to),
        as_of=str(as_of) if as_of is not None else None,
        origin=origin,
    )


def load_pack(path: Path, untrusted: bool = False) -> list[Rule]:
    from mslint.rules.builtin import packs_folder

    token = _UNTRUSTED.set(untrusted)
    shipped = _SHIPPED.set(not untrusted and path.resolve().is_relative_to(packs_folder()))
    try:
        return _load_pack(path, untrusted)
    finally:
        _SHIPPED.reset(shipped)
        _UNTRUSTED.reset(token)


def _load_pack(path: Path, untrusted: bool) -> list[Rule]:
    from mslint.rules.kinds import KINDS

    try:
        data = _parsed(read_pack(path))
    except quick_toml.TOMLDecodeError as error:
        raise PackError(f"{path}: not valid TOML: {error}") from None
    except UnicodeDecodeError:
        raise PackError(f"{path}: not valid TOML: not UTF-8 text") from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise PackError(f"{path}: not valid TOML: nested too deeply") from None
    unknown = set(data) - {"rule"}
    if unknown:
        raise PackError(f"{path}: unknown top-level key '{sorted(unknown)[0]}' (a pack holds [[rule]] tables)")
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not tables:
        raise PackError(f"{path}: key 'rule': expected one or more [[rule]] tables")
    rules = []
    for index, table in enumerate(tables):
        where = f"{path}: rule {table.get('code', f'#{index + 1}')}"
        spec = RuleSpec(table, where, untrusted)
        kind_name = table.get("kind")
        kind = KINDS.get(kind_name)
        if kind is None:
            raise spec.fail("kind", f"expected one of: {', '.join(sorted(KINDS))} (got {kind_name!r})")
        spec.check_keys(COMMON_REQUIRED + COMMON_OPTIONAL + kind.KEYS)
        for key in COMMON_REQUIRED:
            if key not in table:
                raise spec.fail(key, "missing")
        rules.append(kind.build(build_meta(spec, origin=str(path)), spec))
    return rules


def _parsed(content: bytes) -> dict:
    """The quick reader for the packs mslint ships (the same result as tomllib's on every one of
    them, tests/test_quick_toml.py); tomllib itself for a pack from `rule-paths` or a plugin,
    which is anyone's TOML and need not be read fast."""
    if _SHIPPED.get():
        return quick_toml.loads(content.decode("utf-8"))
    import tomllib

    return tomllib.loads(content.decode("utf-8"))


def load_pack_folder(folder: Path, within: Path | None = None, untrusted: bool = False) -> list[Rule]:
    """Every *.toml below a folder (sorted, so the registry order is stable), or a single file;
    `within`: the folder symlinks must not lead out of (see mslint.rules.pack_files)."""
    rules: list[Rule] = []
    for path in pack_files(folder, within):
        rules.extend(load_pack(path, untrusted))
    return rules
