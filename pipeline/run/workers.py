"""Worker processes: `work` over many items, results in order, from `jobs` processes.

A small pool of its own, because the standard ones fail the ways a long run ends:
`multiprocessing.Pool` waits forever for the task of a worker that died, and
`concurrent.futures` cancels its pending futures on Ctrl-C, after which its manager thread dies
on them (`InvalidStateError: CANCELLED`) and leaves workers that block the interpreter's exit.
Here each worker has a pipe of its own, a dead worker is seen at once (its sentinel), a run
that ends early for any reason kills its workers before it returns, and a worker whose parent
is gone (SIGKILL) exits by itself (the processes themselves: `pipeline.run.processes`). A `Scout`
can start on the first items while this process still loads what the others need.
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Generic, TypeVar

from pipeline.run.processes import Worker, WorkerDied, serve_first, start_workers, stop_workers

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
U = TypeVar("U")

# Items per message: one per item would spend more on pipes than on work. Over 7,821 releases,
# sending and receiving took 0.43 CPU-s in chunks of 4, 0.32 in chunks of 16 and no less in
# chunks of 64 or 256, which leave a short run to fewer workers.
CHUNK = 16
# Chunks a worker holds, so that it does not wait while the parent writes a batch: with two,
# each of two workers waited 0.2-0.4 s in a run over the corpus on a busy machine, with four
# 0.1. They are handed out in turns, so a run of a few chunks still reaches every worker.
IN_FLIGHT = 4


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


@dataclass(frozen=True, slots=True)
class Unfinished(Generic[U]):
    """What a scout leaves to the workers: the item, or what the scout made of it so far."""

    item: U


@dataclass(frozen=True)
class Scout(Generic[T, R]):
    """A first worker that needs less loaded than `work`: forked after `prepare()` and before
    the parent loads the rest, it does items from the first on while the parent loads, so
    that a core does not wait; `work` gives a result or an `Unfinished` item for the workers.
    Over the 7,821-release corpus the parent spent 0.6 s loading the labeller (and spaCy, then) with
    the other core idle, while the parser alone serves the four releases in five that hold
    no money."""

    work: Callable[[T], R | Unfinished[Any]]
    prepare: Callable[[], None]


def in_order(work: Callable[[T], R], todo: list[T], jobs: int | None,
             progress: bool, prepare: Callable[[], None] | None = None,
             scout: Scout[T, R] | None = None) -> Generator[R, None, None]:
    """`work(item)` for each item of `todo`, in order, from `jobs` worker processes (all cores
    by default; one means this process). `prepare()` runs here once before workers are
    forked, so that what it loads is shared by them, not loaded by each; a `scout` works
    while it runs. A worker that dies fails the run with `WorkerDied` naming the item it was
    on."""
    jobs = capped_jobs(jobs)
    bar = progress_bar(len(todo), progress)
    try:
        if jobs == 1 or len(todo) < 2:
            for item in todo:
                yield work(item)
                bar.update()
            return
        early: list[R | Unfinished[Any]] = []
        if scout is not None:
            scout.prepare()
            early = scouted(scout.work, todo, prepare)
        elif prepare is not None:
            prepare()
        # what the scout left comes first, so its results come back in the order needed
        rest = [r.item for r in early if isinstance(r, Unfinished)] + todo[len(early):]
        # forked now, not when the first of `rest` is needed: writing the scout's results
        # here would leave the other core idle
        workers = start_workers(work, rest, min(jobs, len(chunks_of(rest)))) if len(rest) >= 2 else []
        later = pooled_items(work, rest, workers, bar)
        try:
            bar.update(sum(not isinstance(r, Unfinished) for r in early))
            early.reverse()
            while early:    # popped: the scout's results are freed once written
                result = early.pop()
                yield next(later) if isinstance(result, Unfinished) else result
            yield from later
        finally:
            later.close()
            stop_workers(workers)
    finally:
        bar.close()


def pooled_items(work: Callable[[Any], R], todo: list, workers: list[Worker],
                 bar: Any) -> Generator[R, None, None]:
    if not workers:
        for item in todo:
            yield work(item)
            bar.update()
        return
    for chunk in pooled(workers, todo):
        yield from chunk
        bar.update(len(chunk))


def scouted(work: Callable[[T], R | Unfinished[Any]], todo: list[T],
            prepare: Callable[[], None] | None) -> list[R | Unfinished[Any]]:
    """The results of a scout, forked now, for the first items of `todo`: the ones it did
    while `prepare()` ran here."""
    [scout] = start_workers(work, todo, 1, serve_first)
    try:
        if prepare is not None:
            prepare()
        with contextlib.suppress(BrokenPipeError):    # it did every item and has gone
            scout.conn.send(None)    # any message: stop at the next item, send what is done
        ready = wait([scout.conn, scout.process.sentinel])
        try:
            if scout.conn not in ready:
                raise EOFError
            ok, value = scout.conn.recv()
        except (EOFError, ConnectionResetError):    # the workers redo its items: one that kills them names its release
            log.warning("%s; the workers redo its releases", died(scout, "the first releases"))
            return []
        if not ok:
            raise value
        log.debug("the scout did %d items while the parent loaded", len(value))
        return value
    finally:
        stop_workers([scout])


def chunks_of(todo: list) -> list[tuple[int, int]]:
    return [(i, min(i + CHUNK, len(todo))) for i in range(0, len(todo), CHUNK)]


def pooled(workers: list[Worker], todo: list) -> Iterator[list]:
    """The results of `todo` from `workers`, a chunk at a time and in order. Each worker was
    given the list when it started (a forked one has it already) and then only where each
    chunk is in it: pickling the items to send them cost the parent more than receiving their
    results."""
    chunks = chunks_of(todo)
    done: dict[int, list] = {}
    following = 0
    for _ in range(IN_FLIGHT):
        for worker in workers:
            following = hand_out(worker, chunks, following)
    for i in range(len(chunks)):
        while i not in done:
            for worker, result in results(workers, todo):
                done[worker.chunks.popleft()] = result
                following = hand_out(worker, chunks, following)
        yield done.pop(i)


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
            except (EOFError, ConnectionResetError):    # reset: it died with chunks unread
                raise died(worker, chunk_of(worker, todo)) from None
            if not ok:
                raise value
            yield worker, value
        elif worker.process.sentinel in ready:
            raise died(worker, chunk_of(worker, todo))


def chunk_of(worker: Worker, todo: list) -> str:
    item = todo[worker.chunks[0] * CHUNK]
    return f"a chunk of {CHUNK} starting at {getattr(item, 'source', None) or repr(item)}"


def died(worker: Worker, on: str) -> WorkerDied:
    worker.process.join(1)
    code = worker.process.exitcode
    how = (f"killed by {signal.Signals(-code).name}" if code is not None and code < 0
           else f"exit status {code}")
    return WorkerDied(f"a worker process died ({how}, out of memory?) on {on}")


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
