"""A standard laid out as the text its PDF's table extracts to (the seed's layout).

Tab-separated rows; the main table's header repeated after each page break;
the row before a break cut in two (its indicator runs on into the next
page's first row); a K/S cell merged over a duty spread over the duty's
rows, as text extraction leaves it.
"""
from __future__ import annotations

from tests.fixtures_gen.model import Spec

HEADERS = {
    1: [["主要職責", "工作任務", "工作產出", "行為指標", "職能級別", "職能內涵 (K=knowledge 知識)",
         "職能內涵 (S=skills 技能)"]],
    2: [["主要職責", "工作任務", "工作產出", "行為指標", "職能級別", "職能內涵", ""],
        ["", "", "", "", "", "知識", "技能"]],
    3: [["主要職責", "工作任務", "工作產出", "行為指標", "職能級別", "職能內涵", ""],
        ["", "", "", "", "", "K=knowledge", "S=skills"],
        ["", "", "", "", "", "知識", "實作能力"]],
}
ATTITUDE_HEADING = "職能內涵 (A=attitude 態度)"


def header_lines(spec: Spec) -> list[list[str]]:
    """The fields above the table, one list of cells a line (shared with the ODT layout)."""
    lines: list[list[str]] = [[spec.title_line], []]
    if spec.versions:
        lines.append(["版本", "職能基準代碼", "職能基準名稱", "狀態", "更新說明", "發展更新日期"])
        lines += [[v.version, v.code, v.name, v.status, v.note, v.date] for v in spec.versions]
        lines.append([])
    lines.append(["職能基準代碼", "", spec.code])
    lines.append(["職能基準名稱 (擇一填寫)", "", "職類", spec.name if spec.kind == "職類" else ""])
    lines.append(["", "", "職業", spec.name if spec.kind == "職業" else ""])
    for n, c in enumerate(spec.categories):
        first = ["所屬類別" if n == 0 else "", c.kind]
        if c.bullets:
            lines.append(first + ["• " + c.names[0], "", c.kind + "代碼", "、".join(c.codes)])
            lines += [["", "", "• " + name] for name in c.names[1:]]
        else:
            lines.append(first + ["、".join(c.names), "", c.kind + "代碼", "、".join(c.codes)])
    lines.append(["工作描述", "", spec.description])
    lines.append(["基準級別", "", str(spec.level)])
    return lines


def table_rows(spec: Spec) -> list[list[str]]:
    """The main table's body, one list of 7 cells a row, before page breaks."""
    rows = []
    for d in spec.duties:
        duty_rows = []
        for t in d.tasks:
            for b_no, b in enumerate(t.blocks):
                duty_rows.append([
                    "", " ".join(c + title for c, title in t.codes) if b_no == 0 else "",
                    " ".join(c + x for c, x in b.out), " ".join(c + x for c, x in b.ind), str(b.level),
                    " ".join(k + spec.K[k] for k in b.K), " ".join(s + spec.S[s] for s in b.S)])
        duty_rows[0][0] = f"{d.code}{'.' if d.dot else ''}{d.title}"
        if d.K is not None:
            _spread(duty_rows, 5, [k + spec.K[k] for k in d.K])
            _spread(duty_rows, 6, [s + spec.S[s] for s in d.S or []])
        rows += duty_rows
    return rows


def _spread(rows: list[list[str]], col: int, items: list[str]) -> None:
    # A merged cell's lines fill the duty's first rows, four to a row.
    for n, row in enumerate(rows):
        row[col] = " ".join(items[n * 4:(n + 1) * 4])


def cut_point(text: str) -> int:
    """Where a cell's text can break between two CJK characters, about half way."""
    for i in range(len(text) // 2, len(text) - 1):
        if not text[i - 1].isascii() and not text[i].isascii() and text[i] not in "，。、" \
                and text[i - 1] not in "，。、":
            return i
    return 0


def layout_text(spec: Spec) -> str:
    out = [""] + ["\t".join(cells) for cells in header_lines(spec)] + [""]
    header = ["\t".join(r) for r in HEADERS[spec.header_rows]]
    out += header
    body = table_rows(spec)
    page = 1
    for n, row in enumerate(body):
        if n and n % spec.rows_per_page == 0:
            rest = ""
            cut = cut_point(out[-1].split("\t")[3]) if out[-1].count("\t") == 6 else 0
            if cut:
                cells = out[-1].split("\t")
                cells[3], rest = cells[3][:cut], cells[3][cut:]
                out[-1] = "\t".join(cells)
            out += ["", f"第 {page} 頁", ""] + header
            page += 1
            if rest:
                out.append("\t".join(["", "", "", rest, "", "", ""]))
        out.append("\t".join(row))
    out.append("")
    if spec.attitude_style != "none":
        out += [ATTITUDE_HEADING, ""]
        out += attitude_lines(spec)
        out.append("")
    out += ["說明與補充事項", ""] + spec.notes
    return "\n".join(out) + "\n"


def attitude_lines(spec: Spec) -> list[str]:
    if spec.attitude_style == "inline":
        return ["、".join(f"{c}{t}" for c, t in spec.attitudes)]
    if spec.attitude_style == "lines":
        return [f"{c} {t}" for c, t in spec.attitudes]
    return ["".join(f"{t}。" for _, t in spec.attitudes)]
