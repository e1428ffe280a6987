"""The text the model and the recognizers read: markup wrappers become spaces.

"[Bethan]", "{Bethan}", "<Bethan>", "**Bethan**", "_Bethan_" and Markdown link or image alt text ("![Bethan](…)") all read
as "Bethan", so a wrapper never hides a name from a cue ("mum [Kerys]" reads "mum  Kerys ").
One character for one: every offset into the read text is an offset into the original.
Brackets and emphasis marks are never part of an identifier; underscores and tildes inside
words, handles and emails (jane_doe@..., @_holly_) are kept.
"""
from __future__ import annotations

import re

_WRAPPERS = re.compile(r"!?\[|[\]{}<>]|(?<![\w@.])[*_`~]+|[*_`~]+(?![\w@.])")


def readable(text: str) -> str:
    return _WRAPPERS.sub(lambda m: " " * len(m.group()), text)
