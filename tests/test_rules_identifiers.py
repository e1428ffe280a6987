"""Identifier rules as data: every example in rules/identifiers.yaml runs through the real Linter (for the
group), and the registry, the file and the module index agree.

A bad example passes when the rule's findings in it are exactly the {{marked}} spans: a finding made
longer by merging is marked at its full length, as the reader sees it, and an example whose hit is
absorbed into another rule's finding is the wrong example for this rule. A good example passes when
the rule finds nothing in it. An example marked known_miss / false_flag is a strict xfail: it fails
the suite once the rule is fixed, so that the mark is removed.
"""
import re

import pytest

import discreet.linter.recognizers as recognizers
from discreet.linter.engine import Linter, Options
from discreet.linter.identifier_rules import IDENTIFIERS_FILE, bind, identifier_rules, load
from discreet.linter.recognizers import by_rule, recognizer_classes
from discreet.linter.ruleset import RuleError

RULES = identifier_rules()


def _params(kind):
    params = []
    for rule in RULES:
        for i, example in enumerate(rule.examples_bad if kind == "bad" else rule.examples_good):
            marks = pytest.mark.xfail(reason=example.xfail, strict=True) if example.xfail else ()
            params.append(pytest.param(rule, example, id=f"{rule.id}-{kind}-{i}", marks=marks))
    return params


@pytest.fixture(scope="session")
def linter_with(linter):
    """The group's Linter, or one given the rule's caseload (--names) for the caseload rule."""
    made = {(): linter}

    def get(caseload):
        if caseload not in made:
            made[caseload] = Linter(Options(destination="group", names=caseload))
        return made[caseload]

    return get


def spans_of(linter, rule_id, text):
    return sorted((f.start, f.end) for f in linter.check(text) if f.rule == rule_id)


@pytest.mark.parametrize("rule,example", _params("bad"))
def test_bad_example_is_flagged_exactly_as_marked(linter_with, rule, example):
    assert linter_with(rule.caseload).options.destination == "group"
    found = spans_of(linter_with(rule.caseload), rule.id, example.text)
    assert [example.text[s:e] for s, e in found] == [example.text[s:e] for s, e in example.spans]
    assert found == list(example.spans)


@pytest.mark.parametrize("rule,example", _params("good"))
def test_good_example_is_not_flagged(linter_with, rule, example):
    assert spans_of(linter_with(rule.caseload), rule.id, example.text) == []


def test_every_recognizer_has_an_entry_and_every_entry_a_recognizer():
    assert set(load(IDENTIFIERS_FILE)) == set(by_rule())
    assert [r.id for r in RULES] == sorted(by_rule())


def test_every_rule_has_two_working_bad_and_two_working_good_examples():
    for rule in RULES:
        assert len([e for e in rule.examples_bad if not e.xfail]) >= 2, rule.id
        assert len([e for e in rule.examples_good if not e.xfail]) >= 2, rule.id
        assert rule.what and rule.message and rule.suggestion and rule.why and rule.placeholder, rule.id


def test_classes_take_message_suggestion_and_placeholder_from_the_file():
    for cls in recognizer_classes():
        assert (cls.MESSAGE, cls.SUGGESTION, cls.PLACEHOLDER) == (cls.DOC.message, cls.DOC.suggestion,
                                                                  cls.DOC.placeholder)


def test_module_index_in_the_package_docstring_matches_the_registry():
    index = {m[1]: (m[2], m[3]) for m in re.finditer(r"^    (I\d{3})  (\w+)\.py\s+(\w+)$", recognizers.__doc__, re.M)}
    registry = {cls.RULE: (cls.__module__.rsplit(".", 1)[1], cls.__name__) for cls in recognizer_classes()}
    assert index == registry


ENTRY = """
I801:
  what: "payment card numbers"
  placeholder: "[card]"
  message: "A card number identifies its holder."
  suggestion: "Leave the number out."
  why: "A card number is unique to one person."
  examples:
    bad: ["Card {{4929 1234 5678 9012}} on file.", "Paid with {{4929123456789012}}."]
    good: ["Paid by card.", "Card 1 of 3."]
"""


def fake(rule="I801", **attrs):
    return type("PaymentCard", (), {"RULE": rule, "CATEGORY": "id", "__module__": "linter.recognizers.card", **attrs})


def write(tmp_path, text):
    path = tmp_path / "identifiers.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_entry_binds_its_class(tmp_path):
    cls = fake()
    (rule,) = bind([cls], write(tmp_path, ENTRY))
    assert (cls.MESSAGE, cls.SUGGESTION, cls.PLACEHOLDER) == ("A card number identifies its holder.",
                                                             "Leave the number out.", "[card]")
    assert rule.examples_bad[0].text == "Card 4929 1234 5678 9012 on file."
    assert rule.examples_bad[0].spans == ((5, 24),)


def test_a_recognizer_without_an_entry_is_told_exactly_what_to_add(tmp_path):
    cls = fake("I802", MESSAGE="An IBAN identifies an account holder.", PLACEHOLDER="[IBAN]")
    with pytest.raises(RuleError) as error:
        bind([fake(), cls], write(tmp_path, ENTRY))
    message = str(error.value)
    assert "no entry for I802 (PaymentCard in linter.recognizers.card)" in message
    assert "delete MESSAGE, SUGGESTION, PLACEHOLDER from the class" in message
    stub = message.split("\n\n", 1)[1]
    assert stub.startswith('I802:\n  what: "<what it finds, for the README table>"\n  placeholder: "[IBAN]"\n'
                           '  message: "An IBAN identifies an account holder."\n')
    assert '    bad: ["<a sentence with the {{exact span}} marked>", "<another>"]' in stub


def test_an_entry_without_a_recognizer_fails(tmp_path):
    with pytest.raises(RuleError, match="entries for I801, but no recognizer class"):
        bind([], write(tmp_path, ENTRY))


def test_a_class_that_sets_its_own_message_fails(tmp_path):
    with pytest.raises(RuleError, match="sets MESSAGE itself: move them"):
        bind([fake(MESSAGE="mine")], write(tmp_path, ENTRY))


@pytest.mark.parametrize("edit,error", [
    (lambda t: t.replace('  why: "A card number is unique to one person."\n', ""), "I801: missing why"),
    (lambda t: t.replace('"Card 1 of 3."', ""), "at least two bad and two good"),
    (lambda t: t.replace("{{4929123456789012}}", "4929123456789012"), "mark what a bad example must be flagged as"),
    (lambda t: t.replace('"Paid by card."', '"Paid by {{card}}."'), "a good example has nothing to mark"),
    (lambda t: t.replace("  why:", "  wyh: typo\n  why:"), "unknown key.*wyh"),
    (lambda t: t.replace('"Paid by card."', '{text: "Paid by card.", false_flag: ""}'), "false_flag needs a reason"),
    (lambda t: t.replace("I801:", "card:"), "id must look like I101"),
])
def test_a_broken_entry_is_refused_with_its_fault_named(tmp_path, edit, error):
    with pytest.raises(RuleError, match=error):
        bind([fake()], write(tmp_path, edit(ENTRY)))
