"""The scan for unit words that decides which releases and blocks the finders read: it must
find every place an amount can be, and skip prose with numbers but no unit."""
from __future__ import annotations

import re
import sys
from decimal import Decimal

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.ingest import document_from_text
from pipeline.ingest.markdown import GROUP_SPACE_ENTITIES
from pipeline.parse import find_amounts
from pipeline.parse.numbers import (
    DIGITS_AT,
    DIGITS_PATTERN,
    WORD_NUMBER_LOWER,
    digit_figures,
    digits_value,
    word_numbers,
)
from pipeline.parse.patterns import (
    GROUP_SPACES,
    LONGER_IN_LOWER_CASE,
    keeps_offsets_in_lower_case,
    lower_case,
    lower_view,
    lowered_from,
)
from pipeline.parse.windows import (
    ANY_UNIT_WORD,
    CODES,
    MONEY_WORD_LOWER,
    MONEY_WORD_LOWER_AT,
    UNIT_MARKS,
    UNIT_WORDS,
    WORD_CHARACTERS,
    MoneyWords,
    loose_spans,
    may_hold_money,
    release_may_hold_money,
    trie,
)


@pytest.mark.parametrize("text", [
    "Kommunen får 40 Mkr till skolan.",
    "Priset är 100:-",
    "Ramen är SEK30 miljoner.",          # a code right before a figure
    "Bolaget betalar 2 kronor och 23 öre per aktie.",
    "Fonden växte med 5miljarder i fjol.",
    "Biljetten kostar 20€.",
    "Budgeten är på tre miljoner.",
])
def test_every_kind_of_unit_is_found(text):
    assert may_hold_money(text)
    assert may_hold_money(text, lowered=lower_view(text))


@pytest.mark.parametrize("text", [
    "Ansökan öppnar den 3 mars 2025 för 120 elever i hamnen.",
    "Ring 08-452 76 64 och uppge ditt namn.",         # the "mn" of "namn" is no scale
    "Sekundärt fick 35 sekreterare nya rum i Europa.",  # no "SEK" or "EUR" before a figure
])
def test_prose_without_a_unit_is_skipped(text):
    assert not may_hold_money(text)
    assert not may_hold_money(text, lowered=lower_view(text))


def test_a_price_mark_right_after_the_block_counts():
    text = "Kaffe 25:- och bulle"
    assert may_hold_money(text, 0, text.index(":"))


def test_a_release_without_units_gives_no_amounts_and_one_with_a_table_is_read():
    prose = document_from_text("a", "a.md", "# Nya platser\n\nSkolan tar emot 120 elever 2026.", "md")
    assert not release_may_hold_money(prose) and find_amounts(prose) == []
    table = document_from_text("b", "b.md", "\n".join([
        "# Fördelning per län", "", "| Län | Belopp |", "|---|---|",
        "| Uppsala | 46 759 214 |", "| Gävleborg | 31 204 118 |"]), "md")
    assert release_may_hold_money(table)
    assert [a.value for a in find_amounts(table)] == [Decimal("46759214"), Decimal("31204118")]


def test_a_share_price_without_a_unit_word_is_read():
    """The colon price has no unit word; the share-price word in its sentence is its anchor,
    and a time with no such word is no reason to read a release."""
    doc = document_from_text("p", "p.md", "# Börsen i dag\n\nAktien stängde på 268:50 i går.", "md")
    assert release_may_hold_money(doc)
    assert [(a.text, a.value) for a in find_amounts(doc)] == [("268:50", Decimal("268.50"))]
    assert not may_hold_money("Mötet börjar klockan 10:30 i aulan.")


def test_only_blocks_with_a_unit_are_read_and_the_others_keep_their_amounts():
    doc = document_from_text("c", "c.md", "\n".join([
        "# Satsning på vägar", "", "Arbetet börjar 2026 med 14 broar.", "",
        "Regeringen avsätter 2,5 miljarder kronor (2,1) till vägarna."]), "md")
    assert [(a.text, a.value) for a in find_amounts(doc)] == [
        ("2,5 miljarder kronor", Decimal("2500000000")), ("2,1", Decimal("2100000000"))]


def test_a_trie_matches_exactly_its_words():
    pattern = re.compile(rf"(?:{trie(['kr', 'kronor', 'krona', 'mkr'])})\Z")
    assert [w for w in ["kr", "kronor", "krona", "mkr", "kro", "kronorna", "k"]
            if pattern.match(w)] == ["kr", "kronor", "krona", "mkr"]


def test_every_mark_ends_in_a_character_the_fast_scan_starts_at():
    assert all(not mark[-1].isalpha() for mark in UNIT_MARKS)


