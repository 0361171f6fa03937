"""Past one machine: the same per-document work (`pipeline.run.extract_source`) on a Dask
distributed cluster.

The driver lists the sources, the cluster's workers ingest, parse and label them (reading
local files, JSONL lines sent with the task, or any fsspec URL such as ``s3://bucket/raw``),
and the driver streams the results, batch by batch and in document order, into the same
three tables through the same atomic writer as a local run. Tables stay single files: a row
is small beside the text it came from, so writing is not what needs a cluster.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import UserError
from pipeline.ingest.sources import Source, with_record
from pipeline.run import Extraction, Summary, extract, extract_source
from pipeline.run.workers import capped_jobs, progress_bar

# Sources per round trip: large enough to keep every worker busy, small enough that the
# driver holds only a few batches of results at a time.
BATCH = 512
# Sources per task: one task per release would spend more time scheduling than extracting.
TASK = 16


def dask_engine(scheduler: str | None = None, workers: int | None = None,
                timeout: float = 5.0):
    """An `Engine` for `pipeline.run.extract`: a client of the cluster at `scheduler` (given
    up after `timeout` seconds), or of a local cluster of `workers` processes when there is
    none."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise UserError("--engine dask needs the dask extra: pip install '.[dask]'") from err

    def connect():
        if not scheduler:
            cluster = LocalCluster(n_workers=capped_jobs(workers), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            return Client(cluster), cluster
        try:
            return Client(scheduler, timeout=timeout), None
        except (OSError, ValueError) as err:
            raise UserError(f"cannot reach the Dask scheduler at {scheduler} within "
                            f"{timeout:g} s: {err}") from err

    def run(todo: list[Source], progress: bool) -> Iterator[Extraction]:
        client, cluster = connect()
        bar = progress_bar(len(todo), progress)
        try:
            # The next batch is on the cluster while the driver writes this one.
            pending = submit(client, todo, 0)
            for start in range(0, len(todo), BATCH):
                following = submit(client, todo, start + BATCH)
                for extractions in client.gather(pending):
                    yield from extractions
                    bar.update(len(extractions))
                pending = following
        finally:
            bar.close()
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def extract_with_dask(raw: Path | str, out: Path, scheduler: str | None = None,
                      full: bool = False, workers: int | None = None) -> Summary:
    """`pipeline.run.extract` with its per-document work on a Dask cluster: same listing,
    same reuse of unchanged releases, same tables through the same atomic writer."""
    return extract(raw, out, full=full, engine=dask_engine(scheduler, workers))


def submit(client, todo: list[Source], start: int) -> list:
    """Futures of one batch's extractions, a list of them per task, in order."""
    batch = [with_record(src) for src in todo[start:start + BATCH]]
    tasks = [batch[i:i + TASK] for i in range(0, len(batch), TASK)]
    return client.map(extract_sources, tasks, pure=False) if tasks else []


def extract_sources(sources: list[Source]) -> list[Extraction]:
    return [extract_source(src) for src in sources]
