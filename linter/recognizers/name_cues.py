"""Names recognised by the words around them (I103): "baby X", "DP X", "X's mum", "named X".

A cue makes a name of a word the lists alone leave alone: lower case ("baby amber"), a name
that is also a word ("mum Hope"), or a name in no list ("baby Nevaeh").
"""
from __future__ import annotations

import re

from ..doc_view import DocView, view
from ..lexicon import not_identifier, safe_section, safe_words
from ..words import (BACKGROUNDS, ENGLISH, FORM_LABELS, KIN_BEFORE, MONTHS, NOT_NAME_POS, NOT_NAMES, RELATIONS, ROLE_LABELS,
                     ROLE_WORDS, TITLES,
                     VERB_BEFORE, WEEKDAYS, a_short_form, fold, is_background, is_capitalised, is_first_name, is_surname,
                     is_word_name, never_names, sentence_initial, word_end, zipf)
from .base import DocRecognizer, Hit
from .facility_names import GENERIC


LABELS = frozenset("contact name client mum dad parent parents re family patient baby".split())  # "Contact: X"
NAMING = frozenset("named called name's calling".split())  # "baby named X", "she's called X"
# What follows "X's" when X is a person: "Ffion's mum", "Rob's partner".
KIN_AFTER = KIN_BEFORE | frozenset("family house home mother father parents nursery school car kids children "
                                   "little one birth feeds feed room cot pram weight latch temperature".split())


# Two-word cues before a name: "visit to X", "chat with X".
PHRASE_FIRST = {"to": {"visit", "visits", "spoke", "talked", "chatted", "speak", "talk", "said", "see", "handover"},
                "with": {"spoke", "chat", "chatted", "call", "met", "visit", "catch-up", "up", "session"}}
PHRASE_LAST = frozenset(PHRASE_FIRST)
_BABY_AGE = r"\d{1,2}(?:\.\d)?\s*(?:d|days?|wks?|weeks?|w|mo|mths?|months?|/52|/7)\b"  # "3 wks", "5/52"
_NOW = r"(?:now\s+|nearly\s+|almost\s+|just\s+|only\s+)?"
AGE_AFTER = re.compile(rf"\s*[,(]?\s*{_BABY_AGE}", re.I)
# "river is 3 wks now": a name that is also a word, said to be an age (not "summer is 4 weeks away")
AGE_IS_AFTER = re.compile(rf"\s+(?:is|was|'s|’s)\s+{_NOW}{_BABY_AGE}(?!\s+(?:away|off|late|early|long|ago|time|to go))", re.I)
# "river is 6 weeks old": whatever is that old is a baby, however it is written
AGE_OLD_AFTER = re.compile(rf"\s+(?:is|was|turns|turned|'s|’s)\s+{_NOW}"
                           r"\d{1,2}\s*(?:d|days?|wks?|weeks?|mo|mths?|months?)\s+old\b", re.I)
# "has a rash", "had jaundice": what a baby or a parent has, said of a name that is also a word
CONDITIONS = frozenset("""rash cold cough temperature fever jaundice reflux colic thrush tongue-tie tongue
sticky blocked snuffly nappy eczema cradle infection bug virus chesty
baby babies twins triplets boy girl son daughter section c-section caesarean""".split())  # "mercy had baby X", "had twins"
PHONE_AFTER = re.compile(r"\s*[,:(]?\s*(?:(?:\+44|0)\s?\d{2,4}[\s-]?\d{3}|\+\d{1,3}[\s-]?\d|\d{3}[\s-]\d{3}[\s-]\d{3})")
# "Contact Ploy at +66 81 ...", "ring Dusty on 07700 ...": whom to call is a person, even an ordinary word
CALL_VERBS = frozenset("contact call ring text message phone whatsapp ask".split())
CALLED_AT = re.compile(r"[ \t]+(?:at|on)[ \t]+(?:\+\d|0\d|\(\d)")
# What a person does, said of a name that is also a word: "Faith came home", "Sky is feeding".
PERSON_VERBS = frozenset("""feed sleep cry say tell smile latch stay visit settle wake nap eat drink
walk talk laugh cuddle ask want play attend arrive leave return ring phone text message email call cancel
book rebook agree decline texte do struggle cope manage breastfeed express pump recover heal bond need try
love like hate worry plan live""".split())  # the model lemmatises "texted" as "texte"
# "came home", "went back": come and go say a person moved only with one of these after them
# ("Summer is coming soon" is the season)
MOVES = {"come": {"home", "round", "over", "back", "in", "with", "to"},
         "go": {"home", "round", "over", "back", "out", "with", "to"}}
BE_HAVE = frozenset("is was has had 's".split())
_ASKING = frozenset("can could would will are r did do have any".split())
_AUXILIARIES = frozenset("did do does didn't doesn't don't can can't could couldn't will won't would wouldn't "
                         "n't not never ca wo".split())
# Past forms that say a person did something whatever the tagger makes of them.
PERSON_PAST = frozenset("rang phoned texted messaged emailed cried slept fed latched settled woke napped "
                        "laughed smiled cuddled cancelled rebooked".split())
