"""I301: a named facility, by its head word ("Byker Bridge Surgery", "Ward 12", "Madina Masjid");
generic services ("the children's centre", "the neonatal unit", "A&E", "the GP") are not.
"""
from __future__ import annotations

import re

from ..lexicon import not_identifier
from ..words import vouched
from .base import Hit, Pattern, RegexRecognizer
from .facility_names import GENERIC, LEADING, NAME, WORD

_HEADS = {
    "[hospital]": "hospital infirmary general baby_unit neonatal_unit maternity_unit birth_centre birthing_centre "
                  "midwifery_unit maternity hospice women's_and_children's women_and_children's women's_&_children's "
                  "women_&_children's",
    "[GP surgery]": "surgery medical_centre health_centre medical_practice practice health_clinic medical_center "
                    "health_center clinic",
    "[school]": "school primary academy nursery college university uni infants juniors high sixth_form elementary "
                "kindergarten polytechnic",
    "[place of worship]": "church mosque masjid gurdwara mandir temple synagogue chapel cathedral kingdom_hall parish "
                          "fellowship tabernacle gospel_hall meeting_house pentecostal",
    "[place]": "shopping_centre shopping_mall retail_park leisure_centre",
    "[children's centre]": "children's_centre childrens_centre family_hub family_centre community_centre",
}
# Other languages put the head word first: "Clínica São Lucas", "Maternitatea Giulești", "Rumah Sakit Bunda".
_HEADS_FIRST = {
    "[hospital]": "Hospital Hôpital Hopital Clínica Clinica Clinique Klinik Klinikum Maternidad Maternidade Maternitatea "
                  "Maternité Ospedale Policlinico Szpital Sanatorio Rumah_Sakit Bệnh_viện Centro_de_Salud "
                  "Centro_de_Saúde Posto_de_Saúde Ysbyty",
    "[school]": "Escola Escuela Colegio Colégio École Ecole Collège Lycée Liceo Scuola Istituto Instituto Universidad "
                "Universidade Université Universitas Sekolah Trường Ysgol Coleg University_of",
    "[place of worship]": "Iglesia Igreja Église Eglise Mezquita Mosquée Kościół Parroquia Paróquia Masjid Gurdwara Mandir",
}
# ... or last, written as one word with the name or after it: "Kvaløysletta skole", "Acıbadem Hastanesi".
_HEADS["[hospital]"] += " krankenhaus ziekenhuis sykehus sjukhus sairaala hastanesi"
_HEADS["[school]"] += " skole skola schule gymnasium okulu"
_HEAD_FIRST_OF = {alt.replace("_", " ").lower(): label for label, alts in _HEADS_FIRST.items() for alt in alts.split()}
_ANY_HEAD_FIRST = "|".join(re.escape(h).replace("\\ ", "[ \t]+").replace("_", "[ \t]+")
                           for h in sorted((a for alts in _HEADS_FIRST.values() for a in alts.split()), key=len, reverse=True))
_ARTICLE = "(?:de|do|da|dos|das|del|di|della|du|des|la|le|el)"  # "Hospital de la Paz", "Escola do Bairro"
_HEAD_OF = {alt.replace("_", " "): label for label, alts in _HEADS.items() for alt in alts.split()}
_ANY_HEAD = "|".join(re.escape(h).replace("\\ ", "[ \t]+").replace("'", "['’]?")
                     for h in sorted(_HEAD_OF, key=len, reverse=True))

# Words that are generic alone but make a proper name after "the", capitalised: "the Central Mosque",
# "the Royal Infirmary" (one in a town); "the Catholic Church", "the Primary School" stay generic.
NAMING = frozenset("central northern southern eastern western north south east west royal city county grand great old".split())
# "X General" as a title, not a hospital.
_TITLES = frozenset(
    "attorney secretary surgeon director inspector solicitor postmaster governor major lieutenant brigadier registrar "
    "auditor comptroller accountant paymaster advocate procurator consul adjutant quartermaster vicar commissary "
    "captain chaplain provost receiver".split()
)


def _name_tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def trim_name(text: str, start: int, end: int) -> int | None:
    """New start after dropping leading clause words; None when nothing specific is left."""
    tokens = [(start + s, start + e) for s, e in _name_tokens(text[start:end])]
    while tokens and (text[tokens[0][0]:tokens[0][1]].lower() in LEADING
                      or not_identifier(text[tokens[0][0]:tokens[0][1]])):
        tokens.pop(0)
    if not tokens:
        return None
    words = [text[s:e].lower().strip(".,") for s, e in tokens]
    if all(w in GENERIC or not_identifier(w) or w in _HEAD_OF for w in words):
        return None
    return tokens[0][0]


