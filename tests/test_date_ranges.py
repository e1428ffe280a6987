"""A range of days in one month is one date: no day of it is left visible."""
import pytest

CASES = [
    ("Away 3–5 March with her mum.", [("I501", "3–5 March")]),
    ("Booked 12th-14th June for the stay.", [("I501", "12th-14th June")]),
    ("in hospital 3 to 5 March", [("I501", "3 to 5 March")]),
    ("from the 3rd to the 5th of March", [("I501", "the 3rd to the 5th of March")]),
    ("visiting March 3–5 2024", [("I501", "March 3–5 2024")]),
    ("June 12th to 14th she is away", [("I501", "June 12th to 14th")]),
    ("Seen 2–3 times a week in March", []),
    ("Feeds 2-3 hourly since the spring", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_date_ranges(spans, text, expected):
    assert spans(text, {"I501"}) == expected
