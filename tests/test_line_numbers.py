"""Line and column count \\r\\n, \\n and a lone \\r as one line break each, in every format."""
import json

import pytest
from click.testing import CliRunner

from discreet.cli import main
from discreet.linter.findings import LineIndex


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_index_counts_every_kind_of_line_break(newline):
    text = newline.join(["first", "second", "ring 07700 900412"])
    index = LineIndex(text)
    assert index.position(text.index("07700")) == (3, 6)
    assert index.position(text.index("second")) == (2, 1)


def test_mixed_line_breaks_count_once_each():
    text = "a\r\nb\rc\nd\r\rring 07700 900412"
    assert LineIndex(text).position(text.index("07700")) == (6, 6)


def _check(fmt, text, tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode())
    result = CliRunner().invoke(main, ["check", "--format", fmt, str(path)])
    assert result.exit_code in (0, 1), result.output
    return path, result.stdout


def test_text_json_and_sarif_agree_on_lone_carriage_returns(tmp_path):
    text = "Visit went well.\rAll fine.\rRing 07700 900412 today.\r"
    path, out = _check("text", text, tmp_path)
    assert f"{path}:3:6  I401" in out
    _, out = _check("json", text, tmp_path)
    phone = [f for f in json.loads(out)["files"][0]["findings"] if f["rule"] == "I401"][0]
    assert (phone["line"], phone["col"]) == (3, 6)
    _, out = _check("sarif", text, tmp_path)
    region = [r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "I401"][0]
    region = region["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 6, 3, 18)
