"""The per-doc view the recognizers read must say what the spaCy doc says."""
import pytest

from discreet.linter.doc_view import view

TEXTS = [
    "Saw Oyelaran and baby Teodor at 14 Brynmawr Close.  Mum well.\n\nNext visit Tues.",
    "HANDOVER - KESTREL WARD\nDad (Piotr) on nights; Nana Vee helps. Ferguson-Blake family.",
    "",
]


@pytest.fixture(scope="module")
def nlp(linter):
    return linter.nlp_engine.nlp["en"]


@pytest.mark.parametrize("text", TEXTS)
def test_view_matches_the_doc(nlp, text):
    doc = nlp(text)
    v = view(doc)
    assert len(v) == len(doc)
    assert v.text == doc.text
    assert v.texts == [t.text for t in doc]
    assert v.lowers == [t.lower_ for t in doc]
    assert v.pos == [t.pos_ for t in doc]
    assert v.lemmas == [t.lemma_.lower() for t in doc]
    assert v.heads == [t.head.i for t in doc]
    assert [v.text[a:b] for a, b in zip(v.idx, v.ends)] == v.texts
    assert v.sent_starts == {s.start for s in doc.sents}


def test_span_text_is_the_span_text(nlp):
    doc = nlp(TEXTS[0])
    v = view(doc)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            assert v.span_text(start, end) == doc[start:end].text


def test_built_once_per_doc(nlp):
    doc = nlp(TEXTS[1])
    assert view(doc) is view(doc)
    assert view(nlp(TEXTS[1])) is not view(doc)
