"""The one object pages receive: the open database, its data folder, the application's background tasks, and a
way to open a record elsewhere."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from gkdesk.gui.tasks import TaskRunner, runner
from gkdesk.paths import DataFolder
from gkdesk.store.db import Database


class AppContext(QObject):
    # A page wrote something other pages may show: the main window refreshes every page.
    data_changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db  # replaced after a restore: always read ctx.db, never keep a copy
        self._router: Callable[[str, int], bool] | None = None

    @property
    def folder(self) -> DataFolder:
        return self.db.folder

    @property
    def tasks(self) -> TaskRunner:
        """The application's running background work (one runner for the whole program)."""
        return runner()

    def open_ref(self, entity: str, ref_id: int) -> bool:
        """Show the record (entity, id) on the page that handles it; False when no page does."""
        return bool(self._router and self._router(entity, ref_id))

    def set_router(self, router: Callable[[str, int], bool] | None) -> None:
        self._router = router
