"""The output folder: one run at a time, and the three tables of a run published together.

    processed/
      documents.parquet -> .current/documents.parquet    the names readers open
      amounts.parquet   -> .current/amounts.parquet
      totals.parquet    -> .current/totals.parquet
      .current          -> .run-<id>                     swapped by one rename
      .run-<id>/        the three tables of one run, and the stamps of the files it read
      .lock             held while a run writes here

A run writes its tables into a new `.run-<id>/` and publishes them by renaming a new
`.current` link over the old one: a rename is atomic, so readers and the next run see the
old three tables or the new three, never a mix, whenever the run is killed. A kill before
that rename leaves a `.run-<id>/` that the next run removes.
"""
from __future__ import annotations

import fcntl
import logging
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import UserError

if TYPE_CHECKING:
    import pyarrow as pa

    from pipeline.write.tables import TableWriter

log = logging.getLogger(__name__)

LOCK = ".lock"
CURRENT = ".current"
RUN_PREFIX = ".run-"
RUN_KEY = "pressfigures_run"    # in each table's metadata: the run that wrote it
LEGACY_TEMPORARY = ".*.parquet.*.tmp"   # what runs before generations left when killed
TABLE_NAMES = ("documents", "amounts", "totals")    # the keys of `pipeline.write.tables.SCHEMAS`
VERSION_KEY = "pressfigures_version"    # in each table's metadata: the code that wrote it


class PreviousUnreadable(Exception):
    """A table of the last run broke while its rows were being copied."""


class OutputBusy(UserError):
    """Another run holds the lock of the output folder."""


class CannotWrite(UserError):
    """The output folder cannot be made, locked or written (full, read-only, a file)."""

    def __init__(self, out: Path, err: OSError, doing: str = "write the tables in"):
        super().__init__(f"cannot {doing} {out}: {reason_of(err)}; the tables there are as "
                         "before")


def reason_of(err: OSError) -> str:
    """'No space left on device', also from Arrow, which gives only a message holding
    '[errno 28]'."""
    number = re.search(r"\[errno (\d+)\]", str(err))
    if number:
        return os.strerror(int(number[1]))
    return err.strerror or str(err)


def table_path(out: Path, name: str) -> Path:
    return out / f"{name}.parquet"


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the lock of `out` (made if missing) for one run; a second run fails at once."""
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise CannotWrite(out, err, "use the output folder") from err
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise OutputBusy(f"{out} is in use by another extract run (pid {holder}); wait for "
                             "it to end or give another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def current_run(out: Path) -> str | None:
    try:
        return os.readlink(out / CURRENT)
    except OSError:
        return None


def remove_leftovers(out: Path) -> None:
    """What killed runs left in `out`: tables never published. Only called under the lock,
    so no other run's files are touched."""
    try:
        adopt_legacy_tables(out)
    except OSError as err:
        raise CannotWrite(out, err, "adopt the tables in") from err
    keep = current_run(out)
    for path in out.glob(f"{RUN_PREFIX}*"):
        if path.name != keep:
            shutil.rmtree(path, ignore_errors=True)
    for path in [*out.glob(LEGACY_TEMPORARY), *out.glob(".*.link")]:
        path.unlink(missing_ok=True)


def adopt_legacy_tables(out: Path) -> None:
    """Tables written as plain files (by a version before generations) become a generation
    of their own, hard-linked, so the first publish swaps all three at once as later ones do."""
    if (out / CURRENT).is_symlink():
        return
    plain = [name for name in TABLE_NAMES if table_path(out, name).is_file()
             and not table_path(out, name).is_symlink()]
    if not plain:
        return
    folder = out / generation_name()
    folder.mkdir()
    for name in plain:
        os.link(table_path(out, name), table_path(folder, name))
    fsync_folder(folder)
    replace_link(out / CURRENT, folder.name)
    for name in plain:
        link_table(out, name)
    fsync_folder(out)


class Generation:
    """The three new tables of one run, written into a folder of their own until `publish`.
    `metadata()` gives what each table's footer says of the run; it is asked for when the
    first table is opened, so that what it costs (hashing the code) is paid after the workers
    are forked, not before a core has work."""

    def __init__(self, out: Path, metadata: Callable[[], dict[str, str]]):
        self.out = out
        self.name = generation_name()
        self.folder = out / self.name
        self.metadata_of = metadata
        self.writers: dict[str, TableWriter] = {}
        try:
            self.folder.mkdir()
        except OSError as err:
            raise CannotWrite(out, err) from err

    def writer(self, name: str) -> TableWriter:
        """The table's writer, opened on first use: a run imports Arrow when it first writes,
        after its workers are forked, so that the scout forked before does not load it."""
        if name not in self.writers:
            from pipeline.write.tables import SCHEMAS, TableWriter

            path = table_path(self.folder, name)
            metadata = {**self.metadata_of(), RUN_KEY: self.name}
            self.writers[name] = TableWriter(path, SCHEMAS[name], metadata)
        return self.writers[name]

    def write(self, name: str, table: pa.Table) -> None:
        try:
            self.writer(name).write(table)
        except OSError as err:
            raise CannotWrite(self.out, err) from err

    def publish(self) -> None:
        """Make these the tables of `out`, all three at once, durably."""
        try:
            for name in TABLE_NAMES:
                self.writer(name).close()
            fsync_folder(self.folder)
            replace_link(self.out / CURRENT, self.name)
            fsync_folder(self.out)
        except OSError as err:
            raise CannotWrite(self.out, err) from err
        try:
            for name in TABLE_NAMES:
                link_table(self.out, name)
            fsync_folder(self.out)
        except OSError as err:
            raise CannotWrite(self.out, err, "link the new tables in") from err
        for path in self.out.glob(f"{RUN_PREFIX}*"):
            if path != self.folder:
                shutil.rmtree(path, ignore_errors=True)

    def discard(self) -> None:
        """Drop the new tables, unless a run stopped just after publishing them."""
        for writer in self.writers.values():
            writer.abort()
        if current_run(self.out) != self.name:
            shutil.rmtree(self.folder, ignore_errors=True)


def generation_name() -> str:
    return f"{RUN_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}"


def link_table(out: Path, name: str) -> None:
    """`out/name.parquet` -> `.current/name.parquet`, made once (a regular file of a run
    before generations is replaced by the link)."""
    path, target = table_path(out, name), f"{CURRENT}/{name}.parquet"
    if not (path.is_symlink() and os.readlink(path) == target):
        replace_link(path, target)


def replace_link(path: Path, target: str) -> None:
    """Point `path` at `target` by one atomic rename of a new link over it."""
    new = path.with_name(f".{path.name}.link")
    new.unlink(missing_ok=True)
    os.symlink(target, new)
    os.replace(new, path)


def fsync_folder(folder: Path) -> None:
    """Make the renames in `folder` durable: they live in the folder, not in the files."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
