"""The parts of addresses abroad and of named houses, as regex pieces for StreetAddress (I201).

Street words of other languages, the postal codes of many countries and house names. A postal
code is only ever read after a street line, a house name or a P.O. box, never alone: on its own
"10115" or "3350" is just a number.
"""
import re

from .postcode import INWARD, OUTWARD

# Any capital letter of the Latin, Greek and Cyrillic alphabets (Ł, Ø, Ž, Ω, Б ...), and any letter.
UPPER = "[" + "".join(re.escape(c) for c in [*map(chr, range(0x41, 0x250)), *map(chr, range(0x370, 0x530))]
                      if c.isalpha() and c.isupper()) + "]"
LETTER = r"[^\W\d_]"
CAP_WORD = rf"{UPPER}{LETTER}*(?:['’-]{LETTER}+)*(?![\w'’-])"
# Small words inside street and town names: "Rue des Lilas", "Calle del Olmo", "Laan van Zuid".
PARTICLE = r"(?:de|du|des|la|le|les|del|della|delle|dei|di|da|do|dos|das|y|e|van|der|den|het|von|am|an|im|zum|zur|d['’]|l['’])"
NAMED = rf"(?:{PARTICLE}\s+|{PARTICLE}(?={UPPER}))*{CAP_WORD}(?:\s+(?:{PARTICLE}\s+|{PARTICLE}(?={UPPER}))*{CAP_WORD}){{0,3}}"

# The street type before the name: "Rue", "Calle", "Via", "ul.", "Avenida"; those that are no English word
# also in lower case ("12 rue de la Paix"), not "via" or "place".
TYPE_FIRST = (
    r"(?:(?i:rue|impasse|all[ée]e|quai|chauss[ée]e|ruelle|calle|avenida|rua|viale|piazza|piazzale|chemin|carrer|camino|paseo|travessa|ulica|strada|vicolo|"
    r"odos|odós|leoforos|rehov|derech|sderot|derb|carrera|jalan|caddesi|cad\.|sokak|sokağı|bulvarı|mahallesi|út|utca|"
    r"ulitsa|prospekt|ул\.|улица|пр\.|просп\.|проспект|пер\.|переулок|бул\.|ш\.|шоссе|наб\.|вул\.|вулиця|пров\.|"
    r"רחוב|شارع|خیابان|کوچه)|Rue|Avenue|Av\.|Boulevard|Bd|Bvd|Chemin|Impasse|All[ée]e|Quai|Route|Calle|C/|Avenida|Avda\.?|Paseo|"
    r"Plaza|Pza\.?|Carrer|Camino|Carretera|Rua|Travessa|Largo|Pra[çc]a|Estrada|Via|Viale|Vicolo|Piazza|Piazzale|"
    r"Corso|Strada|Contrada|ul\.|ulica|al\.|Aleja|Plac|Osiedle|os\.|Laan|Weg|Straat|Plein|Ulitsa|Ulica|Utca|"
    # Welsh, Irish and Scottish Gaelic: "Stryd Fawr", "Heol y Coleg", "Bóthar na Trá", "Sràid a' Chaisteil"
    r"Stryd|Heol|Ffordd|Lôn|Rhodfa|Cilgant|Bóthar|Sráid|Sràid|Rathad)"
)
# The street type as the end of one word: "Lindenstraße", "Kerkstraat", "Nørrebrogade", "Storgatan".
TYPE_SUFFIX = (
    r"(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|laan|straat|gracht|"
    r"plein|kade|singel|dijk|steeg|vej|gade|allé|gatan|vägen|gränd|torget|veien|gata|gate|tie|katu|utca)"
)
SUFFIXED_STREET = (
    rf"(?:{CAP_WORD}\s+)?{UPPER}{LETTER}+{TYPE_SUFFIX}(?![\w'’-])"
    rf"|{CAP_WORD}\s+(?:Stra(?:ß|ss)e|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm)"
)
HOUSE_NO = r"\d{1,5}[A-Za-z]?(?:\s*[-/]\s*\d{1,4}[A-Za-z]?)?(?!\w)"
# A floor and door after the number, as Spain writes them: "3º izq.", "2ª B".
FLOOR = r"\d{1,3}[ºª°](?:[ \t]*(?:izq(?:da)?|dcha|dch|ctro|[A-Z]))?\.?"

