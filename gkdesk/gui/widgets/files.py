"""Save dialogs that remember the last folder, and writing a file on a worker thread."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error
from gkdesk.gui.tasks import run_task

_last_folder: Path | None = None


def default_folder() -> Path:
    """Where save dialogs start: the folder used last, else 文档."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return _last_folder or Path(documents or Path.home())


def remember_folder(path: Path) -> Path:
    global _last_folder
    _last_folder = path.parent
    return path


def ask_save_path(parent: QWidget, caption: str, name: str, file_filter: str) -> Path | None:
    """A save dialog with a ready file name; the suffix is added when the clerk leaves it out."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(default_folder() / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(name).suffix
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    return remember_folder(path)


def write_in_background(parent: QWidget, ctx: AppContext, label: str, write: Callable[[], Any], path: Path,
                        done: Callable[[], None] | None = None):
    """Write a file on a worker thread; say where it went."""
    def finished(_result) -> None:
        QMessageBox.information(parent, "已保存", f"已保存到：\n{path}")
        if done:
            done()

    def failed(exc: BaseException) -> None:
        report_error(exc, parent, ctx.folder.log_file)

    return run_task(parent, label, write, finished, failed)
