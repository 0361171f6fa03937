"""The corpora the bench measures: JSONL files, and the same releases as one `.md` file each
(or one `.txt` file each, as a scraped page is: title line, blank line, text).

A file corpus is written once into a cache folder and reused while the JSONL files it came
from are unchanged; a manifest written last marks the folder complete.
"""
from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
MD_CACHE = Path("/tmp/pressfigures-bench-md")
TXT_CACHE = Path("/tmp/pressfigures-bench-txt")
MANIFEST = ".complete.json"     # a dot file: `extract` does not list it
MANIFEST_FORMAT = 1


@dataclass(frozen=True)
class Corpus:
    name: str
    raw: Path            # the folder or file given to `extract --raw`
    files: tuple[Path, ...]
    releases: int

    @property
    def megabytes(self) -> float:
        return sum(path.stat().st_size for path in self.files) / 1e6


def input_files(raw: Path) -> list[Path]:
    """The files `extract` reads under `raw` (dot files are not releases)."""
    if raw.is_file():
        return [raw]
    return sorted(p for p in raw.rglob("*") if p.is_file() and not p.name.startswith("."))


def records(path: Path) -> Iterator[dict]:
    """The JSONL file's releases with a text; lines that are not one are left out."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                yield record


def count_releases(files: list[Path]) -> int:
    return sum(sum(1 for _ in records(p)) if p.suffix == ".jsonl" else 1 for p in files)


def markdown_of(record: dict) -> str:
    """A release as a `.md` file: `# title`, a blank line, the text."""
    title = " ".join(str(record.get("title") or "").split())
    text = record["text"].strip()
    return f"# {title}\n\n{text}\n" if title else f"{text}\n"


def plain_text_of(record: dict) -> str:
    """A release as a scraped `.txt` file: the title line, a blank line, the text."""
    title = " ".join(str(record.get("title") or "").split())
    text = record["text"].strip()
    return f"{title}\n\n{text}\n" if title else f"{text}\n"


WRITERS = {"md": markdown_of, "txt": plain_text_of}

def signature(jsonl_files: list[Path]) -> list[list]:
    """What the cache was made from: each file's name, size and modification time."""
    return [[p.name, p.stat().st_size, p.stat().st_mtime_ns] for p in jsonl_files]


def cached_corpus(folder: Path, jsonl_files: list[Path], kind: str = "md") -> Corpus | None:
    """The file corpus of `kind` ("md" or "txt") in `folder` when it is complete and made from
    these files."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = input_files(folder)
    if (manifest.get("format") != MANIFEST_FORMAT or manifest.get("kind", "md") != kind
            or manifest.get("sources") != signature(jsonl_files)
            or manifest.get("files") != len(files)):
        return None
    return Corpus(kind, folder, tuple(files), len(files))


def write_file_corpus(folder: Path, jsonl_files: list[Path], kind: str = "md") -> Corpus:
    """Each release of `jsonl_files` as `<file stem>/<line number>.<kind>` under `folder`,
    written beside it first and moved into place, so an interrupted write leaves no partial
    cache."""
    partial = folder.with_name(f"{folder.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    count = 0
    for path in jsonl_files:
        (partial / path.stem).mkdir(parents=True)
        for number, record in enumerate(records(path), start=1):
            target = partial / path.stem / f"{number:05d}.{kind}"
            target.write_text(WRITERS[kind](record), encoding="utf-8")
            count += 1
    (partial / MANIFEST).write_text(json.dumps(
        {"format": MANIFEST_FORMAT, "kind": kind, "sources": signature(jsonl_files),
         "files": count}), encoding="utf-8")
    if folder.exists():
        if not (folder / MANIFEST).exists() and any(folder.iterdir()):
            shutil.rmtree(partial)
            raise SystemExit(f"{folder}: not empty and not a bench corpus; choose another "
                             f"--{kind}-cache")
        shutil.rmtree(folder)
    partial.rename(folder)
    return Corpus(kind, folder, tuple(input_files(folder)), count)


def md_corpus(folder: Path, jsonl_files: list[Path]) -> Corpus:
    return cached_corpus(folder, jsonl_files) or write_file_corpus(folder, jsonl_files)


def txt_corpus(folder: Path, jsonl_files: list[Path]) -> Corpus:
    return (cached_corpus(folder, jsonl_files, "txt")
            or write_file_corpus(folder, jsonl_files, "txt"))


def jsonl_corpus(jsonl_files: list[Path], folder: Path, copies: int = 1) -> Corpus:
    """A raw folder of copies of only these JSONL files (a corpus folder also holds notes;
    `extract` follows no link out of --raw), each repeated `copies` times under new ids."""
    folder.mkdir(parents=True)
    for path in jsonl_files:
        if copies == 1:
            shutil.copyfile(path, folder / path.name)
            continue
        with (folder / path.name).open("w", encoding="utf-8") as out:
            for copy in range(copies):
                for record in records(path):
                    record["id"] = f"{record.get('id')}~{copy}"
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    files = input_files(folder)
    return Corpus("jsonl", folder, tuple(files), count_releases(files))


def generated_jsonl(folder: Path, n: int = 3000) -> Path:
    """Releases in the style of a budget release, most of them without money: the corpus
    when ../shared/corpus is not there."""
    rng = random.Random(7)
    areas = ["bredbandsutbyggnad", "forskning", "vägunderhåll", "psykiatrin", "skolbiblioteken"]
    path = folder / "generated.jsonl"
    folder.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            paragraphs = ["Regeringen har i dag beslutat om nya uppdrag till myndigheterna."] * 3
            if i % 3 == 0:
                paragraphs.append(f"Regeringen avsätter {rng.randint(2, 900)} miljoner kronor "
                                  f"till {rng.choice(areas)} under {rng.randint(2024, 2028)}.")
            record = {"id": f"gen-{i}", "title": f"Pressmeddelande {i}",
                      "text": "\n\n".join(paragraphs)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def custom_corpus(raw: Path) -> Corpus:
    files = input_files(raw)
    return Corpus(raw.name, raw, tuple(files), count_releases(files))
