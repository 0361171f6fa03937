"""The command line; the only place that configures logging.

    python -m pipeline extract [--raw DIR|FILE.jsonl|URL] [--out DIR] [--jobs N] [--full]
                               [--engine local|dask] [--scheduler ADDRESS] [--max-bytes N]
    python -m pipeline evaluate --gold FILE.jsonl --raw DIR [--errors N] [--minimums FILE]
    python -m pipeline show DOC_ID [--out FILE.html] [--processed DIR]

Exit status: 0 when every file was read, 2 when some were skipped (their documents row says
why), 1 on a usage error, a missing input or an evaluation below its pinned minimums.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from pipeline.ingest import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_USAGE, EXIT_BELOW_MINIMUM, EXIT_SKIPPED = 0, 1, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error, the status that here means "some files skipped"."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def parser() -> argparse.ArgumentParser:
    p = Parser(prog="python -m pipeline", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)

    ex = sub.add_parser("extract", help="raw releases -> processed/*.parquet")
    ex.add_argument("--raw", default="raw", help="folder, JSONL file or fsspec URL (s3://…)")
    ex.add_argument("--out", type=Path, default=Path("processed"))
    ex.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    ex.add_argument("--full", action="store_true", help="re-extract every file, changed or not")
    ex.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local worker processes, or a Dask distributed cluster")
    ex.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 "
                    "(default with --engine dask: a local cluster of --jobs workers)")
    ex.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                    help=f"skip files larger than this (default {DEFAULT_MAX_BYTES})")

    ev = sub.add_parser("evaluate", help="score extraction against gold rows")
    ev.add_argument("--gold", type=Path, required=True, action="append")
    ev.add_argument("--raw", type=Path, required=True, action="append")
    ev.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ev.add_argument("--minimums", type=Path, help="JSON of pinned minimum scores; exit 1 below")
    ev.add_argument("--jobs", type=int, default=None)

    sh = sub.add_parser("show", help="HTML view of one document's amounts and labels")
    sh.add_argument("doc_id")
    sh.add_argument("--processed", type=Path, default=Path("processed"))
    sh.add_argument("--out", type=Path, help="write HTML here (default: DOC_ID.html)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stderr)
    return {"extract": run_extract, "evaluate": run_evaluate, "show": run_show}[args.command](args)


def run_extract(args: argparse.Namespace) -> int:
    from pipeline.run import extract
    from pipeline.sources import is_url

    raw = args.raw if is_url(args.raw) else Path(args.raw)
    if not is_url(raw) and not raw.exists():
        logging.error("no such raw folder or file: %s", raw)
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":
        logging.error("--scheduler needs --engine dask")
        return EXIT_USAGE
    if args.jobs is not None and args.jobs < 1:
        logging.error("--jobs must be at least 1")
        return EXIT_USAGE
    engine = None
    if args.engine == "dask":
        # A cluster's start-up chatter is not ours to print; the setting reaches its workers.
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        from pipeline.dask_engine import dask_engine

        engine = dask_engine(args.scheduler, args.jobs)
    summary = extract(raw, args.out, jobs=args.jobs, full=args.full,
                      progress=sys.stderr.isatty(), engine=engine, max_bytes=args.max_bytes)
    print(f"{summary.line()} -> {args.out}/")
    return EXIT_SKIPPED if summary.skipped else EXIT_OK


def run_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate, format_report, load_minimums, shortfalls

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
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(f"{summary}; wrote {out}")
    return EXIT_OK
