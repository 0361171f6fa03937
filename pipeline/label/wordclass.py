"""Which words are verbs, read from spaCy's Swedish lemma table (the `spacy-lookups-data`
package: 660 000 inflected forms, each with its lemma).

The table gives no part of speech, but a verb shows itself by its inflection: a lemma is a
verb when the table holds a present-tense form of it ("öka" -> "ökar", "sjunka" -> "sjunker")
and a past, supine or participle ("ökade", "sjunkit", "ökande"). Every form whose lemma is a
verb is then a verb form: "uppgick" (uppgå), "sjönk" (sjunka), "noterades" (notera). A noun
in -a ("krona" -> "kronor") or -e ("aktie" -> "aktier") has no such pair. Closed lists in
`pipeline/lang/sv/verbs.py` still decide the words the table gets wrong or that are both
("var", "får", "har", "steg").

The set is built once (about a second) and only when an amount needs it, then kept in the
user's cache folder (`$XDG_CACHE_HOME/pressfigures`, else `~/.cache/pressfigures`) under a key
of the table file and of this module's rules, so a later process reads it in a few
milliseconds; an unwritable cache folder only means building it again.
"""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from pipeline.lang.sv.verbs import NOT_VERBS, VERBS_BEYOND_TABLE

VOWELS = "aeiouyåäö"
PAST_ENDINGS = ("ades", "ade", "ad", "at", "ats")     # "delades", "tecknade" of "delad"
PRESENT_PARTICIPLE_ENDINGS = ("ande", "ende")
STRONG_SUPINE = "it"
STEM_PRESENT_ENDINGS = ("ra",)     # "bära" -> "bär", "göra" -> "gör": the stem is the present
NOUN_ENDINGS_OF_A = ("an", "or", "orna", "ans", "ors")     # "skolan", "varor" of "skola", "vara"


def lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Swedish form -> lemma table."""
    # Read only when the verb cache is cold: importing srsly (msgpack, catalogue) costs every
    # run about 80 ms that the cached verbs never need.
    import srsly

    path = lemma_table_path()
    return srsly.read_gzip_json(path) if path.suffix == ".gz" else srsly.read_json(path)


def present_forms(lemma: str) -> tuple[str, ...]:
    """Present and passive: "ökar", "köper", "bär", "går", "fördelas"."""
    if lemma.endswith("a"):
        return lemma + "r", lemma[:-1] + "er", lemma[:-1], lemma + "s"
    return (lemma + "r",)     # not "+s": "värdes" is a noun's genitive


def other_forms(lemma: str) -> tuple[str, ...]:
    stem = lemma[:-1] if lemma.endswith("a") else lemma
    return (lemma + "de", stem + "de", stem + "te", lemma + "t", stem + "t", stem + "it",
            lemma + "tt", lemma + "nde", lemma + "ende")


def is_verb_lemma(lemma: str, table: dict[str, str], strong: set[str]) -> bool:
    if not lemma.isalpha() or lemma[-1] not in VOWELS:
        return False
    return (any(table.get(f) == lemma for f in present_forms(lemma))
            and (lemma in strong or any(table.get(f) == lemma for f in other_forms(lemma))))


def strong_lemmas(table: dict[str, str]) -> set[str]:
    """Lemmas with a supine in "-it" of another stem: "dragit" (dra), "sjunkit" (sjunka)."""
    return {lemma for form, lemma in table.items() if form.endswith(STRONG_SUPINE) and form != lemma}


def is_noun_form(form: str, lemma: str) -> bool:
    """A verb lemma's form that reads as a noun: a present participle, the bare stem ("stöd" of
    "stödja", "vård" of "vårda", an imperative in the table) and the definite or plural forms
    of a noun in -a ("skolan", "varor")."""
    if form.endswith(PRESENT_PARTICIPLE_ENDINGS):
        return True     # "boende", "sparande", "ägande"
    if form in (lemma[:-1], lemma[:-2]) and not lemma.endswith(STEM_PRESENT_ENDINGS):
        return True
    return lemma.endswith("a") and form.endswith(NOUN_ENDINGS_OF_A) and form[:-len("n")] != lemma[:-1]


log = logging.getLogger(__name__)


# The table's verbs are read once, when an amount first needs them; the closed lists are then
# asked beside them, not merged into a copy: two copies of 70 000 forms cost the first amount
# a process labels as much as labelling thirty amounts.
@lru_cache(maxsize=1)
def known_table_verbs() -> frozenset[str]:
    return cached_table_verbs()


def lemma_table_path() -> Path:
    # The package's folder, found without importing it: its import works out the paths of
    # every language's tables, a tenth of a cold process's first labelled amount.
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'spacy_lookups_data'", name="spacy_lookups_data")
    path = Path(spec.submodule_search_locations[0]) / "data" / "sv_lemma_lookup.json"
    packed = path.with_name(path.name + ".gz")
    return packed if packed.exists() else path


def cache_file() -> Path:
    """Where the verbs of this table, derived by these rules, are kept."""
    table = lemma_table_path()
    stat = table.stat()
    key = hashlib.sha256(f"{table}|{stat.st_size}|{stat.st_mtime_ns}|".encode()
                         + Path(__file__).read_bytes()).hexdigest()[:16]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "pressfigures" / f"verb-forms-{key}.txt"


def cached_table_verbs() -> frozenset[str]:
    """`table_verbs()`, read from the cache when it holds them, else built and kept there."""
    try:
        path = cache_file()
    except (OSError, RuntimeError):     # no home folder to keep a cache in (Path.home())
        return table_verbs()
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except OSError:
        pass
    verbs = table_verbs()
    written: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         prefix=".verb-forms-") as out:
            written = out.name
            out.write("\n".join(sorted(verbs)))
        os.replace(written, path)     # whole or not at all, when two processes write at once
    except OSError as err:
        if written is not None:       # a full disk leaves no half-written file behind
            Path(written).unlink(missing_ok=True)
        log.debug("verb forms not cached: %s", err)
    return verbs


def table_verbs() -> frozenset[str]:
    """The verb forms the lemma table shows by inflection."""
    table = lemma_table()
    strong = strong_lemmas(table)
    lemmas = {lemma for lemma in set(table.values()) if is_verb_lemma(lemma, table, strong)}
    # "delades" -> "delad", "ställd", "tänkt": a participle whose verb is one.
    participles = {lemma for lemma in set(table.values())
                   if lemma.endswith("ad") and lemma[:-1] in lemmas}
    forms = {form for form, lemma in table.items()
             if (lemma in lemmas and not is_noun_form(form, lemma))
             or (lemma in participles and form.endswith(PAST_ENDINGS))}
    return frozenset(forms | lemmas)


def is_verb(word: str) -> bool:
    """`word` (lower case) is a form of a verb: "uppgick", "sjönk", "ökade", "tillföras": a
    verb of the table or one it lacks, and none of the words it gets wrong."""
    return (word in known_table_verbs() or word in VERBS_BEYOND_TABLE) and word not in NOT_VERBS
