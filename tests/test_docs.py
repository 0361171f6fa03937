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
