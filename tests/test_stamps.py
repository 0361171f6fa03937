"""An unchanged rerun lists files by their stamps (size, times, inode) and reads only the ones
whose stamp changed or that changed just before the last run listed them."""
from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline.ingest.sources as sources
import pipeline.write.stamp_file as stamp_file
from pipeline.run import extract

RELEASES = {
    "cykel.md": "# Cykelvägar\n\nRegeringen avsätter 250 miljoner kronor till cykelvägar.\n",
    "skolor/lekplats.txt": "Kommunen får 3 miljoner kronor till nya lekplatser i Umeå.\n",
    "bibliotek.md": "# Bibliotek\n\nBiblioteken i Kiruna får 12 miljoner kronor 2026.\n",
}


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    for name, text in RELEASES.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(text, encoding="utf-8")
    return raw


@pytest.fixture
def settled(monkeypatch):
    """Files of a test are a moment old: without this every one counts as changed just
    before the listing, and is read again."""
    monkeypatch.setattr(stamp_file, "RACY_NS", 0)


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """The files the listing reads to hash, in order."""
    read: list[str] = []
    real = sources.file_sha256

    def counting(path, size=None):
        read.append(Path(path).name)
        return real(path, size)

    monkeypatch.setattr(sources, "file_sha256", counting)
    return read


def values(out: Path) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for row in pq.read_table(out / "amounts.parquet").to_pylist():
        found.setdefault(row["doc_id"], []).append(row["value"])
    return found


def test_an_unchanged_rerun_reads_no_file_whose_stamp_is_kept(raw, tmp_path, settled, hashed):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    again = extract(raw, out, jobs=1)
    assert again.reused == 3
    assert hashed == []


def test_a_file_rewritten_to_its_old_size_and_time_is_read_again(raw, tmp_path, settled):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    path = raw / "cykel.md"
    before = path.stat()
    path.write_text(RELEASES["cykel.md"].replace("250", "350"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    again = extract(raw, out, jobs=1)
    assert again.reused == 2
    assert values(out)["cykel"] == [350_000_000.0]


def test_files_changed_just_before_the_last_listing_are_read_again(raw, tmp_path, hashed):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    assert extract(raw, out, jobs=1).reused == 3
    assert sorted(hashed) == ["bibliotek.md", "cykel.md", "lekplats.txt"]


def test_touched_files_are_read_once_and_their_new_stamps_kept(raw, tmp_path, settled, hashed):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    for name in RELEASES:
        os.utime(raw / name)
    assert extract(raw, out, jobs=1).reused == 3
    assert len(hashed) == 3
    assert extract(raw, out, jobs=1).reused == 3
    assert len(hashed) == 3


@pytest.mark.parametrize("kept", ["", "{not json", '{"format": 1, "files": []}',
                                  '{"format": 99, "listed_at_ns": 0, "files": {}}'])
def test_a_broken_stamps_file_only_means_reading_every_file(raw, tmp_path, settled, hashed,
                                                            kept):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    rows = values(out)
    (out / ".current" / "stamps.json").write_text(kept, encoding="utf-8")
    assert extract(raw, out, jobs=1).reused == 3
    assert len(hashed) == 3
    assert values(out) == rows


def test_a_file_added_beside_kept_ones_is_the_only_one_read(raw, tmp_path, settled, hashed):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    (raw / "ny.txt").write_text("Polisen får 40 miljoner kronor i Malmö.\n", encoding="utf-8")
    again = extract(raw, out, jobs=1)
    assert (again.files, again.reused) == (4, 3)
    assert hashed == ["ny.txt"]
    assert values(out)["ny"] == [40_000_000.0]
