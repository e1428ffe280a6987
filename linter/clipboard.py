"""The clipboard, through pyperclip (pbcopy on macOS, the Windows API, wl-copy/xclip/xsel on Linux).

pyperclip talks to those tools over pipes; nothing is written to a file.
"""
from __future__ import annotations

NO_CLIPBOARD = (
    "no clipboard is available here. On Linux install wl-clipboard (Wayland) or xclip or xsel (X11); "
    "or use a file or standard input instead"
)


class ClipboardUnavailable(Exception):
    """There is no clipboard tool on this computer (or no desktop session to own a clipboard)."""


def _backend():
    try:
        import pyperclip
    except ImportError:
        raise ClipboardUnavailable("the pyperclip package is not installed; reinstall discreet") from None
    return pyperclip


def paste() -> str:
    pyperclip = _backend()
    try:
        text = pyperclip.paste()
    except pyperclip.PyperclipException:
        raise ClipboardUnavailable(NO_CLIPBOARD) from None
    return text if isinstance(text, str) else ""


def copy(text: str) -> None:
    pyperclip = _backend()
    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        raise ClipboardUnavailable(NO_CLIPBOARD) from None
