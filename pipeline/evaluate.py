"""Gold rows (annotation guide §5) -> precision, recall, F1, attribute accuracies, and the F1
of restatement links and comparison figures.

Predicted rows are matched to gold rows by value, value_max and currency, in document order
(an order-keeping maximum matching that prefers the same text, then leftovers in any order).
A restatement link is right when it points to the row matched to the gold row's first
statement; both links and comparison figures are scored as the F1 of their non-empty class,
on gold files that record them.
"""
from __future__ import annotations

import json
import math
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import SupportsFloat

import regex

from pipeline.lang.sv.stopwords import AREA_STOPWORDS

ATTRIBUTES = ("text", "qualifier", "per", "years", "is_total", "area")
LINKS = ("restates", "previous")
WORD = regex.compile(r"\w+")


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    table_gold: int = 0
    table_found: int = 0
    right: Counter = field(default_factory=Counter)
    links: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in LINKS})
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, attribute: str) -> float:
        return self.right[attribute] / self.tp if self.tp else 0.0

    def link_f1(self, kind: str) -> float | None:
        """F1 of the non-empty class (a link, a comparison figure); None with no case at all."""
        tp, fp, fn = self.links[kind]
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None

    def scores(self) -> dict[str, float | None]:
        table = self.table_found / self.table_gold if self.table_gold else 1.0
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "table_recall": table, **{a: self.accuracy(a) for a in ATTRIBUTES},
                **{f"{k}_f1": self.link_f1(k) for k in LINKS}}

    def note(self, kind: str, line: str) -> None:
        self.errors.setdefault(kind, []).append(line)


def content_words(text: str | None) -> list[str]:
    return [w for w in WORD.findall((text or "").lower()) if w not in AREA_STOPWORDS]


def token_f1(a: str | None, b: str | None) -> float:
    """Share of content words between two phrases, as F1 (guide §4).

    >>> token_f1("Säker vård/patientsäkerhet", "säker vård och patientsäkerhet")
    1.0
    >>> token_f1("bredbandsutbyggnad", "vägar")
    0.0
    """
    wa, wb = content_words(a), content_words(b)
    common = sum((Counter(wa) & Counter(wb)).values())
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(0.005, 1e-9 * abs(b))


def number(x: SupportsFloat | str | None) -> float | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return float(x)


def same_key(pred: dict, gold: dict) -> bool:
    return (pred["currency"] == gold["currency"]
            and same_value(number(pred["value"]), number(gold["value"]))
            and same_value(number(pred.get("value_max")), number(gold.get("value_max"))))


