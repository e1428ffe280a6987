"""I705: a rare birth event that is talked about locally (cord prolapse, born in the car, triplets).
"""
from __future__ import annotations

from .base import Pattern, RegexRecognizer

class RareEvent(RegexRecognizer):
    RULE = "I705"
    CATEGORY = "quasi"
    PATTERNS = [
        Pattern("cord prolapse", r"(?i:\b(?:cord prolapse|prolapsed cord|umbilical cord prolapse)\b)", 0.75),
        Pattern(
            "born on the way",
            r"(?i:\b(?:born|delivered|arrived|had (?:him|her|the baby))\s+(?:in|on)\s+(?:the|a|our|their|her)\s+"
            r"(?:back\s+(?:seat|of the car)|car park|car|taxi|ambulance|lift|corridor|motorway|hard shoulder|"
            r"lay-?by|bathroom floor|stairs|landing|ferry|boat|ship|plane|train|bus|beach|bath|hallway|hall|kitchen|"
            r"living\s+room|lounge|shower|toilet|loo|garden|field|"
            r"way(?:\s+in|\s+to\s+(?:the\s+)?hospital)?)\b(?:\s+(?:in|of|at)\s+the\s+(?:hospital\s+)?car\s+park\b)?)",
            0.75,
        ),
        Pattern("born before arrival", r"(?i:\bborn before arrival\b)|\bBBA\b", 0.7),
        # "born in the hallway before the midwife arrived", "came so fast she was born before the ambulance got there"
        Pattern("born before help came",
                r"(?i:\b(?:born|arrived|delivered)\b[^.!?\n]{0,48}?\bbefore\s+(?:the\s+|any\s+)?(?:midwife|midwives|"
                r"ambulance|paramedics?|crew|anyone)\s+(?:arrived|got\s+there|came|could\s+get\s+there|turned\s+up|"
                r"could\s+arrive)\b)", 0.7),
        # a named syndrome or malformation is rare enough to point at one baby: "Pierre Robin sequence", "Erb's palsy"
        Pattern("a named syndrome",
                r"\b(?:[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?(?:['’]s?)?)\s+(?:(?i:syndrome|palsy)|sequence|anomaly|malformation)\b",
                0.65),
        Pattern("severe tear", r"(?i:\b(?:3rd|4th|third|fourth)[ -]degree[ -]tears?\b|\bOASI(?:S)?\b)", 0.75),
        Pattern(
            "rare obstetric emergency",
            r"(?i:\b(?:uterine rupture|ruptured uterus|amniotic fluid embolism|placenta (?:accreta|increta|percreta)|"
            r"(?:peripartum|emergency|postpartum) hysterectomy|eclamptic (?:fit|seizure)|(?<!pre-)(?<!pre)eclampsia|"
            r"HELLP(?: syndrome)?|hysterectomy|shoulder dystocia)\b)",
            0.75,
        ),
        Pattern("multiple birth", r"(?i:\b(?:triplets|quadruplets|quads|quintuplets|sextuplets|conjoined twins)\b)", 0.75),
        # A baby's death is rare, remembered, and known to everyone around the family.
        Pattern(
            "a baby who died",
            r"(?i:\b(?:stillborn|stillbirth|neonatal death|(?:baby|son|daughter|twin|little one|first baby|boy|girl)\s+"
            r"(?:who\s+|that\s+)?(?:died|passed away|passed)|(?:lost|losing)\s+(?:her|their|his|a|the other)\s+"
            r"(?:baby|son|daughter|twin|little boy|little girl))\b)",
            0.7,
        ),
        # A mother who died around the birth: "after mum died three days after the birth", "died giving birth".
        Pattern(
            "a mother who died",
            r"(?i:\b(?:mum|mam|mother|wife|partner|she)\s+(?:died|passed away)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:after|during|in|giving)\s+(?:the\s+)?(?:birth|childbirth|labour|delivery)\b)",
            0.7,
        ),
        Pattern(
            "rare neonatal condition",
            r"(?i:\b(?:gastroschisis|exomphalos|diaphragmatic hernia|therapeutic cooling|cooling therapy|(?:was|been) cooled|"
            r"needed cooling|cooling treatment|active cooling|(?:had|received|needed)\s+cooling|"
            r"cooled for \d+ ?(?:hours|hrs|days)|"
            r"hypoxic[ -]isch(?:a)?emic encephalopathy|ECMO|home oxygen|on oxygen at home|exchange transfusion)\b)",
            0.7,
        ),
        Pattern("cooled for HIE", r"(?i:\b(?:(?:had|received|needed|was|been)\s+)?(?:therapeutic\s+)?(?:cooled|cooling)\s+"
                r"for\s+(?:HIE|hypoxic[ -]isch(?:a)?emic\s+encephalopathy|\d+\s*(?:hours|hrs|days))\b)", 0.7),
        # Whatever put the family in the news is known to everyone who read it.
        Pattern(
            "in the news",
            r"(?i:\b(?:was|were|been|be|got|appeared|featured|ended up)\s+(?:all\s+)?(?:in|on)\s+the\s+(?:local\s+)?"
            r"(?:news|papers?|telly|tv|radio|front page)\b)",
            0.65,
        ),
    ]
