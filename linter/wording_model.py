"""A small linear model of unkind wording, for what no phrase list names (W230).

A logistic regression over the words of a sentence as the spaCy model reads them (lemmas, with
people, babies and the writer folded into one mark each) and over pairs of neighbouring words.
Its weights are data (linter/data/wording_weights.tsv), trained by tools/train_wording_model.py on
sentences written for the purpose (tools/wording_data/); the finding names the words that weighed
most, so a user can see why a sentence was flagged.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from .doc_view import DocView
from .words import zipf

WEIGHTS_FILE = "wording_weights.tsv"
PERSON_MARK, BABY_MARK, SELF_MARK, NUMBER_MARK, QUOTE_MARK, RULE_MARK = "<person>", "<baby>", "<me>", "<num>", "<quote>", "<rule>"
_PEOPLE = frozenset("""mum mam mom mother mummy dad father daddy da she he they her him his their them partner
husband wife boyfriend girlfriend dp dh fiance nan nana nanna gran granny grandma grandad grandpa nanny
family parents couple client woman man lady bloke lad girl sister brother aunt auntie uncle cousin
mil fil sil bil in-law ex""".split())
_BABY = frozenset("baby babe bubba little one son daughter newborn infant twins lo".split())
_SELF = frozenset("i me my we us our myself".split())
_NEGATORS = frozenset("not n't never no nothing nobody hardly".split())
_CLAUSE_ENDS = frozenset(", . ; : ! ? but just though although - – —".split())
_KEEP_PUNCT = frozenset("! ? \" “ ” ' ‘ ’ ( ) ... …".split())


def _mark(lemma: str, lower: str) -> str:
    if lower in _SELF:
        return SELF_MARK
    if lower in _PEOPLE or lemma in _PEOPLE:
        return PERSON_MARK
    if lower in _BABY or lemma in _BABY:
        return BABY_MARK
    if any(c.isdigit() for c in lower):
        return NUMBER_MARK
    return lemma


def sentence_inputs(doc, start: int, end: int) -> tuple[set[str], dict[str, float]]:
    """What the model reads of tokens start..end-1: its words and pairs, and its mean vector. The one way
    both the checker and the training script read a sentence, so the model is used as it was trained."""
    from .doc_view import view

    v = view(doc)
    scope = negated(v, start, end)
    said = quoted_words(v, start, end)
    senses = one_sense_words()
    ruled = {i for i in range(start, end) if v.lemmas[i] in senses}
    return features(v, start, end, scope, said, ruled), dense(doc, start, end, scope | said | ruled)


@lru_cache(maxsize=None)
def one_sense_words() -> frozenset[str]:
    """Words a rule judges in one sense only ("claim/VERB": not benefit claims; "refuse/VERB": not refuse bins).
    The model does not read them: it would learn the word, not its sense, and the rule already judges that."""
    from .ruleset import default_rules

    return frozenset(p.split("/")[0].lower() for rule in default_rules() for p in rule.patterns
                     if re.fullmatch(r"[A-Za-z]+/[A-Z]+", p))


# Someone's own words of this many or more are what they said, not what the writer thinks of them: "I feel like
# a lazy mum". Fewer are the writer's scare quotes around a word ("busy" again), which are the writer's.
OWN_WORDS_MIN = 3


def quoted_words(v: DocView, start: int, end: int) -> set[int]:
    """Tokens inside a quotation of OWN_WORDS_MIN words or more within tokens start..end-1."""
    from .wording import QUOTED

    if end <= start:
        return set()
    lo, hi = v.idx[start], v.ends[end - 1]
    out = set()
    for m in QUOTED.finditer(v.text, lo, hi):
        inside = [i for i in range(start, end) if m.start() < v.idx[i] and v.ends[i] < m.end()]
        if sum(1 for i in inside if v.is_alpha[i]) >= OWN_WORDS_MIN:
            out.update(inside)
    return out


def features(v: DocView, start: int, end: int, scope: set[int], said: frozenset[int] | set[int] = frozenset(),
             ruled: frozenset[int] | set[int] = frozenset()) -> set[str]:
    """The sentence's words (u:) and neighbouring pairs (b:) as the model reads them; scope: the negated
    tokens; said: someone's own quoted words, read as one mark (<quote>); ruled: words a rule judges by
    their sense, read as a mark (<rule>). A small or very common word alone ("you", "not", "let") or a mark alone says little of
    kindness: it counts only inside a pair, and a pair of such words not at all."""
    words = []
    for i in range(start, end):
        if v.is_space[i]:
            continue
        if i in said:
            if not words or words[-1] != QUOTE_MARK:
                words.append(QUOTE_MARK)
            continue
        if i in ruled:
            words.append(RULE_MARK)
            continue
        text, low = v.texts[i], v.lowers[i]
        if not any(c.isalnum() for c in text) and text not in _KEEP_PUNCT and not _is_emoji(text):
            continue
        word = _mark(v.lemmas[i], low)
        if i in scope and not _small(word):
            word = "not_" + word  # "not spiteful" is its own word, the opposite of "spiteful"
        words.append(word)
    out = {"u:" + w for w in words if not _small(w)}
    out.update(f"b:{a}_{b}" for a, b in zip(words, words[1:]) if not (_small(a) and _small(b)))
    return out


# Words this common ("let", "know", "never") carry little meaning alone; they still count in pairs.
COMMON_ZIPF = 5.5


def negated(v: DocView, start: int, end: int) -> set[int]:
    """Tokens after "not", "never", "no" ... up to the end of their clause ("not spiteful at all, just tired")."""
    scope, on = set(), False
    for i in range(start, end):
        low = v.lowers[i]
        if low in _CLAUSE_ENDS:
            on = False
        elif low in _NEGATORS:
            on = True
        elif on:
            scope.add(i)
    return scope


def dense(doc, start: int, end: int, scope: set[int]) -> dict[str, float]:
    """The mean of the model's own token vectors over the sentence (d:0 .. d:95): what the words
    mean together, as far as the small model knows, beyond the exact words. Negated words (scope) are
    left out: their vectors carry their meaning, not its opposite."""
    tensor = doc.tensor
    if tensor is None or not len(tensor) or end <= start:
        return {}
    rows = [i for i in range(start, end) if i not in scope]
    if not rows:
        return {}
    mean = tensor[rows].mean(axis=0)
    return {f"d:{k}": float(x) for k, x in enumerate(mean)}


def _small(word: str) -> bool:
    return word in STOP_WORDS or word.startswith("<") or word in _KEEP_PUNCT or zipf(word) >= COMMON_ZIPF


def _is_emoji(text: str) -> bool:
    return any(ord(c) >= 0x1F000 for c in text)


class WordingModel:
    def __init__(self, bias: float, weights: dict[str, float]) -> None:
        self.bias, self.weights = bias, weights

    def score(self, feats: set[str], values: dict[str, float] | None = None) -> tuple[float, list[str]]:
        """The probability the sentence is unkind, and the words that pushed it up most."""
        hits = [(self.weights[f], f) for f in feats if f in self.weights]
        z = self.bias + sum(w for w, _ in hits)
        z += sum(self.weights.get(k, 0.0) * x for k, x in (values or {}).items())
        prob = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        top = [f.split(":", 1)[1].replace("_", " ") for w, f in sorted(hits, reverse=True)[:3] if w > 0]
        return prob, top


def parse_weights(text: str) -> WordingModel:
    bias, weights = 0.0, {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        feature, _, value = line.rpartition("\t")
        if feature == "<bias>":
            bias = float(value)
        else:
            weights[feature] = float(value)
    return WordingModel(bias, weights)


@lru_cache(maxsize=None)
def shipped_model() -> WordingModel:
    from .ruleset import RuleError

    try:
        text = resources.files(__package__).joinpath("data", WEIGHTS_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # a broken install must not quietly skip the model's rule
        raise RuleError(f"the wording model's weights (linter/data/{WEIGHTS_FILE}) cannot be read: "
                        f"{type(exc).__name__}") from None
    return parse_weights(text)
