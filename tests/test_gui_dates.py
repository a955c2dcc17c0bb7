"""The one date field of the program: dates typed as a clerk writes them, 未填 for an optional field that typing
replaces, a calendar that opens at today for an empty field, and every date field of every form is this one."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from gkdesk import clock
from gkdesk.domain.dates import DateError
from gkdesk.gui.widgets.dates import EMPTY_TEXT, TYPING_HINT, DateEdit

TODAY = dt.date(2026, 12, 6)
UI = Path(__file__).resolve().parents[1] / "ui"


@pytest.fixture
def field(qtbot):
    clock.set_today(TODAY)
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    return edit


def type_into(qtbot, edit: DateEdit, text: str, select_all: bool = True) -> None:
    if select_all:
        edit.lineEdit().selectAll()
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        edit.lineEdit().insert(text)  # 年月日 are typed through the input method
    QTest.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["2026-12-04", "20261204", "2026年12月4日", "12-4"])
def test_a_date_typed_the_clerks_way_is_taken(qtbot, field, typed):
    field.set_day(dt.date(2026, 1, 1))
    type_into(qtbot, field, typed)
    assert field.day() == dt.date(2026, 12, 4)
    assert field.text() == "2026-12-04"


# ---- typing over a date that is there, as the clerk does it (issue: "2026年9月25日026-09-26") -----------------

def type_keys(qtbot, widget, text: str) -> None:
    """Key by key: ASCII as key presses, 年月日 as an input method commits them."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def select_all(qtbot, edit, how: str) -> None:
    if how == "ctrl+a":
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    elif how == "end, shift+home":
        qtbot.keyClick(edit, Qt.Key.Key_End)
        qtbot.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    else:  # home, shift+end
        qtbot.keyClick(edit, Qt.Key.Key_Home)
        qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)


class Form(QDialog):
    """A date field with its label, a field after it to Tab to, and a label that shows a date computed from it."""

    def __init__(self, display_format: str = "yyyy-MM-dd"):
        super().__init__()
        layout = QFormLayout(self)
        self.edit = DateEdit()
        self.edit.setDisplayFormat(display_format)
        self.next_field = QLineEdit()
        self.follower = QLabel()
        layout.addRow("开始日期", self.edit)
        layout.addRow("经办人", self.next_field)
        layout.addRow("一周后", self.follower)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addRow(buttons)
        self.accepted_days: list = []
        self.edit.day_changed.connect(self.follow)

    def follow(self) -> None:
        day = None if self.edit.typing() else self.edit.day()
        self.follower.setText(TYPING_HINT if self.edit.typing() else (day + dt.timedelta(days=7)).isoformat())

    def accept(self) -> None:
        self.accepted_days.append(self.edit.day())
        super().accept()


@pytest.fixture
def form(qtbot):
    def make(display_format="yyyy-MM-dd"):
        clock.set_today(TODAY)
        f = Form(display_format)
        qtbot.addWidget(f)
        f.show()
        f.activateWindow()
        f.edit.set_day(dt.date(2026, 9, 25))
        f.edit.setFocus()  # as the clerk's cursor is: Tab and the field's leaving need a focused window
        qtbot.waitUntil(f.edit.hasFocus)
        return f
    return make


TYPED = [("2026-12-04", dt.date(2026, 12, 4)), ("20261204", dt.date(2026, 12, 4)),
         ("2026年12月4日", dt.date(2026, 12, 4)), ("12-4", dt.date(2026, 12, 4)),
         ("2026.12.4", dt.date(2026, 12, 4)), ("2026/12/4", dt.date(2026, 12, 4)),
         ("2026-09-26", dt.date(2026, 9, 26))]


@pytest.mark.parametrize("display_format, shown", [("yyyy-MM-dd", "2026-12-04"), ("yyyy年M月d日", "2026年12月4日")])
@pytest.mark.parametrize("how", ["ctrl+a", "end, shift+home", "home, shift+end"])
@pytest.mark.parametrize("typed, day", TYPED)
def test_select_all_and_type_replaces_the_date(qtbot, form, display_format, shown, how, typed, day):
    f = form(display_format)
    select_all(qtbot, f.edit, how)
    type_keys(qtbot, f.edit, typed)
    assert f.edit.lineEdit().text() == typed                       # what was typed, nothing of the old date
    qtbot.keyClick(f.edit, Qt.Key.Key_Tab)
    assert f.next_field.hasFocus()                                 # Tab leaves the field
    assert f.edit.day() == day
    if day == dt.date(2026, 12, 4):
        assert f.edit.text() == shown
    assert f.follower.text() == (day + dt.timedelta(days=7)).isoformat()


