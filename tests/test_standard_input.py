"""Hostile and broken standard files: refused or flagged, with the file and place named."""
from __future__ import annotations

import codecs
import os
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from app.errors import StandardFormatError
from app.standards.parser import parse_standard_text, read_standard
from app.standards.sources import files
from app.standards.sources.text import text_source
from app.standards.parser import parse_source
from tests.pdf_bits import tiny_pdf

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "resources" / "KRM2431-001v2.txt"
PER_TASK = ROOT / "tests" / "data" / "standards" / "TFB5120-002_per_task.txt"
LAYOUTS = ROOT / "tests" / "data" / "standards" / "layouts"
BAD = ROOT / "tests" / "data" / "standards" / "bad"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def refused(path, *fragments) -> StandardFormatError:
    with pytest.raises(StandardFormatError) as info:
        read_standard(path)
    err = info.value
    assert err.source == Path(path).name, str(err)
    for fragment in fragments:
        assert fragment in str(err), str(err)
    return err


def warnings_of(text: str) -> list[str]:
    return [w.render("t.txt") for w in parse_source(text_source(text, "t.txt")).warnings]


# --- a file that ends before the standard does ----------------------------------------

def test_a_file_cut_inside_the_attitude_list_is_refused():
    text = seed_text()
    cut = text[:text.index("A05謹") + len("A05謹")]  # what the torture run imported: 5 of 12, A05 "謹"
    with pytest.raises(StandardFormatError) as info:
        parse_standard_text(cut, "t.txt")
    assert str(info.value) == ("t.txt, line 42: the file ends in the middle of the attitude list "
                               "(the last read is 'A05 謹'); it looks cut short: import the whole file")


def test_an_attitude_list_that_ends_the_file_at_a_line_end_is_flagged():
    lines = PER_TASK.read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("A05"))
    std_text = "\n".join(lines[:at + 1]) + "\n"  # A01…A05, then nothing: no notes
    said = warnings_of(std_text)
    assert said == [f"t.txt, line {at + 1}: nothing follows the attitude list (no 說明與補充事項): the file may "
                    "be cut short; the last attitude read is 'A05 壓力容忍'"]


def test_a_pdf_missing_pages_is_refused():
    refused(BAD / "pages_1-3_of_6.pdf", "pages_1-3_of_6.pdf, page 3: the PDF has 3 of the 6 pages its footers "
                                        "count; it is cut short")


