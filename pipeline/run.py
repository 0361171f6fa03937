"""The whole pipeline: raw files -> documents -> rows -> tables.

`extract_document` is the flow for one release (ingest has already made the `Document`);
`extract` runs it over a raw folder, a JSONL file or an fsspec URL with worker processes (or
another engine, see `pipeline.dask_engine`), reuses the rows of releases that did not change
since the last run, and writes the tables a batch at a time and atomically.
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
import time
from bisect import bisect_right
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import accumulate, groupby
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import code_fingerprint
from pipeline.amounts import find_amounts
from pipeline.document import Document
from pipeline.ingest import (
    DEFAULT_MAX_BYTES,
    UnreadableFile,
    document_from_bytes,
    document_from_record,
    read_document,
    record_line,
    records_in_jsonl,
    records_in_stream,
)
from pipeline.label import block_kinds, label_amounts
from pipeline.reconcile import reconcile_totals
from pipeline.tables import (
    AMOUNTS_SCHEMA,
    DOCUMENTS_SCHEMA,
    TOTALS_SCHEMA,
    AmountRow,
    AtomicParquetWriter,
    DocumentRow,
    TotalRow,
    rows_to_table,
)

log = logging.getLogger(__name__)

BATCH_DOCS = 256
VERSION_KEY = "pressfigures_version"
TABLES = {"amounts": AMOUNTS_SCHEMA, "totals": TOTALS_SCHEMA, "documents": DOCUMENTS_SCHEMA}


@dataclass(frozen=True)
class Extraction:
    """Everything one release contributes to the tables."""

    document: DocumentRow
    amounts: tuple[AmountRow, ...]
    totals: tuple[TotalRow, ...]


@dataclass(frozen=True)
class Summary:
    files: int
    amounts: int
    skipped: int
    reused: int
    seconds: float

    def line(self) -> str:
        return (f"{self.files} files, {self.amounts} amounts, {self.skipped} skipped, "
                f"{self.reused} unchanged, {self.seconds:.1f} s")


def extract_document(doc: Document) -> Extraction:
    """ingest (done) -> parse -> label -> the rows this document writes."""
    amounts = find_amounts(doc)
    rows = tuple(label_amounts(doc, amounts))
    totals = tuple(reconcile_totals(rows, amounts, block_kinds(doc, amounts)))
    return Extraction(document_row(doc, len(rows)), rows, totals)


def document_row(doc: Document, n_amounts: int = 0, status: str | None = None) -> DocumentRow:
    return DocumentRow(
        doc_id=doc.doc_id, source=doc.source, sha256=doc.sha256, title=doc.title,
        publisher=doc.publisher, published=doc.published, text=doc.text,
        n_amounts=n_amounts, status=status or doc.status,
        published_precision=doc.published_precision,
    )


@dataclass(frozen=True, slots=True)
class Source:
    """One release to extract: a file, or an already-ingested JSONL record."""

    doc_id: str
    source: str
    sha256: str
    path: Path | None = None
    root: Path | None = None
    record: bytes | None = None     # a JSONL line, ingested in the worker
    span: tuple[int, int] | None = None   # where that line is in `path`, when not yet read
    url: str | None = None          # a file behind an fsspec URL, read in the worker
    max_bytes: int = DEFAULT_MAX_BYTES
    problem: str | None = None      # known before reading: the source becomes a status row


def skipped_row(src: Source, reason: str) -> Extraction:
    row = DocumentRow(doc_id=src.doc_id, source=src.source, sha256=src.sha256, title=None,
                      publisher=None, published=None, text="", n_amounts=0, status=reason)
    return Extraction(row, (), ())


def extract_source(src: Source) -> Extraction:
    """Ingest and extract one source; a file that cannot be read becomes a status row."""
    if src.problem:
        log.warning("%s", src.problem)
        return skipped_row(src, src.problem)
    try:
        doc = document_of(src)
    except UnreadableFile as err:
        log.warning("%s", err)
        return skipped_row(src, str(err))
    if doc.status != "ok":
        log.warning("%s: %s", src.source, doc.status)
        return skipped_row(src, doc.status)
    try:
        return extract_document(doc)
    except Exception as err:    # a bug met in one release must not cost the rest of the run
        log.exception("%s: extraction failed", src.source)
        return skipped_row(src, f"{src.source}: extraction failed: {type(err).__name__}: {err}")


def document_of(src: Source) -> Document:
    if src.record is not None:
        return document_from_record(src.record, src.source)
    if src.span is not None:
        line = record_line(src.path, *src.span) if src.path else url_range(src.url, *src.span)
        return document_from_record(line, src.source)
    if src.url is not None:
        return document_from_bytes(url_bytes(src.url, src.source), PurePosixPath(src.source),
                                   src.max_bytes)
    return read_document(src.path, src.root, src.max_bytes)


def url_bytes(url: str, source: str) -> bytes:
    import fsspec   # only URL input needs it (installed with the dask extra)

    try:
        with fsspec.open(url, "rb") as f:
            return f.read()
    except OSError as err:
        raise UnreadableFile(f"{source}: cannot read: {err}") from err


def url_range(url: str, offset: int, length: int) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb") as f:
            f.seek(offset)
            return f.read(length)
    except OSError as err:
        raise UnreadableFile(f"{url}: cannot read: {err}") from err


def doc_id_of(path: Path, root: Path) -> str:
    """`raw/press/2015 kunskapsstöd.txt` under `raw/` -> `press/2015 kunskapsstöd`."""
    return path.relative_to(root).with_suffix("").as_posix()


def file_sha256(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's sha256, or "" (never equal to a stored one, so the file is retried) when it
    cannot be read or is too large to be read at all."""
    try:
        if path.stat().st_size > max_bytes:
            return ""
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return ""


