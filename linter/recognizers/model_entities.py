"""Names and places the spaCy model finds, trimmed of the role words it often swallows."""
from ..lexicon import not_identifier, word_list
from .base import DocRecognizer, Hit
from .name_list import NOT_NAMES, fold, is_first_name, is_surname, never_names, sentence_initial

_TITLE_WORDS = {"mr", "mrs", "ms", "miss", "mx", "dr", "the", "baby", "mum", "dad", "hv", "mw", "lo", "dp", "dh", "sw"}


def trimmed(span):
    """Drop role words, titles and a possessive 's at the edges of an entity span."""
    tokens = list(span)
    while tokens and (tokens[0].lower_.strip(".") in _TITLE_WORDS or not_identifier(tokens[0].text)
                      or not tokens[0].text.strip(".,;:!?()'\"-")):
        tokens.pop(0)
    while tokens and (tokens[-1].lower_ in {"'s", "’s", "'"} or not tokens[-1].text.strip(".,;:!?()'\"-")
                      or not_identifier(tokens[-1].text)):
        tokens.pop()
    return tokens


def _imperative_word(tokens) -> bool:
    """'Mark the visit as done', 'Will you ring': a word-name opening a sentence before a determiner."""
    if len(tokens) != 1 or not sentence_initial(tokens[0]):
        return False
    word, following = tokens[0], tokens[0].nbor(1) if tokens[0].i + 1 < len(tokens[0].doc) else None
    return (word.lower_ in word_list("name_words.txt") and following is not None
            and following.pos_ in {"DET", "PRON"})


class _ModelEntity(DocRecognizer):
    LABELS: frozenset[str] = frozenset()
    SCORE = 0.75

    def plausible(self, text, tokens) -> bool:
        return True
    PRIORITY = 0

    def find(self, doc):
        doc_text = doc.text  # Doc.text rebuilds the string on every access
        for ent in doc.ents:
            if ent.label_ not in self.LABELS:
                continue
            tokens = trimmed(ent)
            if not tokens:
                continue
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            text = doc_text[start:end]
            if not_identifier(text) or not any(c.isalpha() for c in text) or text.islower():
                continue
            if _imperative_word(tokens) or not self.plausible(text, tokens):
                continue
            yield Hit(start, end, self.SCORE, f"the language model tagged '{ent.label_}'")


class ModelPerson(_ModelEntity):
    def plausible(self, text, tokens) -> bool:
        """The small model tags 'Handover', 'Twins', 'Welsh': a lone ordinary word in no name list is no name."""
        if tokens[0].i in never_names(tokens[0].doc):
            return False
        if " " in text:
            return True
        folded = fold(text)
        return not (folded in NOT_NAMES or (folded in word_list("english_words.txt")
                                            and not is_first_name(text) and not is_surname(text)))

    RULE = "I101"
    CATEGORY = "person"
    MESSAGE = "A person's name identifies the family."
    SUGGESTION = "Use a role instead: mum, baby, partner."
    PLACEHOLDER = "[name]"
    LABELS = frozenset({"PERSON"})


class ModelPlace(_ModelEntity):
    RULE = "I203"
    CATEGORY = "location"
    MESSAGE = "A named place narrows down where the family lives."
    SUGGESTION = "Say 'locally' or name a wide region instead."
    PLACEHOLDER = "[town]"
    LABELS = frozenset({"GPE", "LOC", "FAC"})
    SCORE = 0.6
