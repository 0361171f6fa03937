"""Where the time of one extraction goes, by stage: a profile of `extract` in one process.

    python bench/profiler.py [--raw PATH] [--jobs N] [--top N] [--per-stage N]
                             [--no-cprofile] [--stats FILE] [--md-cache DIR]

Runs `pipeline.run.extract(raw, out, jobs=1, full=True)` in this process (listing and hashing,
`extract_source` on every release, writing the tables) twice: first under a stack sampler,
which gives the time by stage (see `stages.py`) and the hottest lines without slowing the run,
then under cProfile, which names C functions (a regex's `search`) and counts calls but slows
Python-heavy code more than the rest. The first run pays one-time costs (lazy imports, spaCy's
start); the second runs warm. `--jobs 2` profiles only the main process of a parallel run:
listing, hashing, collecting results and writing. The default corpus is the one
`bench/bench.py` measures first: one `.md` file per release.
"""
from __future__ import annotations

import argparse
import cProfile
import linecache
import os
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))   # run as a script, from anywhere
from corpora import (  # noqa: E402
    MD_CACHE,
    ROOT,
    SHARED_CORPUS,
    custom_corpus,
    generated_jsonl,
    md_corpus,
)
from stages import STAGES, Frame, Sampled, Sampler, Share, short_name  # noqa: E402

sys.path.insert(0, str(ROOT))


def function_name(key: Frame) -> str:
    filename, line, function = key
    return function if filename == "~" else f"{short_name(filename)}:{line} {function}"


def stage_table(by_stage: Share) -> list[str]:
    total = sum(by_stage.values())
    lines = [f"  {'stage':<17}{'seconds':>8}{'share':>8}"]
    lines += [f"  {s:<17}{by_stage[s]:8.2f}{100 * by_stage[s] / total:7.1f}%"
              for s in STAGES if by_stage.get(s, 0) > 0]
    return lines


def sampled_report(sampled: Sampled, top: int) -> list[str]:
    by_stage = sampled.by_stage()
    total = sum(by_stage.values())
    lines = [f"CPU seconds of this process by stage (sampled stacks, {total:.2f} s in all):"]
    lines += stage_table(by_stage)
    lines.append(f"top {top} lines by sampled own CPU time (a C call counts in its line):")
    ranked = sorted(sampled.own_lines().items(), key=lambda item: -item[1])[:top]
    for (frame, line), seconds in ranked:
        code = linecache.getline(frame[0], line).strip()[:60]
        lines.append(f"  {seconds:7.2f}{100 * seconds / total:5.1f}%  "
                     f"{short_name(frame[0])}:{line} {frame[2]}  | {code}")
    return lines


def split_of(key: Frame, stats: dict, splits: dict[Frame, Share], depth: int = 3) -> Share:
    """Stages of a function's time: from the sampled stacks when it was seen there, else (a C
    function, or one too brief to be sampled) from its callers, by their time in it."""
    if key in splits:
        return splits[key]
    callers = stats[key][4] if key in stats else {}
    if not callers or depth == 0:
        return {"other": 1.0}
    total = sum(v[2] for v in callers.values())
    mixed: Share = defaultdict(float)
    for caller, v in callers.items():
        weight = v[2] / total if total else 1 / len(callers)
        for stage, part in split_of(caller, stats, splits, depth - 1).items():
            mixed[stage] += weight * part
    return dict(mixed)


def cprofile_report(stats: dict, splits: dict[Frame, Share], top: int,
                    per_stage: int) -> list[str]:
    split = {key: split_of(key, stats, splits) for key in stats}
    total = sum(v[2] for v in stats.values())
    lines = [f"top {top} by own time (cProfile):",
             f"  {'own s':>7}{'%':>6}{'cum s':>8}{'calls':>9}  function  [stages]"]
    lines += [function_line(k, stats, total, split[k])
              for k in sorted(stats, key=lambda k: -stats[k][2])[:top]]
    lines.append(f"top {top} by cumulative time (cProfile):")
    lines += [function_line(k, stats, total, split[k])
              for k in sorted(stats, key=lambda k: -stats[k][3])[:top]]
    lines.append(f"each stage's top {per_stage} by own time (cProfile, charged by stage):")
    for stage in STAGES:
        own = {k: stats[k][2] * split[k].get(stage, 0) for k in stats}
        ranked = [k for k in sorted(own, key=lambda k: -own[k])[:per_stage] if own[k] > 0]
        if ranked:
            lines.append(f"  {stage}: {sum(own.values()):.2f} s of {total:.2f}")
            lines += [f"    {own[k]:7.2f}{100 * own[k] / total:5.1f}%  {function_name(k)}"
                      for k in ranked]
    return lines


def function_line(key: Frame, stats: dict, total: float, split: Share) -> str:
    _, calls, tt, ct, _ = stats[key]
    stages = ", ".join(f"{s} {100 * v:.0f}%" for s, v in
                       sorted(split.items(), key=lambda i: -i[1]) if v >= 0.05)
    return (f"  {tt:7.2f}{100 * tt / total:5.1f}%{ct:8.2f}{calls:9d}  {function_name(key)}"
            f"  [{stages}]")


def sampled_run(run: Callable[[], object]) -> tuple[float, Sampled, object]:
    began = time.perf_counter()
    with Sampler() as sampler:
        result = run()
    return time.perf_counter() - began, sampler.sampled, result


def cprofiled_run(run: Callable[[], object]) -> tuple[float, cProfile.Profile]:
    profile = cProfile.Profile()
    os.register_at_fork(after_in_child=profile.disable)   # workers run unprofiled
    began = time.perf_counter()
    profile.enable()
    run()
    profile.disable()
    return time.perf_counter() - began, profile


def default_raw(md_cache: Path, tmp: Path) -> Path:
    jsonl_files = sorted(SHARED_CORPUS.glob("*.jsonl"))
    if jsonl_files:
        return md_corpus(md_cache, jsonl_files).raw
    return md_corpus(tmp / "generated-md", [generated_jsonl(tmp / "generated")]).raw


def arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--raw", type=Path, help="folder or JSONL file (default: the .md corpus)")
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--per-stage", type=int, default=5)
    p.add_argument("--no-cprofile", action="store_true", help="only the sampled run")
    p.add_argument("--stats", type=Path, help="save cProfile's stats here (for pstats, snakeviz)")
    p.add_argument("--md-cache", type=Path, default=MD_CACHE)
    return p.parse_args()


def main() -> None:
    args = arguments()
    from pipeline.run import extract

    with tempfile.TemporaryDirectory(prefix="pressfigures-profile-") as name:
        tmp = Path(name)
        raw = args.raw or default_raw(args.md_cache, tmp)
        corpus = custom_corpus(raw)

        def run() -> object:
            return extract(raw, tmp / "out", jobs=args.jobs, full=True)

        seconds, sampled, summary = sampled_run(run)
        lines = [f"profile of extract --jobs {args.jobs} --full in one process over {raw}: "
                 f"{corpus.releases} releases, {corpus.megabytes:.1f} MB",
                 f"sampled run {seconds:.2f} s: {summary.line()}"]  # type: ignore[attr-defined]
        lines += sampled_report(sampled, args.top)
        if not args.no_cprofile:
            profiled, profile = cprofiled_run(run)
            lines.append(f"cProfile run (warm) {profiled:.2f} s")
            if args.stats:
                profile.dump_stats(str(args.stats))
            stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
            lines += cprofile_report(stats, sampled.stage_splits(), args.top, args.per_stage)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
