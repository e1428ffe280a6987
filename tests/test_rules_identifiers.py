"""Identifier rules as data: the registry, rules/identifiers.yaml and the module index agree."""
import re

import linter.recognizers as recognizers
from linter.recognizers import recognizer_classes


def test_module_index_in_the_package_docstring_matches_the_registry():
    index = {m[1]: (m[2], m[3]) for m in re.finditer(r"^    (I\d{3})  (\w+)\.py\s+(\w+)$", recognizers.__doc__, re.M)}
    registry = {cls.RULE: (cls.__module__.rsplit(".", 1)[1], cls.__name__) for cls in recognizer_classes()}
    assert index == registry
