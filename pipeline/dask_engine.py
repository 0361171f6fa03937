"""Past one machine: the same per-document work (`pipeline.run.extract_source`) on a Dask
distributed cluster.

The driver lists the sources, the cluster's workers ingest, parse and label them (reading
local files, JSONL lines sent with the task, or any fsspec URL such as ``s3://bucket/raw``),
and the driver streams the results, batch by batch and in document order, into the same
three tables through the same atomic writer as a local run. Tables stay single files: a row
is small beside the text it came from, so writing is not what needs a cluster.
"""
from __future__ import annotations

from typing import Iterator

from pipeline.run import Extraction, Source, extract_source, with_record

# Sources per round trip: large enough to keep every worker busy, small enough that the
# driver holds only a few batches of results at a time.
BATCH = 512


def dask_engine(scheduler: str | None = None, workers: int | None = None):
    """An `Engine` for `pipeline.run.extract`: a client of the cluster at `scheduler`, or of
    a local cluster of `workers` processes when there is none."""
    from dask.distributed import Client, LocalCluster

    def run(todo: list[Source], progress: bool) -> Iterator[Extraction]:
        if scheduler:
            client, cluster = Client(scheduler), None
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            for start in range(0, len(todo), BATCH):
                batch = [with_record(src) for src in todo[start:start + BATCH]]
                futures = client.map(extract_source, batch, pure=False)
                yield from client.gather(futures)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run
