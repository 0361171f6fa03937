"""The whole pipeline: raw files -> documents -> rows -> tables.

`extract_document` is the flow for one release (ingest has already made the `Document`);
`extract` runs it over a raw folder or JSONL file with worker processes, reuses the rows of
files that did not change since the last run, and writes the tables atomically.
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

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
    )


@dataclass(frozen=True)
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


def skipped_row(src: Source, reason: str) -> Extraction:
    row = DocumentRow(doc_id=src.doc_id, source=src.source, sha256=src.sha256, title=None,
                      publisher=None, published=None, text="", n_amounts=0, status=reason)
    return Extraction(row, (), ())


def extract_source(src: Source) -> Extraction:
    """Ingest and extract one source; a file that cannot be read becomes a status row."""
    try:
        doc = document_of(src)
    except UnreadableFile as err:
        log.warning("%s", err)
        return skipped_row(src, str(err))
    if doc.status != "ok":
        log.warning("%s: %s", src.source, doc.status)
        return skipped_row(src, doc.status)
    return extract_document(doc)


def document_of(src: Source) -> Document:
    if src.record is not None:
        return document_from_record(src.record, src.source)
    if src.span is not None:
        return document_from_record(record_line(src.path, *src.span), src.source)
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


def doc_id_of(path: Path, root: Path) -> str:
    """`raw/press/2015 kunskapsstöd.txt` under `raw/` -> `press/2015 kunskapsstöd`."""
    return path.relative_to(root).with_suffix("").as_posix()


def file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def is_url(raw: Path | str) -> bool:
    return "://" in str(raw)


def list_sources(raw: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source]:
    """Every release under `raw` (a folder, a JSONL file or an fsspec URL of a folder), in
    doc_id order."""
    if is_url(raw):
        yield from url_sources(str(raw), max_bytes)
        return
    raw = Path(raw)
    if raw.is_file():
        yield from jsonl_sources(raw, raw.parent)
        return
    for path in sorted(p for p in raw.rglob("*") if p.is_file() and not p.name.startswith(".")):
        if path.suffix.lower() == ".jsonl":
            yield from jsonl_sources(path, raw)
        else:
            yield Source(doc_id_of(path, raw), path.relative_to(raw).as_posix(),
                         file_sha256(path), path=path, root=raw, max_bytes=max_bytes)


def url_sources(url: str, max_bytes: int) -> Iterator[Source]:
    """Files under an fsspec URL ("s3://bucket/releases"). Their bytes are read by the
    workers, so no sha256 is known up front and every file is extracted."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    root = root.rstrip("/")
    protocol = url.split("://", 1)[0]
    for path in sorted(fs.find(root)):
        relative = PurePosixPath(path[len(root):].lstrip("/"))
        if relative.name.startswith("."):
            continue
        yield Source(relative.with_suffix("").as_posix(), relative.as_posix(), "",
                     url=f"{protocol}://{path}", max_bytes=max_bytes)


def jsonl_sources(path: Path, root: Path) -> Iterator[Source]:
    for record in records_in_jsonl(path, root):
        yield Source(record.doc_id, record.source, record.sha256, path=path, root=root,
                     span=(record.offset, record.length))


def with_record(src: Source) -> Source:
    """The source with its JSONL line read, to send to a machine that cannot read `path`."""
    if src.span is None:
        return src
    return replace(src, record=record_line(src.path, *src.span), span=None, path=None)


def previous_state(out: Path) -> dict[str, str]:
    """doc_id -> sha256 of the last run's documents, if it ran with this pipeline version."""
    path = out / "documents.parquet"
    try:
        meta = pq.read_schema(path).metadata or {}
        if meta.get(VERSION_KEY.encode()) != code_fingerprint().encode():
            return {}
        table = pq.read_table(path, columns=["doc_id", "sha256"])
    except (OSError, pa.ArrowInvalid):
        return {}
    return dict(zip(table["doc_id"].to_pylist(), table["sha256"].to_pylist()))


class PreviousRows:
    """The last run's rows, sliced per document so unchanged releases are copied, not redone."""

    def __init__(self, out: Path):
        self.tables: dict[str, pa.Table] = {}
        self.spans: dict[str, dict[str, tuple[int, int]]] = {}
        for name in TABLES:
            table = pq.read_table(out / f"{name}.parquet", memory_map=True)
            self.tables[name] = table
            self.spans[name] = doc_spans(table["doc_id"].to_pylist())

    def slice(self, name: str, doc_id: str) -> pa.Table | None:
        span = self.spans[name].get(doc_id)
        return self.tables[name].slice(*span) if span else None


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
    current = {s.doc_id: s.sha256 for s in sources}
    if previous and previous == current:
        n = pq.read_metadata(out / "amounts.parquet").num_rows
        return Summary(len(sources), n, count_skipped(out), len(sources),
                       time.perf_counter() - began)
    remove_stale_temporaries(out)
    unchanged = {s.doc_id for s in sources if previous.get(s.doc_id) == s.sha256}
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
    batch: list[Extraction | str] = []
    for src in sources:
        if src.doc_id in unchanged:
            batch.append(src.doc_id)
        else:
            ex = next(fresh)
            n_skipped += ex.document.status != "ok"
            batch.append(ex)
        if len(batch) >= BATCH_DOCS:
            n_amounts += write_batch(batch, old, writers)
            batch = []
    n_amounts += write_batch(batch, old, writers)
    if old is not None:
        n_skipped += sum(1 for d in unchanged if not is_ok(old, d))
    return n_amounts, n_skipped


def is_ok(old: PreviousRows, doc_id: str) -> bool:
    rows = old.slice("documents", doc_id)
    return rows is not None and rows["status"][0].as_py() == "ok"


def write_batch(batch: list[Extraction | str], old: PreviousRows | None,
                writers: dict[str, AtomicParquetWriter]) -> int:
    """Write one batch: new extractions as built rows, unchanged documents as copied slices."""
    parts: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
    for item in batch:
        if isinstance(item, str):
            for name in TABLES:
                rows = old.slice(name, item)
                if rows is not None:
                    parts[name].append(rows.cast(TABLES[name]))
        else:
            parts["amounts"].append(rows_to_table(item.amounts, AMOUNTS_SCHEMA))
            parts["totals"].append(rows_to_table(item.totals, TOTALS_SCHEMA))
            parts["documents"].append(rows_to_table([item.document], DOCUMENTS_SCHEMA))
    n = 0
    for name, tables in parts.items():
        if tables:
            table = pa.concat_tables(tables)
            writers[name].write(table)
            n += table.num_rows if name == "amounts" else 0
    return n


def count_skipped(out: Path) -> int:
    status = pq.read_table(out / "documents.parquet", columns=["status"])["status"]
    return sum(1 for s in status.to_pylist() if s != "ok")


def extracted(todo: list[Source], jobs: int | None, progress: bool) -> Iterator[Extraction]:
    """Extractions of `todo` in order, from `jobs` worker processes (all cores by default)."""
    jobs = jobs or os.cpu_count() or 1
    bar = progress_bar(len(todo), progress)
    if jobs == 1 or len(todo) < 2:
        for src in todo:
            yield extract_source(src)
            bar.update()
        bar.close()
        return
    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ctx.Pool(jobs) as pool:
        for ex in pool.imap(extract_source, todo, chunksize=16):
            yield ex
            bar.update()
    bar.close()


def progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", disable=not enabled, leave=False)
