"""The period a release reports on and the period each figure's clause ties it to."""
from dataclasses import replace
from datetime import date

import pytest

from pipeline.ingest import document_from_text
from pipeline.label.context import units_of
from pipeline.label.release_period import (
    PERIOD_MARK,
    Period,
    has_period_mark,
    lead_paragraph,
    own_period,
    periods_in,
    release_period,
)
from pipeline.lang.sv import release_periods
from pipeline.parse import find_amounts


@pytest.mark.parametrize("phrase, period", [
    ("i juni", Period(None, 6, 6)),
    ("under det fjärde kvartalet 2018", Period(2018, 10, 12)),
    ("upp 4,9 procent i 4 kv", Period(None, 10, 12)),
    ("inflöden 2kv", Period(None, 4, 6)),
    ("resultatet för Q3 2019", Period(2019, 7, 9)),
    ("under första halvåret", Period(None, 1, 6)),
    ("januari–september 2017", Period(2017, 1, 9)),
    ("I slutet av 2019", Period(2019, 12, 12)),
    ("vid utgången av det tredje kvartalet 2018", Period(2018, 9, 9)),
    ("bokslutet för räkenskapsåret 2018/2019", Period(2019, 1, 12, bare_year=True)),
    ("störst sedan juni 2016", Period(2016, 6, 6, since=True)),
    # Interim-report tables write a quarter with a two-digit year.
    ("Q4-19", Period(2019, 10, 12)),
    ("Q1-20, prognos", Period(2020, 1, 3)),
    ("Q3-2018/2019", Period(2019, 7, 9)),
])
def test_a_period_phrase_names_months_of_a_year(phrase, period):
    assert list(periods_in(phrase, 0, len(phrase))) == [period]


@pytest.mark.parametrize("phrase", [
    "1 2019 kronor", "på 2010-talet", "kurs 1 500 kronor", "4,9 procent",
])
def test_numbers_that_name_no_period(phrase):
    assert list(periods_in(phrase, 0, len(phrase))) == []


def test_a_short_year_is_no_decimal():
    # "Q1-2,5" is no quarter of a year 2002 or 2025.
    assert list(periods_in("Q1-2,5", 0, 6)) == [Period(None, 1, 3)]


def test_periods_in_order():
    juni, juli = Period(None, 6, 6), Period(None, 7, 7)
    assert juni.ends_before(juli) and juni.just_before(juli)
    assert Period(None, 1, 3).just_before(Period(2020, 4, 6))
    assert Period(2019, 12, 12).just_before(Period(2020, 1, 1))
    assert not Period(None, 3, 3).just_before(juli)
    assert not Period(None, 1, 6).ends_before(Period(None, 6, 6))


def amounts_and_periods(markdown: str, published: date | None = None):
    doc = document_from_text("t", "t.md", markdown, "md")
    if published is not None:
        doc = replace(doc, published=published)
    amounts = find_amounts(doc)
    units = units_of(doc, amounts)
    own = [own_period(doc.text, a, units[i], amounts[i + 1].start if i + 1 < len(amounts) else units[i].end)
           for i, a in enumerate(amounts)]
    return doc, amounts, own


def test_a_figure_takes_the_period_after_it_before_the_one_opening_its_sentence():
    _, amounts, own = amounts_and_periods(
        "# Flöden\n\nI juni noterades 42 miljarder euro, och utflödet om 8 miljarder euro i mars var "
        "större. Fonden växte till 90 miljarder euro.")
    assert [a.text for a in amounts] == ["42 miljarder euro", "8 miljarder euro", "90 miljarder euro"]
    assert own == [Period(None, 6, 6), Period(None, 3, 3), None]


def test_a_period_before_the_figure():
    _, _, own = amounts_and_periods(
        "# Rekord\n\nUtflödet översteg det tidigare rekordet i juli på 45 miljarder dollar.")
    assert own == [Period(None, 7, 7)]


def test_the_title_names_the_release_period():
    doc, _, own = amounts_and_periods(
        "# Guldet i juni\n\nRäntan kan sänkas redan i juli. Priset var 1 400 dollar i juni 2019.")
    assert release_period(doc, lead_paragraph(doc), own) == Period(2019, 6, 6)


def test_without_a_title_period_the_latest_of_the_lead_and_the_figures():
    doc, _, own = amounts_and_periods(
        "# Fondflöden\n\nSparare satte in 4 miljarder kronor i maj och 7 miljarder kronor i juli.")
    assert release_period(doc, lead_paragraph(doc), own) == Period(None, 7, 7)


def test_no_release_period_after_publication():
    doc, _, own = amounts_and_periods(
        "# Stödet\n\nRegeringen avsätter 40 miljoner kronor 2024 och 60 miljoner kronor 2026.",
        published=date(2024, 3, 1))
    assert release_period(doc, lead_paragraph(doc), own) == Period(2024, 1, 12, bare_year=True)


def test_a_release_naming_only_years_long_past_is_about_its_own_time():
    doc, _, own = amounts_and_periods(
        "# Fondbolagen\n\nInsättningarna når inte upp till rekordåret 2014, då 150 miljarder "
        "kronor sattes in.", published=date(2019, 12, 17))
    assert release_period(doc, lead_paragraph(doc), own) == Period(2019, 12, 12)


def test_a_title_span_since_a_month_covers_the_months_after_it():
    doc, _, own = amounts_and_periods(
        "# Uttag sedan september\n\nI oktober togs 3 miljarder kronor ut och i november 1 miljard kronor.")
    reference = release_period(doc, lead_paragraph(doc), own)
    assert reference is not None and reference.first == 9 and reference.last == 11


@pytest.mark.parametrize("name", [n for n in dir(release_periods) if n.isupper()])
def test_word_lists_have_no_word_twice(name):
    listed = getattr(release_periods, name)
    assert len(set(listed)) == len(listed)


@pytest.mark.parametrize("text", [
    "Inflödet i JUNI var starkt",
    "under Det Fjärde Kvartalet",
    "fondernas Halvår",
    "inget att rapportera här",
    "siffran 7 nämns",
    # Letters a case-blind pattern matches that lowering does not give one for one.
    "JUNİ", "Halvåret", "ſeptember",
])
def test_the_quick_period_mark_agrees_with_the_pattern(text):
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert has_period_mark(text, start, end) == (PERIOD_MARK.search(text, start, end) is not None)