def test_deleting_part_of_the_date_shows_no_date_computed_from_half_of_one(qtbot, form):
    f = form("yyyy年M月d日")
    assert f.follower.text() == "2026-10-02"
    f.edit.lineEdit().end(False)
    seen = []
    for _ in range(3):                                             # 2026年9月25 → 2026年9月2 → 2026年9月
        qtbot.keyClick(f.edit, Qt.Key.Key_Backspace)
        seen.append((f.edit.lineEdit().text(), f.follower.text()))
    assert seen == [("2026年9月25", "2026-10-02"),                 # still the 25th, 日 or not
                    ("2026年9月2", TYPING_HINT), ("2026年9月", TYPING_HINT)]
    type_keys(qtbot, f.edit, "26日")
    assert f.follower.text() == "2026-10-03"                       # a whole date again: shown at once
    qtbot.keyClick(f.edit, Qt.Key.Key_Tab)
    assert f.edit.day() == dt.date(2026, 9, 26) and f.edit.text() == "2026年9月26日"


def test_a_date_typed_half_is_taken_when_the_clerk_leaves_the_field(qtbot, form):
    f = form()
    select_all(qtbot, f.edit, "ctrl+a")
    type_keys(qtbot, f.edit, "2026-9-3")                            # "0" would make it the 30th: not whole yet
    assert f.follower.text() == TYPING_HINT
    qtbot.keyClick(f.edit, Qt.Key.Key_Tab)
    assert f.edit.text() == "2026-09-03" and f.follower.text() == "2026-09-10"


@pytest.mark.parametrize("typed, why", [("2026-13-40", "一年只有12个月"), ("2026-9-", "无法识别"),
                                        ("", "还没有填写日期")])
def test_a_date_that_cannot_be_read_is_kept_and_said_not_put_back(qtbot, form, typed, why):
    f = form()
    select_all(qtbot, f.edit, "ctrl+a")
    if typed:
        type_keys(qtbot, f.edit, typed)
    else:
        qtbot.keyClick(f.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(f.edit, Qt.Key.Key_Tab)
    assert f.edit.lineEdit().text() == typed                       # not silently back to 2026-09-25
    assert f.edit.property("unreadable") and why in f.edit.toolTip()
    assert f.follower.text() == TYPING_HINT
    with pytest.raises(DateError, match=f"^开始日期：.*{why}"):
        f.edit.day()
    f.edit.setFocus()                                              # coming back keeps it too
    f.next_field.setFocus()
    assert f.edit.lineEdit().text() == typed
    f.edit.setFocus()
    select_all(qtbot, f.edit, "ctrl+a")
    type_keys(qtbot, f.edit, "2026-10-08")
    assert not f.edit.property("unreadable") and f.edit.day() == dt.date(2026, 10, 8)


def test_enter_on_a_date_that_cannot_be_read_does_not_close_the_dialog(qtbot, form):
    f = form()
    select_all(qtbot, f.edit, "ctrl+a")
    type_keys(qtbot, f.edit, "2026-2-30")
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert f.isVisible() and f.accepted_days == [] and f.edit.property("unreadable")
    assert "2026年2月只有28天" in f.edit.toolTip()
    select_all(qtbot, f.edit, "ctrl+a")
    type_keys(qtbot, f.edit, "2026-2-28")
    qtbot.keyClick(f.edit, Qt.Key.Key_Return)
    assert f.accepted_days == [dt.date(2026, 2, 28)]


def test_up_and_down_step_the_part_the_cursor_is_in(qtbot, form):
    f = form()
    f.edit.lineEdit().setCursorPosition(6)                         # in the month
    qtbot.keyClick(f.edit, Qt.Key.Key_Up)
    assert f.edit.day() == dt.date(2026, 10, 25) and f.edit.lineEdit().selectedText() == "10"
    f.edit.lineEdit().setCursorPosition(9)                         # in the day
    qtbot.keyClick(f.edit, Qt.Key.Key_Down)
    assert f.edit.day() == dt.date(2026, 10, 24)


def test_an_optional_field_shows_unfilled_and_typing_replaces_it(qtbot, field):
    field.set_optional()
    field.set_day(None)
    assert field.text() == EMPTY_TEXT and field.day() is None
    field.lineEdit().end(False)
    type_into(qtbot, field, "20261204", select_all=False)  # typed after 未填, not over it
    assert field.day() == dt.date(2026, 12, 4) and field.text() == "2026-12-04"
    field.lineEdit().selectAll()
    field.lineEdit().del_()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.day() is None and field.text() == EMPTY_TEXT


def test_the_calendar_of_an_empty_field_opens_at_today_with_all_its_rows(qtbot, field):
    field.set_optional()
    field.set_day(None)
    calendar = field.calendarWidget()
    field.resize(160, 30)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2))  # ▼
    assert calendar.isVisible()
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    assert calendar.window().height() >= calendar.sizeHint().height()
    calendar.window().hide()


def test_every_date_field_of_every_form_is_the_programs_date_field():
    plain = [f"{p.name}: {name}" for p in sorted(UI.glob("*.ui"))
             for name in re.findall(r'<widget class="Q(?:Date|DateTime)Edit" name="(\w+)"', p.read_text("utf-8"))]
    assert plain == [], "用 DateEdit（gkdesk.gui.widgets.dates）代替 QDateEdit，输入的日期才能被识别"
