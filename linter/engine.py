"""The pipeline: text -> spaCy doc (once) -> recognizers and wording rules -> merged findings."""
from __future__ import annotations

import logging
from itertools import groupby
from dataclasses import dataclass
from typing import Iterable, Iterator

from .findings import Finding
from .nlp import load_engine, model_name

log = logging.getLogger("discreet")
SCORE_THRESHOLD = 0.4


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
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"],
            default_score_threshold=SCORE_THRESHOLD,
        )
        self.wording = WordingChecker(self.nlp_engine.nlp["en"]) if self.options.wording else None

    def check(self, text: str) -> list[Finding]:
        return next(self.check_many([text]))

    def check_many(self, texts: Iterable[str], configs: list | None = None) -> Iterator[list[Finding]]:
        """configs: one linter.config.Config per text (each file's own discreet.toml), else options.config."""
        from . import config as configuration
        from .suppress import suppress
        from .destinations import judge
        from .merge import merge
        from .propagate import propagate
        from .reading import readable
        from .shouting import unshout

        texts = list(texts)
        variants = []  # (index, text to read); a text in capitals is also read title-cased
        for i, text in enumerate(texts):
            read_text = readable(text)  # same offsets; wrappers such as "[Name]" read as spaces
            variants.append((i, read_text))
            calmer = unshout(read_text)
            if calmer is not None:
                variants.append((i, calmer))
        batches = self.nlp_engine.process_batch([v for _, v in variants], "en", batch_size=self.options.batch_size)
        read = zip((i for i, _ in variants), batches)
        for i, group in groupby(read, key=lambda item: item[0]):
            text = texts[i]
            try:
                docs = [artifacts for _, (_, artifacts) in group]
                results = [r for artifacts in docs for r in self.analyzer.analyze(
                    artifacts.tokens.text, "en", nlp_artifacts=artifacts, return_decision_process=True)]
                findings = propagate(text, merge(text, results, self.classes))
                if self.wording is not None:
                    findings += self.wording.check(docs[0].tokens)
            except Exception as exc:
                log.debug("check failed: %s", type(exc).__name__)
                # The exception text may quote the input, so only its type is shown.
                raise CheckFailed(f"a check failed ({type(exc).__name__}); nothing was reported") from exc
            findings = judge(findings, self.options.destination, self.options.family)
            findings = configuration.apply(findings, configs[i] if configs else self.options.config)
            findings = suppress(text, findings)
            findings = sorted(findings, key=lambda f: (f.start, f.end, f.rule))
            # Debug output names rules and offsets only: never the text itself.
            log.debug("text %d (%d chars): %s", i, len(text), " ".join(f"{f.rule}@{f.start}-{f.end}" for f in findings))
            yield findings