@pytest.mark.parametrize("text", ["Mkr 40 till vägar", "(SEK 12 miljoner)", "x US$ 5", "€5"])
def test_a_unit_at_the_start_of_a_span_is_found(text):
    for lo in range(len(text)):
        expected = may_hold_money(text, lo)
        assert may_hold_money(text, lo, lowered=lower_view(text)) or not expected


@pytest.mark.parametrize("text", [
    "Bidraget höjs från 1 500 000 kronor till 2,5 miljoner år 2025, en ökning med 12,5 procent.",
    "Aktien stängde på 126:30 kronor (1.250:50) och 1,234,567 aktier bytte ägare den 3/4.",
    "Kostnaden 1000 000 kr, inte 2024 130; värdet 1E+309 och totalt 143 500\n000 kronor.",
    "Tabell 2020 2021\nIntäkter 4,5 5,95 SEK 9.4 M och 1, 5 miljarder kronor.",
])
def test_figures_are_those_of_a_scan_at_every_character(text):
    # The figure pattern is tried only where a digit follows no digit; the figures must be
    # those the pattern finds trying every position, in every span of the text.
    for lo in range(0, len(text), 7):
        for hi in range(lo, len(text) + 1, 11):
            assert [m.span() for m in digit_figures(text, lo, hi)] == \
                [m.span() for m in DIGITS_AT.finditer(text, lo, hi)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["en", "ett", "tre", "tjugo", "fem", "hundra", "tusen", "halvannan",
                                 "halv", "sex", "e", "t", "ö", "_", "7", " ", "\n", "-", ".", "(", "é"]),
                max_size=14).map("".join))
@example("tjugofem och etthundra, tretusen")
@example("entre femton")
def test_number_words_are_those_of_a_scan_at_every_word_start(text):
    # Each match of the number-word scan starts with the character before its word; its words
    # must be those the look-behind scan finds, in every span of the text.
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert word_numbers(text, lo, hi) == [
                (m.start(), m.end(), m[0]) for m in WORD_NUMBER_LOWER.finditer(text, lo, hi)], (lo, hi)


@pytest.mark.parametrize("text", [
    "Anslaget är 1 500 000 kronor, 1.250:50 och 1,234,567 kr; 12e5 och 3E+9 är inga belopp.",
    "Summan 1000 000 kr mot 2024 130, 1, 5 miljarder kronor och 7,&nbsp;3 miljoner samt 9 000\n000.",
    "Kvot 1:3334 euro, klockan 10:30, 4.500,25 kronor och 0,5 procent; 19 000 och 2020 000.",
])
def test_the_figure_pattern_matches_alike_in_both_engines(text):
    # the parser scans with `re`; the pattern was written for `regex`, and must mean the same
    regex_copy = regex.compile(DIGITS_PATTERN, regex.VERBOSE)
    for pos in range(len(text)):
        for hi in (len(text), pos + 5):
            a, b = regex_copy.match(text, pos, hi), DIGITS_AT.match(text, pos, hi)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("text", [
    "Mkr 40 till vägar\n\nSkolan får 20€\nkr\n\nEtt namn, inga pengar\n(SEK 12 miljoner)",
    "Priset är 100:-\n\nAktien stängde på 268:50 i går\nUS$ 5 och 2 kronor\n\nmn\n",
    "Sekundärt 35 sekreterare\nSEK\n5\n\nBudgeten är på tre miljoner.\nslut",
])
def test_a_release_scan_answers_for_every_block_as_a_block_scan(text):
    """One scan of the whole text answers for any span, between line breaks or not, as a
    scan of the span alone does."""
    words = MoneyWords.of(text)
    assert words is not None     # these texts keep their offsets in lower case
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            assert words.in_block(lo, hi) == may_hold_money(text, lo, hi, lower_view(text)), (lo, hi)


# Pieces of text around unit words: the characters the exact scan's tests turn on (letters
# Swedish and not, digits, "_", spaces of every kind, line breaks, marks) and words that hold
# a unit word's letters without being one ("namn", "sektor", "miljö").
PIECES = [*UNIT_WORDS[::3], *CODES[::2], *UNIT_MARKS, "a", "ö", "é", "ß", "_", "7", "12", " ",
          "\u00a0", "\u202f", "\n", "(", ".", "-", ":", "namn", "sektor", "miljö", "kronan"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_the_loose_release_scan_matches_wherever_the_exact_one_does(text):
    lowered = text.lower()
    exact = MONEY_WORD_LOWER.search(lowered) or MONEY_WORD_LOWER_AT.match(lowered)
    assert not exact or ANY_UNIT_WORD.search(lowered)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "€", "“", "–", "💰", "ü"]), max_size=12).map("".join))
