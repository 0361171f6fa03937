"""An extract run of the command line imports spaCy without spaCy's own command line; a
library caller's process imports spaCy as spaCy does."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RELEASE = """# Nytt anslag till vägunderhåll

Regeringen avsätter 450 miljoner kronor till underhåll av vägar under 2026.
"""

AFTER = """
import sys
from pathlib import Path
how, raw, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
if how == "command":
    from pipeline.cli import main
    main(["extract", "--raw", str(raw), "--out", str(out), "--jobs", "1"])
else:
    from pipeline.run import extract
    extract(raw, out, jobs=1)
print("spacy" in sys.modules, "spacy.cli" in sys.modules, "typer" in sys.modules)
import spacy
import spacy.cli
print(spacy.info()["spacy_version"] == spacy.__version__, Path(spacy.cli.__file__).name)
"""


def after_a_run(how: str, tmp_path: Path) -> list[str]:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "vagar.md").write_text(RELEASE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", AFTER, how, str(raw), str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.split()


def test_a_command_line_run_labels_without_spacys_command_line(tmp_path):
    """spaCy is loaded (the release has money to label), its commands are not; afterwards
    `spacy.info` and `import spacy.cli` are spaCy's own."""
    assert after_a_run("command", tmp_path)[-5:] == ["True", "False", "False", "True", "__init__.py"]


def test_a_library_run_imports_spacy_whole(tmp_path):
    assert after_a_run("library", tmp_path)[-5:-2] == ["True", "True", "True"]
