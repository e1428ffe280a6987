"""Phone numbers of any country, found by Google's libphonenumber (the `phonenumbers` package).

A number dialled with its country code ("+27 21 555 0123", "0049 30 1234567") is kept when its
length is possible for that country: fictional and unassigned ranges still point at a person.
A number written without one is read as British and kept only when it is a valid UK number;
UkPhone (I401) keeps the UK groupings the library does not accept.
"""
import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from .base import Hit, Recognizer

# Not part of a longer number, a word, an amount or a sum ("38+2", "£40").
_NOT_BEFORE = "+£$€.,/:-"
_NOT_BEFORE_CODE = "+£$€.,/-"  # "Tel:+27 ..." is a label and its number


class InternationalPhone(Recognizer):
    RULE = "I404"
    CATEGORY = "phone"
    # No context words: a boost would tie with I401 on UK numbers, and the library's judgement stands alone.

    def hits(self, text, doc):
        for match in PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE):
            raw, number = match.raw_string, match.number
            before = text[match.start - 1] if match.start > 0 else " "
            international = raw.lstrip("(").startswith(("+", "00"))
            if before.isalnum() or before in (_NOT_BEFORE_CODE if international else _NOT_BEFORE):
                continue
            if international:
                keep = phonenumbers.is_possible_number(number) and len(str(number.national_number)) >= 6
                why = f"libphonenumber: a possible number for country code +{number.country_code}"
            else:
                # with its trunk 0, as people in the UK write it ("5550100123" is some other number)
                trunk, digits = raw.lstrip("(").startswith("0"), sum(c.isdigit() for c in raw)
                keep = trunk and phonenumbers.is_valid_number(number) and digits >= 10
                why = "libphonenumber: a valid UK number"
                if not keep and trunk and digits >= 9 and any(c in raw for c in " .-"):
                    # written in groups the way another country writes its numbers: "06 41 27 88 03" (France),
                    # "0491 570 156" (Australia), "010-4827-3315" (Korea)
                    region = _national_region(raw)
                    keep, why = region is not None, f"libphonenumber: a valid national number of {region}"
            if keep:
                yield Hit(match.start, match.end, 0.65, why)  # below I401: a UK shape keeps its own rule
        for m in _LABELLED.finditer(text):  # "Sími 855 5213", "电话139 5550 2817": the label says what it is
            digits = sum(c.isdigit() for c in m.group("number"))
            if 6 <= digits <= 15:
                yield Hit(m.start("number"), m.end("number"), 0.6, "a number after a phone label")


# Phone labels of many languages; whatever number of 6 to 15 digits follows one is a phone.
_PHONE_LABELS = ("tel|tél|tlf|telf|telp|phone|ph|mobile|mob|cell|cellphone|telefon|telefone|telefono|teléfono|"
                 "celular|cel|cellulare|móvil|movil|handy|mobil|sími|puh|gsm|hp|whatsapp|wa|viber|тел|телефон|"
                 "моб|هاتف|جوال|موبايل|טלפון|נייד|फोन|फ़ोन|मोबाइल")
_PHONE_LABELS_CJK = "電話|电话|手机|手機|携帯|전화|핸드폰|휴대폰"  # written straight after other words, no space
_LABEL = rf"(?:(?<![\w])(?:{_PHONE_LABELS})|(?:{_PHONE_LABELS_CJK})(?:是|为|為|は|번호는?)?)"
_LABELLED = re.compile(rf"(?i:{_LABEL}\.?(?:[ \t]*(?:no|nr|number|num|n[º°])\.?)?[ \t]*[:：]?[ \t]*)"
                       r"(?P<number>\+?\(?\d[\d \t().-]{4,20}\d)(?![\d/])")


# Where families' relatives and customers write from; a national number valid in one of them is a phone.
_REGIONS = ("FR", "DE", "ES", "IT", "NL", "BE", "PT", "IE", "PL", "RO", "SE", "NO", "DK", "FI", "CH", "AT", "GR",
            "TR", "US", "CA", "AU", "NZ", "IN", "PK", "BD", "NG", "GH", "KE", "ZA", "BR", "MX", "AR", "CO", "KR",
            "JP", "CN", "PH", "VN", "TH", "EG", "MA", "IL", "IR", "UA", "RU")


def _national_region(raw: str) -> str | None:
    for region in _REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return region
        except phonenumbers.NumberParseException:
            continue
    return None
