"""Text in capitals is read title-cased too, and nothing found either way is lost."""
from discreet.linter.placeholders import safe_version
from discreet.linter.shouting import unshout


def test_unshout_keeps_length_and_only_touches_shouted_lines():
    text = "HANDOVER - TEGAN MORRIS, DAD IDRIS.\nbaby feeding well\n"
    calmer = unshout(text)
    assert calmer == "Handover - Tegan Morris, Dad Idris.\nbaby feeding well\n"
    assert len(calmer) == len(text)
    assert unshout("Visited Tegan today, all well.") is None


def test_names_in_capitals_are_found_and_initials_kept(linter):
    text = "HANDOVER - TEGAN MORRIS, 16 ORCHARD WAY, HEXLEY HX2 3QT. DAD IDRIS. NHS NO 943 476 5919\n"
    assert safe_version(text, linter.check(text)) == (
        "HANDOVER - [name], [address]. DAD [partner]. NHS NO [NHS number]\n")
