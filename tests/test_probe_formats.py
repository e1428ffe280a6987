"""Formats a tester found leaking: phone groupings and prefixes, ISO and worded dates, dates in
capitals lines and bare day/month, ages in apposition. Invented names, numbers and places."""
import pytest

CASES = [
    # phones: 0044 is +44, and any grouping of a whole UK number
    ("nan 0044 7911 123456", {"I401"}, [("I401", "0044 7911 123456")]),
    ("Call 07 700 900 321 tonight", {"I401"}, [("I401", "07 700 900 321")]),
    ("Dad on 0 7700 900 654 after six", {"I401"}, [("I401", "0 7700 900 654")]),
    ("Landline 0 1632 96 07 71.", {"I401"}, [("I401", "0 1632 96 07 71")]),
    ("ring +44 (0) 7700 900 777", {"I401"}, [("I401", "+44 (0) 7700 900 777")]),
    ("0044 (0)1632 960 123 is her work", {"I401"}, [("I401", "0044 (0)1632 960 123")]),
    ("NHS no 943 476 5919", {"I401", "I601"}, [("I601", "943 476 5919")]),
    # not phones
    ("weighed 7 700 g at birth, then 7 950 g", {"I401"}, []),
    ("feeds at 07.30 10.30 13.30 and 16.30", {"I401"}, []),
    ("Bill was £0 700 900 32 and rising", {"I401"}, []),
    ("ref 0 1 2 3 4 5 6 7 8 9 1 2 on the form", {"I401"}, []),
    ("scores 07 700 900 321 12 in a row", {"I401"}, []),
    # ISO dates, with or without a cue
    ("dob 2024-02-01", {"I501"}, [("I501", "2024-02-01")]),
    ("Seen 2023-11-30 at clinic", {"I501"}, [("I501", "2023-11-30")]),
    ("page 2024-02-01 of the log", {"I501"}, [("I501", "2024-02-01")]),
    ("Part no 1234-02-01, serial 2024-13-01", {"I501"}, []),
    # ordinal words and ordinals with "of"
    ("born on the first of February", {"I501"}, [("I501", "first of February")]),
    ("born on the 1st of Feb", {"I501"}, [("I501", "1st of Feb")]),
    ("due the twenty-third of June", {"I501"}, [("I501", "twenty-third of June")]),
    ("Jabs on the thirty first of October 2025", {"I501"}, [("I501", "thirty first of October 2025")]),
    ("party on March the second", {"I501"}, [("I501", "March the second")]),
    ("first of all, second of the twins, the third of five", {"I501"}, []),
    # dates in capitals lines, and bare day/month
    ("HANDOVER 14/02:", {"I501"}, [("I501", "14/02")]),
    ("VISIT 3RD MARCH", {"I501"}, [("I501", "3RD MARCH")]),
    ("SEEN ON THE 21ST AND WELL", {"I501"}, [("I501", "21ST")]),
    ("Handover 14/02: baby settled", {"I501"}, [("I501", "14/02")]),
    ("weighed 27/3, next check soon", {"I501"}, [("I501", "27/3")]),
    ("last seen 03/4 by the team", {"I501"}, [("I501", "03/4")]),
    ("Visit on 14/02.", {"I501"}, [("I501", "14/02")]),
    # not dates
    ("score 3/2 at half time", {"I501"}, []),
    ("half 1/2 a bottle, then 2/3 of the next", {"I501"}, []),
    ("Flat 3/2, 14 Dunmore Street", {"I501"}, []),
    ("baby 3/12, mum 5/7 post section", {"I501"}, []),
    ("support 24/7 from the team, trains 18/7, stitches out 14/7", {"I501"}, []),
    ("HANDOVER 14/07: seen 19/07", {"I501"}, [("I501", "14/07"), ("I501", "19/07")]),
    ("EPDS 14/30, pain 10/10, GCS 15/15", {"I501"}, []),
    ("baby now 18/12 old", {"I501"}, []),
    ("Read pages 12/13 and 11/12", {"I501"}, []),
    # ages in apposition
    ("Mum (Chantelle, 19)", {"I704"}, [("I704", "19")]),
    ("Tamsin, 19, lives with her nan", {"I704"}, [("I704", "19")]),
    ("Mum (Orla Brennan, 34) and baby", {"I704"}, [("I704", "34")]),
    ("Dad, 22, works nights", {"I704"}, [("I704", "22")]),
    ("£19, then £20", {"I704"}, []),
    ("scans at 19, 20 and 21 weeks", {"I704"}, []),
    ("Ward 23, bed 4", {"I704"}, []),
    ("In March, 20, maybe 30, families came", {"I704"}, []),
    ("Room Nineteen (Clinic, 14)", {"I704"}, []),
]


@pytest.mark.parametrize("text,rules,expected", CASES)
def test_probe_formats(spans, text, rules, expected):
    assert spans(text, rules) == expected


AGE_CASES = [
    ("Mum (Orla Baker, 34) and baby", [("I704", "34")]),
    ("KERYS VANCE, 19, LIVES WITH HER NAN", [("I704", "19")]),
    ("Seen in Clinic, 14, then home", []),
]


@pytest.mark.parametrize("text,expected", AGE_CASES)
def test_age_in_apposition(spans, text, expected):
    assert spans(text, {"I704"}) == expected


FRACTION_CASES = [
    # an unpadded day/month past 12 on a line of sums or scores is a fraction, not a date
    ("Simplify 16/4 and 14/28 for homework", []),
    ("Question 13/2 asks for the improper fraction", []),
    ("They were 13/2 and then 31/4 at lunch", []),
    ("The ratio of wins since then is 17/9", []),
    ("Weighed 27/3, next weigh in a fortnight", [("I501", "27/3")]),
    ("Back from holiday 19/8 and well", [("I501", "19/8")]),
    ("Nothing happened 31/9 or 30/2", []),
]


@pytest.mark.parametrize("text,expected", FRACTION_CASES)
def test_bare_day_month_in_context(spans, text, expected):
    assert spans(text, {"I501"}) == expected


def test_name_after_place_word_is_not_an_age(spans):
    assert spans("Parents evening in Hall, 14, and Library rooms", {"I704"}) == []
