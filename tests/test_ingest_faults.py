"""Files as a real archive holds them: mixed and twice-decoded encodings are mended (in one scan
where the text needs it), files that read short are read to their end, stray NUL
bytes dropped, and binary files, random bytes and encoded blobs refused with a status that
says what they are, never read as releases with money in them."""
from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import os
import random
import sys
import unicodedata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import (
    UnreadableFile,
    document_from_record,
    read_document,
    record_id,
    records_in_stream,
)
from pipeline.ingest.composed import NFC_ACTIVE_PUNCTUATION, punctuation_composed
from pipeline.ingest.decode import (
    NEEDS_CLEANING,
    clean_unicode,
    cleaned,
    decoded_text,
    repaired,
    symbol_count,
    unreadable,
)
from pipeline.ingest.jsonl import lines_of
from pipeline.ingest.reader import READ_CHUNK, file_bytes, raw_bytes
from pipeline.run import extract, extract_document

RELEASE = ("Stöd till Gävle hamn\n\nHamnen får 2,5 miljoner € i år för landström, säger "
           "hamnchefen Åsa Öberg.\n")


def write(tmp_path: Path, name: str, raw: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(raw)
    return path


def read(tmp_path: Path, name: str, raw: bytes):
    return read_document(write(tmp_path, name, raw), tmp_path)


def test_a_file_mixing_utf8_and_cp1252_reads_right_in_both_parts(tmp_path, caplog):
    title, body = RELEASE.split("\n\n", 1)
    raw = title.encode("utf-8") + b"\n\n" + body.encode("cp1252")
    with caplog.at_level(logging.WARNING):
        doc = read(tmp_path, "hamn.txt", raw)
    assert doc.text == RELEASE.strip() and doc.status == "ok"
    assert "hamn.txt: repaired characters decoded in the wrong encoding" in caplog.text
    assert [(a.text, a.currency) for a in extract_document(doc).amounts] == [
        ("2,5 miljoner €", "EUR")]


def test_text_decoded_twice_is_mended(tmp_path):
    twice = RELEASE.encode("utf-8").decode("cp1252").encode("utf-8")   # "StÃ¶d till GÃ¤vle"
    doc = read(tmp_path, "hamn.md", twice)
    assert doc.text == RELEASE.strip()


def test_a_stray_nul_byte_is_dropped_and_the_release_kept(tmp_path, caplog):
    raw = RELEASE.encode("utf-8").replace(b"hamn\n", b"hamn\x00\n", 1)
    with caplog.at_level(logging.WARNING):
        doc = read(tmp_path, "nul.txt", raw)
    assert doc.text == RELEASE.strip()
    assert "nul.txt: removed 1 stray NUL byte" in caplog.text


PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
       b"BT /F1 12 Tf (Bidraget blir 2 500 000 kronor) Tj ET\n%%EOF\n")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(1, 200))
DOCX = b"PK\x03\x04\x14\x00\x06\x00word/document.xml" + b"Stadsbidrag 40 000 kr" * 5


@pytest.mark.parametrize("name, raw, kind", [
    ("rapport.txt", PDF, "PDF"),
    ("bild.md", PNG, "PNG image"),
    ("beslut.txt", DOCX, "zip archive, Word, Excel or OpenDocument file"),
    ("kontroll.txt", bytes(range(1, 32)) * 40 + RELEASE.encode(), "control characters"),
    ("utf16.txt", RELEASE.encode("utf-16-le"), "NUL bytes"),
])
def test_a_binary_file_is_refused_saying_what_it_is(tmp_path, name, raw, kind):
    with pytest.raises(UnreadableFile, match=rf"^{name}: binary file, not text \({kind}\)$"):
        read(tmp_path, name, raw)


def random_printable(size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randint(0x20, 0x7E) for _ in range(size))


@pytest.mark.parametrize("raw", [
    random_printable(3000, 1),
    random_printable(200, 2),
    random_printable(3000, 3) + b" 2 500 kr 40 miljoner kronor",
    base64.encodebytes(random_printable(3000, 4)),
], ids=["random", "short random", "random with money", "base64"])
def test_random_bytes_are_no_release(tmp_path, raw):
    with pytest.raises(UnreadableFile, match=r"^brus\.txt: not readable text"):
        read(tmp_path, "brus.txt", raw)


@pytest.mark.parametrize("start", ["BMW ökar försäljningen", "MZ Group köper", "ID3 Media AB"])
def test_a_release_whose_first_letters_look_like_a_file_signature_is_read(tmp_path, start):
    doc = read(tmp_path, "bolag.txt", f"{start}\n\nBolaget investerar 30 miljoner kronor.\n".encode())
    assert doc.text.startswith(start)


