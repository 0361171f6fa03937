"""Stated totals against their items: match, mismatch and no_items."""
from decimal import Decimal

from pipeline.ingest import document_from_text
from pipeline.run import extract_document


def totals(markdown: str):
    return extract_document(document_from_text("t", "t.md", markdown, "md")).totals


def test_items_that_add_up_within_rounding_match():
    [total] = totals("# Vård\n\nTotalt fördelas 10,1 miljoner kronor:\n\n"
                     "- Förlossningsvård 3,33 Mkr\n- Mödrahälsovård 3,33 Mkr\n- Kvinnors hälsa 3,44 Mkr\n")
    assert (total.status, total.n_items, total.item_amount_nos) == ("match", 3, (2, 3, 4))
    assert total.items_sum == Decimal("10100000")


def test_a_table_total_is_checked_against_its_column_and_may_not_add_up():
    found = totals("# Budget\n\n| **Satsningar (mnkr)** | | |\n| --- | --- | --- |\n"
                   "|  | **2026** | **2027** |\n| Lärare | 100 | 50 |\n| Läromedel | 20 | 30 |\n"
                   "| Totalt | 120 | 90 |\n")
    assert [(t.value, t.items_sum, t.status) for t in found] == [
        (Decimal("120000000"), Decimal("120000000"), "match"),
        (Decimal("90000000"), Decimal("80000000"), "mismatch")]


def test_a_total_without_a_breakdown_has_no_items():
    [total] = totals("# Forskning\n\nRegeringen avsätter sammanlagt 2 miljarder kronor till forskning.")
    assert (total.status, total.n_items, total.items_sum) == ("no_items", 0, None)


def test_a_round_total_matches_a_column_within_its_written_precision():
    [total, *_] = totals("# Psykiatri\n\nVi öronmärker sammanlagt 1 600 miljoner kronor för 2026.\n\n"
                         "| **Satsningar (miljoner kronor)** | |\n| --- | --- |\n|  | **2026** |\n"
                         "| Vuxenpsykiatrin | 1500 |\n| Beroendevård | 50 |\n| Suicidprevention | 40 |\n")
    assert (total.status, total.items_sum, total.n_items) == ("match", Decimal("1590000000"), 3)


def test_items_off_by_more_than_the_rounding_of_their_figures_mismatch():
    [total] = totals("# Vård\n\nTotalt fördelas 10,1 miljoner kronor:\n\n"
                     "- Förlossningsvård 3,3 Mkr\n- Mödrahälsovård 3,3 Mkr\n- Kvinnors hälsa 3,3 Mkr\n")
    assert (total.status, total.items_sum) == ("mismatch", Decimal("9900000"))
