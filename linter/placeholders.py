"""The safe version: identifiers become readable placeholders, the same one for the same thing."""
from __future__ import annotations

import re
from functools import lru_cache

from .findings import IDENTIFIER, Finding
from .words import ROLE_LABELS

# The closed list of labels `share` writes. Only these, optionally numbered ("[name 2]"), are
# placeholders; anything else in brackets is read like any other text: "[Bethan Pryce]" is a name.
LABELS = frozenset({
    "[name]", "[mum]", "[baby]", "[partner]", "[grandparent]", "[sibling]", "[health visitor]", "[midwife]",
    "[social worker]", "[town]", "[area]", "[street]", "[road]", "[address]", "[postcode]", "[place]",
    "[hospital]", "[GP surgery]", "[school]", "[place of worship]", "[children's centre]", "[workplace]",
    "[phone]", "[email]", "[handle]", "[date]", "[NHS number]", "[NI number]", "[ID]", "[age]", "[weight]",
    "[birth time]", "[gestation]", "[rare event]", "[occupation]", "[background]", "[card number]",
    "[bank account]", "[detail]",
})
FALLBACK = "[detail]"
PLACEHOLDER_RE = re.compile(
    r"\[(?:" + "|".join(re.escape(label[1:-1]) for label in sorted(LABELS, key=len, reverse=True)) + r")(?: \d+)?\]")

# A role word just before a name tells `share` who the person is (linter/data/role_words.txt, the [label] tags).
ROLE_BEFORE = ROLE_LABELS
_ROLE_OF = {word: label for label, words in ROLE_BEFORE.items() for word in words}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*[,:]?\s*[\[(\"'“‘]?$")  # "mum Jane", "mum [Jane]", "mum (Jane)"


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


def _plain_key(text: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", text.strip().lower())


def _one_key_per_person(findings: list[tuple[int, Finding]]) -> dict[str, str]:
    """'Rhiannon' and 'Pritchard' are the same person as 'Rhiannon Pritchard' found in the same text:
    a name's key maps to the first longer name that holds all its words."""
    keys = list(dict.fromkeys(_plain_key(f.text) for _, f in findings if f.category == "person"))
    words = {key: key.split() for key in keys}
    person = {}
    for key in keys:
        holders = [other for other in keys
                   if len(words[other]) > len(words[key]) and all(w in words[other] for w in words[key])]
        person[key] = holders[0] if holders else key
    return person


def labels(text: str, findings: list[Finding]) -> dict[int, str]:
    """The placeholder for each identifier finding (by index), numbered when a label is shared."""
    ids = [(i, f) for i, f in enumerate(findings) if f.kind == IDENTIFIER]
    person = _one_key_per_person(ids)
    key = {i: person.get(_plain_key(f.text), _plain_key(f.text)) for i, f in ids}
    role_of_key: dict[str, str] = {}
    for i, f in ids:
        if f.category == "person":
            role = _person_role(text, f)
            if role and key[i] not in role_of_key:
                role_of_key[key[i]] = role
    base: dict[int, str] = {}
    for i, f in ids:
        if f.category == "person":
            base[i] = role_of_key.get(key[i], "[name]")
        else:
            base[i] = f.placeholder if f.placeholder in LABELS else FALLBACK
    keys_per_label: dict[str, list[str]] = {}
    for i, _ in ids:
        keys = keys_per_label.setdefault(base[i], [])
        if key[i] not in keys:
            keys.append(key[i])
    out = {}
    for i, _ in ids:
        keys = keys_per_label[base[i]]
        out[i] = base[i] if len(keys) == 1 else f"{base[i][:-1]} {keys.index(key[i]) + 1}]"
    return out


def replacements(text: str, findings: list[Finding]) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) for each identifier, in text order. A name the writer put in square
    brackets is replaced with its brackets: "[Bethan]" -> "[name]", not "[[name]]"."""
    out = []
    for i, label in labels(text, findings).items():
        start, end = findings[i].start, findings[i].end
        if text[start - 1:start] == "[" and text[end:end + 1] == "]":
            start, end = start - 1, end + 1
        out.append((start, end, label))
    return sorted(out)


@lru_cache(maxsize=1)
def _anonymizer():
    # Imported here: presidio-anonymizer costs about 2 s on its own, but under 0.03 s once the analyzer
    # (which every check loads) is in, and only the paths that write a safe version need it.
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()


def safe_version(text: str, findings: list[Finding]) -> str:
    """Presidio's anonymizer writes the safe version: its "replace" operator, one placeholder per span."""
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    spans = replacements(text, findings)
    if not spans:
        return text
    # one entity type per span, so the anonymizer never merges two neighbouring spans into one
    results = [RecognizerResult(f"P{k}", start, end, 1.0) for k, (start, end, _) in enumerate(spans)]
    operators = {f"P{k}": OperatorConfig("replace", {"new_value": label}) for k, (_, _, label) in enumerate(spans)}
    return _anonymizer().anonymize(text, results, operators).text