def is_url(raw: Path | str) -> bool:
    return "://" in str(raw)


def list_sources(raw: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source]:
    """Every release under `raw` (a folder, a JSONL file or an fsspec URL of a folder), in
    file and line order, each with a doc_id of its own."""
    return unique_ids(all_sources(raw, max_bytes))


def unique_ids(sources: Iterable[Source]) -> Iterator[Source]:
    """The first source with a doc_id keeps it; a later one (a JSONL id repeated, or equal to
    a file's name) is listed under its own `source` with a status saying so, so that doc_id
    stays a key of the tables and the user learns which record was left out."""
    first: dict[str, str] = {}
    for src in sources:
        if src.doc_id not in first:
            first[src.doc_id] = src.source
            yield src
        elif src.source not in first:
            first[src.source] = src.source
            problem = f"{src.source}: duplicate id {src.doc_id!r}, first at {first[src.doc_id]}"
            yield replace(src, doc_id=src.source, problem=problem)
        else:
            log.warning("%s: duplicate id %r, left out", src.source, src.doc_id)


def all_sources(raw: Path | str, max_bytes: int) -> Iterator[Source]:
    if is_url(raw):
        yield from url_sources(str(raw), max_bytes)
        return
    raw = Path(raw)
    if raw.is_file():
        files, root = [raw], raw.parent
    else:
        files = sorted(p for p in raw.rglob("*") if p.is_file() and not p.name.startswith("."))
        root = raw
    for path in files:
        if is_jsonl(path.name):
            yield from jsonl_sources(path, root, max_bytes)
        else:
            yield Source(doc_id_of(path, root), path.relative_to(root).as_posix(),
                         file_sha256(path, max_bytes), path=path, root=root, max_bytes=max_bytes)


def is_jsonl(name: str) -> bool:
    return name.lower().endswith(".jsonl")


