"""Identifier rules as data: rules/identifiers.yaml documents each recognizer, keyed by its rule id.

A recognizer class (linter/recognizers/, one per id) holds its patterns and logic; its MESSAGE,
SUGGESTION and PLACEHOLDER come from its entry here, with what it finds, why it matters and
examples that run as tests. `bind` checks the file against the registry both ways when the
recognizers are discovered, so a rule without an entry (or an entry without a rule) stops the run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .ruleset import IDENTIFIERS_FILE_NAME, RULES_DIR, RuleError

IDENTIFIERS_FILE = RULES_DIR / IDENTIFIERS_FILE_NAME
REQUIRED = ("what", "placeholder", "message", "suggestion", "why", "examples")
OPTIONAL = ("placeholder_note",)
BOUND = ("MESSAGE", "SUGGESTION", "PLACEHOLDER")  # class attributes the file gives
_MARK = re.compile(r"\{\{(.+?)\}\}")


@dataclass(frozen=True)
class Example:
    text: str  # the sentence, marks removed
    spans: tuple[tuple[int, int], ...] = ()  # what a bad example must be flagged as, exactly
    xfail: str = ""  # known_miss / false_flag: a real miss or false flag, kept until the rule is fixed


@dataclass(frozen=True)
class IdentifierRule:
    id: str
    category: str
    module: str
    what: str
    placeholder: str
    message: str
    suggestion: str
    why: str
    examples_bad: tuple[Example, ...]
    examples_good: tuple[Example, ...]
    caseload: tuple[str, ...] = ()  # --names entries the examples are checked with
    placeholder_note: str = ""
    severity: str = "error"  # for the group, the default destination (linter/data/destinations.toml)

    @property
    def summary(self) -> str:
        return self.what.replace("`", "")  # the README's code marks, left out on a terminal


def stub(cls) -> str:
    """The entry to paste into rules/identifiers.yaml for a recognizer that has none."""
    def value(name: str, default: str) -> str:
        given = cls.__dict__.get(name)
        return '"' + str(given or default).replace('"', "'") + '"'

    return (f"{cls.RULE}:\n"
            f"  what: \"<what it finds, for the README table>\"\n"
            f"  placeholder: {value('PLACEHOLDER', '[detail]')}\n"
            f"  message: {value('MESSAGE', '<what was found and why it identifies someone>')}\n"
            f"  suggestion: {value('SUGGESTION', '<what to write instead>')}\n"
            f"  why: \"<why a reader could recognise the family from it>\"\n"
            f"  examples:\n"
            f"    bad: [\"<a sentence with the {{{{exact span}}}} marked>\", \"<another>\"]\n"
            f"    good: [\"<a sentence it must not flag>\", \"<another>\"]\n")


def _example(value, where: str, bad: bool) -> Example:
    reason = ""
    if isinstance(value, dict):
        allowed = {"text", "known_miss" if bad else "false_flag"}
        if "text" not in value or value.keys() - allowed:
            raise RuleError(f"{where}: an example is a sentence, or {{text, {sorted(allowed - {'text'})[0]}}}")
        reason = str(value.get("known_miss" if bad else "false_flag", "")).strip()
        if not reason:
            raise RuleError(f"{where}: {'known_miss' if bad else 'false_flag'} needs a reason")
        value = value["text"]
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"{where}: an example must be a sentence")
    spans, plain, last = [], "", 0
    for m in _MARK.finditer(value):
        plain += value[last:m.start()]
        spans.append((len(plain), len(plain) + len(m.group(1))))
        plain += m.group(1)
        last = m.end()
    plain += value[last:]
    if "{{" in plain or "}}" in plain:
        raise RuleError(f"{where}: unbalanced {{{{ }}}} in {value!r}")
    if bad and not spans:
        raise RuleError(f"{where}: mark what a bad example must be flagged as with {{{{...}}}}: {value!r}")
    if not bad and spans:
        raise RuleError(f"{where}: a good example has nothing to mark: {value!r}")
    return Example(plain, tuple(spans), reason)


def load(path: Path | str = IDENTIFIERS_FILE) -> dict[str, dict]:
    """The file's entries, each checked on its own: every field, two bad and two good examples."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path.name}: cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path.name}: must map rule ids (I101 ...) to their entries")
    entries = {}
    for rid, entry in data.items():
        where = f"{path.name} {rid}"
        if not re.fullmatch(r"I\d{3}", str(rid)):
            raise RuleError(f"{where}: id must look like I101")
        if not isinstance(entry, dict):
            raise RuleError(f"{where}: must be a mapping of {', '.join(REQUIRED)}")
        missing = [k for k in REQUIRED if not entry.get(k)]
        if missing:
            raise RuleError(f"{where}: missing {', '.join(missing)}")
        unknown = entry.keys() - set(REQUIRED) - set(OPTIONAL)
        if unknown:
            raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        examples = entry["examples"]
        if not isinstance(examples, dict) or examples.keys() - {"bad", "good", "caseload"}:
            raise RuleError(f"{where}: examples has bad, good and (for the caseload rule) caseload")
        bad = [_example(e, where, True) for e in examples.get("bad") or ()]
        good = [_example(e, where, False) for e in examples.get("good") or ()]
        if len(bad) < 2 or len(good) < 2:
            raise RuleError(f"{where}: needs at least two bad and two good examples")
        entries[str(rid)] = {**{k: str(entry[k]).strip() for k in REQUIRED[:-1]},
                             "placeholder_note": str(entry.get("placeholder_note", "")).strip(),
                             "examples_bad": tuple(bad), "examples_good": tuple(good),
                             "caseload": tuple(str(n) for n in examples.get("caseload") or ())}
    return entries


