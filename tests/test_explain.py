"""The show page renders a processed release: its structure, each amount marked with a short
label linked to its row, a compact rows table, restatements and previous figures."""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.explain import COLOURS, LEGEND, NotProcessed, marks_of, write_explanation
from pipeline.explain_labels import NBSP, compact_money, swedish_number
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

Hela beloppet, 150 miljoner kronor, betalas ut i mars.
"""
DOC = "glesbygd/bredband"


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("show")
    raw, out = root / "raw", root / "processed"
    (raw / "glesbygd").mkdir(parents=True)
    (raw / "glesbygd" / "bredband.md").write_text(RELEASE, encoding="utf-8")
    extract(raw, out, jobs=1)
    return out


@pytest.fixture(scope="module")
def restated(processed, tmp_path_factory) -> Path:
    """The same tables with `restates` and `is_previous` set by hand, so the page is tested
    apart from the labeller: the last amount restates the first, and 50 miljoner and 407,8
    are given as earlier figures."""
    out = tmp_path_factory.mktemp("restated")
    for name in ("documents", "totals"):
        shutil.copy(processed / f"{name}.parquet", out)
    amounts = pq.read_table(processed / "amounts.parquet")
    numbers = amounts.column("amount_no").to_pylist()
    last = max(numbers)
    for name, column in (("restates", pa.array([1 if n == last else None for n in numbers],
                                               pa.int32())),
                         ("is_previous", pa.array([n in (3, 5) for n in numbers]))):
        i = amounts.schema.get_field_index(name)
        amounts = amounts.set_column(i, amounts.schema.field(i), column)
    pq.write_table(amounts, out / "amounts.parquet")
    return out


def page_of(processed: Path, tmp_path: Path, doc_id: str = DOC) -> str:
    page = tmp_path / "page.html"
    write_explanation(processed, doc_id, page)
    return page.read_text("utf-8")


def show(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "show", *args],
                          capture_output=True, text=True, cwd=cwd)


def article(page: str) -> str:
    return page[page.index("<article>"):page.index("</article>")]


TAG = re.compile(r'<span class="tag".*?</span>', re.S)


def marks(page: str) -> list[tuple[str, list[str]]]:
    """Each highlighted text of the page with the short labels beside it, as plain text."""
    found = re.findall(r'<mark class="[^"]*" title="[^"]*">(.*?)(<span class="tag".*?)</mark>',
                       page, re.S)
    return [(" ".join(text.split()), [plain(t) for t in TAG.findall(tags)])
            for text, tags in found]


def labels_of(page: str, text: str) -> list[list[str]]:
    return [labels for marked, labels in marks(page) if marked == text]


def plain(fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", fragment).replace(NBSP, " ").replace("&amp;", "&")


def without_tags(fragment: str) -> str:
    return plain(TAG.sub("", fragment))


def test_each_amount_is_marked_with_a_short_label_in_swedish_grouping(processed, tmp_path):
    page = page_of(processed, tmp_path)
    assert labels_of(page, "150 miljoner kronor") == [["#1 150 000 000 kr · total · 2026"],
                                                      ["#9 150 000 000 kr · total · restates #1"]]
    assert labels_of(page, "100 miljoner kronor") == [["#2 100 000 000 kr"]]
    assert labels_of(page, "20 miljoner kronor") == [
        ["#6 20 000 000 kr · 2027–2029 · per year · approx"]]


def test_the_full_label_with_the_area_shows_on_hover(processed, tmp_path):
    page = page_of(processed, tmp_path)
    [hover] = re.findall(r'<span class="tag" id="amount-2" title="([^"]*)"', page)
    assert hover.replace(NBSP, " ") == "#2 100 000 000 kr · area: bredbandsutbyggnad (phrase)"


def test_the_title_is_shown_once_and_never_repeated_in_the_text(processed, tmp_path):
    page = page_of(processed, tmp_path)
    title = "Regeringen satsar på bredband i glesbygd"
    assert f"<h1>{title}</h1>" in page
    assert title not in plain(article(page))


def test_headings_and_tables_are_rendered_as_such(processed, tmp_path):
    text = article(page_of(processed, tmp_path))
    assert re.findall(r"<h2>(.*?)</h2>", text) == ["Statens bolag", "Satsningarna år för år"]
    [table] = re.findall(r'<table class="text">(.*?)</table>', text, re.S)
    rows = [[without_tags(c) for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", r)]
            for r in re.findall(r"<tr>(.*?)</tr>", table)]
    assert rows == [["Satsning (miljoner kronor)", "", ""], ["", "2026", "2027"],
                    ["Bredband", "100", "120"]]
    assert [plain(t) for t in TAG.findall(table)] == ["#7 100 000 000 kr · 2026 · restates #2",
                                                       "#8 120 000 000 kr · 2027"]
    assert table.count("<th>") == 6 and table.count("<td>") == 3


def test_table_cells_are_marked_in_their_own_colour(processed, tmp_path):
    page = page_of(processed, tmp_path)
    assert re.search(r'<mark class="mark table"[^>]*>120<span', page)
    assert re.search(r'<mark class="mark total"[^>]*>150 miljoner kronor<span', page)


def test_each_highlight_links_to_its_row_and_back(processed, tmp_path):
    page = page_of(processed, tmp_path)
    for no in range(1, 10):
        assert f'<span class="tag" id="amount-{no}"' in page
        assert f'<a href="#row-{no}">#{no}</a>' in page
        assert re.search(rf'<tr id="row-{no}"><td><a href="#amount-{no}">{no}</a></td>', page)


def test_an_amount_written_inside_another_shares_its_mark(processed, tmp_path):
    page = page_of(processed, tmp_path)
    assert labels_of(page, "476,2 (407,8) miljarder kronor") == [
        ["#4 476 200 000 000 kr", "#5 407 800 000 000 kr · previous"]]
    assert article(page).count("407,8") == 1


def test_the_rows_table_is_one_line_a_row_without_empty_columns(processed, tmp_path):
    page = page_of(processed, tmp_path)
    rows = page[page.index("<h2>Amounts</h2>"):page.index("<h2>Totals")]
    head = re.findall(r"<th>(.*?)</th>", rows)
    assert head == ["#", "written", "value", "qualifier", "per", "years", "area", "area from",
                    "section", "flags"]
    assert "table.rows td,table.rows th{white-space:nowrap}" in page
    assert '<span class="clip" title="Omsättningen i de statliga bolagen">' in rows
    assert f"<td><span class=\"num\">150{NBSP}000{NBSP}000{NBSP}kr</span></td>" in rows


def test_the_totals_check_links_each_item(processed, tmp_path):
    page = page_of(processed, tmp_path)
    totals = page[page.index("<h2>Totals"):]
    assert '<a href="#row-2">#2</a>, <a href="#row-3">#3</a></td><td>match</td>' in totals
    assert f"150{NBSP}000{NBSP}000{NBSP}kr" in plain(totals).replace(" ", NBSP)


def test_a_restatement_links_to_its_first_statement_and_a_previous_figure_says_so(
        restated, tmp_path):
    page = page_of(restated, tmp_path)
    assert labels_of(page, "150 miljoner kronor")[1] == ["#9 150 000 000 kr · total · restates #1"]
    assert '<mark class="mark total restates"' in page
    assert 'restates <a href="#amount-1">#1</a>' in page
    assert labels_of(page, "476,2 (407,8) miljarder kronor")[0][1] == (
        "#5 407 800 000 000 kr · previous")
    rows = page[page.index("<h2>Amounts</h2>"):page.index("<h2>Totals")]
    flags = re.findall(r'<tr id="row-\d+">(?:<td>.*?</td>){9}<td>(.*?)</td></tr>', rows)
    assert [plain(f) for f in flags] == ["total", "", "previous", "", "previous", "", "", "",
                                         "total · restates #1"]
    assert 'restates <a href="#row-1">#1</a>' in flags[-1]


def test_stdout_lists_each_amount_then_the_counts_and_the_path(processed, tmp_path):
    page = tmp_path / "page.html"
    result = show(DOC, "--processed", str(processed), "--out", str(page))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "#1 SEK 150M · total · 2026 · " + lines[0].split(" · ")[-1]
    assert "← '150 miljoner kronor'" in lines[0]
    assert "total #1: match (2 items, sum 150M)" in lines
    assert re.fullmatch(rf"{DOC}: 9 amounts, 2 totals; wrote {page}", lines[-1])


def test_everything_written_by_the_release_is_escaped(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "skript.txt").write_text(
        "# Stöd till <script>alert(1)</script> & annat\n\n"
        "Kommunen får 5 miljoner kronor till <b>fritidsgårdar</b> & bibliotek.\n",
        encoding="utf-8")
    extract(raw, out, jobs=1)
    html = page_of(out, tmp_path, "skript")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; annat" in html
    assert "till &lt;b&gt;fritidsgårdar&lt;/b&gt; &amp; bibliotek" in html
    assert 'title="#1 5\xa0000\xa0000\xa0kr · area: &lt;b&gt;fritidsgårdar&lt;/b&gt;' in html


def test_the_page_goes_beside_the_tables_by_default(processed):
    summary = write_explanation(processed, DOC)
    page = processed / "glesbygd_bredband.html"
    assert page.exists() and "Regeringen satsar på bredband" in page.read_text("utf-8")
    assert summary.endswith("9 amounts, 2 totals")
    page.unlink()


def test_an_unknown_document_is_a_clear_error(processed):
    result = show("glesbygd/saknas", "--processed", str(processed))
    assert result.returncode == 1
    assert "no document 'glesbygd/saknas'" in result.stderr and str(processed) in result.stderr


def test_a_missing_processed_folder_names_the_document_and_says_to_extract_first(tmp_path):
    result = show(DOC, "--processed", str(tmp_path / "none"))
    assert result.returncode == 1
    assert f"'{DOC}'" in result.stderr and str(tmp_path / "none") in result.stderr
    assert "python -m pipeline extract" in result.stderr


def test_an_unreadable_table_is_a_clear_error(processed, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "documents.parquet").write_bytes((processed / "documents.parquet").read_bytes())
    (broken / "amounts.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(NotProcessed, match=r"amounts\.parquet is unreadable"):
        write_explanation(broken, DOC, tmp_path / "page.html")


def row(amount_no: int, start: int, end: int) -> dict:
    return {"amount_no": amount_no, "start": start, "end": end, "value": 1000.0 * amount_no,
            "value_max": None, "currency": "SEK", "is_total": False, "in_table": False,
            "year_start": None, "year_end": None, "per": None, "qualifier": None, "area": None}


def test_marks_never_overlap_and_keep_text_order():
    found = marks_of([row(3, 40, 45), row(1, 0, 30), row(2, 7, 12), row(4, 44, 50)])
    assert [(m.start, m.end) for m in found] == [(0, 30), (40, 50)]
    assert found[0].label == "#1 SEK 1k | #2 SEK 2k"
    assert [r["amount_no"] for r in found[1].rows] == [3, 4]


@pytest.mark.parametrize("value, expected", [
    (67900000.0, "67.9M"), (1200000000.0, "1.2bn"), (300000.0, "300k"), (0.8, "0.8"),
    (126.3, "126.3"), (-12300000.0, "-12.3M"), (283721.0, "283.721k"), (999.0, "999"),
])
def test_compact_money_is_short_and_exact(value, expected):
    assert compact_money(value) == expected


@pytest.mark.parametrize("value, expected", [
    (18000000000.0, "18 000 000 000"), (5950000.0, "5 950 000"), (126.3, "126,30"),
    (2.23, "2,23"), (-12300000.0, "-12 300 000"), (1000.0, "1 000"), (999.0, "999"),
])
def test_swedish_number_groups_by_three_with_a_decimal_comma(value, expected):
    assert swedish_number(value) == expected.replace(" ", NBSP)


# --- in a real browser -------------------------------------------------------------------

CHROMIUM = next(filter(None, map(shutil.which, (
    "chromium", "chromium-browser", "chromium-headless-shell", "google-chrome"))), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")

# Measures the page as laid out and leaves the figures in the DOM for --dump-dom to print.
MEASURE = """<script>
const px = el => el.getBoundingClientRect();
const rows = [...document.querySelector("table.rows").rows].map(r => px(r).height);
const line = px(document.querySelector("table.rows td")).height;
document.body.dataset.metrics = JSON.stringify({
  rowHeights: rows, line: line, pageWidth: document.documentElement.scrollWidth,
  headings: [...document.querySelectorAll("article h2")].map(h => getComputedStyle(h).display),
  tagsInline: [...document.querySelectorAll(".tag")].every(t => px(t).height < 2 * line),
  tablesFit: [...document.querySelectorAll(".wide")].every(w => w.scrollWidth <= w.clientWidth),
});
</script></body>"""


def chromium(*args: str) -> subprocess.CompletedProcess:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                           "--hide-scrollbars", "--window-size=1100,1300", *args],
                          capture_output=True, text=True, timeout=120)


def screenshot(page: Path, png: Path) -> None:
    """A PNG of the page as Chromium draws it (the README's picture is one)."""
    result = chromium(f"--screenshot={png}", page.resolve().as_uri())
    assert png.exists(), result.stderr


@needs_chromium
def test_in_chromium_the_rows_table_is_one_line_a_row_and_headings_are_blocks(restated,
                                                                                tmp_path):
    page = tmp_path / "measured.html"
    page.write_text(page_of(restated, tmp_path).replace("</body>", MEASURE), "utf-8")
    dom = chromium("--dump-dom", page.resolve().as_uri()).stdout
    found = re.search(r'data-metrics="([^"]*)"', dom)
    assert found, dom[-500:]
    metrics = json.loads(found[1].replace("&quot;", '"'))
    assert len(metrics["rowHeights"]) == 10
    assert max(metrics["rowHeights"]) < 1.5 * metrics["line"]
    assert metrics["pageWidth"] <= 1100
    assert metrics["headings"] == ["block", "block"] and metrics["tagsInline"]
    assert metrics["tablesFit"]


@needs_chromium
def test_in_chromium_the_screenshot_shows_each_kind_of_mark_in_its_colour(restated, tmp_path):
    from PIL import Image

    # Without the legend, which holds every colour itself. SHOW_SCREENSHOT=PATH keeps the
    # picture (the README's is one, of the page with its legend).
    page = tmp_path / "page.html"
    page.write_text(page_of(restated, tmp_path).replace(LEGEND, ""), "utf-8")
    png = tmp_path / "show.png"
    screenshot(page, png)
    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    count = {colour: n for n, colour in colours}
    for kind, hex_colour in [*COLOURS.items(), ("previous", "#e3e3e3")]:
        rgb = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        assert count.get(rgb, 0) > 300, kind
    if os.environ.get("SHOW_SCREENSHOT"):
        write_explanation(restated, DOC, page)
        screenshot(page, Path(os.environ["SHOW_SCREENSHOT"]))