def url_sources(url: str, max_bytes: int) -> Iterator[Source]:
    """Releases under an fsspec URL of a folder or a file ("s3://bucket/releases",
    "s3://bucket/corpus.jsonl"). Release files are read by the workers, so no sha256 is known
    up front and they are extracted on every run; JSONL files are scanned here once for ids
    and hashes, and the workers read back only their own lines."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    root = root.rstrip("/")
    protocol = url.split("://", 1)[0]
    if fs.isfile(root):
        found, root = {root: fs.info(root)}, root.rsplit("/", 1)[0]
    else:
        found = fs.find(root, detail=True)
    for path in sorted(found):
        relative = PurePosixPath(path[len(root):].lstrip("/"))
        if relative.name.startswith("."):
            continue
        file_url = f"{protocol}://{path}"
        if is_jsonl(relative.name):
            with fs.open(path, "rb") as lines:
                yield from url_jsonl_sources(lines, relative.as_posix(), file_url, max_bytes)
            continue
        size = found[path].get("size") or 0
        problem = (f"{relative}: too large: {size} bytes, limit {max_bytes}"
                   if size > max_bytes else None)
        yield Source(relative.with_suffix("").as_posix(), relative.as_posix(), "",
                     url=file_url, max_bytes=max_bytes, problem=problem)


def url_jsonl_sources(lines: BinaryIO, relative: str, url: str,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source]:
    """The records of a JSONL file behind a URL, as `jsonl_sources` lists a local one."""
    for record in records_in_stream(lines, relative, max_bytes):
        yield Source(record.doc_id, record.source, record.sha256, url=url,
                     span=(record.offset, record.length), problem=record.problem)


def jsonl_sources(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source]:
    for record in records_in_jsonl(path, root, max_bytes):
        yield Source(record.doc_id, record.source, record.sha256, path=path, root=root,
                     span=(record.offset, record.length), problem=record.problem)


def with_record(src: Source) -> Source:
    """The source with its JSONL line read, to send to a machine that cannot read `path`."""
    if src.span is None or src.path is None:
        return src
    return replace(src, record=record_line(src.path, *src.span), span=None, path=None)


def previous_state(out: Path) -> dict[str, tuple[str, str]]:
    """doc_id -> (sha256, source) of the last run's documents, if it ran with this pipeline
    version."""
    try:
        # ParquetFile, not read_table: the dataset layer it would load is not needed here.
        documents = pq.ParquetFile(out / "documents.parquet")
        meta = documents.schema_arrow.metadata or {}
        if meta.get(VERSION_KEY.encode()) != code_fingerprint().encode():
            return {}
        table = documents.read(columns=["doc_id", "sha256", "source"])
    except (OSError, pa.ArrowInvalid):
        return {}
    return dict(zip(table["doc_id"].to_pylist(),
                    zip(table["sha256"].to_pylist(), table["source"].to_pylist())))


class PreviousRows:
    """The last run's rows, copied for releases that did not change instead of redone.

    Only the doc_id columns are held; rows are read a row group at a time as the run reaches
    them (both runs list documents in the same order), so memory does not grow with the corpus.
    """

    def __init__(self, out: Path):
        self.files: dict[str, pq.ParquetFile] = {}
        self.spans: dict[str, dict[str, tuple[int, int]]] = {}
        self.group_starts: dict[str, list[int]] = {}
        self.cache: dict[str, dict[int, pa.Table]] = {}
        for name in TABLES:
            file = pq.ParquetFile(out / f"{name}.parquet")
            self.files[name] = file
            self.spans[name] = doc_spans(file.read(columns=["doc_id"])["doc_id"].to_pylist())
            sizes = [file.metadata.row_group(i).num_rows for i in range(file.num_row_groups)]
            self.group_starts[name] = list(accumulate(sizes, initial=0))
            self.cache[name] = {}

    def rows_of(self, name: str, doc_ids: list[str]) -> list[pa.Table]:
        """The rows of these documents in this order: one slice per run of documents that
        were neighbours last time too, which is nearly always all of them."""
        spans = [span for span in map(self.spans[name].get, doc_ids) if span is not None]
        return [self.rows(name, start, length) for start, length in merged(spans)]

    def rows(self, name: str, start: int, length: int) -> pa.Table:
        starts = self.group_starts[name]
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, start + length - 1) - 1
        groups = [self.row_group(name, i) for i in range(first, last + 1)]
        rows = groups[0] if len(groups) == 1 else pa.concat_tables(groups)
        return rows.slice(start - starts[first], length).cast(TABLES[name])

    def row_group(self, name: str, i: int) -> pa.Table:
        cache = self.cache[name]
        if i not in cache:
            # Groups before this one are not needed again while the order holds.
            for older in [g for g in cache if g < i]:
                del cache[older]
            cache[i] = self.files[name].read_row_group(i)
        return cache[i]


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(offset, length) spans with each one that starts where the last ended joined to it."""
    runs: list[tuple[int, int]] = []
    for start, length in spans:
        if runs and sum(runs[-1]) == start:
            runs[-1] = (runs[-1][0], runs[-1][1] + length)
        else:
            runs.append((start, length))
    return runs


