"""Asking before a step that changes or removes the clerk's data, or throws away what she typed."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from gkdesk.gui.errors import box_parent

_YES, _NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def confirm(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    """是/否, with 否 the default: a hurried Enter (or Esc) never deletes, archives or replaces anything. `details`
    (file names and the like) are behind 显示细节, not in the sentence."""
    parent = box_parent(parent)
    if not details:
        return QMessageBox.question(parent, title, text, _YES | _NO, _NO) == _YES
    box = QMessageBox(QMessageBox.Icon.Question, title, text, _YES | _NO, parent)
    box.setDefaultButton(_NO)
    box.setDetailedText(details)
    return box.exec() == _YES


def _entered(dialog: QWidget) -> tuple:
    """What has been typed, ticked or chosen in a dialog's fields, comparable between two moments."""
    values = []
    for w in dialog.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            values.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            values.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            values.append(w.currentText())
        elif isinstance(w, QAbstractSpinBox):
            values.append(w.text())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            values.append(w.isChecked())
        elif isinstance(w, QListWidget):
            values.append(tuple(w.item(i).checkState().value for i in range(w.count())))
    return tuple(values)


class AsksBeforeDiscarding:
    """For a dialog the clerk types into (mixed in before QDialog): Esc, 取消 or the window's close button ask
    before what was entered since the dialog appeared is thrown away; with nothing entered it just closes."""

    _entered_at_start: tuple | None = None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._entered_at_start is None:
            self._entered_at_start = _entered(self)

    def reject(self) -> None:
        if self._entered_at_start is not None and _entered(self) != self._entered_at_start \
                and not confirm(self, "放弃填写", "填写的内容还没有保存，关闭后就没有了。\n\n要放弃这些内容吗？"):
            return
        super().reject()
