"""Arbitrary text and bytes through ingest -> parse -> label never raise anything but a clear
`UnreadableFile`; long runs of digits, scale words, list items and table rows go through."""
import pytest
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


# About 200 kB each: every step must stay close to linear. The few-MB versions are measured by
# the benchmark; here they only have to go through.
ADVERSARIAL = {
    "digits and spaces": "1 " * 100_000,
    "digits and spaces, then a currency": "1 " * 100_000 + "kronor",
    "grouped digits with no-break spaces": "1\u00a0000\u00a0" * 30_000 + "kronor",
    "commas between digits": "1,2,3,4,5," * 20_000 + " kronor",
    "dashes between numbers": "10–20–30–" * 20_000 + " miljoner kronor",
    "'miljoner' repeated": "miljoner " * 22_000,
    "digit, comma and scale-word soup":
        "1 22 333,4 miljoner kronor miljoner miljoner 5 000 000 mellan 1 och – " * 2_800,
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_text_goes_through(text):
    doc = document_from_text("soup", "soup.md", text, "md")
    extraction = extract_document(doc)
    for row in extraction.amounts:
        assert doc.text[row.start:row.end] == row.text


def test_a_long_list_gives_one_amount_per_item():
    items = [f"- Kommun {i} får {i % 90 + 1} 200 000 kronor" for i in range(2_000)]
    doc = document_from_text("lista", "lista.md", "# Bidrag per kommun\n\n" + "\n".join(items), "md")
    values = [int(r.value) for r in extract_document(doc).amounts]
    assert values == [(i % 90 + 1) * 1_000_000 + 200_000 for i in range(2_000)]


def test_a_long_table_gives_one_amount_per_row():
    rows = [f"| Kommun {i} | {i % 90 + 1} 200 |" for i in range(1_000)]
    table = "| Kommun | Bidrag (tkr) |\n|---|---|\n" + "\n".join(rows)
    doc = document_from_text("tabell", "tabell.md", table, "md")
    amounts = extract_document(doc).amounts
    assert [int(r.value) for r in amounts] == [((i % 90 + 1) * 1_000 + 200) * 1_000 for i in range(1_000)]
    assert all(r.in_table for r in amounts)


# Pieces of contact lines and of prose beside them, in the characters the patterns turn on.
CONTACT_PIECES = ["08-123 45 67", "+46 (0)70 123 45 67", "010-456 78 90", "anna.berg@kommun.se",
                  "info@foretag.com", "www.regeringen.se", "https://example.nu/press",
                  "kommun.se", "Presskontakt", "Telefon:", "tel.", "Anna", "e-post", "Sthlm",
                  "Ö", "å", " ", "\u00a0", "-", "+", "(", ")", ".", ":", "@", "/", "2", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CONTACT_PIECES), st.text(max_size=3)), max_size=12)
       .map("".join))
def test_a_line_with_a_plain_word_is_never_only_contact_details(line):
    from pipeline.ingest.plaintext import PLAIN_WORD, holds_only_contact_details, is_contact_detail

    assert is_contact_detail(line) == holds_only_contact_details(line)
    if PLAIN_WORD.search(line):
        assert not holds_only_contact_details(line)
