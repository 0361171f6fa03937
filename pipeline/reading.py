"""Read: a listed `Source` -> its `Document`, from a file, a JSONL line or an fsspec URL."""
from __future__ import annotations

from pathlib import PurePosixPath

from pipeline.document import Document
from pipeline.ingest import (
    UnreadableFile,
    document_from_bytes,
    document_from_record,
    read_document,
    record_line,
)
from pipeline.sources import Source


def document_of(src: Source) -> Document:
    if src.record is not None:
        return document_from_record(src.record, src.source)
    if src.span is not None:
        if src.path is not None:
            return document_from_record(record_line(src.path, *src.span), src.source)
        assert src.url is not None    # a record's span is in a file or behind a URL
        return document_from_record(url_range(src.url, *src.span), src.source)
    if src.url is not None:
        return document_from_bytes(url_bytes(src.url, src.source), PurePosixPath(src.source),
                                   src.max_bytes)
    assert src.path is not None and src.root is not None    # a listed file
    # the listing's relative path, unless it was escaped to be printable
    return read_document(src.path, src.root, src.max_bytes,
                         relative=src.source if src.note is None else None)


def url_bytes(url: str, source: str) -> bytes:
    import fsspec  # only URL input needs it (installed with the dask extra)

    try:
        with fsspec.open(url, "rb") as f:
            return f.read()
    except OSError as err:
        raise UnreadableFile(f"{source}: cannot read: {err}") from err


def url_range(url: str, offset: int, length: int) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb") as f:
            f.seek(offset)
            return f.read(length)
    except OSError as err:
        raise UnreadableFile(f"{url}: cannot read: {err}") from err
