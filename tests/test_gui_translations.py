"""Qt's own dialogs speak Chinese: the file dialog's labels and its file dates, the print dialog, the preview,
the message boxes' buttons and a text field's menu; the program never asks for Qt's dialog over the system's."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox

from gkdesk.gui import translations

ROOT = Path(__file__).resolve().parents[1]
# Latin words that are names, not English: paper sizes (ANSI C, JIS B5), units, keys, the PDF format.
NAMES = re.compile(r"\b(?:ANSI|JIS|mm|in|pt|CC|DD|Ctrl|PDF|Shift|Alt|Del|Home|End)\b|\*\.\w+|/\S*")
ENGLISH = re.compile(r"[A-Za-z]{2,}")


def english_in(widget) -> list[str]:
    """Every text the clerk may read in a widget (labels, buttons, tooltips, headers, list items) that still has
    an English word."""
    found = []
    for obj in [widget, *widget.findChildren(QObject)]:
        texts = []
        for attr in ("text", "toolTip", "windowTitle", "title", "placeholderText"):
            method = getattr(obj, attr, None)
            try:
                value = method() if callable(method) else None
            except TypeError:
                value = None
            if isinstance(value, str):
                texts.append(value)
        if isinstance(obj, QComboBox):
            texts += [obj.itemText(i) for i in range(obj.count())]
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            texts += [str(obj.model().headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(obj.model().columnCount())]
        if isinstance(obj, QLineEdit) and obj.parent() is not None and "path" in obj.objectName().lower():
            continue
        found += [t for t in texts if ENGLISH.search(NAMES.sub("", t.replace("&", "")))]
    return sorted(set(found))


@pytest.fixture
def chinese(qapp):
    installed = translations.install(qapp)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_file_dialog_says_everything_in_chinese(qtbot, chinese, tmp_path):
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "选择名单文件", str(tmp_path), "名单表格 (*.xlsx *.xls *.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own: what shows without one
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        assert english_in(dialog) == []
        assert dialog.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："  # a gap in Qt's catalogue
        assert dialog.findChild(QLabel, "fileNameLabel").text() == "文件名称(&N)："  # from Qt's catalogue


def test_the_print_dialogs_the_preview_and_the_boxes_say_everything_in_chinese(qtbot, chinese):
    printer = QPrinter()
    for dialog in (QPrintPreviewDialog(printer), QPrintDialog(printer)):
        qtbot.addWidget(dialog)
        assert english_in(dialog) == [], type(dialog).__name__
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                           | QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                           | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close)
    assert english_in(box) == []
    assert box.button(QMessageBox.StandardButton.Yes).text() == "是(&Y)"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert english_in(menu) == [] and menu.actions()


def test_the_file_dialog_dates_files_in_chinese_on_a_system_that_is_not(tmp_path):
    """Qt reads the time format once, when the application starts: so in a process of its own, as the program
    starts on a bare system (LANG=C)."""
    probe = tmp_path / "名单.xlsx"
    probe.write_bytes(b"x")
    os.utime(probe, (1_796_542_980, 1_796_542_980))  # 2026-12-06
    script = (
        "import sys, time\n"
        "from PySide6.QtCore import QDateTime\n"
        "from PySide6.QtWidgets import QFileDialog, QTreeView\n"
        "from gkdesk.gui.app import application\n"
        "app = application()\n"
        "d = QFileDialog(None, '选择', sys.argv[1]); d.setOption(QFileDialog.Option.DontUseNativeDialog, True)\n"
        "d.show(); end = time.time() + 5\n"
        "view = d.findChild(QTreeView, 'treeView'); model = view.model()\n"
        "while time.time() < end and model.rowCount(view.rootIndex()) == 0: app.processEvents()\n"
        "print(model.index(0, 3, view.rootIndex()).data())\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=60, check=True).stdout.strip()
    assert re.fullmatch(r"2026/12/\d{1,2} \d{1,2}:\d{2}", shown), shown


def test_the_program_never_asks_for_qts_file_dialog_over_the_systems():
    sources = [p for p in (ROOT / "gkdesk").rglob("*.py") if "DontUseNativeDialog" in p.read_text("utf-8")]
    assert sources == []
