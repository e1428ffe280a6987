"""Brackets, quotes and markup never hide a name (issue 13, item 1).

Only the exact placeholders discreet writes ("[mum]", "[name 2]") are skipped; "[Bethan Pryce]"
is a name like any other, in `check` and in `share`.
"""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discreet.linter.placeholders import LABELS, PLACEHOLDER_RE, safe_version

WRAPPERS = ["[{}]", "({})", "{{{}}}", "<{}>", "*{}*", "**{}**", "_{}_", '"{}"', "'{}'",
            "[{}](https://example.org/page)", "![{}](photo.png)"]
# Names our tests made up: listed first names, unlisted names found by a cue, full names.
NAMES = ["Bethan Pryce", "Tomasz", "Oluwaseun Adeyemi", "Ffion", "Ruaridh MacInnes", "Keziah Warsame"]
CONTEXTS = ["Visited mum {} at home today.", "Lovely visit with {} this morning.", "{} is feeding well now.",
            "Handover: baby {} has jaundice."]


def names_found(linter, text):
    return [f.text for f in linter.check(text) if f.kind == "identifier" and f.category == "person"]


def test_a_name_in_square_brackets_is_found_and_replaced(linter):
    text = "Visited mum [Bethan Pryce] at home."
    assert names_found(linter, text) == ["Bethan Pryce"]
    assert safe_version(text, linter.check(text)) == "Visited mum [mum] at home."


def test_a_bracketed_caseload_name_is_found(tmp_path):
    from discreet.linter.engine import Linter, Options

    text = "Popped in to see [Zuzanna] and the twins."
    found = Linter(Options(names=("Zuzanna",))).check(text)
    assert [(f.rule, f.text) for f in found if f.kind == "identifier"] == [("I105", "Zuzanna")]


def test_markdown_link_and_alt_text_names_are_found(linter):
    text = "See [Ffion's page](https://example.org/p) and ![Ffion at the park](park.jpg)."
    assert names_found(linter, text) == ["Ffion", "Ffion"]


def test_only_discreets_own_labels_are_placeholders():
    assert PLACEHOLDER_RE.fullmatch("[name 2]") and PLACEHOLDER_RE.fullmatch("[NHS number]")
    for not_ours in ("[Bethan]", "[Mum]", "[name two]", "[the baby]", "[Bethan Pryce]", "[town2]"):
        assert not PLACEHOLDER_RE.fullmatch(not_ours), not_ours


def test_every_placeholder_a_recognizer_can_write_is_a_label():
    from discreet.linter.placeholders import ROLE_BEFORE
    from discreet.linter.recognizers import recognizer_classes
    from discreet.linter.recognizers.address import StreetAddress
    from discreet.linter.recognizers.named_facility import _HEAD_OF

    written = ({cls.PLACEHOLDER for cls in recognizer_classes()} | set(_HEAD_OF.values()) | set(ROLE_BEFORE)
               | set(StreetAddress.PLACEHOLDERS.values()))
    assert written <= LABELS, written - LABELS


def test_a_label_outside_the_list_becomes_detail_so_share_stays_idempotent():
    from discreet.linter.findings import IDENTIFIER, Finding

    odd = Finding(IDENTIFIER, "id", "I999", 4, 9, "Q1234", "m", placeholder="[Q code]")
    assert safe_version("Ref Q1234.", [odd]) == "Ref [detail]."


@pytest.mark.parametrize("wrapper", WRAPPERS)
@pytest.mark.parametrize("name", NAMES)
def test_a_wrapped_name_is_found_like_the_plain_one(linter, wrapper, name):
    context = CONTEXTS[0]
    plain = names_found(linter, context.format(name))
    assert plain, f"{name} is not found even unwrapped"
    wrapped = context.format(wrapper.format(name))
    assert " ".join(names_found(linter, wrapped)).replace("'s", "") == " ".join(plain)


def _listed(file: str) -> list[str]:
    from importlib import resources

    text = resources.files("discreet.linter").joinpath("data", file).read_text(encoding="utf-8")
    # names as people write them: a capital, then lower case ("MO" or "McKenzie" are shapes of their own)
    return [line for line in text.splitlines()
            if line and not line.startswith("#") and line.isalpha() and len(line) >= 3 and line[1:].islower()]


# Any name: the test's own, or any first name (with or without a surname) from the shipped lists.
ANY_NAME = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(_listed("first_names.txt")),
    st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_listed("first_names.txt")), st.sampled_from(_listed("surnames.txt"))),
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ANY_NAME, st.sampled_from(WRAPPERS), st.sampled_from(CONTEXTS))
def test_property_any_name_found_plain_is_found_wrapped(linter, name, wrapper, context):
    plain = {w for f in names_found(linter, context.format(name)) for w in f.split()}
    if not plain:
        return
    wrapped = context.format(wrapper.format(name))
    found = {w for f in names_found(linter, wrapped) for w in f.replace("'s", "").split()}
    assert plain <= found
    safe = safe_version(wrapped, linter.check(wrapped))
    assert not any(w in safe for w in plain), safe


def test_a_name_that_is_also_a_listed_abbreviation_is_found_in_brackets(linter):
    # found by the long hypothesis run: "[Edd]" read as " Edd " made a two-token "phrase" equal to "EDD"
    assert names_found(linter, "Visited mum [Edd] at home today.") == ["Edd"]


def test_a_word_name_doing_what_people_do_is_found_in_brackets(linter):
    # found by the long hypothesis run: the cue looked at the "]" right after the name
    assert names_found(linter, "[Bird] is feeding well now.") == ["Bird"]


def test_a_word_name_as_markdown_link_text_is_found(linter):
    # found by the long hypothesis run: the link target stood between the name and its verb
    assert names_found(linter, "[Ace](https://example.org/page) is feeding well now.") == ["Ace"]


def test_a_first_name_before_a_surname_is_taken_in_single_quotes(linter):
    # found by the long hypothesis run: the opening quote was read as part of the first name
    assert names_found(linter, "'Joy Okafor' rang about the appointment.") == ["Joy Okafor"]


def test_a_first_name_and_surname_doing_what_people_do_is_found_in_quotes(linter):
    # found by the long hypothesis run: the model finds this name of ordinary words plain, not in quotes
    assert names_found(linter, '"Arch Cousin" is feeding well now.') == ["Arch Cousin"]
