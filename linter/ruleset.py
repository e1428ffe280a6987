"""Wording rules as data: load rules/*.yaml, validate them, and compile their token patterns.

A pattern is a space-separated list of token specs, each matched on the token's lemma (any case),
so "refuse" matches refuse / refused / refusing / refuses. Where the small model's lemma is
unreliable, list the surface forms too ("smell|smelt"); "her" also means the lemma "she":

    refuse|decline     lemma is one of these
    =lol               the token's lower-cased text (no lemma), for slang and fixed spellings
    !baby|lo           lemma is none of these
    POS:ADJ            part of speech
    claim/VERB         lemma and part of speech, as the grammar reads it: "claim/VERB" skips
                       "expense claims" (see wording.py, part_of_speech)
    ~                  any one token
    _                  any one word (not punctuation or a line break)
    ^spec              the token starts a sentence
    PERSON, SUBJ, ...  a word list from MACROS below (can be mixed with words: PERSON|baby); SUBJ alone
                       also matches a person's name, capitalised and tagged a proper noun
    @name              a lexicon, rules/lexicons/name.txt (see lexicon()); alone it matches the
                       word as written ("@body_words"), mixed with words it matches lemmas
    spec? spec* spec+ spec{0,3}   how often the token may repeat (spaCy Matcher ops)

A rule may also give `regex` patterns, run over the text (for emoji), or `model: 0.8`: every sentence
the wording model (wording_model.py) scores at or above that probability is a match.
"""
from __future__ import annotations

