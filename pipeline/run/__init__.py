"""The whole pipeline: raw files -> documents -> rows -> tables.

`extract_document` is the flow for one release (ingest has already made the `Document`);
`extract` runs it over a raw folder, a JSONL file or an fsspec URL (listed by
`pipeline.ingest.sources`) with worker processes (`pipeline.run.workers`, or another engine, see
`pipeline.run.dask_engine`), reuses the rows of releases that did not change since the last run
(`pipeline.write.state`), and writes the tables a batch at a time (`pipeline.write.batches`) and
atomically (`pipeline.write.publish`).

The parser and the labeller are imported only when a release is to be extracted, so an
unchanged rerun never loads them; before worker processes are forked they are loaded once in
this process, and the workers share them.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pipeline import code_fingerprint
from pipeline.document import Document
from pipeline.errors import UserError
from pipeline.ingest import DEFAULT_MAX_BYTES
from pipeline.ingest.reading import readable_document, skipped_row
from pipeline.ingest.sources import Source, is_url, list_sources
from pipeline.ingest.stamps import KnownHashes
from pipeline.rows import DocumentRow, Extraction
from pipeline.run.workers import Scout, Unfinished, in_order
from pipeline.write.batches import write_all
from pipeline.write.publish import (
    VERSION_KEY,
    Generation,
    PreviousUnreadable,
    locked,
    remove_leftovers,
    table_path,
)
from pipeline.write.stamp_file import keep_stamps, known_hashes, refresh_stamps, stamps_of

if TYPE_CHECKING:
    from pipeline.label.breakdowns import Located
    from pipeline.parse.amount import Amount
    from pipeline.write.state import PreviousRows

log = logging.getLogger(__name__)

# A run with this many releases to extract warms its stages up before its workers are forked:
# first use cost each worker about a CPU-second over the 7,821 releases of the corpus, the
# warm-up costs 0.7 once.
WARM_UP_MIN = 512
WARM_UP_RELEASE = """# Satsning på vägar 2026

Regeringen avsätter 2,5 miljarder kronor till vägar 2026, jämfört med 2,1 miljarder kronor
2025. Av beloppet går 300 miljoner kronor till cykelvägar. Resultatet blev 45 Mkr (38).

- Trafikverket: 1 800 miljoner kronor
- Kommunerna: 700 miljoner kronor

