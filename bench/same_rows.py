"""Do two versions of the code write the same rows? `extract --full` of a base revision and of
the working tree over the same inputs, the three tables compared row by row.

    python bench/same_rows.py [--base REV] [--raw PATH ...] [--jobs N] [--show N]

The base (by default where this branch left main) is `git archive REV pipeline` run from a folder of its own (its extraction is kept in
/tmp/pressfigures-same-rows/<commit>/, so a second check against the same base runs only the
working tree). The inputs are, unless --raw names others: the releases of ../shared/corpus as
one `.md` file each and as one `.txt` file each, the JSONL files themselves, the annotated dev
sets, the bundled raw/ and the HTML test pages. Every column of every row must be equal,
`documents.text`, titles and dates included; the exit status is 1 when any differs.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))   # run as a script, from anywhere
from corpora import (  # noqa: E402
    MD_CACHE,
    ROOT,
    SHARED_CORPUS,
    TXT_CACHE,
    input_files,
    jsonl_corpus,
    md_corpus,
    txt_corpus,
)

CACHE = Path("/tmp/pressfigures-same-rows")
GOLD = ROOT.parent / "shared" / "gold"
TABLES = ("documents", "amounts", "totals")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def base_code(rev: str) -> Path:
    """The `pipeline` package of `rev`, unpacked once under CACHE/<commit>/code."""
    commit = git("rev-parse", rev)
    folder = CACHE / commit / "code"
    if not (folder / "pipeline" / "__init__.py").exists():
        archive = subprocess.run(["git", "archive", commit, "pipeline"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
    return folder


def jsonl_copy(jsonl_files: list[Path]) -> Path:
    """The JSONL files alone in a folder of their own (the corpus folder holds notes too),
    at a fixed place so that the base's extraction of it is reused."""
    folder = CACHE / "jsonl"
    copied = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    if [(p.name, p.stat().st_size) for p in copied] != [(p.name, p.stat().st_size)
                                                        for p in jsonl_files]:
        shutil.rmtree(folder, ignore_errors=True)
        jsonl_corpus(jsonl_files, folder)
    return folder


def default_inputs() -> list[Path]:
    jsonl_files = sorted(SHARED_CORPUS.glob("*.jsonl"))
    inputs = []
    if jsonl_files:
        inputs += [md_corpus(MD_CACHE, jsonl_files).raw, txt_corpus(TXT_CACHE, jsonl_files).raw,
                   jsonl_copy(jsonl_files)]
    inputs += [GOLD / name for name in ("dev", "dev-long", "dev-wide") if (GOLD / name).is_dir()]
    return inputs + [ROOT / "raw", ROOT / "tests" / "fixtures"]


def extract(code: Path, raw: Path, out: Path, jobs: int) -> str:
    """`python -m pipeline extract --full` of the package in `code`; its summary line."""
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", str(raw),
                           "--out", str(out), "--jobs", str(jobs), "--full"], cwd=code,
                          capture_output=True, text=True, check=False)
    if done.returncode not in (0, 2):
        sys.exit(f"extract in {code} over {raw} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout.strip().splitlines()[-1]


def input_key(raw: Path) -> str:
    """What the base's cached extraction of `raw` was made from: its files' names and sizes."""
    digest = hashlib.sha256(str(raw.resolve()).encode())
    for path in input_files(raw):
        digest.update(f"{path}\0{path.stat().st_size}\0{path.stat().st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def base_tables(code: Path, raw: Path, jobs: int) -> Path:
    out = code.parent / "out" / f"{raw.name}-{input_key(raw)}"
    if not (out / ".done").exists():
        extract(code, raw, out, jobs)
        (out / ".done").write_text("")
    return out


def differences(old: Path, new: Path, show: int) -> list[str]:
    """Each table's differences: row counts, schemas, and the first `show` unequal rows."""
    found = []
    for name in TABLES:
        a = pq.read_table(old / f"{name}.parquet").replace_schema_metadata(None)
        b = pq.read_table(new / f"{name}.parquet").replace_schema_metadata(None)
        if a.equals(b):
            continue
        if not a.schema.equals(b.schema):
            found.append(f"{name}: columns differ: {a.schema.names} != {b.schema.names}")
            continue
        found += unequal_rows(name, a, b, show)
    return found


def unequal_rows(name: str, a: pa.Table, b: pa.Table, show: int) -> list[str]:
    lines = [] if a.num_rows == b.num_rows else [f"{name}: {a.num_rows} rows before, "
                                                  f"{b.num_rows} now"]
    rows_a, rows_b = a.to_pylist(), b.to_pylist()
    shown = 0
    for i, (ra, rb) in enumerate(zip(rows_a, rows_b, strict=False)):
        if ra != rb and shown < show:
            columns = [c for c in ra if ra[c] != rb[c]]
            lines.append(f"{name} row {i} ({ra.get('doc_id')}): " + "; ".join(
                f"{c}: {change(ra[c], rb[c])}" for c in columns))
            shown += 1
    unequal = sum(ra != rb for ra, rb in zip(rows_a, rows_b, strict=False))
    if unequal:
        lines.append(f"{name}: {unequal} of {min(len(rows_a), len(rows_b))} rows differ")
    return lines


def change(before: object, now: object) -> str:
    """`before -> now`, for two texts around the first character where they part."""
    if not (isinstance(before, str) and isinstance(now, str)):
        return f"{before!r} -> {now!r}"
    at = next((i for i, (a, b) in enumerate(zip(before, now, strict=False)) if a != b),
              min(len(before), len(now)))
    start = max(0, at - 30)
    return f"at {at}: {before[start:at + 40]!r} -> {now[start:at + 40]!r}"


def arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", help="the revision to compare with (default: the merge base "
                   "of HEAD and main)")
    p.add_argument("--raw", type=Path, action="append", help="inputs (repeatable)")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--show", type=int, default=5, help="unequal rows shown per table")
    return p.parse_args()


def main() -> int:
    args = arguments()
    code = base_code(args.base or git("merge-base", "HEAD", "main"))
    failed = False
    with tempfile.TemporaryDirectory(prefix="pressfigures-same-rows-") as name:
        tmp = Path(name)
        for i, raw in enumerate(p.resolve() for p in args.raw or default_inputs()):
            old = base_tables(code, raw, args.jobs)
            new = tmp / f"new-{i}"
            extract(ROOT, raw, new, args.jobs)
            found = differences(old, new, args.show)
            print(f"{raw}: {'same rows' if not found else 'DIFFERENT'}")
            for line in found:
                print(f"  {line}")
            failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
