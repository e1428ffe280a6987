"""The same findings judged for the group, the diary and a handover."""
import pytest

from linter.destinations import destinations, judge
from linter.findings import Finding


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
