"""Text -> exact date spans. Babies' ages, pain scores, intervals and times are not dates."""
import pytest

RULES = {"I501"}
CASES = [
    # a birthday by its holiday
    ("Baby arrived early on Boxing Day", [("I501", "Boxing Day")]),
    ("She was born on Burns Night", [("I501", "Burns Night")]),
    ("We had a quiet Boxing Day at home", []),
    ("DOB 14/11/1996, NHS no to follow", [("I501", "14/11/1996")]),
    ("• physio on the 19th\n• car outside is the van", [("I501", "the 19th")]),  # an ordinal ending its line
    ("dob 03-04-01", [("I501", "03-04-01")]),
    ("Born 22.07.2024 at home", [("I501", "22.07.2024")]),
    ("due 5th March, booked at the hospital", [("I501", "5th March")]),
    ("EDD 9th December 2025", [("I501", "9th December 2025")]),
    ("appt for division 8 Nov", [("I501", "8 Nov")]),
    ("Jabs on Mar 21st", [("I501", "Mar 21st")]),
    ("Can we move it to Tues 9th?", [("I501", "Tues 9th")]),
    ("baby born Saturday 12th", [("I501", "Saturday 12th")]),
    ("He's off work till the 23rd and then nights", [("I501", "the 23rd")]),  # "till [date]"
    ("born 11/09 at 4am", [("I501", "11/09")]),
    ("Appointment on 2nd, then review", [("I501", "2nd")]),
    # a weekday before the date is part of it; month first; the US order when the day is past 12
    ("charged twice at the car park on Fri 12 July, once at 09:14", [("I501", "Fri 12 July")]),
    ("so it arrives by August 22? Thanks", [("I501", "August 22")]),
    ("DOB: 03/14/1986", [("I501", "03/14/1986")]),
    ("flying home on the 22nd with my mum", [("I501", "the 22nd")]),
    # months abroad, with their day; Chinese, Japanese and Korean dates
    ("pour le séjour du 2 au 9 août, merci", [("I501", "2 au 9 août")]),
    ("reservar para o feriado de 15 de novembro.", [("I501", "15 de novembro")]),
    ("Abholung am 3. März 2025 bitte", [("I501", "3. März 2025")]),
    ("check-in 2024年10月14日, check-out 10月17日", [("I501", "2024年10月14日"), ("I501", "10月17日")]),
    ("배송 2024년 3월 5일", [("I501", "2024년 3월 5일")]),
    ("can u do tuesdy 12th or wensday the 13th?", [("I501", "tuesdy 12th"), ("I501", "wensday the 13th")]),
    ("من 10 يونيو، на 15 марта, για τις 18 Αυγούστου, हम 18 नवंबर को", [("I501", "10 يونيو"), ("I501", "15 марта"),
                                                                   ("I501", "18 Αυγούστου"), ("I501", "18 नवंबर")]),
    ("Pick-up on den 3 juni.", [("I501", "den 3 juni")]),
    ("weight check on Tue 12/3, hip appt on the twelfth.", [("I501", "Tue 12/3"), ("I501", "twelfth")]),
    ("she was on the second floor, on the first attempt", []),
    # not dates
    ("Pain down from 6/10 to 2/10 since the shield", []),
    ("Sunny 2nd day of the heatwave, mostly 3rd week blues", []),
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


# Formats a tester found leaking: ISO and worded dates, dates in capitals lines, bare day/month.
DATE_FORMATS = [
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
    ("SEEN ON THE 21ST AND WELL", {"I501"}, [("I501", "THE 21ST")]),
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
]


@pytest.mark.parametrize("text,rules,expected", DATE_FORMATS)
def test_date_formats(spans, text, rules, expected):
    assert spans(text, rules) == expected


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
