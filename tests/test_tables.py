"""The writer's schema: what a change to it does to an incremental rerun."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import pipeline
from pipeline.run import extract
from pipeline.write.publish import table_path
from pipeline.write.tables import DOCUMENTS_SCHEMA

RELEASE = """# Nya cykelbanor i Luleå

Kommunen satsar 7 miljoner kronor på cykelbanor längs älven under 2025.
"""


def fingerprint_of(package_parent: Path) -> str:
    code = "import pipeline; print(pipeline.code_fingerprint())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=package_parent).stdout.strip()


def test_a_change_to_the_schema_module_changes_the_code_fingerprint(tmp_path):
    shutil.copytree(Path(pipeline.__file__).parent, tmp_path / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint_of(tmp_path)
    with open(tmp_path / "pipeline" / "write" / "tables.py", "a", encoding="utf-8") as f:
        f.write("\n# another column\n")
    assert fingerprint_of(tmp_path) != before


def test_tables_of_another_schema_are_never_reused_beside_new_rows(tmp_path):
    """Tables whose columns differ from this version's (here: `published` as a date32, as an
    older writer made it) are extracted again, even under this version's fingerprint."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "lulea.md").write_text(RELEASE, encoding="utf-8")
    (raw / "tom.md").write_text("# Inget belopp\n\nInga pengar i år.\n", encoding="utf-8")
    extract(raw, out, jobs=1)
    path = table_path(out, "documents").resolve()
    documents = pq.read_table(path)
    i = documents.schema.get_field_index("published")
    old = documents.set_column(i, pa.field("published", pa.date32()),
                               documents["published"].cast(pa.date32()))
    pq.write_table(old.replace_schema_metadata(documents.schema.metadata), path)
    assert extract(raw, out, jobs=1).reused == 0
    written = pq.ParquetFile(table_path(out, "documents")).schema_arrow
    assert written.equals(DOCUMENTS_SCHEMA, check_metadata=False)
    # And the unchanged rerun after it reuses every release again.
    assert extract(raw, out, jobs=1).reused == 2


def test_the_published_tables_are_the_tables_with_a_schema():
    from pipeline.write.publish import TABLE_NAMES
    from pipeline.write.tables import SCHEMAS

    assert TABLE_NAMES == tuple(SCHEMAS)
