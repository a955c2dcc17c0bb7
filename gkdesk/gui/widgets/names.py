"""A name field that offers the names typed before in that kind of field (审查人, 经办人): an empty field starts
with the one used most, selected so that typing replaces it; typing shows the names that contain what is typed,
and ↓ shows them all, Enter taking the highlighted one; a name picked counts as typed (textEdited)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit


class _ShowAllOnDown(QObject):
    def __init__(self, edit: QLineEdit, completer: QCompleter):
        super().__init__(edit)
        self.completer = completer

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down \
                and not self.completer.popup().isVisible():
            self.completer.setCompletionPrefix("")
            self.completer.complete()
            self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))
            return True
        return False


class _SelectWhileProposed(QObject):
    """The name the program proposed is selected whenever the field gets the focus, a click included (which would
    otherwise put the cursor after it: typing the name then wrote it twice), until the clerk changes it."""

    def __init__(self, edit: QLineEdit, proposed: str):
        super().__init__(edit)
        self.edit, self.proposed = edit, proposed

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and self.edit.text() == self.proposed:
            QTimer.singleShot(0, self.edit.selectAll)   # after the click has placed the cursor
        return False


def offer_names(edit: QLineEdit, names: list[str], fill_empty: bool = True) -> None:
    """Offer `names` (most used first) in the field; fill an empty, writable field with the first."""
    if not names:
        return
    completer = edit.completer()
    if completer is not None and completer.objectName() == "rememberedNames":  # offered before: new names
        completer.model().setStringList(names)
    else:
        completer = QCompleter(QStringListModel(names, edit), edit)
        completer.setObjectName("rememberedNames")
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        edit.installEventFilter(_ShowAllOnDown(edit, completer))
        completer.activated.connect(edit.textEdited)  # a name picked from the list counts as typed
    if fill_empty and not edit.text().strip() and not edit.isReadOnly():
        edit.setText(names[0])
        edit.selectAll()
        edit.installEventFilter(_SelectWhileProposed(edit, names[0]))
    if not edit.toolTip():
        edit.setToolTip("按 ↓ 选择以前填过的姓名")
