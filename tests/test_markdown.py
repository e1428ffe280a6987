"""Markdown: everything share would change is what check reports (front matter, link text and targets,
alt text, code), at offsets into the original file. Names are invented."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from discreet.cli import main
from discreet.linter.documents.markdown import readable
from discreet.linter.inputs import read_source


@pytest.mark.parametrize(("text", "expected"), [
    ("Use `Saoirse` here", "Use  Saoirse  here"),
    ("[map](https://maps.example.org/?q=14+Quarry+Lane%20Leeds)", " map  https://maps.example.org/?q=14 Quarry Lane   Leeds)"),
    ("![Ysolde asleep](a.jpg) [x] y", "  Ysolde asleep  a.jpg) [x] y"),
    ("See https://x.org/a+b now, 1+1=2", "See https://x.org/a b now, 1+1=2"),
    ("Plain prose about Branwen.\n", "Plain prose about Branwen.\n"),
])
def test_the_readable_view_keeps_every_offset(text, expected):
    assert readable(text) == expected
    assert len(readable(text)) == len(text)


QUESTION = """---
client: Carys Pritchard
address: 14 Quarry Lane, Hexthorpe
---
# Question

Her [profile](https://www.facebook.com/carys.pritchard.77) and [email her](mailto:carys.pritchard@example.org).
The [map](https://www.google.com/maps?q=14+Quarry+Lane+Hexthorpe) shows it.
Baby `Bethan` sleeps. ![Bethan asleep in her cot](photo.jpg)

```
07700 900222
```
"""


def test_check_reports_front_matter_link_targets_code_and_alt_text(tmp_path):
    path = tmp_path / "question.md"
    path.write_text(QUESTION)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    found = {(f["text"], f["line"]) for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert {("Carys Pritchard", 2), ("14 Quarry Lane, Hexthorpe", 3),
            ("https://www.facebook.com/carys.pritchard.77", 7), ("carys.pritchard@example.org", 7),
            ("Bethan", 9), ("07700 900222", 12)} <= found
    assert any(line == 8 and "Quarry Lane" in text for text, line in found)
    assert result.exit_code == 1


def test_share_replaces_what_check_reports_in_place(tmp_path):
    path = tmp_path / "question.md"
    path.write_text(QUESTION)
    check = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    reported = {f["start"] for f in json.loads(check.stdout)["files"][0]["findings"] if f["kind"] == "identifier"}
    shared = CliRunner().invoke(main, ["share", str(path)]).stdout
    assert "client: [name 1]\naddress: [address]\n---\n" in shared
    assert "Baby `[name 2]` sleeps. ![[name 2] asleep in her cot](photo.jpg)" in shared
    for secret in ("Carys", "Pritchard", "Quarry", "Bethan", "900222"):
        assert secret not in shared
    assert len(reported) >= 7


def test_share_checks_the_whole_file(tmp_path):
    path = tmp_path / "question.md"
    path.write_text("Question\n\n```\n07700 900222\n```\n")
    assert read_source(str(path), purpose="share").text == "Question\n\n```\n07700 900222\n```\n"
    result = CliRunner().invoke(main, ["share", str(path)])
    assert result.stdout == "Question\n\n```\n[phone]\n```\n"
