"""The extract command end to end on a small raw folder: tables, reruns, jobs, bad files."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.run import extract
from pipeline.tables import AMOUNTS_SCHEMA, DOCUMENTS_SCHEMA, TOTALS_SCHEMA

CASES = Path(__file__).parent / "regression"

RELEASE = """# Regeringen satsar på cykelvägar

Regeringen avsätter 250 miljoner kronor till cykelinfrastruktur under 2025.

## Fördelning

- Cykelvägar i tätorter 150 miljoner kronor
- Cykelparkeringar vid stationer 100 miljoner kronor
"""


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "2025").mkdir(parents=True)
    (raw / "2025" / "cykel.md").write_text(RELEASE, encoding="utf-8")
    for seed in CASES.glob("seed-*.txt"):
        shutil.copy(seed, raw / seed.name)
    return raw


def table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / f"{name}.parquet").to_pylist()


def test_tables_follow_the_schemas(raw, tmp_path):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    assert pq.read_schema(out / "amounts.parquet").remove_metadata() == AMOUNTS_SCHEMA
    assert pq.read_schema(out / "documents.parquet").remove_metadata() == DOCUMENTS_SCHEMA
    assert pq.read_schema(out / "totals.parquet").remove_metadata() == TOTALS_SCHEMA


def test_rows_point_into_the_cleaned_text(raw, tmp_path):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    texts = {d["doc_id"]: d["text"] for d in table(out, "documents")}
    rows = table(out, "amounts")
    assert {r["doc_id"] for r in rows} == set(texts)
    for r in rows:
        assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"]
    cykel = [r for r in rows if r["doc_id"] == "2025/cykel"]
    assert [(r["amount_no"], r["value"]) for r in cykel] == [
        (1, 250_000_000.0), (2, 150_000_000.0), (3, 100_000_000.0)]


def test_jobs_give_the_same_rows(raw, tmp_path):
    extract(raw, tmp_path / "one", jobs=1)
    extract(raw, tmp_path / "two", jobs=2)
    for name in ("documents", "amounts", "totals"):
        assert table(tmp_path / "one", name) == table(tmp_path / "two", name)


def test_rerun_reuses_unchanged_and_drops_removed(raw, tmp_path):
    out = tmp_path / "out"
    first = extract(raw, out, jobs=1)
    before = table(out, "amounts")
    again = extract(raw, out, jobs=1)
    assert (again.reused, table(out, "amounts")) == (first.files, before)

    (raw / "2025" / "cykel.md").write_text(RELEASE.replace("250", "260"), encoding="utf-8")
    (raw / "seed-2013-skl-overenskommelser.txt").unlink()
    changed = extract(raw, out, jobs=1)
    rows = table(out, "amounts")
    assert changed.reused == 1
    assert not any(r["doc_id"].startswith("seed-2013") for r in rows)
    assert [r["value"] for r in rows if r["doc_id"] == "2025/cykel"][0] == 260_000_000.0
    clean = tmp_path / "clean"
    extract(raw, clean, jobs=1, full=True)
    assert table(clean, "amounts") == rows


def test_bad_file_is_listed_and_exit_status_is_2(raw, tmp_path, capsys):
    (raw / "tom.txt").write_bytes(b"")
    out = tmp_path / "out"
    status = main(["extract", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
    docs = {d["doc_id"]: d for d in table(out, "documents")}
    assert status == 2
    assert "tom.txt" in docs["tom"]["status"] and docs["tom"]["n_amounts"] == 0
    assert docs["2025/cykel"]["status"] == "ok"
    assert "1 skipped" in capsys.readouterr().out
