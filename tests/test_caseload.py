"""The caseload file (--names): loading, the I105 recognizer, and the CLI's handling of a
sensitive file. Names are invented (syllable-built names are in no list, so only the caseload
can catch them)."""
import json
import os
import random

import pytest
from click.testing import CliRunner

from discreet.linter.caseload import CaseloadError, load_names
from discreet.linter.engine import Linter, Options
from discreet.linter.recognizers.caseload import Caseload, _one_edit


@pytest.fixture(scope="session")
def caseload_linter(linter):
    """Checks texts against a given caseload, reusing the session's loaded model."""

    def run(entries, text):
        recognizer = Caseload()
        recognizer.configure(Options(names=tuple(entries)))
        doc = linter.nlp_engine.process_text(text, "en").tokens
        return [text[h.start:h.end] for h in sorted(recognizer.hits(text, doc), key=lambda h: h.start)]

    return run


ENTRIES = ["Tamsin Okorafor", "Brindle", "Kettlebrook Close", "Hope", "Zeph"]

CASES = [
    ("Saw TAMSIN and tamsin's mum.", ["TAMSIN", "tamsin"]),
    ("Tamsin Okorafor's flat on Kettlebrook close.", ["Tamsin Okorafor", "Kettlebrook close"]),
    ("Okorafor family doing well; Brindle's nan came.", ["Okorafor", "Brindle"]),
    # one typo in a word of five letters or more
    ("Tamzin okorafor and Brindel rang.", ["Tamzin okorafor", "Brindel"]),
    ("Kettlebrok Close again.", ["Kettlebrok Close"]),
    # short names match exactly only; a typo that lands on a word stays clean
    ("Zeph and zeph, not Zepp.", ["Zeph", "zeph"]),
    ("baby Hope slept; Hope's dad too.", ["Hope", "Hope"]),
]

def test_one_edit():
    assert _one_edit("tamsin", "tamzin") and _one_edit("brindle", "brindel") and _one_edit("brindle", "brindl")
    assert not _one_edit("tamsin", "tamsin") and not _one_edit("tamsin", "tomson")


@pytest.mark.parametrize("text,expected", CASES)
def test_caseload_spans(caseload_linter, text, expected):
    assert caseload_linter(ENTRIES, text) == expected


def test_caseload_clean_text(caseload_linter):
    assert caseload_linter(ENTRIES, "I hope she sleeps. We close the door.") == []
    # "grace" entry: "grade" is one letter off but an ordinary word
    assert caseload_linter(["Gracie-Lou", "Grace"], "Good grade, Grace is well.") == ["Grace"]


def test_no_caseload_finds_nothing(caseload_linter):
    assert caseload_linter([], "Tamsin Okorafor") == []


_SYLLABLES = "ka lo mi ra zu te vo ni sha bre qua dri fen mol tav yir gess pon".split()
_TEMPLATES = [
    "Visited {a} today, {b} was asleep. {a}'s mum came round from {place}.",
    "handover: {a} ({b}) lives on {place} - call {a} before 10.",
    "{A} and {B} doing well; {place} visit next week.",
]


def _invented(rng, parts):
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def test_generated_texts_every_caseload_name_is_caught(caseload_linter):
    rng = random.Random(20241125)
    for _ in range(30):
        a, b = _invented(rng, 3), _invented(rng, 2)
        place = f"{_invented(rng, 3)} {rng.choice(['Close', 'Road', 'Green'])}"
        text = rng.choice(_TEMPLATES).format(a=a, b=b, A=a.upper(), B=b.lower(), place=place)
        found = caseload_linter([a, b, place], text)
        for item in (a, b, place):
            occurrences = text.lower().count(item.lower())
            assert sum(f.lower() == item.lower() for f in found) == occurrences, (text, found)


def test_load_names_reads_entries_and_warns_when_others_can_read(tmp_path):
    path = tmp_path / "caseload.txt"
    path.write_text("# my families\nTamsin  Okorafor\n\nBrindle\nBrindle\n", encoding="utf-8")
    os.chmod(path, 0o644)
    entries, warning = load_names(str(path))
    assert entries == ("Tamsin Okorafor", "Brindle")
    assert "other users" in warning and "chmod 600" in warning and "Tamsin" not in warning
    os.chmod(path, 0o600)
    assert load_names(str(path))[1] is None


def test_load_names_errors_never_show_contents(tmp_path):
    with pytest.raises(CaseloadError) as missing:
        load_names(str(tmp_path / "nope.txt"))
    assert "nope.txt" in str(missing.value)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Tamsin \xff\xfe")
    with pytest.raises(CaseloadError) as undecodable:
        load_names(str(bad))
    assert "Tamsin" not in str(undecodable.value)


def test_cli_names_option_flags_listed_names_and_keeps_the_file_private(tmp_path):
    from discreet.cli import main

    names = tmp_path / "names.txt"
    names.write_text("Quorvella\nSecretstreet Mews\n", encoding="utf-8")
    os.chmod(names, 0o644)
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--format", "json", "--names", str(names), "-"],
                           input="saw quorvella today")
    assert result.exit_code == 1
    assert "quorvella" in result.stdout  # the finding quotes the checked text
    assert "Secretstreet" not in result.stdout + result.stderr
    assert "Quorvella" not in result.stdout + result.stderr  # the file's own spelling is never echoed
    assert "other users" in result.stderr
    missing = runner.invoke(main, ["check", "--names", str(tmp_path / "gone.txt"), "-"], input="hello")
    assert missing.exit_code == 2 and "Nothing was checked" in missing.stderr


def test_engine_passes_names_to_the_recognizer():
    linter = Linter(Options(names=("Quorvella",), wording=False))
    assert [(f.rule, f.text) for f in linter.check("Quorvella's mum rang.")] == [("I105", "Quorvella")]


HOPE = "I hope the feeds go well. Hope's weight is up. The close was quiet.\n"


def test_a_caseload_word_name_does_not_flag_the_ordinary_word_on_the_command_line(tmp_path):
    from click.testing import CliRunner

    from discreet.cli import main

    names = tmp_path / "names.txt"
    names.write_text("Hope\n12 Mill Close\n", encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text(HOPE, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--names", str(names), str(note)])
    found = [(f["rule"], f["text"]) for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert found == [("I105", "Hope")]
