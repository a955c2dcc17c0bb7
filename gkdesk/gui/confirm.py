"""Asking before a step that changes or removes the clerk's data."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

_YES, _NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """是/否, with 否 the default: a hurried Enter (or Esc) never deletes, archives or replaces anything."""
    return QMessageBox.question(parent, title, text, _YES | _NO, _NO) == _YES