import re
from importlib import resources
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .findings import SEVERITIES

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
LEXICON_DIR = RULES_DIR / "lexicons"
ABOUT = ("person", "person-doing")  # the matched word must be said of a family member (wording.py)
IDENTIFIERS_FILE_NAME = "identifiers.yaml"  # the identifier rules' documentation (identifier_rules.py)
LEMMA_ATTR = "discreet_lemma"  # Token extension: lower-cased lemma (spaCy keeps case for PROPN)
POS_ATTR = "discreet_pos"  # Token extension: part of speech, the tagger's slips corrected (wording.py)
SUBJ_ATTR = "discreet_subject"  # Token extension: a family member named by role or by name (wording.py)
UPOS = frozenset("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split())
CATEGORIES = ("stigma", "judgement", "speculation", "gossip", "sarcasm", "body", "paternalism")

# Word lists shared by many rules. General English, never names or places from any corpus.
MACROS = {
    # people a note is about (the writer is "i"/"we", handled apart)
    "PERSON": "she he they her him them his their mum mam mummy mother mom dad daddy father partner "
              "dp dh husband hubby wife boyfriend girlfriend bf gf fiance fiancé parent family couple "
              "client woman lady girl man lad guy bloke people someone mil fil nan nana grandma grandad "
              "granny gran sister brother ex who one",
    "SUBJ": "she he they mum mam mother mom dad father partner dp dh husband hubby wife boyfriend "
            "girlfriend parent couple family client mil fil woman man",
    "PNOUN": "mum mam mother mom dad father parent family couple client woman lady girl man lad guy "
             "bloke partner husband wife boyfriend girlfriend patient mil fil person",
    # people other than the family member speaking for themselves
    "THIRD": "neighbour neighbor cousin friend mate sister brother aunt auntie aunty uncle nan nana nanna "
             "grandma grandmother grandad grandfather granny gran mil fil sil bil ex relative stepmum "
             "stepdad niece nephew someone",
    "SENSITIVE": "drink drunk booze alcohol alcoholic drug weed cannabis coke cocaine heroin high stoned "
                 "hit beat abuse abusive violent violence cheat affair lie steal dealer smoke ex "
                 "hungover neglect police",
    # a clinical record the note quotes from ("discharge summary: poor maternal effort")
    "RECORD": "record records summary discharge registrar consultant obstetrician obstetric documented noted "
              "letter chart handheld",
    "NEG": "not n't never no nothing nobody neither nor without hardly",
    "BABY": "baby lo bubba newborn infant son daughter twin ds dd",
    "INTENS": "very so really quite pretty bit a proper totally completely utterly such too absolutely",
}


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and rule."""


def vader_words(at_most: float) -> set[str]:
    """Words VADER's sentiment lexicon (vaderSentiment, MIT) scores at or below `at_most`.

    Read from the installed package's own file: no network, no model."""
    try:
        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise RuleError(f"the sentiment lexicon (vaderSentiment) is not installed: {type(exc).__name__}") from None
    out = set()
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        score = rest.split("\t", 1)[0]
        if word.isalpha() and word.islower() and score and float(score) <= at_most:
            out.add(word)
    return out


@lru_cache(maxsize=None)
def lexicon(name: str) -> frozenset[str]:
    """rules/lexicons/<name>.txt: one lower-case word a line, and directives:

        %vader <= -1.2     VADER's words scored at or below the number
        %include other     every word of another lexicon
        %minus other       take away every word of another lexicon (applied last)
    """
    path = LEXICON_DIR / f"{name}.txt"
    if not re.fullmatch(r"[a-z_]+", name) or not path.is_file():
        raise RuleError(f"no lexicon @{name} (rules/lexicons/{name}.txt)")
    words: set[str] = set()
    minus: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("%vader"):
            words |= vader_words(float(line.split("<=", 1)[1]))
        elif line.startswith("%include "):
            words |= lexicon(line.split()[1])
        elif line.startswith("%minus "):
            minus.append(line.split()[1])
        elif line.startswith("%"):
            raise RuleError(f"rules/lexicons/{name}.txt: unknown directive {line!r}")
        else:
            words.add(line)
    for other in minus:
        words -= lexicon(other)
    return frozenset(words)


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    message: str
    why: str
    source: str
    suggestions: tuple[str, ...]
    patterns: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    examples_bad: tuple[str, ...] = ()
    examples_good: tuple[str, ...] = ()
    negation: bool = True  # a negated match ("she didn't refuse") is not flagged
    self_ok: bool = True  # the writer about themselves ("I was lazy") is not flagged
    aimed: bool = False  # flag only when aimed at someone (lol, eye-roll emoji)
    not_subject: tuple[str, ...] = ()  # subjects that make the match fine ("baby refused the bottle")
    unless_next: tuple[str, ...] = ()  # lemmas right after the match that make it fine
    unless_prev: tuple[str, ...] = ()  # lemmas right before the match that make it fine
    needs_after: tuple[str, ...] = ()  # the rest of the sentence must hold one of these lemmas
    unless_after: tuple[str, ...] = ()  # lemmas in the next few words that make it fine
    gives_way: bool = False  # a broad rule (a lexicon or frame): a rule naming the words wins the same words
    about: str = ""  # "person": the matched word must be said of a family member ("she is selfish")
    needs_in_sentence: tuple[str, ...] = ()  # the sentence (outside the match) must hold one of these
    unless_in_sentence: tuple[str, ...] = ()  # words anywhere in the sentence that make it fine
    clause_end: bool = False  # only when nothing but punctuation/emoji follows ("of course she does 🙄")
    fine_with_object: bool = False  # "claimed the grant" (a thing) is fine, "claims he sleeps" is not
    swap: dict = field(default_factory=dict)  # surface form -> one-for-one replacement (share --rewrite)
    model: float = 0.0  # > 0: a sentence the wording model scores at or above this is a match
    file: str = ""

    @property
    def summary(self) -> str:
        return self.message.split(". ")[0].rstrip(".")


REQUIRED = {"id", "category", "severity", "message", "why", "source", "suggestions", "examples"}
OPTIONAL = {"patterns", "regex", "negation", "self_ok", "aimed", "not_subject", "unless_next",
            "unless_prev", "needs_after", "unless_after", "swap", "fine_with_object", "clause_end",
            "about", "needs_in_sentence", "unless_in_sentence", "gives_way", "model"}
_SPEC = re.compile(r"^(?P<body>.+?)(?P<op>\?|\*|\+|\{\d+,\d+\})?$")


# spaCy's lemma of an object pronoun is the subject form ("her" -> "she"); a rule saying "her" means both.
_OBJECT_LEMMA = {"her": "she", "him": "he", "them": "they", "me": "i", "us": "we"}


def _words(value: str) -> list[str]:
    out = []
    for part in value.split("|"):
        if part.startswith("@") and len(part) > 1:
            out.extend(sorted(lexicon(part[1:])))
        elif part in MACROS:
            out.extend(MACROS[part].split())
        elif part:
            out.append(part.lower())
            if part.lower() in _OBJECT_LEMMA:
                out.append(_OBJECT_LEMMA[part.lower()])
    return out


def expand(values) -> tuple[str, ...]:
    """Context lists in YAML may use macros too."""
    return tuple(w for v in values or () for w in _words(str(v)))


def _cased(words: list[str]) -> list[str]:
    """spaCy keeps the case of proper-noun lemmas ("Mum", "MIL"); the native LEMMA attr is fast."""
    return sorted({v for w in words for v in (w, w.capitalize(), w.upper())})


def compile_spec(spec: str) -> dict:
    m = _SPEC.match(spec)
    if not m:
        raise RuleError(f"empty token spec in {spec!r}")
    body, op = m.group("body"), m.group("op")
    sent_start = body.startswith("^") and len(body) > 1
    body = body[1:] if sent_start else body
    pos = None
    if "/" in body[1:] and set(body.rsplit("/", 1)[1].split("|")) <= UPOS:
        body, pos = body.rsplit("/", 1)
    if body == "~":
        token: dict = {}
    elif body == "_":
        token = {"IS_PUNCT": False, "IS_SPACE": False}
    elif body == "SUBJ":  # a role word or a person's name: "mum is demanding", "Mrs Okonkwo is demanding"
        token = {"_": {SUBJ_ATTR: True}}
    elif body.startswith("POS:"):
        token = {"POS": {"IN": body[4:].split("|")}}
    elif body.startswith("=") or all(part.startswith("@") for part in body.split("|")):
        token = {"LOWER": {"IN": _words(body.lstrip("="))}}
    elif body.startswith("!"):
        token = {"LEMMA": {"NOT_IN": _cased(_words(body[1:]))}}
    else:
        token = {"LEMMA": {"IN": _cased(_words(body))}}
    if pos:
        token["_"] = {POS_ATTR: {"IN": pos.split("|")}}
    if sent_start:
        token["IS_SENT_START"] = True
    if op:
        token["OP"] = op
    return token


def compile_pattern(pattern: str) -> list[dict]:
    specs = pattern.split()
    if not specs:
        raise RuleError("empty pattern")
    out = [compile_spec(s) for s in specs]
    if all(t.get("OP") in ("?", "*") or t.get("OP", "").startswith("{0,") for t in out):
        raise RuleError(f"pattern {pattern!r} can match nothing")
    return out


def _tuple(value, name: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: '{name}' must be a list of strings")
    return tuple(value)


def parse_rule(data: dict, where: str) -> Rule:
    if not isinstance(data, dict):
        raise RuleError(f"{where}: each rule must be a mapping")
    rid = data.get("id", "?")
    where = f"{where} {rid}"
    missing = REQUIRED - data.keys()
    if missing:
        raise RuleError(f"{where}: missing {', '.join(sorted(missing))}")
    unknown = data.keys() - REQUIRED - OPTIONAL
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if not re.fullmatch(r"W\d{3}", str(rid)):
        raise RuleError(f"{where}: id must look like W101")
    if data["category"] not in CATEGORIES:
        raise RuleError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    examples = data["examples"] or {}
    bad = _tuple(examples.get("bad"), "examples.bad", where)
    good = _tuple(examples.get("good"), "examples.good", where)
    if len(bad) < 2 or len(good) < 2:
        raise RuleError(f"{where}: needs at least two bad and two good examples")
    patterns = _tuple(data.get("patterns"), "patterns", where)
    regex = _tuple(data.get("regex"), "regex", where)
    model = data.get("model", 0.0)
    if not isinstance(model, (int, float)) or not 0 <= model < 1:
        raise RuleError(f"{where}: 'model' must be a probability between 0 and 1")
    if not patterns and not regex and not model:
        raise RuleError(f"{where}: needs patterns, regex or model")
    for p in patterns:
        try:
            compile_pattern(p)
        except RuleError as exc:
            raise RuleError(f"{where}: {exc}") from None
    for r in regex:
        try:
            re.compile(r)
        except re.error as exc:
            raise RuleError(f"{where}: regex {r!r} does not compile: {exc}") from None
    about = str(data.get("about") or "")
    if about and about not in ABOUT:
        raise RuleError(f"{where}: 'about' must be one of {', '.join(ABOUT)}")
    swap = data.get("swap") or {}
    if not isinstance(swap, dict):
        raise RuleError(f"{where}: 'swap' must map words to their replacements")
    suggestions = _tuple(data["suggestions"], "suggestions", where)
    if not suggestions:
        raise RuleError(f"{where}: needs at least one suggestion")
    return Rule(
        id=rid, category=data["category"], severity=data["severity"],
        message=str(data["message"]).strip(), why=str(data["why"]).strip(),
        source=str(data["source"]).strip(), suggestions=suggestions, patterns=patterns,
        regex=regex, examples_bad=bad, examples_good=good,
        negation=bool(data.get("negation", True)), self_ok=bool(data.get("self_ok", True)),
        aimed=bool(data.get("aimed", False)),
        not_subject=expand(_tuple(data.get("not_subject"), "not_subject", where)),
        unless_next=expand(_tuple(data.get("unless_next"), "unless_next", where)),
        unless_prev=expand(_tuple(data.get("unless_prev"), "unless_prev", where)),
        needs_after=expand(_tuple(data.get("needs_after"), "needs_after", where)),
        unless_after=expand(_tuple(data.get("unless_after"), "unless_after", where)),
        fine_with_object=bool(data.get("fine_with_object", False)),
        clause_end=bool(data.get("clause_end", False)), about=about, gives_way=bool(data.get("gives_way", False)),
        needs_in_sentence=expand(_tuple(data.get("needs_in_sentence"), "needs_in_sentence", where)),
        unless_in_sentence=expand(_tuple(data.get("unless_in_sentence"), "unless_in_sentence", where)),
        swap={str(k).lower(): str(v) for k, v in swap.items()}, file=where.split(" ")[0], model=float(model),
    )


def load_rules(directory: Path | str = RULES_DIR) -> tuple[Rule, ...]:
    """Every wording rule in rules/*.yaml (not identifiers.yaml), validated; ids are unique across files."""
    directory = Path(directory)
    files = sorted(p for p in directory.glob("*.yaml") if p.name != IDENTIFIERS_FILE_NAME)
    if not files:
        raise RuleError(f"no rule files in {directory}")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
        except yaml.YAMLError as exc:
            raise RuleError(f"{path.name}: not valid YAML: {exc}") from None
        if not isinstance(data, list):
            raise RuleError(f"{path.name}: must be a list of rules")
        for i, item in enumerate(data):
            rule = parse_rule(item, f"{path.name}#{i + 1}")
            if rule.id in seen:
                raise RuleError(f"{path.name}: id {rule.id} is also used in {seen[rule.id]}")
            seen[rule.id] = path.name
            rules.append(rule)
    return tuple(sorted(rules, key=lambda r: r.id))


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    return load_rules(RULES_DIR)


def rule_by_id(rule_id: str) -> Rule | None:
    return next((r for r in default_rules() if r.id == rule_id.upper()), None)


def describe_list(rules) -> str:
    """`discreet rules`: one line per rule."""
    return "".join(f"{r.id}  {r.category:<11} {r.severity:<7} {r.summary}\n" for r in rules)


def describe(rule: Rule) -> str:
    """`discreet rules W101`: what it does, why, examples and what to write instead."""
    lines = [f"{rule.id} ({rule.category}, {rule.severity})", "", rule.message, "",
             f"Why: {rule.why}", f"Source: {rule.source}", "", "Use instead:"]
    lines += [f"  - {s}" for s in rule.suggestions]
    lines += ["", "Flagged:"] + [f"  ✗ {e}" for e in rule.examples_bad]
    lines += ["", "Not flagged:"] + [f"  ✓ {e}" for e in rule.examples_good]
    return "\n".join(lines) + "\n"
