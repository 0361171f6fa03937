"""Files and decoded texts -> `Document`, each format through its own reader:

    .md / .markdown / JSONL bodies -> markdown_parts
    .txt (scraped pages)           -> plain_release  (site chrome, publisher, date line)
    .html / .htm                   -> html_release   (trafilatura's main text as XML)
"""
from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Literal

from pipeline.document import Block, Document, Precision, Table
from pipeline.ingest.decode import UnreadableFile, cleaned, decoded_text, unreadable
from pipeline.ingest.frontmatter import front_matter
from pipeline.ingest.layout import Dated, assemble, new_release, with_metadata
from pipeline.ingest.markdown import WORDLIKE, markdown_parts
from pipeline.ingest.plaintext import plain_release

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
Format = Literal["txt", "md", "html"]
SUFFIXES: dict[str, Format] = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html",
                               ".htm": "html"}


def read_document(path: Path | str, root: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                  relative: str | None = None, size: int | None = None) -> Document:
    """The release in `path`; `doc_id` is its path under `root` without the suffix.
    `relative` is that path written with "/", and `size` the file's size as listed, when the
    caller has them."""
    source = relative if relative is not None else Path(path).relative_to(root).as_posix()
    fmt = format_of(source)
    return document_of_bytes(raw_bytes(path, source, max_bytes, size), source, fmt)


def format_of(relative: PurePosixPath | str) -> Format:
    suffix = suffix_of(relative if isinstance(relative, str) else relative.as_posix())
    fmt = SUFFIXES.get(suffix.lower())
    if fmt is None:
        expected = ", ".join(sorted(SUFFIXES))
        raise UnreadableFile(f"{relative}: unsupported suffix {suffix!r} (expected {expected})")
    return fmt


def suffix_of(relative: str) -> str:
    """A relative path's suffix as `PurePosixPath.suffix` has it, in string operations: for
    thousands of small files pathlib cost a tenth of ingest.

    >>> [suffix_of(p) for p in ["press/2015 stöd.txt", "a/b.c.md", "a/.md", "a/b.", "b"]]
    ['.txt', '.md', '', '', '']
    """
    name_at = relative.rfind("/") + 1
    dot = relative.rfind(".", name_at)
    return relative[dot:] if name_at < dot < len(relative) - 1 else ""


def document_from_bytes(raw: bytes, relative: PurePosixPath | str,
                        max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A release from its bytes, wherever they were read (a local file or an fsspec URL);
    `relative` is its path, a string written with "/" or a `PurePosixPath`."""
    source = relative if isinstance(relative, str) else relative.as_posix()
    fmt = format_of(source)
    if len(raw) > max_bytes:
        raise UnreadableFile(f"{source}: too large: {len(raw)} bytes, limit {max_bytes}")
    if not raw.strip():
        raise UnreadableFile(f"{source}: empty file")
    return document_of_bytes(raw, source, fmt)


def document_of_bytes(raw: bytes, source: str, fmt: Format) -> Document:
    """A release from bytes already known to be within the size limit and not blank."""
    text, clean = decoded_text(raw, source)
    if fmt != "html":     # markup is no prose: a page is judged by the text read from it
        refuse_unreadable(text, source)
    doc = document_from_text(source[:len(source) - len(suffix_of(source))], source, text, fmt,
                             sha256=hashlib.sha256(raw).hexdigest(), clean=clean)
    if fmt == "html":
        refuse_unreadable(doc.text, source)
    return doc


def refuse_unreadable(text: str, source: str) -> None:
    problem = unreadable(text)
    if problem:
        raise UnreadableFile(f"{source}: {problem}")


def document_from_text(doc_id: str, source: str, text: str, fmt: Format, *,
                       title: str | None = None, publisher: str | None = None,
                       published: date | Dated | None = None, sha256: str = "",
                       clean: bool = False) -> Document:
    """A `Document` from decoded text; the keyword metadata wins over what the text says (a
    `date` is a day; a `Dated` says how precise it is). `clean` says the text holds nothing
    `cleaned` acts on but carriage returns."""
    text = cleaned(text, source, clean)
    title = given_title(title, source)
    if isinstance(published, date):
        published = Dated(published, "day")
    if fmt == "md":
        matter, body = front_matter(text, source)
        release = new_release((tuple(markdown_parts(body)), None, None, None))
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
    return new_document(doc_id=doc_id, source=source, sha256=sha256, text=layout.text,
                        title=release.title, publisher=release.publisher,
                        published=dated.day if dated else None,
                        published_precision=dated.precision if dated else None,
                        blocks=layout.blocks, tables=layout.tables,
                        status="ok" if layout.text.strip() else "no text left after cleaning")


def new_document(*, doc_id: str, source: str, sha256: str, text: str, title: str | None,
                 publisher: str | None, published: date | None,
                 published_precision: Precision | None, blocks: tuple[Block, ...],
                 tables: tuple[Table, ...], status: str) -> Document:
    """`Document(...)` of these fields, in their order, made as its `__init__` makes it: that
    sets each of the eleven through `object.__setattr__` (the dataclass is frozen), 23,000
    instructions a release and a thirtieth of ingest; one dict holding them costs a third."""
    document = object.__new__(Document)
    object.__setattr__(document, "__dict__", {
        "doc_id": doc_id, "source": source, "sha256": sha256, "text": text, "title": title,
        "publisher": publisher, "published": published,
        "published_precision": published_precision, "blocks": blocks, "tables": tables,
        "status": status})
    return document


def given_title(title: str | None, source: str) -> str | None:
    """The title a caller or a record gives, cleaned; None when it holds no word: a scraper
    that met a folded YAML title leaves its markup alone (">-", in 124 Fonder Direkt records
    of the corpus), and a person reads that as no title at all."""
    if not title:
        return None
    title = cleaned(title, source).strip()
    return title if WORDLIKE.search(title) else None


def raw_bytes(path: Path | str, source: str, max_bytes: int, size: int | None = None) -> bytes:
    try:
        raw = file_bytes(path, source, max_bytes, size)
    except OSError as err:
        raise UnreadableFile(f"{source}: cannot read: {err.strerror or err}") from err
    if len(raw) > max_bytes:    # a file that grew while it was read
        raise UnreadableFile(f"{source}: too large: {len(raw)} bytes, limit {max_bytes}")
    if not raw.strip():
        raise UnreadableFile(f"{source}: empty file")
    return raw


READ_CHUNK = 1 << 16
# Asked once: where os has no O_BINARY (all but Windows) getattr formats an AttributeError's
# message before it gives the default, which for every file cost as much as opening it.
READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def file_bytes(path: Path | str, source: str, max_bytes: int, size: int | None = None) -> bytes:
    """The bytes of a file in one open, fstat and read: a file object asks the size and the
    position again, which for thousands of small releases cost as much as reading them.
    `size` is the size the listing found, so that it is not asked again (a stat result is a
    Python object of twenty fields); a file that since grew or shrank is read to its end, or
    to just past `max_bytes`."""
    fd = os.open(path, READ_FLAGS)
    try:
        if size is None:
            size = os.fstat(fd).st_size
        if size > max_bytes:
            raise UnreadableFile(f"{source}: too large: {size} bytes, limit {max_bytes}")
        chunks = [os.read(fd, size + 1)]
        read = len(chunks[0])
        # A short read, or a file that grew since it was listed: read on to its end, but no
        # further than one byte past the limit, which then rejects it.
        if read != size:
            while chunks[-1] and read <= max_bytes:
                chunks.append(os.read(fd, READ_CHUNK))
                read += len(chunks[-1])
        return b"".join(chunks)
    finally:
        os.close(fd)
