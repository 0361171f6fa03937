"""Throughput, memory and rerun time of `extract`, beside a bare regex scan of the same text.

    python bench/bench.py [--raw PATH] [--jobs N] [--repeat N] [--copies N]
                          [--adversarial-timeout S]

The machines are shared and noisy, so the figure to compare across runs is the ratio of the
pipeline's MB/s to the regex scan's, both measured here in one run, each the fastest of
`--repeat` runs. The default corpus is the JSONL files of ../shared/corpus when they are there,
else a generated one. `--copies N` repeats the corpus N times under new ids, to see that memory
stays flat as the corpus grows.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # run as a script, from anywhere
from pipeline.parse import amounts_in_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
# The cheapest scan that finds most written amounts: what any pipeline must at least do.
BARE_SCAN = re.compile(r"\d+(?:[ ,.]\d+)*\s*(?:kr|kronor|miljoner|miljarder|Mkr|mdkr|tkr)\b")
SAMPLE_SECONDS = 0.05


@dataclass(frozen=True)
class Run:
    seconds: float
    summary: str
    peak_tree_mb: float       # the extraction and its workers together, shared pages once
    peak_process_mb: float    # the largest single process


def generated_corpus(folder: Path, n: int = 3000) -> Path:
    """Releases in the style of a budget release, most of them without money."""
    rng = random.Random(7)
    areas = ["bredbandsutbyggnad", "forskning", "vägunderhåll", "psykiatrin", "skolbiblioteken"]
    path = folder / "generated.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            paragraphs = ["Regeringen har i dag beslutat om nya uppdrag till myndigheterna."] * 3
            if i % 3 == 0:
                paragraphs.append(f"Regeringen avsätter {rng.randint(2, 900)} miljoner kronor "
                                  f"till {rng.choice(areas)} under {rng.randint(2024, 2028)}.")
            record = {"id": f"gen-{i}", "title": f"Pressmeddelande {i}",
                      "text": "\n\n".join(paragraphs)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def jsonl_folder(jsonl_files: list[Path], folder: Path, copies: int) -> Path:
    """A raw folder of only these JSONL files (a corpus folder also holds notes), each
    repeated `copies` times under new ids."""
    folder.mkdir()
    for path in jsonl_files:
        if copies == 1:
            (folder / path.name).symlink_to(path)
            continue
        with (folder / path.name).open("w", encoding="utf-8") as out:
            for copy in range(copies):
                for line in path.open(encoding="utf-8"):
                    if line.strip():
                        record = json.loads(line)
                        record["id"] = f"{record.get('id')}~{copy}"
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def input_files(raw: Path) -> list[Path]:
    return [raw] if raw.is_file() else sorted(p for p in raw.rglob("*") if p.is_file())


def raw_texts(raw: Path) -> list[str]:
    texts = []
    for path in input_files(raw):
        if path.suffix == ".jsonl":
            texts += [json.loads(line).get("text", "") for line in path.open(encoding="utf-8")
                      if line.strip()]
        else:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def timed_extract(raw: Path, out: Path, jobs: int, full: bool, timeout: float | None = None
                  ) -> Run | None:
    """One `python -m pipeline extract` as a user runs it, start-up included; None when it
    did not finish within `timeout`."""
    command = [sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out),
               "--jobs", str(jobs)] + (["--full"] if full else [])
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    peaks = [0.0, 0.0]
    sampler = threading.Thread(target=sample_memory, args=(process, peaks), daemon=True)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None
    seconds = time.perf_counter() - began
    sampler.join()
    if process.returncode not in (0, 2):
        sys.exit(f"extract failed:\n{stderr}")
    return Run(seconds, stdout.strip(), peaks[0], peaks[1])


def sample_memory(process: subprocess.Popen, peaks: list[float]) -> None:
    """Peak memory of `process` and its descendants: summed proportional set size (each
    shared page counted once over the tree) and the largest resident set."""
    while process.poll() is None:
        sizes = [memory_kb(pid) for pid in process_tree(process.pid)]
        peaks[0] = max(peaks[0], sum(pss for pss, _ in sizes) / 1024)
        peaks[1] = max([peaks[1]] + [rss / 1024 for _, rss in sizes])
        time.sleep(SAMPLE_SECONDS)


def process_tree(pid: int) -> list[int]:
    tree, todo = [], [pid]
    while todo:
        parent = todo.pop()
        tree.append(parent)
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        todo += [int(child) for child in children]
    return tree


def memory_kb(pid: int) -> tuple[int, int]:
    """(Pss, Rss) of one process in kB; zeros once it is gone."""
    found = {"Pss:": 0, "Rss:": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(" ")
            if key in found:
                found[key] = int(rest.split()[0])
    except (OSError, ValueError):
        pass
    return found["Pss:"], found["Rss:"]


def regex_scan_seconds(texts: list[str]) -> float:
    began = time.perf_counter()
    for text in texts:
        for _ in BARE_SCAN.finditer(text):
            pass
    return time.perf_counter() - began


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


def parse_seconds(text: str) -> float:
    began = time.perf_counter()
    amounts_in_text(text)
    return time.perf_counter() - began


def adversarial_runs(folder: Path, timeout: float) -> list[tuple[str, float, Run | None]]:
    """Each text as one JSONL release through the whole `extract` command."""
    runs = []
    for i, (name, text) in enumerate(adversarial_texts()):
        path = folder / f"adversarial-{i}.jsonl"
        path.write_text(json.dumps({"id": f"adversarial-{i}", "title": name, "text": text}) + "\n",
                        encoding="utf-8")
        run = timed_extract(path, folder / f"out-{i}", 1, full=True, timeout=timeout)
        runs.append((name, len(text.encode()) / 1e6, run))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path,
                        help="folder or JSONL file (default: ../shared/corpus/*.jsonl)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3,
                        help="full runs and scans to take the fastest of")
    parser.add_argument("--copies", type=int, default=1,
                        help="repeat the default corpus this many times under new ids")
    parser.add_argument("--adversarial-timeout", type=float, default=60.0,
                        help="seconds before an adversarial case counts as hanging")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        raw = args.raw or jsonl_folder(sorted(SHARED_CORPUS.glob("*.jsonl"))
                                       or [generated_corpus(tmp)], tmp / "raw", args.copies)
        texts = raw_texts(raw)
        megabytes = sum(p.stat().st_size for p in input_files(raw)) / 1e6   # raw input
        text_mb = sum(len(t.encode()) for t in texts) / 1e6
        runs = [timed_extract(raw, tmp / "out", args.jobs, full=True) for _ in range(args.repeat)]
        first = min(runs, key=lambda run: run.seconds)
        # The kernel's own peak, read before any other child runs: the largest single process
        # among the extraction and its workers (ru_maxrss is a maximum, not a sum), in kB.
        children_maxrss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rerun = timed_extract(raw, tmp / "out", args.jobs, full=False)
        scan = min(regex_scan_seconds(texts) for _ in range(args.repeat))
        adversarial = adversarial_runs(tmp, args.adversarial_timeout)
        # The number reader alone, in this process: tells a slow parse from a slow later stage.
        parse = [(name, len(text.encode()) / 1e6, parse_seconds(text))
                 for name, text in adversarial_texts()]
    print(f"corpus            {raw if args.raw else SHARED_CORPUS}: {len(texts)} documents, "
          f"{megabytes:.1f} MB raw ({text_mb:.1f} MB of release text)")
    print(f"extract --jobs {args.jobs}  {first.seconds:.2f} s, fastest of {args.repeat}  "
          f"({first.summary})")
    print(f"throughput        {len(texts) / first.seconds:.0f} documents/s, "
          f"{megabytes / first.seconds:.2f} MB/s (start-up included)")
    print(f"peak memory       {max(r.peak_tree_mb for r in runs):.0f} MB for the run and its "
          f"workers (largest process {max(r.peak_process_mb for r in runs):.0f} MB; "
          f"RUSAGE_CHILDREN ru_maxrss {children_maxrss_mb:.0f} MB)")
    print(f"unchanged rerun   {rerun.seconds:.2f} s  ({rerun.summary})")
    if f"{len(texts)} unchanged" not in rerun.summary:
        print("                  (not every release was reused: did the code change meanwhile?)")
    print(f"bare regex scan   {text_mb / scan:.1f} MB/s of text; pipeline/regex = "
          f"{(text_mb / first.seconds) / (text_mb / scan):.3f}")
    for name, size, run in adversarial:
        limit = args.adversarial_timeout
        took = f"{run.seconds:.1f} s" if run else f"did not finish in {limit:.0f} s"
        print(f"adversarial       {name}: {size:.1f} MB, extract {took}")
    for name, size, seconds in parse:
        print(f"amounts_in_text   {name}: {size:.1f} MB, {seconds:.1f} s")


if __name__ == "__main__":
    main()