_FINITE_AFTER = _AUXILIARIES | BE_HAVE | PERSON_PAST  # "kemi can come", "kemi is", "kemi rang"; not "kraamzorg coming"
PERSON_STATES = frozenset("""tired upset unsettled poorly unwell happy sad tearful anxious grumpy hungry asleep
awake settled calm jaundiced jealous teething sleepy windy clingy""".split())
# "Ivy (big sister)", "Summer, her older sister,": a relation word in apposition.
APPOSITION = re.compile(
    r"\s*[,(]\s*(?:(?:her|his|their|the|my|our|mum's|dad's|big|little|older|younger|baby|twin|eldest|youngest)\s+)*"
    r"(?:[^\W\d_][\w-]*['’]s\s+)?"  # "sky (baby storm's mum)"
    rf"(?:{'|'.join(sorted(RELATIONS, key=lambda w: (-len(w), w)))})\b", re.I)
# Who a message greets or who writes it: "hi jo,", "Dear Precious", "hi its thandi", "my name is X".
GREETINGS = frozenset("hi hiya hey heya hello helo dear morning evening afternoon thanks cheers ta bye hola bonjour "
                      "salut ciao hej hallo olá oi".split())
SELF_NAMED = {"'s": {"it", "this"}, "’s": {"it", "this"}, "its": None, "is": {"this", "name"}, "'m": {"i"}, "’m": {"i"},
              "am": {"i"}, "im": None, "soy": None, "sou": None, "bin": {"ich"}, "suis": {"je"}, "sono": None}
_VOCATIVE_MARKS = frozenset(", – — - :".split())
# Whom a message greets when it greets no one by name: "Dear Customer", "Hi Team", "Dear Sir or Madam".
_ADDRESSEES = frozenset("""customer customers colleague colleagues parent parents carer carers friend friends member
members sir sirs madam madams team all everyone everybody guys folks ladies gents gentlemen girls lovely lovelies hun
babe love darling doctor dr manager landlord landlady neighbour neighbours family families applicant candidate student
students resident residents partner partners client clients patient patients valued hiring whom there again both
admin admins moderator mods support sales reception accounts billing concern good happy merry new there world
bursar principal headteacher head editor secretary treasurer chair chairperson director officer committee council
board office department hr finance owner owners host hosts organiser organisers coach""".split())
_YOU = frozenset("you u ya".split())
# Words that greet no one by name: "hi all", "hello lovely", "thanks again"
NOT_GREETED = frozenset("all both everyone everybody team there guys folks ladies girls lovely love lovelies hun "
                        "babe again so very for you sir madam pal mate".split())
NAMING = NAMING | frozenset("calls call nicknamed".split())
_STRONG_BEFORE = KIN_BEFORE | NAMING  # a capitalised word after these is a name whatever its tag
_JOINED_ROLES = frozenset("mum mam mummy dad daddy nan nanna nana gran grandma grandad partner dp dh sister brother "
                          "auntie aunty aunt uncle baby".split())
# Listed names that are also everyday function words; never a name in lower case.
ENGLISH_ONLY = frozenset("will may can mark bill june april august sunny chase king angel".split())
_APPOSED_ROLES = RELATIONS | KIN_BEFORE | ROLE_WORDS | TITLES | frozenset().union(*ROLE_LABELS.values())  # "X the mum"
# Tags that rule a word out unless a strong cue comes first; a name misread as VERB or ADP still counts.
_NEVER_NAMED_POS = NOT_NAME_POS - {"VERB", "ADP"}


# Endings of English words the dictionary list may lack ("supportive", "unsettled"), rare in names.
_WORD_ENDINGS = ("ive", "ful", "ing", "less", "ness", "ment", "able", "ible", "ously", "ated")


def ordinary_word(word: str) -> bool:
    folded = fold(word)
    return folded in ENGLISH or (len(folded) >= 6 and folded.endswith(_WORD_ENDINGS))


def _alpha_word(v: DocView, i: int) -> bool:
    return v.is_alpha[i] and len(v.texts[i]) >= 2


