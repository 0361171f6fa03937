"""pressfigures: money amounts in Swedish press releases, as Parquet tables.

    >>> import pipeline
    >>> [(row.text, row.value, row.area) for row in pipeline.extract_text(
    ...     "Regeringen avsätter 30 Mkr till läxhjälp.")]
    [('30 Mkr', Decimal('30000000'), 'läxhjälp')]

The functions are imported on first use, so `import pipeline` (and the command line's start-up)
does not pay for spaCy, pyarrow and pandas until they are needed.
"""
from __future__ import annotations

import hashlib
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.api import amounts_frame, extract_file, extract_text
    from pipeline.ingest import UnreadableFile
    from pipeline.rows import AmountRow

__version__ = "0.1.0"

__all__ = [
    "AmountRow",
    "UnreadableFile",
    "__version__",
    "amounts_frame",
    "code_fingerprint",
    "extract_file",
    "extract_text",
    "library_versions",
]

# Where each public name is defined, imported when first asked for.
_LAZY = {
    "extract_text": "pipeline.api",
    "extract_file": "pipeline.api",
    "amounts_frame": "pipeline.api",
    "AmountRow": "pipeline.rows",
    "UnreadableFile": "pipeline.ingest",
}

# The installed libraries whose version can change the rows: the lemma table verbs are told
# by, the number and word patterns, HTML parsing and main-text extraction, code-page detection,
# text repair, front matter and Parquet writing. (The labeller's tokenizer is our own code.)
ROW_LIBRARIES = ("spacy-lookups-data", "regex", "lxml", "trafilatura", "charset-normalizer",
                 "ftfy", "pyyaml", "pyarrow")


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    return getattr(import_module(_LAZY[name]), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def library_versions() -> dict[str, str]:
    """The installed version of each of `ROW_LIBRARIES` that is installed.

    >>> set(library_versions()) == set(ROW_LIBRARIES)    # all are dependencies
    True
    """
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ROW_LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            continue
    return found


@cache
def code_fingerprint() -> str:
    """The release plus a hash of the package's code and of `library_versions()`: a rerun with
    other code, or after an upgrade of a library that changes rows, re-extracts."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    for name, installed in sorted(library_versions().items()):
        digest.update(f"\n{name}=={installed}".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"
