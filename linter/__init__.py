"""discreet: a privacy linter for people who write about families."""
__version__ = "0.1.0"  # the one place: pyproject.toml reads it (tool.setuptools.dynamic)
DEFAULT_PORT = 8765  # the page's port on 127.0.0.1 (discreet serve)
