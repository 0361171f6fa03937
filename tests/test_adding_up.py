"""The README's "Adding money up" queries, run on the bundled releases, give the sums added up
by hand from the two releases' text, and print what the README shows."""
from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import duckdb
import pytest

README = Path(__file__).parents[1] / "README.md"

# Added up by hand from raw/: the 2013 release's one sum, and the 2015 release's seven items
# (30 + 10 + 5,95 + 5 + 8 + 7,95 + 1 Mkr), whose stated total of 67,9 Mkr is not counted again.
BY_HAND = {
    "De tolv överenskommelser som staten och SKL har enats om": 5_800_000_000,
    "Insatser inom ramen för satsningen på kroniska sjukdomar": 30_000_000,
    "Samordnad uppföljning och utveckling av tillgänglighet": 10_000_000,
    "Säker vård/patientsäkerhet": 5_950_000,
    "Uppföljning av läkemedel i slutenvården": 5_000_000,
    "Kunskapsstöd vid läkemedelsordinationer till barn": 8_000_000,
    "Utveckling av öppna jämförelser, indikatorer, datakällor m.m": 7_950_000,
    "Standardiserade laboratorieresultat/NPU-koder": 1_000_000,
}


def section() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("## Adding money up\n", 1)[1].split("\n## ", 1)[0]


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    from pipeline.run import extract

    out = tmp_path_factory.mktemp("bundled")
    extract(README.parent / "raw", out / "processed", jobs=1)
    return out


def run(code: str, where: Path, monkeypatch) -> tuple[dict, str]:
    monkeypatch.chdir(where)
    names: dict = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), names)
    return names, printed.getvalue()


def test_the_pandas_query_adds_each_sum_once(processed, monkeypatch):
    pandas_code, _ = re.findall(r"```python\n(.*?)```", section(), re.S)
    names, printed = run(pandas_code, processed, monkeypatch)
    per_area = names["per_area"]
    assert {area: int(v) for (area, _), v in per_area.items()} == BY_HAND
    shown = re.search(r"```text\n(.*?)```", section(), re.S)
    assert shown is not None and printed == shown.group(1)


def test_the_duckdb_query_agrees(processed, monkeypatch):
    _, duckdb_code = re.findall(r"```python\n(.*?)```", section(), re.S)
    names, _ = run(duckdb_code, processed, monkeypatch)
    relation = duckdb.sql(names["per_area_sql"])
    assert relation is not None
    assert {area: sek for area, _, sek in relation.fetchall()} == BY_HAND


def test_the_naive_sum_counts_the_total_with_its_items(processed, monkeypatch):
    monkeypatch.chdir(processed)
    relation = duckdb.sql("select sum(value)::bigint from 'processed/amounts.parquet' "
                          "where doc_id like '2015-%'")
    assert relation is not None
    [(naive,)] = relation.fetchall()
    assert naive == 2 * 67_900_000