def the_name(text: str, start: int, end: int) -> int | None:
    """Start of a capitalised name of generic words right after "the" ("the Central Mosque"), else None."""
    tokens = [(start + s, start + e) for s, e in _name_tokens(text[start:end])]
    before = re.search(r"(\S+)\s+$", text[max(0, start - 20):start])
    prev = before.group(1).lower() if before else ""
    while tokens and text[tokens[0][0]:tokens[0][1]].lower() in LEADING:
        prev = text[tokens[0][0]:tokens[0][1]].lower()
        tokens.pop(0)
    words = [text[s:e] for s, e in tokens]
    if (not tokens or prev != "the" or not all(w[:1].isupper() for w in words)
            or not any(w.lower() in NAMING for w in words)):
        return None
    return tokens[0][0]


class NamedFacility(RegexRecognizer):
    RULE = "I301"
    CATEGORY = "facility"
    PATTERNS = [
        Pattern("name and head word", rf"\b(?P<name>{NAME})[ \t]+(?P<head>(?i:{_ANY_HEAD}))(?![\w'’])", 0.9),
        Pattern("numbered ward", r"\b(?i:ward)[ \t]+\d{1,3}[A-Za-z]?\b", 0.8),
        Pattern("named ward", rf"\b(?P<name>{WORD}(?:[ \t]+{WORD})?)[ \t]+(?P<head>[Ww]ard)\b", 0.7),
        Pattern("head word first",
                rf"(?<![\w'’])(?P<head>{_ANY_HEAD_FIRST})[ \t]+(?:{_ARTICLE}[ \t]+)?(?P<name>{NAME})", 0.8),
        # Hospitals, churches and schools named after a saint go by the saint alone: "at St Mungo's",
        # "Saint Thomas'"; a street type after it makes it a street ("St Anne's Road"), left to I201.
        Pattern("a saint's name", r"\b(?:St\.?|Saint)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:['’]s\b|(?<=s)['’])"
                r"(?![ \t]+(?i:road|rd|street|st|avenue|ave|lane|close|crescent|way|drive|square|place|terrace|gardens|"
                r"grove|park|walk|court|hill|row|mews|green)\b)", 0.6),
    ]

    def hit_for(self, pattern, match, text):
        start, end = match.span()
        if pattern.name == "a saint's name":
            return Hit(start, end, pattern.score, f"pattern '{pattern.name}'", "[place]")
        head = match.group("head") if "head" in match.re.groupindex else "ward"
        if head.lower() == "general" and (re.match(r"[ \t]+[A-Z]", text[end:])  # the General Election
                                          or match.group("name").split()[-1].lower() in _TITLES):
            return None
        if "name" in match.re.groupindex:
            name_start = trim_name(text, *match.span("name"))
            if name_start is None and match.start("head") > match.start("name") and not re.match(r"[ \t]+of\b", text[end:]):
                name_start = the_name(text, *match.span("name"))  # "the Royal Infirmary", not "the Royal Academy of Music"
            if name_start is None:
                return None
            if match.start("head") > match.start("name"):
                start = name_start
            elif match.group("name").split()[0].lower() in GENERIC:
                return None
        if head[0].islower() and head.lower() in _NEEDS_CAPITAL:
            return None
        if head.lower() in _SERVICE_HEADS and all(vouched(w, w.lower())
                                                  for w in re.findall(r"[^\W\d_]+", text[start:match.start("head")])):
            return None  # "the Breastfeeding Clinic", "Infant Feeding Clinic": a service; "the Bluebell Clinic" too

        return Hit(start, end, pattern.score, f"pattern '{pattern.name}'", _placeholder(head.lower()))


# Heads that services share with places: named only by a word no dictionary vouches for ("the Nightingale Clinic"
# is still a service's word; "the Okafor Clinic" is a place).
_SERVICE_HEADS = frozenset("clinic".split())
# Head words that are ordinary words in lower case ("BP high", "good practice").
_NEEDS_CAPITAL = frozenset("high primary uni practice surgery maternity temple juniors infants parish chapel general clinic "
                           "elementary pentecostal".split())


def _placeholder(head: str) -> str:
    head = " ".join(head.replace("’", "'").split())
    if head.startswith("children") and head.endswith("centre"):
        head = "children's centre"
    if head == "ward":
        return "[hospital]"
    return _HEAD_FIRST_OF.get(head, _HEAD_OF.get(head, "[place]"))
