"""The PySide6 GUI. It reaches data only through app/ (see pyproject's import contracts)."""
