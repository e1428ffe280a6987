"""W230: the wording model reads whole sentences where no rule has spoken (issue 16, item 1)."""
import pytest

from discreet.linter.wording_model import parse_weights, sentence_inputs, shipped_model


def _features(linter, text):
    doc = linter.nlp_engine.nlp["en"](text)
    return sentence_inputs(doc, 0, len(doc))[0]


def test_small_and_very_common_words_count_only_in_pairs(linter):
    feats = _features(linter, "Can you let mum know she is glued to her phone")
    assert "u:you" not in feats and "u:let" not in feats and "u:<person>" not in feats
    assert {"u:glue", "b:glue_to"} <= feats
    assert "b:can_you" not in feats and "b:let_<person>" not in feats  # a pair of small words says nothing


def test_the_weights_parse_and_name_their_words():
    model = parse_weights("# a comment\n<bias>\t-1.0\nu:tip\t3.0\nd:0\t2.0\n")
    prob, top = model.score({"u:tip", "u:unknown"}, {"d:0": 0.5})
    assert round(prob, 3) == 0.953 and top == ["tip"]


def test_the_shipped_weights_are_whole():
    model = shipped_model()
    assert model.weights and all(f.split(":", 1)[0] in {"u", "b", "d"} for f in model.weights)


@pytest.mark.parametrize("text", [
    "Can you let the family know about the drop-in?",  # a question to colleagues asks; it is not read
    "Mum said the boiler has been broken since Tuesday, so the flat was cold.",
])
def test_the_model_leaves_questions_and_plain_facts_alone(linter, text):
    assert [f.rule for f in linter.check(text) if f.rule == "W230"] == []


def test_the_model_speaks_only_where_no_rule_has(linter):
    # W215 names "muppet"; the sentence is no second finding
    found = [f.rule for f in linter.check("Honestly the dad is a total muppet and no idea how he holds down a job.")
             if f.kind == "wording"]
    assert "W230" not in found and found


def test_a_model_finding_says_which_words_weighed_most(linter):
    found = [f for f in linter.check("She can't seem to get her act together.") if f.rule == "W230"]
    assert len(found) == 1 and found[0].text == "She can't seem to get her act together"
    assert found[0].explanation.endswith(("'.", "read as unkind."))


def test_a_negated_word_is_its_own_word(linter):
    feats = _features(linter, "She is not spiteful at all, just very tired")
    assert "u:not_spiteful" in feats and "u:spiteful" not in feats and "u:tired" in feats


def test_someones_own_words_in_quotes_are_one_mark_and_scare_quotes_are_read(linter):
    own = _features(linter, 'Mum said "I feel like a lazy mum" and cried a bit')
    assert "u:lazy" not in own and "u:cry" in own  # what she said of herself is hers, not the writer's verdict
    scare = _features(linter, 'Mum was "too busy" to answer the door again')
    assert "u:busy" in scare  # two words in quotes are the writer's: read, with their quote marks


def test_a_word_a_rule_judges_by_its_sense_is_not_read(linter):
    # W101 reads "claim/VERB" and W105 "refuse/VERB": the model would learn the word, not the sense
    assert not any("claim" in f for f in _features(linter, "She claimed the maternity grant last week"))
    assert not any("refuse" in f for f in _features(linter, "Refuse bins were overflowing outside the flats"))
    assert "u:overflow" in _features(linter, "Refuse bins were overflowing outside the flats")



@pytest.mark.parametrize("text,asks", [
    ("Can you let the family know about the drop-in?", True),
    ("r u seeing the young mum on the estate this week", True),
    ("Why do they even bother getting up before noon?", False),  # said of the family: the model reads it
    ("Honestly how does she cope in that house?", False),
])
def test_a_question_to_a_colleague_is_not_read_and_one_about_the_family_is(linter, text, asks):
    from discreet.linter.doc_view import view
    from discreet.linter.wording import _asks_you

    doc = linter.nlp_engine.nlp["en"](text)
    assert _asks_you(view(doc), 0, len(doc)) is asks
