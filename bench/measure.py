"""One `python -m pipeline extract` as a user runs it: wall time, CPU time and peak memory of
the process and its workers; and the bare regex scan it is compared with."""
from __future__ import annotations

import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The cheapest scan that finds most written amounts: what any pipeline must at least do.
BARE_SCAN = re.compile(r"\d+(?:[ ,.]\d+)*\s*(?:kr|kronor|miljoner|miljarder|Mkr|mdkr|tkr)\b")
SAMPLE_SECONDS = 0.1     # one sample of three processes costs about 2 ms of CPU


@dataclass(frozen=True)
class Run:
    wall: float               # seconds, start-up included
    cpu: float                # user + system seconds of the process and all its workers
    peak_all_mb: float        # sampled: the process tree's proportional set sizes, summed
    peak_process_mb: float    # the kernel's peak resident set of the largest single process
    summary: str              # the run's last line of output
    status: int
    warning: str = ""         # the first line it wrote to stderr


def extract_command(raw: Path, out: Path, jobs: int, full: bool) -> list[str]:
    return ([sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out),
             "--jobs", str(jobs)] + (["--full"] if full else []))


def timed_extract(raw: Path, out: Path, jobs: int, full: bool,
                  timeout: float | None = None) -> Run | None:
    """Run `extract` once; None when it did not finish within `timeout` seconds."""
    return timed_command(extract_command(raw, out, jobs, full), timeout)


def timed_command(command: list[str], timeout: float | None = None) -> Run | None:
    """The command in a session of its own (so a timeout ends its workers too), reaped with
    wait4: the kernel's CPU times and peak RSS then cover every descendant it waited for."""
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        began = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=stdout, stderr=stderr,
                                   start_new_session=True)
        done = threading.Event()
        peaks = [0.0]
        sampler = threading.Thread(target=sample_memory, args=(process.pid, done, peaks),
                                   daemon=True)
        sampler.start()
        timer = threading.Timer(timeout, kill_session, (process.pid,)) if timeout else None
        if timer:
            timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:       # interrupted: the extraction must not outlive the bench
            kill_session(process.pid)
            raise
        wall = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        if timer:
            timer.cancel()
        stdout.seek(0)
        stderr.seek(0)
        out, err = stdout.read().decode(errors="replace"), stderr.read().decode(errors="replace")
    if process.returncode < 0 and timeout:
        return None
    if process.returncode not in (0, 2):
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{err}")
    last = out.strip().splitlines()[-1] if out.strip() else ""
    warning = err.strip().splitlines()[0] if err.strip() else ""
    return Run(wall, usage.ru_utime + usage.ru_stime, peaks[0], usage.ru_maxrss / 1024, last,
               process.returncode, warning)


def kill_session(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def sample_memory(pid: int, done: threading.Event, peaks: list[float]) -> None:
    """Peak of the summed proportional set size over `pid` and its descendants: each page
    shared between the forked workers counts once over the tree."""
    while not done.is_set():
        peaks[0] = max(peaks[0], sum(pss_kb(p) for p in process_tree(pid)) / 1024)
        done.wait(SAMPLE_SECONDS)


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants, through every thread's children (a pool may start its
    workers from a thread other than the main one)."""
    tree, todo = [], [pid]
    while todo:
        parent = todo.pop()
        tree.append(parent)
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                todo += [int(c) for c in Path(f"/proc/{parent}/task/{task}/children")
                         .read_text().split()]
            except OSError:
                continue
    return tree


def pss_kb(pid: int) -> int:
    """Proportional set size of one process in kB; 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def regex_scan_seconds(files: list[Path]) -> float:
    """Read every file, decode it and run one compiled money pattern over it, in this process:
    the least any extraction of the same files must do."""
    began = time.perf_counter()
    for path in files:
        for _ in BARE_SCAN.finditer(path.read_bytes().decode("utf-8", errors="replace")):
            pass
    return time.perf_counter() - began


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass(frozen=True)
class Target:
    """A figure the pipeline must reach: `value <= limit` (at_most) or `value >= limit`."""

    limit: float
    at_most: bool

    def met(self, value: float) -> bool:
        return value <= self.limit if self.at_most else value >= self.limit

    def text(self) -> str:
        return f"{'<=' if self.at_most else '>='} {self.limit:g}"

    def mark(self, value: float) -> str:
        return "met" if self.met(value) else "MISSED"
