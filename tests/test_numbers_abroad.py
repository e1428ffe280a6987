"""Phone numbers of any country, card numbers, IBANs and long reference numbers (invented data)."""
import pytest

RULES = {"I401", "I404", "I601", "I603", "I604", "I605", "I606", "I501"}

CASES = [
    # phones with a country code, fictional ranges
    ("Call her on +1 555 0142 or +1 (212) 555-0187.", [("I404", "+1 555 0142"), ("I404", "+1 (212) 555-0187")]),
    ("whatsapp +27 21 555 0123 any time", [("I404", "+27 21 555 0123")]),
    ("Tel:+27 21 555 0123, Fax:+27 21 555 0124", [("I404", "+27 21 555 0123"), ("I404", "+27 21 555 0124")]),
    ("Her sister is on +32 2 555 01 23.", [("I404", "+32 2 555 01 23")]),
    ("Dad +48 22 555 01 23, Mum +55 11 95555-0123", [("I404", "+48 22 555 01 23"), ("I404", "+55 11 95555-0123")]),
    ("Nan in Sydney: +61 2 5550 1234", [("I404", "+61 2 5550 1234")]),
    ("reach me on +354 555 0123 or +420 555 012 345", [("I404", "+354 555 0123"), ("I404", "+420 555 012 345")]),
    ("tel 0049 30 12345678 (Berlin office)", [("I404", "0049 30 12345678")]),
    ("His cell is (212) 555-0187.", [("I606", "(212) 555-0187")]),
    ("text me at 555.010.0123 or 555-010-0199", [("I606", "555.010.0123"), ("I606", "555-010-0199")]),
    # UK shapes stay with the UK recognizer
    ("mob 07700 900123 and 0113 496 0123", [("I401", "07700 900123"), ("I401", "0113 496 0123")]),
    # clinical numbers are not phones or IDs
    ("Feeds 60ml 3 hourly, weighed 3.2kg, born at 38+2, seen at 4/52, 10:30 in 2023.", []),
    ("Weighed 3450 grams at 2 weeks; she walked 12345678 steps.", []),
    ("Between 2019-2023 she paid £12 500 000 for it.", []),
    # cards: Luhn-valid only
    ("Paid with card 4111 1111 1111 1111 yesterday", [("I604", "4111 1111 1111 1111")]),
    ("card 5500-0000-0000-0004 was declined", [("I604", "5500-0000-0000-0004")]),
    # IBANs and UK bank details
    ("Her IBAN is GB82 WEST 1234 5698 7654 32 and the bank is local", [("I605", "GB82 WEST 1234 5698 7654 32")]),
    ("Send it to DE89370400440532013000.", [("I605", "DE89370400440532013000")]),
    ("sort code 12-34-56, account 31926819", [("I605", "12-34-56"), ("I605", "31926819")]),
    ("GB82 WEST 1234 5698 7654 33 fails its checksum", [("I606", "1234 5698 7654 33")]),
    # any other long number
    ("order number 123-4567-8901 arrived", [("I603", "123-4567-8901")]),
    ("the 123-4567-8901 on the box", [("I606", "123-4567-8901")]),
    # labelled numbers with letters in them
    ("My passport no. X1234567 expires soon", [("I603", "X1234567")]),
    ("order #ORD-58213 never came", [("I603", "ORD-58213")]),
    ("booking ref: 7KQ2M9 for the room", [("I603", "7KQ2M9")]),
    ("ID card DL-4421-889 is lost", [("I603", "DL-4421-889")]),
    ("order 2 bottles of formula; patient 12 weeks postnatal; claim 2019-2020 figures", []),
    ("membership 98765432 at the gym", [("I603", "98765432")]),
    ("She gave 98765432 as hers", [("I606", "98765432")]),
    ("Scores were 24 48 72 96 over the days", []),
    ("Clinic open 0900-1700, she sleeps 2200-0600.", []),
    ("Dates: 12 03 2024 and 2024-03-12", [("I501", "2024-03-12")]),
    # unlabelled numbers with dots or slashes inside, and codes of letters with six digits or more
    ("It's 756.3819.4726.19, is that needed?", [("I606", "756.3819.4726.19")]),
    ("here it is: 885412/1232.", [("I606", "885412/1232")]),
    ("a Brazilian passport, FT482913, in her name", [("I606", "FT482913")]),
    ("my card, 47382915V, is in the pocket", [("I606", "47382915V")]),
    ("Front office: (773) 555-0134 ext. 2041.", [("I606", "(773) 555-0134 ext. 2041")]),
    ("the GC4567 iron, a V11 and version 1.2.3; weight 12345.6789", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_numbers_of_any_country(spans, text, expected):
    assert spans(text, RULES) == expected
