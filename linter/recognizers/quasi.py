"""Quasi-identifiers: details that are harmless alone but pick out one family in a small community.

Birth weight and time, preterm gestation, adults' exact ages, rare birth events, an occupation tied
to a local place, and a nationality or religion stated next to where the family lives.
"""
from __future__ import annotations

import re

from .base import DocRecognizer, Hit, Pattern, RegexRecognizer
from .doc_view import DocView, view
from ..lexicon import word_list
from .name_list import is_first_name, is_surname

# Sentence start: a full stop that is not a decimal point, or a line break.
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?!\d)|\n")


def _sentence_before(text: str, start: int, limit: int = 80) -> str:
    window = text[max(0, start - limit):start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _cued(text: str, start: int, end: int, cue: re.Pattern, blockers: re.Pattern, after: re.Pattern | None = None,
          limit: int = 80) -> bool:
    """A birth cue earlier in the sentence with nothing in between that moves to another moment."""
    before = _sentence_before(text, start, limit)
    cues = list(cue.finditer(before))
    if cues and not blockers.search(before[cues[-1].end():]):
        return True
    return bool(after and after.match(text, end))


_BIRTH_CUE = re.compile(
    r"(?i:\b(?:born|birth|birthweight|bw|b/w|delivered|delivery|arrived|weighing in|weighed in|tob|dob)\b)"
)


class BirthWeight(RegexRecognizer):
    RULE = "I701"
    CATEGORY = "quasi"
    MESSAGE = "An exact birth weight is in the birth records and family announcements, so it can match one baby."
    SUGGESTION = "Say 'a good weight' or 'a small baby' instead of the exact weight."
    PLACEHOLDER = "[weight]"
    PATTERNS = [
        Pattern("pounds and ounces", r"\b\d{1,2}\s?(?i:lbs?|pounds?)\s?\d{1,2}(?:\.\d)?\s?(?i:oz|ounces?)?(?!\w)", 0.7),
        Pattern("pounds", r"\b\d{1,2}\s?(?i:lbs?|pounds?)(?![\w\s]*\d)", 0.6),
        Pattern("kilograms", r"(?<![\d.])\d(?:\.\d{1,3})?\s?(?i:kg|kgs|kilos?)\b", 0.7),
        Pattern("grams", r"(?<![\d.])[1-5][,]?\d{3}\s?(?i:g|grams?|gms?)\b", 0.7),
    ]
    _BLOCKERS = re.compile(
        r"(?i:\b(?:now|today|currently|yesterday|weighed|weigh|weight check|back to|regained|lost|gained|"
        r"up to|down to|dropped|at day|day \d|on day|\d+ (?:days?|wks?|weeks?) old|wk|wks|weeks|centile)\b)"
    )
    _AFTER = re.compile(r"\s+(?:baby\s+)?(?i:boy|girl|baby|son|daughter|bundle)\b")

    def validate(self, matched: str, match: re.Match) -> bool:
        return _cued(match.string, match.start(), match.end(), _BIRTH_CUE, self._BLOCKERS, self._AFTER)


class BirthTime(RegexRecognizer):
    RULE = "I702"
    CATEGORY = "quasi"
    MESSAGE = "An exact time of birth is in the birth records and announcements, so it can match one baby."
    SUGGESTION = "Say 'early in the morning' or 'overnight' instead of the exact time."
    PLACEHOLDER = "[birth time]"
    PATTERNS = [
        Pattern("clock time", r"(?<![\d.:/])(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?i:am|pm|hrs?|h)?(?![\d.:/]|\w)", 0.7),
        Pattern("hour with am/pm", r"(?<![\d.:/])(?:1[0-2]|0?[1-9])\s?(?i:am|pm)\b", 0.7),
        Pattern("24-hour clock", r"(?<![\d.:/])(?:[01]\d|2[0-3])[0-5]\d\s?(?i:hrs?|h)\b", 0.7),
    ]
    _CUE = re.compile(r"(?i:\b(?:born|arrived|delivered|birth|tob|time of birth|came into the world|entered the world)\b)")
    _BLOCKERS = re.compile(
        r"(?i:\b(?:visit|visited|called|rang|phoned|appt|appointment|feed|fed|seen|went|came|woke|slept|"
        r"since|until|till|from|discharged|midwife|mw|hv|gp|ago|weeks?|wks?|days?)\b)"
    )

    def validate(self, matched: str, match: re.Match) -> bool:
        return _cued(match.string, match.start(), match.end(), self._CUE, self._BLOCKERS, limit=70)


class PretermGestation(RegexRecognizer):
    """Preterm 23+0..36+6 only: term gestation (38+2) is too common to identify anyone."""

    RULE = "I703"
    CATEGORY = "quasi"
    MESSAGE = "An exact preterm gestation is rare enough to point to one baby, especially with other details."
    SUGGESTION = "Say 'a few weeks early' or 'premature' instead of the exact gestation."
    PLACEHOLDER = "[gestation]"
    PATTERNS = [
        Pattern("weeks+days", r"(?<![\d+/.])(?:2[3-9]|3[0-6])\s?\+\s?[0-6](?![\d+/]|\.\d)", 0.75),
        Pattern("weeks/40", r"(?<![\d+/.])(?:2[3-9]|3[0-6])/40(?!\d)", 0.7),
        Pattern("weeker", r"\b(?:2[3-9]|3[0-6])[ -]?(?i:weeker)s?\b", 0.75),
        Pattern(
            "born at N weeks",
            r"(?i:\b(?:born|arrived|delivered|came)\s+(?:at\s+)?(?:just\s+)?(?:under\s+|over\s+)?)"
            r"(?P<id>(?:2[3-9]|3[0-6])\s?(?i:weeks?|wks?)(?:\s+(?i:and|\+)\s+[0-6]\s?(?i:days?|d))?)\b",
            0.7,
        ),
    ]


_AGE = r"(?:1[3-9]|[2-6]\d)"
_NOT_AGE_UNIT = (
    r"(?!\s*(?:[-/+:%]|\.\d|(?i:weeks?|wks?|wk|days?|months?|mths?|mins?|minutes?|hours?|hrs?|h|kg|kgs|lbs?|ml|"
    r"oz|st|stone|times|x|am|pm|cm|mm|percent|miles?|pounds?|quid|p|quid|nappies|feeds?|bottles?|mg|g)\b))"
)


class AdultAge(RegexRecognizer):
    """Exact ages of parents and teenagers; babies' ages in days, weeks or months are not flagged."""

    RULE = "I704"
    CATEGORY = "quasi"
    MESSAGE = "An adult's exact age, with the area and the baby's age, can be enough to recognise them."
    SUGGESTION = "Say 'a young mum' or 'an older mum' instead of the exact age."
    PLACEHOLDER = "[age]"
    PATTERNS = [
        Pattern("N year old", rf"\b{_AGE}[ -]?(?i:years?|yrs?|yr)[ -](?i:old)\b", 0.75),
        Pattern("N yo", rf"\b{_AGE}\s?(?i:yo|y/o|y\.o\.)(?!\w)", 0.7),
        Pattern("aged N", rf"(?i:\baged\s+)(?P<id>{_AGE})\b{_NOT_AGE_UNIT}", 0.7),
        Pattern(
            "she's N",
            rf"(?i:\b(?:she's|she is|shes|he's|he is|mum's|mum is|dad's|dad is|partner's|partner is|who's|who is|"
            rf"i'm|i am)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?)(?P<id>{_AGE})\b{_NOT_AGE_UNIT}"
            rf"(?!\s+(?:and|or|to)\s+\d)(?=\s*(?:$|[,.;:!?)\-–—]|(?i:and|but|so|with|now|today|yrs?|years|and)\b))",
            0.7,
        ),
        Pattern(
            "Mum N",
            rf"(?i:\b(?:mum|mam|mother|dad|father|partner|mil|fil)\s+)(?P<id>{_AGE})(?=\s*(?:[,.;)]|$))",
            0.65,
        ),
        Pattern("Name (N)", rf"(?<=[A-Za-z]\s\()(?P<id>{_AGE})(?=\))", 0.65),
        # Apposition: "Mum (Kerys, 19)", "Kerys Vance, 19, lives with...". Not a list ("at 19, 20 and 21").
        Pattern(
            "Name, N,",
            rf"(?P<first>\b[^\W\d_][\w'’-]*[ \t]+)?(?P<who>\b[^\W\d_][\w'’-]*),[ \t]*(?P<id>{_AGE})(?=[ \t]*(?:\)|,(?![ \t]*\d)))",
            0.6,
        ),
    ]
    _ROLES = {"mum", "dad", "mam", "partner", "mother", "father"}
    _NOT_NAMES = frozenset(
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday".split()
    )

    def validate(self, matched: str, match: re.Match) -> bool:
        text = match.string
        if "who" in match.re.groupindex:
            # "in Hall, 14, and ..." after a place word is a room or a place, not a person.
            if re.search(r"(?i:\b(?:in|at|to|from|into|near|room|ward|bay|bed|flat|house|no|number)\s*$)",
                         text[max(0, match.start("who") - 12):match.start("who")]):
                return False
            return self._names_someone(match.group("who"), (match.group("first") or "").strip())
        if text[match.start() - 1:match.start()] == "(":
            # "Nour Khalil (27)": a name or a role before the bracket, not "EPDS (14)".
            before = text[:match.start() - 1].split()
            word = before[-1] if before else ""
            return (word[:1].isupper() and not word.isupper()) or word.lower() in {"mum", "dad", "mam", "partner"}
        return True

    def _names_someone(self, word: str, before: str) -> bool:
        """A role, or a capitalised word that reads as a name: a first name, a word that is not ordinary
        English, or a surname after a first name ("Orla Baker"); never a month or a day."""
        if word.lower() in self._ROLES:
            return True
        if not word[:1].isupper() or word.lower() in self._NOT_NAMES:
            return False
        if is_first_name(word) or word.lower() not in word_list("english_words.txt"):
            return True
        return is_surname(word) and before[:1].isupper() and is_first_name(before)


class RareEvent(RegexRecognizer):
    RULE = "I705"
    CATEGORY = "quasi"
    MESSAGE = "A rare birth event is talked about locally and can identify the family on its own."
    SUGGESTION = "Say 'a difficult birth' or 'an unexpected birth' instead."
    PLACEHOLDER = "[rare event]"
    PATTERNS = [
        Pattern("cord prolapse", r"(?i:\b(?:cord prolapse|prolapsed cord|umbilical cord prolapse)\b)", 0.75),
        Pattern(
            "born on the way",
            r"(?i:\b(?:born|delivered|arrived|had (?:him|her|the baby))\s+(?:in|on)\s+(?:the|a|our|their|her)\s+"
            r"(?:back\s+(?:seat|of the car)|car park|car|taxi|ambulance|lift|corridor|motorway|hard shoulder|"
            r"lay-?by|bathroom floor|stairs|landing|way(?:\s+in|\s+to\s+(?:the\s+)?hospital)?)\b)",
            0.75,
        ),
        Pattern("born before arrival", r"(?i:\bborn before arrival\b)|\bBBA\b", 0.7),
        Pattern("severe tear", r"(?i:\b(?:3rd|4th|third|fourth)[ -]degree[ -]tears?\b|\bOASI(?:S)?\b)", 0.75),
        Pattern(
            "rare obstetric emergency",
            r"(?i:\b(?:uterine rupture|ruptured uterus|amniotic fluid embolism|placenta (?:accreta|increta|percreta)|"
            r"(?:peripartum|emergency|postpartum) hysterectomy|eclamptic (?:fit|seizure)|(?<!pre-)(?<!pre)eclampsia|"
            r"HELLP(?: syndrome)?)\b)",
            0.75,
        ),
        Pattern("multiple birth", r"(?i:\b(?:triplets|quadruplets|quads|quintuplets|conjoined twins)\b)", 0.75),
        Pattern(
            "rare neonatal condition",
            r"(?i:\b(?:gastroschisis|exomphalos|diaphragmatic hernia|therapeutic cooling|cooling therapy|was cooled|"
            r"needed cooling|ECMO)\b)",
            0.7,
        ),
    ]


_PLACE_WORDS = (
    r"uni|university|college|school|primary|secondary|academy|nursery|hospital|practice|surgery|church|mosque|"
    r"temple|gurdwara|synagogue|pharmacy|chemist|library|leisure centre|police station|fire station|council|bank|"
    r"post office|pub|shop|garage|vets|dentists?|care home|factory|plant|prison|station|depot|sixth form|"
    r"high school|grammar|comp"
)
_LOCALLY = r"(?:\s+(?:round here|around here|in (?:the\s+)?(?:town|village|area|city)|nearby|locally|down the road|up the road|on the estate))?"
_OCCUPATION = (
    r"headteacher|head teacher|headmistress|headmaster|deputy head|head|teacher|teaching assistant|TA|senco|"
    r"lecturer|professor|tutor|librarian|caretaker|cleaner|receptionist|manager|vicar|imam|rabbi|priest|"
    r"minister|chaplain|pharmacist|dentist|vet|nurse|midwife|doctor|GP|consultant|paramedic|porter|chef|cook"
)


class OccupationAtPlace(RegexRecognizer):
    RULE = "I706"
    CATEGORY = "quasi"
    MESSAGE = "A job tied to a local place (the village vicar, a teacher at the local school) points to one person."
    SUGGESTION = "Leave the job out, or say 'works locally' or 'works in education'."
    PLACEHOLDER = "[occupation]"
    PATTERNS = [
        Pattern(
            "the local vicar",
            r"(?i:\b(?:the|our|their)\s+(?:local|village|town|parish|area's|only)\s+"
            r"(?:vicar|imam|rabbi|priest|minister|headteacher|head teacher|headmistress|headmaster|mayor|councillor|"
            r"policeman|policewoman|police officer|pcso|dentist|pharmacist|butcher|baker|postman|postwoman|"
            r"lollipop lady|landlord|landlady|publican|vet|solicitor|hairdresser|barber|optician|undertaker|"
            r"football coach)\b)",
            0.7,
        ),
        Pattern(
            "occupation at a local place",
            rf"(?i:\b(?:the\s+)?(?:{_OCCUPATION})s?\s+(?:at|in|for)\s+(?:one\s+of\s+)?(?:the|a|our|their)\s+(?:[a-z]+\s+){{0,3}}?"
            rf"(?:{_PLACE_WORDS})s?\b{_LOCALLY})",
            0.65,
        ),
        Pattern(
            "teaches at the local primary",
            rf"(?i:\b(?:teaches|taught|lectures|preaches)\s+(?:at|in)\s+(?:one\s+of\s+)?(?:the|a|our|their)\s+"
            rf"(?:[a-z]+\s+){{0,3}}?(?:{_PLACE_WORDS})s?\b{_LOCALLY})",
            0.65,
        ),
        Pattern(
            "works at the local place",
            rf"(?i:\b(?:works|worked|working|volunteers)\s+(?:at|in|for)\s+(?:one\s+of\s+the|the|a|our)\s+"
            rf"(?:local|village|town's|nearby)\s+(?:[a-z]+\s+){{0,2}}?(?:{_PLACE_WORDS})s?\b{_LOCALLY})",
            0.6,
        ),
        # "the only GP in the village", "the only Polish family on the estate": one of one in a small place
        Pattern(
            "the only one in a small place",
            r"(?i:\bthe\s+only\s+(?:[a-z'’-]+\s+){1,3}?(?:in|on|at|of)\s+(?:the|our|their)\s+"
            r"(?:village|island|estate|valley|parish|town|street|close|road)\b)",
            0.65,
        ),
        # "runs the village shop", "owns the local pub", "runs the ferry": a business with one owner
        Pattern(
            "runs the local business",
            r"(?i:\b(?:runs|ran|owns|owned|run|own|running)\s+the\s+(?:(?:local|village|town's|island's|only)\s+)?"
            r"(?:[a-z]+\s+)?(?:shop|pub|post office|garage|caf[eé]|chippy|takeaway|bakery|butchers?|salon|"
            r"newsagents?|b&b|hotel|ferry|farm shop|corner shop|off licence|launderette)\b)",
            0.65,
        ),
    ]
    # The family's own clinicians ("the GP at the practice said...") are not the family's occupation.
    _CLINICAL = re.compile(r"(?i:(?:the\s+)?(?:nurse|midwife|doctor|GP|consultant|paramedic|porter)s?\s)")

    def placeholder_for(self, matched: str, match: re.Match) -> str | None:
        return "[detail]" if matched.lower().startswith("the only") else None

    def validate(self, matched: str, match: re.Match) -> bool:
        if matched.lower().startswith(("the only", "run", "own", "ran")):
            return True  # the patterns themselves say it is one person's role
        if self._CLINICAL.match(matched):
            if matched.lower().startswith("the "):
                return False
            before = match.string[max(0, match.start() - 12):match.start()].lower().split()
            return bool(before) and before[-1] in {"a", "an", "as", "is", "she's", "he's", "mum's", "dad's"}
        if re.match(r"(?i:(?:the\s+)?head\s)", matched):  # "head" alone is also a body part
            return bool(re.search(r"(?i:school|primary|academy|college|sixth form|secondary|high|grammar|comp)", matched))
        return True


NATIONALITIES = frozenset(
    """Afghan Albanian Algerian American Angolan Argentinian Armenian Australian Austrian Bangladeshi Belarusian
    Belgian Bolivian Bosnian Brazilian Bulgarian Burmese Cambodian Cameroonian Canadian Chilean Chinese Colombian
    Congolese Croatian Cuban Cypriot Czech Danish Dominican Dutch Ecuadorian Egyptian Eritrean Estonian Ethiopian
    Fijian Filipino Filipina Finnish French Gambian Georgian German Ghanaian Greek Guinean Haitian Hungarian
    Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh
    Kenyan Korean Kosovan Kurdish Kuwaiti Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malawian
    Malaysian Maltese Mexican Moldovan Mongolian Moroccan Nepali Nepalese Nigerian Norwegian Pakistani
    Palestinian Peruvian Polish Portuguese Romanian Russian Rwandan Saudi Scottish Senegalese Serbian
    Sierra Slovak Slovakian Slovenian Somali Somalian Sudanese Swedish Swiss Syrian Taiwanese Tamil Tanzanian Thai
    Tibetan Tunisian Turkish Ugandan Ukrainian Uzbek Venezuelan Vietnamese Yemeni Zambian Zimbabwean
    Roma Romany Gypsy Traveller Travellers Muslim Jewish Sikh Hindu Buddhist Catholic Mormon Amish Orthodox
    Rastafarian Hasidic Haredi Bengali Punjabi Gujarati Kashmiri Yoruba Igbo Hausa Akan Hazara Pashtun""".split()
)
# After these the word is a language or a cultural thing, not who the family are.
_NOT_BACKGROUND_AFTER = re.compile(
    r"\s*-?\s*(?i:speaking|speaker|speakers|speak|name|names|interpreter|interpreters|translator|translation|language|"
    r"food|cooking|cuisine|dish|recipe|takeaway|restaurant|shop|tv|music|class|classes|lessons|school|primary|"
    r"church|chaplain|priest|festival|holiday|calendar|dress|clothes|wedding|tradition|traditions|custom|customs|"
    r"culture|cultural|version|leaflet|leaflets|flag|heritage month)\b"
)
_LOCALITY = re.compile(
    r"(?i:\b(?:round here|around here|locally|in (?:the\s+)?(?:town|village|area)|on the estate|on my patch|"
    r"in our area|nearby|down the road|next door)\b)"
)


class BackgroundWithPlace(DocRecognizer):
    """A nationality, ethnicity or religion named in the same sentence as where the family lives."""

    RULE = "I707"
    CATEGORY = "quasi"
    MESSAGE = "A family's nationality or religion together with where they live can be enough to recognise them."
    SUGGESTION = "Leave out either the background or the place."
    PLACEHOLDER = "[background]"

    def find(self, doc):
        if doc is None:
            return
        v = view(doc)
        norp = {i for ent in doc.ents if ent.label_ == "NORP" for i in range(ent.start, ent.end)}
        candidates = [i for i, word in enumerate(v.texts)
                      if word in NATIONALITIES or (i in norp and word[:1].isupper())]
        if not candidates:
            return  # most texts name no background: no need to read their sentences
        for sent in doc.sents:
            in_sent = [i for i in candidates if sent.start <= i < sent.end]
            if in_sent:
                yield from self._in_sentence(v, sent, in_sent, norp)

    @staticmethod
    def _in_sentence(v: DocView, sent, candidates: list[int], norp: set[int]):
        places = [ent for ent in sent.ents if ent.label_ in ("GPE", "LOC", "FAC")]
        for i in candidates:
            word = v.texts[i]
            if word in ("English", "British", "Welsh", "Christian"):
                continue  # the majority where our users work
            if word not in NATIONALITIES and is_first_name(word):
                continue  # the model tags some first names (Osian) as a nationality
            if _NOT_BACKGROUND_AFTER.match(v.text, v.ends[i]):
                continue
            if i > 0 and v.lowers[i - 1] in {"in", "speak", "speaks", "speaking", "spoke", "learning", "learn"}:
                continue
            others = [p for p in places if not (p.start <= i < p.end)]
            capital_after_in = any(
                v.lowers[t] in {"in", "from", "near", "around", "at"} and t + 1 < sent.end
                and v.texts[t + 1][:1].isupper() and t + 1 not in norp
                for t in range(sent.start, sent.end)
            )
            if others or capital_after_in or _LOCALITY.search(v.span_text(sent.start, sent.end)):
                yield Hit(v.idx[i], v.ends[i], 0.65, "a nationality or religion in the same sentence as a place")
