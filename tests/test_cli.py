"""Every command, format and exit code through click's CliRunner."""
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from discreet.cli import main

# The report's schema, kept in the repository; test_schema_copy_matches_the_shared_one checks it.
SCHEMA = Path(__file__).resolve().parents[1] / "linter" / "data" / "report.schema.json"
SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "report.schema.json"
NOTE = "Visited Morwenna and baby Tobiah today. Her mob is 07700 900412.\n"
CLEAN = "Feeding is going well, 8 feeds in 24 hours and plenty of wet nappies.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def files(tmp_path):
    (tmp_path / "note.txt").write_text(NOTE, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_check_text_output_and_exit_1(runner, files):
    result = runner.invoke(main, ["check", "--no-color", str(files / "note.txt")])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert (f'{files / "note.txt"}:1:52  I401  phone  "07700 900412"  '
            'A phone number identifies its owner. (Leave the number out.)') in lines
    assert any(":1:27  " in line and '"Tobiah"' in line for line in lines)


def test_check_clean_exit_0(runner, files):
    result = runner.invoke(main, ["check", str(files / "clean.txt")])
    assert result.exit_code == 0, result.output
    assert result.output == "No problems found.\n"


def test_check_stdin(runner):
    result = runner.invoke(main, ["check", "--format", "json", "-"], input=NOTE)
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["files"][0]["path"] == "-"
    assert {f["text"] for f in report["files"][0]["findings"]} >= {"Tobiah", "07700 900412"}


def test_json_report_matches_schema_and_offsets(runner, files):
    result = runner.invoke(main, ["check", "--format", "json", str(files / "note.txt"), str(files / "clean.txt")])
    report = json.loads(result.output)
    jsonschema.validate(report, json.loads(SCHEMA.read_text()))
    assert report["version"] == 1
    assert [f["path"] for f in report["files"]] == [str(files / "note.txt"), str(files / "clean.txt")]
    for finding in report["files"][0]["findings"]:
        assert NOTE[finding["start"]:finding["end"]] == finding["text"]
        assert finding["line"] == 1 and finding["col"] == finding["start"] + 1
    assert report["files"][1]["findings"] == []


def test_sarif_output(runner, files):
    result = runner.invoke(main, ["check", "--format", "sarif", str(files / "note.txt")])
    log = json.loads(result.output)
    assert log["version"] == "2.1.0"
    results = log["runs"][0]["results"]
    phone = next(r for r in results if r["ruleId"] == "I401")
    region = phone["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["charLength"]) == (1, 52, 12)


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"\x00\x01binary\x00", "binary"),
    (b"caf\xe9 visit", "not UTF-8"),
])
def test_bad_input_is_a_one_line_error_and_others_still_checked(runner, files, content, message):
    bad = files / "bad.txt"
    bad.write_bytes(content)
    result = runner.invoke(main, ["check", "--format", "json", str(bad), str(files / "note.txt")])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert message in report["files"][0]["error"]
    assert report["files"][1]["findings"], "the readable file is still checked"
    assert f"discreet: {bad}: " in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_missing_file_and_too_large(runner, files):
    big = files / "big.txt"
    big.write_text("a" * 2000)
    result = runner.invoke(main, ["check", "--max-size", "1000", str(files / "nope.txt"), str(big)])
    assert result.exit_code == 2
    assert f"{files / 'nope.txt'}: error: no such file" in result.stdout
    assert "too large (2,000 bytes; the limit is 1,000" in result.stdout


def test_utf16_with_bom_and_crlf_positions(runner, files):
    text = "First line\r\nCall 07700 900412 please\r\n"
    path = files / "u16.txt"
    path.write_bytes(text.encode("utf-16"))
    result = runner.invoke(main, ["check", "--format", "json", str(path)])
    finding = json.loads(result.output)["files"][0]["findings"][0]
    assert (finding["text"], finding["line"], finding["col"]) == ("07700 900412", 2, 6)
    assert text[finding["start"]:finding["end"]] == "07700 900412"


def test_folder_is_expanded_to_text_files(runner, files):
    (files / "sub").mkdir()
    (files / "sub" / "more.md").write_text(NOTE)
    (files / "sub" / "image.png").write_bytes(b"\x89PNG\x00")
    result = runner.invoke(main, ["check", "--format", "json", str(files)])
    paths = [f["path"] for f in json.loads(result.output)["files"]]
    assert paths == [str(files / "clean.txt"), str(files / "note.txt"), str(files / "sub" / "more.md")]


def test_share_prints_safe_version(runner):
    result = runner.invoke(main, ["share", "-"], input=NOTE)
    assert result.exit_code == 0
    assert result.output == "Visited [name] and baby [baby] today. Her mob is [phone].\n"


def test_share_output_is_atomic_and_never_overwrites(runner, files):
    out = files / "safe.txt"
    result = runner.invoke(main, ["share", str(files / "note.txt"), "--output", str(out)])
    assert result.exit_code == 0
    assert out.read_text() == "Visited [name] and baby [baby] today. Her mob is [phone].\n"
    again = runner.invoke(main, ["share", str(files / "note.txt"), "--output", str(out)])
    assert again.exit_code == 2 and "already exists" in again.stderr
    same = runner.invoke(main, ["share", str(files / "note.txt"), "--output", str(files / "note.txt"), "--force"])
    assert same.exit_code == 2 and "--in-place" in same.stderr
    assert (files / "note.txt").read_text() == NOTE
    assert sorted(p.name for p in files.iterdir()) == ["clean.txt", "note.txt", "safe.txt"]


def test_share_in_place_keeps_permissions(runner, files):
    note = files / "note.txt"
    note.chmod(0o600)
    result = runner.invoke(main, ["share", str(note), "--in-place"])
    assert result.exit_code == 0
    assert note.read_text() == "Visited [name] and baby [baby] today. Her mob is [phone].\n"
    assert note.stat().st_mode & 0o777 == 0o600


def test_share_bad_input(runner, files):
    result = runner.invoke(main, ["share", str(files / "missing.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_help_and_version(runner):
    assert runner.invoke(main, ["--help"]).exit_code == 0
    assert "discreet" in runner.invoke(main, ["--version"]).output


def test_jobs_gives_the_same_report_in_input_order(runner, tmp_path):
    for i in range(12):
        (tmp_path / f"n{i:02}.txt").write_text(f"Note {i}: ring 07700 9004{i:02}.\n" if i % 3 else "All well.\n")
    one = runner.invoke(main, ["check", "--format", "json", str(tmp_path)])
    two = runner.invoke(main, ["check", "--format", "json", "--jobs", "2", str(tmp_path)])
    assert one.exit_code == two.exit_code == 1
    assert one.output == two.output
    paths = [f["path"] for f in json.loads(two.output)["files"]]
    assert paths == sorted(paths) and len(paths) == 12


def test_schema_copy_matches_the_shared_one():
    if not SHARED_SCHEMA.exists():
        pytest.skip("../shared is not beside this checkout")
    assert json.loads(SCHEMA.read_text()) == json.loads(SHARED_SCHEMA.read_text())
