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
