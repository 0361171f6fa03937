"""Compiled patterns kept between runs: a later import loads the pattern an earlier one
compiled, a changed pattern is compiled again, and a folder that cannot be written or a
file that cannot be read costs only the time the cache saves."""
import pickle

import pytest
import regex

from pipeline.pattern_cache import PatternCache

PATTERN = r"(?<!\w)(?:från och med|från)\s+(?P<year>(?:19|20)\d\d)"
TEXT = "Stödet gäller Från och med 2025 och från 2026."


def module_in(folder) -> str:
    return str(folder / "module.py")


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch):
    """As a run where Python writes bytecode (`PYTHONDONTWRITEBYTECODE` may be set)."""
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def test_a_later_run_loads_the_same_pattern(tmp_path):
    first = PatternCache(module_in(tmp_path), "pipeline.label.module")
    compiled = first.compile(PATTERN, regex.IGNORECASE)
    first.save()
    later = PatternCache(module_in(tmp_path), "pipeline.label.module")
    loaded = later.compile(PATTERN, regex.IGNORECASE)
    assert loaded is later.known[(PATTERN, int(regex.IGNORECASE), int(regex.DEFAULT_VERSION))]
    assert (loaded.pattern, loaded.flags) == (compiled.pattern, compiled.flags)
    assert [m.span("year") for m in loaded.finditer(TEXT)] == [m.span("year") for m in compiled.finditer(TEXT)]


def test_a_changed_pattern_is_compiled_again_and_only_used_ones_are_kept(tmp_path):
    first = PatternCache(module_in(tmp_path), "pipeline.label.module")
    first.compile(PATTERN)
    first.save()
    later = PatternCache(module_in(tmp_path), "pipeline.label.module")
    changed = later.compile(PATTERN + r"\b")
    assert changed.pattern == PATTERN + r"\b"
    later.save()
    assert set(PatternCache(module_in(tmp_path), "pipeline.label.module").known) == {(PATTERN + r"\b", 0, int(regex.DEFAULT_VERSION))}


def test_at_end_matches_right_to_left_where_the_search_forward_matches(tmp_path):
    cache = PatternCache(module_in(tmp_path), "pipeline.label.module")
    backward = cache.at_end(r"från\s+\Z", regex.IGNORECASE)
    assert backward.flags & regex.REVERSE
    assert backward.search("ökat Från  ") is not None and backward.search("från 2025") is None


def test_a_file_naming_anything_but_a_pattern_is_not_loaded(tmp_path):
    cache = PatternCache(module_in(tmp_path), "pipeline.label.module")
    cache.path.parent.mkdir()
    cache.path.write_bytes(pickle.dumps({(PATTERN, 0, int(regex.DEFAULT_VERSION)): print}))
    assert PatternCache(module_in(tmp_path), "pipeline.label.module").known == {}
    cache.path.write_bytes(pickle.dumps({(PATTERN, 0, int(regex.DEFAULT_VERSION)): regex.compile("x")}))
    assert PatternCache(module_in(tmp_path), "pipeline.label.module").known == {}


def test_an_unreadable_file_or_unwritable_folder_compiles(tmp_path):
    cache = PatternCache(module_in(tmp_path), "pipeline.label.module")
    cache.path.parent.mkdir()
    cache.path.write_bytes(b"not a pickle")
    assert PatternCache(module_in(tmp_path), "pipeline.label.module").known == {}
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    unwritable = PatternCache(str(blocked / "module.py"), "pipeline.label.module")
    assert unwritable.compile(PATTERN).search(TEXT)
    unwritable.save()   # no folder can be made inside a file: nothing kept, nothing raised


def test_nothing_is_kept_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    cache = PatternCache(module_in(tmp_path), "pipeline.parse.module")
    assert cache.compile(PATTERN).search(TEXT)
    cache.save()
    assert not cache.path.exists()
