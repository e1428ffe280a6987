"""discreet.toml / [tool.discreet]: found by walking up, validated strictly, applied to findings."""
import pytest

from discreet.linter import config as cfg
from discreet.linter.findings import Finding


def finding(rule, category, severity="warning", kind="wording"):
    return Finding(kind=kind, category=category, rule=rule, start=0, end=1, text="x", message="m",
                   severity=severity)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_by_walking_up_from_the_checked_file(tmp_path):
    own = write(tmp_path / "discreet.toml", 'for = "diary"\n')
    note = write(tmp_path / "clients" / "march" / "note.txt", "text")
    assert cfg.find(note) == own
    assert cfg.for_file(str(note)).destination == "diary"


def test_pyproject_tool_section_is_used_and_other_pyprojects_are_skipped(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.discreet]\nmodel = "en_core_web_lg"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    note = write(tmp_path / "sub" / "note.txt", "text")
    assert cfg.find(note) == tmp_path / "pyproject.toml"
    assert cfg.for_file(str(note)).model == "en_core_web_lg"


def test_nearest_discreet_toml_wins(tmp_path):
    write(tmp_path / "discreet.toml", 'for = "group"\n')
    inner = write(tmp_path / "a" / "discreet.toml", 'for = "handover"\n')
    assert cfg.find(write(tmp_path / "a" / "n.txt", "t")) == inner


def test_no_config_gives_defaults(tmp_path):
    note = write(tmp_path / "n.txt", "t")
    assert cfg.find(note) is None
    assert cfg.for_file(str(note)) == cfg.Config()


def test_all_keys_parse(tmp_path):
    path = write(tmp_path / "discreet.toml", """
model = "en_core_web_lg"
max_size = 1000
names = "caseload.txt"
for = "handover"
[rules]
disable = ["sarcasm", "w704"]
enable = ["W501"]
severity = { W101 = "info", Judgement = "error" }
""")
    c = cfg.load(path)
    assert (c.model, c.max_size, c.names, c.destination) == ("en_core_web_lg", 1000, str(tmp_path / "caseload.txt"), "handover")
    assert c.disable == {"sarcasm", "W704"} and c.enable == {"W501"}
    assert c.severity == {"W101": "info", "judgement": "error"}


@pytest.mark.parametrize("text,key", [
    ('modle = "x"\n', "modle"),
    ('[rules]\ndisabled = ["W101"]\n', "rules.disabled"),
])
def test_unknown_keys_are_named(tmp_path, text, key):
    with pytest.raises(cfg.ConfigError, match=f"unknown key '{key}'"):
        cfg.load(write(tmp_path / "discreet.toml", text))


@pytest.mark.parametrize("text,message", [
    ('[rules]\ndisable = ["W999"]\n', "unknown rule 'W999'"),
    ('[rules]\ndisable = ["rudeness"]\n', "unknown rule or category 'rudeness'"),
    ('[rules]\nseverity = { W101 = "loud" }\n', "must be one of error, warning, info"),
    ('[rules]\ndisable = ["W101"]\nenable = ["W101"]\n', "W101 is both enabled and disabled"),
    ('for = "facebook"\n', "'for' must be one of group, diary, handover"),
    ('max_size = -1\n', "'max_size' must be a whole number"),
    ('model = [1]\n', "'model' must be"),
    ('this is not toml', "not valid TOML"),
])
def test_bad_values_stop_the_run(tmp_path, text, message):
    with pytest.raises(cfg.ConfigError, match=message):
        cfg.load(write(tmp_path / "discreet.toml", text))


def test_apply_disables_by_category_and_id_with_id_winning():
    c = cfg.parse({"rules": {"disable": ["sarcasm", "W101"], "enable": ["W501"]}})
    found = [finding("W501", "sarcasm"), finding("W502", "sarcasm"), finding("W101", "stigma"),
             finding("W102", "stigma"), finding("I101", "person", "error", "identifier")]
    assert [f.rule for f in cfg.apply(found, c)] == ["W501", "W102", "I101"]


def test_apply_changes_severity_id_before_category():
    c = cfg.parse({"rules": {"severity": {"stigma": "error", "W102": "info"}}})
    out = cfg.apply([finding("W101", "stigma"), finding("W102", "stigma"), finding("W201", "judgement")], c)
    assert [(f.rule, f.severity) for f in out] == [("W101", "error"), ("W102", "info"), ("W201", "warning")]


