"""The one module through which the views import Qt (as qutebrowser does).

Everything Qt the views use is named here, so a binding change or a version
workaround happens in one place. Names resolve on first use (PEP 562):
PySide6 builds a class's enums when the class is first touched, and doing
that for every name at import cost 30 ms of startup.
"""
from __future__ import annotations

import importlib

import PySide6
from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401

PYSIDE_VERSION = PySide6.__version__

_WHERE = {
    "QAbstractItemModel": "QtCore",
    "QAbstractTableModel": "QtCore",
    "QByteArray": "QtCore",
    "QCoreApplication": "QtCore",
    "QEvent": "QtCore",
    "QItemSelectionModel": "QtCore",
    "QLocale": "QtCore",
    "QMimeData": "QtCore",
    "QModelIndex": "QtCore",
    "QObject": "QtCore",
    "QPersistentModelIndex": "QtCore",
    "QPoint": "QtCore",
    "QRect": "QtCore",
    "QSettings": "QtCore",
    "QSize": "QtCore",
    "QSortFilterProxyModel": "QtCore",
    "QSocketNotifier": "QtCore",
    "Qt": "QtCore",
    "QThread": "QtCore",
    "QTimer": "QtCore",
    "QTranslator": "QtCore",
    "Signal": "QtCore",
    "Slot": "QtCore",
    "qVersion": "QtCore",
    "QItemSelection": "QtCore",
    "QLibraryInfo": "QtCore",
    "QAbstractListModel": "QtCore",
    "QEventLoop": "QtCore",
    "QAction": "QtGui",
    "QBrush": "QtGui",
    "QColor": "QtGui",
    "QFont": "QtGui",
    "QGuiApplication": "QtGui",
    "QIcon": "QtGui",
    "QKeySequence": "QtGui",
    "QPainter": "QtGui",
    "QPalette": "QtGui",
    "QUndoCommand": "QtGui",
    "QUndoStack": "QtGui",
    "QActionGroup": "QtGui",
    "QKeyEvent": "QtGui",
    "QPen": "QtGui",
    "QPixmap": "QtGui",
    "QImage": "QtGui",
    "QFontMetrics": "QtGui",
    "QPolygon": "QtGui",
    "QAbstractItemView": "QtWidgets",
    "QApplication": "QtWidgets",
    "QCheckBox": "QtWidgets",
    "QComboBox": "QtWidgets",
    "QDialog": "QtWidgets",
    "QDialogButtonBox": "QtWidgets",
    "QDockWidget": "QtWidgets",
    "QFileDialog": "QtWidgets",
    "QFormLayout": "QtWidgets",
    "QHBoxLayout": "QtWidgets",
    "QHeaderView": "QtWidgets",
    "QInputDialog": "QtWidgets",
    "QLabel": "QtWidgets",
    "QLineEdit": "QtWidgets",
    "QListView": "QtWidgets",
    "QMainWindow": "QtWidgets",
    "QMenu": "QtWidgets",
    "QMessageBox": "QtWidgets",
    "QPlainTextEdit": "QtWidgets",
    "QProgressDialog": "QtWidgets",
    "QPushButton": "QtWidgets",
    "QSplitter": "QtWidgets",
    "QStatusBar": "QtWidgets",
    "QStyledItemDelegate": "QtWidgets",
    "QTableView": "QtWidgets",
    "QTabWidget": "QtWidgets",
    "QTextBrowser": "QtWidgets",
    "QToolBar": "QtWidgets",
    "QTreeView": "QtWidgets",
    "QVBoxLayout": "QtWidgets",
    "QWidget": "QtWidgets",
    "QDoubleSpinBox": "QtWidgets",
    "QFrame": "QtWidgets",
    "QSizePolicy": "QtWidgets",
    "QSpinBox": "QtWidgets",
    "QStyle": "QtWidgets",
    "QStyleOptionViewItem": "QtWidgets",
    "QToolButton": "QtWidgets",
    "QButtonGroup": "QtWidgets",
    "QAbstractFileIconProvider": "QtGui",
    "QFileInfo": "QtCore",
    "QStackedWidget": "QtWidgets",
    "QFontMetricsF": "QtGui",
    "QPointF": "QtCore",
    "QRectF": "QtCore",
    "QMarginsF": "QtCore",
    "QUrl": "QtCore",
    "QStandardPaths": "QtCore",
    "QPdfWriter": "QtGui",
    "QPageLayout": "QtGui",
    "QPageSize": "QtGui",
    "QDesktopServices": "QtGui",
    "QPrinter": "QtPrintSupport",
    "QPrintDialog": "QtPrintSupport",
    "QPrintPreviewDialog": "QtPrintSupport",
    "QWizard": "QtWidgets",
    "QStylePainter": "QtWidgets",
    "QStyleOptionComboBox": "QtWidgets",
    "QWizardPage": "QtWidgets",
    "QLayout": "QtWidgets",
    "QLayoutItem": "QtWidgets",
}

__all__ = ["QtCore", "QtGui", "QtWidgets", "PYSIDE_VERSION", *_WHERE]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"views.qt does not export {name}; add it to _WHERE")
    value = getattr(importlib.import_module(f"PySide6.{module}"), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value
