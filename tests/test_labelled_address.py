"""I208: the field after an address label ends at its line, its sentence or the next field (invented addresses)."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("Adresse : 14 rue des Tilleuls, Bât. C, 69003 Lyon 06 55 41 22 09 merci", "14 rue des Tilleuls, Bât. C, 69003 Lyon"),
    ("Morada: Rua do Sol 8, 2.º esq., Évora manu.sol@example.org", "Rua do Sol 8, 2.º esq., Évora"),
    ("Indirizzo: Via Roma 3, int. 2, Bari\nTelefono 333 555 1234", "Via Roma 3, int. 2, Bari"),
    ("Cím: Rózsa utca 12. II. em. 5., 1061 Budapest. Köszönöm", "Rózsa utca 12. II. em. 5., 1061 Budapest"),
])
def test_the_field_after_an_address_label_is_the_address(linter, text, expected):
    assert [f.text for f in linter.check(text) if f.category == "location"] == [expected]


@pytest.mark.parametrize("text", ["Address: see below.", "Address: ______", "Address: <your address here>",
                                  "Delivery address: same as last time, thanks"])
def test_a_label_without_an_address_finds_nothing(linter, text):
    assert [f for f in linter.check(text) if f.rule == "I208"] == []
