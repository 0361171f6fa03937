"""One run over a folder of good and bad files: every good file's amounts, every bad file a
documents row that says why, exit status 2, and the warning names the file."""
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import UnreadableFile, read_document

PAGE = """<html><head><title>Regeringen satsar på vägar</title>
<meta property="article:published_time" content="2024-03-12"></head>
<body><nav><a href="/">Start</a> Meny 999 miljoner kronor</nav>
<script>var budget = "500 miljoner kronor";</script>
<article><h1>Regeringen satsar på vägar</h1>
<p>Regeringen avsätter 400 miljoner kronor till vägunderhåll under 2024. Pengarna fördelas av
Trafikverket till de regioner som har störst behov av upprustning.</p>
<ul><li>Norrland 250 miljoner kronor</li><li>Svealand 150 miljoner kronor</li></ul>
<p>Satsningen är en del av budgetpropositionen och gäller hela året, säger ministern.</p>
</article><footer>Kontakt 08-405 10 00. Copyright 777 miljoner kronor</footer></body></html>
"""

FILES = {
    "good.txt": "Regeringen avsätter 30 miljoner kronor till forskning.\n".encode(),
    "latin1.txt": "Kommunen får 5 miljoner kronor till skolan.\n".encode("latin-1"),
    "cp1252.txt": "Bidraget – totalt 20 miljoner euro – går till vägarna.\n".encode("cp1252"),
    "bom.md": b"\xef\xbb\xbf" + "# Rubrik\n\nStödet är 300 tkr för vården.\n".encode(),
    "utf16.txt": "Stödet är 12 Mkr för vården.\n".encode("utf-16"),
    "page.html": PAGE.encode(),
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02\x03PK\x00\x00" * 50,
    "report.pdf": b"%PDF-1.4 whatever",
}
AMOUNTS = {"good": [(30e6, "SEK")], "latin1": [(5e6, "SEK")], "cp1252": [(20e6, "EUR")],
           "bom": [(300e3, "SEK")], "utf16": [(12e6, "SEK")],
           "page": [(400e6, "SEK"), (250e6, "SEK"), (150e6, "SEK")]}
BAD = {"empty": "empty file", "binary": "binary file", "report": "unsupported suffix"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("out")
    for name, data in FILES.items():
        (raw / name).write_bytes(data)
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", str(raw),
                             "--out", str(out), "--jobs", "2"], capture_output=True, text=True)
    return result, pd.read_parquet(out / "documents.parquet"), pd.read_parquet(out / "amounts.parquet")


def test_exit_status_two_and_a_warning_naming_each_bad_file(run):
    result, _, _ = run
    assert result.returncode == 2
    for name in ("empty.txt", "binary.txt", "report.pdf"):
        assert name in result.stderr
    assert "3 skipped" in result.stdout


def test_every_file_has_a_documents_row_and_bad_ones_say_why(run):
    _, documents, _ = run
    status = dict(zip(documents.doc_id, documents.status))
    assert set(status) == {Path(n).stem for n in FILES}
    for doc_id, reason in BAD.items():
        assert reason in status[doc_id]
    assert all(status[d] == "ok" for d in AMOUNTS)


def test_every_good_file_gives_its_amounts_whatever_its_encoding(run):
    _, _, amounts = run
    found = {d: list(zip(g.value, g.currency)) for d, g in amounts.groupby("doc_id")}
    assert found == AMOUNTS


def test_html_keeps_the_article_and_its_metadata_not_the_page_chrome(run):
    _, documents, amounts = run
    page = documents.set_index("doc_id").loc["page"]
    assert page.title == "Regeringen satsar på vägar"
    assert str(page.published) == "2024-03-12"
    assert "Norrland 250 miljoner kronor" in page.text
    assert not {"999 miljoner kronor", "500 miljoner kronor", "777 miljoner kronor"} & set(amounts.text)


def test_a_file_over_the_size_limit_is_refused_by_name(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_text("Regeringen avsätter 30 miljoner kronor. " * 100, encoding="utf-8")
    with pytest.raises(UnreadableFile, match=r"stor\.txt: too large"):
        read_document(path, tmp_path, max_bytes=1000)
