"""The spaCy component on a blank Swedish pipeline: spans, their attributes and displaCy."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
import spacy
from spacy import displacy

from pipeline.component import MoneyAmounts, located
from pipeline.write.tables import AmountRow

NATURVARD = """Länsstyrelsen i Dalarna fördelar totalt 12,5 miljoner kronor
till lokala naturvårdsprojekt under 2025–2027. Pengarna går till

- Restaurering av våtmarker 7 Mkr
- Skötsel av slåtterängar 5,5 Mkr

Förra året fördelades cirka 9 miljoner kronor."""


def spans_of(doc) -> list[tuple]:
    return [(s.text, s.label_, s._.value, s._.is_total, s._.area) for s in doc.spans["money"]]


def test_each_amount_is_a_span_with_the_rows_attributes(nlp):
    doc = nlp(NATURVARD)
    assert spans_of(doc) == [
        ("12,5 miljoner kronor", "MONEY_TOTAL", Decimal("12500000"), True,
         "lokala naturvårdsprojekt"),
        ("7 Mkr", "MONEY", Decimal("7000000"), False, "Restaurering av våtmarker"),
        ("5,5 Mkr", "MONEY", Decimal("5500000"), False, "Skötsel av slåtterängar"),
        ("9 miljoner kronor", "MONEY", Decimal("9000000"), False, None),
    ]
    total, *_, last = doc.spans["money"]
    assert (total._.year_start, total._.year_end, total._.currency) == (2025, 2027, "SEK")
    assert (total._.amount_no, total._.area_source, total._.in_table) == (1, "phrase", False)
    assert (last._.qualifier, last._.year_start) == ("approx", None)


def test_spans_point_into_the_docs_own_text_through_markup_and_wrapped_lines(nlp):
    text = ("# Stöd till hamnar\n\nHamnen i Gävle får **2,5 miljoner\n   euro** i år, "
            "och *Luleå hamn* 40 Mkr.")
    doc = nlp(text)
    assert [(s.text, s._.currency) for s in doc.spans["money"]] == [
        ("2,5 miljoner\n   euro", "EUR"), ("40 Mkr", "SEK")]
    first = doc.spans["money"][0]
    assert text[first.start_char:first.end_char] == first.text


def test_a_span_inside_one_token_expands_to_the_whole_token(nlp):
    doc = nlp("Årskortet kostar 300:-/månad för pensionärer.")
    [span] = doc.spans["money"]
    assert [t.text for t in span] == ["300:-/månad"]
    assert (span._.value, span._.per) == (Decimal("300"), "month")


def test_an_amount_written_inside_another_gives_overlapping_spans(nlp):
    doc = nlp("Omsättningen i de statliga bolagen uppgick till 476,2 (407,8) miljarder kronor.")
    outer, inner = doc.spans["money"]
    assert (outer.text, inner.text) == ("476,2 (407,8) miljarder kronor", "407,8")
    assert inner.start_char > outer.start_char and inner.end_char < outer.end_char
    assert inner._.value == Decimal("407800000000")


def test_a_text_without_money_gets_an_empty_span_group(nlp):
    doc = nlp("Trafikverket får i uppdrag att se över underhållet av 1,4 miljoner meter väg.")
    assert list(doc.spans["money"]) == []


def test_displacy_shows_each_span_with_its_label(nlp):
    page = displacy.render(nlp(NATURVARD), style="span", options={"spans_key": "money"})
    assert page.count("MONEY_TOTAL") == 1 and page.count("MONEY") == 4
    assert "Restaurering av våtmarker" in page and "5,5" in page


def test_settings_choose_the_spans_key_labels_and_how_the_text_is_read():
    nlp = spacy.blank("sv")
    nlp.add_pipe("money_amounts", config={"spans_key": "pengar", "label": "BELOPP",
                                          "total_label": "SUMMA", "text_format": "txt"})
    doc = nlp("Stöd till läxhjälp\n\nRegeringen avsätter sammanlagt 300 Mkr för läxhjälp.")
    assert "money" not in doc.spans
    assert [(s.text, s.label_) for s in doc.spans["pengar"]] == [("300 Mkr", "SUMMA")]


def test_a_text_format_the_pipeline_cannot_read_is_refused_by_name():
    with pytest.raises(ValueError, match="text_format 'pdf'"):
        MoneyAmounts(text_format="pdf")


def test_spacy_finds_the_component_by_its_entry_point_and_loads_a_saved_pipeline(tmp_path):
    # A fresh interpreter that never imports the package itself: only the entry point can
    # tell spaCy where "money_amounts" comes from.
    script = f"""
import spacy
nlp = spacy.blank("sv")
nlp.add_pipe("money_amounts", config={{"spans_key": "belopp"}})
nlp.to_disk({str(tmp_path / 'nlp')!r})
loaded = spacy.load({str(tmp_path / 'nlp')!r})
doc = loaded("Kommunen får 40 Mkr till bredband.")
print(loaded.pipe_names, [(s.text, str(s._.value), s._.area) for s in doc.spans["belopp"]])
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['money_amounts'] [('40 Mkr', '40000000', 'bredband')]"


def row(amount_no: int, start: int, text: str) -> AmountRow:
    return AmountRow("d", amount_no, text, start, start + len(text), Decimal(1), None, "SEK",
                     None, None, None, None, False, None, None, None, "", False)


def test_the_same_figure_twice_is_found_at_each_place_in_turn():
    original = "| Väg | **100** |\n| Järnväg | **100** |"
    cleaned = "Väg | 100\nJärnväg | 100"
    rows = [row(1, cleaned.index("100"), "100"), row(2, cleaned.rindex("100"), "100")]
    assert [(r.amount_no, s, e) for r, s, e in located(original, rows)] == [
        (1, original.index("100"), original.index("100") + 3),
        (2, original.rindex("100"), original.rindex("100") + 3)]