class NameCues(DocRecognizer):
    RULE = "I103"
    CATEGORY = "person"

    def find(self, doc):
        v = view(doc)
        blocked = never_names(doc)
        found: dict[str, tuple[float, str]] = {}  # a name cued once is a name in every mention
        hits, cued = [], set()
        for i, (word, low) in enumerate(zip(v.texts, v.lowers)):
            if not _alpha_word(v, i) or i in blocked or low in ROLE_WORDS:
                continue
            if not_identifier(word) and not (is_capitalised(word) and (is_first_name(word) or _after_a_title(v, i))):
                continue  # a month can still be a baby's name ("baby May"), a day a man's ("Mr Monday Adeyemi")
            why = self._cue(v, i)
            if why:
                found.setdefault(low, why)
                hits.append(self._hit(v, i, *why))
                cued.add(i)
        if not found:
            return hits
        for i, low in enumerate(v.lowers):  # other mentions of a cued name
            why = found.get(low)
            if not why or i in blocked or i in cued:
                continue
            if self._mention(v, i):
                hits.append(self._hit(v, i, why[0], f"{why[1]} elsewhere in the text"))
        return hits

    @staticmethod
    def _does_person_things(v: DocView, i: int) -> bool:
        """'Faith came home', 'Sky is feeding': the next verb (after is/was/has) is something people do."""
        j = _word_after(v, i)  # past a closing bracket or quote and extra spaces: "[Bird] is feeding"
        if j < len(v) and _surname_at(v, j):  # the subject may be the whole name: '"Arch Cousin" is feeding'
            j = _word_after(v, j)
        if j < len(v) and v.lowers[j] in BE_HAVE:
            j += 1
            # "has been crying", "is still feeding", "was not settling": past helpers and adverbs
            while j < len(v) - 1 and j - i < 6 and (v.pos[j] in {"AUX", "PART", "ADV"} or v.is_space[j]):
                j += 1
            if j < len(v) and v.lowers[j - 1] in {"has", "had"} and _condition_at(v, j):
                return True  # "Storm has a rash", "Ash had jaundice"
            if j < len(v) and v.lowers[j - 1] in {"is", "was", "'s"} and (_adult_age_at(v, j) or _role_at(v, j)):
                return True  # "Amber is 17 and ...", "Mark is a great dad"
            if j + 2 < len(v) and v.lowers[j - 1] in {"has", "had"} and v.lowers[j] == "a" and (
                    v.lowers[j + 2] in _TIMES or (j + 3 < len(v) and v.lowers[j + 3] in _TIMES)):
                return True  # "Summer had a good night", "Ruby has had a rough day"
        if j < len(v) - 1 and v.lowers[j] in _ADVERBS_BEFORE:
            j += 1  # "Nic just done the visit", "Jo already rang"
        # "didn't want", "can't settle", "will ring": past an auxiliary and a negation to the verb
        while (j < len(v) - 1 and j - i < 5 and v.lowers[j] in _AUXILIARIES
               and (v.pos[j + 1] in {"VERB", "PART", "AUX"} or v.lowers[j + 1] in _AUXILIARIES)):
            j += 1
        if j >= len(v):
            return False
        if v.lowers[j] in PERSON_PAST:
            return True  # "Dawn rang AGAIN": the small model may tag the verb as a noun
        if v.pos[j] == "VERB" and v.lemmas[j] in MOVES:
            return j + 1 < len(v) and v.lowers[j + 1] in MOVES[v.lemmas[j]]
        return (v.pos[j] == "VERB" and v.lemmas[j] in PERSON_VERBS) or (j > i + 1 and v.lowers[j] in PERSON_STATES)

    @staticmethod
    def _addressed(v: DocView, i: int, before: int, prev: str):
        """The one a message greets or who introduces herself, in any case: 'hi jo,', 'Hi Precious,',
        'hi its thandi', 'this is Marisol'; and a nickname in quotes after a name or a role: 'her brother "Tank"'."""
        word, low = v.texts[i], v.lowers[i]
        if low in NOT_GREETED or low in ROLE_WORDS or not v.is_alpha[i]:
            return None
        quoted = (i > 0 and v.texts[i - 1] in _OPENERS and i + 1 < len(v) and v.texts[i + 1] in _CLOSERS
                  and is_capitalised(word))
        if quoted and before >= 0 and (prev in KIN_BEFORE or prev in NAMING or is_first_name(v.texts[before])
                                       or v.pos[before] == "PROPN"):
            return 0.7, "a name in quotes after a name or a role word"
        listed = is_first_name(word) and low not in ENGLISH_ONLY
        plain = listed and not is_word_name(low)
        if prev in GREETINGS and (before == 0 or sentence_initial(v, before)):
            # a greeting opens the line: a listed name in any case, or a capitalised word no dictionary knows
            it_is = i + 1 < len(v) and v.lowers[i + 1] in {"it", "its", "it's", "it’s", "this"}  # "hiya dawn it's bill"
            if plain or (listed and (is_capitalised(word) or _ends_clause(v, i) or it_is)) or (
                    is_capitalised(word) and not ordinary_word(word) and v.pos[i] in {"PROPN", "NOUN"}):
                return 0.7, f"greeted ('{prev}')"
            # "Dear Memory Chikwanha,", "Hi Ploy 😊", "Dear Park Ji-woo": whoever a message opens by greeting is a
            # person, even a word, unless it is how one greets a group or a stranger ("Dear Customer", "Hi Team")
            # (a template's "[First Name]" is no one; two ordinary words are an office: "Dear Front Office")
            if (is_capitalised(word) and low not in _ADDRESSEES and not not_identifier(word) and v.pos[i] != "VERB"
                    and v.texts[i - 1] != "["
                    and (_ends_clause(v, i) or (i + 1 < len(v) and v.ws[i] == " " and is_capitalised(v.texts[i + 1])
                                                and v.lowers[i + 1] not in _ADDRESSEES
                                                and not (ordinary_word(word) and ordinary_word(v.texts[i + 1]))))):
                return 0.65, f"greeted ('{prev}')"
        # the word starts the message, a line, or an item of a list ("b) Jade – no change", "2. Memory, Flat 6")
        opens = before < 0 or "\n" in v.texts[before] or v.is_space[before] or _opens_list_item(v, i)
        # "Dawn here - can I swap", "jo here, running late": who writes, at the start of a message
        if (opens and (listed or _unknown_lower(low) or (is_capitalised(word) and not ordinary_word(word)))
                and i + 2 < len(v) and v.lowers[i + 1] == "here" and not v.is_alpha[i + 2]):
            return 0.65, "introduces herself ('X here')"
        # "deb can u do tues?", "Jo are you free": a message that opens by asking someone something names her
        if (opens and (listed or _unknown_lower(low))
                and i + 2 < len(v) and v.lowers[i + 1] in _ASKING and v.lowers[i + 2] in {"u", "you", "ya"}):
            return 0.65, "addressed by a question at the start of a message"
        # "Debs – the visit went ok", "lau, who puts ...", "hels you'll love this": a message or a line that opens
        # with a name and a comma, dash or colon, or straight into "you", speaks to her
        nxt = v.lowers[i + 1] if i + 1 < len(v) else ""
        if opens and i + 2 < len(v) and (
                (nxt in _VOCATIVE_MARKS and (listed or _unknown_lower(low) or a_short_form(low)) and v.ws[i] in {"", " "}
                 and "\n" not in v.texts[i + 2] and not (nxt == ":" and is_capitalised(word) and not plain
                                                          and not _speaker_label(v, i, low)))
                or (nxt in _YOU and (plain or _unknown_lower(low) or a_short_form(low)))):
            return 0.6, "addressed at the start of a message"
        self_named = SELF_NAMED.get(prev, ())
        prev2 = v.lowers[before - 1] if before > 0 else ""
        if self_named != () and (self_named is None or prev2 in self_named) and (
                plain or (listed and is_capitalised(word))
                or (listed and i + 1 < len(v) and _surname_at(v, i + 1))
                or (listed and before > 1 and v.lowers[before - 2] in GREETINGS)  # "hi its precious"
                or (listed and before > 2 and v.lowers[before - 3] in GREETINGS)  # "hiya dawn it's bill"
                or ((listed or _unknown_lower(low)) and i + 1 < len(v) and _unknown_lower(v.lowers[i + 1]))
                or (_unknown_lower(low) and before <= 2 and _ends_clause(v, i))):  # "hi its thandi again"
            return 0.65, "introduces herself ('it's X', 'this is X')"
        return None

    @staticmethod
    def _with_a_role(v: DocView, i: int) -> bool:
        """'jack and mum are both well', 'visited hope and her dad': joined to a role word, a person."""
        j = i + 1
        if j < len(v) and v.lowers[j] in {"and", "&", "n"}:
            j += 1
            if j < len(v) and v.lowers[j] in {"her", "his", "their", "the"}:
                j += 1
            return j < len(v) and v.lowers[j] in _JOINED_ROLES
        return False

    @staticmethod
    def _role_in_apposition(v: DocView, i: int) -> bool:
        """'Marigold the mum was tired', 'Sorrel, the mum, ...': the parser hangs a role word on the name."""
        if v.lowers[i] in safe_words():
            return False
        for k in range(i + 2, min(i + 5, len(v))):  # "X the mum", "X, the HV", "X, her mum"
            if (v.dep[k] == "appos" and v.heads[k] == i and v.lowers[k] in _APPOSED_ROLES
                    and v.lowers[k - 1] in {"the", "her", "his", "their", "our", "my", ","}):
                return True
        # the parser does not always see it: "X the mum was", "X, the HV, came" read by their shape
        k = i + 2 if i + 1 < len(v) and v.texts[i + 1] == "," else i + 1
        return (k + 2 < len(v) and v.lowers[k] == "the" and v.lowers[k + 1] in _APPOSED_ROLES
                and (v.pos[k + 2] in {"AUX", "VERB"} or v.texts[k + 2] == ","))

    @staticmethod
    def _mention(v: DocView, i: int) -> bool:
        if is_capitalised(v.texts[i]):
            return True
        if i > 0 and v.lowers[i - 1] in _BEFORE_A_WORD:
            return False  # "her faith in herself": the word, though a Faith was named
        return v.pos[i] not in NOT_NAME_POS and v.dep[i] not in {"amod", "compound"}

    @staticmethod
    def _hit(v: DocView, i: int, score, why):
        end, n, texts = word_end(v, i), len(v), v.texts
        # a capitalised surname straight after ("baby Harper Quinlan") belongs to the name
        nxt = end + 1
        if (nxt < n and v.ws[end] == " " and is_capitalised(texts[end])
                and is_capitalised(texts[nxt]) and v.is_alpha[nxt] and not not_identifier(texts[nxt])
                and (v.pos[nxt] == "PROPN" or is_surname(texts[nxt]))):
            end = nxt
        return Hit(v.idx[i], v.ends[end], score, why)

    def _cue(self, v: DocView, i: int):
        word, low, pos, n = v.texts[i], v.lowers[i], v.pos[i], len(v)
        before = _word_before(v, i)  # "mum (Kerys)", 'baby "Nevaeh"': the opener does not hide the cue
        prev = v.lowers[before].strip(".") if before >= 0 else ""
        strong = is_capitalised(word) and prev in _STRONG_BEFORE  # "DP Will" even if tagged AUX
        if low in NOT_NAMES:
            if low in WEEKDAYS and is_capitalised(word) and prev in TITLES:
                return 0.7, f"a day's name after the title '{prev}' ('Mr Sunday Okonkwo')"
            return None
        addressed = self._addressed(v, i, before, prev)
        if addressed:
            return addressed
        # "will rang", "hope texted": a word-name straight before a past form only a person has (the tagger
        # reads "will" as a verb, so this comes before the parts of speech are judged)
        if (is_first_name(word) and not is_capitalised(word) and i + 1 < len(v) and v.lowers[i + 1] in PERSON_PAST
                and (sentence_initial(v, i) or prev in {"and", ",", "&"})):
            return 0.6, "a listed name in lower case before what a person did"
        # the small model tags an unknown capitalised word anyhow (INTJ, ADV): its shape decides
        if (is_capitalised(word) and (pos in {"PROPN", "NOUN", "X"} or rare_word(low))
                and self._role_in_apposition(v, i)):
            return 0.7, "a role word in apposition ('X the mum')"
        if is_capitalised(word) and prev == "the" and not sentence_initial(v, i) and _family_plural(v, i):
            return 0.65, "a family by its surname in the plural ('the Lees are')"
        if prev == "the" and _family_by_surname(v, i):
            return 0.65, "a family by its surname ('the Ahmadi family')"
        if prev in _AT_HOME_OF and _someones_house(v, i):
            return 0.6, "someone's home ('just left ruta's', 'at storm's now')"
        if pos in _NEVER_NAMED_POS and not strong:
            return None
        listed = is_first_name(word)
        # a lower-case listed name, even one that is a word, read as a noun: a name only with a strong cue
        # ("spoke to rose", "grace fed well", "jack and mum are well"); "mum rose early" is the verb
        lower_named = (listed and not is_capitalised(word) and pos in {"PROPN", "NOUN", "ADJ", "ADV", "X"}
                       and prev not in _DETERMINERS  # "the private lady said": a noun, not a name
                       and low not in ENGLISH_ONLY  # the tagger reads an unknown lower-case word anyhow
                       and (is_word_name(low) or low not in ENGLISH))  # "early", "over": listed, but words first
        plain = listed and not is_word_name(low)  # listed and never an ordinary word
        if not plain and not is_capitalised(word) and pos != "PROPN":
            # a lower-case word-name counts as a proper noun, or as a noun straight after a role word
            # ("baby hope", "dp mark"); elsewhere it is the ordinary word
            listed = listed and prev in KIN_BEFORE and pos == "NOUN"
        capital = is_capitalised(word)
        prev2 = v.lowers[before - 1] if before > 0 else ""
        unknown_propn = capital_propn_unknown(v, i)
        nxt = v.lowers[i + 1] if i + 1 < n else ""
        nxt2 = v.lowers[i + 2].strip(".") if i + 2 < n else ""
        looks_named = strong or pos in {"PROPN", "NOUN", "X", "ADJ"}
        same_line = "\n" not in v.text[v.ends[before]:v.idx[i]] if before >= 0 else True
        # "Gift and I are now at ...", "Blessing & I": whoever the writer pairs with herself is a person
        if (capital and nxt in {"and", "&"} and i + 2 < n and v.texts[i + 2] == "I" and low not in safe_words()
                and low not in MONTHS and not is_background(word) and not not_identifier(word) and low not in GENERIC
                and (is_first_name(word) or not sentence_initial(v, i) or not ordinary_word(word))):  # "Breakfast and I"
            return 0.65, "paired with the writer ('X and I')"
        if prev == ":" and prev2 in LABELS and same_line and (listed or unknown_propn):  # not "Mum:\nPerineum sore"
            return 0.7, f"follows the label '{prev2}:'"
        if prev in NAMING and (capital or listed) and looks_named:
            return 0.75, f"follows '{prev}'"
        # an unlisted capitalised word after a role word is a name only if it is no ordinary word:
        # "baby Nevaeh" is, "Baby Massage" and (in capitals) "BABY FEEDING WELL" are not
        if prev in KIN_BEFORE and looks_named and (
                listed or (capital and pos in {"PROPN", "AUX"} and not ordinary_word(word))):
            return 0.7, f"follows the role word '{prev}'"
        # "Baby Bear is feeding", "DP Stone came home": an ordinary word after a role word is a name
        # when it then does what people do ("Baby Massage is on Tuesdays" does nothing)
        if (prev in KIN_BEFORE and capital and looks_named and low not in safe_words()
                and self._does_person_things(v, i)):
            return 0.65, f"follows the role word '{prev}' and does what people do"
        told_rare = capital and v.dep[i] == "dobj" and rare_word(low)  # "Told Bramble about ..." (tagged ADJ)
        if lower_named and (pos in {"PROPN", "NOUN"} or prev in VERB_BEFORE) and self._with_a_role(v, i):
            return 0.6, "a listed name joined to a role word ('jack and mum')"
        # "Met Honey and her mum": a capitalised noun joined to a role word is a person, even an ordinary
        # word; starting a sentence it must be rarer than a meal or a chore ("Breakfast and mum ...")
        if (capital and pos in {"PROPN", "NOUN"} and low not in safe_words() and low not in GENERIC
                and (listed or rare_word(low) or not sentence_initial(v, i)) and self._with_a_role(v, i)):
            return 0.6, "a capitalised name joined to a role word ('Honey and her mum')"
        if prev in VERB_BEFORE and (listed or lower_named or unknown_propn or told_rare
                                    or (mid_word_propn(v, i) and low not in GENERIC)):
            return 0.6, f"a listed name after '{prev}'"
        if nxt in {"'s", "’s"} and nxt2 in KIN_AFTER and (listed or capital):
            return 0.75, f"followed by \"'s {nxt2}\""
        if prev in PHRASE_LAST and prev2 in PHRASE_FIRST.get(prev, ()) and (listed or capital or lower_named):
            return 0.7, f"follows '{prev2} {prev}'"
        after = v.text[v.ends[i]:v.ends[i] + 24]
        namelike = listed or (capital and pos == "PROPN" and low not in ENGLISH)
        named_baby = capital and prev in KIN_BEFORE and looks_named and low not in safe_words()  # "baby Bear 2 wks"
        if ((namelike and capital) or lower_named or named_baby) and (AGE_AFTER.match(after) or AGE_IS_AFTER.match(after)):
            return 0.7, "followed by an age in days, weeks or months"
        # "Robin from the council rang", "Bev from Home-Start": who someone is, by where they are from
        if ((listed and capital) or (len(word) == 1 and word.isupper() and word != "I")) and nxt == "from" and i + 2 < n \
                and (nxt2 == "the" or is_capitalised(v.texts[i + 2])):
            return 0.65, "a listed name said to be from a team or place"
        if namelike and capital and low not in FORM_LABELS and PHONE_AFTER.match(after):  # not "Telefon: 0745 ..."
            return 0.7, "followed by a phone number"
        if (capital and prev in CALL_VERBS and CALLED_AT.match(after) and low not in safe_words()
                and low not in GENERIC and low not in _ADDRESSEES and not is_background(word)):
            return 0.7, f"to '{prev}' at a phone number"
        if ((listed and capital) or lower_named) and APPOSITION.match(after):
            return 0.7, "followed by a relation word in apposition"
        # "Ash (dad) has ...": a relation in brackets straight after a capitalised word names it, listed or not
        if (capital and pos in {"PROPN", "NOUN", "X"} and after.lstrip().startswith("(") and low not in safe_words()
                and APPOSITION.match(after)):
            return 0.7, "followed by a relation word in brackets"
        # "didn't give Precious my full attention": who is given something is a person
        if (capital and v.dep[i] == "dative" and not sentence_initial(v, i) and low not in safe_words()
                and (listed or pos == "PROPN" or rare_word(low))):
            return 0.6, "a capitalised word given something"
        # a capitalised proper noun inside a sentence ("Mum said Maple was feeding") is a name when it
        # does what people do, even if it is also a word; at a sentence's start so is a listed name, or a
        # rare noun ("Thistle has been crying"), but not an activity ("Feeding") or a plural ("Bottles")
        lone_noun = ((pos in {"PROPN", "NOUN"} or v.dep[i] == "nsubj") and not low.endswith(("ing", "s"))
                     and low not in GENERIC and low not in safe_words() and rare_word(low)
                     and not (i + 1 < n and v.lowers[i + 1].endswith("ing")))  # "Cluster feeding", "Combi feeding"
        modifier = (v.dep[i] in {"compound", "amod"} and not (i + 1 < n and _surname_at(v, i + 1))
                    and not (i + 1 < n and v.lowers[i + 1] in PERSON_PAST))  # "Dawn rang": misread as a compound
        if ((listed or mid_word_propn(v, i) or lone_noun) and capital and not modifier
                and self._does_person_things(v, i)):  # "Infant feeding helpline diverts": a modifier does nothing
            return 0.6, "a name doing what people do"
        if lower_named and v.dep[i] in {"nsubj", "nsubjpass"} and self._does_person_things(v, i):  # not "mat leave"
            return 0.55, "a listed name in lower case doing what people do"
        # "kemi can come to group": a lower-case word no dictionary knows, the subject of what people do
        if (_unknown_lower(low) and v.dep[i] in {"nsubj", "nsubjpass"} and not _typo(low) and i + 1 < n
                and v.lowers[i + 1] in _FINITE_AFTER and self._does_person_things(v, i)):
            return 0.55, "an unknown word in lower case doing what people do"
        if AGE_OLD_AFTER.match(after) and low not in ROLE_WORDS and pos in {"PROPN", "NOUN", "X", "ADJ", "INTJ"}:
            return 0.7, "followed by an age ('is 6 weeks old')"
        following = i + 1
        copula = following < n and v.lemmas[following] == "be"  # "Summer is ...": whatever follows decides
        if (listed and (plain or not copula) and capital and not not_identifier(word) and pos == "PROPN" and following < n
                and v.pos[following] in {"VERB", "AUX"} and (v.dep[i] in {"nsubj", "nsubjpass"}
                                                            or v.heads[i] == following)):
            return 0.6, "a listed name as the subject of a verb"
        return None


