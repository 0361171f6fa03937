"""Worker processes: extractions of many sources, in order, from `jobs` processes."""
from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def in_order(work: Callable[[T], R], todo: list[T], jobs: int | None, progress: bool) -> Iterator[R]:
    """Extractions of `todo` in order, from `jobs` worker processes (all cores by default).

    A worker that dies (killed for memory, say) fails the run with BrokenProcessPool, where a
    `multiprocessing.Pool` would wait forever for its lost task; the last tables stay as they
    were."""
    jobs = jobs or os.cpu_count() or 1
    bar = progress_bar(len(todo), progress)
    try:
        if jobs == 1 or len(todo) < 2:
            for src in todo:
                yield work(src)
                bar.update()
            return
        ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        pool = ProcessPoolExecutor(jobs, mp_context=ctx)
        try:
            for ex in pool.map(work, todo, chunksize=16):
                yield ex
                bar.update()
        finally:
            pool.shutdown(cancel_futures=True)
    finally:
        bar.close()


def progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", disable=not enabled, leave=False)
