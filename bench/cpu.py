"""CPU seconds per MB of one process extracting a corpus, for a base revision and the working
tree, measured in turns: the figure a busy machine changes least.

    python bench/cpu.py [--base REV] [--raw PATH] [--turns N]

Each turn runs `pipeline.run.extract(raw, out, jobs=1, full=True)` twice in a fresh process
of each code (the base as `bench/same_rows.py` unpacks it, by default where this branch left
main): the first pays the imports and spaCy's start, the second runs warm. The process's own
CPU time (`time.process_time`) of each is printed per MB of input, and the median of the warm
runs of each code beside the change between them.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # run as a script, from anywhere
from corpora import MD_CACHE, ROOT, SHARED_CORPUS, input_files, md_corpus  # noqa: E402
from same_rows import base_code, git  # noqa: E402

RUN = """
import sys, tempfile, time
from pathlib import Path
from pipeline.run import extract
raw = Path(sys.argv[1])
with tempfile.TemporaryDirectory() as name:
    seconds = []
    for n in range(2):
        began = time.process_time()
        extract(raw, Path(name) / str(n), jobs=1, full=True)
        seconds.append(time.process_time() - began)
print(*seconds)
"""


def cpu_seconds(code: Path, raw: Path) -> tuple[float, float]:
    """(cold, warm) CPU seconds of the extraction of `raw` by the package in `code`."""
    done = subprocess.run([sys.executable, "-c", RUN, str(raw)], cwd=code, capture_output=True,
                          text=True, check=True)
    cold, warm = map(float, done.stdout.split())
    return cold, warm


def arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", help="the revision to compare with (default: the merge base "
                   "of HEAD and main)")
    p.add_argument("--raw", type=Path, help="folder or JSONL file (default: the .md corpus)")
    p.add_argument("--turns", type=int, default=3)
    return p.parse_args()


def main() -> None:
    args = arguments()
    jsonl_files = sorted(SHARED_CORPUS.glob("*.jsonl"))
    if args.raw is None and not jsonl_files:
        sys.exit(f"no corpus in {SHARED_CORPUS}: name one with --raw")
    raw = (args.raw or md_corpus(MD_CACHE, jsonl_files).raw).resolve()
    megabytes = sum(p.stat().st_size for p in input_files(raw)) / 1e6
    codes = {"base": base_code(args.base or git("merge-base", "HEAD", "main")), "now": ROOT}
    warm: dict[str, list[float]] = {name: [] for name in codes}
    print(f"CPU-s/MB of extract --jobs 1 --full in one process over {raw} ({megabytes:.1f} MB)")
    for turn in range(args.turns):
        for name, code in codes.items():
            cold, hot = cpu_seconds(code, raw)
            warm[name].append(hot / megabytes)
            print(f"  turn {turn + 1} {name:<5} cold {cold / megabytes:.3f}  warm "
                  f"{hot / megabytes:.3f}")
    base, now = (statistics.median(warm[name]) for name in codes)
    print(f"median warm: base {base:.3f}, now {now:.3f} ({100 * (now - base) / base:+.0f} %)")


if __name__ == "__main__":
    main()
