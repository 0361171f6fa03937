"""The README shows the schemas defined in code, and its Python snippets run."""
from __future__ import annotations

import doctest
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.write.tables import SCHEMAS, schema_markdown

README = Path(__file__).parents[1] / "README.md"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_readme_shows_each_schema(name):
    assert schema_markdown(SCHEMAS[name]) in README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def beside_the_tables(tmp_path_factory) -> Path:
    """A folder as a user's clone is after `make extract`: raw/ and processed/."""
    from pipeline.run import extract

    root = tmp_path_factory.mktemp("clone")
    shutil.copytree(README.parent / "raw", root / "raw")
    extract(root / "raw", root / "processed", jobs=1)
    return root


def test_readme_python_snippets_run(beside_the_tables, monkeypatch):
    monkeypatch.chdir(beside_the_tables)
    snippets = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert snippets
    for code in snippets:
        exec(compile(code, "README.md", "exec"), {})


def test_readme_sessions_give_the_output_shown(beside_the_tables, monkeypatch):
    """The ```pycon blocks (the Python API, the spaCy component) are doctests."""
    monkeypatch.chdir(beside_the_tables)
    sessions = re.findall(r"```pycon\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert len(sessions) >= 2
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, session in enumerate(sessions, start=1):
        test = doctest.DocTestParser().get_doctest(session, {}, f"README session {number}",
                                                   "README.md", 0)
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def type_rows() -> list[list[str]]:
    """The README's table of what pandas and DuckDB make of each column."""
    text = README.read_text(encoding="utf-8")
    table = text.split("| column | pandas | pandas, `dtype_backend=\"pyarrow\"` | DuckDB |\n"
                       "|---|---|---|---|\n", 1)[1].split("\n\n", 1)[0]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()]


@pytest.mark.parametrize("column, pandas, arrow, duck", type_rows())
def test_readme_says_which_type_each_library_reads(beside_the_tables, column, pandas, arrow,
                                                   duck):
    import duckdb
    import pandas as pd

    table, name = column.split(".")
    path = str(beside_the_tables / "processed" / f"{table}.parquet")
    assert str(pd.read_parquet(path)[name].dtype) == pandas.split(" (")[0]
    assert str(pd.read_parquet(path, dtype_backend="pyarrow")[name].dtype) == arrow
    described = duckdb.connect().execute(f"describe select * from '{path}'").fetchall()
    assert {row[0]: row[1] for row in described}[name] == duck


def test_pandas_default_reads_published_as_datetime_and_years_as_nullable_integers(
        beside_the_tables):
    import duckdb
    import pandas as pd

    processed = beside_the_tables / "processed"
    documents = pd.read_parquet(processed / "documents.parquet")
    amounts = pd.read_parquet(processed / "amounts.parquet")
    assert documents["published"].dt.year.dropna().tolist() == [2013]
    assert documents["published"].isna().sum() == 1     # the release that states no date
    assert str(amounts["year_start"].dtype) == "Int16"
    # Every nullable integer column, whichever is added later, reads as pandas' own.
    for name, schema in SCHEMAS.items():
        frame = pd.read_parquet(processed / f"{name}.parquet")
        for field in schema:
            if field.nullable and pa.types.is_integer(field.type):
                assert str(frame[field.name].dtype) == f"Int{field.type.bit_width}", field.name
    # DuckDB filters the day as a date.
    days = duckdb.connect().execute(
        f"select published::DATE from '{processed / 'documents.parquet'}' "
        "where published >= DATE '2013-12-01' and published < DATE '2014-01-01'").fetchall()
    assert [str(day) for (day,) in days] == ["2013-12-13"]


def forms_table() -> list[tuple[str, ...]]:
    """The rows of the README's table of written forms: written, text, value, currency."""
    text = README.read_text(encoding="utf-8")
    header = "| written | text | value | currency |\n|---|---|---|---|\n"
    table = text.split(header, 1)[1].split("\n\n", 1)[0]
    return [tuple(cell.strip() for cell in line.strip("|").split("|")) for line in table.splitlines()]


def expected_amounts(written: str, texts: str, values: str, currency: str
                     ) -> list[tuple[str, Decimal, Decimal | None, str]]:
    """(text, value, value_max, currency) of each amount a row of the forms table lists."""
    expected = []
    for text, value in zip((texts or written).split("; "), values.split("; "), strict=True):
        low, _, high = value.partition(" (value_max ")
        expected.append((text, Decimal(low), Decimal(high.rstrip(")")) if high else None, currency))
    return expected


