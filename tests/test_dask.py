"""The Dask engine gives the same tables as the local path, from a folder and from an fsspec URL."""
import json
from pathlib import Path

import fsspec
import pyarrow.parquet as pq
import pytest
from dask.distributed import LocalCluster

from pipeline.run import extract
from pipeline.write.state import VERSION_KEY

RELEASES = {
    "bredband.md":
        "# Bredband\n\nRegeringen avsätter 30 miljoner kronor till bredband i glesbygd.",
    "vagar.txt":
        "Vägar\n\nTrafikverket får 1,2 miljarder kronor för vägunderhåll under 2025.",
    "skola/lasning.md":
        "# Läsning\n\n- Skolbibliotek 12 Mkr\n- Läromedel 8 Mkr\n\nTotalt 20 Mkr.",
    "tom.txt": "",
}


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=None) as local:
        yield local.scheduler_address


def write_raw(root: Path) -> None:
    for name, text in RELEASES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def tables(out: Path) -> dict:
    return {n: pq.read_table(out / f"{n}.parquet").replace_schema_metadata()
            for n in ("documents", "amounts", "totals")}


def test_dask_rows_equal_local_rows(tmp_path, cluster, monkeypatch):
    import pipeline.run.dask_engine
    from pipeline.run.dask_engine import dask_engine

    # Small batches of smaller tasks: no result may overtake an earlier one.
    monkeypatch.setattr(pipeline.run.dask_engine, "BATCH", 3)
    monkeypatch.setattr(pipeline.run.dask_engine, "TASK", 2)
    raw = tmp_path / "raw"
    write_raw(raw)
    extract(raw, tmp_path / "local", jobs=1)
    extract(raw, tmp_path / "dask", engine=dask_engine(cluster))
    local, distributed = tables(tmp_path / "local"), tables(tmp_path / "dask")
    assert local["amounts"].num_rows == 5
    for name in local:
        assert distributed[name].equals(local[name]), name


def test_an_fsspec_url_reads_the_same_releases(tmp_path, cluster):
    from pipeline.run.dask_engine import dask_engine

    fs = fsspec.filesystem("memory")
    for name, text in RELEASES.items():
        fs.pipe(f"/releases/{name}", text.encode())
    raw = tmp_path / "raw"
    write_raw(raw)
    extract(raw, tmp_path / "local", jobs=1)
    extract("memory://releases", tmp_path / "url", engine=dask_engine(cluster))
    local, remote = tables(tmp_path / "local"), tables(tmp_path / "url")
    assert remote["amounts"].equals(local["amounts"])
    # An unreadable file's hash is not known when its bytes were never fetched.
    unhashed = ["sha256"]
    assert remote["documents"].drop_columns(unhashed).equals(
        local["documents"].drop_columns(unhashed))


JSONL_RECORDS = [
    {"id": "reg-1", "title": "Stöd till hyresgäster", "publisher": "Regeringen",
     "text": "Regeringen avsätter 300 miljoner kronor till renovering av hyresrätter."},
    {"id": "reg-2", "title": "Nya regler för fiske",
     "text": "Havs- och vattenmyndigheten föreslår nya regler för fisket i Östersjön."},
    {"id": "reg-3", "title": "Satsning på räddningstjänsten",
     "text": "MSB får 45 miljoner kronor 2025 och 50 miljoner kronor 2026 till övningar."},
]


def jsonl_bytes() -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in JSONL_RECORDS).encode()


def test_a_jsonl_url_gives_the_rows_of_the_local_file(tmp_path, cluster):
    from pipeline.run.dask_engine import dask_engine

    fsspec.filesystem("memory").pipe("/korpus/regeringen.jsonl", jsonl_bytes())
    local_file = tmp_path / "regeringen.jsonl"
    local_file.write_bytes(jsonl_bytes())
    extract(local_file, tmp_path / "local", jobs=1)
    extract("memory://korpus/regeringen.jsonl", tmp_path / "url", engine=dask_engine(cluster))
    local, remote = tables(tmp_path / "local"), tables(tmp_path / "url")
    assert local["amounts"].column("value").to_pylist() == [300e6, 45e6, 50e6]
    for name in local:
        assert remote[name].equals(local[name]), name


def test_extract_command_runs_on_a_scheduler(tmp_path, cluster, capsys):
    from pipeline.cli import main

    corpus = tmp_path / "regeringen.jsonl"
    corpus.write_bytes(jsonl_bytes())
    status = main(["extract", "--raw", str(corpus), "--out", str(tmp_path / "out"),
                   "--engine", "dask", "--scheduler", cluster])
    assert status == 0
    assert capsys.readouterr().out.startswith("3 files, 3 amounts, 0 skipped")
    extract(corpus, tmp_path / "local", jobs=1)
    local, distributed = tables(tmp_path / "local"), tables(tmp_path / "out")
    for name in local:
        assert distributed[name].equals(local[name]), name


def test_extract_with_dask_writes_the_local_tables(tmp_path, cluster):
    from pipeline.run.dask_engine import extract_with_dask

    raw = tmp_path / "raw"
    write_raw(raw)
    extract(raw, tmp_path / "local", jobs=1)
    summary = extract_with_dask(raw, tmp_path / "dask", scheduler=cluster, full=True)
    assert (summary.files, summary.amounts) == (4, 5)
    for name in ("documents", "amounts", "totals"):
        local = pq.read_table(tmp_path / "local" / f"{name}.parquet")
        distributed = pq.read_table(tmp_path / "dask" / f"{name}.parquet")
        assert distributed.equals(local), name
        # Both runs stamp the same pipeline version.
        version = local.schema.metadata[VERSION_KEY.encode()]
        assert distributed.schema.metadata[VERSION_KEY.encode()] == version
