"""Compiled patterns kept between runs. `regex` parses and optimises a pattern in Python, a
character at a time, and compiling the label's patterns was the largest cost of importing the
package, paid by every run; a compiled pattern pickles as its compiled code, which loads
without that work, into the same pattern.

Like Python's bytecode, a module's patterns are kept in its folder's `__pycache__`, one file
per module and `regex` version, holding the patterns its last import compiled. They are looked
up by pattern text and flags, so a pattern whose text changed is compiled again, never read
stale. Where the folder cannot be written (an installed package), every run compiles, as
before. Where Python is told to write no bytecode (`PYTHONDONTWRITEBYTECODE`, `-B`), an import
writes none of these either; `python -m pipeline.pattern_cache` writes them, as `compileall`
writes bytecode (`make extract` and `make bench` run both). Any stage may use it: it imports
none.
"""
from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import regex

Key = tuple[str, int]


class PatternCache:
    """The compiled patterns of one module: `compile` them, then `save` once all are."""

    def __init__(self, module_file: str, module_name: str) -> None:
        self.path = Path(module_file).parent / "__pycache__" / \
            f"{module_name.rpartition('.')[2]}.{sys.implementation.cache_tag}.regex-{regex.__version__}.pickle"
        self.known = self.load()
        self.used: dict[Key, regex.Pattern[str]] = {}

    def load(self) -> dict[Key, regex.Pattern[str]]:
        try:
            with open(self.path, "rb") as f:
                found = pickle.load(f)
        # A file that cannot be read back (cut short, written by another Python) is compiled
        # again and replaced: any failure here costs only the time the cache saves.
        except Exception:  # noqa: BLE001
            return {}
        return found if isinstance(found, dict) else {}

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        """`regex.compile(pattern, flags)`, loaded when an earlier run compiled it."""
        key = (pattern, int(flags))
        compiled = self.known.get(key)
        if compiled is None:
            compiled = regex.compile(pattern, flags)
        self.used[key] = compiled
        return compiled

    def at_end(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        """`pipeline.label.context.at_end`: compiled to match right to left."""
        return self.compile(pattern, flags | regex.REVERSE)

    def save(self) -> None:
        """Keep the patterns this import compiled, unless they are kept already or Python
        writes no bytecode here (`PYTHONDONTWRITEBYTECODE`, `-B`): what keeps .pyc files
        out of a folder keeps these out too."""
        if sys.dont_write_bytecode or self.used.keys() == self.known.keys():
            return
        try:
            self.path.parent.mkdir(exist_ok=True)
            # Written whole under another name, then renamed: a process reading the file
            # meanwhile (another worker) reads the old one or the new one, never half of one.
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            try:
                with open(temporary, "wb") as f:
                    pickle.dump(self.used, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.path)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        except OSError:
            pass    # an unwritable folder: the next run compiles again


def write_all() -> None:
    """Compile and keep the patterns of every stage that keeps them, as a first run would
    where bytecode may be written."""
    import importlib

    sys.dont_write_bytecode = False
    for stage in ("pipeline.parse", "pipeline.label"):
        importlib.import_module(stage)


if __name__ == "__main__":
    write_all()
