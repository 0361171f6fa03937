"""Files and decoded texts -> `Document`, each format through its own reader:

    .md / .markdown / JSONL bodies -> markdown_parts
    .txt (scraped pages)           -> plain_release  (site chrome, publisher, date line)
    .html / .htm                   -> html_release   (trafilatura's main text as XML)
"""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Literal

from pipeline.document import Document
from pipeline.ingest.decode import UnreadableFile, clean_unicode, decoded, repaired, unreadable
from pipeline.ingest.frontmatter import front_matter
from pipeline.ingest.layout import Dated, Release, assemble, with_metadata
from pipeline.ingest.markdown import markdown_parts
from pipeline.ingest.plaintext import plain_release

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
Format = Literal["txt", "md", "html"]
SUFFIXES: dict[str, Format] = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html",
                               ".htm": "html"}


def read_document(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """The release in `path`; `doc_id` is its path under `root` without the suffix."""
    relative = PurePosixPath(path.relative_to(root).as_posix())
    format_of(relative)
    return document_from_bytes(raw_bytes(path, relative.as_posix(), max_bytes), relative, max_bytes)


def format_of(relative: PurePosixPath) -> Format:
    fmt = SUFFIXES.get(relative.suffix.lower())
    if fmt is None:
        expected = ", ".join(sorted(SUFFIXES))
        raise UnreadableFile(f"{relative}: unsupported suffix {relative.suffix!r} (expected {expected})")
    return fmt


def document_from_bytes(raw: bytes, relative: PurePosixPath,
                        max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A release from its bytes, wherever they were read (a local file or an fsspec URL)."""
    source = relative.as_posix()
    fmt = format_of(relative)
    if len(raw) > max_bytes:
        raise UnreadableFile(f"{source}: too large: {len(raw)} bytes, limit {max_bytes}")
    if not raw.strip():
        raise UnreadableFile(f"{source}: empty file")
    text = decoded(raw, source)
    if fmt != "html":     # markup is no prose: a page is judged by the text read from it
        refuse_unreadable(text, source)
    doc = document_from_text(relative.with_suffix("").as_posix(), source, text, fmt,
                             sha256=hashlib.sha256(raw).hexdigest())
    if fmt == "html":
        refuse_unreadable(doc.text, source)
    return doc


def refuse_unreadable(text: str, source: str) -> None:
    problem = unreadable(text)
    if problem:
        raise UnreadableFile(f"{source}: {problem}")


def document_from_text(doc_id: str, source: str, text: str, fmt: Format, *,
                       title: str | None = None, publisher: str | None = None,
                       published: date | Dated | None = None, sha256: str = "") -> Document:
    """A `Document` from decoded text; the keyword metadata wins over what the text says (a
    `date` is a day; a `Dated` says how precise it is)."""
    text = clean_unicode(repaired(text, source))
    title = clean_unicode(repaired(title, source)).strip() or None if title else None
    if isinstance(published, date):
        published = Dated(published, "day")
    if fmt == "md":
        matter, body = front_matter(text, source)
        release = Release(parts=tuple(markdown_parts(body)))
        title = title or matter.title
        publisher = publisher or matter.publisher
        published = published or matter.published
    elif fmt == "txt":
        release = plain_release(text)
    elif fmt == "html":
        from pipeline.ingest.html import html_release  # lxml, and trafilatura in it

        release = html_release(text, source)
    else:
        raise ValueError(f"unknown format {fmt!r}: expected one of {sorted(set(SUFFIXES.values()))}")
    release = with_metadata(release, title, publisher, published)
    layout = assemble(release.parts)
    dated = release.published
    return Document(doc_id=doc_id, source=source, sha256=sha256, text=layout.text,
                    title=release.title, publisher=release.publisher,
                    published=dated.day if dated else None,
                    published_precision=dated.precision if dated else None,
                    blocks=layout.blocks, tables=layout.tables,
                    status="ok" if layout.text.strip() else "no text left after cleaning")


def raw_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableFile(f"{source}: too large: {size} bytes, limit {max_bytes}")
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableFile(f"{source}: cannot read: {err.strerror or err}") from err
    if not raw.strip():
        raise UnreadableFile(f"{source}: empty file")
    return raw
