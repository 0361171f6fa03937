"""One `python -m pipeline extract` run over a folder that mixes good releases (UTF-8, Latin-1,
cp1252, UTF-8 and UTF-16 with BOM, HTML, a link to one, a file name that is not UTF-8, a JSONL
record holding a lone surrogate) with what cannot be read (empty, binary, undecodable, PDF, too
large; links out of the folder, a loop, a dangling link, a link to a folder, a FIFO, a socket, a
device): the good ones give their amounts, every bad one gets a documents row that says why,
the run names each bad file, prints no traceback and exits with status 2."""
from __future__ import annotations

import os
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
}

AMOUNTS = {   # doc_id -> (value, currency) in document order
    "forskning": [(30e6, "SEK")],
    "kulturradet": [(8.5e6, "SEK")],
    "gavle-hamn": [(2.5e6, "EUR")],
    "skane": [(12e6, "SEK")],
    "halland": [(450e3, "SEK")],
    "vasterbotten": [(36e6, "SEK"), (12e6, "SEK"), (12e6, "SEK"), (12e6, "SEK"),
                     (4.5e6, "SEK"), (3.2e6, "SEK")],
}

BAD = {   # file -> what its documents row and the warning say
    "tom.txt": "empty file",
    "trasig.txt": "binary file, not text",
    "arsredovisning.pdf": "unsupported suffix '.pdf'",
    "stor.txt": f"too large: {len(HUGE)} bytes, limit {MAX_BYTES}",
    "brus.txt": "undecodable: neither UTF-8 nor a Western European encoding",
}


BAD_NAME = os.fsdecode(b"g\xe4vle-hamn.txt")     # Latin-1 bytes in a UTF-8 file system
BAD_NAME_TEXT = "Hamnen i Gävle får 4 miljoner kronor till muddring av farleden.\n"
LINKED = "senaste.txt"      # a link to forskning.txt, inside the folder: read
SURROGATE_RECORD = ('{"id": "gavle-2024-11", "title": "Stöd till skolan", "text": '
                    '"Kommunen får 6 miljoner kronor \\ud800 till skolan i Gävle."}\n')

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
    (raw / "poster.jsonl").write_text(SURROGATE_RECORD, encoding="utf-8")
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


# Besides FILES: the bad-name file, the linked file, the file in arkiv/, the JSONL record.
READ_ELSEWHERE = 4


def test_exit_status_is_two_and_each_bad_file_is_named_with_its_reason(run):
    result, _, _, not_read = run
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    said = result.stdout + result.stderr
    for name, reason in {**BAD, **not_read}.items():
        assert f"{name}: {reason}" in said
    for name in FILES:
        if name not in BAD:
            assert name not in result.stderr, f"good file {name} was warned about"
    assert f"{len(FILES) + len(not_read) + READ_ELSEWHERE} files" in result.stdout
    # The file with a name that is not UTF-8 is read, and flagged.
    assert f"{len(BAD) + len(not_read) + 1} skipped" in result.stdout


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
    extra = {PurePosixPath(n).stem for n in not_read} | {
        "senaste", "arkiv/vagar", "g\\xe4vle-hamn", "gavle-2024-11"}
    assert set(documents) == {PurePosixPath(n).stem for n in FILES} | extra
    for name in FILES:
        row = documents[PurePosixPath(name).stem]
        assert row["source"] == name
        if name in BAD:
            assert row["status"].startswith(f"{name}: {BAD[name]}")
            assert (row["text"], row["n_amounts"]) == ("", 0)
        else:
            assert row["status"] == "ok"
            assert row["n_amounts"] == len(AMOUNTS[row["doc_id"]])


def test_every_good_file_gives_its_amounts_and_no_bad_file_gives_any(run):
    _, documents, amounts, _ = run
    found: dict[str, list] = {}
    for row in sorted(amounts, key=lambda r: (r["doc_id"], r["amount_no"])):
        found.setdefault(row["doc_id"], []).append((row["value"], row["currency"]))
        assert documents[row["doc_id"]]["text"][row["start"]:row["end"]] == row["text"]
    assert found == {**AMOUNTS, "senaste": AMOUNTS["forskning"],
                     "arkiv/vagar": [(9e6, "SEK")], "g\\xe4vle-hamn": [(4e6, "SEK")],
                     "gavle-2024-11": [(6e6, "SEK")]}


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