def doc_spans(doc_ids: list[str]) -> dict[str, tuple[int, int]]:
    """doc_id -> (offset, length) of its run of rows; rows are written grouped by document."""
    spans: dict[str, tuple[int, int]] = {}
    start = 0
    for i in range(1, len(doc_ids) + 1):
        if i == len(doc_ids) or doc_ids[i] != doc_ids[start]:
            spans[doc_ids[start]] = (start, i - start)
            start = i
    return spans


Engine = Callable[[list[Source], bool], Iterator[Extraction]]


def extract(raw: Path | str, out: Path, jobs: int | None = None, full: bool = False,
            progress: bool = False, engine: Engine | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """Extract every release under `raw` into `out`; only new or changed ones are parsed.
    `engine` runs `extract_source` over the sources to do, in order (default: local worker
    processes, `jobs` of them)."""
    began = time.perf_counter()
    sources = list(list_sources(raw, max_bytes))
    previous = {} if full else previous_state(out)
    current = {s.doc_id: (s.sha256, s.source) for s in sources}
    if previous and previous == current:
        n = pq.read_metadata(out / "amounts.parquet").num_rows
        return Summary(len(sources), n, count_skipped(out), len(sources),
                       time.perf_counter() - began)
    remove_stale_temporaries(out)
    # A JSONL record that only moved to another line keeps its rows; its source is updated.
    unchanged = {s.doc_id for s in sources
                 if s.sha256 and previous.get(s.doc_id, ("", ""))[0] == s.sha256}
    old = PreviousRows(out) if unchanged else None
    todo = [s for s in sources if s.doc_id not in unchanged]
    fresh = engine(todo, progress) if engine else extracted(todo, jobs, progress)
    writers = {name: AtomicParquetWriter(out / f"{name}.parquet", schema,
                                         {VERSION_KEY: code_fingerprint()})
               for name, schema in TABLES.items()}
    try:
        counts = write_all(sources, unchanged, old, fresh, writers)
        for w in writers.values():
            w.close()
    except BaseException:
        for w in writers.values():
            w.discard()
        raise
    # documents.parquet goes last: it records which raw files the other tables reflect.
    for name in TABLES:
        writers[name].commit()
    return Summary(len(sources), counts[0], counts[1], len(unchanged),
                   time.perf_counter() - began)


def remove_stale_temporaries(out: Path) -> None:
    """Temporary tables a killed run left behind: never published, safe to drop."""
    for name in TABLES:
        for stale in out.glob(f".{name}.parquet.*.tmp"):
            stale.unlink(missing_ok=True)


def write_all(sources: list[Source], unchanged: set[str], old: PreviousRows | None,
              fresh: Iterator[Extraction], writers: dict[str, AtomicParquetWriter]
              ) -> tuple[int, int]:
    """Write every source's rows in doc_id order, batch by batch; returns (amounts, skipped)."""
    n_amounts = n_skipped = 0
    batch: list[Extraction | Source] = []
    for src in sources:
        batch.append(src if src.doc_id in unchanged else next(fresh))
        if len(batch) >= BATCH_DOCS:
            amounts, skipped = write_batch(batch, old, writers)
            n_amounts, n_skipped = n_amounts + amounts, n_skipped + skipped
            batch = []
    amounts, skipped = write_batch(batch, old, writers)
    return n_amounts + amounts, n_skipped + skipped


def write_batch(batch: list[Extraction | Source], old: PreviousRows | None,
                writers: dict[str, AtomicParquetWriter]) -> tuple[int, int]:
    """Write one batch: new extractions as built rows, unchanged documents as copied rows;
    returns (amounts, skipped documents) written."""
    parts: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
    for is_old, items in groupby(batch, key=lambda item: isinstance(item, Source)):
        if is_old:
            add_old_tables(list(items), old, parts)
        else:
            add_fresh_tables(list(items), parts)
    written = {name: pa.concat_tables(tables) for name, tables in parts.items() if tables}
    for name, table in written.items():
        writers[name].write(table)
    amounts = written["amounts"].num_rows if "amounts" in written else 0
    return amounts, count_not_ok(written["documents"]) if "documents" in written else 0


def add_old_tables(sources: list[Source], old: PreviousRows,
                   parts: dict[str, list[pa.Table]]) -> None:
    """The last run's rows of a run of unchanged documents; a JSONL record that only moved
    to another line gets its new source."""
    doc_ids = [src.doc_id for src in sources]
    for name in ("amounts", "totals"):
        parts[name] += old.rows_of(name, doc_ids)
    documents = pa.concat_tables(old.rows_of("documents", doc_ids))
    parts["documents"].append(with_sources(documents, [src.source for src in sources]))


def with_sources(documents: pa.Table, sources: list[str]) -> pa.Table:
    i = documents.schema.get_field_index("source")
    return documents.set_column(i, documents.schema.field(i), pa.array(sources, pa.string()))


def add_fresh_tables(run: list[Extraction], parts: dict[str, list[pa.Table]]) -> None:
    """One table per kind for a run of new extractions: building Arrow tables per document
    cost more than parsing them."""
    parts["amounts"].append(rows_to_table([r for ex in run for r in ex.amounts], AMOUNTS_SCHEMA))
    parts["totals"].append(rows_to_table([t for ex in run for t in ex.totals], TOTALS_SCHEMA))
    parts["documents"].append(rows_to_table([ex.document for ex in run], DOCUMENTS_SCHEMA))


def count_skipped(out: Path) -> int:
    return count_not_ok(pq.ParquetFile(out / "documents.parquet").read(columns=["status"]))


def count_not_ok(documents: pa.Table) -> int:
    return sum(1 for status in documents["status"].to_pylist() if status != "ok")


def extracted(todo: list[Source], jobs: int | None, progress: bool) -> Iterator[Extraction]:
    """Extractions of `todo` in order, from `jobs` worker processes (all cores by default).

    A worker that dies (killed for memory, say) fails the run with BrokenProcessPool, where a
    `multiprocessing.Pool` would wait forever for its lost task; the last tables stay as they
    were."""
    jobs = jobs or os.cpu_count() or 1
    bar = progress_bar(len(todo), progress)
    try:
        if jobs == 1 or len(todo) < 2:
            for src in todo:
                yield extract_source(src)
                bar.update()
            return
        ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        pool = ProcessPoolExecutor(jobs, mp_context=ctx)
        try:
            for ex in pool.map(extract_source, todo, chunksize=16):
                yield ex
                bar.update()
        finally:
            pool.shutdown(cancel_futures=True)
    finally:
        bar.close()


def progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", disable=not enabled, leave=False)
