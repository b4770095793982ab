"""Finding rows, columns and cells of the matrix by what they show."""
from __future__ import annotations

from views.matrix.model import ITEM, TASK, IdRole, RowKindRole, StatusRole, ValueRole  # noqa: F401
from views.qt import QItemSelectionModel, Qt


def item_rows(model) -> list[str]:
    """The codes of the item (or task) rows shown, in order."""
    out = []
    for r in range(model.rowCount()):
        if model.headerData(r, Qt.Orientation.Vertical, RowKindRole) != "group":
            out.append(model.headerData(r, Qt.Orientation.Vertical).split()[0])
    return out


def row_of(model, code: str, group_prefix: str | None = None) -> int:
    """The first row whose code is ``code`` (under a group starting with ``group_prefix``)."""
    group = ""
    for r in range(model.rowCount()):
        label = model.headerData(r, Qt.Orientation.Vertical) or ""
        if model.headerData(r, Qt.Orientation.Vertical, RowKindRole) == "group":
            group = label
        elif label.split()[0] == code and (group_prefix is None or group.startswith(group_prefix)):
            return r
    raise AssertionError(f"{code} is not shown")


def column_of(model, label: str) -> int:
    for c in range(model.columnCount()):
        if model.headerData(c, Qt.Orientation.Horizontal) == label:
            return c
    raise AssertionError(f"column {label} is not shown")


def select(view, cells: list[tuple[int, int]]) -> None:
    """Select ``cells``, the first one current, as clicks would."""
    sel = view.selectionModel()
    model = view.model()
    first = model.index(*cells[0])
    sel.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    for r, c in cells[1:]:
        sel.select(model.index(r, c), QItemSelectionModel.SelectionFlag.Select)
    view.setFocus()


def status(model, code: str) -> str:
    return model.headerData(row_of(model, code), Qt.Orientation.Vertical, StatusRole)
