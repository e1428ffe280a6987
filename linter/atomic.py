"""Writing a file so that a crash mid-write never leaves it half-written."""
from __future__ import annotations

import os
import stat
import tempfile


def write_atomic(path: str, content: str | bytes) -> None:
    """Text is written as UTF-8 exactly (no newline translation); an existing file keeps its permissions."""
    folder = os.path.dirname(os.path.abspath(path))
    mode = None
    if os.path.exists(path):
        mode = stat.S_IMODE(os.stat(path).st_mode)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=".discreet-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
