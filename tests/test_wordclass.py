"""The verb forms read from spaCy's lemma table: derived once, then kept in the user's cache."""
from pathlib import Path

from pipeline.label import wordclass
from pipeline.lang.sv.verbs import NOT_VERBS, VERBS_BEYOND_TABLE


def test_verb_forms_are_read_by_inflection():
    assert all(map(wordclass.is_verb, ("uppgick", "sjönk", "ökade", "fördelas", "tillförs")))
    assert not any(map(wordclass.is_verb, ("kronor", "aktier", "skolan", "boende")))


def test_the_closed_lists_decide_beside_the_table():
    table = wordclass.known_table_verbs()
    for word in VERBS_BEYOND_TABLE - NOT_VERBS:
        assert wordclass.is_verb(word)
    for word in NOT_VERBS:
        assert not wordclass.is_verb(word)
    assert NOT_VERBS & table, "a word the table gets wrong is among its verbs"


def test_the_table_is_found_without_importing_its_package():
    from spacy_lookups_data import sv

    path = Path(str(sv["lemma_lookup"]))
    assert wordclass.lemma_table_path() in (path, path.with_name(path.name + ".gz"))


def test_the_derived_verbs_are_kept_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = wordclass.cached_table_verbs()
    kept = wordclass.cache_file()
    assert kept.is_relative_to(tmp_path) and kept.exists()
    assert wordclass.cached_table_verbs() == built == wordclass.table_verbs()


def test_an_unwritable_cache_only_means_building_again(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert wordclass.cached_table_verbs() == wordclass.table_verbs()


def test_a_failed_write_leaves_no_half_written_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wordclass.os, "replace", full_disk)
    assert wordclass.cached_table_verbs() == wordclass.table_verbs()
    assert list((tmp_path / "pressfigures").iterdir()) == []
