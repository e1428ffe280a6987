"""`discreet rules`, `--config FILE` on check/share, and `share --rewrite`."""
import json

import pytest
from click.testing import CliRunner

from discreet.cli import main
from discreet.linter.identifier_rules import identifier_rules
from discreet.linter.ruleset import default_rules


@pytest.fixture
def run():
    def invoke(*args, input=None):
        return CliRunner().invoke(main, list(args), input=input)
    return invoke


def test_rules_lists_every_identifier_and_wording_rule(run):
    result = run("rules")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == len(identifier_rules()) + len(default_rules())
    assert lines[0].split()[:3] == ["I101", "person", "error"]
    assert "I704  quasi       error   exact ages of parents and teenagers" in result.output
    assert lines[len(identifier_rules())].split()[:3] == ["W101", "stigma", "warning"]


def test_identifier_rule_detail_is_explained_like_a_wording_rule(run):
    result = run("rules", "i704")
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("I704 (quasi, error)\n\nFinds exact ages of parents and teenagers")
    for part in ("Why: Few mums on one patch are exactly 19", "Placeholder in the safe version: [age]",
                 "Use instead:\n  - Say 'a young mum' or 'an older mum' instead of the exact age.",
                 "Flagged:\n  ✗ Mum is [19] and lives with her nan.", "Not flagged:\n  ✓ Baby is 19 days old."):
        assert part in out


def test_a_known_miss_is_shown_as_not_yet_found(run):
    assert "✗ Mum and [Jago Pendarves] were at the clinic. (not yet found)" in run("rules", "I101").output


def test_rule_detail_shows_why_examples_and_suggestions(run):
    result = run("rules", "w105")
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("W105 (stigma, warning)\n")
    for part in ("Why: Parents have the right to decline", "Use instead:\n  - declined",
                 "✗ Mum refused the vitamin K leaflet.", "✓ Declined a weight check today"):
        assert part in out


def test_unknown_rule_is_an_error(run):
    for rule_id in ("W999", "I999"):
        result = run("rules", rule_id)
        assert result.exit_code == 2
        assert f"no rule '{rule_id}'" in result.output


def test_check_reports_wording_in_json(run, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Baby feeding well. Mum refused the leaflet.\n", encoding="utf-8")
    result = run("check", "--format", "json", str(note))
    wording = [f for f in json.loads(result.output)["files"][0]["findings"] if f["kind"] == "wording"]
    assert [(f["rule"], f["text"], f["suggestion"]) for f in wording] == [("W105", "refused", "declined")]


def test_check_uses_config_next_to_the_file_and_explicit_config(run, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Baby feeding well. Mum refused the leaflet.\n", encoding="utf-8")
    (tmp_path / "discreet.toml").write_text('[rules]\ndisable = ["stigma"]\n', encoding="utf-8")
    result = run("check", "--format", "json", str(note))
    assert [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]] == []
    other = tmp_path / "other.toml"
    other.write_text('[rules]\nseverity = { W105 = "info" }\n', encoding="utf-8")
    result = run("check", "--format", "json", "--config", str(other), str(note))
    found = json.loads(result.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["severity"]) for f in found] == [("W105", "info")]


def test_broken_config_stops_with_the_key_named(run, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Baby feeding well.\n", encoding="utf-8")
    (tmp_path / "discreet.toml").write_text('colour = "red"\n', encoding="utf-8")
    result = run("check", str(note))
    assert result.exit_code == 2
    assert "unknown key 'colour'" in result.output


def test_share_leaves_wording_alone_unless_rewrite(run, tmp_path):
    note = tmp_path / "q.txt"
    note.write_text("Mum refused the bottle plan and insisted on cup feeding.\n", encoding="utf-8")
    assert run("share", str(note)).output == "Mum refused the bottle plan and insisted on cup feeding.\n"
    assert run("share", "--rewrite", str(note)).output == "Mum declined the bottle plan and insisted on cup feeding.\n"
