"""The iCAP course-planning report's two tables, filled from the map.

表1 本課程之職能表: each task the programme addresses (covered or partly),
its indicators, level, and the K and S items the programme covers.
表3 教學訓練目標與職能內涵: each module, its level (the highest level of
the tasks it serves), objective (its description), indicators, K and S.
A module serves a task when it maps one of the task's K items and one of
its S items (or, failing that, any of its items).
"""
from __future__ import annotations

from app.excel.common import label, listing
from app.excel.write import Sheet, Styled, table_frame, write_fitted


def _lines(items) -> str | None:
    return listing([f"{i.code} {i.title}" for i in items])


def _frame(sheet: Sheet, ncols: int, nrows: int) -> None:
    table_frame(sheet, ncols, nrows, freeze="A2")


def write_table1(sheet: Sheet, data, lang: str, tick) -> None:
    L = lambda key: label(key, lang)  # noqa: E731
    header = [L("task"), L("indicators"), L("task_level"), L("knowledge"), L("skills")]
    rows: list[list] = [[Styled(h, "header") for h in header]]
    for part in data.parts:
        status = {t.code: t.status for t in part.cov.tasks}
        for task in part.tree.tasks():
            tick(1, sheet.ws.title)
            if status.get(task.code) == "uncovered":
                continue
            k = [part.items[c] for c in task.knowledge if part.covered.get(part.items[c].id)]
            s = [part.items[c] for c in task.skills if part.covered.get(part.items[c].id)]
            ind = listing([f"{i['code']} {i['text']}" for i in task.indicators])
            rows.append([Styled(f"{task.code} {task.title}", "wrap"), Styled(ind, "wrap"),
                         Styled(task.level, "center"), Styled(_lines(k), "wrap"), Styled(_lines(s), "wrap")])
    _frame(sheet, len(header), len(rows))
    write_fitted(sheet, rows, caps=[30, 50, 10, 40, 40])


class _Tasks:
    """The standards' tasks, indexed for asking which tasks a module serves."""

    def __init__(self, parts) -> None:
        self.order, self.k, self.s = [], [], []
        self.by_item: dict[int, list[int]] = {}
        for part in parts:
            for task in part.tree.tasks():
                n = len(self.order)
                self.order.append(task)
                self.k.append({part.items[c].id for c in task.knowledge})
                self.s.append({part.items[c].id for c in task.skills})
                for iid in self.k[n] | self.s[n]:
                    self.by_item.setdefault(iid, []).append(n)

    def served(self, mapped: set[int]) -> list:
        """Tasks with one K and one S mapped; failing that, tasks with any item mapped."""
        touched = sorted({n for iid in mapped for n in self.by_item.get(iid, ())})
        both = [n for n in touched if not self.k[n].isdisjoint(mapped) and not self.s[n].isdisjoint(mapped)]
        return [self.order[n] for n in (both or touched)]


def write_table3(sheet: Sheet, data, lang: str, tick) -> None:
    L = lambda key: label(key, lang)  # noqa: E731
    header = [L("unit"), L("unit_level"), L("objective"), L("indicators"), L("knowledge"), L("skills")]
    rows: list[list] = [[Styled(h, "header") for h in header]]
    index = _Tasks(data.parts)
    order = {i.id: (n, i) for n, i in enumerate(i for part in data.parts for i in part.tree.items())}
    for c in data.courses:
        for m in c.modules:
            tick(1, sheet.ws.title)
            mapped = set(data.cells.get(m.id, {}))
            tasks = index.served(mapped)
            items = [order[iid] for iid in mapped if iid in order]
            items.sort(key=lambda pair: pair[0])
            k = [i for _, i in items if i.kind == "K"]
            s = [i for _, i in items if i.kind == "S"]
            named = sorted(data.indicators.get(m.id, ()))
            if named:
                ind = listing([data.indicator_text[i] for i in named if i in data.indicator_text])
            else:
                ind = listing(list(dict.fromkeys(f"{i['code']} {i['text']}" for t in tasks for i in t.indicators)))
            level = max((t.level for t in tasks), default=None)
            rows.append([Styled(f"{c.code} {c.name}\n{m.number} {m.title}", "wrap"), Styled(level, "center"),
                         Styled(m.description or None, "wrap"), Styled(ind or None, "wrap"),
                         Styled(_lines(k), "wrap"), Styled(_lines(s), "wrap")])
    _frame(sheet, len(header), len(rows))
    write_fitted(sheet, rows, caps=[30, 10, 30, 50, 40, 40])
