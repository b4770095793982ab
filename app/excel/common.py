"""What the Excel export, import and template share: names, levels, widths, errors.

Sheet names and headers exist in English and Chinese (``lang`` "en" or
"zh_TW"); the importer accepts either. A mapping cell holds a level label
of the programme's scale (``I``, ``R``, ``M``) with a trailing ``*`` when
the module also assesses the item.
"""
from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TR_NOOP, CurmapError, Joined, Msg, Plural
from models.levels import DEFAULT_SCALE, DEFAULT_SCALE_NAMES

LANGS = ("en", "zh_TW")
LANG_ENV = "CURMAP_LANG"
MAX_PROBLEMS = 50  # listed in one error; the rest are counted

SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("Summary", "摘要"),
    "uncovered": ("Uncovered tasks", "未涵蓋任務"),
    "matrix": ("Matrix", "對應矩陣"),
    "tasks": ("Tasks", "工作任務"),
    "modules": ("Modules", "課程單元"),
    "mappings": ("Mappings", "職能對應"),
    "table1": ("Table 1 Competencies", "表1 本課程之職能表"),
    "table3": ("Table 3 Objectives", "表3 教學訓練目標與職能內涵"),
    "notes": ("Notes", "說明"),
}

# The curriculum workbook's columns: key -> (English, Chinese).
MODULE_COLUMNS: dict[str, tuple[str, str]] = {
    "course_code": ("Course code", "課程代碼"),
    "course_name": ("Course name", "課程名稱"),
    "credits": ("Credits", "學分"),
    "semester": ("Semester", "學期"),
    "module_no": ("Module no", "單元序號"),
    "module_title": ("Module title", "單元名稱"),
    "hours": ("Hours", "時數"),
}
# Mappings: these two, then one column per item; "Module title" and
# "Course name" may sit between them and the items (for reading; ignored).
MAPPING_KEYS = ("course_code", "module_no")
MAPPING_INFO_KEYS = ("module_title", "course_name")

# Two levels, named apart: a task's competency level (職能級別, 1-6; the standard's own is its
# 基準級別) and a mapping's level on the programme's scale (教學程度: I introduced, R reinforced,
# M mastered).
LABELS: dict[str, tuple[str, str]] = {
    "programme": ("Programme", "學程"),
    "standard": ("Standard", "職能基準"),
    "level": ("Competency level", "職能級別"),
    "standard_level": ("Competency level", "基準級別"),
    "version": ("Version", "版本"),
    "newer_version": ("Newer version in this map", "本地圖已有較新版本"),
    "date": ("Date", "日期"),
    "threshold": ("Covered at", "涵蓋門檻"),
    "or_above": ("or above", "以上"),
    "scale": ("Mapping levels", "教學程度"),
    "mapping_level": ("Mapping level", "教學程度"),
    "level_choice": ("Use one of %1 (a trailing * means assessed).", "請填 %1 其中之一（結尾加 * 表示有評量）。"),
    "items_covered": ("Items (K, S) covered", "職能內涵（K、S）已涵蓋"),
    "tasks_covered": ("Tasks covered", "工作任務完全涵蓋"),
    "tasks_partial": ("Tasks partly covered", "工作任務部分涵蓋"),
    "tasks_uncovered": ("Tasks not covered", "工作任務未涵蓋"),
    "attitudes_covered": ("Attitudes (A) covered", "態度（A）已涵蓋"),
    "of": ("of", "共"),
    "share": ("Share", "比例"),
    "duty": ("Duty", "主要職責"),
    "duty_title": ("Duty title", "職責名稱"),
    "task": ("Task", "工作任務"),
    "title": ("Title", "名稱"),
    "status": ("Status", "涵蓋狀態"),
    "items": ("Items", "職能內涵數"),
    "covered_n": ("Covered", "已涵蓋"),
    "items_cov": ("Items covered", "已涵蓋內涵"),
    "tasks_cov": ("Tasks covered", "完全涵蓋任務"),
    "tasks_part": ("Tasks partly", "部分涵蓋任務"),
    "tasks_n": ("Tasks", "任務數"),
    "missing_k": ("Missing knowledge (K)", "未涵蓋知識（K）"),
    "missing_s": ("Missing skills (S)", "未涵蓋技能（S）"),
    "knowledge": ("Knowledge (K)", "知識（K）"),
    "skills": ("Skills (S)", "技能（S）"),
    "modules": ("Covering modules", "涵蓋單元"),
    "item": ("Item", "職能內涵"),
    "item_title": ("Item title", "內涵名稱"),
    "covered": ("Covered", "已涵蓋"),
    "legend": ("Legend", "圖例"),
    "assessed": ("* assessed", "* 有評量"),
    "attitudes": ("Attitudes", "態度"),
    "all_covered": ("Every task is fully covered.", "所有工作任務皆已完全涵蓋。"),
    "indicators": ("Indicators (P)", "行為指標"),
    "task_level": ("Competency level (L)", "職能級別"),
    "unit": ("Course / unit", "課程或單元名稱"),
    "unit_level": ("Unit competency level", "單元級別"),
    "objective": ("Teaching objective", "教學訓練目標"),
    "matrix_title": ("Modules mapping each item", "各單元對應之職能內涵"),
    "no_modules": ("No modules yet.", "尚無單元。"),
    "no_standard": ("The programme targets no standard yet.", "此學程尚未指定職能基準。"),
}
STATUS_LABELS = {
    "covered": ("covered", "已涵蓋"),
    "partial": ("partly covered", "部分涵蓋"),
    "uncovered": ("not covered", "未涵蓋"),
}
LEVEL_NAMES_ZH = {"I": "介紹", "R": "加強", "M": "精熟"}

