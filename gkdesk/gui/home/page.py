"""首页: today's reminders, grouped by urgency, with countdowns that follow the clock (every minute and at
midnight) and a tray message when a publicity ends or a deadline falls due."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QMessageBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.gui.context import AppContext
from gkdesk.gui.forms.ui_home_page import Ui_HomePage
from gkdesk.gui.home.notify import tray_messages
from gkdesk.gui.pages import Page
from gkdesk.services import reminders, subsidy
from gkdesk.services.reminders import INFO, OPEN, OVERDUE, SOON, TODAY, WARNING, Reminder

WEEKDAYS = "一二三四五六日"
REFRESH_MS = 60_000

# severity → (group heading, colour of its bar and countdown)
GROUPS = {
    OVERDUE: ("已逾期", "#c62828"),
    TODAY: ("今天到期", "#e65100"),
    SOON: ("即将到期", "#c77800"),
    WARNING: ("请注意", "#a67c00"),
    OPEN: ("待办理", "#4a5a68"),
    INFO: ("进行中", "#2e7d32"),
}
GROUP_ORDER = [OVERDUE, TODAY, SOON, WARNING, OPEN, INFO]

ReminderRole = Qt.ItemDataRole.UserRole + 1
HeaderRole = Qt.ItemDataRole.UserRole + 2
DateTextRole = Qt.ItemDataRole.UserRole + 3
CountdownRole = Qt.ItemDataRole.UserRole + 4
SeverityRole = Qt.ItemDataRole.UserRole + 5


def today_text(day: dt.date) -> str:
    return f"今天是{format_cn(day)} 星期{WEEKDAYS[day.weekday()]}"


class ReminderModel(QAbstractListModel):
    """Reminders in groups: a heading row ("已逾期（2）") then its reminders."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, int] | Reminder] = []

    def set_reminders(self, found: list[Reminder]) -> None:
        self.beginResetModel()
        self._rows = []
        for severity in GROUP_ORDER:
            group = [r for r in found if r.severity == severity]
            if group:
                self._rows.append((severity, len(group)))
                self._rows.extend(group)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def reminder(self, row: int) -> Reminder | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, Reminder) else None

    def row_of(self, key) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, Reminder) and reminder_key(item) == key:
                return row
        return None

    def flags(self, index):
        if self.reminder(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if isinstance(item, tuple):
            severity, count = item
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{GROUPS[severity][0]}（{count}）"
            if role == HeaderRole:
                return True
            if role == SeverityRole:
                return severity
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.detail or None
        if role == ReminderRole:
            return item
        if role == DateTextRole:
            return format_cn(item.date) if item.date else ""
        if role == CountdownRole:
            return item.countdown
        if role == SeverityRole:
            return item.severity
        if role == HeaderRole:
            return False
        return None


def reminder_key(r: Reminder) -> tuple:
    return (r.kind, r.ref or r.title)


class ReminderDelegate(QStyledItemDelegate):
    """A reminder as a card: coloured bar, title and detail on the left, countdown and date on the right."""

    PAD = 12

    def sizeHint(self, option, index) -> QSize:
        fm = QFontMetrics(option.font)
        if index.data(HeaderRole):
            return QSize(200, fm.height() + 20)
        return QSize(200, fm.height() * 2 + 30)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(GROUPS[index.data(SeverityRole)][1])
        rect = option.rect
        if index.data(HeaderRole):
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect.adjusted(4, 8, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             index.data())
            painter.restore()
            return
        card = rect.adjusted(0, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QPen(QColor("#3d7cc9" if selected else "#dfe3e8"), 1.5 if selected else 1))
        painter.setBrush(QColor("#eaf2fc" if selected else "#f7f9fb" if hovered else "#ffffff"))
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(card.left(), card.top(), 6, card.height()), 3, 3)

        fm = QFontMetrics(option.font)
        inner = card.adjusted(self.PAD + 6, 8, -self.PAD, -8)
        line1 = QRect(inner.left(), inner.top(), inner.width(), fm.height())
        line2 = QRect(inner.left(), inner.bottom() - fm.height() + 1, inner.width(), fm.height())
        right_w = 150
        big = QFont(option.font)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(colour)
        painter.drawText(line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, index.data(CountdownRole))
        painter.setPen(QColor("#1f2933"))
        left1 = line1.adjusted(0, 0, -right_w, 0)
        painter.drawText(left1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(big).elidedText(index.data(), Qt.TextElideMode.ElideRight, left1.width()))
        painter.setFont(option.font)
        painter.setPen(QColor("#6b7785"))
        painter.drawText(line2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, index.data(DateTextRole))
        left2 = line2.adjusted(0, 0, -right_w, 0)
        detail = index.data(ReminderRole).detail
        painter.drawText(left2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(detail, Qt.TextElideMode.ElideRight, left2.width()))
        painter.restore()


