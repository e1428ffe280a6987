"""Lower-case streets, surnames by their shape, and one-of-one roles in a small place (our own probe notes)."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("they live on brackley gardens now.", [("I201", "brackley gardens")]),
    ("moved to tregarthen road last week.", [("I201", "tregarthen road")]),
    ("Eilidh and Ruaraidh MacAskill were both there.", [("I102", "Eilidh"), ("I102", "Ruaraidh MacAskill")]),
    ("Saw Kenzie McTavish today.", [("I102", "Kenzie McTavish")]),
    ("Her husband is the only GP in the village.", [("I706", "the only GP in the village")]),
    ("Mum runs the village shop.", [("I706", "runs the village shop")]),
    ("Dad runs the ferry in summer.", [("I706", "runs the ferry")]),
])
def test_found(spans, text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "we walked down memory lane and along the main road.",
    "she lives near old mill lane.",
    "The Macmillan nurse came at ten.",
    "Mum types on her MacBook at night.",
    "We stopped at McDonalds on the way.",
    "This is the only time in the week she rests.",
    "The only thing in the house was bread.",
    "She ran the half marathon last year.",
    "Baby group moves to Fridays from next month.",
])
def test_not_found(spans, text):
    assert spans(text) == []
