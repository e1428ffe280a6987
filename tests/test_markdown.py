"""Markdown: prose is checked with offsets kept; code, link targets and front matter are skipped.
`share` checks the whole file, since the whole file is what gets shared. Names are invented."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from cli import main
from linter.documents.markdown import prose
from linter.inputs import read_source


@pytest.mark.parametrize(("text", "expected"), [
    ("---\ntitle: Visit\nauthor: Branwen\n---\nHello\n", "   \n            \n               \n   \nHello\n"),
    ("Before\n```\ncall 07700 900111\n```\nAfter\n", "Before\n   \n                 \n   \nAfter\n"),
    ("a\n~~~~ text\nx\n~~~\nstill code\n", "a\n" + " " * 9 + "\n \n   \n" + " " * 10 + "\n"),
    ("Use `Saoirse` here", "Use           here"),
    ("See [her page](https://example.org/saoirse \"Saoirse\") now",
     "See [her page](                            \"Saoirse\") now"),
    ("[1]: https://example.org/branwen\ntext [x][1]", "[1]:                            \ntext [x][1]"),
    ("Mail <mailto:fenwick@example.org> today", "Mail " + " " * 28 + " today"),
    ("Plain prose about Branwen.\n", "Plain prose about Branwen.\n"),
])
def test_skipped_regions_become_spaces_of_the_same_length(text, expected):
    assert prose(text) == expected
    assert len(prose(text)) == len(text)


def test_check_points_into_the_original_file(tmp_path):
    path = tmp_path / "question.md"
    path.write_text("---\ntags: feeding\n---\n# Question\n\n```\n07700 900222\n```\nShe gave 07700 900333 to me.\n")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    import json

    found = [(f["text"], f["line"], f["col"], f["start"]) for f in json.loads(result.stdout)["files"][0]["findings"]
             if f["category"] == "phone"]
    assert found == [("07700 900333", 9, 10, 64)]


def test_share_checks_the_whole_file(tmp_path):
    path = tmp_path / "question.md"
    path.write_text("Question\n\n```\n07700 900222\n```\n")
    assert read_source(str(path), purpose="share").text == "Question\n\n```\n07700 900222\n```\n"
    result = CliRunner().invoke(main, ["share", str(path)])
    assert result.stdout == "Question\n\n```\n[phone]\n```\n"
