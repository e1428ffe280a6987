"""Names in Chinese, Japanese and Korean by their frame (I108), and what safe by default keeps around them. Invented."""
import pytest

from discreet.linter.recognizers.cjk_names import CjkName


def _names(text):
    return sorted({text[h.start:h.end] for h in CjkName().hits(text, None)})


@pytest.mark.parametrize("text,names", [
    ("李老师您好，我是二班周子轩的妈妈黄丽。明天请假。", ["周子轩", "李", "黄丽"]),
    ("はじめまして、佐々木美咲と申します。", ["佐々木美咲"]),
    ("〒100-0001 / 田中 一郎 様", ["田中 一郎"]),
    ("세입자 최유진입니다. 온수가 안 나와요.", ["최유진"]),
])
def test_a_name_by_its_frame(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", ["皆さん、お疲れさまでした。", "お客様のお荷物です。", "정말입니다. 감사합니다."])
def test_polite_forms_without_a_name(text):
    assert _names(text) == []


def test_a_name_found_is_in_the_report(linter):
    text = "はじめまして、佐々木美咲と申します。"
    assert any(f.start <= text.index("佐々木") and f.end >= text.index("と申") for f in linter.check(text))


def test_the_rest_of_a_sentence_without_capitals_stays_covered_beside_a_name(linter):
    text = "老師好，我是林宥辰的媽媽。宥辰要請假，我們要回台中看阿嬤。"
    covered = set()
    for f in linter.check(text):
        covered.update(range(f.start, f.end))
    assert all(i in covered for i in range(text.index("宥辰要"), text.index("宥辰要") + 2))
