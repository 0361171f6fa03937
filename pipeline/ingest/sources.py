"""Listing: every release under a raw folder, a JSONL file or an fsspec URL, as a `Source`
with an id, a source path and a hash, in file and line order; nothing is ingested here.

A raw folder is walked without following links out of it: what is not a regular file inside
`--raw` (a link out of it, a loop, a dangling link, a FIFO, a socket, a device) is listed with
the reason it is not read, and never opened, so a FIFO cannot block a run.
"""
from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from pipeline.errors import UserError
from pipeline.ingest import DEFAULT_MAX_BYTES, record_line, records_in_jsonl, records_in_stream
from pipeline.ingest.reader import READ_FLAGS
from pipeline.ingest.stamps import KnownHashes, Stamp, known_sha256, stamp_of

log = logging.getLogger(__name__)

SPECIAL_FILES = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                 (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


@dataclass(frozen=True, slots=True)
class Source:
    """One release to extract: a file, or an already-ingested JSONL record."""

    doc_id: str
    source: str
    sha256: str | None              # None: a file listed without hashing it
    # A file's path as the listing read it: a str for each file of a folder, since making a
    # `Path` of each, and pickling it to a worker and back, cost more than the listing itself
    path: Path | str | None = None
    root: Path | None = None
    record: bytes | None = None     # a JSONL line, ingested in the worker
    span: tuple[int, int] | None = None   # where that line is in `path`, when not yet read
    url: str | None = None          # a file behind an fsspec URL, read in the worker
    max_bytes: int = DEFAULT_MAX_BYTES
    problem: str | None = None      # known before reading: the source becomes a status row
    note: str | None = None         # read, but its status says this instead of "ok"
    stamp: Stamp | None = None      # a file's size, times and inode when it was listed

    @property
    def key(self) -> str:
        """What must equal the last run's for its rows to be reused: the hash of the bytes,
        or the reason a source known to be unreadable is not read ("" is never equal)."""
        return self.sha256 or (f"!{self.problem}" if self.problem else "")


def doc_id_of(path: Path, root: Path) -> str:
    """`raw/press/2015 kunskapsstöd.txt` under `raw/` -> `press/2015 kunskapsstöd`."""
    return path.relative_to(root).with_suffix("").as_posix()


def without_suffix(relative: str) -> str:
    """A relative path written with "/" without its suffix, as `PurePath.with_suffix("")` has
    it, in string operations (a listing of thousands of files spent more in pathlib than in
    the kernel).

    >>> [without_suffix(p) for p in ["press/2015 stöd.txt", "a/b.c.md", "a/.md", "a/b.", "b"]]
    ['press/2015 stöd', 'a/b.c', 'a/.md', 'a/b.', 'b']
    """
    name_at = relative.rfind("/") + 1
    dot = relative.rfind(".", name_at)
    return relative[:dot] if name_at < dot < len(relative) - 1 else relative


HASH_CHUNK = 1 << 20


def file_sha256(path: Path | str, size: int | None = None) -> str:
    """The file's sha256, or "" (never equal to a stored one, so the file is retried) when it
    cannot be read. Read in os calls, a small file in one: `hashlib.file_digest` zeroes a
    buffer of 256 KiB for every file, which for a release of a few KB cost more than all the
    rest of reading it. `size` is the file's size as listed, so that it is not asked again
    (a stat result is a Python object of twenty fields); a file that since grew is read to
    its end all the same."""
    try:
        fd = os.open(path, READ_FLAGS)
        try:
            if size is None:
                size = os.fstat(fd).st_size
            first = os.read(fd, min(size, HASH_CHUNK) + 1)
            digest = hashlib.sha256(first)
            if len(first) != size:     # a large file, a short read or one that grows
                while chunk := os.read(fd, HASH_CHUNK):
                    digest.update(chunk)
            return digest.hexdigest()
        finally:
            os.close(fd)
    except OSError:
        return ""


def is_url(raw: Path | str) -> bool:
    return "://" in str(raw)


def list_sources(raw: Path | str, max_bytes: int = DEFAULT_MAX_BYTES,
                 hashed: bool = True, known: KnownHashes | None = None) -> Iterator[Source]:
    """Every release under `raw` (a folder, a JSONL file or an fsspec URL of a folder), in
    file and line order, each with a doc_id of its own. With `hashed` false the files of a
    folder are not read here (their sha256 is None), only listed; a file whose stamp is the
    one `known` holds for it is not read either, but listed with the hash known for it."""
    return unique_ids(all_sources(raw, max_bytes, hashed, known))


def unique_ids(sources: Iterable[Source]) -> Iterator[Source]:
    """The first source with a doc_id keeps it; a later one (a JSONL id repeated, or equal to
    a file's name) is listed under its own `source` with a status saying so, so that doc_id
    stays a key of the tables and the user learns which record was left out."""
    first: dict[str, str] = {}
    for src in sources:
        if src.doc_id not in first:
            first[src.doc_id] = src.source
            yield src
        elif src.source not in first:
            first[src.source] = src.source
            problem = f"{src.source}: duplicate id {src.doc_id!r}, first at {first[src.doc_id]}"
            yield replace(src, doc_id=src.source, problem=problem)
        else:
            log.warning("%s: duplicate id %r, left out", src.source, src.doc_id)


def all_sources(raw: Path | str, max_bytes: int, hashed: bool = True,
                known: KnownHashes | None = None) -> Iterator[Source]:
    if is_url(raw):
        yield from url_sources(str(raw), max_bytes)
        return
    raw = Path(raw)
    try:
        st = raw.stat()
    except OSError as err:
        raise UserError(f"cannot read --raw {raw}: {err.strerror}") from err
    if stat.S_ISDIR(st.st_mode):
        yield from folder_sources(raw, raw, os.path.realpath(raw), max_bytes, hashed, known=known)
    elif not stat.S_ISREG(st.st_mode):
        raise UserError(f"--raw {raw} is neither a folder nor a regular file")
    elif is_jsonl(raw.name):
        yield from jsonl_sources(raw, raw.parent, max_bytes)
    else:
        yield file_source(raw, raw.parent, max_bytes, st, hashed, known=known)


def folder_sources(folder: Path, root: Path, inside: str, max_bytes: int, hashed: bool = True,
                   prefix: str = "", known: KnownHashes | None = None) -> Iterator[Source]:
    """The sources under `folder`, in name order, depth first (the order of sorted paths);
    names starting with a dot are left out. `inside` is the real path of `root`, `prefix`
    the path of `folder` under it ("" or ending in "/")."""
    try:
        with os.scandir(folder) as found:
            entries = sorted((e for e in found if not e.name.startswith(".")),
                             key=lambda e: e.name)
    except OSError as err:
        if folder == root:
            raise UserError(f"cannot list --raw {root}: {err.strerror}") from err
        yield problem_source(folder, root, f"cannot list folder: {err.strerror}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from folder_sources(Path(entry.path), root, inside, max_bytes, hashed,
                                      f"{prefix}{entry.name}/", known)
            continue
        st, refused = regular_stat(entry, inside)
        if st is None:
            yield problem_source(Path(entry.path), root, refused or "not read")
        elif is_jsonl(entry.name):
            yield from jsonl_sources(Path(entry.path), root, max_bytes)
        else:
            yield file_source(entry.path, root, max_bytes, st, hashed, prefix + entry.name, known)


def regular_stat(entry: os.DirEntry, inside: str) -> tuple[os.stat_result | None, str | None]:
    """The stat of this entry of a raw folder when it is a regular file inside `--raw` (or a
    link to one), else None and why it is not read."""
    try:
        st = entry.stat(follow_symlinks=True)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return None, "symlink loop: not followed"
        if err.errno == errno.ENOENT:
            return None, f"dangling symlink to {printable(os.readlink(entry.path))}: not read"
        return None, f"cannot read: {err.strerror}"
    if entry.is_symlink():
        target = os.path.realpath(entry.path)
        if os.path.commonpath([target, inside]) != inside:
            return None, f"symlink to {printable(target)}, outside --raw: not followed"
        if stat.S_ISDIR(st.st_mode):
            return None, "symlink to a folder: not followed (a folder inside --raw is read as itself)"
    for is_kind, kind in SPECIAL_FILES:
        if is_kind(st.st_mode):
            return None, f"{kind}, not a regular file: not read"
    return st, None


def file_source(path: Path | str, root: Path, max_bytes: int, st: os.stat_result,
                hashed: bool = True, relative: str | None = None,
                known: KnownHashes | None = None) -> Source:
    """The file at `path`, which is at `relative` under `root` when the caller knows it, and
    `st` its stat as listed."""
    source = relative if relative is not None else Path(path).relative_to(root).as_posix()
    doc_id = without_suffix(source)
    note = None
    if not (representable(doc_id) and representable(source)):
        doc_id, source = printable(doc_id), printable(source)
        note = f"{source}: file name is not valid UTF-8, written with \\x escapes"
    if st.st_size > max_bytes:
        return Source(doc_id, source, "", problem=f"{source}: too large: {st.st_size} bytes, "
                                                  f"limit {max_bytes}")
    stamp = stamp_of(st)
    sha256 = known_sha256(known, source, stamp) or (file_sha256(path, st.st_size) if hashed else None)
    return Source(doc_id, source, sha256, path=path, root=root, max_bytes=max_bytes, note=note,
                  stamp=stamp)


def problem_source(path: Path, root: Path, reason: str) -> Source:
    """A source that is not read: its documents row gives `reason`."""
    source = printable(path.relative_to(root).as_posix())
    doc_id = printable(doc_id_of(path, root)) if path != root else source
    return Source(doc_id, source, "", problem=f"{source}: {reason}")


def representable(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (decoded as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(name: str) -> str:
    """A file name as text that can be written anywhere: bytes that are not UTF-8 become
    `\\xNN` escapes.

    >>> printable(os.fsdecode(b"stod-g\\xe4vle.txt"))
    'stod-g\\\\xe4vle.txt'
    """
    if representable(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def is_jsonl(name: str) -> bool:
    return name.lower().endswith(".jsonl")


def url_sources(url: str, max_bytes: int) -> Iterator[Source]:
    """Releases under an fsspec URL of a folder or a file ("s3://bucket/releases",
    "s3://bucket/corpus.jsonl"). Release files are read by the workers, so no sha256 is known
    up front and they are extracted on every run; JSONL files are scanned here once for ids
    and hashes, and the workers read back only their own lines."""
    fs, root = url_filesystem(url)
    root = root.rstrip("/")
    protocol = url.split("://", 1)[0]
    try:
        if fs.isfile(root):
            found, root = {root: fs.info(root)}, root.rsplit("/", 1)[0]
        else:
            found = fs.find(root, detail=True)
    except OSError as err:
        raise UserError(f"cannot list --raw {url}: {err}") from err
    if not found:
        raise UserError(f"no releases at --raw {url}")
    for path in sorted(found):
        relative = PurePosixPath(path[len(root):].lstrip("/"))
        if relative.name.startswith("."):
            continue
        file_url = f"{protocol}://{path}"
        if is_jsonl(relative.name):
            with fs.open(path, "rb") as lines:
                yield from url_jsonl_sources(lines, relative.as_posix(), file_url, max_bytes)
            continue
        size = found[path].get("size") or 0
        problem = (f"{relative}: too large: {size} bytes, limit {max_bytes}"
                   if size > max_bytes else None)
        yield Source(relative.with_suffix("").as_posix(), relative.as_posix(), "",
                     url=file_url, max_bytes=max_bytes, problem=problem)


def url_filesystem(url: str):
    """The fsspec filesystem and path of a URL, or a `UserError` saying what to install."""
    try:
        import fsspec
    except ImportError as err:
        raise UserError("reading an URL needs fsspec: pip install '.[dask]'") from err
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as err:    # the protocol's own package is missing
        hint = "; pip install 'fsspec[http]'" if url.startswith(("http:", "https:")) else ""
        raise UserError(f"cannot read --raw {url}: {err}{hint}") from err
    except ValueError as err:     # "Protocol not known"
        raise UserError(f"cannot read --raw {url}: {err}") from err


def url_jsonl_sources(lines: BinaryIO, relative: str, url: str,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source]:
    """The records of a JSONL file behind a URL, as `jsonl_sources` lists a local one."""
    for record in records_in_stream(lines, relative, max_bytes):
        yield Source(record.doc_id, record.source, record.sha256, url=url,
                     span=(record.offset, record.length), problem=record.problem)


def jsonl_sources(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source]:
    for record in records_in_jsonl(path, root, max_bytes):
        yield Source(record.doc_id, record.source, record.sha256, path=path, root=root,
                     span=(record.offset, record.length), problem=record.problem)


def with_record(src: Source) -> Source:
    """The source with its JSONL line read, to send to a machine that cannot read `path`."""
    if src.span is None or src.path is None:
        return src
    return replace(src, record=record_line(src.path, *src.span), span=None, path=None)
