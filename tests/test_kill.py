"""SIGKILL during `extract --full` never damages the tables of the last finished run: they stay
readable and identical, no `*.parquet` is ever half-written, and the next run to completion
gives exactly what a clean run into a fresh folder gives."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

TABLES = ("documents", "amounts", "totals")
N_RELEASES = 2000
# When to kill: so long after the start, or so long after the new tables' temporaries appear.
KILLS = [("start", 0.3), ("start", 1.0), ("writing", 0.0), ("writing", 1.0)]

AREAS = ["bredband på landsbygden", "vägunderhåll i Norrland", "barn- och ungdomspsykiatrin",
         "forskning om klimatanpassning", "skolbibliotek", "kollektivtrafik i Skåne",
         "äldreomsorgen", "räddningstjänsten", "kulturskolor", "våtmarker i Halland"]
ACTORS = ["Regeringen", "Region Västerbotten", "Länsstyrelsen i Dalarna", "Socialstyrelsen",
          "Tillväxtverket", "Stockholms stad", "Göteborgs kommun", "Skolverket"]


def amount(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"{rng.randint(2, 950)} miljoner kronor"
    if kind == 1:
        return f"{rng.randint(1, 9)},{rng.randint(1, 9)} miljarder kronor"
    if kind == 2:
        return f"{rng.randint(10, 999)} {rng.randint(0, 9)}00 000 kronor"
    if kind == 3:
        return f"{rng.randint(2, 400)} Mkr"
    if kind == 4:
        return f"{rng.randint(50, 900)} tkr"
    return f"{rng.randint(1, 40)} miljoner euro"


def release(i: int, rng: random.Random) -> str:
    area, other = rng.sample(AREAS, 2)
    actor = rng.choice(ACTORS)
    year = rng.randint(2012, 2026)
    lines = [f"# {actor} satsar på {area} ({i})", "",
             f"{actor} avsätter totalt {amount(rng)} till {area} under {year}. Beslutet "
             f"fattades vid ett sammanträde i {rng.choice(['januari', 'maj', 'oktober'])}.", "",
             "## Fördelning", ""]
    lines += [f"- {a[0].upper()}{a[1:]}: {amount(rng)}" for a in rng.sample(AREAS, rng.randint(1, 4))]
    lines += ["", f"Dessutom går {amount(rng)} till {other} mellan {year} och {year + 2}.", ""]
    if rng.random() < 0.3:
        lines += ["| Område | Belopp (mnkr) |", "|---|---:|",
                  *[f"| {a} | {rng.randint(1, 300)} |" for a in rng.sample(AREAS, 3)], ""]
    lines.append("Kontakt: pressekreterare, telefon 08-123 45 67.")
    return "\n".join(lines) + "\n"


def write_releases(raw: Path) -> None:
    rng = random.Random(2024)
    for i in range(N_RELEASES):
        folder = raw / f"{2012 + i // 250}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"release-{i:05d}.md").write_text(release(i, rng), encoding="utf-8")


def command(raw: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out), *extra]


def finish(raw: Path, out: Path, *extra: str) -> str:
    result = subprocess.run(command(raw, out, "--jobs", "2", *extra), capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def read_tables(out: Path) -> dict:
    """Every table in `out`, read in full; fails on any `*.parquet` that is not whole."""
    published = sorted(p.name for p in out.glob("*.parquet"))
    assert published == sorted(f"{name}.parquet" for name in TABLES)
    tables = {}
    for name in TABLES:
        path = out / f"{name}.parquet"
        meta = pq.read_metadata(path)          # footer present and parseable
        table = pq.read_table(path)            # every row group decodes
        assert table.num_rows == meta.num_rows
        tables[name] = table
    return tables


def assert_same(found: dict, expected: dict) -> None:
    for name in TABLES:
        assert found[name].schema.equals(expected[name].schema, check_metadata=True), name
        assert found[name].equals(expected[name]), name


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The raw folder and the tables of one run to completion into OUT."""
    base = tmp_path_factory.mktemp("kill")
    raw, out = base / "raw", base / "out"
    write_releases(raw)
    finish(raw, out)
    first = read_tables(out)
    assert first["documents"].num_rows == N_RELEASES
    assert set(first["documents"]["status"].to_pylist()) == {"ok"}
    assert first["amounts"].num_rows > 4 * N_RELEASES
    return raw, out, first, {"writing_kills": 0, "killed_while_writing": 0}


def temporaries(out: Path) -> list[Path]:
    return list(out.glob(".*.tmp"))


def wait_for_temporaries(run: subprocess.Popen, out: Path, before: set[Path]) -> bool:
    """True once the run has begun writing its new tables; False if it ended first."""
    while run.poll() is None:
        if set(temporaries(out)) - before:
            return True
        time.sleep(0.005)
    return False


@pytest.mark.parametrize("moment, delay", KILLS, ids=[f"{m}+{d}s" for m, d in KILLS])
def test_sigkill_during_a_full_run_leaves_the_last_tables_whole_and_unchanged(corpus, moment, delay):
    raw, out, first, seen = corpus
    before = set(temporaries(out))
    # One worker: the run lasts a few seconds, so every kill lands before the commit.
    run = subprocess.Popen(command(raw, out, "--full", "--jobs", "1"), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    seen["writing_kills"] += moment == "writing"
    try:
        writing = moment == "writing" and wait_for_temporaries(run, out, before)
        time.sleep(delay)
        if run.poll() is None:
            seen["killed_while_writing"] += writing
            os.killpg(run.pid, signal.SIGKILL)     # the run and any worker it started
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
    assert_same(read_tables(out), first)
    # Whatever the kill left behind is a hidden temporary, never a published table.
    for leftover in out.iterdir():
        assert leftover.name in {f"{n}.parquet" for n in TABLES} or (
            leftover.name.startswith(".") and leftover.name.endswith(".tmp")), leftover.name


def test_the_next_runs_finish_and_equal_a_clean_run(corpus, tmp_path):
    raw, out, first, seen = corpus
    if seen["writing_kills"]:
        assert seen["killed_while_writing"] >= 1, "no kill landed while new tables were written"
    # An ordinary rerun trusts the surviving tables: nothing changed, nothing redone.
    rerun = finish(raw, out)
    assert f"{N_RELEASES} unchanged" in rerun, rerun
    assert_same(read_tables(out), first)
    # A full run to completion clears the killed runs' temporaries and gives a clean run's rows.
    finish(raw, out, "--full")
    clean = tmp_path / "clean"
    finish(raw, clean)
    assert_same(read_tables(out), read_tables(clean))
    assert_same(read_tables(out), first)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.parquet" for n in TABLES)
