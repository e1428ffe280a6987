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
