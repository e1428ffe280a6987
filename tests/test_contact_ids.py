"""Text -> exact identifier spans for the contact and number recognizers (invented data)."""
import pytest

CASES = [
    # phones
    ("Her mob is 07700 900412 if needed.", [("I401", "07700 900412")]),
    ("ring 07700900984 after 5", [("I401", "07700900984")]),
    ("Dad: +44 7700 900123.", [("I401", "+44 7700 900123")]),
    ("+447700900555 is the number", [("I401", "+447700900555")]),
    ("landline (01632) 960771", [("I401", "(01632) 960771")]),
    ("Tel 0113 496 0123 after lunch", [("I401", "0113 496 0123")]),
    ("try 07700-900-321", [("I401", "07700-900-321")]),
    ("Ring 111 or 999 if worried.", []),
    ("Feeds 2-3 hourly, 6+ wet nappies, 120 ml at 10.30.", []),
    # emails
    ("email is kerensa.v@example.org ok", [("I402", "kerensa.v@example.org")]),
    ("Write to me at tamsin_99@mail.example.co.uk.", [("I402", "tamsin_99@mail.example.co.uk")]),
    ("She said 'at 3' @ the clinic", []),
    ("Email j dot smith at example dot com later", [("I402", "j dot smith at example dot com")]),
    ("Her IG is jess.bump_life and she posts daily", [("I403", "jess.bump_life")]),
    ("She'd like me to message her on WeChat, ID lanfang_88, after the visit", [("I403", "lanfang_88")]),
    ("She looked at the website dot com page", []),
    # handles and pages
    ("Her insta is @bumpandbloom_kt", [("I403", "@bumpandbloom_kt")]),
    ("see facebook.com/wrenfamily.page for photos", [("I403", "facebook.com/wrenfamily.page")]),
    ("https://www.example.com/blog/ourbaby was shared", [("I403", "https://www.example.com/blog/ourbaby")]),
    ("Leaflet at https://www.nhs.uk/conditions/colic/ was useful", []),
    # postcodes
    ("lives at the top of LS6 2QJ", [("I202", "LS6 2QJ")]),
    ("postcode ls62qj", [("I202", "ls62qj")]),
    ("just off M1 1AE", [("I202", "M1 1AE")]),
    ("somewhere in CF14 now", [("I202", "CF14")]),
    ("Baby on 3 feeds, SCBU for 2 days, HV visiting.", []),
    # NHS, NI and record numbers
    ("NHS no 943 476 5919", [("I601", "943 476 5919")]),
    ("nhs number 9434765919.", [("I601", "9434765919")]),
    ("Ref 943 476 5918 is not a valid NHS number", []),
    ("NI QQ 12 34 56 C", [("I602", "QQ 12 34 56 C")]),
    ("Hospital no: K4417702 on the wristband", [("I603", "K4417702")]),
    ("car reg YK19 XNP parked outside", [("I603", "YK19 XNP")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_contact_and_number_spans(spans, text, expected):
    rules = {"I202", "I401", "I402", "I403", "I601", "I602", "I603"}
    assert spans(text, rules) == expected


# Phone groupings and prefixes a tester found leaking (invented numbers).
PHONE_FORMATS = [
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
]


@pytest.mark.parametrize("text,rules,expected", PHONE_FORMATS)
def test_phone_formats(spans, text, rules, expected):
    assert spans(text, rules) == expected
