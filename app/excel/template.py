"""An empty curriculum workbook for a standard (``curmap workbook-template``, File > Save template…).

Sheets: Notes (the format, in English and Chinese, and the standard's
items), Modules (headers only) and Mappings (one column per item).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import QT_TR_NOOP, Msg
from app.excel.common import column_name, display_width, fit_width, resolve_lang, sheet_name
from app.excel.export import item_columns
from app.excel.limits import check_export
from app.excel.sheets import write_mappings, write_modules
from app.excel.write import Book
from app.progress import NO_PROGRESS, Progress
from app.standards.queries import standard_tree
from models.levels import DEFAULT_SCALE, DEFAULT_SCALE_NAMES

NOTE_WIDTH = 100  # characters across the merged note cells
NOTES_EN = [
    "How to fill in this workbook",
    "Modules: one row per module (unit) with the columns {modules}. Repeat the course code on every row "
    "of its modules; the course name, credits and semester may be left blank after its first row. "
    "Number each course's modules 1, 2, 3… in teaching order. A course with no modules yet takes one "
    "row with the module columns left blank.",
    "Mappings: one row per module: {course_code} and {module_no}, then one column per item of the "
    "standard (K01, S03, A02…). A cell holds the level the module reaches: {levels}; add * when the "
    "module also assesses the item (for example R*). Leave the cell blank when the module does not "
    "teach the item. The {module_title} column is only there to read; the import ignores it.",
    "Importing (curmap import-workbook FILE PROGRAMME, or File > Import…) makes the programme match the "
    "workbook: courses and modules are matched by course code and module number; fields that differ "
    "are updated; courses, modules and mappings that the workbook lacks are removed. The preview "
    "(or --dry-run) lists every change before anything is written, and the import can be undone. "
    "On the command line, an import that removes anything also needs --allow-removals.",
    "Type values, not formulas. If Excel turns a course code or a level into a date or a number, "
    "format the column as Text and type it again.",
]
NOTES_ZH = [
    "填寫說明",
    "「{modules_zh}」工作表：每個單元一列，欄位為 {modules_zh_cols}。同一課程的每個單元列都要填課程代碼；"
    "課程名稱、學分與學期可只填在該課程的第一列。每門課程的單元依授課順序編號 1、2、3…。"
    "尚無單元的課程可填一列，單元欄位留白。",
    "「{mappings_zh}」工作表：每個單元一列：課程代碼、單元序號，之後每個職能內涵一欄（K01、S03、A02…）。"
    "儲存格填入該單元達到的程度：{levels_zh}；若該單元也評量此內涵，請加上 *（例如 R*）。"
    "未對應的內涵請留白。「單元名稱」欄僅供閱讀，匯入時不使用。",
    "匯入（curmap import-workbook 檔案 學程，或「檔案 > 匯入…」）會讓學程與工作簿一致：依課程代碼與單元序號"
    "比對，內容不同者更新，工作簿中沒有的課程、單元與對應會被刪除。寫入前會先預覽所有變更（或使用 "
    "--dry-run），匯入後也可以復原。在命令列中，會刪除任何資料的匯入還須加上 --allow-removals。",
    "請輸入數值而非公式。若 Excel 把課程代碼或等級轉成日期或數字，請將該欄格式設為「文字」後重新輸入。",
]


@dataclass
class TemplateResult:
    path: str
    standard: str
    items: int


def write_template(session: Session, standard_code: str | None, path: str | os.PathLike[str], *,
                   lang: str | None = None, scale: tuple[str, ...] = DEFAULT_SCALE,
                   progress: Progress = NO_PROGRESS) -> TemplateResult:
    """Write an empty curriculum workbook for the standard (the only one when ``standard_code`` is None)."""
    lang = resolve_lang(lang)
    progress.step(0, 3, Msg(QT_TR_NOOP("reading the standard")))
    tree = standard_tree(session, standard_code)
    columns = item_columns([tree])
    check_export(item_columns=len(columns), modules=0, matrix_rows=len(columns), task_rows=0, what=os.fspath(path))
    book = Book(scale)
    with book.writing(path):
        notes = book.sheet(sheet_name("notes", lang))
        book.set_active(notes)
        _write_notes(notes, tree, scale)
        progress.step(1, 3, sheet_name("modules", lang))
        write_modules(book.sheet(sheet_name("modules", lang)), [], lang)
        write_mappings(book.sheet(sheet_name("mappings", lang)), [], columns, {}, scale, lang)
        progress.step(2, 3, Msg(QT_TR_NOOP("saving")))
        book.save(path)
    return TemplateResult(str(path), tree.code, len(columns))


def _write_notes(sheet, tree, scale: tuple[str, ...]) -> None:
    from app.excel.common import MODULE_COLUMNS, level_name

    en_cols = " | ".join(column_name(k, "en") for k in MODULE_COLUMNS)
    zh_cols = "、".join(column_name(k, "zh_TW") for k in MODULE_COLUMNS)
    fields = {
        "modules": en_cols, "course_code": column_name("course_code", "en"),
        "module_no": column_name("module_no", "en"), "module_title": column_name("module_title", "en"),
        "levels": ", ".join(f"{lab} {DEFAULT_SCALE_NAMES.get(lab, '')}".strip() for lab in scale),
        "modules_zh": sheet_name("modules", "zh_TW") + "／Modules", "modules_zh_cols": zh_cols,
        "mappings_zh": sheet_name("mappings", "zh_TW") + "／Mappings",
        "levels_zh": "、".join(f"{lab}（{level_name(lab, 'zh_TW')}）" if level_name(lab, "zh_TW") else lab
                               for lab in scale),
    }
    item_tasks: dict[str, list[str]] = {}
    for task in tree.tasks():
        for code in (*task.knowledge, *task.skills):
            item_tasks.setdefault(code, []).append(task.code)
    title = f"{tree.code} {tree.name}"
    rows: list[list] = [[sheet.cell(f"{title}: curriculum workbook／課程地圖工作簿", "title")], []]
    for block in (NOTES_EN, NOTES_ZH):
        rows.append([sheet.cell(block[0], "bold")])
        for line in block[1:]:
            text = line.format(**fields)
            # Merged over A:C; Excel does not grow merged rows, so size them here.
            n = len(rows) + 1
            sheet.ws.merged_cells.add(f"A{n}:C{n}")
            sheet.ws.row_dimensions[n].height = 15 * (display_width(text) // (NOTE_WIDTH - 4) + 1)
            rows.append([sheet.cell(text, "wrap")])
        rows.append([])
    rows.append(sheet.header(["Item／職能內涵", "Title／名稱", "Tasks／工作任務"]))
    for item in tree.items():
        rows.append([sheet.text(item.code), sheet.text(item.title), " ".join(item_tasks.get(item.code, [])) or None])
    title_width = fit_width([i.title for i in tree.items()], maximum=50)
    sheet.widths([16, title_width, NOTE_WIDTH - 16 - title_width])
    sheet.print_setup(landscape=False)
    for row in rows:
        sheet.append(row)