def test_files_under_different_configs_must_be_checked_apart(tmp_path):
    write(tmp_path / "a" / "discreet.toml", 'for = "diary"\n')
    write(tmp_path / "b" / "discreet.toml", 'for = "group"\n')
    a, b = write(tmp_path / "a" / "n.txt", "t"), write(tmp_path / "b" / "n.txt", "t")
    with pytest.raises(cfg.ConfigError, match="different configurations"):
        cfg.resolve([str(a), str(b)])
    assert cfg.resolve([str(a)]).destination == "diary"


def test_engine_applies_config(linter):
    text = "Mum insists baby is fine."
    before = linter.options.config
    try:
        linter.options.config = cfg.parse({"rules": {"severity": {"W102": "info"}}})
        assert [(f.rule, f.severity) for f in linter.check(text) if f.kind == "wording"] == [("W102", "info")]
        linter.options.config = cfg.parse({"rules": {"disable": ["stigma"]}})
        assert [f.rule for f in linter.check(text) if f.kind == "wording"] == []
    finally:
        linter.options.config = before


# --- the group's protection cannot be configured away (issue 13, item 3) ----------------------

from click.testing import CliRunner  # noqa: E402

from discreet.cli import main  # noqa: E402

LEAKY = "Visited Bethan Pryce at 4 Mill Lane, Leeds. Her mob is 07700 900123.\n"


def _project(tmp_path, toml):
    write(tmp_path / "discreet.toml", toml)
    return write(tmp_path / "notes" / "visit.txt", LEAKY)


@pytest.mark.parametrize("command", [["share"], ["check"], ["check", "--for", "group"]])
def test_config_cannot_switch_identifiers_off_for_the_group(tmp_path, command):
    note = _project(tmp_path, '[rules]\ndisable = ["person", "location", "phone"]\n')
    result = CliRunner().invoke(main, [*command, str(note)])
    assert result.exit_code == 2
    assert "Bethan" not in result.output
    assert f"{tmp_path / 'discreet.toml'}: 'rules.disable' turns off identifier rule 'location'" in result.output
    assert note.read_text(encoding="utf-8") == LEAKY


def test_config_cannot_lower_an_identifier_rule_for_share(tmp_path):
    note = _project(tmp_path, '[rules]\nseverity = { I102 = "info" }\n')
    result = CliRunner().invoke(main, ["share", str(note)])
    assert result.exit_code == 2
    assert "'rules.severity.I102' lowers an identifier rule to 'info'" in result.output


def test_config_may_quiet_identifiers_in_the_diary_and_says_so(tmp_path):
    note = _project(tmp_path, '[rules]\ndisable = ["person"]\n')
    write(tmp_path / "notes" / "third.txt", "Her neighbour Gwenllian Rhys popped in.\n")
    result = CliRunner().invoke(main, ["check", "--for", "diary", "--names", str(note), str(tmp_path / "notes" / "third.txt")])
    assert result.exit_code == 0
    assert f"discreet: using {tmp_path / 'discreet.toml'}: it changes which findings are reported" in result.stderr
    assert "Gwenllian" not in result.stdout


def test_show_config_names_the_file_and_what_it_changes(tmp_path):
    note = _project(tmp_path, 'for = "diary"\n[rules]\ndisable = ["sarcasm"]\nseverity = { W101 = "info" }\n')
    result = CliRunner().invoke(main, ["check", "--show-config", str(note)])
    assert result.exit_code == 0
    assert result.stdout == (f"configuration: {tmp_path / 'discreet.toml'}\n  for = diary\n"
                             "  rules.disable = sarcasm\n  rules.severity.W101 = info\n")


def test_show_config_without_a_file_says_defaults(tmp_path):
    note = write(tmp_path / "n.txt", "text")
    result = CliRunner().invoke(main, ["check", "--show-config", str(note)])
    assert (result.exit_code, result.stdout) == (0, "no configuration file: the defaults apply\n")


def test_an_unknown_identifier_rule_id_is_refused(tmp_path):
    path = write(tmp_path / "discreet.toml", '[rules]\ndisable = ["I999"]\n')
    with pytest.raises(cfg.ConfigError, match="unknown rule 'I999'"):
        cfg.load(path)
