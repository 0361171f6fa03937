"""Worker processes: `work` over many items, results in order, from `jobs` processes.

A small pool of its own, because the standard ones fail the ways a long run ends:
`multiprocessing.Pool` waits forever for the task of a worker that died, and
`concurrent.futures` cancels its pending futures on Ctrl-C, after which its manager thread dies
on them (`InvalidStateError: CANCELLED`) and leaves workers that block the interpreter's exit.
Here each worker has a pipe of its own, a dead worker is seen at once (its sentinel), a run
that ends early for any reason kills its workers before it returns, and a worker whose parent
is gone (SIGKILL) exits by itself.
"""
from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

# Items per message: one per item would spend more on pipes than on work. Over 7,821 releases,
# sending and receiving took 0.43 CPU-s in chunks of 4, 0.32 in chunks of 16 and no less in
# chunks of 64 or 256, which leave a short run to fewer workers.
CHUNK = 16
# Chunks a worker holds, so that it does not wait while the parent writes a batch: with two,
# each of two workers waited 0.2-0.4 s in a run over the corpus on a busy machine, with four
# 0.1. They are handed out in turns, so a run of a few chunks still reaches every worker.
IN_FLIGHT = 4
PR_SET_PDEATHSIG = 1
PARENT_POLL_SECONDS = 1.0


class WorkerDied(RuntimeError):
    """A worker process ended without finishing its chunk (killed for memory, say)."""


def usable_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def capped_jobs(jobs: int | None) -> int:
    """`jobs`, or all cores when None; more processes than cores only add memory."""
    cores = usable_cores()
    if jobs is None:
        return cores
    if jobs > cores:
        log.warning("--jobs %d is more than the %d cores here; using %d", jobs, cores, cores)
        return cores
    return jobs


def in_order(work: Callable[[T], R], todo: list[T], jobs: int | None,
             progress: bool, prepare: Callable[[], None] | None = None
             ) -> Generator[R, None, None]:
    """`work(item)` for each item of `todo`, in order, from `jobs` worker processes (all cores
    by default; one means this process). `prepare()` runs here once before workers are
    forked, so that what it loads is shared by them, not loaded by each. A worker that dies
    fails the run with `WorkerDied` naming the item it was on."""
    jobs = capped_jobs(jobs)
    bar = progress_bar(len(todo), progress)
    try:
        if jobs == 1 or len(todo) < 2:
            for item in todo:
                yield work(item)
                bar.update()
            return
        if prepare is not None:
            prepare()
        for chunk in pooled(work, todo, jobs):
            yield from chunk
            bar.update(len(chunk))
    finally:
        bar.close()


@dataclass
class Worker:
    process: Any                   # a multiprocessing Process of the context in use
    conn: Connection
    chunks: deque[int] = field(default_factory=deque)   # indexes of the chunks it holds


def pooled(work: Callable[[T], R], todo: list[T], jobs: int) -> Iterator[list[R]]:
    """The results of `todo`, a chunk at a time and in order. Each worker is given the list
    when it starts (a forked one has it already) and then only where each chunk is in it:
    pickling the items to send them cost the parent more than receiving their results."""
    chunks = [(i, min(i + CHUNK, len(todo))) for i in range(0, len(todo), CHUNK)]
    workers = start_workers(work, todo, min(jobs, len(chunks)))
    done: dict[int, list[R]] = {}
    following = 0
    try:
        for _ in range(IN_FLIGHT):
            for worker in workers:
                following = hand_out(worker, chunks, following)
        for i in range(len(chunks)):
            while i not in done:
                for worker, result in results(workers, todo):
                    done[worker.chunks.popleft()] = result
                    following = hand_out(worker, chunks, following)
            yield done.pop(i)
    finally:
        stop_workers(workers)


def hand_out(worker: Worker, chunks: list[tuple[int, int]], following: int) -> int:
    if following < len(chunks):
        worker.conn.send(chunks[following])
        worker.chunks.append(following)
        return following + 1
    return following


def results(workers: list[Worker], todo: list) -> Iterator[tuple[Worker, list]]:
    """The results ready now (waiting for the first); raises `WorkerDied` for a worker that
    ended holding work, and re-raises an exception a worker sent back."""
    busy = [w for w in workers if w.chunks]
    ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
    for worker in busy:
        if worker.conn in ready:
            try:
                ok, value = worker.conn.recv()
            except EOFError:
                raise died(worker, todo) from None
            if not ok:
                raise value
            yield worker, value
        elif worker.process.sentinel in ready:
            raise died(worker, todo)


def died(worker: Worker, todo: list) -> WorkerDied:
    worker.process.join(1)
    code = worker.process.exitcode
    how = (f"killed by {signal.Signals(-code).name}" if code is not None and code < 0
           else f"exit status {code}")
    item = todo[worker.chunks[0] * CHUNK]
    on = getattr(item, "source", None) or repr(item)
    return WorkerDied(f"a worker process died ({how}, out of memory?) on a chunk of "
                      f"{CHUNK} starting at {on}")


def start_workers(work: Callable, todo: list, n: int) -> list[Worker]:
    fork = sys.platform == "linux"
    ctx = multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
    workers = []
    # What exists now is never garbage in a worker: left out of its collections, its pages are
    # not written to, so they stay shared and are not scanned again in every process.
    gc.freeze()
    # A Ctrl-C between fork and the worker's own handler would print its traceback.
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        for _ in range(n):
            ours, theirs = ctx.Pipe()
            process = ctx.Process(target=serve, args=(work, todo, theirs, os.getpid()),
                                  daemon=True)
            process.start()
            theirs.close()      # so a dead worker's pipe reads as EOF here
            workers.append(Worker(process, ours))
    except BaseException:
        stop_workers(workers)
        raise
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    return workers


def stop_workers(workers: list[Worker]) -> None:
    """End every worker now: one done has nothing left, one busy works for nothing."""
    for worker in workers:
        if worker.process.is_alive():
            worker.process.kill()
    for worker in workers:
        worker.process.join()
        worker.conn.close()


def serve(work: Callable, todo: list, conn: Connection, parent: int) -> None:
    """A worker: where chunks of `todo` are in, their results out, until the pipe closes or
    the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)   # not the parent's handler, if it has one
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent(parent)
    while True:
        try:
            start, stop = conn.recv()
        except EOFError:
            return
        reply: tuple[bool, list | Exception]
        try:
            reply = (True, [work(item) for item in todo[start:stop]])
        except Exception as err:    # sent back so the parent fails with it, not a dead pipe
            reply = (False, err)
        conn.send(reply)


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), else watch the parent."""
    if not (sys.platform == "linux" and set_parent_death_signal()):
        threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:      # the parent died before the signal was set
        os._exit(1)


def set_parent_death_signal() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


class NoProgress:
    """What a run without a terminal shows: nothing, without importing tqdm for it."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int, enabled: bool):
    if not enabled:
        return NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", leave=False)
