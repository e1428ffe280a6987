"""I106: the name that signs a message, on the line after its closing ("Kind regards,\\nJoost van den Bergh",
"Mit freundlichen Grüßen\\nK. Vogelsang") or after a slash or dash ("/Karin Sjöberg"). Names in no list are
signed this way every day, in every language.
"""
from __future__ import annotations

import re

from ..lexicon import brand_only
from ..words import ENGLISH, ROLE_WORDS, ZIPF_BAR, is_first_name, vouched, zipf
from .base import Pattern, RegexRecognizer

_CLOSINGS = (
    r"(?:kind |best |warm |warmest |many |with )?(?:regards|wishes)|best|thanks|many thanks|thank you|thanks again|"
    r"cheers|sincerely|yours sincerely|yours faithfully|yours|love|warmly|take care|speak soon|ta|thx|"
    r"cordialement|bien à vous|bien a vous|salutations|bisous|mit freundlichen grüßen|mit freundlichen grüssen|"
    r"viele grüße|liebe grüße|beste grüße|lg|mfg|met vriendelijke groet|vriendelijke groet|groeten|groetjes|mvg|"
    r"saludos|un saludo|saludos cordiales|atentamente|abrazos|abraço|abraços|atenciosamente|cumprimentos|"
    r"distinti saluti|cordiali saluti|saluti|grazie|pozdrawiam|z poważaniem|s pozdravem|med vänlig hälsning|"
    r"vänliga hälsningar|hälsningar|mvh|venlig hilsen|vennlig hilsen|med vennlig hilsen|ystävällisin terveisin|"
    r"üdvözlettel|saygılarımla|lijep pozdrav|srdačan pozdrav|ngā mihi|nga mihi|bestu kveðjur|beso|besos|besitos|bises|"
    r"bisou|un abrazo|abrazo|baci|bacio|kisses|hugs|tia|ty|děkuji|dekuji|dziękuję|köszönöm|merci|danke|gracias|"
    r"obrigado|obrigada|kiitos|tack|takk|tak|спасибо|дякую|ευχαριστώ|teşekkürler|mulțumesc|hvala|xx?x?|xo|xoxo|love from|"
    r"lots of love|all the best|luv"
)
_PARTICLE = r"(?:van|von|der|den|de|da|del|della|di|du|la|le|ó|ní|mac|bin|binti|al|el|ter|ten|dos|das|y|e)"
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[\w]|[A-ZÀ-ÖØ-ÞĀ-Ž]\.)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_NAME_WORD}){{0,4}}"


_SAME_LINE = r"(?i:(?:^|(?<=[.!?])[ \t]+|\n[ \t]*)"
_AT_END = r"(?:^|(?<=[.!?)])[ \t]+|\n[ \t]*)"


class Signature(RegexRecognizer):
    RULE = "I106"
    CATEGORY = "person"
    PATTERNS = [
        Pattern("after a closing", rf"(?im:^[ \t]*(?:{_CLOSINGS})[ \t]*[,.!]?[ \t]*\n[ \t]*)(?P<id>{_NAME})"
                r"(?=[ \t]*(?:$|,|\(|\||–|—|-[ \t]))", 0.7, re.MULTILINE),
        # "Beso, Vale", "Thanks, Abena Mensah": the closing and the name on the message's last line
        Pattern("after a closing on its line", rf"{_SAME_LINE}(?:{_CLOSINGS})[ \t]*,[ \t]*)(?P<id>{_NAME})"
                r"(?=[ \t]*[.!]?[ \t]*\Z)", 0.65),
        # "xo June", "Love Bex x": a kiss or "love" needs no comma before the name that ends the message
        Pattern("after a kiss on its line", rf"{_SAME_LINE}(?:xo|xoxo|xx?x?|love|lots of love|luv|hugs)[ \t]+)(?P<id>{_NAME})"
                r"(?=[ \t]*[.!]?[ \t]*(?:xx?x?)?[ \t]*\Z)", 0.6),
        # "... on 0491 570 156. Daz": one or two words alone at the very end, after a sentence or a line
        Pattern("alone at the end", rf"{_AT_END}(?P<id>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
                r"[ \t]*[.!]?[ \t]*(?:xx?x?)?[ \t]*\Z", 0.55),
        Pattern("after a slash or a long dash", rf"(?m:^[ \t]*(?:/|—|--|-(?=\S))[ \t]*)(?P<id>{_NAME})(?=[ \t]*(?:$|,))", 0.6,
                re.MULTILINE),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", matched) if len(w) > 1 or matched.strip().endswith(".")]
        capitals = [w for w in words if w[:1].isupper()]
        if any(w.lower() in ROLE_WORDS or re.fullmatch(_CLOSINGS, w.lower()) for w in capitals):
            return False  # "Baby Jack", "Thanks": a role or a closing is no signature
        if match.re.pattern.startswith(_SAME_LINE) and len(words) == 1:
            return bool(capitals)  # after "Beso," on its line, one capitalised word signs ("Vale")
        if match.re.pattern.startswith(_AT_END):
            # alone at the end: a listed name or a word no dictionary has ("Daz"); a brand may share it
            return any(is_first_name(w) or not vouched(w, w.lower())
                       or (brand_only(w) and w.lower() not in ENGLISH and zipf(w.lower()) < ZIPF_BAR) for w in capitals)
        # "Customer Support Team", "The Bookings Team": a department signs with ordinary words only
        return any(is_first_name(w) or not vouched(w, w.lower()) for w in capitals) \
            or any(len(w) == 1 for w in re.findall(r"\b([A-Z])\.", matched))
