"""Names beyond the model: name lists (I102), cues (I103), initials (I104).

Each table row is text -> the exact spans one recognizer reports. All names are invented
for these tests (none comes from the evaluation corpus).
"""
import pytest

from discreet.linter.lexicon import word_list
from discreet.linter.recognizers.initials import Initials
from discreet.linter.recognizers.name_cues import NameCues
from discreet.linter.recognizers.name_list import NameList
from discreet.linter.words import fold, is_first_name, is_word_name


NAME_LIST = [
    # lower case: after a title the tokenizer splits ("dr. okafor"), and after "to", read as a verb
    ("Rebooked with dr. okafor for friday.", ["okafor"]),
    ("send the form to rashida at the front desk", ["rashida"]),
    # capitalised listed names, anywhere in the sentence
    ("Visited Bronwen and her partner Tobias at home.", ["Bronwen", "Tobias"]),
    ("Ngozi Adeyemi-Clarke rang about feeds.", ["Ngozi Adeyemi-Clarke"]),
    ("Handover for Oksana Kovalenko, second baby.", ["Oksana Kovalenko"]),
    ("Called Mrs Okonkwo back after lunch.", ["Okonkwo"]),
    # a full name whose given name is also a word ("Joy"), and one in no list after a listed one
    ("Handover - Joy Mensah, 2 Elm Row.", ["Joy Mensah"]),
    ("Met Yusuf Qarshe at the hub.", ["Yusuf Qarshe"]),
    # accents folded: the lists hold "Siân" and "Sian"
    ("Siân and Gráinne are twins' aunties.", ["Siân", "Gráinne"]),
    # lower case: a listed name that is no English word
    ("saw tobias and ngozi today, all fine", ["tobias", "ngozi"]),
    # plural family name after "the"
    ("Second visit with the Okonkwos today.", ["Okonkwos"]),
    # a name that is also a word, used as a proper noun mid-sentence
    ("Went through the plan with Hope and her mum.", ["Hope"]),
]

NAME_LIST_CLEAN = [
    "Went to see if she wanted to bake.",
    "she's over the moon, baby on the other side now, took his vit d",  # listed names that are words too
    "I hope the latch improves. Will do a weigh tomorrow.",
    "Remember to mark the chart and pay the bill.",
    "Summer holidays start soon; the amber teething necklace came off.",
    "Mum is using Gaviscon Infant and Dr Brown's bottles.",
    "Mum speaks Polish and English, dad speaks Somali.",
    "We met at the Retail Park for a walk.",
    "Feeding: EBF. Handover: see notes. Cheers!",
    "baby walkers are not advised, said the HV.",
]


@pytest.mark.parametrize("text,expected", NAME_LIST)
def test_name_list_spans(found, text, expected):
    assert found(NameList, text) == expected


@pytest.mark.parametrize("text", NAME_LIST_CLEAN)
def test_name_list_leaves_words_alone(found, text):
    assert found(NameList, text) == []


