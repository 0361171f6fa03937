"""The Python API gives the rows the tables hold, for a text or a file, and stays cheap to
import."""
from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline.run import extract

SKOLGARDAR = """# Miljoner till skolgårdar i Norrbotten

Regeringen avsätter sammanlagt 45 miljoner kronor under 2025–2026 till kommunerna i
Norrbotten. Av dem går 30 Mkr till gröna skolgårdar och 15 Mkr till lekplatser.

| Kommun (tkr) | 2025 | 2026 |
| --- | --- | --- |
| Luleå | 1 200 | 1 400 |
"""


def test_extract_text_gives_the_rows_extract_writes_for_the_same_release(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "skolgardar.md").write_text(SKOLGARDAR, encoding="utf-8")
    extract(raw, tmp_path / "out", jobs=1)
    written = pd.read_parquet(tmp_path / "out" / "amounts.parquet").drop(columns="doc_id")
    rows = pipeline.extract_text(SKOLGARDAR, doc_id="skolgardar")
    assert len(rows) == len(written) == 5
    for row, stored in zip(rows, written.to_dict("records"), strict=True):
        assert row.doc_id == "skolgardar"
        assert float(row.value) == stored["value"] and row.area == stored["area"]
        assert (row.amount_no, row.text, row.is_total) == (
            stored["amount_no"], stored["text"], stored["is_total"])


def test_extract_takes_its_folders_as_strings_too(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "skolgardar.md").write_text(SKOLGARDAR, encoding="utf-8")
    summary = extract(str(raw), str(tmp_path / "out"), jobs=1)
    assert summary.files == 1
    assert len(pd.read_parquet(tmp_path / "out" / "amounts.parquet")) == 5


def test_rows_are_exact_decimals_with_their_labels():
    first, second, third, *cells = pipeline.extract_text(SKOLGARDAR)
    assert (first.value, first.is_total, first.year_start, first.year_end) == (
        Decimal("45000000"), True, 2025, 2026)
    assert (second.text, second.area) == ("30 Mkr", "gröna skolgårdar")
    assert [(c.value, c.year_start, c.area, c.in_table) for c in cells] == [
        (Decimal("1200000"), 2025, "Luleå", True), (Decimal("1400000"), 2026, "Luleå", True)]


def test_the_title_is_the_area_of_an_amount_that_names_no_purpose():
    text = "Totalt handlar det om 8 miljoner kronor."
    assert [r.area for r in pipeline.extract_text(text)] == [None]
    [row] = pipeline.extract_text(text, title="Nya pengar till kollektivtrafiken i Jämtland")
    assert (row.area, row.area_source) == ("Nya pengar till kollektivtrafiken i Jämtland", "title")


def test_extract_file_reads_each_kind_of_release(tmp_path):
    (tmp_path / "hamn.txt").write_bytes(
        "Stöd till Gävle hamn\n\nHamnen får 2,5 miljoner € i år.\n".encode("cp1252"))
    (tmp_path / "skolgardar.md").write_text(SKOLGARDAR, encoding="utf-8")
    [hamn] = pipeline.extract_file(tmp_path / "hamn.txt")
    assert (hamn.doc_id, hamn.value, hamn.currency) == ("hamn", Decimal("2500000"), "EUR")
    assert {r.doc_id for r in pipeline.extract_file(str(tmp_path / "skolgardar.md"))} == {
        "skolgardar"}


def test_extract_file_reads_every_record_of_a_jsonl_and_logs_a_bad_line(tmp_path, caplog):
    records = [{"id": "a-1", "title": "Läsfrämjande", "text": "Kulturrådet fördelar 25 Mkr."},
               {"id": "a-2", "text": "Trafikverket får 3 miljarder kronor till vägunderhåll."}]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (tmp_path / "pm.jsonl").write_text(lines[0] + "\n{inte json\n" + lines[1] + "\n", "utf-8")
    with caplog.at_level(logging.WARNING):
        rows = pipeline.extract_file(tmp_path / "pm.jsonl")
    assert [(r.doc_id, r.value) for r in rows] == [("a-1", Decimal("25000000")),
                                                   ("a-2", Decimal("3000000000"))]
    assert "pm.jsonl:2: invalid JSON" in caplog.text


