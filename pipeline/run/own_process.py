"""What an extract run in a process of its own (the command line) does without.

`import spacy` imports spaCy's command line (`spacy/__init__.py` takes `info` from
`spacy.cli.info`, whose package imports every command: typer, weasel, requests, httpx, jinja2,
the training schemas): some 360 modules and 0.3-0.5 CPU-s of every run that labels, all of it
before the workers can be forked, none of it used by a tokenizer. While such a run imports
spaCy, `spacy.cli` is a stand-in whose `info` loads the real one; afterwards the stand-in is
gone, so `import spacy.cli` loads the real package. A library caller's process (the API, a
notebook) imports spaCy as spaCy does.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

STAND_INS = ("spacy.cli", "spacy.cli.info")


def info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, from the real command line (loaded now, the stand-ins put away)."""
    put_away(sys.modules.get(STAND_INS[0]))
    from spacy.cli.info import info as real

    return real(*args, **kwargs)


def stand_ins() -> dict[str, ModuleType]:
    package, module = (ModuleType(name) for name in STAND_INS)
    package.__path__ = []
    module.info = info  # type: ignore[attr-defined]
    return {package.__name__: package, module.__name__: module}


def put_away(package: ModuleType | None) -> None:
    """Drop the stand-ins (only they: a real `spacy.cli` imported meanwhile stays)."""
    if package is None or getattr(package, "__file__", None) is not None:
        return
    for name in STAND_INS:
        sys.modules.pop(name, None)


@contextmanager
def spacy_cli_left_out() -> Iterator[None]:
    """A run that imports spaCy without its command line (see the module's note)."""
    if "spacy" in sys.modules or any(name in sys.modules for name in STAND_INS):
        yield
        return
    added = stand_ins()
    sys.modules.update(added)
    try:
        yield
    finally:
        put_away(added[STAND_INS[0]])
