"""The explain view renders a processed release with each amount marked and labelled."""
import subprocess
import sys
from pathlib import Path

from pipeline.run import extract

RELEASE = """# Regeringen satsar på bredband i glesbygd

Regeringen avsätter totalt 150 miljoner kronor för 2026. Av dessa går 100 miljoner kronor
till bredbandsutbyggnad och 50 miljoner kronor till forskning & utveckling längs vägarna.
"""


def processed(tmp_path: Path) -> Path:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "bredband.md").write_text(RELEASE, encoding="utf-8")
    extract(raw, out, jobs=1)
    return out


def show(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "show", *args],
                          capture_output=True, text=True)


def test_each_amount_is_marked_with_its_value_total_flag_years_and_area(tmp_path):
    out = processed(tmp_path)
    page = tmp_path / "bredband.html"
    result = show("bredband", "--processed", str(out), "--out", str(page))
    assert result.returncode == 0, result.stderr
    assert "3 amounts, 1 totals" in result.stdout
    html = page.read_text("utf-8")
    assert "SEK 150,000,000 · total · 2026–2026" in html
    assert "SEK 100,000,000 · bredbandsutbyggnad" in html
    assert "forskning &amp; utveckling" in html
    assert "match" in html     # the total's items add up


def test_an_unknown_document_is_a_clear_error(tmp_path):
    out = processed(tmp_path)
    result = show("saknas", "--processed", str(out))
    assert result.returncode == 1
    assert "no document 'saknas'" in result.stderr and str(out) in result.stderr


def test_a_missing_processed_folder_says_to_extract_first(tmp_path):
    result = show("bredband", "--processed", str(tmp_path / "none"))
    assert result.returncode == 1 and "pipeline extract" in result.stderr
