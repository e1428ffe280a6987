"""The diary's speed: unlock, `add` of a 2 KB entry (check and save), `list` and `search` over many entries.

    .venv/bin/python bench/diary_bench.py              # 10,000 entries, 5 rounds
    .venv/bin/python bench/diary_bench.py --quick      # 200 entries, 2 rounds (smoke run)

The diary lives in a temporary folder that is deleted at the end; the entries are made-up text
with no names. Unlock uses SQLCipher's default key derivation (never lowered here). A Markdown
table goes to standard output; medians of the rounds.
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from discreet.linter.diary.checking import diary_linter, findings_of, judge_entry  # noqa: E402
from discreet.linter.diary.store import Diary  # noqa: E402

PASSPHRASE = "bench passphrase for timing only"
WORDS = ("feeding going well settled latch nappies sleep visit weight gain bottle breast night calm "
         "support routine wind tummy time bath walk park health visitor appointment tired happy").split()
MEMBERS = ["Tamsin Okoro", "Ezra Okoro"]  # invented


def note(rng: random.Random, size: int) -> str:
    out = []
    while sum(len(w) + 1 for w in out) < size:
        sentence = [rng.choice(WORDS) for _ in range(rng.randint(6, 14))]
        out += sentence[:-1] + [sentence[-1] + "."]
    text = " ".join(out)
    return text[0].upper() + text[1:size] + "\n"


def timed(fn, rounds: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.entries, args.rounds = 200, 2
    rng = random.Random(7)
    rows = []
    with tempfile.TemporaryDirectory(prefix="discreet-diary-bench-") as folder:
        path = Path(folder) / "diary.db"
        with Diary(path, PASSPHRASE, create=True) as store:
            store.add_family("Okoro", MEMBERS)
            start = date(2015, 1, 1)
            store.add_many("Okoro", [(note(rng, 500), start + timedelta(days=i // 4), None)
                                     for i in range(args.entries)])

        def unlock():
            Diary(path, PASSPHRASE).close()

        rows.append(("unlock (open + key derivation)", timed(unlock, args.rounds)[0]))

        linter = diary_linter(MEMBERS, MEMBERS)
        entry = note(rng, 2048)
        findings_of(linter, entry)  # warm-up
        rows.append(("check of a 2 KB entry", timed(lambda: judge_entry(findings_of(linter, entry)), args.rounds)[0]))
        with Diary(path, PASSPHRASE) as store:
            rows.append(("save of a 2 KB entry (one transaction, fsync)",
                         timed(lambda: store.add("Okoro", entry), args.rounds)[0]))
            count = len(store.entries())
            rows.append((f"list: all {count:,} entries decrypted and read",
                         timed(lambda: store.entries(all_versions=True), args.rounds)[0]))
            rows.append((f"search: two words over {count:,} entries",
                         timed(lambda: store.search(["latch", "calm"]), args.rounds)[0]))
        pass_file = Path(folder) / "pass"
        pass_file.write_text(PASSPHRASE + "\n")
        pass_file.chmod(0o600)
        cli = [sys.executable, "-m", "discreet.cli", "diary"]
        common = ["--diary", str(path), "--passphrase-file", str(pass_file)]
        run = lambda *a: subprocess.run(cli + list(a) + common, cwd=REPO, check=True, capture_output=True)  # noqa: E731
        rows.append(("`discreet diary list` process, start to end", timed(lambda: run("list"), args.rounds)[0]))
        rows.append(("`discreet diary search latch calm` process", timed(lambda: run("search", "latch", "calm"), args.rounds)[0]))
        entry_file = Path(folder) / "entry.txt"
        entry_file.write_text(entry)
        rows.append(("`discreet diary add` 2 KB process (model load included)",
                     timed(lambda: run("add", "--family", "Okoro", str(entry_file)), max(1, args.rounds // 2))[0]))
        size = path.stat().st_size
    print(f"| diary, {args.entries:,} entries of 500 bytes, file {size / 1e6:.1f} MB | median s |")
    print("|---|---:|")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
