"""The scout: a first worker that starts on the first releases while the parent still loads the
labeller, leaving the releases with money to the workers forked after."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline.run as run
from pipeline.ingest.sources import list_sources
from pipeline.run import Parsed, extract, extract_source, scout_source
from pipeline.run.workers import Scout, Unfinished, WorkerDied, in_order, usable_cores

MONEY = """# Stöd till lokala busslinjer

Regionen avsätter 42 miljoner kronor till busstrafik på landsbygden under 2026.
"""
NO_MONEY = """# Ny styrelse i Vattenfonden

Vid årsstämman valdes tre nya ledamöter. Ordförande blir Karin Berg, som tidigare
lett arbetet med vattenvård i Dalarna.
"""

PARENT = os.getpid()


def odd_done_even_left(item: int) -> tuple[str, int] | Unfinished[int]:
    """A scout that does odd items and hands on even ones, after noting where it ran."""
    if item % 2:
        return ("scout", os.getpid())
    return Unfinished(-item)


def worker(item: int) -> tuple[str, int]:
    return ("worker", item)


def slow_prepare() -> None:
    time.sleep(0.5)     # the parent loading: the scout works meanwhile


needs_cores = pytest.mark.skipif(usable_cores() < 2, reason="a scout is forked with two cores")


@needs_cores
def test_a_scout_works_while_the_parent_prepares_and_its_handed_on_items_come_back_in_order():
    scout = Scout(odd_done_even_left, lambda: None)
    results = list(in_order(worker, list(range(1, 2001)), 2, False, slow_prepare, scout))
    assert len(results) == 2000
    by_scout = [i for i, r in enumerate(results, 1) if r[0] == "scout"]
    assert by_scout and all(i % 2 for i in by_scout)       # it did some, only its own
    assert {r[1] for r in results if r[0] == "scout"} - {PARENT}   # in a process of its own
    # what it handed on was done by the workers, in place, from the item it handed on
    assert all(r == ("worker", -i) for i, r in enumerate(results, 1)
               if r[0] == "worker" and i <= by_scout[-1] and i % 2 == 0)
    assert all(r == ("worker", i) for i, r in enumerate(results, 1) if i > by_scout[-1] + 1)


def dying_scout(_item: int) -> tuple[str, int]:
    os._exit(9)


@needs_cores
def test_a_scout_that_dies_leaves_its_items_to_the_workers(caplog):
    done = list(in_order(worker, list(range(100)), 2, False, slow_prepare,
                         Scout(dying_scout, lambda: None)))
    assert done == [("worker", i) for i in range(100)]
    assert "exit status 9" in caplog.text


def dying_worker(item: int) -> tuple[str, int]:
    if item == 37:
        os._exit(9)
    return ("worker", item)


@needs_cores
def test_an_item_that_kills_the_scout_and_a_worker_fails_the_run_naming_its_chunk():
    with pytest.raises(WorkerDied, match=r"\(exit status 9, .*\) on a chunk of"):
        list(in_order(dying_worker, list(range(100)), 2, False, slow_prepare,
                      Scout(dying_worker, lambda: None)))


@pytest.fixture
def two_releases(tmp_path: Path) -> list:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "buss.md").write_text(MONEY, encoding="utf-8")
    (raw / "styrelse.md").write_text(NO_MONEY, encoding="utf-8")
    return list(list_sources(raw))


def test_the_scout_finishes_a_release_without_money_as_extract_source_does(two_releases):
    _, no_money = two_releases
    assert scout_source(no_money) == extract_source(no_money)


def test_a_release_with_money_is_handed_on_parsed_and_labelled_as_if_read_again(two_releases):
    money, _ = two_releases
    handed = scout_source(money)
    assert isinstance(handed, Unfinished) and isinstance(handed.item, Parsed)
    assert [a.value for a in handed.item.amounts] == [42_000_000]
    labelled = extract_source(handed.item)
    assert labelled == extract_source(money)
    assert [(r.text, r.year_start) for r in labelled.amounts] == [("42 miljoner kronor", 2026)]


@pytest.mark.skipif(sys.platform != "linux" or usable_cores() < 2,
                    reason="the scout is forked, patch included")
def test_a_large_run_scouts_and_writes_the_rows_of_one_without(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(40):
        (raw / f"r{i:02}.md").write_text(MONEY if i % 3 == 0 else NO_MONEY, encoding="utf-8")
    monkeypatch.setattr(run, "WARM_UP_MIN", 20)
    scouted = extract(raw, tmp_path / "scouted", jobs=2)
    monkeypatch.setattr(run, "WARM_UP_MIN", 1000)
    plain = extract(raw, tmp_path / "plain", jobs=2)
    assert scouted.amounts == plain.amounts == 14
    for name in ("documents", "amounts", "totals"):
        assert tables(tmp_path / "scouted", name) == tables(tmp_path / "plain", name)


def tables(out: Path, name: str) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(out / f"{name}.parquet").to_pylist()


def test_what_the_scout_is_forked_with_holds_neither_arrow_nor_spacy():
    # In a process of its own: other tests have imported both already.
    code = ("import sys\n"
            "from pipeline.cli import parser\n"
            "from pipeline.run import extract, load_parser\n"
            "load_parser()\n"
            "print(sorted({'pyarrow', 'spacy', 'pipeline.label'} & set(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