def align(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index): longest order-keeping matching (among equally long ones,
    the most rows of the same text), then leftovers."""
    n, m = len(pred), len(gold)

    def gain(i: int, j: int) -> int:
        if not same_key(pred[i], gold[j]):
            return 0
        return 1000 + (pred[i].get("text") == gold[j].get("text"))

    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            g = gain(i, j)
            best[i][j] = max(best[i + 1][j], best[i][j + 1], g + best[i + 1][j + 1] if g else 0)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        g = gain(i, j)
        if g and best[i][j] == g + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    used_p, used_g = {p for p, _ in pairs}, {g for _, g in pairs}
    for pi in range(n):
        for gj in range(m):
            if pi not in used_p and gj not in used_g and same_key(pred[pi], gold[gj]):
                pairs.append((pi, gj))
                used_p.add(pi)
                used_g.add(gj)
    return pairs


def attribute_checks(pred: dict, gold: dict) -> dict[str, bool]:
    def year(x: SupportsFloat | str | None) -> int | None:
        v = number(x)
        return None if v is None else int(v)

    return {
        "text": pred.get("text") == gold["text"],
        "qualifier": pred.get("qualifier") == gold.get("qualifier"),
        "per": pred.get("per") == gold.get("per"),
        "years": (year(pred.get("year_start")), year(pred.get("year_end")))
        == (gold.get("year_start"), gold.get("year_end")),
        "is_total": bool(pred.get("is_total")) == bool(gold.get("is_total")),
        "area": max((token_f1(pred.get("area"), a) for a in gold["area"]), default=0) >= 0.5,
    }


def score_document(report: Report, doc_id: str, pred: list[dict], gold: list[dict]) -> None:
    pairs = align(pred, gold)
    report.tp += len(pairs)
    report.fp += len(pred) - len(pairs)
    report.fn += len(gold) - len(pairs)
    matched_g = {g for _, g in pairs}
    matched_p = {p for p, _ in pairs}
    for gi, g in enumerate(gold):
        report.table_gold += bool(g.get("in_table"))
        report.table_found += bool(g.get("in_table")) and gi in matched_g
        if gi not in matched_g:
            report.note("missed", f"{doc_id}: {g['text']!r} = {g['value']} {g['currency']}")
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            report.note("spurious", f"{doc_id}: {p['text']!r} = {p['value']} {p['currency']}")
    gold_to_pred = {gi: pi for pi, gi in pairs}
    for pi, gi in pairs:
        if "restates" in gold[gi]:
            score_links(report, doc_id, pred, gold, pi, gi, gold_to_pred)
        for attribute, ok in attribute_checks(pred[pi], gold[gi]).items():
            report.right[attribute] += ok
            if not ok:
                got = pred[pi].get(attribute) if attribute != "years" else (
                    pred[pi].get("year_start"), pred[pi].get("year_end"))
                want = gold[gi].get(attribute) if attribute != "years" else (
                    gold[gi].get("year_start"), gold[gi].get("year_end"))
                report.note(attribute, f"{doc_id}: {gold[gi]['text']!r}: got {got!r}, "
                                       f"want {want!r}")


def score_links(report: Report, doc_id: str, pred: list[dict], gold: list[dict], pi: int, gi: int,
                gold_to_pred: dict[int, int]) -> None:
    """Count the pair's restatement link and comparison flag. A gold link to a row that was
    not found counts for nothing; a predicted link must name the row matched to the gold
    row's first statement."""
    p, g = pred[pi], gold[gi]
    target = gold_to_pred.get(g["restates"] - 1) if g["restates"] else None
    want_link = pred[target].get("amount_no", target + 1) if target is not None else None
    got_restates = number(p.get("restates"))
    got_link = None if got_restates is None else int(got_restates)
    got_previous, want_previous = bool(p.get("is_previous")) or None, bool(g.get("is_previous")) or None
    for kind, got, want in (("restates", got_link, want_link), ("previous", got_previous, want_previous)):
        counts = report.links[kind]
        if got is not None and got == want:
            counts[0] += 1
            continue
        counts[1] += got is not None
        counts[2] += want is not None
        if got is not None or want is not None:
            report.note(kind, f"{doc_id}: {g['text']!r}: got {got!r}, want {want!r}")


def load_gold(paths: list[Path]) -> dict[str, list[dict]]:
    gold: dict[str, list[dict]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                gold[record["doc_id"]] = record["amounts"]
    return gold


def predicted_rows(raws: list[Path], jobs: int | None) -> dict[str, list[dict]]:
    """Run the extraction on the gold releases into a scratch folder and read its rows."""
    import pyarrow.parquet as pq

    from pipeline.run import extract

    rows: dict[str, list[dict]] = {}
    for raw in raws:
        with tempfile.TemporaryDirectory() as out:
            extract(raw, Path(out), jobs=jobs, full=True)
            for row in pq.read_table(Path(out) / "amounts.parquet").to_pylist():
                rows.setdefault(row["doc_id"], []).append(row)
    return rows


def evaluate(gold_paths: list[Path], raws: list[Path], jobs: int | None = None) -> Report:
    gold = load_gold(gold_paths)
    pred = predicted_rows(raws, jobs)
    report = Report()
    for doc_id, amounts in gold.items():
        score_document(report, doc_id, pred.get(doc_id, []), amounts)
    return report


def format_report(report: Report, n_errors: int = 0) -> str:
    lines = [f"gold {report.tp + report.fn}, predicted {report.tp + report.fp}, "
             f"matched {report.tp}"]
    lines += [f"{name:>13}: " + ("n/a" if value is None else f"{value:.3f}")
              for name, value in report.scores().items()]
    for kind, errors in report.errors.items() if n_errors else ():
        lines.append(f"-- {kind} ({len(errors)})")
        lines += [f"   {e}" for e in errors[:n_errors]]
    return "\n".join(lines)


def load_minimums(path: Path) -> dict[str, float]:
    return json.loads(path.read_text(encoding="utf-8"))


def shortfalls(report: Report, minimums: dict[str, float]) -> list[str]:
    """Each score below its pinned minimum, as a readable line."""
    scores = report.scores()
    return [f"{name} {score:.3f} < {minimum}" for name, minimum in minimums.items()
            if (score := scores[name]) is not None and score < minimum]
