"""Undo and redo of the 政策解读报备 page: each command re-applies its change through the service."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from gkdesk.gui.errors import USER_ERRORS, show_user_error
from gkdesk.services import interp

if TYPE_CHECKING:
    from gkdesk.gui.interp.page import InterpPage


class _RecordCommand(QUndoCommand):
    """A change already made by the page when pushed (its first redo does nothing); undo and redo re-apply it
    through the service. A refusal (e.g. the month was marked 已报送 meanwhile) is shown and clears the history."""

    def __init__(self, page: InterpPage, text: str):
        super().__init__(text)
        self.page = page
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.do)

    def undo(self) -> None:
        self._apply(self.undo_change)

    def _apply(self, fn) -> None:
        try:
            with self.page.ctx.db.transaction() as s:
                fn(s)
        except USER_ERRORS as exc:
            show_user_error(exc, self.page, "无法撤销或重做")
            QTimer.singleShot(0, self.page.undo_stack.clear)
        self.page.changed()

    def do(self, s) -> None:
        raise NotImplementedError

    def undo_change(self, s) -> None:
        raise NotImplementedError


class AddCommand(_RecordCommand):
    def __init__(self, page, record_id: int, title: str):
        super().__init__(page, f"新增“{title}”")
        self.record_id = record_id
        self.snapshot: dict | None = None

    def undo_change(self, s) -> None:
        self.snapshot = interp.delete_record(s, self.record_id)

    def do(self, s) -> None:
        self.record_id = interp.restore_record(s, self.snapshot).id


class EditCommand(_RecordCommand):
    def __init__(self, page, record_id: int, before: dict, after: dict):
        super().__init__(page, f"修改“{after['title']}”")
        self.record_id, self.before, self.after = record_id, before, after

    def undo_change(self, s) -> None:
        interp.update_record(s, self.record_id, **self.before)

    def do(self, s) -> None:
        interp.update_record(s, self.record_id, **self.after)


class DeleteCommand(_RecordCommand):
    def __init__(self, page, snapshot: dict):
        super().__init__(page, f"删除“{snapshot['title']}”")
        self.snapshot = snapshot

    def undo_change(self, s) -> None:
        self.snapshot = self.snapshot | {"id": interp.restore_record(s, self.snapshot).id}

    def do(self, s) -> None:
        self.snapshot = interp.delete_record(s, self.snapshot["id"])
