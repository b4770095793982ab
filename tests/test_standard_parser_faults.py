"""The competency-standard parser refuses broken and hostile text clearly: file, line, what is wrong."""
from __future__ import annotations

import random

import pytest

from app.errors import StandardFormatError
from app.standards.data import ParsedStandard
from app.standards.parser import parse_standard_file, parse_standard_text
from tests.parser_text import HEADER_ROW, fails, seed_text, with_cell, with_line


@pytest.mark.parametrize("level, fragment", [
    ("0", "has level 0; levels run 1-6"), ("7", "has level 7; levels run 1-6"),
    ("高", "has level '高'; expected a number 1-6"), ("", "has no level"),
])
def test_bad_task_level(level, fragment):
    err = fails(with_cell(seed_text(), 24, 4, level), 24, "task T2.1", fragment)
    assert "t.txt, line 24: task T2.1" in str(err)


def test_bad_standard_level():
    fails(with_line(seed_text(), 16, "基準級別\t\t9\t\t\t"), 16, "expected a level 1-6 after 基準級別")


def test_duplicate_task_code():
    fails(with_cell(seed_text(), 25, 1, "T2.1 分群策略擬定"), 25, "duplicate task code T2.1")


def test_task_before_any_duty():
    fails(with_cell(seed_text(), 19, 0, ""), 19, "task T1.1 comes before any main duty")


def test_row_without_task_code():
    fails(with_cell(seed_text(), 24, 1, "客群數據分析"), 24, "expected a work task code like T1.1 in column 2")


def test_task_under_the_wrong_duty():
    fails(with_cell(seed_text(), 25, 1, "T3.9 分群策略擬定"), 25, "task T3.9 is listed under main duty T2")


def test_table_without_knowledge():
    lines = seed_text().split("\n")
    for n in range(18, 38):
        cells = lines[n].split("\t")
        if len(cells) == 7 and cells[0] != "主要職責":
            cells[5] = ""
            lines[n] = "\t".join(cells)
    fails("\n".join(lines), 19, "task T1.1 links to no knowledge item")


def test_item_without_title_is_read_with_a_warning():
    from app.standards.parser import parse_source
    from app.standards.sources.text import text_source

    text = with_cell(seed_text(), 31, 5, "K07 K13資料庫結構知識").replace("K07消費者行為常識", "K07")
    reading = parse_source(text_source(text, "t.txt"))
    assert {i.code: i.title for i in reading.standard.knowledge}["K07"] == ""
    assert [w.render("t.txt") for w in reading.warnings] == [
        "t.txt, line 24: item K07 is referenced but never given a title; it is read without one"]


def test_uncoded_text_in_a_task_row():
    fails(with_cell(seed_text(), 24, 2, "客群分析報告"), 24, "expected a work output code like O1.1.1 in column 3")
    fails(with_cell(seed_text(), 24, 5, "市場研究 K01市場"), 24, "expected a knowledge code like K01 in column 6")


def test_extra_column():
    fails(seed_text().replace("S15數據分析技能\n", "S15數據分析技能\t多的\n"), 31, "unexpected text in column 8")


def test_missing_code_name_table_attitudes():
    text = seed_text()
    fails(with_line(text, 9, ""), None, "no 職能基準代碼")
    fails(with_line(text, 9, "職能基準代碼\t\tnot a code\t\t\t"), 9, "expected a standard code like KRM2431-001v2")
    fails(with_line(with_line(text, 10, ""), 11, ""), None, "no 職能基準名稱")
    fails("\n".join(text.split("\n")[:17]), None, "no main table found")
    fails("\n".join(text.split("\n")[:39]), 38, "not followed by 職能內涵 (A=attitude 態度)")
    fails("\n".join(text.split("\n")[:18]), 18, "the table has no rows")
    fails(with_line(text, 42, "主動積極、A02正直誠實"), 42, "expected an attitude code like A01")
    fails(text.replace("A07彈性", "A03彈性"), 42, "duplicate attitude code A03")


@pytest.mark.parametrize("line", [19, 22, 24, 27, 30, 33, 35, 38, 40])
def test_truncated_seed(line):
    lines = seed_text().split("\n")
    cut = "\n".join(lines[:line - 1] + [lines[line - 1][:len(lines[line - 1]) // 2]])
    fails(cut, None)


@pytest.mark.parametrize("data, fragment", [
    (b"", "empty"),
    (b" \n\t\r\n", "empty"),
    (bytes(range(256)) * 8, "not a text file"),
    (b"caf\xe9 au lait\n" * 10, "expected UTF-8, UTF-16 or Big5 text"),
    (b"\xff\xfe\x00\xd8", "UTF-16"),  # a lone surrogate
    ("隨便一段文字，沒有任何職能基準的內容。\n第二行".encode(), "no 職能基準代碼"),
])
def test_not_a_standard_file(tmp_path, data, fragment):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(StandardFormatError) as info:
        parse_standard_file(path)
    assert info.value.source == "bad.txt"
    assert fragment in info.value.detail


def test_missing_file(tmp_path):
    with pytest.raises(StandardFormatError, match="cannot read the file"):
        parse_standard_file(tmp_path / "nope.txt")


def test_five_megabytes_of_junk_is_refused(tmp_path):
    # How fast: bench/import_standard.py times it (tests assert no wall-clock time).
    rng = random.Random(5)
    header = seed_text().split(HEADER_ROW)[0] + HEADER_ROW + "\n"
    junk = "".join(rng.choice("ab K01 S1 T1.1\t、\n測試") for _ in range(5_000_000))
    for text in (junk, header + junk):
        path = tmp_path / "junk.txt"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(StandardFormatError):
            parse_standard_file(path)


def test_fuzzed_seed_only_raises_standard_format_error():
    rng = random.Random(20240611)
    text = seed_text()
    lines = text.split("\n")
    parsed = 0
    for _ in range(200):
        mode = rng.randrange(4)
        if mode == 0:
            variant = text[:rng.randrange(len(text))]
        elif mode == 1:
            variant = "\n".join(line for line in lines if rng.random() > 0.15)
        elif mode == 2:
            chars = list(text)
            for _ in range(rng.randrange(1, 12)):
                chars[rng.randrange(len(chars))] = rng.choice(["\t", "\n", "", " ", "T", "K", "1", ".", "、"])
            variant = "".join(chars)
        else:
            shuffled = lines[:]
            i = rng.randrange(len(shuffled))
            shuffled.insert(rng.randrange(len(shuffled)), shuffled[i])
            variant = "\n".join(shuffled)
        try:
            result = parse_standard_text(variant, "fuzz.txt")
        except StandardFormatError as err:
            assert err.source == "fuzz.txt" and err.detail
        else:
            assert isinstance(result, ParsedStandard)
            parsed += 1
    assert parsed < 200
