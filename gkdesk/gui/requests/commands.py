"""Undo and redo on the 依申请公开 page: an action is the request's rows before and after it; undo puts the first
back, redo the second, through the service (each change audited)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from gkdesk.gui.errors import USER_ERRORS, show_user_error
from gkdesk.services import requests as rq

if TYPE_CHECKING:
    from gkdesk.gui.requests.page import RequestsPage


class StepCommand(QUndoCommand):
    """A step already taken when pushed (its first redo does nothing)."""

    def __init__(self, page: RequestsPage, text: str, request_id: int, before: rq.RequestRows,
                 after: rq.RequestRows):
        super().__init__(text)
        self.page = page
        self.request_id, self.before, self.after = request_id, before, after
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, rows: rq.RequestRows) -> None:
        try:
            with self.page.ctx.db.transaction() as s:
                rq.restore_request_rows(s, self.request_id, rows)
        except USER_ERRORS as exc:
            show_user_error(exc, self.page, "无法撤销或重做")
            QTimer.singleShot(0, self.page.undo_stack.clear)
        self.page.changed(self.request_id if rows else None)
