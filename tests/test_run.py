"""The extract command end to end on small raw folders and JSONL files: tables, incremental
reruns, jobs, bad and repeated records, rows written a batch at a time."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline.parse
import pipeline.run as run
import pipeline.write.batches as batches
import pipeline.write.state as state
from pipeline.cli import main
from pipeline.errors import UserError
from pipeline.run import extract, list_sources
from pipeline.run.workers import CHUNK, WorkerDied, capped_jobs, in_order, usable_cores
from pipeline.write.tables import (
    AMOUNTS_SCHEMA,
    DOCUMENTS_SCHEMA,
    TOTALS_SCHEMA,
    DocumentRow,
    rows_to_table,
)

CASES = Path(__file__).parent / "regression"

RELEASE = """# Regeringen satsar på cykelvägar

Regeringen avsätter 250 miljoner kronor till cykelinfrastruktur under 2025.

## Fördelning

- Cykelvägar i tätorter 150 miljoner kronor
- Cykelparkeringar vid stationer 100 miljoner kronor
"""


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "2025").mkdir(parents=True)
    (raw / "2025" / "cykel.md").write_text(RELEASE, encoding="utf-8")
    for seed in CASES.glob("seed-*.txt"):
        shutil.copy(seed, raw / seed.name)
    return raw


def table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / f"{name}.parquet").to_pylist()


def test_tables_follow_the_schemas(raw, tmp_path):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    assert pq.read_schema(out / "amounts.parquet").remove_metadata() == AMOUNTS_SCHEMA
    assert pq.read_schema(out / "documents.parquet").remove_metadata() == DOCUMENTS_SCHEMA
    assert pq.read_schema(out / "totals.parquet").remove_metadata() == TOTALS_SCHEMA


def test_rows_point_into_the_cleaned_text(raw, tmp_path):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    texts = {d["doc_id"]: d["text"] for d in table(out, "documents")}
    rows = table(out, "amounts")
    assert {r["doc_id"] for r in rows} == set(texts)
    for r in rows:
        assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"]
    cykel = [r for r in rows if r["doc_id"] == "2025/cykel"]
    assert [(r["amount_no"], r["value"]) for r in cykel] == [
        (1, 250_000_000.0), (2, 150_000_000.0), (3, 100_000_000.0)]


def test_jobs_give_the_same_rows(raw, tmp_path):
    extract(raw, tmp_path / "one", jobs=1)
    extract(raw, tmp_path / "two", jobs=2)
    for name in ("documents", "amounts", "totals"):
        assert table(tmp_path / "one", name) == table(tmp_path / "two", name)


def test_rerun_reuses_unchanged_and_drops_removed(raw, tmp_path):
    out = tmp_path / "out"
    first = extract(raw, out, jobs=1)
    before = table(out, "amounts")
    again = extract(raw, out, jobs=1)
    assert (again.reused, table(out, "amounts")) == (first.files, before)

    (raw / "2025" / "cykel.md").write_text(RELEASE.replace("250", "260"), encoding="utf-8")
    (raw / "seed-2013-skl-overenskommelser.txt").unlink()
    changed = extract(raw, out, jobs=1)
    rows = table(out, "amounts")
    assert changed.reused == 1
    assert not any(r["doc_id"].startswith("seed-2013") for r in rows)
    assert [r["value"] for r in rows if r["doc_id"] == "2025/cykel"][0] == 260_000_000.0
    clean = tmp_path / "clean"
    extract(raw, clean, jobs=1, full=True)
    assert table(clean, "amounts") == rows


def test_bad_file_is_listed_and_exit_status_is_2(raw, tmp_path, capsys):
    (raw / "tom.txt").write_bytes(b"")
    out = tmp_path / "out"
    status = main(["extract", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
    docs = {d["doc_id"]: d for d in table(out, "documents")}
    assert status == 2
    assert "tom.txt" in docs["tom"]["status"] and docs["tom"]["n_amounts"] == 0
    assert docs["2025/cykel"]["status"] == "ok"
    assert "1 skipped" in capsys.readouterr().out


# --- JSONL input, incremental runs and streaming -------------------------------------------

RECORDS = [
    {"id": "fi-2024-017", "title": "Stöd till bredband på landsbygden", "date": "2024-03-12",
     "publisher": "Finansdepartementet",
     "text": "Regeringen avsätter 40 miljoner kronor till bredband på landsbygden under 2024."},
    {"id": "ku-2024-003", "title": "Kulturskolan får mer pengar",
     "text": "Kulturrådet fördelar 12 miljoner kronor till kulturskolor i glesbygd."},
    {"id": "nyhet-88", "title": "Ny styrelse i föreningen",
     "text": "Föreningen valde i går en ny styrelse med fem ledamöter."},
]


def write_jsonl(path: Path, records: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def values_by_doc(out: Path) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for r in table(out, "amounts"):
        found.setdefault(r["doc_id"], []).append(r["value"])
    return found


def counting_extract_source(monkeypatch) -> list[str]:
    """Which sources a run really parses (jobs=1 runs them in this process)."""
    parsed: list[str] = []
    real = run.extract_source

    def counted(src):
        parsed.append(src.doc_id)
        return real(src)

    monkeypatch.setattr(run, "extract_source", counted)
    return parsed


def test_a_jsonl_file_is_one_release_per_line(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", RECORDS, ("", "{inte json"))
    out = tmp_path / "out"
    summary = extract(corpus, out, jobs=1)
    docs = {d["doc_id"]: d for d in table(out, "documents")}
    assert summary.files == 4 and summary.skipped == 1
    assert values_by_doc(out) == {"fi-2024-017": [40_000_000.0], "ku-2024-003": [12_000_000.0]}
    first = docs["fi-2024-017"]
    assert (first["source"], first["title"], first["publisher"], first["published"]) == (
        "corpus.jsonl:1", "Stöd till bredband på landsbygden", "Finansdepartementet",
        datetime(2024, 3, 12))
    assert docs["nyhet-88"]["status"] == "ok" and docs["nyhet-88"]["n_amounts"] == 0
    bad = docs["corpus.jsonl:5"]
    assert bad["status"] != "ok" and "invalid JSON" in bad["status"]


def test_a_folder_may_hold_jsonl_files_beside_release_files(tmp_path):
    raw = tmp_path / "raw"
    write_jsonl(raw / "regeringen.jsonl", RECORDS[:2])
    write_jsonl(raw / "nyheter" / "fonder.jsonl", RECORDS[2:])
    (raw / "cykel.md").write_text(RELEASE, encoding="utf-8")
    extract(raw, tmp_path / "out", jobs=1)
    docs = {d["doc_id"]: d["source"] for d in table(tmp_path / "out", "documents")}
    assert docs == {"fi-2024-017": "regeringen.jsonl:1", "ku-2024-003": "regeringen.jsonl:2",
                    "nyhet-88": "nyheter/fonder.jsonl:1", "cykel": "cykel.md"}


def test_a_single_release_file_is_not_read_as_jsonl(tmp_path):
    release = tmp_path / "cykel.md"
    release.write_text(RELEASE, encoding="utf-8")
    extract(release, tmp_path / "out", jobs=1)
    assert values_by_doc(tmp_path / "out") == {
        "cykel": [250_000_000.0, 150_000_000.0, 100_000_000.0]}


def test_a_repeated_id_is_listed_as_skipped_not_merged(tmp_path):
    again = dict(RECORDS[0], text="Regeringen avsätter 55 miljoner kronor till vägar.")
    corpus = write_jsonl(tmp_path / "corpus.jsonl", [RECORDS[0], RECORDS[1], again])
    summary = extract(corpus, tmp_path / "out", jobs=1)
    docs = {d["doc_id"]: d["status"] for d in table(tmp_path / "out", "documents")}
    assert summary.skipped == 1
    assert docs["corpus.jsonl:3"] == ("corpus.jsonl:3: duplicate id 'fi-2024-017', "
                                      "first at corpus.jsonl:1")
    assert values_by_doc(tmp_path / "out")["fi-2024-017"] == [40_000_000.0]


def test_jsonl_sources_remember_where_a_line_is_not_its_text(tmp_path):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", RECORDS)
    sources = list(list_sources(corpus))
    assert [s.doc_id for s in sources] == ["fi-2024-017", "ku-2024-003", "nyhet-88"]
    assert all(s.record is None and s.span is not None for s in sources)
    lines = corpus.read_bytes().splitlines()
    assert [s.sha256 for s in sources] == [hashlib.sha256(line).hexdigest() for line in lines]


def test_only_new_and_changed_records_are_parsed(tmp_path, monkeypatch):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", RECORDS)
    out = tmp_path / "out"
    extract(corpus, out, jobs=1)
    new = {"id": "mi-2024-101", "title": "Skydd av våtmarker",
           "text": "Naturvårdsverket får 75 miljoner kronor för att återställa våtmarker."}
    changed = dict(RECORDS[1], text=RECORDS[1]["text"].replace("12 miljoner", "14 miljoner"))
    # The new record goes first, so every kept record moves one line down.
    write_jsonl(corpus, [new, RECORDS[0], changed])
    parsed = counting_extract_source(monkeypatch)
    summary = extract(corpus, out, jobs=1)
    assert sorted(parsed) == ["ku-2024-003", "mi-2024-101"]
    assert summary.reused == 1
    docs = {d["doc_id"]: d["source"] for d in table(out, "documents")}
    assert docs == {"mi-2024-101": "corpus.jsonl:1", "fi-2024-017": "corpus.jsonl:2",
                    "ku-2024-003": "corpus.jsonl:3"}
    assert values_by_doc(out)["ku-2024-003"] == [14_000_000.0]
    monkeypatch.undo()
    extract(corpus, tmp_path / "clean", jobs=1, full=True)
    for name in ("documents", "amounts", "totals"):
        assert table(out, name) == table(tmp_path / "clean", name)


def test_an_unchanged_rerun_parses_nothing(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = extract(raw, out, jobs=2)
    before = {name: table(out, name) for name in ("documents", "amounts", "totals")}
    parsed = counting_extract_source(monkeypatch)
    again = extract(raw, out, jobs=1)
    assert parsed == []
    assert (again.files, again.amounts, again.reused) == (first.files, first.amounts, first.files)
    assert {name: table(out, name) for name in before} == before


def test_an_unchanged_rerun_loads_neither_parser_nor_labeller_nor_spacy(raw, tmp_path):
    out = tmp_path / "out"
    extract(raw, out, jobs=1)
    rerun = ("import sys; from pipeline.cli import main; "
             f"main(['extract', '--raw', {str(raw)!r}, '--out', {str(out)!r}]); "
             "print(sorted(m for m in ('spacy', 'pipeline.parse', 'pipeline.label', 'pandas') "
             "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", rerun], capture_output=True, text=True,
                          check=True)
    summary, loaded = done.stdout.splitlines()
    assert "3 unchanged" in summary
    assert loaded == "[]"


def test_a_first_run_hashes_each_file_where_it_is_read(raw, tmp_path):
    (raw / "trasig.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    out = tmp_path / "out"
    extract(raw, out, jobs=2)
    hashes = {d["doc_id"]: d["sha256"] for d in table(out, "documents")}
    assert hashes == {path.relative_to(raw).with_suffix("").as_posix():
                      hashlib.sha256(path.read_bytes()).hexdigest()
                      for path in raw.rglob("*") if path.is_file()}
    assert extract(raw, out, jobs=2).reused == len(hashes)


def test_full_and_other_code_parse_everything_again(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = extract(raw, out, jobs=1)
    parsed = counting_extract_source(monkeypatch)
    assert extract(raw, out, jobs=1, full=True).reused == 0
    assert len(parsed) == first.files
    monkeypatch.setattr(state, "code_fingerprint", lambda: "0.0.0+other")
    assert extract(raw, out, jobs=1).reused == 0
    assert len(parsed) == 2 * first.files


def test_a_file_that_could_not_be_read_is_tried_again(raw, tmp_path):
    out = tmp_path / "out"
    (raw / "tom.txt").write_bytes(b"")
    assert extract(raw, out, jobs=1).skipped == 1
    (raw / "tom.txt").write_text("Kommunen får 3 miljoner kronor till lekplatser.",
                                 encoding="utf-8")
    summary = extract(raw, out, jobs=1)
    assert summary.skipped == 0
    assert values_by_doc(out)["tom"] == [3_000_000.0]


def test_rows_are_written_a_batch_at_a_time(tmp_path, monkeypatch):
    records = [{"id": f"r{i:02}", "title": f"Beslut {i}",
                "text": f"Regeringen avsätter {i + 1} miljoner kronor till forskning."}
               for i in range(9)]
    corpus = write_jsonl(tmp_path / "corpus.jsonl", records)
    monkeypatch.setattr(batches, "BATCH_DOCS", 4)
    extract(corpus, tmp_path / "out", jobs=2)
    amounts = pq.ParquetFile(tmp_path / "out" / "amounts.parquet")
    assert amounts.metadata.num_row_groups == 3
    assert [r["value"] for r in table(tmp_path / "out", "amounts")] == [
        (i + 1) * 1_000_000.0 for i in range(9)]


def test_a_batch_of_long_releases_is_written_before_it_holds_too_much_text(tmp_path,
                                                                           monkeypatch):
    records = [{"id": f"r{i:02}", "title": f"Beslut {i}",
                "text": f"Regeringen avsätter {i + 1} miljoner kronor till forskning. "
                        + "Satsningen gäller hela landet. " * (12 if i == 4 else 1)}
               for i in range(9)]
    corpus = write_jsonl(tmp_path / "corpus.jsonl", records)
    monkeypatch.setattr(batches, "BATCH_CHARS", 200)
    extract(corpus, tmp_path / "out", jobs=1)
    documents = pq.ParquetFile(tmp_path / "out" / "documents.parquet")
    groups = [documents.read_row_group(i).column("text").to_pylist()
              for i in range(documents.metadata.num_row_groups)]
    assert len(groups) > 1
    # a group closes with the release that reached the bound, never later
    assert all(sum(map(len, texts[:-1])) < 200 for texts in groups)
    assert all(sum(map(len, texts)) >= 200 for texts in groups[:-1])
    assert [r["value"] for r in table(tmp_path / "out", "amounts")] == [
        (i + 1) * 1_000_000.0 for i in range(9)]


def test_a_release_the_parser_fails_on_is_a_status_row_and_the_run_goes_on(tmp_path,
                                                                            monkeypatch):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", RECORDS)
    real = pipeline.parse.find_amounts

    def failing_on_culture(doc):
        if "Kulturrådet" in doc.text:
            raise ArithmeticError("en siffra som inte går att läsa")
        return real(doc)

    monkeypatch.setattr(pipeline.parse, "find_amounts", failing_on_culture)
    summary = extract(corpus, tmp_path / "out", jobs=1)
    docs = {d["doc_id"]: d["status"] for d in table(tmp_path / "out", "documents")}
    assert summary.skipped == 1
    assert docs["ku-2024-003"] == ("corpus.jsonl:2: extraction failed: ArithmeticError: "
                                   "en siffra som inte går att läsa")
    assert values_by_doc(tmp_path / "out") == {"fi-2024-017": [40_000_000.0]}


def test_an_incremental_run_over_many_row_groups_equals_a_clean_run(tmp_path, monkeypatch):
    records = [{"id": f"beslut-{i:02}", "title": f"Beslut {i}",
                "text": f"Regeringen avsätter {i + 1} miljoner kronor till forskning och "
                        f"{i + 2} miljoner kronor till innovation."}
               for i in range(11)]
    corpus = write_jsonl(tmp_path / "corpus.jsonl", records)
    monkeypatch.setattr(batches, "BATCH_DOCS", 3)
    extract(corpus, tmp_path / "out", jobs=1)
    records[5]["text"] = "Regeringen avsätter 99 miljoner kronor till forskning."
    del records[8]
    write_jsonl(corpus, records)
    assert extract(corpus, tmp_path / "out", jobs=1).reused == 9
    extract(corpus, tmp_path / "clean", jobs=1, full=True)
    for name in ("documents", "amounts", "totals"):
        assert table(tmp_path / "out", name) == table(tmp_path / "clean", name)


def test_previous_rows_are_read_across_row_groups_in_runs(tmp_path, monkeypatch):
    monkeypatch.setitem(state.TABLES, "amounts", pa.schema([("doc_id", pa.string()),
                                                          ("amount_no", pa.int64())]))
    rows = pa.table({"doc_id": ["a", "a", "a", "b", "c", "c", "c"], "amount_no": range(7)})
    pq.write_table(rows, tmp_path / "amounts.parquet", row_group_size=2)
    for name in ("totals", "documents"):
        pq.write_table(rows.slice(0, 0), tmp_path / f"{name}.parquet")
    old = state.PreviousRows(tmp_path)

    def numbers(doc_ids: list[str]) -> list[list[int]]:
        return [t["amount_no"].to_pylist() for t in old.rows_of("amounts", doc_ids)]

    assert numbers(["a", "b"]) == [[0, 1, 2, 3]]
    assert numbers(["c"]) == [[4, 5, 6]]
    assert numbers(["a", "c", "x"]) == [[0, 1, 2], [4, 5, 6]]
    assert numbers(["x"]) == []


PREPARED_IN: list[int] = []


def pids_prepared_in(_item: int) -> tuple[list[int], int]:
    return list(PREPARED_IN), os.getpid()


@pytest.mark.skipif(usable_cores() < 2, reason="workers are forked only with two cores or more")
def test_what_is_prepared_before_the_workers_fork_is_loaded_once_and_shared():
    results = list(in_order(pids_prepared_in, list(range(40)), 2, False,
                            lambda: PREPARED_IN.append(os.getpid())))
    assert [prepared for prepared, _ in results] == [[os.getpid()]] * 40
    assert os.getpid() not in {worker for _, worker in results}
    PREPARED_IN.clear()


def pid_of(_item: int) -> int:
    return os.getpid()


@pytest.mark.skipif(usable_cores() < 2, reason="workers are forked only with two cores or more")
def test_a_run_of_three_chunks_is_shared_by_both_workers():
    # Chunks are handed out in turns: a first worker given all it may hold would take all three.
    pids = list(in_order(pid_of, list(range(3 * CHUNK)), 2, False))
    assert len(set(pids)) == 2


REAL_EXTRACT_DOCUMENT = run.extract_document


def dying_on_culture(doc):
    """A worker killed while on one release, as the kernel does when memory runs out."""
    if "Kulturrådet" in doc.text:
        os._exit(9)
    return REAL_EXTRACT_DOCUMENT(doc)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked, patch included")
def test_a_worker_that_dies_fails_the_run_instead_of_hanging(tmp_path, monkeypatch):
    corpus = write_jsonl(tmp_path / "corpus.jsonl", RECORDS)
    out = tmp_path / "out"
    extract(corpus, out, jobs=1)
    before = {name: table(out, name) for name in ("documents", "amounts", "totals")}
    write_jsonl(corpus, [dict(r, title=r["title"] + ".") for r in RECORDS])
    monkeypatch.setattr(run, "extract_document", dying_on_culture)
    with pytest.raises(WorkerDied,
                       match=r"\(exit status 9, .*\) on a chunk of 16 starting at corpus\.jsonl:1$"):
        extract(corpus, out, jobs=2)
    assert {name: table(out, name) for name in before} == before


# --- The raw folder as found on disk, the output folder, limits --------------------------------

def test_a_link_out_of_raw_is_listed_not_read_and_reused_until_it_changes(raw, tmp_path):
    out = tmp_path / "out"
    (raw / "hosts.txt").symlink_to("/etc/hosts")
    first = extract(raw, out, jobs=1)
    docs = {d["doc_id"]: d for d in table(out, "documents")}
    assert docs["hosts"]["status"] == (
        "hosts.txt: symlink to /etc/hosts, outside --raw: not followed")
    assert docs["hosts"]["text"] == ""
    # Nothing changed, the reason included: the unchanged shortcut holds.
    assert extract(raw, out, jobs=1).reused == first.files
    (raw / "hosts.txt").unlink()
    (raw / "hosts.txt").symlink_to("2025/cykel.md")
    again = extract(raw, out, jobs=1)
    assert again.reused == first.files - 1
    assert values_by_doc(out)["hosts"] == values_by_doc(out)["2025/cykel"]


def test_hidden_files_and_folders_are_left_out(raw, tmp_path):
    (raw / ".git").mkdir()
    (raw / ".git" / "HEAD.txt").write_text("Regeringen avsätter 5 miljoner kronor.", "utf-8")
    (raw / ".utkast.md").write_text(RELEASE, encoding="utf-8")
    extract(raw, tmp_path / "out", jobs=1)
    assert not any("git" in d["doc_id"] or "utkast" in d["doc_id"]
                   for d in table(tmp_path / "out", "documents"))


def test_out_inside_raw_is_refused_before_anything_is_written(raw):
    with pytest.raises(UserError, match=r"inside --raw .*: the next run would read the tables"):
        extract(raw, raw / "processed", jobs=1)
    assert not (raw / "processed").exists()
    with pytest.raises(UserError, match="is inside --raw"):
        extract(raw, raw, jobs=1)


@pytest.mark.parametrize("umask, file_mode, folder_mode", [(0o022, 0o644, 0o755),
                                                           (0o002, 0o664, 0o775)])
def test_tables_take_the_process_umask(raw, tmp_path, umask, file_mode, folder_mode):
    before = os.umask(umask)
    try:
        extract(raw, tmp_path / "out", jobs=1)
    finally:
        os.umask(before)
    for name in ("documents", "amounts", "totals"):
        assert (tmp_path / "out" / f"{name}.parquet").stat().st_mode & 0o777 == file_mode
    assert (tmp_path / "out" / ".current").stat().st_mode & 0o777 == folder_mode


def test_jobs_above_the_cores_are_capped_with_a_note(caplog):
    cores = usable_cores()
    assert capped_jobs(cores + 7) == cores
    assert f"--jobs {cores + 7} is more than the {cores} cores here; using {cores}" in caplog.text
    assert capped_jobs(None) == cores
    assert capped_jobs(1) == 1


def test_no_string_stops_the_writer(tmp_path):
    """A lone surrogate, from a file name or a JSON escape, becomes U+FFFD, one for one."""
    bad_id = os.fsdecode(b"g\xe4vle")
    row = DocumentRow(doc_id=bad_id, source=bad_id + ".txt", sha256="", title="Stöd \ud800",
                      publisher=None, published=None, text="Hamnen får 4 Mkr \udcff.",
                      n_amounts=0, status="ok")
    written = rows_to_table([row], DOCUMENTS_SCHEMA).to_pylist()[0]
    assert (written["doc_id"], written["title"], written["text"]) == (
        "g\ufffdvle", "Stöd \ufffd", "Hamnen får 4 Mkr \ufffd.")
    assert len(written["text"]) == len(row.text)
