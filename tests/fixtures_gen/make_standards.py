"""Write the layout fixtures: tests/data/standards/layouts/<stem>.{txt,odt,pdf}.

    .venv/bin/python -m tests.fixtures_gen.make_standards [--bench]

Needs LibreOffice (apt-get install libreoffice-writer-nogui) to print the
ODTs to PDF; the tests only read the committed files. The seed's text is
the real one (resources/KRM2431-001v2.txt), not a generated layout.
``--bench`` also writes the 40-page standard bench/import_standard.py reads.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.fixtures_gen.layout_odt import layout_odt
from tests.fixtures_gen.layout_text import layout_text
from tests.fixtures_gen.specs import SPECS

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "standards" / "layouts"


def to_pdf(odts: list[Path], outdir: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice is needed to print the fixtures: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, odts)], check=True, capture_output=True, timeout=600)


def write(specs, outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    odts = []
    for spec in specs:
        if spec.stem.startswith("seed_"):
            shutil.copyfile(ROOT / "resources" / "KRM2431-001v2.txt", outdir / f"{spec.stem}.txt")
        else:
            (outdir / f"{spec.stem}.txt").write_text(layout_text(spec), encoding="utf-8")
        odt = outdir / f"{spec.stem}.odt"
        layout_odt(spec, odt)
        odts.append(odt)
    to_pdf(odts, outdir)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", action="store_true", help="also write the 40-page bench standard")
    args = ap.parse_args()
    write(SPECS, OUT)
    if args.bench:
        from tests.fixtures_gen.specs import big_spec

        write([big_spec()], ROOT / "bench" / "data")


if __name__ == "__main__":
    main()
