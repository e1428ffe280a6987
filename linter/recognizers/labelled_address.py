"""I208: the field after an address label ("Address:", "Dirección:", "Anschrift:", "Adres:", "住所：") is an address,
whatever its parts. Forms and messages from abroad write addresses in orders and abbreviations no street pattern
knows ("Str. Lalelelor nr. 9, bl. A3, sc. 2, ap. 18, sector 4, București"); the label says what the field is.
The labels are data (linter/data/address_labels.txt, and place_labels.txt for a form's town, village or district).
The field runs to the end of its line, to a full stop that
ends a sentence (not the one of a short form: "Av.", "depto.", "12."), or to the next field: a label such as
"Tel:" (linter/data/field_labels.txt), an email, or a phone-length run of digits.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import word_list
from ..words import is_english
from .base import Hit, Recognizer

_MAX_FIELD = 200  # a longer "field" is prose after a colon, not an address
_STOPS = ".!?。！？।"
_PHONE_PART = re.compile(r"\+?[\d()][\d()./-]*")


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern:
    labels = sorted(word_list("address_labels.txt") | word_list("place_labels.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    # a label written in a script with capitals is a whole word; "住所" may follow other characters
    return re.compile(rf"(?:(?<![^\W\d_])|(?<=[^\x00-\u024f]))(?:{alternatives})"
                      rf"(?:\s+(?:is|es|é|ist|est|è))?\s*[:：]", re.IGNORECASE)


def _short_form(word: str) -> bool:
    """A full stop that does not end the field: 'Av.', 'depto.', 'Cad.', 'nr.', '12.', 'II.'."""
    stem = word.rstrip(".")
    if stem.isdigit():
        return len(stem) <= 3
    if re.fullmatch(r"[IVXivx]{1,4}", stem):
        return True
    return stem.isalpha() and (len(stem) <= 3 or (len(stem) <= 5 and not is_english(stem)))


def _field_end(text: str, start: int) -> int:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    end = start
    digits_run = None  # where a run of digit groups started, to stop before a phone number
    for m in re.finditer(r"\S+", text[start:line_end]):
        word, w_start, w_end = m.group(), start + m.start(), start + m.end()
        bare = word.rstrip(",;:)]\"'")
        if word.endswith((":", "：")) and word.rstrip(":：").lower() in word_list("field_labels.txt"):
            break
        if "@" in word or word.lower().startswith(("http", "www.")):
            break
        if _PHONE_PART.fullmatch(bare):
            digits_run = w_start if digits_run is None else digits_run
            run_digits = sum(c.isdigit() for c in text[digits_run:w_end])
            if run_digits >= 8:
                return digits_run
            if bare != word:  # "54," ends the run
                digits_run = None
        else:
            digits_run = None
        end = w_end
        if bare and bare[-1] in _STOPS and not (bare[-1] == "." and _short_form(bare)):
            return start + m.start() + len(bare) - 1  # "Santiago." ends the sentence; "Av." does not
    return end


class LabelledAddress(Recognizer):
    RULE = "I208"
    CATEGORY = "location"

    def hits(self, text, doc):
        for m in _label_pattern().finditer(text):
            start = m.end()
            while start < len(text) and text[start] in " \t":
                start += 1
            end = _field_end(text, start)
            while end > start and text[end - 1] in " \t,;:-–(/":
                end -= 1
            field = text[start:end]
            label = re.sub(r"\s+", " ", m.group().rstrip(":： ").lower())
            place = label in word_list("place_labels.txt")  # "City: Lagos": one name is the whole field
            if (not field or len(field) > _MAX_FIELD or field[0] in "[<{_*#."
                    or not self._reads_as_address(field, 1 if place else 2)):
                continue
            yield Hit(start, end, 0.7, f"after the label '{m.group().rstrip(':： ')}'")

    @staticmethod
    def _reads_as_address(field: str, names_needed: int) -> bool:
        words = re.findall(r"[^\W\d_]{2,}", field)
        if not words:
            return False
        first = words[0]
        if first == field.split()[0] and first.islower() and is_english(first):
            return False  # "Address: see below", "address: same as before"
        has_digit = any(c.isdigit() for c in field)
        named = sum(1 for w in words if w[0].isupper() or w[0].lower() == w[0].upper())
        return has_digit or named >= names_needed
