import re

from .base import Pattern, RegexRecognizer

# Public information pages identify nobody; everything else might be someone's page.
PUBLIC_SITES = ("nhs.uk", "gov.uk", "nice.org.uk", "who.int", "lullabytrust.org.uk", "unicef.org.uk")


class HandleOrUrl(RegexRecognizer):
    RULE = "I403"
    CATEGORY = "handle"
    PATTERNS = [
        Pattern("@handle", r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,29})(?<![.-])(?![\w@])", 0.9),
        # A handle written without its @ after the app's name: "her IG is jess.bump".
        Pattern(
            "handle after an app name",
            r"(?i:\b(?:ig|insta|instagram|tiktok|tik tok|twitter|snapchat|snap|threads|fb|facebook|wechat|weixin|line|"
            r"zalo|viber|telegram|kakao|kakaotalk|skype|discord)\b,?"
            r"(?:\s+(?:is|name|handle|account|page|username|id))?\s*[:=-]?\s+)(?P<id>@?[A-Za-z0-9_]+[._][A-Za-z0-9_.]*[A-Za-z0-9_])",
            0.85,
        ),
        # "ID wangjing_cam", "username: bex_bumps": a label, then a word with an underscore only a handle has
        Pattern("labelled handle", r"(?i:\b(?:id|username|user\s+name|handle)\s*[:=-]?\s+)"
                r"(?P<id>@?[A-Za-z0-9]+_[A-Za-z0-9_.]*[A-Za-z0-9])(?![\w@])", 0.8),
        # a payment address: "ravi.k@oksbi", "priya99@ybl" (India's UPI), an email's shape with no dot after the @
        Pattern("payment address", r"(?<![\w.@-])[A-Za-z0-9][\w.-]{2,}@(?:ok(?:sbi|hdfcbank|icici|axis)|ybl|ibl|axl|paytm|upi|"
                r"apl|ptyes|ptaxis|pthdfc|ptsbi|icici|sbi|hdfc|axisbank|kotak|yesbank|ikwik|freecharge|jupiteraxis|"
                r"fbl|abfspay|waicici|wahdfcbank)(?![\w.-])", 0.8),
        Pattern("reddit user", r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}(?![\w/])", 0.85),  # "u/desertbloom_92"
        Pattern("web address", r"(?i:\b(?:https?://|www\.)[^\s<>\"']+)(?<![.,;:!?)])", 0.8),
        Pattern(
            "bare page address",
            r"(?i:\b(?:[a-z0-9-]+\.)+(?:com|co\.uk|org\.uk|org|net|uk|io|me|ly)/[^\s<>\"']*)(?<![.,;:!?)])",
            0.8,
        ),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        host = re.sub(r"(?i)^(https?://)?(www\.)?", "", matched).split("/")[0].lower()
        return not any(host == site or host.endswith("." + site) for site in PUBLIC_SITES)
