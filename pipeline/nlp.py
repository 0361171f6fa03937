"""The spaCy part: a blank Swedish pipeline (no trained Swedish model can be downloaded) used
for its tokenizer, and sentence boundaries fitted to press releases.

Headings, list items and table rows are units of their own (ingest made them blocks); inside
a paragraph a sentence ends at ".", "!" or "?" before a capital, a digit or a quotation dash,
but not after an abbreviation such as "bl.a." or "t.ex.".

spaCy is imported here, before any other module of the labeller imports it, without its
command line (see `import_spacy_without_its_command_line`).
"""
from __future__ import annotations

import importlib
import sys
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

import regex

from pipeline.document import Span
from pipeline.lang.sv.abbreviations import ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMMAND_LINE = "spacy.cli"


class CommandLineOnDemand(ModuleType):
    """Stands for `spacy.cli` as an attribute of spaCy's package: the first attribute asked of
    it imports the real command line, which then takes its place."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module(COMMAND_LINE), name)


def info_on_demand(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, importing the command line it belongs to when called."""
    return importlib.import_module(f"{COMMAND_LINE}.info").info(*args, **kwargs)


def import_spacy_without_its_command_line() -> None:
    """Import spaCy without `spacy.cli` (downloads, training, packaging: nothing a run does),
    which its package imports only for `spacy.info` and which costs a fifth of spaCy's import,
    about 0.2 CPU-seconds a process. Stand-ins take its place while spaCy is imported; after,
    `import spacy.cli`, `spacy.cli.…` and `spacy.info()` give the real one."""
    if "spacy" in sys.modules:
        return
    stand_in, info = CommandLineOnDemand(COMMAND_LINE), ModuleType(f"{COMMAND_LINE}.info")
    stand_in.__path__ = []
    info.info = info_on_demand  # type: ignore[attr-defined]
    sys.modules.update({COMMAND_LINE: stand_in, f"{COMMAND_LINE}.info": info})
    try:
        import spacy
    finally:
        for name in (COMMAND_LINE, f"{COMMAND_LINE}.info"):
            sys.modules.pop(name, None)
    spacy.cli = stand_in  # type: ignore[attr-defined]


import_spacy_without_its_command_line()

ABBREVIATION = "|".join(regex.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
SENTENCE_END = regex.compile(rf"(?<!(?<!\w)(?:{ABBREVIATION}))"
                             r"[.!?][\"”»']?(?=\s+[\"”»'–-]?\s*[\p{Lu}\d])")


# A sentence longer than this is a run-on text: the labeller reads only this far around an amount.
SENTENCE_REACH = 600


@lru_cache(maxsize=1)
def swedish() -> Language:
    """The blank Swedish pipeline, built once per process."""
    import spacy

    return spacy.blank("sv")


def tokens(text: str) -> Doc:
    """`text` tokenized by spaCy's Swedish rules (abbreviations, punctuation, clitics)."""
    return swedish().make_doc(text)


def sentence_at(text: str, lo: int, hi: int, position: int) -> Span:
    """The sentence of the block text[lo:hi] that holds `position`."""
    start = max(lo, position - SENTENCE_REACH)
    # One character past the position, so a sentence that opens with the amount ("prov. 53
    # miljoner kronor …") ends the one before it: the end's look-ahead must see the digit.
    for m in SENTENCE_END.finditer(text, max(lo, position - SENTENCE_REACH), min(hi, position + 1)):
        start = m.end()
    while start < position and text[start].isspace():
        start += 1
    end = SENTENCE_END.search(text, position, min(hi, position + SENTENCE_REACH))
    return start, end.end() if end else min(hi, position + SENTENCE_REACH)
