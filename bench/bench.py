"""Throughput, CPU time, memory and rerun time of `extract`, beside a bare regex scan.

    python bench/bench.py [--corpus md|jsonl|both|txt] [--raw PATH] [--jobs N] [--repeat N]
                          [--jsonl-repeat N] [--reruns N] [--copies N] [--md-cache DIR]
                          [--txt-cache DIR] [--adversarial] [--adversarial-timeout S]

Each run is `python -m pipeline extract --jobs N --full` in a subprocess, start-up included,
over two corpora: the releases of ../shared/corpus/*.jsonl written as one `.md` file each (once,
into --md-cache, reused while the JSONL files are unchanged), and the JSONL files themselves; a
generated corpus when ../shared/corpus is not there. `--corpus txt` measures the same releases
as scraped `.txt` files instead. A bare regex scan of the same files runs
after each extraction, so the ratio of the two is comparable across noisy machines.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # run as a script, from anywhere
from corpora import (  # noqa: E402
    MD_CACHE,
    ROOT,
    SHARED_CORPUS,
    TXT_CACHE,
    Corpus,
    custom_corpus,
    generated_jsonl,
    jsonl_corpus,
    md_corpus,
    txt_corpus,
)
from measure import Run, Target, median, regex_scan_seconds, timed_extract  # noqa: E402

TARGETS = {
    "mb_per_s": Target(4.0, at_most=False),        # median wall, start-up included
    "cpu_per_mb": Target(0.28, at_most=True),
    "ratio": Target(0.2, at_most=False),
    "rerun": Target(1.0, at_most=True),
    "peak_all": Target(400.0, at_most=True),
}
SUMMARY = re.compile(r"(\d+) files, .*?(\d+) unchanged")


@dataclass(frozen=True)
class Measurement:
    corpus: Corpus
    megabytes: float
    jobs: int
    runs: tuple[Run, ...]
    scans: tuple[float, ...]    # seconds of each bare regex scan
    reruns: tuple[Run, ...]


@dataclass(frozen=True)
class Figure:
    label: str
    value: float            # the median, or the worst run for a peak
    best: float | None      # the fastest run, or None
    digits: int
    target: Target | None = None


def figures(m: Measurement) -> list[Figure]:
    """The figures of one corpus, medians first; each target is judged on the median."""
    walls = [r.wall for r in m.runs]
    n, mb = m.corpus.releases, m.megabytes
    scan_mb_s = [mb / s for s in m.scans]
    mb_s = mb / median(walls)
    cpu = [r.cpu / mb for r in m.runs]
    rows = [
        Figure("wall, s", median(walls), min(walls), 2),
        Figure("releases/s", n / median(walls), n / min(walls), 0),
        Figure("MB/s, start-up included", mb_s, mb / min(walls), 2, TARGETS["mb_per_s"]),
        Figure("CPU-s/MB, all processes", median(cpu), min(cpu), 3, TARGETS["cpu_per_mb"]),
        Figure("peak MB, largest process", max(r.peak_process_mb for r in m.runs), None, 0),
        Figure("peak MB, all processes", max(r.peak_all_mb for r in m.runs), None, 0,
               TARGETS["peak_all"]),
        Figure("bare regex scan, MB/s", median(scan_mb_s), max(scan_mb_s), 1),
        Figure("ratio extract/scan MB/s", mb_s / median(scan_mb_s), None, 3, TARGETS["ratio"]),
    ]
    if m.reruns:
        reruns = [r.wall for r in m.reruns]
        rows.append(Figure("unchanged rerun, s", median(reruns), min(reruns), 2,
                           TARGETS["rerun"]))
    return rows


def figure_line(f: Figure) -> str:
    best = f"{f.best:10.{f.digits}f}" if f.best is not None else " " * 10
    target = f"  {f.target.text():>8}  {f.target.mark(f.value)}" if f.target else ""
    return f"  {f.label:<26}{f.value:10.{f.digits}f}{best}{target}".rstrip()


def corpus_block(m: Measurement) -> list[str]:
    c = m.corpus
    lines = [f"{c.name}: {c.releases} releases in {len(c.files)} files, {m.megabytes:.1f} MB "
             f"({c.raw}); extract --jobs {m.jobs} --full; full runs: {len(m.runs)}, "
             f"unchanged reruns: {len(m.reruns)}",
             f"  {'':<26}{'median':>10}{'fastest':>10}  {'target':>8}"]
    lines += [figure_line(f) for f in figures(m)]
    lines.append(f"  last run: {m.runs[-1].summary.split(' -> ')[0]}")
    if m.runs[-1].status != 0:
        lines.append(f"  some releases were skipped; the first warning: {m.runs[-1].warning}")
    if m.reruns and not all_unchanged(m.reruns[-1].summary):
        lines.append(f"  rerun did not reuse every release: {m.reruns[-1].summary}")
    return lines


def all_unchanged(summary: str) -> bool:
    found = SUMMARY.search(summary)
    return bool(found) and found.group(1) == found.group(2)


def measure(corpus: Corpus, out: Path, jobs: int, repeat: int, reruns: int) -> Measurement:
    """Full runs, each followed by a bare scan of the same files, then unchanged reruns."""
    runs, scans = [], []
    for _ in range(repeat):
        runs.append(timed_extract(corpus.raw, out, jobs, full=True))
        scans.append(regex_scan_seconds(list(corpus.files)))
    again = [timed_extract(corpus.raw, out, jobs, full=False) for _ in range(reruns)]
    return Measurement(corpus, corpus.megabytes, jobs, tuple(runs), tuple(scans), tuple(again))


ONE_RELEASE = "# Stöd till läxhjälp\n\nRegeringen avsätter 30 miljoner kronor till läxhjälp 2025.\n"


@dataclass(frozen=True)
class Startup:
    """Medians of `extract` over an empty folder (what every run pays, an unchanged rerun
    included) and over a folder of two short releases (what a run that extracts anything
    pays: the parser, the labeller and spaCy loaded, a worker forked)."""

    empty: Run
    two_releases: Run


def startup(tmp: Path, jobs: int, repeat: int = 3) -> Startup:
    (tmp / "empty").mkdir()
    (tmp / "two").mkdir()
    for name in ("a.md", "b.md"):
        (tmp / "two" / name).write_text(ONE_RELEASE, encoding="utf-8")

    def median_run(raw: Path) -> Run:
        runs = sorted((timed_extract(raw, tmp / f"{raw.name}-out", jobs, full=True)
                       for _ in range(repeat)), key=lambda r: r.wall)
        return runs[len(runs) // 2]

    return Startup(median_run(tmp / "empty"), median_run(tmp / "two"))


def header(start: Startup, load_before: str) -> list[str]:
    return [f"pressfigures bench: commit {commit()}, Python {platform.python_version()}, "
            f"{os.cpu_count()} cores, load average {load_before} before, {load()} after",
            f"start-up: extract of an empty folder {start.empty.wall:.2f} s "
            f"({start.empty.cpu:.2f} CPU-s), of two short releases {start.two_releases.wall:.2f} s "
            f"({start.two_releases.cpu:.2f} CPU-s); targets are judged on the median, peaks on "
            "the worst run"]


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                              check=False).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + (" with uncommitted changes to pipeline/"
                   if git("status", "--porcelain", "--", "pipeline") else "")


def load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def adversarial_texts() -> list[tuple[str, str]]:
    """Digit and scale-word soup, a few MB each: every step must stay close to linear."""
    rng = random.Random(1)
    pieces = ["1", "22", " ", ",", "333 ", "miljoner ", "kronor ", "mellan ", "och ", "–", "(",
              ")"]
    return [("digits and spaces", "1 " * 1_500_000),
            ("'miljoner' repeated", "miljoner " * 330_000),
            ("'5 miljoner' repeated", "5 miljoner " * 270_000),
            ("digit, comma and scale-word soup",
             "".join(rng.choice(pieces) for _ in range(900_000)))]


def adversarial_lines(folder: Path, timeout: float) -> list[str]:
    """Each text as one JSONL release through the whole `extract`, one worker."""
    lines = []
    for i, (name, text) in enumerate(adversarial_texts()):
        path = folder / f"adversarial-{i}.jsonl"
        path.write_text(json.dumps({"id": f"adversarial-{i}", "title": name, "text": text})
                        + "\n", encoding="utf-8")
        run = timed_extract(path, folder / f"adversarial-out-{i}", 1, full=True, timeout=timeout)
        took = f"{run.wall:.1f} s" if run else f"did not finish in {timeout:.0f} s"
        lines.append(f"  {name}: {len(text.encode()) / 1e6:.1f} MB, extract {took}, "
                     f"amounts_in_text alone {parse_seconds(text):.1f} s")
    return lines


def parse_seconds(text: str) -> float:
    """The number reader alone, in this process: tells a slow parse from a slow later stage."""
    sys.path.insert(0, str(ROOT))
    from pipeline.parse import amounts_in_text

    began = time.perf_counter()
    amounts_in_text(text)
    return time.perf_counter() - began


def corpora(args: argparse.Namespace, tmp: Path) -> list[tuple[Corpus, int]]:
    """The corpora to measure, each with its number of full runs."""
    if args.raw:
        return [(custom_corpus(args.raw), args.repeat)]
    jsonl_files = sorted(SHARED_CORPUS.glob("*.jsonl"))
    md_cache, txt_cache = args.md_cache, args.txt_cache
    if not jsonl_files:
        print(f"no {SHARED_CORPUS}/*.jsonl: measuring a generated corpus", file=sys.stderr)
        jsonl_files = [generated_jsonl(tmp / "generated")]
        md_cache, txt_cache = tmp / "generated-md", tmp / "generated-txt"
    chosen = []
    if args.corpus in ("md", "both"):
        chosen.append((md_corpus(md_cache, jsonl_files), args.repeat))
    if args.corpus == "txt":
        chosen.append((txt_corpus(txt_cache, jsonl_files), args.repeat))
    if args.corpus in ("jsonl", "both"):
        chosen.append((jsonl_corpus(jsonl_files, tmp / "jsonl", args.copies), args.jsonl_repeat))
    return chosen


def arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", choices=["md", "jsonl", "both", "txt"], default="both",
                   help="both: md and jsonl; txt: the releases as scraped .txt files")
    p.add_argument("--raw", type=Path, help="measure this folder or JSONL file instead")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--repeat", type=int, default=5, help="full runs of the .md corpus")
    p.add_argument("--jsonl-repeat", type=int, default=3, help="full runs of the JSONL corpus")
    p.add_argument("--reruns", type=int, default=3, help="unchanged reruns of each corpus")
    p.add_argument("--copies", type=int, default=1,
                   help="repeat the JSONL corpus this many times under new ids")
    p.add_argument("--md-cache", type=Path, default=MD_CACHE,
                   help=f"where the .md corpus is written once (default {MD_CACHE})")
    p.add_argument("--txt-cache", type=Path, default=TXT_CACHE,
                   help=f"where the .txt corpus is written once (default {TXT_CACHE})")
    p.add_argument("--adversarial", action="store_true",
                   help="also time four 3 MB adversarial releases through the whole extract")
    p.add_argument("--adversarial-timeout", type=float, default=60.0)
    args = p.parse_args()
    if min(args.repeat, args.jsonl_repeat, args.jobs) < 1 or args.reruns < 0:
        p.error("--repeat, --jsonl-repeat and --jobs must be at least 1, --reruns at least 0")
    return args


def main() -> None:
    args = arguments()
    # A terminated bench unwinds, so the extraction it runs in a session of its own ends too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with tempfile.TemporaryDirectory(prefix="pressfigures-bench-") as name:
        tmp = Path(name)
        load_before = load()
        chosen = corpora(args, tmp)
        start = startup(tmp, args.jobs)
        measured = [measure(c, tmp / f"out-{i}", args.jobs, repeat, args.reruns)
                    for i, (c, repeat) in enumerate(chosen)]
        lines = header(start, load_before)
        for m in measured:
            lines += corpus_block(m)
        if args.adversarial:
            lines += ["adversarial releases, whole extract, --jobs 1:"]
            lines += adversarial_lines(tmp, args.adversarial_timeout)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
