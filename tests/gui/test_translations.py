"""The translations keep up with the code.

Fails when a tr() string (views/) or a QT_TR_NOOP message (app/, db/) is
added or changed without a translation, or when a compiled .qm is stale.
Chinese (resources/curmap_zh_TW.ts) has every message; English
(resources/curmap_en.ts) has only the plural ones (%n), with their singular
("1 module") and plural forms. To update:
    SRC=$(git ls-files "views/*.py" "app/*.py" "db/*.py")
    pyside6-lupdate -locations none -no-obsolete $SRC -ts resources/curmap_zh_TW.ts
    pyside6-lupdate -pluralonly -locations none -no-obsolete $SRC -ts resources/curmap_en.ts
    (translate the new messages, e.g. in pyside6-linguist)
    pyside6-lrelease resources/curmap_zh_TW.ts -qm resources/curmap_zh_TW.qm
    pyside6-lrelease resources/curmap_en.ts -qm resources/curmap_en.qm
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "curmap_zh_TW.ts"
QM = ROOT / "resources" / "curmap_zh_TW.qm"
EN_TS = ROOT / "resources" / "curmap_en.ts"
EN_QM = ROOT / "resources" / "curmap_en.qm"


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


def _fresh(tmp_path: Path, ts: Path, *options: str) -> Path:
    """What lupdate collects from the code now, into a new file named like ``ts`` (its language)."""
    fresh = tmp_path / ts.name
    sources = sorted(str(p.relative_to(ROOT)) for d in ("views", "app", "db") for p in (ROOT / d).rglob("*.py"))
    subprocess.run([_tool("lupdate"), "-locations", "none", *options, *sources, "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True, timeout=60)
    return fresh


@pytest.mark.parametrize("ts, options", [(TS, ()), (EN_TS, ("-pluralonly",))], ids=["zh_TW", "en"])
def test_every_ui_string_is_in_the_translation(tmp_path, ts, options):
    wanted, have = set(_messages(_fresh(tmp_path, ts, *options))), set(_messages(ts))
    assert not wanted - have, f"untranslated (run lupdate, then translate): {sorted(wanted - have)}"
    assert not have - wanted, f"no longer in the code (run lupdate -no-obsolete): {sorted(have - wanted)}"


def test_english_says_one_and_many():
    """Each count reads right in English: a singular ("%n module") and a plural form, both translated."""
    messages = _messages(EN_TS)
    assert messages and all(m.get("numerus") == "yes" for m in messages.values())
    for key, m in messages.items():
        forms = [f.text or "" for f in m.find("translation").iter("numerusform")]
        assert len(forms) == 2 and forms[1] == key[1], key  # the source is written for many
        assert forms[0] != forms[1] or not re.search(r"%n \w+s\b", key[1]), f"no singular: {key}"
        assert sorted(re.findall(r"%\d|%n", forms[0])) == sorted(re.findall(r"%\d|%n", key[1])), key


def test_every_message_is_translated():
    def text(t):  # plural messages (%n) keep their text in <numerusform>s
        return "".join(t.itertext()).strip()

    bad = [key for key, m in _messages(TS).items()
           if m.find("translation").get("type") == "unfinished" or not _text(m).strip()]
    assert not bad, f"unfinished translations: {bad}"


@pytest.mark.parametrize("ts, qm", [(TS, QM), (EN_TS, EN_QM)], ids=["zh_TW", "en"])
def test_the_qm_is_compiled_from_the_ts(tmp_path, ts, qm):
    out = tmp_path / "check.qm"
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(out)], check=True, capture_output=True, timeout=60)
    assert qm.read_bytes() == out.read_bytes(), f"resources/{qm.name} is stale: run lrelease"


@pytest.mark.parametrize("text", ["%1", "%2", "%3", "&"])
def test_placeholders_and_accelerators_survive(text):
    for (ctx, source), m in _messages(TS).items():
        if text in source:
            assert text in _text(m), f"{ctx}: {source!r} lost {text!r} in translation"
