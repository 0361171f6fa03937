"""The show view renders a processed release with each amount marked and labelled."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.explain import NotProcessed, compact_money, marks_of, write_explanation
from pipeline.run import extract

RELEASE = """# Regeringen satsar på bredband i glesbygd

Regeringen avsätter totalt 150 miljoner kronor för 2026. Av dessa går 100 miljoner kronor
till bredbandsutbyggnad och 50 miljoner kronor till forskning & utveckling längs vägarna.

## Statens bolag

Omsättningen i de statliga bolagen uppgick till 476,2 (407,8) miljarder kronor.
Länsstyrelserna får därutöver cirka 20 miljoner kronor per år 2027–2029 för tillsyn.

## Satsningarna år för år

| **Satsning (miljoner kronor)** | | |
| --- | --- | --- |
|  | **2026** | **2027** |
| Bredband | 100 | 120 |
"""


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("show")
    raw, out = root / "raw", root / "processed"
    (raw / "glesbygd").mkdir(parents=True)
    (raw / "glesbygd" / "bredband.md").write_text(RELEASE, encoding="utf-8")
    extract(raw, out, jobs=1)
    return out


def show(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "show", *args],
                          capture_output=True, text=True, cwd=cwd)


def marked(page: str) -> dict[str, str]:
    """Each highlighted text of the page with the label beside it."""
    found = re.findall(r"<mark[^>]*>\s*(.*?)\s*<span[^>]*>(.*?)</span>", page, re.S)
    return {" ".join(text.split()): label for text, label in found}


def text_of(page: str) -> str:
    """The highlighted text, without the tables under it."""
    return page[page.index('class="entities"'):page.index("<h2>Amounts</h2>")]


def test_each_amount_is_marked_with_its_value_total_flag_years_period_and_area(
        processed, tmp_path):
    page = tmp_path / "page.html"
    result = show("glesbygd/bredband", "--processed", str(processed), "--out", str(page))
    assert result.returncode == 0, result.stderr
    marks = marked(page.read_text("utf-8"))
    assert marks["150 miljoner kronor"].startswith("#1 SEK 150M · total · 2026 · ")
    assert marks["100 miljoner kronor"] == "#2 SEK 100M · bredbandsutbyggnad"
    assert marks["20 miljoner kronor"].startswith("#6 SEK 20M · 2027–2029 · per year · approx")


def test_table_cells_are_marked_in_their_own_colour_with_the_row_label_as_area(processed,
                                                                              tmp_path):
    page = tmp_path / "page.html"
    write_explanation(processed, "glesbygd/bredband", page)
    html = page.read_text("utf-8")
    cells = [(text, label) for text, label in marked(html).items() if text in ("100", "120")]
    assert [label.split(" · ")[1:] for _, label in cells] == [["2026", "Bredband"],
                                                              ["2027", "Bredband"]]
    assert re.search(r'background: #cdb4db[^>]*>\s*120\s*<span', html)


def test_an_amount_written_inside_another_shares_its_mark_instead_of_repeating_text(
        processed, tmp_path):
    page = tmp_path / "page.html"
    write_explanation(processed, "glesbygd/bredband", page)
    html = page.read_text("utf-8")
    label = marked(html)["476,2 (407,8) miljarder kronor"]
    assert label.startswith("#4 SEK 476.2bn") and "| #5 SEK 407.8bn" in label
    assert text_of(html).count("407,8") == 1


def test_the_rows_table_and_totals_check_follow_the_text(processed, tmp_path):
    page = tmp_path / "page.html"
    write_explanation(processed, "glesbygd/bredband", page)
    html = page.read_text("utf-8")
    assert "<td>150,000,000</td>" in html and "<td>bredbandsutbyggnad</td>" in html
    assert "<td>phrase</td>" in html
    assert "<td>2, 3</td><td>match</td>" in html


def test_stdout_lists_each_amount_then_the_counts_and_the_path(processed, tmp_path):
    page = tmp_path / "page.html"
    result = show("glesbygd/bredband", "--processed", str(processed), "--out", str(page))
    lines = result.stdout.splitlines()
    assert lines[0] == "#1 SEK 150M · total · 2026 · " + lines[0].split(" · ")[-1]
    assert "← '150 miljoner kronor'" in lines[0]
    assert "total #1: match (2 items, sum 150,000,000)" in lines
    assert re.fullmatch(rf"glesbygd/bredband: \d+ amounts, 1 totals; wrote {page}", lines[-1])


def test_everything_written_by_the_release_is_escaped(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "skript.txt").write_text(
        "# Stöd till <script>alert(1)</script> & annat\n\n"
        "Kommunen får 5 miljoner kronor till <b>fritidsgårdar</b> & bibliotek.\n",
        encoding="utf-8")
    extract(raw, out, jobs=1)
    page = tmp_path / "page.html"
    write_explanation(out, "skript", page)
    html = page.read_text("utf-8")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; annat" in html
    assert "till &lt;b&gt;fritidsgårdar&lt;/b&gt; &amp; bibliotek" in html


def test_the_page_goes_beside_the_tables_by_default(processed):
    summary = write_explanation(processed, "glesbygd/bredband")
    page = processed / "glesbygd_bredband.html"
    assert page.exists() and "Regeringen satsar på bredband" in page.read_text("utf-8")
    assert summary.endswith("1 totals")
    page.unlink()


def test_an_unknown_document_is_a_clear_error(processed):
    result = show("glesbygd/saknas", "--processed", str(processed))
    assert result.returncode == 1
    assert "no document 'glesbygd/saknas'" in result.stderr and str(processed) in result.stderr


def test_a_missing_processed_folder_names_the_document_and_says_to_extract_first(tmp_path):
    result = show("glesbygd/bredband", "--processed", str(tmp_path / "none"))
    assert result.returncode == 1
    assert "'glesbygd/bredband'" in result.stderr and str(tmp_path / "none") in result.stderr
    assert "python -m pipeline extract" in result.stderr


def test_an_unreadable_table_is_a_clear_error(processed, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "documents.parquet").write_bytes((processed / "documents.parquet").read_bytes())
    (broken / "amounts.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(NotProcessed, match=r"amounts\.parquet is unreadable"):
        write_explanation(broken, "glesbygd/bredband", tmp_path / "page.html")


def row(amount_no: int, start: int, end: int) -> dict:
    return {"amount_no": amount_no, "start": start, "end": end, "value": 1000.0 * amount_no,
            "value_max": None, "currency": "SEK", "is_total": False, "in_table": False,
            "year_start": None, "year_end": None, "per": None, "qualifier": None, "area": None}


def test_marks_never_overlap_and_keep_text_order():
    marks = marks_of([row(3, 40, 45), row(1, 0, 30), row(2, 7, 12), row(4, 44, 50)])
    assert [(m.start, m.end) for m in marks] == [(0, 30), (40, 50)]
    assert marks[0].label == "#1 SEK 1k | #2 SEK 2k"
    assert marks[1].label == "#3 SEK 3k | #4 SEK 4k"


@pytest.mark.parametrize("value, expected", [
    (67900000.0, "67.9M"), (1200000000.0, "1.2bn"), (300000.0, "300k"), (0.8, "0.8"),
    (126.3, "126.3"), (-12300000.0, "-12.3M"), (283721.0, "283.721k"), (999.0, "999"),
])
def test_compact_money_is_short_and_exact(value, expected):
    assert compact_money(value) == expected
