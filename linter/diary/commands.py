"""`discreet diary`: parse, call the diary modules, print, set the exit code.

Exit status: 0 done; 1 an entry was not saved because of an error-level finding; 2 the diary or an
input could not be used (wrong passphrase, damaged file, disk full, unreadable file).
Heavy modules are imported inside the commands so that `discreet --help` stays quick.
"""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import click

EXIT_DONE, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def _fail(message: str, code: int = EXIT_ERROR):
    click.echo(f"discreet: error: {message}", err=True)
    sys.exit(code)


def _say(message: str) -> None:
    click.echo(f"discreet: {message}", err=True)


def _diary_options(command):
    command = click.option("--passphrase-file", type=click.Path(dir_okay=False), metavar="FILE",
                           help="Read the passphrase from the first line of FILE (for scripts) instead of asking.")(command)
    return click.option("--diary", "diary_path", type=click.Path(dir_okay=False), envvar="DISCREET_DIARY", metavar="PATH",
                        help="The diary file (default: diary.db in your user data folder, or $DISCREET_DIARY).")(command)


def _path(diary_path: str | None) -> Path:
    from .store import default_path

    return Path(diary_path).expanduser() if diary_path else default_path()


def _passphrase(passphrase_file: str | None, prompt: str = "Diary passphrase", confirm: bool = False) -> str:
    if passphrase_file is None:
        return click.prompt(prompt, hide_input=True, confirmation_prompt="Repeat it" if confirm else False, err=True)
    try:
        info = os.stat(passphrase_file)
        with open(passphrase_file, "rb") as handle:
            lines = handle.read(64 * 1024).decode("utf-8").splitlines()
    except UnicodeDecodeError:
        _fail(f"the passphrase file {passphrase_file} is not UTF-8 text")
    except OSError as exc:
        _fail(f"cannot read the passphrase file {passphrase_file}: {exc.strerror or exc}")
    if not lines or not lines[0]:
        _fail(f"the passphrase file {passphrase_file} is empty")
    if os.name == "posix" and info.st_mode & (stat.S_IRGRP | stat.S_IROTH):
        _say(f"warning: other users of this computer can read {passphrase_file}; restrict it with: chmod 600 {passphrase_file}")
    return lines[0]


def _open(diary_path: str | None, passphrase_file: str | None, create: bool = False):
    from .crypto import DiaryError
    from .store import Diary

    path = _path(diary_path)
    if create and path.exists():
        _fail(f"{path} already exists; choose another file with --diary")
    if not create and not path.exists():
        _fail(f"there is no diary at {path}; create one with `discreet diary init`")
    passphrase = _passphrase(passphrase_file, confirm=create)
    try:
        return Diary(path, passphrase, create=create), passphrase
    except DiaryError as exc:
        _fail(str(exc))


def _guard(call, *args, **kwargs):
    """Run a store call; a DiaryError becomes one line and exit 2."""
    from .crypto import DiaryError

    try:
        return call(*args, **kwargs)
    except DiaryError as exc:
        _fail(str(exc))


def _show_findings(label: str, text: str, findings) -> None:
    from ..formatters import formatter
    from ..report import FileReport

    if findings:
        click.echo(formatter("text")([FileReport(label, text, tuple(findings))], color=False), nl=False, err=True)


def _linter(names, family=None):
    from .checking import CheckUnavailable, diary_linter

    try:
        return diary_linter(names, family)
    except CheckUnavailable as exc:
        _fail(str(exc))


@click.group("diary")
def diary():
    """Your notes about families, encrypted on this computer with your passphrase.

    Each entry is checked `--for diary` before it is saved. A family can ask for their own notes
    at any time: `discreet diary export` writes that pack, other people's names left out.
    """


@diary.command()
@_diary_options
def init(diary_path, passphrase_file):
    """Create a new, empty diary (the passphrase is asked twice)."""
    store, _ = _open(diary_path, passphrase_file, create=True)
    store.close()
    _say(f"created the diary {store.path}. Without the passphrase nobody can read it, you included: keep it safe.")


@diary.command()
@_diary_options
@click.option("--new-passphrase-file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Read the new passphrase from FILE instead of asking twice.")
def passwd(diary_path, passphrase_file, new_passphrase_file):
    """Change the diary's passphrase (the file is re-encrypted in place)."""
    store, _ = _open(diary_path, passphrase_file)
    with store:
        new = _passphrase(new_passphrase_file, "New passphrase", confirm=True)
        _guard(store.rekey, new)
    _say("the passphrase is changed. Backups made before keep the old one.")


# families ---------------------------------------------------------------------------------------

@diary.group()
def family():
    """Add, list and close the families you keep notes about."""


