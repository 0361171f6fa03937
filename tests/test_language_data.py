"""The Swedish word lists checked as data: no word twice in a list, one name per thing across
`pipeline/lang/sv/`, and the lists that must not share words stay apart."""
import ast
import importlib
from pathlib import Path

import pytest

LANG = Path(__file__).resolve().parents[1] / "pipeline" / "lang" / "sv"
MODULES = sorted(p for p in LANG.glob("*.py") if p.name != "__init__.py")
# The labeller's word lists, read as token words or case-blind patterns.
LABEL_DATA = ("qualifiers", "periods", "years", "totals", "areas", "stopwords", "clauses", "junk",
              "verbs", "flows", "trades", "references", "unit_prices", "recipients")


def written_words(node: ast.expr) -> list[str] | None:
    """The words a constant is written with, duplicates kept (a set or dict drops them)."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if isinstance(node, ast.Call) and node.args:     # frozenset("""…""".split()), frozenset((…))
        inner = node.args[0]
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                and inner.func.attr == "split" and isinstance(inner.func.value, ast.Constant) \
                and isinstance(inner.func.value.value, str):
            return inner.func.value.value.split()
        return written_words(inner)
    return None


def constants(path: Path) -> dict[str, ast.expr]:
    found = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            found[node.target.id] = node.value
    return found


LISTS = [(f"{path.stem}.{name}", words) for path in MODULES if path.stem in LABEL_DATA
         for name, value in constants(path).items() if (words := written_words(value))]


@pytest.mark.parametrize("name, words", LISTS, ids=[name for name, _ in LISTS])
def test_no_word_is_written_twice_in_a_list(name, words):
    assert sorted({w for w in words if words.count(w) > 1}) == []


def test_no_name_is_defined_in_two_language_modules():
    owners: dict[str, list[str]] = {}
    for path in MODULES:
        for name in constants(path):
            owners.setdefault(name, []).append(path.stem)
    assert {n: m for n, m in owners.items() if len(m) > 1} == {}


def words_of(dotted: str) -> set[str]:
    module, name = dotted.rsplit(".", 1)
    return set(getattr(importlib.import_module(f"pipeline.lang.sv.{module}"), name))


@pytest.mark.parametrize("first, second", [
    # A noun before a receiving verb gets the money; the object after a giving verb gets it.
    ("areas.RECEIVING_VERBS", "areas.GIVING_VERBS"),
    # A qualifier says how exact the amount is, a total cue that it is a sum.
    ("qualifiers.QUALIFIERS", "totals.TOTAL_CUES"),
    ("qualifiers.QUALIFIERS", "periods.PERIODS"),
    # A determiner opens a noun phrase; it is never the noun that only says "an amount".
    ("areas.DETERMINERS", "areas.GENERIC_AMOUNT_NOUNS"),
    # Adverbs between verbs are no determiner and no time word of an area.
    ("areas.CLAUSE_ADVERBS", "areas.DETERMINERS"),
    ("areas.TIME_WORDS", "areas.POINTER_WORDS"),
    # A word the lemma table calls a verb is either corrected away or added, never both.
    ("verbs.NOT_VERBS", "verbs.VERBS_BEYOND_TABLE"),
    # Who gives the money is never who gets it.
    ("clauses.GIVER_VERBS", "areas.RECEIVING_VERBS"),
    # A word that opens a comparison opens no purpose.
    ("areas.COMPARISON_OPENERS", "areas.PURPOSE_PREPOSITIONS"),
])
def test_lists_meant_to_be_disjoint_share_no_word(first, second):
    assert words_of(first) & words_of(second) == set()


@pytest.mark.parametrize("part, whole", [
    ("areas.DEMONSTRATIVES", "areas.DETERMINERS"),
    ("areas.LIST_JOINERS", "areas.CLAUSE_CONJUNCTIONS"),
    # A left-out verb is found only after its preposition was stripped as a particle.
    ("areas.ELLIPSIS_PREPOSITIONS", "areas.VERB_PARTICLES"),
])
def test_narrower_lists_stay_inside_the_wider_one(part, whole):
    assert words_of(part) <= words_of(whole)


def test_words_are_lower_case_as_the_finders_compare_them():
    upper = [(name, w) for name, ws in LISTS for w in ws if w != w.lower()]
    assert upper == []


def test_attribute_words_map_to_the_values_the_guide_allows():
    from pipeline.lang.sv.periods import PERIODS, PERIODS_BEFORE
    from pipeline.lang.sv.qualifiers import QUALIFIERS
    assert set(QUALIFIERS.values()) == {"approx", "over", "under", "at_least", "at_most"}
    assert set(PERIODS.values()) == {"year", "month", "week", "day", "hour"}
    assert PERIODS_BEFORE.items() <= PERIODS.items()


PATTERNS_OF_EVERY_MODULE = """
import importlib, pkgutil, hashlib, regex, re
import pipeline
texts = []
for info in sorted(pkgutil.walk_packages(pipeline.__path__, "pipeline."), key=lambda i: i.name):
    if info.name.endswith("__main__"):
        continue
    module = importlib.import_module(info.name)
    for name, value in sorted(vars(module).items()):
        if isinstance(value, (regex.Pattern, re.Pattern)):
            texts.append(f"{info.name}.{name}={value.pattern}")
print(len(texts), hashlib.sha256(ascii(texts).encode()).hexdigest())
"""


def test_every_pattern_is_the_same_whatever_the_string_hash_seed():
    """Alternations built from sets of words come out in one order in every process, so a
    worker matches as its parent does and a run's timings do not depend on the seed."""
    import os
    import subprocess
    import sys

    def patterns_under(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", PATTERNS_OF_EVERY_MODULE], env=env,
                              capture_output=True, text=True, check=True, timeout=120).stdout

    first = patterns_under("1")
    assert int(first.split()[0]) > 100
    assert patterns_under("2") == first
