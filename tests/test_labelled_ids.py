"""Identity, tax and vehicle numbers of many countries, found by the label people give them (invented numbers)."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("Passport number of the lead guest: RK5521904. Mobile to follow.", "RK5521904"),
    ("with my PAN printed on it: ABCPX1234Q. Thanks", "ABCPX1234Q"),
    ("com o meu CPF: 123.456.789-09", "123.456.789-09"),
    ("NRIC: S1234567D", "S1234567D"),
    ("pour la garantie, ma CIN est AB123456.", "AB123456"),
    ("Numéro national : 90.01.01-123.45", "90.01.01-123.45"),
    ("Cédula 1.234.567.890", "1.234.567.890"),
    ("Vehicle registration K-12345B. Please refund.", "K-12345B"),
    ("License plate on my trade-in: 7ABC123 (Nevada)", "7ABC123"),
    ("Plate on the invoice is BXTR 771 (Ontario)", "BXTR 771"),
])
def test_labelled_number_is_an_id(linter, text, expected):
    assert expected in [f.text for f in linter.check(text) if f.category == "id"]


@pytest.mark.parametrize("text", [
    "She has a pan of water on the hob.",
    "The registration is done, we registered the baby on Monday.",
])
def test_label_words_alone_find_nothing(linter, text):
    assert [f.text for f in linter.check(text) if f.category == "id"] == []
