"""Recognizers are discovered: a module in this package defining a subclass is enough."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


def _concrete(cls):
    for sub in cls.__subclasses__():
        if getattr(sub, "RULE", ""):
            yield sub
        yield from _concrete(sub)


@lru_cache(maxsize=1)
def recognizer_classes() -> tuple[type, ...]:
    from .base import Recognizer

    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")
    classes = sorted(set(_concrete(Recognizer)), key=lambda c: c.RULE)
    seen: dict[str, type] = {}
    for cls in classes:
        if cls.RULE in seen:
            raise RuntimeError(f"recognizer id {cls.RULE} is used by {seen[cls.RULE].__name__} and {cls.__name__}")
        seen[cls.RULE] = cls
    return tuple(classes)


def by_rule() -> dict[str, type]:
    return {cls.RULE: cls for cls in recognizer_classes()}