@pytest.mark.parametrize("name, content, reason", [
    ("tom.txt", b"", "empty file"),
    ("rapport.pdf", b"%PDF-1.7\n", "unsupported suffix '.pdf'"),
    ("saknas.md", None, "cannot read"),
])
def test_a_file_that_cannot_be_read_raises_naming_it(tmp_path, name, content, reason):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    with pytest.raises(pipeline.UnreadableFile, match=rf"{name}: {reason}"):
        pipeline.extract_file(tmp_path / name)


def test_amounts_frame_has_the_columns_and_types_of_the_table_read_with_pyarrow(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "text.md").write_text(SKOLGARDAR, encoding="utf-8")
    extract(raw, tmp_path / "out", jobs=1)
    stored = pd.read_parquet(tmp_path / "out" / "amounts.parquet", dtype_backend="pyarrow")
    pd.testing.assert_frame_equal(pipeline.amounts_frame(pipeline.extract_text(SKOLGARDAR)),
                                  stored)


def test_amounts_frame_with_numpy_nullable_types_keeps_missing_years_missing():
    frame = pipeline.amounts_frame(pipeline.extract_text(SKOLGARDAR), "numpy_nullable")
    assert str(frame["year_start"].dtype) == "Int16" and str(frame["is_total"].dtype) == "boolean"
    assert frame["year_start"].tolist()[:3] == [2025, pd.NA, pd.NA]
    assert frame.groupby("currency")["value"].sum()["SEK"] == 45_000_000 + 45_000_000 + 2_600_000


def test_amounts_frame_refuses_an_unknown_backend_by_name():
    with pytest.raises(ValueError, match="dtype_backend 'polars'"):
        pipeline.amounts_frame([], "polars")  # type: ignore[arg-type]


def test_the_public_names_are_exported_and_an_unknown_one_is_an_attribute_error():
    for name in pipeline.__all__:
        assert getattr(pipeline, name) is not None
    assert set(pipeline.__all__) <= set(dir(pipeline))
    with pytest.raises(AttributeError, match="no attribute 'extract_pdf'"):
        pipeline.extract_pdf  # noqa: B018


def test_importing_the_package_loads_none_of_the_heavy_libraries():
    script = ("import sys, pipeline; print(sorted({m.split('.')[0] for m in sys.modules} & "
              "{'spacy', 'pyarrow', 'pandas', 'regex', 'trafilatura'}))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_the_package_is_typed():
    assert (Path(pipeline.__file__).parent / "py.typed").exists()


def test_an_upgrade_of_a_library_that_changes_rows_changes_the_code_fingerprint(monkeypatch):
    import importlib.metadata

    before = pipeline.code_fingerprint()
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: "99.0" if name == "regex" else real(name))
    pipeline.code_fingerprint.cache_clear()
    try:
        assert pipeline.library_versions()["regex"] == "99.0"
        assert pipeline.code_fingerprint() != before
    finally:
        monkeypatch.undo()
        pipeline.code_fingerprint.cache_clear()
    assert pipeline.code_fingerprint() == before


def test_the_console_script_is_installed_beside_the_interpreter():
    script = Path(sys.executable).parent / "pressfigures"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert all(command in result.stdout for command in ("extract", "evaluate", "show"))


def test_the_lock_pins_every_dependency_pyproject_names():
    import tomllib

    root = Path(__file__).parents[1]
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = [*project["dependencies"],
              *(r for extra in project["optional-dependencies"].values() for r in extra)]
    pinned = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", (root / "requirements.lock")
                             .read_text("utf-8"), re.M))
    names = {normalized(re.split(r"[\s\[<>=!~;]", r, maxsplit=1)[0]) for r in wanted}
    assert names <= {normalized(name) for name in pinned}, "run make lock"


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
