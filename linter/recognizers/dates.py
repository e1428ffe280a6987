"""Specific calendar dates: dates of birth, due dates, appointment days.

Babies' ages ("6 weeks old", "4/52"), pain scores ("7/10"), feed intervals ("3 hourly"),
times and months or weekdays on their own are not dates of anything and are left alone.
"""
import re

from ..lexicon import word_list
from .base import Pattern, RegexRecognizer


def _alternation(words) -> str:
    """One regex for many words, as a tree of shared beginnings: a list of a thousand names tried at every
    position would be slow as a plain "a|b|c"."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node) -> str:
        ends = "" in node
        branches = [re.escape(ch).replace(r"\ ", r"\s+") + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return "(?i:" + walk(tree) + ")"


# Month and weekday names of many languages (Unicode CLDR, tools/build_calendar_words.py), beside the lists below
_CLDR = [line.split(" ", 1) for line in word_list("calendar_abroad.txt")]

# "May" and "Mar" are also words, so only their capitalised (or shouted) forms are months.
_MONTH = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May|MAY|Mar(?:ch)?|MAR(?:CH)?)\.?"
)
_DAY = r"(?:[1-9]|[12]\d|3[01]|0[1-9])"
_ORD = r"(?i:st|nd|rd|th)"  # "3RD" in a line written in capitals
# Day ordinals in words: "first" .. "thirty-first".
_ORD_WORD = (
    r"(?i:(?:twenty|thirty)[ -]first|twenty[ -](?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
# The first day of a range before the day that carries the month: "3–5 March", "12th-14th June", "3 to the 5th".
_RANGE_START = rf"(?:{_DAY}{_ORD}?\s*(?:[-–—]|(?i:to|till|until|and))\s*(?:(?i:the)\s+)?)"
_RANGE_END = rf"(?:\s*(?:[-–—]|(?i:to|till|until|and))\s*(?:(?i:the)\s+)?{_DAY}{_ORD}?)"
# Months in the languages of families and customers abroad (French, Spanish, Portuguese, Italian, German, Dutch,
# Scandinavian, Polish and Czech genitives, Turkish, Romanian, Indonesian): only with a day number before them.
# Weekdays in the languages of _MONTH_ABROAD, kept with their date: "samedi 5 juillet", "Freitag, 3. Mai".
_WEEKDAY_ABROAD_LISTED = (r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|"
                   r"s[aá]bado|domingo|segunda(?:-feira)?|ter[cç]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|"
                   r"sexta(?:-feira)?|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|montag|"
                   r"dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|"
                   r"zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|"
                   r"maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|"
                   r"poniedzia[łl]e?k|wtore?k|[śs]rod[aęe]|czwarte?k|pi[ąa]te?k|sobot[aęe]|niedziel[aęe])")
_MONTH_ABROAD_LISTED = (
    r"(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januar|jänner|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|"
    r"maj|augusti|desember|marts|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|listopada|grudnia|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    r"ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"maret|agustus|desember|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|"
    r"νοεμβρίου|δεκεμβρίου|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|"
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
    r"জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|"
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|"
    r"január|február|március|április|május|június|július|augusztus|szeptember|október)"
)
_MONTH_CLDR = _alternation(w for kind, w in _CLDR if kind == "month")  # no English word among them ("mars", "mai")
_MONTH_ABROAD = f"(?:{_MONTH_ABROAD_LISTED}|{_MONTH_CLDR})"
_WEEKDAY_ABROAD = f"(?:{_WEEKDAY_ABROAD_LISTED}|{_alternation(w for kind, w in _CLDR if kind == 'weekday')})"
_WEEKDAY = r"(?i:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?"
# Words that may follow a bare ordinal when it is a day of the month ("off till the 18th and ...").
_DATE_FOLLOWERS = (
    r"(?=(?m:[ \t]*$)|\s*(?:$|[.,;:!?)\-–—]|(?i:and|or|at|so|but|when|for|because|as|then|too|if|to|is|was|which|"
    r"unless|onwards|instead|please|with|from|before|after|until|till|we|i|she|he|they|x+|anyway|again|though|"
    r"hopefully|probably|maybe)\b))"
)
# A two-part "14/06" is a date only after a word that announces one.
_DATE_CUE = (
    r"(?i:\b(?:born|dob|d\.o\.b\.?|due|edd|on|appt|appointment|booked(?:\s+for)?|date|visit|discharged|until|till)\b"
    r"[:.]?\s*(?:\w+\s+){0,2}?)"
)
# Before a bare day/month: ages ("aged 18/12", "baby 14/12"), scores, fractions and flat numbers ("Flat 3/2").
_NOT_DATE_BEFORE = re.compile(
    r"(?i:\b(?:aged?|baby|score[sd]?|scoring|pain|epds|gcs|apgars?|flat|page|pages|pp|ratio|out\s+of|half|x)\s*$)"
)


class SpecificDate(RegexRecognizer):
    RULE = "I501"
    CATEGORY = "date"
    PATTERNS = [
        Pattern("numeric date",
                rf"(?<![\d/.+-]){_DAY}(?P<sep>[/.-])(?:0?[1-9]|1[0-2])(?P=sep)(?:19|20)?\d\d(?![\d/+]|\.\d)", 0.85),
        # Month first, as the US writes it, when the day is past 12: "03/14/1986"
        Pattern("US numeric date",
                r"(?<![\d/.+-])(?:0?[1-9]|1[0-2])(?P<sep>[/.-])(?:1[3-9]|2\d|3[01])(?P=sep)(?:19|20)\d\d(?![\d/+]|\.\d)", 0.85),
        # ... and with a short year after a word that announces a date: "my delivery on 3/15/24"
        Pattern("US numeric date, short year",
                rf"{_DATE_CUE}(?P<id>(?<![\d/.+-])(?:0?[1-9]|1[0-2])(?P<sep>[/.-])(?:1[3-9]|2\d|3[01])(?P=sep)\d\d)"
                r"(?![\d/+]|\.\d)", 0.8),
        # Year first (2024-02-01) with a plausible year is a date whatever comes before it.
        Pattern("ISO date", rf"(?<![\w/.+-])(?:19|20)\d\d(?P<sep>[-/.])(?:0?[1-9]|1[0-2])(?P=sep){_DAY}(?![\w/+]|[.-]\d)", 0.85),
        # A weekday before the date is part of it: "Fri 12 July" must not leave "Fri" behind.
        Pattern("day and month", rf"\b(?:(?:{_WEEKDAY}|{_WEEKDAY_ABROAD}),?\s+)?{_RANGE_START}?"
                rf"{_DAY}{_ORD}?(?:\s+of)?\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?(?![\w])", 0.8),
        # "9 août", "15 de novembro", "3. März 2024", "du 2 au 9 août", "den 3 juni"
        Pattern("day and month abroad", rf"(?<![\w.])(?:{_WEEKDAY_ABROAD},?\s+(?:(?:el|le|den|de|d\.)\s+)?|(?i:den)\s+)?"
                rf"{_DAY}(?:\.|º|er)?\s*(?:(?:au|al|a|bis|tot|do|až|t/m|tot en met|-|–)\s*{_DAY}\.?\s+)?"
                rf"(?:de\s+)?{_MONTH_ABROAD}(?:\s+(?:de\s+)?(?:19|20)\d\d)?(?![\w])", 0.75),
        # "1. September" (German order, English month), "tiistaina 3.6.", "Tuesday, 3/18", "2025. május 5-én"
        Pattern("day. month", rf"(?<![\w.]){_DAY}\.\s+(?!(?i:may)\b){_MONTH}(?:\s+(?:19|20)\d\d)?(?![\w])", 0.7),
        Pattern("weekday and d.m.", rf"\b(?:{_WEEKDAY_ABROAD}|{_WEEKDAY}),?\s+{_DAY}\.(?:0?[1-9]|1[0-2])\.?"
                r"(?:(?:19|20)?\d\d)?(?![\w])", 0.75),
        # "am Do, 11.04.", "bis 28.5.", "doručena 5. 3.": day and month with their dots, after a word for when
        Pattern("d. m. after a word for when",
                r"(?i:\b(?:am|bis|ab|vom|seit|le|du|au|jusqu'au|el|il|dal|al|dne|do|od|po|till|til|innan|fra|tot|vanaf|op|"
                r"viimeistään|doručena|doručeno|after|before|on|by|until|from),?\s+)"
                r"(?P<id>(?:(?i:mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)\.?,?\s+)?"
                rf"{_DAY}\.\s?(?:0?[1-9]|1[0-2])\.)(?=\s|$|[,;)])", 0.7),
        Pattern("weekday and a numeric date", rf"\b(?:{_WEEKDAY}|{_WEEKDAY_ABROAD}),?\s+\d{{1,2}}/\d{{1,2}}"
                r"(?:/(?:19|20)?\d\d)?(?![\w/])", 0.75),
        Pattern("year. month day", rf"(?<![\w.])(?:19|20)\d\d\.\s*{_MONTH_ABROAD}\s+{_DAY}(?!\d)\.?(?:-[^\W\d]+)?", 0.75),
        # "Disyembre 18", "marzo 15, 2024", "Jumamosi, Machi 8": the month first, as Tagalog, Swahili or Spanish notes write it
        Pattern("month abroad and day", rf"(?<![\w.])(?:{_WEEKDAY_ABROAD},?\s+)?{_MONTH_CLDR}\s+{_DAY}(?![\d.:/,]\d|\d)"
                r"(?:,?\s+(?:19|20)\d\d)?(?![\w])", 0.7),
        # "2024年10月14日", "11月28日", "2024년 3월 5일"
        Pattern("CJK date", r"(?:(?:(?:19|20)\d\d|(?:令和|平成|昭和)\s?\d{1,2})\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日"
                r"(?:\s?[(（][月火水木金土日][)）])?", 0.85),
        Pattern("Korean date", r"(?:(?:19|20)\d\d\s?년\s?)?\d{1,2}\s?월\s?\d{1,2}\s?일", 0.85),
        Pattern("ordinal word of month", rf"\b{_ORD_WORD}\s+of\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?(?![\w])", 0.75),
        Pattern("month and day",
                rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:{_ORD}|(?!{_ORD})(?=[\s,.;:!?)–-]|$))"
                rf"(?:{_RANGE_END}(?![\d/.:]))?(?:,?\s+(?:19|20)\d\d)?\b", 0.75),
        Pattern("month the ordinal word", rf"\b{_MONTH}\s+the\s+{_ORD_WORD}\b", 0.7),
        Pattern("weekday and ordinal", rf"\b{_WEEKDAY}\s+(?:the\s+)?{_DAY}{_ORD}\b", 0.8),
        # a weekday mistyped on a phone ("tuesdy 12th", "wensday 3rd", "thrusday the 9th"): the ordinal makes it a date
        Pattern("misspelt weekday and ordinal",
                rf"\b(?i:mon|tue|tues|wed|wen|weds|thu|thr|thur|fri|sat|sun)[a-z]{{0,6}}(?i:dy|dai|day)\s+"
                rf"(?:the\s+)?{_DAY}{_ORD}\b", 0.7),
        # "the" is kept in the span: "on the 22nd" reads "on [date]"
        Pattern("the ordinal", rf"\b(?i:the)\s+{_DAY}{_ORD}{_DATE_FOLLOWERS}", 0.6),
        Pattern("ordinal after cue",
                rf"(?i:\b(?:on|due|until|till|before|after|by)\s+)(?P<id>{_DAY}{_ORD}){_DATE_FOLLOWERS}", 0.6),
        # "born on Christmas Day", "arrived on Bonfire Night": a birthday by its holiday
        Pattern(
            "born on a holiday",
            r"(?i:\b(?:born|arrived|delivered|came|birthday|due)\s+(?:\w+\s+)?(?:on|at)\s+)(?P<id>(?i:christmas\s+(?:day|eve)|"
            r"boxing\s+day|new\s+year'?s?\s+(?:day|eve)|hogmanay|bonfire\s+night|guy\s+fawkes\s+night|valentine'?s\s+day|"
            r"halloween|easter\s+(?:sunday|monday|day)|good\s+friday|st\.?\s+(?:patrick|david|andrew|george)'?s\s+day|"
            r"burns\s+night|mother'?s\s+day|father'?s\s+day|pancake\s+day|shrove\s+tuesday|"
            r"leap\s+day|eid(?:\s+al-?\w+)?|diwali|midsummer'?s?\s+(?:day|eve)))\b",
            0.7,
        ),
        Pattern("day/month after cue", rf"{_DATE_CUE}(?P<id>(?:{_WEEKDAY}\s+)?(?<![\d/]){_DAY}/(?:0?[1-9]|1[0-2]))(?![\d/]|\.\d)",
                0.6),
        # "the appointment is on the twelfth": an ordinal word alone after "on the", ending its clause
        Pattern("on the ordinal word", rf"(?i:\bon\s+the\s+)(?P<id>{_ORD_WORD})"
                r"(?=\s*(?:[,.;!?)]|$|\s+(?:at|for|and|or|but|so|when|if|please|too|then)\b))", 0.6),
        # Without a cue a day/month must not read as a fraction or a clinical count ("1/2", "3/2", "5/7",
        # "3/12", "6/10", "10/12"): it needs a zero-padded part ("14/02", "03/4") or a day past 12 ("27/3"),
        # and not over 7, which is days ("14/7") or hours a week ("24/7", "18/7").
        Pattern(
            "day/month",
            r"(?<![\w/.,:+-])(?P<bare>(?:[1-9]|0[1-9]|[12]\d|3[01])/0[1-9]|0[1-9]/(?:[1-9]|1[0-2])"
            r"|(?P<plain>(?:1[3-9]|2\d|3[01])/(?:[1-689]|1[0-2])))(?![\w/%+]|[.,:]\d)",
            0.55,
        ),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        if "bare" not in match.re.groupindex:
            return True
        text = match.string
        if _NOT_DATE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            return False
        # "18/12" is also a child's age in months.
        if matched.endswith("/12") and re.match(r"\s*(?i:old|months?)\b", text[match.end():]):
            return False
        if match.group("plain"):
            # "27/3" unpadded is also a fraction or a score: only a real day, on a line that is not sums or sport.
            day, month = (int(x) for x in matched.split("/"))
            if day > _MONTH_DAYS[month - 1]:
                return False
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start:len(text) if line_end < 0 else line_end]
            others = [m for m in _SLASH_PAIR.finditer(line) if m.start() != match.start() - line_start]
            if _SUMS_OR_SPORT.search(line) or any(not _could_be_date(m) for m in others):
                return False
        return True


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SLASH_PAIR = re.compile(r"(\d+)/(\d+)")
# Words of arithmetic and sport: their "21/3" is a fraction, a score or a ratio.
_SUMS_OR_SPORT = re.compile(
    r"(?i:\b(?:fractions?|ratio|equals?|plus|minus|times|divided|simplify|sum|average|percent|score[sd]?|scoring|"
    r"won|lost|beat|drew|draw|wickets?|runs|overs?|innings|aggregate|odds|out\s+of|points?|goals?)\b)"
)


def _could_be_date(pair: re.Match) -> bool:
    """Another slash pair on the line: "14/28" or "245/6" says this line counts, it does not date."""
    day, month = pair.group(1), pair.group(2)
    return len(day) <= 2 and len(month) <= 2 and 1 <= int(month) <= 12 and 1 <= int(day) <= _MONTH_DAYS[int(month) - 1]