def _unknown_lower(low: str) -> bool:
    """A word no dictionary knows and too rare to be a typo of one: 'dlamini', 'thandi'."""
    return low.isalpha() and len(low) >= 3 and not ordinary_word(low) and zipf(low) < 2.5 and low not in safe_words()


def _typo(low: str) -> bool:
    """'intrepreter', 'transaltes': a long word one slip from a dictionary word is that word mistyped."""
    if len(low) < 7:
        return False
    near = {low[:k] + low[k + 1:] for k in range(len(low))}  # a letter too many
    near |= {low[:k] + low[k + 1] + low[k] + low[k + 2:] for k in range(len(low) - 1)}  # two letters swapped
    return any(w in ENGLISH for w in near)


def _ends_clause(v: DocView, i: int) -> bool:
    """'hi grace,' / 'hi hope!': the greeted word is the whole clause."""
    j = word_end(v, i) + 1
    return (j >= len(v) or v.texts[j] in {",", "!", ".", "\n", "x", "xx", "-", "–"} or v.is_space[j] or _is_emoji(v.texts[j])
            or v.lowers[j] in {"again", "here"})


def _is_emoji(text: str) -> bool:
    return any(ord(c) >= 0x1F000 or 0x2600 <= ord(c) < 0x2800 for c in text)


