"""Incremental state: what the last run into `--out` read, and its rows, copied for releases
that did not change instead of redone."""
from __future__ import annotations

import logging
from bisect import bisect_right
from itertools import accumulate
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import code_fingerprint
from pipeline.write.publish import RUN_KEY, VERSION_KEY, PreviousUnreadable, table_path
from pipeline.write.tables import SCHEMAS

log = logging.getLogger(__name__)

TABLES = SCHEMAS


def previous_state(out: Path) -> dict[str, tuple[str, str]]:
    """doc_id -> (key, source) of the last run's documents (key: `Source.key`), if its three
    tables are whole, are from one run, and that run had this pipeline version; else {}, so
    that everything is extracted again."""
    try:
        # ParquetFile, not read_table: the dataset layer it would load is not needed here.
        files = {name: pq.ParquetFile(table_path(out, name)) for name in TABLES}
    except (OSError, pa.ArrowInvalid) as err:
        if any(table_path(out, name).exists() for name in TABLES):
            log.warning("%s: %s; extracting every release again", out, unreadable(err))
        return {}
    metadata = [file.schema_arrow.metadata or {} for file in files.values()]
    if {m.get(VERSION_KEY.encode()) for m in metadata} != {code_fingerprint().encode()}:
        return {}
    if any(not file.schema_arrow.equals(TABLES[name], check_metadata=False)
           for name, file in files.items()):
        # Rows of another schema are never copied beside new ones, whatever the version says.
        log.warning("%s: the tables' columns are not the ones this version writes; extracting "
                    "every release again", out)
        return {}
    runs = {m.get(RUN_KEY.encode()) for m in metadata}
    if len(runs) != 1 or None in runs:
        log.warning("%s: the tables are not from one run; extracting every release again", out)
        return {}
    try:
        table = files["documents"].read(columns=["doc_id", "sha256", "source", "status"])
    except (OSError, pa.ArrowInvalid) as err:
        log.warning("%s: %s; extracting every release again", out, unreadable(err))
        return {}
    keys = [sha or f"!{status}" for sha, status in zip(table["sha256"].to_pylist(),
                                                       table["status"].to_pylist(), strict=False)]
    return dict(zip(table["doc_id"].to_pylist(), zip(keys, table["source"].to_pylist(), strict=False), strict=False))


def unreadable(err: Exception) -> str:
    if isinstance(err, FileNotFoundError):
        return f"{Path(err.filename or '?').name} is missing"
    return f"a table is unreadable ({err})"


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
            try:
                file = pq.ParquetFile(table_path(out, name))
                doc_ids = file.read(columns=["doc_id"])["doc_id"].to_pylist()
            except (OSError, pa.ArrowInvalid) as err:
                raise PreviousUnreadable(f"{name}.parquet: {err}") from err
            self.files[name] = file
            self.spans[name] = doc_spans(doc_ids)
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
            try:
                cache[i] = self.files[name].read_row_group(i)
            except (OSError, pa.ArrowInvalid) as err:
                raise PreviousUnreadable(f"{name}.parquet: row group {i}: {err}") from err
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


def count_skipped(out: Path) -> int:
    return count_not_ok(pq.ParquetFile(table_path(out, "documents")).read(columns=["status"]))


def count_not_ok(documents: pa.Table) -> int:
    return sum(1 for status in documents["status"].to_pylist() if status != "ok")
