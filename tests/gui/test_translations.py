"""The Chinese translation keeps up with the code.

Fails when a tr() string (views/) or a QT_TR_NOOP message (app/, db/) is
added or changed without a translation, or when the compiled .qm is stale.
To update:
    pyside6-lupdate -locations none -no-obsolete $(git ls-files "views/*.py" "app/*.py" "db/*.py") -ts resources/curmap_zh_TW.ts
    (translate the new messages, e.g. in pyside6-linguist)
    pyside6-lrelease resources/curmap_zh_TW.ts -qm resources/curmap_zh_TW.qm
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "curmap_zh_TW.ts"
QM = ROOT / "resources" / "curmap_zh_TW.qm"


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    assert exe, f"pyside6-{name} comes with PySide6; it is needed to check the translation"
    return exe


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            if m.find("translation").get("type") not in ("vanished", "obsolete"):
                out[(name, m.findtext("source"))] = m
    return out


def _text(m: ET.Element) -> str:
    """The translation, or its plural forms (numerus messages) joined; empty while any form is."""
    tr = m.find("translation")
    forms = [f.text or "" for f in tr.iter("numerusform")]
    if forms:
        return " | ".join(forms) if all(f.strip() for f in forms) else ""
    return tr.text or ""


def test_every_ui_string_is_in_the_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for d in ("views", "app", "db") for p in (ROOT / d).rglob("*.py"))
    subprocess.run([_tool("lupdate"), "-locations", "none", *sources, "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True, timeout=60)
    wanted, have = set(_messages(fresh)), set(_messages(TS))
    assert not wanted - have, f"untranslated (run lupdate, then translate): {sorted(wanted - have)}"
    assert not have - wanted, f"no longer in the code (run lupdate -no-obsolete): {sorted(have - wanted)}"


def test_every_message_is_translated():
    def text(t):  # plural messages (%n) keep their text in <numerusform>s
        return "".join(t.itertext()).strip()

    bad = [key for key, m in _messages(TS).items()
           if m.find("translation").get("type") == "unfinished" or not _text(m).strip()]
    assert not bad, f"unfinished translations: {bad}"


def test_the_qm_is_compiled_from_the_ts(tmp_path):
    out = tmp_path / "check.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True, timeout=60)
    assert QM.read_bytes() == out.read_bytes(), "resources/curmap_zh_TW.qm is stale: run lrelease"


@pytest.mark.parametrize("text", ["%1", "%2", "%3", "&"])
def test_placeholders_and_accelerators_survive(text):
    for (ctx, source), m in _messages(TS).items():
        if text in source:
            assert text in _text(m), f"{ctx}: {source!r} lost {text!r} in translation"
