"""Arbitrary text and bytes through ingest -> parse -> label never raise anything but a clear
`UnreadableFile`."""
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import UnreadableFile, document_from_text, read_document
from pipeline.run import extract_document

# Pieces that steer generated text into the parser's and labeller's paths.
PIECES = ["30 Mkr", " miljoner ", " kronor", "mellan ", " och ", "–", "totalt ", "cirka ",
          " till ", " för ", "per år", "2025", "\n", "\n\n", "# ", "- ", "| ", " |", "---",
          "(", ")", "€", "<p>", "</p>", "<table><tr><td>", "</td></tr></table>", "*", "_"]
TEXT = st.one_of(st.text(max_size=300),
                 st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60)
                 .map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["md", "txt", "html"]))
def test_any_text_goes_through_the_whole_pipeline(text, fmt):
    try:
        doc = document_from_text("fuzz", f"fuzz.{fmt}", text, fmt)
    except UnreadableFile:
        assert fmt == "html"     # a page with no main text is refused by name
        return
    extraction = extract_document(doc)
    for row in extraction.amounts:
        assert doc.text[row.start:row.end] == row.text


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html", ".htm"]))
def test_any_bytes_become_a_document_or_a_clear_refusal(tmp_path, data, suffix):
    path = tmp_path / f"release{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path, tmp_path)
    except UnreadableFile as err:
        assert str(err).startswith(f"release{suffix}: ")
        return
    extract_document(doc)


def test_digit_and_scale_word_soup_goes_through(tmp_path):
    soup = ("1 22 333,4 miljoner kronor miljoner miljoner 5 000 000 mellan 1 och – " * 4000)
    doc = document_from_text("soup", "soup.md", soup, "md")
    assert extract_document(doc).document.n_amounts > 0
