"""I207: an address written in a script without capitals (Japanese, Chinese, Korean, Arabic, Persian, Hebrew,
Thai, Devanagari). The street patterns read capitalised words; here an address word of the script ("〒", "丁目",
"路", "로" before a number, "شارع", "خیابان", "רחוב", "ซอย", "मार्ग") with a number beside it marks an address,
and the run of that script's words and numbers around it, on its line and up to a colon or a full stop, is
the finding.
"""
from __future__ import annotations

import re

from .base import Hit, Recognizer

_SCRIPTS = ("\u0590-\u05ff"  # Hebrew
            "\u0600-\u06ff\u0750-\u077f"  # Arabic, Persian (and their digits)
            "\u0900-\u097f"  # Devanagari
            "\u0e00-\u0e7f"  # Thai
            "\u3040-\u30ff\u31f0-\u31ff"  # Japanese kana
            "\u4e00-\u9fff"  # CJK ideographs
            "\uac00-\ud7af")  # Hangul
# What an address may hold besides the script's letters: numbers, separators, "〒", brackets.
_RUN = rf"[{_SCRIPTS}0-9０-９〒#\-–/(),，、،\s]"
_KEYWORDS = re.compile(
    r"〒|丁目|番地|[都道府県市区町村]\s?[^\s\d]{0,6}\d|[路街号區区省室楼樓弄巷]"  # Japanese, Chinese
    r"|[가-힣]+(?:로|길)\s?\d|\d+\s?(?:동|호|층|번지)|[가-힣]+(?:특별시|광역시|구|군)\s"  # Korean
    r"|شارع|ص\.ب|عمارة|شقة|حي\s|خیابان|کوچه|پلاک|بلوار|کد پستی"  # Arabic, Persian
    r"|רחוב|דירה|שדרות|ת\.ד"  # Hebrew
    r"|ซอย|ถนน|แขวง|เขต|ตำบล|อำเภอ|จังหวัด"  # Thai
    r"|मार्ग|नगर|गली|मकान|सेक्टर"  # Devanagari
)
_DIGIT = re.compile(r"[0-9０-９\u0660-\u0669\u06f0-\u06f9]")
_LETTER = re.compile(rf"[{_SCRIPTS}]")
_EDGE = " \t,，、،-–/()#"


class AddressInScript(Recognizer):
    RULE = "I207"
    CATEGORY = "location"

    def hits(self, text, doc):
        run = re.compile(_RUN)
        done = -1
        for m in _KEYWORDS.finditer(text):
            if m.start() < done:
                continue
            start, end = m.start(), m.end()
            while start > 0 and run.match(text[start - 1]) and text[start - 1] != "\n":
                start -= 1
            while end < len(text) and run.match(text[end]) and text[end] != "\n":
                end += 1
            while start < end and text[start] in _EDGE:
                start += 1
            while end > start and text[end - 1] in _EDGE:
                end -= 1
            if end > start and text[end - 1] != ")" and "(" in text[start:end]:
                end += 1 if end < len(text) and text[end] == ")" else 0  # "(03924)": keep the bracket whole
            span = text[start:end]
            if _DIGIT.search(span) and len(_LETTER.findall(span)) >= 2:
                done = end
                yield Hit(start, end, 0.7, "an address word of its script with a number beside it")
