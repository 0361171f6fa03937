"""The README shows the schemas defined in code, and its Python snippets run."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.tables import SCHEMAS, schema_markdown

README = Path(__file__).parents[1] / "README.md"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_readme_shows_each_schema(name):
    assert schema_markdown(SCHEMAS[name]) in README.read_text(encoding="utf-8")


def test_readme_python_snippets_run(tmp_path, monkeypatch):
    from pipeline.run import extract

    root = README.parent
    extract(root / "raw", tmp_path / "processed", jobs=1)
    monkeypatch.chdir(tmp_path)
    snippets = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert snippets
    for code in snippets:
        exec(compile(code, "README.md", "exec"), {})


def forms_table() -> list[tuple[str, ...]]:
    """The rows of the README's table of written forms: written, text, value, currency."""
    text = README.read_text(encoding="utf-8")
    header = "| written | text | value | currency |\n|---|---|---|---|\n"
    table = text.split(header, 1)[1].split("\n\n", 1)[0]
    return [tuple(cell.strip() for cell in line.strip("|").split("|")) for line in table.splitlines()]


@pytest.mark.parametrize("written, texts, values, currency", forms_table())
def test_readme_forms_table_is_what_the_parser_reads(written, texts, values, currency):
    """Each form at the end of a sentence about money gives the amounts the row lists: `text`
    is the written form unless the row says otherwise; "; " separates several amounts."""
    from decimal import Decimal

    from pipeline.parse import amounts_in_text

    sentence = f"Regeringen avsätter till forskning {written}."
    expected = []
    for text, value in zip((texts or written).split("; "), values.split("; "), strict=True):
        low, _, high = value.partition(" (value_max ")
        expected.append((text, Decimal(low), Decimal(high.rstrip(")")) if high else None, currency))
    found = [(a.text, a.value, a.value_max, a.currency) for a in amounts_in_text(sentence)]
    assert found == expected
    first = amounts_in_text(sentence)[0]
    assert first.start == sentence.index(written) + written.index(first.text)
