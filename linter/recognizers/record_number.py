import re

from .base import Pattern, RegexRecognizer


_LABEL = (r"(?:passport|driving\s+licen[cs]e|licen[cs]e|policy|member(?:ship)?|customer|client|order|booking|"
          r"reservation|ticket|tracking|claim|invoice|patient|confirmation|ID|health\s+card|"
          r"transaction(?:\s+id)?|trx\s*id|txn(?:\s+id)?|c[óo]digo(?:\s+de\s+(?:reserva(?:ci[óo]n)?|cliente|pedido))?|"
          r"localizador|reserva|buchungsnummer|r[ée]servation|"
          # national identity and tax numbers of other countries, by the names people give them
          r"national\s+(?:id|identity|number)|identity\s+card|id\s+card|tax\s+(?:id|code|number)|fiscal\s+code|"
          r"codice\s+fiscale|num[ée]ro\s+national|birth\s+number|social\s+security|ssn|sin|tfn|bsn|pan|nric|fin|"
          r"hkid|cin|ppsn?|rfc|curp|cpf|cnpj|rut|dni|nie|nif|c[ée]dula|cnic|aadhaar|pesel|personnummer|henkilötunnus|"
          r"cccd|iqama|emirates\s+id|nik|ktp|afm|amka|ahv|avs|steuer-?id|tc\s+kimlik(?:\s+no)?|kimlik|egn|oib|jmbg|"
          # customer, member and contract numbers in other languages
          r"kunden-?(?:nummer|nr)|mitglieds-?(?:nummer|nr)|vertrags-?(?:nummer|nr)|versicherungs-?(?:nummer|nr)|"
          r"rechnungs-?(?:nummer|nr)|aktenzeichen|polisnummer|klantnummer|lidnummer|num[ée]ro\s+(?:client|de\s+dossier)|"
          r"n[º°]\s+(?:client|de\s+cliente|de\s+socio)|n[úu]mero\s+de\s+(?:cliente|socio|expediente)|expediente|"
          r"numero\s+cliente|numer\s+klienta|nr\s+klienta)")
_CODE = r"(?<![\w/.-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,22}[A-Z0-9](?![\w/-])"
_MODEL_BEFORE = re.compile(r"(?i:\b(?:model|modelo|mod[eè]le|modell|typ|type|serie|s[ée]rie|series|galaxy|iphone|pixel|"
                           r"product|produkt|producto|art|art\.-?nr|sku|item|part|part\s+no|ean|size|chair|"
                           r"machine|version|v)\W{0,3}(?:\w+\W{1,3}){0,2}$)")
_PRODUCT_AFTER = re.compile(r"\s+(?i:card|iron|phone|laptop|tv|machine|printer|camera|watch|cooker|oven|fridge|freezer|"
                            r"hoover|vacuum|pram|pushchair|buggy|monitor|pump|tablet|console|router|headphones|earbuds|"
                            r"charger|battery|kettle|steriliser|bottle|model|engine|tyre|tyres)s?\b")
_UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
_CLOCK = re.compile(r"\d{1,2}(?:AM|PM)-\d{1,2}(?:AM|PM)")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?")


class RecordNumber(RegexRecognizer):
    """Hospital numbers, MRNs and car registrations: any reference that points at one person."""

    RULE = "I603"
    CATEGORY = "id"
    PATTERNS = [
        Pattern(
            "labelled record number",
            r"(?i:\b(?:hosp(?:ital)?\.?\s*(?:no|num|number)|MRN|unit\s+no|case\s+(?:no|number)|ref(?:erence)?(?:\s+no)?)\b\.?:?\s*)"
            r"(?P<id>[A-Z]{0,3}\d[\dA-Z/-]{4,12})",
            0.85,
        ),
        # Customer messages name their own numbers: "passport no. X1234567", "order #ORD-58213", "booking ref: 7KQ2M9".
        Pattern(
            "labelled customer or document number",
            rf"(?i:\b{_LABEL}(?:\s+(?:{_LABEL}|card))?\b\.?\s*(?:no\b\.?|num(?:ber)?\b|#)?"
            # "Passport number of the main guest: X", "my CIN est X", "my BSN is X"
            r"(?:(?:\s+[a-z]+){1,4}?\s*:|\s*(?:is|est|es|é|ist|:)?)\s*[:#]?\s*)"
            r"(?P<id>#?(?=[A-Z./-]*\d)[A-Z0-9][A-Z0-9/.-]{4,18}[A-Z0-9])(?![\w/-])",
            0.8,
        ),
        # the same labels before a number written in groups: "health card: TREM 1108 2219", "Passport: PE 123456789"
        Pattern(
            "labelled number in groups",
            rf"(?i:\b{_LABEL}(?:\s+(?:{_LABEL}|card))?\b\.?\s*(?:no\b\.?|num(?:ber)?\b|#)?\s*[:#]?\s*)"
            r"(?P<id>[A-Z]{1,4}[ ]\d{3,}(?:[ ]\d{2,}){0,3})(?![\w/-])",
            0.75,
        ),
        # Chinese, Japanese and Korean labels end in 号 / 番号 / 번호 and run straight into the number:
        # "快递单号SF1423098876541", "会員番号：A-2231987", "계좌번호 812401-04-339172"
        Pattern("labelled number in Chinese, Japanese or Korean",
                r"(?:号|號|号码|號碼|番号|番號|번호|계좌|은행|銀行|银行|账号|帳號)[ \t]*(?:是|為|为|は|는|：|:)?[ \t]*"
                r"(?P<id>(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{4,24}[A-Z0-9])(?![A-Za-z0-9-])", 0.75),
        Pattern("car registration", r"\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b", 0.7),
        # A code of capitals and digits points at one order, booking, parcel or person wherever it stands, label or
        # not ("tracking is 1Z999AA10123456784", "pedido CO-5521"); a product's model number is the product's
        Pattern("a code of letters and digits", _CODE, 0.45),  # below the precise rules it overlaps
        Pattern(
            "labelled car registration",
            r"(?i:\b(?:reg|registration|number plate|licen[cs]e plate|plate|kenteken|patente|placas?|matr[íi]cula|"
            r"immatriculation|kennzeichen|targa|targat[oa]|rejestracja|rekisterinumero|registreringsnummer|rendszám|plaka)"
            r"\b\.?(?:(?:\s+[\w-]+){1,4}?\s*(?:is|:)|\s+is)?:?\s*)"
            r"(?P<id>(?=[A-Z -]*\d)[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,7}){1,2}(?:[ -][A-Z]{2,3}(?![\w-]))?)\b",
            0.7,
        ),
    ]

    def validate(self, matched: str, match: re.Match) -> bool:
        if match.re.pattern == _CODE:
            digits, letters = sum(c.isdigit() for c in matched), sum(c.isalpha() for c in matched)
            if digits < 3 or letters < 2 or _UK_POSTCODE.fullmatch(matched) or _CLOCK.fullmatch(matched):
                return False  # "COVID-19", "MERRY25", "SK39HD" (a postcode has its own rule), "10PM-6AM"
            return not (_MODEL_BEFORE.search(match.string[max(0, match.start() - 40):match.start()])
                        or _PRODUCT_AFTER.match(match.string, match.end()))
        return _YEARS.fullmatch(matched) is None  # "claim 2019-2020": years, not a number
