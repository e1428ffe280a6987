"""Never report "clean" from a half-working pipeline."""
import json

from click.testing import CliRunner

from discreet.cli import main

TEXT = "Lovely visit, feeding well.\n"


def test_missing_model_exits_2_with_clear_message(tmp_path):
    result = CliRunner().invoke(main, ["check", "--model", "no_such_model_pkg", "-"], input=TEXT)
    assert result.exit_code == 2
    assert "language model 'no_such_model_pkg' is not installed" in result.stderr
    assert "Nothing was checked" in result.stderr
    assert result.stdout == ""


def test_broken_model_folder_exits_2(tmp_path):
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "config.cfg").write_text("this is not a spaCy config")
    result = CliRunner().invoke(main, ["share", "--model", str(broken), "-"], input=TEXT)
    assert result.exit_code == 2
    assert "could not be loaded" in result.stderr
    assert result.stdout == ""


def test_a_recognizer_that_raises_fails_the_run(monkeypatch):
    from discreet.linter.recognizers.phone import UkPhone

    def explode(self, text, doc):
        raise ValueError("boom")

    monkeypatch.setattr(UkPhone, "hits", explode)
    result = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=TEXT)
    assert result.exit_code == 2
    assert "a check failed (ValueError); nothing was reported" in result.stderr
    assert result.stdout == ""
    assert "Lovely" not in result.stderr


def test_clean_run_really_ran():
    result = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=TEXT)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["files"][0]["findings"] == []
