"""I108: a name written in Chinese, Japanese or Korean, by the words around it.

These scripts put no space or capital around a name ("我是三年级二班王子涵的妈妈陈静"), and their names are
common characters, so neither the model nor a list finds them. What gives a name away is its frame: the
polite form after it (鈴木さん, 山田花子と申します, 이서연입니다, 李老师), the words that introduce one (我是, 我叫),
or a kin word beside it (王子涵的妈妈, 妈妈陈静). Chinese and Korean names start with one of the common family
names (data below), which keeps "老师" alone or "정말입니다" out.
"""
from __future__ import annotations

import re

from .base import Pattern, RegexRecognizer

# The commonest Chinese family names, simplified and traditional (about 85% of people).
_HAN_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于"
    "蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷"
    "侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐"
)
# The commonest Korean family names (one syllable); a Korean name is the family name and two syllables.
_HANGUL_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설"
    "마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
_HAN = r"[\u4e00-\u9fff]"
_KANA_OR_HAN = r"[\u4e00-\u9fff\u30a0-\u30ff\u3005]"  # 々 repeats the character before it: 佐々木
# Words the Japanese polite forms also follow that are no name: "皆さん" (everyone), "お客様" (the customer).
_NOT_NAMES = frozenset("皆 客 お客 奥 神 家族 ご家族 担当 担任 患者 会員 利用者 先生 赤ちゃん お子 子 王 様".split())


class CjkName(RegexRecognizer):
    RULE = "I108"
    CATEGORY = "person"
    PATTERNS = [
        # Chinese: introduced ("我是陈静", "我叫王芳", "联系人：李娜") or a kin word before it ("妈妈陈静")
        Pattern("Chinese name introduced",
                rf"(?:我是|我叫|我姓|本人|名字是|联系人|收件人|收货人|姓名|妈妈|爸爸|母亲|父亲|家长)[:：]?\s*"
                rf"(?P<id>[{_HAN_SURNAMES}]{_HAN}{{1,2}})(?=[\s，。、,.!！?？；;：:）)]|的|$)", 0.8),
        # ... or a title or kin word after it: "李老师", "王子涵的妈妈", "张先生"
        Pattern("Chinese name before a title",
                rf"(?P<id>[{_HAN_SURNAMES}]{_HAN}{{0,2}}?)(?:老师|老師|先生|女士|小姐|阿姨|医生|醫生|护士|經理|经理|同学|同學|"
                rf"的(?:妈妈|媽媽|爸爸|家长|家長|母亲|父亲))", 0.75),
        # Japanese: before a polite form ("鈴木さん", "山田 花子 様", "山田花子と申します")
        Pattern("Japanese name before a polite form",
                rf"(?P<id>{_KANA_OR_HAN}{{1,5}}(?:[ \u3000]{_KANA_OR_HAN}{{1,4}})?)[ \u3000]?"
                r"(?:と申します|と言います|さん|様|さま|くん|ちゃん|先生|氏)", 0.75),
        # Korean: the family name and two syllables before "입니다", "씨", "님" ("이서연입니다", "김민준 씨")
        Pattern("Korean name before a polite form",
                rf"(?<![가-힣])(?P<id>[{_HANGUL_SURNAMES}][가-힣]{{2}})\s?(?:입니다|이에요|예요|씨|님)", 0.75),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        name = matched.replace("\u3000", " ").strip()
        return name not in _NOT_NAMES and name.split(" ")[-1] not in _NOT_NAMES
