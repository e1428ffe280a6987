"""The fast attribute ruler must annotate exactly like spaCy's own, or not be installed at all."""
import pytest
import spacy

from discreet.linter.fast_attribute_ruler import install
from discreet.linter.nlp import model_name

# Invented notes that reach the ruler's exceptions: pronouns, auxiliaries, contractions, "there is",
# spaces, "gonna", "y'all", "ain't", determiners used as pronouns, words in capitals.
TEXTS = [
    "Visited Morwenna and baby Tobiah at home. She said that it's been a long week; I didn't push.",
    "He'd had a bad night, they're tired and we'll ring on Friday. There is a HV visit booked.",
    "i ain't gonna do nothin' y'all, gotta go, let's see. c'mon 'nuff said. Doin' fine, ol' son.",
    "  odd\n\n spacing \t here\n\n\nThat is hers, not theirs. Those were mine. This one does help.",
    "SHE HAS BEEN FEEDING WELL. HE WAS ON NIGHTS. Something, anything, nobody, everyone was there.",
    "",
]
FIELDS = ("pos_", "tag_", "lemma_", "dep_", "ent_type_")


@pytest.fixture(scope="module")
def pair():
    stock = spacy.load(model_name())
    fast = spacy.load(model_name())
    assert install(fast) is True
    return stock, fast


def annotations(doc):
    return [(t.text, str(t.morph), *(getattr(t, f) for f in FIELDS)) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_spacy(pair, text):
    stock, fast = pair
    assert annotations(fast(text)) == annotations(stock(text))


def test_same_annotations_in_a_batch(pair):
    stock, fast = pair
    got = [annotations(d) for d in fast.pipe(TEXTS * 3, batch_size=4)]
    assert got == [annotations(d) for d in stock.pipe(TEXTS * 3, batch_size=4)]


def test_replaces_in_place(pair):
    stock, fast = pair
    assert fast.pipe_names == stock.pipe_names
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "FastAttributeRuler"


def test_a_ruler_it_cannot_mirror_is_left_alone():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "hi", "OP": "+"}]], {"LEMMA": "hello"})  # an operator: not supported
    assert install(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_no_ruler_no_change():
    nlp = spacy.blank("en")
    assert install(nlp) is False
    assert nlp.pipe_names == []


def test_the_linter_runs_the_fast_ruler(linter):
    nlp = linter.nlp_engine.nlp["en"]
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "FastAttributeRuler"