@family.command("add")
@click.argument("name")
@click.option("--members", required=True, metavar='"NAME, NAME"',
              help='The family\'s names, comma-separated: "Mum Name, Baby Name, Partner Name".')
@_diary_options
def family_add(name, members, diary_path, passphrase_file):
    """Add a family; its members are the caseload every one of its entries is checked with."""
    names = [" ".join(m.split()) for m in members.split(",") if m.strip()]
    if not name.strip():
        _fail("the family needs a name")
    if not names:
        _fail("--members needs at least one name")
    store, _ = _open(diary_path, passphrase_file)
    with store:
        _guard(store.add_family, name.strip(), names)
    _say(f"added the family {name.strip()} ({len(names)} member{'s' if len(names) != 1 else ''})")


@family.command("list")
@_diary_options
def family_list(diary_path, passphrase_file):
    """List the families: name, members, opened and closed dates."""
    store, _ = _open(diary_path, passphrase_file)
    with store:
        families = _guard(store.families)
    for f in families:
        state = f"closed {f.closed}" if f.closed else "open"
        click.echo(f"{f.name}  ({', '.join(f.members)})  opened {f.opened}, {state}")


@family.command("close")
@click.argument("name")
@_diary_options
def family_close(name, diary_path, passphrase_file):
    """Close a family's file; its entries stay (retention counts from their dates)."""
    store, _ = _open(diary_path, passphrase_file)
    with store:
        closed = _guard(store.close_family, name)
    _say(f"closed the family {closed.name} on {closed.closed}")


# entries ----------------------------------------------------------------------------------------

def _entry_options(command):
    command = click.option("--because", metavar="TEXT",
                           help="Why the accepted rule is right here (kept with the entry).")(command)
    return click.option("--accept", "accept", multiple=True, metavar="RULE",
                        help="Save despite this rule's finding (repeatable); needs --because.")(command)


def _read_text(source: str):
    from ..inputs import InputError, read_source

    try:
        return read_source(source).text
    except InputError as exc:
        _fail(f"{'standard input' if source == '-' else source}: {exc}. Nothing was saved.")


def _caseload(store, fam):
    """Every family's names are found; those not of this family are third parties (a warning)."""
    from .checking import caseload

    return _guard(caseload, store, fam)


def _checked_text(source, initial: str, caseload, accept, because):
    """The entry's text once it passes the check: (text, verdict, editor session or None).

    A refused entry from a file stays in the file; from standard input or the editor nothing of it is
    written anywhere (the editor is offered again, with the text, to fix it)."""
    from .editor import EditorSession

    if accept and not because:
        _fail("--accept needs --because: say why the finding is right in this entry")
    session = None
    if source is None:
        session = EditorSession(initial)
        text = session.edit()
    else:
        text = _read_text(source)
    try:
        return _check_until_saved(source, text, session, caseload, accept, because)
    except (KeyboardInterrupt, click.Abort):
        if session:
            session.discard()
        raise


def _check_until_saved(source, text, session, caseload, accept, because):
    from .checking import CheckUnavailable, findings_of, judge_entry

    linter = _linter(*caseload)
    label = source if source not in (None, "-") else "entry"
    while True:
        if not text.strip():
            if session:
                session.discard()
            _fail("the entry is empty: nothing was saved")
        try:
            findings = findings_of(linter, text)
        except CheckUnavailable as exc:
            if session:
                session.discard()
            _fail(str(exc))
        verdict = judge_entry(findings, accept, because)
        _show_findings(label, text, findings)
        for rule in verdict.unused:
            _say(f"warning: --accept {rule}: this entry has no {rule} error to accept")
        if verdict.saves:
            return text, verdict, session
        if session and click.confirm("discreet: the entry was not saved. Open the editor to change it?",
                                     default=True, err=True):
            text = session.edit()
            continue
        if session:
            session.discard()
        if source not in (None, "-"):
            _fail(f"the entry was not saved; your text is unchanged in {source}", EXIT_FOUND)
        _fail("the entry was not saved, and nothing of it was written to disk", EXIT_FOUND)


def _save(save, source, session):
    """Save; if the diary cannot take it, say where the text still is."""
    from .crypto import DiaryError

    try:
        result = save()
    except DiaryError as exc:
        if session:  # keep the editor file: it is the only copy
            _fail(f"{exc}. The entry was not saved; your text is kept in {session.path} "
                  "(only you can read it): add it from there, then delete it")
        if source not in (None, "-"):
            _fail(f"{exc}. The entry was not saved; your text is unchanged in {source}")
        _fail(f"{exc}. The entry was not saved, and nothing of it was written")
    if session:
        session.discard()
    return result


def _accepted_note(verdict) -> None:
    for rule, because in verdict.accepted:
        _say(f"accepted {rule} for this entry, because: {because}")


