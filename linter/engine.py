"""The pipeline: text -> bounded pieces (linter/pieces.py) -> one spaCy doc each -> recognizers and
wording rules -> merged findings per piece -> every mention of a found name, across the whole text."""
from __future__ import annotations

import logging
from itertools import groupby
from dataclasses import dataclass
from typing import Iterable, Iterator

from .findings import Finding
from .nlp import load_engine, model_name

log = logging.getLogger("discreet")
SCORE_THRESHOLD = 0.4
CASELOAD = "I105"  # linter/recognizers/caseload.py: the one caseload matcher, for the CLI and the page


class CheckFailed(RuntimeError):
    """A recognizer or rule broke: the run must not report a partial result."""


@dataclass
class Options:
    model: str | None = None
    wording: bool = True
    batch_size: int = 32
    destination: str = "group"  # see linter/data/destinations.toml
    family: frozenset[str] | None = None  # lower-case words of the family's names (caseload)
    names: tuple[str, ...] = ()  # caseload entries from --names FILE (linter/caseload.py)
    config: object = None  # linter.config.Config: rules disabled / severities changed (discreet.toml)


def _NoContext():
    """Presidio's context enhancer, doing nothing: our recognizers read their own context (see
    recognizers/base.py), and the default one walks every result of every text for nothing."""
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    class NoContext(ContextAwareEnhancer):
        def __init__(self) -> None:
            super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                             context_prefix_count=0, context_suffix_count=0)

        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            return raw_results

    return NoContext()


class Linter:
    def __init__(self, options: Options | None = None) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        from .recognizers import by_rule
        from .wording import WordingChecker

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        self.options = options or Options()
        if self.options.family is None and self.options.names:
            from dataclasses import replace

            from .destinations import words

            # The caseload says who the family is: in a diary, other people's names are third parties.
            family = frozenset(w for name in self.options.names for w in words(name))
            self.options = replace(self.options, family=family)
        self.nlp_engine = load_engine(model_name(self.options.model))
        self.classes = by_rule()
        recognizers = [cls() for cls in self.classes.values()]
        for recognizer in recognizers:  # recognizers that take options (the caseload) get them here
            getattr(recognizer, "configure", lambda options: None)(self.options)
        self.caseload = next(r for r in recognizers if r.RULE == CASELOAD)  # reconfigured per call by check()
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"],
            default_score_threshold=SCORE_THRESHOLD, context_aware_enhancer=_NoContext(),
        )
        self.wording = WordingChecker(self.nlp_engine.nlp["en"]) if self.options.wording else None

    def check(self, text: str, names: Iterable[str] | None = None) -> list[Finding]:
        """names: a caseload for this call only (the page's caseload box); None keeps options.names."""
        if names is None:
            return next(self.check_many([text]))
        self.caseload.configure_entries(tuple(names))
        try:
            return next(self.check_many([text]))
        finally:
            self.caseload.configure_entries(self.options.names)  # nothing of this call's names stays

    def check_many(self, texts: Iterable[str]) -> Iterator[list[Finding]]:
        from . import config as configuration
        from .suppress import suppress
        from .destinations import judge
        from .pieces import Piece, pieces
        from .propagate import propagate
        from .reading import readable
        from .shouting import unshout

        texts = list(texts)
        reads = []  # (text index, piece); a piece in capitals is also read title-cased
        for i, text in enumerate(texts):
            for piece in pieces(readable(text)):  # same offsets; wrappers such as "[Name]" read as spaces
                reads.append((i, piece))
                calmer = unshout(piece.text)
                if calmer is not None:
                    reads.append((i, Piece(piece.start, calmer)))
        docs = self.nlp_engine.process_batch([p.text for _, p in reads], "en", batch_size=self.options.batch_size)
        read = groupby(zip(reads, docs), key=lambda item: (item[0][0], item[0][1].start))
        ahead = next(read, None)
        for i, text in enumerate(texts):
            try:
                identifiers, wording = [], []
                while ahead is not None and ahead[0][0] == i:  # this text's pieces, one at a time
                    (_, start), group = ahead
                    found = self._read_piece(text, start, [artifacts for _, (_, artifacts) in group])
                    identifiers += found[0]
                    wording += found[1]
                    ahead = next(read, None)
                identifiers = propagate(text, identifiers)
                # a word inside a name is no judgement: "the Princess Royal", "Lazy Acre Farm"
                wording = [w for w in wording if not any(f.start <= w.start and w.end <= f.end for f in identifiers)]
                findings = identifiers + wording
            except Exception as exc:
                log.debug("check failed: %s", type(exc).__name__)
                # The exception text may quote the input, so only its type is shown.
                raise CheckFailed(f"a check failed ({type(exc).__name__}); nothing was reported") from exc
            findings = judge(findings, self.options.destination, self.options.family)
            findings = configuration.apply(findings, self.options.config)
            findings = suppress(text, findings)
            findings = sorted(findings, key=lambda f: (f.start, f.end, f.rule))
            # Debug output names rules and offsets only: never the text itself.
            log.debug("text %d (%d chars): %s", i, len(text), " ".join(f"{f.rule}@{f.start}-{f.end}" for f in findings))
            yield findings

    def _read_piece(self, text: str, start: int, docs: list) -> tuple[list[Finding], list[Finding]]:
        """Identifier and wording findings of one piece (its doc, and the title-cased doc when it
        is in capitals), with offsets into the whole text."""
        from .merge import merge

        piece = text[start:start + len(docs[0].tokens.text)]
        results = [r for artifacts in docs for r in self.analyzer.analyze(
            artifacts.tokens.text, "en", nlp_artifacts=artifacts, return_decision_process=True)]
        identifiers = merge(piece, results, self.classes)
        wording = self.wording.check(docs[0].tokens) if self.wording is not None else []
        if start:
            identifiers = [f.with_(start=f.start + start, end=f.end + start) for f in identifiers]
        # the doc read wrappers as spaces: a finding's text is always the user's own text
        wording = [f.with_(start=f.start + start, end=f.end + start, text=text[f.start + start:f.end + start])
                   for f in wording]
        return identifiers, wording
