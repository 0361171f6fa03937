"""Which stage a moment of a run belongs to, from its call stack; and a stack sampler.

A moment counts for the outermost stage module entered from the run's own flow (`FLOW`:
`run/__init__.py`, `run/workers.py`, `ingest/reading.py`, `write/batches.py`, …): a regex called by the Markdown reader is ingest, a parse helper called by a
labeller is label, hashing called by the listing is listing+hashing. Time in the flow itself
is `write` for its writing functions and `run` for the rest (dispatch, workers, progress).
A lazy import counts as `imports`, wherever it happens: it is paid once per process, not per
release.
"""
from __future__ import annotations

import os
import re
import signal
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

PACKAGE = str(Path(__file__).resolve().parent.parent / "pipeline") + os.sep
FLOW = {"run/__init__.py", "ingest/reading.py", "write/batches.py", "run/workers.py",
        "run/processes.py", "cli.py", "__main__.py", "run/dask_engine.py"}
STAGE_OF_MODULE = (          # module path under pipeline/ -> stage, first match wins
    ("ingest/sources.py", "listing+hashing"), ("write/state.py", "listing+hashing"),
    ("ingest/", "ingest"), ("parse/", "parse"), ("label/", "label"), ("nlp.py", "label"),
    ("reconcile.py", "reconcile"), ("write/", "write"),
)
WRITING = re.compile(r"write|table|temporar|with_sources")   # the flow's writing functions
STAGES = ("listing+hashing", "ingest", "parse", "label", "reconcile", "write", "run", "imports",
          "other")
IMPORTING = "<frozen importlib._bootstrap>"

Frame = tuple[str, int, str]        # (file, first line, function), as cProfile names them
Share = dict[str, float]            # stage -> seconds or fraction


def module_of(filename: str) -> str | None:
    """`…/pipeline/ingest/markdown.py` -> `ingest/markdown.py`; None outside the package."""
    return filename[len(PACKAGE):] if filename.startswith(PACKAGE) else None


def is_flow(filename: str) -> bool:
    return module_of(filename) in FLOW


def flow_stage(function: str) -> str:
    return "write" if WRITING.search(function) else "run"


def stage_module(filename: str) -> str | None:
    module = module_of(filename)
    if module is None:
        return None
    return next((stage for prefix, stage in STAGE_OF_MODULE if module.startswith(prefix)), None)


def stage_of_stack(frames: tuple[Frame, ...]) -> str:
    """The stage of a call stack given outermost first: the first stage module entered from
    the flow, else the innermost flow function's stage; "other" outside any run."""
    if any(filename == IMPORTING for filename, _, _ in frames):
        return "imports"
    stage, after_flow = "other", False
    for filename, _, function in frames:
        if is_flow(filename):
            stage, after_flow = flow_stage(function), True
        elif module_of(filename) is not None:
            found = stage_module(filename)
            if found and after_flow:
                return found
            after_flow = after_flow and not found
    return stage


def short_name(filename: str) -> str:
    """A file as `pipeline/…`, `spacy/…` or `re/…`, not its full path."""
    module = module_of(filename)
    if module is not None:
        return f"pipeline/{module}"
    parts = Path(filename).parts
    cut = max((i for i, p in enumerate(parts) if p in ("site-packages", "lib")), default=-1)
    name = "/".join(parts[cut + 1:]) if cut >= 0 else filename
    return name.split("/", 1)[-1] if name.startswith("python3") else name


@dataclass
class Sampled:
    """Seconds of wall time seen in each call stack (outermost frame first) and line."""

    stacks: dict[tuple[tuple[Frame, ...], int], float] = field(
        default_factory=lambda: defaultdict(float))

    def by_stage(self) -> Share:
        stages: Share = defaultdict(float)
        for (frames, _), seconds in self.stacks.items():
            stages[stage_of_stack(frames)] += seconds
        return dict(stages)

    def own_lines(self) -> dict[tuple[Frame, int], float]:
        """Seconds with each line of each function innermost."""
        lines: dict[tuple[Frame, int], float] = defaultdict(float)
        for (frames, line), seconds in self.stacks.items():
            if frames:
                lines[(frames[-1], line)] += seconds
        return dict(lines)

    def stage_splits(self) -> dict[Frame, Share]:
        """For each function seen, the stages of the moments it was on the stack, as
        fractions."""
        seen: dict[Frame, Share] = defaultdict(lambda: defaultdict(float))
        for (frames, _), seconds in self.stacks.items():
            stage = stage_of_stack(frames)
            for frame in set(frames):
                seen[frame][stage] += seconds
        return {frame: {s: v / sum(split.values()) for s, v in split.items()}
                for frame, split in seen.items() if sum(split.values())}


class Sampler:
    """Samples this process's Python stack every `interval` seconds of its CPU time, from a
    SIGPROF handler in the main thread. Each sample weighs the CPU time since the last one: the
    handler runs as soon as the interpreter gets back to Python code, so a long C call (a regex
    scan, a read) counts in full in the line that made it. CPU time, not wall time, so a machine
    shared with other work changes the total but hardly the shares."""

    def __init__(self, interval: float = 0.001) -> None:   # the kernel rounds it up to a tick
        self.interval = interval
        self.sampled = Sampled()

    def __enter__(self) -> Sampler:
        self.last = time.process_time()
        self.previous = signal.signal(signal.SIGPROF, self.sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self.previous)

    def sample(self, _signum: int, frame: FrameType | None) -> None:
        now = time.process_time()
        line = frame.f_lineno if frame is not None else 0
        stack = []
        while frame is not None:
            code = frame.f_code
            stack.append((code.co_filename, code.co_firstlineno, code.co_name))
            frame = frame.f_back
        self.sampled.stacks[(tuple(reversed(stack)), line or 0)] += now - self.last
        self.last = time.process_time()     # the handler's own time is left out
