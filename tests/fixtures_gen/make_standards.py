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


BAD = ROOT / "tests" / "data" / "standards" / "bad"


def to_pdf(odts: list[Path], outdir: Path, options: dict | None = None) -> None:
    """Print ODTs to PDF; ``options`` are LibreOffice's PDF export settings (password, page range)."""
    import json

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("LibreOffice is needed to print the fixtures: apt-get install libreoffice-writer-nogui")
    target = "pdf"
    if options:
        target += ":writer_pdf_Export:" + json.dumps(
            {k: {"type": "boolean" if isinstance(v, bool) else "string", "value": str(v).lower()
                 if isinstance(v, bool) else v} for k, v in options.items()})
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                        "--outdir", str(outdir), *map(str, odts)], check=True, capture_output=True, timeout=600)


def write_bad() -> None:
    """PDFs a user may pick by mistake: locked, missing pages, not a standard."""
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    BAD.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        locked = work / "locked.odt"
        shutil.copyfile(OUT / "gap_HSM3412-003v2.odt", locked)
        to_pdf([locked], BAD, {"EncryptFile": True, "DocumentOpenPassword": "secret"})
        cut = work / "pages_1-3_of_6.odt"
        shutil.copyfile(OUT / "long_FIN2412-005v3.odt", cut)
        to_pdf([cut], BAD, {"PageRange": "1-3"})
        doc = OpenDocumentText()
        for n in range(120):
            doc.text.addElement(P(text=f"第{n + 1}次會議紀錄：討論年度預算、人員配置與場地安排，並決議下次會議時間。"))
        doc.save(str(BAD / "minutes.odt"))
        to_pdf([BAD / "minutes.odt"], BAD)


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
    write_bad()
    if args.bench:
        from tests.fixtures_gen.specs import big_spec

        write([big_spec(34)], ROOT / "bench" / "data")


if __name__ == "__main__":
    main()
