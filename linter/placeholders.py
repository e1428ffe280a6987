"""The safe version: identifiers become readable placeholders, the same one for the same thing."""
from __future__ import annotations

import re

from .findings import IDENTIFIER, Finding

# A role word just before a name tells `share` who the person is.
ROLE_BEFORE = {
    "[baby]": "baby babby lo ds dd dc son daughter newborn twin twins bubba boy girl",
    "[mum]": "mum mam mummy mother mom",
    "[partner]": "dp dh dw partner husband hubby wife boyfriend bf girlfriend gf fiance fiancé fiancee fiancée dad daddy",
    "[grandparent]": "nan nana nanna nanny grandma grandad grandpa granny gran mil fil",
    "[health visitor]": "hv",
    "[midwife]": "mw midwife",
    "[social worker]": "sw",
    "[sibling]": "sister brother sis bro",
}
_ROLE_OF = {word: label for label, words in ROLE_BEFORE.items() for word in words.split()}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*[,:]?\s*$")


def _person_role(text: str, f: Finding) -> str | None:
    m = _WORD_BEFORE.search(text[max(0, f.start - 20):f.start])
    if not m:
        return None
    role = _ROLE_OF.get(m.group(1).lower())
    if role == "[mum]":
        # "her mum Jane" is a grandmother; "mum Jane" is the mother.
        before = text[max(0, f.start - 30):f.start].lower().split()
        if len(before) >= 2 and before[-2] in {"her", "his", "their", "my"}:
            return "[grandparent]"
    return role


def _key(text: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", text.strip().lower())


def labels(text: str, findings: list[Finding]) -> dict[int, str]:
    """The placeholder for each identifier finding (by index), numbered when a label is shared."""
    ids = [(i, f) for i, f in enumerate(findings) if f.kind == IDENTIFIER]
    role_of_key: dict[str, str] = {}
    for _, f in ids:
        if f.category == "person":
            role = _person_role(text, f)
            if role and _key(f.text) not in role_of_key:
                role_of_key[_key(f.text)] = role
    base: dict[int, str] = {}
    for i, f in ids:
        if f.category == "person":
            base[i] = role_of_key.get(_key(f.text), "[name]")
        else:
            base[i] = f.placeholder or "[detail]"
    keys_per_label: dict[str, list[str]] = {}
    for i, f in ids:
        keys = keys_per_label.setdefault(base[i], [])
        if _key(f.text) not in keys:
            keys.append(_key(f.text))
    out = {}
    for i, f in ids:
        keys = keys_per_label[base[i]]
        out[i] = base[i] if len(keys) == 1 else f"{base[i][:-1]} {keys.index(_key(f.text)) + 1}]"
    return out


def safe_version(text: str, findings: list[Finding]) -> str:
    """Replace from the end backwards so earlier offsets stay valid."""
    chosen = labels(text, findings)
    out = text
    for i in sorted(chosen, key=lambda i: findings[i].start, reverse=True):
        f = findings[i]
        out = out[:f.start] + chosen[i] + out[f.end:]
    return out
