"""Wording rules (rules/*.yaml) run over the spaCy doc the engine already made.

Matchers are built once; per text we run them and apply cheap context checks: negation, the
family's own words in quotes, the writer about themselves, and rule-specific conditions.
"""
from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Token

from .findings import WORDING, Finding
from .doc_view import view
from .ruleset import LEMMA_ATTR, MACROS, POS_ATTR, SUBJ_ATTR, Rule, compile_pattern, default_rules

NEG = set(MACROS["NEG"].split())
PERSON = set(MACROS["PERSON"].split()) - {"one"}
FAMILY = set(MACROS["SUBJ"].split())
REPORTING = {"say", "tell", "report", "mention", "explain", "admit"}
SELF = {"i", "me", "my", "we", "our", "us", "myself"}
SENTENCE_END = {".", "!", "?", "\n", "!!", "??", "..."}
# Quoted stretches: "..." “...” ‘...’ and '...' (an apostrophe inside a word is not a quote).
QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|‘[^’\n]{1,300}’|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){1,300}'(?!\w)")

if not Token.has_extension(LEMMA_ATTR):
    Token.set_extension(LEMMA_ATTR, getter=lambda t: t.lemma_.lower())

NOUN_MARKS = {"det", "poss", "amod", "nummod", "prep"}  # children that only a noun has
NOUN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "appos"}


def part_of_speech(tok) -> str:
    """The tagger's part of speech, corrected where clipped note style misleads the small model.

    A word modifying a noun is a noun ("refuse bins", "claim form"), and so is a "verb" parsed as
    a subject or object ("Expense claims by managers were ..."). A "noun" with nothing
    noun-like about it is a verb the tagger missed: "mum claims to be ...", "Claims she has ..."
    (the subject read as a compound, or no subject at all); "her expense claims" stays a noun."""
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if tok.pos_ == "VERB" and tok.dep_ in NOUN_ROLES and tok.tag_ != "VBG":  # "Expense claims by ... were"
        return "NOUN"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in NOUN_ROLES and not any(
            c.dep_ in NOUN_MARKS or (c.dep_ == "compound" and c._.get(LEMMA_ATTR) not in PERSON | FAMILY)
            for c in tok.children):
        return "VERB"
    return tok.pos_


if not Token.has_extension(POS_ATTR):
    Token.set_extension(POS_ATTR, getter=part_of_speech)


def is_subject_person(tok) -> bool:
    """A family member as the subject a judgement is said of: a role word, or a name the model reads as a person."""
    if tok.lemma_.lower() in FAMILY:
        return True
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in ("PERSON", "")
            and tok.dep_ in ("nsubj", "nsubjpass"))


if not Token.has_extension(SUBJ_ATTR):
    Token.set_extension(SUBJ_ATTR, getter=is_subject_person)

# The wording model reads whole sentences: too short to judge, or so long a few words are lost in it.
MODEL_MIN_WORDS, MODEL_MAX_WORDS = 4, 60
_YOU = frozenset("you u ya yous youse".split())


def _asks_you(v, start: int, end: int) -> bool:
    """A question put to the reader: "?" or a question word first, and "you" among its first three words."""
    if not ("?" in v.texts[start:end] or v.lowers[start] in QUESTION_OPENERS or v.lowers[start] in ("r", "u")):
        return False
    first = [v.lowers[i] for i in range(start, end) if v.is_alpha[i]][:3]
    return any(w in _YOU for w in first)


QUESTION_OPENERS = frozenset("can could would will does do did has have is are any anyone anybody how what why where when which "
                             "should shall".split())
RELATIVE = {"who", "that", "which", "whom"}
# Verbs that say what someone is like: "she is / seems / looks / comes across as selfish".
COPULA = {"be", "seem", "look", "sound", "appear", "become", "get", "act", "come", "remain", "stay", "grow", "turn"}
PEOPLE = (PERSON | FAMILY | set(MACROS["PNOUN"].split()) | set(MACROS["THIRD"].split()) | {"fella", "bloke", "lad", "gent"}) - {
    "who", "one", "someone"}
NOT_JUDGED = set(MACROS["BABY"].split()) | SELF | {"it", "this", "that", "there"}
HOME = {"house", "flat", "home", "place", "kitchen", "bathroom", "bedroom", "room", "lounge", "garden", "carpet",
        "sofa", "hallway", "toilet", "fridge", "sink", "estate"}
