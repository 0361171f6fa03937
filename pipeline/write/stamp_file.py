"""The stamps of the files a run read (`pipeline.ingest.stamps`), kept in its generation
folder beside its three tables (`.run-<id>/stamps.json`), so that they are published with
the tables they describe and never outlive them.

The next run reads them back as the hashes it may reuse without reading a file. A file that
changed less than `RACY_NS` before the run that kept its stamp began listing is left out:
a write in the same tick of the file system's clock as that listing could have left its
stamp as it was. A missing, partial or foreign stamps file only means hashing every file.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from pipeline.ingest.sources import Source
from pipeline.ingest.stamps import KnownHashes, Stamp
from pipeline.write.publish import CURRENT

log = logging.getLogger(__name__)

STAMPS = "stamps.json"
RACY_NS = 2_000_000_000     # two seconds: coarser than any local file system's clock
FORMAT = 1


def write_stamps(folder: Path, listed_at_ns: int, files: Iterable[tuple[str, Stamp, str]]) -> None:
    """Keep (source, stamp, sha256) of each file in `folder`, whole or not at all."""
    state = {"format": FORMAT, "listed_at_ns": listed_at_ns,
             "files": {source: [*stamp, sha] for source, stamp, sha in files}}
    path, new = folder / STAMPS, folder / f".{STAMPS}.new"
    with open(new, "w", encoding="utf-8") as out:
        # dumps, not dump: only a whole-object encoding runs in C (a third of the time)
        out.write(json.dumps(state, separators=(",", ":")))
        out.flush()
        os.fsync(out.fileno())
    os.replace(new, path)


def known_hashes(out: Path) -> dict[str, tuple[Stamp, str]]:
    """source -> (stamp, sha256) of the files the published run read, but for files that
    changed just before it listed them; {} when there is nothing to trust."""
    try:
        with open(out / CURRENT / STAMPS, encoding="utf-8") as f:
            state = json.load(f)
        if state.get("format") != FORMAT:
            return {}
        settled = int(state["listed_at_ns"]) - RACY_NS
        return {source: ((size, mtime, ctime, inode), sha)
                for source, (size, mtime, ctime, inode, sha) in state["files"].items()
                if max(mtime, ctime) < settled}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        if not isinstance(err, FileNotFoundError):
            log.debug("%s: stamps not used: %s", out, err)
        return {}


def stamps_of(sources: Iterable[Source], hashes: dict[str, str]) -> list[tuple[str, Stamp, str]]:
    """(source, stamp, sha256) of every listed file whose hash is known: the one its rows
    were read from (`hashes`, by source), else the one the listing found."""
    return [(src.source, src.stamp, sha) for src in sources
            if src.stamp is not None and (sha := hashes.get(src.source) or src.sha256)]


def keep_stamps(folder: Path, stamps: list[tuple[str, Stamp, str]], listed_at_ns: int) -> None:
    """`write_stamps`, where a failure costs only the hashing they would have saved."""
    try:
        write_stamps(folder, listed_at_ns, stamps)
    except OSError as err:
        log.debug("%s: stamps not kept: %s", folder, err)
        (folder / STAMPS).unlink(missing_ok=True)


def refresh_stamps(out: Path, sources: list[Source], known: KnownHashes, listed_at_ns: int) -> None:
    """After a run that changed no row, keep the stamps of files that were hashed again
    (touched, checked out anew, copied without their times) beside the published tables, so
    that the next run need not hash them again."""
    if any(src.stamp is not None and known.get(src.source, (None, ""))[0] != src.stamp
           for src in sources):
        keep_stamps(out / CURRENT, stamps_of(sources, {}), listed_at_ns)
