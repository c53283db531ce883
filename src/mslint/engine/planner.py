"""From configuration to the list of rules that run on one file, with severities and options.

Command-line selections override the file's config (`--select` replaces `select`; `--ignore`
and `--extend-select` add to it), per-file ignores come from the config's globs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mslint.config import DEFAULT_RULE_TIMEOUT, Config, ConfigError
from mslint.engine.diagnostics import ENGINE_DIAGNOSTICS, MALFORMED_SUPPRESSION, UNUSED_SUPPRESSION
from mslint.engine.runner import ActiveRule
from mslint.engine.registry import Registry, registry_with
from mslint.rule import Rule
from mslint.engine.selection import EXACT, is_selected, specificity, valid_selector
from mslint.model import Severity


@dataclass(frozen=True)
class Plan:
    rules: list[ActiveRule]
    report_unused_suppressions: bool
    report_malformed_suppressions: bool = True
    # Whether a word in a suppression comment names a rule of this registry (or an engine code).
    known: Callable[[str], bool] | None = None
    rule_timeout: float = DEFAULT_RULE_TIMEOUT  # seconds per rule per document


class _Diagnostic(Rule):
    """The engine's own codes take part in selection like rules (`--ignore MSL001`)."""

    def __init__(self, meta):
        self.meta = meta


_DIAGNOSTICS = [_Diagnostic(meta) for meta in ENGINE_DIAGNOSTICS]


@dataclass(frozen=True)
class Overrides:
    """What the command line says about rule selection; None/empty means "as configured"."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()


def _check_selectors(selectors, registry: Registry, where: str) -> None:
    from mslint.model import SEVERITY_NAMES

    known = [*registry, *_DIAGNOSTICS]
    for selector in selectors:
        if selector.strip().lower() in SEVERITY_NAMES:
            # Selectors name rules; a severity is a threshold on findings, which is another option.
            raise ConfigError(
                f"{where}: {selector!r} is a severity, not a rule; to hide findings below a severity use "
                "--min-severity (or the min-severity setting)"
            )
        if not valid_selector(selector, known):
            # A pack or plugin that failed to load is the likelier cause: say so, not only the symptom.
            cause = f" ({registry.problems[0]})" if registry.problems else ""
            raise ConfigError(
                f"{where}: {selector!r} matches no rule code, code prefix, rule name or category "
                f"(see `mslint --list-rules`){cause}"
            )


def _check_option_rules(config: Config, registry: Registry) -> None:
    """Options for a rule that does not exist are a typo that would otherwise do nothing."""
    for key, _ in config.options:
        if not any(registry_key_matches(key, rule) for rule in registry):
            raise ConfigError(f"{config.path}: key 'options.{key}': no rule has this code or name "
                              "(see `mslint --list-rules`)")


def _severity_override(table, rule: Rule) -> Severity | None:
    """The most specific `[severity]` entry for a rule. A broad selector (ALL, a category or a code
    prefix) reaches only rules whose default is warning or error: `COM = "error"` makes selling a
    blocker without turning COM's info-level document checks into errors. An exact code or rule
    name applies whatever the default."""
    broad_reaches = rule.meta.severity >= Severity.WARNING
    scored = [
        (s, value)
        for selector, value in table
        if (s := specificity(selector, rule)) is not None and (s == EXACT or broad_reaches)
    ]
    return max(scored, key=lambda item: item[0])[1] if scored else None


def _options(rule: Rule, config: Config) -> dict:
    options = dict(rule.default_options)
    for key, given in config.options:
        if registry_key_matches(key, rule):
            for name, value in given:
                if name not in rule.default_options:
                    valid = ", ".join(rule.default_options) or "none"
                    raise ConfigError(f"{config.path}: key 'options.{key}.{name}': unknown option (valid: {valid})")
                default = rule.default_options[name]
                if not _same_type(default, value):
                    raise ConfigError(
                        f"{config.path}: key 'options.{key}.{name}': expected {type(default).__name__}, got {value!r}"
                    )
                options[name] = value
    return options


def _same_type(default, value) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def registry_key_matches(key: str, rule: Rule) -> bool:
    return key.upper() == rule.meta.code or key.lower() == rule.meta.name


class Planner:
    """Caches plans: most files of a run share one config and so one list of rules."""

    def __init__(self, overrides: Overrides = Overrides()):
        self.overrides = overrides
        self._plans: dict[tuple, Plan] = {}
        self._globs: dict[Config, list] = {}  # config -> [(match function, codes)]

    def registry(self, config: Config) -> Registry:
        return registry_with(config.rule_paths, config.rule_root)

    def plan(self, config: Config, path: Path | None) -> Plan:
        extra_ignores = self._per_file_ignores(config, path) if path is not None else ()
        key = (config, extra_ignores)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = self._build(config, extra_ignores)
        return plan

    def _per_file_ignores(self, config: Config, path: Path) -> tuple[str, ...]:
        if not config.per_file_ignores:
            return ()
        globs = self._globs.get(config)
        if globs is None:
            from mslint.ignore_globs import matcher  # pathspec's matching; only configs with per-file ignores pay

            globs = self._globs[config] = [(matcher([glob]), codes) for glob, codes in config.per_file_ignores]
        try:
            relative = Path(os.path.realpath(path)).relative_to(os.path.realpath(config.root)).as_posix()
        except ValueError:
            relative = path.as_posix()
        return tuple(code for match, codes in globs if match(relative) for code in codes)

    def _build(self, config: Config, extra_ignores: tuple[str, ...]) -> Plan:
        registry = self.registry(config)
        where = str(config.path) if config.path else "command line"
        _check_selectors(config.ignore + config.extend_select + (config.select or ()), registry, where)
        _check_selectors(extra_ignores, registry, f"{where}: per-file-ignores")
        _check_selectors(
            (self.overrides.select or ()) + self.overrides.ignore + self.overrides.extend_select,
            registry,
            "command line",
        )
        _check_selectors([selector for selector, _ in config.severity], registry, f"{where}: severity")
        _check_option_rules(config, registry)
        select = self.overrides.select if self.overrides.select is not None else (config.select or ("ALL",))
        select = select + config.extend_select + self.overrides.extend_select
        ignore = config.ignore + self.overrides.ignore + extra_ignores
        plan = []
        for rule in registry:
            if not is_selected(rule, select, ignore):
                continue
            configured = _severity_override(config.severity, rule)
            plan.append(ActiveRule(rule, configured or rule.meta.severity, _options(rule, config),
                                   configured=configured is not None))
        known_rules = [*registry, *_DIAGNOSTICS]
        return Plan(
            plan,
            is_selected(_Diagnostic(UNUSED_SUPPRESSION), select, ignore),
            is_selected(_Diagnostic(MALFORMED_SUPPRESSION), select, ignore),
            lambda token: valid_selector(token, known_rules),
            config.rule_timeout,
        )
