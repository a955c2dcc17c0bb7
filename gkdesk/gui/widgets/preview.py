"""Qt's print preview as a clerk needs it: the 打印 action labelled in the toolbar (Qt shows an icon only), and
打印… / 关闭 buttons at the bottom where a dialog's buttons are."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDialogButtonBox, QToolBar, QToolButton


def print_action(dialog: QPrintPreviewDialog) -> QAction | None:
    return next((a for a in dialog.findChildren(QAction) if a.text().replace("&", "") in ("打印", "Print")), None)


def label_print_button(dialog: QPrintPreviewDialog) -> None:
    action = print_action(dialog)
    if action is None:
        return
    for bar in dialog.findChildren(QToolBar):
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    buttons = QDialogButtonBox(dialog)
    printing = buttons.addButton("打印…", QDialogButtonBox.ButtonRole.AcceptRole)
    printing.setObjectName("printButton")
    printing.setDefault(True)
    buttons.addButton("关闭", QDialogButtonBox.ButtonRole.RejectRole)
    printing.clicked.connect(action.trigger)
    buttons.rejected.connect(dialog.reject)
    dialog.layout().addWidget(buttons)
