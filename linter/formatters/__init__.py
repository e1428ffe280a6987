"""Formatters turn file reports into text; each lives in its own module."""
from __future__ import annotations

from importlib import import_module

FORMATS = ("text", "json", "sarif")


def formatter(name: str):
    return import_module(f"{__name__}.{name}_format").render
