"""The command line as a user runs it: exit status, the summary line, the bar, one `error:` line
for each failure a user can act on, and --help."""
from __future__ import annotations

import argparse
import fcntl
import gc
import json
import os
import pty
import re
import socket
import struct
import subprocess
import sys
import termios
import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from pipeline.cli import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_SKIPPED,
    EXIT_USAGE,
    GC_THRESHOLDS,
    main,
    parser,
)

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


def test_a_run_collects_its_short_lived_objects_seldom(corpus, tmp_path):
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        assert main(extract_args(corpus, tmp_path / "out")) == EXIT_OK
        assert gc.get_threshold() == GC_THRESHOLDS
        assert GC_THRESHOLDS[0] > 700
    finally:
        gc.set_threshold(*before)


PANDAS_AFTER = """
import sys
from pathlib import Path
import pyarrow as pa
from pipeline.cli import main
from pipeline.run import extract
how, raw, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
if how == "command":
    main(["extract", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
    print("pandas" in sys.modules)
    import pandas as pd
    print(len(pd.read_parquet(out / "amounts.parquet")))
else:
    extract(raw, out, jobs=1)
    import pandas as pd
    print(pa.array(pd.Series([1.5, None])).null_count)
"""


def after_a_run(how: str, corpus: Path, out: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PANDAS_AFTER, how, str(corpus), str(out)],
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.split()


def test_a_command_line_run_does_without_pandas(corpus, tmp_path):
    """The command's own process never imports pandas for its run (pyarrow would, on its first
    array), and the tables it wrote still read into pandas afterwards."""
    assert after_a_run("command", corpus, tmp_path)[-2:] == ["False", "1"]


def test_a_library_run_leaves_pyarrow_its_pandas(corpus, tmp_path):
    """A caller's process keeps pyarrow's view of pandas: a missing value in a Series is null."""
    assert after_a_run("library", corpus, tmp_path)[-1] == "1"


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


