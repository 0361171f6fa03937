"""Known releases beside their expected rows: `tests/regression/<name>.<txt|md|html>` and
`<name>.expected.jsonl` (one amount per line), optionally `<name>.document.json` for the
title, publisher and date. Adding a case means adding files; see tests/regression/README.md.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import token_f1
from pipeline.ingest import read_document
from pipeline.run import extract_document

CASES = Path(__file__).parent / "regression"
CHECKED = ("text", "value", "value_max", "currency", "is_total")


def raw_file(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.jsonl")
    (raw,) = [p for p in CASES.glob(f"{stem}.*") if not p.name.startswith(f"{stem}.expected")
              and not p.name.endswith((".document.json", ".xfail.json"))]
    return raw


def mark_known_miss(request, expected: Path, test: str) -> None:
    """A case's `<name>.xfail.json` names the tests it is known to fail and why."""
    path = expected.with_name(expected.name.replace(".expected.jsonl", ".xfail.json"))
    reasons = json.loads(path.read_text("utf-8")) if path.exists() else {}
    if test in reasons:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=reasons[test]))


def cases() -> list[Path]:
    return sorted(CASES.glob("*.expected.jsonl"))


@pytest.fixture(scope="module", params=cases(), ids=lambda p: p.name.split(".")[0])
def case(request) -> tuple[Path, object]:
    raw = raw_file(request.param)
    return request.param, extract_document(read_document(raw, CASES))


def test_amounts_as_expected(case, request):
    expected_path, extraction = case
    mark_known_miss(request, expected_path, "amounts")
    expected = [json.loads(line) for line in expected_path.read_text("utf-8").splitlines()
                if line.strip()]
    got = [{k: getattr(row, k) for k in CHECKED} for row in extraction.amounts]
    for row in got:
        row["value"] = float(row["value"])
        row["value_max"] = None if row["value_max"] is None else float(row["value_max"])
    assert got == [{k: e.get(k) for k in CHECKED} for e in expected]


def test_areas_as_expected(case, request):
    """An area is right when it shares half its content words with the expected phrase, the
    rule of annotation guide §4 (the exact words may differ: "till X" and "X" are both right)."""
    expected_path, extraction = case
    mark_known_miss(request, expected_path, "areas")
    expected = [json.loads(line)["area"] for line in expected_path.read_text("utf-8").splitlines()
                if line.strip()]
    got = [row.area for row in extraction.amounts]
    wrong = [(g, e) for g, e in zip(got, expected, strict=False) if token_f1(g, e) < 0.5]
    assert len(got) == len(expected) and not wrong


def test_document_metadata(case):
    expected_path, extraction = case
    meta_path = expected_path.with_name(
        expected_path.name.replace(".expected.jsonl", ".document.json"))
    if not meta_path.exists():
        pytest.skip("no document.json for this case")
    meta = json.loads(meta_path.read_text("utf-8"))
    doc = extraction.document
    assert {"title": doc.title, "publisher": doc.publisher,
            "published": doc.published.isoformat() if doc.published else None} == meta
