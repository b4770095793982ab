"""The one module through which the views import Qt (as qutebrowser does).

Everything Qt the views use is re-exported here, so a binding change or a
version workaround happens in one place.
"""
from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import (  # noqa: F401
    QAbstractItemModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    Signal,
    Slot,
    qVersion,
)
from PySide6.QtGui import (  # noqa: F401
    QAction,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStatusBar,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

import PySide6

PYSIDE_VERSION = PySide6.__version__

# Added for the main window and its panes.
from PySide6.QtCore import QItemSelection, QLibraryInfo  # noqa: F401, E402
from PySide6.QtGui import QActionGroup, QKeyEvent, QPen, QPixmap  # noqa: F401, E402
from PySide6.QtWidgets import (  # noqa: F401, E402
    QDoubleSpinBox,
    QFrame,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionViewItem,
    QToolButton,
)
from PySide6.QtCore import QAbstractListModel  # noqa: F401, E402

# Added for the coverage matrix.
from PySide6.QtGui import QFontMetrics, QPolygon  # noqa: F401, E402
from PySide6.QtWidgets import QButtonGroup, QStackedWidget  # noqa: F401, E402
from PySide6.QtCore import QEventLoop  # noqa: F401, E402
