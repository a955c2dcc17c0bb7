"""The one date field of the program: dates typed as a clerk writes them, 未填 for an optional field that typing
replaces, a calendar that opens at today for an empty field, and every date field of every form is this one."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from gkdesk import clock
from gkdesk.gui.widgets.dates import EMPTY_TEXT, DateEdit

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


def test_what_is_not_a_date_keeps_the_date_shown(qtbot, field):
    field.set_day(dt.date(2026, 1, 5))
    type_into(qtbot, field, "2026-13-40")
    assert field.day() == dt.date(2026, 1, 5)


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
