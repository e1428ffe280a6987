"""I706: a job tied to a local place ("the village vicar", "teaches at the local primary"), or one of one
in a small place ("the only GP in the village").
"""
from __future__ import annotations

import re

from ..lexicon import word_list
from .base import Pattern, RegexRecognizer

_PLACE_WORDS = (
    r"uni|university|college|school|primary|secondary|academy|nursery|hospital|practice|surgery|church|mosque|"
    r"temple|gurdwara|synagogue|pharmacy|chemist|library|leisure centre|police station|fire station|council|bank|"
    r"post office|pub|shop|garage|vets|dentists?|care home|factory|plant|prison|station|depot|sixth form|"
    r"high school|grammar|comp|ferry|harbour|port|docks|lifeboat station|farm|quarry|mill|brewery|distillery|"
    r"airport|market|cafe|café|chippy|bakery|butchers|hairdressers|salon|hotel|marina|sports centre|gym|"
    r"job ?centre|courts?|town hall|fire service|ambulance station|garden centre"
)
_LOCALLY = (
    r"(?:\s+(?:round here|around here|in (?:the\s+)?(?:town|village|area|city)|nearby|locally|"
    r"down the road|up the road|on the estate))?"
)
_OCCUPATION = (
    r"headteacher|head teacher|headmistress|headmaster|deputy head|head|teacher|teaching assistant|TA|senco|"
    r"lecturer|professor|tutor|librarian|caretaker|cleaner|receptionist|manager|vicar|imam|rabbi|priest|"
    r"minister|chaplain|pharmacist|dentist|vet|nurse|midwife|doctor|GP|consultant|paramedic|porter|chef|cook|"
    r"police sergeant|police inspector|police officer|sergeant|inspector|constable|PCSO|pastor|rector|curate|granthi|"
    r"councillor|vet|butcher|baker|postman|postwoman|postie|lollipop man|lollipop lady|crossing patrol|"
    r"bus driver|taxi driver|farmer|shepherd|skipper|ferryman|fisherman|coastguard|ranger|gamekeeper|publican|"
    r"landlord|landlady|shopkeeper|hairdresser|barber|optician|undertaker|magistrate|coroner|solicitor|"
    r"dinner lady|school governor|governor|harbourmaster|harbour master|warden|mayor"
)


_JOBS = "|".join(re.escape(j).replace("\\ ", r"\s+") for j in sorted(word_list("occupations.txt"), key=len, reverse=True))
# Someone's job, said of them: "is a", "'s an", "was one of the", "works as a", with up to two words before the job
# ("theatre nurse", "consultant cardiologist", "relief postie")
_SAID_OF = (r"(?i:\b(?:is|was|'s|’s|as|are|were)\s+)(?P<id>(?:(?i:a|an|the|one\s+of\s+the)\s+)?(?:former\s+)?"
            rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{_JOBS}|[a-z]+(?:ologist|ician|iatrist|ographer))(?:e?s)?")
# ... then the words that say where, to the end of the clause (a named place is a finding of its own)
_AT = (r"\s+(?i:at|in|on|for|with|out\s+of)\s+(?!(?i:the\s+)?(?i:moment|minute|mo|weekends?|time|end|start|same|side|"
       r"nights|days|call|leave|holiday|strike|furlough|mat\s+leave|heart|best|least|first|last|home)\b)")
_CLAUSE_END = r"(?=\s*(?:[,.;:!?\n()]|\s(?i:and|so|but|which|who|since|until|from|because|though|when)\b|$))"


_BUSINESS = (r"shop|pub|post office|garage|caf[eé]|chippy|takeaway|bakery|butchers?|salon|newsagents?|b&b|hotel|ferry|"
             r"farm shop|corner shop|off licence|launderette|pharmacy|chemists?|nail bar|barber['’]?s|barbers|restaurant|"
             r"italian|indian|chinese|kebab shop|florists?|hairdressers?|gym|nursery|vets|dentists?|petrol station|"
             r"car wash|market stall|stall|deli|tea ?room|bookshop|boatyard|campsite|caravan park")
