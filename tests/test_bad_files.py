"""One `python -m pipeline extract` run over a folder that mixes good releases (UTF-8, Latin-1,
cp1252, UTF-8 and UTF-16 with BOM, HTML with a menu, a grants table and PHP in it, a file mixing
UTF-8 and cp1252, text decoded twice, a stray NUL byte, absurd figures beside a real one, a link
to a release, a file name that is not UTF-8, a JSONL record holding a lone surrogate) with what
cannot be read (empty, binary, undecodable, random characters, a PDF and a PNG named .txt, too
large, a JSONL line too large; links out of the folder, a loop, a dangling link, a link to a
folder, a FIFO, a socket, a device): the good ones give their amounts, every bad one gets a
documents row that says why, the run names each bad file, prints no traceback and exits with
status 2. The README lists every status a row can have."""
from __future__ import annotations

import ast
import math
import os
import random
import re
import socket
import stat
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.ingest import UnreadableFile, document_from_bytes, read_document
from pipeline.run import extract_document

GOOD = """Pressmeddelande från Utbildningsdepartementet

Mer pengar till forskning om antibiotikaresistens
Publicerad 4 februari 2021

Regeringen avsätter 30 miljoner kronor till forskning. Medlen ska användas för att ta fram nya \
sätt att behandla infektioner som inte längre svarar på antibiotika.

Vetenskapsrådet fördelar pengarna efter en öppen utlysning under våren.
"""

LATIN1 = """Kulturrådet fördelar stöd till läsfrämjande

Statens kulturråd har i dag beslutat om bidrag till läsfrämjande insatser i 14 kommuner.
Sammanlagt fördelas 8,5 miljoner kronor till bibliotek, skolor och föreningar som når barn och unga.
Största beloppet går till Örebro, där biblioteken får pengar för lässtunder på öppna förskolor.
"""

CP1252 = """Gävle hamn får EU-stöd för landström

Europeiska unionens fond för ett sammanlänkat Europa beviljar 2,5 miljoner € till landström i \
Gävle hamn – ett av årets största bidrag till svenska hamnar.
Fartyg som ligger vid kaj ska kunna stänga av sina dieselmotorer och i stället ta ström från elnätet.
Arbetet börjar under hösten och ska vara klart före utgången av 2025.
"""

BOM_MD = """# Nytt stöd till lantbrukare i Skåne

Länsstyrelsen i Skåne fördelar **12 miljoner kronor** till dränering av åkermark under 2024.

Ansökan görs via Jordbruksverkets e-tjänst senast den 30 april.
"""

UTF16 = """Våtmarker i Halland återställs

Länsstyrelsen i Halland ger 450 000 kronor till att återställa våtmarker vid Nissan.
"""

PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Miljoner till klimatomställning i Västerbotten – Region Västerbotten</title>
<meta name="description" content="Regionen fördelar 88 miljoner kronor">
<meta property="og:site_name" content="Region Västerbotten">
<meta property="article:published_time" content="2023-09-18T08:30:00+02:00">
<script>window.dataLayer = [{"budget": "975 miljoner kronor"}];</script>
</head><body>
<nav class="menu"><ul><li><a href="/">Startsida</a></li><li><a href="/nyheter">Nyheter</a></li>
<li><a href="/kampanj">Vinn 555 miljoner kronor i vår tävling</a></li></ul></nav>
<main><article>
<h1>Miljoner till klimatomställning i Västerbotten</h1>
<p>Regionstyrelsen beslutade på måndagen att fördela sammanlagt 36 miljoner kronor till
klimatomställning i länets kommuner under 2024. Pengarna kommer från regionens utvecklingsanslag
och ska gå till projekt som minskar utsläppen från transporter och industri.</p>
<p>Satsningen fördelas på tre områden:</p>
<ul>
<li>Område A 12 miljoner kronor</li>
<li>Område B 12 miljoner kronor</li>
<li>Område C 12 miljoner kronor</li>
</ul>
<p>– Det här är ett viktigt steg för att nå våra klimatmål, säger regionstyrelsens ordförande
i ett uttalande. Vi vill att fler kommuner ska kunna ställa om sina fordonsflottor snabbare.</p>
<table>
<tr><th>Kommun</th><th>Belopp (kronor)</th></tr>
<tr><td>Umeå</td><td>4 500 000</td></tr>
<tr><td>Skellefteå</td><td>3 200 000</td></tr>
</table>
<p>Ansökningar tas emot fram till den 1 december och beslut fattas i början av nästa år.</p>
</article></main>
<footer><p>Region Västerbotten, 901 89 Umeå. Telefon 090-785 00 00.</p>
<p>Regionens budget 2023 omfattar 11 miljarder kronor.</p></footer>
<script>console.log("333 miljoner kronor");</script>
</body></html>
"""

GRANTS_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Kulturnämnden delar ut föreningsbidrag – Hudiksvalls kommun</title>
<meta property="og:site_name" content="Hudiksvalls kommun">
<meta property="article:published_time" content="2024-02-12T10:00:00+01:00">
<?php require_once "mallar/huvud.php"; $kampanj = hamta_kampanj(); ?>
</head><body>
<nav class="huvudmeny"><ul><li><a href="/">Start</a></li><li><a href="/uppleva">Uppleva</a></li>
<li><a href="/erbjudande">Årskort till badhuset med 1 000 kr rabatt</a></li></ul></nav>
<main><article>
<h1>Kulturnämnden delar ut föreningsbidrag</h1>
<p>Kulturnämnden har fördelat årets bidrag till föreningar som ordnar verksamhet för barn och
unga i kommunen. Tre föreningar får dela på pengarna, som ska gå till lovaktiviteter, läger och
öppna träffar under hela året.</p>
<?php if ($visa_budget) { echo "<p>Budgetramen är 9 000 000 kr.</p>"; } ?>
<table>
<tr><th>Förening</th><th>Bidrag</th></tr>
<tr><td>Föreningen Hälsingedans</td><td>250 000 kr</td></tr>
<tr><td>Föreningen Kustscouterna</td><td>120 000 kr</td></tr>
<tr><td>Föreningen Ungdomens hus</td><td>75 000 kr</td></tr>
</table>
<p>Nästa ansökningsomgång öppnar i september och beslut fattas före årsskiftet.</p>
</article></main>
<footer><p>Hudiksvalls kommun, 824 80 Hudiksvall.</p></footer>
</body></html>
"""

HARBOUR_TITLE = "Stöd till Gävle hamn"
HARBOUR_BODY = "Hamnen får 3 miljoner kronor till nya kajer, säger hamnchefen Åsa Öberg.\n"
LIBRARY = ("# Bidrag till Växjö bibliotek\n\nKommunen ger 1,2 miljoner kronor till läsfrämjande "
           "insatser på biblioteken i Växjö.\n")
PRESCHOOL = "Ny förskola i Kiruna\n\nKommunen bygger en förskola för 40 miljoner kronor.\x00\n"
NINES = "9" * 400
ABSURD = (f"Felaktig kalkyl i budgetunderlaget\n\nI det första utkastet stod att bygget kostar "
          f"{NINES} miljarder kronor, och en rad angav -{NINES} miljarder kronor. En bilaga "
          f"angav 1E+309 kr. Den rätta kostnaden är 45 miljoner kronor.\n")
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
       b"BT /F1 12 Tf (Bidraget blir 40 000 kr) Tj ET\n%%EOF\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(1, 200))
RANDOM = bytes(random.Random(7).randint(0x20, 0x7E) for _ in range(3000))

MAX_BYTES = 100_000
HUGE = ("Kommunen satsar 7 miljoner kronor på nya cykelbanor längs älven. " * 3000).encode()

FILES = {
    "forskning.txt": GOOD.encode("utf-8"),
    "kulturradet.txt": LATIN1.encode("latin-1"),
    "gavle-hamn.txt": CP1252.encode("cp1252"),
    "skane.md": b"\xef\xbb\xbf" + BOM_MD.encode("utf-8"),
    "halland.txt": UTF16.encode("utf-16"),
    "vasterbotten.html": PAGE.encode("utf-8"),
    "tom.txt": b"",
    "trasig.txt": bytes(range(256)) * 4 + b"\x00\x00\x00 IEND\xaeB`\x82",
    "arsredovisning.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
    "stor.txt": HUGE,
    "brus.txt": bytes(range(0x80, 0x100)) * 3,
    "bidrag.html": GRANTS_PAGE.encode("utf-8"),
    "hamn-blandad.txt": (HARBOUR_TITLE.encode("utf-8") + b"\n\n"
                         + HARBOUR_BODY.encode("cp1252")),
    "dubbelkodad.md": LIBRARY.encode("utf-8").decode("cp1252").encode("utf-8"),   # "VÃ¤xjÃ¶"
    "forskola.txt": PRESCHOOL.encode("utf-8"),
    "orimligt.txt": ABSURD.encode("utf-8"),
    "slump.txt": RANDOM,
    "rapport.txt": PDF,
    "karta.txt": PNG,
}

