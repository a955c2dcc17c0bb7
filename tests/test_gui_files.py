"""File dialogs start in a folder that exists: the one used last, else 文档, else the home folder — never the
program's working folder, where Qt opens a dialog given a folder that is not there."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from gkdesk.gui.widgets import files


def test_a_save_dialog_starts_in_a_folder_that_exists(monkeypatch, tmp_path):
    documents = tmp_path / "文档"
    monkeypatch.setattr(files, "_last_folder", None)
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _where: str(documents)))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _c, start, _f: (asked.append(start),
                                                                                               ("", ""))[1]))
    files.ask_save_path(None, "导出", "名单.xlsx", "Excel 表格 (*.xlsx)")
    assert asked == [str(Path.home() / "名单.xlsx")]          # no 文档 folder on this computer: home
    documents.mkdir()
    assert files.default_folder() == documents
    files.remember_folder(tmp_path / "U盘" / "名单.xlsx")      # the U盘 used last has been taken out
    assert files.default_folder() == documents
    (tmp_path / "U盘").mkdir()
    assert files.default_folder() == tmp_path / "U盘"
