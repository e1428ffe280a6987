"""discreet: a privacy linter for people who write about families.

Installed as one package, `discreet`: the engine is `discreet.linter`, the rule files `discreet.rules`,
the command line `discreet.cli`. The API:

    from discreet import Linter
    findings = Linter().check("Visited Bethan today.")

Linter is imported on first use, so `discreet --help` stays quick.
"""
__all__ = ["Linter", "Options", "__version__"]

if __package__:  # imported as the package; pytest also imports this file alone, as the repository folder's
    from .linter import __version__


def __getattr__(name: str):
    if name in ("Linter", "Options"):
        from .linter import engine

        return getattr(engine, name)
    raise AttributeError(name)