def _day(value: str | None):
    """A date option (YYYY-MM-DD, 'today', ...) or None; a bad one is one clear line, exit 2."""
    from .dates import DateError, parse_date

    try:
        return parse_date(value) if value else None
    except DateError as exc:
        _fail(str(exc))


@diary.command()
@click.argument("source", required=False, metavar="[FILE | -]")
@click.option("--family", "family_name", required=True, metavar="NAME", help="Whose notes these are.")
@click.option("--date", "on", metavar="YYYY-MM-DD", help="The day the note is about (default: today).")
@_entry_options
@_diary_options
def add(source, family_name, on, accept, because, diary_path, passphrase_file):
    """Add an entry from FILE, standard input (-) or $EDITOR, checked before it is saved."""
    day = _day(on)
    store, _ = _open(diary_path, passphrase_file)
    with store:
        fam = _guard(store.family, family_name)
        if fam.closed:
            _say(f"warning: the family {fam.name} was closed on {fam.closed}")
        text, verdict, session = _checked_text(source, "", _caseload(store, fam), accept, because)
        entry = _save(lambda: store.add(fam.name, text, day, verdict.accepted), source, session)
    _accepted_note(verdict)
    _say(f"saved entry {entry} for {fam.name}")


@diary.command()
@click.argument("entry_id", type=int, metavar="ID")
@click.argument("source", required=False, metavar="[FILE | -]")
@_entry_options
@_diary_options
def edit(entry_id, source, accept, because, diary_path, passphrase_file):
    """Change an entry: a new version is saved, the earlier ones are kept with their dates."""
    store, _ = _open(diary_path, passphrase_file)
    with store:
        entry = _guard(store.entry, entry_id)
        fam = _guard(store.family, entry.family)
        text, verdict, session = _checked_text(source, entry.text, _caseload(store, fam), accept, because)
        if text == entry.text:
            if session:
                session.discard()
            _say(f"entry {entry_id} is unchanged")
            return
        version = _save(lambda: store.edit(entry_id, text, verdict.accepted), source, session)
    _accepted_note(verdict)
    _say(f"saved version {version} of entry {entry_id}")


