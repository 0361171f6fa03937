"""A file's stamp: what the listing learns of a file without reading it, and the hash of the
last run that a stamp lets it reuse.

Hashing every file is most of what an unchanged rerun does. As git's index and make do, a
file whose size, modification and change times and inode all equal the last run's is taken
to hold the bytes it held then. Any write to a file sets its change time, which no tool can
set back (`cp -p` and `touch -d` set only the modification time), so an edit that keeps the
size and restores the modification time is still seen. A file changed in the same tick of
the file system's clock as the last run listed it could keep an equal stamp: the last run's
state leaves out files that changed shortly before it listed them (see
`pipeline.write.stamp_file`), so those are hashed again.
"""
from __future__ import annotations

import os
from collections.abc import Mapping

Stamp = tuple[int, int, int, int]         # size, mtime_ns, ctime_ns, inode
KnownHashes = Mapping[str, tuple[Stamp, str]]   # source -> the stamp and sha256 it had


def stamp_of(st: os.stat_result) -> Stamp:
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def known_sha256(known: KnownHashes | None, source: str, stamp: Stamp) -> str | None:
    """The hash the last run read for `source`, if the file's stamp is still the one it had."""
    if not known:
        return None
    kept = known.get(source)
    return kept[1] if kept is not None and kept[0] == stamp else None