ABOUT_FAMILY = (PEOPLE | HOME | {"he", "she", "they", "her", "him", "his", "their", "them", "herself", "himself",
                                 "themselves", "these", "those"}) - SELF - {"you", "people"}


def _is_person(tok) -> bool:
    """A family member or other adult: a person word, or a name."""
    lemma = tok._.get(LEMMA_ATTR)
    if lemma in NOT_JUDGED or tok.lower_ in NOT_JUDGED:
        return False
    return lemma in PEOPLE or tok.lower_ in PEOPLE or (tok.pos_ == "PROPN" and tok.is_title)


def _subject_of(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def said_of_person(tok, doing: bool = False) -> bool:
    """Is this word said of a person? "a selfish man", "she is selfish", "she's a bit of a diva",
    "dad reeks", and a subjectless note ("Far too immature."); not "a selfish decision", not
    "described the birth as awful" (a report, not a copula), not the baby, not the writer."""
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acomp"):
        if not doing:  # "she complained": an event reported, not a description of her
            return False
        subject = _subject_of(tok)
        return subject is not None and _is_person(subject)
    node = tok
    for _ in range(5):
        head, dep = node.head, node.dep_
        if dep in ("amod", "appos", "compound") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _is_person(head)
        if dep in ("acomp", "attr", "oprd", "advmod", "advcl", "conj", "pobj", "prep", "npadvmod") and head is not node:
            if head.pos_ in ("VERB", "AUX"):
                if head._.get(LEMMA_ATTR) not in COPULA and dep not in ("conj",):
                    return False
                subject = _subject_of(head)
                if subject is not None:
                    return _is_person(subject)
            node = head
            continue
        if dep == "ROOT" or head is node:
            # a fragment with no subject at all: in a note it is said of the family ("Far too immature.")
            # (a subject in a clause of its own, "when I rang", is not the fragment's)
            return node.pos_ in ("ADJ", "NOUN") and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head is node
                                                             for t in node.sent)
        return False
    return False


def _subject(tokens, inside: set[int]):
    """The grammatical subject of the matched words, if the parse gives one outside the match."""
    for tok in tokens:
        for head in (tok, tok.head, tok.head.head):
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i not in inside:
                    # "babies who refuse teats": the subject is the noun the relative clause is about
                    if child.lower_ in RELATIVE and head.dep_ == "relcl":
                        return head.head
                    return child
    return None


# Words in most texts: a poor anchor, since a rule anchored on them would run on every text.
COMMON = set(MACROS["PERSON"].split()) | set(MACROS["INTENS"].split()) | set(
    "i me we you it the a an and or but to of in on at for with by from as that this be have do will "
    "can not n't 's 'd 'll get go say tell look like just never no all so up out about what who".split())


def _anchor(pattern: list[dict]) -> frozenset[str] | None:
    """A word set one of which must be in a text for the pattern to match (None: unknown).

    Prefer the set with fewest common words, then the smallest."""
    best, best_key = None, None
    for token in pattern:
        if token.get("OP") not in (None, "+"):
            continue
        for attr in ("LEMMA", "LOWER"):
            values = token.get(attr, {}).get("IN") if isinstance(token.get(attr), dict) else None
            if values:
                words = frozenset(v.lower() for v in values)
                key = (len(words & COMMON), len(words))
                if best_key is None or key < best_key:
                    best, best_key = words, key
    return best


