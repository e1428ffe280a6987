"""Inline suppression: `discreet: ignore [ids]` on a line, `discreet: off` / `on` around a block."""
from discreet.linter.findings import Finding
from discreet.linter.suppress import suppress


def at(text, word, rule, category="stigma", kind="wording"):
    start = text.index(word)
    return Finding(kind=kind, category=category, rule=rule, start=start, end=start + len(word),
                   text=word, message="m")


def rules(text, findings):
    return [(f.rule, f.text) for f in suppress(text, findings)]


def test_ignore_one_rule_on_its_line_only():
    text = "She claims x.  discreet: ignore W101\nHe claims y."
    found = [at(text, "claims x", "W101"), at(text, "She", "I101", "person", "identifier"), at(text, "claims y", "W101")]
    assert rules(text, found) == [("I101", "She"), ("W101", "claims y")]


def test_ignore_identifier_and_several_targets():
    text = "Ask Ravinder, she insists.  <!-- discreet: ignore I101, W102 -->\nnext line"
    found = [at(text, "Ravinder", "I101", "person", "identifier"), at(text, "insists", "W102"),
             at(text, "next", "W201", "judgement")]
    assert rules(text, found) == [("W201", "next")]


def test_ignore_by_category():
    text = "Ask Ravinder lol  # discreet: ignore sarcasm"
    found = [at(text, "Ravinder", "I101", "person", "identifier"), at(text, "lol", "W501", "sarcasm")]
    assert rules(text, found) == [("I101", "Ravinder")]


def test_bare_ignore_drops_everything_on_the_line():
    text = "Ravinder claims.  discreet: ignore\nOlwen"
    found = [at(text, "Ravinder", "I101", "person", "identifier"), at(text, "claims", "W101"),
             at(text, "Olwen", "I101", "person", "identifier")]
    assert rules(text, found) == [("I101", "Olwen")]


def test_off_on_block():
    text = "Tamsin\ndiscreet: off\nRavinder claims\nOlwen\ndiscreet: on\nBryony"
    found = [at(text, w, "I101", "person", "identifier") for w in ("Tamsin", "Ravinder", "Olwen", "Bryony")]
    assert rules(text, found) == [("I101", "Tamsin"), ("I101", "Bryony")]


def test_off_without_on_runs_to_the_end():
    text = "Tamsin\nDISCREET: OFF\nRavinder"
    found = [at(text, w, "I101", "person", "identifier") for w in ("Tamsin", "Ravinder")]
    assert rules(text, found) == [("I101", "Tamsin")]


def test_no_directive_changes_nothing():
    text = "Ravinder claims"
    found = [at(text, "Ravinder", "I101", "person", "identifier"), at(text, "claims", "W101")]
    assert suppress(text, found) == found


def test_engine_applies_suppression(linter):
    text = "Mum insists baby is fine.  discreet: ignore W102\nDad insists too."
    assert [(f.rule, f.text) for f in linter.check(text) if f.kind == "wording"] == [("W102", "insists")]
    assert [f.start for f in linter.check(text) if f.rule == "W102"] == [text.index("insists too")]