@pytest.mark.parametrize("stem, ext", [("long_FIN2412-005v3", "pdf"), ("long_FIN2412-005v3", "odt")])
def test_a_truncated_pdf_or_odt_is_refused(tmp_path, stem, ext):
    data = (LAYOUTS / f"{stem}.{ext}").read_bytes()
    for size in (100, len(data) // 2, len(data) - 100):
        path = tmp_path / f"cut.{ext}"
        path.write_bytes(data[:size])
        err = refused(path, "damaged or incomplete")
        assert err.source == f"cut.{ext}"


# --- the same code twice -------------------------------------------------------------

def test_an_item_given_two_titles_is_flagged_and_keeps_the_first():
    text = seed_text().replace("K03報告撰寫知識 K14數據分析知識", "K03簡報撰寫知識 K14數據分析知識")
    reading = parse_source(text_source(text, "t.txt"))
    assert {i.code: i.title for i in reading.standard.knowledge}["K03"] == "報告撰寫知識"
    assert [w.render("t.txt") for w in reading.warnings] == [
        "t.txt, line 34: item K03 is titled '簡報撰寫知識' here but '報告撰寫知識' before; the first title is kept"]


def test_one_output_code_under_two_tasks_is_flagged_and_both_kept():
    text = seed_text().replace("O2.2 客群分析報告 (含策略建議)", "O2.1 客群分析報告 (含策略建議)")
    reading = parse_source(text_source(text, "t.txt"))
    tasks = {t.code: t for t in reading.standard.tasks()}
    assert [o.code for o in tasks["T2.1"].outputs] == [o.code for o in tasks["T2.2"].outputs] == ["O2.1"]
    assert [w.render("t.txt") for w in reading.warnings] == [
        "t.txt, line 25: work output O2.1 is listed under task T2.1 and again under task T2.2"]


# --- streams, pipes, sizes -----------------------------------------------------------

@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_without_reading_it():
    refused("/dev/zero", "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "standard.txt"
    os.mkfifo(fifo)
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(_error_of(fifo)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a FIFO hangs"
    assert "not a regular file" in outcome[0]


def _error_of(path) -> str:
    try:
        read_standard(path)
    except StandardFormatError as exc:
        return str(exc)
    return "read"


def test_what_is_read_is_capped_whatever_size_the_file_reports(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (3 * files.MB))
    real_stat = os.stat

    def lying_stat(path, *args, **kwargs):  # a stream that says it is empty, like /proc files
        st = real_stat(path, *args, **kwargs)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 0,
                               st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(files.os, "stat", lying_stat)
    with pytest.raises(StandardFormatError, match="over 1 MB"):
        files.read_capped(big, files.MB)


def test_a_folder_is_refused(tmp_path):
    refused(tmp_path, "a folder")


# --- encodings and characters ----------------------------------------------------------

@pytest.mark.parametrize("encode", [
    lambda t: t.encode("cp950"),
    lambda t: t.replace("\n", "\r\n").encode("big5"),
    lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: t.replace("\n", "\r\n").encode("utf-16"),
], ids=["cp950", "big5-crlf", "utf8-bom-crlf", "utf16-crlf"])
def test_big5_and_the_other_encodings_read_alike(tmp_path, encode):
    path = tmp_path / "seed.txt"
    path.write_bytes(encode(seed_text()))
    got = read_standard(path).standard
    want = read_standard(SEED).standard
    got.source_name = want.source_name
    assert got == want


def test_control_characters_never_reach_a_title():
    text = seed_text().replace("A01主動積極", "A01主動\x07積極\x1b[2J").replace("K02質化", "K02質\x1b化")
    std = parse_standard_text(text, "t.txt")
    assert std.attitudes[0].title == "主動積極[2J"
    assert {i.code: i.title for i in std.knowledge}["K02"] == "質化與量化分析知識"
    every = [std.name, std.job_description, std.notes] + [i.title for i in std.knowledge + std.skills + std.attitudes]
    assert not any(ch in s for s in every for ch in "\x07\x1b")


# --- PDFs and ODTs that are not a standard -------------------------------------------------

def test_a_password_protected_pdf_is_refused():
    refused(BAD / "locked.pdf", "locked.pdf: the PDF is protected by a password")


def test_a_scanned_pdf_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(tiny_pdf([None, None]))
    refused(path, "scan.pdf, page 1: the page holds only an image (a scan?)")


def test_a_200_page_pdf_is_refused_before_reading_its_pages(tmp_path):
    path = tmp_path / "manual.pdf"
    path.write_bytes(tiny_pdf([f"Chapter {n}" for n in range(200)]))
    refused(path, "manual.pdf: the PDF has 200 pages; a competency standard has far fewer")


@pytest.mark.parametrize("name, fragment", [
    ("minutes.pdf", "minutes.pdf, page 1: pages 1-3 show no 職能基準代碼 and no main table"),
    ("minutes.odt", "minutes.odt: no 職能基準代碼 (standard code) found"),
])
def test_a_document_that_is_no_standard_is_refused(name, fragment):
    refused(BAD / name, fragment)


def test_a_word_file_or_a_spreadsheet_named_odt_is_refused(tmp_path):
    docx = tmp_path / "standard.odt"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    refused(docx, "a Word (.docx) file")
    ods = tmp_path / "sheet.odt"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
    refused(ods, "not an ODT text document (application/vnd.oasis.opendocument.spreadsheet)")


def test_a_pdf_with_a_txt_name_is_read_as_pdf(tmp_path):
    path = tmp_path / "standard.txt"
    path.write_bytes((LAYOUTS / "gap_HSM3412-003v2.pdf").read_bytes())
    assert read_standard(path).kind == "pdf"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
def test_a_missing_file_is_named(tmp_path):
    refused(tmp_path / "gone.pdf", "gone.pdf: cannot read the file")


# --- damaged bytes and shuffled rows: a clear refusal or a standard, never a traceback ----------

@pytest.mark.parametrize("name", ["gap_HSM3412-003v2.pdf", "gap_HSM3412-003v2.odt"])
def test_damaged_pdf_and_odt_bytes_only_ever_raise_standard_format_errors(tmp_path, name):
    import random

    rng = random.Random(name)
    original = (LAYOUTS / name).read_bytes()
    refusals = 0
    for _ in range(40):
        data = bytearray(original)
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / name
        path.write_bytes(bytes(data))
        try:
            read_standard(path)
        except StandardFormatError as err:
            assert err.source == name and err.detail
            refusals += 1
    assert refusals  # the damage was seen at least sometimes


def test_mutated_rows_from_every_front_end_only_raise_standard_format_errors():
    import copy
    import random

    from app.standards.sources.detect import read_source

    stems = ("blocks_LMT3115-002", "shared_PMT2149-001v1", "long_FIN2412-005v3")
    sources = [read_source(LAYOUTS / f"{stem}.{ext}") for stem in stems for ext in ("txt", "odt", "pdf")]
    rng = random.Random(7)
    values = [None, "", "T1", "T9.9", "K01", "x", "3", "O1.1.1a", "P 1.1", "A01", "主要職責", "\n",
              "職能內涵 (A=attitude 態度)"]
    for _ in range(300):
        src = copy.deepcopy(rng.choice(sources))
        rows = src.rows
        for _ in range(rng.randrange(1, 6)):
            if not rows:
                break
            i = rng.randrange(len(rows))
            mode = rng.randrange(5)
            if mode == 0:
                del rows[i]
            elif mode == 1:
                rows.insert(rng.randrange(len(rows)), copy.deepcopy(rows[i]))
            elif mode == 2 and rows[i].cells:
                rows[i].cells[rng.randrange(len(rows[i].cells))] = rng.choice(values)
            elif mode == 3:
                rows[i].page_break = not rows[i].page_break
            else:
                del rows[i:]
        try:
            parse_source(src)
        except StandardFormatError as err:
            assert err.detail
