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


def forms_table() -> list[tuple[str, str, str]]:
    """The rows of the README's table of written forms."""
    text = README.read_text(encoding="utf-8")
    table = text.split("| written | value | currency |\n|---|---|---|\n", 1)[1].split("\n\n", 1)[0]
    return [tuple(cell.strip() for cell in line.strip("|").split("|")) for line in table.splitlines()]


@pytest.mark.parametrize("written, value, currency", forms_table())
def test_readme_forms_table_is_what_the_parser_reads(written, value, currency):
    from decimal import Decimal

    from pipeline.parse import amounts_in_text

    [amount] = amounts_in_text(f"Regeringen avsätter {written} till forskning.")
    low, _, high = value.partition(" (value_max ")
    assert (amount.text, amount.value, amount.currency) == (written, Decimal(low), currency)
    assert amount.value_max == (Decimal(high.rstrip(")")) if high else None)
