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
import tempfile
from pathlib import Path

import regex

# pattern text, flags, and the `regex` default version the pattern was compiled under
Key = tuple[str, int, int]
# The one callable a kept pattern is made with: `regex` pickles a pattern as a call of it on
# the compiled code. Nothing else a file may name is loaded, so a file put in the folder by
# anyone else can run no code here.
COMPILE = ("regex._regex", "compile")


class PatternsOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) != COMPILE:
            raise pickle.UnpicklingError(f"{module}.{name}: not a compiled pattern")
        return super().find_class(module, name)


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
                found = PatternsOnly(f).load()
        # A file that cannot be read back (cut short, written by another Python, naming
        # anything but a pattern) is compiled again and replaced: any failure here costs only
        # the time the cache saves.
        except Exception:  # noqa: BLE001
            return {}
        if not isinstance(found, dict):
            return {}
        return {key: compiled for key, compiled in found.items() if is_compiled_as(compiled, key)}

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        """`regex.compile(pattern, flags)`, loaded when an earlier run compiled it. A pattern
        whose matches depend on the locale is compiled every time."""
        if flags & regex.LOCALE:
            return regex.compile(pattern, flags)
        key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
        compiled = self.known.get(key)
        if compiled is None:
            compiled = regex.compile(pattern, flags)
        self.used[key] = compiled
        return compiled

    def at_end(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        """A pattern that ends where the stretch it is searched in ends (it closes with `\\Z`),
        compiled to match right to left: a search tries it once, at the end, instead of at every
        place of the stretch. It finds a match exactly when the search forward does, but not always
        the same one, so a caller that reads the match searches forward once this one matched."""
        return self.compile(pattern, flags | regex.REVERSE)

    def save(self) -> None:
        """Keep the patterns this import compiled, unless they are kept already or Python
        writes no bytecode here (`PYTHONDONTWRITEBYTECODE`, `-B`): what keeps .pyc files
        out of a folder keeps these out too. Failing to keep them costs only time."""
        if sys.dont_write_bytecode or self.used.keys() == self.known.keys():
            return
        try:
            self.path.parent.mkdir(exist_ok=True)
            # Written whole under a name of its own, then renamed: a process reading the file
            # meanwhile (another worker) reads the old one or the new one, never half of one.
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as f:
                    pickle.dump(self.used, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except Exception:  # noqa: BLE001
            pass    # an unwritable folder, a full disk: the next run compiles again


def is_compiled_as(compiled: object, key: object) -> bool:
    """Whether a loaded value is the pattern its key names."""
    if not (isinstance(compiled, regex.Pattern) and isinstance(key, tuple) and len(key) == 3):
        return False
    pattern, flags, _ = key
    return compiled.pattern == pattern and compiled.flags & flags == flags

def write_all() -> None:
    """Compile and keep the patterns of every stage that keeps them, as a first run would
    where bytecode may be written."""
    import importlib

    sys.dont_write_bytecode = False
    for stage in ("pipeline.parse", "pipeline.label"):
        importlib.import_module(stage)


if __name__ == "__main__":
    write_all()