# Colour-blind-safe fills (ColorBrewer Blues for levels, RdBu for status);
# the level or status is always written as text too.
_BLUES = {1: ["6BAED6"], 2: ["C6DBEF", "4292C6"], 3: ["DEEBF7", "9ECAE1", "3182BD"],
          4: ["EFF3FF", "BDD7E7", "6BAED6", "2171B5"], 5: ["EFF3FF", "BDD7E7", "6BAED6", "3182BD", "08519C"]}
_BLUES_MANY = ["F7FBFF", "DEEBF7", "C6DBEF", "9ECAE1", "6BAED6", "4292C6", "2171B5", "08519C", "08306B"]
STATUS_FILLS = {"covered": "D1E5F0", "partial": "FDDBC7", "uncovered": "F4A582"}
HEADER_FILL = "D9D9D9"


def resolve_lang(lang: str | None = None) -> str:
    """``lang`` if given, else $CURMAP_LANG, else English."""
    raw = lang if lang else os.environ.get(LANG_ENV, "") or "en"
    key = raw.strip().replace("-", "_").split(".")[0].lower()
    if key in ("en", "en_us", "en_gb", "c", "posix"):
        return "en"
    if key in ("zh_tw", "zh", "zh_hant", "zh_hant_tw"):
        return "zh_TW"
    if lang:
        raise CurmapError(QT_TR_NOOP("unknown language '%1': use en or zh_TW"), lang)
    return "en"


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh_TW" else pair[0]


def sheet_name(key: str, lang: str) -> str:
    return _pick(SHEETS[key], lang)


def label(key: str, lang: str) -> str:
    return _pick(LABELS[key], lang)


def column_name(key: str, lang: str) -> str:
    return _pick(MODULE_COLUMNS[key], lang)


def status_label(status: str, lang: str) -> str:
    return _pick(STATUS_LABELS[status], lang)


def level_name(lab: str, lang: str) -> str:
    """A level's meaning ("introduced"), or "" for a label of a custom scale."""
    if lang == "zh_TW":
        return LEVEL_NAMES_ZH.get(lab, "")
    return DEFAULT_SCALE_NAMES.get(lab, "")


def normalise_header(value: object) -> str:
    return " ".join(str(value).split()).casefold().rstrip(".").strip()


def header_key(value: object, keys) -> str | None:
    """Which of ``keys`` (MODULE_COLUMNS keys) a header names, in either language."""
    text = normalise_header(value)
    for key in keys:
        if text in (normalise_header(n) for n in MODULE_COLUMNS[key]):
            return key
    return None


def sheet_key(title: str, keys) -> str | None:
    text = normalise_header(title)
    for key in keys:
        if text in (normalise_header(n) for n in SHEETS[key]):
            return key
    return None


# ---- levels --------------------------------------------------------------

def format_level(rank: int, assessed: bool, scale: tuple[str, ...] = DEFAULT_SCALE) -> str:
    lab = scale[rank - 1] if 0 < rank <= len(scale) else str(rank)
    return lab + ("*" if assessed else "")


def split_level(text: str) -> tuple[str, bool]:
    """``"R*"`` -> ``("R", True)``; the label is not checked against a scale here."""
    text = text.strip()
    assessed = text.endswith("*")
    return text.rstrip("*").strip(), assessed


