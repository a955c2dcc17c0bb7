"""撤销 / 重做 buttons on a page's undo stack."""
from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton


def wire_undo_buttons(stack: QUndoStack, undo: QAbstractButton, redo: QAbstractButton) -> None:
    """The buttons follow the stack: enabled when there is something to undo or redo, the step named in their
    tooltips. Connected to the buttons themselves, so nothing is called while the page is being destroyed."""
    undo.clicked.connect(stack.undo)
    redo.clicked.connect(stack.redo)
    undo.setEnabled(False)
    redo.setEnabled(False)
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(undo.setToolTip)
    stack.redoTextChanged.connect(redo.setToolTip)
