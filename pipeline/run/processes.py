"""The processes of the worker pool (`pipeline.run.workers`): started by fork, each with a pipe
of its own; a worker whose parent is gone (SIGKILL) exits by itself."""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

PR_SET_PDEATHSIG = 1
PARENT_POLL_SECONDS = 1.0


class WorkerDied(RuntimeError):
    """A worker process ended without finishing its chunk (killed for memory, say)."""


@dataclass
class Worker:
    process: Any                   # a multiprocessing Process of the context in use
    conn: Connection
    chunks: deque[int] = field(default_factory=deque)   # indexes of the chunks it holds


def start_workers(work: Callable, todo: list, n: int,
                  target: Callable[..., None] | None = None) -> list[Worker]:
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
            process = ctx.Process(target=target or serve, args=(work, todo, theirs, os.getpid()),
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
    become_worker(parent)
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


def serve_first(work: Callable, todo: list, conn: Connection, parent: int) -> None:
    """A scout: `todo` from the first item on until a message comes (the parent cannot take
    results while it loads), then the results of the items done, in one reply."""
    become_worker(parent)
    done: list = []
    reply: tuple[bool, list | Exception]
    try:
        for item in todo:
            if conn.poll():
                break
            done.append(work(item))
        reply = (True, done)
    except Exception as err:
        reply = (False, err)
    conn.send(reply)


def become_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)   # not the parent's handler, if it has one
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent(parent)


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
