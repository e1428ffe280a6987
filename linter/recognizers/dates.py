"""Specific calendar dates: dates of birth, due dates, appointment days.

Babies' ages ("6 weeks old", "4/52"), pain scores ("7/10"), feed intervals ("3 hourly"),
times and months or weekdays on their own are not dates of anything and are left alone.
"""
from .base import Pattern, RegexRecognizer

_MONTH = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May|Mar(?:ch)?)\.?"
)
_DAY = r"(?:[1-9]|[12]\d|3[01]|0[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_WEEKDAY = r"(?i:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?"
# Words that may follow a bare ordinal when it is a day of the month ("off till the 18th and ...").
_DATE_FOLLOWERS = (
    r"(?=\s*(?:$|[.,;:!?)\-–—]|(?:and|or|at|so|but|when|for|because|as|then|too|if|to|is|was|which|"
    r"unless|onwards|instead|please|x+)\b))"
)
# A two-part "14/06" is a date only after a word that announces one.
_DATE_CUE = r"(?i:\b(?:born|dob|d\.o\.b\.?|due|edd|on|appt|appointment|booked(?:\s+for)?|date|visit|discharged|until|till)\b[:.]?\s*(?:\w+\s+){0,2}?)"


class SpecificDate(RegexRecognizer):
    RULE = "I501"
    CATEGORY = "date"
    MESSAGE = "An exact date (of birth, a due date, an appointment) can be matched to one family."
    SUGGESTION = "Say 'last week', 'early in the month' or the baby's age instead."
    PLACEHOLDER = "[date]"
    CONTEXT = ["born", "dob", "due", "appointment", "appt", "date"]
    PATTERNS = [
        Pattern("numeric date", rf"(?<![\d/.+-]){_DAY}(?P<sep>[/.-])(?:0?[1-9]|1[0-2])(?P=sep)(?:19|20)?\d\d(?![\d/+]|\.\d)", 0.85),
        Pattern("day and month", rf"\b{_DAY}{_ORD}?(?:\s+of)?\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?(?![\w])", 0.8),
        Pattern("month and day", rf"\b{_MONTH}\s+{_DAY}(?:{_ORD}|(?!{_ORD})(?=[\s,.;)]|$))(?:,?\s+(?:19|20)\d\d)?\b", 0.75),
        Pattern("weekday and ordinal", rf"\b{_WEEKDAY}\s+(?:the\s+)?{_DAY}{_ORD}\b", 0.8),
        Pattern("the ordinal", rf"\bthe\s+(?P<id>{_DAY}{_ORD}){_DATE_FOLLOWERS}", 0.6),
        Pattern("ordinal after cue", rf"(?i:\b(?:on|due|until|till|before|after|by)\s+)(?P<id>{_DAY}{_ORD}){_DATE_FOLLOWERS}", 0.6),
        Pattern("day/month after cue", rf"{_DATE_CUE}(?P<id>(?<![\d/]){_DAY}/(?:0?[1-9]|1[0-2]))(?![\d/]|\.\d)", 0.6),
    ]
