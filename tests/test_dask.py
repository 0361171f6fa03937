"""The Dask engine gives the same tables as the local path, from a folder and from an fsspec URL."""
from pathlib import Path

import fsspec
import pyarrow.parquet as pq
import pytest
from dask.distributed import Client, LocalCluster

from pipeline.run import extract

RELEASES = {
    "bredband.md": "# Bredband\n\nRegeringen avsätter 30 miljoner kronor till bredband i glesbygd.",
    "vagar.txt": "Vägar\n\nTrafikverket får 1,2 miljarder kronor för vägunderhåll under 2025.",
    "skola/lasning.md": "# Läsning\n\n- Skolbibliotek 12 Mkr\n- Läromedel 8 Mkr\n\nTotalt 20 Mkr.",
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


def test_dask_rows_equal_local_rows(tmp_path, cluster):
    from pipeline.dask_engine import dask_engine

    raw = tmp_path / "raw"
    write_raw(raw)
    extract(raw, tmp_path / "local", jobs=1)
    extract(raw, tmp_path / "dask", engine=dask_engine(cluster))
    local, distributed = tables(tmp_path / "local"), tables(tmp_path / "dask")
    assert local["amounts"].num_rows == 5
    for name in local:
        assert distributed[name].equals(local[name]), name


def test_an_fsspec_url_reads_the_same_releases(tmp_path, cluster):
    from pipeline.dask_engine import dask_engine

    fs = fsspec.filesystem("memory")
    for name, text in RELEASES.items():
        fs.pipe(f"/releases/{name}", text.encode())
    raw = tmp_path / "raw"
    write_raw(raw)
    extract(raw, tmp_path / "local", jobs=1)
    extract("memory://releases", tmp_path / "url", engine=dask_engine(cluster))
    local, remote = tables(tmp_path / "local"), tables(tmp_path / "url")
    assert remote["amounts"].equals(local["amounts"])
    assert remote["documents"].drop_columns(["sha256"]).equals(local["documents"].drop_columns(["sha256"]))
