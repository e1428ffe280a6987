"""An entry is checked `--for diary` with the family's members as the caseload before it is saved.

Error-level findings (wording a family would not want to read) stop the save unless the writer
accepts that rule and says why; the acceptance is stored with the version it allowed.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Finding


class CheckUnavailable(Exception):
    """The checks could not run: nothing may be saved as if it had been checked."""


@dataclass(frozen=True)
class Verdict:
    findings: tuple[Finding, ...]
    blocking: tuple[Finding, ...]  # error-level findings that were not accepted
    accepted: tuple[tuple[str, str], ...]  # (rule, because) for each accepted rule that was found
    unused: tuple[str, ...]  # rules given to --accept that the entry does not have

    @property
    def saves(self) -> bool:
        return not self.blocking


def diary_linter(names, family=None, model: str | None = None):
    """A Linter for the diary: `names` are always found; a name outside `family` is a third party."""
    from ..destinations import words
    from ..engine import Linter, Options
    from ..nlp import ModelUnavailable

    family_words = None if family is None else frozenset(w for name in family for w in words(name))
    try:
        return Linter(Options(model=model, destination="diary", names=tuple(names), family=family_words))
    except ModelUnavailable as exc:
        raise CheckUnavailable(f"{exc}. Nothing was saved.") from None
    except Exception as exc:  # a broken recognizer or rule file: never save an unchecked entry
        raise CheckUnavailable(f"discreet could not start its checks ({type(exc).__name__}). Nothing was saved.") from None


def caseload(diary, family) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(names, family) for diary_linter: every family's names are found; those not of `family` are third parties."""
    return tuple(name for f in diary.families() for name in f.members), tuple(family.members)


def findings_of(linter, text: str) -> list[Finding]:
    from ..engine import CheckFailed

    try:
        return linter.check(text)
    except CheckFailed as exc:
        raise CheckUnavailable(f"{exc}. Nothing was saved.") from None


def judge_entry(findings, accept=(), because: str | None = None) -> Verdict:
    wanted = {rule.upper() for rule in accept}
    errors = [f for f in findings if f.severity == "error"]
    found_rules = {f.rule for f in errors}
    blocking = tuple(f for f in errors if f.rule not in wanted)
    accepted = tuple((rule, because or "") for rule in sorted(wanted & found_rules))
    return Verdict(tuple(findings), blocking, accepted, tuple(sorted(wanted - found_rules)))
