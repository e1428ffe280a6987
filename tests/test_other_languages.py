"""Sentences in other languages (linter/other_languages.py, I107): their common words are not flagged as unknown,
their names and places still are; facilities named head word first; titles of other languages. Invented texts."""
import pytest


def _found(linter, text):
    return [f.text for f in linter.check(text) if f.kind == "identifier"]


@pytest.mark.parametrize("text,word", [
    ("Die Kaution überweisen wir bitte bis Freitag auf das Konto.", "Kaution"),  # German capitalises its nouns
    ("Per qualsiasi cosa non esitate a contattarmi, sono in ufficio tutta la settimana.\nCordiali saluti", "Cordiali"),
    ("Quedo atenta a su respuesta, muchas gracias por todo y que tengan una buena semana.\nAtentamente,", "Atentamente"),
    ("Hoi allemaal! Met de feestdag is de winkel gesloten, maar we zijn er weer op maandag.", "Hoi"),
])
def test_a_common_word_of_the_sentence_language_is_not_unknown(linter, text, word):
    assert not any(word in f.text for f in linter.check(text) if f.rule == "I107")


def test_a_short_note_with_shorthand_reads_as_english(linter):
    from discreet.linter.other_languages import _frequencies

    _frequencies.cache_clear()
    linter.check("can u cover my 2pm tmrw?? its Sana, 2nd baby, bf going well. mob in the notes, ta x")
    assert _frequencies.cache_info().currsize == 0


@pytest.mark.parametrize("text,word", [
    # mid-sentence, a capital marks a name or place in Turkish, Indonesian, Romanian, however common the word
    ("Kargo adresim Moda Cad. No: 12, 34710 Kadıköy/İstanbul, teslimat yapılmadı.", "Kadıköy"),
    ("Saya ibunya Raka dari kelas dua, mohon informasinya untuk besok.", "Raka"),
    ("Bună ziua, copilul s-a născut la Maternitatea Giulești pe 3 martie.", "Maternitatea Giulești"),
])
def test_a_capitalised_word_inside_a_foreign_sentence_stays_found(linter, text, word):
    assert any(word in t for t in _found(linter, text))


def test_english_notes_never_read_a_foreign_list(linter):
    from discreet.linter.other_languages import _frequencies

    _frequencies.cache_clear()
    linter.check("Visited Tamsin and baby at home, feeding well, dad back at work on Monday.")
    assert _frequencies.cache_info().currsize == 0


@pytest.mark.parametrize("text,expected", [
    ("Consulta marcada na Clínica São Lucas para maio.", "Clínica São Lucas"),
    ("Ola begynner på Kvaløysletta skole fra august.", "Kvaløysletta skole"),
    ("Dia dirawat di Rumah Sakit Bunda Menteng minggu lalu.", "Rumah Sakit Bunda Menteng"),
])
def test_facilities_named_in_other_languages(linter, text, expected):
    assert expected in [f.text for f in linter.check(text) if f.rule == "I301"]


@pytest.mark.parametrize("text", ["at the Hospital today, then home", "the Hospital Trust wrote again"])
def test_a_head_word_alone_is_no_facility(linter, text):
    assert [f.text for f in linter.check(text) if f.rule == "I301"] == []


@pytest.mark.parametrize("text,number", [
    ("Polisnummer: ZK-55102938 / Kenteken: HX-902-K / Adres volgt", "HX-902-K"),
    ("Polisnummer: ZK-55102938 / Kenteken: HX-902-K / Adres volgt", "ZK-55102938"),
    ("Datos del auto: patente LKJW-73, modelo 2019.", "LKJW-73"),
    ("Ich kündige (Mitgliedsnr. RSV-2291) zum Monatsende.", "RSV-2291"),
])
def test_numbers_labelled_in_other_languages(linter, text, number):
    assert number in [f.text for f in linter.check(text) if f.rule == "I603"]


def test_a_span_of_common_foreign_words_is_no_person(linter):
    text = "Bitte überweisen Sie den Betrag auf mein Konto bis Freitag, danke."
    assert not any("mein" in t for t in _found(linter, text))


@pytest.mark.parametrize("text,rule,found", [
    ("Sími 861 4402. Kveðja, Gunna", "I404", "861 4402"),  # a number after a phone label, any length a phone has
    ("有事请打我电话139 5550 2817，谢谢", "I404", "139 5550 2817"),
    ("物流单号YT7781234409921显示已签收", "I603", "YT7781234409921"),  # a number after a label ending in 号
    ("会員番号：B7731902です", "I603", "B7731902"),
    ("or write to kaz.m(at)example.com if easier", "I402", "kaz.m(at)example.com"),
    ("posting as u/sleepless_in_leeds here", "I403", "u/sleepless_in_leeds"),
])
def test_contact_details_as_written_abroad_and_online(linter, text, rule, found):
    assert found in [f.text for f in linter.check(text) if f.rule == rule]


@pytest.mark.parametrize("text", ["tel 14:30 works", "Room 12 ID 3", "the ratio was 3 u/l"])
def test_short_numbers_after_labels_are_left(linter, text):
    assert [f.text for f in linter.check(text) if f.rule in ("I404", "I603", "I403")] == []


@pytest.mark.parametrize("text,word", [
    ("Estimado señor:\n\nLe informo que el arriendo de abril ya fue transferido.", "Le"),  # an article, a surname elsewhere
    ("Buenos días:\n\nLes escribo porque el pedido no ha llegado todavía.", "Les"),
])
def test_a_function_word_of_the_sentence_is_no_name(linter, text, word):
    assert word not in [f.text for f in linter.check(text)]


def test_a_common_german_noun_is_no_name_but_a_name_after_frau_is(linter):
    text = ("Sehr geehrte Frau Baumgartner,\n\nhiermit kündige ich fristgerecht meinen Mietvertrag. "
            "Anbei finden Sie die Unterlagen zur Kündigung.")
    found = [f.text for f in linter.check(text)]
    assert any("Baumgartner" in t for t in found) and "Unterlagen" not in found
