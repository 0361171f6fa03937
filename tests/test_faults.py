"""A run killed at any moment (SIGKILL) leaves the previous tables intact and readable, and
the next run gives the same rows as a clean one."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

TABLES = ("documents", "amounts", "totals")
AREAS = ["bredband", "vägunderhåll", "psykiatrin", "forskning", "skolbibliotek", "kollektivtrafik"]


def write_releases(raw: Path, n: int) -> None:
    raw.mkdir()
    for i in range(n):
        area = AREAS[i % len(AREAS)]
        (raw / f"release-{i:05d}.md").write_text(
            f"# Satsning nummer {i} på {area}\n\n"
            f"Regeringen avsätter totalt {i % 90 + 10} miljoner kronor till {area} under 2025. "
            f"Av dessa går {i % 90 + 4} miljoner kronor till {area} i norr och 6 miljoner kronor "
            f"till {area} i söder.\n\n"
            "Kontakt: pressekreterare, telefon 08-405 10 00.\n", encoding="utf-8")


def extract_command(raw: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out),
            "--jobs", "2", *extra]


def tables(out: Path) -> dict:
    return {name: pq.read_table(out / f"{name}.parquet") for name in TABLES}


@pytest.mark.parametrize("kill_after", [0.3, 0.8, 1.3])
def test_a_killed_run_leaves_the_last_tables_whole_and_the_next_run_finishes_them(tmp_path, kill_after):
    raw, out, clean = tmp_path / "raw", tmp_path / "out", tmp_path / "clean"
    write_releases(raw, 3000)
    subprocess.run(extract_command(raw, out), check=True, capture_output=True)
    before = tables(out)

    run = subprocess.Popen(extract_command(raw, out, "--full"), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(kill_after)
    if run.poll() is None:
        # The whole process group: worker processes die with the run, as with `kill -9 -PGID`.
        os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    after = tables(out)
    for name in TABLES:
        assert after[name].equals(before[name]), name

    subprocess.run(extract_command(raw, out, "--full"), check=True, capture_output=True)
    subprocess.run(extract_command(raw, clean), check=True, capture_output=True)
    finished, reference = tables(out), tables(clean)
    for name in TABLES:
        assert finished[name].equals(reference[name]), name
    assert not list(out.glob(".*.tmp"))
