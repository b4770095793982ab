"""Form fields that say what they accept: number boxes that explain a refused key
(typing 54 into a year box of 1-8 tells the range instead of quietly keeping 5),
and a hint line under the form that shows it."""
from __future__ import annotations

from views.i18n import fmt
from views.qt import (
    QComboBox,
    QCoreApplication,
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    Qt,
    QTimer,
    QWidget,
    Signal,
)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _Refusing:
    """Mixin: emits ``refused`` when a key or a paste would make the text invalid."""

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt override
        result = super().validate(text, pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == state.Invalid:
            self.refused.emit()
        return result

    def range_text(self) -> str:
        """What the box takes, in words (for its tooltip and the hint under the form)."""
        low = self.minimum()
        if self.specialValueText():
            low = 10 ** -self.decimals() if isinstance(self, QDoubleSpinBox) else low + 1
        if isinstance(self, QDoubleSpinBox):  # amounts take one decimal (see amount())
            text = fmt(QCoreApplication.translate("Fields", "a number from %1 to %2 with at most one decimal"),
                       _number(low), _number(self.maximum()))
        else:
            text = fmt(QCoreApplication.translate("Fields", "a whole number from %1 to %2"), _number(low),
                       _number(self.maximum()))
        if self.specialValueText():
            text = fmt(QCoreApplication.translate("Fields", "%1; 0 leaves it empty (%2)"), text,
                       self.specialValueText())
        return text


class RangeSpinBox(_Refusing, QSpinBox):
    refused = Signal()


class RangeDoubleSpinBox(_Refusing, QDoubleSpinBox):
    refused = Signal()


def amount(parent: QWidget, maximum: float, step: float = 1.0) -> RangeDoubleSpinBox:
    """An optional amount (credits, hours) with one decimal: 0 shows as "—" and means "not given"."""
    box = RangeDoubleSpinBox(parent)
    box.setRange(0, maximum)
    box.setDecimals(1)
    box.setSingleStep(step)
    box.setSpecialValueText("—")
    return box


def whole(parent: QWidget, maximum: int) -> RangeSpinBox:
    """An optional whole number 1..maximum (a year of study): 0 shows as "—"."""
    box = RangeSpinBox(parent)
    box.setRange(0, maximum)
    box.setSpecialValueText("—")
    return box


class RangeHint(QLabel):
    """One line under a form: what a number box takes, shown when it refused a key."""

    SHOWN_MS = 8000

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("rangeHint")
        self.setWordWrap(True)
        self.setStyleSheet("color: #A33;")  # a refusal, not an error dialog: red-brown, readable
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def watch(self, label: str, box: RangeSpinBox | RangeDoubleSpinBox) -> None:
        """``label``: the field's name as the form shows it, without its access key."""
        text = fmt(self.tr("%1 takes %2."), label, box.range_text())
        box.setToolTip(text)
        box.refused.connect(lambda: self._say(text))
        box.lineEdit().textChanged.connect(lambda _t: self.clear() if self.text() == text else None)

    def _say(self, text: str) -> None:
        self.setText(text)
        self._timer.start(self.SHOWN_MS)


class ElidedComboBox(QComboBox):
    """A chooser that, when narrow, ends a long name with "…" (the whole name in its tooltip)
    instead of cutting it off mid-word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight,
                                                        max(0, field.width() - 4))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
