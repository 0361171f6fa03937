"""Read: a listed `Source` -> its `Document`, from a file, a JSONL line or an fsspec URL; or
the status row of a source that cannot be read."""
from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import PurePosixPath

from pipeline.document import Document
from pipeline.ingest import (
    UnreadableFile,
    document_from_bytes,
    document_from_record,
    read_document,
    record_line,
)
from pipeline.ingest.sources import Source, file_sha256
from pipeline.rows import DocumentRow, Extraction

log = logging.getLogger(__name__)


def readable_document(src: Source) -> Document | Extraction:
    """The source's document, or the status row of one that cannot be read."""
    if src.problem:
        log.warning("%s", src.problem)
        return skipped_row(src, src.problem)
    try:
        doc = document_of(src)
    except UnreadableFile as err:
        log.warning("%s", err)
        return skipped_row(src, str(err))
    if doc.status != "ok":
        log.warning("%s: %s", src.source, doc.status)
        return skipped_row(src, doc.status)
    if src.note:
        log.warning("%s", src.note)
        doc = replace(doc, doc_id=src.doc_id, source=src.source)
    return doc


def skipped_row(src: Source, reason: str) -> Extraction:
    row = DocumentRow(doc_id=src.doc_id, source=src.source, sha256=sha256_of(src), title=None,
                      publisher=None, published=None, text="", n_amounts=0, status=reason)
    return Extraction(row, (), ())


def sha256_of(src: Source) -> str:
    """The source's hash; a file listed without it (there was no last run to compare it with)
    is hashed here."""
    if src.sha256 is not None:
        return src.sha256
    return file_sha256(src.path) if src.path else ""


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
                         relative=src.source if src.note is None else None,
                         size=src.stamp[0] if src.stamp is not None else None)


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
