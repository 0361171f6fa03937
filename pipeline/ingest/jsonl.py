"""JSONL: one release per line (`id`, `title`, `text` as Markdown, optional `date`, `publisher`)."""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.document import Document
from pipeline.ingest.dates import metadata_date
from pipeline.ingest.reader import DEFAULT_MAX_BYTES, document_from_text

log = logging.getLogger(__name__)


LINE_CHUNK = 1 << 20
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Record:
    """One JSONL line before ingest: enough to tell whether it changed since the last run, and
    where to read it again (so a large corpus is not held in memory). A line over the size
    limit is never parsed: `problem` says so."""

    doc_id: str
    source: str
    sha256: str
    offset: int
    length: int
    problem: str | None = None


@dataclass(frozen=True)
class Line:
    """A line of a stream without its line break; `body` is None when it was over the limit
    (and was counted, not kept)."""

    number: int
    offset: int
    length: int
    body: bytes | None


def records_in_jsonl(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record]:
    """Each non-blank line's id, source (`file.jsonl:line`) and sha256, without ingesting it."""
    with path.open("rb") as stream:
        yield from records_in_stream(stream, path.relative_to(root).as_posix(), max_bytes)


def records_in_stream(stream: BinaryIO, relative: str,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record]:
    """The records of a JSONL file read from any binary stream (a local file, an fsspec URL)."""
    for line in lines_of(stream, max_bytes):
        source = f"{relative}:{line.number}"
        if line.body is None:
            yield Record(source, source, "", line.offset, line.length,
                         problem=f"{source}: too large: {line.length} bytes, limit {max_bytes}")
        elif line.body.strip():
            yield Record(record_id(line.body) or source, source,
                         hashlib.sha256(line.body).hexdigest(), line.offset, line.length)


def lines_of(stream: BinaryIO, max_bytes: int) -> Iterator[Line]:
    """The lines of `stream`, read a chunk at a time so that a line over `max_bytes` is
    measured without being held in memory."""
    number, start, size = 1, 0, 0
    kept: bytearray | None = bytearray()
    while chunk := stream.read(LINE_CHUNK):
        position = 0
        while position < len(chunk):
            newline = chunk.find(b"\n", position)
            end = newline if newline >= 0 else len(chunk)
            size += end - position
            if kept is not None:
                kept += chunk[position:end]
                if len(kept.rstrip(b"\r")) > max_bytes:
                    kept = None
            if newline < 0:
                break
            yield finished(number, start, size, kept)
            number, start, size, kept = number + 1, start + size + 1, 0, bytearray()
            position = newline + 1
    if size:
        yield finished(number, start, size, kept)


def finished(number: int, start: int, size: int, kept: bytearray | None) -> Line:
    if kept is None:
        return Line(number, start, size, None)
    body = bytes(kept).rstrip(b"\r")
    return Line(number, start, len(body), body)


def record_line(path: Path | str, offset: int, length: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read(length)


def record_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    found = record.get("id") if isinstance(record, dict) else None
    return representable(found) if isinstance(found, str) and found.strip() else None


def representable(text: str) -> str:
    """`text` with each unpaired surrogate (a `\\ud800` escape JSON allows and UTF-8 cannot
    write) as the replacement character."""
    return LONE_SURROGATE.sub("\ufffd", text)


def with_representable_fields(record: dict, source: str) -> dict:
    """The record's string fields made writable, with a warning naming the fields mended."""
    mended = [key for key, value in record.items()
              if isinstance(value, str) and LONE_SURROGATE.search(value)]
    if not mended:
        return record
    log.warning("%s: unpaired surrogate escapes replaced by U+FFFD in %s", source,
                ", ".join(repr(key) for key in mended))
    return {key: representable(value) if key in mended else value for key, value in record.items()}


def document_from_record(line: bytes, source: str) -> Document:
    sha256 = hashlib.sha256(line).hexdigest()
    try:
        record = json.loads(line.decode("utf-8"))
        problem = record_problem(record)
    except UnicodeDecodeError:
        record, problem = {}, "line is not UTF-8"
    except json.JSONDecodeError as err:
        record, problem = {}, f"invalid JSON: {err.msg} at column {err.colno}"
    if isinstance(record, dict):
        record = with_representable_fields(record, source)
    doc_id = record.get("id") if isinstance(record, dict) else None
    if problem:
        return Document(doc_id=doc_id if isinstance(doc_id, str) and doc_id else source,
                        source=source, sha256=sha256, text="", status=f"{source}: {problem}")
    return document_from_text(
        record["id"], source, record["text"], "md", title=record.get("title"),
        publisher=record.get("publisher"), published=metadata_date(record.get("date"), source),
        sha256=sha256)


def record_problem(record: object) -> str | None:
    """Why a JSONL record cannot be a document, or None."""
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    for key in ("id", "text"):
        if not isinstance(record.get(key), str):
            return f"field {key!r} missing or not a string"
    if not record["id"].strip():
        return "field 'id' is empty"
    for key in ("title", "publisher", "date"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f"field {key!r} is not a string"
    return None
