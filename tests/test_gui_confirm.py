"""Before data is deleted, archived or replaced the window asks, and a hurried Enter answers 否."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from gkdesk.gui.confirm import confirm


def answer_with(key) -> list[str]:
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            QTest.keyClick(box, key)
        else:
            QTimer.singleShot(10, press)

    QTimer.singleShot(0, press)
    return seen


@pytest.mark.real_dialogs
def test_enter_and_escape_answer_no_and_only_yes_confirms(qapp):
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        seen = answer_with(key)
        assert confirm(None, "删除草稿", "删除草稿“东风村名单”吗？") is False
        assert seen == ["删除草稿“东风村名单”吗？"]
    answer_with(Qt.Key.Key_Y)   # 是(Y)
    assert confirm(None, "删除草稿", "删除草稿“东风村名单”吗？") is True


@pytest.mark.real_dialogs
def test_a_box_about_a_dialog_that_is_not_on_screen_is_centred_over_the_window(qtbot):
    """A refusal raised while a dialog is being built (or after it closed) must not appear where that dialog never
    was — the screen's top left, over the sidebar — but over the window the clerk is looking at."""
    from PySide6.QtWidgets import QDialog, QMainWindow

    from gkdesk.gui.errors import show_user_error
    from gkdesk.services.errors import UserError

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)   # built, not shown
    seen = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(box.parentWidget())   # what Qt centres a box over
        box.accept()

    QTimer.singleShot(0, look)
    show_user_error(UserError("尚未完成保密审查，不能打印公示（先审后发）。"), dialog)
    assert seen == [window]
