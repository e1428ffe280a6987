from .base import Pattern, RegexRecognizer

# Postcode areas in use (Royal Mail); single-letter areas only appear in full postcodes.
AREAS = (
    "AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY "
    "EC EH EN EX FK FY GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD LE LL LN "
    "LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP "
    "SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE"
).split()
OUTWARD = r"(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"


# What a postal code looks like anywhere: digits with a dash or a space, or letters and digits (Canada, the Netherlands).
_POSTAL = (r"(?:[A-Z]{1,2}-)?\d{3,6}(?:[- ]\d{3,4})?(?![\w-])|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?!\w)|\d{4}[ \t]?[A-Z]{2}(?!\w)"
           r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}(?!\w)")  # ... and an Irish Eircode


class Postcode(RegexRecognizer):
    RULE = "I202"
    CATEGORY = "location"
    PATTERNS = [
        Pattern("full postcode", rf"(?i:\b{OUTWARD}[ \t]?{INWARD}\b)", 0.9),
        # A district alone ("LU4") still places a family; upper case only, two-letter areas.
        Pattern("postcode district", rf"\b(?:{'|'.join(AREAS)})[0-9][0-9A-Z]?\b(?![ \t]?{INWARD})", 0.6),
        # A postal code of any country after its label: "ZIP 60617", "PLZ 10115", "CEP 01310-100", "PIN code 560034".
        Pattern("labelled postal code",
                r"(?i:\b(?:zip(?:[ \t]?code)?|eircode|postal[ \t]+code|post[ \t]?code|plz|cep|pin[ \t]?code|"
                rf"c[oó]digo[ \t]+postal|code[ \t]+postal|postnummer|postinumero|kod[ \t]+pocztowy|c\.p\.)"
                rf"[ \t]*[:#]?[ \t]*)(?P<id>{_POSTAL})", 0.8),
    ]

    def validate(self, matched, match):
        # "ST10" and "SW4" are districts, but "PE1" in "PE1 class" is rare enough; keep all.
        return any(c.isdigit() for c in matched)
