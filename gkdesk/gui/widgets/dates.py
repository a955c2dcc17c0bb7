"""Dates in the window: one date field for the whole program (DateEdit), and the conversions between QDate and
datetime.date.

DateEdit takes dates as a clerk types them (2026-12-04, 20261204, 2026年12月4日, 12-4 for this year: the
domain's parse_typed_date), shows them as 2026-12-04, and opens its calendar at the date shown, or at today when
an optional field is still empty, with every row of the month in view. An optional field (set_optional) shows
未填 while empty; typing replaces it, and clearing the text empties the field again. Forms get it by promotion in
Qt Designer: class DateEdit, header gkdesk.gui.widgets.dates, base QDateEdit."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QDateEdit, QWidget

from gkdesk import clock
from gkdesk.domain.dates import DateError, parse_typed_date

DISPLAY_FORMAT = "yyyy-MM-dd"
EMPTY_TEXT = "未填"
EMPTY = QDate(2000, 1, 1)  # an optional field's "no date": its minimum, shown as 未填
_TYPING = set("0123456789-./年月日号 \u3000０１２３４５６７８９－．／")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _Calendar(QCalendarWidget):
    """The popup calendar: opens at the field's date, or at today for an empty optional field; tall enough for
    six week rows in the program's font."""

    def __init__(self, edit: DateEdit):
        super().__init__(edit)
        self.edit = edit
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.edit.day() is None:
            today = clock.today()
            self.setCurrentPage(today.year, today.month)
        hint = self.sizeHint()
        popup = self.window()
        if popup is not self and popup.height() < hint.height() + 8:
            popup.resize(max(popup.width(), hint.width()), hint.height() + 8)


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = False
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setCalendarWidget(_Calendar(self))
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setToolTip("可直接输入，如 2026-12-04、20261204、2026年12月4日，或 12-4（今年）")

    # ---- the optional field ----------------------------------------------------------------------------------
    def set_optional(self, optional: bool = True) -> None:
        """An empty field is allowed (shown as 未填); day() then gives None."""
        self._optional = optional
        if optional:
            self.setMinimumDate(EMPTY)
            self.setSpecialValueText(EMPTY_TEXT)
        else:
            self.setSpecialValueText("")

    def day(self) -> dt.date | None:
        if self._optional and self.date() == self.minimumDate():
            return None
        return pydate(self.date())

    def set_day(self, day: dt.date | None) -> None:
        if day is None:
            if not self._optional:
                raise ValueError("这个日期必须填写")
            self.setDate(self.minimumDate())
        else:
            self.setDate(qdate(day))

    # ---- typing ------------------------------------------------------------------------------------------------
    def _typed(self, text: str) -> str:
        """The text without the 未填 the clerk typed over."""
        text = text.strip()
        if self._optional and text.startswith(EMPTY_TEXT):
            text = text[len(EMPTY_TEXT):].strip()
        return text

    def _parse(self, text: str) -> QDate | None:
        typed = self._typed(text)
        if not typed:
            return self.minimumDate() if self._optional else None
        try:
            day = qdate(parse_typed_date(typed, clock.today()))
        except DateError:
            return None
        return day if self.minimumDate() <= day <= self.maximumDate() else None

    def validate(self, text: str, pos: int):
        if self._parse(text) is not None:
            return QValidator.State.Acceptable, text, pos
        typed = self._typed(text)
        if all(ch in _TYPING for ch in typed):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = self._parse(text)
        return QDateTime(day, self.time()) if day is not None else self.dateTime()

    def fixup(self, text: str) -> str:
        day = self._parse(text)
        if day is None or (self._optional and day == self.minimumDate()):
            return text
        return day.toString(self.displayFormat())

    def keyPressEvent(self, event) -> None:
        """Typed characters go into the text as in any field (QDateEdit would fill one section at a time);
        arrows and the like still step the day, month or year."""
        if event.text() and (event.text().isprintable() or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)):
            QAbstractSpinBox.keyPressEvent(self, event)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason) or self.day() is None:
            QTimer.singleShot(0, self.lineEdit().selectAll)  # what is typed replaces the date, or 未填
