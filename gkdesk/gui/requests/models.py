"""The tables of the 依申请公开 page: the requests with their countdowns, and the letters of one request."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gkdesk.domain.requests import ABANDONED, ANSWERED, WAITING_SUPPLEMENT
from gkdesk.gui.widgets.rows import RowsModel
from gkdesk.services.requests import RequestStatus

RED, GREEN, ORANGE, GREY = "#c62828", "#2e7d32", "#e65100", "#6b7785"
SOON_WORKING_DAYS = 5


def state_colour(status: RequestStatus) -> str:
    """Red overdue, orange due within five working days, grey paused or waiting, green answered."""
    if status.state in (ANSWERED, ABANDONED):
        return GREEN if not (status.answer and status.answer.late) else ORANGE
    if status.overdue:
        return RED
    if status.state == WAITING_SUPPLEMENT or status.clock.provisional:
        return GREY
    left = status.working_days_left
    return ORANGE if left is not None and left <= SOON_WORKING_DAYS else "#1f2933"


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    received_on: str
    applicant: str
    applicant_type: str
    content: str
    status: RequestStatus

    @property
    def due_text(self) -> str:
        s = self.status
        if s.due is None:
            return "—"
        return s.due.isoformat() + ("（暂定）" if s.clock.provisional and s.answer is None else "")

    @property
    def result_text(self) -> str:
        """The countdown, or how it ended in a word or two (不予公开); the reason is in the tooltip and the detail."""
        s = self.status
        if s.answer is not None:
            return s.answer.outcome.category + ("（逾期）" if s.answer.late else "")
        return s.countdown

    @property
    def result_tip(self) -> str:
        s = self.status
        if s.answer is not None:
            return s.answer.outcome.label + ("（逾期答复）" if s.answer.late else "")
        return s.clock.describe()


# What the clerk looks for first stands left (the list is narrower than the window at 1366 pixels): which request,
# whose, where it stands and by when.
COLUMNS: list[str] = ["编号", "申请人", "状态", "倒计时 / 办理结果", "答复期限", "收到日期", "申请人类型", "申请内容"]
RESULT, DUE = COLUMNS.index("倒计时 / 办理结果"), COLUMNS.index("答复期限")
STATE = COLUMNS.index("状态")
# Widest a column is fitted to, in characters: a long organisation's name is cut, its tooltip says it whole
FITTED_CAPS = {COLUMNS.index("申请人"): 7, RESULT: 10}


class RequestTableModel(RowsModel[RequestRow]):
    """The requests of the register, one row each."""

    columns = COLUMNS

    def row_of(self, request_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == request_id), None)

    def text(self, r: RequestRow, col: int) -> str:
        return [r.number, r.applicant, r.status.state, r.result_text, r.due_text, r.received_on, r.applicant_type,
                r.content][col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == RESULT:
                return r.result_tip
            if col == DUE:
                return r.status.clock.describe()
            text = self.text(r, col)
            return text if len(text) > 6 else None
        if role == Qt.ItemDataRole.ForegroundRole and col in (STATE, RESULT):
            return QColor(state_colour(r.status))
        return None


@dataclass(frozen=True)
class LetterRow:
    id: int
    kind: str
    title: str
    generated_on: str
    sent_on: str


LETTER_COLUMNS = ["文书", "生成日期", "送达日期"]


class LetterTableModel(RowsModel[LetterRow]):
    """The letters of one request, with the day each was sent."""

    columns = LETTER_COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [r.title or r.kind, r.generated_on, r.sent_on or "未登记"][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and not r.sent_on:
            return QColor(GREY)
        return None
