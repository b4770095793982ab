"""Which map is open: opening another one replaces the window (and its undo history)."""
from __future__ import annotations

import os

from app.errors import user_errors
from app.maps.files import new_map
from app.workspace import Workspace
from views.central_panes import install_central_panes
from views.i18n import ENGLISH, message_of
from views.main_window import MainWindow
from views.prompts import Prompts
from views.qt import QObject, QSettings
from views.settings import STATE_VERSION, add_recent



class Shell(QObject):
    def __init__(self, settings: QSettings, prompts: Prompts, *, lang: str = ENGLISH, persist: bool = True,
                 install_panes=install_central_panes) -> None:
        super().__init__()
        self.settings, self.prompts, self.lang, self.persist = settings, prompts, lang, persist
        self._install_panes = install_panes
        self.window: MainWindow | None = None

    def open(self, path: str | os.PathLike[str], create: bool = False, *, sample: bool = True) -> MainWindow | None:
        """Open (or create, with the sample programme or not) the map at ``path`` in a new window;
        None if it cannot be opened.

        A map that cannot be opened leaves the current window, and the file,
        as they were.
        """
        try:
            ws = new_map(path, sample) if create else Workspace.open(path)
        except user_errors() as exc:
            self.prompts.warn(self.window, self.tr("Cannot open the map"), message_of(exc))
            return None
        old = self.window
        geometry = state = None
        if old is not None:
            geometry, state = old.saveGeometry(), old.saveState(STATE_VERSION)
            old.close()  # saves its layout, closes its map
            old.deleteLater()
        win = MainWindow(ws, self.settings, self.prompts, open_map=self.open, lang=self.lang,
                         persist=self.persist)
        if self._install_panes is not None:
            self._install_panes(win)
        if geometry is not None:
            win.adopt_layout(geometry, state)
        if self.persist:
            win.restore_place()
        if self.persist and ws.path is not None:
            add_recent(self.settings, ws.path)
        self.window = win
        win.show()
        return win