AMOUNTS = {   # doc_id -> (value, currency) in document order
    "forskning": [(30e6, "SEK")],
    "kulturradet": [(8.5e6, "SEK")],
    "gavle-hamn": [(2.5e6, "EUR")],
    "skane": [(12e6, "SEK")],
    "halland": [(450e3, "SEK")],
    "vasterbotten": [(36e6, "SEK"), (12e6, "SEK"), (12e6, "SEK"), (12e6, "SEK"),
                     (4.5e6, "SEK"), (3.2e6, "SEK")],
    "bidrag": [(250e3, "SEK"), (120e3, "SEK"), (75e3, "SEK")],
    "hamn-blandad": [(3e6, "SEK")],
    "dubbelkodad": [(1.2e6, "SEK")],
    "forskola": [(40e6, "SEK")],
    "orimligt": [(45e6, "SEK")],
}

WARNED = {   # good file -> the warning it is read with
    "hamn-blandad.txt": "repaired characters decoded in the wrong encoding",
    "dubbelkodad.md": "repaired characters decoded in the wrong encoding",
    "forskola.txt": "removed 1 stray NUL byte",
    "orimligt.txt": "no amount",
}

BAD = {   # file -> what its documents row and the warning say
    "tom.txt": "empty file",
    "trasig.txt": "binary file, not text",
    "arsredovisning.pdf": "unsupported suffix '.pdf'",
    "stor.txt": f"too large: {len(HUGE)} bytes, limit {MAX_BYTES}",
    "brus.txt": "undecodable: neither UTF-8 nor a Western European encoding",
    "slump.txt": "not readable text (random characters or encoded data)",
    "rapport.txt": "binary file, not text (PDF)",
    "karta.txt": "binary file, not text (PNG image)",
}


BAD_NAME = os.fsdecode(b"g\xe4vle-hamn.txt")     # Latin-1 bytes in a UTF-8 file system
BAD_NAME_TEXT = "Hamnen i Gävle får 4 miljoner kronor till muddring av farleden.\n"
LINKED = "senaste.txt"      # a link to forskning.txt, inside the folder: read
SURROGATE_RECORD = ('{"id": "gavle-2024-11", "title": "Stöd till skolan", "text": '
                    '"Kommunen får 6 miljoner kronor \\ud800 till skolan i Gävle."}\n')
LONG_RECORD = ('{"id": "gavle-2024-12", "text": "'
               + "Kommunen satsar 2 miljoner kronor på gång- och cykelvägar. " * 2000 + '"}\n')
AFTER_RECORD = ('{"id": "gavle-2024-13", "title": "Ny simhall", "text": '
                '"Kommunen bygger en simhall för 210 miljoner kronor."}\n')
RECORDS = {   # doc_id -> status of each line of poster.jsonl
    "gavle-2024-11": "ok",
    "poster.jsonl:2": f"poster.jsonl:2: too large: {len(LONG_RECORD.encode()) - 1} bytes, "
                      f"limit {MAX_BYTES}",
    "gavle-2024-13": "ok",
}

NOT_READ = {   # entry -> what its documents row and the warning say
    "passwd.txt": "symlink to /etc/passwd, outside --raw: not followed",
    "snurra.txt": "symlink loop: not followed",
    "borta.txt": "dangling symlink to finns-inte.txt: not read",
    "genvag": "symlink to a folder: not followed (a folder inside --raw is read as itself)",
    "kanal.txt": "a FIFO, not a regular file: not read",
    "uttag.txt": "a socket, not a regular file: not read",
    "enhet.txt": "a character device, not a regular file: not read",
}


