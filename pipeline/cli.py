"""The command line (`python -m pipeline`); the only place that configures logging and signals.

Every expected failure is one `error:` line on stderr and exit status 1; `--debug` adds the
traceback. Exit status: 0 when every file was read, 2 when some have a status other than ok
(their documents row says why), 1 on an error or an evaluation below its pinned minimums,
130 or 143 when stopped by Ctrl-C (SIGINT) or SIGTERM.
"""
from __future__ import annotations

import argparse
import difflib
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import NoReturn

from pipeline.errors import UserError
from pipeline.ingest import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 2
# A run makes millions of short-lived objects (tokens, matches, rows) and few reference cycles:
# collecting the young generation every 10 000 allocations instead of every 700 cut the time
# spent collecting over the 7 800-release corpus from 0.27 to 0.08 CPU-seconds a process, at
# the same peak memory. Workers forked by the run inherit it.
GC_THRESHOLDS = (10_000, 20, 20)
EXIT_USAGE = EXIT_BELOW_MINIMUM = EXIT_ERROR
DESCRIPTION = "pressfigures: every money amount in Swedish press releases, as Parquet tables."
EXTRACT = """Read every release under --raw (.txt, .md, .html, .jsonl) and write
documents.parquet, amounts.parquet and totals.parquet to --out. A rerun parses only new and
changed releases. Exit status 0: every file read; 2: some files have a status other than ok
in documents.parquet (it says why); 1: an error."""
EVALUATE = """Extract the annotated releases of each --raw folder and score the rows against
the gold rows of the --gold file given with it: precision, recall, F1 and the accuracy of each
attribute. Exit status 1 when a score is below --minimums."""
SHOW = """Write one standalone HTML page for DOC_ID from the processed tables: the release's
cleaned text with every amount highlighted and labelled, and its rows and totals below."""


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM: the run stops as after Ctrl-C."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter,
                    argparse.RawDescriptionHelpFormatter):
    """Every default in --help; where the default is None or off, the help says it in words."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None or action.default is False or action.required:
            return action.help or ""
        return super()._get_help_string(action)


class Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error, the status that here means "some files skipped"."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"error: {message} (see {self.prog} --help)\n")


def parser() -> argparse.ArgumentParser:
    from pipeline.run.workers import usable_cores

    common = Parser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="log every step and show the traceback of an error")
    p = Parser(prog=program_name(), description=DESCRIPTION, parents=[common],
               formatter_class=HelpFormatter)
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser,
                           metavar="{extract,evaluate,show}")

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, description=description, parents=[common],
                              formatter_class=HelpFormatter)

    ex = command("extract", "raw releases -> the three Parquet tables", EXTRACT)
    ex.add_argument("--raw", default="raw",
                    help="a folder of releases, a JSONL file, or an fsspec URL (s3://…)")
    ex.add_argument("--out", type=Path, default=Path("processed"),
                    help="folder for the tables (made if missing; one run at a time)")
    ex.add_argument("--jobs", type=int, default=usable_cores(),
                    help="worker processes, at most one per core")
    ex.add_argument("--full", action="store_true",
                    help="re-extract every release, changed or not (default: only new and "
                         "changed ones)")
    ex.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local worker processes, or a Dask distributed cluster")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="the Dask scheduler, e.g. tcp://host:8786 (default with --engine "
                         "dask: a local cluster of --jobs workers)")
    ex.add_argument("--scheduler-timeout", type=float, default=5.0, metavar="SECONDS",
                    help="give up connecting to --scheduler after this long")
    ex.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                    help="a release larger than this is listed, not read")

    ev = command("evaluate", "score extraction against gold rows", EVALUATE)
    ev.add_argument("--gold", type=Path, required=True, action="append",
                    help="JSONL of gold rows, one release per line (repeatable)")
    ev.add_argument("--raw", type=Path, required=True, action="append",
                    help="folder of the releases of the --gold before it (repeatable)")
    ev.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ev.add_argument("--minimums", type=Path,
                    help="JSON of pinned minimum scores; exit 1 below any (default: none)")
    ev.add_argument("--jobs", type=int, default=usable_cores(), help="worker processes")

    sh = command("show", "HTML view of one document's amounts and labels", SHOW)
    sh.add_argument("doc_id", metavar="DOC_ID", help="the document's doc_id, as in the tables")
    sh.add_argument("--processed", type=Path, default=Path("processed"),
                    help="folder holding the tables")
    sh.add_argument("--out", type=Path, help="write the page here (default: DOC_ID.html)")
    return p


def program_name() -> str:
    """`pressfigures` when run as the installed command, else `python -m pipeline`."""
    named = bool(sys.argv and sys.argv[0]) and Path(sys.argv[0]).name == "pressfigures"
    return "pressfigures" if named else "python -m pipeline"


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    gc.set_threshold(*GC_THRESHOLDS)
    debug = getattr(args, "debug", False)
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO,
                        format="%(levelname)s %(message)s", stream=sys.stderr)
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "extract": run_extract, "evaluate": run_evaluate, "show": run_show}
    try:
        with interrupts_stop_the_run():
            return commands[args.command](args)
    except KeyboardInterrupt as stop:
        signum = stop.signum if isinstance(stop, Interrupted) else signal.SIGINT
        return fail(f"interrupted by {signal.Signals(signum).name}; {after_interrupt(args)}",
                    128 + signum)
    except UserError as err:
        if debug:
            raise
        return fail(str(err))
    except OSError as err:
        if debug:
            raise
        where = f"{err.filename}: " if err.filename else ""
        return fail(f"{where}{err.strerror or err}")
    except Exception as err:
        if debug:
            raise
        return fail(f"{type(err).__name__}: {err} (rerun with --debug for the traceback)")


def fail(message: str, status: int = EXIT_ERROR) -> int:
    print(f"error: {message}", file=sys.stderr)
    return status


def after_interrupt(args: argparse.Namespace) -> str:
    if args.command == "extract":
        return f"{args.out}/ keeps the tables of the last finished run"
    return "nothing was written"


@contextmanager
def interrupts_stop_the_run() -> Iterator[None]:
    """SIGTERM ends a run as Ctrl-C does: workers stopped, temporary files removed. A second
    signal ends the process at once. A signal the shell set to be ignored stays ignored."""

    def stop(signum: int, frame: object) -> None:
        for sig in handled:
            signal.signal(sig, lambda signum, frame: os._exit(128 + signum))
        raise Interrupted(signum)

    handled = [sig for sig in (signal.SIGINT, signal.SIGTERM)
               if signal.getsignal(sig) is not signal.SIG_IGN]
    before = {sig: signal.signal(sig, stop) for sig in handled}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def run_extract(args: argparse.Namespace) -> int:
    from pipeline.ingest.sources import is_url
    from pipeline.run import extract

    if args.jobs < 1:
        raise UserError("--jobs must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise UserError("--scheduler needs --engine dask")
    raw = args.raw if is_url(args.raw) else Path(args.raw)
    if not is_url(raw) and not raw.exists():
        raise UserError(f"no such raw folder or file: {raw}")
    engine = None
    if args.engine == "dask":
        # A cluster's start-up chatter is not ours to print; the setting reaches its workers.
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        from pipeline.run.dask_engine import dask_engine

        engine = dask_engine(args.scheduler, args.jobs, args.scheduler_timeout)
    with pandas_left_out() if engine is None else nullcontext():
        summary = extract(raw, args.out, jobs=args.jobs, full=args.full,
                          progress=sys.stderr.isatty(), engine=engine, max_bytes=args.max_bytes)
    print(f"{summary.line()} -> {args.out}/")
    return EXIT_SKIPPED if summary.skipped else EXIT_OK


class PandasAbsent:
    """An import finder that says pandas is not installed."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError("an extract run does not need pandas", name=name)