def test_a_release_dense_with_figures_and_a_table_is_prose_enough(tmp_path):
    text = ("# Budget 2025 (mnkr)\n\n| Område | 2025 | 2026 |\n|---|---|---|\n"
            "| Skola | 1,5 | 2,0 |\n| Vård | 3,2 | 3,4 |\n| Kultur | 0,4 | 0,5 |\n")
    doc = read(tmp_path, "budget.md", text.encode())
    assert len(doc.tables) == 1


def test_symbols_are_counted_by_the_classes_str_gives_every_character():
    every = "".join(map(chr, range(0x110000)))
    assert symbol_count(every) == sum(not (char.isalnum() or char.isspace()) for char in every)


@pytest.mark.parametrize("symbol_triples, readable", [(4, False), (2, True)])
def test_few_spaces_are_unreadable_only_beside_many_symbols(symbol_triples, readable):
    # One space in 28 characters: more than random bytes have, less than prose.
    word = "Lön" * (9 - symbol_triples) + "%&/" * symbol_triples
    text = " ".join([word] * 80)
    assert (unreadable(text) is None) == readable


# ---------------------------------------------------------------------------------------------
# JSONL lines


def jsonl(*records: dict | str) -> bytes:
    return b"".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)).encode() + b"\n"
                    for r in records)


GRANT = {"id": "kf-1", "title": "Bidrag", "text": "Kommunen ger 40 000 kronor till scouterna."}


class Trickle(io.RawIOBase):
    """A stream that hands out at most `chunk` bytes a read, as a network file may."""

    def __init__(self, data: bytes, chunk: int):
        self.data, self.chunk, self.at = data, chunk, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        piece = self.data[self.at:self.at + min(self.chunk, size if size >= 0 else self.chunk)]
        self.at += len(piece)
        return piece


@pytest.mark.parametrize("chunk", [3, 1 << 20])
def test_a_jsonl_line_over_the_limit_is_a_status_and_the_next_lines_are_found(chunk):
    big = {"id": "stor", "text": "Stöd på 5 kronor. " * 500}
    raw = jsonl(GRANT, big, GRANT | {"id": "kf-2"}) + b"\r\n" + jsonl(GRANT | {"id": "kf-3"}).rstrip()
    records = list(records_in_stream(Trickle(raw, chunk), "arkiv.jsonl", max_bytes=1000))
    assert [(r.doc_id, r.source) for r in records] == [
        ("kf-1", "arkiv.jsonl:1"), ("arkiv.jsonl:2", "arkiv.jsonl:2"),
        ("kf-2", "arkiv.jsonl:3"), ("kf-3", "arkiv.jsonl:5")]
    size = len(json.dumps(big, ensure_ascii=False).encode())
    assert records[1].problem == f"arkiv.jsonl:2: too large: {size} bytes, limit 1000"
    assert [r.problem for r in records if r is not records[1]] == [None, None, None]
    for record in records:
        line = raw[record.offset:record.offset + record.length]
        assert record.problem or hashlib.sha256(line).hexdigest() == record.sha256
        assert record.problem or json.loads(line)["id"] == record.doc_id


def test_a_too_large_line_is_not_kept_in_memory():
    lines = list(lines_of(Trickle(b"x" * 5_000_000 + b"\n{}\n", 4096), max_bytes=100))
    assert [(line.length, line.body) for line in lines] == [(5_000_000, None), (2, b"{}")]


def test_a_run_lists_an_oversized_line_and_reads_the_rest(tmp_path):
    (tmp_path / "raw").mkdir()
    big = {"id": "stor", "text": "Stöd på 5 miljoner kronor. " * 200}
    write(tmp_path / "raw", "arkiv.jsonl", jsonl(GRANT, big))
    summary = extract(tmp_path / "raw", tmp_path / "out", jobs=1, max_bytes=2000)
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert summary.skipped == 1
    assert {d["doc_id"]: d["status"].split(": ", 1)[-1] for d in docs} == {
        "kf-1": "ok", "arkiv.jsonl:2": f"too large: {len(json.dumps(big, ensure_ascii=False).encode())} bytes, limit 2000"}


