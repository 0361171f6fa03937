"""How usable the `area` column is over a whole corpus: the share of areas that are only the
release's title, the junk areas (a bare qualifier, time phrase, determiner, pronoun, verb or
pointer word), and the most common areas, per publisher kind.

    python bench/areas.py [--corpus DIR] [--top N] [--show N]

The default corpus is the JSONL files of ../shared/corpus; without it the script says so and
exits. Goal: no junk area, at most 5 % of areas the whole title.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # run as a script, from anywhere
from pipeline.ingest import document_from_record, record_line, records_in_jsonl  # noqa: E402
from pipeline.label.area.junk import junk_kind  # noqa: E402
from pipeline.run import extract_document  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
TITLE_GOAL = 0.05


@dataclass(frozen=True)
class Area:
    corpus: str
    doc_id: str
    area: str | None
    source: str | None
    is_title: bool


def areas_in(corpus: Path) -> list[Area]:
    found = []
    for path in sorted(corpus.glob("*.jsonl")):
        for record in records_in_jsonl(path, corpus):
            doc = document_from_record(record_line(path, record.offset, record.length), record.source)
            for row in extract_document(doc).amounts:
                is_title = bool(row.area) and row.area.strip() == (doc.title or "").strip()
                found.append(Area(path.stem, doc.doc_id, row.area, row.area_source, is_title))
    return found


def report(areas: list[Area], top: int, show: int) -> bool:
    """Prints the figures; True when the goals are met."""
    # A table row's label is the area as written (guide §4, 1): its "Summa" row is no junk.
    junk = [(a, kind) for a in areas if (kind := junk_kind(a.area)) and a.source != "table"]
    sum_rows = sum(1 for a in areas if a.source == "table" and junk_kind(a.area))
    title_share = sum(a.is_title for a in areas) / len(areas) if areas else 0.0
    print(f"{len(areas)} amounts, {len({a.area for a in areas})} distinct areas")
    for corpus in sorted({a.corpus for a in areas}):
        part = [a for a in areas if a.corpus == corpus]
        share = sum(a.is_title for a in part) / len(part)
        print(f"  {corpus}: {len(part)} amounts, {share:.1%} the whole title")
    print(f"whole title: {title_share:.1%} (goal <= {TITLE_GOAL:.0%})")
    print(f"junk areas: {len(junk)} (goal 0) {dict(Counter(kind for _, kind in junk))}")
    print(f"table rows labelled as written though the label alone names nothing: {sum_rows}")
    for a, kind in junk[:show]:
        print(f"  {kind}: {a.area!r} ({a.source}) {a.doc_id}")
    print(f"sources: {dict(Counter(a.source for a in areas).most_common())}")
    print("most common areas:")
    for area, n in Counter(a.area for a in areas).most_common(top):
        print(f"  {n:4d}  {area}")
    return not junk and title_share <= TITLE_GOAL


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    parser.add_argument("--top", type=int, default=25, help="most common areas to print")
    parser.add_argument("--show", type=int, default=20, help="junk areas to print")
    args = parser.parse_args()
    if not any(args.corpus.glob("*.jsonl")):
        print(f"{args.corpus}: no JSONL corpus here, nothing to measure")
        return 0
    return 0 if report(areas_in(args.corpus), args.top, args.show) else 1


if __name__ == "__main__":
    sys.exit(main())
