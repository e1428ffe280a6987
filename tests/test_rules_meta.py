"""The rule files themselves: validation, coverage of the categories, and the README table."""
import importlib.util
from pathlib import Path

import pytest
from spacy.matcher import Matcher
from spacy.vocab import Vocab

from discreet.linter.ruleset import CATEGORIES, RuleError, compile_pattern, compile_spec, default_rules, load_rules

ROOT = Path(__file__).resolve().parent.parent
GOOD_RULE = """
- id: {id}
  category: stigma
  severity: warning
  patterns: ["claim"]
  message: m
  suggestions: [says]
  why: w
  source: s
  examples:
    bad: ["a", "b"]
    good: ["c", "d"]
"""


def write(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_at_least_sixty_rules_covering_every_category():
    rules = default_rules()
    assert len(rules) >= 60
    assert {r.category for r in rules} == set(CATEGORIES)


def test_every_rule_has_two_bad_and_two_good_examples_and_unique_id():
    rules = default_rules()
    assert len({r.id for r in rules}) == len(rules)
    for r in rules:
        assert len(r.examples_bad) >= 2 and len(r.examples_good) >= 2, r.id
        assert r.message and r.why and r.source and r.suggestions, r.id


def test_ids_follow_category_hundreds():
    first_digit = {"stigma": "1", "judgement": "2", "speculation": "3", "gossip": "4",
                   "sarcasm": "5", "body": "6", "paternalism": "7"}
    for r in default_rules():
        assert r.id[1] == first_digit[r.category], r.id


def test_every_pattern_compiles_in_spacy_matcher():
    matcher = Matcher(Vocab(), validate=True)
    for r in default_rules():
        matcher.add(r.id, [compile_pattern(p) for p in r.patterns] or [[{"ORTH": "x"}]])


def test_loader_accepts_a_valid_file(tmp_path):
    rules = load_rules(write(tmp_path, "a.yaml", GOOD_RULE.format(id="W101")))
    assert [r.id for r in rules] == ["W101"]


def test_duplicate_ids_across_files_fail(tmp_path):
    write(tmp_path, "a.yaml", GOOD_RULE.format(id="W101"))
    write(tmp_path, "b.yaml", GOOD_RULE.format(id="W101"))
    with pytest.raises(RuleError, match="W101 is also used in a.yaml"):
        load_rules(tmp_path)


def test_rule_with_one_bad_example_fails(tmp_path):
    text = GOOD_RULE.format(id="W101").replace('bad: ["a", "b"]', 'bad: ["a"]')
    with pytest.raises(RuleError, match="at least two bad and two good"):
        load_rules(write(tmp_path, "a.yaml", text))


def test_rule_without_examples_fails(tmp_path):
    text = GOOD_RULE.format(id="W101").split("  examples:")[0] + "  examples: {}\n"
    with pytest.raises(RuleError, match="at least two bad and two good"):
        load_rules(write(tmp_path, "a.yaml", text))


def test_unknown_key_fails(tmp_path):
    text = GOOD_RULE.format(id="W101").replace("  why: w", "  why: w\n  wyh: typo")
    with pytest.raises(RuleError, match="unknown key.*wyh"):
        load_rules(write(tmp_path, "a.yaml", text))


def test_bad_regex_fails(tmp_path):
    text = GOOD_RULE.format(id="W101").replace('patterns: ["claim"]', 'regex: ["(unclosed"]')
    with pytest.raises(RuleError, match="does not compile"):
        load_rules(write(tmp_path, "a.yaml", text))


def test_pattern_that_matches_nothing_fails(tmp_path):
    text = GOOD_RULE.format(id="W101").replace('patterns: ["claim"]', 'patterns: ["claim?"]')
    with pytest.raises(RuleError, match="can match nothing"):
        load_rules(write(tmp_path, "a.yaml", text))


def test_bad_id_and_category_fail(tmp_path):
    with pytest.raises(RuleError, match="id must look like W101"):
        load_rules(write(tmp_path, "a.yaml", GOOD_RULE.format(id="claims")))
    text = GOOD_RULE.format(id="W101").replace("category: stigma", "category: rude")
    with pytest.raises(RuleError, match="category must be one of"):
        load_rules(write(tmp_path, "a.yaml", text))


def test_compiled_spec_is_lemma_based_and_case_aware():
    assert compile_pattern("refuse")[0] == {"LEMMA": {"IN": ["REFUSE", "Refuse", "refuse"]}}
    assert compile_spec("=lol?") == {"LOWER": {"IN": ["lol"]}, "OP": "?"}
    assert compile_pattern("^bet")[0]["IS_SENT_START"] is True


def test_readme_rule_table_is_current():
    spec = importlib.util.spec_from_file_location("gen_rules_table", ROOT / "tools" / "gen_rules_table.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.main(["--check"]) == 0, "run: python tools/gen_rules_table.py"
