"""Runs that end badly: SIGKILL, SIGTERM and Ctrl-C at any moment, a kill while the new tables
are published, a damaged or missing table, a full disk, two runs into one folder. The tables
of the last finished run always stay whole and of one run, no worker outlives its run, and
the next run to completion gives exactly what a clean run into a fresh folder gives."""
from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest

from pipeline.run import extract
from pipeline.write.publish import CURRENT, RUN_PREFIX
from pipeline.write.state import VERSION_KEY

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


def write_releases(raw: Path, n: int = N_RELEASES, seed: int = 2024) -> None:
    rng = random.Random(seed)
    for i in range(n):
        folder = raw / f"{2012 + i // 250}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"release-{i:05d}.md").write_text(release(i, rng), encoding="utf-8")


def command(raw: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out), *extra]


def finish(raw: Path, out: Path, *extra: str) -> str:
    result = subprocess.run(command(raw, out, "--jobs", "2", *extra), capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    return result.stdout


def start(raw: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(command(raw, out, *extra), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def read_tables(out: Path) -> dict:
    """Every table in `out`, read in full; fails on any `*.parquet` that is not whole or on
    tables that are not of one run."""
    published = sorted(p.name for p in out.glob("*.parquet"))
    assert published == sorted(f"{name}.parquet" for name in TABLES)
    tables = {}
    for name in TABLES:
        path = out / f"{name}.parquet"
        meta = pq.read_metadata(path)          # footer present and parseable
        table = pq.read_table(path)            # every row group decodes
        assert table.num_rows == meta.num_rows
        tables[name] = table
    runs = {t.schema.metadata[b"pressfigures_run"] for t in tables.values()}
    assert len(runs) == 1, runs
    return tables


def assert_same(found: dict, expected: dict) -> None:
    """The same rows and columns, written by the same pipeline version (by any run)."""
    for name in TABLES:
        assert found[name].schema.equals(expected[name].schema), name
        assert found[name].equals(expected[name]), name
        version = VERSION_KEY.encode()
        assert found[name].schema.metadata[version] == expected[name].schema.metadata[version]


def generations(out: Path) -> set[Path]:
    return set(out.glob(f"{RUN_PREFIX}*"))


def published_generation(out: Path) -> Path:
    return out / os.readlink(out / CURRENT)


def wait_for_new_generation(run: subprocess.Popen, out: Path, before: set[Path]) -> bool:
    """True once the run has begun writing its new tables; False if it ended first."""
    while run.poll() is None:
        if generations(out) - before:
            return True
        time.sleep(0.005)
    return False


def workers_of(run: subprocess.Popen, n: int) -> list[psutil.Process]:
    """The run's worker processes, once all `n` are started."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = psutil.Process(run.pid).children(recursive=True)
        if len(children) >= n:
            return children
        time.sleep(0.01)
    raise AssertionError(f"the run did not start {n} workers")


def alive(processes: list[psutil.Process], within: float) -> list[int]:
    """The processes still running (zombies are dead) after waiting up to `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        running = [p.pid for p in processes if is_running(p)]
        if not running or time.monotonic() > deadline:
            return running
        time.sleep(0.05)


def is_running(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def assert_only_published_files(out: Path) -> None:
    """Whatever a kill left behind is hidden: the lock, the published generation and at most
    the unpublished folder of the killed run, which the next run removes."""
    for leftover in out.iterdir():
        assert leftover.name in {f"{n}.parquet" for n in TABLES} | {".lock", CURRENT} or (
            leftover.name.startswith(RUN_PREFIX)), leftover.name


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


@pytest.mark.parametrize("moment, delay", KILLS, ids=[f"{m}+{d}s" for m, d in KILLS])
def test_sigkill_during_a_full_run_leaves_the_last_tables_whole_and_unchanged(corpus, moment, delay):
    raw, out, first, seen = corpus
    # One worker: the run lasts a few seconds, so every kill lands before the commit.
    before = generations(out)
    run = start(raw, out, "--full", "--jobs", "1")
    seen["writing_kills"] += moment == "writing"
    try:
        writing = moment == "writing" and wait_for_new_generation(run, out, before)
        time.sleep(delay)
        if run.poll() is None:
            seen["killed_while_writing"] += writing
            os.killpg(run.pid, signal.SIGKILL)     # the run and any worker it started
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
        run.communicate(timeout=30)
    assert_same(read_tables(out), first)
    assert_only_published_files(out)


def test_workers_die_with_the_main_process(corpus):
    raw, out, first, _ = corpus
    before = generations(out)
    run = start(raw, out, "--full", "--jobs", "2")
    try:
        assert wait_for_new_generation(run, out, before), "the run ended before it was killed"
        workers = workers_of(run, 2)
        os.kill(run.pid, signal.SIGKILL)        # the main process only, as the OOM killer does
        run.communicate(timeout=30)
        assert alive(workers, within=5) == []
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert_same(read_tables(out), first)


SIGNALS = [(signal.SIGTERM, 0.1), (signal.SIGINT, 0.0), (signal.SIGINT, 0.3), (signal.SIGINT, 0.6)]


@pytest.mark.parametrize("signum, delay", SIGNALS,
                         ids=[f"{signal.Signals(s).name}+{d}s" for s, d in SIGNALS])
def test_sigterm_and_ctrl_c_end_the_run_within_seconds_with_one_line(corpus, signum, delay):
    raw, out, first, _ = corpus
    before = generations(out)
    run = start(raw, out, "--full", "--jobs", "2")
    try:
        assert wait_for_new_generation(run, out, before), "the run ended before the signal"
        workers = workers_of(run, 2)
        time.sleep(delay)
        assert run.poll() is None, "the run ended before the signal"
        began = time.monotonic()
        os.kill(run.pid, signum)
        stdout, stderr = run.communicate(timeout=10)
        took = time.monotonic() - began
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert took < 10
    assert run.returncode == 128 + signum
    name = signal.Signals(signum).name
    assert stderr.splitlines() == [
        f"error: interrupted by {name}; {out}/ keeps the tables of the last finished run"]
    assert stdout == ""
    assert alive(workers, within=5) == []
    assert generations(out) == {published_generation(out)}, "temporary tables left behind"
    assert_same(read_tables(out), first)


def test_a_second_run_into_the_same_folder_exits_at_once(corpus):
    raw, out, first, _ = corpus
    before = generations(out)
    run = start(raw, out, "--full", "--jobs", "1")
    try:
        assert wait_for_new_generation(run, out, before), "the first run ended too soon"
        writing = generations(out) - {published_generation(out)}
        began = time.monotonic()
        second = subprocess.run(command(raw, out, "--jobs", "1", "--full"), capture_output=True,
                                text=True, timeout=60)
        took = time.monotonic() - began
        assert second.returncode == 1
        assert second.stderr == (f"error: {out} is in use by another extract run (pid {run.pid});"
                                 " wait for it to end or give another --out\n")
        assert took < 5
        assert all(folder.exists() for folder in writing), "the second run removed the first's"
        stdout, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 0, stderr
    assert stdout.startswith(f"{N_RELEASES} files")
    assert_same(read_tables(out), first)


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
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".current", ".lock", published_generation(out).name, *(f"{n}.parquet" for n in TABLES)])


# --- Publishing, damaged tables, a full disk -------------------------------------------------

SMALL = 120


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """Two versions of a small raw folder (B: some releases changed, removed and added), the
    tables of a finished run on A, and those of a clean run on B."""
    base = tmp_path_factory.mktemp("versions")
    raw_a, raw_b = base / "a", base / "b"
    write_releases(raw_a, SMALL)
    write_releases(raw_b, SMALL)
    changed = sorted(raw_b.rglob("*.md"))
    for path in changed[:5]:
        path.write_text(path.read_text(encoding="utf-8").replace("Beslutet", "Förslaget"),
                        encoding="utf-8")
    for path in changed[5:7]:
        path.unlink()
    write_releases(raw_b / "nya", 3, seed=7)
    finish(raw_a, base / "out-a")
    finish(raw_b, base / "clean-b")
    return raw_a, raw_b, base / "out-a", read_tables(base / "out-a"), read_tables(base / "clean-b")


# Runs the command line with os.replace ending the process at its Nth call, before or after
# the rename: every moment at which a publish can be cut short.
DYING_AT_A_RENAME = """
import os, sys
from pipeline.cli import main
calls, die_at, after = 0, int(sys.argv[1]), sys.argv[2] == "after"
rename = os.replace
def replace(src, dst, *args, **kwargs):
    global calls
    calls += 1
    if calls == die_at and not after:
        os._exit(9)
    rename(src, dst, *args, **kwargs)
    if calls == die_at:
        os._exit(9)
os.replace = replace
sys.exit(main(sys.argv[3:]))
"""


def die_at_rename(n: int, when: str, raw: Path, out: Path) -> int:
    args = [sys.executable, "-c", DYING_AT_A_RENAME, str(n), when,
            *command(raw, out, "--jobs", "1")[3:]]
    return subprocess.run(args, capture_output=True, timeout=120).returncode


def legacy_copy(out: Path, to: Path) -> None:
    """The tables of `out` as plain files, as a version before generations wrote them."""
    to.mkdir()
    for name in TABLES:
        shutil.copyfile(out / f"{name}.parquet", to / f"{name}.parquet")


# Between two renames nothing is written, so "after N" is also "before N + 1". Plain files
# take five: the old tables become a generation of links (four), then the new one is published.
RENAMES = [(1, "before"), (1, "after")]
LEGACY_RENAMES = [(1, "before"), *[(n, "after") for n in range(1, 6)]]


@pytest.mark.parametrize("layout, n, when",
                         [("links", n, w) for n, w in RENAMES]
                         + [("plain files", n, w) for n, w in LEGACY_RENAMES],
                         ids=lambda v: str(v))
def test_a_kill_at_any_rename_leaves_one_whole_set_and_the_next_run_completes_it(
        versions, tmp_path, layout, n, when):
    raw_a, raw_b, out_a, tables_a, clean_b = versions
    out = tmp_path / "out"
    if layout == "links":
        shutil.copytree(out_a, out, symlinks=True)
    else:
        legacy_copy(out_a, out)
    assert die_at_rename(n, when, raw_b, out) in (9, 0)
    found = read_tables(out)
    assert any(found[t].equals(tables_a[t]) for t in TABLES) is all(
        found[t].equals(tables_a[t]) for t in TABLES), "a mix of the old and the new tables"
    assert all(found[t].equals(tables_a[t]) or found[t].equals(clean_b[t]) for t in TABLES)
    extract(raw_b, out, jobs=1)
    assert_same(read_tables(out), clean_b)


DAMAGES = [("amounts", "remove the link"), ("amounts", "remove the file"),
           ("amounts", "truncate"), ("amounts", "another run's table"),
           ("totals", "truncate"), ("documents", "remove the file")]


@pytest.mark.parametrize("table, damage", DAMAGES, ids=[f"{t}-{d}" for t, d in DAMAGES])
def test_a_missing_or_damaged_table_is_extracted_again(versions, tmp_path, damage, table):
    raw_a, _, out_a, tables_a, _ = versions
    out = tmp_path / "out"
    shutil.copytree(out_a, out, symlinks=True)
    target = published_generation(out) / f"{table}.parquet"
    if damage == "remove the link":
        (out / f"{table}.parquet").unlink()
    elif damage == "remove the file":
        target.unlink()
    elif damage == "truncate":
        data = target.read_bytes()
        target.write_bytes(data[:len(data) // 2])
    else:
        other = tmp_path / "other"
        extract(raw_a, other, jobs=1)
        shutil.copyfile(other / f"{table}.parquet", target)
    again = extract(raw_a, out, jobs=1)
    assert (again.files, again.reused) == (SMALL, 0)
    assert_same(read_tables(out), tables_a)


def test_a_table_that_breaks_while_copied_is_extracted_again(versions, tmp_path, monkeypatch,
                                                              capsys, caplog):
    from pipeline.cli import main

    raw_a, raw_b, out_a, _, clean_b = versions
    out = tmp_path / "out"
    shutil.copytree(out_a, out, symlinks=True)

    def broken(self, i):
        raise OSError("Corrupt snappy compressed data.")

    monkeypatch.setattr(pq.ParquetFile, "read_row_group", broken)
    assert main(["extract", "--raw", str(raw_b), "--out", str(out), "--jobs", "1"]) == 0
    assert "row group 0: Corrupt snappy compressed data.; extracting every release again" in \
        caplog.text
    monkeypatch.undo()
    assert " 0 unchanged" in capsys.readouterr().out
    assert_same(read_tables(out), clean_b)


def noise_releases(raw: Path, n: int, size: int) -> None:
    """Releases of random letters, which compress badly: their tables need room."""
    rng = random.Random(5)
    for i in range(n):
        words = " ".join("".join(rng.choices("abcdefghijklmnopqrstuvwxyzåäö", k=8))
                         for _ in range(size // 9))
        (raw / f"brus-{i}.txt").write_text(f"Brus {i}\n\nKommunen får 5 miljoner kronor. "
                                          f"{words}\n", encoding="utf-8")


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs, where the machine lets this process mount one."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; test_a_simulated_full_disk covers it")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_a_full_disk_is_one_line_and_leaves_the_old_tables(versions, tmp_path, small_disk):
    raw_a, _, out_a, tables_a, _ = versions
    out = small_disk / "out"
    shutil.copytree(out_a, out, symlinks=True)
    raw = tmp_path / "raw"
    shutil.copytree(raw_a, raw)
    noise_releases(raw, 30, 100_000)
    full = subprocess.run(command(raw, out, "--jobs", "2"), capture_output=True, text=True,
                          timeout=300)
    assert full.returncode == 1
    assert full.stderr == (f"error: cannot write the tables in {out}: No space left on device; "
                           "the tables there are as before\n")
    assert generations(out) == {published_generation(out)}
    assert_same(read_tables(out), tables_a)


def test_a_simulated_full_disk(versions, tmp_path, monkeypatch, capsys):
    from pipeline.cli import main
    from pipeline.write.tables import TableWriter

    raw_a, raw_b, out_a, tables_a, _ = versions
    out = tmp_path / "out"
    shutil.copytree(out_a, out, symlinks=True)

    def no_space(self, table):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(TableWriter, "write", no_space)
    assert main(["extract", "--raw", str(raw_b), "--out", str(out), "--jobs", "2"]) == 1
    assert capsys.readouterr().err == (f"error: cannot write the tables in {out}: No space left "
                                       "on device; the tables there are as before\n")
    assert generations(out) == {published_generation(out)}
    assert_same(read_tables(out), tables_a)


def test_a_run_stopped_just_after_publishing_keeps_what_it_published(versions, tmp_path):
    """Ctrl-C between the switch of `.current` and the end of the run discards nothing."""
    from pipeline.write.publish import Generation

    _, _, out_a, tables_a, _ = versions
    out = tmp_path / "out"
    shutil.copytree(out_a, out, symlinks=True)
    version = tables_a["amounts"].schema.metadata[VERSION_KEY.encode()].decode()
    generation = Generation(out, lambda: {VERSION_KEY: version})
    for name in TABLES:
        generation.write(name, tables_a[name])
    generation.publish()
    generation.discard()
    assert published_generation(out) == generation.folder
    assert_same(read_tables(out), tables_a)