@contextmanager
def pandas_left_out() -> Iterator[None]:
    """A local extract run in this process, with pandas unimportable.

    pyarrow imports pandas when it builds its first array, only to ask whether the values are
    a pandas Series: a fifth of a CPU-second of every run, whose arrays are built from Python
    lists. Here the process is ours and ends after the run; a library caller's process (the
    API, a notebook) is left as it is, since pyarrow remembers what it found."""
    if "pandas" in sys.modules:
        yield
        return
    finder = PandasAbsent()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def run_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate, format_report, load_minimums, shortfalls

    if len(args.gold) != len(args.raw):
        raise UserError("give one --raw folder for each --gold file")
    for gold in args.gold:
        if not gold.is_file():
            raise UserError(f"no gold file {gold} (the annotated releases are not here?)")
    for raw in args.raw:
        if not raw.is_dir():
            raise UserError(f"no raw folder {raw} (the annotated releases are not here?)")
    if args.minimums and not args.minimums.is_file():
        raise UserError(f"no minimums file {args.minimums}")
    report = evaluate(args.gold, args.raw, jobs=args.jobs)
    print(format_report(report, args.errors))
    if args.minimums:
        failed = shortfalls(report, load_minimums(args.minimums))
        for line in failed:
            print(f"BELOW MINIMUM: {line}")
        return EXIT_BELOW_MINIMUM if failed else EXIT_OK
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    from pipeline.explain import NotProcessed, write_explanation

    out = args.out or Path(f"{Path(args.doc_id).name}.html")
    try:
        summary = write_explanation(args.processed, args.doc_id, out)
    except NotProcessed as err:
        raise UserError(f"{err}{close_matches(args.processed, args.doc_id)}") from err
    print(f"{summary}; wrote {out}")
    return EXIT_OK


def close_matches(processed: Path, doc_id: str) -> str:
    """'; did you mean …?' with the doc_ids most like an unknown one, or ''."""
    import pyarrow.parquet as pq

    try:
        ids = pq.ParquetFile(processed / "documents.parquet").read(columns=["doc_id"])
    except (OSError, ValueError):
        return ""
    found = difflib.get_close_matches(doc_id, ids["doc_id"].to_pylist(), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(map(repr, found))}?" if found else ""
