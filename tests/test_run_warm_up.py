"""The release a large run extracts before forking its workers must reach every stage, or
the workers pay the first use of what it leaves out."""
from __future__ import annotations

import subprocess
import sys

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


def test_after_the_warm_up_mending_mojibake_imports_nothing_more():
    # In a process of its own: another test may have imported ftfy already.
    code = ("import sys\n"
            "from pipeline.run import load_stages\n"
            "from pipeline.ingest.decode import repaired\n"
            "load_stages(warm_up=True)\n"
            "before = set(sys.modules)\n"
            "assert repaired('Bidraget till fÃ¶reningen Ã¤r 5 000 â‚¬', 'x.md') == "
            "'Bidraget till föreningen är 5 000 €'\n"
            "print(sorted(set(sys.modules) - before))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_the_warm_up_reads_the_verb_table_the_workers_share():
    from pipeline.label import wordclass

    wordclass.known_table_verbs.cache_clear()
    load_stages(warm_up=True)
    assert wordclass.known_table_verbs.cache_info().currsize == 1