def _surname_at(v: DocView, j: int) -> bool:
    """A capitalised surname straight after the first name, as _hit takes it into the name."""
    text = v.texts[j]
    return (v.ws[j - 1] == " " and v.is_alpha[j] and is_capitalised(text) and not not_identifier(text)
            and (v.pos[j] == "PROPN" or is_surname(text)))


_DETERMINERS = frozenset("a an the this that these those another every each some any".split())
_BEFORE_A_WORD = _DETERMINERS | frozenset("her his their my our your".split())  # a lower-case word-name after these
_OPENERS = frozenset("( \" ' “ ‘".split())


def _word_before(v: DocView, i: int) -> int:
    """The token before i, past an opening bracket or quote attached to it and past extra spaces."""
    j = i - 1
    while j >= 0 and (v.is_space[j] or (v.texts[j] in _OPENERS and not v.ws[j])):
        j -= 1
    return j


_CLOSERS = frozenset(") \" ' ” ’".split())


def _word_after(v: DocView, i: int) -> int:
    """The token after i, past a closing bracket or quote attached to it, extra spaces, and a Markdown
    link target ("[Ace](https://...) is feeding")."""
    j, n = i + 1, len(v)
    while j < n:
        if v.is_space[j] or (v.texts[j] in _CLOSERS and not v.ws[j - 1]):
            j += 1
        elif v.texts[j] == "(" and j + 2 < n and v.texts[j + 2] == ")" and any(c in v.texts[j + 1] for c in "/."):
            j += 3
        else:
            break
    return j


