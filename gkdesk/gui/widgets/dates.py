"""Dates in the window: one date field for the whole program (DateEdit), and the conversions between QDate and
datetime.date.

DateEdit takes dates as a clerk types them (2026-12-04, 20261204, 2026年12月4日, 2026.12.4, 2026/12/4, 12-4 for
this year: the domain's parse_typed_date), shows them in its display format, and opens its calendar at the date
shown, or at today when an optional field is still empty, with every row of the month in view. An optional field
(set_optional) shows 未填 while empty; typing replaces it, and clearing the text empties the field again. Forms get
it by promotion in Qt Designer: class DateEdit, header gkdesk.gui.widgets.dates, base QDateEdit.

The text is the clerk's while she types: QDateTimeEdit's sections (which put the last date back whenever the cursor
crosses from one section to another while the text is not yet a date) stay out of it. The date is taken when she
finishes (Enter, Tab, leaving the field); a text that does not read as a date is then kept, marked and explained,
never silently replaced by the previous date, and day() refuses it with the field's name. Labels that depend on the
date follow day_changed and ask typing() first: while the text is not yet a whole date they show a hint, not a date
computed from half of one."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QDateEdit,
    QFormLayout,
    QLabel,
    QToolTip,
    QWidget,
)

from gkdesk import clock
from gkdesk.domain.dates import DateError, format_iso, parse_typed_date

DISPLAY_FORMAT = "yyyy-MM-dd"
EMPTY_TEXT = "未填"
EMPTY = QDate(2000, 1, 1)  # an optional field's "no date": its minimum, shown as 未填
HINT = "可直接输入，如 2026-12-04、20261204、2026年12月4日，或 12-4（今年）"
TYPING_HINT = "（输入完日期后显示）"  # what a label that depends on the date shows while it is being typed
_TYPING = set("0123456789-./年月日号 \u3000０１２３４５６７８９－．／")
_DIGITS = re.compile(r"\d+")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _Calendar(QCalendarWidget):
    """The popup calendar: opens at the field's date, or at today for an empty (or unreadable) field; tall enough
    for six week rows in the program's font."""

    def __init__(self, edit: DateEdit):
        super().__init__(edit)
        self.edit = edit
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.edit.shown_day() is None:
            today = clock.today()
            self.setCurrentPage(today.year, today.month)
        hint = self.sizeHint()
        popup = self.window()
        if popup is not self and popup.height() < hint.height() + 8:
            popup.resize(max(popup.width(), hint.width()), hint.height() + 8)


