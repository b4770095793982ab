"""Small ways to find things on screen the way a person would: by their text."""
from __future__ import annotations

from views.qt import QApplication, QDialogButtonBox, QModelIndex, Qt


def rows(model, parent=QModelIndex(), column: int = 0) -> list[str]:
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


def walk(model, parent=QModelIndex()):
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        yield index
        yield from walk(model, index)


def find(model, text: str, column: int = 0, start: bool = True) -> QModelIndex:
    """The first index whose shown text starts with (or equals) ``text``."""
    for index in walk(model):
        shown = index.siblingAtColumn(column).data() or ""
        if shown == text or (start and shown.startswith(text)):
            return index.siblingAtColumn(column)
    raise AssertionError(f"{text!r} is not shown")


def item_row(editor, code: str, column: int = 0) -> QModelIndex:
    """The mapping editor's (proxy) index for item ``code``, in its first group."""
    proxy = editor.proxy
    for g in range(proxy.rowCount()):
        group = proxy.index(g, 0)
        for r in range(proxy.rowCount(group)):
            if proxy.index(r, 0, group).data() == code:
                return proxy.index(r, column, group)
    raise AssertionError(f"item {code} is not shown")


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Replace the field's text as typed: keys for ASCII, an input method's commit for 中文.

    (QTest can only press keys for ASCII characters; Chinese comes from an IME.)
    """
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    if widget.hasSelectedText() if hasattr(widget, "hasSelectedText") else False:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def double_click(qtbot, widget, pos) -> None:
    """Press, release, double-click, release: what a mouse sends.

    (QTest's mouseDClick leaves out the first release, so an item view still
    thinks a drag-selection is under way and ignores the double click.)
    """
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(widget, left, pos=pos)
    qtbot.mouseRelease(widget, left, pos=pos)
    local = QPointF(pos)
    event = QMouseEvent(QEvent.Type.MouseButtonDblClick, local, widget.mapToGlobal(local), left, left,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    qtbot.mouseRelease(widget, left, pos=pos)


def when_modal(cls, then, timeout_ms: int = 5000) -> None:
    """Call ``then(dialog)`` once a modal ``cls`` is up (its exec() is running)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            timer.stop()
            then(dialog)
        elif clock.elapsed() > timeout_ms:
            timer.stop()
            raise AssertionError(f"no {cls.__name__} came up")

    timer.timeout.connect(poll)
    timer.start(10)
    when_modal.timers.append(timer)  # keep it alive while it polls


when_modal.timers = []


def wait_jobs(window, qtbot, timeout: int = 30000) -> None:
    """Until the window's background work is done: a job may start the next (read, then store)."""
    qtbot.waitUntil(lambda: not window.files.jobs, timeout=timeout)
    QApplication.processEvents()
