"""The comparison of two standard versions as a workbook sheet (the compare view's Export,
``curmap compare-standards --xlsx``).

One row per duty, task and item, as the compare view lists them: kind, status,
old and new code and title, the similarity score, what changed, and the
links before and after. Headers come in English or Chinese (``lang``); the
sentences saying what changed are app messages, given in the window's
language through ``translate``.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from app.excel.common import resolve_lang
from app.excel.write import Book, Styled, table_frame, write_fitted
from app.standards.compare import KIND_TEXT, STATUS_TEXT, Comparison

SHEET = ("Comparison", "版本比較")
HEADERS = [("Kind", "類別"), ("Status", "狀態"), ("Old code", "舊版代碼"), ("Old title", "舊版名稱"),
           ("New code", "新版代碼"), ("New title", "新版名稱"), ("Similarity", "相似度"),
           ("What changed", "變更說明"), ("Links before", "原連結"), ("Links after", "新連結")]
STATUS_STYLE = {"unchanged": "wrap", "changed": "status_partial", "removed": "status_uncovered",
                "added": "status_covered"}


@dataclass
class ComparisonExport:
    path: str
    rows: int


def write_comparison(cmp: Comparison, path: str | os.PathLike[str], *, lang: str | None = None,
                     translate: Callable[[str], str] = lambda text: text) -> ComparisonExport:
    """Write the comparison to ``path`` (.xlsx); on error nothing is written."""
    lang = resolve_lang(lang)
    pick = 1 if lang == "zh_TW" else 0
    rows: list[list] = [[Styled(h[pick], "header") for h in HEADERS]]
    for d in cmp.all():
        rows.append([
            translate(KIND_TEXT[d.kind]), Styled(translate(STATUS_TEXT[d.status]), STATUS_STYLE[d.status]),
            d.old.code if d.old else None, Styled(d.old.title if d.old else None, "wrap"),
            d.new.code if d.new else None, Styled(d.new.title if d.new else None, "wrap"),
            Styled(None if d.score is None else round(d.score, 2), "pct"),
            Styled(d.describe().render(translate) or None, "wrap"),
            Styled(" ".join(d.before) or None, "wrap"), Styled(" ".join(d.after) or None, "wrap")])
    book = Book()
    try:
        sheet = book.sheet(SHEET[pick])
        table_frame(sheet, len(HEADERS), len(rows))
        write_fitted(sheet, rows, caps=[10, 10, 10, 30, 10, 30, 10, 50, 30, 30])
        sheet.ws.sheet_properties.tabColor = "4292C6"
        book.set_active(sheet)
        # The two versions compared, where a reader of the printed sheet sees them.
        sheet.ws.oddHeader.center.text = f"{cmp.old.code} → {cmp.new.code}"
        book.save(path)
    except BaseException:
        book.discard()
        raise
    return ComparisonExport(str(path), len(rows) - 1)