def test_the_loose_scan_of_bytes_gives_the_character_spans_of_a_scan_of_the_text(text):
    lowered = text.lower()
    assert loose_spans(lowered) == [m.span() for m in ANY_UNIT_WORD.finditer(lowered)]


def test_the_loose_scan_counts_characters_beyond_ascii_before_a_match():
    lowered = "stödet – “över” 5 msek och 3 € till förskolor på 40 kr".lower()
    assert [lowered[s:e] for s, e in loose_spans(lowered)] == [" msek ", "€", " kr"]


def test_the_loose_release_scan_passes_over_prose_without_units():
    assert ANY_UNIT_WORD.search("skolan tar emot 120 elever i hamnen; ring och uppge ditt namn.") is None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
@example("ékronor:-")     # a price mark whose colon closed a loose word match
@example("30 kronor:- och 5 kr US$")
def test_the_release_scan_answers_for_every_span_of_any_text_as_a_span_scan(text):
    lowered = lower_view(text)
    words = MoneyWords.of(text)
    assert (words is None) == (lowered is None)
    if words is None or lowered is None:
        return
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert words.in_block(lo, hi) == may_hold_money(text, lo, hi, lowered), (lo, hi)


def test_only_the_dotted_capital_i_moves_offsets_in_lower_case():
    longer = [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1]
    assert "".join(longer) == LONGER_IN_LOWER_CASE


def test_the_lower_case_through_latin_1_is_that_of_str_lower_for_every_character():
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char == LONGER_IN_LOWER_CASE:
            continue
        text = f"Ä{char}?x{char}Σ"[:-1]
        assert lower_case(text) == text.lower(), hex(code)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Kronor", "Ä", "?", "–", "Σ", "ΑΣ ", "\u212a", "ſ", "x", " "]),
                max_size=12).map("".join))
@example("ΟΔΟΣ och 5 Mkr?")          # a final sigma lowers by its neighbours
def test_the_lower_case_of_a_text_is_that_of_str_lower(text):
    assert lower_case(text) == text.lower()


def test_each_character_of_the_scan_as_written_stands_for_all_that_lower_to_it():
    """The scan of a text as written is the scan of its lower case only if each character
    class holds every code point that lowers to its character."""
    written = {c for w in [*UNIT_WORDS, *CODES, *UNIT_MARKS] for c in w.lower()} | set(WORD_CHARACTERS)
    sources: dict[str, set[str]] = {}
    for code in range(sys.maxunicode + 1):
        lowered = chr(code).lower()
        if lowered in written:
            sources.setdefault(lowered, set()).add(chr(code))
    assert {char: set(lowered_from(char)) for char in written} == sources


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, *(p.upper() for p in PIECES), "Kronor", "MSek",
                                 "\u212a", "\u212bR", "ſ", "İ", "€", "“", "–"]), max_size=12).map("".join))
@example("5 \u212aR och 3 MSEK")          # the Kelvin sign lowers to "k"
@example("Stödet ÄR 30 SEK, ſek 4")
def test_the_scan_of_a_text_as_written_finds_the_spans_of_the_scan_of_its_lower_case(text):
    if not keeps_offsets_in_lower_case(text):
        assert MoneyWords.of(text) is None and lower_view(text) is None
        return
    assert loose_spans(text) == [m.span() for m in ANY_UNIT_WORD.finditer(text.lower())]


def test_a_release_without_a_unit_word_is_ruled_out_unlowered():
    doc = document_from_text("d", "d.md", "# Nya platser\n\nSkolan tar emot 120 elever 2026.", "md")
    words = MoneyWords.of(doc.text)
    assert words is not None and not words.in_block(0, len(doc.text))
    assert "lowered" not in vars(words)


def test_only_a_release_with_a_price_mark_or_colon_figure_asks_each_block_for_one():
    plain = MoneyWords.of("Kontakt: https://example.se\n\nMötet börjar 10.30 med 40 Mkr på bordet.")
    priced = MoneyWords.of("Kontakt: presstjänsten\n\nAktien stängde på 268:50 i går.")
    assert plain is not None and not plain.prices
    assert priced is not None and priced.prices and priced.in_block(24, 55)


def test_a_figure_needs_no_spaces_taken_out_when_it_holds_none_of_them():
    # `digits_value` copies a figure without its group spaces only when it may hold one:
    # a space, a character beyond ASCII, a line break or an entity's "&".
    assert all(c == " " or not c.isascii() for c in GROUP_SPACES)
    assert all(e.startswith("&") for e in GROUP_SPACE_ENTITIES)
    assert [str(digits_value(s)) for s in ["0040", "1\u00a0500", "30&nbsp;000", "2\n500,5"]] == \
        ["40", "1500", "30000", "2500.5"]
