"""Write: one batch of a run's rows (`pipeline.write.batches`) as Arrow tables, new extractions
built, unchanged documents' rows copied from the last run's tables."""
from __future__ import annotations

from itertools import groupby

import pyarrow as pa

from pipeline.ingest.sources import Source
from pipeline.rows import Extraction
from pipeline.write.publish import Generation
from pipeline.write.state import TABLES, PreviousRows, count_not_ok
from pipeline.write.tables import AMOUNTS_SCHEMA, DOCUMENTS_SCHEMA, TOTALS_SCHEMA, rows_to_table


def write_batch_tables(batch: list[Extraction | Source], old: PreviousRows | None,
                generation: Generation) -> tuple[int, int]:
    """Write one batch: new extractions as built rows, unchanged documents as copied rows;
    returns (amounts, skipped documents) written."""
    parts: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
    for is_old, items in groupby(batch, key=lambda item: isinstance(item, Source)):
        run = list(items)
        if is_old:
            assert old is not None    # a source is in the batch for its last run's rows
            add_old_tables([s for s in run if isinstance(s, Source)], old, parts)
        else:
            add_fresh_tables([e for e in run if isinstance(e, Extraction)], parts)
    written = {name: pa.concat_tables(tables) for name, tables in parts.items() if tables}
    for name, table in written.items():
        generation.write(name, table)
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