class HomePage(QWidget):
    notify = Signal(str, str)  # (title, text) for the tray

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.ui.todayLabel.setObjectName("pageTitle")
        self.ui.hintLabel.setObjectName("hint")
        self.ui.calendarBanner.setObjectName("warningBanner")
        self.model = ReminderModel(self)
        self.ui.reminderList.setModel(self.model)
        self.ui.reminderList.setItemDelegate(ReminderDelegate(self.ui.reminderList))
        self.ui.reminderList.setMouseTracking(True)
        self.ui.reminderList.activated.connect(self._activated)
        self.ui.calendarButton.clicked.connect(self._open_calendar)
        self._previous: list[Reminder] | None = None
        self._listed: list[Reminder] | None = None
        self._calendar_year: int | None = None

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.midnight_timer = QTimer(self)
        self.midnight_timer.setSingleShot(True)
        self.midnight_timer.timeout.connect(self.on_midnight)
        self._schedule_midnight()
        self.refresh()

    # ---- refreshing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        today = clock.today()
        with self.ctx.db.transaction() as s:
            ended = [b.title for b in subsidy.refresh_states(s, today)]
        with self.ctx.db.session() as s:
            found = reminders.due(s, today)
        messages = tray_messages(self._previous, found, ended)
        self._previous = found
        self._show(today, found)
        for title, text in messages:
            self.notify.emit(title, text)
        if ended:  # other pages show batch states
            self.ctx.data_changed.emit()

    def _show(self, today: dt.date, found: list[Reminder]) -> None:
        self.ui.todayLabel.setText(today_text(today))
        calendar = [r for r in found if r.kind == "calendar"]
        listed = [r for r in found if r.kind != "calendar"]
        self.ui.calendarBanner.setVisible(bool(calendar))
        if calendar:
            self._calendar_year = calendar[0].ref[1] if calendar[0].ref else None
            self.ui.calendarLabel.setText("⚠ " + "；".join(r.title for r in calendar) + "。\n" + calendar[0].detail)
        if listed == self._listed:  # an unchanged list keeps its scroll position and selection as they are
            return
        self._listed = listed
        current = self.model.reminder(self.ui.reminderList.currentIndex().row())
        self.model.set_reminders(listed)
        if current and (row := self.model.row_of(reminder_key(current))) is not None:
            self.ui.reminderList.setCurrentIndex(self.model.index(row))
        self.ui.countsLabel.setText(counts_text(listed))

    def _tick(self) -> None:
        """The minute's refresh skips its turn while background work runs (a restore has the database closed)."""
        if not self.ctx.tasks.busy:
            self.refresh()

    def _schedule_midnight(self) -> None:
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        self.midnight_timer.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def on_midnight(self) -> None:
        self._tick()
        self._schedule_midnight()

    # ---- opening a line -----------------------------------------------------------------------
    def _activated(self, index) -> None:
        r = self.model.reminder(index.row())
        if r is None:
            return
        if r.ref and self.ctx.open_ref(*r.ref):
            return
        self.show_detail(r)

    def show_detail(self, r: Reminder) -> None:
        when = f"{format_cn(r.date)}（{r.countdown}）" if r.date else ""
        text = "\n\n".join(t for t in (r.title, f"日期：{when}" if when else "", r.detail) if t)
        QMessageBox.information(self, "提醒详情", text)

    def _open_calendar(self) -> None:
        self.ctx.open_ref("calendar", self._calendar_year or clock.today().year)


def counts_text(found: list[Reminder]) -> str:
    if not found:
        return "今天没有需要处理的事项。"
    parts = []
    for severity in GROUP_ORDER:
        n = sum(1 for r in found if r.severity == severity)
        if n:
            label, colour = GROUPS[severity]
            parts.append(f'<span style="color:{colour}; font-weight:600">{label} {n} 项</span>')
    return "　·　".join(parts)


PAGE = Page(title="首页", icon="home.svg", factory=HomePage, order=0)
