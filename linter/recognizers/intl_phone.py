"""Phone numbers of any country, found by Google's libphonenumber (the `phonenumbers` package).

A number dialled with its country code ("+27 21 555 0123", "0049 30 1234567") is kept when its
length is possible for that country: fictional and unassigned ranges still point at a person.
A number written without one is read as British and kept only when it is a valid UK number;
UkPhone (I401) keeps the UK groupings the library does not accept.
"""
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
                keep = (raw.lstrip("(").startswith("0") and phonenumbers.is_valid_number(number)
                        and sum(c.isdigit() for c in raw) >= 10)
                why = "libphonenumber: a valid UK number"
            if keep:
                yield Hit(match.start, match.end, 0.65, why)  # below I401: a UK shape keeps its own rule