class DateEdit(QDateEdit):
    # The text reads as another whole date, or stopped (or started) reading as one: typing() and day() say which.
    day_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = False
        self._kept: str | None = None   # the clerk's text that did not read as a date when she finished with it
        self._holding = False           # Qt is about to rewrite the text from the last date: it keeps _kept instead
        self._last_state: tuple | None = None
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        calendar = _Calendar(self)
        self.setCalendarWidget(calendar)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(False)  # the date is taken when the clerk finishes, not at every keystroke
        self.setToolTip(HINT)
        # QDateTimeEdit re-reads the text by sections whenever the cursor moves, and puts the last date back when
        # the text is not one yet (select all, type "2", and the old date returns with the "2" after it): the
        # text is the clerk's while she types, so that reading is switched off (stepBy finds the section itself).
        self.lineEdit().cursorPositionChanged.disconnect()
        # Qt rewrites the text with the line edit's signals blocked: the date and the calendar are watched too.
        self.lineEdit().textChanged.connect(self._text_changed)
        self.dateChanged.connect(self._text_changed)
        calendar.clicked.connect(self._text_changed)
        calendar.activated.connect(self._text_changed)
        self._text_changed()

    # ---- the optional field ----------------------------------------------------------------------------------
    def set_optional(self, optional: bool = True) -> None:
        """An empty field is allowed (shown as 未填); day() then gives None."""
        self._optional = optional
        if optional:
            self.setMinimumDate(EMPTY)
            self.setSpecialValueText(EMPTY_TEXT)
        else:
            self.setSpecialValueText("")
        self._text_changed()

    # ---- the date --------------------------------------------------------------------------------------------
    def day(self) -> dt.date | None:
        """The date the field holds (None: an optional field left empty); DateError, naming the field, when its
        text does not read as a date."""
        try:
            return self._read(self.lineEdit().text())
        except DateError as exc:
            raise DateError(self._about(exc)) from None

    def shown_day(self) -> dt.date | None:
        """The date the text reads as now; None when it reads as none (empty, half typed, not a date)."""
        try:
            return self._read(self.lineEdit().text())
        except DateError:
            return None

    def typing(self) -> bool:
        """Whether the text is not a whole date (yet): half typed ("2026-09-2", which a "5" would make another
        date) or not a date at all. An optional field left empty is not typing."""
        text = self.lineEdit().text()
        try:
            day = self._read(text)
        except DateError:
            return True
        return day is not None and any(self._reads(text + digit) for digit in "0123456789")

    def pending_hint(self) -> str:
        """What a label computed from this date shows instead while typing() (a date computed from half of one
        would be nonsense)."""
        if self._kept is not None:
            name = self.field_name() or "日期"
            return f"（{name}无法识别，请改正）"
        return TYPING_HINT

    def set_day(self, day: dt.date | None) -> None:
        if day is None:
            if not self._optional:
                raise ValueError("这个日期必须填写")
            self.setDate(self.minimumDate())
        else:
            self.setDate(qdate(day))

    def setDate(self, date: QDate) -> None:  # noqa: N802 (Qt's name)
        """A date set by the program replaces whatever text was kept."""
        self._forget_kept()
        super().setDate(date)
        self._text_changed()

    def field_name(self) -> str:
        """The field's label in its form ("开始日期"), for sentences about it ("" when it has none)."""
        window = self.window()
        for form in window.findChildren(QFormLayout):
            label = form.labelForField(self)
            if isinstance(label, QLabel):
                return _label_text(label)
        for label in window.findChildren(QLabel):
            if label.buddy() is self:
                return _label_text(label)
        return self.accessibleName()

    def _about(self, exc: DateError) -> str:
        name = self.field_name()
        return f"{name}：{exc}" if name else str(exc)

    # ---- reading the text --------------------------------------------------------------------------------------
    def _typed(self, text: str) -> str:
        """The text without the 未填 the clerk typed over."""
        text = text.strip()
        if self._optional and text.startswith(EMPTY_TEXT):
            text = text[len(EMPTY_TEXT):].strip()
        return text

    def _read(self, text: str) -> dt.date | None:
        """The date `text` reads as (None: an optional field left empty); DateError saying why it reads as none."""
        typed = self._typed(text)
        if not typed:
            if self._optional:
                return None
            raise DateError("还没有填写日期，请填写如 2026-12-04 的日期")
        day = parse_typed_date(typed, clock.today())
        low, high = pydate(self.minimumDate()), pydate(self.maximumDate())
        if self._optional and self.minimumDate() == EMPTY:
            low += dt.timedelta(days=1)
        if day > high:
            raise DateError(f"{format_iso(day)}晚于{_bound_text(high)}，请核对")
        if day < low:
            raise DateError(f"{format_iso(day)}早于{_bound_text(low)}，请核对")
        return day

    def _reads(self, text: str) -> bool:
        try:
            self._read(text)
        except DateError:
            return False
        return True

    def validate(self, text: str, pos: int):
        if self._reads(text):
            return QValidator.State.Acceptable, text, pos
        if all(ch in _TYPING for ch in self._typed(text)):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 (Qt's name)
        try:
            day = self._read(text)
        except DateError:
            return self.dateTime()
        return QDateTime(self.minimumDate() if day is None else qdate(day), self.time())

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802 (Qt's name)
        if self._holding and self._kept is not None:
            return self._kept   # where Qt would put the last date back
        return super().textFromDateTime(value)

    def fixup(self, text: str) -> str:
        day = self.shown_day()
        return text if day is None else qdate(day).toString(self.displayFormat())

    # ---- a text that is not a date -----------------------------------------------------------------------------
    def _text_changed(self, *_args) -> None:
        if self._holding:
            return
        text = self.lineEdit().text()
        if self._kept is not None:
            if self._reads(text):
                self._forget_kept()
            else:
                self._kept = text
        state = (self.typing(), self.shown_day())
        if state != self._last_state:
            self._last_state = state
            self.day_changed.emit()

    def _finished(self, announce: bool = True) -> bool:
        """The clerk is done with the field: True when its text reads as a date (for Qt to take); else the text is
        kept, marked and (when `announce`) explained beside the field."""
        try:
            self.day()
        except DateError as exc:
            self._keep(str(exc), announce)
            return False
        return True

    def _keep(self, why: str, announce: bool) -> None:
        self._kept = self.lineEdit().text()
        self._mark(True, why)
        if announce and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), why, self)

    def _forget_kept(self) -> None:
        if self._kept is not None:
            self._kept = None
            self._mark(False, HINT)

    def _mark(self, unreadable: bool, tip: str) -> None:
        self.setProperty("unreadable", unreadable)
        self.setToolTip(tip)
        self.style().unpolish(self)
        self.style().polish(self)

    def _kept_through(self, qt_handler, event) -> None:
        """Run one of Qt's handlers that rewrites the text from the last date (leaving the field, coming back,
        the window losing focus) without losing the clerk's kept text."""
        self._holding = True
        try:
            qt_handler(event)
        finally:
            self._holding = False
        self._text_changed()

    # ---- keys, focus and the window --------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Typed characters go into the text as in any field (QDateEdit would fill one section at a time); Enter
        takes the date, or says why the text is not one (and the dialog stays open); ↑ ↓ step the day, month or
        year the cursor is in."""
        if event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return):
            if not self._finished():
                event.accept()
                return
            self._kept_through(super().keyPressEvent, event)
        elif event.text() and (event.text().isprintable()
                               or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)):
            QAbstractSpinBox.keyPressEvent(self, event)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab leaves the field (QDateTimeEdit would go on to its next section first)."""
        return QWidget.focusNextPrevChild(self, next_)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._finished(announce=event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason,
                                                       Qt.FocusReason.PopupFocusReason))
        self._kept_through(super().focusOutEvent, event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._kept is not None:   # QDateTimeEdit would rewrite it and select a section of the date it is not
            QAbstractSpinBox.focusInEvent(self, event)
        else:
            super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason) or self.shown_day() is None:
            QTimer.singleShot(0, self, self.lineEdit().selectAll)  # what is typed replaces the date, or 未填

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._kept_through(super().changeEvent, event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._kept_through(super().showEvent, event)

    # ---- stepping with ↑ ↓ (and the wheel) -------------------------------------------------------------------
    def stepEnabled(self):  # noqa: N802 (Qt's name)
        if not self._reads(self.lineEdit().text()):
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        """The year, month or day the cursor is in, by `steps` (an empty optional field starts at today)."""
        section = _section_at(self.lineEdit().text(), self.lineEdit().cursorPosition())
        day = qdate(self.shown_day() or clock.today())
        moved = (day.addYears, day.addMonths, day.addDays)[section](steps)
        low = self.minimumDate().addDays(1) if self._optional else self.minimumDate()
        self.setDate(max(low, min(self.maximumDate(), moved)))
        runs = list(_DIGITS.finditer(self.lineEdit().text()))
        if len(runs) == 3:
            self.lineEdit().setSelection(runs[section].start(), runs[section].end() - runs[section].start())


def _section_at(text: str, pos: int) -> int:
    """0, 1 or 2: the year, month or day the cursor at `pos` is in (or just after); the day when it is in none."""
    runs = list(_DIGITS.finditer(text))
    if len(runs) != 3:
        return 2
    for n, run in enumerate(runs):
        if run.start() <= pos <= run.end():
            return n
    before = [n for n, run in enumerate(runs) if run.end() < pos]
    return before[-1] if before else 0


def _label_text(label: QLabel) -> str:
    return label.text().replace("&", "").rstrip("：: *")


def _bound_text(day: dt.date) -> str:
    return "今天" if day == clock.today() else format_iso(day)
