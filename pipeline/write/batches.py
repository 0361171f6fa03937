"""Write: a run's rows into its new tables, a batch of releases at a time and in doc_id
order, as the extractions arrive; the rows of a release unchanged since the last run are
copied from that run's tables instead."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipeline.ingest.sources import Source
from pipeline.rows import Extraction

if TYPE_CHECKING:
    from pipeline.write.publish import Generation
    from pipeline.write.state import PreviousRows

# A batch is a row group. Over 7,821 releases, batches of 256 spent 0.9 % of the whole
# extraction's instructions on the 31 writes per table that batches of 2,048 save; the
# characters bound keeps a batch of long releases as small in memory as 2,048 short ones.
BATCH_DOCS = 2048
BATCH_CHARS = 16_000_000


def write_all(sources: list[Source], unchanged: set[str], old: PreviousRows | None,
              fresh: Iterator[Extraction], generation: Generation,
              hashes: dict[str, str] | None = None) -> tuple[int, int]:
    """Write every source's rows in doc_id order, batch by batch; returns (amounts, skipped).
    `hashes` gets the sha256 of each release extracted afresh, by source."""
    n_amounts = n_skipped = 0
    batch: list[Extraction | Source] = []
    chars = 0
    for src in sources:
        if src.doc_id in unchanged:
            batch.append(src)
        else:
            batch.append(extraction := next(fresh))
            chars += len(extraction.document.text)
            if hashes is not None:
                hashes[src.source] = extraction.document.sha256
        if len(batch) >= BATCH_DOCS or chars >= BATCH_CHARS:
            amounts, skipped = write_batch(batch, old, generation)
            n_amounts, n_skipped = n_amounts + amounts, n_skipped + skipped
            batch, chars = [], 0
    amounts, skipped = write_batch(batch, old, generation)
    return n_amounts + amounts, n_skipped + skipped


def write_batch(batch: list[Extraction | Source], old: PreviousRows | None,
                generation: Generation) -> tuple[int, int]:
    """Write one batch; returns (amounts, skipped documents) written. Arrow is imported with
    the first batch, after the workers are forked: a scout forked before them does not
    load it."""
    from pipeline.write.batch_tables import write_batch_tables

    return write_batch_tables(batch, old, generation)
