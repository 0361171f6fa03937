"""Instructions of one warm extraction, for a base revision and the working tree, counted by
valgrind: the figure a shared machine does not change at all, for changes smaller than the
noise of CPU seconds.

    python bench/instructions.py [--base REV] [--raw PATH] [--every N] [--stage STAGE]

Over every Nth release of the `.md` corpus (default 8: about 980 releases, 1.6 MB), each code
runs once under `valgrind --tool=callgrind` with a fixed hash seed: it imports everything,
extracts two releases (the warm-up), then extracts the sample, and only the sample is counted
(collection is on only inside the one C call that runs it, `functools.reduce`), so imports
and first-call costs are left out. `--stage`
counts one stage instead of the whole extraction: `ingest` (reading and layout), `parse`
(ingest and finding amounts) or `label` (all of it, without writing). Each code takes a few
minutes; valgrind must be installed, and Python's own functions named in its binary.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # run as a script, from anywhere
from corpora import MD_CACHE, ROOT, SHARED_CORPUS, input_files, md_corpus  # noqa: E402
from same_rows import base_code, git  # noqa: E402

RUN = """
import sys, tempfile
from functools import reduce
from pathlib import Path
from pipeline.document import Document
from pipeline.ingest.reading import readable_document
from pipeline.ingest.sources import list_sources
from pipeline.label import label_document
from pipeline.parse import find_amounts
from pipeline.run import extract

def stage(raw, out, name):
    if name == "extract":
        extract(raw, out, jobs=1, full=True)
        return
    # listed as a full extract lists, unhashed: the reader hashes the bytes it reads
    for source in list_sources(raw, hashed=False):
        document = readable_document(source)
        if name == "ingest" or not isinstance(document, Document):
            continue
        amounts = find_amounts(document)
        if name == "label" and amounts:
            label_document(document, amounts)

warm, sample, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
with tempfile.TemporaryDirectory() as folder:
    stage(warm, Path(folder) / "warm", name)
    reduce(lambda _, __: stage(sample, Path(folder) / "sample", name), [0], None)
"""
TOTAL = re.compile(r"Collected : (\d+)")


def instructions(code: Path, warm: Path, sample: Path, stage: str) -> int:
    """Instructions of `code` running `stage` over `sample`, after a warm-up over `warm`."""
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out",
             "--collect-atstart=no", "--toggle-collect=functools_reduce",
             sys.executable, "-c", RUN, str(warm), str(sample), stage],
            cwd=code, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = TOTAL.search(done.stderr)
    if done.returncode != 0 or not found or found.group(1) == "0":
        sys.exit(f"valgrind failed for {code}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def sample_of(raw: Path, every: int, folder: Path) -> tuple[Path, Path, float]:
    """(warm-up folder, sample folder, sample MB): two releases, and every `every`th one."""
    files = input_files(raw)
    warm, sample = folder / "warm", folder / "sample"
    for n, path in enumerate(files):
        for target, wanted in ((warm, n in (1, 2)), (sample, n % every == 0)):
            if wanted:
                copy = target / path.relative_to(raw)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
    return warm, sample, sum(p.stat().st_size for p in input_files(sample)) / 1e6


def arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", help="the revision to compare with (default: the merge base "
                   "of HEAD and main)")
    p.add_argument("--raw", type=Path, help="folder of releases (default: the .md corpus)")
    p.add_argument("--every", type=int, default=8)
    p.add_argument("--stage", choices=("extract", "ingest", "parse", "label"),
                   default="extract")
    return p.parse_args()


def main() -> None:
    args = arguments()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    jsonl_files = sorted(SHARED_CORPUS.glob("*.jsonl"))
    if args.raw is None and not jsonl_files:
        sys.exit(f"no corpus in {SHARED_CORPUS}: name one with --raw")
    raw = (args.raw or md_corpus(MD_CACHE, jsonl_files).raw).resolve()
    codes = {"base": base_code(args.base or git("merge-base", "HEAD", "main")), "now": ROOT}
    with tempfile.TemporaryDirectory() as folder:
        warm, sample, megabytes = sample_of(raw, args.every, Path(folder))
        print(f"instructions of a warm {args.stage} of every {args.every}th release of {raw} "
              f"({megabytes:.2f} MB), by callgrind")
        counted = {}
        for name, code in codes.items():
            counted[name] = instructions(code, warm, sample, args.stage)
            print(f"  {name:<5} {counted[name] / 1e9:.3f} G ({counted[name] / megabytes / 1e9:.3f}"
                  f" G/MB)")
    base, now = counted["base"], counted["now"]
    print(f"change: {100 * (now - base) / base:+.2f} %")


if __name__ == "__main__":
    main()
