"""discreet: a privacy linter for people who write about families."""
__version__ = "0.1.0"