# "runs the pharmacy on the high street", "owns the nail bar by the station": a business with one owner, and where
_RUNS = (r"(?i:\b(?:runs|ran|owns|owned|run|own|running|manages|managed|skippers|skippered)\s+the\s+"
         rf"(?:(?:local|village|town's|island's|only)\s+)?(?:[a-z]+\s+)?(?:{_BUSINESS})\b)")
_AT_WHERE = r"\s+(?i:on|in|by|at|near|next\s+to|opposite|off)\s+(?i:the|our|their)\s+[^,.;:!?\n()]{1,40}?"


class OccupationAtPlace(RegexRecognizer):
    RULE = "I706"
    CATEGORY = "quasi"
    PATTERNS = [
        Pattern(
            "the local vicar",
            r"(?i:\b(?:the|our|their)\s+(?:local|village|town|parish|area's|only)\s+"
            r"(?:vicar|imam|rabbi|priest|minister|headteacher|head teacher|headmistress|headmaster|mayor|councillor|"
            r"policeman|policewoman|police officer|pcso|dentist|pharmacist|butcher|baker|postman|postwoman|"
            r"lollipop lady|landlord|landlady|publican|vet|solicitor|hairdresser|barber|optician|undertaker|"
            r"football coach)\b)",
            0.7,
        ),
        Pattern(
            "occupation at a local place",
            rf"(?i:\b(?:(?:one|two)\s+of\s+the\s+(?:two|three|four|few|only)\s+|(?:the|a|an)\s+(?:[a-z]{{2,}}\s+)?)?"
            rf"(?:{_OCCUPATION})s?\s+(?:at|in|for|on)\s+"
            rf"(?:one\s+of\s+)?(?:the|a|our|their)\s+(?:[a-z]+\s+){{0,3}}?"
            rf"(?:{_PLACE_WORDS})s?\b{_LOCALLY})",
            0.65,
        ),
        Pattern(
            "teaches at the local primary",
            rf"(?i:\b(?:teaches|taught|lectures|preaches)\s+(?:at|in)\s+(?:one\s+of\s+)?(?:the|a|our|their)\s+"
            rf"(?:[a-z]+\s+){{0,3}}?(?:{_PLACE_WORDS})s?\b{_LOCALLY})",
            0.65,
        ),
        Pattern(
            "works at the local place",
            rf"(?i:\b(?:works|worked|working|volunteers)\s+(?:at|in|for)\s+(?:one\s+of\s+the|the|a|our)\s+"
            rf"(?:local|village|town's|nearby)\s+(?:[a-z]+\s+){{0,2}}?(?:{_PLACE_WORDS})s?\b{_LOCALLY})",
            0.6,
        ),
        # "Dad is a firefighter at the station", "she's the district nurse for the island": a job said of someone and
        # where they do it, to the end of the clause
        Pattern("a job and where", rf"{_SAID_OF}{_AT}(?i:the|a|an|our|their|one\s+of\s+the|half\s+the)\s+"
                rf"[^,.;:!?\n()]{{1,48}}?){_CLAUSE_END}", 0.6),
        # A public role said of someone: "her husband is the vicar", "dad's a town councillor". There are few.
        Pattern(
            "is the vicar",
            r"(?i:\b(?:is|was|'s|’s|as)\s+(?P<id>(?:the|a|an|our|their)\s+(?:local\s+|town\s+|parish\s+|village\s+|county\s+|"
            r"city\s+|borough\s+|district\s+|area\s+)?(?:vicar|curate|rector|imam|rabbi|priest|minister|pastor|granthi|"
            r"reverend|councillor|mayor|MP|magistrate|coroner|police sergeant|police inspector|chief inspector|"
            r"headteacher|head teacher|headmistress|headmaster)\b))",
            0.65,
        ),
        # "his brother is imam at Ghausia Mosque", "she's head teacher at Greystones": a public role at a named place
        Pattern(
            "is imam at a named place",
            r"(?i:\b(?:is|was|'s|’s|as)\s+(?:the\s+|an?\s+)?(?P<id>(?:vicar|curate|rector|imam|rabbi|priest|minister|pastor|"
            r"granthi|reverend|headteacher|head teacher|headmistress|headmaster|deputy head)))\s+(?:at|of)\s+(?=St\b|[A-Z])",
            0.65,
        ),
        # "sits on the parish council", "a governor at the school": an elected or public seat
        Pattern(
            "sits on the council",
            r"(?i:\b(?:sits|sat|serves|served|is|was|'s|’s)\s+on\s+the\s+(?:town|parish|village|county|city|borough|"
            r"district|community|school's)?\s*(?:council|board of governors|governing body|bench|PCC)\b)",
            0.65,
        ),
        # "a GP in the village", "the midwife on the island": a clinician of a small place is one person
        Pattern(
            "a clinician of a small place",
            rf"(?i:\b(?:a|an|the)\s+(?:{_OCCUPATION})\s+(?:in|on|at|for)\s+the\s+(?:village|island|estate|valley|parish)\b)",
            0.65,
        ),
        Pattern("town councillor", r"(?i:\b(?:town|parish|county|city|borough|district)\s+councillor\b)", 0.65),
        # "the only GP in the village", "the only Polish family on the estate": one of one in a small place
        Pattern(
            "the only one in a small place",
            r"(?i:\bthe\s+(?:only|youngest|oldest)\s+(?:[a-z'’-]+\s+){1,3}?(?:in|on|at|of)\s+(?:the|our|their)\s+"
            rf"(?:local\s+|village\s+)?(?:village|island|estate|valley|parish|town|street|close|road|group|class|"
            rf"toddler group|baby group|{_PLACE_WORDS})\b)",
            0.65,
        ),
        # "runs the village shop", "owns the local pub", "runs the ferry": a business with one owner
        Pattern("runs the local business", rf"{_RUNS}(?:{_AT_WHERE}{_CLAUSE_END})?", 0.65),
    ]
    # The family's own clinicians ("the GP at the practice said...") are not the family's occupation.
    _CLINICAL = re.compile(r"(?i:(?:the\s+)?(?:nurse|midwife|doctor|GP|consultant|paramedic|porter)s?\s)")

    def placeholder_for(self, matched: str, match: re.Match) -> str | None:
        return "[detail]" if matched.lower().startswith(("the only", "the youngest", "the oldest")) else None

    def validate(self, matched: str, match: re.Match) -> bool:
        if matched.lower().startswith(("the only", "the youngest", "the oldest", "run", "own", "ran")):
            return True  # the patterns themselves say it is one person's role
        if re.match(r"(?i:is|was|'s|’s|as|are|were)\s", match.group(0)) and "id" in match.re.groupindex:
            return True  # the job is said of someone ("Yousef is a consultant cardiologist at the LGI")
        article = re.match(r"(?i:(?:a|an)\s+)", matched)
        if self._CLINICAL.match(matched[article.end():] if article else matched):
            before = match.string[max(0, match.start() - 12):match.start()].lower().split()
            if matched.lower().startswith("the "):  # "the GP at the practice said": the family's own, unless
                return bool(before) and before[-1] in {"is", "was", "she's", "he's", "mum's", "dad's"}  # "dad is the GP"
            if not article:  # "is a GP at the practice"; with the article inside the match, the word before it
                return bool(before) and before[-1] in {"a", "an", "as", "is", "she's", "he's", "mum's", "dad's"}
            return bool(before) and before[-1] in {"as", "is", "was", "she's", "he's", "mum's", "dad's"}
        if re.match(r"(?i:(?:the\s+)?head\s+(?!chef|cook|gardener|porter|nurse))", matched):  # "head" alone is also a body part
            return bool(re.search(r"(?i:school|primary|academy|college|sixth form|secondary|high|grammar|comp)", matched))
        return True
