"""Reading the caseload file (`--names FILE`): the names, nicknames, streets and towns of the
families a practitioner works with. The file is itself sensitive: its contents are never printed
or logged, and a file that other users can read draws a warning."""
from __future__ import annotations

import os
import stat


class CaseloadError(RuntimeError):
    """The names file could not be read: checking without it would miss the names it lists."""


def load_names(path: str) -> tuple[tuple[str, ...], str | None]:
    """Entries (one per line; '#' starts a comment line) and a permissions warning or None.

    Error messages name the file and the reason, never a line of it.
    """
    try:
        info = os.stat(path)
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except UnicodeDecodeError:
        raise CaseloadError(f"the names file {path} is not UTF-8 text") from None
    except OSError as exc:
        raise CaseloadError(f"cannot read the names file {path}: {exc.strerror or 'error'}") from None
    entries = tuple(dict.fromkeys(" ".join(line.split()) for line in lines
                                  if line.strip() and not line.lstrip().startswith("#")))
    warning = None
    if os.name == "posix" and info.st_mode & (stat.S_IRGRP | stat.S_IROTH):
        warning = (f"the names file {path} can be read by other users of this computer; "
                   f"restrict it with: chmod 600 {path}")
    return entries, warning
