"""Text is handed to spaCy in bounded pieces; findings keep their offsets into the whole text."""
import re

import pytest

from discreet.linter.pieces import MAX_PIECE, MAX_TOKEN, pieces

FILLER = "Feeding is going well and the health visitor is happy with her weight gain this week. " * 8


def covered(text):
    for p in pieces(text):
        assert text[p.start:p.start + len(p.text)] == p.text
    return [(p.start, p.start + len(p.text)) for p in pieces(text)]


def test_an_ordinary_note_is_one_piece_exactly_as_written():
    note = "Saw Tamsin Rowe today.\n\nBaby feeding well.\n"
    assert [(p.start, p.text) for p in pieces(note)] == [(0, note)]


def test_long_text_is_cut_between_paragraphs_never_inside_one_that_fits():
    paragraphs = [f"Paragraph {i}. " + FILLER for i in range(20)]
    text = "\n\n".join(paragraphs)
    spans = covered(text)
    assert len(spans) > 1 and all(e - s <= MAX_PIECE for s, e in spans)
    starts = {m.start() for m in re.finditer("Paragraph", text)}
    assert all(s in starts for s, _ in spans)  # each piece starts a paragraph
    assert "".join(p.text for p in pieces(text)) == text


def test_a_paragraph_too_long_is_cut_at_sentence_ends():
    text = FILLER * 10
    spans = covered(text)
    assert len(spans) > 1 and all(e - s <= MAX_PIECE for s, e in spans)
    assert all(text[s:].startswith("Feeding") for s, _ in spans)


def test_a_sentence_past_the_hard_cap_is_cut_at_a_space():
    text = "word " * 3000
    spans = covered(text)
    assert len(spans) == 3 and all(e - s <= MAX_PIECE for s, e in spans)
    assert all(text[e - 1] == " " for s, e in spans)


@pytest.mark.parametrize("run", ["[" * 20_000, "😀" * 5_000, "\u0301" * 5_000, "-=" * 3_000, "_" * 4_000])
def test_a_long_run_without_letters_or_digits_is_never_read(run):
    text = "Rang Tamsin. " + run + " Call 07700 900412."
    spans = covered(text)
    assert spans == [(0, 13), (13 + len(run), len(text))]


def test_one_huge_token_is_read_in_bounded_slices():
    token = "ab.cd-" * 20_000
    text = "Before it. " + token + " After it."
    spans = covered(text)
    assert all(e - s <= MAX_TOKEN for s, e in spans[1:-1])
    assert spans[0] == (0, 11) and spans[-1] == (11 + len(token), len(text))
    assert sum(e - s for s, e in spans) == len(text)


def test_spacy_is_never_handed_a_pathological_run_or_a_long_text(linter, monkeypatch):
    handed = []
    real = linter.nlp_engine.process_batch

    def spy(texts, *args, **kwargs):
        texts = list(texts)
        handed.extend(texts)
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(linter.nlp_engine, "process_batch", spy)
    text = "\n\n".join([FILLER] * 12) + "[" * 3_000 + " Ring 07700 900412. " + "x" * 5_000
    linter.check(text)
    assert handed and max(len(t) for t in handed) <= MAX_PIECE
    assert not any(re.search(r"[^\w\s]{64}", t) for t in handed)


def test_findings_after_a_long_punctuation_run_keep_their_offsets(linter):
    text = "[" * 20_000 + " Rang Morwenna Tregarthen on 07700 900412. Mum insists on bottles."
    found = [(f.rule, f.start, text[f.start:f.end]) for f in linter.check(text)]
    assert found == [("I103", 20_006, "Morwenna Tregarthen"), ("I401", 20_029, "07700 900412"),
                     ("W102", 20_047, "insists")]


def test_a_name_found_in_one_piece_is_flagged_in_every_other(linter):
    text = ("Visited Morwenna Tregarthen and baby at home.\n\n" + "\n\n".join([FILLER] * 10)
            + "\n\nRang Morwenna later about the weighing clinic.")
    first, last = text.index("Morwenna"), text.rindex("Morwenna")
    spans = covered(text)
    assert not any(s <= first < e and s <= last < e for s, e in spans)  # different pieces
    names = [(f.start, f.text) for f in linter.check(text) if f.kind == "identifier" and "Morwenna" in f.text]
    assert [s for s, _ in names] == [first, last]


def test_capitals_in_a_later_piece_are_still_read_title_cased(linter):
    text = "\n\n".join([FILLER] * 10) + "\n\nHANDOVER: SAW MORWENNA TREGARTHEN AT HOME, BABY FEEDING WELL."
    start = text.index("MORWENNA")
    assert len(covered(text)) > 1
    names = [(f.start, f.end) for f in linter.check(text) if f.category == "person"]
    assert (start, start + len("MORWENNA TREGARTHEN")) in names


def test_wording_in_a_later_piece_keeps_its_offsets(linter):
    text = "\n\n".join([FILLER] * 10) + "\n\nMum insists on bottles."
    where = text.rindex("insists")
    assert [(f.start, f.end) for f in linter.check(text) if f.kind == "wording"] == [(where, where + 7)]
