"""discreet: a privacy linter for people who write about families.

Installed as one package, `discreet`: the engine is `discreet.linter`, the rule files `discreet.rules`,
the command line `discreet.cli`. The API:

    from discreet import Linter
    findings = Linter().check("Visited Bethan today.")

Linter is imported on first use, so `discreet --help` stays quick.
"""
__all__ = ["Linter", "Options", "__version__"]


def __getattr__(name: str):
    # nothing is imported at the top: pytest imports this file on its own (no package) when the
    # checkout's folder is not named discreet, and a relative import there fails every test
    if name == "__version__":
        from .linter import __version__

        return __version__
    if name in ("Linter", "Options"):
        from .linter import engine

        return getattr(engine, name)
    raise AttributeError(name)