def rare_word(low: str) -> bool:
    """A word too rare to be read as the ordinary word in a name's place ("Thistle", "Bramble"), and no
    adverb ("Luckily the baby ...")."""
    return zipf(low) < 4.0 and not low.endswith("ly")


_ADVERBS_BEFORE = frozenset("just already still finally also never only then now".split())
_TIMES = frozenset("night day feed sleep nap week morning evening birth weekend".split())


def _adult_age_at(v: DocView, j: int) -> bool:
    """An adult's or a teenager's age as a bare number, ending the clause: '17 and', '19.', '23,'."""
    text = v.texts[j]
    return (text.isdigit() and 13 <= int(text) <= 60
            and (j + 1 >= len(v) or v.lowers[j + 1] in {"and", ",", ".", "!", ";", "now", "-", "–"} or v.is_space[j + 1]))


def _role_at(v: DocView, j: int) -> bool:
    """'a great dad', 'the eldest', 'a lovely mum': a role said of the subject."""
    if v.lowers[j] not in {"a", "an", "the", "such"}:
        return False
    for k in range(j + 1, min(j + 4, len(v))):
        if v.lowers[k] in ROLE_WORDS or v.lowers[k] in KIN_BEFORE:
            return True
        if v.pos[k] not in {"ADJ", "ADV"}:
            return False
    return False


