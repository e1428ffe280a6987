"""The safe version, exactly: readable placeholders by type and role, the same one for the same thing."""
import pytest

from linter.placeholders import safe_version

CASES = [
    ("Supporting Priya in Headingley, her little girl Anaya was born 7lb 2oz at 3.42am at the LGI.\n"
     "Anaya is feeding every hour.",
     "Supporting [name] in [town], her little girl [baby] was born [weight] at [birth time] at the [hospital].\n"
     "[baby] is feeding every hour."),
    ("Visit to Bethan and baby Osian. DP Gareth back at work. Bethan's mob 07700 900412.",
     "Visit to [name] and baby [baby]. DP [partner] back at work. [name]'s mob [phone]."),
    ("Visited Tamsin Ellery and Rhiannon Pugh, both at 9 Quarry Lane, Hexthorpe DN4 0AB.",
     "Visited [name 1] and [name 2], both at [address]."),
    ("Her mum Glenys came round. Mum Carys is tired.",
     "Her mum [grandparent] came round. Mum [mum] is tired."),
    ("NHS no 943 476 5919, email carys.p@example.org, insta @carys_and_bump.",
     "NHS no [NHS number], email [email], insta [handle]."),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_safe_version_exact(linter, text, expected):
    found = linter.check(text)
    assert safe_version(text, found) == expected


def test_placeholders_are_not_flagged_again(linter):
    text = "[mum] and [baby 2] saw [name 1] at the [hospital] in [town] on [date], ring [phone]."
    assert [f for f in linter.check(text) if f.kind == "identifier"] == []


def test_one_person_one_placeholder_whatever_part_of_the_name_is_used(linter):
    text = "Visited Rhiannon Pritchard today. Rhiannon was tired; Pritchard is her maiden name. Dylan Hughes came too."
    assert safe_version(text, linter.check(text)) == (
        "Visited [name 1] today. [name 1] was tired; [name 1] is her maiden name. [name 2] came too.")


def test_a_role_given_once_follows_the_person_into_a_first_name_mention(linter):
    text = "Mum Rhiannon Pritchard is tired. Rhiannon asked about sleep."
    assert safe_version(text, linter.check(text)) == "Mum [mum] is tired. [mum] asked about sleep."