UK_POSTCODE = rf"(?i:{OUTWARD}[ \t]?{INWARD})(?![\w-])"
# Postal codes: UK; US ZIP (+4); Canada; the Netherlands; Poland; Portugal and Brazil; Japan;
# Sweden; Irish Eircodes; 4 and 5 digits with an optional country letter ("D-10115").
POSTAL_CODE = (
    rf"(?:(?i:{OUTWARD}[ \t]?{INWARD})|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:[A-Z]{{1,2}}-)?\d{{5}}(?:-\d{{3,4}})?|"
    r"\d{4}[ \t]?[A-Z]{2}(?![\w'’-])|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{3}[ \t]\d{2}|"
    r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}|(?:[A-Z]{1,2}-)?\d{4})(?![\w-])"
)
# A town, county, state or country after the street: "Springfield", "LYON", "Co. Tipperary", "IL".
PLACE = rf"(?:Co\.\s+)?{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD}){{0,2}}"
# Parts follow after a comma, a space, a dash or a line break (an address written as a block).
_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|[ \t]+-[ \t]+|[ \t]+)"
# A UK postcode ends an address; abroad a town or a country may follow the code ("00100, Kenya").
TRAIL = rf"(?:{_SEP}(?:(?!{UK_POSTCODE}){POSTAL_CODE}|{PLACE}|\({PLACE}\)|{FLOOR})){{0,5}}(?:{_SEP}{UK_POSTCODE})?"

PO_BOX = (
    r"(?:(?i:p\.?[ \t]?o\.?[ \t]?box|post[ \t]+office[ \t]+box)|Postfach|Apartado(?:[ \t]+de[ \t]+Correos)?|"
    r"Casilla|Caixa[ \t]+Postal|Bo[iî]te[ \t]+Postale|Postbus|Postboks|Box|S\.L\.P\.|SLP|Sanduku[ \t]+la[ \t]+Posta|"
    r"Skrytka[ \t]+pocztowa|Casella[ \t]+postale)[ \t]+\d{1,6}(?:-\d{3,5})?(?!\w)"
    # France's and Italy's short forms are blood pressure and cerebral palsy too: only with a postal code after them
    r"|(?:BP|B\.P\.|CP|C\.P\.)[ \t]+\d{1,6}(?=,[ \t]+\d{4,5}[ \t]+[A-Z])"
)
# Named houses: "Rose Cottage", "The Old Forge", "The Manse", "Ty Gwyn", "Plas Newydd".
HOUSE_WORD = (
    r"(?:Cottages?|House|Farm(?:house)?|Lodge|Barn|Mill|Hall|Grange|Villa|Manor|Rectory|Vicarage|Manse|Croft|"
    r"Bungalow|Forge|Smithy|Stables|Oast|Chapel|School[ \t]+House|Coach[ \t]+House|Old[ \t]+Post[ \t]+Office)"
)
HOUSE_NAME = (
    rf"(?:(?:The[ \t]+)?(?:{CAP_WORD}[ \t]+){{0,2}}{HOUSE_WORD}(?![\w'’-])|"
    rf"(?:T[yŷ]|Plas|Bryn|Hafod|Hendre|Llys|Bwthyn|Maes)[ \t]+{CAP_WORD}|"
    rf"(?:Tigh|Taigh|Teach|Chy|Ard|Cnoc|Gleann|Lios|Bothan)[ \t]+(?:(?:na|an|a'|nan|y)[ \t]+)?{CAP_WORD})"
)
# "The Laurels", "The Hollies": a house name only when a street line follows it.
THE_NAME = rf"The[ \t]+{CAP_WORD}(?:[ \t]+{CAP_WORD})?"

# A town with its state or province and postal code is an address line on its own:
# "Springfield, IL 62704", "Toronto, ON M5V 2T6", "Ballarat VIC 3350".
US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
).split()
CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()
AU_STATES = "NSW VIC QLD WA SA TAS ACT NT".split()
STATE_AND_CODE = (
    rf"(?:{'|'.join(US_STATES)})[ \t]+\d{{5}}(?:-\d{{4}})?|(?:{'|'.join(CA_PROVINCES)})[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    rf"|(?:{'|'.join(AU_STATES)})[ \t]+\d{{4}}"
)