def _condition_at(v: DocView, j: int) -> bool:
    if j < len(v) and v.lowers[j] in {"a", "an", "some", "bad", "slight", "little", "her", "his", "their"}:
        j += 1
    return j < len(v) and v.lowers[j] in CONDITIONS


def _propn_no_place(v: DocView, i: int) -> bool:
    """A capitalised proper noun that no place list knows."""
    from .places import is_place

    return is_capitalised(v.texts[i]) and v.pos[i] == "PROPN" and not is_place(v.texts[i])


def mid_word_propn(v: DocView, i: int) -> bool:
    """A capitalised proper noun that does not start a sentence ("told Bluebell"), and no place: a name
    after a person cue."""
    if sentence_initial(v, i):
        return False
    # after a capitalised word that names nobody it is part of a product or service: "Gaviscon Infant"
    prev = v.texts[i - 1]
    if (is_capitalised(prev) and v.lowers[i - 1] not in VERB_BEFORE and v.lowers[i] in ENGLISH and not is_first_name(v.texts[i])
            and not is_first_name(prev) and not is_surname(prev)):
        return False
    return _propn_no_place(v, i)


def capital_propn_unknown(v: DocView, i: int) -> bool:
    """A capitalised proper noun in no dictionary and no place list: a name, after a person cue."""
    return v.lowers[i] not in ENGLISH and _propn_no_place(v, i)