| Post (mnkr) | 2025 | 2026 |
|---|---|---|
| Summa | 2 100 | 2 500 |
"""


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
    from pipeline.parse import find_amounts

    amounts = find_amounts(doc)
    if not amounts:    # most releases: no tokenizing, labelling or reconciling
        return Extraction(document_row(doc, 0), (), ())
    return labelled_extraction(doc, amounts)


def labelled_extraction(doc: Document, amounts: list[Amount]) -> Extraction:
    """label -> reconcile -> the rows of a document whose `amounts` are found."""
    from pipeline.label import label_document
    from pipeline.reconcile import reconcile_totals

    labelled = label_document(doc, amounts)
    rows = tuple(labelled.rows)
    # an amount is a `Located` read-only: the protocol's attributes are plain ones
    located = cast("Sequence[Located]", amounts)
    totals = tuple(reconcile_totals(rows, located, labelled.places))
    return Extraction(document_row(doc, len(rows)), rows, totals)


def document_row(doc: Document, n_amounts: int = 0, status: str | None = None) -> DocumentRow:
    return DocumentRow(
        doc_id=doc.doc_id, source=doc.source, sha256=doc.sha256, title=doc.title,
        publisher=doc.publisher, published=doc.published, text=doc.text,
        n_amounts=n_amounts, status=status or doc.status,
        published_precision=doc.published_precision,
    )


def load_stages(warm_up: bool = False) -> None:
    """Import the stages after ingest, once, here: processes forked after this share them
    instead of each loading its own. With `warm_up`, also extract one short release, so that
    what the stages build on first use (the verb lookup table, patterns compiled when first
    met) is built here, once, not in every worker."""
    for stage in ("pipeline.parse", "pipeline.label", "pipeline.reconcile"):
        import_module(stage)
    if warm_up:
        from pipeline.ingest import document_from_text

        load_parser()
        try:
            extract_document(document_from_text("warm-up", "warm-up.md", WARM_UP_RELEASE, "md"))
        except Exception:    # only a cost saved: a release that fails shows it in the run
            log.debug("the warm-up extraction failed", exc_info=True)


def load_parser() -> None:
    """What the scout needs (see `pipeline.run.workers.Scout`), loaded before it is forked, so
    that the workers forked later share it too: the text repair of ingest and the parser."""
    from pipeline.ingest.decode import prepare_repair

    prepare_repair()
    import_module("pipeline.parse")




@dataclass(frozen=True)
class Parsed:
    """A release read and parsed that has money to label: what the scout, which has no
    labeller, hands on to the workers."""

    src: Source
    doc: Document
    amounts: list[Amount]


def extract_source(item: Source | Parsed) -> Extraction:
    """Ingest and extract one source (or label one the scout parsed); a file that cannot be
    read becomes a status row."""
    if isinstance(item, Parsed):
        return finished(item.src, partial(labelled_extraction, item.doc, item.amounts))
    doc = readable_document(item)
    if isinstance(doc, Extraction):
        return doc
    return finished(item, partial(extract_document, doc))


def scout_source(src: Source) -> Extraction | Unfinished[Parsed]:
    """`extract_source` for a release without money; a release with money is handed on
    parsed, to a worker with the labeller."""
    from pipeline.parse import find_amounts

    doc = readable_document(src)
    if isinstance(doc, Extraction):
        return doc
    try:
        amounts = find_amounts(doc)
    except Exception as err:    # as `finished` has it
        return failed(src, err)
    if amounts:
        return Unfinished(Parsed(src, doc, amounts))
    return with_note(src, Extraction(document_row(doc, 0), (), ()))



def finished(src: Source, extracted: Callable[[], Extraction]) -> Extraction:
    """`extracted()`, with the status a source's note gives it; a release it fails on becomes
    a status row."""
    try:
        extraction = extracted()
    except Exception as err:    # a bug met in one release must not cost the rest of the run
        return failed(src, err)
    return with_note(src, extraction)


def failed(src: Source, err: Exception) -> Extraction:
    reason = f"{src.source}: extraction failed: {type(err).__name__}: {err}"
    log.warning("%s", reason)
    log.debug("%s", reason, exc_info=True)
    return skipped_row(src, reason)


def with_note(src: Source, extraction: Extraction) -> Extraction:
    if not src.note:
        return extraction
    return replace(extraction, document=replace(extraction.document, status=src.note))


Engine = Callable[[list[Source], bool], Generator[Extraction, None, None]]


def extract(raw: Path | str, out: Path | str, jobs: int | None = None, full: bool = False,
            progress: bool = False, engine: Engine | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """Extract every release under `raw` into `out`; only new or changed ones are parsed.
    `engine` runs `extract_source` over the sources to do, in order (default: local worker
    processes, `jobs` of them). One run at a time writes to `out`; the three tables are
    replaced together or not at all."""
    began = time.perf_counter()
    out = Path(out)
    check_paths(raw, out)

    def fresh_of(todo: list[Source]) -> Generator[Extraction, None, None]:
        if engine:
            return engine(todo, progress)
        large = len(todo) >= WARM_UP_MIN
        return in_order(extract_source, todo, jobs, progress,
                        partial(load_stages, warm_up=large),
                        Scout(scout_source, load_parser) if large else None)

    with locked(out):
        remove_leftovers(out)
        previous = {} if full else last_state(out)
        listed_at = time.time_ns()
        known = known_hashes(out) if previous else {}
        # Without a last run to compare with, no hash is needed up front: each file is hashed
        # by the worker that reads it, from the bytes it reads. With one, a file whose stamp
        # is unchanged keeps the hash that run read.
        sources = list(list_sources(raw, max_bytes, hashed=bool(previous),
                                    known=known))
        try:
            counts = write_tables(sources, out, previous, fresh_of, (known, listed_at))
        except PreviousUnreadable as err:
            log.warning("%s: %s; extracting every release again", out, err)
            counts = write_tables(sources, out, {}, fresh_of, (known, listed_at))
    return Summary(len(sources), *counts, time.perf_counter() - began)


def write_tables(sources: list[Source], out: Path, previous: dict[str, tuple[str, str]],
                 fresh_of: Callable[[list[Source]], Generator[Extraction, None, None]],
                 listing: tuple[KnownHashes, int]) -> tuple[int, int, int]:
    """Publish the tables of `sources` in `out`, reusing the rows of the ones unchanged since
    the `previous` run (doc_id -> key and source), with the stamps of the files as listed
    (`listing`: the stamps that run kept, and when this one listed, in ns); returns
    (amounts, skipped, unchanged)."""
    known, listed_at = listing
    # Arrow is imported here only to read the last run's tables: a first or full run imports
    # it when it writes, after its workers are forked (see `Generation.writer`).
    if previous and previous == {s.doc_id: (s.key, s.source) for s in sources}:
        import pyarrow.parquet as pq

        from pipeline.write.state import count_skipped

        n = pq.read_metadata(table_path(out, "amounts")).num_rows
        refresh_stamps(out, sources, known, listed_at)
        return n, count_skipped(out), len(sources)
    # A JSONL record that only moved to another line keeps its rows; its source is updated.
    unchanged = {s.doc_id for s in sources
                 if s.key and previous.get(s.doc_id, ("", ""))[0] == s.key}
    old = previous_rows(out) if unchanged else None
    fresh = fresh_of([s for s in sources if s.doc_id not in unchanged])
    generation = Generation(out, lambda: {VERSION_KEY: code_fingerprint()})
    hashes: dict[str, str] = {}
    try:
        n_amounts, n_skipped = write_all(sources, unchanged, old, fresh, generation, hashes)
        keep_stamps(generation.folder, stamps_of(sources, hashes), listed_at)
        generation.publish()
    except BaseException:
        fresh.close()   # the workers first: a run that stops ends them at once
        generation.discard()
        raise
    finally:
        fresh.close()
    return n_amounts, n_skipped, len(unchanged)


def last_state(out: Path) -> dict[str, tuple[str, str]]:
    from pipeline.write.state import previous_state

    return previous_state(out)


def previous_rows(out: Path) -> PreviousRows:
    from pipeline.write.state import PreviousRows

    return PreviousRows(out)


def check_paths(raw: Path | str, out: Path) -> None:
    """Before anything is made: `raw` exists, and `out` is not inside it (the next run would
    read the tables back as releases)."""
    if is_url(raw):
        return
    if not Path(raw).exists():
        raise UserError(f"no such raw folder or file: {raw}")
    if Path(raw).is_dir() and Path(out).resolve().is_relative_to(Path(raw).resolve()):
        raise UserError(f"--out {out} is inside --raw {raw}: the next run would read the "
                        "tables as releases; give an --out outside it")
