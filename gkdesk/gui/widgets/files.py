"""File dialogs (open and save) that start in the folder used last, writing a file on a worker thread, and the box
that says where a file went with 打开文件 / 打开所在文件夹."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import box_parent, report_error
from gkdesk.gui.tasks import run_task

_last_folder: Path | None = None


def default_folder() -> Path:
    """Where file dialogs start: the folder used last (to open or to save), else 文档, else the home folder — the
    first of them that exists (a dialog given a folder that does not exist opens in the program's working folder,
    and a U盘 used last may have been taken out)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    candidates = [_last_folder, Path(documents) if documents else None, Path.home()]
    return next((c for c in candidates if c is not None and c.is_dir()), Path.home())


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


def ask_open_path(parent: QWidget, caption: str, file_filter: str) -> Path | None:
    """An open dialog starting where the clerk last opened or saved a file."""
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(default_folder()), file_filter)
    return remember_folder(Path(chosen)) if chosen else None


def ask_open_paths(parent: QWidget, caption: str, file_filter: str) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, caption, str(default_folder()), file_filter)
    return [remember_folder(Path(name)) for name in chosen]


def open_path(path: Path) -> bool:
    """Open a file with its program, or a folder in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# Files the clerk has nothing to open with: a backup is restored through the program, not opened
NOT_OPENED = (".sqlite3",)


def show_saved(parent: QWidget | None, path: Path, title: str = "已保存", text: str = "") -> None:
    """Say where a file (or a folder) went, and offer to open it (unless it is a backup) and the folder it is in."""
    path = Path(path)
    box = QMessageBox(QMessageBox.Icon.Information, title, text or f"已保存到：\n{path}", parent=box_parent(parent))
    opened = not path.is_file() or path.suffix.lower() not in NOT_OPENED
    open_file = (box.addButton("打开文件" if path.is_file() else "打开文件夹", QMessageBox.ButtonRole.ActionRole)
                 if opened else None)
    open_folder = box.addButton("打开所在文件夹", QMessageBox.ButtonRole.ActionRole) if path.is_file() else None
    box.setDefaultButton(box.addButton("确定", QMessageBox.ButtonRole.AcceptRole))
    box.exec()
    if open_file is not None and box.clickedButton() is open_file:
        open_path(path)
    elif open_folder is not None and box.clickedButton() is open_folder:
        open_path(path.parent)


def write_in_background(parent: QWidget, ctx: AppContext, label: str, write: Callable[[], Any], path: Path,
                        done: Callable[[], None] | None = None):
    """Write a file on a worker thread; once the busy window has gone, say where it went (打开文件 / 打开所在文件夹),
    then call `done` (a dialog that ends with the export accepts there)."""
    def finished(_result) -> None:
        show_saved(parent, path)
        if done:
            done()

    def failed(exc: BaseException) -> None:
        report_error(exc, parent, ctx.folder.log_file)

    return run_task(parent, label, write, finished, failed)
