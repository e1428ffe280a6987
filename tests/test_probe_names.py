"""Names that are also words, and words after "baby" that are not names (from our own probe notes)."""
import pytest

PERSON = {"I101", "I102", "I103", "I104"}


def names(spans, text):
    return [t for rule, t in spans(text) if rule in PERSON]


@pytest.mark.parametrize("text,expected", [
    ("Faith came home yesterday with her mum.", ["Faith"]),
    ("Sky is feeding well now.", ["Sky"]),
    ("Ivy (big sister) is jealous of the baby.", ["Ivy"]),
    ("Summer, her older sister, is at nursery now.", ["Summer"]),
    ("Rose was tired after the night feeds.", ["Rose"]),
    ("her fella dean is back at work on monday.", ["dean"]),
    ("Visited baby Zuri at home today.", ["Zuri"]),
])
def test_word_names_used_as_names_are_found(spans, text, expected):
    assert names(spans, text) == expected


@pytest.mark.parametrize("text", [
    "We talked about Baby Led Weaning and starting solids.",
    "She has started going to Baby Massage on Tuesdays.",
    "Mum says she has baby brain and keeps losing her keys.",
    "Baby Sensory and the Baby Café are both on Fridays.",
    "Summer is my favourite season for walks with the pram.",
    "BABY FEEDING WELL. MUM TEARFUL BUT COPING.",
    "We read Baby Bear before the nap.",
])
def test_ordinary_words_are_not_names(spans, text):
    assert names(spans, text) == []
