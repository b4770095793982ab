"""Dialogs that ask for a programme's, a course's or a module's fields.

Each returns plain values (``values()``) that go straight to an app/
operation; an amount of 0 shows as "—" and means "not given" (None).
"""
from __future__ import annotations

from collections.abc import Callable

from app.errors import user_errors
from views.fields import RangeHint, amount, whole
from views.i18n import message_of, without_mnemonic
from views.levels import level_text
from views.list_models import ChoiceListModel
from views.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def _value(box: QDoubleSpinBox) -> float | None:
    return box.value() or None


def _text_box(text: str, parent: QWidget, height: int) -> QPlainTextEdit:
    """A multi-line field that Tab leaves (a tab character has no place in a description)."""
    box = QPlainTextEdit(text, parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class _FormDialog(QDialog):
    """A form with OK/Cancel; OK is enabled only while the required fields are filled.

    It opens on its first field, Tab walks the fields in the order shown, then
    OK and Cancel; Enter accepts. A number box that refuses a key says why
    on the hint line under the form.
    """

    def _build(self, title: str) -> QFormLayout:
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.hint = RangeHint(self)
        outer.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._required: list[QLineEdit] = []
        self._fields: list[QWidget] = []
        return self.form

    def _row(self, label: str, field: QWidget) -> None:
        """A labelled field, in Tab order; a number box's refusals go to the hint line."""
        self.form.addRow(label, field)
        self._fields.append(field)
        if hasattr(field, "refused"):
            self.hint.watch(without_mnemonic(label).rstrip(":：").strip(), field)

    def _finish(self) -> None:
        chain = [*self._fields, self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        first = next((f for f in self._fields if f.isEnabled()), None)
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _require(self, *edits: QLineEdit) -> None:
        self._required.extend(edits)
        for e in edits:
            e.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = all(e.text().strip() for e in self._required)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


# (scale text, threshold rank) -> what the change does, already in the UI's language; raises a user error.
Effect = Callable[[tuple[str, ...], int], str]


class ProgrammeDialog(_FormDialog):
    """New or edit programme; editing also sets the level scale and the coverage threshold,
    with a note of what the change does to the figures (``effect``)."""

    def __init__(self, standards: list[tuple[int, str, str]], parent: QWidget | None = None,
                 *, name: str = "", description: str = "", scale: tuple[str, ...] | None = None,
                 threshold: int = 1, effect: Effect | None = None) -> None:
        super().__init__(parent)
        form = self._build(self.tr("New programme") if not name else self.tr("Edit programme"))
        self.name = QLineEdit(name, self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Digital Marketing Programme"))
        self.description = _text_box(description, self, 70)
        self.description.setObjectName("description")
        self.standard_model = ChoiceListModel(self)
        self.standard_model.set_choices(standards)
        self.standard = QComboBox(self)
        self.standard.setObjectName("standard")
        self.standard.setModel(self.standard_model)
        self._row(self.tr("&Name:"), self.name)
        self._row(self.tr("&Description:"), self.description)
        self._row(self.tr("&Standard:"), self.standard)
        self.standard.setEnabled(not name)  # targets are chosen when the programme is made
        self._effect = effect
        self.scale = self.threshold = self.note = None
        if scale is not None:
            self._settings_rows(form, scale, threshold)
        self._require(self.name)
        self._finish()

    def _settings_rows(self, form: QFormLayout, scale: tuple[str, ...], threshold: int) -> None:
        self.scale = QLineEdit(", ".join(scale), self)
        self.scale.setObjectName("scale")
        self.scale.setToolTip(self.tr("The mapping levels, lowest first, separated by commas. Renaming a level "
                                      "keeps every mapping at its place on the scale."))
        self.levels = ChoiceListModel(self)
        self.threshold = QComboBox(self)
        self.threshold.setObjectName("threshold")
        self.threshold.setModel(self.levels)
        self.note = QLabel(self)
        self.note.setObjectName("settingsNote")
        self.note.setWordWrap(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self._row(self.tr("Mapping &levels:"), self.scale)
        self._row(self.tr("Covered &at or above:"), self.threshold)
        form.addRow(self.note)
        self._rank = threshold  # as chosen: typing a scale through a shorter one must not lower it
        self._set_levels(scale, threshold)
        self.scale.textChanged.connect(self._scale_edited)
        self.threshold.activated.connect(self._threshold_chosen)
        self.threshold.currentIndexChanged.connect(lambda _row: self._update_note())
        self._update_note()

    def _threshold_chosen(self, row: int) -> None:
        self._rank = row + 1

    def _set_levels(self, scale: tuple[str, ...], rank: int) -> None:
        self.threshold.blockSignals(True)
        self.levels.set_choices([(n, level_text(lab, scale), "") for n, lab in enumerate(scale, start=1)])
        self.threshold.setCurrentIndex(max(0, min(rank, len(scale)) - 1))
        self.threshold.blockSignals(False)

    def _scale_labels(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.scale.text().split(","))

    def _scale_edited(self) -> None:
        self._set_levels(self._scale_labels(), self._rank)
        self._update_note()

    def _update_note(self) -> None:
        self._settings_ok = True
        if self._effect is not None:
            try:
                text = self._effect(self._scale_labels(), self.threshold.currentIndex() + 1)
            except user_errors() as exc:
                text, self._settings_ok = message_of(exc), False
            self.note.setText(text)
        self._update_ok()

    def _update_ok(self) -> None:
        super()._update_ok()
        if not getattr(self, "_settings_ok", True):
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def values(self) -> dict:
        values = {"name": self.name.text().strip(), "description": self.description.toPlainText().strip()}
        if self.scale is not None:
            values |= {"scale": self._scale_labels(), "threshold": self.threshold.currentIndex() + 1}
        return values

    def standard_code(self) -> str:
        return self.standard.currentText().split(" ", 1)[0]


class CourseDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, *, values: dict | None = None) -> None:
        super().__init__(parent)
        v = values or {}
        self._build(self.tr("Edit course") if values else self.tr("New course"))
        self.code = QLineEdit(v.get("code", ""), self)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("e.g. MKT101"))
        self.name = QLineEdit(v.get("name", ""), self)
        self.name.setObjectName("name")
        self.year = whole(self, 8)
        self.year.setObjectName("year")
        self.year.setValue(v.get("year") or 0)
        self.semester = QLineEdit(v.get("semester", ""), self)
        self.semester.setObjectName("semester")
        self.semester.setPlaceholderText(self.tr("e.g. 1st or 2nd"))
        self.credits = amount(self, 99, 0.5)
        self.credits.setObjectName("credits")
        self.credits.setValue(v.get("credits") or 0)
        self.hours = amount(self, 9999)
        self.hours.setObjectName("hours")
        self.hours.setValue(v.get("hours") or 0)
        # In the order a course is described: what it is, when it is taught, how big it is.
        self._row(self.tr("&Code:"), self.code)
        self._row(self.tr("&Name:"), self.name)
        self._row(self.tr("&Year:"), self.year)
        self._row(self.tr("&Semester:"), self.semester)
        self._row(self.tr("C&redits:"), self.credits)
        self._row(self.tr("&Hours:"), self.hours)
        self._require(self.code, self.name)
        self._finish()

    def values(self) -> dict:
        return {"code": self.code.text().strip(), "name": self.name.text().strip(),
                "credits": _value(self.credits), "hours": _value(self.hours),
                "year": self.year.value() or None, "semester": self.semester.text().strip()}


class ModuleDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, *, values: dict | None = None) -> None:
        super().__init__(parent)
        v = values or {}
        self._build(self.tr("Edit module") if values else self.tr("New module"))
        self.title = QLineEdit(v.get("title", ""), self)
        self.title.setObjectName("title")
        self.hours = amount(self, 9999)
        self.hours.setObjectName("hours")
        self.hours.setValue(v.get("hours") or 0)
        self.description = _text_box(v.get("description", ""), self, 90)
        self.description.setObjectName("description")
        self._row(self.tr("&Title:"), self.title)
        self._row(self.tr("&Hours:"), self.hours)
        self._row(self.tr("&Description:"), self.description)
        self._require(self.title)
        self._finish()

    def values(self) -> dict:
        return {"title": self.title.text().strip(), "hours": _value(self.hours),
                "description": self.description.toPlainText().strip()}
