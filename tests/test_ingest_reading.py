"""Reading a release's bytes and cleaning its text in as few passes as the common case needs,
with the same result as the full path: a file read in pieces, a text with characters to mend."""
from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import read_document
from pipeline.ingest.decode import clean_unicode, cleaned, repaired

RELEASE = ("Stöd till Gävle hamn\n\nHamnen får 2,5 miljoner € i år för landström, säger "
           "hamnchefen Åsa Öberg.\n")


def write(tmp_path: Path, name: str, raw: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(raw)
    return path


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Stöd", " till ", "Gävle", "\r\n", "\n", "StÃ¶d", "â‚¬",
                                 "\u0085", "\x0c", "\u200b", "\ufeff", "\u2028", "e\u0301",
                                 "5\u00a0000 kr", "Å", "\x07", "\t"]), max_size=12).map("".join))
def test_one_scan_cleans_a_text_as_repairing_then_cleaning_it_does(text):
    assert cleaned(text, "pressmeddelande.md") == clean_unicode(repaired(text, "pressmeddelande.md"))


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