@pytest.mark.parametrize("written, texts, values, currency", forms_table())
def test_readme_forms_table_is_what_the_parser_reads(written, texts, values, currency):
    """Each form at the end of a sentence about money gives the amounts the row lists: `text`
    is the written form unless the row says otherwise; "; " separates several amounts."""
    from pipeline.parse import amounts_in_text

    sentence = f"Regeringen avsätter till forskning {written}."
    found = [(a.text, a.value, a.value_max, a.currency) for a in amounts_in_text(sentence)]
    assert found == expected_amounts(written, texts, values, currency)
    first = amounts_in_text(sentence)[0]
    assert first.start == sentence.index(written) + written.index(first.text)


# A short release about a research grant, with the form (`{form}`) in each place a release
# writes money: (title, Markdown body). Every clause speaks of money ("avsätter", "Stöd till",
# a column headed "Satsning" or holding kronor, "forskningsanslag"), so a scale word without a
# currency counts as money in each; the list and the tables hold a second item, as they do.
# Left out, as places where a bare scale word is no money by the README's rule: a sentence
# that speaks of no money ("2,3 miljarder går till …"), and a list item under a lead-in that
# speaks of none, even beside items in kronor: a list's items are separate things, and a
# support package lists rounds of ammunition by the million among its values in kronor.
RELEASE_BODY = "Regeringen föreslår en satsning på forskning i budgetpropositionen för 2025."
LAYOUTS = {
    "title": ("Regeringen avsätter {form} till forskning", RELEASE_BODY),
    "heading": (None, "## Regeringen avsätter {form} till forskning\n\n" + RELEASE_BODY),
    "list item": (None, RELEASE_BODY + "\n\n* Stöd till forskning: {form}\n"
                  "* Stöd till skolan: 5 miljoner kronor"),
    "table cell": (None, RELEASE_BODY + "\n\n| Område | Satsning 2025 |\n|---|---|\n"
                   "| Forskning | {form} |\n| Skola | 5 miljoner kronor |"),
    "table cell under years": (None, RELEASE_BODY + "\n\n| Område | 2025 |\n|---|---|\n"
                               "| Skola | 5 miljoner kronor |\n| Forskning | {form} |"),
    "parentheses": (None, "Regeringen avsätter ett nytt forskningsanslag ({form}) till "
                    "universiteten.\n\n" + RELEASE_BODY),
    "sentence start": (None, "{form} avsätts till forskning nästa år.\n\n" + RELEASE_BODY),
    "before a comma": (None, "Regeringen avsätter {form}, och satsningen gäller i tre år.\n\n"
                       + RELEASE_BODY),
}


# Also left out: a form ending in a bare "och 40" where a word follows it (the title, the
# heading, a sentence start): before a word that figure is as often a second price ("150 kronor
# och 75 för barn") as its öre, so it is read as subunits only where its clause ends.
BARE_SUBUNITS = re.compile(r"\boch [0-9]{1,2}$")
WORD_FOLLOWS = {"title", "heading", "sentence start"}


def capitalised(written: str) -> str:
    return written[:1].upper() + written[1:]


def layout_cases() -> list:
    return [pytest.param(layout, *row, id=f"{row[0]}-{layout}") for layout in LAYOUTS
            for row in forms_table()
            if not (layout in WORD_FOLLOWS and BARE_SUBUNITS.search(row[0]))]


@pytest.mark.parametrize("layout, written, texts, values, currency", layout_cases())
def test_readme_forms_read_the_same_in_every_layout(layout, written, texts, values, currency):
    """Each form of the README's table gives the amounts its row lists wherever a release puts
    it: in the title, a heading, a list item, a table cell, parentheses, at the start of a
    sentence and before a comma and a clause."""
    from pipeline.ingest import document_from_text
    from pipeline.parse import find_amounts

    form = capitalised(written) if layout == "sentence start" else written
    title, body = LAYOUTS[layout]
    doc = document_from_text("release", "release.md", body.format(form=form), "md",
                             title=title.format(form=form) if title else None)
    start = doc.text.index(form)
    found = [(a.text, a.value, a.value_max, a.currency) for a in find_amounts(doc)
             if start <= a.start < start + len(form)]
    expected = expected_amounts(written, texts, values, currency)
    first = expected[0][0]
    if layout == "sentence start" and written.startswith(first):    # "En miljard avsätts"
        expected[0] = (capitalised(first), *expected[0][1:])
    assert found == expected