def _max_length(pattern: list[dict]) -> int | None:
    """The most tokens the pattern can span (None: unbounded)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op in ("*", "+"):
            return None
        total += int(op[1:-1].split(",")[1]) if op and op.startswith("{") else 1
    return total


def _windows(positions: list[int], reach: int, length: int) -> list[tuple[int, int]]:
    """Token ranges that hold every match through an anchor at these positions, merged."""
    out: list[list[int]] = []
    for i in sorted(positions):
        start, end = max(0, i - reach + 1), min(length, i + reach)
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


class WordingChecker:
    def __init__(self, nlp, rules: tuple[Rule, ...] | None = None) -> None:
        self.nlp = nlp
        self.rules = {r.id: r for r in (rules if rules is not None else default_rules())}
        # One Matcher per rule, run only on the stretches of text around the rule's anchor words:
        # spaCy checks IN-list predicates in Python at every token, so running every rule over
        # every whole text is slow. Every match holds an anchor word and is at most `reach`
        # tokens long, so a window of `reach` tokens either side of each anchor finds them all.
        self.matchers: list[tuple[frozenset[str] | None, int | None, Matcher]] = []
        # A rule that is one word from a list ("@negative_person", thousands of words) needs no
        # Matcher: its matches are the positions of those words, looked up once per doc.
        self.word_rules: list[tuple[Rule, frozenset[str]]] = []
        for rule in self.rules.values():
            if rule.patterns:
                compiled = [compile_pattern(p) for p in rule.patterns]
                if all(list(p[0]) == ["LOWER"] and len(p) == 1 for p in compiled):
                    self.word_rules.append((rule, frozenset(w for p in compiled for w in p[0]["LOWER"]["IN"])))
                    continue
                matcher = Matcher(nlp.vocab, validate=True)
                matcher.add(rule.id, compiled, greedy="LONGEST")
                anchors = [_anchor(p) for p in compiled]
                lengths = [_max_length(p) for p in compiled]
                self.matchers.append((None if None in anchors else frozenset().union(*anchors),
                                      None if None in lengths else max(lengths), matcher))
        self.regexes = [(rule, re.compile(rx)) for rule in self.rules.values() for rx in rule.regex]
        self.model_rules = [rule for rule in self.rules.values() if rule.model]
        if self.model_rules:
            from .wording_model import shipped_model

            self.model = shipped_model()

    # -- matching ---------------------------------------------------------------------------
    @staticmethod
    def _word_positions(doc) -> dict[str, list[int]]:
        """Each lower-cased word and lemma in the doc -> the token positions holding it."""
        v = view(doc)  # the recognizers' per-doc lists, already built for this doc
        positions: dict[str, list[int]] = {}
        for i, (word, lemma) in enumerate(zip(v.lowers, v.lemmas)):
            positions.setdefault(word, []).append(i)
            if lemma != word:
                positions.setdefault(lemma, []).append(i)
        return positions

    def _matches(self, doc):
        positions = self._word_positions(doc)
        lowers = view(doc).lowers
        for rule, words in self.word_rules:
            hits = {i for word in words.intersection(positions) for i in positions[word] if lowers[i] in words}
            for i in sorted(hits):
                yield rule, doc[i:i + 1]
        for anchors, reach, matcher in self.matchers:
            if anchors is None or reach is None:
                windows = [(0, len(doc))]
            else:
                hits = [i for word in anchors.intersection(positions) for i in positions[word]]
                windows = _windows(hits, reach, len(doc))
            for start, end in windows:
                for match_id, s, e in matcher(doc[start:end]):
                    yield self.rules[self.nlp.vocab.strings[match_id]], doc[start + s:start + e]
        for rule, rx in self.regexes:
            for m in rx.finditer(doc.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None and len(span):
                    yield rule, span

    def _model_matches(self, doc):
        """Sentences the wording model reads as unkind: (rule, span, the words that weighed most, the whole
        sentence's character range: the span leaves out its closing punctuation and emoji)."""
        from .wording_model import sentence_inputs

        v = view(doc)
        starts = sorted(v.sent_starts | {len(v)})
        for start, end in zip(starts, starts[1:]):
            if _asks_you(v, start, end):
                continue  # a question to a colleague ("can you", "r u seeing") asks; "Why do they bother?" judges
            words = sum(1 for i in range(start, end) if v.is_alpha[i])
            if words < MODEL_MIN_WORDS or words > MODEL_MAX_WORDS:
                continue
            if not any(v.lowers[i] in ABOUT_FAMILY or v.lemmas[i] in ABOUT_FAMILY for i in range(start, end)):
                continue  # W230 judges what is said of the family or their home; "Bit of a long shot" is neither
            prob, top = self.model.score(*sentence_inputs(doc, start, end))  # as trained: all of it
            whole = (v.idx[start], v.ends[end - 1])
            while end > start and (v.is_space[end - 1] or not any(c.isalnum() for c in v.texts[end - 1])):
                end -= 1  # the finding is the sentence's words, without its closing punctuation
            for rule in self.model_rules:
                if prob >= rule.model:
                    yield rule, doc[start:end], top, whole

    # -- context ----------------------------------------------------------------------------
    @staticmethod
    def _window_before(span, size: int):
        doc, out = span.doc, []
        for i in range(span.start - 1, max(-1, span.start - 1 - size), -1):
            if doc[i].text in SENTENCE_END or "\n" in doc[i].text:
                break
            out.append(doc[i])
        return out

    @staticmethod
    def _rest_of_sentence(span, size: int = 14):
        doc, out = span.doc, []
        for i in range(span.end, min(len(doc), span.end + size)):
            if doc[i].text in SENTENCE_END or "\n" in doc[i].text:
                break
            out.append(doc[i])
        return out

    def _negated(self, span) -> bool:
        for tok in span:
            for head in (tok, tok.head):
                if any(c.dep_ == "neg" and c.i < span.start for c in head.children):
                    return True
        return any(t._.get(LEMMA_ATTR) in NEG or t.lower_ in NEG for t in self._window_before(span, 3))

    def _own_account(self, span) -> bool:
        """"she feels useless", "mum said she hasn't showered", "..., she said": the parent's own words."""
        rest = self._rest_of_sentence(span, 12)
        for a, b in zip(rest, rest[1:]):  # "still in her dressing gown most days, she said"
            if b.lemma_.lower() in REPORTING and a.lemma_.lower() in FAMILY and a.dep_ == "nsubj" and a.head == b:
                return True
        for tok in self._window_before(span, 5):
            lemma = tok.lemma_.lower()
            if lemma == "feel":
                return True
            if lemma in REPORTING:
                verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) else tok
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None:  # a weak parse: take the nearest person word before the verb
                    subject = next((t for t in self._window_before(tok.doc[tok.i:tok.i + 1], 6)
                                    if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
                return subject is not None and subject.lemma_.lower() in FAMILY
        return False

    @staticmethod
    def _has_plain_object(span) -> bool:
        """"claimed the grant": a thing as object. "claims baby sleeps" (a weak parse) is a claim."""
        doc = span.doc
        for tok in span:
            for child in tok.children:
                if child.dep_ == "dobj":
                    after = doc[child.i + 1] if child.i + 1 < len(doc) else None
                    return after is None or after.pos_ not in ("VERB", "AUX")
        return False

    def _fine_in_context(self, rule: Rule, span) -> bool:
        inside = set(range(span.start, span.end))
        doc = span.doc
        if rule.negation and self._negated(span):
            return True
        subject = _subject(span, inside) if (rule.self_ok or rule.not_subject) else None
        if subject is not None:
            lemma = subject._.get(LEMMA_ATTR)
            if rule.self_ok and lemma in SELF:
                return True
            if lemma in rule.not_subject:
                return True
        if rule.self_ok and self._own_account(span):
            return True
        if rule.fine_with_object and self._has_plain_object(span):
            return True
        if rule.clause_end and span.end < len(doc) and doc[span.end].is_alpha:
            return True
        if rule.unless_next and span.end < len(doc) and doc[span.end]._.get(LEMMA_ATTR) in rule.unless_next:
            return True
        if rule.unless_prev and span.start > 0 and doc[span.start - 1]._.get(LEMMA_ATTR) in rule.unless_prev:
            return True
        if rule.unless_after and any(t.lemma_.lower() in rule.unless_after or t.lower_ in rule.unless_after
                                     for t in self._rest_of_sentence(span, 5)):
            return True
        if rule.about and not said_of_person(span.root, doing=rule.about == "person-doing"):
            return True
        if rule.needs_in_sentence or rule.unless_in_sentence:
            words = {w for t in span.sent if not (span.start <= t.i < span.end)
                     for w in (t._.get(LEMMA_ATTR), t.lower_)}
            if rule.needs_in_sentence and not words.intersection(rule.needs_in_sentence):
                return True
            if words.intersection(rule.unless_in_sentence):
                return True
        if rule.needs_after:
            rest = self._rest_of_sentence(span)
            if not any(t._.get(LEMMA_ATTR) in rule.needs_after or t.lower_ in rule.needs_after for t in rest):
                return True
        return False

    def _aimed_at_someone(self, span, others: list[tuple[int, int]]) -> bool:
        """lol / eye-roll: only when the words before point at a person, or follow another finding."""
        start = span.start_char
        if any(0 <= start - end <= 3 for _, end in others):
            return True
        if any(t.lower_ in SELF for t in self._rest_of_sentence(span, 3)):
            return False  # "😂 my fault", "😂 we both did": the writer laughing at herself, or with them
        before = self._window_before(span, 15)
        # "lol she thought ...": at the start of a sentence the target comes after
        for tok in before or self._rest_of_sentence(span, 10):
            word = tok._.get(LEMMA_ATTR)
            if word in SELF or tok.lower_ in SELF:
                return False
            if word in PERSON or tok.lower_ in PERSON:
                return True
        return False

    # -- the check --------------------------------------------------------------------------
    def check(self, doc) -> list[Finding]:
        text = doc.text
        quoted = [m.span() for m in QUOTED.finditer(text)]
        kept: dict[tuple[int, int, str], tuple[Rule, object]] = {}
        aimed, notes = [], set()
        for rule, span in self._matches(doc):
            start, end = span.start_char, span.end_char
            if self._fine_in_context(rule, span):
                continue
            if any(qs <= start and end <= qe for qs, qe in quoted):
                notes.add((start, end, rule.id))  # someone's own words: a low-severity note at most
            if rule.aimed and (start, end, rule.id) not in notes:
                aimed.append((rule, span))
            else:
                kept[(start, end, rule.id)] = (rule, span)
        spans = sorted((s, e) for s, e, _ in kept)
        for rule, span in sorted(aimed, key=lambda x: x[1].start):
            if self._aimed_at_someone(span, spans):
                kept[(span.start_char, span.end_char, rule.id)] = (rule, span)
                spans.append((span.start_char, span.end_char))
        # A broad rule (a lexicon read through the grammar, or a frame) gives way to a rule that
        # names the words: one finding, with the more specific advice.
        named = [(s, e) for s, e, rid in kept if not self.rules[rid].gives_way]
        items = [(rule, span) for (s, e, _), (rule, span) in kept.items()
                 if not (rule.gives_way and any(ns < e and s < ne for ns, ne in named))]
        findings = [self._finding(rule, span, (span.start_char, span.end_char, rule.id) in notes)
                    for rule, span in self._dedupe(items)]
        return findings + self._model_findings(doc, findings, quoted)

    def _model_findings(self, doc, found: list[Finding], quoted) -> list[Finding]:
        """The model's sentences, where no rule has said anything: a rule's words are more precise advice."""
        out = []
        for rule, span, top, (whole_start, whole_end) in (self._model_matches(doc) if self.model_rules else ()):
            start, end = span.start_char, span.end_char
            if any(f.start < whole_end and whole_start < f.end for f in found + out):
                continue  # a rule has spoken in this sentence, its closing emoji included: its advice is more precise
            if any(qs <= start and end <= qe for qs, qe in quoted):
                continue  # the family's own words, whole
            finding = self._finding(rule, span)
            why = ("Words that weighed most: " + ", ".join(f"'{w}'" for w in top) + "." if top
                   else "No single word: the sentence as a whole read as unkind.")
            finding = finding.with_(explanation=f"{finding.explanation} {why}")
            out.append(finding)
        return out

    @staticmethod
    def _dedupe(items):
        """One finding per stretch of text per rule: the longest match wins."""
        items = sorted(items, key=lambda x: (x[0].id, x[1].start_char, -x[1].end_char))
        out, last = [], {}
        for rule, span in items:
            prev_end = last.get(rule.id, -1)
            if span.start_char < prev_end:
                continue
            last[rule.id] = span.end_char
            out.append((rule, span))
        return out

    @staticmethod
    def _finding(rule: Rule, span, quoted: bool = False) -> Finding:
        message = rule.message
        if quoted:
            message = ("In quotation marks: fine if these are the family's own words; "
                       "a label quoted from someone else still hurts. " + message)
        return Finding(
            kind=WORDING, category=rule.category, rule=rule.id, start=span.start_char,
            end=span.end_char, text=span.text, message=message,
            suggestion=rule.suggestions[0], severity="info" if quoted else rule.severity,
            explanation=f"{rule.id}: {rule.why}" + (" (quoted)" if quoted else ""),
        )


def rewrite(text: str, findings: list[Finding], rules: dict[str, Rule] | None = None) -> str:
    """Apply a wording suggestion only where the rule lists the exact words as a one-for-one swap."""
    rules = rules or {r.id: r for r in default_rules()}
    # identifiers are share's to replace; quoted words are someone's own and stay as they are
    taken = [(f.start, f.end) for f in findings if f.kind != WORDING]
    taken += [m.span() for m in QUOTED.finditer(text)]
    out = text
    for f in sorted((f for f in findings if f.kind == WORDING), key=lambda f: f.start, reverse=True):
        rule = rules.get(f.rule)
        new = rule.swap.get(f.text.lower()) if rule else None
        if new is None or any(s < f.end and f.start < e for s, e in taken):
            continue
        taken.append((f.start, f.end))
        if f.text[:1].isupper():
            new = new[:1].upper() + new[1:]
        out = out[:f.start] + new + out[f.end:]
    return out
