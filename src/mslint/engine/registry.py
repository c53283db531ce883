"""Where rules come from: entry points in the `mslint.rules` group (built-ins use the same path)
plus local rule-pack folders named in config.

An entry point resolves to a callable returning an iterable of Rule objects and/or paths to
TOML packs (a file or a folder). Each provider is loaded on its own, so one broken plugin is
reported and the others still load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mslint.engine import plugins
from mslint.interrupts import is_stop
from mslint.model import CATEGORIES, SCOPES, RuleMeta, Severity
from mslint.rules.packs import PackError, load_pack_folder
from mslint.rule import Rule


_CODE = re.compile(r"[A-Z]{3}\d{3}")


class RegistryError(Exception):
    """Two rules claim one code or name, or a provider returned something that is not a rule."""


@dataclass
class Registry:
    rules: dict[str, Rule] = field(default_factory=dict)  # code -> rule, in load order
    # One line per provider that failed to load; the run still goes on and exits 2.
    problems: list[str] = field(default_factory=list)

    def add(self, rule: Rule, origin: str) -> None:
        if not isinstance(rule, Rule):
            raise RegistryError(f"{origin}: provided {rule!r}, which is not an mslint Rule")
        _check_rule(rule, origin)
        code = rule.meta.code
        if code in self.rules:
            raise RegistryError(
                f"{origin}: rule code {code} is already taken by {self.rules[code].meta.origin}"
            )
        for other in self.rules.values():
            if other.meta.name == rule.meta.name:
                raise RegistryError(f"{origin}: rule name {rule.meta.name} is already used by {other.meta.code}")
        self.rules[code] = rule

    def add_from(self, items: Iterable[Rule | Path | str], origin: str, within: Path | None = None,
                 untrusted: bool = False) -> None:
        for item in items:
            if isinstance(item, (str, Path)):
                for rule in load_pack_folder(Path(item), within, untrusted):
                    self.add(rule, str(item))
            else:
                self.add(item, origin)

    def get(self, code_or_name: str) -> Rule | None:
        wanted = code_or_name.strip()
        if wanted.upper() in self.rules:
            return self.rules[wanted.upper()]
        return next((r for r in self.rules.values() if r.meta.name == wanted.lower()), None)

    def __iter__(self):
        return iter(self.rules.values())


def _check_rule(rule: Rule, origin: str) -> None:
    """A plugin's rule whose metadata has the wrong types would fail later, in the middle of a
    lint or of writing the report; say so when it loads."""
    meta = getattr(rule, "meta", None)
    problem = None
    if not isinstance(meta, RuleMeta):
        problem = "its meta is not a RuleMeta"
    elif not (isinstance(meta.code, str) and _CODE.fullmatch(meta.code)):
        problem = f"code {meta.code!r} is not a category prefix and three digits such as HYP901"
    elif not (isinstance(meta.name, str) and meta.name) or meta.category not in CATEGORIES:
        problem = "its name must be a non-empty string and its category one of: " + ", ".join(CATEGORIES)
    elif not isinstance(meta.severity, Severity) or meta.scope not in SCOPES:
        problem = "its severity must be a Severity and its scope one of: " + ", ".join(SCOPES)
    elif not all(isinstance(text, str) for text in (meta.summary, *meta.references)):
        problem = "its summary and references must be strings"
    elif not isinstance(rule.default_options, Mapping) or not all(isinstance(key, str) for key in rule.default_options):
        problem = "its default_options must map option names to values"
    if problem:
        raise RegistryError(f"{origin}: rule {getattr(meta, 'code', rule)!r} cannot be used: {problem}")


def load_providers(providers) -> Registry:
    """A registry from entry points; each provider in isolation, so one broken plugin is reported alone."""
    registry = Registry()
    seen: set[str] = set()
    for entry_point in providers:
        if entry_point.value in seen:  # an editable install can list a distribution twice
            continue
        seen.add(entry_point.value)
        origin = f"plugin {entry_point.name!r} ({entry_point.value})"
        try:
            provide = entry_point.load()
            registry.add_from(provide(), origin)
        except (PackError, RegistryError) as error:
            registry.problems.append(str(error))
        except BaseException as error:  # noqa: BLE001 - a plugin may fail in any way, sys.exit() included
            if is_stop(error):
                raise
            text = " ".join(str(error).split())
            registry.problems.append(f"{origin} failed to load: {type(error).__name__}: {text}")
    return registry


@lru_cache(maxsize=None)
def base_registry() -> Registry:
    """Built-ins and installed plugins; cached because every file shares them."""
    return load_providers(plugins.installed())


def registry_with(rule_paths: tuple[Path, ...], within: Path | None = None) -> Registry:
    """The base registry plus local packs from config `rule-paths` (errors propagate: config
    errors); `within`: the folder the packs must stay in (mslint.rules.pack_files)."""
    if not rule_paths:
        return base_registry()
    from mslint.engine.cache import rule_paths_fingerprint

    # Keyed by the packs' contents too, so an edited pack is reloaded in a long-lived process.
    return _registry_with(rule_paths, within, rule_paths_fingerprint(rule_paths, within))


@lru_cache(maxsize=None)
def _registry_with(rule_paths: tuple[Path, ...], within: Path | None, fingerprint: str) -> Registry:
    base = base_registry()
    if not rule_paths:
        return base
    registry = Registry(dict(base.rules), list(base.problems))
    for path in rule_paths:
        registry.add_from([path], str(path), within, untrusted=True)  # a repository's packs
    return registry
