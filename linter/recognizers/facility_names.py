"""Shared by the facility rules (I301, I303): the shape of a proper name, and the words that sit in one
without naming anything on their own.
"""
from __future__ import annotations

# One word of a proper name, and the small words allowed inside one ("Ysgol Pen y Garth",
# "Birmingham Women's and Children's").
WORD = r"(?:St\.?|[A-Z][\w'’&.-]{0,30}[\w'’]|[A-Z])(?![\w'’&-])"
_SMALL = r"(?:of|the|y|yr|upon|on|&|de|del|la|le|los|las|da|do|dos|das|di|du|des|van|von|der|and(?=[ \t]+Children))"
NAME = rf"{WORD}(?:[ \t]+(?:{_SMALL}[ \t]+)?{WORD}){{0,4}}"

# Words that may sit inside a facility's name but do not name one on their own.
GENERIC = frozenset(
    "royal general district county community local children's childrens women's womens university teaching "
    "primary infant infants junior juniors secondary high grammar catholic rc cofe c e church methodist baptist "
    "anglican medical health maternity birth birthing baby special care neonatal day forest montessori steiner "
    "sunday nursery pre preschool sixth form sure start family private free academy trust nhs hospital dental "
    "eye heart keyhole cardiac plastic laser hip knee independent state village town city central main good best "
    "parish new old big small nearest same other our my her his their the a an this that local's uni labour delivery "
    "postnatal antenatal transitional observation side gynae surgical assessment triage "
    "christian evangelical pentecostal orthodox apostolic islamic muslim sikh hindu jewish quaker unitarian".split()
)
# Capitalised words that start a sentence or a clause rather than a name.
LEADING = frozenset(
    "went saw visited visit today yesterday tomorrow then also at to the her his their my our a an this that "
    "from in on by with and but so after before since via is was were are been being she he they we i it "
    "she's he's they're we're i'm it's she’s he’s they’re we’re i’m it’s "
    "baby mum dad partner booked born delivered transferred admitted discharged back mum's dad's mrs mr ms miss dr "
    "rang phoned called texted emailed messaged told asked met contacted referred".split()
)