# What follows a family named by its surname in the plural: "the Lees are", "at the Cottons' house"
_FAMILY_AFTER = frozenset("are were have had ' ’ 's ’s house home place visit visits family kids lot both all "
                          "today tomorrow again".split())


# What "the X family" says of X when X is no surname: "the Foster family", "the Royal family".
_FAMILY_KINDS = frozenset("""foster host royal military adoptive birth extended whole new same other first second
third last next local traveller travelling gypsy roma""".split())
_FAMILY_NOUNS = frozenset("family household twins triplets quads quadruplets quins kids children boys girls".split())
_FAITHS_AND_LANGUAGES = (safe_section("faiths, denominations and festivals")
                         | safe_section("languages, dialects and scripts spoken"))


def _family_by_surname(v: DocView, i: int) -> bool:
    """'update on the Ahmadi family', 'the Brown twins': a capitalised word between "the" and a family noun is a
    surname, even when it is a word, unless it says what kind of family (foster, host) or where it is from."""
    word, low = v.texts[i], v.lowers[i]
    if not (is_capitalised(word) and v.is_alpha[i]) or i + 1 >= len(v) or v.lowers[i + 1] not in _FAMILY_NOUNS:
        return False
    # a product's name is never a family's ("the Brown twins"), but a faith or a language says where it is from
    return not (low in _FAMILY_KINDS or low in BACKGROUNDS or low in NOT_NAMES or low in _FAITHS_AND_LANGUAGES
                or not_identifier(word) or low in ROLE_WORDS or is_background(word))


def _after_a_title(v: DocView, i: int) -> bool:
    return i > 0 and v.ws[i - 1] == " " and v.lowers[i - 1].rstrip(".") in TITLES


_LIST_MARK = re.compile(r"(?:^|\n)[ \t]*(?:[a-hA-H]\)|\(?\d{1,2}[.)]|[-•*–])[ \t]*$")


# Labels a line can open with that are also given names ("Reason:", "General:", "Ward:", "Baby:")
_NOT_SPEAKERS = FORM_LABELS | ROLE_WORDS | frozenset("reason general ward job handy note notes summary plan".split())


def _speaker_label(v: DocView, i: int, low: str) -> bool:
    """"Hope: does anyone know", "3) Joy: discharge visit": a listed given name as the label of a line is who speaks
    or whom the item is about, even a name that is also a word; a form's or a note's own labels are not."""
    return low not in _NOT_SPEAKERS and low not in safe_words() and not not_identifier(v.texts[i])


def _opens_list_item(v: DocView, i: int) -> bool:
    """The word follows a list marker at the start of its line: "a) ", "2. ", "- ", "• "."""
    start = v.idx[i]
    return bool(_LIST_MARK.search(v.text, max(0, start - 12), start))


_AT_HOME_OF = frozenset("at left leaving round from outside to over".split())


def _someones_house(v: DocView, i: int) -> bool:
    """"just left ruta's", "at storm's now", "round kemis": after "at", "left", "round" (the caller checks the word
    before), a name with a possessive and nothing after it is where someone lives. Only a listed first name (word-names
    too) or a word no dictionary knows; never a role ("at mum's"), a shop ("at Tesco's") or a word whose plural is
    ordinary ("at nights")."""
    from .places import SHOPS

    low = v.lowers[i]
    if i + 1 >= len(v) or (v.lowers[i + 1] not in {"'s", "’s"} and not low.endswith("s")):
        return False  # cheap first: no possessive, written either way
    if low in ROLE_WORDS or low in KIN_BEFORE or low in SHOPS or low in TITLES or not v.is_alpha[i]:
        return False
    j = i + 1
    if v.lowers[j] in {"'s", "’s"}:
        nxt = v.lowers[j + 1] if j + 1 < len(v) else ""
        # "at storm's now", "left ruta's." (not "at storm's house": the noun after it is said of a person anyway)
        ends = not nxt or not v.is_alpha[j + 1] or nxt in _AFTER_HOUSE
        return ends and (is_first_name(v.texts[i]) or _unknown_lower(low))
    # written without the apostrophe: "left rutas", "round kemis"
    if low.endswith("s") and len(low) > 3 and not ordinary_word(low) and low not in safe_words():
        stem = low[:-1]
        return is_first_name(stem) and stem not in ENGLISH and stem not in ROLE_WORDS and stem not in KIN_BEFORE
    return False


_AFTER_HOUSE = frozenset("now at by today tonight tomorrow later then again first after for till until".split())


def _family_plural(v: DocView, i: int) -> bool:
    """'the Lees are', 'at the Cottons'': a listed surname with a plural s, even when the plural is a word."""
    word = v.texts[i]
    if not word.endswith("s") or i + 1 >= len(v) or v.lowers[i + 1] not in _FAMILY_AFTER:
        return False
    stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    if any(len(stem) >= 2 and is_surname(stem) and not not_identifier(stem) for stem in stems):
        return True
    # an unlisted surname, when only a family can follow: "the Cottons' house", "the Pellows were"
    stem = word[:-1].lower()
    return (v.lowers[i + 1] in {"'", "’", "were", "are"} and len(stem) >= 3 and stem not in safe_words()
            and stem not in NOT_NAMES and not not_identifier(word) and not not_identifier(stem)
            and stem not in BACKGROUNDS)
