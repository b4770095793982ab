"""How the window sits on the screen: its first size, the side panes' share of its width
(kept as it grows or shrinks), View ▸ Reset layout, and dialogs that fit the screen."""
from __future__ import annotations

from views.qt import QDockWidget, QMainWindow, QRect, QSize, Qt, QWidget

DEFAULT_SIZE = QSize(1280, 800)
# What a window manager adds around a window (title bar, borders), before it is shown and known.
FRAME = QSize(16, 40)
# The side panes' share of the window's width on first run and after Reset layout.
SHARES = {"curriculumDock": 0.24, "standardDock": 0.28}
CENTRAL_MIN = 420  # the central tabs keep at least this much, however narrow the window


def first_geometry(available: QRect, size: QSize = DEFAULT_SIZE) -> QRect:
    """The first window: ``size`` or less, frame included inside ``available`` (the screen
    without its taskbar), centred on it."""
    width = max(1, min(size.width(), available.width() - FRAME.width()))
    height = max(1, min(size.height(), available.height() - FRAME.height()))
    left = available.left() + (available.width() - width - FRAME.width()) // 2 + FRAME.width() // 2
    top = available.top() + (available.height() - height - FRAME.height()) // 2 + FRAME.height() - 8
    return QRect(left, max(available.top() + FRAME.height() - 8, top), width, height)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, but never larger than the screen it will show on."""
    screen = widget.screen() if widget.parentWidget() is None else widget.parentWidget().screen()
    if screen is not None:
        avail = screen.availableGeometry()
        width = min(width, avail.width() - FRAME.width())
        height = min(height, avail.height() - FRAME.height())
    widget.resize(width, height)


class SidePanes:
    """The docks on the left and right keep their share of the window's width: when the
    window grows (maximised, say), they grow too, instead of the centre taking it all; when
    it shrinks, they give way in proportion, down to their minimum.

    The share is the one the user chose last (dragging a pane's edge), or the default
    one (first run, Reset layout): a narrow window squeezing the panes does not change it.
    """

    def __init__(self, window: QMainWindow, docks: list[QDockWidget]) -> None:
        self.window, self.docks = window, docks
        self.shares: dict[str, float] = {}

    def _side(self) -> list[QDockWidget]:
        return [d for d in self.docks if d.isVisible() and not d.isFloating()
                and self.window.dockWidgetArea(d) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                      Qt.DockWidgetArea.RightDockWidgetArea)]

    def remember(self) -> None:
        """Take the panes' present widths as the shares to keep (after a drag, or a restored layout)."""
        width = self.window.width()
        if width > 0:
            self.shares.update({d.objectName(): d.width() / width for d in self._side()})

    def resized(self, old_width: int, new_width: int) -> None:
        """The window went from ``old_width`` to ``new_width``: the panes keep their shares."""
        docks = [d for d in self._side() if d.objectName() in self.shares]
        if old_width <= 0 or new_width == old_width or not docks or not self.window.isVisible():
            return
        self._apply(docks, [self.shares[d.objectName()] * new_width for d in docks], new_width)

    def reset(self) -> None:
        """The first-run arrangement: side panes docked, shown, at their default shares."""
        self.shares = dict(SHARES)
        docks = [d for d in self.docks if d.objectName() in SHARES]
        width = self.window.width()
        self._apply(docks, [SHARES[d.objectName()] * width for d in docks], width)

    def _apply(self, docks: list[QDockWidget], widths: list[float], window_width: int) -> None:
        room = window_width - CENTRAL_MIN
        total = sum(widths)
        if total > room > 0:  # a narrow window: the panes give way in proportion
            widths = [w * room / total for w in widths]
        self.window.resizeDocks(docks, [max(d.minimumSizeHint().width(), round(w)) for d, w in zip(docks, widths)],
                                Qt.Orientation.Horizontal)
