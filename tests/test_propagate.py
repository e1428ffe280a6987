"""A name found once is found at every mention."""
from discreet.linter.findings import Finding
from discreet.linter.propagate import propagate


def person(text, start, rule="I101"):
    return Finding(kind="identifier", category="person", rule=rule, start=start, end=start + len(text),
                   text=text, message="m", placeholder="[name]")


def spans(text, findings):
    return sorted((f.start, f.text) for f in propagate(text, findings))


def test_every_mention_of_a_found_name_is_found():
    text = "Saw Eluned Prothero. Later eluned rang; Prothero family fine."
    assert spans(text, [person("Eluned Prothero", 4)]) == [(4, "Eluned Prothero"), (27, "eluned"), (40, "Prothero")]


def test_word_names_spread_only_with_their_capital():
    text = "Visit to Hope Pryce. I hope it helps. Hope is well."
    assert spans(text, [person("Hope Pryce", 9)]) == [(9, "Hope Pryce"), (38, "Hope")]


def test_whole_words_only_and_never_inside_placeholders():
    text = "Tomos rang [name] and Tomoszewski."
    assert spans(text, [person("Tomos", 0)]) == [(0, "Tomos")]
    text = "Ellery rang [name 2] later."
    assert spans(text, [person("Ellery", 0)]) == [(0, "Ellery")]
    text = "Ellery rang. [ellery] later."  # only discreet's own labels are placeholders
    assert spans(text, [person("Ellery", 0)]) == [(0, "Ellery"), (14, "ellery")]


def test_other_kinds_do_not_spread():
    phone = Finding(kind="identifier", category="phone", rule="I401", start=0, end=3, text="999", message="m")
    assert spans("999 then 999", [phone]) == [(0, "999")]