def _preview(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[:width - 1] + "…"


def _list_lines(entries) -> None:
    for e in entries:
        edited = f" (v{len(e.versions)})" if len(e.versions) > 1 else ""
        click.echo(f"{e.id:>4}  {e.date}  {e.family}{edited}  {_preview(e.text)}")


@diary.command("list")
@click.option("--family", "family_name", metavar="NAME", help="Only this family's entries.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only entries dated on or after this day.")
@_diary_options
def list_(family_name, since, diary_path, passphrase_file):
    """List entries in date order: id, date, family and the first words."""
    day = _day(since)
    store, _ = _open(diary_path, passphrase_file)
    with store:
        _list_lines(_guard(store.entries, family_name, day, all_versions=True))


@diary.command()
@click.argument("entry_id", type=int, metavar="ID")
@click.option("--versions", "all_versions", is_flag=True, help="Also show every earlier version (the audit trail).")
@_diary_options
def show(entry_id, all_versions, diary_path, passphrase_file):
    """Print an entry as it reads now (and, with --versions, how it read before)."""
    store, _ = _open(diary_path, passphrase_file)
    with store:
        entry = _guard(store.entry, entry_id)
    shown = reversed(entry.versions) if all_versions else [entry.versions[-1]]
    for i, v in enumerate(shown):
        if i:
            click.echo()
        click.echo(f"Entry {entry.id}, {entry.family}, {entry.date}: "
                   f"version {v.number} of {len(entry.versions)}, saved {v.saved}")
        for rule, because in v.accepted:
            click.echo(f"Accepted {rule}: {because}")
        click.echo()
        click.echo(v.text.rstrip("\n"))


@diary.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--family", "family_name", metavar="NAME", help="Only this family's entries.")
@_diary_options
def search(words, family_name, diary_path, passphrase_file):
    """List the entries whose text holds every one of WORDS (any case)."""
    store, _ = _open(diary_path, passphrase_file)
    with store:
        found = _guard(store.search, list(words), family_name)
    _list_lines(found)
    if not found:
        _say("no entry holds all of those words")


# a family's request, retention, backup, import ---------------------------------------------------

@diary.command()
@click.option("--family", "family_name", required=True, metavar="NAME", help="The family who asked.")
@click.option("--to", "target", required=True, type=click.Path(dir_okay=False), metavar="FILE",
              help="request.txt, request.docx or request.json (the data-portability copy).")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@_diary_options
def export(family_name, target, force, diary_path, passphrase_file):
    """Write a family's subject access request pack: their entries, other people as [third party]."""
    from . import export as pack_export
    from .checking import CheckUnavailable

    if os.path.splitext(target)[1].lower() not in pack_export.FORMATS:
        _fail(f"{target}: the pack is written as .txt, .docx or .json")
    if os.path.exists(target) and not force:
        _fail(f"{target} already exists; use --force to replace it")
    store, _ = _open(diary_path, passphrase_file)
    with store:
        fam = _guard(store.family, family_name)
        everyone = [name for f in _guard(store.families) for name in f.members]
        linter = _linter(everyone, family=())  # every name is checked against the family by export itself
        try:
            pack = _guard(pack_export.build, store, fam.name, linter)
        except CheckUnavailable as exc:
            _fail(str(exc).replace("Nothing was saved.", "Nothing was written."))
    try:
        pack_export.write(pack, target)
    except OSError as exc:
        _fail(f"could not write {target}: {exc.strerror or exc}")
    replaced = sum(pack.redactions.values())
    _say(f"wrote {target}: {len(pack.entries)} entr{'ies' if len(pack.entries) != 1 else 'y'} of the {fam.name} family, "
         f"{replaced} name{'s' if replaced != 1 else ''} replaced by [third party]. "
         "It is not encrypted: hand it over securely, then delete your copy.")


@diary.command()
@click.option("--older-than", "span", required=True, metavar="SPAN", help="e.g. 6y, 18m, 4w, 30d.")
@click.option("--family", "family_name", metavar="NAME", help="Only this family's entries.")
@click.option("--purge", is_flag=True, help="Remove them (without it, only say what would go).")
@_diary_options
def retention(span, family_name, purge, diary_path, passphrase_file):
    """Find entries older than your retention period, and with --purge remove them for good."""
    from collections import Counter

    from .dates import DateError, before

    try:
        cutoff = before(span)
    except DateError as exc:
        _fail(str(exc))
    store, _ = _open(diary_path, passphrase_file)
    with store:
        old = _guard(store.entries, family_name, None, cutoff)
        per_family = Counter(e.family for e in old)
        detail = ", ".join(f"{name}: {n}" for name, n in sorted(per_family.items()))
        count = f"{len(old)} entr{'ies' if len(old) != 1 else 'y'} dated before {cutoff.isoformat()}"
        if not purge or not old:
            suffix = f" ({detail}); run again with --purge to remove them" if old else ""
            click.echo(f"{count} would be removed{suffix}" if old else f"no entries dated before {cutoff.isoformat()}")
            return
        _guard(store.purge, [e.id for e in old])
    click.echo(f"removed {count} ({detail}); their text is gone from the diary file. "
               "Backups made before still hold them.")


@diary.command()
@click.argument("target", type=click.Path(dir_okay=False), metavar="FILE")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@_diary_options
def backup(target, force, diary_path, passphrase_file):
    """Write an encrypted copy of the diary to FILE (same passphrase)."""
    if os.path.exists(target) and not force:
        _fail(f"{target} already exists; use --force to replace it")
    store, passphrase = _open(diary_path, passphrase_file)
    with store:
        if Path(target).resolve() == store.path.resolve():
            _fail("the backup must be another file than the diary")
        _guard(store.backup_to, Path(target), passphrase)
    _say(f"wrote an encrypted backup to {target} (it opens with the same passphrase)")


@diary.command("import")
@click.argument("folder", type=click.Path(file_okay=False), metavar="FOLDER")
@click.option("--family", "family_name", required=True, metavar="NAME", help="Whose notes these are.")
@_diary_options
def import_(folder, family_name, diary_path, passphrase_file):
    """Bring existing notes (.txt, .md, .docx, .odt under FOLDER) into the diary, each checked."""
    from ..inputs import DEFAULT_MAX_BYTES, InputError
    from .checking import CheckUnavailable
    from .importer import gather

    store, _ = _open(diary_path, passphrase_file)
    with store:
        fam = _guard(store.family, family_name)
        try:
            result = gather(folder, _linter(*_caseload(store, fam)), DEFAULT_MAX_BYTES)
        except (InputError, CheckUnavailable) as exc:
            _fail(f"{exc}")
        for path, source, blocking in result.blocked:
            _show_findings(path, source.text, blocking)
            _say(f"{path}: not taken: {len(blocking)} error-level finding{'s' if len(blocking) != 1 else ''} "
                 "(above); fix the file and import it again, or add it with --accept RULE --because ...")
        for path, reason in result.refused:
            _say(f"{path}: not taken: {reason}")
        _guard(store.add_many, fam.name, [(text, on, os.path.basename(path)) for path, text, on in result.taken])
    total = len(result.taken) + len(result.blocked) + len(result.refused)
    _say(f"imported {len(result.taken)} of {total} file{'s' if total != 1 else ''} into {fam.name}")
    if result.refused:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FOUND if result.blocked else EXIT_DONE)