def bind(classes, path: Path | str = IDENTIFIERS_FILE) -> tuple[IdentifierRule, ...]:
    """Check the file against the recognizer classes both ways, then give each class its entry."""
    entries = load(path)
    name = Path(path).name
    for cls in classes:
        if cls.RULE not in entries:
            raise RuleError(
                f"{name} has no entry for {cls.RULE} ({cls.__name__} in {cls.__module__}). Add this to "
                f"rules/identifiers.yaml, fill in the <...>, and delete {', '.join(BOUND)} from the class "
                f"(they come from the file):\n\n{stub(cls)}")
        set_here = [a for a in BOUND if a in cls.__dict__]
        if set_here and "DOC" not in cls.__dict__:
            raise RuleError(f"{cls.__name__} ({cls.RULE}) sets {', '.join(set_here)} itself: move them to its "
                            f"entry in rules/identifiers.yaml (message, suggestion, placeholder) and delete them")
    orphans = sorted(entries.keys() - {cls.RULE for cls in classes})
    if orphans:
        raise RuleError(f"{name} has entries for {', '.join(orphans)}, but no recognizer class has that RULE: "
                        f"remove the entries or add the classes")
    rules = []
    for cls in classes:
        e = entries[cls.RULE]
        rule = IdentifierRule(
            id=cls.RULE, category=cls.CATEGORY, module=cls.__module__, what=e["what"], placeholder=e["placeholder"],
            message=e["message"], suggestion=e["suggestion"], why=e["why"], examples_bad=e["examples_bad"],
            examples_good=e["examples_good"], caseload=e["caseload"], placeholder_note=e["placeholder_note"])
        cls.MESSAGE, cls.SUGGESTION, cls.PLACEHOLDER, cls.DOC = rule.message, rule.suggestion, rule.placeholder, rule
        rules.append(rule)
    return tuple(rules)


def identifier_rules() -> tuple[IdentifierRule, ...]:
    """Every identifier rule, in id order (discovering the recognizers binds them)."""
    from .recognizers import recognizer_classes

    return tuple(cls.DOC for cls in recognizer_classes())


def describe(rule: IdentifierRule) -> str:
    """`discreet rules I704`: what it finds, why, what to write instead, examples."""
    def shown(example: Example) -> str:
        text = example.text
        for start, end in reversed(example.spans):
            text = f"{text[:start]}[{text[start:end]}]{text[end:]}"
        return text

    lines = [f"{rule.id} ({rule.category}, {rule.severity})", "", f"Finds {rule.summary}.", "", rule.message, "",
             f"Why: {rule.why}", f"Placeholder in the safe version: {rule.placeholder}"
             + (f", {rule.placeholder_note.replace('`', '')}" if rule.placeholder_note else ""),
             "", "Use instead:", f"  - {rule.suggestion}"]
    if rule.caseload:
        lines += ["", f"Examples checked with --names listing: {', '.join(rule.caseload)}"]
    lines += ["", "Flagged:"] + [f"  ✗ {shown(e)}" + (" (not yet found)" if e.xfail else "") for e in rule.examples_bad]
    lines += ["", "Not flagged:"] + [f"  ✓ {e.text}" + (" (still flagged)" if e.xfail else "") for e in rule.examples_good]
    return "\n".join(lines) + "\n"
