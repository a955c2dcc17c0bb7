"""Qt's own dialogs speak Chinese: the file dialog's labels and its file dates, the print dialog, the preview,
the message boxes' buttons and a text field's menu; the program never asks for Qt's dialog over the system's."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox

from gkdesk.gui import translations

ROOT = Path(__file__).resolve().parents[1]
# Latin words that are names, not English: paper sizes (ANSI C, JIS B5), units, keys, the PDF format.
NAMES = re.compile(r"\b(?:ANSI|JIS|mm|in|pt|CC|DD|Ctrl|PDF|Shift|Alt|Del|Home|End|KiB|MiB|GiB|Excel|Word|JPEG|"
                   r"CSV|SQLite3)\b|\*\.\w+|/\S*|[\w-]+\.(?:xlsx|csv|pdf|jpg|docx|sqlite3)")
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


def test_the_file_dialogs_list_says_everything_in_chinese_on_a_system_that_is_not(tmp_path):
    """Every cell of Qt's file dialog (name, 大小, 类型, 修改日期) of a folder holding a folder and the files a clerk
    has, and of the drive above it: in Chinese on a bare system (LANG=C), where Qt takes dates and sizes from the
    system's locale, read once when the application starts (so in a process of its own)."""
    folder = tmp_path / "材料"
    (folder / "子文件夹").mkdir(parents=True)
    sizes = {"名单.xlsx": 1, "空表.csv": 0, "公示.pdf": 3000, "照片.jpg": 2_000_000, "说明.docx": 5,
             "备份.sqlite3": 7}
    for name, size in sizes.items():
        (folder / name).write_bytes(b"x" * size)
        os.utime(folder / name, (1_796_542_980, 1_796_542_980))  # 2026-12-06
    script = (
        "import sys, time\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtWidgets import QFileDialog, QTreeView\n"
        "from gkdesk.gui.app import application\n"
        "app = application()\n"
        "d = QFileDialog(None, '选择', sys.argv[1]); d.setOption(QFileDialog.Option.DontUseNativeDialog, True)\n"
        "d.show(); end = time.time() + 10\n"
        "view = d.findChild(QTreeView, 'treeView'); model = view.model(); root = view.rootIndex()\n"
        "while time.time() < end and (model.rowCount(root) < int(sys.argv[2])\n"
        "                             or not all(model.index(r, 2, root).data() for r in range(model.rowCount(root)))):\n"
        "    app.processEvents()\n"
        "rows = [[model.index(r, c, root).data() for c in range(4)] for r in range(model.rowCount(root))]\n"
        "rows += [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]  # the drive\n"
        "rows.append([model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)])\n"
        "print('\\n'.join('|'.join(str(v) for v in row) for row in rows))\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run([sys.executable, "-c", script, str(folder), str(len(sizes) + 1)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60, check=True).stdout.strip().splitlines()
    rows = {line.split("|")[0]: line.split("|")[1:] for line in shown}
    assert rows["子文件夹"][1] == "文件夹"
    assert rows["/"][1] == "驱动器"
    assert rows["名称"] == ["大小", "类型", "修改日期"]                      # the header
    assert rows["空表.csv"][0] == "0 字节" and rows["名单.xlsx"][0] == "1 字节"
    assert rows["公示.pdf"][0] == "2.93 KiB" and rows["照片.jpg"][0] == "1.91 MiB"
    assert re.fullmatch(r"2026/12/\d{1,2} \d{1,2}:\d{2}", rows["名单.xlsx"][2]), rows["名单.xlsx"]
    assert [line for line in shown if ENGLISH.search(NAMES.sub("", line))] == []
    assert len(rows) == len(sizes) + 3  # the files, the folder, the drive and the header: all looked at


def test_a_gap_is_filled_only_in_its_own_context(chinese):
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Drive") == "驱动器"
    assert QCoreApplication.translate("SomeOtherContext", "File") == "File"   # a short word is only its context's


def test_the_program_never_asks_for_qts_file_dialog_over_the_systems():
    sources = [p for p in (ROOT / "gkdesk").rglob("*.py") if "DontUseNativeDialog" in p.read_text("utf-8")]
    assert sources == []
