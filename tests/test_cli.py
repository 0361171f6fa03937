"""`python -m pipeline extract` as a user runs it: exit status, the summary line, the bar."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from pipeline.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parent.parent

RECORDS = [
    {"id": "sn-2025-04", "title": "Pengar till läsfrämjande",
     "text": "Statens kulturråd fördelar 25 miljoner kronor till läsfrämjande insatser."},
    {"id": "sn-2025-05", "title": "Nytt uppdrag till Trafikverket",
     "text": "Trafikverket får i uppdrag att se över underhållet av enskilda vägar."},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "pressmeddelanden.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                    encoding="utf-8")
    return path


def extract_args(raw: Path, out: Path, *more: str) -> list[str]:
    return ["extract", "--raw", str(raw), "--out", str(out), "--jobs", "1", *more]


def test_all_read_exits_0_with_a_one_line_summary(corpus, tmp_path, capsys):
    assert main(extract_args(corpus, tmp_path / "out")) == EXIT_OK
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert out[0].startswith("2 files, 1 amounts, 0 skipped, 0 unchanged, ")
    assert out[0].endswith(f" s -> {tmp_path / 'out'}/")


def test_a_rerun_says_what_it_reused_and_full_redoes_it(corpus, tmp_path, capsys):
    main(extract_args(corpus, tmp_path / "out"))
    main(extract_args(corpus, tmp_path / "out"))
    main(extract_args(corpus, tmp_path / "out", "--full"))
    lines = capsys.readouterr().out.splitlines()
    assert ["2 unchanged" in line for line in lines] == [False, True, False]


def test_a_skipped_record_exits_2(corpus, tmp_path, capsys):
    with corpus.open("a", encoding="utf-8") as f:
        f.write('{"id": "sn-2025-06", "title": "Utan text"}\n')
    assert main(extract_args(corpus, tmp_path / "out")) == EXIT_SKIPPED
    assert "3 files, 1 amounts, 1 skipped" in capsys.readouterr().out
    # Reusing the skipped record's row does not hide it.
    assert main(extract_args(corpus, tmp_path / "out")) == EXIT_SKIPPED


@pytest.mark.parametrize("args", [
    ["extract", "--raw", "finns-inte"],
    ["extract", "--jobs", "två"],
    ["extract", "--jobs", "0"],
    ["extract", "--engine", "spark"],
    ["extract", "--scheduler", "tcp://127.0.0.1:8786"],
    ["exportera"],
    [],
], ids=["missing raw", "jobs not a number", "no jobs", "unknown engine",
        "scheduler without dask", "unknown command", "no command"])
def test_usage_errors_and_missing_input_exit_1(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    try:
        status = main(args)
    except SystemExit as stop:
        status = stop.code
    assert status == EXIT_USAGE
    assert not (tmp_path / "processed").exists()


def run_module(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, **kwargs)


def test_the_module_runs_from_a_shell(corpus, tmp_path):
    done = run_module(extract_args(corpus, tmp_path / "out"), capture_output=True, text=True)
    assert done.returncode == EXIT_OK
    assert done.stdout.startswith("2 files, 1 amounts, 0 skipped")
    assert "doc/s" not in done.stderr    # no progress bar when stderr is not a terminal


def test_a_terminal_gets_a_progress_bar(corpus, tmp_path):
    reader, writer = pty.openpty()
    # A new pseudo-terminal is 0 columns wide, too narrow for any bar.
    fcntl.ioctl(writer, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    done = run_module(extract_args(corpus, tmp_path / "out"), stdout=subprocess.PIPE,
                      stderr=writer, text=True)
    os.close(writer)
    shown = b""
    while True:
        try:
            chunk = os.read(reader, 4096)
        except OSError:     # the terminal's other end is closed: all is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(reader)
    assert done.returncode == EXIT_OK
    assert b"0/2 [" in shown and b"doc/s]" in shown
