"""The release a large run extracts before forking its workers must reach every stage, or
the workers pay the first use of what it leaves out."""
from __future__ import annotations

from pipeline.ingest import document_from_text
from pipeline.run import WARM_UP_RELEASE, extract_document, load_stages


def test_the_warm_up_release_is_parsed_labelled_and_reconciled():
    extraction = extract_document(document_from_text("w", "w.md", WARM_UP_RELEASE, "md"))
    rows = extraction.amounts
    assert len(rows) >= 5 and any(r.in_table for r in rows) and extraction.totals
    assert any(r.year_start == 2026 for r in rows) and any(r.is_previous for r in rows)


def test_warming_up_leaves_nothing_to_report(caplog):
    load_stages(warm_up=True)
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