@pytest.mark.parametrize("args, said", [
    (["extract", "--jobs", "två"], "argument --jobs: invalid int value: 'två'"),
    (["extract", "--jobs", "0"], "--jobs must be at least 1"),
    (["extract", "--engine", "spark"], "argument --engine: invalid choice: 'spark'"),
    (["extract", "--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["exportera"], "invalid choice: 'exportera' (choose from 'extract', 'evaluate', 'show')"),
    ([], "the following arguments are required: {extract,evaluate,show}"),
], ids=["jobs not a number", "no jobs", "unknown engine", "scheduler without dask",
        "unknown command", "no command"])
def test_usage_errors_are_one_line_and_exit_1(args, said, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        if main(args) == EXIT_USAGE:    # not a parser error: checked after parsing
            raise SystemExit(EXIT_USAGE)
    assert stop.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and said in err, err
    assert not (tmp_path / "processed").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def read_only(tmp_path: Path):
    """A folder this process cannot write to: a read-only tmpfs for root, else mode 0555."""
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("root, and cannot mount a read-only tmpfs here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def unknown_id(corpus: Path, tmp_path: Path) -> list[str]:
    main(extract_args(corpus, tmp_path / "processed"))
    return ["show", "sn-2025-4", "--processed", str(tmp_path / "processed")]


def held_lock(corpus: Path, tmp_path: Path, stack: ExitStack) -> list[str]:
    from pipeline.write.publish import locked

    stack.enter_context(locked(tmp_path / "upptagen"))
    return extract_args(corpus, tmp_path / "upptagen")


def without(modules: list[str], monkeypatch) -> None:
    for name in modules:
        monkeypatch.setitem(sys.modules, name, None)    # import raises ImportError


ERRORS = {   # id -> (argv from corpus, tmp_path and what the case needs; the error line)
    "missing raw": (lambda c, t, **_: ["extract", "--raw", str(t / "finns-inte")],
                    r"no such raw folder or file: .*finns-inte$"),
    "out is a file": (lambda c, t, **_: extract_args(c, c),
                      r"--out .*pressmeddelanden\.jsonl is a file, not a folder$"),
    "out cannot be made": (lambda c, t, **_: extract_args(c, c / "ut"),
                           r"cannot use the output folder .*/ut: Not a directory; the tables"),
    "out is read-only": (lambda c, t, read_only, **_: extract_args(c, read_only),
                         r"cannot use the output folder .*skrivskyddad: Read-only file system"
                         r"|Permission denied"),
    "out inside raw": (lambda c, t, **_: extract_args(t, t / "processed"),
                       r"--out .*processed is inside --raw .*; give an --out outside it$"),
    "out in use": (lambda c, t, stack, **_: held_lock(c, t, stack),
                   rf"upptagen is in use by another extract run \(pid {os.getpid()}\); wait"),
    "no dask extra": (lambda c, t, mp, **_: without(["dask.distributed", "distributed"], mp)
                      or extract_args(c, t / "out", "--engine", "dask"),
                      r"--engine dask needs the dask extra: pip install '\.\[dask\]'$"),
    "no fsspec": (lambda c, t, mp, **_: without(["fsspec"], mp)
                  or extract_args("s3://pressmeddelanden/2025", t / "out"),
                  r"reading an URL needs fsspec: pip install '\.\[dask\]'$"),
    "http without its extra": (lambda c, t, mp, **_: without(["aiohttp"], mp)
                               or extract_args("http://127.0.0.1:9/pressmeddelanden", t / "out"),
                               r"cannot read --raw http://127\.0\.0\.1:9/pressmeddelanden: "
                               r".*aiohttp.*; pip install 'fsspec\[http\]'$"),
    "scheduler unreachable": (lambda c, t, **_: extract_args(
        c, t / "out", "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{free_port()}",
        "--scheduler-timeout", "1"),
        r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:\d+ within 1 s: "),
    "evaluate without gold": (lambda c, t, **_: ["evaluate", "--gold", str(t / "gold.jsonl"),
                                                 "--raw", str(t)],
                              r"no gold file .*gold\.jsonl \(the annotated releases"),
    "evaluate without raw": (lambda c, t, **_: ["evaluate", "--gold", str(c),
                                                "--raw", str(t / "dev")],
                             r"no raw folder .*dev \(the annotated releases"),
    "show an unknown id": (lambda c, t, **_: unknown_id(c, t),
                           r"no document 'sn-2025-4' in .*documents\.parquet; did you mean "
                           r"'sn-2025-04', 'sn-2025-05'\?$"),
    "show without tables": (lambda c, t, **_: ["show", "sn-2025-04", "--processed",
                                               str(t / "saknas")],
                            r"cannot show 'sn-2025-04': no documents\.parquet in .*saknas"),
}


@pytest.mark.parametrize("case", ERRORS)
def test_each_expected_failure_is_one_error_line_and_exit_1(case, corpus, tmp_path, request,
                                                            monkeypatch, capsys):
    make_args, said = ERRORS[case]
    extra = {"read_only": request.getfixturevalue("read_only")} if "read-only" in case else {}
    with ExitStack() as stack:
        args = make_args(corpus, tmp_path, stack=stack, mp=monkeypatch, **extra)
        capsys.readouterr()
        began = time.monotonic()
        status = main(args)
    assert time.monotonic() - began < 10
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if not line.startswith("WARNING ")]
    assert status == EXIT_ERROR, err
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert re.search(said, lines[0].removeprefix("error: ")), lines[0]
    assert "Traceback" not in err


def test_debug_shows_the_traceback(tmp_path):
    done = run_module(["extract", "--debug", "--raw", str(tmp_path), "--out", str(tmp_path / "x")],
                      capture_output=True, text=True)
    assert done.returncode == EXIT_ERROR
    assert "Traceback" in done.stderr and "UserError: --out" in done.stderr
    plain = run_module(["extract", "--raw", str(tmp_path), "--out", str(tmp_path / "x")],
                       capture_output=True, text=True)
    assert plain.stderr.splitlines()[-1].startswith("error: --out")
    assert "Traceback" not in plain.stderr


def subcommands() -> dict[str, argparse.ArgumentParser]:
    found = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(found.choices)


@pytest.mark.parametrize("command", ["extract", "evaluate", "show"])
def test_help_shows_every_default_and_what_the_command_does(command, capsys):
    sub = subcommands()[command]
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert " ".join(sub.description.split()) in shown
    for action in sub._actions:
        if action.help in (None, argparse.SUPPRESS) or action.dest in ("help", "debug"):
            continue
        if action.required or not action.option_strings:
            continue
        if action.default is not None and action.default is not False:
            assert f"(default: {action.default})" in shown, action.dest
        else:
            assert "default" in action.help, f"{action.dest}: say what happens without it"


def test_help_of_the_program_names_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert "every money amount in Swedish press releases" in shown
    for command in ("extract", "evaluate", "show"):
        assert command in shown
    assert "logging" not in shown


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
