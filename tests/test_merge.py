"""Overlapping results become one finding; a model guess gives way to precise spans."""
from presidio_analyzer import AnalysisExplanation, RecognizerResult

from discreet.linter.merge import merge
from discreet.linter.recognizers import by_rule


def result(rule, text, part, score=0.8):
    start = text.index(part)
    why = AnalysisExplanation(recognizer=rule, original_score=score, textual_explanation="test")
    return RecognizerResult(rule, start, start + len(part), score, why, {})


def found(text, *results):
    return [(f.rule, f.text) for f in merge(text, list(results), by_rule())]


def test_leftover_role_word_of_a_model_guess_is_dropped():
    text = "Partner Kyle works nights."
    assert found(text, result("I101", text, "Partner Kyle"), result("I103", text, "Kyle")) == [("I103", "Kyle")]


def test_leftover_short_word_of_a_model_guess_is_dropped():
    text = "Saw Mrs Begum today."
    assert found(text, result("I101", text, "Saw Mrs Begum"), result("I103", text, "Mrs Begum")) == [
        ("I103", "Mrs Begum")]


def test_leftover_first_name_of_a_model_guess_is_kept():
    text = "Saw Grace Ellery today."
    assert found(text, result("I101", text, "Grace Ellery"), result("I102", text, "Ellery")) == [
        ("I101", "Grace"), ("I102", "Ellery")]


def test_precise_span_stays_whole_inside_a_model_guess():
    text = "Tel 0113 496 0123 after lunch"
    assert found(text, result("I101", text, "Tel 0113 496 0123"), result("I401", text, "0113 496 0123")) == [
        ("I401", "0113 496 0123")]


def test_overlapping_precise_spans_merge_and_the_longest_names_them():
    text = "at 4 Mill Lane, Hexley HX1 2AB now"
    assert found(text, result("I201", text, "4 Mill Lane, Hexley HX1 2AB"), result("I202", text, "HX1 2AB")) == [
        ("I201", "4 Mill Lane, Hexley HX1 2AB")]


def test_placeholders_and_possessives():
    text = "[mum] and Carys's baby"
    assert found(text, result("I101", text, "[mum]"), result("I102", text, "Carys's")) == [("I102", "Carys")]
