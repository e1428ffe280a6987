"""Destinations: the same findings judged for the group, the diary or a handover (profiles are data)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .findings import IDENTIFIER, Finding

DEFAULT = "group"  # when nobody says where the text is going, judge it as strictly as possible
LEVELS = ("error", "warning", "info", "off")


@dataclass(frozen=True)
class Destination:
    name: str
    summary: str
    levels: dict[str, str]
    messages: dict[str, str] = field(default_factory=dict)

    def level(self, finding: Finding, third_party: bool) -> str:
        keys = [f"{finding.category}.third-party"] if third_party else []
        keys += [f"{finding.kind}.{finding.category}", finding.kind]
        return next((self.levels[k] for k in keys if k in self.levels), "error")


@lru_cache(maxsize=1)
def names() -> tuple[str, ...]:
    """The destinations' names, in the order the data file gives them."""
    return tuple(destinations())


@lru_cache(maxsize=1)
def destinations() -> dict[str, Destination]:
    raw = tomllib.loads(resources.files("discreet.linter").joinpath("data/destinations.toml").read_text("utf-8"))
    out = {}
    for name, table in raw.items():
        messages = table.pop("messages", {})
        summary = table.pop("summary", "")
        bad = {k: v for k, v in table.items() if v not in LEVELS}
        if bad:
            raise ValueError(f"destination {name}: unknown levels {bad}")
        out[name] = Destination(name, summary, dict(table), messages)
    return out


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text.lower()) if len(w) > 1}


def is_family(finding: Finding, family: frozenset[str]) -> bool:
    """A name belongs to the family when any of its words is in the caseload."""
    return bool(words(finding.text) & family)


def judge(findings: list[Finding], destination: str, family: frozenset[str] | None) -> list[Finding]:
    """Set each finding's severity for the destination and drop what is fine there.

    Without a caseload (family is None) every name is taken to be the family's.
    """
    profile = destinations()[destination]
    out = []
    for f in findings:
        third_party = (f.kind == IDENTIFIER and f.category == "person" and family is not None
                       and not is_family(f, family))
        level = profile.level(f, third_party)
        if f.severity == "info" and level != "off":
            level = "info"  # a rule's own low-severity note (e.g. the family's words in quotes) stays a note
        if level == "off":
            continue
        changes = {"severity": level}
        if third_party:
            changes["message"] = ("A name of someone outside the family: a copy of these notes given to "
                                  "the family would disclose it.")
            changes["suggestion"] = "Describe their role instead (a neighbour, a relative)."
        if f.category in profile.messages:
            changes["message"] = profile.messages[f.category]
        out.append(f.with_(**changes))
    return out