def parse_level(text: str, scale: tuple[str, ...]) -> tuple[int, bool] | None:
    """``"r *"`` -> ``(2, True)`` on I/R/M; None when the label is not on the scale."""
    lab, assessed = split_level(text)
    for rank, known in enumerate(scale, start=1):
        if known.upper() == lab.upper():
            return rank, assessed
    return None


def level_hint(scale: tuple[str, ...]) -> Msg:
    if len(scale) > 1:
        return Msg(QT_TR_NOOP("use %1 or %2, with a trailing * when assessed"), ", ".join(scale[:-1]), scale[-1])
    return Msg(QT_TR_NOOP("use %1, with a trailing * when assessed"), scale[0])


def level_fills(scale: tuple[str, ...]) -> list[tuple[str, bool]]:
    """(fill colour, dark) per level, lowest first; dark fills take white text."""
    n = len(scale)
    colours = _BLUES.get(n) or [_BLUES_MANY[round(i * (len(_BLUES_MANY) - 1) / max(n - 1, 1))]
                                for i in range(n)]
    return [(c, _luminance(c) < 0.45) for c in colours]


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


# ---- widths --------------------------------------------------------------

@functools.cache
def _wide() -> re.Pattern:
    """A character class of every East Asian wide and full-width character (EastAsianWidth W, F)."""
    ranges, start = [], None
    for cp in range(0x1100, 0x40001):
        ch = chr(cp) if cp < 0x40000 else ""
        wide = bool(ch) and unicodedata.east_asian_width(ch) in "WF" and unicodedata.category(ch) != "Cn"
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append((start, cp - 1))
            start = None
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


def display_width(value: object) -> int:
    """Columns a text takes on screen: East Asian wide and full-width characters count 2."""
    if value is None:
        return 0
    text = value if isinstance(value, str) else str(value)
    if text.isascii():
        return max(len(line) for line in text.split("\n"))
    wide = _wide()
    return max(len(line) + len(wide.findall(line)) for line in text.split("\n"))


def fit_width(values, minimum: int = 6, maximum: int = 60) -> float:
    """An Excel column width that shows the widest of ``values`` (capped)."""
    widest = max((display_width(v) for v in values), default=0)
    return float(max(minimum, min(maximum, widest + 2)))


MAX_CELL_TEXT = 32_000  # Excel holds 32,767 characters in a cell
MAX_LIST_LINES = 50  # lines of a listing cell (covering modules…) before "… and N more"


def listing(lines: list[str], more: str = "more") -> str | None:
    """Lines for one cell, the first MAX_LIST_LINES of them, then a count of the rest."""
    if not lines:
        return None
    shown = lines[:MAX_LIST_LINES]
    if len(lines) > MAX_LIST_LINES:
        shown.append(f"… +{len(lines) - MAX_LIST_LINES} {more}")
    return clip("\n".join(shown))


def clip(text: str) -> str:
    return text if len(text) <= MAX_CELL_TEXT else text[:MAX_CELL_TEXT - 1] + "…"


def number_out(value: float | None):
    """3.0 -> 3 so a number round-trips through a cell unchanged."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


# ---- errors --------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    ref: str  # "Mappings!D7", "Modules" or "" for the whole file
    message: str | Msg

    def msg(self) -> Msg:
        """The problem with its place, translatable."""
        if self.ref:
            return Msg(QT_TR_NOOP("%1: %2"), self.ref, self.message)
        return self.message if isinstance(self.message, Msg) else Joined("", self.message)

    def __str__(self) -> str:
        return str(self.msg())


class WorkbookError(CurmapError):
    """Every problem found in a workbook, as one error; nothing was written."""

    def __init__(self, source: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.source = Path(source).name
        self.problems = list(problems)
        shown: list[Msg] = [Joined("", "  ", p.msg()) for p in self.problems[:MAX_PROBLEMS]]
        more = len(self.problems) - MAX_PROBLEMS
        if more > 0:
            shown.append(Joined("", "  ", Msg(QT_TR_NOOP("… and %1 more"), more)))
        if len(self.problems) == 1 and not self.problems[0].ref:
            text = Msg(QT_TR_NOOP("%1: %2; nothing was imported"), self.source, self.problems[0].message)
        else:
            head = Plural.tr("%1: %n problems, nothing was imported:", "", len(self.problems)).of(self.source)
            text = Joined("\n", head, *shown)
        super().__init__(text)


def threshold_text(threshold: int, scale: tuple[str, ...], lang: str) -> str:
    """"R (reinforced) or above": the programme's threshold as the workbooks state it."""
    from models.levels import label_of

    lab = label_of(threshold, scale)
    name = level_name(lab, lang)
    return f"{lab}{f' ({name})' if name else ''} {label('or_above', lang)}"