CUES = [
    ("baby hope and dp mark were asleep", ["hope", "mark"]),
    ("I hope baby will feed, mark the chart", []),
    ("Lovely visit, baby Nevaeh is feeding well.", ["Nevaeh"]),
    ("DP Will did the night feeds.", ["Will"]),
    ("Baby May is 4 days old.", ["May"]),
    ("Little one is named Bryony-Mae.", ["Bryony-Mae"]),
    ("Tamsin's mum stayed over. Tamsin slept.", ["Tamsin", "Tamsin"]),
    ("mum Grace was tired", ["Grace"]),
    ("Spoke to Delphine about the car seat.", ["Delphine"]),
    ("Visit to Marigold (she prefers Marigold to Margaret).", ["Marigold", "Marigold"]),
    # a name followed by an age, or by a phone number
    ("New baby (Zuzanna, 5 wks), very settled.", ["Zuzanna"]),
    ("Contact: Kaito 07700 900123 after 5.", ["Kaito"]),
    # a capitalised proper noun in no list, after a person verb or a "Contact:" label
    ("Visited Eluned Tregothnan today.", ["Eluned Tregothnan"]),
    ("Contact: Zoltar Vennick, after 6pm.", ["Zoltar Vennick"]),
    # a listed word-name as the subject of a verb
    ("Ivy wants to go back to college.", ["Ivy"]),
    ("Holly has a feeding spreadsheet.", ["Holly"]),
    # once cued, every mention counts, lower case too
    ("baby Rowan Pettigrew asleep. Saw rowan again later.", ["Rowan Pettigrew", "rowan"]),
    # a role word in apposition, whatever the name ("X the mum", "X, the HV,")
    ("Clover the mum was tired but happy.", ["Clover"]),
    ("Juniper, the HV, came round.", ["Juniper"]),
    # what a baby has, past helper words, and an age said with "old": the word is a name
    ("Thistle has a rash on her arm.", ["Thistle"]),
    ("Breeze has been crying a lot.", ["Breeze"]),
    ("pebble is 5 weeks old now.", ["pebble"]),
    # a capitalised word inside a sentence, doing what people do or after a person verb
    ("Mum said Nutmeg was feeding well.", ["Nutmeg"]),
    ("Told Bramble about the group.", ["Bramble"]),
    # a lower-case listed name that is also a word, with a strong cue (texting style)
    ("visited holly and her mum today", ["holly"]),
    ("mum said daisy has been unsettled", ["daisy"]),
    ("jasper and dad are both well", ["jasper"]),
    # an ordinary word after a role word, doing what people do; a capitalised word joined to a role
    ("Baby Fox is feeding well.", ["Fox"]),
    ("Her DP Stone came home late.", ["Stone"]),
    ("Met Honey and her mum today.", ["Honey"]),
    # a word-name opening a sentence, then what people do or are (issue 15.4)
    ("Faith is doing well with feeds.", ["Faith"]),
    ("Destiny is struggling with the latch.", ["Destiny"]),
    ("Amber is 17 and lives with her nan.", ["Amber"]),
    ("Summer had a good night.", ["Summer"]),
    ("Summer texted to say all fine.", ["Summer"]),
    ("Grace and the baby are both well.", ["Grace"]),
    ("- Robin from the council housing team rang", ["Robin"]),
    ("Dawn rang AGAIN asking about water.", ["Dawn"]),  # a person's verb the tagger reads as a noun
    ("Faith didn't want the baby weighed today.", ["Faith"]),  # past an auxiliary and a negation
    ("Ash (dad) has clearly had enough.", ["Ash"]),  # a relation in brackets, even for an unlisted word
    ("I didn't give Precious my full attention.", ["Precious"]),  # who is given something
    ("Baby girl Seo-a, born at home.", ["Seo-a"]),
    ("deb can u do tues for me?", ["deb"]),  # a message that opens by asking someone
    ("Dawn here - can I swap my 3pm?", ["Dawn"]),  # who writes
    ("she asked if kemi can come to group", ["kemi"]),  # an unknown lower-case subject doing what people do
    ("will rang, baby sick after every feed", ["will"]),  # a word-name before what only a person does
    # a family by its surname between "the" and a family noun, even a word ("the Brown twins")
    ("Update on the Okonkwo family today.", ["Okonkwo"]),
    ("The Brown twins are home.", ["Brown"]),
    # someone's home: a name with a possessive after "left", "at", "round"
    ("just left kemi's, all good", ["kemi"]),
    ("at storm's now, mum fine", ["storm"]),
    ("round rutas later", ["rutas"]),
]

CUES_CLEAN = [
    "baby may be hungry, mum said",
    "The baby walkers and baby monitor are fine.",
    "my friend's mum has a pram for them.",
    "DP will help tomorrow. Mum is tired.",
    "Called the GP and spoke to the HV.",
    "Baby 2 wks, Twins 3 wks, mum ok.",
    "Mobile 07700 900124 is the best number.",
    "May was a busy month.",
    "Visited Leeds today for the conference.",
    "Grace and patience needed today. Faith restored by a lovely family.",
    "Rose early, did two visits. Summer is coming soon.",
    "Contact: the HV team.",
    "Overnight the baby fed well.",
    "Summer has been lovely so far.",
    "Baby is 6 weeks old.",
    "She said Friday was fine.",
    "Baby Massage is on Tuesdays and Baby Sensory was fun.",
    "Breakfast and her mum.",
    "Summer is a busy time for the team.",
    "Rose is 20 minutes away. Reading is 15 miles from here.",
    "Everything is doing fine. Sleep is a struggle.",
    "Buzzer doesn't work, ring me. Toddler will go to grandparents.",
    "Please can you send it. Anyone can you help?",
    'parents say "but the private lady said it is posterior". Infant feeding helpline diverts.',
    "intrepreter not needed, they're used to kraamzorg coming in every day",  # a typo; a word of another language
    "i hope so, will see tmrw",
    "mum rose early and fed, i hope dad is well, with grace and patience",
    "Placed with the Foster family; the Polish family next door; the Sikh family came too.",  # kinds of family
    "at mum's now, then at Tesco's, at nights she is up, at hers by 2",  # roles, shops, plurals, pronouns
]


@pytest.mark.parametrize("text,expected", CUES)
def test_cue_spans(found, text, expected):
    assert found(NameCues, text) == expected


