"""Text -> exact date spans. Babies' ages, pain scores, intervals and times are not dates."""
import pytest

RULES = {"I501"}
CASES = [
    ("DOB 14/11/1996, NHS no to follow", [("I501", "14/11/1996")]),
    ("dob 03-04-01", [("I501", "03-04-01")]),
    ("Born 22.07.2024 at home", [("I501", "22.07.2024")]),
    ("due 5th March, booked at the hospital", [("I501", "5th March")]),
    ("EDD 9th December 2025", [("I501", "9th December 2025")]),
    ("appt for division 8 Nov", [("I501", "8 Nov")]),
    ("Jabs on Mar 21st", [("I501", "Mar 21st")]),
    ("Can we move it to Tues 9th?", [("I501", "Tues 9th")]),
    ("baby born Saturday 12th", [("I501", "Saturday 12th")]),
    ("He's off work till the 23rd and then nights", [("I501", "23rd")]),
    ("born 11/09 at 4am", [("I501", "11/09")]),
    ("Appointment on 2nd, then review", [("I501", "2nd")]),
    # not dates
    ("Pain down from 6/10 to 2/10 since the shield", []),
    ("Baby 5/52, weighed 4.1kg, feeds 3 hourly", []),
    ("6 weeks old, 8-12 feeds in 24 hrs, last feed at 10.30", []),
    ("the 2nd baby, the 3rd night in a row, the 9th centile", []),
    ("Next visit Thursday, HV in March, seen in May", []),
    ("She may 3 times a day", []),
    ("Born at 38+2, term, 3.15 in the morning", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_date_spans(spans, text, expected):
    assert spans(text, RULES) == expected