def test_a_lone_surrogate_escape_is_made_writable_and_said(caplog):
    line = rb'{"id": "kf-\ud800", "title": "Bidrag \udfff", "text": "Scouterna f\u00e5r \ud83d\ude00 40 000 kronor \ud800."}'
    with caplog.at_level(logging.WARNING):
        doc = document_from_record(line, "arkiv.jsonl:7")
    assert doc.doc_id == "kf-\ufffd" and doc.title == "Bidrag \ufffd"
    assert doc.text.endswith("Scouterna får \U0001F600 40 000 kronor \ufffd.")
    assert "arkiv.jsonl:7: unpaired surrogate escapes replaced by U+FFFD in 'id', 'title', 'text'" in caplog.text
    assert record_id(line) == "kf-\ufffd"
    table = pa.Table.from_pylist([{"text": doc.text, "doc_id": doc.doc_id}])
    pq.write_table(table, io.BytesIO())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Stöd", " till ", "Gävle", "\r\n", "\n", "StÃ¶d", "â‚¬",
                                 "\u0085", "\x0c", "\u200b", "\ufeff", "\u2028", "e\u0301",
                                 "5\u00a0000 kr", "Å", "\x07", "\t"]), max_size=12).map("".join))
def test_one_scan_cleans_a_text_as_repairing_then_cleaning_it_does(text):
    assert cleaned(text, "pressmeddelande.md") == clean_unicode(repaired(text, "pressmeddelande.md"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Stöd", " till ", "Gävle", "\r\n", "StÃ¶d", "â‚¬", "Ã", "\u0085",
                                 "\u009f", "\x0c", "\x0b", "\u200b", "\u2060", "\ufeff", "\u2028",
                                 "\u2029", "\u00a0", "\u00c2", "\x07", "\x1f", "\x7f", "\t", "€", "e\u0301",
                                 "\u212b", "Å", "–", "\u2000", "\u20d0", "\u2adc", "\u2dff",
                                 "\u0301", "\u0110"]),
                min_size=1, max_size=12).map(lambda words: "Pengar till skolorna i Gävle: " + "".join(words)))
def test_a_text_decoding_calls_clean_holds_nothing_cleaning_acts_on(text):
    try:
        decoded, clean = decoded_text(text.encode(), "pressmeddelande.md")
    except UnreadableFile:    # controls enough to be binary
        return
    assert not clean or not NEEDS_CLEANING.search(decoded.replace("\r", ""))
    assert cleaned(decoded, "pressmeddelande.md", clean) == \
        clean_unicode(repaired(decoded, "pressmeddelande.md"))


def test_a_release_in_a_file_that_reads_short_is_read_to_its_end(tmp_path, monkeypatch):
    """A network file system may give fewer bytes than the file's size in one read."""
    path = write(tmp_path, "hamnen.md", RELEASE.encode())
    whole = read_document(path, tmp_path)
    sizes: list[int] = []
    real_read = os.read

    def short_first_read(fd: int, n: int) -> bytes:
        sizes.append(n)
        return real_read(fd, 10 if len(sizes) == 1 else n)

    monkeypatch.setattr(os, "read", short_first_read)
    assert read_document(path, tmp_path) == whole
    assert len(sizes) > 2 and "landström" in whole.text


def nfc_active(code: int, joined: frozenset[int]) -> bool:
    """A character NFC changes, that combines, or that may join the character before it
    (`joined`: every character after the first of a canonical decomposition)."""
    char = chr(code)
    return unicodedata.combining(char) != 0 or unicodedata.normalize("NFC", char) != char \
        or code in joined


def test_the_characters_taken_as_composed_are_those_nfc_leaves():
    joined = frozenset(int(code, 16) for c in range(sys.maxunicode + 1)
                       if (decomposition := unicodedata.decomposition(chr(c)))
                       and not decomposition.startswith("<")
                       for code in decomposition.split()[1:])
    assert not any(nfc_active(code, joined) for code in range(0x80, 0x300))
    active = [code for code in range(0x2000, 0x3000) if nfc_active(code, joined)]
    assert active == [code for first, last in NFC_ACTIVE_PUNCTUATION
                      for code in range(first, last + 1)]
    for code in range(0x2000, 0x3000):
        raw = f"Stöd {chr(code)} 5 kr".encode()
        assert punctuation_composed(raw) == (code not in active)


def test_a_file_that_grew_past_the_limit_since_it_was_listed_is_read_no_further(tmp_path):
    path = tmp_path / "pressmeddelande.txt"
    path.write_text("Kommunen får 2 Mkr.\n", encoding="utf-8")
    listed = path.stat().st_size
    path.write_bytes(b"Kommunen f\xc3\xa5r 2 Mkr.\n" * 200_000)     # 4.6 MB, replaced since
    assert len(file_bytes(path, "pressmeddelande.txt", 1000, listed)) <= 1000 + READ_CHUNK
    with pytest.raises(UnreadableFile, match="too large"):
        raw_bytes(path, "pressmeddelande.txt", 1000, listed)
