"""The same findings judged for the group, the diary and a handover."""
import pytest

from discreet.linter.destinations import destinations, judge
from discreet.linter.findings import Finding


def finding(kind, category, text, severity="error"):
    return Finding(kind=kind, category=category, rule="X", start=0, end=len(text), text=text,
                   message="m", severity=severity)


NAME = finding("identifier", "person", "Carys")
NEIGHBOUR = finding("identifier", "person", "Mrs Okafor")
PHONE = finding("identifier", "phone", "07700 900111")
LABEL = finding("wording", "stigma", "claims")
GUESS = finding("wording", "speculation", "I reckon he drinks")
QUOTED = finding("wording", "judgement", "lazy", severity="info")
ALL = [NAME, NEIGHBOUR, PHONE, LABEL, GUESS, QUOTED]


def levels(found):
    return [(f.text, f.severity) for f in found]


def test_profiles_are_the_three_destinations():
    assert sorted(destinations()) == ["diary", "group", "handover"]


def test_group_identifiers_are_errors_wording_warnings():
    assert levels(judge(ALL, "group", None)) == [
        ("Carys", "error"), ("Mrs Okafor", "error"), ("07700 900111", "error"),
        ("claims", "warning"), ("I reckon he drinks", "warning"), ("lazy", "info")]


def test_diary_family_names_pass_third_parties_warn():
    found = judge(ALL, "diary", frozenset({"carys", "rhodri"}))
    assert levels(found) == [("Mrs Okafor", "warning"), ("claims", "error"),
                             ("I reckon he drinks", "error"), ("lazy", "info")]
    assert "outside the family" in found[0].message


def test_diary_without_caseload_treats_all_names_as_family():
    assert levels(judge(ALL, "diary", None)) == [
        ("claims", "error"), ("I reckon he drinks", "error"), ("lazy", "info")]


def test_handover_keeps_identifiers_and_routes_speculation_to_safeguarding():
    found = judge(ALL, "handover", frozenset({"carys"}))
    assert levels(found) == [("claims", "error"), ("I reckon he drinks", "error"), ("lazy", "info")]
    assert "safeguarding procedure" in found[1].message


@pytest.mark.parametrize("destination", ["group", "diary", "handover"])
def test_unknown_destination_is_rejected(destination):
    with pytest.raises(KeyError):
        judge(ALL, destination + "x", None)


# End to end: the same note under each destination, through the command line.
NOTE = ("Visit to Carys and baby Elis. Carys claims Elis sleeps all night. "
        "Her neighbour Mrs Okonjo said the house is always filthy.\n")


def run_check(tmp_path, *args):
    import json

    from click.testing import CliRunner

    from discreet.cli import main

    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    result = CliRunner().invoke(main, ["check", "--format", "json", *args, str(note)])
    report = json.loads(result.stdout)
    found = [(f["kind"], f["text"], f["severity"]) for f in report["files"][0]["findings"]]
    return result, report, found


WORDING = {("wording", "claims"), ("wording", "filthy")}


def test_group_flags_every_name_as_error_and_wording_as_warning(tmp_path):
    result, report, found = run_check(tmp_path)
    assert result.exit_code == 1 and report["destination"] == "group"
    names = [(text, sev) for kind, text, sev in found if kind == "identifier"]
    assert names == [("Carys", "error"), ("Elis", "error"), ("Carys", "error"), ("Elis", "error"), ("Mrs Okonjo", "error")]
    assert {(k, t) for k, t, s in found if k == "wording"} >= WORDING
    assert {s for k, t, s in found if k == "wording"} == {"warning"}


def test_group_warnings_alone_exit_0(tmp_path):
    from click.testing import CliRunner

    from discreet.cli import main

    result = CliRunner().invoke(main, ["check", "-"], input="Mum claims baby sleeps well.\n")
    assert result.exit_code == 0
    assert "W101" in result.output


def test_diary_family_names_pass_and_the_neighbour_warns(tmp_path):
    names = tmp_path / "caseload.txt"
    names.write_text("Carys\nElis\n")
    names.chmod(0o600)
    result, report, found = run_check(tmp_path, "--for", "diary", "--names", str(names))
    assert result.exit_code == 1
    assert [(t, s) for k, t, s in found if k == "identifier"] == [("Mrs Okonjo", "warning")]
    assert {s for k, t, s in found if k == "wording"} == {"error"}


def test_diary_without_caseload_says_so_once(tmp_path):
    result, report, found = run_check(tmp_path, "--for", "diary")
    assert [k for k, t, s in found if k == "identifier"] == []
    assert result.stderr.count("no caseload file") == 1


def test_handover_keeps_identifiers_and_errors_on_wording(tmp_path):
    result, report, found = run_check(tmp_path, "--for", "handover")
    assert result.exit_code == 1 and report["destination"] == "handover"
    assert {k for k, t, s in found} == {"wording"}
    assert {s for k, t, s in found} == {"error"}
