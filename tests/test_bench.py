"""The bench's own arithmetic, corpus cache, process accounting and stage attribution, on
small inputs: no corpus is extracted here."""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import corpora  # noqa: E402
import measure  # noqa: E402
import profiler  # noqa: E402
import stages  # noqa: E402

spec = importlib.util.spec_from_file_location("bench_script", BENCH / "bench.py")
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_script"] = bench          # dataclasses look their module up by name
spec.loader.exec_module(bench)

PIPELINE = stages.PACKAGE


def frame(module: str, function: str) -> tuple[str, int, str]:
    return (PIPELINE + module, 1, function)


LIBRARY = ("/usr/lib/python3.11/re/__init__.py", 1, "sub")


@pytest.mark.parametrize("stack, stage", [
    # a regex called by the Markdown reader is ingest
    ([frame("run/__init__.py", "extract"), frame("run/__init__.py", "extract_source"),
      frame("ingest/markdown.py", "parts"), LIBRARY], "ingest"),
    # a parse helper called by a labeller counts for the labeller
    ([frame("run/__init__.py", "extract_document"), frame("label/years.py", "year_mentions"),
      frame("parse/numbers.py", "numbers_in")], "label"),
    # the JSONL reader called by the listing is listing
    ([frame("run/__init__.py", "extract"), frame("ingest/sources.py", "list_sources"),
      frame("ingest/jsonl.py", "records_in_jsonl"), LIBRARY], "listing+hashing"),
    ([frame("write/batches.py", "write_batch"), frame("write/tables.py", "rows_to_table")], "write"),
    ([frame("write/batches.py", "write_batch"), LIBRARY], "write"),
    ([frame("run/__init__.py", "extract"), frame("run/workers.py", "in_order"), LIBRARY], "run"),
    ([frame("write/batches.py", "write_batch"), ("<frozen importlib._bootstrap>", 1, "_find_and_load"),
      LIBRARY], "imports"),
    ([LIBRARY], "other"),
])
def test_a_stack_counts_for_the_outermost_stage_below_the_flow(stack, stage):
    assert stages.stage_of_stack(tuple(stack)) == stage


def test_sampled_stacks_give_seconds_by_stage_and_each_function_s_split():
    sampled = stages.Sampled()
    numbers = frame("parse/numbers.py", "numbers_in")
    flow = frame("run/__init__.py", "extract_document")
    sampled.stacks[((flow, numbers), 10)] += 3.0
    sampled.stacks[((flow, frame("label/years.py", "year_mentions"), numbers), 12)] += 1.0
    assert sampled.by_stage() == {"parse": 3.0, "label": 1.0}
    assert sampled.stage_splits()[numbers] == {"parse": 0.75, "label": 0.25}
    assert sampled.own_lines()[(numbers, 10)] == 3.0


def test_a_c_function_takes_the_stages_of_its_callers_by_their_time_in_it():
    search = ("~", 0, "<method 'search' of 're.Pattern' objects>")
    reader, labeller = frame("ingest/markdown.py", "parts"), frame("label/years.py", "years")
    stats = {search: (5, 5, 4.0, 4.0, {reader: (4, 4, 3.0, 3.0), labeller: (1, 1, 1.0, 1.0)})}
    splits = {reader: {"ingest": 1.0}, labeller: {"label": 1.0}}
    assert profiler.split_of(search, stats, splits) == {"ingest": 0.75, "label": 0.25}
    assert profiler.split_of(("~", 0, "len"), stats, splits) == {"other": 1.0}


def run(wall: float, cpu: float = 1.0, pss: float = 100.0, rss: float = 80.0,
        summary: str = "10 files, 3 amounts, 0 skipped, 0 unchanged, 1.0 s -> out/"
        ) -> measure.Run:
    return measure.Run(wall, cpu, pss, rss, summary, 0)


def test_figures_are_medians_judged_against_the_targets(tmp_path):
    corpus = corpora.Corpus("md", tmp_path, (), 2000)
    m = bench.Measurement(corpus, 8.0, 2, (run(2.0, 2.0), run(1.0, 1.6, pss=450), run(4.0, 2.4)),
                          (0.2, 0.4, 0.1), (run(0.8), run(1.4), run(0.9)))
    got = {f.label: f for f in bench.figures(m)}
    assert got["wall, s"].value == 2.0 and got["wall, s"].best == 1.0
    assert got["releases/s"].value == 1000
    assert got["MB/s, start-up included"].value == 4.0
    assert got["MB/s, start-up included"].target.mark(4.0) == "met"
    assert got["CPU-s/MB, all processes"].value == pytest.approx(0.25)
    assert got["peak MB, all processes"].value == 450       # the worst run
    assert got["peak MB, all processes"].target.mark(450) == "MISSED"
    assert got["bare regex scan, MB/s"].value == 40.0
    assert got["ratio extract/scan MB/s"].value == pytest.approx(0.1)
    assert got["unchanged rerun, s"].value == 0.9
    lines = bench.corpus_block(m)
    assert any(line.split()[:2] == ["ratio", "extract/scan"] and line.endswith("MISSED")
               for line in lines)


def test_a_rerun_that_redid_some_releases_is_told():
    assert bench.all_unchanged("7821 files, 4936 amounts, 0 skipped, 7821 unchanged, 0.9 s")
    assert not bench.all_unchanged("7821 files, 4936 amounts, 0 skipped, 12 unchanged, 3.0 s")


