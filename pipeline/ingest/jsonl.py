"""JSONL: one release per line (`id`, `title`, `text` as Markdown, optional `date`, `publisher`)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pipeline.document import Document
from pipeline.ingest.dates import iso_date
from pipeline.ingest.reader import document_from_text


@dataclass(frozen=True)
class Record:
    """One JSONL line before ingest: enough to tell whether it changed since the last run, and
    where to read it again (so a large corpus is not held in memory)."""

    doc_id: str
    source: str
    sha256: str
    offset: int
    length: int


def records_in_jsonl(path: Path, root: Path) -> Iterator[Record]:
    """Each non-blank line's id, source (`file.jsonl:line`) and sha256, without ingesting it."""
    relative = path.relative_to(root).as_posix()
    offset = 0
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                body = line.rstrip(b"\r\n")
                source = f"{relative}:{number}"
                yield Record(record_id(body) or source, source, hashlib.sha256(body).hexdigest(),
                             offset, len(body))
            offset += len(line)


def record_line(path: Path, offset: int, length: int) -> bytes:
    with path.open("rb") as f:
        f.seek(offset)
        return f.read(length)


def record_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    found = record.get("id") if isinstance(record, dict) else None
    return found if isinstance(found, str) and found.strip() else None


def document_from_record(line: bytes, source: str) -> Document:
    sha256 = hashlib.sha256(line).hexdigest()
    try:
        record = json.loads(line.decode("utf-8"))
        problem = record_problem(record)
    except UnicodeDecodeError:
        record, problem = {}, "line is not UTF-8"
    except json.JSONDecodeError as err:
        record, problem = {}, f"invalid JSON: {err.msg} at column {err.colno}"
    doc_id = record.get("id") if isinstance(record, dict) else None
    if problem:
        return Document(doc_id=doc_id if isinstance(doc_id, str) and doc_id else source,
                        source=source, sha256=sha256, text="", status=f"{source}: {problem}")
    return document_from_text(
        doc_id, source, record["text"], "md", title=record.get("title"),
        publisher=record.get("publisher"), published=iso_date(record.get("date")),
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