def make_entries(raw: Path) -> dict[str, str]:
    """The entries that are not plain releases; returns NOT_READ less what this machine
    cannot make (a device needs CAP_MKNOD)."""
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    (raw / "snurra.txt").symlink_to("snurra.txt")
    (raw / "borta.txt").symlink_to("finns-inte.txt")
    (raw / "arkiv").mkdir()
    (raw / "arkiv" / "vagar.txt").write_text(
        "Vägar i Dalarna\n\nTrafikverket får 9 miljoner kronor till grusvägar.\n", "utf-8")
    (raw / "genvag").symlink_to("arkiv")
    (raw / LINKED).symlink_to("forskning.txt")
    (raw / BAD_NAME).write_bytes(BAD_NAME_TEXT.encode())
    (raw / "poster.jsonl").write_text(SURROGATE_RECORD + LONG_RECORD + AFTER_RECORD,
                                      encoding="utf-8")
    os.mkfifo(raw / "kanal.txt")
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(raw / "uttag.txt"))
    made = dict(NOT_READ)
    try:
        os.mknod(raw / "enhet.txt", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        del made["enhet.txt"]
    return made


def extract_command(raw: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", "--raw", str(raw), "--out", str(out),
            "--jobs", "2", *extra]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("out")
    for name, data in FILES.items():
        (raw / name).write_bytes(data)
    not_read = make_entries(raw)
    result = subprocess.run(extract_command(raw, out, "--max-bytes", str(MAX_BYTES)),
                            capture_output=True, text=True, timeout=120)
    documents = {r["doc_id"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    amounts = pq.read_table(out / "amounts.parquet").to_pylist()
    return result, documents, amounts, not_read


# Besides FILES and the JSONL records: the bad-name file, the linked file, the file in arkiv/.
READ_ELSEWHERE = 3


def test_exit_status_is_two_and_each_bad_file_is_named_with_its_reason(run):
    result, _, _, not_read = run
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    said = result.stdout + result.stderr
    for name, reason in {**BAD, **not_read}.items():
        assert f"{name}: {reason}" in said
    assert RECORDS["poster.jsonl:2"] in result.stderr
    for name in FILES:
        if name not in BAD and name not in WARNED:
            assert name not in result.stderr, f"good file {name} was warned about"
    for name, warning in WARNED.items():
        if name != "orimligt.txt":      # see the test of absurd figures
            assert f"{name}: {warning}" in result.stderr
    assert f"{len(FILES) + len(not_read) + len(RECORDS) + READ_ELSEWHERE} files" in result.stdout
    # The file with a name that is not UTF-8 is read, and flagged.
    assert f"{len(BAD) + len(not_read) + 1 + 1} skipped" in result.stdout


def test_what_is_not_a_regular_file_in_raw_is_listed_and_never_read(run):
    _, documents, amounts, not_read = run
    for name, reason in not_read.items():
        row = documents[PurePosixPath(name).stem]
        assert (row["source"], row["status"]) == (name, f"{name}: {reason}")
        assert (row["text"], row["n_amounts"], row["sha256"]) == ("", 0, "")
    assert "root:" not in "".join(d["text"] for d in documents.values())
    # What a link inside the folder points to is read, under the link's name and its own.
    assert documents["senaste"]["text"] == documents["forskning"]["text"]
    assert documents["senaste"]["status"] == "ok"
    assert [r["value"] for r in amounts if r["doc_id"] == "arkiv/vagar"] == [9e6]


def test_a_file_name_that_is_not_utf8_is_read_under_an_escaped_name(run):
    _, documents, amounts, _ = run
    row = documents["g\\xe4vle-hamn"]
    assert row["source"] == "g\\xe4vle-hamn.txt"
    assert row["status"] == ("g\\xe4vle-hamn.txt: file name is not valid UTF-8, "
                             "written with \\x escapes")
    assert row["text"] == BAD_NAME_TEXT.strip()
    assert [(r["value"], r["currency"]) for r in amounts if r["doc_id"] == row["doc_id"]] == [
        (4e6, "SEK")]


def test_a_lone_surrogate_in_a_record_does_not_stop_the_run(run):
    _, documents, amounts, _ = run
    row = documents["gavle-2024-11"]
    assert "\ud800" not in row["text"]
    assert [r["value"] for r in amounts if r["doc_id"] == "gavle-2024-11"] == [6e6]


def test_one_documents_row_per_file_ok_or_the_reason(run):
    _, documents, _, not_read = run
    extra = {PurePosixPath(n).stem for n in not_read} | set(RECORDS) | {
        "senaste", "arkiv/vagar", "g\\xe4vle-hamn"}
    assert set(documents) == {PurePosixPath(n).stem for n in FILES} | extra
    for doc_id, status in RECORDS.items():
        assert documents[doc_id]["status"] == status
    for name in FILES:
        row = documents[PurePosixPath(name).stem]
        assert row["source"] == name
        if name in BAD:
            assert row["status"].startswith(f"{name}: {BAD[name]}")
            assert (row["text"], row["n_amounts"]) == ("", 0)
        else:
            assert row["status"] == "ok"
            if name != "orimligt.txt":      # see the test of absurd figures
                assert row["n_amounts"] == len(AMOUNTS[row["doc_id"]])


def test_every_good_file_gives_its_amounts_and_no_bad_file_gives_any(run):
    _, documents, amounts, _ = run
    found: dict[str, list] = {}
    for row in sorted(amounts, key=lambda r: (r["doc_id"], r["amount_no"])):
        found.setdefault(row["doc_id"], []).append((row["value"], row["currency"]))
        assert documents[row["doc_id"]]["text"][row["start"]:row["end"]] == row["text"]
    expected = {**AMOUNTS, "senaste": AMOUNTS["forskning"], "arkiv/vagar": [(9e6, "SEK")],
                "g\\xe4vle-hamn": [(4e6, "SEK")], "gavle-2024-11": [(6e6, "SEK")],
                "gavle-2024-13": [(210e6, "SEK")]}
    # The release with absurd figures gives its real amount here; the rest of what it gives is
    # the test of absurd figures' concern.
    assert expected.pop("orimligt")[0] in found.pop("orimligt")
    assert found == expected


def test_legacy_encodings_and_the_bom_decode_to_the_right_characters(run):
    _, documents, _, _ = run
    assert "Sammanlagt fördelas 8,5 miljoner kronor till bibliotek" in documents["kulturradet"]["text"]
    assert "Största beloppet går till Örebro" in documents["kulturradet"]["text"]
    assert "beviljar 2,5 miljoner € till landström i Gävle hamn – ett av årets" in \
        documents["gavle-hamn"]["text"]
    assert documents["skane"]["title"] == "Nytt stöd till lantbrukare i Skåne"
    assert "\ufeff" not in documents["skane"]["text"] + documents["halland"]["text"]
    assert documents["halland"]["title"] == "Våtmarker i Halland återställs"
    assert "Länsstyrelsen i Skåne fördelar 12 miljoner kronor" in documents["skane"]["text"]
    good = documents["forskning"]
    assert (good["title"], good["publisher"], str(good["published"])) == (
        "Mer pengar till forskning om antibiotikaresistens", "Utbildningsdepartementet", "2021-02-04 00:00:00")
    assert "Regeringen avsätter 30 miljoner kronor till forskning." in good["text"]


def test_html_gives_the_article_not_its_nav_footer_or_scripts(run):
    _, documents, amounts, _ = run
    page = documents["vasterbotten"]
    assert page["title"] == "Miljoner till klimatomställning i Västerbotten"
    assert page["publisher"] == "Region Västerbotten"
    assert str(page["published"]) == "2023-09-18 00:00:00"
    text = page["text"]
    assert "Område A 12 miljoner kronor\nOmråde B 12 miljoner kronor" in text
    assert "Umeå | 4 500 000" in text
    for chrome in ("Startsida", "555 miljoner", "975 miljoner", "333 miljoner", "11 miljarder",
                   "090-785 00 00", "88 miljoner", "dataLayer", "console.log"):
        assert chrome not in text
    page_amounts = [r for r in amounts if r["doc_id"] == "vasterbotten"]
    assert [r["in_table"] for r in page_amounts] == [False] * 4 + [True] * 2
    assert [r["area"] for r in page_amounts[1:4]] == ["Område A", "Område B", "Område C"]


def test_a_page_gives_its_grants_table_and_neither_its_menu_nor_its_php(run):
    _, documents, amounts, _ = run
    page = documents["bidrag"]
    assert (page["title"], page["publisher"], str(page["published"])) == (
        "Kulturnämnden delar ut föreningsbidrag", "Hudiksvalls kommun", "2024-02-12 00:00:00")
    assert "Förening | Bidrag\nFöreningen Hälsingedans | 250 000 kr\n" in page["text"]
    for chrome in ("rabatt", "1 000 kr", "<?php", "require_once", "$", "echo", "9 000 000",
                   "Uppleva", "824 80"):
        assert chrome not in page["text"], chrome
    grants = [(r["text"], r["in_table"], r["area"]) for r in amounts if r["doc_id"] == "bidrag"]
    assert grants == [("250 000 kr", True, "Föreningen Hälsingedans"),
                      ("120 000 kr", True, "Föreningen Kustscouterna"),
                      ("75 000 kr", True, "Föreningen Ungdomens hus")]


def test_mixed_and_twice_decoded_text_and_a_stray_nul_are_read_as_written(run):
    _, documents, _, _ = run
    mixed = documents["hamn-blandad"]
    assert (mixed["status"], mixed["title"]) == ("ok", HARBOUR_TITLE)
    assert mixed["text"] == f"{HARBOUR_TITLE}\n\n{HARBOUR_BODY.strip()}"
    twice = documents["dubbelkodad"]
    assert (twice["status"], twice["title"]) == ("ok", "Bidrag till Växjö bibliotek")
    assert "läsfrämjande insatser på biblioteken i Växjö." in twice["text"]
    assert "Ã" not in mixed["text"] + twice["text"]
    preschool = documents["forskola"]
    assert preschool["status"] == "ok"
    assert preschool["text"] == PRESCHOOL.replace("\x00", "").strip()


def test_absurd_figures_give_no_row_and_every_written_value_is_finite_and_bounded(run):
    result, _, amounts, _ = run
    assert [(r["text"], r["value"]) for r in amounts if r["doc_id"] == "orimligt"] == [
        ("45 miljoner kronor", 45e6)]
    assert "orimligt.txt" in result.stderr and "10^15" in result.stderr
    values = [v for r in amounts for v in (r["value"], r["value_max"]) if v is not None]
    assert all(math.isfinite(v) and abs(v) <= 1e15 for v in values)


# ---------------------------------------------------------------------------------------------
# The README lists every status a documents row can have.

README = Path(__file__).parents[1] / "README.md"
PLACEHOLDER = "…"


def readme_statuses() -> str:
    """The README's section on what raw/ accepts."""
    text = README.read_text(encoding="utf-8")
    return text.split("### What you can drop in raw/\n", 1)[1].split("\n## ", 1)[0]


# Example values in the README's statuses, each standing for any text.
STAND_INS = ("…", "N", "M", "X", "ErrorType: message", "/etc/passwd", "'.pdf'", "'X'", "got list",
             "'text'", "'id'", "'date'", "PDF", "Permission denied", "a FIFO")


def readme_status_patterns() -> list[re.Pattern]:
    """Each status of the README's status tables as a pattern."""
    tables = readme_statuses().split("| status (after `<file>: `) | when |\n|---|---|\n")[1:]
    rows = [line for table in tables for line in table.split("\n\n", 1)[0].splitlines()]
    cells = [row.split(" | ", 1)[0].removeprefix("| ") for row in rows]
    statuses = [status for cell in cells for status in re.findall(r"`([^`]+)`", cell)]
    patterns = []
    for status in statuses:
        pattern = re.escape(status)
        for stand_in in STAND_INS:
            pattern = re.sub(rf"(?<![\w']){re.escape(re.escape(stand_in))}(?![\w'])", ".+",
                             pattern)
        patterns.append(re.compile(pattern))
    return patterns


def test_every_status_the_run_gives_is_one_the_readme_lists(run):
    _, documents, _, _ = run
    patterns = readme_status_patterns()
    for row in documents.values():
        if row["status"] != "ok":
            reason = row["status"].removeprefix(f"{row['source']}: ")
            assert any(p.fullmatch(reason) for p in patterns), f"README lacks {reason!r}"


# What the code says when it cannot read a file: a message raised as UnreadableFile, or a
# string given to, returned as or assigned to a problem, reason, status or note.
STATUS_MODULES = ["pipeline/ingest/sources.py", "pipeline/run/__init__.py", "pipeline/ingest/*.py"]
STATUS_NAMES = {"problem", "reason", "status", "note"}


def strings_of(node: ast.expr) -> list[str]:
    """The strings an expression can be: a literal's text, an f-string's with each placeholder
    as an ellipsis, either branch of a conditional, each item of a tuple."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else PLACEHOLDER
                        for v in node.values)]
    if isinstance(node, ast.IfExp):
        return strings_of(node.body) + strings_of(node.orelse)
    if isinstance(node, ast.Tuple):
        return [s for item in node.elts for s in strings_of(item)]
    return []


def status_templates(tree: ast.Module) -> set[str]:
    """The strings a module raises as UnreadableFile, returns from a function that may return
    one (`-> str | None`), passes as a parameter named in STATUS_NAMES or assigns to one."""
    functions = {f.name: [a.arg for a in f.args.args] for f in ast.walk(tree)
                 if isinstance(f, ast.FunctionDef)}
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and "str | None" in ast.unparse(node.returns or
                                                                              ast.Constant("")):
            found += [s for r in ast.walk(node) if isinstance(r, ast.Return) and r.value
                      for s in strings_of(r.value)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            params = (["status"] if node.func.id == "UnreadableFile"
                      else functions.get(node.func.id, []))
            found += [s for name, arg in zip(params, node.args, strict=False)
                      if name in STATUS_NAMES for s in strings_of(arg)]
            found += [s for k in node.keywords if k.arg in STATUS_NAMES for s in strings_of(k.value)]
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            names = target.elts if isinstance(target, ast.Tuple) else [target]
            values = value.elts if isinstance(value, ast.Tuple) and len(value.elts) == len(
                names) else [value] * len(names)
            found += [s for name, v in zip(names, values, strict=True)
                      if isinstance(name, ast.Name) and name.id in STATUS_NAMES
                      for s in strings_of(v)]
    return set(found)


def code_statuses() -> set[str]:
    """Every status the code can write, as a template, without its `<file>: ` prefix; those
    that are only placeholders (`f"{source}: {problem}"`) pass another one on."""
    root = Path(__file__).parents[1]
    paths = sorted({p for pattern in STATUS_MODULES for p in root.glob(pattern)})
    found = set()
    for path in paths:
        for status in status_templates(ast.parse(path.read_text(encoding="utf-8"))):
            reason = status.removeprefix(f"{PLACEHOLDER}: ")
            if re.search(r"[a-z]{2}", reason) and reason != "ok":
                found.add(reason)
    return found


def test_the_code_statuses_are_found():
    """The search above finds what it is meant to: a status of each kind of source."""
    assert {"empty file", "symlink loop: not followed", "line is not UTF-8",
            "too large: … bytes, limit …", "cannot list folder: …",
            "extraction failed: …: …"} <= code_statuses()


@pytest.mark.parametrize("status", sorted(code_statuses()))
def test_the_readme_lists_every_status_the_code_can_write(status):
    section = readme_statuses()
    for part in status.split(PLACEHOLDER):
        assert part.strip(" ,:()") == "" or part in section, f"README lacks {status!r}"


def test_read_document_refuses_a_file_over_its_limit_by_name(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_bytes(HUGE)
    with pytest.raises(UnreadableFile, match=rf"^stor\.txt: too large: {len(HUGE)} bytes, limit 1000$"):
        read_document(path, tmp_path, max_bytes=1000)
    # At the limit it is still read; the default limit (16 MiB) takes it too.
    assert read_document(path, tmp_path, max_bytes=len(HUGE)).status == "ok"
    assert read_document(path, tmp_path).doc_id == "stor"
    with pytest.raises(UnreadableFile, match=r"^stor\.txt: too large"):
        document_from_bytes(HUGE, PurePosixPath("stor.txt"), max_bytes=len(HUGE) - 1)


SHORT_LEGACY = [   # (encoding, a one-line release, the amount it states)
    ("cp1252", "Regionen fördelar €1 miljard till vägar i Jämtland – främst i fjällen.\n", (1e9, "EUR")),
    ("cp1252", "EU:s regionalfond ger €2,5 miljoner – ett rekord för Gävleborg.\n", (2.5e6, "EUR")),
    ("latin-1", "Länsstyrelsen i Gävleborg fördelar 3 miljoner kronor till äldreomsorgen i Härnösand.\n",
     (3e6, "SEK")),
    ("latin-1", "Staten tillför 2,5 miljoner kronor till vägar i Jämtland.\n", (2.5e6, "SEK")),
    ("iso8859_15", "Avgiften blir 40 € per år för hushåll i Umeå.\n", (40, "EUR")),
    ("cp850", "Åtgärderna i Östersund kostar 5 miljoner kronor, säger Åsa Öberg.\n", (5e6, "SEK")),
    ("mac_roman", "Förskolan i Växjö får 4 miljoner kronor till nya lokaler.\n", (4e6, "SEK")),
    ("mac_roman", "Här är 5 miljoner kronor.\n", (5e6, "SEK")),
    ("cp850", "Regionen fördelar 6 miljoner kronor.\n", (6e6, "SEK")),
    ("cp1252", "Tåget Umeå–Luleå får 7 miljoner kronor.\n", (7e6, "SEK")),
    ("cp1252", "EU ger €2,5 miljoner till hamnen.\n", (2.5e6, "EUR")),
]


@pytest.mark.parametrize("encoding, text, amount", SHORT_LEGACY,
                         ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(SHORT_LEGACY)])
def test_a_short_legacy_encoded_release_decodes_to_swedish(tmp_path, encoding, text, amount):
    """A line or two gives a code-page guesser little to go on: cp1252's 'ä' read as mac_roman
    is '‰' and its '€' is 'Ä'; mac_roman's 'ä' read as cp850 is 'è'; cp850's 'ö' read as cp1252
    is '”'. The reading that looks most like Swedish wins."""
    path = tmp_path / "kort.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path, tmp_path)
    assert doc.text == text.strip()
    rows = extract_document(doc).amounts
    assert [(float(r.value), r.currency) for r in rows] == [amount]


def test_high_bytes_that_read_as_no_western_text_are_refused_as_undecodable(tmp_path):
    path = tmp_path / "brus.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 3)
    with pytest.raises(UnreadableFile, match=r"^brus\.txt: undecodable"):
        read_document(path, tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_file_without_read_permission_is_refused_and_the_run_goes_on(tmp_path, caplog, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "forskning.txt").write_bytes(GOOD.encode())
    locked = raw / "last.txt"
    locked.write_bytes(GOOD.encode())
    locked.chmod(0)
    try:
        with pytest.raises(UnreadableFile, match=r"^last\.txt: cannot read: Permission denied"):
            read_document(locked, raw)
        status = cli.main(["extract", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
    finally:
        locked.chmod(0o644)
    assert status == 2
    assert "last.txt: cannot read: Permission denied" in caplog.text
    assert "1 skipped" in capsys.readouterr().out
    documents = {r["doc_id"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert documents["last"]["status"].startswith("last.txt: cannot read")
    assert documents["forskning"]["n_amounts"] == 1


# ---------------------------------------------------------------------------------------------
# Inputs that once made the parser raise and abort the whole run.

CRASHES = [   # each once raised inside the parser
    pytest.param(
        "Enligt underlaget uppgår kostnaden till 12 345 678 901 234 567 890 123 456 789 kronor, "
        "vilket är ett uppenbart skrivfel i källan.",
        id="amount-over-10^28"),
    pytest.param(
        "Från och med den 1 juli 1998 höjs avgiften till 1.250:50 kronor per månad.",
        id="ore-after-dot-thousands"),
    pytest.param(
        "Projektet i Luleå kostar \U0001e5f1\U0001e5f2 miljoner kronor.",
        id="digit-unknown-to-python"),
]


@pytest.mark.parametrize("sentence", CRASHES)
def test_a_release_that_trips_the_parser_does_not_abort_the_run(tmp_path, sentence):
    """A release with an odd number is read like any other, and the run finishes."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "forskning.txt").write_bytes(GOOD.encode())
    (raw / "felskrivet.txt").write_text(f"Ett udda belopp\n\n{sentence}\n", encoding="utf-8")
    result = subprocess.run(extract_command(raw, out), capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 2), result.stderr[-2000:]
    documents = {r["doc_id"]: r for r in pq.read_table(out / "documents.parquet").to_pylist()}
    assert set(documents) == {"forskning", "felskrivet"}
    assert documents["forskning"]["n_amounts"] == 1