def write_jsonl(path: Path, texts: list[str]) -> Path:
    lines = [json.dumps({"id": f"r{i}", "title": f"Beslut {i}\nom stöd", "text": text},
                        ensure_ascii=False) for i, text in enumerate(texts)]
    path.write_text("\n".join(lines + ["not json"]) + "\n", encoding="utf-8")
    return path


def test_the_md_corpus_is_one_file_per_release_written_once(tmp_path):
    source = write_jsonl(tmp_path / "press.jsonl",
                         ["Kommunen får 5 miljoner kronor.", "Inga pengar i år."])
    cache = tmp_path / "md"
    corpus = corpora.md_corpus(cache, [source])
    assert corpus.releases == 2
    assert (cache / "press" / "00001.md").read_text(encoding="utf-8") == (
        "# Beslut 0 om stöd\n\nKommunen får 5 miljoner kronor.\n")
    written = (cache / "press" / "00001.md").stat().st_mtime_ns
    assert corpora.md_corpus(cache, [source]).releases == 2
    assert (cache / "press" / "00001.md").stat().st_mtime_ns == written     # reused
    write_jsonl(source, ["Ett bidrag på 300 tkr.", "Inget.", "Tre."])
    assert corpora.md_corpus(cache, [source]).releases == 3                # rebuilt
    (cache / "press" / "00003.md").unlink()
    assert corpora.cached_corpus(cache, [source]) is None                   # incomplete


def test_the_txt_corpus_is_each_release_as_a_scraped_page_kept_apart_from_the_md_one(tmp_path):
    source = write_jsonl(tmp_path / "press.jsonl", ["Kommunen får 5 miljoner kronor."])
    cache = tmp_path / "cache"
    corpus = corpora.txt_corpus(cache, [source])
    assert (corpus.name, corpus.releases) == ("txt", 1)
    assert (cache / "press" / "00001.txt").read_text(encoding="utf-8") == (
        "Beslut 0 om stöd\n\nKommunen får 5 miljoner kronor.\n")
    assert corpora.cached_corpus(cache, [source], "md") is None     # not an .md corpus
    assert corpora.cached_corpus(cache, [source], "txt") is not None


def test_the_md_cache_never_replaces_a_folder_it_did_not_write(tmp_path):
    source = write_jsonl(tmp_path / "press.jsonl", ["Kommunen får 5 miljoner kronor."])
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(SystemExit):
        corpora.md_corpus(tmp_path / "mine", [source])
    assert (tmp_path / "mine" / "notes.txt").exists()


def test_cpu_time_and_peak_memory_cover_the_workers_of_a_command():
    # The parent sleeps while its forked child burns CPU: the child's time must count.
    burn = ("import os, time\n"
            "pid = os.fork()\n"
            "if pid == 0:\n"
            "    end = time.process_time() + 0.4\n"
            "    while time.process_time() < end: pass\n"
            "    os._exit(0)\n"
            "os.waitpid(pid, 0)\n"
            "print('done')\n")
    began = time.process_time()
    result = measure.timed_command([sys.executable, "-c", burn])
    assert result.summary == "done" and result.status == 0
    assert result.cpu >= 0.4
    assert result.peak_process_mb > 1 and result.peak_all_mb > 1
    assert time.process_time() - began < 0.4          # none of it was this process's own


def test_a_command_past_its_timeout_is_ended():
    began = time.perf_counter()
    assert measure.timed_command([sys.executable, "-c", "import time; time.sleep(30)"],
                                 timeout=0.5) is None
    assert time.perf_counter() - began < 10


def test_the_process_tree_holds_this_process_and_its_memory():
    assert measure.process_tree(os.getpid())[0] == os.getpid()
    assert measure.pss_kb(os.getpid()) > 0
    assert measure.pss_kb(2 ** 22 + 12345) == 0        # no such process


def test_targets_compare_in_their_own_direction():
    assert measure.Target(4.0, at_most=False).mark(4.2) == "met"
    assert measure.Target(0.28, at_most=True).mark(0.3) == "MISSED"
    assert measure.Target(400.0, at_most=True).text() == "<= 400"


def test_the_jsonl_corpus_repeats_every_release_under_new_ids(tmp_path):
    source = write_jsonl(tmp_path / "press.jsonl", ["Kommunen får 5 miljoner kronor.", "Inget."])
    once = corpora.jsonl_corpus([source], tmp_path / "once")
    assert once.releases == 2 and not (tmp_path / "once" / "press.jsonl").is_symlink()
    twice = corpora.jsonl_corpus([source], tmp_path / "twice", copies=2)
    ids = [r["id"] for r in corpora.records(tmp_path / "twice" / "press.jsonl")]
    assert twice.releases == 4 and ids == ["r0~0", "r1~0", "r0~1", "r1~1"]


def test_a_run_that_skipped_releases_says_why(tmp_path):
    corpus = corpora.Corpus("jsonl", tmp_path, (), 3)
    skipped = measure.Run(0.5, 0.3, 90.0, 80.0, "3 files, 0 amounts, 3 skipped, 0 unchanged",
                          2, "WARNING a.jsonl: symlink to /elsewhere, outside --raw")
    lines = bench.corpus_block(bench.Measurement(corpus, 1.0, 2, (skipped,), (0.1,), ()))
    assert lines[-1].endswith("first warning: WARNING a.jsonl: symlink to /elsewhere, "
                              "outside --raw")