@pytest.mark.parametrize("text", CUES_CLEAN)
def test_cues_leave_roles_and_words_alone(found, text):
    assert found(NameCues, text) == []


INITIALS = [
    ("K's mum is staying for a week.", ["K"]),
    ("Baby T fed at 3am.", ["T"]),
    ("S & K are doing well.", ["S", "K"]),
    ("P and F both came to group.", ["P", "F"]),
    ("M said she would ring back.", ["M"]),
]

INITIALS_CLEAN = [
    "Went to A&E overnight, then Q&A at the hub.",
    "Started vitamin D drops; Group B strep negative.",
    "Plan B is to try the other side. I think so.",
    "A lot of cluster feeding.",
    "Popped into M&S and B&Q.",
]


@pytest.mark.parametrize("text,expected", INITIALS)
def test_initial_spans(found, text, expected):
    assert found(Initials, text) == expected


@pytest.mark.parametrize("text", INITIALS_CLEAN)
def test_initials_leave_abbreviations_alone(found, text):
    assert found(Initials, text) == []


def test_lists_are_broad_and_sourced():
    for name in ["Olivia", "Aoife", "Zofia", "Chinonso", "Abdirahman", "Ionut", "Rhiannon", "Yaw", "Priya"]:
        assert is_first_name(name), name
    for word in ["hope", "mark", "will", "summer", "amber", "grace", "jack", "rose"]:
        assert is_word_name(word), word
    assert "the" not in word_list("first_names.txt")
    assert fold("Siân") == "sian"


@pytest.mark.parametrize("name", ["first_names.txt", "surnames.txt", "name_words.txt", "uk_places.txt"])
def test_data_files_say_where_they_come_from(name):
    from importlib import resources

    head = resources.files("discreet.linter").joinpath("data", name).read_text(encoding="utf-8").splitlines()[:4]
    assert any("Generated by tools/" in line for line in head)
    assert any(("licence" in line.lower() or "CC BY" in line or "SCOWL" in line) for line in head)


def test_end_to_end_names_reach_the_report(spans):
    found = [text for _, text in spans("Saw tobias today; baby Nevaeh and K's dad were there.")]
    assert found == ["tobias", "Nevaeh", "K"]


# Names that are also words, and words after "baby" that are not names (our own probe notes).
PERSON = {"I101", "I102", "I103", "I104"}


def person_names(spans, text):
    return [t for rule, t in spans(text) if rule in PERSON]


@pytest.mark.parametrize("text,expected", [
    ("Faith came home yesterday with her mum.", ["Faith"]),
    ("Sky is feeding well now.", ["Sky"]),
    ("Ivy (big sister) is jealous of the baby.", ["Ivy"]),
    ("Hope (the volunteer from the charity) came too.", ["Hope"]),  # someone around the family, in apposition
    ("my MIL Gisela turned up again today", ["Gisela"]),  # a kin word in capitals, not a brand, before the name
    ("If I'm out, my flatmate Hope can sign for it.", ["Hope"]),  # a word-name after someone who shares a home
    ("Summer, her older sister, is at nursery now.", ["Summer"]),
    ("Rose was tired after the night feeds.", ["Rose"]),
    ("her fella dean is back at work on monday.", ["dean"]),
    ("Visited baby Zuri at home today.", ["Zuri"]),
])
def test_word_names_used_as_names_are_found(spans, text, expected):
    assert person_names(spans, text) == expected


@pytest.mark.parametrize("text", [
    "We talked about Baby Led Weaning and starting solids.",
    "She has started going to Baby Massage on Tuesdays.",
    "Mum says she has baby brain and keeps losing her keys.",
    "Baby Sensory and the Baby Café are both on Fridays.",
    "Summer is my favourite season for walks with the pram.",
    "BABY FEEDING WELL. MUM TEARFUL BUT COPING.",
    "We read Baby Bear before the nap.",
])
def test_ordinary_words_are_not_names(spans, text):
    assert person_names(spans, text) == []


# Surnames by their shape (our own probe notes): every rule is checked, not only the name rules.
@pytest.mark.parametrize("text,expected", [
    ("Eilidh and Ruaraidh MacAskill were both there.", [("I102", "Eilidh"), ("I102", "Ruaraidh MacAskill")]),
    ("Saw Kenzie McTavish today.", [("I102", "Kenzie McTavish")]),
])
def test_mac_and_mc_surnames_are_found(spans, text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "The Macmillan nurse came at ten.",
    "Mum types on her MacBook at night.",
    "We stopped at McDonalds on the way.",
])
def test_mac_and_mc_words_are_not_names(spans, text):
    assert spans(text) == []
