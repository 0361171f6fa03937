"""The verb forms read from spaCy's lemma table: derived once, then kept in the user's cache."""
from pipeline.label import wordclass


def test_verb_forms_are_read_by_inflection():
    verbs = wordclass.verb_forms()
    assert {"uppgick", "sjönk", "ökade", "fördelas", "tillförs"} <= verbs
    assert not {"kronor", "aktier", "skolan", "boende"} & verbs


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
