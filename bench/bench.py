"""Throughput, memory and rerun time of `extract`, beside a bare regex scan of the same text.

    python bench/bench.py [--raw PATH] [--jobs N]

The machines are shared and noisy, so the figure to compare across runs is the ratio of the
pipeline's MB/s to the regex scan's, both measured here in one run. The default corpus is
../shared/corpus (JSONL files) when it is there, else a generated one.
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
# The cheapest scan that finds most written amounts: what any pipeline must at least do.
BARE_SCAN = re.compile(r"\d+(?:[ ,.]\d+)*\s*(?:kr|kronor|miljoner|miljarder|Mkr|mdkr|tkr)\b")


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
            record = {"id": f"gen-{i}", "title": f"Pressmeddelande {i}", "text": "\n\n".join(paragraphs)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def raw_texts(raw: Path) -> list[str]:
    files = [raw] if raw.is_file() else sorted(p for p in raw.rglob("*") if p.is_file())
    texts = []
    for path in files:
        if path.suffix == ".jsonl":
            texts += [json.loads(line).get("text", "") for line in path.open(encoding="utf-8") if line.strip()]
        else:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def timed_extract(raw: Path, out: Path, jobs: int, full: bool) -> tuple[float, str]:
    command = [sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out),
               "--jobs", str(jobs)] + (["--full"] if full else [])
    began = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    if result.returncode not in (0, 2):
        sys.exit(f"extract failed:\n{result.stderr}")
    return seconds, result.stdout.strip()


def regex_scan_seconds(texts: list[str]) -> float:
    began = time.perf_counter()
    for text in texts:
        for _ in BARE_SCAN.finditer(text):
            pass
    return time.perf_counter() - began


def adversarial_seconds() -> list[tuple[str, float, float]]:
    """Digit and scale-word soup: the parser must stay linear."""
    sys.path.insert(0, str(ROOT))
    from pipeline.amounts import amounts_in_text

    rng = random.Random(1)
    pieces = ["1", "22", " ", ",", "333 ", "miljoner ", "kronor ", "mellan ", "och ", "–", "(", ")"]
    cases = [("digits and spaces", "1 " * 1_500_000),
             ("'5 miljoner' repeated", "5 miljoner " * 270_000),
             ("digit, comma and scale-word soup", "".join(rng.choice(pieces) for _ in range(900_000)))]
    figures = []
    for name, text in cases:
        began = time.perf_counter()
        amounts_in_text(text)
        figures.append((name, len(text.encode()) / 1e6, time.perf_counter() - began))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, help="folder or JSONL file (default: ../shared/corpus)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        raw = args.raw or (SHARED_CORPUS if SHARED_CORPUS.is_dir() else generated_corpus(Path(tmp)))
        texts = raw_texts(raw)
        files = [raw] if raw.is_file() else [p for p in raw.rglob("*") if p.is_file()]
        megabytes = sum(p.stat().st_size for p in files) / 1e6    # raw input, as the goal states
        text_mb = sum(len(t.encode()) for t in texts) / 1e6
        out = Path(tmp) / "out"
        seconds, summary = timed_extract(raw, out, args.jobs, full=True)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rerun, _ = timed_extract(raw, out, args.jobs, full=False)
        scan = regex_scan_seconds(texts)
    print(f"corpus            {raw}: {len(texts)} documents, {megabytes:.1f} MB raw "
          f"({text_mb:.1f} MB of release text)")
    print(f"extract --jobs {args.jobs}  {seconds:.2f} s  ({summary})")
    print(f"throughput        {len(texts) / seconds:.0f} documents/s, {megabytes / seconds:.2f} MB/s "
          "(start-up included)")
    print(f"peak memory       {peak_mb:.0f} MB (largest process)")
    print(f"unchanged rerun   {rerun:.2f} s")
    print(f"bare regex scan   {text_mb / scan:.1f} MB/s of text; pipeline/regex = "
          f"{(text_mb / seconds) / (text_mb / scan):.3f}")
    for name, size, took in adversarial_seconds():
        print(f"adversarial       {name}: {size:.1f} MB in {took:.2f} s")


if __name__ == "__main__":
    main()
