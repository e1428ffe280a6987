"""Helpers for the diary tests: a diary with a passphrase file, the CLI, and a reader of the
decrypted pages (SQLCipher 4's page format) to prove what is and is not left in the file."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from click.testing import CliRunner

from discreet.cli import main

PASSPHRASE = "plum kettle orbit lantern"
# Invented families and a neighbour; none of these names is anyone's.
OKORO = ["Tamsin Okoro", "Ezra Okoro"]
PRYCE = ["Bethan Pryce", "Alfie Pryce"]
NEIGHBOUR = "Gwendolyn Fairweather"
PAGE, RESERVE, IV = 4096, 80, 16  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC-SHA512 per page
KDF_ITER = 256_000


def passphrase_file(folder: Path, text: str = PASSPHRASE, name: str = "pass") -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


class Cli:
    """`discreet diary ...` in-process against one diary file and passphrase file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "diary.db"
        self.pass_file = passphrase_file(folder)
        self.runner = CliRunner()

    def __call__(self, *args, input=None, pass_file=None, env=None):
        argv = ["diary", *args, "--diary", str(self.path), "--passphrase-file", str(pass_file or self.pass_file)]
        return self.runner.invoke(main, argv, input=input, env=env)


def file_bytes(path: Path) -> bytes:
    """The diary and any journal beside it, as stored on disk."""
    data = path.read_bytes()
    for suffix in ("-journal", "-wal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            data += side.read_bytes()
    return data


def decrypted_pages(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    """Every page of the file decrypted, free pages included: what an attacker with the key would see."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), data[:16], KDF_ITER, 32)
    out = []
    for number, offset in enumerate(range(0, len(data), PAGE), 1):
        page = data[offset:offset + PAGE]
        start = 16 if number == 1 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize())
    return b"".join(out)


def env_without_diary() -> dict:
    return {k: v for k, v in os.environ.items() if k != "DISCREET_DIARY"}
